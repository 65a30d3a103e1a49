"""`briefing serve`: regenerate the docs tree and the site when content or templates change; the
browser reloads.

The preview is built the way `briefing build` builds (build_site: only the changed pages and the
nav pages go through MkDocs, merged into the previous preview) into `<cache>/serve/site`, with
`site_url` set to the preview's address (as `mkdocs serve` does). A child process serves that
folder with MkDocs' live-reload server and reloads the browsers when the preview was published
again (it watches a stamp file this process rewrites after each publish).
"""
from __future__ import annotations

import dataclasses
import signal
import subprocess
import sys
import time
from pathlib import Path

from . import sitebuild
from .build import (BuildError, Report, build_date_of, build_lock, build_site, describe_os_error, generate,
                    mkdocs_env, recover)
from .config import Settings
from .lexicon import LANG_DIR, Lexicon, load_lexicon
from .pages import TEMPLATES

# Seconds between looks at content/ and site_templates/ (polling works on every file system).
POLL_SECONDS = 1.0


def _stamp(roots: list[Path], *, inode: bool = False) -> tuple:
    """What changed under the roots: path, time and size of every entry (never following a link,
    and a file removed while it is listed is simply not in it); with `inode`, also its change time
    and inode (a file rewritten in place within the clock tick of the last look)."""
    entries = []
    for root in roots:
        if not root.exists():
            continue
        for path in root.rglob("*"):
            try:
                info = path.lstat()
            except OSError:
                continue
            entries.append((str(path), info.st_mtime_ns, info.st_size)
                           + ((info.st_ctime_ns, info.st_ino) if inode else ()))
    return tuple(sorted(entries))


def preview_settings(settings: Settings, dev_addr: str) -> Settings:
    """The preview's settings: its own site folder in the cache, its address as site_url."""
    return dataclasses.replace(settings, site_dir=settings.cache_dir / "serve" / "site",
                               site_url=f"http://{dev_addr}/")


def _reload_stamp(settings: Settings) -> Path:
    return settings.cache_dir / "serve" / "reload" / "stamp"


class Lexicons:
    """The lexicon of the last regeneration, kept while the files it is read from are as they were
    (the package's language files and content's lang/ and register/: path, size, times and inode
    of each, as `_stamp` sees them): its patterns, compiled when first used, are not compiled again
    (a quarter of a second of a regeneration after one article changed), nor its YAML read."""

    def __init__(self) -> None:
        self.state: tuple | None = None
        self.lex: Lexicon | None = None

    def __call__(self, content_dir: Path) -> Lexicon:
        state = _stamp([LANG_DIR, content_dir / "lang", content_dir / "register"], inode=True)
        if self.lex is None or state != self.state:
            self.lex, self.state = load_lexicon(content_dir), state
        return self.lex


_LEXICONS = Lexicons()


def _build(settings: Settings, preview: Settings) -> Report:
    """Docs tree and preview site, under the build lock (a `briefing build` on the same folders
    is refused meanwhile); then the reload stamp is rewritten."""
    report = Report()
    with build_lock(settings):
        catalog = generate(settings, report, _LEXICONS(settings.content_dir))
        build_date = build_date_of(catalog, settings)
        del catalog
        recover(preview.site_dir.resolve())
        build_site(preview, report, build_date, name="serve")
    stamp = _reload_stamp(preview)
    stamp.parent.mkdir(parents=True, exist_ok=True)
    stamp.write_text(f"{time.time_ns()}\n", encoding="utf-8")
    return report


def _regenerate(settings: Settings, preview: Settings) -> None:
    """One regeneration of the docs tree and the preview; every problem is printed with its file,
    then the summary, and a failure is one line: the preview keeps serving the last good pages."""
    try:
        report = _build(settings, preview)
    except OSError as error:
        print(f"error: {describe_os_error(error)}", file=sys.stderr)
        return
    except Exception as error:  # noqa: BLE001 - keep serving the last good pages
        print(f"error: {error}", file=sys.stderr)
        return
    for problem in report.problems:
        print(problem, file=sys.stderr)
    print(report.summary(), file=sys.stderr)


def _server(preview: Settings, dev_addr: str) -> subprocess.Popen:
    """The child serving the preview folder with live reload (sitebuild.serve_site)."""
    return subprocess.Popen(sitebuild.command("--serve", str(preview.site_dir.resolve()), dev_addr,
                                              str(_reload_stamp(preview).parent)), env=mkdocs_env(preview))


def serve(settings: Settings, dev_addr: str) -> None:
    roots = [settings.content_dir, TEMPLATES]
    preview = preview_settings(settings, dev_addr)
    try:
        report = _build(settings, preview)
    except OSError as error:
        raise BuildError(describe_os_error(error)) from None
    for problem in report.problems:
        print(problem, file=sys.stderr)
    print(report.summary(), file=sys.stderr)
    child = _server(preview, dev_addr)
    stamp = _stamp(roots)
    # A terminated preview takes its MkDocs child with it (SIGTERM would otherwise skip `finally`).
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    try:
        while child.poll() is None:
            time.sleep(POLL_SECONDS)
            now = _stamp(roots)
            if now != stamp:
                stamp = now
                _regenerate(settings, preview)
    except KeyboardInterrupt:
        pass
    finally:
        child.terminate()
        child.wait()
