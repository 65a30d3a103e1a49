"""What every part of the quote pass reads: the limits of a speaker phrase and of a passage, the word
and name patterns of the one tokeniser, a speaker phrase (`_Who`), a cue reader's find (`_Found`) and an
attribution (`_Attribution`), and the small tests over a speaker and a sentence that several parts share."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..document import CAPITALISED_RUN, WORD
from ..lexicon import fold
from ..model import Actor, Quote, Span, quick_init
from .. import salience

if TYPE_CHECKING:
    from .context import _Context


# A speaker phrase after a cue is at most this long: a name with its title and organisation.
WHO_MAX = 120
# Marks that end a speaker phrase after a cue (so does a line break), and a subject before its verb
# (the full stop too).
WHO_STOPS = ',;:!?“”"«»()'
SUBJECT_STOPS = WHO_STOPS + "."
# The groups of shapes.yaml the quote pass reads: they match over the document's tokens.
SPEECH_SHAPES = ("speech_cues_after", "speech_subjects_after", "speech_relays_after", "speech_reports_after",
                 "speech_suffixed_after", "speech_cues_before", "speech_passives_before", "speech_verbs_before",
                 "speech_lost_cues", "speech_relays", "speech_relatives")
# A quote's subject is looked for in at most this many of its first words.
WHO_WORDS = 8
# A cue after a closing mark is looked for in at most this many tokens (commas, a lead, the cue, the
# speaker's first word).
CUE_UNITS = 6
# A passage is "about" a person whose subject or quote lies at most this many paragraphs back.
TOPIC_PARAGRAPHS = 2
REPEAT_WORDS = 6         # a quote this long said again word for word is a repeated paragraph
CARRY_PARAGRAPHS = 3     # how far back a suffixed cue with no one in the passage finds the last voice
# Sentences whose salience entries are laid by asking back one from another before the earlier ones
# are laid in order instead (`_Trail`: keeps the recursion shallow on a long chain of pronouns).
TRAIL_DEPTH = 20
# The salience layer's key for an unnamed speaker ("Seorang diplomat ... mengatakan"): a pronoun or
# a suffixed cue after it points at nobody the text names, not at the person before.
NOBODY = salience.NOBODY
# Words come from the one tokeniser, name shapes from the one place (document.py).
_WORD = WORD
_CAPITALISED_RUN = CAPITALISED_RUN
_APPOSITION = re.compile(r"\s*,\s*")
# The comma of an apposition, past a body's abbreviation in brackets ("juru bicara Badan X (BX), Name").
_APPOSITION_PAST_BRACKET = re.compile(r"\s*(?:\([^()\n]{1,30}\)\s*)?,\s*")


@quick_init
@dataclass(frozen=True, slots=True)
class _Who:
    name: str | None
    key: str | None
    person: bool
    how: str                      # which resolution found it: mention, name, role, text, topic


def _kind_of(ctx: _Context, who: _Who | None) -> str | None:
    """The kind of the article's actor `who` names (person, organization, country, place), or None
    (nobody, or a name the article's actors do not hold)."""
    actor = None if who is None else ctx.actors.get(who.key)
    return None if actor is None else actor.kind


def _runs(text: str, start: int, end: int) -> list[list[str]]:
    """The capitalised runs of two or more words in text[start:end], each as its words."""
    return [parts for run in _CAPITALISED_RUN.finditer(text, start, end)
            if len(parts := run.group().rstrip(".").split()) >= 2]


def key_missing(actors: dict[str, Actor], key: str) -> bool:
    return key not in actors


# ---------------------------------------------------------------------------------------------
# Attribution


@quick_init
@dataclass(frozen=True, slots=True)
class _Attribution:
    who: _Who | None
    cue: Span | None
    how: str
    tail: int | None = None       # where the cue's speaker phrase ends (channels are looked for after)


class _Found:
    """Where a shape found a cue and the speaker phrase by it, read as a regex match is (`start()`
    without a name: where the match starts)."""

    __slots__ = ("text", "spans")

    def __init__(self, text: str, cue: tuple[int, int], who: tuple[int, int] | None, at: int | None = None):
        self.text, self.spans = text, {"cue": cue, "who": who, None: (cue[0] if at is None else at, 0)}

    @property
    def named(self) -> bool:
        """Whether the shape names the speaker (not a cue with -nya: the person the passage is about)."""
        return self.spans["who"] is not None

    def start(self, name: str | None = None) -> int:
        return self.spans[name][0]

    def end(self, name: str) -> int:
        return self.spans[name][1]

    def group(self, name: str) -> str:
        a, b = self.spans[name]
        return self.text[a:b]


def _continued(ctx: _Context, previous: Quote) -> _Attribution:
    """The speaker of the quote before goes on."""
    key = previous.speaker_key
    who = ctx.of_key(key, "continued") if key else _Who(previous.speaker, None, False, "continued")
    return _Attribution(who, None, "continued")


def _sentence_end(ctx: _Context, pos: int) -> int:
    sentence = ctx.sentence_at(pos)
    return sentence.span.end if sentence else pos + 1


def _speaks(ctx: _Context, start: int, end: int) -> bool:
    """text[start:end] holds a speech verb."""
    return any(fold(m.group()) in ctx.words.speech_verbs for m in _WORD.finditer(ctx.text, start, end))


def _speaking_body(ctx: _Context, who: _Who) -> bool:
    """A body that speaks for itself (`Kedutaan X menanggapi ... .`): an organisation of the article,
    not a news agency (which relays) and not a state or capital."""
    return _kind_of(ctx, who) == "organization" and not ctx.agency(who)
