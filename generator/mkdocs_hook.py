"""MkDocs hook (mkdocs.yml `hooks:`): generated pages are HTML already, so MkDocs takes their body as
it is instead of converting Markdown, and keeps the rest of its work.

A page whose front matter says `body: html` (every page pages.py writes) is not given to
Python-Markdown, which was ~71 % of MkDocs' time on our pages. What `Page.render` did for it is
done here, the way Python-Markdown's toc extension and MkDocs do it, so the site is the same:

- headings: an `id` for each heading without one (toc's slugify of its text, made unique against
  every id of the page: `_1`, `_2`), and the table of contents from the headings (`page.toc`, which the theme's sidebar and
  the search index read; `data-toc-label` names an entry, as in Markdown);
- the title: the text of the page's first element when it is an `<h1>`;
- links: every `<a href>` that names a source file (`../entities/x.md`, `../pdf/x.pdf`,
  `data/records.json`, with or without `#anchor`) or an anchor alone (`#kutipan-1`) goes through
  MkDocs' own link resolver, so it becomes the built URL and is checked as a Markdown link is
  (strict mode fails on a missing page or anchor). A directory URL (`../x/`, written already
  final, as the SVG pictures do) and an external URL are left as they are;
- the anchors the page holds (every `id`), for the anchor checks of links from other pages.

Two shortcuts give the same output for less work (ours: the pictures and lists made 48 % of the
tags Material's search plugin parsed, and 270,000 links at 1,000 articles went through the resolver):

- Material's search plugin reads a generated page with the content of its `data-search-exclude`
  elements left out (`search_view`): its parser indexes nothing inside such an element, so the
  entries are the same; an element holding a heading (which opens a section even there), a
  comment or script, or tags that do not pair up is left whole;
- the search plugin's parser (an HTMLParser) is handed the tags and text of a page by one regular
  expression (`feed_tags`) when the page holds only plain tags and text (no comment, script, raw
  text element or stray `<`): the same calls to its handlers, in the same order, for a fifth of the
  tokenising work; any other page goes through HTMLParser as before;
- a link resolved once from a folder of the docs tree is resolved again from the same folder by
  the target file found the first time (`resolve`): MkDocs' resolver reads only the folder of the
  linking file, the link and the files, and the page still records its links to anchors.

Two more keep Material's output and do less of its work (on_pre_build, on_env):

- Material's search parser keeps its handlers' rules with cheaper bookkeeping (`QuickParser`:
  open elements counted by tag name, which is how its elements compare);
- the theme's chrome partials (nav drawer, tabs, search box, palette, logo) are rendered once per
  distinct set of URLs they link to, for the pages outside the nav (`on_env`).

Pages an editor writes (no `body: html`) go through Markdown as before. Nothing from an article
is parsed as markup here: pages.py escapes article text before it reaches the body.
"""
from __future__ import annotations

import functools
import html
import logging
import posixpath
import re
import sys
from urllib.parse import unquote, urlsplit, urlunsplit

from markdown.extensions.toc import nest_toc_tokens, slugify, strip_tags, unique
from markdown.util import AMP_SUBSTITUTE
from mkdocs.plugins import event_priority
from mkdocs.utils import _norm_parts
from mkdocs.structure.pages import _RelativePathTreeprocessor
from mkdocs.structure.toc import get_toc

# MkDocs keeps a page's links to anchors only when its pages module logs above DEBUG (Page.render).
PAGES_LOG = logging.getLogger("mkdocs.structure.pages")

# The front matter key and value that mark a generated page.
MARK = ("body", "html")

# A heading of the generated HTML (article text is escaped, so `</hN>` only closes the heading).
HEADING = re.compile(r"<h([1-6])((?:\s[^>]*)?)>(.*?)</h\1>", re.S)
ATTRIBUTE = re.compile(r'\s([\w:-]+)="([^"]*)"')
# The opening tag of a link; its href is group 2.
LINK = re.compile(r'(<a\s(?:[^>]*?\s)?href=")([^"]*)(")')
# Every id (and <a name>) the page holds.
ANCHOR = re.compile(r'<[a-zA-Z][^>]*?\sid="([^"]*)"|<a\s[^>]*?\sname="([^"]*)"')
FIRST_ELEMENT = re.compile(r"\s*<h1[\s>]")


def is_generated(page) -> bool:
    return page.meta.get(MARK[0]) == MARK[1]


