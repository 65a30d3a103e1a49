"""Calendar periods that cut a dated list into pages whose boundaries do not move.

A list split into numbered parts of N rows renumbers when a row is added near its start: every
later part changes. A list split by calendar period does not: a row dated 14 March 2024 lives on
the page of the smallest period holding it that the cut uses, and adding it changes that page
only. The cut adapts to density and stays a function of the rows alone (a partial rebuild gives
the same pages as a full one):

- a year whose rows fit on a page is one page (`2024`);
- a year that does not is cut into halves (`2024-h1`), a half that does not into quarters
  (`2024-q1`), a quarter into months (`2024-03`), a month into thirds (`2024-03-d2`: days
  11–20), a third into days (`2024-03-14`): each step cuts in two or three, so pages stay well
  filled (a day is the only step of ten);
- a row dated less precisely than the period being cut stays on that period's own page (a date
  known only to the year, `2024`, on the page `2024`; a week goes down to the third holding its
  Monday, not to a day);
- only a single day (or such a leftover page) holding more rows than a page is split into
  numbered parts (`2024-03-14`, `2024-03-14-p2`): the one place rows can still move between
  pages, confined to that day.

Adding a row changes one page, except when it takes a period past the bound: that period is cut
once into its sub-periods (its page is replaced by theirs).
"""
from __future__ import annotations

import calendar
from collections import defaultdict
from typing import Callable, Iterable

UNDATED = "undated"
# Levels of the cut, coarsest first.
YEAR, HALF, QUARTER, MONTH, THIRD, DAY = range(6)


def periods_of(key: str, precision: str | None = None) -> list[str]:
    """The periods holding a sortable ISO key (`2024`, `2024-03`, `2024-03-14`), coarsest first:
    year, half-year, quarter, month, third of the month, day, as deep as the key's precision allows. A week
    (precision "week", its key the Monday) goes no deeper than the third. Empty for no key."""
    if not key or len(key) < 4:
        return []
    found = [key[:4]]
    if len(key) >= 7:
        month = int(key[5:7])
        found += [f"{key[:4]}-h{(month - 1) // 6 + 1}", f"{key[:4]}-q{(month - 1) // 3 + 1}", key[:7]]
    if len(key) >= 10:
        day = int(key[8:10])
        found.append(f"{key[:7]}-d{min(3, (day - 1) // 10 + 1)}")
        if precision != "week":
            found.append(key[:10])
    return found


def level(period: str) -> int:
    """The level of a period name (YEAR … DAY)."""
    if "-h" in period:
        return HALF
    if "-q" in period:
        return QUARTER
    if "-d" in period:
        return THIRD
    return {4: YEAR, 7: MONTH, 10: DAY}.get(len(period), YEAR)


def cut(rows: Iterable, periods: Callable[[object], list[str]], limit: int,
        weight: Callable[[object], int] = lambda row: 1) -> list[tuple[str, list]]:
    """Rows (in the order given, kept within a page) → [(period, rows)] pages in calendar order,
    each period's own leftover page before its sub-periods, undated rows last. A page weighs at
    most `limit` unless it is a day or a leftover that cannot be cut further (see `parts`)."""
    years: dict[str, list] = defaultdict(list)
    for row in rows:            # (each row weighed once: a period over the limit is weighed again per level)
        found = periods(row)
        years[found[0] if found else UNDATED].append((found, row, weight(row)))
    pages: list[tuple[str, list]] = []

    def place(period: str, members: list, depth: int) -> None:
        if sum(w for _, _, w in members) <= limit or depth > DAY:
            pages.append((period, [row for _, row, _ in members]))
            return
        here = [row for found, row, _ in members if len(found) <= depth]
        deeper: dict[str, list] = defaultdict(list)
        for member in members:
            found = member[0]
            if len(found) > depth:
                deeper[found[depth]].append(member)
        if here:
            pages.append((period, here))
        for sub in sorted(deeper):
            place(sub, deeper[sub], depth + 1)

    for year in sorted(years, key=lambda y: (y == UNDATED, y)):
        place(year, years[year], HALF if year != UNDATED else DAY + 1)
    # A nested function calling itself is a reference cycle (function → its cell → function) that
    # would hold `pages`, and through it every row, until the next full garbage collection.
    place = None  # noqa: F841
    return pages


def parts(pages: list[tuple[str, list]], limit: int,
          weight: Callable[[object], int] = lambda row: 1) -> list[tuple[str, int, list]]:
    """Pages → [(period, part number, rows)]: a page over the limit (a dense day, a leftover)
    continues on numbered parts (1, 2, …) of at most `limit` (a row heavier than that alone)."""
    out: list[tuple[str, int, list]] = []
    for period, rows in pages:
        chunk, size, number = [], 0, 1
        for row in rows:
            w = weight(row)
            if chunk and size + w > limit:
                out.append((period, number, chunk))
                chunk, size, number = [], 0, number + 1
            chunk.append(row)
            size += w
        if chunk or number == 1:
            out.append((period, number, chunk))
    return out


def page_name(period: str, part: int) -> str:
    """The file name (without `.md`) of a part of a period's page: `2024-03`, `2024-03-14-p2`."""
    return period if part == 1 else f"{period}-p{part}"


def label(period: str, format_value: Callable[[str], str], no_date: str) -> str:
    """A reader's name of a period: `2024`, `Januari 2024 – Juni 2024` (a half), `Januari 2024 –
    Maret 2024` (a quarter), `Maret 2024`,
    `11–20 Maret 2024`, `14 Maret 2024` (format_value formats an ISO month or day)."""
    if period == UNDATED:
        return no_date
    at = level(period)
    if at in (HALF, QUARTER):
        year, n, months = int(period[:4]), int(period[6:]), 6 if at == HALF else 3
        return f"{format_value(f'{year:04d}-{months * (n - 1) + 1:02d}')} – {format_value(f'{year:04d}-{months * n:02d}')}"
    if at == THIRD:
        year, month, third = int(period[:4]), int(period[5:7]), int(period[9:])
        last = 10 * third if third < 3 else calendar.monthrange(year, month)[1]
        return f"{10 * third - 9}–{last} {format_value(period[:7])}"
    if at in (MONTH, DAY):
        return format_value(period)
    return period
