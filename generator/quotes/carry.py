"""A voice carried on: a quote right after a quote and its cue goes on in that voice, as does a
suffixed cue or a pronoun after a body's quote; a paragraph opening on a quote; a quote paragraph after a
paragraph that closes on what a person said; words in marks right after a person's indirect speech
(`_reported_speech_goes_on`)."""
from __future__ import annotations

from ..document import first_of, first_word
from ..lexicon import fold
from ..model import Quote, Sentence, Span
from typing import TYPE_CHECKING
from .common import (_Attribution, CARRY_PARAGRAPHS, _continued, key_missing, _speaking_body, _speaks,
                     WHO_MAX, _WORD)
from .cue_shapes import _after_cue, _after_subject, _lost_cue
from .cues_before import _cue_before
from .marks import _mark_start, MARKS, SINGLES
from .speakers import _speaking_before

if TYPE_CHECKING:
    from .common import _Found, _Who
    from .context import _Context
    from .marks import _Piece


def _goes_on_after_cue(ctx: _Context, piece: _Piece, previous: Quote | None) -> bool:
    """3b. `previous` (a quote with a speaker and its cue after it, in the paragraph of `piece`) goes on
    in `piece`, a quote opening a sentence: when no other person is named between them, or when the
    cue's sentence is the one right before `piece` and names other persons only in the cue's clause
    (`“...,” kata X kepada anggota parlemen Y. “...”`: whom X spoke to or of, as 4b)."""
    if not (previous is not None and previous.speaker and previous.cue is not None
            and ctx.paragraph_at(previous.span.start) == piece.paragraph
            and previous.span.end < previous.cue.start < piece.open_at):
        return False

    def others(end: int) -> bool:
        return any(m.kind == "person" and m.key != previous.speaker_key
                   for m in ctx.mentions_in(previous.span.end, end))

    if piece.open_at - previous.span.end <= WHO_MAX and not others(piece.open_at):
        return True
    cue_sentence = ctx.sentence_at(previous.cue.start)
    return (cue_sentence is not None and previous.span.start >= cue_sentence.span.start
            and not ctx.text[cue_sentence.span.end:_mark_start(ctx.text, piece)].strip()
            and not others(previous.cue.end))


def _body_goes_on(ctx: _Context, found: _Attribution, piece: _Piece, previous: Quote | None) -> _Attribution | None:
    """`“...,” kata Kementerian X. “...,” tambahnya.`: a suffixed cue right after a body's quote (this
    paragraph or the one before, no person named between) is the body's; the trail of the passage
    holds only persons."""
    if (found.cue is None or fold(ctx.text[found.cue.start:found.cue.end]) not in ctx.words.suffixed
            or previous is None or not previous.speaker_key or key_missing(ctx.actors, previous.speaker_key)
            or ctx.actors[previous.speaker_key].kind != "organization"
            or piece.paragraph - ctx.paragraph_at(previous.span.start) > 1
            or any(m.kind == "person" for m in ctx.mentions_in(previous.span.end, piece.open_at))):
        return None
    who = ctx.of_key(previous.speaker_key, "continued")
    return _Attribution(who, found.cue, found.how, found.tail) if who is not None else None


def _voice_carried(ctx: _Context, found: _Attribution, piece: _Piece, previous: Quote | None) -> _Attribution | None:
    """`“...,” kata X. <a paragraph or two naming no person> “...,” ujarnya`: a suffixed cue the passage
    resolves to no one, the quote before it attributed, goes on in that quote's voice (a person or
    a body), up to CARRY_PARAGRAPHS on when no person is named between."""
    if (found.who is not None or found.cue is None
            or fold(ctx.text[found.cue.start:found.cue.end]) not in ctx.words.suffixed
            or previous is None or not previous.speaker_key or key_missing(ctx.actors, previous.speaker_key)
            or piece.paragraph - ctx.paragraph_at(previous.span.start) > CARRY_PARAGRAPHS
            or any(m.kind == "person" and m.key != previous.speaker_key
                   for m in ctx.mentions_in(previous.span.end, piece.open_at))):
        return None
    latest = ctx.latest(piece.open_at)
    if latest is not None and latest[0] > previous.span.end and latest[1] != previous.speaker_key:
        return None      # ("Para pejabat menolak berkomentar. “...,” katanya": someone else since, unnamed)
    who = ctx.of_key(previous.speaker_key, "continued")
    return _Attribution(who, found.cue, found.how + "+carried", found.tail) if who is not None else None


