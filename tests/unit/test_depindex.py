"""The dependency index's bookkeeping (generator/depindex.py): which groups a warm build may take
from the last build, and when it must render everything."""
from __future__ import annotations

import json

import pytest

from generator import depindex
from generator.depindex import Tracker

SIGNATURES = {"a:one": "1", "a:two": "2", "e:kim": "k1", "k:seoul": "s1", "q:kim": "-"}
KEYS = {"one": "key-one", "two": "key-two"}


def first_build(signatures=SIGNATURES, keys=KEYS) -> dict:
    """The index a build leaves after rendering two groups."""
    tracker = Tracker(context="ctx", signatures=dict(signatures), keys=dict(keys))
    assert tracker.reason == "no index of the last build" and tracker.fresh("brief:one") is None
    tracker.record("brief:one", {"a:one", "e:kim"}, ["briefs/one.md"])
    tracker.record("entity:kim", {"e:kim", "a:one", "a:two", "k:seoul", "q:kim"}, ["entities/kim.md"], row={"n": 2})
    return json.loads(json.dumps(tracker.to_json()))          # as stored and read back


def test_depindex_unchanged_keys_reuse_every_group():
    again = Tracker(context="ctx", signatures=dict(SIGNATURES), keys=dict(KEYS), previous=first_build())
    assert again.reason is None
    assert again.fresh("brief:one")["pages"] == ["briefs/one.md"]
    assert again.fresh("entity:kim")["row"] == {"n": 2}
    assert again.fresh("entity:other") is None                 # never recorded


@pytest.mark.parametrize("key, value, stale", [
    ("a:two", "2b", {"entity:kim"}),                  # an article only the entity reads
    ("e:kim", "k2", {"brief:one", "entity:kim"}),     # read by both
    ("k:seoul", None, {"entity:kim"}),                # gone: a missing key is a changed key
    ("q:kim", "quotes/k.md", {"entity:kim"}),         # absent before, present now
    ("e:lee", "l1", set()),                           # a key nobody read
])
def test_depindex_a_changed_key_renders_exactly_the_groups_that_read_it(key, value, stale):
    signatures = dict(SIGNATURES)
    if value is None:
        del signatures[key]
    else:
        signatures[key] = value
    keys = dict(KEYS, two="key-two-edited") if key.startswith("a:") else dict(KEYS)
    again = Tracker(context="ctx", signatures=signatures, keys=keys, previous=first_build())
    assert again.reason is None
    assert {g for g in ("brief:one", "entity:kim") if again.fresh(g) is None} == stale


def test_depindex_signatures_known_later_are_compared_once_added():
    signatures = {k: v for k, v in SIGNATURES.items() if not k.startswith("q:")}
    again = Tracker(context="ctx", signatures=signatures, keys=dict(KEYS), previous=first_build())
    assert again.fresh("brief:one") is not None
    again.add({"q:kim": "quotes/k.md"})
    assert again.fresh("entity:kim") is None
    again.add({"q:kim": "-"})
    assert again.fresh("entity:kim") is not None


@pytest.mark.parametrize("change, reason", [
    (lambda index: index.update(context="other"), "code, templates, labels, settings or lexicon changed"),
    (lambda index: index.update(version=0), "index of another version"),
    (lambda index: index["groups"]["brief:one"].update(deps=[99]), "index unreadable"),
    (lambda index: index["groups"]["brief:one"].update(deps=[-1]), "index unreadable"),
    (lambda index: index.pop("signatures"), "index unreadable"),
    (lambda index: index.update(groups=[]), "index unreadable"),
])
def test_depindex_another_context_or_a_damaged_index_renders_everything(change, reason):
    index = first_build()
    change(index)
    again = Tracker(context="ctx", signatures=dict(SIGNATURES), keys=dict(KEYS), previous=index)
    assert again.reason == reason and again.previous is None
    assert again.fresh("brief:one") is None and again.fresh("entity:kim") is None
    again.record("brief:one", {"a:one"}, ["briefs/one.md"])   # and the next build has an index again
    assert Tracker(context="ctx", signatures=dict(SIGNATURES), keys=dict(KEYS),
                   previous=again.to_json()).fresh("brief:one") is not None


def test_depindex_an_unchanged_article_that_resolves_differently_renders_everything():
    """Same brief (same cache key), other entities: another article moved an identity."""
    moved = Tracker(context="ctx", signatures=dict(SIGNATURES, **{"a:two": "2-joined"}), keys=dict(KEYS),
                    previous=first_build())
    assert moved.reason == "resolution changed for an unchanged article (two)"
    # The same change of signature with a changed brief is that article's own change.
    edited = Tracker(context="ctx", signatures=dict(SIGNATURES, **{"a:two": "2-joined"}),
                     keys=dict(KEYS, two="key-two-edited"), previous=first_build())
    assert edited.reason is None
    # A brief cut by the time limit has a signature of its own every build: not an identity move.
    cut = depindex.unstable()
    before = first_build(signatures=dict(SIGNATURES, **{"a:two": cut}), keys=dict(KEYS, two=cut))
    again = Tracker(context="ctx", signatures=dict(SIGNATURES, **{"a:two": depindex.unstable()}),
                    keys=dict(KEYS, two=cut), previous=before)
    assert again.reason is None and again.fresh("entity:kim") is None and again.fresh("brief:one") is not None


