"""`search: pagefind` in headless Chromium: the seeds built with Pagefind, served on 127.0.0.1 by
this module; a reader types a name into the Pagefind box and sees the entity page and its briefs;
Material's search is gone; nothing leaves 127.0.0.1; no console error."""
from __future__ import annotations

import importlib.util
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from conftest import serve_site

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ROOT = Path(__file__).resolve().parent.parent.parent



@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    if importlib.util.find_spec("pagefind") is None:
        pytest.skip("pagefind is not installed (pip install 'briefing[search]')")
    from generator.build import build
    from generator.config import load_settings

    tmp = tmp_path_factory.mktemp("pagefind-site")
    settings = load_settings(ROOT / "content", docs_dir=tmp / "docs", site_dir=tmp / "site", cache_dir=tmp / "cache",
                             pdf=False, search="pagefind")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("BRIEFING_DOCS_DIR", str((tmp / "docs").resolve()))
        build(settings)
    return tmp / "site"


@pytest.fixture(scope="module")
def site_url(site):
    with serve_site(site) as url:
        yield url




def test_pagefind_build_has_no_material_index_and_indexes_only_content(site):
    assert (site / "pagefind" / "pagefind-ui.js").is_file() and (site / "pagefind" / "pagefind-ui.css").is_file()
    assert not (site / "search" / "search_index.json").exists()
    brief = next((site / "briefs").glob("*/index.html")).read_text(encoding="utf-8")
    assert "data-pagefind-body" in brief and 'class="md-search"' not in brief
    assert "data-pagefind-body" not in (site / "timeline" / "index.html").read_text(encoding="utf-8")
    assert 'src="../../pagefind/pagefind-ui.js"' in brief      # relative: works offline, under any path


@pytest.mark.parametrize("query, entity", [("Andrey Kulik", "entities/andrey-kulik/"),
                                           ("Kim Jong Un", "entities/kim-jong-un/")])
def test_pagefind_ui_finds_entity_and_its_briefs(browser, site_url, query, entity):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    requests, failed, errors = [], [], []
    page.on("request", lambda r: requests.append(r.url))
    page.on("requestfailed", lambda r: failed.append(f"{r.url} {r.failure}"))
    page.on("response", lambda r: failed.append(f"{r.url} {r.status}") if r.status >= 400 else None)
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    try:
        page.goto(site_url + "briefs/")
        box = page.locator("#pagefind-search input")
        box.click()
        box.press_sequentially(query, delay=20)
        page.wait_for_selector(".pagefind-ui__result-link", timeout=15_000)
        page.wait_for_timeout(800)
        hrefs = page.eval_on_selector_all(".pagefind-ui__result-link", "els => els.map(e => e.href)")
        paths = list(dict.fromkeys(urlsplit(h).path.lstrip("/") for h in hrefs))   # pages, in result order
        assert entity in paths[:2], paths        # the name's own page first (its heading weighs most)
        assert any(p.startswith("briefs/") for p in paths), paths
        # The result opens the entity page.
        page.locator(f".pagefind-ui__result-link[href$='{entity}']").first.click()
        page.wait_for_url(f"**/{entity}")
        assert page.locator("h1").count() == 1
        foreign = [u for u in requests if urlsplit(u).hostname != "127.0.0.1" and not u.startswith(("data:", "blob:"))]
        assert not foreign, foreign
        assert not failed, failed
        assert not errors, errors
    finally:
        page.close()
