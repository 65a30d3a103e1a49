"""What the whole extraction finds in an invented snippet, in the shapes the unit tests compare."""
from __future__ import annotations


def speakers(brief_of, text: str) -> list[tuple[str, str | None]]:
    """(quoted words, speaker) of every quote found in `text`, in the order of the text."""
    return [(q.text, q.speaker) for q in brief_of(text).quotes]


def attributions(brief_of, text: str) -> list[tuple[str, str | None, str | None]]:
    """(quoted words, speaker, channel) of every quote found in `text`, in the order of the text."""
    return [(q.text, q.speaker, q.channel) for q in brief_of(text).quotes]


def by_name(brief, kind: str) -> dict:
    """The brief's actors of one kind ("person", "organization", "place", ...) by name."""
    return {a.name: a for a in brief.actors if a.kind == kind}


def names(brief, kind: str) -> set:
    """The names of the brief's actors of one kind."""
    return {a.name for a in brief.actors if a.kind == kind}
