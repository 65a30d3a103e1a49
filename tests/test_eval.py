"""The evaluation gate: the official scorer on the seed gold files, with floors that only move up."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
GOLD = Path(__file__).resolve().parent / "data" / "gold"
FLOORS = {k: v for k, v in json.loads((Path(__file__).parent / "eval_baseline.json").read_text()).items()
          if not k.startswith("_")}

pytestmark = pytest.mark.skipif(not SCORER.exists(), reason="../shared/eval/score.py is not beside the repository")


@pytest.fixture(scope="module")
def scores(seed_records, tmp_path_factory) -> dict[str, float]:
    path = tmp_path_factory.mktemp("eval") / "records.json"
    path.write_text(json.dumps(list(seed_records.values()), ensure_ascii=False), encoding="utf-8")
    done = subprocess.run([sys.executable, str(SCORER), str(GOLD), str(path), "-v"],
                          capture_output=True, text=True, check=False)
    values: dict[str, float] = {}
    for line in done.stdout.splitlines():
        prf = re.match(r"^(\S+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)$", line)
        acc = re.match(r"^(\S+)\s+([\d.]+)\s+\(", line)
        leaks = re.match(r"^noise leaks\s+(\d+)", line)
        if prf:
            values[prf.group(1)] = float(prf.group(4))
        elif acc:
            values[acc.group(1)] = float(acc.group(2))
        elif leaks:
            values["leaks<"] = int(leaks.group(1))
    values["_report"] = done.stdout
    return values


@pytest.mark.parametrize("field", sorted(FLOORS))
def test_eval_field_meets_its_floor(field, scores):
    floor = FLOORS[field]
    if field == "leaks<":
        assert scores[field] <= floor, scores["_report"]
    else:
        assert scores[field] >= floor, f"{field} {scores[field]:.3f} < floor {floor}\n{scores['_report']}"
