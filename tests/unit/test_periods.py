"""Calendar periods that cut dated lists into pages (generator/periods.py)."""
from __future__ import annotations

import datetime as dt

import pytest

from generator import periods


@pytest.mark.parametrize("key, precision, expected", [
    ("2024", None, ["2024"]),
    ("2024-03", None, ["2024", "2024-h1", "2024-q1", "2024-03"]),
    ("2024-11-20", None, ["2024", "2024-h2", "2024-q4", "2024-11", "2024-11-d2", "2024-11-20"]),
    ("2024-11-21", None, ["2024", "2024-h2", "2024-q4", "2024-11", "2024-11-d3", "2024-11-21"]),
    ("2024-01-31", None, ["2024", "2024-h1", "2024-q1", "2024-01", "2024-01-d3", "2024-01-31"]),
    ("2024-07-01", None, ["2024", "2024-h2", "2024-q3", "2024-07", "2024-07-d1", "2024-07-01"]),
    ("2024-10-28", "week", ["2024", "2024-h2", "2024-q4", "2024-10", "2024-10-d3"]),     # a week: not to a day
    ("", None, []),
])
def test_periods_of_a_key(key, precision, expected):
    assert periods.periods_of(key, precision) == expected


def _rows(days: list[str]) -> list[dict]:
    return [{"key": d, "n": i} for i, d in enumerate(days)]


def _cut(rows, limit):
    return periods.cut(rows, lambda r: periods.periods_of(r["key"]), limit)


def test_a_year_that_fits_is_one_page_and_a_dense_one_is_cut_by_the_calendar():
    rows = _rows(["2022-02-01", "2022-07-09"] + [f"2023-{m:02d}-05" for m in range(1, 13)]
                 + [f"2021-{m:02d}-05" for m in range(1, 8)])
    pages = _cut(rows, limit=4)
    # 2021: 6 in the first half (cut into quarters), 1 in the second; 2023: every half cut.
    assert [p for p, _ in pages] == ["2021-q1", "2021-q2", "2021-h2", "2022", "2023-q1", "2023-q2", "2023-q3", "2023-q4"]
    assert sorted(r["n"] for _, rows in pages for r in rows) == list(range(21))   # every row once


def test_a_dense_month_goes_down_to_thirds_and_days_and_a_dense_day_to_numbered_parts():
    rows = _rows(["2024-03-02"] * 5 + ["2024-03-14", "2024-03-15", "2024-03-25"])
    pages = _cut(rows, limit=3)
    assert [p for p, _ in pages] == ["2024-03-02", "2024-03-d2", "2024-03-d3"]
    numbered = periods.parts(pages, limit=3)
    assert [(p, n, len(r)) for p, n, r in numbered] == [
        ("2024-03-02", 1, 3), ("2024-03-02", 2, 2), ("2024-03-d2", 1, 2), ("2024-03-d3", 1, 1)]
    assert [periods.page_name(p, n) for p, n, _ in numbered][:2] == ["2024-03-02", "2024-03-02-p2"]


def test_rows_dated_less_precisely_stay_on_the_period_they_name():
    rows = _rows(["2024", "2024-05", "2024-05-02", "2024-05-03", "2024-05-04"])
    pages = _cut(rows, limit=3)
    # 2024 is cut: the row dated only to the year stays on 2024's own page; May is cut: the
    # row dated only to May stays on May's own page, its days go to the first third.
    assert [(p, [r["key"] for r in rs]) for p, rs in pages] == [
        ("2024", ["2024"]), ("2024-05", ["2024-05"]), ("2024-05-d1", ["2024-05-02", "2024-05-03", "2024-05-04"])]


def test_undated_rows_come_last_and_are_never_cut():
    rows = [{"key": ""}] * 3 + _rows(["2021-01-01"])
    pages = _cut(rows, limit=2)
    assert [p for p, _ in pages] == ["2021", periods.UNDATED]
    assert [n for _, n, _ in periods.parts(pages, 2)] == [1, 1, 2]


def test_adding_a_row_changes_the_page_of_its_period_only():
    """Rows three days apart over a year, cut at 12 (a month holds 10 or 11): one row added anywhere lands on one page, every
    other page keeps exactly its rows; numbered parts of the same rows would shift them all."""
    start = dt.date(2024, 1, 1)
    days = [(start + dt.timedelta(days=3 * i)).isoformat() for i in range(120)]
    before = {p: [r["key"] for r in rs] for p, rs in _cut(_rows(days), limit=12)}
    for added in ("2024-01-02", "2024-06-15", "2024-12-30"):
        after = {p: [r["key"] for r in rs] for p, rs in _cut(_rows(sorted(days + [added])), limit=12)}
        changed = {p for p in set(before) | set(after) if before.get(p) != after.get(p)}
        assert len(changed) == 1 and added in after[changed.pop()], added
    # The negative: consecutive parts of 10 rows move every later part when a row comes first.
    numbered = lambda keys: [keys[i:i + 10] for i in range(0, len(keys), 10)]   # noqa: E731
    moved = sum(a != b for a, b in zip(numbered(days), numbered(sorted(days + ["2024-01-02"]))))
    assert moved > 5


@pytest.mark.parametrize("period, expected", [
    ("2024", "2024"), ("2024-h2", "2024-07 – 2024-12"), ("2024-q2", "2024-04 – 2024-06"), ("2024-02", "2024-02"),
    ("2024-02-d3", "21–29 2024-02"), ("2023-02-d3", "21–28 2023-02"), ("2024-02-d1", "1–10 2024-02"),
    ("2024-02-14", "2024-02-14"), (periods.UNDATED, "none"),
])
def test_label_names_the_period(period, expected):
    assert periods.label(period, lambda v: v, "none") == expected
