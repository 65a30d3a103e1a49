"""The stand-off invariant over every record of every seed: text[start:end] == mention text."""
from __future__ import annotations

import pytest

SEEDS = ["000_bb3a51cba430223e", "001_623a4fe61b1ac6d9", "002_f2c33afa57cce4e7",
         "003_d4f1ac2a88bca518", "004_0cc1f0da2c6609c2"]


def spans_of(record: dict):
    for field in ("persons", "organizations", "countries", "places"):
        for entity in record[field]:
            for mention in entity["mentions"]:
                yield field, mention
    for field in ("dates", "quotes", "statements"):
        for item in record[field]:
            yield field, item


@pytest.mark.parametrize("name", SEEDS)
def test_offsets_point_at_their_text(name, seed_records, seed_articles):
    text = seed_articles[name].text
    for field, item in spans_of(seed_records[name]):
        if field == "quotes" and item.get("parts"):
            continue
        assert text[item["start"]:item["end"]] == item["text"], (field, item)


@pytest.mark.parametrize("name", SEEDS)
def test_offsets_summary_sentences_are_body_text(name, seed_records, seed_articles, seed_briefs):
    text = seed_articles[name].text
    body = seed_briefs[name].layout.body
    record = seed_records[name]
    assert 2 <= len(record["summary"]) <= 4
    for sentence, span in zip(record["summary"], record["summary_spans"]):
        assert text[span["start"]:span["end"]] == sentence
        assert any(b.start <= span["start"] and span["end"] <= b.end for b in body)
