"""The evaluation gate: the official scorer on the seed gold files, with floors that only move up."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import GOLD_DIR, SCORER, assert_floors, score_records

FLOORS = {k: v for k, v in json.loads((Path(__file__).parent / "eval_baseline.json").read_text()).items()
          if not k.startswith("_")}

pytestmark = pytest.mark.skipif(not SCORER.exists(), reason="../shared/eval/score.py is not beside the repository")


@pytest.fixture(scope="module")
def scores(seed_records, tmp_path_factory) -> dict:
    path = tmp_path_factory.mktemp("eval") / "records.json"
    path.write_text(json.dumps(list(seed_records.values()), ensure_ascii=False), encoding="utf-8")
    return score_records(GOLD_DIR, path)


@pytest.mark.parametrize("field", sorted(FLOORS))
def test_eval_field_meets_its_floor(field, scores):
    assert_floors(scores, FLOORS, field)
