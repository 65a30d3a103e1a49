"""Date shapes read on the twelfth blind set of real news (invented snippets, invented names)."""
from __future__ import annotations

import pytest


def _value(brief_of, text: str, surface: str) -> str | None:
    found = [d for d in brief_of(text).dates if surface in d.text]
    assert found, surface
    return found[0].value


@pytest.mark.parametrize("sentence, value", [
    # a part of a year written with it dates the story as a month with its year does: 'last year' is the
    # year before it, not the year before an older month
    ("Awal 2023, penjualan mobil di Lurinia anjlok separuhnya.", "2022"),
    ("Pada akhir 2023, penjualan mobil di Lurinia anjlok separuhnya.", "2022"),
    # negative: a part of a year that only bounds the story ('sejak'): the month written stays the reference
    ("Sejak awal 2023, penjualan mobil di Lurinia anjlok separuhnya.", "2019"),
    # negative: a bare year is background, as before
    ("Pada 2023, penjualan mobil di Lurinia anjlok separuhnya.", "2019"),
])
def test_dates_part_of_a_year_dates_last_year(brief_of, sentence, value):
    text = ("Pabrikan Varna Keluar dari Lurinia\n\nPabrikan mobil Varna memutuskan keluar dari Lurinia setelah "
            "menghentikan operasinya sejak tahun lalu.\n\nPenjualan Varna di Lurinia cukup bagus. Pabriknya "
            "dibangun di bekas pabrik lain yang ditutup pada Desember 2020.\n\n" + sentence + "\n")
    assert _value(brief_of, text, "tahun lalu") == value
