"""Quotations with their speakers, and indirect speech as an actor's statements.

Direct quotes are found from the quotation marks of each body paragraph (curly, straight,
guillemets), joined when a quote runs on into the next paragraph or is split by its cue, and
from direct speech that lost its marks but closes with a cue. The speaker comes from the cue
around the quote (`speech.yaml`), resolved against the actors of the article; a pronoun or a
suffixed cue points at the person the passage is about (the latest person subject or speaker).
A news agency after a passage about a person only relays: it becomes the `channel`.
A lower-case reference (`pihak kedutaan`) speaks for the body it names; an abbreviated head is
written out (`speech.yaml` body_expansions); an unnamed speaker (`seorang diplomat`) is nobody, and
pronouns after it point at nobody; who a quote is spoken to (`saat dihubungi X`) never speaks; a quote
without a cue takes its speaker from a recap sentence after it (`Hal itu disampaikan X`), or from the
paragraph before when that paragraph closes on what a person said. A sentence's subject stands after an
opening adverbial phrase and its commas (`Dalam pernyataan itu, X menulis:`), after a coordinator
(`Namun ia`), and is the name apposed before the verb rather than a person inside the role phrase; an
anaphoric statement (`Pernyataan itu`, `bunyi pernyataan tersebut`) speaks for who issued the statement
named before (nobody for a joint one); an agency as the subject speaks itself unless it reports a person.

Real news (issue 16) adds: single marks quote a phrase ('...', ‘...’), apostrophes do not; a quote
is cut at QUOTE_MAX and markup (tags, attribute values) is never one; a quoted phrase belongs to the
person right before the last speech verb of its sentence, and one in a subordinate clause of a
sentence that speaks not to that clause's subject (nobody when unnamed or a place); an agency or a
media phrase quoting someone (`mengutip X`) gives X's words, and an agency's words naming the
passage's person in the third person are its own; a capital gives way to a person or body the
sentence names; a relative named in passing (`ayah Kim, Kim Jong Il`) takes no bare surname.
Unseen real pages add: a report named by anaphor with no statement before it (`Laporan tersebut`) is
what the latest subject of a speech verb said; `pihak berwenang` is the body named last; a suffixed
cue after a body's quote is the body's; `“...,” tulis <agency>` closing a sentence about no person is
the agency's own words; a name in marks after a noun of the same head (`jembatan “Jembatan X”`) is no
quote; a country subject in a passage about its own official gives the official's words; an unmarked
third-person `..., kata X` paraphrases X when X is quoted with marks elsewhere.
Blind set 5 adds: a description pointing back after a cue (`kata manajer berusia 33 tahun itu`, `kata
pejabat militer X itu`, `ujar pria yang ... tersebut`) names the person it fits (the passage's person or one
acting for the country it names; the posts it states must be theirs) and gives them the role the text gave
none; a person named right after the closing mark speaks (`“...,” Name, <apposition>, mengatakan`, `“...,”
Name <word>`, `“...,” demikian Name`), as does an agency reporting there (`“...,” Yonhap melaporkan`) and a
passive cue before the mark (`Seperti dikatakan X, “`); the same voice goes on in a quote right after a
quote, and a quote (closed or cut by the end of the text) after a sentence saying what a person said is
theirs; a state or a capital as the subject of a quoted phrase with no cue speaks no words.

Read sets 1-20 add: two single marks typed for one double mark (‘‘...’’, “...’’) quote as one; a curly closing mark after the words' punctuation with no quote open closes words
whose opening mark was lost (from the paragraph's start, or from the end of the quote before it in the
paragraph), and goes on a quote the paragraph before left unclosed.
Read set 28 adds: a cue before a two-character opening mark (`kata X, ``...''`) is read up to the mark;
a coordinator set off by its comma (`Namun, pada saat itu, ia ...`) and a one-word relative opening (`Yang
menarik, X ...`) open a clause as a connective does: the subject stands after them; a paragraph that is
only a quote after a paragraph whose last sentence's subject spoke earlier in it (`Menurut X, ... . X juga
<verb> ... .`) and names no one else is X's; a name in marks taking a possessive suffix (`‘X’-nya`) is a noun.

Every Quote and Statement carries `rule` = "<form>/<attribution>", naming what fired.
No Indonesian word lives here: cue words, pronouns and channels come from `speech.yaml`.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from ..lexicon import Lexicon, fold
from ..model import Actor, Article, Quote, Sentence, Span, Statement
from .. import salience
from ..document import Document
from .attribute import _attribute
from .common import key_missing, REPEAT_WORDS, SPEECH_SHAPES, _Who, _WORD
from .context import _Context
from .cue_shapes import phrase_end
from .descriptions import _role_by
from .marks import _lost_marks, MARKS, _merge_split, _pieces, QUOTE_MAX, SINGLE_CLOSE, SINGLE_OPEN, SINGLES
from .settle import _settle
from .trail import _Trail
from .words import _words_of

if TYPE_CHECKING:
    from .marks import _Piece


@dataclass
class Speech:
    """The quote pass of one article, run once and shared: its quotes, and the context whose
    document whose salience layer (who the passage is about) the quote speakers have joined, for the
    statements."""

    quotes: tuple[Quote, ...]
    ctx: _Context | None
    quoted: tuple[Span, ...]                  # every marked stretch, marks included
    statements: tuple[Statement, ...] | None = None
    # Roles the quotes' descriptions state of speakers the text gives none: key -> the role's span.
    roles: dict[str, Span] = field(default_factory=dict)


def with_described_roles(actors: tuple[Actor, ...], speech: Speech | None, text: str) -> tuple[Actor, ...]:
    """The actors, each without a role stated before it taking the one a description of it after a
    quote's cue states (`“...,” kata manajer pemasaran berusia 30 tahun itu`: manajer pemasaran)."""
    if speech is None or not speech.roles:
        return actors
    return tuple(replace(a, role=speech.roles[a.key].of(text), role_span=speech.roles[a.key], role_stated=None)
                 if a.key in speech.roles and not _role_by(a, speech.roles[a.key].start) else a for a in actors)