def on_pre_build(config):
    """Material's search plugin indexes a generated page from its `search_view`, and reads pages
    of plain tags and text with `feed_tags`."""
    for plugin in config.plugins.values():
        index = getattr(plugin, "search_index", None)
        add = getattr(index, "add_entry_from_context", None)
        if add is not None and not getattr(add, "briefing", False):
            index.add_entry_from_context = _indexer(add)
            _quick_parser(sys.modules.get(type(plugin).__module__))


def _quick_parser(module) -> None:
    """Material's search parser (its module's `Parser`, an HTMLParser) made to read its input
    through `feed_tags`, with `_QuickHandlers` (once per process)."""
    parser = getattr(module, "Parser", None)
    if parser is None or getattr(parser, "briefing", False) or not hasattr(parser, "handle_starttag"):
        return
    section, element = getattr(module, "Section", None), getattr(module, "Element", None)
    void = getattr(module, "void", None)
    if section is None or element is None or not isinstance(void, (set, frozenset)):
        return
    module.Parser = type("QuickParser", (_QuickHandlers, parser),
                         {"section_class": section, "element": element, "void": frozenset(void)})
    if getattr(module, "re", None) is re:
        module.re = _QuickRe()


# What Material's search plugin removes from every page after indexing it (its on_page_context):
# the `data-search-*` attributes that have a value, with the whitespace before them.
SEARCH_ATTRIBUTES = r"\s?data-search-\w+=\"[^\"]+\""
# The same attributes without the optional whitespace in front: a pattern that opens with a
# literal, which `re` looks for quickly; the one above has a match exactly where this has one.
SEARCH_VALUED = re.compile(r'data-search-\w+="[^"]+"')


class _QuickRe:
    """The `re` module as Material's search plugin module sees it (`_quick_parser`): its removal
    of the `data-search-*` attributes with a value returns the page as it is when the page has
    none (ours mark `data-search-exclude` without a value), found by a search for the attribute
    itself instead of trying the pattern's optional whitespace at every character (4 % of MkDocs'
    time on our pages). Everything else is `re`'s own."""

    def __getattr__(self, name):
        return getattr(re, name)

    @staticmethod
    def sub(pattern, repl, string, count=0, flags=0):
        if (pattern == SEARCH_ATTRIBUTES and repl == "" and not count and not flags and type(string) is str
                and SEARCH_VALUED.search(string) is None):
            return string
        return re.sub(pattern, repl, string, count, flags)


class _QuickHandlers:
    """Material's parser with the same handlers made cheaper (`feed_tags` calls them about
    1.5 million times at 1,000 news articles). Material's `Element` compares and hashes by
    its tag name alone, so its `skip` set holds one entry per tag name and `x in context`
    asks whether an element of that name is open: here `skip` is kept as a set of names and
    the open elements are counted by name (`opened`, and `skipped`: how many open elements
    have a name in `skip`), instead of hashing every element of the context on each call.
    Every list and section is built as Material builds it."""
    briefing = True
    # Set per Material module by _quick_parser: its Section and Element classes, its void tags.
    section_class = element = None
    void: frozenset = frozenset()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.skip = {str(name) for name in self.skip}
        self.opened: dict[str, int] = {}
        self.skipped = 0

    def feed(self, data):
        if self.rawdata or self.cdata_elem is not None or not feed_tags(self, data):
            super().feed(data)

    def handle_starttag(self, tag, attrs):
        if tag in self.void:
            return
        attrs = dict(attrs)
        el = self.element(tag, attrs)
        self.context.append(el)
        opened = self.opened
        opened[tag] = opened.get(tag, 0) + 1
        if tag in self.skip:
            self.skipped += 1
        if tag in HEADING_TAGS:
            depth = len(self.context)
            if "id" in attrs:
                if tag != "h1" and not self.data:
                    self.section = self.section_class(self.element("hx"), depth)
                    self.data.append(self.section)
                self.section = self.section_class(el, depth)
                if self.data:
                    self.section.id = attrs["id"]
                self.data.append(self.section)
        if self.section is None:
            self.section = self.section_class(self.element("hx"))
            self.data.append(self.section)
        if attrs:
            for key, value in attrs.items():
                if key == "data-search-exclude" or (key == "class" and value == "linenodiv"):
                    if tag not in self.skip:
                        self.skip.add(tag)
                        self.skipped += opened[tag]
                    return
        if tag in self.keep and not self.skipped:
            current = self.section
            (current.title if opened.get(current.el.tag) else current.text).append(f"<{tag}>")

    def handle_endtag(self, tag):
        context = self.context
        if not context or context[-1].tag != tag:
            return
        current = self.section
        if current.depth > len(context):
            for earlier in reversed(self.data):
                if earlier.depth <= len(context):
                    current.depth = float("inf")
                    self.section = current = earlier
                    break
        el = context.pop()
        opened = self.opened
        opened[el.tag] -= 1
        if el.tag in self.skip:
            self.skipped -= 1
            if el.tag not in ("script", "style", "object"):
                self.skip.remove(el.tag)
                self.skipped -= opened[el.tag]
            return
        if tag in self.keep and not self.skipped:
            data = current.title if opened.get(current.el.tag) else current.text
            index = data.index(f"<{tag}>")
            for i in range(index + 1, len(data)):
                if not data[i].isspace():
                    index = len(data)
                    break
            if len(data) > index:
                del data[index:]
            else:
                data.append(f"</{tag}>")

    def handle_data(self, data):
        opened = self.opened
        if self.skipped:
            return
        if not opened.get("pre"):
            data = " " if data.isspace() else data.replace("\n", " ")
        current = self.section
        if current is None:
            self.section = current = self.section_class(self.element("hx"))
            self.data.append(current)
        if opened.get(current.el.tag):
            if not (opened.get("a") and any(el.tag == "a" and el.attrs.get("class") == "headerlink"
                                            for el in self.context)):
                current.title.append(html.escape(data, quote=False))
        elif data.isspace():
            text = current.text
            if not text or not text[-1].isspace() or opened.get("pre"):
                text.append(data)
        else:
            current.text.append(html.escape(data, quote=False))

