"""What stands in marks but is not a quote: a scare word, a quote repeated word for word, a state's
phrase voiced again, a heading's copy of a body phrase, a subhead in marks, a name or a title in marks
(after a naming phrase, a noun of the same head, with a possessive suffix)."""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..lexicon import fold
from ..model import Quote
from .common import REPEAT_WORDS, _WORD
from .marks import MARKS, SINGLE_CLOSE, SINGLE_OPEN, SINGLES

if TYPE_CHECKING:
    from .context import _Context
    from .marks import _Piece


def _without_repeats(quotes: list[Quote]) -> list[Quote]:
    """A page that repeats a paragraph (a lead shown again in the body) quotes its words once: a quote of
    REPEAT_WORDS words or more said again word for word by the same speaker is dropped (a short phrase
    in marks may well come twice)."""
    seen: set[tuple[str, str | None]] = set()
    kept = []
    for quote in quotes:
        words = quote.text.split()
        if len(words) >= REPEAT_WORDS:
            key = (" ".join(words).lower(), quote.speaker_key)
            if key in seen:
                continue
            seen.add(key)
        kept.append(quote)
    return kept


def _scare_word(ctx: _Context, piece: _Piece) -> bool:
    """Marks around one lower-case word (a full stop or comma aside), in one part."""
    if len(piece.parts) != 1 or piece.close_at is None:
        return False
    inner = piece.parts[0].of(ctx.text).strip(" .,")
    return inner[:1].islower() and len(list(_WORD.finditer(inner))) == 1 and not any(c.isspace() for c in inner)


def _state_phrases_voiced(quotes: list[Quote]) -> list[Quote]:
    """`Jepang mengatakan mereka memantau dengan “kekhawatiran serius” ...` in the lead, the statement
    quoted in full below (`“... dengan kekhawatiran serius ...,” kata <official>`): a phrase a state's
    sentence gives no speaker for (a `-state` rule) is the words of the one quote with a named
    speaker that holds them (several speakers holding them: nobody's)."""
    phrases = [i for i, q in enumerate(quotes) if q.speaker is None and q.rule.endswith("-state")]
    if not phrases:
        return quotes
    voiced = [(q, f" {_squashed(q.text)} ") for q in quotes if q.speaker]
    for i in phrases:
        phrase = _squashed(quotes[i].text)
        if len(phrase.split()) < 2:
            continue
        holders = {q.speaker_key or q.speaker: q for q, words in voiced
                   if f" {phrase} " in words and len(words) > 2 * len(phrase)}
        if len(holders) == 1:
            holder = next(iter(holders.values()))
            quotes[i] = replace(quotes[i], speaker=holder.speaker, speaker_key=holder.speaker_key,
                                rule=quotes[i].rule + "+voiced")
    return quotes


# A heading (the headline, a crosshead) has at most this many words.
HEADING_WORDS = 25


def _heading(ctx: _Context, pos: int) -> bool:
    """Whether the paragraph holding `pos` is shaped as a heading: one short line, one sentence, that closes
    on no stop (`Presiden X memuji 'Y' tentara Z`)."""
    order = ctx.paragraph_at(pos)
    if order < 0 or len(ctx.paragraphs[order][2]) != 1:
        return False
    block = ctx.paragraphs[order][1]
    line = ctx.text[block.start:block.end].rstrip(" " + MARKS + SINGLES)
    return "\n" not in line and line[-1:] not in ".!?:;" and len(line.split()) <= HEADING_WORDS


def _without_heading_copies(ctx: _Context, quotes: list[Quote], names: list[tuple[int, str]] = ()) -> list[Quote]:
    """The quotes without those of a heading whose words a quote of the body repeats: a headline or a
    crosshead quoting a phrase the story quotes again (`Presiden X memuji 'Y'` over `... memuji “Y” ...`)
    gives the same words once more, not a quote of its own; so does a heading setting in marks a name the
    body gives in marks (`names`: `Perjalanan ke 'X'` over `yang dijuluki “X”`)."""
    if not quotes or len(quotes) + len(names) < 2:
        return quotes
    heading = [_heading(ctx, q.span.start) for q in quotes]
    if not any(heading):
        return quotes
    # (the story repeats the heading's words after it: a text cut in mid-sentence ends on no stop either)
    body = [(q.span.start, _squashed(q.text)) for q, head in zip(quotes, heading) if not head]
    body += [(at, words) for at, words in names if not _heading(ctx, at)]
    return [q for q, head in zip(quotes, heading)
            if not head or not any(at > q.span.start and words == _squashed(q.text) for at, words in body)]


