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


def _build_big_site(tmp: Path, **options) -> Path:
    from generator.build import build
    from generator.config import load_settings

    content = tmp / "content"
    shutil.copytree(ROOT / "content", content)
    for folder in sorted(DATA.glob("*/articles")):
        for article in sorted(folder.glob("*.txt")):
            shutil.copy(article, content / "articles" / f"{folder.parent.name}_{article.name}")
    settings = load_settings(content, docs_dir=tmp / "docs", site_dir=tmp / "site", cache_dir=tmp / "cache",
                             pdf=False, **options)
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("BRIEFING_DOCS_DIR", str((tmp / "docs").resolve()))
        build(settings)
    return tmp / "site"


@pytest.fixture(scope="module")
def big_site(tmp_path_factory) -> Path:
    return _build_big_site(tmp_path_factory.mktemp("analyst"))


@pytest.fixture(scope="module")
def big_url(big_site):
    with serve_site(big_site) as url:
        yield url


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
    # The name in full: the country, before the bodies named after it ("Kedutaan Besar Korea
    # Utara") and the pages whose names hold a longer word it begins ("The Korean Herald").
    ("Korea Utara", "entities/north-korea/"),
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


# The same searches with `search: pagefind` (the same collection, built with Pagefind).
PAGEFIND_QUERIES = [("Korut", "entities/north-korea/", "Negara"), ("Kim Jong-un", "entities/kim-jong-un/", "Orang"),
                    ("Zinoviev", "entities/georgy-zinoviev/", "Orang"), ("Korea Utara", "entities/north-korea/", "Negara"),
                    ("Rusia", "entities/russia/", "Negara")]


@pytest.fixture(scope="module")
def big_pagefind_url(tmp_path_factory):
    import importlib.util
    if importlib.util.find_spec("pagefind") is None:
        pytest.skip("pagefind is not installed (pip install 'briefing[search]')")
    with serve_site(_build_big_site(tmp_path_factory.mktemp("analyst-pagefind"), search="pagefind")) as url:
        yield url


@pytest.mark.parametrize("query, expected, kind", PAGEFIND_QUERIES)
def test_analyst_pagefind_ranks_the_entity_page_first(browser, big_pagefind_url, query, expected, kind):
    """Pagefind: the entity's page first for its name and spellings (its `names` metadata, weighed
    in the ranking); a result shows its kind, a brief its date; snippets are the page's text, not
    its lists of briefs, dates and counts; a filter by kind."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    try:
        page.goto(big_pagefind_url + "briefs/")
        box = page.locator("#pagefind-search input")
        box.click()
        box.press_sequentially(query, delay=20)
        page.wait_for_selector(".pagefind-ui__result-link", timeout=15_000)
        page.wait_for_timeout(800)
        hrefs = page.eval_on_selector_all(".pagefind-ui__result-title .pagefind-ui__result-link",
                                          "els => els.map(e => e.href)")
        paths = list(dict.fromkeys(urlsplit(h).path.lstrip("/") for h in hrefs))
        assert paths and paths[0] == expected, f"{query!r}: {paths[:8]}"
        first = page.locator(".pagefind-ui__result").first
        assert f"Jenis: {kind}" in first.inner_text(), first.inner_text()
        # (a result whose own title is a brief: an entity's result lists briefs among its sub-results)
        brief = page.locator(".pagefind-ui__result",
                             has=page.locator(".pagefind-ui__result-title > a[href*='/briefs/']")).first
        if query != "Rusia":      # (a name in almost every page: the first results are all entity pages)
            tags = brief.locator(".pagefind-ui__result-tag").all_inner_texts()
            assert "Jenis: Ringkasan" in tags and any(t.startswith("Terbit: ") for t in tags), tags
        snippets = " ".join(page.locator(".pagefind-ui__result-excerpt").all_inner_texts())
        # Not the entity's chips (kind, brief count, "Disebut: ..."), roles table, brief lists or PDF button.
        for furniture in ("Disebut:", "tanpa tanggal", "Unduh PDF", "Sering muncul bersama", "Names:"):
            assert furniture not in snippets, (furniture, snippets[:500])
        assert page.locator(".pagefind-ui__filter-name", has_text="Jenis").count() == 1
    finally:
        page.close()


AXE = ROOT / ".venv" / "axe" / "node_modules" / "axe-core" / "axe.min.js"


def _axe_serious(page) -> list[str]:
    """axe-core's serious and critical violations on the page as it stands (injected from the
    copy `make` installs from the npm registry: no network at test time)."""
    page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    found = page.evaluate("""async () => (await axe.run(document, {resultTypes: ['violations']})).violations
        .filter(v => v.impact === 'serious' || v.impact === 'critical')
        .map(v => v.id + ' x' + v.nodes.length + ': ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '))""")
    return found


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("kind", ["home", "brief", "entity", "timeline", "quotes", "search"])
def test_analyst_axe_finds_no_serious_violation(browser, big_site, big_url, kind, scheme):
    if not AXE.is_file():
        pytest.skip(f"{AXE} missing: run `make test` (or `make {AXE.relative_to(ROOT)}`) to install axe-core")
    paths = {"home": "", "search": "", "entity": "entities/north-korea/",
             "brief": None,
             "timeline": next(f"timeline/{p.parent.name}/" for p in sorted((big_site / "timeline").glob("*/index.html"),
                                                                            key=lambda p: -p.stat().st_size)),
             "quotes": "quotes/"}
    if kind == "brief":   # the brief with the most HTML: the most quotes, dates and links
        biggest = max((big_site / "briefs").glob("*/index.html"), key=lambda p: p.stat().st_size)
        paths["brief"] = f"briefs/{biggest.parent.name}/"
    page = browser.new_page(viewport={"width": 1280, "height": 900}, color_scheme=scheme)
    try:
        page.goto(big_url + paths[kind])
        if kind == "search":
            box = page.locator("input.md-search__input")
            box.click()
            box.press_sequentially("Kim", delay=20)
            page.wait_for_selector(".md-search-result__item", timeout=15_000)
        violations = _axe_serious(page)
        assert not violations, f"{kind} ({scheme}): {violations}"
    finally:
        page.close()


def test_analyst_dark_palette_follows_the_system_setting(browser, big_url):
    """A browser set to dark gets the dark palette (and the light one when set to light); the
    toggle in the header switches it."""
    for scheme, expected in (("dark", "slate"), ("light", "default")):
        page = browser.new_page(viewport={"width": 1280, "height": 900}, color_scheme=scheme)
        try:
            page.goto(big_url + "entities/north-korea/")
            assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == expected
            background = page.evaluate("getComputedStyle(document.body).backgroundColor")
            dark = sum(int(x) for x in background[background.index("(") + 1:background.index(")")].split(",")[:3]) < 200
            assert dark == (scheme == "dark"), background
            if scheme == "dark":
                page.locator("form[data-md-component='palette'] label:visible").first.click()
                page.wait_for_timeout(200)
                assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == "default"
        finally:
            page.close()
