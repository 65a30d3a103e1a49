"""End to end: build the site from the seeds into a temporary folder (once for this module), then
check that every brief and entity page exists, every internal link resolves, MkDocs printed no
warning, and the data files, feed and search index are what other tools and the search box need."""
from __future__ import annotations

import contextlib
import io
import json
import os
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from generator.pages import brief_slug

ROOT = Path(__file__).resolve().parent.parent
CONTENT = ROOT / "content"

pytestmark = pytest.mark.slow


def build_site(tmp: Path, content: Path = CONTENT) -> tuple[Path, str, object]:
    """Build `content` into tmp/site; returns (site dir, everything printed, the build report)."""
    from generator.build import build
    from generator.config import load_settings

    settings = load_settings(content, docs_dir=tmp / "docs", site_dir=tmp / "site", cache_dir=tmp / "cache",
                             pdf=False)
    printed = io.StringIO()
    with pytest.MonkeyPatch.context() as mp:
        # mkdocs.yml reads the generated tree from BRIEFING_DOCS_DIR (default build/docs).
        mp.setenv("BRIEFING_DOCS_DIR", str((tmp / "docs").resolve()))
        with contextlib.redirect_stderr(printed), contextlib.redirect_stdout(printed):
            report = build(settings)
    return tmp / "site", printed.getvalue(), report


def with_unseen(tmp: Path) -> Path:
    """content/ plus every article of the evaluation sets under tests/data: people, outlets and
    furniture the seeds never show, built into one collection with the seeds."""
    import shutil
    content = tmp / "content"
    shutil.copytree(CONTENT, content)
    for article in sorted((ROOT / "tests" / "data").glob("*/articles/*.txt")):
        shutil.copy(article, content / "articles" / f"{article.parent.parent.name}-{article.name}")
    return content


@pytest.fixture(scope="module", params=["seeds", "seeds-and-unseen"])
def collection(request, tmp_path_factory) -> Path:
    """The content folder a site is built from: the seeds, or the seeds with unseen articles."""
    if request.param == "seeds":
        return CONTENT
    return with_unseen(tmp_path_factory.mktemp("unseen"))


@pytest.fixture(scope="module")
def built(tmp_path_factory, collection):
    return build_site(tmp_path_factory.mktemp("site-links"), collection)


@pytest.fixture(scope="module")
def site(built) -> Path:
    return built[0]