def _squashed(text: str) -> str:
    """The words of `text`, folded, one space apart (marks and punctuation left out)."""
    return " ".join(fold(m.group()) for m in _WORD.finditer(text))


# A name in quotation marks has at most this many words.
NAME_IN_MARKS_WORDS = 4

# A phrase giving a name ("dikenal dengan nama") is at most this many characters before the marks.
NAMING_LEAD_CHARS = 40

# A subhead in single marks has at most this many words.
SUBHEAD_IN_MARKS_WORDS = 6


def _subhead_in_marks(ctx: _Context, piece: _Piece) -> bool:
    """`‘Tonggak Sejarah Baru’` alone on its line: a subhead set in single marks, a few capitalised
    words with no stop, quotes no one (a line quoting someone is a sentence, not Title Case)."""
    if piece.family != "single" or piece.close_at is None or len(piece.parts) != 1:
        return False
    text = ctx.text
    line_start = text.rfind("\n", 0, piece.open_at) + 1
    line_end = text.find("\n", piece.close_at)
    line_end = len(text) if line_end < 0 else line_end
    if text[line_start:piece.open_at].strip() or text[piece.close_at + 1:line_end].strip():
        return False
    inner = piece.parts[0].of(text)
    words = [m.group() for m in _WORD.finditer(inner)]
    return (0 < len(words) <= SUBHEAD_IN_MARKS_WORDS and all(w[0].isupper() for w in words)
            and not any(c in inner for c in ".!?,;:"))


def _possessed(ctx: _Context, at: int) -> bool:
    """A possessive suffix glued by a hyphen right after a closing mark ends at `at` (`‘X’-nya`)."""
    text = ctx.text
    if not text.startswith("-", at):
        return False
    word = _WORD.match(text, at + 1)
    return word is not None and fold(word.group()) in ctx.words.agent_suffixes


def _name_in_marks(ctx: _Context, piece: _Piece) -> bool:
    """`jembatan rel “Jembatan Persahabatan”`: a few capitalised words in marks right after a common noun
    of the same head (within three lower-case words) name the thing, they quote no one; so do one to
    four capitalised words in marks followed by an apposition that says what they name (`“Jembatan
    Persahabatan”, sebuah jalur kereta api`) or after a phrase that gives the name (`dikenal dengan nama
    “Jembatan Persahabatan”`, `yang dijuluki “X”`: speech.yaml naming_leads)."""
    if len(piece.parts) != 1 or piece.close_at is None:
        return False
    inner = piece.parts[0]
    if any(m.span.start == inner.start and m.span.end == inner.end and m.kind == "organization"
           for m in ctx.mentions_in(inner.start, inner.end)):
        return True       # ("Siaran ‘Radio X’ melaporkan ...": the marks set off a body's name, no one's words)
    words = [m.group() for m in _WORD.finditer(ctx.text, piece.parts[0].start, piece.parts[0].end)]
    if not 0 < len(words) <= NAME_IN_MARKS_WORDS or not all(w[0].isupper() for w in words) \
            or any(c in piece.parts[0].of(ctx.text) for c in ".!?,;:"):
        return False
    if piece.close_at is not None and ctx.words.name_apposition.match(ctx.text, piece.close_at + 1):
        return True       # ("“Jembatan X”, sebuah jalur kereta ...": an apposition says what the name names)
    if piece.close_at is not None and _possessed(ctx, piece.close_at + 1):
        return True       # ("‘X’-nya Korea": a name taking a possessive suffix is a noun, no one's words)
    if ctx.words.naming_lead.search(ctx.text, max(0, piece.open_at - NAMING_LEAD_CHARS), piece.open_at):
        return True       # ("dikenal dengan nama “Jembatan X”": a phrase before the marks gives the name)
    if len(words) < 2:
        return False
    before = list(_WORD.finditer(ctx.text, max(0, piece.open_at - 60), piece.open_at))[-3:]
    if ctx.text[before[-1].end():piece.open_at].strip() if before else True:
        return False
    return any(m.group().islower() and fold(m.group()) == fold(words[0]) for m in before)


