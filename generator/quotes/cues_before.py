"""A speaker from what precedes the opening mark: a cue before it in its sentence (`kata X, “`,
`Seperti dikatakan X, “`, `X mengatakan: “`), the subject after an opening lead, a relative clause's
antecedent, the speaker a reporting clause names."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..document import first_of
from ..lexicon import fold
from ..model import Span
from .common import _Attribution, _kind_of, _Who, _WORD
from .cue_shapes import _before_cue, _before_passive, _before_verb
from .marks import MARKS
from .speakers import _speaking_before

if TYPE_CHECKING:
    from .context import _Context


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
