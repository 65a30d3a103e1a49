"""All fixtures live here (spaCy's rule): the lexicon, the seed articles and briefs, the gold files."""
from __future__ import annotations

import contextlib

import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
CONTENT = ROOT / "content"
ARTICLES = CONTENT / "articles"
TEST_DATA = Path(__file__).resolve().parent / "data"
GOLD_DIR = TEST_DATA / "gold"
SHARED = ROOT.parent / "shared"


SCORER = SHARED / "eval" / "score.py"


def parse_scores(report: str) -> dict:
    """score.py's table → {field: F1 or accuracy, "leaks<": count}."""
    values: dict = {}
    for line in report.splitlines():
        prf = re.match(r"^(\S+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)$", line)
        acc = re.match(r"^(\S+)\s+([\d.]+)\s+\(", line)
        leaks = re.match(r"^noise leaks\s+(\d+)", line)
        if prf:
            values[prf.group(1)] = float(prf.group(4))
        elif acc:
            values[acc.group(1)] = float(acc.group(2))
        elif leaks:
            values["leaks<"] = int(leaks.group(1))
    return values


def score_records(gold_dir: Path, records_json: Path, *, verbose: bool = True) -> dict:
    """Run the official scorer; the parsed figures plus `_report` (with every miss when verbose).

    PYTHONHASHSEED is fixed because score.py pairs dates by iterating sets: with a random seed the
    same records can score differently from run to run.
    """
    import os
    env = dict(os.environ, PYTHONHASHSEED="0")
    done = subprocess.run([sys.executable, str(SCORER), str(gold_dir), str(records_json),
                           *(["-v"] if verbose else [])],
                          capture_output=True, text=True, check=False, env=env)
    values = parse_scores(done.stdout)
    values["_report"] = done.stdout + done.stderr
    return values


def assert_floors(scores: dict, floors: dict, field: str) -> None:
    """A field meets its floor ("leaks<" is a ceiling); the message carries the scorer's report."""
    assert field in scores, f"score.py printed no row {field!r}\n{scores['_report']}"
    if field == "leaks<":
        assert scores[field] <= floors[field], f"noise leaks {scores[field]} > {floors[field]}\n{scores['_report']}"
    else:
        assert scores[field] >= floors[field], f"{field} {scores[field]:.3f} < floor {floors[field]}\n{scores['_report']}"


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Free WeasyPrint's font configurations while the interpreter is whole: collected at
    shutdown instead, their __del__ finds its module globals gone and prints a traceback. The
    parsed print stylesheets hold one each (generator.pdf caches them per process)."""
    import gc
    pdf = sys.modules.get("generator.pdf")
    if pdf is not None:
        pdf._stylesheets.cache_clear()
    gc.collect()


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


# ---------------------------------------------------------------------------------------------
# Browser tests: Debian's Chromium driven by Playwright (never a downloaded browser), against a
# site served on a free 127.0.0.1 port by the test process itself.

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


@contextlib.contextmanager
def serve_site(site: Path):
    """Serve `site` on 127.0.0.1 (a free port, a daemon thread) while the block runs; yields the
    base URL and shuts the server down after."""
    import functools
    import http.server
    import threading

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, format, *args):  # noqa: A002 - the stdlib's signature
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium for the whole run."""
    import shutil
    if not shutil.which(CHROMIUM):
        pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()
