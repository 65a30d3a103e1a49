"""The dates gate of issue 6: score.py on the seeds, dates F1 >= 0.95 and published 5/5."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import GOLD_DIR, SHARED

SCORE = SHARED / "eval" / "score.py"
FLOORS = {"dates": 0.95, "published": 1.0}


@pytest.mark.skipif(not SCORE.is_file(), reason="../shared/eval/score.py is not available")
@pytest.mark.parametrize("field, floor", sorted(FLOORS.items()))
def test_eval_dates_floor(seed_records, tmp_path, field, floor):
    records = tmp_path / "records.json"
    records.write_text(json.dumps(list(seed_records.values()), ensure_ascii=False), encoding="utf-8")
    run = subprocess.run([sys.executable, str(SCORE), str(GOLD_DIR), str(records), "-v", "--min", f"{field}={floor}"],
                         capture_output=True, text=True, check=False)
    rows = {line.split()[0]: line for line in run.stdout.splitlines() if line.strip()}
    assert field in rows, run.stdout + run.stderr
    assert f"below threshold: {field}" not in run.stdout and f"; {field} " not in run.stdout, run.stdout
