"""The analyst's site (issue 19) in headless Chromium, on a collection larger than the seeds: the
seeds plus every evaluation article (tests/data/*/articles), built once for this module as
`briefing build --no-pdf` would and served on 127.0.0.1. Pages stay short however often an entity
is in the news; search ranks an entity's page first for its names and aliases."""
from __future__ import annotations

import shutil
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from conftest import serve_site

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ROOT = Path(__file__).resolve().parent.parent.parent
DATA = ROOT / "tests" / "data"
# No page taller than this at 1280 px (issue 19).
MAX_HEIGHT = 8000


@pytest.fixture(scope="module")
def big_site(tmp_path_factory) -> Path:
    from generator.build import build
    from generator.config import load_settings

    tmp = tmp_path_factory.mktemp("analyst")
    content = tmp / "content"
    shutil.copytree(ROOT / "content", content)
    for folder in sorted(DATA.glob("*/articles")):
        for article in sorted(folder.glob("*.txt")):
            shutil.copy(article, content / "articles" / f"{folder.parent.name}_{article.name}")
    settings = load_settings(content, docs_dir=tmp / "docs", site_dir=tmp / "site", cache_dir=tmp / "cache", pdf=False)
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("BRIEFING_DOCS_DIR", str((tmp / "docs").resolve()))
        build(settings)
    return tmp / "site"


@pytest.fixture(scope="module")
def big_url(big_site):
    server, url = serve_site(big_site)
    yield url
    server.shutdown()
    server.server_close()


def _tallest_candidates(site: Path) -> list[str]:
    """Every list page (indexes and their parts), the home page, and the entity and brief pages
    with the most HTML (the tallest candidates: measuring all 600 pages takes minutes)."""
    def rel(path: Path) -> str:
        folder = str(path.parent.relative_to(site))
        return "" if folder == "." else folder + "/"
    lists = [rel(p) for p in sorted(site.glob("*/index.html")) if p.parent.name in ("briefs", "actors", "timeline", "quotes")]
    lists += [rel(p) for folder in ("actors", "timeline", "quotes", "briefs/years") for p in sorted(site.glob(f"{folder}/*/index.html"))]
    by_size = lambda folder: [rel(p) for p in sorted(site.glob(f"{folder}/*/index.html"),  # noqa: E731
                                                      key=lambda p: -p.stat().st_size)]
    return ["", *lists, *by_size("entities")[:15], *by_size("briefs")[:8]]


def test_analyst_no_page_taller_than_8000_px_at_1280(browser, big_site, big_url):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    heights = {}
    for path in dict.fromkeys(_tallest_candidates(big_site)):
        page.goto(big_url + path)
        heights[path] = page.evaluate("document.documentElement.scrollHeight")
    page.close()
    tall = {p: h for p, h in heights.items() if h > MAX_HEIGHT}
    assert len(heights) > 40
    assert not tall, tall


def _search(page, url: str, query: str) -> list[str]:
    page.goto(url)
    box = page.locator("input.md-search__input")
    box.click()
    box.press_sequentially(query, delay=20)
    page.wait_for_selector(".md-search-result__item", timeout=15_000)
    page.wait_for_timeout(400)
    hrefs = page.eval_on_selector_all(".md-search-result__item > a, .md-search-result__item a.md-search-result__link",
                                      "els => els.map(e => e.getAttribute('href'))")
    return list(dict.fromkeys(urlsplit(h).path.lstrip("/") for h in hrefs if h))


@pytest.mark.parametrize("query, expected", [
    ("Korut", "entities/north-korea/"),             # an alias: the Indonesian short form
    ("Kim Jong-un", "entities/kim-jong-un/"),       # a spelling of the name
    ("Zinoviev", "entities/georgy-zinoviev/"),      # a rarer name: his page, not places near him
])
def test_analyst_search_ranks_the_entity_page_first(browser, big_url, query, expected):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    try:
        results = _search(page, big_url, query)
        assert results and results[0] == expected, f"{query!r}: {results[:8]}"
        # Snippets read as text of the page, not its furniture (PDF button, date and outlet chips,
        # the lists of names an entity appears with).
        snippets = " ".join(page.eval_on_selector_all(".md-search-result__item", "els => els.map(e => e.innerText)"))
        assert "Unduh PDF" not in snippets and "Sering muncul bersama" not in snippets, snippets[:500]
    finally:
        page.close()
