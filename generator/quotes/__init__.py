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

import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from itertools import islice
from typing import TYPE_CHECKING

from ..document import first_of, first_word, tokens, Document
from ..lexicon import Lexicon, fold, slugify
from ..model import Actor, Article, Quote, Sentence, Span, Statement
from ..patterns import units_of
from .. import salience
from .common import (_APPOSITION, _Attribution, _CAPITALISED_RUN, CARRY_PARAGRAPHS, _continued, key_missing,
                     _kind_of, REPEAT_WORDS, _sentence_end, _speaking_body, _speaks, SPEECH_SHAPES,
                     TOPIC_PARAGRAPHS, _Who, WHO_MAX, WHO_WORDS, _WORD)
from .context import _Context
from .cue_shapes import (_after_cue, _after_relay, _after_report, _after_subject, _after_suffixed,
                         _before_cue, _before_passive, _before_verb, _lost_cue, phrase_end)
from .descriptions import _role_by
from .marks import (_lost_marks, _mark_start, MARKS, _merge_split, OPENERS, _pieces, QUOTE_MAX, SINGLE_CLOSE,
                    SINGLE_OPEN, SINGLES)
from .passage import _thing_subject
from .speakers import _last_voice, _placed, _speaking_before
from .trail import _Trail
from .words import _words_of

if TYPE_CHECKING:
    from .common import _Found
    from .marks import _Piece


def _role_holder_apposed(ctx: _Context, start: int, end: int, limit: int) -> _Who | None:
    """`“...,” kata Juru Bicara Departemen X, Name`: the words after the cue are the role phrase of the
    person set off by the comma after them: that person speaks, not the body in the role."""
    apposed = ctx.apposed_after(end, limit)
    placed = False
    if apposed is None:
        # "kata Konsul Jenderal X di <city>, <country>, Name": a place set off by commas says where the
        # body is; the person set off after it holds the post.
        comma = _APPOSITION.match(ctx.text, end, limit)
        place = next((m for m in ctx.mentions_in(comma.end(), comma.end() + 1) if m.kind in ("place", "country")),
                     None) if comma else None
        if place is not None:
            apposed, placed = ctx.apposed_after(place.span.end, limit), True
    actor = ctx.actors.get(apposed.key) if apposed is not None and apposed.key else None
    span = actor.role_span if actor is not None else None
    if placed and actor is not None and span is None and actor.role is None:
        return apposed     # (a person the text gives no other post)
    return apposed if span is not None and span.start <= start < span.end else None


def _statement_pointed_back(ctx: _Context, found: re.Match) -> _Attribution | None:
    """`“...,” demikian pernyataan (bersama) itu`: a statement named before speaks for who issued it;
    a joint one, or one whose issuer the text does not name, is nobody's words."""
    words = ctx.words
    if fold(found.group("cue")) not in words.statement_nouns:
        return None
    phrase = [fold(m.group()) for m in _WORD.finditer(ctx.text, found.start("who"), found.end("who"))]
    if not phrase or not all(w in words.anaphora or w in words.joint for w in phrase) \
            or not any(w in words.anaphora for w in phrase):
        return None
    issuer = None if any(w in words.joint for w in phrase) else ctx.issuer_before(found.start("cue"))
    who = _Who(issuer.name, issuer.key, issuer.person, "statement") if issuer is not None and issuer.name else None
    return _Attribution(who, Span(found.start("cue"), found.end("cue")),
                        f"after:{found.group('cue').lower()}", found.end("who"))


def _bracketed_body(ctx: _Context, who: _Who | None, start: int, end: int) -> _Who | None:
    """`kata kantor berita resmi X (KCNA)`: the registered body named in brackets right after a speaker phrase
    that names no registered body (nobody, a name the text writes, a body the register does not know)."""
    if ctx.text[start:start + 2].strip()[:1] != "(":
        return None
    at = ctx.text.index("(", start)
    inside = next((m for m in ctx.mentions_in(at + 1, at + 2) if m.kind == "organization"), None)
    if inside is None or ctx.text[inside.span.end:inside.span.end + 1] != ")" \
            or not ctx.actors[inside.key].register_id:
        return None
    actor = ctx.actors.get(who.key) if who is not None and who.key else None
    if actor is not None and (actor.register_id or actor.key == inside.key):
        return None
    return ctx.of_key(inside.key, "bracketed")


def _spoken_to(ctx: _Context, start: int, end: int) -> bool:
    """The speaker phrase [start, end) goes on to whom the words were spoken (`ujar pejabat itu kepada media
    X`): a name set off after it is that addressee's, not the speaker's."""
    return any(fold(m.group()) in ctx.words.addressee for m in _WORD.finditer(ctx.text, start, end))


def _cue_after(ctx: _Context, start: int, end: int, pos: int, comma: bool) -> _Attribution | None:
    words = ctx.words
    found = _after_cue(ctx, start, end)
    if found and found.group("cue")[0].isupper() and ctx.text[start - 2:start - 1] in (".", "!", "?"):
        # "“... .” Pernyataan itu ...": a new sentence, no cue of this quote; but a cue verb and a
        # name making up the whole next sentence ("“... .” Imbuh Name.") is this quote's cue.
        tail = found.group("who").rstrip()
        whole = (fold(found.group("cue")) not in words.statement_nouns and tail[:1].isupper() and tail.endswith(".")
                 and "." not in tail[:-1]
                 and not ctx.text[found.end("who"):end].strip())
        named = ctx.who(found.start("who"), found.start("who") + len(tail) - 1, pos) if whole else None
        if named is None or named.key is None:
            found = None
    if found and fold(found.group("cue")) in words.statement_nouns:
        # `"..." pernyataan X` with no comma: a quoted word inside a sentence, not a statement closing a quote.
        between = ctx.text[start:found.start("cue")]
        if "," not in between and not between.strip() and ctx.text[start - 2:start - 1] not in (",", ".", "!", "?", "…"):
            found = None
    if found and (pointed := _statement_pointed_back(ctx, found)) is not None:
        return pointed
    if found:
        who = ctx.who(found.start("who"), found.end("who"), pos)
        if who is None and fold(found.group("cue")) in words.statement_nouns:
            # "“...,” demikian pernyataan yang dirilis X": who issued the statement named no one before
            who = ctx.reader(found.start("who"), found.end("who"), pos, bodies=True)
        if (who is None or not who.person) and ctx.text[found.start("who")].islower() \
                and not _spoken_to(ctx, found.start("who"), found.end("who")):
            who = ctx.apposed_after(found.end("who"), end, bodies=who is None or ctx.agency(who)
                                    or who.key is None or ctx.actors[who.key].kind != "organization") or who
        elif who is not None and not who.person:
            who = _role_holder_apposed(ctx, found.start("who"), found.end("who"), end) or who
        if who is None or not who.person:
            who = _bracketed_body(ctx, who, found.end("who"), end) or who
        if who is not None and (fold(found.group("cue")) in words.statement_nouns or not who.person and (
                words.statement_noun.match(ctx.text, found.start("who"), found.end("who")))):
            # "demikian pernyataan KCNA", "bunyi laporan kantor berita X, KCNA": the body's own report
            who = _Who(who.name, who.key, who.person, "statement")
        return _Attribution(who, Span(found.start("cue"), found.end("cue")),
                            f"after:{found.group('cue').lower()}", found.end("who"))
    found = _after_suffixed(ctx, start, end)
    if found:
        who = _not_named_inside(ctx, _voice_closing_before(ctx, pos) or ctx.topic(pos), pos, start)
        if who is None and (voice := _last_voice(ctx, pos)) is not None and _speaking_body(ctx, voice):
            # "Badan X menyebut bahwa ... .\n\n“...,” ungkapnya": no person in the passage, the body
            # that spoke last (this paragraph or the one before) goes on.
            who = ctx.of_key(voice.key, "continued")
        return _Attribution(who, Span(found.start("cue"), found.end("cue")),
                            f"after:{found.group('cue').lower()}", found.end("cue"))
    if comma and (found := _after_relay(ctx, start, end)):
        who = ctx.who(found.start("who"), found.end("who"), pos)
        return _Attribution(who, Span(found.start("cue"), found.end("cue")),
                            f"after-relay:{found.group('cue').lower()}", found.end("cue"))
    if comma:
        found = _after_subject(ctx, start, end)
        lead = fold(found.group("who").split()[0]) if found else ""
        if found and (found.group("who")[0].isupper() or lead in words.pronouns or lead in words.body_heads):
            who = ctx.who(found.start("who"), found.end("who"), pos)
            if found.group("who")[0].islower() and lead in words.body_heads and who is not None and not (
                    who.how == "body" and who.key is None or who.key and ctx.mentioned_before(who, pos)):
                # ("..., kementerian luar negeri Rusia mengatakan Selasa": a body by its lower-case head,
                # written out with its country or one the article named before; no body named later)
                return None
            return _Attribution(who, Span(found.start("cue"), found.end("cue")),
                                f"after-subject:{found.group('cue').lower()}", found.end("cue"))
    return None


