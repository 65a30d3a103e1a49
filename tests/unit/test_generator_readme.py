"""generator/README.md's worked example: a cue added as data changes the record as it says."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from generator.extract import extract
from generator.lexicon import load_lexicon
from generator.model import Article, to_record
from generator.resolve import resolve

README = Path(__file__).resolve().parents[2] / "generator" / "README.md"
LEAD = ("Menteri Arvenia Kunjungi Lurin untuk Bahas Kerja Sama\n\n"
        "LURIN, Kabar Contoh - Menteri Luar Negeri Arvenia Dara Kolsen tiba di Lurin pada Senin (3/3/2031) "
        "untuk membahas kerja sama pelabuhan.\n\n")
EXAMPLE = '"Kami siap bekerja sama," gumam Kolsen kepada wartawan.\n'
COUNTER = '"Jangan gumam saja," kata Kolsen.\n'


def quotes_of(text: str, content: Path) -> list[dict]:
    lex = load_lexicon(content)
    brief = extract(Article(id="contoh", path="contoh.txt", text=text), lex)
    return to_record(brief, resolve([brief], lex))["quotes"]


@pytest.fixture
def overlay(tmp_path) -> Path:
    (tmp_path / "lang").mkdir()
    (tmp_path / "lang" / "speech.yaml").write_text("cues_after: [gumam]\n", encoding="utf-8")
    return tmp_path


def test_the_worked_example_before_and_after(tmp_path, overlay):
    readme = README.read_text(encoding="utf-8")
    assert EXAMPLE.strip() in readme and COUNTER.strip() in readme
    (before,) = quotes_of(LEAD + EXAMPLE, tmp_path / "none")
    assert (before["text"], before["speaker"], before["cue"], before["rule"]) == \
        ("Kami siap bekerja sama,", None, None, "straight/none")
    assert json.dumps({k: before[k] for k in ("text", "speaker", "cue", "rule")}, ensure_ascii=False) in readme
    (after,) = quotes_of(LEAD + EXAMPLE, overlay)
    assert (after["speaker"], after["cue"]["text"], after["rule"]) == \
        ("Arvenia Dara Kolsen", "gumam", "straight/after:gumam")
    assert f'"rule": "{after["rule"]}"' in readme and f'"speaker": "{after["speaker"]}"' in readme


def test_the_counter_example_keeps_its_cue(overlay):
    (quote,) = quotes_of(LEAD + COUNTER, overlay)
    assert (quote["speaker"], quote["cue"]["text"], quote["rule"]) == ("Arvenia Dara Kolsen", "kata", "straight/after:kata")


# -- the worked example of a shape -------------------------------------------------------------

SHAPE_EXAMPLE = "Kunjungan itu disambut Tomas Reyven selaku juru bicara Kementerian Luar Negeri Rusia di bandara.\n"


def persons_of(text: str, content: Path) -> dict[str, dict]:
    lex = load_lexicon(content)
    brief = extract(Article(id="contoh", path="contoh.txt", text=text), lex)
    return {p["name"]: p for p in to_record(brief, resolve([brief], lex))["persons"]}


def shape_rule(readme: str) -> str:
    """The YAML of the worked example, as the README shows it."""
    block = readme.split("### Worked example: a new shape of apposition", 1)[1]
    return block.split("```yaml\n", 1)[1].split("```", 1)[0]


@pytest.fixture
def shape_overlay(tmp_path) -> Path:
    (tmp_path / "lang").mkdir()
    (tmp_path / "lang" / "shapes.yaml").write_text(shape_rule(README.read_text(encoding="utf-8")), encoding="utf-8")
    return tmp_path


def test_the_worked_shape_before_and_after(tmp_path, shape_overlay):
    readme = README.read_text(encoding="utf-8")
    assert SHAPE_EXAMPLE.strip() in readme
    before = persons_of(LEAD + SHAPE_EXAMPLE, tmp_path / "none")["Tomas Reyven"]
    fields = ("name", "role", "affiliation")
    assert json.dumps({k: before[k] for k in fields}, ensure_ascii=False) in readme
    assert [m["rule"] for m in before["mentions"]] == ["person:name-shape"]
    after = persons_of(LEAD + SHAPE_EXAMPLE, shape_overlay)["Tomas Reyven"]
    assert (after["role"], after["affiliation"]) == ("juru bicara Kementerian Luar Negeri Rusia",
                                                     "Kementerian Luar Negeri Rusia")
    assert json.dumps({k: after[k] for k in fields}, ensure_ascii=False) in readme
    assert [m["rule"] for m in after["mentions"]] == ["person:apposition"]


def test_the_worked_shape_counter_example_keeps_no_role(shape_overlay):
    rule = yaml.safe_load(shape_rule(README.read_text(encoding="utf-8")))["appositions"][0]
    person = persons_of(LEAD + rule["counter_example"] + "\n", shape_overlay)["Arvo Melkin"]
    assert person["role"] is None


def test_the_worked_shape_matches_its_example_only(shape_overlay):
    from generator.actor_kit import kit_of
    from tests.unit.test_shapes import items

    lex = load_lexicon(shape_overlay)
    shapes = kit_of(lex).shapes["appositions"]
    rule = yaml.safe_load(shape_rule(README.read_text(encoding="utf-8")))["appositions"][0]
    found = shapes.search(items(lex, rule["example"]))
    assert found is not None and found.rule == "apposition:capacity"
    assert shapes.search(items(lex, rule["counter_example"])) is None
