"""The shared record types: `quick_init` makes them faster to build and leaves them the same records."""
from __future__ import annotations

import copy
import dataclasses
import inspect
import pickle

import pytest

from generator.cache import _decode, _encode
from generator.model import Actor, DateMention, Mention, Span, quick_init


def test_a_quick_record_is_the_same_record():
    span = Span(3, 9)
    assert span == Span(start=3, end=9) and span != Span(3, 10) and hash(span) == hash(Span(3, 9))
    assert sorted([Span(4, 5), Span(3, 9), Span(3, 4)]) == [Span(3, 4), Span(3, 9), Span(4, 5)]
    with pytest.raises(dataclasses.FrozenInstanceError):
        span.start = 4
    with pytest.raises(TypeError):
        Span(3)
    with pytest.raises(TypeError):
        Span(3, 9, 12)
    with pytest.raises((AttributeError, TypeError)):     # (TypeError: Python 3.11's frozen, slotted dataclass)
        span.other = 1                  # (slots: no new attribute either)
    actor = Actor("p1", "person", "Dara Kolsen", (Mention(span, "Kolsen", "person", "p1", "person:name"),))
    assert (actor.role, actor.affiliation, actor.register_id, actor.role_span) == (None, None, None, None)
    assert dataclasses.replace(actor, role="Menteri").role == "Menteri" and actor.role is None
    assert pickle.loads(pickle.dumps(actor)) == actor and copy.deepcopy(actor) == actor
    assert _decode(_encode(actor)) == actor
    assert list(inspect.signature(DateMention).parameters) == [f.name for f in dataclasses.fields(DateMention)]
    assert DateMention(span, "Senin", None, None, "weekday").scored is True


def test_quick_init_refuses_a_record_it_would_change():
    @dataclasses.dataclass(slots=True)
    class Mutable:
        a: int

    @dataclasses.dataclass(frozen=True)
    class NoSlots:
        a: int

    @dataclasses.dataclass(frozen=True, slots=True)
    class Factory:
        a: list = dataclasses.field(default_factory=list)

    for cls in (Mutable, NoSlots, Factory):
        with pytest.raises(TypeError):
            quick_init(cls)