def _not_named_inside(ctx: _Context, who: _Who | None, pos: int, close: int) -> _Who | None:
    """`“... absennya X kerugian bagi kami,” ujarnya`: a suffixed cue never points at a person the quoted
    words [pos, close) name in the third person; the passage's person before X came up speaks (else nobody)."""
    if who is None or not who.person or not who.key or pos >= close \
            or not any(m.key == who.key for m in ctx.mentions_in(pos, close)):
        return who
    floor = ctx.paragraphs[max(ctx.paragraph_at(pos) - TOPIC_PARAGRAPHS, 0)][1].start
    named = next((m for m in reversed(ctx.mentions_in(floor, pos)) if m.key == who.key), None)
    other = ctx.topic(named.span.start) if named is not None else None
    return other if other is not None and other.key != who.key else None


def _voice_closing_before(ctx: _Context, pos: int) -> _Who | None:
    """`X bertemu Y, kata Z.` right before: who a suffixed cue after the quote (`tambahnya`) goes on
    from is Z, the voice that closed that sentence, not its subject X."""
    here = ctx.sentence_index(pos)
    if here is None or here == 0:
        return None
    before = ctx.sentences[here - 1].span
    if ctx.paragraph_at(pos) - ctx.paragraph_at(before.start) > 1 or first_of(MARKS, ctx.text, before.start, before.end) is not None:
        return None
    cue = _lost_cue(ctx, before.start, before.end)
    if cue is None or not cue.named:
        return None
    who = ctx.who(cue.start("who"), cue.end("who"), before.start)
    if who is None or not who.key or not (who.person or _kind_of(ctx, who) == "organization"):
        return None
    # An agency too ("X bertemu Y, kata KCNA. ... “...”, tambahnya": what the agency added), unless the
    # sentence says what its subject said ("X mengungkapkan bahwa ..., lapor BBC": the agency relays X).
    if ctx.agency(who) and _speaks(ctx, before.start, cue.start()):
        return None
    return ctx.of_key(who.key, "continued")


def _name_after_mark(ctx: _Context, start: int, end: int, *, opens_sentence: bool) -> _Attribution | None:
    """A person named right after a closing mark and its comma: `“...,” Name, <apposition>, mengatakan`
    (the apposition set off before a speech verb), or, when the quote opens its sentence, `“...,”
    Name <lower-case word> ...` (the sentence goes on about who said the words: `Name tertawa`); not
    before a preposition or a coordinator (`Name dan Name2 ...`)."""
    text = ctx.text
    words = ctx.words
    at = start
    while at < end and (text[at].isspace() or text[at] == ","):
        at += 1
    lead = _WORD.match(text, at, end)
    if lead is not None and lead.group()[0].islower() and fold(lead.group()) in words.after_lead \
            and text[lead.end():lead.end() + 1] == " ":
        at = lead.end() + 1                                # "“...,” demikian Name."
    else:
        lead = None
    mention = next((m for m in ctx.mentions_in(at, at + 1) if m.kind == "person"), None)
    if mention is None or mention.span.end > end:
        return None
    who = ctx.of_mention(mention, "after-name")
    after = mention.span.end
    if lead is not None:
        following = _WORD.match(text, after + 1, end) if text[after:after + 1] == " " else None
        if following is not None and fold(following.group()) in words.coordinators:
            return None                                    # "demikian Name dan Name2"
        return _Attribution(who, Span(lead.start(), lead.end()), f"after-name:{lead.group().lower()}", after)
    if text.startswith(",", after):
        # The apposition may hold commas of its own ("Name, <post>, <body>, mengatakan"): the verb
        # follows one of them, within WHO_MAX, before any mark or line break.
        limit = min(end, after + 1 + WHO_MAX)
        stop = first_of(MARKS + "\n", text, after + 1, limit)
        limit = limit if stop is None else stop
        close = text.find(",", after + 1, limit)
        while close >= 0:
            verb = _WORD.search(text, close + 1, end)
            while verb is not None and fold(verb.group()) in words.verb_adverbs:
                verb = _WORD.search(text, verb.end(), end)      # "..., juga menegaskan"
            if (verb is not None and verb.group()[0].islower() and fold(verb.group()) in words.subject_verbs
                    and first_of(MARKS + ",\n", text, close + 1, verb.start()) is None):
                return _Attribution(who, Span(verb.start(), verb.end()), f"after-name:{verb.group().lower()}",
                                    verb.end())
            close = text.find(",", close + 1, limit)
        return None
    if not opens_sentence or text[after:after + 1] != " ":
        return None
    following = _WORD.match(text, after + 1, end)
    if following is None or not following.group()[0].islower() or fold(following.group()) in words.breakers \
            or fold(following.group()) in words.coordinators:
        return None
    if ctx._verb_like(following.group()) and fold(following.group()).startswith(words.passive_prefixes):
        return None       # "“...,” Name disambut Name2": the name undergoes the verb, it does not speak
    return _Attribution(who, mention.span, "after-name", mention.span.end)


def _subject_after_lead(ctx: _Context, found: re.Match, mark: int) -> _Who | None:
    """`Menyerukan “...” dari X, Y mengatakan ...`: a capitalised speech verb opening the sentence is a lead
    with no subject of its own; its speaker is the subject after the comma closing the lead (past the quote's
    closing mark), a person or a body."""
    cue = found.group("cue")
    sentence = ctx.sentence_at(mark)
    if not cue[:1].isupper() or sentence is None or ctx.text[mark:mark + 1] not in MARKS:
        return None
    closing = first_of(MARKS, ctx.text, mark + 1, sentence.span.end)
    comma = ctx.text.find(",", closing, sentence.span.end) if closing is not None else -1
    if comma < 0:
        return None
    who = ctx.subject(comma + 1, sentence.span.end)
    return who if who is not None and who.key and _kind_of(ctx, who) in ("person", "organization") else None


