"""Hostile article text in headless Chromium: the pages that show it open with no dialog, no
injected element, no script error; search shows it as text. Also: the Pagefind build option
finds a brief by a word of its text."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import serve_site
from generator.pages import brief_slug

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ROOT = Path(__file__).resolve().parent.parent.parent
HOSTILE = ROOT / "tests" / "data" / "hostile"
# Pages that show the hostile brief's text (its headline, quotes, sentences, names).
PAGES = [f"briefs/{brief_slug('duplikat (salinan)')}/", "", "briefs/", "timeline/", "quotes/", "entities/park-jin/",
         "entities/andrey-kulik/"]



def build_site(tmp: Path, *, names: list[str], search: str = "material") -> Path:
    from generator.build import build
    from generator.config import load_settings

    content = tmp / "content"
    shutil.copytree(ROOT / "content", content)
    for name in names:
        shutil.copy(HOSTILE / name, content / "articles" / name)
    settings = load_settings(content, docs_dir=tmp / "docs", site_dir=tmp / "site", cache_dir=tmp / "cache",
                             pdf=False, search=search)
    build(settings)
    return tmp / "site"




@pytest.fixture(scope="module")
def hostile_url(tmp_path_factory):
    site = build_site(tmp_path_factory.mktemp("hostile-browser"), names=["duplikat (salinan).txt"])
    with serve_site(site) as url:
        yield url


def open_watched(browser, url: str):
    page = browser.new_page()
    seen = {"dialogs": [], "errors": []}
    page.on("dialog", lambda d: (seen["dialogs"].append(d.message), d.dismiss()))
    page.on("pageerror", lambda e: seen["errors"].append(str(e)))
    page.on("console", lambda m: seen["errors"].append(m.text) if m.type == "error" else None)
    page.goto(url)
    page.wait_for_load_state("load")
    page.wait_for_timeout(300)
    return page, seen


INJECTED = """() => ({
  scripts: [...document.scripts].filter(s => (s.textContent || '').includes('alert')).length,
  handlers: [...document.querySelectorAll('*')].filter(e => [...e.attributes].some(
      a => a.name.startsWith('on') && a.value.includes('alert'))).length,
  js_links: [...document.querySelectorAll('[href],[src]')].filter(e =>
      (e.getAttribute('href') || e.getAttribute('src') || '').trim().toLowerCase().startsWith('javascript:')).length,
  foreign: document.querySelectorAll('iframe, img[src="x"], svg[onload], article h1 ~ h1').length,
  hidden: getComputedStyle(document.body).display === 'none',
})"""


@pytest.mark.parametrize("path", PAGES)
def test_hostile_pages_run_nothing_and_inject_nothing(browser, hostile_url, path):
    page, seen = open_watched(browser, hostile_url + path)
    try:
        found = page.evaluate(INJECTED)
        assert seen["dialogs"] == [] and seen["errors"] == []
        assert found == {"scripts": 0, "handlers": 0, "js_links": 0, "foreign": 0, "hidden": False}
    finally:
        page.close()


def test_hostile_brief_shows_the_characters_as_text(browser, hostile_url):
    page, _ = open_watched(browser, hostile_url + f"briefs/{brief_slug('duplikat (salinan)')}/")
    try:
        heading = page.locator("article h1").first.inner_text()
        assert heading.startswith("Menlu <img src=x onerror=alert(1)> Bertemu")
        body = page.locator("article").text_content()
        for text in ("{{ config.site_name }}", "--8<--", ":smile:", "{: .admonition", "<!-- komentar HTML -->"):
            assert text in body, text
    finally:
        page.close()


def test_hostile_search_result_shows_text_and_runs_nothing(browser, hostile_url):
    page, seen = open_watched(browser, hostile_url)
    try:
        box = page.locator("input.md-search__input")
        box.click()
        box.press_sequentially("Menlu", delay=20)
        page.wait_for_selector(".md-search-result__item", timeout=10_000)
        page.wait_for_timeout(300)
        assert "<img src=x onerror=alert(1)>" in page.locator(".md-search-result").inner_text()
        assert seen["dialogs"] == [] and page.evaluate(INJECTED)["foreign"] == 0
    finally:
        page.close()


def test_hostile_title_element_runs_nothing(browser, tmp_path_factory):
    site = build_site(tmp_path_factory.mktemp("title-browser"), names=["judul title-breakout.txt"])
    with serve_site(site) as url:
        page, seen = open_watched(browser, url + f"briefs/{brief_slug('judul title-breakout')}/")
        page.close()
        assert seen["dialogs"] == []


def test_pagefind_search_finds_a_brief(browser, tmp_path_factory):
    import importlib.util

    if importlib.util.find_spec("pagefind") is None:
        pytest.skip("pagefind is not installed (pip install 'pagefind[bin]')")
    site = build_site(tmp_path_factory.mktemp("pagefind"), names=[], search="pagefind")
    assert (site / "pagefind" / "pagefind.js").exists()
    with serve_site(site) as url:
        page, seen = open_watched(browser, url)
        results = page.evaluate("""async () => {
            const pagefind = await import('./pagefind/pagefind.js');
            const search = await pagefind.search('Zinoviev');
            const data = await Promise.all(search.results.slice(0, 5).map(r => r.data()));
            return data.map(d => d.url);
        }""")
        page.close()
        assert any("briefs/001_623a4fe61b1ac6d9" in u for u in results), results
        assert seen["errors"] == []


HOVER_TITLE = "Briefing <img src=x onerror=alert('judul-situs')> Korea & Rusia"
HOVER_NAME = "Park <img src=x onerror=alert('nama-register')> Jin"


@pytest.fixture(scope="module")
def hostile_titles_url(tmp_path_factory):
    """The hostile article plus a register `name:` and a site `title:` carrying markup."""
    tmp = tmp_path_factory.mktemp("hostile-titles")
    content = tmp / "content"
    shutil.copytree(ROOT / "content", content)
    shutil.copy(HOSTILE / "duplikat (salinan).txt", content / "articles" / "duplikat (salinan).txt")
    people = content / "register" / "people.yaml"
    people.write_text(people.read_text(encoding="utf-8").replace(
        "name: Park Jin,", f'name: "{HOVER_NAME}", aliases: [Park Jin],'), encoding="utf-8")
    (content / "briefing.yml").write_text(f'title: "{HOVER_TITLE}"\n', encoding="utf-8")
    from generator.build import build
    from generator.config import load_settings
    build(load_settings(content, docs_dir=tmp / "docs", site_dir=tmp / "site", cache_dir=tmp / "cache", pdf=False))
    with serve_site(tmp / "site") as url:
        yield url


@pytest.mark.parametrize("width", [1280, 1000, 375])
@pytest.mark.parametrize("path", [f"briefs/{brief_slug('duplikat (salinan)')}/", "entities/park-jin/", ""])
def test_hovering_truncated_titles_runs_nothing(browser, hostile_titles_url, path, width):
    """Material copies a truncated title's text into a tooltip: hover every title in the header
    (site title and page title, after scrolling so the page title shows) and count dialogs."""
    page = browser.new_page(viewport={"width": width, "height": 800})
    dialogs: list[str] = []
    hovered: list[dict] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    try:
        response = page.goto(hostile_titles_url + path)
        assert response is not None and response.status == 200, path
        page.wait_for_load_state("load")
        for scroll in (0, 600):
            page.mouse.wheel(0, scroll)
            page.wait_for_timeout(200)
            for title in page.query_selector_all(".md-header .md-ellipsis, .md-header__button.md-logo"):
                box = title.bounding_box()
                if box and box["width"] and box["height"]:
                    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
                    page.wait_for_timeout(150)
                    hovered.append(box)
        shown = page.inner_text(".md-header")
        assert hovered and dialogs == []
        assert page.evaluate("document.querySelectorAll('img[src=\"x\"]').length") == 0
        assert "<img src=x" in page.title() or "<img src=x" in shown
    finally:
        page.close()
