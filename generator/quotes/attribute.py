"""`_attribute`: the speaker of one piece, from the cue after its closing mark, the cue before its
opening mark, the phrase in its sentence, the voice carried from the quote before, a recap sentence after,
the paragraph before, in that order (the numbered steps of its comments)."""
from __future__ import annotations

from ..document import first_of, first_word
from ..model import Quote, Sentence, Span
from typing import TYPE_CHECKING
from .carry import (_goes_on_after_cue, _joined_phrase, _paragraph_opening, _speaker_of_previous_paragraph,
                    _they_go_on)
from .common import _Attribution, _continued, _kind_of, _sentence_end, _WORD
from .cues_after import _after_close, _cue_after, _recap_after
from .cues_before import _cue_before
from .marks import _mark_start, MARKS
from .passage import _thing_subject
from .phrases import _phrase_in_sentence

if TYPE_CHECKING:
    from .context import _Context
    from .marks import _Piece


def _attribute(ctx: _Context, piece: _Piece, previous: Quote | None, voiced: Quote | None = None) -> _Attribution:
    text = ctx.text
    block = ctx.paragraphs[piece.paragraph][1]
    pos = piece.parts[0].start
    # 1. A cue after the closing mark (or inside a split quote, between its pieces).
    found = _after_close(ctx, piece, previous, block) if piece.close_at is not None else None
    if found:
        return found
    if len(piece.parts) > 1 and piece.form == "split":
        gap_start = piece.parts[0].end + 1
        found = _cue_after(ctx, gap_start, piece.parts[1].start, pos, True)
        if found:
            return found
    # 2. A cue before the opening mark, in the same sentence.
    sentence = ctx.sentence_at(piece.open_at)
    sentence_start = sentence.span.start if sentence else block.start
    if piece.close_at is not None and sentence is not None and _mark_start(text, piece) == sentence.span.start:
        # 1b. A quoted phrase opening a sentence that goes on in the writer's words and closes with
        #     a cue after its last comma (`“Sangat disayangkan” bahwa ..., kata X.`): X's words.
        comma = text.rfind(",", piece.close_at + 1, sentence.span.end)
        if comma > piece.close_at + 1:
            found = _cue_after(ctx, comma + 1, sentence.span.end, pos, True)
            if found and found.who is not None:
                return found
    if previous is not None and previous.span.end > sentence_start:
        sentence_start = previous.span.end + 1
    if (previous is not None and previous.speaker and ctx.paragraph_at(previous.span.start) == piece.paragraph
            and previous.span.end < piece.open_at and not _WORD.search(text, previous.span.end, piece.open_at)):
        # 2b. A quote right after a quote with a speaker, no word between (`X mengatakan: “...” “...”`):
        #     the same voice goes on.
        return _continued(ctx, previous)
    if previous is not None and sentence is not None and _joined_phrase(ctx, previous, piece, sentence):
        return _continued(ctx, previous) if previous.speaker else _Attribution(None, None, "joined")
    if _mark_start(text, piece) > sentence_start:
        found = _cue_before(ctx, sentence_start, _mark_start(text, piece), pos)
        if (found and found.who is not None and ctx.agency(found.who) and previous is not None
                and previous.speaker_key == found.who.key and sentence is not None
                and sentence.span.start <= previous.span.start):
            # "“...,” kata <agency>, menambahkan bahwa “...”": the agency gave the quote before in this
            # sentence in its own voice; it goes on in it (no relay of the passage's person).
            return _Attribution(ctx.of_key(found.who.key, "continued"), found.cue, found.how)
        if found:
            return found
        # 3. A quoted phrase inside a sentence: who speaks in the clause that holds it (the person
        #    right before the last speech verb: "... setelah Name mengatakan bahwa ... “...”"), else
        #    the sentence's subject; in a subordinate clause of a sentence where nobody speaks, the
        #    clause's own subject, and nobody when that is unnamed or a place ("saat massa meneriakkan").
        found = _they_go_on(ctx, piece, voiced, sentence) or _phrase_in_sentence(ctx, piece, sentence, sentence_start, pos, voiced)
        if piece.close_at is not None and sentence is not None:
            return _closing_speaker(ctx, piece, sentence, sentence_start, pos, found) or found
        return found
    # 3b. A quote opening a sentence right after a quote and its cue in the same paragraph
    #     (`“...,” kata Lee. “Kami ...”`) goes on in the same voice.
    if _goes_on_after_cue(ctx, piece, previous):
        return _continued(ctx, previous)
    # 4. A quote that opens its paragraph: introduced by the previous paragraph's colon, or going
    #    on from the quote that closed the previous paragraph.
    found = _paragraph_opening(ctx, piece, previous, block, pos)
    if found is not None:
        return found
    if piece.close_at is None:
        # 6b. A quote paragraph cut by the end of the text (no closing mark) after a paragraph closing on
        #     what a person said: as 6.
        return _speaker_of_previous_paragraph(ctx, piece) or _Attribution(None, None, "none")
    if not text[piece.close_at + 1:_sentence_end(ctx, piece.close_at)].strip(" .,;!?"):
        # 5. A quote standing alone, its speaker named by the next sentence ("Hal itu disampaikan X").
        found = _recap_after(ctx, piece, pos)
        if found:
            return found
        # 6. A paragraph that is only a quote, after a paragraph closing on what a person said
        #    ("X menilai ... .\n\n“...”"): the quote is that person's.
        found = _speaker_of_previous_paragraph(ctx, piece)
        if found:
            return found
    return _Attribution(None, None, "none")


