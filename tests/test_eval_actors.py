"""Evaluation gate for the actors stage: run ../shared/eval/score.py on the seeds' records."""
from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

from tests.conftest import GOLD_DIR, SHARED

SCORER = SHARED / "eval" / "score.py"
FLOORS = {"persons": 0.95, "organizations": 0.85, "countries": 0.95, "places": 0.85,
          "surname-links": 0.95, "role": 0.90, "affiliation": 0.90}


@pytest.fixture(scope="module")
def scores(seed_records, tmp_path_factory):
    if not SCORER.exists():
        pytest.skip("the shared scorer is not available here")
    path = tmp_path_factory.mktemp("eval") / "records.json"
    path.write_text(json.dumps(list(seed_records.values()), ensure_ascii=False), encoding="utf-8")
    run = subprocess.run([sys.executable, str(SCORER), str(GOLD_DIR), str(path)],
                         capture_output=True, text=True, check=False)
    table = {}
    for line in run.stdout.splitlines():
        m = re.match(r"(\S+)\s+(?:[\d.]+\s+[\d.]+\s+)?([\d.]+)", line)
        if m:
            table[m.group(1)] = float(m.group(2))
    leaks = re.search(r"noise leaks\s+(\d+)", run.stdout)
    table["leaks"] = int(leaks.group(1)) if leaks else None
    return table


@pytest.mark.parametrize("field, floor", sorted(FLOORS.items()))
def test_eval_actors_floor(scores, field, floor):
    assert scores[field] >= floor


def test_eval_actors_no_noise_leaks(scores):
    assert scores["leaks"] == 0
