"""sitebuild's decisions without running MkDocs: when a partial build is planned, when the merge
refuses it, and how the sitemap and search index are merged page by page."""
from __future__ import annotations

import json
import sys

import pytest

from generator import sitebuild

DOCS = {"index.md": "a", "briefs/x.md": "b", "briefs/y.md": "c", "entities/z.md": "d", "data/r.json": "e"}


def manifest(site, **changes) -> dict:
    base = {"version": sitebuild.MANIFEST_VERSION, "site_dir": str(site), "config": "cfg", "warnings": 0,
            "docs": dict(DOCS)}
    base.update(changes)
    return base


@pytest.fixture
def site(tmp_path):
    (tmp_path / "index.html").write_text("<html></html>", encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("docs, expected", [
    (DOCS, set()),
    ({**DOCS, "briefs/x.md": "B"}, {"briefs/x.md"}),
    ({**DOCS, "briefs/new.md": "n"}, {"briefs/new.md"}),
    ({k: v for k, v in DOCS.items() if k != "briefs/y.md"}, set()),      # removed: nothing to build
    ({**DOCS, "data/r.json": "E"}, {"data/r.json"}),
])
def test_plan_builds_the_changed_files(site, docs, expected):
    assert sitebuild.plan(manifest(site), docs, "cfg", site) == expected


@pytest.mark.parametrize("previous, config, why", [
    (None, "cfg", "no manifest"),
    ("other", "cfg", "another site folder"),
    ({}, "cfg2", "configuration changed"),
    ({"warnings": 1}, "cfg", "the last build logged a warning"),
])
def test_plan_falls_back_to_a_full_build(site, previous, config, why):
    if previous == "other":
        previous = manifest(site / "elsewhere")
    elif previous is not None:
        previous = manifest(site, **previous)
    assert sitebuild.plan(previous, DOCS, config, site) is None, why


def test_plan_falls_back_when_most_pages_changed_or_the_site_is_gone(site):
    most = {k: (v + "!" if k.endswith(".md") and k != "index.md" else v) for k, v in DOCS.items()}
    assert sitebuild.plan(manifest(site), most, "cfg", site) is None
    (site / "index.html").unlink()
    assert sitebuild.plan(manifest(site), DOCS, "cfg", site) is None


PAGES = [["index.md", "", "index.html"], ["a.md", "a/", "a/index.html"], ["b.md", "b/", "b/index.html"]]
NAV = [["index.md", "Home", ""]]


def record(**changes) -> dict:
    base = {"pages": PAGES, "statics": {}, "built": ["index.md", "b.md"], "nav": NAV, "warnings": 0,
            "search": True, "partial": True, "anchors": {"index.md": [], "b.md": ["p1"]},
            "anchor_links": {}, "links": {}}
    base.update(changes)
    return base


def previous(**changes) -> dict:
    base = {"pages": PAGES, "statics": {}, "nav": NAV, "search": True,
            "anchors": {"index.md": [], "a.md": [], "b.md": ["p1", "p2"]},
            "anchor_links": {"a.md": {"b.md": ["p1"]}}, "links": {"a.md": ["b.md"]}}
    base.update(changes)
    return base


def test_links_hold_checks_anchors_into_rebuilt_pages_and_removed_targets():
    assert sitebuild.links_hold(previous(), record())
    # a.md (kept) links to b.md#p1; the rebuilt b.md lost it
    assert not sitebuild.links_hold(previous(), record(anchors={"index.md": [], "b.md": ["p2"]}))
    # a kept page links to a page that is gone
    gone = record(pages=PAGES[:2], built=["index.md"], anchors={"index.md": []})
    assert not sitebuild.links_hold(previous(), gone)
    # the rebuilt page links to an anchor the kept page does not have
    assert not sitebuild.links_hold(previous(), record(anchor_links={"b.md": {"a.md": ["nope"]}}))
    assert sitebuild.links_hold(previous(anchors={"index.md": [], "a.md": ["top"], "b.md": ["p1"]}),
                                record(anchor_links={"b.md": {"a.md": ["top"]}}))


def sitemap(blocks: list[tuple[str, str]]) -> str:
    head = '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
    body = "".join(f"\n    <url>\n         <loc>https://x.org/{url}</loc>\n         <lastmod>{day}</lastmod>\n    </url>"
                   for url, day in blocks)
    return head + body + "\n</urlset>"


def test_sitemap_merge_keeps_order_and_moves_every_lastmod(tmp_path):
    old, new = tmp_path / "old.xml", tmp_path / "new.xml"
    old.write_text(sitemap([("", "2024-01-01"), ("a/", "2024-01-01"), ("b/", "2024-01-01")]), encoding="utf-8")
    new.write_text(sitemap([("", "2024-02-01"), ("b/", "2024-02-01")]), encoding="utf-8")
    merged = sitebuild._merge_sitemap(previous(), record(), old, new).decode("utf-8")
    assert merged == sitemap([("", "2024-02-01"), ("a/", "2024-02-01"), ("b/", "2024-02-01")])
    # blocks that do not match the pages they should stand for: no merge
    old.write_text(sitemap([("", "2024-01-01"), ("a/", "2024-01-01")]), encoding="utf-8")
    assert sitebuild._merge_sitemap(previous(), record(), old, new) is None


def test_search_merge_takes_each_page_from_where_it_was_built(tmp_path):
    config = {"lang": ["id"], "separator": " ", "pipeline": [], "fields": {}}
    entry = lambda location, text: {"location": location, "title": text, "text": text}  # noqa: E731
    old = {"config": config, "docs": [entry("", "home"), entry("a/", "a"), entry("a/#s", "a s"), entry("b/", "old b")]}
    new = {"config": config, "docs": [entry("", "home 2"), entry("b/", "new b"), entry("b/#t", "new b t")]}
    (tmp_path / "old.json").write_text(json.dumps(old), encoding="utf-8")
    (tmp_path / "new.json").write_text(json.dumps(new), encoding="utf-8")
    merged = json.loads(sitebuild._merge_search(previous(), record(), tmp_path / "old.json", tmp_path / "new.json"))
    assert [e["text"] for e in merged["docs"]] == ["home 2", "a", "a s", "new b", "new b t"]


def test_search_merge_of_material_files_splices_their_text_the_way_a_full_build_writes_it(tmp_path):
    """Files written as Material writes them are merged without parsing: each page's entries keep
    their text, and the result is what json.dumps of the merged index gives (a full build's file);
    an entry whose text looks like the start of an entry, or a file of another shape, changes
    nothing."""
    config = {"lang": ["id"], "separator": "[\\s\\-\"]+", "pipeline": ["trimmer"], "fields": {"title": {"boost": 1000.0}}}
    entry = lambda location, text, **more: {"location": location, "title": text, "text": text, **more}  # noqa: E731
    tricky = 'kata "{\\"location\\":\\"x/\\"}" dan ,{"location":"a/"} \u201cRusia\u201d'
    old = {"config": config, "docs": [entry("", "home"), entry("a/", tricky, tags=["a"], boost=4),
                                      entry("a/#s", "a s"), entry("b/", "old b"), entry("b/#u", "old b u")]}
    new = {"config": config, "docs": [entry("", "home 2"), entry("b/", "new b"), entry("b/#t", "new b t")]}
    material = lambda data: json.dumps(data, separators=(",", ":"), default=str)  # noqa: E731
    (tmp_path / "old.json").write_text(material(old), encoding="utf-8")
    (tmp_path / "new.json").write_text(material(new), encoding="utf-8")
    cut = sitebuild._search_runs(material(old))
    assert cut is not None and list(cut[1]) == ["", "a/", "b/"] and cut[2] == "]}"
    merged = sitebuild._merge_search(previous(), record(), tmp_path / "old.json", tmp_path / "new.json")
    expected = {"config": config, "docs": [new["docs"][0], *old["docs"][1:3], *new["docs"][1:]]}
    assert merged.decode("utf-8") == material(expected)
    # Parsed instead (another shape, or characters left unescaped): the same bytes.
    for other in (json.dumps(old), json.dumps(old, separators=(",", ":"), ensure_ascii=False)):
        (tmp_path / "old.json").write_text(other, encoding="utf-8")
        assert sitebuild._search_runs(other) is None
        assert sitebuild._merge_search(previous(), record(), tmp_path / "old.json", tmp_path / "new.json") == merged
    # A page's entries apart, or an entry that does not open with its location: not cut.
    apart = dict(old, docs=[entry("a/", "1"), entry("b/", "2"), entry("a/#s", "3")])
    assert sitebuild._search_runs(material(apart)) is None
    assert sitebuild._search_runs(material(dict(old, docs=[{"title": "t", "location": "a/"}]))) is None
    assert sitebuild._search_runs(material(dict(old, docs=[]))) == (material(dict(old, docs=[]))[:-2], {}, "]}")


def test_the_published_site_cut_ahead_merges_as_read_at_the_merge(tmp_path):
    """sitebuild.cut_site reads and cuts the published site's search index and sitemap while the
    generator works: the merges given it make the same bytes as the merges that read the files;
    a site without them gives nothing to take (the merge reads as before)."""
    config = {"lang": ["id"], "separator": " ", "pipeline": [], "fields": {}}
    entry = lambda location, text: {"location": location, "title": text, "text": text}  # noqa: E731
    material = lambda data: json.dumps(data, separators=(",", ":"), default=str)  # noqa: E731
    site, part = tmp_path / "site", tmp_path / "part"
    site.mkdir()
    part.mkdir()
    for docs, folder in (([entry("", "home"), entry("a/", "a"), entry("b/", "old b")], site),
                         ([entry("", "home 2"), entry("b/", "new b")], part)):
        (folder / sitebuild.SEARCH_INDEX).parent.mkdir(parents=True, exist_ok=True)
        (folder / sitebuild.SEARCH_INDEX).write_text(material({"config": config, "docs": docs}), encoding="utf-8")
    (site / "sitemap.xml").write_text(sitemap([("", "2024-01-01"), ("a/", "2024-01-01"), ("b/", "2024-01-01")]),
                                      encoding="utf-8")
    (part / "sitemap.xml").write_text(sitemap([("", "2024-02-01"), ("b/", "2024-02-01")]), encoding="utf-8")
    cut = sitebuild.cut_site(site)
    assert cut[sitebuild.SEARCH_INDEX][1] is not None and len(cut[sitebuild.SITEMAP][1]) == 3
    old_index, new_index = site / sitebuild.SEARCH_INDEX, part / sitebuild.SEARCH_INDEX
    read = sitebuild._merge_search(previous(), record(), old_index, new_index)
    taken = sitebuild._merge_search(previous(), record(), old_index, new_index, cut[sitebuild.SEARCH_INDEX])
    assert taken == read and [e["text"] for e in json.loads(read)["docs"]] == ["home 2", "a", "new b"]
    old_map, new_map = site / "sitemap.xml", part / "sitemap.xml"
    assert (sitebuild._merge_sitemap(previous(), record(), old_map, new_map, cut[sitebuild.SITEMAP])
            == sitebuild._merge_sitemap(previous(), record(), old_map, new_map) is not None)
    old_index.write_text("not an index", encoding="utf-8")      # taken ahead: the file is not read again
    assert sitebuild._merge_search(previous(), record(), old_index, new_index, cut[sitebuild.SEARCH_INDEX]) == read
    assert sitebuild.cut_site(tmp_path / "nothing") == {}


def test_link_url_is_urljoin_from_the_page_folder():
    """The Recorder's links: memoised on the folder a link climbs to, the same path as urljoin."""
    import itertools
    from urllib.parse import unquote, urljoin, urlsplit
    from generator.sitebuild import _link_url
    folders = ["/", "/entities/kim/", "/entities/lee/", "/entities/", "/briefs/years/", "/a/b/c/"]
    hrefs = ["../x/", "../../x/", "../../../x/", "../../../../x/", "x.md", "../a/../b/", "./c/", "..", "../",
             "/abs/", "https://e.org/a", "#a", "?q", "../%C3%A9/", "../../y/#frag", "../..", "a/../../b/",
             "....//x", "../.x/", "../kim/#s-kim"]
    for folder, href in itertools.product(folders, hrefs):
        parts = urlsplit(href)
        expected = (None if parts.scheme or parts.netloc or not parts.path
                    else unquote(urljoin(folder, parts.path)).lstrip("/"))
        assert _link_url(folder, href) == expected, (folder, href)


def test_a_store_of_plain_data_reads_back_as_written_and_only_this_pythons(tmp_path):
    """The manifest and the render cache are stores of plain data (marshal): read back equal, also
    to the JSON round trip the builds relied on before; another Python's store, a cut one or a
    JSON file are refused (ValueError), and a manifest that cannot be read is none."""
    data = {"docs": {"a.md": "0f", "b/\u00e9.md": "1e"}, "pages": [["a.md", "a/", "a/index.html"]],
            "anchors": {"a.md": ["x", "y"]}, "n": 3, "ok": True, "none": None, "big": 1 << 62, "surrogate": "\udce9"}
    raw = sitebuild.dump_plain(data)
    assert sitebuild.load_plain(raw) == data == json.loads(json.dumps(data))
    other = raw.replace(sys.version.encode("utf-8", "replace").replace(b"\n", b" "), b"3.0.0", 1)
    for spoilt in (other, raw[: len(raw) // 2], json.dumps(data).encode("utf-8"), b""):
        with pytest.raises(ValueError):
            sitebuild.load_plain(spoilt)
    path = tmp_path / "site.manifest"
    sitebuild.save_manifest(path, dict(data, version=sitebuild.MANIFEST_VERSION))
    assert sitebuild.load_manifest(path) == dict(data, version=sitebuild.MANIFEST_VERSION)
    path.write_bytes(raw[:-3])
    assert sitebuild.load_manifest(path) is None
    path.write_text(json.dumps(dict(data, version=sitebuild.MANIFEST_VERSION)), encoding="utf-8")
    assert sitebuild.load_manifest(path) is None


def test_a_prestarted_mkdocs_process_takes_its_early_listing_only_while_the_docs_hold_the_same_files(tmp_path):
    """sitebuild._list_docs lists the docs folder as MkDocs' get_files does, ahead; `_listed` gives
    that listing to the build only when the folder holds exactly the same files when the job comes:
    a file added, removed, or a writer's temporary file seen then and gone since, and MkDocs lists
    the folder again (the same Files as a listing made then)."""
    import types

    from mkdocs.config import load_config
    from mkdocs.structure.files import get_files

    docs = tmp_path / "docs"
    (docs / "briefs").mkdir(parents=True)
    for rel in ("index.md", "briefs/a.md", "briefs/b.md", "assets/x.css"):
        (docs / rel).parent.mkdir(parents=True, exist_ok=True)
        (docs / rel).write_text("# t\n", encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text("site_name: t\ndocs_dir: docs\n", encoding="utf-8")
    config = load_config(config_file=str(tmp_path / "mkdocs.yml"), site_dir=str(tmp_path / "site"))
    fake = types.SimpleNamespace(get_files=get_files)

    def listed(early):
        with sitebuild._listed(fake, config, early):
            return fake.get_files(config)
    early = sitebuild._list_docs(config)
    assert listed(early) is early[0] and fake.get_files is get_files
    same = lambda files: [(f.src_uri, f.dest_uri, f.url, f.inclusion) for f in files]  # noqa: E731
    assert same(early[0]) == same(get_files(config))
    (docs / "briefs" / "c.md").write_text("# c\n", encoding="utf-8")          # added since
    assert listed(early) is not early[0] and "briefs/c.md" in {f.src_uri for f in listed(early)}
    (docs / "briefs" / "c.md").unlink()
    (docs / "briefs" / "b.md.123.tmp").write_text("# half\n", encoding="utf-8")   # seen while listing
    early = sitebuild._list_docs(config)
    (docs / "briefs" / "b.md.123.tmp").unlink()
    fresh = listed(early)
    assert fresh is not early[0] and same(fresh) == same(get_files(config))
    (docs / "briefs" / "a.md").unlink()                                      # removed since
    early = sitebuild._list_docs(config)
    assert listed(early) is early[0]
    (docs / "briefs" / "a.md").write_text("# a again\n", encoding="utf-8")
    assert listed(early) is not early[0]
    assert listed(None) is not None


def test_what_the_recorder_reads_of_a_docs_file_taken_ahead_is_what_mkdocs_makes_then(tmp_path):
    """sitebuild._take_ahead reads each listed file's URL while the generator works; `_taken` gives
    the same (src_uri, dest_uri, url, url unquoted, whether a page) as MkDocs makes when the job
    comes, leaves MkDocs' `url` as it would cache it, and reads afresh a file whose dest_uri a
    plugin set since."""
    from urllib.parse import unquote

    from mkdocs.config import load_config
    from mkdocs.structure.files import get_files

    docs = tmp_path / "docs"
    for rel in ("index.md", "briefs/a b.md", "entities/index.md", "assets/x.css"):
        (docs / rel).parent.mkdir(parents=True, exist_ok=True)
        (docs / rel).write_text("# t\n", encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text("site_name: t\ndocs_dir: docs\n", encoding="utf-8")
    config = load_config(config_file=str(tmp_path / "mkdocs.yml"), site_dir=str(tmp_path / "site"))
    files, _logged = sitebuild._list_docs(config)
    assert all("url" not in f.__dict__ for f in files)          # (MkDocs' own cache left alone)
    moved = files.get_file_from_path("briefs/a b.md")
    moved.dest_uri = "elsewhere/a/index.html"                      # a plugin's on_files, say
    fresh = {f.src_uri: f for f in get_files(config)}
    fresh["briefs/a b.md"].dest_uri = "elsewhere/a/index.html"
    for file in files:
        want = fresh[file.src_uri]
        taken = sitebuild._taken(file)
        assert taken == (want.src_uri, want.dest_uri, want.url, unquote(want.url), want.is_documentation_page())
        assert file.url == want.url
    assert sitebuild._taken(moved)[2] == "elsewhere/a/"


def test_the_search_language_taken_ahead_is_the_one_materials_search_takes(tmp_path):
    """sitebuild._search_language_ahead sets Material's search language as its on_config would
    (from the theme's language), and leaves one mkdocs.yml names."""
    from mkdocs.config import load_config

    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "index.md").write_text("# t\n", encoding="utf-8")

    def search_lang(config_text: str, ahead: bool):
        (tmp_path / "mkdocs.yml").write_text(config_text, encoding="utf-8")
        config = load_config(config_file=str(tmp_path / "mkdocs.yml"), site_dir=str(tmp_path / "site"))
        if ahead:
            sitebuild._search_language_ahead(config)
        config.plugins.on_startup(command="build", dirty=False)
        config.plugins.on_config(config)
        return [p.config.lang for p in config.plugins.values() if type(p).__module__.startswith("material.plugins.search")]
    themed = "site_name: t\ndocs_dir: docs\ntheme:\n  name: material\n  language: id\nplugins:\n  - search\n"
    assert search_lang(themed, True) == search_lang(themed, False) != []
    named = themed.replace("  - search\n", "  - search:\n      lang: [de]\n")
    assert search_lang(named, True) == search_lang(named, False) == [["de"]]


def test_the_documentation_pages_are_the_same_files_in_the_same_order(tmp_path):
    """sitebuild._documentation_pages asks each inclusion level once a pass: the same pages as
    MkDocs' own pass, for each of InclusionLevel's methods, and another `inclusion` asked as before."""
    from mkdocs.structure.files import File, Files, InclusionLevel

    levels = list(InclusionLevel)
    files = Files([File(f"p{i}.{'md' if i % 3 else 'css'}", str(tmp_path), str(tmp_path / "site"), True,
                        inclusion=levels[i % len(levels)]) for i in range(40)])
    ways = [InclusionLevel.is_included, InclusionLevel.is_in_serve, InclusionLevel.is_excluded,
            lambda level: level is InclusionLevel.DRAFT]
    before = [files.documentation_pages()] + [files.documentation_pages(inclusion=way) for way in ways]
    with sitebuild._documentation_pages():
        during = [files.documentation_pages()] + [files.documentation_pages(inclusion=way) for way in ways]
    assert during == before and all(before[:3]) and Files.documentation_pages is not None
    assert [f.src_uri for f in files.documentation_pages()] == [f.src_uri for f in before[0]]