def test_depindex_kept_groups_keep_their_key_numbers_and_unused_keys_are_dropped():
    index = first_build()
    again = Tracker(context="ctx", signatures=dict(SIGNATURES), keys=dict(KEYS), previous=index)
    again.keep("brief:one", again.fresh("brief:one"))
    again.record("entity:lee", {"e:lee", "a:one"}, ["entities/lee.md"])
    saved = again.to_json()
    assert saved["groups"]["brief:one"]["deps"] == index["groups"]["brief:one"]["deps"]
    table = [key for key, _ in saved["signatures"]]
    assert table[:len(index["signatures"])] == [key for key, _ in index["signatures"]] and "e:lee" in table
    # Past twice the live keys (and a margin), numbering starts afresh with the keys in use.
    many = Tracker(context="ctx", signatures=dict(SIGNATURES), keys=dict(KEYS))
    for i in range(1200):
        many.record(f"g{i}", {f"a:x{i}"}, [])
    many.groups = {"g0": many.groups["g0"]}
    assert many.to_json()["signatures"] == [["a:x0", "-"]]


def test_depindex_soft_keys_leave_the_group_to_the_caller():
    """A brief's related list reads other briefs' entities and its entities' counts: when only those
    changed, the group is offered (`fresh`) with `soft_changed` true, and kept with the soft keys
    its check read again."""
    tracker = Tracker(context="ctx", signatures=dict(SIGNATURES), keys=dict(KEYS))
    tracker.record("brief:one", {"a:one"}, ["briefs/one.md"], soft={"e:kim", "a:two"}, related="r1")
    index = json.loads(json.dumps(tracker.to_json()))
    same = Tracker(context="ctx", signatures=dict(SIGNATURES), keys=dict(KEYS), previous=index)
    assert not same.soft_changed(same.fresh("brief:one"))
    counted = Tracker(context="ctx", signatures=dict(SIGNATURES, **{"e:kim": "k2"}), keys=dict(KEYS), previous=index)
    record = counted.fresh("brief:one")
    assert record["related"] == "r1" and counted.soft_changed(record)
    counted.keep("brief:one", record, soft={"e:kim", "s:three"})
    kept = counted.to_json()
    table = [key for key, _ in kept["signatures"]]
    assert sorted(table[i] for i in kept["groups"]["brief:one"]["soft"]) == ["e:kim", "s:three"]
    edited = Tracker(context="ctx", signatures=dict(SIGNATURES, **{"a:one": "1b"}),
                     keys=dict(KEYS, one="key-one-edited"), previous=index)
    assert edited.fresh("brief:one") is None                   # a hard key: rendered


def test_depindex_entries_and_page_keys_are_taken_only_under_the_same_signature():
    """A brief's rows of the whole-collection pages (Tracker.keep_entries) come back from the last
    build only under the same entries signature (never an unstable one), this build's own first;
    a page key likewise; a spoilt index gives none."""
    first = Tracker(context="ctx", signatures=dict(SIGNATURES), keys=dict(KEYS))
    signature = depindex.entries_signature("a1", ["k1", "k2"])
    first.keep_entries("one", "timeline", signature, [[0, {"text": "x"}]])
    first.page_keys["timeline/2024.md"] = "p1"
    stored = json.loads(json.dumps(first.to_json()))
    again = Tracker(context="ctx", signatures=dict(SIGNATURES), keys=dict(KEYS), previous=stored)
    assert again.kept_entries("one", "timeline", signature) == [[0, {"text": "x"}]]
    assert again.kept_entries("one", "quotes", signature) is None                    # another kind
    assert again.kept_entries("one", "timeline", depindex.entries_signature("a1", ["k1", "k3"])) is None
    assert again.kept_entries("one", "timeline", depindex.entries_signature("a2", ["k1", "k2"])) is None
    assert again.kept_entries("two", "timeline", signature) is None
    unstable = depindex.unstable()
    assert depindex.entries_signature(unstable, ["k1"]) == unstable
    assert again.kept_entries("one", "timeline", unstable) is None
    again.keep_entries("one", "timeline", signature, [[1, {"text": "y"}]])         # this build's first
    assert again.kept_entries("one", "timeline", signature) == [[1, {"text": "y"}]]
    assert again.kept_page_key("timeline/2024.md") == "p1" and again.kept_page_key("timeline/2025.md") is None
    spoilt = Tracker(context="ctx", signatures=dict(SIGNATURES), keys=dict(KEYS),
                     previous=dict(stored, entries=["one"], page_keys=["timeline/2024.md"]))
    assert spoilt.kept_entries("one", "timeline", signature) is None and spoilt.kept_page_key("timeline/2024.md") is None
    assert depindex.entries_signature("a1", ["k1", "k2"]) != depindex.entries_signature("a1", ["k1k2"])