class _Refs(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.refs: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("href", "src", "xlink:href") and value is not None:
                self.refs.append(value)
            if name in ("id", "name") and value:
                self.ids.add(value)


def _parse(path: Path) -> _Refs:
    parser = _Refs()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def _target(site: Path, page: Path, ref: str) -> tuple[Path, str] | None:
    """The file an internal reference points at (and its fragment); None for external ones."""
    parts = urlsplit(ref)
    if parts.scheme or parts.netloc or ref.startswith(("mailto:", "data:", "javascript:")):
        return None
    if not parts.path:
        return page, parts.fragment
    base = site if parts.path.startswith("/") else page.parent
    target = (base / unquote(parts.path.lstrip("/"))).resolve()
    if parts.path.endswith("/") or target.is_dir():
        target = target / "index.html"
    return target, parts.fragment


def test_site_links_build_prints_no_warning(built):
    _, printed, report = built
    assert "WARNING" not in printed and "warning" not in printed.lower(), printed
    assert not report.errors


def test_site_links_every_brief_page_exists(site, collection):
    articles = sorted((collection / "articles").glob("*.txt"))
    assert len(articles) >= 5
    for article in articles:
        assert (site / "briefs" / brief_slug(article.stem) / "index.html").is_file(), article.name
    for page in ("index.html", "briefs/index.html", "actors/index.html", "timeline/index.html", "quotes/index.html"):
        assert (site / page).is_file(), page


def test_site_links_every_entity_page_exists(site):
    entities = json.loads((site / "data" / "entities.json").read_text(encoding="utf-8"))
    for entity in entities:
        assert (site / "entities" / entity["id"] / "index.html").is_file(), entity["id"]


def test_site_links_every_internal_link_resolves(site):
    pages = sorted(site.rglob("*.html"))
    assert pages
    ids: dict[Path, set[str]] = {}
    broken = []
    for page in pages:
        parsed = _parse(page)
        ids[page.resolve()] = parsed.ids
        for ref in parsed.refs:
            found = _target(site, page, ref)
            if found is None:
                continue
            target, fragment = found
            if not target.is_file():
                broken.append(f"{page.relative_to(site)}: {ref}")
            elif fragment and target.suffix == ".html" and not fragment.startswith("__"):
                known = ids.get(target) if target in ids else _parse(target).ids
                ids[target] = known
                if fragment not in known:
                    broken.append(f"{page.relative_to(site)}: {ref} (no #{fragment})")
    assert not broken, "\n".join(broken[:40])


def test_site_links_pages_are_not_in_nav(site):
    html = (site / "index.html").read_text(encoding="utf-8")
    nav = html.split('class="md-nav', 1)[1] if 'class="md-nav' in html else ""
    assert "entities/" not in nav.split("</nav>", 1)[0]


def test_site_links_language_and_offline_theme(site):
    html = (site / "index.html").read_text(encoding="utf-8")
    assert '<html lang="id"' in html
    assert "fonts.googleapis.com" not in html and "fonts.gstatic.com" not in html


def test_site_links_data_and_feed(site, collection):
    records = json.loads((site / "data" / "records.json").read_text(encoding="utf-8"))
    assert len(records) == len(list((collection / "articles").glob("*.txt")))
    root = ET.fromstring((site / "feed.xml").read_bytes())
    assert root.tag == "{http://www.w3.org/2005/Atom}feed"
    from generator.pages import FEED_ENTRIES
    assert len(root.findall("{http://www.w3.org/2005/Atom}entry")) == min(len(records), FEED_ENTRIES)


def test_site_links_search_index_holds_entity_pages_with_aliases(site, collection):
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    separator = index["config"]["separator"]
    assert re.split(separator, "“Kami percaya") == ["", "Kami", "percaya"]
    assert re.split(separator, "Kim Jong-un") == ["Kim", "Jong", "un"]
    docs = {d["location"]: d for d in index["docs"]}
    entity_text = " ".join(d["text"] for loc, d in docs.items() if loc.startswith("entities/north-korea/"))
    assert "Korut" in entity_text
    assert not any(loc.startswith(("actors/", "timeline/")) for loc in docs)   # index pages excluded
    for brief in sorted((collection / "articles").glob("*.txt")):
        assert f"briefs/{brief_slug(brief.stem)}/" in docs


def test_site_links_person_pages_list_exactly_the_briefs_that_mention_them(site):
    """From the published records: every person's page links to exactly the briefs naming them."""
    records = json.loads((site / "data" / "records.json").read_text(encoding="utf-8"))
    expected: dict[str, set[str]] = {}
    for record in records:
        for person in record["persons"]:
            expected.setdefault(person["id"], set()).add(brief_slug(record["article"]))
    assert expected
    for entity_id, briefs in expected.items():
        html = (site / "entities" / entity_id / "index.html").read_text(encoding="utf-8")
        # The "Disebut dalam" (appears in) section: from its heading to the next one.
        assert 'id="disebut-dalam"' in html, entity_id
        section = html.split('id="disebut-dalam"', 1)[1].split("<h2", 1)[0]
        listed = set(re.findall(r'href="\.\./\.\./briefs/([^/"]+)/"', section))
        assert listed == briefs, (entity_id, listed, briefs)


def test_site_links_warm_build_renders_only_the_pages_a_changed_article_touches(tmp_path):
    """Cold build, change one article, rebuild: only pages that show it are rendered again (the
    Report counts them), and the docs tree is byte for byte what a cold build of the new content
    writes."""
    import shutil

    from generator.build import build
    from generator.config import load_settings

    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)

    def run(docs: str, cache: str):
        settings = load_settings(content, docs_dir=tmp_path / docs, site_dir=tmp_path / "site",
                                 cache_dir=tmp_path / cache, pdf=False)
        return build(settings, mkdocs=False)

    cold = run("docs", "cache")
    assert cold.rendered > 0 and cold.reused == 0
    again = run("docs", "cache")
    assert again.rendered == 0 and again.written == 0
    # Kulik's brief gets a word changed in its body (no new entity, no new date).
    article = next(p for p in sorted((content / "articles").glob("*.txt")) if "Kulik" in p.read_text(encoding="utf-8"))
    text = article.read_text(encoding="utf-8")
    assert "mengadakan panggilan telepon" in text
    article.write_text(text.replace("mengadakan panggilan telepon", "mengadakan panggilan video", 1), encoding="utf-8")
    warm = run("docs", "cache")
    assert "1 extracted" in warm.summary()
    assert 0 < warm.rendered < cold.rendered / 2, warm.summary()
    assert warm.rendered + warm.reused == cold.rendered
    fresh = run("docs-cold", "cache-cold")
    assert fresh.reused == 0

    def tree(root: Path) -> dict[str, bytes]:
        return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}
    assert tree(tmp_path / "docs") == tree(tmp_path / "docs-cold")