def _cue_before(ctx: _Context, start: int, end: int, pos: int) -> _Attribution | None:
    words = ctx.words
    found = _before_cue(ctx, start, end)
    if found:
        who = ctx.who(found.start("who"), found.end("who"), pos) if found.named else ctx.topic(pos)
        return _Attribution(who, Span(found.start("cue"), found.end("cue")), f"before:{found.group('cue').lower()}")
    found = _before_passive(ctx, start, end)
    if found:
        who = ctx.who(found.start("who"), found.end("who"), pos)
        if who is not None and who.name:
            return _Attribution(who, Span(found.start("cue"), found.end("cue")),
                                f"before-passive:{found.group('cue').lower()}")
    found = _before_verb(ctx, start, end)
    if found:
        lead = _WORD.search(ctx.text, max(start, found.start("cue") - 24), found.start("cue"))
        while lead is not None and lead.end() < found.start("cue") - 1:
            lead = _WORD.search(ctx.text, lead.end(), found.start("cue"))
        sentence = ctx.sentence_at(start)
        if (lead is not None and lead.group()[0].islower() and fold(lead.group()) in words.verb_leads
                and sentence is not None):
            # "X memuji “...” Y, dengan mengatakan “...”": a speech verb with no subject of its
            # own goes on with the sentence's subject, not with whoever the words after a quote name;
            # with who spoke last before it in the sentence ("Mengenang ..., X mengatakan ..., seraya
            # menambahkan “...”": X, not a subject the opening phrase names).
            who = _speaking_before(ctx, sentence.span.start, lead.start())
            if who is None and sentence.span.start < start:
                who = ctx.subject(sentence.span.start, found.start("cue"))
            if who is not None:
                return _Attribution(who, Span(found.start("cue"), found.end("cue")),
                                    f"before-subject:{found.group('cue').lower()}")
        relative = _relative_antecedent(ctx, start, found.start("cue"))
        if relative is not None:
            return _Attribution(relative.who, Span(found.start("cue"), found.end("cue")), relative.how)
        who = ctx.subject(start, found.start("cue")) or ctx.best_mention(start, found.start("cue"))
        if who is None and not ctx.text[start:found.start("cue")].strip():
            who = _subject_after_lead(ctx, found, end)
        if ctx.agency(who):
            # "Kantor berita X melaporkan, Menteri Y mengatakan “...”": the agency reports who speaks.
            reported = _reported_speaker(ctx, start, found.end("cue"))
            if reported is not None:
                return _Attribution(reported if reported.name else None, Span(found.start("cue"), found.end("cue")),
                                    f"before-reported:{found.group('cue').lower()}")
        return _Attribution(who, Span(found.start("cue"), found.end("cue")),
                            f"before-subject:{found.group('cue').lower()}")
    if words.before_colon.search(ctx.text, start, end):
        return _Attribution(ctx.subject(start, end), None, "colon")
    return None


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


def _after_close(ctx: _Context, piece: _Piece, previous: Quote | None, block: Span) -> _Attribution | None:
    """A cue after the closing mark (`“...,” kata X`), else a person named right after it."""
    text = ctx.text
    limit = first_of(OPENERS, text, piece.close_at + 1, block.end)
    limit = block.end if limit is None else limit
    # (a question or an exclamation closes its words as a comma does: "“...?” X bertanya")
    comma = text[piece.parts[-1].end - 1] in ",?!" or text[piece.close_at + 1:piece.close_at + 2] == ","
    found = _cue_after(ctx, piece.close_at + 1, limit, piece.parts[0].start, comma)
    opening = ctx.sentence_at(piece.open_at)
    opens = opening is not None and opening.span.start == _mark_start(text, piece)
    if found and not opens and found.cue is not None and fold(found.cue.of(text)) in ctx.words.according:
        found = None      # ("Dia mendesak X untuk “...”, menurut Y": the sentence's subject speaks, Y reports)
    if found:
        return _body_goes_on(ctx, found, piece, previous) or _voice_carried(ctx, found, piece, previous) or found
    if not comma:
        return None
    found = _after_report(ctx, piece.close_at + 1, limit)
    if found:
        # "“...,” Yonhap melaporkan(, mengutip X)": an agency or a body reports; _settle reads whose words.
        who = ctx.who(found.start("who"), found.end("who"), piece.parts[0].start)
        if _kind_of(ctx, who) == "organization":
            return _Attribution(who, Span(found.start("cue"), found.end("cue")),
                                f"after-report:{found.group('cue').lower()}", found.end("cue"))
    found = _after_channel(ctx, piece.close_at + 1, limit, piece.parts[0].start)
    if found:
        return found
    return _name_after_mark(ctx, piece.close_at + 1, limit, opens_sentence=opens)


def _after_channel(ctx: _Context, start: int, end: int, pos: int) -> _Attribution | None:
    """`“...,” demikian dilansir <agency>.`, `“...,” seperti dilaporkan <agency>.`: a relaying phrase alone after
    the closing mark (no cue verb, no one else named), closing the sentence on a news agency: the agency
    voices the words; _settle reads whether it relays the passage's person or speaks in its own voice."""
    at = first_word(ctx.text, start, end)
    if at is not None and fold(at.group()) in ctx.words.after_lead:
        at = first_word(ctx.text, at.end(), end)
    found = ctx.words.channel.match(ctx.text, at.start(), end) if at is not None else None
    if found is None or "," in found.group("src"):
        return None
    stop = first_of(".!?\n", ctx.text, found.end("src"), end)
    if ctx.text[found.end("src"):stop if stop is not None else end].strip():
        return None
    who = ctx.who(found.start("src"), found.end("src"), pos)
    if who is None or who.key is None or not ctx.agency(who):
        return None
    cue = " ".join(found.group("cue").lower().split())
    return _Attribution(who, Span(found.start("cue"), found.end("cue")), f"after-channel:{cue}", found.end("src"))


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


def _cue_set_off_before(ctx: _Context, start: int, mark: int) -> _Attribution | None:
    """`X memperkirakan ..., kata Y, termasuk “...”`: a cue and a named speaker set off by commas between
    the sentence's start and the mark: the phrase goes on in what Y said (not the subject X)."""
    text = ctx.text
    last = text.rfind(",", start, mark)
    comma = text.rfind(",", start, last) if last >= 0 else -1
    cue = first_word(text, comma + 1, last) if comma >= 0 else None
    if cue is None or not cue.group()[:1].islower() or fold(cue.group()) not in ctx.words.cues_after:
        return None
    name = first_word(text, cue.end(), last)
    if name is None or not name.group()[:1].isupper():
        return None
    who = ctx.who(name.start(), last, mark)
    if who is None or not who.key:
        return None
    return _Attribution(who, Span(cue.start(), cue.end()), "cue-set-off")


