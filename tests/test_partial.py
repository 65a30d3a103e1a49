"""A partial MkDocs build (only the changed pages and the nav pages, merged into the previous
site: generator/sitebuild.py) gives the same site as a clean full build, byte for byte, after an
article changes, after one is added (newer than the others: the build date moves) and after one
is removed; and a change every page shows falls back to a full build."""
from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest

from generator import sitebuild
from generator.build import build
from test_build import make_workspace, settings_for

pytestmark = pytest.mark.slow
SITE_URL = "https://briefing.example.org/arsip/"    # so that sitemap.xml lists every page
NEW_ARTICLE = ("Rusia dan Mongolia Bahas Jalur Kereta Baru\n\n"
               "ULAANBAATAR - Menteri Luar Negeri Mongolia Batbayar Tsend bertemu Duta Besar Rusia "
               "Pavel Orlov pada Senin (3/2/2031) untuk membahas jalur kereta baru antara kedua negara. "
               "\u201cJalur ini membuka pasar baru,\u201d kata Tsend.\n")


def tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def full_build(content: Path, tmp_path: Path, name: str) -> dict[str, bytes]:
    """The site a clean build of this content makes (a fresh workspace, no cache, no site)."""
    ws = make_workspace(tmp_path / name)
    shutil.rmtree(ws / "content")
    shutil.copytree(content, ws / "content")
    report = build(settings_for(ws, site_url=SITE_URL))
    assert not report.site_partial and not report.errors
    return tree(ws / "site")


def assert_same_site(partial: dict[str, bytes], full: dict[str, bytes]) -> None:
    assert sorted(partial) == sorted(full)
    different = [rel for rel in full if partial[rel] != full[rel]]
    assert different == []


def test_partial_rebuilds_equal_a_full_build(tmp_path, monkeypatch):
    # Past half the pages a full build is chosen for speed; five articles share most entities, so
    # that choice is lifted here to test the merge on large changes too.
    monkeypatch.setattr(sitebuild, "PARTIAL_MAX_SHARE", 1.0)
    ws = make_workspace(tmp_path / "ws")
    settings = settings_for(ws, site_url=SITE_URL)
    articles = ws / "content" / "articles"
    cold = build(settings)
    assert not cold.site_partial and cold.site_pages > 50
    pages = cold.site_pages
    sitemap = (ws / "site" / "sitemap.xml").read_text(encoding="utf-8")
    assert sitemap.count("<url>") == pages               # the sitemap merge is exercised

    # One article changed: its brief, the pages it feeds and the nav pages are built again.
    first = sorted(articles.glob("*.txt"))[1]
    first.write_text(first.read_text(encoding="utf-8").replace("Rusia", "Federasi Rusia", 1), encoding="utf-8")
    changed = build(settings)
    assert changed.site_partial and 5 < changed.site_pages < pages
    assert_same_site(tree(ws / "site"), full_build(ws / "content", tmp_path, "full-changed"))

    # One article added, dated after every other: new pages, and a new build date in the sitemap.
    (articles / "mongolia kereta.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    added = build(settings)
    assert added.site_partial and added.site_pages < pages
    site = tree(ws / "site")
    assert "2031-02-03" in site["sitemap.xml"].decode("utf-8")
    assert_same_site(site, full_build(ws / "content", tmp_path, "full-added"))

    # One article removed: its pages (and the entities only it named) leave the site.
    sorted(articles.glob("0*.txt"))[0].unlink()
    removed = build(settings)
    assert removed.site_partial and removed.site_pages < pages
    assert_same_site(tree(ws / "site"), full_build(ws / "content", tmp_path, "full-removed"))

    # The interface language changes every page's nav and labels: a full build, never a partial one.
    relabelled = build(settings_for(ws, site_url=SITE_URL, ui_language="en"))
    listed = (ws / "site" / "sitemap.xml").read_text(encoding="utf-8").count("<url>")
    assert not relabelled.site_partial and relabelled.site_pages == listed


@pytest.mark.parametrize("link, fails", [("[b](b.md)", False), ("[b](c.md)", True), ("[b](b.md#nowhere)", True)])
def test_strict_mode_fails_on_a_warning(tmp_path, link, fails):
    """mkdocs.yml's `strict: true` holds: a link to a missing page or anchor fails the build with
    MkDocs' own words (`mkdocs build --strict --quiet` never did: --quiet dropped the warnings
    before strict mode counted them)."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "index.md").write_text(f"# A\n\n{link}\n", encoding="utf-8")
    (docs / "b.md").write_text("# B\n", encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text("site_name: x\nstrict: true\nvalidation:\n  anchors: warn\n",
                                           encoding="utf-8")
    run = lambda: sitebuild.run(tmp_path / "mkdocs.yml", dict(os.environ), tmp_path / "site", None,  # noqa: E731
                                tmp_path / "work")
    if fails:
        with pytest.raises(sitebuild.MkDocsFailed, match="strict mode"):
            run()
    else:
        record = run()
        assert record["warnings"] == 0 and record["built"] == ["index.md", "b.md"]
        assert record["links"] == {"index.md": ["b.md"]}


def test_partial_rebuild_with_pagefind_equals_a_full_build(tmp_path):
    """With `search: pagefind` the merged site is indexed again as a whole. Every page is the same
    bytes; Pagefind's own files are compared by name shape only, as two full builds of the same
    site already differ there (its filter index is not written in a stable order)."""
    ws = make_workspace(tmp_path / "ws")
    settings = settings_for(ws, search="pagefind")
    assert not build(settings).site_partial
    article = sorted((ws / "content" / "articles").glob("*.txt"))[2]
    article.write_text(article.read_text(encoding="utf-8").replace("Korea", "Republik Korea", 1), encoding="utf-8")
    assert build(settings).site_partial
    full = make_workspace(tmp_path / "full")
    shutil.rmtree(full / "content")
    shutil.copytree(ws / "content", full / "content")
    assert not build(settings_for(full, search="pagefind")).site_partial
    site, other = tree(ws / "site"), tree(full / "site")
    index = {rel for rel in site if rel.startswith("pagefind/")}
    assert "pagefind/pagefind-entry.json" in index
    shape = lambda names: sorted(re.sub(r"[0-9a-f]{7,}", "#", rel) for rel in names)  # noqa: E731
    assert shape(index) == shape(rel for rel in other if rel.startswith("pagefind/"))
    assert_same_site({k: v for k, v in site.items() if k not in index},
                     {k: v for k, v in other.items() if not k.startswith("pagefind/")})
