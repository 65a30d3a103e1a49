"""Blind held-out gate: six unseen Indonesian articles scored by ../shared/eval/score.py.

The articles in tests/data/heldout/ were written without reading the extractor.
Do not read them, do not tune on them; only the aggregate figures below matter.
Floors in floors.json are the measured values rounded down to 0.05 (`leaks<` is
a ceiling); `_goals` records the issue's targets, `_measured` the exact values.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import SCORER, assert_floors, score_records

ROOT = Path(__file__).resolve().parent.parent
HELDOUT = Path(__file__).resolve().parent / "data" / "heldout"
ARTICLES = HELDOUT / "articles"
GOLD = HELDOUT / "gold"
CHECKER = SCORER.parent / "check_gold.py"
FLOORS = {k: v for k, v in json.loads((HELDOUT / "floors.json").read_text(encoding="utf-8")).items()
          if not k.startswith("_")}

pytestmark = pytest.mark.skipif(not SCORER.exists(), reason="../shared/eval/score.py is absent")


def _briefing() -> list[str]:
    cli = ROOT / ".venv" / "bin" / "briefing"
    return [str(cli)] if cli.exists() else [sys.executable, "-m", "generator"]


@pytest.fixture(scope="module")
def heldout_scores(tmp_path_factory) -> dict:
    articles = sorted(str(p) for p in ARTICLES.glob("*.txt"))
    assert len(articles) == 6
    done = subprocess.run(_briefing() + ["extract", "--json", "--content", str(ROOT / "content"), *articles],
                          capture_output=True, text=True, check=False, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    records = tmp_path_factory.mktemp("heldout") / "records.json"
    records.write_text(done.stdout, encoding="utf-8")
    return score_records(GOLD, records)


@pytest.mark.skipif(not CHECKER.exists(), reason="../shared/eval/check_gold.py is absent")
def test_heldout_gold_is_valid():
    done = subprocess.run([sys.executable, str(CHECKER), str(GOLD), str(ARTICLES)],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "6 gold files OK" in done.stdout


def test_heldout_scores_every_article(heldout_scores):
    assert "articles 6/6" in heldout_scores["_report"], heldout_scores["_report"]


@pytest.mark.parametrize("field", sorted(FLOORS))
def test_heldout_floor(heldout_scores, field):
    assert_floors(heldout_scores, FLOORS, field)
