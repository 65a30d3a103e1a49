"""The newest events of the timeline (pages.latest_events) read from the last on and stopped early:
the same rows as taking every event and sorting them."""
from __future__ import annotations

import random
from types import SimpleNamespace

import pytest

from generator import pages


def _every_event(views, months, count):
    """latest_events as it was: every event taken, then sorted."""
    limit = pages.sort_key(views.build_date) if views.build_date else "9999"
    found, seen = [], set()
    for _, _, groups in reversed(months):
        for group in reversed(groups):
            for event in reversed(group["events"]):
                key = (event["brief"]["id"], event["text"])
                if event["key"] <= limit and key not in seen:
                    seen.add(key)
                    found.append(event)
    found.sort(key=lambda e: (e["key"], e["brief"]["id"]), reverse=True)
    return found[:count]


def _months(rng: random.Random, n: int) -> list:
    """timeline_groups' shape: months in order, each a list of day groups in calendar order, with
    years alone, weeks and days, several briefs on a day and one event named twice."""
    values = ["2023", "2024", "2024-03", "2024-W10"] + [f"2024-{m:02d}-{d:02d}" for m in (2, 3, 4) for d in (1, 4, 9)]
    events = []
    for i in range(n):
        value = rng.choice(values)
        brief = f"b{rng.randrange(6)}"
        events.append({"key": pages.sort_key(value), "value": value, "brief": {"id": brief},
                       "text": f"event {rng.randrange(4)}"})
    events.sort(key=lambda e: (e["key"], e["value"], e["brief"]["id"], e["text"]))
    months: dict[str, list] = {}
    for value in sorted({e["value"] for e in events}, key=lambda v: (pages.sort_key(v), v)):
        day = [e for e in events if e["value"] == value]
        cut = rng.randrange(1, len(day) + 1)
        for part in (day[:cut], day[cut:]):
            if part:
                months.setdefault(pages.sort_key(value)[:7], []).append({"events": part})
    return [(m, m, months[m]) for m in sorted(months)]


@pytest.mark.parametrize("seed", range(40))
@pytest.mark.parametrize("build_date", [None, "2024-03-04", "2024-02-09"])
@pytest.mark.parametrize("count", [1, 3, 12])
def test_latest_events_are_those_of_every_event_sorted(seed, build_date, count):
    rng = random.Random(seed)
    months = _months(rng, rng.randrange(0, 40))
    views = SimpleNamespace(build_date=build_date)
    assert pages.latest_events(views, months, count) == _every_event(views, months, count)
