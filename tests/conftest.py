"""All fixtures live here (spaCy's rule): the lexicon, the seed articles and briefs, the gold files."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
CONTENT = ROOT / "content"
ARTICLES = CONTENT / "articles"
TEST_DATA = Path(__file__).resolve().parent / "data"
GOLD_DIR = TEST_DATA / "gold"
SHARED = ROOT.parent / "shared"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-goldens", action="store_true", default=False,
                     help="Rewrite tests/golden/ from the current output (review the diff before committing).")


@pytest.fixture(scope="session")
def lex():
    from generator.lexicon import load_lexicon
    return load_lexicon(CONTENT)


@pytest.fixture(scope="session")
def seed_articles():
    from generator.extract import read_article
    return {p.stem: read_article(p) for p in sorted(ARTICLES.glob("*.txt"))}


@pytest.fixture(scope="session")
def seed_briefs(lex, seed_articles):
    from generator.extract import extract
    return {name: extract(article, lex) for name, article in seed_articles.items()}


@pytest.fixture(scope="session")
def seed_catalog(lex, seed_briefs):
    from generator.resolve import resolve
    return resolve(list(seed_briefs.values()), lex)


@pytest.fixture(scope="session")
def seed_records(seed_catalog):
    from generator.model import to_record
    return {b.article.id: to_record(b, seed_catalog) for b in seed_catalog.briefs}


@pytest.fixture(scope="session")
def gold():
    return {p.stem: yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted(GOLD_DIR.glob("*.yaml"))}


@pytest.fixture
def make_article():
    """Build an Article from a snippet of text (for one-behaviour tests)."""
    from generator.model import Article

    def make(text: str, name: str = "snippet") -> Article:
        return Article(id=name, path=f"{name}.txt", text=text)
    return make


@pytest.fixture
def brief_of(lex, make_article):
    """Run the whole extraction on a snippet of text and return its Brief."""
    from generator.extract import extract

    def run(text: str, name: str = "snippet"):
        return extract(make_article(text, name), lex)
    return run
