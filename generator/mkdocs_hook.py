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

Pages an editor writes (no `body: html`) go through Markdown as before. Nothing from an article
is parsed as markup here: pages.py escapes article text before it reaches the body.
"""
from __future__ import annotations

import html
import logging
import posixpath
import re
from urllib.parse import urlsplit

from markdown.extensions.toc import nest_toc_tokens, slugify, strip_tags, unique
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


def on_page_markdown(markdown: str, page, config, files):
    """A generated page renders by `render_html` instead of Python-Markdown (MkDocs calls
    `page.render` right after this event)."""
    if is_generated(page):
        page.render = lambda config, files: render_html(page, config, files)
    return markdown


def render_html(page, config, files) -> None:
    """What `Page.render` sets, from the HTML body: content, toc, title, anchors, links to anchors."""
    body, tokens, title = headings(page.markdown)
    resolver = _RelativePathTreeprocessor(page.file, files, config)
    body = LINK.sub(lambda m: m.group(1) + resolve(resolver, m.group(2)) + m.group(3), body)
    page.content = body
    page.toc = get_toc(nest_toc_tokens(tokens))
    page._title_from_render = title
    page.present_anchor_ids = {html.unescape(a or b) for a, b in ANCHOR.findall(body)}
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


def resolve(resolver: _RelativePathTreeprocessor, href: str) -> str:
    url = html.unescape(href)
    if not is_source_link(url):
        return href
    return html.escape(resolver.path_to_url(url), quote=True)


def headings(body: str) -> tuple[str, list[dict], str | None]:
    """(body with an id on every heading, the toc tokens, the title), as Python-Markdown's toc
    extension and MkDocs' title extraction give them for the same headings in Markdown."""
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
    return "".join(pieces), tokens, title