def _they_go_on(ctx: _Context, piece: _Piece, voiced: Quote | None, sentence: Sentence | None) -> _Attribution | None:
    """`“...,” kata Kedutaan X. ... Mereka mendesak ... “...”`: a sentence opening on a plural pronoun
    after a body's quote (this paragraph or the two before, no person named after it) goes
    on in the body's voice; after a person's quote, or with a person or an unnamed group (`para
    pekerja`, `sejumlah warga`) named between, it does not. Also `_saying_on`."""
    saying = _saying_on(ctx, piece, voiced, sentence)
    if saying is not None:
        return saying
    if (sentence is None or voiced is None or key_missing(ctx.actors, voiced.speaker_key)
            or ctx.actors[voiced.speaker_key].kind != "organization"
            or piece.paragraph - ctx.paragraph_at(voiced.span.start) > 2):
        return None
    first = first_word(ctx.text, sentence.span.start, piece.open_at)
    if first is None or fold(first.group()) not in ctx.words.plural_pronouns:
        return None
    if any(m.kind == "person" for m in ctx.mentions_in(voiced.span.end, piece.open_at)):
        return None
    if any(fold(m.group()) in ctx.words.anonymous for m in _WORD.finditer(ctx.text, voiced.span.end, first.start())):
        return None       # ("Para pekerja ... . Mereka meneriakkan “...”": the group named since)
    return _continued(ctx, voiced)


def _saying_on(ctx: _Context, piece: _Piece, voiced: Quote | None, sentence: Sentence | None) -> _Attribution | None:
    """`Dia memuji “A” tentara X, mengatakan mereka “B”`: a clause after a comma that opens on a speech
    verb (no subject of its own) in the sentence of a quote with a speaker goes on in that voice;
    not when someone is named after that comma (`..., mengatakan Y “...”` is read as before)."""
    if (sentence is None or voiced is None or not voiced.speaker_key or key_missing(ctx.actors, voiced.speaker_key)
            or not sentence.span.start <= voiced.span.start or voiced.span.end >= piece.open_at):
        return None
    comma = ctx.text.rfind(",", voiced.span.end, piece.open_at)
    verb = first_word(ctx.text, comma + 1, piece.open_at) if comma >= 0 else None
    if verb is None or not verb.group()[0].islower() or fold(verb.group()) not in ctx.words.speech_verbs:
        return None
    if any(m.kind in ("person", "organization") for m in ctx.mentions_in(comma, piece.open_at)):
        return None
    return _continued(ctx, voiced)


def _joined_phrase(ctx: _Context, previous: Quote, piece: _Piece, sentence: Sentence) -> bool:
    """2c. `“A” atau “B”`: the quote before closes in the same sentence and only a joining word stands
    between: the phrase is said alike (by nobody too: `yang dapat diartikan “A” atau “B”`)."""
    if not (sentence.span.start <= previous.span.start and previous.span.end < piece.open_at):
        return False
    between = ctx.text[previous.span.end:piece.open_at]
    words = [fold(m.group()) for m in _WORD.finditer(between)]
    return (len(words) == 1 and words[0] in ctx.words.phrase_joiners
            and not between.replace(_WORD.search(between).group(), "").strip(" ,\t" + MARKS + SINGLES))


def _paragraph_opening(ctx: _Context, piece: _Piece, previous: Quote | None, block: Span,
                       pos: int) -> _Attribution | None:
    """A quote that opens its paragraph: introduced by the previous paragraph's colon, or going on
    from the quote (and its cue) that closed the previous paragraph; None otherwise."""
    text = ctx.text
    order = piece.paragraph
    if len(piece.parts) > 1 and piece.form == "paragraphs":
        # a quote run over paragraphs opens in its first paragraph (piece.paragraph is where it ends)
        order = ctx.paragraph_at(piece.open_at)
        block = ctx.paragraphs[order][1]
    if _mark_start(text, piece) == block.start and order > 0:
        prev_para = ctx.paragraphs[order - 1][1]
        if text[prev_para.end - 1] == ":":
            last_sentence = ctx.sentence_at(prev_para.end - 1)
            start = last_sentence.span.start if last_sentence else prev_para.start
            found = _cue_before(ctx, start, prev_para.end, pos)
            if found:
                return _Attribution(found.who, found.cue, "colon-paragraph")
        if previous is not None and previous.speaker and previous.span.end >= prev_para.end - 3:
            return _continued(ctx, previous)
        if (previous is not None and previous.speaker and previous.cue is not None
                and prev_para.start <= previous.span.start and previous.span.end < previous.cue.start < prev_para.end
                and ctx.sentence_at(previous.cue.start) is ctx.sentence_at(prev_para.end - 1)
                and (piece.close_at is None or not text[piece.close_at + 1:block.end].strip(" .,;!?"))
                and not any(m.kind == "person" and m.key != previous.speaker_key
                            for m in ctx.mentions_in(previous.span.end, _speaker_named(ctx, previous, prev_para.end)))):
            # 4b. A paragraph that is only a quote, after a paragraph closing on a quote and its cue
            #     (`“...,” ujar X, profesor di Y.\n\n“...”`): X goes on. A person the cue's clause names
            #     after X (`kata X kepada wartawan setelah bertemu Y.`) is whom X spoke of or to.
            return _continued(ctx, previous)
    return None


