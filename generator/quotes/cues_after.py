"""A speaker from what follows the closing mark: the cue after it and whom it names (a role holder
apposed, a statement pointed back, a body in brackets; never who is spoken to), a person named right after
the mark, an agency or a channel reporting there; and a recap sentence after a quote without a cue."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..document import first_of, first_word
from ..lexicon import fold
from ..model import Quote, Sentence, Span
from .carry import _body_goes_on, _voice_carried
from .common import (_APPOSITION, _Attribution, _kind_of, _speaking_body, _speaks, TOPIC_PARAGRAPHS, _Who,
                     WHO_MAX, _WORD)
from .cue_shapes import _after_cue, _after_relay, _after_report, _after_subject, _after_suffixed, _lost_cue
from .marks import _mark_start, MARKS, OPENERS
from .speakers import _last_voice

if TYPE_CHECKING:
    from .context import _Context
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
    found = _after_channel(ctx, piece.close_at + 1, limit, piece.parts[0].start) \
        or _passive_after(ctx, piece.close_at + 1, limit, piece.parts[0].start)
    if found:
        return found
    return _name_after_mark(ctx, piece.close_at + 1, limit, opens_sentence=opens)


def _passive_after(ctx: _Context, start: int, end: int, pos: int) -> _Attribution | None:
    """`“...,” demikian dinyatakan kementerian itu.`: a passive cue after the comma that closes the words,
    its agent the speaker (the shape a recap sentence takes, `Demikian disampaikan X.`, kept in the quote's)."""
    if ctx.text[start:start + 1] in ",":
        start += 1
    found = ctx.words.recap.match(ctx.text, start, end)
    if not found or not ctx.text[found.start():found.start("cue")].strip():
        return None
    who = ctx.who(found.start("who"), found.end("who"), pos) or ctx.generic_body(found.start("who"), found.end("who"), pos)
    if who is None or not who.name:
        return None
    return _Attribution(who, Span(found.start("cue"), found.end("cue")), f"after-passive:{found.group('cue').lower()}")


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