def _phrase_in_sentence(ctx: _Context, piece: _Piece, sentence: Sentence | None, sentence_start: int,
                        pos: int, voiced: Quote | None = None) -> _Attribution:
    """A quoted phrase inside a sentence with no cue: who speaks in the clause that holds it, else
    the sentence's subject (or the person an agency reports), else the passage's person when the
    clause has no subject of its own."""
    text = ctx.text
    whole = sentence.span.start if sentence is not None else sentence_start
    possessor = _speech_possessor(ctx, sentence_start, piece.open_at)
    if possessor is not None:
        return _Attribution(possessor, None, "speech-possessor")
    set_off = _cue_set_off_before(ctx, whole, piece.open_at)
    if set_off is not None:
        return set_off
    speaking = _speaking_before(ctx, whole, piece.open_at)
    if speaking is not None:
        subject = ctx.subject(sentence_start, piece.open_at)
        same = subject is not None and subject.key == speaking.key
        return _Attribution(subject if same else speaking, None, "subject" if same else "clause")
    according = _according_source(ctx, sentence) if sentence is not None else None
    if according is not None:
        # "Menurut <body>, ... karena “...”": the sentence is the source's account, down to its
        # relative and subordinate clauses (no speech verb with a subject of its own before the mark)
        return _Attribution(according, None, "according")
    relative = _relative_speaker(ctx, whole, piece.open_at)
    if relative is not None:
        return relative
    clause = _subordinate_clause(ctx, whole, piece.open_at)
    if clause is not None:
        return clause
    if _passive_clause(ctx, sentence_start, piece.open_at) and not _reported_clause(ctx, whole, piece.open_at):
        # "X dijuluki “...”": not X's words; "Dalam laporan Y, X digambarkan sebagai “...”": Y's;
        # "X dinilai Y sebagai “...”": the agent right after a passive of judging, Y's.
        agent = _passive_agent(ctx, sentence_start, piece.open_at)
        if agent is not None:
            return _Attribution(agent, None, "passive-agent")
        source = _statement_opening(ctx, whole, pos)
        return _Attribution(source, None, "passive-statement" if source else "passive")
    who = ctx.subject(sentence_start, piece.open_at)
    subject_start = sentence_start
    if who is None and sentence is not None and sentence_start > sentence.span.start:
        subject_start = sentence.span.start
        who = ctx.subject(subject_start, piece.open_at)
    if who is not None and _joint(ctx, subject_start, piece.open_at, who):
        # "X dan Y membahas “...”": no one speaker's words; in a passage an agency reports ("KCNA
        # melaporkan pertemuan itu ... . X dan Y melakukan “...”"), the agency's account of the two.
        reporter = _agency_reporting(ctx, subject_start, pos)
        return _Attribution(reporter, None, "joint-reported") if reporter else _Attribution(None, None, "joint")
    if ctx.agency(who):
        # "Kantor berita A melaporkan X menyebut ... “...”": the person reported speaking said it;
        # with no one reported, the agency's own words.
        reported = _reported_speaker(ctx, sentence_start, piece.open_at)
        if reported is not None:
            return _Attribution(reported, None, "subject-reported" if reported.name else "subject-reported-state")
        if any(fold(m.group()) in ctx.words.report_verbs
               for m in _WORD.finditer(text, sentence_start, piece.open_at)):
            return _Attribution(who, None, "subject-report")   # relays: settled to the passage's person
    if who is not None and not who.person and piece.close_at is not None:
        # "<Country> menegaskan ... “...”. Sikap itu disampaikan <role> Name": the body's words were
        # spoken by the person the next sentence names.
        recap = _recap_after(ctx, piece, pos)
        if recap is not None and recap.who is not None and recap.who.person:
            return recap
    if _kind_of(ctx, who) == "country":
        state_voiced = _state_voiced(ctx, piece, who, sentence_start, voiced)
        if state_voiced is not None:
            return state_voiced
    if who is not None:
        return _Attribution(who, None, "subject")
    if _subjectless(ctx, sentence_start, piece.open_at):
        # "Yang kedua, untuk mengumumkan visi “...”": a clause with no subject of its own goes on
        # about the passage's person; in a sentence about "mereka", about the body they are.
        topic = _plural_antecedent(ctx, sentence) if _opens_plural(ctx, sentence) else ctx.topic(sentence_start)
        if topic is not None:
            return _Attribution(topic, None, "subjectless")
    return _Attribution(None, None, "none")


def _opens_plural(ctx: _Context, sentence: Sentence | None) -> bool:
    """The sentence opens on the third person plural (`Mereka tidak bersedia ...`)."""
    first = first_word(ctx.text, sentence.span.start, sentence.span.end) if sentence is not None else None
    return first is not None and fold(first.group()) in ctx.words.plural_pronouns


def _plural_antecedent(ctx: _Context, sentence: Sentence) -> _Who | None:
    """Who `mereka` opening `sentence` is: the subject of the latest sentence before it with one (within
    TOPIC_PARAGRAPHS), when that is a body (`Kremlin ... mengumumkan ... . Mereka ...`); no one person
    (a plural is not the passage's person) and no group named by kind (`Para pekerja`): nobody."""
    index = ctx.sentence_index(sentence.span.start)
    floor = ctx.paragraph_at(sentence.span.start) - TOPIC_PARAGRAPHS
    for before in reversed(ctx.sentences[:index or 0]):
        if ctx.paragraph_at(before.span.start) < floor:
            return None
        opening = first_word(ctx.text, before.span.start, before.span.end)
        if opening is not None and fold(opening.group()) in ctx.words.anonymous:
            return None       # ("Para pekerja itu ... . Mereka ...": the group named there)
        who = ctx.subject(before.span.start, before.span.end)
        if who is not None:
            return who if who.key and _kind_of(ctx, who) == "organization" else None
    return None


def _state_voiced(ctx: _Context, piece: _Piece, state: _Who, sentence_start: int,
                  voiced: Quote | None) -> _Attribution | None:
    """`Rusia “tidak mengecualikan ...”` in a passage about what its leader said: the leader's words;
    `Rusia disebut ... “mitra lama”` after its embassy's quote: the embassy's. Only when that person
    (acting for the state) or that body (named after the state) is the voice of the quote before,
    within two paragraphs, and the state does not speak in the clause itself (`Negara X mengatakan
    akan mendukung “...”`: the state's own statement); a passage that merely names the leader
    (`proyek ambisius pemimpin X. ... pemerintah X melarang ... “...”`) does not make them speak."""
    if (voiced is None or key_missing(ctx.actors, voiced.speaker_key)
            or piece.paragraph - ctx.paragraph_at(voiced.span.start) > 2
            or _speaks(ctx, sentence_start, piece.open_at)):
        return None
    state = ctx.actors[state.key].name
    topic = ctx.topic(sentence_start)
    if topic is not None and ctx.actors[topic.key].affiliation == state and voiced.speaker_key == topic.key:
        return _Attribution(topic, None, "subject-for")
    body = ctx.actors[voiced.speaker_key]
    if (body.kind == "organization" and not ctx.agency(ctx.of_key(body.key, "voiced"))
            and f" {' '.join(map(fold, state.split()))} " in f" {' '.join(map(fold, body.name.split()))} "
            and not any(m.kind == "person" for m in ctx.mentions_in(voiced.span.end, piece.open_at))):
        return _continued(ctx, voiced)
    return None


def _agency_reporting(ctx: _Context, start: int, pos: int) -> _Who | None:
    """The news agency whose report the passage before `start` gives: the subject of the latest sentence
    with a verb of speech or reporting (this paragraph or the one before), when that is an agency; else None."""
    here = ctx.paragraph_at(start)
    floor = ctx.paragraphs[here - 1][1].start if here > 0 else 0
    words = ctx.words
    for sentence in reversed(ctx.sentences[:bisect_right(ctx._sentence_starts, start - 1)]):
        if sentence.span.end <= floor:
            break
        if sentence.span.end > start or first_of(MARKS, ctx.text, sentence.span.start, sentence.span.end) is not None:
            return None   # (the quote's own sentence; a sentence of quoted words has a voice of its own)
        verb = next((m for m in _WORD.finditer(ctx.text, sentence.span.start, sentence.span.end)
                     if m.group()[0].islower() and (fold(m.group()) in words.speech_verbs
                                                    or fold(m.group()) in words.report_verbs)), None)
        if verb is None:
            continue
        who = ctx.subject(sentence.span.start, verb.start())
        return who if ctx.agency(who) and who.key else None
    return None


