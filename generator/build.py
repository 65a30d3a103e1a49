"""The imperative shell: discover articles, extract, resolve, render, write, run MkDocs, publish.

The only module that touches the file system apart from `read_article`. A bad article becomes a
Problem and the rest still builds; the new site replaces the old one only when the whole build
succeeded (built into a sibling folder, then swapped in with renames).
"""
from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from .config import Settings
from .extract import ArticleError, extract, read_article
from .lexicon import Lexicon, LexiconError, load_lexicon
from .model import Brief, Catalog, Problem
from .pages import TEMPLATES, render_pages
from .resolve import resolve


class BuildError(RuntimeError):
    """The site could not be built at all (bad register, MkDocs failed); nothing was published."""


@dataclass
class Report:
    """What a build did, for the summary line and the exit status."""

    problems: list[Problem] = field(default_factory=list)
    articles: int = 0
    extracted: int = 0
    cached: int = 0
    entities: int = 0
    written: int = 0
    removed: int = 0

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "warning"]

    def summary(self) -> str:
        return (f"{self.articles} briefs ({self.extracted} extracted, {self.cached} from cache), "
                f"{self.entities} entities, {self.written} files written, {self.removed} removed; "
                f"{len(self.errors)} errors, {len(self.warnings)} warnings")


def discover(articles_dir: Path) -> list[Path]:
    """Article files in a stable order (`*.txt`, any name: spaces, brackets, non-ASCII letters)."""
    if not articles_dir.is_dir():
        return []
    return sorted((p for p in articles_dir.iterdir() if p.is_file() and p.suffix.lower() == ".txt"),
                  key=lambda p: p.name)


def read_all(paths: list[Path], report: Report) -> list:
    """Read every article; unreadable ones and duplicates of an earlier file become Problems."""
    articles, seen = [], {}
    for path in paths:
        try:
            article = read_article(path)
        except ArticleError as error:
            report.problems.append(Problem(str(path), "read", str(error)))
            continue
        except OSError as error:
            report.problems.append(Problem(str(path), "read", f"cannot be read: {error.strerror or error}"))
            continue
        digest = hashlib.sha256(article.text.encode("utf-8")).hexdigest()
        if digest in seen:
            report.problems.append(Problem(str(path), "read", f"same text as {seen[digest]}; built once",
                                           severity="warning"))
            continue
        seen[digest] = path.name
        articles.append(article)
    return articles


def extract_all(articles: list, lex: Lexicon, settings: Settings, report: Report) -> list[Brief]:
    briefs = [extract(article, lex) for article in articles]
    report.extracted = len(briefs)
    return briefs


def assets() -> dict[str, bytes]:
    """Static files copied into the docs tree (stylesheets)."""
    root = TEMPLATES / "assets"
    return {str(p.relative_to(root)).replace(os.sep, "/"): p.read_bytes()
            for p in sorted(root.rglob("*")) if p.is_file()} | {}


def write_tree(files: dict[str, str | bytes], docs_dir: Path, *, keep: tuple[str, ...] = ()) -> tuple[int, int]:
    """Write files under docs_dir, rewriting only changed bytes; remove files not in the new set.

    Returns (written, removed). Unchanged files keep their mtime, so `mkdocs serve` reloads only
    what changed.
    """
    docs_dir.mkdir(parents=True, exist_ok=True)
    written = removed = 0
    for rel, content in files.items():
        data = content.encode("utf-8") if isinstance(content, str) else content
        target = docs_dir / rel
        if target.exists() and target.read_bytes() == data:
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(target.name + ".tmp")
        tmp.write_bytes(data)
        os.replace(tmp, target)
        written += 1
    wanted = {docs_dir / rel for rel in files}
    for path in sorted(docs_dir.rglob("*"), reverse=True):
        rel = str(path.relative_to(docs_dir)).replace(os.sep, "/")
        if path.is_file() and path not in wanted and not rel.startswith(keep):
            path.unlink()
            removed += 1
        elif path.is_dir() and not any(path.iterdir()):
            path.rmdir()
    return written, removed


def mkdocs_env(settings: Settings) -> dict[str, str]:
    env = dict(os.environ)
    # NO_MKDOCS_2_WARNING: Material prints an advert for its successor on every build; the
    # build must print nothing but real warnings.
    env.update(NO_MKDOCS_2_WARNING="1", BRIEFING_TITLE=settings.title, BRIEFING_SITE_URL=settings.site_url,
               BRIEFING_UI_LANGUAGE=settings.ui_language)
    return env


def run_mkdocs(settings: Settings, site_dir: Path) -> None:
    """`python -m mkdocs build --strict` into site_dir; raises BuildError with MkDocs' own words."""
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet",
               "-f", str(settings.config_file), "--site-dir", str(site_dir)]
    done = subprocess.run(command, env=mkdocs_env(settings), capture_output=True, text=True)
    output = (done.stdout + done.stderr).strip()
    if done.returncode != 0:
        raise BuildError(f"mkdocs build failed ({done.returncode}):\n{output}")
    if output:
        # --quiet leaves only warnings and errors; with --strict they already failed the build.
        print(output, file=sys.stderr)


def publish(new_site: Path, site_dir: Path) -> None:
    """Swap the freshly built site in: the old one stays complete until the last rename."""
    old = site_dir.with_name(site_dir.name + ".old")
    if old.exists():
        shutil.rmtree(old)
    if site_dir.exists():
        os.replace(site_dir, old)
    os.replace(new_site, site_dir)
    if old.exists():
        shutil.rmtree(old)


def generate(settings: Settings, report: Report, lex: Lexicon | None = None) -> Catalog:
    """Articles → Catalog → docs tree (everything but MkDocs)."""
    lex = lex or load_lexicon(settings.content_dir)
    articles = read_all(discover(settings.articles_dir), report)
    briefs = extract_all(articles, lex, settings, report)
    for brief in briefs:
        report.problems.extend(brief.problems)
    catalog = resolve(briefs, lex)
    report.articles, report.entities = len(catalog.briefs), len(catalog.entities)
    files: dict[str, str | bytes] = dict(render_pages(catalog, settings))
    files.update({f"assets/{rel}": data for rel, data in assets().items()})
    if settings.pdf:
        from .pdf import render_pdfs
        files.update(render_pdfs(catalog, settings))
    report.written, report.removed = write_tree(files, settings.docs_dir)
    return catalog


def build(settings: Settings, *, mkdocs: bool = True) -> Report:
    """The whole build. Raises BuildError when no site could be published."""
    report = Report()
    try:
        lex = load_lexicon(settings.content_dir)
    except LexiconError as error:
        raise BuildError(str(error)) from None
    generate(settings, report, lex)
    if mkdocs:
        site_dir = settings.site_dir.resolve()
        staging = site_dir.with_name(f"{site_dir.name}.new-{os.getpid()}")
        if staging.exists():
            shutil.rmtree(staging)
        try:
            run_mkdocs(settings, staging)
            publish(staging, site_dir)
        finally:
            if staging.exists():
                shutil.rmtree(staging, ignore_errors=True)
    return report
