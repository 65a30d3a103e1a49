"""Quote pieces from quotation marks: the mark constants; an opening mark paired with its closing one
(curly, straight, guillemets, single marks that are not apostrophes, two singles typed for one double);
spaced, orphan and doubled marks; markup, never a quote; the size limit (QUOTE_MAX); a quote left
unclosed at a paragraph's end; a quote split by its cue merged into one; and direct speech that lost
its marks but closes with a cue (`_lost_marks`)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..document import (APOSTROPHE, MARKUP, DOUBLE_CLOSERS, DOUBLE_OPENERS, PAIRED_CLOSER, PAIRED_OPENER,
                        QUOTE_MARKS, SINGLE_CLOSER, SINGLE_OPENER, STRAIGHT_QUOTE, first_of, first_word)
from ..lexicon import fold
from ..model import Quote, Span, quick_init
from .common import WHO_MAX
from .cue_shapes import _after_cue, _after_subject, _after_suffixed, _lost_cue

if TYPE_CHECKING:
    from .context import _Context


OPENERS = DOUBLE_OPENERS
CLOSERS = DOUBLE_CLOSERS
STRAIGHT = STRAIGHT_QUOTE
MARKS = QUOTE_MARKS
# Single marks quote a phrase ('Kebijakan Timur Baru'); between two letters they are apostrophes
# (Jum'at, Korea's), so they count only where one side is free and the other holds a word.
SINGLE_OPEN = APOSTROPHE + SINGLE_OPENER
SINGLE_CLOSE = APOSTROPHE + SINGLE_CLOSER
SINGLES = APOSTROPHE + SINGLE_OPENER + SINGLE_CLOSER
# A quote never runs longer than this: the longest quote of every annotated set is under 400
# characters, a long speech paragraph under 1,500. A longer stretch means a stray or unpaired mark
# (an unclosed “ in a page without paragraph breaks quoted 15,000 characters): it is cut at the
# last sentence end within the limit.
QUOTE_MAX = 1500
# Markup pasted with an article: a tag or an attribute value is never a quote (`alt="..."`).
_MARKUP = MARKUP
# Characters after which an opening mark may stand (besides whitespace).
OPEN_AFTER = "([{—–-/:" + OPENERS
# Two single marks typed for one double mark (‘‘...’’, “...'' ): the opening pair, the closing pairs.
DOUBLED_SINGLE_OPENER = SINGLE_OPENER * 2
DOUBLED_SINGLE_CLOSERS = (SINGLE_CLOSER * 2, APOSTROPHE * 2)
# A closing mark right after one of these, with no quote open, closes words whose opening mark was lost.
LOST_OPENER_BEFORE = ",.!?…"
# Where a sentence ends inside a paragraph (the stop and the space after it).
SENTENCE_STOPS = (". ", "! ", "? ")
# Characters that may follow a closing mark (besides whitespace).
CLOSE_BEFORE = ",.;:!?)]}…—–-" + CLOSERS


# Every quotation mark, double or single: the marks scan visits only these characters.
_ANY_MARK = re.compile("[" + re.escape(QUOTE_MARKS + APOSTROPHE + SINGLE_OPENER + SINGLE_CLOSER) + "]")


@quick_init
@dataclass(frozen=True, slots=True)
class _Piece:
    """One stretch between marks: the inner span(s), the marks, the paragraph it ends in."""

    parts: tuple[Span, ...]
    open_at: int
    close_at: int | None          # None: unclosed at the end of its paragraph
    paragraph: int
    family: str                   # "curly" | "straight" | "guillemets"
    form: str                     # rule prefix: marks, paragraphs, split, unclosed


def _mark_start(text: str, piece: _Piece) -> int:
    """Where the piece's opening mark begins: open_at, or the first character of a two-character
    opener (``...'' and ‘‘...’’: open_at is its inner character)."""
    start = piece.open_at - len(PAIRED_OPENER) + 1
    if start >= 0 and (text.startswith(PAIRED_OPENER, start) or text.startswith(DOUBLED_SINGLE_OPENER, start)):
        return start
    return piece.open_at


# ---------------------------------------------------------------------------------------------
# Marks


def _classify(text: str, i: int, start: int, end: int, straight_open: bool) -> str:
    """`open` or `close` for the mark at i, from its neighbours, else from its shape."""
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < end else " "
    left_free = before.isspace() or before in OPEN_AFTER
    right_free = after.isspace() or after in CLOSE_BEFORE
    if left_free and not right_free:
        return "open"
    if right_free and not left_free:
        return "close"
    char = text[i]
    if char == STRAIGHT:
        return "close" if straight_open else "open"
    return "open" if char in OPENERS else "close"


def _family(char: str) -> str:
    return "straight" if char == STRAIGHT else "guillemets" if char in "«»" else "curly"


def _inner(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if not any(c.isalpha() for c in text[start:end]):
        return None
    return Span(start, end)


def _pieces(ctx: _Context) -> list[_Piece]:
    """Marked stretches per paragraph; unclosed ones run on into a paragraph that opens a quote."""
    text = ctx.text
    raw: list[_Piece] = []
    for order, (_, block, sentences) in enumerate(ctx.paragraphs):
        opened: int | None = None
        family = ""
        markup = [m.span() for m in _MARKUP.finditer(text, block.start, block.end)
                  if any(c in MARKS or c in SINGLES for c in m.group())] if _has_markup(text, block) else []
        paired = _paired(text, block, order) if text.find(PAIRED_OPENER, block.start, block.end) >= 0 else []
        raw += paired
        skip = -1
        for found in _ANY_MARK.finditer(text, block.start, block.end):
            i = found.start()
            char = text[i]
            if i == skip:
                continue          # the second mark of a doubled single mark read as one double mark
            if markup and any(a <= i < b for a, b in markup):
                continue          # a tag or an attribute value: markup, not speech
            if paired and any(p.open_at <= i <= (p.close_at if p.close_at is not None else block.end) for p in paired):
                continue          # inside ``...'': that quotation counts, its closing '' is no apostrophe
            if char in SINGLES and _doubled_close(text, i, block.end) and opened is not None and family != "single":
                # “...’’ : a doubled single closing mark closes a double quotation
                inner = _inner(text, opened + 1, i)
                if inner:
                    raw.append(_Piece((inner,), opened, i + 1, order, family, "marks"))
                opened, skip = None, i + 1
                continue
            if text.startswith(DOUBLED_SINGLE_OPENER, i) and opened is None and text[i + 2:i + 3].isalnum() \
                    and (i == block.start or text[i - 1].isspace() or text[i - 1] in OPEN_AFTER):
                opened, family, skip = i + 1, "curly", i + 1     # ‘‘...: a doubled single opening mark
                continue
            if char in SINGLES:
                kind = _classify_single(text, i, block.start, block.end)
                if kind == "open" and opened is None:
                    opened, family = i, "single"
                elif kind == "close" and opened is not None and family == "single":
                    inner = _inner(text, opened + 1, i)
                    if inner:
                        raw.append(_Piece((inner,), opened, i, order, family, "marks"))
                    opened = None
                continue
            kind = _classify(text, i, block.start, block.end, opened is not None and family == "straight")
            if opened is None and char in CLOSERS and _spaced_opener(text, i, block):
                kind = "open"
            if kind == "open":
                if opened is not None and _family(char) != family and family != "single":
                    continue          # a quote inside a quote: the outer one counts
                opened, family = i, _family(char)
            elif opened is not None and family != "single":
                inner = _inner(text, opened + 1, i)
                if inner:
                    raw.append(_Piece((inner,), opened, i, order, family, "marks"))
                opened = None
            elif opened is None and char in CLOSERS and i > block.start and text[i - 1] in LOST_OPENER_BEFORE:
                # (a curly closer only: a straight mark cannot tell a lost opening from a stray one)
                orphan = _orphan(ctx, raw, block, order, i, _family(char))
                if orphan is not None:
                    raw.append(orphan)
        if opened is not None and family != "single":    # a lone single mark quotes nothing
            inner = _inner(text, opened + 1, block.end)
            if inner:
                raw.append(_Piece((inner,), opened, None, order, family, "unclosed"))
    raw.sort(key=lambda p: (p.paragraph, p.open_at))
    # Newspapers run a quote over paragraphs: no closing mark, and the next paragraph opens again.
    joined: list[_Piece] = []
    for piece in raw:
        if joined and joined[-1].close_at is None and piece.paragraph == joined[-1].paragraph + 1:
            previous = joined[-1]
            next_para = ctx.paragraphs[piece.paragraph][1]
            if _mark_start(text, piece) == next_para.start:
                joined[-1] = _Piece(previous.parts + piece.parts, previous.open_at, piece.close_at,
                                    piece.paragraph, previous.family,
                                    "paragraphs" if piece.close_at is not None else "unclosed")
                continue
        joined.append(piece)
    trimmed = [p if p.close_at is not None or p.form != "unclosed" else _trim_unclosed(ctx, p) for p in joined]
    return [_limited(ctx, p) for p in trimmed]


def _spaced_opener(text: str, i: int, block: Span) -> bool:
    """`berada pada ” kesiapan penuh,” dan ...`: a closing-shaped mark set apart by spaces, between two
    words of a sentence (a word before it, not a stop), with nothing open and another closer later in
    its paragraph, opens the quotation (a keyboard that types one shape for both)."""
    if block.start < i < block.end - 1 and text[i - 1].isalpha() and text[i + 1].isalpha():
        # `penjaga pantai”cedera ...,” kata X`: stuck between two letters, the space before it lost (a word
        # processor shapes a mark after a letter as a closer): it opens, if another closer follows
        return any(text.find(c, i + 1, block.end) >= 0 for c in CLOSERS)
    if not (block.start < i < block.end - 1 and text[i - 1].isspace() and text[i + 1].isspace()):
        return False
    before, after = text[block.start:i].rstrip(), text[i + 1:block.end].lstrip()
    return bool(before) and before[-1].isalnum() and after[:1].isalpha() \
        and any(text.find(c, i + 1, block.end) >= 0 for c in CLOSERS)


def _orphan(ctx: _Context, raw: list[_Piece], block: Span, order: int, close: int, family: str) -> _Piece | None:
    """Words closed by a mark whose opening mark was lost (a closer after the words' punctuation,
    nothing open): they run from the paragraph's start, or from the end of the quote before them in
    the paragraph (`“Kami setuju,” ujarnya. Kami siap.”`: from the start of the sentence after the
    cue; `“A,” B,” kata X`: from the previous closing mark). A paragraph that opens on them goes on a
    quote the paragraph before left unclosed: one quote over the break."""
    text = ctx.text
    before = [p for p in raw if p.paragraph == order and p.close_at is not None and p.close_at < close]
    if before:
        start = max(p.close_at for p in before) + 1
        start = max(start, max(text.rfind(stop, start, close) for stop in SENTENCE_STOPS) + 1)
    else:
        start = block.start
    while start < close and (text[start].isspace() or text[start] in MARKS or text[start] in SINGLES
                             or text[start] == PAIRED_OPENER[0]):
        start += 1
    inner = _inner(text, start, close)
    if inner is None:
        return None
    if not before and inner.start == block.start and order > 0:
        left = max((p for p in raw if p.paragraph == order - 1), key=lambda p: p.open_at, default=None)
        if left is not None and left.close_at is None and len(left.parts) == 1:
            whole = _inner(text, left.parts[0].start, close)
            raw.remove(left)
            return _Piece((whole,), left.open_at, close, order, left.family, "paragraphs")
    return _Piece((inner,), inner.start - 1, close, order, family, "lost-opener")


def _doubled_close(text: str, i: int, end: int) -> bool:
    """Whether a doubled single closing mark (’’ or '') stands at i, free after it."""
    return (text.startswith(DOUBLED_SINGLE_CLOSERS, i) and (i + 2 >= end or text[i + 2].isspace()
                                                             or text[i + 2] in CLOSE_BEFORE))


def _paired(text: str, block: Span, order: int) -> list[_Piece]:
    """The ``...'' quotations of a block (TeX-style marks): open_at and close_at are the marks'
    inner characters, so the words run from open_at + 1 and what follows starts at close_at + 1."""
    found: list[_Piece] = []
    at = text.find(PAIRED_OPENER, block.start, block.end)
    while at >= 0:
        start = at + len(PAIRED_OPENER)
        close = text.find(PAIRED_CLOSER, start, block.end)
        inner = _inner(text, start, close if close >= 0 else block.end)
        if inner:
            found.append(_Piece((inner,), start - 1, close + 1 if close >= 0 else None, order, "curly",
                                "marks" if close >= 0 else "unclosed"))
        if close < 0:
            break
        at = text.find(PAIRED_OPENER, close + len(PAIRED_CLOSER), block.end)
    return found


def _has_markup(text: str, block: Span) -> bool:
    return text.find("<", block.start, block.end) >= 0 or text.find("=", block.start, block.end) >= 0


def _classify_single(text: str, i: int, start: int, end: int) -> str | None:
    """`open`, `close` or None (an apostrophe) for a single mark at i."""
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < end else " "
    char = text[i]
    if char in SINGLE_OPEN and (before.isspace() or before in OPEN_AFTER) and after.isalnum():
        return "open"
    if char in SINGLE_CLOSE and (after.isspace() or after in CLOSE_BEFORE) and (before.isalnum() or before in ".,!?"):
        return "close"
    return None


def _limited(ctx: _Context, piece: _Piece) -> _Piece:
    """A part longer than QUOTE_MAX is cut at the last sentence end within the limit (else a word end)."""
    if all(p.end - p.start <= QUOTE_MAX for p in piece.parts):
        return piece
    text = ctx.text
    parts = []
    for part in piece.parts:
        if part.end - part.start > QUOTE_MAX:
            limit = part.start + QUOTE_MAX
            cut = max(text.rfind(". ", part.start, limit), text.rfind("! ", part.start, limit),
                      text.rfind("? ", part.start, limit))
            if cut > part.start:
                cut += 1
            else:
                space = text.rfind(" ", part.start + 1, limit + 1)
                cut = space if space > part.start else limit
            part = _inner(text, part.start, cut) or Span(part.start, cut)
        parts.append(part)
    return _Piece(tuple(parts), piece.open_at, None, piece.paragraph, piece.family, "limit")


def _trim_unclosed(ctx: _Context, piece: _Piece) -> _Piece:
    """A stray opening mark inside a sentence quotes at most to the end of that sentence."""
    block = ctx.paragraphs[piece.paragraph][1]
    text = ctx.text
    at_start = _mark_start(ctx.text, piece) == ctx.paragraphs[piece.paragraph][1].start or \
        text[max(block.start, piece.open_at - 2):piece.open_at].strip() in (":", ",")
    if at_start or len(piece.parts) > 1:
        return piece
    sentence = ctx.sentence_at(piece.open_at)
    if sentence is None:
        return piece
    end = min(sentence.span.end, piece.parts[-1].end)
    close_at = None
    comma = text.find(",", piece.open_at + 1, end)
    while comma != -1:
        # The closing mark lost before a comma and the cue that names the speaker
        # (`“kata-kata, Nama Badan mengatakan ...`, `“kata-kata, kata X.`): the words end at the comma.
        after = _after_cue(ctx, comma + 1, end)
        subject = _after_subject(ctx, comma + 1, end)
        if after or (subject and subject.group("who")[:1].isupper()
                     and any(m.kind in ("person", "organization")
                             for m in ctx.mentions_in(subject.start("who"), subject.end("who")))):
            end, close_at = comma + 1, comma
            break
        comma = text.find(",", comma + 1, end)
    inner = _inner(text, piece.open_at + 1, end)
    return _Piece((inner,) if inner else piece.parts, piece.open_at, close_at, piece.paragraph, piece.family,
                  "unclosed")


def _merge_split(ctx: _Context, pieces: list[_Piece]) -> list[_Piece]:
    """`“Kami ...,” kata dia, “dan ...”` is one quote: join pieces whose gap is a cue and a comma."""
    merged: list[_Piece] = []
    words = ctx.words
    for piece in pieces:
        if merged and merged[-1].close_at is not None and merged[-1].paragraph == piece.paragraph:
            previous = merged[-1]
            gap_start, gap_end = previous.close_at + 1, piece.open_at
            gap = ctx.text[gap_start:gap_end]
            # ("“... .” X menjawab, “...”": words closed by a full stop end their sentence; the next
            # sentence's speaker opens a quote of their own.)
            if gap.rstrip().endswith(",") and "." not in gap and len(gap) <= WHO_MAX + 20 \
                    and ctx.text[previous.parts[-1].end - 1] not in ".!?":
                cue = (_after_cue(ctx, gap_start, gap_end)
                       or _after_suffixed(ctx, gap_start, gap_end)
                       or _after_subject(ctx, gap_start, gap_end))
                if cue:
                    merged[-1] = _Piece(previous.parts + piece.parts, previous.open_at, piece.close_at,
                                        piece.paragraph, previous.family, "split")
                    continue
        merged.append(piece)
    return merged


def _lost_marks(ctx: _Context, marked: set[int], quoted_speakers: set[str] = frozenset()) -> list[Quote]:
    """`Latihan militer ... kegiatannya, kata Pak.`: direct speech whose marks were lost; not the words
    of someone the article quotes with marks, unless in the first person (a lead's paraphrase of them)."""
    words = ctx.words
    text = ctx.text
    found_quotes: list[Quote] = []
    for index, sentence in enumerate(ctx.sentences):
        start, end = sentence.span.start, sentence.span.end
        if index in marked or sentence.caption or first_of(MARKS, text, start, end) is not None:
            continue
        found = _lost_cue(ctx, start, end)
        if found is None:
            continue
        lead = first_word(text, found.start("who"), found.end("who")) if found.named else None
        if lead is not None and fold(lead.group()) in words.complementisers:
            continue      # "X, KCNA, melaporkan bahwa ...": a verb of indirect speech, its clause after it
        guessed = not found.named
        who = ctx.who(found.start("who"), found.end("who"), start) if found.named else ctx.topic(start)
        how = f"after:{found.group('cue').lower()}"
        inner = _inner(text, start, found.start())
        if inner is None:
            continue
        # Indirect reporting closes with a cue too ("..., kata sumber diplomatik"): direct speech
        # speaks in the first person, or is given to a named person of the article, and then it
        # names nobody in the third person ("Kedua pemimpin akan bertemu Kim, kata X" reports).
        # A suffixed cue only guesses its speaker from the passage: it needs the first person.
        # Words relayed through a channel ("..., kata X seperti dikutip Y.") are the outlet's paraphrase.
        direct = bool(words.first_person.search(text, inner.start, inner.end))
        if not direct and (guessed or not (who is not None and who.person and who.key)
                           or who.key in quoted_speakers
                           or any(m.kind == "person" for m in ctx.mentions_in(inner.start, inner.end))
                           or words.channel.search(text, found.end("cue"), end)):
            continue
        if ctx.agency(who):
            topic = ctx.topic(start)
            if topic is not None:
                who, how = topic, how + "+relay"
        ctx.remember(inner.end, who)
        found_quotes.append(Quote(span=inner, text=inner.of(text), speaker=who.name if who else None,
                                  speaker_key=who.key if who else None,
                                  cue=Span(found.start("cue"), found.end("cue")), rule=f"lost-marks/{how}"))
    return found_quotes