def _relative_speaker(ctx: _Context, start: int, end: int) -> _Attribution | None:
    """`... mengutip seorang pejabat yang mengatakan bahwa X ... “...”`: a quote in the clause a relative
    speech verb reports (`yang <verb> bahwa`) is the words of who that verb's `yang` hangs on: the
    person or body named right before it, else nobody named (never X, the reported clause's subject)."""
    text = ctx.text
    words = ctx.words
    tokens = list(_WORD.finditer(text, start, end))
    index = next((i for i in range(len(tokens) - 1, 1, -1)
                  if fold(tokens[i].group()) in words.complementisers), None)
    if index is None:
        return None
    at = index - 1
    while at > 0 and fold(tokens[at].group()) in words.verb_adverbs:
        at -= 1
    if at < 1 or fold(tokens[at].group()) not in words.speech_verbs or fold(tokens[at - 1].group()) not in words.relative:
        return None
    edge = tokens[at - 2].end() if at >= 2 else start
    mention = next((m for m in reversed(ctx.mentions_in(start, edge)) if m.span.end == edge
                    and not text[edge:tokens[at - 1].start()].strip(" ,")), None)
    if mention is not None and mention.kind == "place":
        mention = _placed(ctx, start, mention)   # ("lembaga X di Washington yang menyatakan": X)
    if mention is not None and mention.kind in ("person", "organization"):
        who = ctx.of_mention(mention, "clause")
        if who is not None:
            return _Attribution(who, None, "relative")
    return _Attribution(None, None, "relative-unnamed")


def _relative_antecedent(ctx: _Context, start: int, cue: int) -> _Attribution | None:
    """`..., yang menguraikan “...”`: a speech verb whose subject is the relative pronoun right before it
    (adverbs between at most) speaks for what the pronoun hangs on: the person or body named right
    before it, else no one (a treaty, a plan); None when the verb has no such pronoun before it."""
    words = list(_WORD.finditer(ctx.text, max(start, cue - 40), cue))
    at = len(words) - 1
    while at >= 0 and fold(words[at].group()) in ctx.words.verb_adverbs:
        at -= 1
    if at < 0 or words[at].group() != words[at].group().lower() or fold(words[at].group()) not in ctx.words.relative:
        return None
    edge = len(ctx.text[start:words[at].start()].rstrip(" ,")) + start
    mention = next((m for m in reversed(ctx.mentions_in(start, edge)) if m.span.end == edge), None)
    if mention is not None and mention.kind in ("person", "organization"):
        who = ctx.of_mention(mention, "clause")
        if who is not None:
            return _Attribution(who, None, "relative")
    return _Attribution(None, None, "relative-unnamed")


def _joint(ctx: _Context, start: int, end: int, who: _Who) -> bool:
    """Whether `who` is named in [start, end) coordinated with another actor of its kind (`X dan Y`:
    two people, two bodies, two states or capitals)."""
    text = ctx.text
    kind = ctx.actors[who.key].kind if who.key in ctx.actors else None
    named = [m for m in ctx.mentions_in(start, end) if m.kind == kind]
    for first, second in zip(named, named[1:]):
        if who.key in (first.key, second.key) and first.key != second.key:
            between = text[first.span.end:second.span.start].strip().split()
            # ("X dan Bapak Y": a form of address before the second name)
            if between and fold(between[0]) in ctx.words.joiners and all(
                    fold(w) in ctx.words.honorifics for w in between[1:]):
                return True
    return False


def _subjectless(ctx: _Context, start: int, end: int) -> bool:
    """Whether [start, end) has no subject: after an opening phrase and its comma, it begins with
    a lower-case verb or preposition."""
    text = ctx.text
    comma = text.find(",", start, end)
    first = _WORD.search(text, comma + 1 if comma >= 0 else start, end)
    if first is not None and first.group()[0].isupper() and comma < 0 and not text[start:first.start()].strip() \
            and not ctx.mentions_in(start, end):
        # "Termasuk “...”.": a sentence opening on a verb, naming no one, goes on from the one before.
        return ctx._breaks(first.group())
    if first is None or not first.group()[0].islower() or text[start:end].count(",") > 1:
        return False
    if comma < 0 and first.start() > start and text[start:first.start()].strip():
        return False
    return ctx._is_breaker(first.group())


def _subordinate_clause(ctx: _Context, start: int, end: int) -> _Attribution | None:
    """A mark in a subordinate clause (`karena`, `saat`, `sejak` ...) of a sentence whose main
    clause speaks not: the clause's own subject, or nobody when it is unnamed or a place."""
    text = ctx.text
    words = ctx.words
    tokens = list(_WORD.finditer(text, start, end))
    index = next((i for i in range(len(tokens) - 1, 0, -1)
                  if tokens[i].group()[0].islower() and fold(tokens[i].group()) in words.subordinators), None)
    if index is None:
        return None
    if any(fold(t.group()) in words.speech_verbs or fold(t.group()) in words.characterising
           for t in tokens[:index]):
        return None           # "X menyebut ... karena “...”": the main clause's speaker
    clause = tokens[index + 1:]
    if not clause or ctx._is_breaker(clause[0].group()):
        return None           # "... karena dinilai “...”": no subject of its own, the sentence's
    if _main_clause_goes_on(ctx, tokens, index + 1):
        return None           # "X menyuarakan ... setelah Y bergerak, dan mendesak “...”": X's verb again
    who = ctx.subject(tokens[index].end(), end)
    if who is not None and who.key and _joint(ctx, tokens[index].end(), end, who):
        return _Attribution(None, None, "clause-joint")   # "... setelah X dan Y menandatangani “...”"
    if who is not None and who.how != "topic" and who.name:
        actor = ctx.actors.get(who.key or "")
        if actor is None or actor.kind != "place":
            return _Attribution(who, None, "clause")
    if who is not None and who.name and who.person and words.pronoun(clause[0].group()):
        # "... setelah dia memperingatkan “...”": a pronoun subject is the person the passage is about.
        return _Attribution(who, None, "clause-pronoun")
    return _Attribution(None, None, "clause-unnamed")


def _main_clause_goes_on(ctx: _Context, tokens: list[re.Match], first: int) -> bool:
    """The subordinate clause opening at tokens[first] is closed by a comma and a coordinator followed by a
    verb with no subject of its own (`, dan kembali mendesak`, two words at most before the verb): the
    main clause's subject goes on past it."""
    for j in range(max(first, 1), len(tokens)):
        word = tokens[j].group()
        if not (word[0].islower() and fold(word) in ctx.words.coordinators
                and "," in ctx.text[tokens[j - 1].end():tokens[j].start()]):
            continue
        for after in tokens[j + 1:j + 3]:
            if not after.group()[0].islower():
                break
            if ctx._verb_like(after.group()):
                return True
    return False


