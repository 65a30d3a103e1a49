"""`_Descriptions`, the part of `_Context` for a description pointing back after a cue (`kata manajer
berusia 33 tahun itu`): the person it fits, and the role it gives them (`_role_by`, read by
`with_described_roles`)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..document import first_of
from ..lexicon import fold
from ..model import Actor, Span
from .common import key_missing, _sentence_end, TOPIC_PARAGRAPHS, _Who

if TYPE_CHECKING:
    from .context import _Context


def _topic_holding(ctx: _Context, role: list[str], pos: int, country: _Who | None) -> _Who | None:
    """`“...,” kata presiden itu` after `X (a president) memperingatkan pemerintahan Presiden Y`: when the person the passage is about holds the post the description states
    too, the description points at them, not at whoever holding it was named last."""
    topic = ctx.topic(pos)
    if topic is None or topic.key not in ctx.actors:
        return None
    actor = ctx.actors[topic.key]
    if country is not None and not ctx.acts_for(actor, ctx.actors[country.key].name):
        return None
    held = ctx.actor_words(actor)[1]
    return _Who(topic.name, topic.key, True, "described") if all(fold(w) in held for w in role) else None


class _Descriptions:
    """Part of `_Context`: whom a description pointing back after a cue names (`kata manajer berusia 33
    tahun itu`), and the roles such descriptions state."""

    def described(self, phrase: list[re.Match], pos: int, country: _Who | None = None) -> _Who | None:
        """`kata manajer berusia 33 tahun itu`, `kata pejabat militer X itu`: a description pointing back.
        The person named before whose role holds its words; else the person the passage is about, when
        the description fits them: the country it names is theirs, and its head is a noun for a person of
        any post or a word of their role (or the text gives them no role: the description states it,
        `described_roles`); else nobody."""
        words = self.words
        if phrase and fold(phrase[0].group()) in words.thing_heads:
            return None   # ("tulis dokumen tersebut", "kata kementerian itu" with no such body: no person)
        cut = next((i for i, m in enumerate(phrase) if fold(m.group()) in words.age_words), len(phrase))
        country_words = {fold(t) for t in re.split(r"[\s-]+", self.actors[country.key].name)} if country else set()
        role_words = [m for m in phrase[:cut] if fold(m.group()) not in words.anaphora]
        role_words = role_words[:next((i for i, m in enumerate(role_words) if fold(m.group()) in country_words),
                                      len(role_words))]
        # "Menlu X itu": an abbreviated post written out (titles.yaml expansions).
        role = [w for m in role_words for w in words.title_expansions.get(fold(m.group()), m.group()).split()]
        by_role = self.by_words(role, pos, roles=True, before=True) if role else None
        if by_role is not None and by_role.person and (
                country is None or self.acts_for(self.actors[by_role.key], self.actors[country.key].name)):
            return _topic_holding(self, role, pos, country) or by_role
        # "mantan duta besar": a former post says nothing against the post held now.
        former = bool(role) and fold(role[0]) in words.former
        head = fold(role[0]) if role else None
        stated = [fold(w) for w in role if fold(w) in words.title_words]
        nation = fold(self.actors[country.key].name) if country else None
        country_name = self.actors[country.key].name if country else ""

        def fits(actor: Actor, known: bool) -> bool:
            if nation is not None and (actor.affiliation or known) and not self.acts_for(actor, country_name):
                return False
            # (the post's words the description states, heads and portfolios, must be the person's)
            return (head is None or former or not _role_by(actor, pos) or head in words.generic_people
                    or all(w in self.actor_words(actor)[1] for w in stated))
        topic = self.topic(pos) or self.distant_topic(pos)
        if topic is not None and fits(self.actors[topic.key], False):
            if (not _role_by(self.actors[topic.key], pos) and head not in words.generic_people and not former
                    and role_words
                    and all(m.group()[0].islower() for m in role_words[:1])):
                span = Span(role_words[0].start(), role_words[-1].end())
                self.described_roles.setdefault(topic.key, span)
            return _Who(topic.name, topic.key, True, "described")
        if nation is None:
            return None
        # "kata pejabat militer X itu" after a passage about someone else: the latest person of the
        # passage acting for X whom the description fits.
        here = self.paragraph_at(pos)
        floor = self.paragraphs[max(here - TOPIC_PARAGRAPHS, 0)][1].start if here >= 0 else 0
        for mention in reversed(self.mentions_in(floor, pos)):
            actor = self.actors.get(mention.key)
            if mention.kind == "person" and actor is not None and fits(actor, True):
                return self.of_key(actor.key, "described")
        return None

    def distant_topic(self, pos: int) -> _Who | None:
        """The latest person subject or speaker before `pos` however far back, when no other person is
        named after that sentence: a description pointing back (`kata tamu asal X tersebut`) reaches further than a
        pronoun, across paragraphs about things."""
        best = self.latest(pos)
        if best is None or key_missing(self.actors, best[1]) or any(
                m.kind == "person" and m.key != best[1] for m in self.mentions_in(_sentence_end(self, best[0]), pos)):
            return None
        return _Who(self.actors[best[1]].name, best[1], True, "topic")

    def late_description(self, words: list[re.Match], start: int, zone_end: int, end: int, pos: int,
                         found: _Who | None) -> _Who | bool | None:
        """`ujar pria yang telah menjabat sejak 2004 tersebut`, `ujar mantan duta besar X untuk PBB itu`: a
        description (no name, nobody unnamed) closing its sentence on the word pointing back, after a
        relative clause or a name (after a common noun the word is that noun's: `dalam pernyataan itu`).
        None when the words are no such description; else whom `described` finds (False: nobody)."""
        head = fold(words[0].group())
        if (not words[0].group()[0].islower() or head in self.words.anonymous and head not in self.words.generic_people
                or found is not None and (found.person or self.actors[found.key].kind != "country")):
            return None
        stop = first_of(".!?", self.text, zone_end, end)
        tail = [m for m in words if zone_end <= m.start() and (stop is None or m.end() <= stop)]
        if (len(tail) < 3 or fold(tail[-1].group()) not in self.words.anaphora
                or fold(tail[0].group()) not in self.words.relative and tail[-2].group()[0].islower()
                or self.generic_body(start, zone_end, pos) is not None):
            return None
        return self.described([m for m in words if m.start() < zone_end], pos, found) or False


def _role_by(actor: Actor, pos: int) -> bool:
    """The actor's role is stated before `pos` (a post stated only further on, in a later caption, says
    nothing against a description of the person at `pos`)."""
    return bool(actor.role) and (actor.role_span is None or actor.role_span.start < pos)
