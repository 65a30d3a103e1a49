"""The built site in headless Chromium (Debian's /usr/bin/chromium, never a downloaded browser),
served by this module on a free 127.0.0.1 port: search by name, spelling and alias; follow links
from a brief to an entity and on; no console error, no failed request, nothing leaves 127.0.0.1;
the layout holds at a phone's width."""
from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import pytest

from conftest import serve_site

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ROOT = Path(__file__).resolve().parent.parent.parent


@pytest.fixture(scope="module")
def site_url(tmp_path_factory):
    """Build the seeds once for this module and serve the site on 127.0.0.1 (a thread)."""
    site = _build(tmp_path_factory.mktemp("browser"))
    with serve_site(site) as url:
        yield url


def _build(tmp: Path) -> Path:
    """The seeds, built as `briefing build --no-pdf` would, into tmp/site."""
    from generator.build import build
    from generator.config import load_settings

    settings = load_settings(ROOT / "content", docs_dir=tmp / "docs", site_dir=tmp / "site",
                             cache_dir=tmp / "cache", pdf=False)
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("BRIEFING_DOCS_DIR", str((tmp / "docs").resolve()))   # mkdocs.yml's docs_dir
        build(settings)
    return tmp / "site"





class Watched:
    """A page that records every request, failed request and console error."""

    def __init__(self, browser, width: int = 1280):
        self.page = browser.new_page(viewport={"width": width, "height": 900})
        self.requests: list[str] = []
        self.failed: list[str] = []
        self.errors: list[str] = []
        self.page.on("request", lambda r: self.requests.append(r.url))
        # A request the browser dropped because the page navigated on (the search worker still
        # loading when a test clicks a link) is no fault of the site; a missing file is a 404 below.
        self.page.on("requestfailed", lambda r: None if "ERR_ABORTED" in str(r.failure)
                     else self.failed.append(f"{r.url} {r.failure}"))
        self.page.on("response", lambda r: self.failed.append(f"{r.url} {r.status}") if r.status >= 400 else None)
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))

    def check(self):
        foreign = [u for u in self.requests if urlsplit(u).hostname not in ("127.0.0.1",) and not u.startswith(("data:", "blob:"))]
        assert not foreign, f"requests left 127.0.0.1: {foreign}"
        assert not self.failed, self.failed
        assert not self.errors, self.errors

    def close(self):
        self.page.close()


@pytest.fixture
def watched(browser):
    pages: list[Watched] = []

    def open_(width: int = 1280) -> Watched:
        pages.append(Watched(browser, width))
        return pages[-1]
    yield open_
    for w in pages:
        w.close()


def search(page, url: str, query: str) -> list[str]:
    """Type into Material's search box; return the result links (paths, without host)."""
    page.goto(url)
    box = page.locator("input.md-search__input")
    box.click()
    box.fill("")
    box.press_sequentially(query, delay=20)
    page.wait_for_selector(".md-search-result__item", timeout=10_000)
    page.wait_for_timeout(300)
    hrefs = page.eval_on_selector_all(".md-search-result__item > a, .md-search-result__item a.md-search-result__link",
                                      "els => els.map(e => e.getAttribute('href'))")
    pages = [urlsplit(h).path.lstrip("/") for h in hrefs if h]
    return list(dict.fromkeys(pages))   # one entry per page, in result order


@pytest.mark.parametrize("query, expected", [
    ("Kim Jong Un", "entities/kim-jong-un/"),           # full name as the page writes it
    ("Kim Jong-un", "entities/kim-jong-un/"),           # alternative spelling with a hyphen
    ("Andrey Kulik", "entities/andrey-kulik/"),
    ("Korut", "entities/north-korea/"),                 # alias (Indonesian short form)
    ("North Korea", "entities/north-korea/"),           # alias (English)
    ("Korea Utara", "entities/north-korea/"),
    ("Pyongyang", "entities/pyongyang/"),               # a place
    ("Moskow", "entities/moscow/"),
])
def test_site_search_finds_entity_pages(site_url, watched, query, expected):
    w = watched()
    results = search(w.page, site_url, query)
    assert expected in results[:3], f"{query!r}: {results[:8]}"
    w.check()


def test_site_search_finds_briefs_of_a_name(site_url, watched):
    w = watched()
    results = search(w.page, site_url, "Kim Jong-un")
    assert any(r.startswith("briefs/") for r in results), results


def test_site_search_finds_word_after_quotation_mark(site_url, watched):
    # 000: “menekankan perlunya masyarakat internasional ...” — the word right after the mark.
    w = watched()
    results = search(w.page, site_url, "menekankan")
    assert "briefs/000_bb3a51cba430223e/" in results, results