HEADING_TAGS = frozenset(f"h{x}" for x in range(1, 7))


# What `feed_tags` reads: a start tag with plain attributes (`name` or `name="value"`), an end tag.
PLAIN_TAG = re.compile(r'<(?:([a-zA-Z][-.a-zA-Z0-9:_]*)((?:[ \t\n\r\f]+[a-zA-Z_:][-.a-zA-Z0-9:_]*(?:="[^"<>]*")?)*)'
                       r'[ \t\n\r\f]*(/?)|/([a-zA-Z][-.a-zA-Z0-9:_]*)[ \t\n\r\f]*)>')
PLAIN_ATTRIBUTE = re.compile(r'[ \t\n\r\f]+([^ \t\n\r\f=]+)(?:="([^"]*)")?')
# Elements whose content an HTML parser reads as raw text (in some Python version or other).
RAW_TEXT = frozenset({"script", "style", "title", "textarea", "xmp", "iframe", "noembed", "noframes",
                      "noscript", "plaintext"})


def feed_tags(parser, data: str) -> bool:
    """Hand `data` to an HTMLParser's handlers as its `feed` would (with `convert_charrefs`):
    text between tags unescaped, tag and attribute names lower case, attribute values unescaped
    (None without a value), `<x/>` as a start and an end tag. Only when every `<` of the data
    opens a plain tag and no element reads raw text; False (nothing handed) otherwise. What
    follows the last tag is left to the parser's own `feed`, as it is when text comes in parts."""
    parts = PLAIN_TAG.split(data)
    tags = (len(parts) - 1) // 5
    if data.count("<") != tags:
        return False
    for i in range(1, len(parts), 5):
        name = parts[i] or parts[i + 3]
        if name.lower() in RAW_TEXT:
            return False
    unescape = html.unescape
    for i in range(0, len(parts) - 1, 5):
        text, name, attributes, empty, closing = parts[i:i + 5]
        if text:
            parser.handle_data(unescape(text))
        if closing:
            parser.handle_endtag(closing.lower())
            continue
        name = name.lower()
        attrs = [(m.group(1).lower(), None if m.group(2) is None else unescape(m.group(2)) if m.group(2) else "")
                 for m in PLAIN_ATTRIBUTE.finditer(attributes)] if attributes else []
        if empty:
            parser.handle_startendtag(name, attrs)
        else:
            parser.handle_starttag(name, attrs)
    if parts[-1]:
        parser.rawdata = parts[-1]
        parser.goahead(0)
    return True


def _indexer(add):
    def add_entry_from_context(page):
        if not is_generated(page) or not page.content:
            return add(page)
        full = page.content
        page.content = search_view(full)
        try:
            return add(page)
        finally:
            page.content = full
    add_entry_from_context.briefing = True
    return add_entry_from_context


