"""Dates of real pages read in general shapes (invented snippets, invented names)."""
from __future__ import annotations

import pytest


def _scored(brief_of, text: str) -> list[tuple[str, str | None]]:
    return [(d.text, d.value) for d in brief_of(text).dates if d.scored]


HEAD = "Judul Berita Tentang Lurinia dan Varna\n\nJakarta - Menteri Lurinia tiba di Varna pada Jumat (10/5/2024). "


@pytest.mark.parametrize("sentence, expected", [
    # a bare year right after a word, then a preposition, a coordinator or the sentence's end: the year of
    # an event or of a name
    ("Ia menolak kesepakatan dagang 2015 dengan Varna.", [("2015", "2015")]),
    ("Lurinia ikut Olimpiade Kotaraya 1988 dan Piala Dunia.", [("1988", "1988")]),
    ("Ia menang dalam Pemilihan Presiden Lurinia 2024.", [("2024", "2024")]),
    # negative: a count of things after the number
    ("Lurinia mengirim 2000 tentara ke perbatasan.", []),
    ("Ia menyebut 2020 tentara tewas di perbatasan.", []),
    # negative: a word that numbers or counts before it (a resolution, a flight, a quantity)
    ("Dewan itu merujuk pada resolusi 2087 dengan tegas.", []),
    ("Penumpang naik penerbangan 2024 dari Varna.", []),
    ("Jumlahnya sekitar 2000 dan terus naik.", []),
    # negative: the last word of a name in quotation marks is the name, no date of the text
    ("Pasukan itu ikut latihan “Badai 2025” pada musim panas.", []),
])
def test_dates_bare_year_of_an_event_or_a_name(brief_of, sentence, expected):
    found = [f for f in _scored(brief_of, HEAD + sentence + "\n") if f[0] not in ("Jumat (10/5/2024)",)]
    assert found == expected


def _lines(text: str, captions: int = 0):
    from generator.model import Sentence, Span
    found, at = [], 0
    for index, line in enumerate(text.split("\n")):
        if line.strip():
            found.append(Sentence(Span(at, at + len(line)), paragraph=index, caption=index < captions))
        at += len(line) + 1
    return tuple(found)


@pytest.mark.parametrize("text, captions, surface, value", [
    # No date of the article: an archive photo's caption with a month and its year dates no bare
    # month of the body ...
    ("Kedua pemimpin berfoto dalam foto arsip dari Juni 2024.\nPenempatan pasukan selesai pada bulan Desember.", 1,
     "bulan Desember", None),
    # ... where the caption of a photo of the story does
    ("Kedua pemimpin berfoto di Varna, Juni 2024.\nPenempatan pasukan selesai pada bulan Desember.", 1,
     "bulan Desember", "2023-12"),
    # ... as the same month written in the body does (the nearest December, one ahead counting double)
    ("Kedua pemimpin bertemu pada Juni 2024.\nPenempatan pasukan selesai pada bulan Desember.", 0,
     "bulan Desember", "2023-12"),
    # A month in a clause a since-preposition opens bounds the story from below: it dates no 'last year' ...
    ("Lurinia menduduki wilayah itu sejak Varna memulai perang pada Februari 2022.\nPasukan dikirim tahun lalu.", 0,
     "tahun lalu", None),
    # ... nor does one right after the since-preposition; one in the clause after a comma does
    ("Sejak perang dimulai, Lurinia menduduki wilayah itu pada Februari 2022.\nPasukan dikirim tahun lalu.", 0,
     "tahun lalu", "2021"),
])
def test_dates_no_header_photo_and_since_dates_are_no_reference(make_article, lex, text, captions, surface, value):
    from generator import dates
    found = dates.find_dates(make_article(text), _lines(text, captions), lex, anchor=None)
    [hit] = [d for d in found if d.text == surface]
    assert hit.value == value
