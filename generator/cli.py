"""The `briefing` command: a thin click layer over the Python API."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from . import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="briefing")
def cli() -> None:
    """Build the Korea–Russia briefing site from the articles in content/."""


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, default=True, help="Print the records as a JSON array (the default).")
@click.option("--content", "content_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("content"),
              show_default=True, help="Content folder whose register and language overlays to use.")
def extract(files: tuple[Path, ...], as_json: bool, content_dir: Path) -> None:
    """Print the extraction records (../shared/eval/FORMATS.md) of FILES as a JSON array."""
    from .extract import ArticleError, extract as extract_one, read_article
    from .lexicon import load_lexicon
    from .model import to_record
    from .resolve import resolve

    lex = load_lexicon(content_dir if content_dir.is_dir() else None)
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


def main(argv: list[str] | None = None) -> int:
    try:
        cli.main(args=argv, prog_name="briefing", standalone_mode=True)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    return 0