# An element the search plugin skips (`data-search-exclude`, a bare attribute or with a value).
EXCLUDED = re.compile(r"<([a-zA-Z][\w-]*)(?=\s)[^>]*?\sdata-search-exclude(?=[\s=>/])[^>]*>")
# A tag as the search plugin's parser sees one (attribute values never hold `>`: pages.py escapes
# them): the name (after `/` in an end tag), the self-closing mark.
TAG = re.compile(r"<(/?[a-zA-Z][^\s/>]*)[^>]*?(/?)>")
# What makes an element's content matter to the parser even when excluded, or makes the tags
# above misread: a heading (it opens a section), a comment, declaration or processing instruction,
# a script or style (read as raw text).
KEEP = re.compile(r"<(?:h[1-6][\s>/]|!|\?|script|style)", re.I)
# Tags the search plugin's parser never expects to close (its `void`).
VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
                  "source", "track", "wbr"})


def search_view(body: str) -> str:
    """The page as Material's search parser needs it: every `data-search-exclude` element emptied
    when its content is only tags that pair up and text (no heading, comment or script). The
    parser skips everything inside such an element, and its end tag leaves the parser where it
    would have been, so the index entries are the same as from the whole page."""
    pieces, at = [], 0
    for m in EXCLUDED.finditer(body):
        name = m.group(1).lower()
        if m.start() < at or name in VOID or m.group(0).endswith("/>"):
            continue                       # inside an element already emptied, or an empty element
        end = _closing(body, name, m.end())
        if end is None or KEEP.search(body, m.end(), end):
            continue
        pieces += [body[at:m.end()]]
        at = end
    if not pieces:
        return body
    pieces.append(body[at:])
    return "".join(pieces)


def _closing(body: str, name: str, start: int) -> int | None:
    """Where the end tag of the element whose content begins at `start` begins: the first end tag
    of its name, when every tag in between pairs up (None otherwise, also when an element of the
    same name is nested inside)."""
    end = body.find(f"</{name}", start)
    if end < 0 or body[end + 2 + len(name):end + 3 + len(name)] not in (">", " ", "\n", "\t"):
        return None
    stack = []
    for tag, empty in TAG.findall(body, start, end):
        if tag[0] == "/":
            if not stack or stack.pop() != tag[1:].lower():
                return None
        elif not empty and (tag := tag.lower()) not in VOID:
            stack.append(tag)
    return None if stack else end


# Material's partials that show the same markup on every page outside the nav, but for the URLs
# they link to: the navigation drawer, the tabs, the search box, the palette toggle, the logo.
CHROME = ("partials/nav.html", "partials/tabs.html", "partials/search.html", "partials/palette.html",
          "partials/logo.html")
# The url filter's inputs recorded by the chrome partials rendering now (innermost last).
_RECORDING: list[list] = []


@event_priority(-100)        # after the recorder's bytecode cache is set
def on_env(env, config, files):
    """The chrome partials (`CHROME`) rendered once per distinct set of URLs instead of once per
    page (a fifth of MkDocs' time on 4,000 pages went to the theme's templates, most of it these).

    What such a partial shows depends on the page only when the page is in the nav (an active
    item, its table of contents) and through the `url` filter, which makes a link relative to the
    page. So for a page outside the nav (no nav page active), a partial's text is reused when the
    base URL and what the url filter gives for each value the partial passed it are the same as
    when that text was rendered (the values are recorded while it renders, in nested partials
    too). A nav page is always rendered in full."""
    url = env.filters.get("url")
    if url is None or getattr(url, "briefing", False):
        return env
    import jinja2

    @jinja2.pass_context
    def recording_url(context, value):
        out = url(context, value)
        for values in _RECORDING:
            values.append(value)
        return out
    recording_url.briefing = True
    env.filters["url"] = recording_url
    for name in CHROME:
        try:
            template = env.get_template(name)
        except jinja2.TemplateNotFound:
            continue
        template.root_render_func = _memoised(template.root_render_func, url)
    try:
        language = env.get_template(LANGUAGE)
        source = env.loader.get_source(env, LANGUAGE)[0]
    except jinja2.TemplateNotFound:
        return env
    from jinja2 import meta
    if meta.find_undeclared_variables(env.parse(source)) == {"config"}:
        language.make_module = _one_module(language.make_module)
    return env


