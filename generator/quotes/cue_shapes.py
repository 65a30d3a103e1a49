"""The cue readers over the shapes of `shapes.yaml`: a cue after a closing mark (`“...,” kata X`,
`<X> menambahkan`, relays, reports, a suffixed `katanya`), before an opening mark (`kata X, “`, a
passive, `X mengatakan: “`), a cue closing a sentence without marks, and where a speaker phrase ends
(`phrase_end`)."""
from __future__ import annotations

from itertools import islice
from typing import TYPE_CHECKING

from ..document import first_of, first_word, last_of, tokens, word_at
from ..lexicon import fold
from ..patterns import Unit, units_of
from .common import CUE_UNITS, _Found, SUBJECT_STOPS, WHO_MAX, WHO_STOPS

if TYPE_CHECKING:
    from .context import _Context


def _after_cue(ctx: _Context, start: int, end: int) -> _Found | None:
    """`..., kata X`, `demikian pernyataan X` from `start` on (after a closing mark): the cue (the
    `speech_cues_after` shapes) and the speaker phrase after it, to the first mark of WHO_STOPS."""
    units = units_of(islice(tokens(ctx.text, start, end), CUE_UNITS))
    found = ctx.words.shapes["speech_cues_after"].match_at(units, 0)
    if found is None:
        return None
    first, last = found.span("cue")
    who = units[found.at("who")].start
    if who == units[last - 1].end:
        return None       # the speaker is set off from the cue by a space
    return _Found(ctx.text, (units[first].start, units[last - 1].end), (who, phrase_end(ctx.text, who, end)))


def _clause_units(text: str, start: int, end: int, stops: str) -> list:
    """The units of the tokens from `start` to the first mark of `stops` (commas may come first): as
    far as a subject phrase can run."""
    found, leading = [], True
    for token in tokens(text, start, end):
        mark = token.lastgroup == "mark" and token.group() in stops
        if mark and not (leading and token.group() == ","):
            break
        leading = leading and mark
        found.append(token)
    return units_of(found)


def _speaker_found(text: str, units: list, found, at: int | None = None) -> _Found | None:
    """The `_Found` of a speech shape's match (labels `cue` and, when it names the speaker, `who`): None
    when the speaker phrase is longer than WHO_MAX or crosses a line break."""
    cue, who = found.span("cue"), found.span("who")
    if who is None:
        return _Found(text, (units[cue[0]].start, units[cue[1] - 1].end), None, at)
    a, b = units[who[0]].start, units[who[1] - 1].end
    if b - a > WHO_MAX or text.find("\n", a, b) >= 0:
        return None
    return _Found(text, (units[cue[0]].start, units[cue[1] - 1].end), (a, b), at)


def _after_subject(ctx: _Context, start: int, end: int) -> _Found | None:
    """`“...,” X menambahkan` from `start` on (after a closing mark): the subject and the speech verb
    (the `speech_subjects_after` shapes)."""
    units = _clause_units(ctx.text, start, end, SUBJECT_STOPS)
    found = ctx.words.shapes["speech_subjects_after"].match_at(units, 0)
    return None if found is None else _speaker_found(ctx.text, units, found)


def _after_relay(ctx: _Context, start: int, end: int) -> _Found | None:
    """`“...,” demikian X melaporkan` from `start` on: who reports or quotes (`speech_relays_after`)."""
    units = _clause_units(ctx.text, start, end, SUBJECT_STOPS)
    found = ctx.words.shapes["speech_relays_after"].match_at(units, 0)
    return None if found is None else _speaker_found(ctx.text, units, found)


def _after_report(ctx: _Context, start: int, end: int) -> _Found | None:
    """`“...,” Yonhap melaporkan` from `start` on: the subject of a verb that reports (`speech_reports_after`)."""
    units = _clause_units(ctx.text, start, end, SUBJECT_STOPS)
    found = ctx.words.shapes["speech_reports_after"].match_at(units, 0)
    return None if found is None else _speaker_found(ctx.text, units, found)


def _after_suffixed(ctx: _Context, start: int, end: int) -> _Found | None:
    """`“...,” katanya` from `start` on (after a closing mark): the `speech_suffixed_after` shapes."""
    shapes = ctx.words.shapes["speech_suffixed_after"]
    word = first_word(ctx.text, start, end)
    if word is None or shapes.closed_words is not None and word.group().lower() not in shapes.closed_words:
        return None       # (most quotes close with no cue with -nya: one word is read first)
    units = []
    for token in tokens(ctx.text, start, end):
        units.append(Unit.of_token(token))
        if token.group() != ",":
            break
    found = shapes.match_at(units, 0)
    return None if found is None else _speaker_found(ctx.text, units, found)


