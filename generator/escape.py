"""Article text → page text that can only ever be text (never Markdown, HTML or template code).

`md_inline` is for inline Markdown contexts (headings, table cells, list items, link text):
whitespace collapsed, and every character Markdown or HTML could read as syntax becomes a
numeric character reference, which both Markdown and the browser show as the character itself.
`md_block` is for a raw HTML block (`<div>…</div>`), which Markdown passes through untouched.
"""
from __future__ import annotations

import html

# Characters Markdown (with tables, attr_list, emoji), HTML or Jinja could read as syntax.
# "-" and "." are handled by position below: they are syntax only as "1." or "--"/"- ".
_SYNTAX = frozenset("!\"#$%&'()*+/:<=>@[\\]^_`{|}~")


def md_inline(text: object) -> str:
    text = " ".join(str(text).split())
    out = []
    for i, c in enumerate(text):
        if c in _SYNTAX:
            out.append(f"&#{ord(c)};")
        elif c == "-" and (i == 0 or text[i - 1] == "-" or text[i + 1:i + 2] in ("-", " ", "")):
            out.append("&#45;")
        elif c == "." and i > 0 and text[i - 1].isdigit():
            out.append("&#46;")
        else:
            out.append(c)
    return "".join(out)


def md_block(text: object) -> str:
    """Paragraphs (one per line of the text) as <p> elements, every one escaped."""
    return "".join(f"<p>{md_inline(line)}</p>" for line in str(text).split("\n") if line.strip())


def html_attr(text: object) -> str:
    return html.escape(" ".join(str(text).split()), quote=True)
