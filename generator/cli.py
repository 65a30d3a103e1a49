"""The `briefing` command: a thin click layer over the Python API."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from . import __version__


def _editor_errors(func):
    """No traceback reaches an editor: a file-system failure says which file and why, anything
    else says what failed; both exit 2 (nothing was built). BRIEFING_TRACEBACK=1 shows the trace."""
    import functools
    import os

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except (click.exceptions.Exit, click.ClickException, click.Abort, SystemExit, KeyboardInterrupt):
            raise
        except Exception as error:  # noqa: BLE001 - the last net before an editor's terminal
            if os.environ.get("BRIEFING_TRACEBACK"):
                raise
            from .build import describe_os_error
            from .lexicon import LexiconError
            if isinstance(error, OSError):
                message = describe_os_error(error)
            elif isinstance(error, MemoryError):
                message = "out of memory (one article or data file is far too large; see README, Limits)"
            elif isinstance(error, LexiconError):
                message = str(error)
            else:
                message = (f"internal error: {type(error).__name__}: {error} (please report it; "
                           "BRIEFING_TRACEBACK=1 shows where)")
            click.echo(f"error: {message}", err=True)
            sys.exit(2)
    return wrapper


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="briefing")
def cli() -> None:
    """Build the Korea–Russia briefing site from the articles in content/."""


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", is_flag=True, expose_value=False,
              help="Accepted for scripts that pass it: the records are always printed as a JSON array.")
@click.option("--content", "content_dir", type=click.Path(exists=True, file_okay=False, path_type=Path),
              default=None, help="Content folder whose register and language overlays to use (default: the "
                                 "content/ of the working folder or the nearest folder above it, else the "
                                 "project's own content/).")
@_editor_errors
def extract(files: tuple[Path, ...], content_dir: Path | None) -> None:
    """Print the extraction records (../shared/eval/FORMATS.md) of FILES as a JSON array.

    Says on stderr which register it used: the register holds the world knowledge (agencies,
    ministries, capitals), and without one organisations and places are found far less often."""
    from .extract import ArticleError, extract as extract_one, read_article
    from .lexicon import load_lexicon
    from .model import to_record
    from .resolve import resolve

    content_dir = content_dir or find_content(Path.cwd())
    lex = load_lexicon(content_dir)
    if content_dir is None:
        click.echo("briefing: no content/ folder found here, above here or beside the package: extracting "
                   "with no register (pass --content)", err=True)
    else:
        click.echo(f"briefing: register {content_dir.resolve() / 'register'} "
                   f"({len(lex.register.entries)} entities)", err=True)
    briefs, failed = [], 0
    for path in files:
        try:
            article = read_article(path)
        except (ArticleError, OSError) as error:
            click.echo(f"{path}: error: {error} [read]", err=True)
            failed += 1
            continue
        brief = extract_one(article, lex)
        for problem in brief.problems:
            click.echo(str(problem), err=True)
        briefs.append(brief)
    catalog = resolve(briefs, lex)
    records = [to_record(b, catalog) for b in catalog.briefs]
    click.echo(json.dumps(records, ensure_ascii=False, indent=2, sort_keys=True))
    if failed:
        sys.exit(1)


def find_content(start: Path) -> Path | None:
    """The content folder `extract` uses when none is given: `content/` holding a register in `start`
    or the nearest folder above it (a command run from inside the project, wherever), else the
    project's own `content/` beside the installed package (a command run from anywhere else)."""
    project = Path(__file__).resolve().parent.parent
    for folder in (start.resolve(), *start.resolve().parents, project):
        candidate = folder / "content"
        if (candidate / "register").is_dir():
            return candidate
    return None