# A proper name set in marks (an event's, a medal's, a treaty's) has at most this many words.
TITLE_IN_MARKS_WORDS = 8


def _title_in_marks(ctx: _Context, piece: _Piece) -> bool:
    """`perayaan “Hari Kemenangan” pada ...`, `sebuah “Perjanjian Kemitraan X” ditandatangani`: two to
    eight words in marks, each capitalised or a number (or a lower-case word a name holds between its
    words, speech.yaml name_inner_words), with no sentence punctuation, set in a sentence of the body,
    name a thing (an event, an honour, a treaty, a policy); they quote no one. Quoted speech opens on
    a capital but goes on in lower case; a heading (Title Case throughout) is left to its own rules,
    and a comma right after the marks may lead to a cue (`“Selamat Datang”, kata X`)."""
    if len(piece.parts) != 1 or piece.close_at is None:
        return False
    text, inner = ctx.text, piece.parts[0]
    if text.startswith(",", piece.close_at + 1) or any(c in text[inner.start:inner.end] for c in ".!?,;:"):
        return False
    words = [m.group() for m in _WORD.finditer(text, inner.start, inner.end)]
    if not 2 <= len(words) <= TITLE_IN_MARKS_WORDS or not _capital(words[0]) or not _capital(words[-1]):
        return False
    if not all(_capital(w) or fold(w) in ctx.words.name_inner_words for w in words):
        return False
    return not _heading(ctx, piece.open_at) and not _voiced_before(ctx, piece.open_at)


# A verb that speaks the words in marks stands at most this many words before them ("menyebut rencana itu").
VOICING_WORDS = 4


def _voiced_before(ctx: _Context, at: int) -> bool:
    """A speech, characterising or writing verb among the few words right before `at` in its clause
    (`menyebut kunjungan itu “X Y”`, `mengumumkan visi “X Y”`, `spanduk bertuliskan “X Y”`): the
    capitalised words are what the subject said or wrote, a phrase of its own."""
    words = ctx.words
    clause = max(ctx.text.rfind(c, 0, at) for c in ".!?;\n") + 1
    before = list(_WORD.finditer(ctx.text, max(clause, at - 80), at))[-VOICING_WORDS:]
    return any(fold(m.group()) in words.speech_verbs or fold(m.group()) in words.characterising
               or fold(m.group()) in words.written for m in before)


def _capital(word: str) -> bool:
    return word[0].isupper() or word[0].isdigit()


def _named_after(ctx: _Context, piece: _Piece, nouns: frozenset[str]) -> bool:
    """`roket baru “Xrun-2”`: one to four capitalised words in marks within two lower-case words after one of
    `nouns` (speech.yaml thing_names, work_nouns) name that thing; they quote no one. A name coordinated with
    such a name (`balet “X” dan “Y”`) names a thing of the same kind."""
    if len(piece.parts) != 1 or not _capitalised_name(piece.parts[0].of(ctx.text)):
        return False
    return _noun_before(ctx, piece.open_at, nouns, 2)


def _capitalised_name(inner: str) -> bool:
    """One to four words, each capitalised or a number, and no sentence punctuation."""
    words = [m.group() for m in _WORD.finditer(inner)]
    return 0 < len(words) <= NAME_IN_MARKS_WORDS and all(w[0].isupper() or w[0].isdigit() for w in words) \
        and not any(c in inner for c in ".!?,;:")


def _noun_before(ctx: _Context, at: int, nouns: frozenset[str], hops: int) -> bool:
    """One of `nouns` within three lower-case words before `at`; or, right before `at`, a coordinator after
    a name in marks that has one before it (at most `hops` names back)."""
    text = ctx.text
    after = at
    for m in reversed(list(_WORD.finditer(text, max(0, at - 60), at))[-3:]):
        if text[m.end():after].strip() or not m.group().islower():
            return False
        folded = fold(m.group())
        if folded in nouns:
            return True
        if after == at and folded in ctx.words.coordinators and hops > 0:
            closer = text[:m.start()].rstrip()
            opener = max(closer.rfind(c, max(0, len(closer) - 80), len(closer) - 1) for c in MARKS + SINGLE_OPEN) \
                if closer and closer[-1] in MARKS + SINGLE_CLOSE else -1
            return opener >= 0 and _capitalised_name(closer[opener + 1:-1]) and _noun_before(ctx, opener, nouns, hops - 1)
        after = m.start()
    return False
