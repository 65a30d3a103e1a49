"""Body paragraphs, captions and the headline → sentence spans (abbreviation-aware, quote-aware)."""
from __future__ import annotations

import re

from .document import NESTING_CLOSERS, NESTING_OPENERS, word_at
from .lexicon import Lexicon
from .model import Article, Layout, Sentence, Span

OPENING_QUOTES = NESTING_OPENERS
CLOSING_QUOTES = NESTING_CLOSERS
# A sentence ends at . ! ? (or an ellipsis), optionally followed by closing quotes/brackets,
# then whitespace. Whether it really ends is decided by what comes before and after.
_WORD_BEFORE = re.compile(r"\S+$")
_NEXT_CHAR = re.compile(r"\s*(\S)")
# Longest abbreviation or initial worth looking back for ("M.Si.", "Ph.D.").
WORD_WINDOW = 40
# (A run of stops, "..." and "…" among them, written as one class: a pattern opening with a class lets
# `re` skip to the next stop at once, where a repeated group was tried at every character. Only the
# whole run can end a sentence, what follows a stop inside it being a stop. `[...][...]*`, not `[...]+`:
# `re` skips ahead only for a pattern opening with the class itself, not with a repeat of it.)
_END = re.compile(r"[.!?…][.!?…]*[”’\"»)\]]*(?=\s|(?<=[a-z][a-z][a-z][.!?])[A-Z][a-z])")
# A stop glued to the next sentence ("... ke Rusia.Duta Besar ..."), as pages pasted without their
# paragraph breaks write it: a sentence end too, unless a domain's suffix follows ("Situs.Com").


# Any mark the quote depth counts: a stretch without one leaves the depth as it is.
_QUOTE_MARK = re.compile("[" + re.escape(OPENING_QUOTES + CLOSING_QUOTES + '"') + "]")
_INITIAL = re.compile(r"[A-Z]\.")


def split_sentences(article: Article, layout: Layout, lex: Lexicon) -> tuple[Sentence, ...]:
    """Sentences of the headline, the captions and the body, in text order.

    Sentences of the headline and of captions carry `caption=True`: entities and dates count
    there, but summaries skip them.
    """
    abbreviations = lex.memo("segment.abbreviations", lambda: frozenset(
        {a.lower() for a in lex.words("segment", "abbreviations")}
        | {"." + w.lstrip(".").lower() for w in lex.words("outlets", "domain_suffixes")}))
    blocks: list[tuple[Span, bool]] = [(s, False) for s in layout.body]
    blocks += [(s, True) for s in layout.captions]
    if layout.headline:
        blocks.append((layout.headline, True))
    blocks.sort(key=lambda b: b[0].start)
    sentences: list[Sentence] = []
    for index, (block, caption) in enumerate(blocks):
        for span in _split_block(article.text, block, abbreviations):
            sentences.append(Sentence(span, index, caption))
    return tuple(sentences)


def _split_block(text: str, block: Span, abbreviations: set[str]) -> list[Span]:
    piece = text[block.start:block.end]
    cuts: list[int] = []
    depth = 0          # inside curly quotes we do not cut: a quoted passage stays one sentence
    straight_open = False
    position = 0
    for m in _END.finditer(piece):
        segment = piece[position:m.end()]
        if _QUOTE_MARK.search(segment):          # (most stretches between stops hold no quotation mark)
            depth += sum(segment.count(c) for c in OPENING_QUOTES) - sum(segment.count(c) for c in CLOSING_QUOTES)
            depth = max(depth, 0)
            if segment.count('"') % 2:
                straight_open = not straight_open
        position = m.end()
        if depth > 0 or straight_open:
            continue
        # The word the stop closes, and the first character after it: looked up around the match
        # only (slicing from the start or to the end of the block made long blocks quadratic).
        before = _WORD_BEFORE.search(piece, max(0, m.start() + 1 - WORD_WINDOW), m.start() + 1)
        word = before.group() if before else ""
        if word.lower() in abbreviations:
            continue
        # A single capital before the period is an initial ("John F. Kennedy").
        if _INITIAL.fullmatch(word):
            continue
        after = _NEXT_CHAR.match(piece, m.end())
        following = after.group(1) if after else ""
        if m.end() < len(piece) and not piece[m.end()].isspace():
            glued = word_at(piece, m.end())
            if glued and "." + glued.group().lower() in abbreviations:
                continue      # "Situs.Com": a domain, no sentence end
        if following and not (following.isupper() or following.isdigit() or following in OPENING_QUOTES + '"(['):
            continue
        cuts.append(m.end())
    spans, start = [], 0
    for cut in cuts + [len(piece)]:
        chunk = piece[start:cut]
        stripped = chunk.strip()
        if stripped:
            left = start + (len(chunk) - len(chunk.lstrip()))
            spans.append(Span(block.start + left, block.start + left + len(stripped)))
        start = cut
    return spans