def _settings_options(func):
    """Options shared by build, serve and pdf; each overrides content/briefing.yml."""
    from .config import UI_LANGUAGES, setting_help

    help_ = setting_help()
    options = [
        click.option("--content", "content_dir", type=click.Path(file_okay=False, path_type=Path),
                     default=Path("content"), show_default=True, help=help_["content_dir"]),
        click.option("--site-url", default=None, help=help_["site_url"]),
        click.option("--ui-language", type=click.Choice(UI_LANGUAGES), default=None, help=help_["ui_language"]),
        click.option("--build-date", default=None, help=help_["build_date"]),
        click.option("--jobs", type=int, default=None, help=help_["jobs"]),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _load(content_dir: Path, **overrides):
    from .config import SettingsError, load_settings

    try:
        return load_settings(content_dir, **overrides)
    except SettingsError as error:
        raise click.ClickException(str(error)) from None


def _report(report, strict: bool) -> int:
    """Print every problem (one line each, file first), then the summary; return the exit status."""
    for problem in report.problems:
        click.echo(str(problem), err=True)
    click.echo(report.summary(), err=True)
    if report.errors or (strict and report.warnings):
        return 1
    return 0


@cli.command()
@_settings_options
@click.option("--strict/--no-strict", default=None, help="Warnings fail the build too (after everything is built and reported).")
@click.option("--pdf/--no-pdf", default=None, help="Write PDF briefs and the dossier (default: on, or briefing.yml's `pdf`).")
@click.option("--quiet", "-q", is_flag=True, default=False,
              help="No progress lines (a long build on a terminal prints one per stage); problems and the summary still print.")
@_editor_errors
def build(content_dir: Path, strict: bool | None, pdf: bool | None, quiet: bool, **overrides) -> None:
    """Build the site from content/ into site/ (pages into build/docs, then mkdocs build)."""
    from .build import BuildError, build as run_build

    settings = _load(content_dir, strict=strict, pdf=pdf, **overrides)
    try:
        report = run_build(settings, quiet=quiet)
    except BuildError as error:
        click.echo(f"error: {error}", err=True)
        sys.exit(2)
    status = _report(report, settings.strict)
    if status == 0:
        click.echo(f"site written to {settings.site_dir}/", err=True)
    sys.exit(status)


@cli.command()
@_settings_options
@click.option("--dev-addr", default="127.0.0.1:8000", show_default=True, help="Address to serve on.")
@_editor_errors
def serve(content_dir: Path, dev_addr: str, **overrides) -> None:
    """Preview with live reload: regenerate when content/ or site_templates/ change."""
    from .serve import serve as run_serve

    settings = _load(content_dir, pdf=False, **overrides)
    run_serve(settings, dev_addr)


@cli.command()
@_settings_options
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Write the PDFs here instead of into build/docs/pdf.")
@_editor_errors
def pdf(content_dir: Path, out: Path | None, **overrides) -> None:
    """Write one PDF per brief and the dossier PDF (WeasyPrint, no browser)."""
    from .build import Report, read_all, discover, extract_all
    from .lexicon import load_lexicon
    from .pdf import PdfCache, render_pdfs
    from .resolve import resolve

    settings = _load(content_dir, **overrides)
    report = Report()
    lex = load_lexicon(settings.content_dir)
    briefs = extract_all(read_all(discover(settings.articles_dir, report), report), lex, settings, report)
    catalog = resolve(briefs, lex)
    report.articles, report.entities = len(catalog.briefs), len(catalog.entities)
    target = out or settings.docs_dir
    pdf_cache = PdfCache(settings.cache_dir)
    pdfs = render_pdfs(catalog, settings, pdf_cache)
    pdf_cache.save()
    report.pdfs_reused = pdf_cache.reused
    for rel, data in sorted(pdfs.items()):
        path = (target / rel) if out is None else (target / Path(rel).name)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        click.echo(str(path))
    report.pdfs = report.written = len(pdfs)
    sys.exit(_report(report, settings.strict))


@cli.command()
@click.option("--content", "content_dir", type=click.Path(file_okay=False, path_type=Path),
              default=Path("content"), show_default=True, help="Content folder to validate.")
@_editor_errors
def check(content_dir: Path) -> None:
    """Validate content/: articles decode, the register and language files parse and agree.

    Every problem is printed on stdout as `PATH:LINE: error: message` (under GitHub Actions as an
    `::error file=PATH,line=N::` annotation); the exit status is 1 when any is an error. Notes list
    the spellings joined into one person and the near-misses not joined, for an editor to confirm.
    """
    from .check import check_content, format_problem

    problems = check_content(content_dir)
    for problem in problems:
        click.echo(format_problem(problem))
    errors = sum(1 for p in problems if p.severity == "error")
    notes = sum(1 for p in problems if p.severity == "note")
    click.echo(f"briefing check: {errors} errors, {len(problems) - errors - notes} warnings, {notes} notes "
               f"in {content_dir}", err=True)
    sys.exit(1 if errors else 0)


def main(argv: list[str] | None = None) -> int:
    try:
        cli.main(args=argv, prog_name="briefing", standalone_mode=True)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    return 0
