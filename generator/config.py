"""Settings: one frozen dataclass, read from content/briefing.yml and overridden by CLI flags.

Every setting is declared once here, with its help text in the field metadata; the CLI and the
README table are checked against this list by tests.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path

import yaml

UI_LANGUAGES = ("id", "en")
SEARCH_ENGINES = ("material", "pagefind")


def _setting(default, help: str, **kw):
    return field(default=default, metadata={"help": help, **kw})


@dataclass(frozen=True)
class Settings:
    title: str = _setting("Briefing Korea–Rusia", "Site title, shown in the header and on the PDF dossier cover.")
    about: str = _setting(
        "Ringkasan terstruktur berita berbahasa Indonesia tentang diplomasi Korea–Rusia: siapa bertindak, "
        "kapan, dan siapa mengatakan apa.",
        "One paragraph on the home page saying what the site is.")
    ui_language: str = _setting("id", "Language of the interface labels the generator writes and of Material's own labels: id or en.",
                                choices=UI_LANGUAGES)
    site_url: str = _setting("", "Public address of the hosted site (canonical links, feed, sitemap). Empty for a local build.")
    build_date: str | None = _setting(None, "Date shown as the build date (ISO). Default: the newest brief's date, so rebuilds are reproducible.")
    pdf: bool = _setting(True, "Write a PDF per brief and the dossier during `briefing build`.")
    search: str = _setting("material", "Search engine: material (built-in lunr index) or pagefind (for large collections).",
                           choices=SEARCH_ENGINES)
    strict: bool = _setting(False, "Treat warnings (decoded non-UTF-8 files, duplicates) as failures: non-zero exit after the build.")
    jobs: int = _setting(0, "Processes for extraction; 0 = one per core for large collections, 1 = no parallelism.")
    content_dir: Path = _setting(Path("content"), "Folder with articles/, register/, lang/ and briefing.yml.")
    docs_dir: Path = _setting(Path("build/docs"), "Generated pages tree (git-ignored); MkDocs reads it.")
    site_dir: Path = _setting(Path("site"), "Where the built site is published (replaced only by a complete build).")
    cache_dir: Path = _setting(Path(".cache"), "Extraction cache, keyed by article content, lexicon and generator version.")
    config_file: Path = _setting(Path("mkdocs.yml"), "The MkDocs configuration to build with.")

    @property
    def articles_dir(self) -> Path:
        return self.content_dir / "articles"


SETTINGS_FILE = "briefing.yml"
# Keys an editor may set in content/briefing.yml (paths are command-line matters).
FILE_KEYS = ("title", "about", "ui_language", "site_url", "build_date", "pdf", "search", "strict", "jobs")


class SettingsError(ValueError):
    pass


def setting_help() -> dict[str, str]:
    return {f.name: f.metadata["help"] for f in dataclasses.fields(Settings)}


def load_settings(content_dir: Path = Path("content"), **overrides) -> Settings:
    """content/briefing.yml, then keyword overrides (from the CLI; None means "not given")."""
    values: dict = {"content_dir": Path(content_dir)}
    path = Path(content_dir) / SETTINGS_FILE
    if path.is_symlink():
        raise SettingsError(f"{path}: a symbolic link: refused, only regular files inside content/ are read")
    if path.exists():
        from .lexicon import load_yaml_bounded
        try:
            loaded = load_yaml_bounded(path) or {}
        except yaml.YAMLError as error:
            raise SettingsError(f"{path}: not valid YAML: {getattr(error, 'problem', None) or error}") from None
        except UnicodeDecodeError as error:
            raise SettingsError(f"{path}: not UTF-8: {error}") from None
        if not isinstance(loaded, dict):
            raise SettingsError(f"{path}: expected a mapping of settings")
        for key, value in loaded.items():
            if key not in FILE_KEYS:
                raise SettingsError(f"{path}: {key}: unknown setting; known: {', '.join(FILE_KEYS)}")
            values[key] = str(value) if key == "build_date" and value is not None else value
    values.update({k: v for k, v in overrides.items() if v is not None})
    for name in ("content_dir", "docs_dir", "site_dir", "cache_dir", "config_file"):
        if name in values:
            values[name] = Path(values[name])
    settings = Settings(**values)
    for f in dataclasses.fields(Settings):
        choices = f.metadata.get("choices")
        if choices and getattr(settings, f.name) not in choices:
            raise SettingsError(f"{f.name}: {getattr(settings, f.name)!r} is not one of {', '.join(choices)}")
    return settings
