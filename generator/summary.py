"""Extractive summary: two to four body sentences that carry the most of the article's actors.

A sentence carries the actors it names and the people the document's salience layer says it reports on
(the person `Ia menegaskan bahwa ...` points at; not the speaker of a quotation: a summary reports, and
the quoted words are the speaker's): the one answer to whom a passage is about, laid by the quote pass,
that actors and quotes read too."""
from __future__ import annotations

from bisect import bisect_right

from . import salience
from .document import Document, word_pieces
from .model import Actor, Article, Sentence, Span

MIN_SENTENCES, MAX_SENTENCES = 2, 4
# A summary sentence must read on its own: not a fragment, not a wall of text.
WORDS = (6, 60)
# Two sentences sharing this share of their words say the same thing (a standfirst and its lead).
NEAR_DUPLICATE = 0.6
# News puts the point first: the lead is always in, and later sentences lose weight with distance.
POSITION_DECAY = 0.85


def summarise(article: Article, sentences: tuple[Sentence, ...], actors: tuple[Actor, ...],
              doc: Document | None = None) -> tuple[Span, ...]:
    """Choose 2-4 body sentences (never headline, caption or furniture), returned in text order."""
    body = [s for s in sentences if not s.caption]
    usable = [s for s in body if WORDS[0] <= len(s.span.of(article.text).split()) <= WORDS[1]]
    if not usable:
        usable = body[:MAX_SENTENCES]
    if not usable:
        return ()
    mentions_in: dict[Span, set[str]] = {s.span: set() for s in usable}
    starts = [s.span.start for s in usable]
    weight: dict[str, int] = {}
    for actor in actors:
        weight[actor.key] = len(actor.mentions)
        for mention in actor.mentions:
            # The one usable sentence that could hold the mention: the last one starting before it.
            index = bisect_right(starts, mention.span.start) - 1
            if index >= 0 and mention.span in usable[index].span:
                mentions_in[usable[index].span].add(actor.key)
    # The people the salience layer says a sentence reports on, by the sentence's rank.
    about: dict[int, set[str]] = {}
    if doc is not None:
        for position, key in salience.reported(doc):
            if key in weight:
                index = bisect_right(starts, position) - 1
                if index >= 0 and position < usable[index].span.end:
                    about.setdefault(index, set()).add(key)
    scores = []
    for rank, s in enumerate(usable):
        keys = mentions_in[s.span] | about[rank] if rank in about else mentions_in[s.span]
        entity_score = sum(1 + weight.get(key, 0) ** 0.5 for key in keys)
        scores.append(((1.0 + entity_score) * POSITION_DECAY ** rank, -rank, s))
    words = {s.span: set(map(str.lower, word_pieces(article.text, s.span.start, s.span.end))) for s in usable}

    def repeats(span: Span, chosen: set[Span]) -> bool:
        return any(len(words[span] & words[c]) >= NEAR_DUPLICATE * min(len(words[span]), len(words[c]))
                   for c in chosen)

    lead = usable[0]
    chosen = {lead.span}
    distinct = [s for s in usable if not repeats(s.span, {lead.span}) or s is lead]
    count = min(MAX_SENTENCES, max(MIN_SENTENCES, len(distinct) // 4 + 1), len(distinct))
    for _, _, s in sorted(scores, key=lambda t: (t[0], t[1]), reverse=True):
        if len(chosen) >= count:
            break
        if not repeats(s.span, chosen):
            chosen.add(s.span)
    return tuple(sorted(chosen))
