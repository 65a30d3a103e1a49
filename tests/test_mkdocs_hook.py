"""generator/mkdocs_hook.py: generated pages reach MkDocs as HTML, with the headings, title, links
and anchors Python-Markdown and MkDocs would have given the same page written in Markdown."""
from __future__ import annotations

import logging
from pathlib import Path

import markdown
import pytest

from generator.escape import md_inline
from generator.mkdocs_hook import headings, is_source_link

ROOT = Path(__file__).resolve().parent.parent
HOOK = ROOT / "generator" / "mkdocs_hook.py"

# Invented headings, hostile ones among them (escaped as pages.py escapes article text).
TITLES = ["Menlu Zorvan Tiba di Kelmora", "Ringkasan", "A & B <i>c</i> {{ x }} | --- #", "Ringkasan",
          "Žluté “kutip” (sumber)", "", "1. Daftar", "Ringkasan_1"]


def test_hook_headings_ids_and_toc_are_python_markdowns():
    """The same headings as Markdown (`#` lines, through Python-Markdown's toc) and as HTML
    (through the hook) get the same ids, table of contents entries and title."""
    source = "\n\n".join(f"{'#' * (1 + i % 3)} {md_inline(t)}" for i, t in enumerate(TITLES))
    md = markdown.Markdown(extensions=["toc", "attr_list"])
    expected_html = md.convert(source + "\n\n## Kim { #s-kim }\n\n### A { #person-a data-toc-label=\"A\" }")
    body = "\n".join(f"<h{1 + i % 3}>{md_inline(t)}</h{1 + i % 3}>" for i, t in enumerate(TITLES))
    body += '\n<h2 id="s-kim">Kim</h2>\n<h3 id="person-a" data-toc-label="A">A</h3>'
    out, tokens, title = headings(body)
    strip = lambda ts: [dict(level=t["level"], id=t["id"], name=t["name"], children=strip(t["children"]))  # noqa: E731
                        for t in ts]
    from markdown.extensions.toc import nest_toc_tokens
    assert strip(nest_toc_tokens(tokens)) == strip(md.toc_tokens)
    assert out.replace("\n", "") == expected_html.replace("\n", "")
    assert title == md_inline(TITLES[0])
    assert "data-toc-label" not in out


def test_hook_heading_ids_never_repeat_an_id_of_the_page():
    """A headline that slugs to the id of the article text (`teks`) gets its own id; the ¶ links
    to the text keep their target."""
    out, tokens, _ = headings('<h1>Teks</h1>\n<h2>Teks</h2>\n<details id="teks"><p id="teks-1">x</p></details>')
    assert [t["id"] for t in tokens] == ["teks_1", "teks_2"]
    assert out.count('id="teks"') == 1


def test_hook_title_only_from_a_leading_h1():
    assert headings("<p>x</p>\n<h1>Judul</h1>")[2] is None
    assert headings("<h2>Bagian</h2>")[2] is None
    assert headings("<h1>Judul &#60;b&#62; <a href=\"x.md\">tautan</a></h1>")[2] == "Judul &#60;b&#62; tautan"


@pytest.mark.parametrize("url, resolved", [
    ("../entities/kim.md", True), ("x.md#kutipan-1", True), ("#teks-2", True), ("../pdf/a.pdf", True),
    ("data/records.json", True), ("../../entities/kim/", False), ("https://example.org/a.md", False),
    ("/abs.md", False), ("", False), ("mailto:a@b.c", False)])
def test_hook_resolves_source_links_only(url, resolved):
    assert is_source_link(url) is resolved