# Material's translations: its base template imports this `with context` on every page, which
# runs the template again (a new module, 3 % of MkDocs' time on our pages), though what it defines
# reads only `config.theme.language` (it imports that language's strings and English ones); and
# its `t` builds the language's whole table of strings on each call (`_memo_t`).
LANGUAGE = "partials/language.html"


def _one_module(make_module):
    """`make_module` of LANGUAGE made once per configuration: the module of the first page
    rendered with a configuration serves every page rendered with it (on_env checks that the
    template reads no other name of the page's context or of the importing template's)."""
    made: list = [None, None]

    def one(vars=None, shared=False, locals=None):
        config = (vars or {}).get("config")
        if config is None:
            return make_module(vars, shared, locals)
        if made[0] is not config:
            module = make_module(vars, shared, locals)
            if callable(getattr(module, "t", None)):
                module.t = _memo_t(module.t)
            made[:] = [config, module]
        return made[1]
    return one


def _memo_t(t):
    """The module's `t(key)` (a key's translation: each call builds the language's whole table of
    strings, twice when it falls back to English; 17 calls a page in the base template) kept per
    key: it reads nothing else."""
    known: dict[str, object] = {}

    def memo(*args, **kwargs):
        if kwargs or len(args) != 1 or type(args[0]) is not str:
            return t(*args, **kwargs)
        found = known.get(args[0])
        if found is None:
            found = known[args[0]] = t(args[0])
        return found
    return memo


def _memoised(render, url):
    probes: list = []                 # the url filter's inputs this partial has used, in order
    texts: dict[tuple, str] = {}

    def root(context):
        page, nav = context.get("page"), context.get("nav")
        if page is None or nav is None or any(getattr(item, "active", False) for item in nav.pages):
            yield from render(context)
            return
        key = (context.get("base_url"), *(url(context, value) for value in probes))
        text = texts.get(key)
        if text is None:
            _RECORDING.append([])
            try:
                text = "".join(render(context))
            finally:
                used = _RECORDING.pop()
            if all(value in probes for value in used):
                texts[key] = text
            else:                       # a URL not asked before: ask it of every page from now on
                probes.extend(value for value in dict.fromkeys(used) if value not in probes)
                texts.clear()
        elif _RECORDING:                # an enclosing partial depends on these URLs too
            for values in _RECORDING:
                values.extend(probes)
        yield text
    return root


def on_page_markdown(markdown: str, page, config, files):
    """A generated page renders by `render_html` instead of Python-Markdown (MkDocs calls
    `page.render` right after this event)."""
    if is_generated(page):
        page.render = lambda config, files: render_html(page, config, files)
    return markdown


def render_html(page, config, files) -> None:
    """What `Page.render` sets, from the HTML body: content, toc, title, anchors, links to anchors."""
    body, tokens, title, ids = _headings(page.markdown)
    resolver = _RelativePathTreeprocessor(page.file, files, config)
    body = LINK.sub(lambda m: m.group(1) + resolve(resolver, m.group(2)) + m.group(3), body)
    page.content = body
    page.toc = get_toc(nest_toc_tokens(tokens))
    page._title_from_render = title
    page.present_anchor_ids = ids          # every id of the page, the headings' new ones with them
    if PAGES_LOG.getEffectiveLevel() > logging.DEBUG:
        page.links_to_anchors = resolver.links_to_anchors


def is_source_link(url: str) -> bool:
    """A link MkDocs resolves: relative, to a file with an extension or to an anchor alone."""
    scheme, netloc, path, _, fragment = urlsplit(url)
    if scheme or netloc or url.startswith(("/", "\\")):
        return False
    if not path:
        return bool(fragment)
    return bool(posixpath.splitext(path)[1])


# (files, {(folder of the linking file, href): how it resolved}) of the build running (resolve).
_RESOLVED: list = [None, {}]
AS_IS = ("as is",)