def _speaker_named(ctx: _Context, quote: Quote, end: int) -> int:
    """Where the quote's speaker is named after its cue (the end of that mention), else `end`."""
    after = quote.cue.start if quote.cue is not None else quote.span.end
    return next((m.span.end for m in ctx.mentions_in(after, end) if m.key == quote.speaker_key), end)


def _speaker_of_previous_paragraph(ctx: _Context, piece: _Piece) -> _Attribution | None:
    """A quote making up its paragraph after a paragraph whose last sentence is what a person (or a body
    speaking for itself) said (`X menilai
    ... .`), or making up its sentence after such a sentence of its own paragraph: theirs."""
    text = ctx.text
    order = ctx.paragraph_at(piece.open_at)
    if order < 0:
        return None
    block = ctx.paragraphs[piece.paragraph][1]
    if _mark_start(text, piece) == ctx.paragraphs[order][1].start:
        if order == 0 or piece.close_at is not None and text[piece.close_at + 1:block.end].strip(" .,;!?"):
            return None
        prev_para = ctx.paragraphs[order - 1][1]
        last = ctx.sentence_at(prev_para.end - 1)
        if text[prev_para.end - 1] == ":":
            return None
    else:
        # "X mengatakan ... . “...”" within one paragraph: the quote opens its sentence.
        here = ctx.sentence_index(piece.open_at)
        if here is None or here == 0 or ctx.sentences[here].span.start != _mark_start(text, piece):
            return None
        last = ctx.sentences[here - 1]
        if last.span.end <= ctx.paragraphs[order][1].start:
            return None
    if last is None or not _phrases_only(text, last.span.start, last.span.end):
        return None
    source = _according_source(ctx, last)
    if source is not None:
        how = "previous-according"
        return _Attribution(ctx.of_key(source.key, how), None, how)
    if not _speaks(ctx, last.span.start, last.span.end) and not _sends_message(ctx, last):
        if _mark_start(text, piece) != ctx.paragraphs[order][1].start:
            return None
        who = _speaker_going_on(ctx, last)
        return _Attribution(ctx.of_key(who.key, "previous-speaker"), None, "previous-speaker") if who else None
    # ("..., kata X." closing that sentence: X, whoever its subject)
    cue = (_lost_cue(ctx, last.span.start, last.span.end) or _parenthetical_cue(ctx, last)
           or _trailing_subject_cue(ctx, last))
    who = ctx.who(cue.start("who"), cue.end("who"), last.span.start) if cue is not None and cue.named else None
    if who is None and cue is not None and cue.named:
        return None       # ("X ..., kata analis, akan ...": the sentence is what an unnamed analyst said)
    if who is None:
        who = ctx.subject(last.span.start, last.span.end)
    if who is None or not who.key or not (who.person or _speaking_body(ctx, who)):
        return None
    how = "previous-paragraph" if _mark_start(text, piece) == ctx.paragraphs[order][1].start else "previous-sentence"
    return _Attribution(ctx.of_key(who.key, how), None, how)


def _trailing_subject_cue(ctx: _Context, sentence: Sentence) -> _Found | None:
    """`Rusia siap ..., Menteri X mengatakan pada Selasa.`: the lead of a report, its speaker named after
    its last comma as the subject of a speech verb (the `speech_subjects_after` shapes, as after a
    closing mark): who said what the sentence reports (and the quote paragraphs after it)."""
    comma = ctx.text.rfind(",", sentence.span.start, sentence.span.end)
    return _after_subject(ctx, comma, sentence.span.end) if comma >= 0 else None


