"""Extractive summary: two to four body sentences that carry the most of the article's actors.

A sentence carries the actors it names and the people the document's salience layer says it reports on
(the person `Ia menegaskan bahwa ...` points at; not the speaker of a quotation: a summary reports, and
the quoted words are the speaker's): the one answer to whom a passage is about, laid by the quote pass,
that actors and quotes read too."""
from __future__ import annotations

import heapq
from bisect import bisect_right

from . import salience
from .document import Document, lower_pieces
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
    # (the usable sentences are disjoint: each one's actors and words are kept by its rank, a list index,
    # not by its span, whose hash is a Python call)
    mentions_in: list[set[str]] = [set() for _ in usable]
    starts = [s.span.start for s in usable]
    weight: dict[str, int] = {}
    for actor in actors:
        weight[actor.key] = len(actor.mentions)
        for mention in actor.mentions:
            # The one usable sentence that could hold the mention: the last one starting before it.
            index = bisect_right(starts, mention.span.start) - 1
            if index >= 0 and mention.span in usable[index].span:
                mentions_in[index].add(actor.key)
    # (the sets the date scan read for the same sentences)
    words = [lower_pieces(article.text, s.span.start, s.span.end) for s in usable]

    def repeats(rank: int, chosen: list[int]) -> bool:
        own = words[rank]
        for other in chosen:
            if len(own & words[other]) >= NEAR_DUPLICATE * min(len(own), len(words[other])):
                return True
        return False

    chosen = [0]                      # the lead, then the ranks taken
    distinct = [rank for rank in range(len(usable)) if rank == 0 or not repeats(rank, chosen)]
    count = min(MAX_SENTENCES, max(MIN_SENTENCES, len(distinct) // 4 + 1), len(distinct))
    # The sentences in order of score, best first, each taken unless it repeats one taken (the lead
    # always repeats itself). A score counts the people the salience layer says the sentence reports
    # on, and a sentence's own entry (its subject) is worked out only when the sentence could be the
    # next taken: until then its score is bounded by the entries laid so far plus the heaviest actor
    # the sentence does not hold yet (its own entry adds at most one key).
    heaviest = sorted(weight.items(), key=lambda kv: kv[1], reverse=True)

    def score(rank: int, lay: bool) -> float:
        span = usable[rank].span
        keys = mentions_in[rank]
        if doc is not None:
            about = {key for key in salience.reported(doc, span.start, span.end, lay) if key in weight}
            if about:
                keys = keys | about
        entity_score = sum(1 + weight.get(key, 0) ** 0.5 for key in keys)
        if not lay:
            extra = next((w for key, w in heaviest if key not in keys), 0)
            return (1.0 + entity_score + 1 + extra ** 0.5) * POSITION_DECAY ** rank * (1 + 1e-9)
        return (1.0 + entity_score) * POSITION_DECAY ** rank

    exact = doc is None
    queue = [(-score(rank, exact), rank, exact) for rank in range(1, len(usable))]
    heapq.heapify(queue)
    while len(chosen) < count and queue:
        _, rank, known = heapq.heappop(queue)
        if repeats(rank, chosen):
            # (it would be skipped wherever it stands: what it repeats is taken before it)
            continue
        if not known:
            heapq.heappush(queue, (-score(rank, True), rank, True))
            continue
        chosen.append(rank)
    return tuple(sorted(usable[rank].span for rank in chosen))