def resolve(resolver: _RelativePathTreeprocessor, href: str) -> str:
    """A link of a generated page as MkDocs' resolver makes it (and checks it). How a link resolves
    depends only on the folder of the file linking and the files, so the target found from a
    folder is kept: from the same folder again (or one as deep, for a link that climbs out of it),
    only the URL relative to the page is made and its link to an anchor recorded, as the resolver
    does. A link that warns goes through the resolver every time, and so does one whose target the
    build excludes while the resolver's INFO messages are shown (it says so at INFO)."""
    source, files = resolver.file, resolver.files
    if _RESOLVED[0] is not files:
        _RESOLVED[:] = [files, {}]
    known = _RESOLVED[1]
    folder = posixpath.dirname(source.src_uri)
    depth = folder.count("/") + 1 if folder else 0
    # A link climbing out of every folder of the file (`../../briefs/x.md` from entities/kim/)
    # resolves alike from every folder as deep.
    key = (depth, href) if href.startswith("../" * depth) else (folder, href)
    found = known.get(key)
    if found is AS_IS:
        return href
    if found is not None:
        target, query, anchor, url = found
        if anchor:
            resolver.links_to_anchors.setdefault(target or source, {}).setdefault(anchor, url)
        if target is None:
            return html.escape(url, quote=True)
        return html.escape(urlunsplit(("", "", relative_url(target.url, source.url), query, anchor)), quote=True)
    url = html.unescape(href)
    if not is_source_link(url):
        known[key] = AS_IS
        return href
    resolved = resolver.path_to_url(url)
    _, _, path, query, anchor = urlsplit(url)
    if AMP_SUBSTITUTE in url:
        pass
    elif not path:
        known[key] = (None, query, anchor, url)      # an anchor of the page itself
    else:
        target = files.get_file_from_path(resolver._target_uri(source.src_uri, unquote(path)))
        # A link to a file the build excludes (the other half's pages, in a build of two halves)
        # resolves the same way; the resolver only logs it, at INFO or below: when that is not
        # shown, nothing is lost by not asking it again.
        if target is not None and (not target.inclusion.is_excluded() or not PAGES_LOG.isEnabledFor(logging.INFO)):
            known[key] = (target, query, anchor, url)
    return html.escape(resolved, quote=True)


@functools.lru_cache(maxsize=65536)
def _url_parts(path: str) -> tuple[str, ...]:
    return tuple(_norm_parts(path))


def relative_url(url: str, other: str) -> str:
    """MkDocs' `get_relative_url(url, other)`, the same steps with each URL's normalised parts
    memoised (a site's pages link to the same few thousand URLs from the same few thousand)."""
    dirname, _, basename = other.rpartition("/")
    if "." in basename:
        other = dirname
    other_parts, dest_parts = _url_parts(other), _url_parts(url)
    common = 0
    for a, b in zip(other_parts, dest_parts):
        if a != b:
            break
        common += 1
    relurl = "/".join(("..",) * (len(other_parts) - common) + dest_parts[common:]) or "."
    return relurl + "/" if url.endswith("/") else relurl


def headings(body: str) -> tuple[str, list[dict], str | None]:
    """(body with an id on every heading, the toc tokens, the title), as Python-Markdown's toc
    extension and MkDocs' title extraction give them for the same headings in Markdown."""
    return _headings(body)[:3]


def _headings(body: str) -> tuple[str, list[dict], str | None, set[str]]:
    """`headings`, and every id the body holds once the headings have theirs (the links and the
    headings' ids are the only changes render_html makes to it, and a link adds no id)."""
    found = list(HEADING.finditer(body))
    # Ids already taken, as toc counts every element's id: a heading reading "Teks" beside
    # <details id="teks"> gets "teks_1", never a second "teks".
    used = {html.unescape(a or b) for a, b in ANCHOR.findall(body)}
    tokens, pieces, at = [], [], 0
    counters: dict[str, int] = {}
    for m in found:
        level, attributes, inner = int(m.group(1)), m.group(2), m.group(3)
        values = dict(ATTRIBUTE.findall(attributes))
        name = strip_tags(inner)
        if "id" not in values:
            anchor = unique(slugify(html.unescape(name), "-"), used, counters)
            attributes += f' id="{html.escape(anchor, quote=True)}"'
        else:
            anchor = html.unescape(values["id"])
        if "data-toc-label" in values:
            name = html.escape(strip_tags(html.unescape(values["data-toc-label"])), quote=False)
            attributes = re.sub(r'\sdata-toc-label="[^"]*"', "", attributes)
        tokens.append({"level": level, "id": anchor, "name": name, "children": []})
        pieces += [body[at:m.start()], f"<h{level}{attributes}>{inner}</h{level}>"]
        at = m.end()
    pieces.append(body[at:])
    # MkDocs' title: the first element's text when it is an <h1> (entities left as written).
    title = strip_tags(found[0].group(3)) if found and FIRST_ELEMENT.match(body) else None
    return "".join(pieces), tokens, title, used