def read_speech(article: Article, sentences: tuple[Sentence, ...], actors: tuple[Actor, ...],
                lex: Lexicon, doc: Document | None = None) -> Speech:
    """The quote pass: find_quotes and find_statements read its result. It lays the document's
    salience layer (whom the passage is about; a new document when none is given)."""
    if not sentences:
        return Speech((), None, ())
    ctx = _Context(article, sentences, actors, lex, doc)
    pieces = _pieces(ctx)
    quoted = tuple(Span(p.open_at, (p.close_at if p.close_at is not None else p.parts[-1].end) + 1) for p in pieces)
    ctx.quoted_starts = [q.start for q in quoted]
    ctx.quoted_ends = [q.end for q in quoted]
    found = _quotes_in(ctx, pieces)
    return Speech(found, ctx, quoted, roles=dict(ctx.described_roles))


def find_quotes(article: Article, sentences: tuple[Sentence, ...], actors: tuple[Actor, ...],
                lex: Lexicon) -> tuple[Quote, ...]:
    """Every direct quote of the body, captions and headline, with its speaker where the text says."""
    return read_speech(article, sentences, actors, lex).quotes


def _by_paragraph(ctx: _Context, parts: tuple[Span, ...]) -> list[tuple[Span, ...]]:
    """The parts of a quote grouped by the paragraph they stand in, in order."""
    groups: list[list[Span]] = []
    last_block = None
    for part in parts:
        # (paragraphs are apart and in order: the only one that may hold the part starts last before it)
        order = bisect_right(ctx._paragraph_starts, part.start) - 1
        block = ctx.paragraphs[order][1] if order >= 0 and part.start < ctx.paragraphs[order][1].end else None
        if groups and block == last_block:
            groups[-1].append(part)
        else:
            groups.append([part])
        last_block = block
    return [tuple(g) for g in groups]


