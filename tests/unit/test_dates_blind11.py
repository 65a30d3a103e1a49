"""Date shapes read on the eleventh blind set of real news (invented snippets, invented names)."""
from __future__ import annotations

import pytest


def _value(brief_of, text: str, surface: str) -> str | None:
    found = [d for d in brief_of(text).dates if surface in d.text]
    assert found, surface
    return found[0].value


@pytest.mark.parametrize("years, value", [
    # the years written are background: the weekday's year is not the one before the latest of them
    # (11 January fell on a Saturday in 2014, 2020 and 2025; a service begun in 2021 is past)
    ("Kedua prajurit itu lahir tahun 2005 dan 1999, lalu mulai bertugas di ketentaraan sejak 2021 "
     "dan 2016.", "2025-01-11"),
    # negative: the latest year written is 2019: the year right after it that fits the weekday
    ("Kedua prajurit itu lahir tahun 1995 dan 1999, lalu mulai bertugas di ketentaraan sejak 2019 "
     "dan 2016.", "2020-01-11"),
])
def test_dates_weekday_year_not_before_the_latest_year_written(brief_of, years, value):
    text = ("Dua Tentara Ditangkap di Perbatasan\n\nPresiden Lurinia, Arvo Melkin, pada Sabtu (11/1), mengungkapkan "
            "bahwa dua tentara asing ditangkap di wilayah perbatasan.\n\n" + years + "\n")
    assert _value(brief_of, text, "Sabtu (11/1)") == value
