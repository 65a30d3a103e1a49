"""Article text → page text that can only ever be text (never Markdown, HTML or template code).

`md_inline` is for inline Markdown contexts (headings, table cells, list items, link text):
whitespace collapsed, and every character Markdown or HTML could read as syntax becomes a
numeric character reference, which both Markdown and the browser show as the character itself.
`md_block` is for a raw HTML block (`<div>…</div>`), which Markdown passes through untouched.
"""
from __future__ import annotations

import html
import re

# Characters Markdown (with tables, attr_list, emoji), HTML or Jinja could read as syntax.
# "-" and "." are handled by position (`_ESCAPE`): they are syntax only as "1." or "--"/"- ".
_SYNTAX = frozenset("!\"#$%&'()*+/:<=>@[\\]^_`{|}~")


# One pass: every syntax character, plus "-" opening the text, in a run ("--", "---") or before a
# space or the end (list marker, setext underline, dash ligature), and "." after a digit ("1."
# starts a list). Each becomes a numeric character reference.
_ESCAPE = re.compile("[" + "".join(re.escape(c) for c in sorted(_SYNTAX)) + r"]|^-|(?<=-)-|-(?=[- ]|$)|(?<=\d)\.")
_REFERENCE = {c: f"&#{ord(c)};" for c in _SYNTAX | {"-", "."}}


def md_inline(text: object) -> str:
    return _ESCAPE.sub(lambda m: _REFERENCE[m.group()], " ".join(str(text).split()))


def md_block(text: object) -> str:
    """Paragraphs (one per line of the text) as <p> elements, every one escaped."""
    return "".join(f"<p>{md_inline(line)}</p>" for line in str(text).split("\n") if line.strip())


def html_attr(text: object) -> str:
    return html.escape(" ".join(str(text).split()), quote=True)


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def meta_title(text: object) -> str:
    """A quoted front-matter value for `title:`, safe where MkDocs and Material print it raw.

    Material writes `page.meta.title` unescaped into <title> and the header, and without it writes
    `page.title | striptags`, which *unescapes* the H1's character references, so a headline
    holding `</title><script>` would leave the title element. This value is plain ASCII: every
    character but letters, digits, space and `,.-` becomes a numeric character reference, which
    YAML keeps as it is (no quote or backslash inside the double quotes) and the browser shows as
    the character. Use it as `title: {{ headline|meta_title }}` in a page's front matter. Control
    characters are dropped (a title cannot show them, and HTML maps their references to nothing or
    to other characters); lone surrogates become U+FFFD.
    """
    text = " ".join(_CONTROL.sub("", str(text)).split())
    text = _SURROGATE.sub("\ufffd", text)
    return '"' + "".join(c if (c.isascii() and (c.isalnum() or c in " ,.-")) else f"&#{ord(c)};"
                         for c in text) + '"'