def _quotes_in(ctx: _Context, pieces: list[_Piece]) -> tuple[Quote, ...]:
    text = ctx.text
    quotes: list[Quote] = []
    marked_sentences: set[int] = set()
    names: list[tuple[int, str]] = []     # (where, words) of the names in marks, which quote no one
    for piece in _merge_split(ctx, pieces):
        first, last = piece.parts[0], piece.parts[-1]
        if _name_in_marks(ctx, piece):
            names.append((first.start, _squashed(first.of(text))))
            continue
        if _title_in_marks(ctx, piece):
            names.append((first.start, _squashed(first.of(text))))
            continue
        if _named_after(ctx, piece, ctx.words.work_nouns):
            continue      # ("balet “X”": a work's title, no one's words)
        if _subhead_in_marks(ctx, piece):
            continue
        span = Span(first.start, last.end)
        previous = quotes[-1] if quotes else None
        voiced = next((q for q in reversed(quotes) if q.speaker_key), None)
        attribution = _attribute(ctx, piece, previous, voiced)
        sentence = ctx.sentence_at(piece.open_at)
        who, channel, how = _settle(ctx, attribution, first.start,
                                    ctx.sentence_at(piece.close_at) if piece.close_at else sentence,
                                    sentence.span.start if sentence else first.start,
                                    Span(piece.open_at, piece.close_at if piece.close_at is not None else last.end))
        if _named_after(ctx, piece, ctx.words.thing_names):
            who, channel, how = None, None, "thing-name"
        if how == "none" and _scare_word(ctx, piece):
            # (`harus “disaring” dulu`: one lower-case word no one is read to say is the writer's stress)
            marked_sentences.update(ctx.sentences_overlapping(Span(piece.open_at, piece.close_at + 1)))
            continue
        ctx.remember(span.end, who if who is not None else attribution.who)
        form = piece.form if piece.form != "marks" else piece.family
        if piece.form == "lost-opener" and who is not None and quotes and quotes[-1].speaker is None \
                and not text[quotes[-1].span.end:first.start].strip(MARKS + SINGLES + " ,"):
            # `“A,” B,” ujar X`: the words right before, closed where B lost its opening mark, are X's too
            quotes[-1] = replace(quotes[-1], speaker=who.name, speaker_key=who.key,
                                 rule=quotes[-1].rule.split("/")[0] + "/lost-opener-after")
        # A quote run over paragraphs is attributed as one, but each paragraph's quoted words are
        # a quote of their own: FORMATS.md's text is "the words inside the quotation marks", and a
        # paragraph opens new marks. A quote split by its cue inside one paragraph stays one quote.
        for parts in _by_paragraph(ctx, piece.parts):
            body = parts[0].of(text) if len(parts) == 1 else " ".join(p.of(text) for p in parts)
            quotes.append(Quote(span=Span(parts[0].start, parts[-1].end), text=body,
                                speaker=who.name if who else None, speaker_key=who.key if who else None,
                                cue=attribution.cue, rule=f"{form}/{how}", channel=channel,
                                parts=parts if len(parts) > 1 else ()))
        quoted = Span(piece.open_at, (piece.close_at or last.end) + 1)
        marked_sentences.update(i for i in ctx.sentences_overlapping(quoted)
                                if ctx.sentences[i].span.overlaps(quoted))
    quotes.extend(_lost_marks(ctx, marked_sentences, {q.speaker_key for q in quotes if q.speaker_key}))
    quotes = _state_phrases_voiced(quotes)
    return tuple(_without_repeats(sorted(_without_heading_copies(ctx, quotes, names),
                                         key=lambda q: (q.span.start, q.span.end))))


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


# ---------------------------------------------------------------------------------------------
# Indirect speech


def find_statements(article: Article, sentences: tuple[Sentence, ...], actors: tuple[Actor, ...],
                    lex: Lexicon, speech: Speech | None = None) -> tuple[Statement, ...]:
    """Indirect speech (`Kim menegaskan bahwa ...`): speaker, cue verb and the reported clause.

    Read after the quotes of `speech` (the quote pass is run when none is given): quote speakers
    are on the document's salience layer (who the passage is about). Read once per speech, which keeps
    the result.
    """
    speech = speech or read_speech(article, sentences, actors, lex)
    if speech.statements is None:
        speech.statements = _statements_in(speech)
    return speech.statements