def test_site_follow_actor_from_brief_to_entity_and_on(site_url, watched):
    w = watched()
    w.page.goto(site_url + "briefs/000_bb3a51cba430223e/")
    w.page.locator("article a[href*='entities/andrey-kulik/']").first.click()
    w.page.wait_for_url("**/entities/andrey-kulik/")
    assert "Andrey Kulik" in w.page.locator("h1").inner_text()
    # On from the entity page to a name it appears with (the picture ranks organisations and
    # people by how specific the link is), then from that page to a brief that names it.
    w.page.locator("article a[href*='entities/']:not([href*='andrey-kulik'])").first.click()
    w.page.wait_for_url("**/entities/**")
    assert "andrey-kulik" not in w.page.url
    links = w.page.eval_on_selector_all("article a[href*='briefs/']", "els => els.map(e => e.href)")
    assert any("000_bb3a51cba430223e" in h for h in links)          # back to where we came from
    other = links[-1]
    w.page.goto(other)
    assert w.page.locator("h1").count() == 1
    w.check()


@pytest.mark.parametrize("path", ["", "briefs/", "actors/", "timeline/", "quotes/",
                                  "briefs/001_623a4fe61b1ac6d9/", "entities/kim-jong-un/", "entities/north-korea/"])
def test_site_pages_load_cleanly_and_hold_at_phone_width(site_url, watched, path):
    w = watched(width=375)
    w.page.goto(site_url + path)
    w.page.wait_for_load_state("networkidle")
    width = w.page.evaluate("document.documentElement.scrollWidth")
    assert width <= 375, f"{path}: scrollWidth {width}"
    w.check()


def test_site_entity_roles_table_is_read_without_sideways_scrolling_on_a_phone(site_url, watched):
    """The roles table of an entity page stacks its cells on a phone: a headline in its last column
    made a tall, mostly empty row that had to be scrolled sideways to read."""
    w = watched(width=375)
    w.page.goto(site_url + "entities/kim-jong-un/")
    table = w.page.locator(".entity-roles table").first
    overflow = table.evaluate("t => [t.scrollWidth, t.clientWidth, (t.closest('.md-typeset__scrollwrap') || t).scrollWidth]")
    assert overflow[0] <= overflow[1] + 1 and overflow[2] <= 375, overflow
    w.check()


def test_site_graph_links_open_entity_pages(site_url, watched):
    w = watched()
    w.page.goto(site_url)
    svg = w.page.locator("figure.entity-graph svg[role='group']")
    assert svg.count() == 1 and svg.get_attribute("aria-label")
    w.page.locator("figure.entity-graph svg a[href='entities/kim-jong-un/']").click()
    w.page.wait_for_url("**/entities/kim-jong-un/")
    assert w.page.locator("figure.entity-graph svg a").count() >= 2
    w.check()


@pytest.mark.parametrize("kind", ["kutipan", "tanggal"])
def test_site_source_link_opens_the_text_at_the_marked_fact(site_url, watched, kind):
    """A ¶ link beside a quote or a timeline row opens the collapsed article text and brings the
    marked words into view, highlighted."""
    w = watched()
    w.page.goto(site_url + "briefs/000_bb3a51cba430223e/")
    assert not w.page.locator("details.article-text").evaluate("d => d.open")
    link = w.page.locator(f'a[href^="#{kind}-"]').first
    target = link.get_attribute("href")[1:]
    link.click()
    mark = w.page.locator(f"mark#{target}")
    mark.wait_for(state="visible")
    assert w.page.locator("details.article-text").evaluate("d => d.open")
    assert "src--current" in mark.get_attribute("class")
    box, height = mark.bounding_box(), w.page.viewport_size["height"]
    assert box and 0 <= box["y"] < height, box
    w.check()


@pytest.mark.parametrize("path, kind", [("entities/kim-jong-un/", "kutipan"), ("entities/kim-jong-un/", "tanggal"),
                                        ("quotes/", "kutipan"), ("quotes/", "pernyataan"), ("timeline/", "tanggal")])
def test_site_facts_elsewhere_land_on_their_highlighted_passage(site_url, watched, path, kind):
    """A quote, statement or timeline row on an entity, quote or timeline page links to its
    passage in the brief: the brief opens with the article text unfolded and the words highlighted
    in view (not the top of the brief)."""
    w = watched()
    w.page.goto(site_url + path)
    links = w.page.locator(f'article a[href*="/briefs/"][href*="#{kind}-"]')
    assert links.count() >= 1, f"no ¶ link to a {kind} on {path}"
    target = links.first.get_attribute("href").split("#", 1)[1]
    links.first.click()
    w.page.wait_for_url(f"**/briefs/**#{target}")
    mark = w.page.locator(f"mark#{target}")
    mark.wait_for(state="visible")
    assert "src--current" in mark.get_attribute("class")
    box, height = mark.bounding_box(), w.page.viewport_size["height"]
    assert box and 0 <= box["y"] < height, box
    w.check()