def _reported_speaker(ctx: _Context, start: int, end: int) -> _Who | None:
    """The last person in [start, end) standing right before a speech verb (`melaporkan X menyebut`); a
    _Who without a name when that is a state or a place (`mengabarkan, Rusia mengatakan`): whose words
    no person or body says."""
    found = None
    previous = None
    for mention in ctx.mentions_in(start, end):
        verb = _WORD.match(ctx.text, mention.span.end + 1, end) if ctx.text[mention.span.end:mention.span.end + 1] == " " else None
        # ("KCNA Korea Utara mengatakan": a state right after a body's name is the body's, no one reported)
        of_body = (mention.kind != "person" and previous is not None and previous.kind == "organization"
                   and not ctx.text[previous.span.end:mention.span.start].strip())
        if mention.kind in ("person", "country", "place") and verb is not None and not of_body \
                and fold(verb.group()) in ctx.words.speech_verbs:
            found = mention
        previous = mention
    if found is not None and found.kind != "person":
        return _Who(None, None, False, "reported-state")
    return ctx.of_mention(found, "reported") if found is not None else None


def _recap_after(ctx: _Context, piece: _Piece, pos: int) -> _Attribution | None:
    here = ctx.sentence_index(piece.close_at)
    if here is None:
        return None
    index = here + 1
    if index >= len(ctx.sentences):
        return None
    after = ctx.sentences[index]
    if ctx.paragraph_at(after.span.start) - ctx.paragraph_at(piece.close_at) > 1:
        return None
    found = ctx.words.recap.match(ctx.text, after.span.start, after.span.end)
    if not found:
        return _speaking_on_after(ctx, piece, after, pos)
    who = ctx.who(found.start("who"), found.end("who"), pos)
    if (who is None or not who.person) and ctx.text[found.start("who")].islower():
        who = ctx.apposed_after(found.end("who"), after.span.end) or who
    if who is None or not who.name:
        return None
    return _Attribution(who, Span(found.start("cue"), found.end("cue")), f"recap:{found.group('cue').lower()}")


def _speaking_on_after(ctx: _Context, piece: _Piece, after: Sentence, pos: int) -> _Attribution | None:
    """`“... .” Dia menambahkan, ...`: a quote closing its sentence, the next sentence of its paragraph
    opening on a pronoun or a person as the subject of a speech verb: that speaker goes on talking (the
    words quoted were theirs)."""
    if ctx.paragraph_at(after.span.start) != ctx.paragraph_at(piece.close_at):
        return None
    found = _after_subject(ctx, after.span.start, after.span.end)
    if found is not None:
        who, cue = ctx.who(found.start("who"), found.end("who"), pos), Span(found.start("cue"), found.end("cue"))
    else:
        # (a pronoun, then a verb taking a clause: "Dia mengakui bahwa ...", "Ia yakin bahwa ...")
        word = _WORD.match(ctx.text, after.span.start, after.span.end)
        if word is None or not ctx.words.pronoun(word.group()) \
                or not ctx.words.complementiser.match(ctx.text, word.end(), after.span.end):
            return None
        verb = _WORD.search(ctx.text, word.end(), after.span.end)
        who, cue = ctx.who(word.start(), word.end(), pos), Span(verb.start(), verb.end())
    if who is None or not who.person or not who.name:
        return None
    return _Attribution(who, cue, f"goes-on:{cue.of(ctx.text).lower()}")


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


def _opens_on_post(ctx: _Context, quoted: Span, who: _Who) -> bool:
    """`X mengatakan “pemimpin Y menerima ...”`: quoted words opening on a lower-case word of who's post
    speak of them in the third person (the words of who reports, not theirs)."""
    first = first_word(ctx.text, quoted.start, quoted.end)
    return first is not None and first.group()[:1].islower() and ctx.holds_role(who, first.group())


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


def _channel(ctx: _Context, start: int, end: int, pos: int) -> str | None:
    """A relaying source named in [start, end): `seperti dikutip Russia Today`."""
    found = ctx.words.channel.search(ctx.text, start, end)
    if not found:
        return None
    first = _WORD.match(ctx.text, found.start("src"), found.end("src"))
    if first is not None and fold(first.group()) in ctx.words.calendar_words:
        return None       # "..., dikutip Selasa": when it was cited, not from whom
    who = ctx.who(found.start("src"), found.end("src"), pos)
    if who is not None and who.name:
        return who.name
    run = _CAPITALISED_RUN.match(ctx.text, found.start("src"), found.end("src"))
    return run.group().rstrip(".") if run else None


def _quoting(ctx: _Context, who: _Who | None, how: str, sentence: Sentence | None, quoted: Span | None,
             pos: int) -> tuple[_Who | None, str | None, str] | None:
    """Speaker, channel and rule suffix of a quote whose agency or body at the cue quotes a source
    (`mengutip X`), else None."""
    if sentence is None or not (ctx.agency(who) or _kind_of(ctx, who) == "organization"):
        return None
    # "lapor KCNA mengutip X", "kata media itu mengutip X": X's words, relayed by the agency;
    # so too "kata <lembaga> mengutip (pernyataan) X": the body passes on X's words.
    source = _quoted_source(ctx, sentence, quoted, pos)
    if source is None or _kind_of(ctx, source) in ("country", "place"):
        # ("kata <body>, ... disampaikan <agency>, mengutip intelijen militer <state>": a state names no
        # body or person whose words these are; the body at the cue speaks)
        return None
    if ctx.agency(source) and not ctx.agency(who):
        # "“...,” tutur <body>, mengutip dari <agency>": the outlet cites the agency for the words of
        # the body named at the cue; the agency only relays them.
        return who, source.name, how + "+cited"
    return (source if source.name else None), who.name, how + "+quoting"


