"""Article text → page text that can only ever be text (never Markdown, HTML or template code).

`md_inline` is for inline Markdown contexts (headings, table cells, list items, link text):
whitespace collapsed, and every character Markdown or HTML could read as syntax becomes a
numeric character reference, which both Markdown and the browser show as the character itself.
`md_piece` is for the pieces of a paragraph in a raw HTML block (the article text, split where its
quotes and dates are marked), which Markdown passes through untouched.
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


def html_attr(text: object) -> str:
    return html.escape(" ".join(str(text).split()), quote=True)