def _according_source(ctx: _Context, sentence: Sentence):
    """`Menurut X, ... .`: the person (or body speaking for itself) the sentence reports, or None."""
    found = ctx.words.according_lead.match(ctx.text, sentence.span.start, sentence.span.end)
    if found is None:
        return None
    who = ctx.who(found.start("who"), found.end("who"), sentence.span.start)
    return who if who is not None and who.key and (who.person or _speaking_body(ctx, who)) else None


def _speaker_going_on(ctx: _Context, last: Sentence) -> _Who | None:
    """6c. `Menurut X, ... . X juga mendesak ... .` then a paragraph that is only a quote: the last sentence
    says no words, but its subject, a person, spoke earlier in its paragraph (the subject of a speech verb
    or of `Menurut X,`) and it names no one else: the quote goes on in X's voice."""
    who = ctx.subject(last.span.start, last.span.end)
    if who is None or not who.key or not who.person:
        return None
    if any(m.kind == "person" and m.key != who.key for m in ctx.mentions_in(last.span.start, last.span.end)):
        return None
    block = ctx.paragraphs[ctx.paragraph_at(last.span.start)][1]
    for sentence in ctx.sentences[:ctx.sentence_index(last.span.start) or 0]:
        if sentence.span.start < block.start:
            continue
        subject = ctx.subject(sentence.span.start, sentence.span.end)
        if subject is not None and subject.key == who.key and (
                _speaks(ctx, sentence.span.start, sentence.span.end) or ctx.words.according_lead.match(ctx.text, sentence.span.start, sentence.span.end)):
            return who
    return None


def _parenthetical_cue(ctx: _Context, sentence: Sentence) -> _Found | None:
    """`Aliansi itu, kata analis, akan ...`: a cue and its speaker set off by commas inside the sentence."""
    text, end = ctx.text, sentence.span.end
    comma = text.find(",", sentence.span.start, end)
    while comma >= 0:
        found = _after_cue(ctx, comma + 1, end)
        if found is not None and found.named and text[found.end("who"):found.end("who") + 1] == ",":
            return found
        comma = text.find(",", comma + 1, end)
    return None


# A quoted phrase inside a sentence of indirect speech is at most this many words (`X mengatakan ...
# dianggap sebagai “ancaman terbuka”.`): the sentence still says what X said, in X's words.
PHRASE_WORDS = 6


def _phrases_only(text: str, start: int, end: int) -> bool:
    """[start, end) holds no quotation mark, or only pairs of marks around short phrases (PHRASE_WORDS
    words at most) after its opening words: a sentence that is not itself a quote."""
    at, opened = start, None
    while (mark := first_of(MARKS, text, at, end)) is not None:
        if opened is None:
            if not text[start:mark].strip():
                return False      # the sentence opens on a quote
            opened = mark
        else:
            if len(text[opened + 1:mark].split()) > PHRASE_WORDS:
                return False
            opened = None
        at = mark + 1
    return opened is None


def _sends_message(ctx: _Context, sentence: Sentence) -> bool:
    """The sentence sends a message (`X mengirim surat ucapan terima kasih kepada Y`): a verb of sending, a
    noun of a message at most a word after it."""
    words = [fold(m.group()) for m in _WORD.finditer(ctx.text, sentence.span.start, sentence.span.end)]
    return any(w in ctx.words.message_verbs and any(n in ctx.words.message_nouns for n in words[i + 1:i + 3])
               for i, w in enumerate(words))


def _reported_speech_goes_on(ctx: _Context, piece: _Piece) -> _Who | None:
    """`X mengakui bahwa ... . Namun, hubungan itu “sangat sah.”`: words in marks that no cue of their own
    sentence gives a speaker, in a sentence naming no person or body before them, right after a sentence of
    the same paragraph in which a person speaks with no marks (indirect speech): the report goes on, so
    the words are that person's."""
    here = ctx.sentence_index(piece.open_at)
    if not here or piece.close_at is None:
        return None
    sentence, before = ctx.sentences[here], ctx.sentences[here - 1]
    if ctx.paragraph_at(before.span.start) != ctx.paragraph_at(sentence.span.start) \
            or first_of(MARKS, ctx.text, before.span.start, before.span.end) is not None \
            or any(m.kind in ("person", "organization") for m in ctx.mentions_in(sentence.span.start, piece.open_at)):
        return None
    who = _speaking_before(ctx, before.span.start, before.span.end)
    return who if who is not None and who.person else None