def _site(tmp_path: Path, pages: dict[str, str]):
    from mkdocs.config import load_config
    docs = tmp_path / "docs"
    for rel, text in pages.items():
        (docs / rel).parent.mkdir(parents=True, exist_ok=True)
        (docs / rel).write_text(text, encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text(
        f"site_name: t\ndocs_dir: docs\nsite_dir: site\nstrict: true\nuse_directory_urls: true\n"
        f"theme: {{name: mkdocs}}\nhooks: ['{HOOK}']\nmarkdown_extensions: [toc]\n"
        "validation: {links: {anchors: warn, unrecognized_links: warn}}\n", encoding="utf-8")
    return load_config(str(tmp_path / "mkdocs.yml"))


def _build(config):
    from mkdocs.commands.build import build
    build(config)


GENERATED = "---\nbody: html\n---\n"


def test_hook_builds_html_pages_with_links_rewritten_and_markdown_pages_as_before(tmp_path):
    config = _site(tmp_path, {
        "index.md": GENERATED + '<h1>Beranda</h1>\n<p><a href="entities/kim.md#s-kim">Kim</a> <a href="#sini">¶</a>'
                    ' <a href="../x/">svg</a> <span id="sini">*tetap*</span></p>\n',
        "entities/kim.md": GENERATED + '<h1>Kim</h1>\n<h2 id="s-kim">Ucapan</h2>\n<h2>Ucapan</h2>\n',
        "about.md": "# Tentang\n\nTeks *editor* dan [beranda](index.md).\n"})
    _build(config)
    site = tmp_path / "site"
    home = (site / "index.html").read_text(encoding="utf-8")
    assert '<a href="entities/kim/#s-kim">Kim</a>' in home and '<a href="#sini">' in home
    assert '<a href="../x/">svg</a>' in home                       # a final URL is left as written
    assert "<span id=\"sini\">*tetap*</span>" in home              # no Markdown inside HTML bodies
    kim = (site / "entities" / "kim" / "index.html").read_text(encoding="utf-8")
    assert "<title>Kim - t</title>" in kim                          # the title from the <h1>
    assert '<h2 id="s-kim">Ucapan</h2>' in kim and '<h2 id="ucapan">Ucapan</h2>' in kim
    assert 'href="#ucapan"' in kim                                 # the table of contents
    about = (site / "about" / "index.html").read_text(encoding="utf-8")
    assert "<em>editor</em>" in about and '<a href="../">beranda</a>' in about


@pytest.mark.parametrize("link, complaint", [("hilang.md", "not found among documentation files"),
                                             ("kim.md#tidak-ada", "does not contain an anchor"),
                                             ("#tidak-ada", "no such anchor on this page"),
                                             ("#nama-data", "no such anchor on this page")])
def test_hook_strict_build_fails_on_a_broken_link_in_html(tmp_path, caplog, link, complaint):
    from mkdocs.exceptions import Abort
    config = _site(tmp_path, {"index.md": GENERATED + f'<h1>Beranda</h1>\n<p><a href="{link}">x</a>'
                                          '<span data-name="nama-data">y</span></p>\n',
                              "kim.md": GENERATED + "<h1>Kim</h1>\n"})
    with caplog.at_level(logging.WARNING), pytest.raises(Abort):
        _build(config)
    assert complaint in caplog.text


def _sections(body: str) -> list[tuple]:
    from material.plugins.search.plugin import Parser
    parser = Parser()
    parser.feed(body)
    parser.close()
    return [(s.el.tag, s.id, s.depth, "".join(s.title), "".join(s.text), s.is_excluded()) for s in parser.data]


SVG = ('<figure class="g" data-search-exclude data-pagefind-ignore><svg viewBox="0 0 9 9" role="img">'
       '<title>Jaringan: Zorvan</title><g class="edges"><path d="M1 2Q3 4 5 6"/></g>'
       '<rect x="1" y="2" width="3" height="4"><title>Mei 2031: 2 ringkasan</title></rect>'
       '<text x="4" y="10">2031</text><a href="../kelmora/"><circle r="3"/><text>Kelmora</text></a></svg>'
       '<figcaption>Warna: orang</figcaption></figure>\n')


@pytest.mark.parametrize("excluded, emptied", [
    (SVG, True),
    ('<div class="m" data-search-exclude><span>orang</span>\n<span>6 ringkasan</span></div>\n', True),
    ('<div data-search-exclude><h2 id="bersama">Sering bersama</h2><ul><li><a href="x.md">X</a></li></ul></div>\n', False),
    ('<div data-search-exclude><div><p>dalam</p></div></div>\n', False),           # the same name inside
    ('<div data-search-exclude><!-- c --><p>x</p></div>\n', False),
    ('<div data-search-exclude><b><i>miring</b></i></div>\n', False),             # tags that do not pair
    ('<span data-search-exclude/> lepas <b>tebal</b>\n', False),
    ('<p data-search-excluded><b>bukan</b></p>\n', False)])                       # another attribute
def test_search_view_gives_material_search_the_same_sections(excluded, emptied):
    """Material's search parser reads the page with the content of its excluded elements left out
    (when that cannot change what it indexes) and finds the same sections, titles and texts."""
    from generator.mkdocs_hook import search_view
    body = ('<h1 id="zorvan">Zorvan</h1>\n<p>Menlu <a href="#s">Zorvan</a> tiba.</p>\n' + excluded
            + '<h2 id="kutipan">Kutipan</h2>\n<blockquote><p>\u201cKami siap,\u201d katanya.</p></blockquote>\n'
            + excluded.replace("ringkasan", "kali") + '<p>Akhir.</p>\n')
    view = search_view(body)
    assert (len(view) < len(body)) is emptied
    assert _sections(view) == _sections(body)
    if emptied:
        assert "Jaringan" not in view and "6 ringkasan" not in view and "Akhir." in view


def test_hook_resolves_a_link_as_mkdocs_resolver_does_from_any_folder(tmp_path):
    """A link resolved once from a folder and reused from the same folder, or one as deep, gives
    the URL MkDocs' resolver gives and records the same links to anchors."""
    from mkdocs.structure.files import get_files
    from mkdocs.structure.pages import _RelativePathTreeprocessor
    from generator.mkdocs_hook import resolve
    names = ["index.md", "briefs/a.md", "briefs/years/2031.md", "entities/kim.md", "entities/lee.md",
             "entities/kim/2.md", "entities/lee/2.md", "data/records.json"]
    config = _site(tmp_path, {rel: GENERATED + "<h1>x</h1>\n" for rel in names})
    files = get_files(config)
    links = ["../entities/kim.md", "../entities/kim.md#s-kim", "../../entities/lee.md#s-lee", "2.md",
             "../briefs/a.md#kutipan-1", "entities/kim.md", "data/records.json", "#teks-1", "../../x/",
             "https://example.org/a.md", "../../../briefs/a.md", "../kim.md", "kim/2.md#t"]
    for _ in range(2):
        for rel in [n for n in names if n.endswith(".md")]:
            mine = _RelativePathTreeprocessor(files.get_file_from_path(rel), files, config)
            theirs = _RelativePathTreeprocessor(files.get_file_from_path(rel), files, config)
            for href in links:
                expected = href
                url = href
                from generator.mkdocs_hook import is_source_link
                if is_source_link(url):
                    expected = theirs.path_to_url(url)
                assert resolve(mine, href) == expected, (rel, href)
            assert mine.links_to_anchors == theirs.links_to_anchors


def test_hook_resolves_links_to_excluded_files_as_mkdocs_resolver_does(tmp_path):
    """A build of half of the pages excludes the others: a link to one of them, reused from the
    memo (its INFO message is not shown), gives the URL MkDocs' resolver gives and records the
    same links to anchors; a missing target still goes to the resolver (and warns) every time."""
    from mkdocs.structure.files import InclusionLevel, get_files
    from mkdocs.structure.pages import _RelativePathTreeprocessor
    from generator.mkdocs_hook import PAGES_LOG, resolve
    names = ["index.md", "briefs/a.md", "briefs/b.md", "entities/kim.md", "entities/lee.md", "entities/kim/2.md"]
    config = _site(tmp_path, {rel: GENERATED + "<h1>x</h1>\n" for rel in names})
    files = get_files(config)
    for rel in ("briefs/b.md", "entities/lee.md"):
        files.get_file_from_path(rel).inclusion = InclusionLevel.EXCLUDED
    links = ["../briefs/b.md", "../briefs/b.md#kutipan-2", "../entities/lee.md#s-lee", "../entities/kim/2.md",
             "../briefs/a.md", "../briefs/c.md"]
    assert not PAGES_LOG.isEnabledFor(logging.INFO)
    warned = []
    handler = logging.Handler(logging.WARNING)
    handler.emit = warned.append
    PAGES_LOG.addHandler(handler)
    try:
        for _ in range(2):
            for rel in ("briefs/a.md", "entities/kim.md"):
                mine = _RelativePathTreeprocessor(files.get_file_from_path(rel), files, config)
                theirs = _RelativePathTreeprocessor(files.get_file_from_path(rel), files, config)
                for href in links:
                    assert resolve(mine, href) == theirs.path_to_url(href), (rel, href)
                assert mine.links_to_anchors == theirs.links_to_anchors
    finally:
        PAGES_LOG.removeHandler(handler)
    # `../briefs/c.md` is missing: it warns on every page of each pass, from the memo's resolve as
    # from MkDocs' resolver.
    assert len(warned) == 2 * 2 * 2 and all("briefs/c.md" in entry.getMessage() for entry in warned)


@pytest.mark.parametrize("url, other", [
    ("entities/kim/", "entities/lee/"), ("entities/kim/2/", "entities/kim/"), ("entities/kim/", "entities/kim/"),
    ("briefs/a/", ""), ("", "briefs/a/"), ("pdf/a.pdf", "briefs/a/"), ("briefs/a/", "index.html"),
    ("a/../b/", "a/./c/"), ("/a/b/", "a//c/"), ("data/records.json", "entities/kim/2/"), ("../x/", "a/")])
def test_relative_url_is_mkdocs_get_relative_url(url, other):
    from mkdocs.utils import get_relative_url
    from generator.mkdocs_hook import relative_url
    assert relative_url(url, other) == get_relative_url(url, other)
    assert relative_url(url, other) == get_relative_url(url, other)     # from the memo


class _Events:
    """What an HTMLParser's handlers receive, in order."""

    def __init__(self):
        from html.parser import HTMLParser

        class Recorder(HTMLParser):
            def reset(self):
                super().reset()
                self.events = []

            def handle_starttag(self, tag, attrs):
                self.events.append(("start", tag, attrs))

            def handle_endtag(self, tag):
                self.events.append(("end", tag))

            def handle_data(self, data):
                self.events.append(("data", data))

            def handle_comment(self, data):
                self.events.append(("comment", data))
        self.make = Recorder


@pytest.mark.parametrize("html_text, quick", [
    ('<h1 id="a">Zorvan &amp; Kelmora</h1>\n<p class="x" data-search-exclude>Teks &#60;b&#62; “kutip”</p>', True),
    ('<P CLASS="Besar" data-x="">A<BR/>b<br>c<img src="a.png" alt="&quot;x&quot;" /></P>', True),
    ('<details open="open"><summary>2031 (3)</summary><ul>\n<li><a href="../x/">X</a> — 1 Mei</li>\n</ul></details>', True),
    ('<p>akhir &amp</p> ekor &am', True),                                  # text after the last tag
    ('tanpa tag sama sekali &amp; lagi', True),
    ('<p>a < b</p>', False),                                              # a `<` that opens no tag
    ('<p>x</p><!-- catatan --><p>y</p>', False),
    ('<svg><title>Judul <b>tebal</b></title></svg>', False),              # read as raw text somewhere
    ('<p title="a>b">x</p>', False),
    ('<script>if (a < b) {}</script>', False),
    ('<p data-a=\'x\'>tunggal</p>', False)])
def test_feed_tags_hands_the_parser_what_htmlparser_does(html_text, quick):
    from generator.mkdocs_hook import feed_tags
    make = _Events().make
    expected = make()
    expected.feed(html_text)
    expected.close()
    got = make()
    assert feed_tags(got, html_text) is quick
    if not quick:
        assert got.events == []                       # nothing handed: the parser reads it itself
        got.feed(html_text)
    got.close()
    assert got.events == expected.events


def test_material_search_parser_reads_pages_through_feed_tags_with_the_same_sections():
    import material.plugins.search.plugin as search
    from generator import mkdocs_hook

    original = search.Parser
    body = ('<h1 id="zorvan">Zorvan</h1>\n<p>Menlu <a href="#s">Zorvan</a> &amp; tamu.</p>\n'
            '<h2 id="kutipan">Kutipan</h2>\n<blockquote><p>\u201cKami siap,\u201d katanya.</p></blockquote>\n'
            '<ul>\n<li>Satu <em>dua</em></li>\n<li>  </li>\n</ul><pre><code>a\n  b</code></pre>' + SVG)
    try:
        mkdocs_hook._quick_parser(search)
        assert search.Parser is not original and search.Parser.briefing
        mkdocs_hook._quick_parser(search)                     # once
        assert search.Parser.__mro__[2] is original
        for text in (body, mkdocs_hook.search_view(body), *QUIRKS):
            quick, plain = search.Parser(), original()
            for parser in (quick, plain):
                parser.feed(text)
                parser.close()
            assert [(s.el.tag, s.el.attrs, s.id, s.depth, s.title, s.text) for s in quick.data] == \
                   [(s.el.tag, s.el.attrs, s.id, s.depth, s.title, s.text) for s in plain.data], text
    finally:
        search.Parser = original


# Pages where Material's parser does what only its own rules say: its elements compare by tag name
# (an excluded <div> makes every open <div> skipped, and the first one closed ends the skipping),
# headings nested in other elements, whitespace in <pre>, permalinks, kept tags emptied, scripts.
QUIRKS = [
    '<div data-search-exclude><div>dalam</div><p>sesudah</p></div><p>luar</p>\n',
    '<div><div data-search-exclude><p>x</p></div><p>y</p></div><div data-search-exclude>z</div>w\n',
    '<section><h2 id="a">Satu <a class="headerlink" href="#a">#</a></h2><p>teks</p></section>'
    '<p>setelah bagian</p><h3 id="b">Dua</h3>\n\n  <p>  </p><ul><li> </li><li>isi</li></ul>\n',
    'pengantar <b>tebal</b><h2 id="c">Tanpa h1</h2><pre><code>a\n\n  b</code></pre>  \n  <p>x\ny</p>',
    '<h1>Tanpa id</h1><p>a</p><h2 id="d">B</h2><script>var a = "<p>";</script><p>c</p>'
    '<object><p>objek</p></object><p>e</p>',
    '<table class="linenodiv"><tr><td>1</td></tr></table><p><sub>2</sub> <sup></sup></p>'
    '<p data-search-exclude="ya">z</p><span data-search-exclude/>w<br><img alt="x">v',
    '<div><h2 id="e">Dalam div</h2><p>isi</p></div><p>luar</p></b></p><p>&amp; &lt;tag&gt; “kutip”</p>',
]


@pytest.mark.parametrize("directory_urls", [True, False])
def test_theme_chrome_rendered_once_per_set_of_urls_is_the_same_site(tmp_path, directory_urls):
    """Material's nav, tabs, search box, palette and logo partials reused across pages outside the
    nav (mkdocs_hook.on_env; with Material's translations module made once and its `t` kept per
    key) give every page the bytes rendering each one in full gives: pages at
    several depths, in a folder of a nav page and in others, the nav pages themselves (with
    `use_directory_urls: false` a nav page and a page beside it link alike: only the nav page
    shows its item active)."""
    pages = {"index.md": "# Beranda\n\n[Kim](entities/kim.md)\n",
             "briefs/index.md": "# Ringkasan\n\n[a](a.md) [2031](years/2031.md)\n",
             "actors/index.md": "# Aktor\n",
             "briefs/a.md": GENERATED + '<h1>Zorvan tiba</h1>\n<p><a href="../entities/kim.md">Kim</a></p>\n',
             "briefs/years/2031.md": GENERATED + '<h1>2031</h1>\n<p><a href="../a.md">a</a></p>\n',
             "entities/kim.md": GENERATED + '<h1>Kim</h1>\n<h2 id="s">Ucapan</h2>\n<p><a href="kim/2.md">2</a></p>\n',
             "entities/lee.md": GENERATED + "<h1>Lee</h1>\n",
             "entities/kim/2.md": GENERATED + '<h1>Kim (2)</h1>\n<p><a href="../kim.md">1</a></p>\n',
             "actors/kim.md": GENERATED + "<h1>Kim di aktor</h1>\n"}
    sites = {}
    for name, hook in (("whole", HOOK.read_text(encoding="utf-8") + "\ndel on_env\n"), ("reused", None)):
        root = tmp_path / name
        docs = root / "docs"
        for rel, text in pages.items():
            (docs / rel).parent.mkdir(parents=True, exist_ok=True)
            (docs / rel).write_text(text, encoding="utf-8")
        hook_path = HOOK
        if hook is not None:
            hook_path = root / "hook.py"
            hook_path.write_text(hook, encoding="utf-8")
        (root / "mkdocs.yml").write_text(
            f"site_name: t\ndocs_dir: docs\nsite_dir: site\nstrict: true\nuse_directory_urls: {directory_urls}\n"
            "theme: {name: material, language: id, features: [navigation.tabs, search.suggest]}\n"
            f"hooks: ['{hook_path}']\nplugins: [search]\nmarkdown_extensions: [toc]\n"
            "nav: [index.md, briefs/index.md, actors/index.md]\nnot_in_nav: |\n  /briefs/*.md\n  /briefs/years/*.md\n"
            "  /entities/*.md\n  /entities/*/*.md\n  /actors/*.md\n", encoding="utf-8")
        from mkdocs.config import load_config
        _build(load_config(str(root / "mkdocs.yml")))
        sites[name] = {p.relative_to(root / "site").as_posix(): p.read_bytes()
                       for p in sorted((root / "site").rglob("*.html"))}
    assert len(sites["reused"]) == len(pages) + 1                  # and 404.html
    assert sites["reused"] == sites["whole"]
    if directory_urls:
        kim, lee = sites["reused"]["entities/kim/index.html"], sites["reused"]["entities/lee/index.html"]
        assert b'href="../../briefs/"' in kim and b'href="../../briefs/"' in lee
        assert b'href="../../../briefs/"' in sites["reused"]["entities/kim/2/index.html"]
        assert b'href="../"' in sites["reused"]["briefs/a/index.html"]
    else:
        assert sites["reused"]["briefs/a.html"].count(b"--active") < sites["reused"]["briefs/index.html"].count(b"--active")


def test_material_search_attribute_removal_is_re_sub_and_skips_pages_without_one():
    """Material's search plugin removes `data-search-*` attributes with a value from every page
    (`re.sub` with SEARCH_ATTRIBUTES, read from its source here); `_QuickRe.sub` gives what
    `re.sub` gives, and returns a page with no such attribute as it is."""
    import ast
    import inspect
    import re
    import textwrap

    from material.plugins.search import plugin as material_search
    from generator.mkdocs_hook import SEARCH_ATTRIBUTES, _QuickRe

    tree = ast.parse(textwrap.dedent(inspect.getsource(material_search.SearchPlugin.on_page_context)))
    subs = [node.args[0].value for node in ast.walk(tree) if isinstance(node, ast.Call)
            and getattr(node.func, "attr", None) == "sub" and isinstance(node.args[0], ast.Constant)]
    assert subs == [SEARCH_ATTRIBUTES]
    pages = ['<p data-search-exclude>Zorvan</p>', '<div class="x" data-search-exclude="">a</div>',
             '<p\tdata-search-boost="2">b</p><p data-search-x="y" data-search-exclude>c</p>',
             '<p>data-search-exclude="tanpa tag"</p>', '<p\u2003data-search-z="1">d</p>', 'tanpa atribut', '']
    for page in pages:
        assert _QuickRe.sub(SEARCH_ATTRIBUTES, "", page) == re.sub(SEARCH_ATTRIBUTES, "", page)
    assert _QuickRe.sub(SEARCH_ATTRIBUTES, "", pages[0]) is pages[0]
    assert _QuickRe.sub(SEARCH_ATTRIBUTES, "", pages[2]) == '<p>b</p><p data-search-exclude>c</p>'
    assert _QuickRe.sub(r"a", "b", "aa", 1) == "ba" and _QuickRe().split is re.split