def _before_verb(ctx: _Context, start: int, end: int) -> _Found | None:
    """`X mengatakan: “`, `X menegaskan kembali bahwa “`: a speech verb in the words that end at `end`
    (an opening mark), the `speech_verbs_before` shapes."""
    text = ctx.text
    close = end - 1
    while close >= start and text[close].isspace():
        close -= 1
    # (the match is words and one comma or colon at most, at its end: it starts after the last other mark)
    last = close if close >= start and text[close] in ",:" else close + 1
    shapes = ctx.words.shapes["speech_verbs_before"]
    if shapes.closed_words is not None and _last_word_not_in(text, start, last, shapes.closed_words):
        return None       # (most words before a quoted phrase are no speech verb: the last is read first)
    stop = last_of(SUBJECT_STOPS, text, start, last)
    words = list(tokens(text, start if stop is None else stop + 1, end))
    if shapes.closed_words is not None:
        # (only the words of the shapes can make the match: units of the run of them at the end)
        first = len(words)
        while first and words[first - 1].group().lower() in shapes.closed_words:
            first -= 1
        words = words[first:]
    units = units_of(words)
    found = shapes.match_ending(units)
    return None if found is None else _speaker_found(text, units, found)


def _last_word_not_in(text: str, start: int, end: int, words: frozenset) -> bool:
    """Whether the last token of text[start:end] is surely a word (in lower case) not among `words`:
    read back from `end` and checked by the tokeniser; False when in doubt."""
    at = end - 1
    while at >= start and text[at].isspace():
        at -= 1
    begin = at
    while begin >= start and (text[begin].isalnum() or text[begin] in "-'’"):
        begin -= 1
    word = word_at(text, begin + 1, at + 1) if begin < at else None
    return word is not None and word.end() == at + 1 and word.group().lower() not in words


def _before_passive(ctx: _Context, start: int, end: int) -> _Found | None:
    """`Seperti dikatakan X, “`: a passive cue and its agent in the words that end at `end` (an opening
    mark), the `speech_passives_before` shapes."""
    return _before_mark(ctx, start, end, "speech_passives_before")


def _before_cue(ctx: _Context, start: int, end: int) -> _Found | None:
    """`kata X, “`, `Menurut X: “`, `menurutnya, “`: a cue and its speaker in the words that end at `end`
    (an opening mark), the `speech_cues_before` shapes."""
    found = _before_mark(ctx, start, end, "speech_cues_before")
    return None if found and _manner_adverb(ctx, found.start("cue")) else found


def _before_mark(ctx: _Context, start: int, end: int, group: str) -> _Found | None:
    """The match of a speech group that opens on a cue and ends with a comma or colon right before `end`."""
    text = ctx.text
    close = end - 1
    while close >= start and text[close].isspace():
        close -= 1
    if close < start or text[close] not in ",:":
        return None
    # (the speaker phrase holds no mark of WHO_STOPS: the match starts after the last one, at a cue)
    stop = last_of(WHO_STOPS, text, start, close)
    words = list(tokens(text, start if stop is None else stop + 1, end))
    shapes = ctx.words.shapes[group]
    cues = shapes.texts_at(0)
    if cues is not None:
        first = next((i for i, word in enumerate(words) if word.group().lower() in cues), None)
        if first is None:
            return None
        words = words[first:]
    units = units_of(words)
    found = shapes.match_ending(units)
    return None if found is None else _speaker_found(ctx.text, units, found)


def _manner_adverb(ctx: _Context, cue: int) -> bool:
    """`X dengan tegas memperingatkan, “...”`: a cue word after a manner lead is an adverb of the verb
    that follows, no cue of its own (whose speaker would be that verb)."""
    before = ctx.text[max(0, cue - 12):cue].split()
    return bool(before) and fold(before[-1]) in ctx.words.manner_leads


def _lost_cue(ctx: _Context, start: int, end: int) -> _Found | None:
    """`..., kata X.` closing the sentence text[start:end] that has no marks (`speech_lost_cues`):
    matched from its last comma (a speaker phrase holds none), its closing mark left out."""
    comma = ctx.text.rfind(",", start, end)
    if comma < 0:
        return None
    shapes = ctx.words.shapes["speech_lost_cues"]
    cues = shapes.texts_at(1)
    if cues is not None:
        # (most sentences have a comma, few a cue after their last one: one word is read first)
        cue = first_word(ctx.text, comma + 1, end)
        if cue is None or cue.group().lower() not in cues:
            return None
    units = units_of(tokens(ctx.text, comma, end))
    if len(units) > 2 and units[-1].text in ".!?":
        units.pop()
    found = shapes.match_at(units, 0)
    return None if found is None else _speaker_found(ctx.text, units, found, comma)


def phrase_end(text: str, start: int, end: int) -> int:
    """Where a speaker phrase starting at `start` ends: at the first mark of WHO_STOPS or line break,
    after at most WHO_MAX characters, or at `end`."""
    limit = min(end, start + WHO_MAX)
    stop = first_of(WHO_STOPS + "\n", text, start, limit)
    return limit if stop is None else stop