def _settle(ctx: _Context, attribution: _Attribution, pos: int, sentence: Sentence | None,
            prefix_start: int, quoted: Span | None = None) -> tuple[_Who | None, str | None, str]:
    """Speaker, channel and rule suffix: an agency after a passage about a person only relays."""
    who, how = attribution.who, attribution.how
    quoting = _quoting(ctx, who, how, sentence, quoted, pos)
    if quoting is not None:
        return quoting
    channel = None
    if sentence is not None:
        if attribution.cue is not None and attribution.tail is not None and attribution.cue.end < sentence.span.end:
            channel = _channel(ctx, attribution.cue.end, sentence.span.end, pos)
        if channel is None:
            lead = ctx.words.channel_start.match(ctx.text, sentence.span.start, sentence.span.end)
            # "Menurut Peskov, “...”" names the speaker, not a channel.
            cue_in_lead = attribution.cue is not None and lead is not None and attribution.cue.start < lead.end()
            if lead and lead.end() <= pos and not cue_in_lead:
                channel = _channel(ctx, sentence.span.start, lead.end(), pos)
    own_voice = False
    if sentence is not None and attribution.tail is not None:
        # "tulis harian X dalam tajuknya": the outlet speaks in its own voice.
        own_voice = attribution.cue is not None and any(
            fold(m.group()) in ctx.words.own_voice
            for m in _WORD.finditer(ctx.text, attribution.cue.end, sentence.span.end))
    # "Kantor berita A ... menyebut ... “...”": the agency as the sentence's subject says the words.
    # (An agency going on from its own quote before, `“...,” tambahnya`, still speaks itself.)
    # (So does an agency whose report a quote of two parties gives: `joint-reported`.)
    if ctx.agency(who) and who.how not in ("statement", "continued") and how not in ("subject", "joint-reported") \
            and not own_voice:
        topic = ctx.topic(prefix_start)
        if quoted is not None and quoted.start > prefix_start:
            # "Kim menyatakan “...” dan mengatakan “...”, kata <agency>": the agency relays the words of the
            # person the sentence itself is about, not of the passage's person before it.
            own = ctx.subject(prefix_start, quoted.start)
            if own is not None and own.person and own.key:
                topic = own
        # Words that name the passage's person in the third person are not theirs: the agency's own.
        named = quoted is not None and topic is not None and (
            any(m.key == topic.key for m in ctx.mentions_in(quoted.start, quoted.end)) or _both_parties(ctx, quoted)
            or _opens_on_post(ctx, quoted, topic))
        # ("..., tulis <agency>" closing a sentence the agency writes about no person: its own words.)
        narrated = (quoted is not None and attribution.cue is not None and attribution.cue.start >= quoted.end
                    and (_narrated(ctx, prefix_start, quoted.start) or _agency_spoke_before(ctx, who, prefix_start)))
        if topic is not None and not named and not narrated:
            channel, who, how = who.name, topic, how + "+relay"
    if _kind_of(ctx, who) == "place" and sentence is not None:
        # "Pyongyang menyebut ..., menurut pernyataan Kementerian X": a capital stands for its
        # government; the person or body the sentence names speaks.
        instead = _named_speaker(ctx, sentence, quoted)
        if instead is not None:
            who, how = instead, how + "+named"
        elif (instead := _body_of_capital(ctx, who, pos)) is not None:
            who, how = instead, how + "+state-body"
    government = (_government_speaking(ctx, who, prefix_start, quoted)
                  if how in ("subject", "clause") and _kind_of(ctx, who) == "country" else None)
    if government is not None:
        # "Pemerintah X menyebut ... sebagai “...”": the government, a body, speaks (not the state).
        who, how = government, how + "-government"
    elif how in ("subject", "clause") and _kind_of(ctx, who) in ("country", "place"):
        # "Moskow menganggap ... sebagai “bantingan”", "Langkah Rusia ... menunjukkan bahwa “...”": a state or
        # a capital as the subject of a quoted phrase with no cue speaks no words of its own (a term, or
        # someone's words the sentence does not name); no person or body says them.
        who, how = None, how + "-state"
    elif (_kind_of(ctx, who) == "country"
          and attribution.cue is not None and quoted is not None and attribution.cue.start >= quoted.end
          and _part_of_state(ctx, attribution.cue.end, who.key)):
        # "“...,” ujar militer Korea Selatan": a common noun before the state names a part of it that is
        # no body the text or the register knows (else it would be written out), no person either:
        # no speaker (FORMATS: a person or an organisation). ("kata Vietnam": the state itself speaks.)
        who, how = None, how + "-state"
    if _kind_of(ctx, who) == "place":
        # "Beijing menyebut bahwa “...”" with no person or body named, "kata seorang diplomat di Beijing":
        # a capital stands for its government or says where an unnamed speaker is from; it is no
        # speaker (FORMATS: a person or an organisation).
        who, how = None, how + "-place"
    if who is not None and not who.name:
        who = None
    return who, channel, how


def _government_speaking(ctx: _Context, who: _Who, prefix_start: int, quoted: Span | None) -> _Who | None:
    """`Pemerintah X menyatakan ... “...”`: the country `who` names, right after a state head
    (organizations.yaml `state_heads`) and right before a speech or characterising verb (adverbs between
    at most), is its government, a body: `Pemerintah <country>`. None otherwise (`pemerintah X melarang
    ... “...”` says nothing)."""
    if quoted is None:
        return None
    words = ctx.words
    for mention in ctx.mentions_in(prefix_start, quoted.start):
        if mention.key != who.key:
            continue
        head = list(_WORD.finditer(ctx.text, max(prefix_start, mention.span.start - 20), mention.span.start))[-1:]
        if not head or fold(head[0].group()) not in words.state_heads \
                or ctx.text[head[0].end():mention.span.start] != " ":
            continue
        for after in _WORD.finditer(ctx.text, mention.span.end, quoted.start):
            folded = fold(after.group())
            if folded in words.verb_adverbs:
                continue
            if after.group().lower() in words.cues_before or folded in words.characterising:
                state = head[0].group()
                return _Who(state[0].upper() + state[1:] + " " + ctx.actors[who.key].name, None, False, "body")
            break
    return None


def _part_of_state(ctx: _Context, cue_end: int, key: str) -> bool:
    """The speaker phrase after a cue ending at `cue_end` opens on a lower-case word before its first
    mention of the state `key` (`ujar militer X`), not on the state's name (`kata X`)."""
    mention = next((m for m in ctx.mentions_in(cue_end, min(len(ctx.text), cue_end + WHO_MAX))
                    if m.key == key), None)
    if mention is None:
        return False
    first = first_word(ctx.text, cue_end, mention.span.start)
    return first is not None and first.group()[0].islower()


def _both_parties(ctx: _Context, quoted: Span) -> bool:
    """The quoted words' subject (before their first verb) names both sides at once (`Kepala negara dari
    kedua negara bertukar ...`): words about the parties in the third person."""
    for m in islice(_WORD.finditer(ctx.text, quoted.start, quoted.end), WHO_WORDS):
        if fold(m.group()) in ctx.words.both_parties:
            return True
        if ctx._verb_like(m.group()):
            return False
    return False


def _agency_spoke_before(ctx: _Context, who: _Who, start: int) -> bool:
    """`<Agency> mengatakan, ... . “...,” tulis <agency>`: the agency was the subject of the sentence
    before; it goes on in its own voice, not relaying the passage's person."""
    index = ctx.sentence_index(start)
    if not index:
        return False
    before = ctx.sentences[index - 1].span
    if not any(fold(m.group()) in ctx.words.subject_verbs for m in _WORD.finditer(ctx.text, before.start, before.end)):
        return False     # ("<Agency> memuat jadwalnya.": the agency said nothing of its own before)
    subject = ctx.subject(before.start, before.end)
    return subject is not None and subject.key == who.key


def _narrated(ctx: _Context, start: int, end: int) -> bool:
    """`Hubungan kedua negara akan menjadi “...”, tulis <agency>`: the quote closes a sentence the agency
    writes about no person (its subject is none, or a body or thing): the agency's own words."""
    words = list(_WORD.finditer(ctx.text, start, end))
    if len(words) < 2 or ctx.words.pronoun(words[0].group()):
        return False
    who = ctx.subject(start, end)
    # ("X ditangkap di Y “...”, lapor <agency>": a person who undergoes the verb says nothing: the agency's words)
    return (who is None or not who.person and who.how != "topic" or _passive_clause(ctx, start, end)
            or who.how == "topic" and _thing_subject(ctx, start, end) or _deed_clause(ctx, words)
            or who.person and who.key is not None and _joint(ctx, start, end, who) and _deed_clause(ctx, words, True))


def _deed_clause(ctx: _Context, words: list[re.Match], joint: bool = False) -> bool:
    """`X memperlihatkan Y “...”, kata <agency>`, `X dan Y naik ke kapal di mana “...”, kata <agency>`: the
    clause before the quote has a verb and no word of speech, of judging or of reporting: the subject
    does something, says nothing; the quoted words are the agency's account. Two people joined as the
    subject (`joint`) need no verb of a verb's shape (`X dan Y kemudian naik ke ...`)."""
    folded = [fold(m.group()) for m in words]
    cues = ctx.words
    if any(w in cues.speech_verbs or w in cues.subject_verbs or w in cues.characterising or w in cues.complementisers
           or w in cues.report_verbs or w in cues.according for w in folded):
        return False
    return joint or any(ctx._verb_like(m.group()) for m in words[1:])