def _statements_in(speech: Speech) -> tuple[Statement, ...]:
    ctx = speech.ctx
    if ctx is None:
        return ()
    text = ctx.text
    words = ctx.words
    quoted = speech.quoted
    statements: list[Statement] = []
    for sentence in ctx.sentences:
        if sentence.caption:
            continue
        start, end = sentence.span.start, sentence.span.end
        found: list[Statement] = []
        for verb in words.indirect.finditer(text, start, end):
            if any(q.start <= verb.start() < q.end for q in quoted):
                continue
            link = words.complementiser.match(text, verb.end(), end)
            if link:
                clause_start = link.end()
                rule = "complementiser"
            elif fold(verb.group()) in words.bare_clause:
                clause_start = verb.end()
                while clause_start < end and (text[clause_start].isspace() or text[clause_start] == ","):
                    clause_start += 1
                rule = "bare"
            else:
                continue
            if clause_start >= end or text[clause_start] in MARKS + ":" or text[clause_start - 1] == ":":
                continue      # direct speech follows: that is a quote, not a statement
            next_word = _WORD.match(text, clause_start, end)
            if rule == "bare" and (next_word is None or fold(next_word.group()) in words.breakers):
                continue
            clause_end = end
            while clause_end > clause_start and text[clause_end - 1] in ". \n":
                clause_end -= 1
            if clause_end - clause_start < 8:
                continue
            who, how = _statement_speaker(ctx, start, verb.start())
            earlier = next((st for st in reversed(found) if st.span.start <= verb.start() < st.span.end), None)
            if earlier is not None:
                # "X mengatakan ..., dan menambahkan bahwa ...": the earlier clause ends at the comma,
                # and a verb with no subject of its own shares the earlier speaker.
                comma = text.rfind(",", earlier.span.start, verb.start())
                cut = comma if comma > earlier.span.start else verb.start()
                found[found.index(earlier)] = _replace_span(text, earlier, cut)
                if how == "sentence":
                    who = _Who(earlier.speaker, earlier.speaker_key, False, "shared") if earlier.speaker else None
                    how = "shared"
            if who is not None and not who.name:
                who = None
            ctx.remember(verb.start(), who, salience.REPORTED)
            found.append(Statement(
                span=Span(clause_start, clause_end), text=text[clause_start:clause_end],
                speaker=who.name if who else None, speaker_key=who.key if who else None,
                verb=verb.group(), cue=Span(verb.start(), verb.end()),
                rule=f"{rule}:{verb.group().lower()}/{how if who else 'none'}"))
        statements.extend(found)
    return tuple(sorted(statements, key=lambda s: (s.span.start, s.cue.start)))


def _replace_span(text: str, statement: Statement, end: int) -> Statement:
    while end > statement.span.start and text[end - 1] in " ,\n":
        end -= 1
    span = Span(statement.span.start, end)
    return Statement(span=span, text=span.of(text), speaker=statement.speaker, speaker_key=statement.speaker_key,
                     verb=statement.verb, cue=statement.cue, rule=statement.rule)


def _statement_speaker(ctx: _Context, start: int, verb: int) -> tuple[_Who | None, str]:
    """The subject of an indirect verb: the clause just before it, else the sentence's subject.

    `Menurut ..., Kim menegaskan` → Kim (the last clause); `Lena Park, Wakil ..., menyatakan` and
    `Petrov menolak ..., menyatakan` have an empty last clause → the sentence's subject.
    """
    comma = ctx.text.rfind(",", start, verb)
    clause = comma + 1 if comma >= 0 else start
    lead = _WORD.search(ctx.text, clause, verb)
    if lead and fold(lead.group()) in ctx.words.anonymous:
        return None, "anonymous"      # "Para pejabat Korea Selatan mengatakan": unnamed people
    if any(fold(w.group()) not in ctx.words.fillers for w in _WORD.finditer(ctx.text, clause, verb)):
        who = ctx.subject(clause, verb) or ctx.who(clause, verb, clause)
        if who is not None:
            return who, who.how
        if clause > start:
            return None, "none"
    who = ctx.subject(start, verb) or _nearest_person(ctx, start, verb)
    return who, "sentence"


def _nearest_person(ctx: _Context, start: int, end: int) -> _Who | None:
    """The last person mentioned before the verb in its clause (appositions put roles between)."""
    people = [m for m in ctx.mentions if start <= m.span.start < end and m.kind == "person"]
    return ctx.of_key(people[-1].key, "mention") if people else None
