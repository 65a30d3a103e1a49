"""Held-out evaluation: the official scorer on articles the extractor was never tuned on.

tests/data/extra/ holds six hand-annotated Indonesian articles (outlets, date styles, quote
styles and people that the seed articles do not show). This test runs the real CLI
(`briefing extract --json`) on them and scores the records with ../shared/eval/score.py
against tests/data/extra/gold. The floors in tests/data/extra/floors.json are the measured
values rounded down to 0.05; they only move up. Do not tune the extractor on these files:
they exist to measure generalisation (see tests/data/extra/README.md).
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import SCORER, assert_floors, score_records

ROOT = Path(__file__).resolve().parent.parent
CHECKER = SCORER.parent / "check_gold.py"
EXTRA = Path(__file__).resolve().parent / "data" / "extra"
ARTICLES = EXTRA / "articles"
GOLD = EXTRA / "gold"
FLOORS = {k: v for k, v in json.loads((EXTRA / "floors.json").read_text(encoding="utf-8")).items()
          if not k.startswith("_")}

pytestmark = pytest.mark.skipif(not SCORER.exists(), reason="../shared/eval/score.py is not beside the repository")


def _extract_command() -> list[str]:
    briefing = Path(sys.executable).parent / "briefing"
    if briefing.exists():
        return [str(briefing), "extract", "--json"]
    return [sys.executable, "-m", "generator", "extract", "--json"]


@pytest.fixture(scope="module")
def unseen_scores(tmp_path_factory) -> dict:
    files = sorted(str(p) for p in ARTICLES.glob("*.txt"))
    assert files, f"no articles in {ARTICLES}"
    done = subprocess.run([*_extract_command(), "--content", str(ROOT / "content"), *files],
                          capture_output=True, text=True, cwd=ROOT, check=False)
    assert done.returncode == 0, done.stderr
    records = tmp_path_factory.mktemp("eval_unseen") / "records.json"
    records.write_text(done.stdout, encoding="utf-8")
    return score_records(GOLD, records)


def test_unseen_gold_is_well_formed():
    if not CHECKER.exists():
        pytest.skip("../shared/eval/check_gold.py is not beside the repository")
    done = subprocess.run([sys.executable, str(CHECKER), str(GOLD), str(ARTICLES)],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout


def test_unseen_every_article_has_a_record(unseen_scores):
    assert "no record for this article" not in unseen_scores["_report"], unseen_scores["_report"]


@pytest.mark.parametrize("field", sorted(FLOORS))
def test_unseen_field_meets_its_floor(field, unseen_scores):
    assert_floors(unseen_scores, FLOORS, field)