def _body_of_capital(ctx: _Context, capital: _Who, pos: int) -> _Who | None:
    """`“...”, klaim Seoul.` with no one named in the sentence: the body of the state the capital stands for
    named last in the passage (this paragraph or the one before; `Menurut Kementerian Luar Negeri <state>,
    ...`), no news agency. None when the passage names no body of that state."""
    state = ctx.words.capitals.get(fold(ctx.actors[capital.key].name))
    here = ctx.paragraph_at(pos)
    if state is None or here < 0:
        return None
    forms = {state} | {m.text for a in ctx.actors.values() if a.kind == "country" and a.name == state
                       for m in a.mentions}
    forms = {f" {' '.join(map(fold, form.split()))} " for form in forms}
    slug = "-" + slugify(state)
    for mention in reversed(ctx.mentions_in(ctx.paragraphs[max(0, here - 1)][1].start, pos)):
        actor = ctx.actors.get(mention.key)
        if actor is None or actor.kind != "organization":
            continue
        named = f" {' '.join(map(fold, actor.name.split()))} "
        if any(form in named for form in forms) or (actor.register_id or "").endswith(slug):
            who = ctx.of_key(actor.key, "capital-body")
            if who is not None and not ctx.agency(who):
                return who
    return None


def _named_speaker(ctx: _Context, sentence: Sentence, quoted: Span | None) -> _Who | None:
    """A person or (non-agency) body named in `sentence` after the quote, or before the first verb,
    not as who is spoken to."""
    start, end = sentence.span.start, sentence.span.end
    verb = next((m.start() for m in _WORD.finditer(ctx.text, start, quoted.start if quoted else end)
                 if ctx._is_breaker(m.group())), quoted.start if quoted else end)
    zones = [(start, verb)] + ([(quoted.end, end)] if quoted is not None else [])
    for a, b in zones:
        for mention in ctx.mentions_in(a, b):
            if mention.kind in ("person", "organization") and not ctx.addressed(mention.span.start):
                who = ctx.of_key(mention.key, "named")
                if who is not None and not ctx.agency(who):
                    return who
    return None


def _reported_clause(ctx: _Context, start: int, end: int) -> bool:
    """A speech verb and its complementiser before `end` in the sentence ("Dia mengatakan bahwa ...
    “...”, ... diterapkan untuk “...”"): every later clause of the sentence is the speaker's report,
    a passive verb in it included."""
    words = [fold(m.group()) for m in _WORD.finditer(ctx.text, start, end)]
    return any(w in ctx.words.complementisers and any(v in ctx.words.speech_verbs for v in words[:i])
               for i, w in enumerate(words))


def _statement_opening(ctx: _Context, start: int, pos: int) -> _Who | None:
    """`Dalam laporan Tass, X digambarkan sebagai “...”`: the sentence from `start` opens on a statement and
    its issuer, a person or body the article names: the issuer's words (not relayed: the statement's)."""
    found = ctx.words.statement_opening.match(ctx.text, start)
    if found is None:
        return None
    who = ctx.who(found.start("who"), found.end("who"), pos)
    if who is None or not who.name or not who.key or who.key not in ctx.actors \
            or ctx.actors[who.key].kind not in ("person", "organization"):
        return None
    return _Who(who.name, who.key, who.person, "statement")


def _speech_possessor(ctx: _Context, start: int, end: int) -> _Who | None:
    """`... penekanan X atas “...”`, `seruan X soal “...”`: a noun of speech, the person or body whose
    speech it is, at most a word of topic, then the mark: the possessor's words, whoever reports them."""
    mentions = ctx.mentions_in(start, end)
    if not mentions:
        return None
    last = mentions[-1]
    if last.kind not in ("person", "organization"):
        return None
    between = ctx.text[last.span.end:end].split()
    if len(between) > 1 or any(fold(w) not in ctx.words.speech_topics for w in between):
        return None
    before = [m for m in _WORD.finditer(ctx.text, max(start, last.span.start - 30), last.span.start)]
    if not before or fold(before[-1].group()) not in ctx.words.speech_nouns:
        return None
    return ctx.of_key(last.key, "speech-possessor")


def _passive_agent(ctx: _Context, start: int, end: int) -> _Who | None:
    """`Langkah itu dinilai X setara dengan “...”`, `disebut oleh X sebagai “...”`: the person or body
    named right after the clause's passive verb of judging or naming (its agent, `oleh` or not)."""
    words = list(_WORD.finditer(ctx.text, start, end))
    verb = next((m for m in reversed(words) if ctx._verb_like(m.group())), None)
    if verb is None or fold(verb.group()) not in ctx.words.judging_passives:
        return None
    agent = next(iter(ctx.mentions_in(verb.end(), end)), None)
    if agent is None or agent.kind not in ("person", "organization"):
        return None
    if any(fold(w) not in ctx.words.agent for w in ctx.text[verb.end():agent.span.start].split()):
        return None       # (only blanks or "oleh" between the verb and its agent)
    return ctx.of_key(agent.key, "passive-agent")


def _passive_clause(ctx: _Context, start: int, end: int) -> bool:
    """The verb nearest before `end` is passive ("X, yang kasusnya diklasifikasikan sebagai “...”",
    "Y dijuluki “...”") and no speech word stands in the clause: the subject undergoes the verb, the
    quoted words are someone else's."""
    words = list(_WORD.finditer(ctx.text, start, end))
    if any(fold(m.group()) in ctx.words.speech_verbs or fold(m.group()) in ctx.words.complementisers
           for m in words):
        return False      # (in "X menyatakan bahwa Y diambil untuk “...”" the words are X's)
    verb = next((m for m in reversed(words) if ctx._verb_like(m.group())), None)
    # ("yang disebutnya “...”": the suffix names the agent, the person the passage is about)
    return verb is not None and fold(verb.group()).startswith(ctx.words.passive_prefixes) \
        and not fold(verb.group()).endswith(ctx.words.agent_suffixes)


def _quoted_source(ctx: _Context, sentence: Sentence, quoted: Span | None, pos: int) -> _Who | None:
    """Who an agency quotes in the quote's sentence, outside the quote (`mengutip X`); a nameless
    _Who for an unnamed source (`mengutip seorang pejabat`); None when it quotes nobody."""
    start, end = sentence.span.start, sentence.span.end
    ranges = [(start, end)] if quoted is None else [(quoted.end, end), (start, quoted.start)]
    relays = ctx.words.shapes["speech_relays"]
    for a, b in ranges:
        units = units_of(tokens(ctx.text, a, b))
        found = relays.search(units)
        if found:
            start = units[found.at("who")].start
            # ("mengutip pernyataan X": the statement noun is read with the source phrase)
            after_word = units[found.start].end
            if ctx.words.statement_noun.fullmatch(ctx.text, after_word, start):
                start = after_word
            who = ctx.who(start, phrase_end(ctx.text, start, b), pos)
            if who is None:
                return None
            if who.how == "anonymous":
                return _Who(None, None, False, "anonymous")
            # (an agency quoting another agency, `Reuters mengutip kantor berita X`, relays the source's words)
            return who
    return None


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
