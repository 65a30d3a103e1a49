"""How sure an attribution is: a quote's speaker, a bare surname's person, a person's role.

The extractor always answers (a rule fired, its id is kept), but some answers are read off the
text and others are inferred from the passage. A reader must be able to tell them apart, so each
attribution is `certain` when the text states it next to the fact, and otherwise carries the
reason it is a guess. Pure functions of one Brief: nothing here changes what was extracted.
"""
from __future__ import annotations

from dataclasses import dataclass

from .lexicon import fold
from .model import Actor, Brief, Mention, Quote, Span

# A role is stated next to its holder when the post and the name stand in one sentence with no
# other person between them and at most this many characters: the affiliation may sit there
# ("Menteri Pertahanan Negeri X Nama Orang", "Ekonom Lembaga Kajian ... (LKEA), Nama Orang").
# The longest such phrases of the evaluation sets are about 70 characters.
ROLE_NEIGHBOURHOOD = 90
# Mention rules that name the person in full (or through the register); a bare surname is judged
# by whether another person of the article shares it.
SURNAME_RULE_END = "surname"


# Why an attribution is a guess: a code the site turns into its interface language
# (labels `uncertain_<code>`), and the English sentence records.json carries.
REASONS = {
    "shared_surname": "“{surface}” could also be {others}",
    "not_named": "{name} is not named with the quote: inferred from the passage",
    "not_an_actor": "the speaker is not among the article's actors",
    "role_inferred": "the role is inferred, not stated next to the name",
    "role_elsewhere": "the role is stated elsewhere in the text, not next to the name",
}


@dataclass(frozen=True, slots=True)
class Certainty:
    certain: bool
    code: str = ""                       # a key of REASONS when uncertain
    detail: tuple[tuple[str, str], ...] = ()   # the names the reason mentions

    @property
    def reason(self) -> str:
        return REASONS[self.code].format(**dict(self.detail)) if self.code else ""


CERTAIN = Certainty(True)


def _words(name: str) -> set[str]:
    return {fold(w) for w in name.replace("-", " ").split() if w}


def _sharers(brief: Brief, actor: Actor, surface: str) -> list[str]:
    """Other persons of the article whose name holds the word(s) of this bare surname."""
    wanted = _words(surface)
    return sorted(other.name for other in brief.actors
                  if other.kind == "person" and other.key != actor.key and wanted <= _words(other.name))


def mention_certainty(brief: Brief, actor: Actor, mention: Mention) -> Certainty:
    """A bare surname is certain when no other person of the article shares it."""
    if actor.kind != "person" or not mention.rule.endswith(SURNAME_RULE_END):
        return CERTAIN
    sharers = _sharers(brief, actor, mention.text)
    if not sharers:
        return CERTAIN
    return Certainty(False, "shared_surname", (("surface", mention.text), ("others", ", ".join(sharers))))


def _window(brief: Brief, quote: Quote) -> Span:
    """The sentences the quote stands in, and its cue when the cue lies beyond them."""
    start, end = quote.span.start, quote.span.end
    for sentence in brief.sentences:
        if sentence.span.start <= quote.span.start < sentence.span.end:
            start = min(start, sentence.span.start)
        if sentence.span.start < quote.span.end <= sentence.span.end:
            end = max(end, sentence.span.end)
    if quote.cue is not None:
        start, end = min(start, quote.cue.start), max(end, quote.cue.end)
    return Span(start, end)


def _antecedent(brief: Brief, quote: Quote) -> set[str]:
    """Whom a pronoun in the cue (-nya, ia, dia) can mean: the first person or body named in the
    nearest sentence of the quote's paragraph that names one (its subject, as news writes it),
    looking back from the quote; in the quote's own sentence also the last one named before it.
    A body or person named only later in an earlier sentence (an object) does not count."""
    own = next((s for s in brief.sentences if s.span.start <= quote.span.start < s.span.end), None)
    if own is None:
        return set()
    earlier = [s for s in brief.sentences if s.paragraph == own.paragraph and s.span.start <= own.span.start]
    speakers = [(m.span.start, m.span.end, a.key) for a in brief.actors if a.kind in ("person", "organization")
                for m in a.mentions]
    found: set[str] = set()
    for sentence in sorted(earlier, key=lambda s: -s.span.start):
        limit = min(sentence.span.end, quote.span.start)
        named = sorted(m for m in speakers if sentence.span.start <= m[0] and m[1] <= limit)
        if named:
            # Its subject (named first) or, in the quote's own sentence, the one named last.
            found.add(named[0][2])
            if sentence is own:
                found.add(named[-1][2])
            return found
    return found


def speaker_certainty(brief: Brief, quote: Quote) -> Certainty | None:
    """None when there is no speaker; certain when the speaker is named (not by a shared bare
    surname) in the quote's own sentence or its cue, outside the quoted words."""
    if quote.speaker_key is None:
        return None
    actor = next((a for a in brief.actors if a.key == quote.speaker_key), None)
    if actor is None:
        return Certainty(False, "not_an_actor")
    window = _window(brief, quote)
    named = [m for m in actor.mentions
             if window.start <= m.span.start and m.span.end <= window.end
             and not (quote.span.start <= m.span.start and m.span.end <= quote.span.end)]
    if not named:
        if actor.key in _antecedent(brief, quote):
            return CERTAIN      # "X berkata ... . “...,” katanya": the subject just before
        return Certainty(False, "not_named", (("name", actor.name),))
    if any(mention_certainty(brief, actor, m).certain for m in named):
        return CERTAIN
    return mention_certainty(brief, actor, named[0])


def _person_within(brief: Brief, actor: Actor, gap: Span) -> bool:
    return any(other.kind == "person" and other.key != actor.key and m.span.start >= gap.start
               and m.span.end <= gap.end for other in brief.actors for m in other.mentions)


def role_certainty(brief: Brief, actor: Actor) -> Certainty | None:
    """None without a role; certain when the post is stated right next to a mention of the person."""
    if not actor.role:
        return None
    if actor.role_span is None:
        return Certainty(False, "role_inferred")
    post, text = actor.role_span, brief.article.text
    for mention in actor.mentions:
        if post.overlaps(mention.span):
            return CERTAIN
        gap = (Span(post.end, mention.span.start) if mention.span.start >= post.end
               else Span(mention.span.end, post.start))
        between = gap.of(text)
        if (len(between) <= ROLE_NEIGHBOURHOOD and not any(c in between for c in "!?\n")
                and ". " not in between and not _person_within(brief, actor, gap)):
            return CERTAIN
    return Certainty(False, "role_elsewhere")