def _closing_speaker(ctx: _Context, piece: _Piece, sentence: Sentence, sentence_start: int, pos: int,
                     found: _Attribution) -> _Attribution | None:
    """A quoted phrase inside a sentence whose clause names no speaker: the end of the sentence may."""
    text = ctx.text
    state = (found.how in ("subject", "clause") and _kind_of(ctx, found.who) in ("country", "place"))
    if found.how in ("none", "passive") or state:
        # 3c. Nobody speaks in the clause (`Mereka menggambarkan X sebagai “...” yang ..., kata
        #     kantor kepresidenan dalam pernyataan.`; a passive clause, `Kerja yang dilakukan X “...” antara
        #     ..., kata <person>.`, when a person closes it: an agency closing one reports a term, `X, yang
        #     kasusnya digolongkan “...”, ..., kata <agency>.`), or a state or capital that says no words of
        #     its own (`Militer Korsel mengambil langkah “taktis” ..., kata <body>.`): the cue closing the
        #     sentence names the speaker.
        comma = text.rfind(",", piece.close_at + 1, sentence.span.end)
        if comma > piece.close_at + 1:
            closing = _cue_after(ctx, comma + 1, sentence.span.end, pos, True)
            if closing and closing.who is not None and (found.how != "passive" or closing.who.person):
                return closing
    if found.how in ("none", "passive") or (found.how == "subject" and found.who is not None and found.who.how == "topic"
                                            and _thing_subject(ctx, sentence_start, piece.open_at)):
        # 3d. A sentence about no person (`Kota tersebut menjadi pasar “...” ..., seperti dilansir dari
        #     X.`), or about one who undergoes a passive with no agent named (`X digambarkan sebagai “...”
        #     ..., menurut Y.`), closing on the source it was taken from: the source's words.
        source = _closing_source(ctx, piece.close_at + 1, sentence.span.end, pos)
        return source if source is not None or found.how != "none" else _according_before(ctx, sentence, piece.open_at)
    return None


def _according_before(ctx: _Context, sentence: Sentence, open_at: int) -> _Attribution | None:
    """3f. `Menurut <body>, pertemuan itu berlangsung di X. Pertemuan berlangsung dalam suasana “...”`: a
    sentence naming no person before the mark, right after a sentence of its paragraph that opens on a
    body's account (no marks in it), goes on in that account; a person's (`Menurutnya, ...`) does not."""
    index = ctx.sentence_index(sentence.span.start)
    if not index:
        return None
    before = ctx.sentences[index - 1].span
    if (ctx.paragraph_at(before.start) != ctx.paragraph_at(sentence.span.start)
            or first_of(MARKS, ctx.text, before.start, before.end) is not None
            or any(m.kind == "person" for m in ctx.mentions_in(sentence.span.start, open_at))):
        return None
    lead = ctx.words.channel_start.match(ctx.text, before.start, before.end)
    according = ctx.words.according_lead.match(ctx.text, lead.start(), lead.end()) if lead else None
    if according is None or ctx.words.pronoun(according.group("who")):
        return None
    who = ctx.best_mention(according.start("who"), according.end("who"))
    if who is None or not who.key or _kind_of(ctx, who) != "organization":
        return None
    return _Attribution(ctx.of_key(who.key, "statement"), None, "according-before")   # (its own account: no relay)


def _closing_source(ctx: _Context, start: int, end: int, pos: int) -> _Attribution | None:
    """`..., seperti dilansir dari X.` closing the sentence [start, end) after its last comma: the source X
    (a person or body of the article), else None."""
    comma = ctx.text.rfind(",", start, end)
    opening = first_word(ctx.text, comma + 1, end) if comma >= 0 else None
    found = ctx.words.channel.match(ctx.text, opening.start(), end) if opening is not None else None
    if found is None or ctx.text[found.end("src"):end].strip(" .") or "," in found.group("src"):
        return None
    who = ctx.who(found.start("src"), found.end("src"), pos)
    if who is None or who.key is None or ctx.actors[who.key].kind not in ("person", "organization"):
        return None
    cue = " ".join(found.group("cue").lower().split())
    return _Attribution(who, Span(found.start("cue"), found.end("cue")), f"closing-source:{cue}", found.end("src"))
