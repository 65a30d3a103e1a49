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

import functools
import html
import re

from markupsafe import Markup, _escape_inner, escape

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
html_piece = md_piece
# Names, roles, outlets and titles come back on page after page (about a million element texts
# at 3,000 news articles, most of them seen before): a text is escaped once and kept.
_text_memo = functools.lru_cache(maxsize=1 << 16)(md_inline)


def html_text(text: object) -> str:
    return _text_memo(text) if type(text) is str else md_inline(text)


def html_attr(text: object) -> str:
    return html.escape(" ".join(str(text).split()), quote=True)


# Autoescaping as markupsafe's `escape` does it, with the same result, in fewer steps: templates
# write about 3 million values at 3,000 news articles, and markupsafe's `escape` makes each Markup
# through Markup.__new__ (Python) after asking the value for `__html__`. A str or int is escaped
# and wrapped directly, a Markup is already what escaping it returns (its own text); anything else
# goes to markupsafe. (pages._Template puts this in each compiled template's namespace.)
_markup = str.__new__


def autoescape(value: object) -> Markup:
    kind = type(value)
    if kind is str:
        return _markup(Markup, _escape_inner(value))
    if kind is Markup:
        return value
    if kind is int:
        return _markup(Markup, str(value))
    return escape(value)


def safe(text: str) -> Markup:
    """`text` (already escaped) as Markup: what Markup(text) gives for a str."""
    return _markup(Markup, text)
