"""Article text → page text that can only ever be text (never HTML, Markdown or template code).

`html_text` (`md_inline`) is for text in an element (headings, table cells, list items, link
text): whitespace collapsed, and every character HTML or Markdown could read as syntax becomes a
numeric character reference, which the browser shows as the character itself. Generated pages are
HTML now (pages.py), but the Markdown characters stay escaped too: the text reads the same, and is
still only text wherever it lands (an editor's Markdown page, a search snippet).
`html_piece` (`md_piece`) is for the pieces of a paragraph of the article text, split where its
quotes and dates are marked: spaces at the edges are kept.
`html_attr` is for a value inside a double-quoted attribute.
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


def _escape(text: str) -> str:
    return _ESCAPE.sub(lambda m: _REFERENCE[m.group()], text)


def md_inline(text: object) -> str:
    return _escape(" ".join(str(text).split()))


def md_piece(text: object) -> str:
    """A piece of a paragraph (text between source marks): like md_inline, but a space at either
    edge is kept as one space, so the words on both sides of a mark stay apart."""
    return _escape(re.sub(r"\s+", " ", str(text)))


# The names the HTML templates use (pages.py); the md_ names stay for the tests that pin the escaping.
html_text, html_piece = md_inline, md_piece


def html_attr(text: object) -> str:
    return html.escape(" ".join(str(text).split()), quote=True)

