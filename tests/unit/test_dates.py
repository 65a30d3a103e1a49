"""Dates stage: one behaviour per test, snippets written for the form (not taken from the seeds)."""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
import yaml

from generator import dates
from generator.model import Article, Sentence, Span

DATES_PY = Path(dates.__file__)
CALENDAR = DATES_PY.parent / "lang" / "id" / "calendar.yaml"


def _sentences(text: str, captions: int = 0) -> tuple[Sentence, ...]:
    """One sentence per line; the first `captions` lines are headline/caption lines."""
    found, at = [], 0
    for index, line in enumerate(text.split("\n")):
        if line.strip():
            found.append(Sentence(Span(at, at + len(line)), paragraph=index, caption=index < captions))
        at += len(line) + 1
    return tuple(found)


def _find(make_article, lex, text: str, anchor: str | None):
    article = make_article(text)
    return dates.find_dates(article, _sentences(text), lex, anchor=anchor)


def _one(found, surface: str):
    hits = [d for d in found if surface in d.text or d.text in surface]
    assert hits, f"{surface!r} not found in {[d.text for d in found]}"
    return hits[0]


def _value(brief_of, text: str, surface: str) -> str | None:
    """The value of the first date the whole extraction finds whose text holds `surface`."""
    found = [d for d in brief_of(text).dates if surface in d.text]
    assert found, surface
    return found[0].value


@pytest.mark.parametrize("text, surface, value, precision", [
    ("Pertemuan digelar pada 13 September 2023 di Jakarta.", "13 September 2023", "2023-09-13", "day"),
    ("Rapat berlangsung Rabu, 5 Maret 2025, di Seoul.", "Rabu, 5 Maret 2025", "2025-03-05", "day"),
    ("kata juru bicara, Kamis (7/3/2024).", "Kamis (7/3/2024)", "2024-03-07", "day"),
    ("Data dirilis 07/03/2024 pagi.", "07/03/2024", "2024-03-07", "day"),
    ("Kunjungan dilakukan 3 Nop 2022.", "3 Nop 2022", "2022-11-03", "day"),
    ("Kunjungan dilakukan 14 Agu 2021.", "14 Agu 2021", "2021-08-14", "day"),
    ("Kunjungan dilakukan 9 Sept. 2020.", "9 Sept. 2020", "2020-09-09", "day"),
    ("Kunjungan dilakukan 1 Okt 2024.", "1 Okt 2024", "2024-10-01", "day"),
    ("Perjanjian diteken Februari 2019 di Hanoi.", "Februari 2019", "2019-02", "month"),
    ("Sejak tahun 2014 hubungan memburuk.", "tahun 2014", "2014", "year"),
    ("Hubungan membaik sejak 2018 lalu.", "2018", "2018", "year"),
    ("Sanksi berlaku akhir Mei 2022.", "akhir Mei 2022", "2022-05", "month"),
    ("Kiriman berlanjut sejak Maret tahun 2024 ini.", "Maret tahun 2024", "2024-03", "month"),
    ("KTT berlangsung 19-20 Juni 2024 di Pyongyang.", "19-20 Juni 2024", "2024-06", "month"),  # a span of days
])
def test_dates_absolute_forms(make_article, lex, text, surface, value, precision):
    mention = _one(_find(make_article, lex, text, None), surface)
    assert (mention.text, mention.value, mention.precision) == (surface, value, precision)


@pytest.mark.parametrize("text, surface, value", [
    # anchor Tuesday 2023-09-19 (ISO week 38)
    ("Rudal diluncurkan kemarin pagi.", "kemarin", "2023-09-18"),
    ("Delegasi tiba kemarin lusa.", "kemarin lusa", "2023-09-17"),
    ("Rapat digelar hari ini.", "hari ini", "2023-09-19"),
    ("Menteri berangkat besok.", "besok", "2023-09-20"),
    ("Putusan diumumkan lusa.", "lusa", "2023-09-21"),
    ("Uji coba dilakukan Jumat lalu.", "Jumat lalu", "2023-09-15"),
    ("Uji coba dilakukan Selasa lalu.", "Selasa lalu", "2023-09-12"),
    ("Mereka bertemu Rabu sebelumnya.", "Rabu sebelumnya", "2023-09-13"),
    ("Sidang dibuka Senin depan.", "Senin depan", "2023-09-25"),
    ("Ia tiba Kamis pekan lalu.", "Kamis pekan lalu", "2023-09-14"),
    ("KTT digelar pekan lalu.", "pekan lalu", "2023-W37"),
    ("KTT digelar minggu lalu.", "minggu lalu", "2023-W37"),
    ("Yoon berada di sana minggu ini.", "minggu ini", "2023-W38"),
    ("Sidang dilanjutkan pekan depan.", "pekan depan", "2023-W39"),
    ("Ia datang dua pekan lalu.", "dua pekan lalu", "2023-W36"),
    ("Ia datang sepekan lalu.", "sepekan lalu", "2023-W37"),
    ("Insiden terjadi tiga hari lalu.", "tiga hari lalu", "2023-09-16"),
    ("Insiden terjadi 3 hari yang lalu.", "3 hari yang lalu", "2023-09-16"),
    ("Harga naik bulan lalu.", "bulan lalu", "2023-08"),
    ("Harga naik awal bulan ini.", "awal bulan ini", "2023-09"),
    ("Harga naik dua bulan lalu.", "dua bulan lalu", "2023-07"),
    ("Ia menjabat sejak tahun lalu.", "tahun lalu", "2022"),
    ("Pemilu digelar tahun depan.", "tahun depan", "2024"),
    ("Kebijakan itu berlaku akhir tahun ini.", "akhir tahun ini", "2023"),
    ("Ia terpilih lima tahun silam.", "lima tahun silam", "2018"),
    # "lampau" is the literary "lalu": the unit before the anchor's
    ("Delegasi itu tiba pekan lampau di ibu kota.", "pekan lampau", "2023-W37"),
    ("Harga naik tahun yang lampau.", "tahun yang lampau", "2022"),
    ("Kunjungan pada Oktober lalu membuahkan hasil.", "Oktober lalu", "2022-10"),
    ("Kunjungan pada Agustus lalu membuahkan hasil.", "Agustus lalu", "2023-08"),
    ("Pemilu digelar Maret mendatang.", "Maret mendatang", "2024-03"),
    ("Kesepakatan diteken Juni tahun lalu.", "Juni tahun lalu", "2022-06"),
    ("Kesepakatan diteken bulan Maret tahun lalu.", "bulan Maret tahun lalu", "2022-03"),
    ("Kesepakatan diteken pada bulan Juni.", "bulan Juni", "2023-06"),
    ("Kesepakatan telah diteken pada bulan Desember.", "bulan Desember", "2022-12"),
    ("Kesepakatan akan diteken pada bulan Juni.", "bulan Juni", "2024-06"),
    # a day and month with the year named by its unit and a marker: one date, that day of that year
    ("KTT digelar pada tanggal 20 Oktober tahun lalu di ibu kota.", "tanggal 20 Oktober tahun lalu", "2022-10-20"),
    ("KTT digelar pada 2 Januari tahun ini di ibu kota.", "2 Januari tahun ini", "2023-01-02"),
    ("KTT akan digelar pada 2 Januari tahun depan di ibu kota.", "2 Januari tahun depan", "2024-01-02"),
    # negative: a year unit set off by a comma is a date of its own
    ("KTT digelar pada 20 Oktober, sedangkan pemilu tahun lalu.", "20 Oktober", "2023-10-20"),
])
def test_dates_relative_forms(make_article, lex, text, surface, value):
    mention = _one(_find(make_article, lex, text, "2023-09-19"), surface)
    assert (mention.text, mention.value) == (surface, value)


@pytest.mark.parametrize("text, value", [
    # anchor Tuesday 2023-09-19: with no tense word the Friday before (news reports what happened), though
    # the Friday after is nearer; only the next day lies ahead without one
    ("Dewan bertemu pada Jumat untuk membahas sanksi.", "2023-09-15"),
    ("Dewan bertemu pada Rabu untuk membahas sanksi.", "2023-09-20"),
    ("Dewan akan bertemu pada Jumat untuk membahas sanksi.", "2023-09-22"),
    # what may or is expected to happen lies ahead too
    ("Pertemuan dewan mungkin digelar Jumat untuk membahas sanksi.", "2023-09-22"),
    ("Pertemuan dewan diperkirakan digelar Jumat untuk membahas sanksi.", "2023-09-22"),
    ("Dewan telah bertemu pada Jumat untuk membahas sanksi.", "2023-09-15"),
    ("Dewan bertemu pada Senin untuk membahas sanksi.", "2023-09-18"),
    ("Dewan akan bertemu pada Senin untuk membahas sanksi.", "2023-09-25"),
    ("Dewan bertemu pada Selasa untuk membahas sanksi.", "2023-09-19"),
    ("Presiden sudah tiba dan akan berpidato pada Sabtu di sana.", "2023-09-23"),
    ("Presiden berpidato pada Sabtu dan sudah kembali.", "2023-09-16"),
])
def test_dates_bare_weekday_follows_tense(make_article, lex, text, value):
    (mention,) = [d for d in _find(make_article, lex, text, "2023-09-19") if d.rule == "weekday"]
    assert mention.value == value


@pytest.mark.parametrize("text, surface, value", [
    ("Menteri tiba minggu lalu di Moskow.", "minggu lalu", "2023-W37"),
    ("Minggu lalu, menteri tiba di Moskow.", "Minggu lalu", "2023-W37"),
    ("Menteri tiba pada Minggu di Moskow.", "Minggu", "2023-09-17"),
    ("Menteri tiba pada Minggu lalu di Moskow.", "Minggu lalu", "2023-09-17"),
    ("Minggu (17/9), menteri tiba di Moskow.", "Minggu (17/9)", "2023-09-17"),
])
def test_dates_minggu_week_or_sunday(make_article, lex, text, surface, value):
    mention = _one(_find(make_article, lex, text, "2023-09-19"), surface)
    assert (mention.text, mention.value) == (surface, value)


@pytest.mark.parametrize("text", [
    "Rusia di masa lalu telah meminta kedua pihak menahan diri.",
    "Kisah itu berasal dari masa lampau kedua bangsa.",
    "Kedua negara baru-baru ini mengadakan pembicaraan.",
    "Sebelumnya, menteri itu mengecam peluncuran rudal.",
    "Insiden itu terjadi beberapa hari lalu.",
    "Harga naik dalam dua pekan terakhir.",
    "Sekitar 2000 tentara dikerahkan, lalu ditarik.",
    "Jan Egeland dan Mar Roxas hadir.",
    "Skor pertandingan 3/4 babak.",
    "Ia bekerja selama berbulan-bulan.",
    # a count with the current marker is a span up to now ("these thirty years"), no date
    "Pameran keliling itu sudah digelar selama 30 tahun ini di banyak kota.",
    "Harga gandum naik tajam dua pekan ini.",
])
def test_dates_vague_or_not_dates(make_article, lex, text):
    found = [d for d in _find(make_article, lex, text, "2023-09-19") if d.scored]
    assert found == []


@pytest.mark.parametrize("text, anchor, surface, value", [
    # a season with a marker: the year of the last such season, the one under way, the next one
    ("Pasukan itu tiba di perbatasan musim gugur lalu.", "2025-01-14", "musim gugur lalu", "2024"),
    ("Pasukan itu tiba di perbatasan musim gugur lalu.", "2025-10-14", "musim gugur lalu", "2024"),
    ("Pasukan itu tiba di perbatasan musim gugur lalu.", "2025-12-20", "musim gugur lalu", "2025"),
    ("Latihan digelar musim dingin lalu.", "2025-01-14", "musim dingin lalu", "2023"),
    ("Latihan akan digelar musim semi mendatang.", "2025-05-02", "musim semi mendatang", "2026"),
])
def test_dates_seasons_with_a_marker(make_article, lex, text, anchor, surface, value):
    found = _one(_find(make_article, lex, text, anchor), surface)
    assert (found.text, found.value) == (surface, value)


@pytest.mark.parametrize("text", [
    # negative: a season with no marker nor year is no date
    "Pasukan itu bertempur sepanjang musim gugur.",
    "Panen raya biasa berlangsung pada musim gugur di wilayah itu.",
])
def test_dates_season_without_marker_is_none(make_article, lex, text):
    assert [d for d in _find(make_article, lex, text, "2025-01-14") if d.scored] == []



@pytest.mark.parametrize("text, surface, value", [
    ("Rudal diluncurkan 18 September 2023. Pada hari yang sama, Dewan bersidang.", "hari yang sama", "2023-09-18"),
    ("Rudal diluncurkan 18 September 2023. Keesokan harinya Dewan bersidang.", "Keesokan harinya", "2023-09-19"),
    ("Rudal diluncurkan pada Juli 2023. Saat itu Dewan bersidang.", "Saat itu", "2023-07"),
    ("Saat itu Dewan bersidang.", "Saat itu", None),
])
def test_dates_anaphoric_kept_unscored(make_article, lex, text, surface, value):
    mention = _one(_find(make_article, lex, text, None), surface)
    assert (mention.scored, mention.value) == (False, value)


@pytest.mark.parametrize("text, surface", [
    ("Ekspor ke negara itu naik tajam dari tiga tahun sebelumnya.", "tiga tahun sebelumnya"),
    ("Harga gandum turun dibandingkan bulan sebelumnya.", "bulan sebelumnya"),
])
def test_dates_counted_from_the_story_kept_unscored(make_article, lex, text, surface):
    # "<n> <unit> <before that>" counts from the time the story last told of, not from the day of writing
    mention = _one(_find(make_article, lex, text, "2024-05-10"), surface)
    assert (mention.scored, mention.value) == (False, None)
    other = _one(_find(make_article, lex, "Ekspor ke negara itu naik tajam dari tiga tahun lalu.", "2024-05-10"),
                 "tiga tahun lalu")
    assert (other.scored, other.value) == (True, "2021")


@pytest.mark.parametrize("text, value", [
    # only bare years written: a day and month take the latest, the story's year as far as anyone named tells
    ("Jalur itu ditutup sejak wabah pada tahun 2018.\nKapal pertama berlayar pada tanggal 16 Desember dari kota itu.\n"
     "Lebih dari 900 penumpang menaikinya pada tahun 2021.", "2021-12-16"),
    # negative: the latest year written is before the leader named took office: background, no year
    ("Presiden Vladimir Putin menerima tamunya pada tanggal 16 Desember di Moskow.\n"
     "Pemimpin itu dulu pernah berkunjung pada tahun 1980.", None),
])
def test_dates_day_month_with_only_bare_years(make_article, lex, text, value):
    assert _one(_find(make_article, lex, text, None), "tanggal 16 Desember").value == value


@pytest.mark.parametrize("text, value", [
    # only bare years written, the latest the story's: the day read in it dates the article too, so
    # 'this year' is that year
    ("Jalur itu ditutup sejak wabah pada tahun 2018.\nKapal pertama berlayar pada tanggal 16 Desember dari kota itu.\n"
     "Layanan itu sudah diuji awal tahun ini.\nLebih dari 900 penumpang menaikinya pada tahun 2021.", "2021"),
    # negative: the latest year written is before the leader named took office: no day, no year
    ("Presiden Vladimir Putin menerima tamunya pada tanggal 16 Desember di Moskow.\n"
     "Layanan itu sudah diuji awal tahun ini.\nPemimpin itu dulu pernah berkunjung pada tahun 1980.", None),
])
def test_dates_day_in_the_story_year_dates_this_year(make_article, lex, text, value):
    assert _one(_find(make_article, lex, text, None), "awal tahun ini").value == value


@pytest.mark.parametrize("text, surface, value", [
    # a feast on a fixed day before a year: that day of the year
    ("Presiden mengirim ucapan selamat Tahun Baru 2025 kepada rakyatnya.", "Tahun Baru 2025", "2025-01-01"),
    ("Gencatan senjata berlaku sampai Natal 2024 saja.", "Natal 2024", "2024-12-25"),
    # negative: a plain year with its prefix stays a year
    ("Anggaran tahun 2025 naik tajam.", "tahun 2025", "2025"),
])
def test_dates_fixed_feast_with_a_year(make_article, lex, text, surface, value):
    mention = _one(_find(make_article, lex, text, "2024-12-20"), surface)
    assert (mention.text, mention.value) == (surface, value)


@pytest.mark.parametrize("text, surface, value", [
    # the sentence wrote the time it counts from just before it: that time less the count
    ("Ekspor pada tahun 2023 naik tiga kali lipat dari tahun sebelumnya.", "tahun sebelumnya", "2022"),
    ("Penjualan Maret 2024 turun dibandingkan bulan sebelumnya.", "bulan sebelumnya", "2024-02"),
    ("Ekspor pada Januari 2024 naik dari dua bulan sebelumnya.", "dua bulan sebelumnya", "2023-11"),
])
def test_dates_counted_from_a_time_the_sentence_wrote(make_article, lex, text, surface, value):
    mention = _one(_find(make_article, lex, text, "2024-05-10"), surface)
    assert (mention.scored, mention.value) == (True, value)
    # negative: written in the sentence before, the time it counts from is no longer sure
    other = _one(_find(make_article, lex, "Ekspor naik pada tahun 2023.\nAngkanya jauh dari tahun sebelumnya.",
                       "2024-05-10"), "tahun sebelumnya")
    assert (other.scored, other.value) == (False, None)


@pytest.mark.parametrize("text", [
    "Uji coba dilakukan Jumat lalu.", "Rapat digelar pekan lalu.", "Dewan bertemu pada Senin.",
    "Harga naik bulan lalu.", "Pemilu digelar tahun depan.", "Kunjungan pada Oktober lalu.", "Ia tiba kemarin.",
])
def test_dates_relative_without_anchor_is_none(make_article, lex, text):
    (mention,) = _find(make_article, lex, text, None)
    assert mention.value is None and mention.rule


@pytest.mark.parametrize("text, surface, value", [
    # no anchor: the year comes from the weekday, nearest the years the article writes
    ("Sejak Oktober 2024 hubungan memburuk.\nSumber berbicara Minggu (21/12).", "Minggu (21/12)", "2025-12-21"),
    ("Perjanjian diteken pada 2018.\nSumber berbicara Jumat (21/12).", "Jumat (21/12)", "2018-12-21"),
    # ... but never before what the article calls past ("the first since December 2019")
    ("Para pemimpin bertemu pada Senin (27/5) untuk pertemuan pertama sejak Desember 2019.", "Senin (27/5)",
     "2024-05-27"),
    # negative: a month written with another preposition is no lower bound
    ("Para pemimpin bertemu pada Senin (27/5), seperti pada Desember 2019.", "Senin (27/5)", "2019-05-27"),
    # no anchor, no weekday: nearest the latest full date the article writes
    ("Foto diambil 13 September 2023.\nMereka bertemu pada bulan Juli.", "Juli", "2023-07"),
    ("Foto diambil 2 Januari 2023.\nMereka bertemu pada 30 Desember.", "30 Desember", "2022-12-30"),
    # with an anchor: the year nearest the anchor
    ("Yoon berpidato pada 20 September.", "20 September", "2023-09-20"),
    ("Kontrak habis pada 5 Januari.", "5 Januari", "2024-01-05"),
    ("Perjanjian diteken pada 21 Juni lalu.", "21 Juni lalu", "2023-06-21"),
])
def test_dates_year_from_context(make_article, lex, text, surface, value):
    anchor = "2023-09-19" if "Yoon" in text or "Kontrak" in text or "lalu" in text else None
    mention = _one(_find(make_article, lex, text, anchor), surface)
    assert mention.value == value


@pytest.mark.parametrize("line, value", [
    ("Selasa, 22 Okt 2024 14:05 WIB", "2024-10-22"),
    ("Jumat, 21 Juni 2024 | 09:15 WIB", "2024-06-21"),
    ("22/10/2024, 14:05 WIB", "2024-10-22"),
])
def test_dates_read_header_line(make_article, lex, line, value):
    text = f"Judul berita\n{line}\nIsi berita pada Senin."
    article = make_article(text)
    start = text.index(line)
    mention = dates.read_date(article, Span(start, start + len(line)), lex)
    assert mention is not None and mention.value == value and mention.rule.startswith("header:")
    assert article.text[mention.span.start:mention.span.end] == mention.text


@pytest.mark.parametrize("text, captions, value", [
    ("Judul\nSEOUL - Menteri bertemu Jumat lalu.\nIa berbicara, Rabu (5/3/2025).", 1, "2025-03-05"),
    ("Judul\nSEOUL - Pada Kamis, 6 Maret 2025, menteri bertemu.", 1, "2025-03-06"),
    ("Judul\nMenteri tiba 4 Maret 2025 di Seoul.\nIa berbicara panjang.", 1, "2025-03-04"),
    ("Judul 10 Mei 2020\nFoto 13 September 2023\nMereka bertemu pada bulan Juli.", 2, None),
    ("Judul\nMenteri tiba kemarin.\nIa tiba 4 Maret 2025 di Seoul.", 1, None),
    ("Judul\nSejak Oktober 2024 hubungan memburuk, kata sumber, Minggu (21/12).", 1, "2025-12-21"),
    # an event's day, then the report stamped with a bare weekday after a cue: the first such day after it
    ("Judul\nPara menteri bertemu pada Senin (27/5/2024).\n“Itu langkah penting,” kata pejabat itu, Rabu.", 1,
     "2024-05-29"),
    # negative: no weekday stamp: the event's day
    ("Judul\nPara menteri bertemu pada Senin (27/5/2024).\n“Itu langkah penting,” kata pejabat itu.", 1,
     "2024-05-27"),
    # an event's day, then the day an official told of it, both with their weekday: the later one, within a week
    ("Judul\nKetua dewan bertemu menteri itu pada Sabtu (3/2/2024).\nSeorang pejabat mengatakan hal itu pada "
     "Selasa (6/2).", 1, "2024-02-06"),
    # negative: a later day ahead (a future tense word), or more than a week on, does not date the article
    ("Judul\nKetua dewan bertemu menteri itu pada Sabtu (3/2/2024).\nSeorang pejabat akan mengumumkan hasilnya "
     "pada Selasa (6/2).", 1, "2024-02-03"),
    ("Judul\nKetua dewan bertemu menteri itu pada Sabtu (3/2/2024).\nSeorang pejabat mengatakan hal itu pada "
     "Selasa (20/2).", 1, "2024-02-03"),
    # the lead's event dated by day and month, its year from the other dates the article writes ...
    ("Judul\nPada tanggal 15 Januari, menteri berangkat ke Moskow.\nIa membalas kunjungan pada Oktober 2023.", 1,
     "2024-01-15"),
    # ... or a later day the body reports as done: the article is no older than that
    ("Judul\nPada tanggal 15 Januari, menteri berangkat ke Moskow.\nIa tiba pada tanggal 16 Januari 2024.\n"
     "Menteri menulis dalam laporan pada tanggal 25 April kepada parlemen.", 1, "2024-04-25"),
    # negative: a later day ahead (a future tense word) does not date the article; the latest one done does
    ("Judul\nPada tanggal 15 Januari, menteri berangkat ke Moskow.\nIa tiba pada tanggal 16 Januari 2024.\n"
     "Menteri akan menyerahkan laporan pada tanggal 25 April kepada parlemen.", 1, "2024-01-16"),
    # ... but not without them, and not from a later paragraph (the lead's month and year file it then)
    ("Judul\nPada tanggal 15 Januari, menteri berangkat ke Moskow.\nIa membalas kunjungan tahun lalu.", 1, None),
    ("Judul\nMenteri berangkat ke Moskow pada Oktober 2023.\nIa tiba pada 15 Januari.", 1, "2023-10"),
    ("Judul\nMenteri berangkat ke Moskow.\nIa tiba pada 15 Januari, setelah kunjungan Oktober 2023.", 1, None),
    # the lead's event dated by its month and year: month precision; a wire's name alone above it is no lead
    ("Judul\nTaman itu membuka gerbangnya bagi pengunjung asing pada awal Juli 2025.", 1, "2025-07"),
    ("Judul\nReuters\nTaman itu membuka gerbangnya bagi pengunjung asing pada awal Juli 2025.", 1, "2025-07"),
    # negative: a month the lead reports as past ("since") does not date it
    ("Judul\nSejak Maret 2024, kapal tanker itu berlayar tiap pekan.", 1, None),
    # the year the article says it is written in ("tahun 2024 ini"), when nothing else dates it
    ("Judul\nKiriman itu berlanjut sepanjang tahun 2024 ini.\nIa tiba pada 5 November.", 1, "2024"),
    # negative: a year that is no "this year" gives no date of the article
    ("Judul\nKiriman itu berlanjut sepanjang tahun 2024.\nIa tiba pada 5 November.", 1, None),
    # the lead's bare weekday, the only full day a photo's caption with its weekday: the first such day on or
    # after the photo's
    ("Judul\nDalam foto ini, menteri tiba di Seoul, Sabtu, 12 Juli 2025.\n"
     "Media negara melaporkan pada hari Minggu bahwa kedua menteri bertemu.", 2, "2025-07-13"),
    ("Judul\nDalam foto ini, menteri tiba di Seoul, Sabtu, 12 Juli 2025.\n"
     "Media negara melaporkan pada hari Sabtu bahwa kedua menteri bertemu.", 2, "2025-07-12"),
    # negative: a full day written without its weekday may be announced ahead of the report
    ("Judul\nDalam foto ini, menteri tiba di Seoul, Sabtu, 12 Juli 2025.\n"
     "Media negara melaporkan pada hari Minggu bahwa kedua menteri bertemu.\nForum digelar 20 Agustus 2025.", 2,
     None),
    # negative: no full day anywhere: the bare weekday has no week
    ("Judul\nMedia negara melaporkan pada hari Minggu bahwa kedua menteri bertemu.", 1, None),
    # the lead's first sentence dates its news by a bare weekday, the body's day with its weekday comes further
    # down: the lead tells the newest, the first such weekday on or after the body's day
    ("Judul\nBadan intelijen Lurinia mengungkapkan pada Kamis bahwa kapal itu tenggelam.\n"
     "Dalam video yang dirilis Selasa (17/12/2024), awak terlihat menyelamatkan diri.", 1, "2024-12-19"),
    # a later day within the week, its source cue after it at the sentence's end: the day the report tells of
    ("Judul\nPada Sabtu (16/9/2023), menteri bertemu gubernur di Varna.\n"
     "Pada hari Minggu (17/9/2023), menteri mengakhiri kunjungannya, lapor harian Lurinia.", 1, "2023-09-17"),
    # negative: no cue in that sentence: the first day stands
    ("Judul\nPada Sabtu (16/9/2023), menteri bertemu gubernur di Varna.\n"
     "Pada hari Minggu (17/9/2023), menteri mengakhiri kunjungannya ke kota pelabuhan itu.", 1, "2023-09-16"),
    # negative: the body's day in the lead's own sentence stands
    ("Judul\nBadan intelijen Lurinia mengungkapkan pada Kamis bahwa kapal itu tenggelam Selasa (17/12/2024).", 1,
     "2024-12-17"),
])
def test_dates_published_from_body(make_article, lex, text, captions, value):
    article = make_article(text)
    sentences = _sentences(text, captions)
    mention = dates.published_from_body(article, sentences, lex)
    assert (mention.value if mention else None) == value


@pytest.mark.parametrize("text", [
    "Pada Jumat, 21 Juni 2024, dan kemarin, serta pekan lalu dan Senin depan, (3/4) lalu 2019.",
    "Pertemuan 5 Maret 2025. Pada hari yang sama ada Juli lalu dan tahun 2020 serta Minggu (2/3).",
])
def test_dates_offsets_sorted_and_ruled(make_article, lex, text):
    article = make_article(text)
    found = dates.find_dates(article, _sentences(text), lex, anchor="2025-03-06")
    assert found, "no date found"
    assert [d.span.start for d in found] == sorted(d.span.start for d in found)
    for mention in found:
        assert article.text[mention.span.start:mention.span.end] == mention.text
        assert mention.rule and mention.sentence is not None


@pytest.mark.parametrize("name", ["000_bb3a51cba430223e", "001_623a4fe61b1ac6d9", "002_f2c33afa57cce4e7",
                                  "003_d4f1ac2a88bca518", "004_0cc1f0da2c6609c2"])
def test_dates_seed_offsets_hold(seed_briefs, name):
    brief = seed_briefs[name]
    for mention in brief.dates:
        assert brief.article.text[mention.span.start:mention.span.end] == mention.text
        assert mention.sentence is not None and mention.span in mention.sentence


@pytest.mark.parametrize("text", [
    "Pertemuan digelar pada 13 September 2023 di Jakarta.", "Rapat berlangsung Rabu, 5 Maret 2025.",
    "kata juru bicara, Kamis (7/3/2024).", "Kunjungan dilakukan 3 Nop 2022.", "Rudal diluncurkan kemarin.",
    "Delegasi tiba kemarin lusa.", "Menteri berangkat besok.",
])
def test_dates_agree_with_dateparser_where_it_is_right(make_article, lex, text):
    """dateparser is the oracle for the forms it parses right (it is too slow for the hot path)."""
    dateparser = pytest.importorskip("dateparser")
    (mention,) = _find(make_article, lex, text, "2023-09-19")
    theirs = dateparser.parse(mention.text, languages=["id"],
                              settings={"RELATIVE_BASE": dt.datetime(2023, 9, 19)})
    assert theirs is not None and theirs.date().isoformat() == mention.value


def _calendar_words() -> set[str]:
    data = yaml.safe_load(CALENDAR.read_text(encoding="utf-8"))
    found: set[str] = set()
    for group in data.values():
        items = group.values() if isinstance(group, dict) else [group]
        keys = list(group) if isinstance(group, dict) else []
        for item in [*keys, *items]:
            for word in (item if isinstance(item, list) else [item]):
                if isinstance(word, str) and len(word) >= 4 and word.isalpha():
                    found.add(word.lower())
    return found - {"same", "start", "middle", "week", "year", "month"}


@pytest.mark.parametrize("word", sorted(_calendar_words()))
def test_dates_no_language_word_in_code(word):
    code = DATES_PY.read_text(encoding="utf-8")
    assert not re.search(rf"(?i)\b{re.escape(word)}\b", code), word


@pytest.mark.parametrize("text, value", [
    # Anchor Thursday 14 Nov 2024: "said on Monday that it WILL happen" -> the Monday before.
    ("Juru bicara itu menyampaikan pada Senin bahwa latihan gabungan akan digelar bulan depan.", "2024-11-11"),
    ("Kedua menteri akan bertemu pada Senin untuk membahas perjanjian itu.", "2024-11-18"),
])
def test_dates_tense_after_a_clause_break_does_not_move_a_weekday(text, value, lex, make_article):
    from generator.dates import find_dates
    from generator.model import Sentence, Span
    article = make_article(text)
    found = find_dates(article, (Sentence(Span(0, len(text)), 0),), lex, anchor="2024-11-14")
    assert [d.value for d in found if d.rule == "weekday"] == [value]


@pytest.mark.parametrize("text, surface, value", [
    # the weekday set off by a space only, or by a comma and a bracket, is one date with its day
    ("Menteri Park pada Kamis 14 Maret 2024 menerima tamunya.", "Kamis 14 Maret 2024", "2024-03-14"),
    ("Kantor itu mengumumkannya pada Selasa,5 Maret 2024,waktu setempat.", "Selasa,5 Maret 2024", "2024-03-05"),
    ("kata juru bicara Oh, Rabu, (6/3/2024).", "Rabu, (6/3/2024)", "2024-03-06"),
    # English month names and month-first dates, as wire-photo captions write them
    ("Menteri Han tiba di Busan, South Korea, March 5, 2024. Reuters/File Photo", "March 5, 2024", "2024-03-05"),
    ("Foto diambil 12 October 2023 di pelabuhan.", "12 October 2023", "2023-10-12"),
    # ISO dates, glued to a word or not
    ("Diperbarui 2024-03-05 pukul 10.00", "2024-03-05", "2024-03-05"),
    ("Rubrik Pekanan2024-03-05", "2024-03-05", "2024-03-05"),
])
def test_dates_more_written_forms(make_article, lex, text, surface, value):
    found = _find(make_article, lex, text, None)
    assert [(d.text, d.value) for d in found] == [(surface, value)]


@pytest.mark.parametrize("text", [
    "Pada tahun 1960-an kedua negara bersekutu erat.",       # a decade is not its first year
    "Sejak tahun 1990-an hubungan itu renggang.",
    "Senin 12 orang tewas dalam serangan itu.",               # a count after a weekday is no day
    "Nomor register 2024-03-051 dicatat petugas.",            # no ISO date inside a longer number
    "Perdana Menteri Theresa May menerima tamunya.",          # an English month that is a name is no month
])
def test_dates_more_forms_not_dates(make_article, lex, text):
    found = [(d.text, d.value) for d in _find(make_article, lex, text, None) if d.scored and d.value]
    assert found == []


@pytest.mark.parametrize("text, expected", [
    # a numeric day whose second number cannot be a month was written month first (a translation of an
    # English source): Thursday 26 June
    ("Komite menggelar rapat tertutup pada hari Kamis (6/26).", [("Kamis (6/26)", "2025-06-26")]),
    # negative: day first where both numbers can be a month (the Indonesian order)
    ("Komite menggelar rapat tertutup pada hari Rabu (6/8).", [("Rabu (6/8)", "2025-08-06")]),
    # negative: neither order is a date
    ("Komite menggelar rapat tertutup pada hari Kamis (16/26).", [("Kamis", None)]),
])
def test_dates_numeric_month_first_when_only_that_reads(make_article, lex, text, expected):
    found = [(d.text, d.value) for d in _find(make_article, lex, text, "2025-06-27")]
    assert found[:1] == expected[:1] if expected[0][1] else all(v is None or v != "2025-06-26" for _, v in found)


def test_dates_month_first_numeric_fixes_the_year_and_the_date(brief_of):
    text = ("Jakarta, Situs Kabar –\nAnggota parlemen Park Dal-seon mengatakan komite menggelar rapat "
            "tertutup pada hari Kamis (6/26).\nPengiriman pertama terjadi pada tahun 2024.\nMenurut Park, pengiriman berikutnya bisa terjadi bulan depan.\n")
    brief = brief_of(text)
    found = {d.text: d.value for d in brief.dates}
    assert found.get("Kamis (6/26)") == "2025-06-26"
    assert brief.published.value == "2025-06-26"
    assert found.get("bulan depan") == "2025-07"


@pytest.mark.parametrize("text, surface, value", [
    # anchor Tuesday 2023-09-19: last night is the evening of the day before
    ("Pertandingan digelar tadi malam di Busan.", "tadi malam", "2023-09-18"),
    ("Pertandingan digelar malam tadi di Busan.", "malam tadi", "2023-09-18"),
    # a span of days is dated to its month; a single day keeps its day
    ("Rombongan itu berkunjung pada 9-12 Februari 2024.", "9-12 Februari 2024", "2024-02"),
    ("Rombongan itu berkunjung pada 9 Februari 2024.", "9 Februari 2024", "2024-02-09"),
    # the dash as plain text often writes it (two hyphens) or as an em dash: still a span of days
    ("Rombongan itu berkunjung pada 9--12 Februari 2024.", "9--12 Februari 2024", "2024-02"),
    ("Rombongan itu berkunjung pada 9—12 Februari 2024.", "9—12 Februari 2024", "2024-02"),
])
def test_dates_last_night_and_year_ranges(make_article, lex, text, surface, value):
    mention = _one(_find(make_article, lex, text, "2023-09-19"), surface)
    assert (mention.text, mention.value) == (surface, value)


@pytest.mark.parametrize("text, expected", [
    # two days of one month joined by a word: one date, its first day (not its second day alone)
    ("Kapal itu berlayar dari tanggal 8 hingga 13 Oktober.", [("tanggal 8 hingga 13 Oktober", "2024-10-08")]),
    ("Pameran dibuka 3 sampai 7 Maret 2025 di Balai Kota.", [("3 sampai 7 Maret 2025", "2025-03-03")]),
    # negative: a span written with a dash keeps its month (the earlier convention)
    ("Pameran dibuka 3-7 Maret 2025 di Balai Kota.", [("3-7 Maret 2025", "2025-03")]),
    # negative: a count before the link is no day ("sampai 13 Oktober" is the date)
    ("Harga naik 8 persen hingga 13 Oktober.", [("13 Oktober", "2024-10-13")]),
])
def test_dates_day_range_joined_by_a_word(make_article, lex, text, expected):
    assert [(d.text, d.value) for d in _find(make_article, lex, text, "2024-10-19")] == expected


HEADER_LEAD = ("SEOUL - Menteri Luar Negeri Korea Selatan Han Dae-sung bertemu duta besar Rusia di Seoul "
               "untuk membahas kerja sama kedua negara.")


@pytest.mark.parametrize("line, value", [
    ("Rabu, 08 Mei 2024 / 11:26 WIB", "2024-05-08"),
    ("RABU, 08 MEI 2024 | 13:32 WIB | LAPORAN: NAMA PENULIS", "2024-05-08"),
    ("08 MEI 2024 | 13:32 WIB | LAPORAN: NAMA PENULIS", "2024-05-08"),
    ("8 Mei 2024, 13:32 GMT+7", "2024-05-08"),
    ("Published: Wednesday, October 9, 2024 9:22 AM GMT+7", "2024-10-09"),
    ("Updated 9 Oct 2024, 09:22 UTC", "2024-10-09"),
    (" date 2024-10-09 Foto : AGENSI / AGENSI LAIN", "2024-10-09"),
    (" date 2024-10 Laporan Wartawan Situs, Nama Penulis", "2024-10"),
    ("Rubrik Pekanan2024-10-09", "2024-10-09"),
    ("2024-10-09T10:05:00+07:00", "2024-10-09"),
    ("Diposting: Rabu, 9 Oktober 2024", "2024-10-09"),
    ("Ditayangkan 09/10/2024 10:05", "2024-10-09"),
    ("Tanggal: 2024-10-09", "2024-10-09"),
    ("Diunggah pada Rabu, 9 Oktober 2024 10:05 WIB", "2024-10-09"),
    ("09.10.2024", "2024-10-09"),
    ("Rabu, 09-10-2024 10:05 WIB", "2024-10-09"),
    # a stamp with its clock time and other pieces set off around it: an update's time, a counter, a name,
    # the time first, a weekday with a bracketed day
    ("Rabu, 9 Oktober 2024 10:05 WIB (Diperbarui: 11:00 WIB)", "2024-10-09"),
    ("Rabu, 9 Oktober 2024 10:05 WIB Diperbarui 11:00 WIB", "2024-10-09"),
    ("Rabu, 9 Oktober 2024 | 10:05 WIB Dibaca: 120", "2024-10-09"),
    ("Rabu, 9 Oktober 2024 10:05 WIB - Nama Penulis", "2024-10-09"),
    ("Selasa, 8 Oktober 2024 - 20:38 WIB | Diperbarui Rabu, 9 Oktober 2024", "2024-10-08"),
    ("10:05 WIB, Rabu 9 Oktober 2024", "2024-10-09"),
    ("10:05, 09/10/2024", "2024-10-09"),
    ("Rabu (9/10/2024) 10:05 WIB", "2024-10-09"),
    # the reporter, a comma and the outlet, a bar, the date and its time
    ("Nama Penulis, Situs Berita | Rabu, 09/10/2024 10:05 WIB", "2024-10-09"),
    # the reporter's label and a dash before the weekday (older pages of a byline-dot template)
    ("Nama Lengkap Sang Penulis , Jurnalis-Jum'at, 11 Oktober 2024 |10:05 WIB", "2024-10-11"),
    # an English label, a dashed numeric date and the page's visit counter
    ("Posted Date : 09-10-2024, berita ini telah dikunjungi sebanyak 57 kali.", "2024-10-09"),
    ("Diposting: 09.10.2024 | dibaca 1.204 kali", "2024-10-09"),
])
def test_dates_header_lines_in_more_formats_give_published(line, value, brief_of):
    brief = brief_of(f"Judul Berita Rusia dan Korea Selatan\n{line}\n\n{HEADER_LEAD}")
    assert brief.layout.published is not None and brief.layout.published.of(brief.article.text) in line
    assert brief.published is not None and brief.published.value == value
    assert not [d for d in brief.dates if d.scored], "a header date is no date of the body"


def test_dates_a_stamp_whose_clock_is_cut_short_is_no_body_date(brief_of):
    # a related-story list's stamps where the pasted page ends mid-clock ("| 14:")
    brief = brief_of(f"Judul Berita Rusia dan Korea Selatan\n\n{HEADER_LEAD}\n\nJudul Berita Lain\n"
                     "Kamis, 10 Oktober 2024 | 14:")
    assert not [d for d in brief.dates if d.scored and "Oktober" in d.text]


@pytest.mark.parametrize("line", [
    "Data itu dirilis pada 2024-10-09 oleh kementerian.",     # prose, not a header
    "Kesepakatan itu, kata dia, diteken 8 Mei 2024 pukul 13.32 WIB di Seoul.",
    "Tanggal rilis data ditetapkan 2024-10-09 dan diumumkan ke publik pada hari yang sama oleh kantor itu",
    "Tanggal 9 Oktober 2024 menjadi hari bersejarah bagi kedua negara.",
    # a date and a clock time in prose: a sentence closes on a full stop, or goes on after the time
    "Menteri itu tiba di Seoul, Rabu (9/10/2024) 10:05 WIB.",
    "Menteri itu tiba di Seoul, Rabu (9/10/2024) 10:05 WIB, lalu langsung menuju istana presiden",
    "Ia tiba di kota itu - 9 Oktober 2024",
])
def test_dates_prose_with_a_date_is_no_header_line(line, brief_of):
    brief = brief_of(f"Judul Berita Rusia dan Korea Selatan\n\n{HEADER_LEAD}\n\n{line}")
    assert brief.layout.published is None


@pytest.mark.parametrize("body, surface, value", [
    # a header giving only the month: the first weekday-dated day inside it anchors the deictic dates
    ("Menurut laporan yang terbit Selasa (8/10/2024), harga naik pekan lalu.", "pekan lalu", "2024-W40"),
    # no such day inside the month: a deictic date has no value, a day and month take the month's year
    ("Menurut laporan yang terbit Selasa (8/10/2023), harga naik pekan lalu.", "pekan lalu", None),
    ("Menurut laporan itu, harga naik sejak 24 Februari.", "24 Februari", "2024-02-24"),
    # what needs no finer anchor than the month still resolves: a month or a year, never a day or week
    ("Menurut laporan itu, harga naik sejak tahun lalu.", "tahun lalu", "2023"),
    ("Menurut laporan itu, harga naik sejak bulan lalu.", "bulan lalu", "2024-09"),
    ("Menurut laporan itu, harga naik sejak Maret lalu.", "Maret lalu", "2024-03"),
    ("Menurut laporan itu, harga naik sejak kemarin.", "kemarin", None),
])
def test_dates_month_header_anchor(body, surface, value, brief_of):
    brief = brief_of(f"Judul Berita Rusia dan Korea Selatan\n date 2024-10 Laporan Wartawan Situs\n\n{HEADER_LEAD}\n\n{body}")
    assert brief.published is not None and brief.published.value == "2024-10"
    mention = _one(brief.dates, surface)
    assert mention.value == value


@pytest.mark.parametrize("anchor, text, surface, value", [
    # no marker: a day or month ahead counts double (news reports what happened) ...
    ("2024-10-15", "Pabrik itu berhenti beroperasi pada Maret.", "Maret", "2024-03"),
    ("2024-11-13", "Presiden baru mulai menjabat pada Januari.", "Januari", "2025-01"),
    ("2024-10-15", "Pasukan dikirim ke perbatasan pada 24 Februari.", "24 Februari", "2024-02-24"),
    # ... and a tense word weighs the side it points away from
    ("2024-10-15", "Pemilu akan digelar pada 5 Maret.", "5 Maret", "2025-03-05"),
    ("2024-06-15", "Hubungan memburuk sejak 20 Oktober.", "20 Oktober", "2023-10-20"),
    ("2024-06-15", "Pertemuan dijadwalkan pada 20 Oktober.", "20 Oktober", "2024-10-20"),
    # "<last> met <in> <month>": the last time lies behind, a month ahead of the anchor is last year's
    ("2024-06-15", "Kedua delegasi terakhir kali berunding pada bulan September di Astana.", "bulan September", "2023-09"),
    ("2024-06-15", "Pertemuan terakhir mereka pada bulan Oktober membahas pangan.", "bulan Oktober", "2023-10"),
    ("2024-06-15", "Kedua menteri bertemu pada bulan Juli di Minsk.", "bulan Juli", "2024-07"),
    # a bare "terakhir" is "final": the final months of a term do not make a later month past
    ("2024-11-13", "Dalam bulan-bulan terakhir pemerintahannya, sebelum penggantinya menjabat pada Januari.",
     "Januari", "2025-01"),
    # a weekday that fits no year around the anchor is the writer's slip: the day and month decide
    ("2024-03-29", "Dewan memungut suara hari Kamis (29/3).", "Kamis (29/3)", "2024-03-29"),
    ("2024-01-02", "Rapat digelar Sabtu (30/12).", "Sabtu (30/12)", "2023-12-30"),
    ("2024-01-02", "Rapat digelar Rabu (3/1).", "Rabu (3/1)", "2024-01-03"),
    # only a year after the anchor's puts the day on its weekday: within the anchor's week the weekday is the
    # slip and the written day stands; further off the sentence is another story's: no year
    ("2024-10-25", "Parlemen memungut suara pada hari Kamis (23/10).", "Kamis (23/10)", "2024-10-23"),
    ("2022-09-30", "Parlemen memungut suara pada hari Rabu (5/7).", "Rabu (5/7)", None),
    # a year no calendar of the story holds is a slip of the keys: the day is read as if it had none
    ("2025-02-23", "Komite bertemu pada Rabu (19/2/3035) di ibu kota.", "Rabu (19/2/3035)", "2025-02-19"),
    # negative: a year of the calendar, however far, stands
    ("2025-02-23", "Komite bertemu pada Rabu (19/2/2014) di ibu kota.", "Rabu (19/2/2014)", "2014-02-19"),
])
def test_dates_year_of_a_day_or_month_without_one(make_article, lex, anchor, text, surface, value):
    mention = _one(_find(make_article, lex, text, anchor), surface)
    assert (mention.text, mention.value) == (surface, value)


@pytest.mark.parametrize("text, surface, value", [
    # no year written: the register's people named in the article and the years of their posts
    # (content/register/people.yaml `terms`) choose among the years the weekday fits
    ("Presiden Yoon Suk Yeol berpidato di forum itu, Rabu (13/11).", "Rabu (13/11)", "2024-11-13"),
    ("Menlu Antony Blinken dan Presiden Vladimir Putin disebut, Kamis (7/9).", "Kamis (7/9)", "2023-09-07"),
    # no register person and no year: no basis
    ("Presiden Lim Dae-ho berpidato di forum itu, Rabu (13/11).", "Rabu (13/11)", None),
    # a person out of office by the article's written year does not outvote that year
    ("Sejak Oktober 2025 hubungan memburuk.\nJoko Widodo pernah berkunjung.\nSumber berbicara Minggu (21/12).",
     "Minggu (21/12)", "2025-12-21"),
    # a body the register knows the founding year of counts as a person in office does (a news agency of
    # 2014: 9 March fell on a Monday in 2009, 2015, 2020 and 2026; the secretary-general served 2007-2016)
    ("Sekjen Ban Ki-moon dikutip kantor berita Sputnik, Senin (9/3).", "Senin (9/3)", "2015-03-09"),
    # without the agency his years fit 2009 and 2015 alike: the later (pasted news is mostly recent)
    ("Sekjen Ban Ki-moon dikutip kantor berita Gema, Senin (9/3).", "Senin (9/3)", "2015-03-09"),
    # an event named by its phrase (calendar.yaml era_phrases): the story is no older than its start
    # (27 February fell on a Monday in 2017 and 2023; the spokeswoman served from 2015)
    ("Juru bicara Maria Zakharova mengecam sanksi akibat invasi ke Ukraina, Senin (27/2).", "Senin (27/2)",
     "2023-02-27"),
    # without the event 2017 and 2023 fit alike: the later
    ("Juru bicara Maria Zakharova mengecam sanksi baru itu, Senin (27/2).", "Senin (27/2)", "2023-02-27"),
    # an event of given years (a list in era_phrases): its years and the years after (15 March fell on a
    # Wednesday in 2006, 2017 and 2023; the spokeswoman served from 2015)
    ("Juru bicara Maria Zakharova mengecam uji coba nuklir itu, Rabu (15/3).", "Rabu (15/3)", "2017-03-15"),
    # an event named by two words apart (era_word_pairs): the story is no older than 2022
    ("Juru bicara Maria Zakharova bicara soal hari kesepuluh invasi, Senin (27/2).\nUkraina membantah.",
     "Senin (27/2)", "2023-02-27"),
])
def test_dates_weekday_year_from_the_register_terms(make_article, lex, text, surface, value):
    mention = _one(_find(make_article, lex, text, None), surface)
    assert mention.value == value


@pytest.mark.parametrize("text, surface, value", [
    # Full dates written put the story around the latest one: a weekday that fits only a year three
    # years off is the writer's slip, and the day and month take the year nearest those dates ...
    ("Pakta itu diteken pada 19 Juni 2024 dan disahkan pada 6 November 2024.\n"
     "Presiden Vladimir Putin menandatanganinya, lapor kantor berita itu pada Sabtu (11 September).",
     "Sabtu (11 September)", "2024-09-11"),
    # ... while one that fits a year beside them keeps its weekday (2 November 2024 is a Saturday)
    ("Pakta itu diteken pada 19 Juni 2024 dan disahkan pada 6 November 2024.\n"
     "Presiden Vladimir Putin menandatanganinya, lapor kantor berita itu pada Sabtu (2/11).",
     "Sabtu (2/11)", "2024-11-02"),
    # Years alone, tied votes: the year nearest the latest one written (the background comes first:
    # 19 June fell on a Wednesday in 2002, 2013, 2019 and 2024)
    ("Presiden Vladimir Putin tiba di Pyongyang pada Rabu (19/6) dan disambut Kim Jong Un.\n"
     "Ia pernah datang pada Juli 2000; Kim berkunjung ke Rusia pada April 2019 dan September 2023.",
     "Rabu (19/6)", "2024-06-19"),
    ("Presiden Vladimir Putin tiba di Pyongyang pada Rabu (19/6) dan disambut Kim Jong Un.\n"
     "Kim berkunjung ke Rusia pada April 2019.",
     "Rabu (19/6)", "2019-06-19"),
])
def test_dates_weekday_year_around_the_written_dates(make_article, lex, text, surface, value):
    mention = _one(_find(make_article, lex, text, None), surface)
    assert mention.value == value


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
    text = ("Dua Tentara Ditangkap di Perbatasan\n\nPresiden Lurinia, Arvo Melkin, pada Sabtu (11/1), memastikan "
            "bahwa dua tentara asing tertangkap di wilayah perbatasan.\n\n" + years + "\n")
    assert _value(brief_of, text, "Sabtu (11/1)") == value


def test_dates_register_terms_are_checked(tmp_path):
    from generator.lexicon import check_register, load_register
    people = "entities:\n  - {id: nama-orang, kind: person, name: Nama Orang}\n"
    for terms, problems in [("[[2020, 2010]]", ["terms"]), ("[2020]", ["terms"]), ("[[2010, 2014], [2020, null]]", [])]:
        path = tmp_path / "people.yaml"
        path.write_text(people + f"terms:\n  nama-orang: {terms}\n", encoding="utf-8")
        assert [e.key for e in check_register([path])] == problems
    register = load_register([path])
    assert register.entries["nama-orang"].terms == ((2010, 2014), (2020, None))
    path.write_text(people + "terms:\n  orang-lain: [[2010, 2014]]\n", encoding="utf-8")
    assert [e.key for e in check_register([path])] == ["terms"]
    # a term still running ends in the file's as_of year
    path.write_text(people + "as_of: 2026\nterms:\n  nama-orang: [[2010, 2014], [2020, null]]\n", encoding="utf-8")
    assert load_register([path]).entries["nama-orang"].terms == ((2010, 2014), (2020, 2026))
    path.write_text(people + "as_of: tahun ini\nterms:\n  nama-orang: [[2020, null]]\n", encoding="utf-8")
    assert [e.key for e in check_register([path])] == ["as_of"]


def test_dates_weekday_year_from_the_register_fixes_published(brief_of):
    brief = brief_of("Judul Berita Korea Selatan dan Rusia\n\nPresiden Korea Selatan Yoon Suk Yeol pada Senin (18/11) "
                     "mengecam kerja sama militer kedua negara itu di sebuah forum.\n\nIa berbicara pada hari Senin.")
    assert brief.published is not None and brief.published.value == "2024-11-18"
    assert [(d.text, d.value) for d in brief.dates if d.scored] == [("Senin (18/11)", "2024-11-18"),
                                                                    ("Senin", "2024-11-18")]


@pytest.mark.parametrize("text, value", [
    # the day stamped after the source, set off by a comma, is the day of the report
    ("Judul\nSEOUL - Menteri itu pada Minggu 16 Juni 2024 menyatakan dukungannya.\n"
     "Mengutip kantor berita Hanbit, Selasa 18 Juni 2024, hari libur itu menandai kemerdekaan.", "2024-06-18"),
    ("Judul\nDewan bersidang pada Senin (17/6/2024) di New York.\nHal itu disampaikan juru bicara Dewan, "
     "Rabu (19/6/2024).", "2024-06-19"),
    # event days only: the first one
    ("Judul\nMenteri itu pada Minggu 16 Juni 2024 menyatakan dukungannya.\n"
     "Ia kembali berbicara pada Selasa 18 Juni 2024 di Seoul.", "2024-06-16"),
])
def test_dates_published_from_a_comma_stamp(text, value, make_article, lex):
    article = make_article(text)
    sentences = _sentences(text, 1)
    mention = dates.published_from_body(article, sentences, lex)
    assert (mention.value if mention else None) == value


@pytest.mark.parametrize("text, expected", [
    # a bare month listed after another month is a date too
    ("Pabrik itu tidak menjual mobil pada Agustus dan September.", [("Agustus", "2024-08"), ("September", "2024-09")]),
    ("Latihan digelar pada Juni, Juli dan Agustus.", [("Juni", "2024-06"), ("Juli", "2024-07"), ("Agustus", "2024-08")]),
    ("Penjualan turun, dan Maret menjadi nama kapal itu.", []),
    # a part of the month or year with no marker is the current one; not a decade, not the weekend
    ("Warga itu ditahan pada awal tahun di kota pelabuhan.", [("awal tahun", "2024")]),
    ("Laporan diserahkan hingga akhir bulan.", [("akhir bulan", "2024-10")]),
    ("Kebijakan itu lahir pada akhir tahun 1990-an.", []),
    ("Mereka berlibur pada akhir pekan.", []),
    # a deadline verb makes a bare year a date; a count is not one
    ("Jembatan Baru Ditargetkan Rampung 2027", [("2027", "2027")]),
    ("Sekitar 2000 tentara dikerahkan ke perbatasan.", []),
    # in a Title Case line the week/Sunday word with its marker is the week
    ("Korea Utara Luncurkan Rudal Minggu Lalu", [("Minggu Lalu", "2024-W41")]),
    ("Korea Utara Gelar Latihan Sepanjang Minggu", []),
    ("Presiden Tiba di Pyongyang Selasa", [("Selasa", "2024-10-15")]),
    ("Menteri itu tiba di Pyongyang pada Minggu untuk kunjungan resmi.", [("Minggu", "2024-10-13")]),
    ("Menteri tiba pada Minggu lalu di Moskow.", [("Minggu lalu", "2024-10-13")]),
    # a weekday between two capitalised words is a word of a name
    ("Warga Jalan Minggu Raya menolak proyek itu.", []),
    ("Anggota Klub Sabtu Ceria berkumpul di sana.", []),
    ("Hal itu disampaikan Menteri Park Senin di Seoul.", [("Senin", "2024-10-14")]),
    ("Ia datang Senin Kim Dae-ho menyusul.", [("Senin", "2024-10-14")]),
])
def test_dates_months_in_lists_periods_deadlines_and_names(make_article, lex, text, expected):
    found = [(d.text, d.value) for d in _find(make_article, lex, text, "2024-10-15") if d.scored]
    assert found == expected


@pytest.mark.parametrize("text, expected", [
    # the part of the day between a weekday and its date belongs to the one date
    ("Ledakan terjadi Senin pagi (14/10) di pelabuhan.", [("Senin pagi (14/10)", "2024-10-14")]),
    ("Ia tiba Kamis malam, 10 Oktober 2024, di bandara.", [("Kamis malam, 10 Oktober 2024", "2024-10-10")]),
    ("Ia tiba Kamis pagi tadi.", [("Kamis", "2024-10-10")]),
    # a weekday alone with the part of the day after it: the part belongs to its text
    ("Ia tiba Kamis dini hari, lalu menuju perbatasan.", [("Kamis dini hari", "2024-10-10")]),
    ("Ia tiba Kamis malam, lalu menuju perbatasan.", [("Kamis malam", "2024-10-10")]),
    # negative: a weekday and a word that is no part of the day
    ("Ia tiba Kamis bersama delegasinya, lalu menuju perbatasan.", [("Kamis", "2024-10-10")]),
    # a season before a year keeps the year
    ("Jembatan itu rampung pada musim panas 2026.", [("musim panas 2026", "2026")]),
    ("Latihan digelar pada musim dingin tahun lalu.", [("musim dingin tahun lalu", "2023")]),
    ("Musim panas selalu panjang di sana.", []),
])
def test_dates_day_parts_and_seasons(make_article, lex, text, expected):
    found = [(d.text, d.value) for d in _find(make_article, lex, text, "2024-10-15") if d.scored]
    assert found == expected


@pytest.mark.parametrize("text, expected", [
    # a part of today; after a weekday the weekday dates it
    ("Diskusi publik digelar malam ini di kedutaan.", [("malam ini", "2024-10-15")]),
    ("Menteri itu tiba tadi pagi.", [("tadi pagi", "2024-10-15")]),
    ("Menteri itu tiba Sabtu malam tadi.", [("Sabtu", "2024-10-12")]),
    # before, after and comparisons make a bare year a date
    ("Jumlahnya melonjak dibanding 2023.", [("2023", "2023")]),
    ("Hubungan memburuk pasca 2022.", [("2022", "2022")]),
    ("Jumlahnya melonjak dibanding tahun-tahun sebelumnya.", []),
])
def test_dates_parts_of_today_and_years_after_comparisons(make_article, lex, text, expected):
    found = [(d.text, d.value) for d in _find(make_article, lex, text, "2024-10-15") if d.scored]
    assert found == expected


@pytest.mark.parametrize("line, reporter", [
    ("Nama Lengkap Penulis - Rabu, 9 Oktober 2024 10:01 WIB", "Nama Lengkap Penulis"),
    ("Dewi Ayu Lestari Putri | 9 Oktober 2024 10:01 WIB", "Dewi Ayu Lestari Putri"),
    ("Nandira 9 Okt 2024, 10:01", "Nandira"),       # one word, no separator, a clock time
])
def test_dates_reporter_and_stamp_line(line, reporter, brief_of):
    brief = brief_of(f"Judul Berita Rusia dan Korea Selatan\n\n{line}\n\n{HEADER_LEAD}")
    assert brief.published is not None and brief.published.value == "2024-10-09"
    assert reporter in {c.name for c in brief.layout.credits}
    assert reporter not in {a.name for a in brief.actors}


def test_dates_a_comma_date_without_a_cue_is_no_stamp(make_article, lex):
    text = ("Judul\nRusia pada Senin (17/6/2024) meluncurkan serangan baru.\n"
            "Serangan itu menewaskan lima orang di kota perbatasan, Minggu (16/6/2024).")
    article = make_article(text)
    sentences = _sentences(text, 1)
    assert dates.published_from_body(article, sentences, lex).value == "2024-06-17"


@pytest.mark.parametrize("text, expected", [
    # a weekday in lower case is still one with its date, after the day noun, or after a preposition
    ("Ia tiba pada selasa (15/10) di bandara.", [("selasa (15/10)", "2024-10-15")]),
    ("Ia tiba pada hari senin di bandara.", [("senin", "2024-10-14")]),
    ("Ia tiba pada hari minggu di bandara.", [("minggu", "2024-10-13")]),
    ("Ia tiba pada senin di bandara.", [("senin", "2024-10-14")]),
    # the week word in lower case is the week, and a lower-case weekday alone is no date
    ("Ia tiba pada minggu lalu.", [("minggu lalu", "2024-W41")]),
    ("Ia bekerja di sana selama dua minggu.", []),
    ("Ia bekerja setiap minggu di sana.", []),
    ("Rapat senin itu batal.", []),
])
def test_dates_lower_case_weekdays(make_article, lex, text, expected):
    found = [(d.text, d.value) for d in _find(make_article, lex, text, "2024-10-15") if d.scored]
    assert found == expected


@pytest.mark.parametrize("lead, value", [
    # a dateline's day: the weekday before it belongs to it, and the rest of the article gives the year
    ("JAKARTA, Senin (28/10/2024) - Menteri Luar Negeri itu bertemu duta besar untuk membahas kerja sama.",
     "2024-10-28"),
    ("JAKARTA (28/10) - Menteri Luar Negeri itu bertemu duta besar pada tahun 2024 untuk membahas kerja sama.",
     "2024-10-28"),
    ("Jakarta, Senin (28/10) - Presiden Yoon Suk Yeol bertemu duta besar untuk membahas kerja sama.", "2024-10-28"),
    # no year anywhere and no register person: no basis
    ("Jakarta, Senin (28/10) - Presiden Lim Dae-ho bertemu duta besar untuk membahas kerja sama.", None),
])
def test_dates_dateline_day_gives_published(lead, value, brief_of):
    brief = brief_of(f"Judul Berita Rusia dan Korea Utara\n\n{lead}")
    assert (brief.published.value if brief.published else None) == value


def test_dates_unreadable_dateline_day_falls_back_to_the_body(brief_of):
    # a day that is no calendar day (31/11) gives no date; the stamp in the body does
    brief = brief_of("Judul Berita Rusia dan Korea Utara\n\nJakarta, Senin (31/11) - Presiden Lim Dae-ho bertemu "
                     "duta besar untuk membahas kerja sama.\n\nHal itu disampaikan juru bicaranya, Selasa (29/10/2024).")
    assert brief.published is not None and brief.published.value == "2024-10-29"


def test_dates_register_people_named_by_surname_alone_vote_too(brief_of):
    # the actors stage links the bare surname to the register's person; the dates stage counts it
    brief = brief_of("Judul Berita Korea Selatan dan Rusia\n\nPresiden Biden mengecam kerja sama militer kedua negara "
                     "itu, kata juru bicaranya, Senin (18/11).")
    assert brief.published is not None and brief.published.value == "2024-11-18"


@pytest.mark.parametrize("text, value", [
    # Anchor Thursday 21 Sep 2023: a tense word inside a quote that closes before the weekday is the
    # quoted words' tense, not the speech act's: Wednesday is the day before.
    ("“Kesepakatan ini akan mengancam kawasan,” kata Presiden dalam pidatonya hari Rabu.", "2023-09-20"),
    ('"Kesepakatan ini akan mengancam kawasan," kata Presiden dalam pidatonya hari Rabu.', "2023-09-20"),
    # negative: the weekday inside the same quote, or the tense word outside any quote, still leans
    ("“Kami akan bertemu lagi hari Rabu,” kata Presiden.", "2023-09-27"),
    ("Presiden akan berpidato di depan majelis hari Rabu.", "2023-09-27"),
])
def test_dates_tense_inside_a_closed_quote_does_not_move_a_weekday(text, value, lex, make_article):
    from generator.dates import find_dates
    from generator.model import Sentence, Span
    article = make_article(text)
    found = find_dates(article, (Sentence(Span(0, len(text)), 0),), lex, anchor="2023-09-21")
    assert [d.value for d in found if d.rule == "weekday"] == [value]


def _period_end(value: str):
    """The last day of a resolved value's period (a day, an ISO week, a month or a year)."""
    import calendar
    import datetime
    if "-W" in value:
        year, week = value.split("-W")
        return datetime.date.fromisocalendar(int(year), int(week), 7)
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 1:
        return datetime.date(parts[0], 12, 31)
    if len(parts) == 2:
        return datetime.date(parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1])
    return datetime.date(*parts)


@pytest.mark.parametrize("surface", ["Juni lalu", "Desember lalu", "20 Mei lalu", "Sabtu lalu", "bulan lalu",
                                     "pekan lalu", "tahun lalu", "tiga hari lalu"])
def test_dates_a_word_for_the_past_is_never_after_the_article(brief_of, surface):
    """'lalu' means the past: whatever it qualifies ends before the article's own date (issue 19:
    no timeline row dated after the article by a word for the past)."""
    import datetime
    brief = brief_of("Judul Berita Tentang Pertemuan di Seoul\n\nJakarta - Presiden Korea Selatan Budi Santosa "
                     f"bertemu duta besar Rusia di Seoul pada Jumat (10/5/2024). Pertemuan serupa digelar {surface}.\n")
    assert brief.published.value == "2024-05-10"
    [found] = [d for d in brief.dates if d.text == surface]
    assert _period_end(found.value) < datetime.date(2024, 5, 10), found.value


@pytest.mark.parametrize("text, expected", [
    # A year listed after another year is a date too; a bare number of four digits alone is not.
    ("Perjanjian itu menggantikan pakta yang diteken pada tahun 1961, 2000 dan 2001.",
     [("tahun 1961", "1961"), ("2000", "2000"), ("2001", "2001")]),
    ("Ia menjabat presiden antara 2008 dan 2012.", [("2008", "2008"), ("2012", "2012")]),
    ("Sebanyak 2000 tentara dikirim ke garis depan.", []),
    # a comma and a coordinator both ("1998, 2003, dan 2010"); a count after a comma is still none
    ("Ia berkunjung ke Seoul pada tahun 1998, 2003, dan 2010.",
     [("tahun 1998", "1998"), ("2003", "2003"), ("2010", "2010")]),
    ("Ia datang pada tahun 1998, dan sejak itu berkunjung tiap tahun.", [("tahun 1998", "1998")]),
])
def test_dates_years_listed_after_a_year(text, expected, make_article, lex):
    found = [(d.text, d.value) for d in _find(make_article, lex, f"Judul\n{text}\n", "2024-10-15") if d.scored]
    assert [(t.lower(), v) for t, v in found] == [(t.lower(), v) for t, v in expected]


@pytest.mark.parametrize("background, expected", [
    # No date above the body: a day and month take the year nearest the latest month the text writes
    # with its year (October 2023 puts 15 January in 2024) ...
    ("Kunjungan itu membalas kunjungan menteri ke Moskow pada bulan Oktober 2023.", "2024-01-15"),
    # ... and with a full date written, nearest that date (March 2023 keeps January in 2023).
    ("Kunjungan itu membalas kunjungan menteri ke Moskow pada 3 Maret 2023.", "2023-01-15"),
])
def test_dates_day_month_without_header_takes_the_latest_written_month(background, expected, brief_of):
    brief = brief_of(f"Pada tanggal 15 Januari, menteri luar negeri Negeri Utara berangkat ke Moskow.\n{background}\n")
    values = {d.text.removeprefix("tanggal "): d.value for d in brief.dates}
    assert values["15 Januari"] == expected


def test_dates_a_stamp_closing_the_page_gives_published(brief_of):
    # A stamp written year first with slashes, on the page's last line; "hari ini" resolves against it.
    brief = brief_of(f"{HEADER_LEAD}Kementerian itu memprotes sanksi hari ini.\n2025/02/04 21:33 KST\n")
    assert brief.published is not None and brief.published.value == "2025-02-04"
    assert {d.text: d.value for d in brief.dates}.get("hari ini") == "2025-02-04"


@pytest.mark.parametrize("written, expected", [
    # No date of the article: a day after the latest date written is as likely as one before it, a
    # past tense notwithstanding (the article is no older than what it reports) ...
    ("Dewan kota menempuh langkah serupa pada tanggal 6 November.", "2024-11-06"),
    # ... and a day far after it is still the nearer one before.
    ("Dewan kota menempuh langkah serupa pada tanggal 6 Maret.", "2024-03-06"),
])
def test_dates_without_header_a_day_may_follow_the_latest_date_written(written, expected, brief_of):
    brief = brief_of(f"Presiden menandatangani undang-undang ratifikasi pakta itu.\n\n"
                     f"Perjanjian itu diteken di Pyongyang pada 19 Juni 2024. {written}\n")
    values = {d.text.removeprefix("tanggal ").strip(): d.value for d in brief.dates}
    assert values[written.split("tanggal ")[1].rstrip(".")] == expected


@pytest.mark.parametrize("text, expected", [
    # A span of years names a period (a war's, a term's): no date, with or without a preposition or the
    # year noun, and neither year of it alone (the annotators of real pages list none) ...
    ("Kerja sama itu mengingatkan pada Perang Teluk 1980-1988 di kawasan itu.", []),
    ("Pakta itu lahir setelah Perang Teluk 1980-88 berakhir.", []),
    ("Sejak tahun 2019-2020 hubungan memburuk.", []),
    ("Mereka bertempur sepanjang 1980-1988 silam.", []),
    # ... nor two numbers the second of which is no later year (nor a bare year alone)
    ("Pesawat bernomor 1980-12 mendarat di bandara.", []),
    ("Sebanyak 1980 tentara dikirim.", []),
])
def test_dates_a_span_of_years_is_one_date(text, expected, make_article, lex):
    found = [(d.text, d.value) for d in _find(make_article, lex, f"Judul\n{text}\n", None) if d.scored]
    assert found == expected


@pytest.mark.parametrize("text, captions, surface, value", [
    # No date above the body: the latest day the body writes dates a month or a year said relative
    # to the article's date ...
    ("Tur dimulai pada 9 Februari 2025.\nGubernur berkunjung ke ibu kota pada Desember lalu.", 0,
     "Desember lalu", "2024-12"),
    ("Tur dimulai pada 9 Februari 2025.\nHarga naik bulan lalu.", 0, "bulan lalu", "2025-01"),
    ("Tur dimulai pada 9 Februari 2025.\nPemilu digelar tahun lalu.", 0, "tahun lalu", "2024"),
    ("Tur dimulai pada 9 Februari 2025.\nPemilu digelar pada 13 September tahun lalu.", 0,
     "13 September tahun lalu", "2024-09-13"),
    # ... a day whose year the context gives counts as well (6 November after 19 Juni 2024) ...
    ("Pakta diteken pada 19 Juni 2024.\nMajelis menyetujuinya pada 6 November.\nParlemen bersidang bulan lalu.", 0,
     "bulan lalu", "2024-10"),
    # ... the latest month written with its year dates a year only ...
    ("Ekspor dari Desember 2025 hingga April 2026 naik.\nPerang meletus Februari tahun lalu.", 0,
     "Februari tahun lalu", "2025-02"),
    ("Ekspor dari Desember 2025 hingga April 2026 naik.\nHarga naik bulan lalu.", 0, "bulan lalu", None),
    # ... and neither a caption's date (an archive photo) nor a bare year dates anything
    ("Foto arsip saat kedua pemimpin bertemu (13/9/2025).\nPemilu digelar tahun lalu.", 1, "tahun lalu", None),
    ("Uni Soviet runtuh pada 1991.\nHarga naik bulan lalu.", 0, "bulan lalu", None),
    ("Uni Soviet runtuh pada 1991.\nFotonya di parade militer pada Juli beredar.", 0, "Juli", None),
    # ... though a bare year in the month's own sentence dates it
    ("Uni Soviet runtuh pada 1991.\nPada 2019 pabrik itu dibuka, lalu ditutup pada Juli.", 0, "Juli", "2019-07"),
    ("Tur dimulai pada 9 Februari 2025.\nTim tiba pekan lalu.", 0, "pekan lalu", None),
])
def test_dates_without_header_the_latest_body_day_dates_months_and_years(text, captions, surface, value,
                                                                          make_article, lex):
    article = make_article(text)
    found = dates.find_dates(article, _sentences(text, captions), lex, anchor=None)
    assert _one(found, surface).value == value


@pytest.mark.parametrize("clock, value", [
    # a date line above the headline with no time, months after every day the page writes: the site's clock
    ("Jumat, 3 Oktober 2025", "2025-01-11"),
    # negative: close to the body's day, the line is the article's date
    ("Senin, 13 Januari 2025", "2025-01-13"),
    # negative: with a time of day it is the article's stamp
    ("Jumat, 3 Oktober 2025 10:15 WIB", "2025-10-03"),
])
def test_dates_site_clock_above_the_headline(brief_of, clock, value):
    text = (f"{clock}\n\nDua Tentara Ditangkap di Perbatasan Utara\n\n"
            "Foto dua tentara yang diunggah oleh kementerian pada Sabtu (11/1/2025).\n\n"
            "SEOUL - Dua tentara ditangkap di wilayah perbatasan dan kini menjalani pemeriksaan oleh dinas keamanan.\n\n"
            "Keduanya menerima bantuan medis yang diperlukan, kata juru bicara kementerian itu.\n")
    assert brief_of(text).published.value == value


def test_gates_skip_only_patterns_that_cannot_match(lex, monkeypatch):
    """Each pattern is skipped on a sentence without the words or digit it cannot match without:
    on every evaluation article and seed, the dates found are those of running every pattern."""
    from generator import layout, segment
    from generator.extract import read_article

    root = DATES_PY.parents[1]
    articles = [read_article(p) for p in sorted(root.glob("tests/data/*/articles/*.txt"))
                + sorted((root / "content" / "articles").glob("*.txt"))]
    invented = ("Rapat digelar Jumat (5/3) dan JUM'AT pekan lalu; KTT pada 9 SEPT. 2020, sehari kemudian; "
                "laporan bertanggal 2021-04-07, lalu Maret 4, 2022, dan 12 , 2023 tanpa bulan.")
    prepared = [(a, segment.split_sentences(a, p := layout.find_layout(a, lex), lex), p) for a in articles]

    def found():
        out = []
        for article, sentences, page in prepared:
            dates._SCANNED.clear()
            published = (dates.read_date(article, page.published, lex) if page.published else None) \
                or dates.published_from_body(article, sentences, lex)
            out.append((published, dates.find_dates(article, sentences, lex, anchor=published and published.value)))
        dates._SCANNED.clear()
        sentence = (Sentence(Span(0, len(invented)), paragraph=0),)
        out.append(dates.find_dates(Article("x", "x.txt", invented), sentence, lex, anchor="2024-03-06"))
        return out

    gated = found()
    monkeypatch.setattr(dates, "_gates", lambda lex: (None,) * len(dates.PRIORITY))
    assert found() == gated
    assert any(len(d) >= 3 for d in gated[-1:])
    assert {"iso", "mdy"} <= {d.rule for d in gated[-1]}     # (the shapes of digits those two need)


@pytest.mark.parametrize("background, expected", [
    # A year written only as a lower bound ("the first since 2019") says when the story is not:
    # with no other date, a day and month without a year stay unresolved ...
    ("Pertemuan itu yang pertama sejak 2019.", None),
    # ... while a month the story happens in, with its year, is the reference
    ("Pertemuan serupa digelar pada Maret 2019.", "2019-04-08"),
    # A bare year elsewhere is background as often as not (the war of 2022 behind a flight of this
    # year): it dates no day and month
    ("Hubungan kedua negara menghangat sejak invasi pada 2022.", None),
])
def test_dates_a_since_or_bare_year_is_no_reference(background, expected, brief_of):
    brief = brief_of(f"Para menteri bertemu di Seoul. {background}\nSatelit itu diluncurkan pada 8 April.\n")
    values = {d.text: d.value for d in brief.dates}
    assert values["8 April"] == expected


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


@pytest.mark.parametrize("text, captions, surface, value", [
    # A caption's weekday names the photo's day, years before the article's if need be (an archive photo) ...
    ("Parade militer di ibu kota dalam gambar yang diunggah pada Selasa (26/4). Foto: Lurin/via Agensi\nBody.", 1,
     "Selasa (26/4)", "2022-04-26"),
    # ... and never after the article's: a day its weekday puts days ahead is an earlier year's ...
    ("Kedua pemimpin berjabat tangan di Lurinsk, Kamis (2/1). Foto: Agensi\nBody.", 1, "Kamis (2/1)", "2020-01-02"),
    # ... while in the body a day ahead is the one ahead
    ("Judul\nKedua pemimpin akan bertemu di Lurinsk pada Kamis (2/1).", 1, "Kamis (2/1)", "2025-01-02"),
    # ... and in the body a weekday that fits no year near the article's date is the writer's slip
    ("Judul\nParade militer digelar pada Selasa (26/4) di ibu kota.", 1, "Selasa (26/4)", "2025-04-26"),
    # A caption's own full date dates its words for the past; the body's still count from the article's date
    ("Presiden di pulau yang direbut kembali setahun yang lalu, Sabtu (8/7/2023). Foto: Agensi\nBody.", 1,
     "setahun yang lalu", "2022"),
    ("Judul\nPulau itu direbut kembali setahun yang lalu, Sabtu (8/7/2023).", 1, "setahun yang lalu", "2023"),
])
def test_dates_a_caption_dates_by_its_own_day(text, captions, surface, value, make_article, lex):
    article = make_article(text)
    found = dates.find_dates(article, _sentences(text, captions), lex, anchor="2024-12-28")
    assert _one(found, surface).value == value


@pytest.mark.parametrize("text, surface, value", [
    # anchor Friday 2024-04-05: a day of the month with the date noun, of the month named or the article's
    ("Kementerian itu mengumumkan pada tanggal 2 bulan ini bahwa sanksi berlaku.", "tanggal 2 bulan ini",
     "2024-04-02"),
    ("Kementerian itu mengumumkan pada tanggal 28 bulan lalu bahwa sanksi berlaku.", "tanggal 28 bulan lalu",
     "2024-03-28"),
    ("Pada konferensi pers pada tanggal 3, juru bicara itu menolak berkomentar.", "tanggal 3", "2024-04-03"),
    ("Pada konferensi pers pada tanggal 20, juru bicara itu menolak berkomentar.", "tanggal 20", "2024-03-20"),
    # with its month the noun is part of the date's text
    ("Majelis menyetujuinya pada tanggal 6 Maret.", "tanggal 6 Maret", "2024-03-06"),
])
def test_dates_day_of_the_month_after_the_date_noun(make_article, lex, text, surface, value):
    mention = _one(_find(make_article, lex, text, "2024-04-05"), surface)
    assert (mention.text, mention.value) == (surface, value)


@pytest.mark.parametrize("text, anchor", [
    # negative: no anchor, no day; a numeric date or a count after the noun is no day of the month
    ("Pada konferensi pers pada tanggal 3, juru bicara itu menolak berkomentar.", None),
    ("Surat itu bertanggal 3/4 dan dikirim ke kedutaan.", "2024-04-05"),
    ("Kolom tanggal 3.000 kali diisi ulang.", "2024-04-05"),
])
def test_dates_day_of_the_month_needs_an_anchor_and_a_bare_day(make_article, lex, text, anchor):
    found = [(d.text, d.value) for d in _find(make_article, lex, text, anchor) if d.value and d.rule == "day-of-month"]
    assert not found


def test_dates_a_bare_year_in_the_days_own_sentence_dates_it(brief_of):
    # only bare years written: one in the day's own sentence dates it; one elsewhere dates it only where the
    # register's people named here were in their posts then (test_dates_day_month_with_only_bare_years)
    brief = brief_of("Para menteri bertemu di Seoul.\nSatelit itu diluncurkan pada 2019, tepatnya pada 8 April.\n")
    assert {d.text: d.value for d in brief.dates}["8 April"] == "2019-04-08"
    brief = brief_of("Presiden Vladimir Putin pernah ke Seoul pada 1980.\nSatelit itu diluncurkan pada 8 April.\n")
    assert {d.text: d.value for d in brief.dates}["8 April"] is None


def test_dates_a_year_only_date_of_the_article_dates_a_day_without_a_year(brief_of):
    # "this year 2024" files the brief under 2024, and a day written without a year is in it (not the
    # nearest such day to the middle of the year, which would be the year before for a late month)
    brief = brief_of("Judul Berita Kiriman Minyak\n\nKiriman minyak berlanjut sepanjang tahun 2024 ini.\n\n"
                     "Kiriman pertama tercatat pada 7 Maret 2024, dan yang terakhir pada 5 November.\n")
    assert brief.published is not None and brief.published.value == "2024"
    assert {d.text: d.value for d in brief.dates}["5 November"] == "2024-11-05"
    # negative: with no such year, the late month takes the year nearest the latest date written
    brief = brief_of("Judul Berita Kiriman Minyak\n\nKiriman minyak berlanjut sepanjang tahun ini.\n\n"
                     "Kiriman pertama tercatat pada 7 Maret 2024, dan yang terakhir pada 5 November.\n")
    assert {d.text: d.value for d in brief.dates}["5 November"] == "2023-11-05"


@pytest.mark.parametrize("background, published", [
    # the lead's day and month file the brief when a month written with its year gives the year ...
    ("Rute serupa dibuka pada Mei 2024.", "2024-07-27"),
    # ... not when only a bare year of the background does
    ("Hubungan menghangat setelah invasi pada 2022.", None),
])
def test_dates_lead_day_files_the_brief_only_on_a_written_month(background, published, brief_of):
    brief = brief_of(f"Judul Berita Rute Baru\n\nPada 27 Juli, maskapai itu membuka rute Moskow-Pyongyang.\n\n{background}\n")
    assert (brief.published.value if brief.published else None) == published


@pytest.mark.parametrize("lead, published", [
    # a month the lead says lies ahead is a deadline, not the month of the report
    ("Pabrikan mobil Varna belum dapat membeli kembali pabriknya di Lurinia, meskipun opsi itu akan berakhir "
     "pada Januari 2026.", None),
    # negative: a month the lead reports the event in files the page
    ("Pabrikan mobil Varna menjual pabriknya di Lurinia pada Januari 2026 setelah perang berlarut.", "2026-01"),
])
def test_dates_lead_month_ahead_files_no_page(brief_of, lead, published):
    text = lead + "\nSebelum perang, Varna adalah produsen mobil asing terbesar di Lurinia sejak Februari 2022.\n"
    brief = brief_of(text)
    assert (brief.published.value if brief.published else None) == published


def test_the_digit_gate_is_every_character_str_isdigit_holds_for(lex):
    """A sentence is scanned for numeric dates when it holds a character `str.isdigit()` calls a
    digit (`\\d` and the superscripts, circled digits, ... it leaves out), and for no other."""
    from generator import dates

    digit = dates._digit(lex)
    every = "".join(map(chr, range(0x110000)))
    assert {m.group() for m in digit.finditer(every)} == {c for c in every if c.isdigit()}


def test_dates_english_weekdays_are_read_in_header_lines_only(brief_of):
    # the page-date line in English gives published ...
    brief = brief_of("Saturday, 8 Mar 2025, 21:33 WIB\nJudul Berita Diskon Akhir Tahun\n\n"
                     "JAKARTA - Diskon Black Friday berlaku di toko itu hingga pekan depan.\n")
    assert brief.published is not None and brief.published.value == "2025-03-08"
    # ... but an English weekday in the body is no date
    assert not any("Friday" in d.text for d in brief.dates)


@pytest.mark.parametrize("header, value", [
    # a page date long before the day the body's source reported: the body's stamp
    ("MARCH 4, 2021", "2023-06-12"),
    # negative: a page date close after the source's day is the article's own
    ("JUNE 13, 2023", "2023-06-13"),
])
def test_dates_page_date_before_the_source_stamp(brief_of, header, value):
    text = (f"{header}\nDunia\n\nMenteri Mongolia Kirim Pesan kepada Presiden Vietnam\n\n"
            "ULAANBAATAR - Menteri Luar Negeri Mongolia Batbayar Ganzorig mengirim pesan kepada mitranya di Hanoi.\n\n"
            "“Hubungan kita berada pada tingkat tertinggi,” kata Batbayar sebagaimana dikutip Kantor Berita Montsame, "
            "Senin 12 Juni 2023.\n")
    assert brief_of(text).published.value == value


@pytest.mark.parametrize("group", ["weekdays", "anaphoric", "season_starts", "relative_days"])
def test_bounded_words_match_what_the_look_behind_and_the_trie_match(lex, group):
    """The weekday patterns (and the other word lists a date pattern opens with) open with the words'
    first characters (the look-behind read after the first one): the same spans as
    `(?<![\\w'-])(?:<words>)`, on invented sentences, look-alike letters (long s, the Kelvin sign) and
    random text; a list opening with too many letters keeps the plain form."""
    from random import Random
    words = lex.weekdays if group == "weekdays" else lex.group("calendar", group)
    bounded = re.compile(dates._bounded_alt(words, r"[\w'-]"), re.IGNORECASE)
    plain = re.compile(rf"(?<![\w'-])(?:{dates._alt(words)})", re.IGNORECASE)
    if group == "weekdays":
        assert not bounded.pattern.startswith("(?<!")
    texts = ["Pada Senin (5/3) dan SENIN lalu, x-Senin bukan; kamis pagi, \u017fenin, d'Rabu, 1Senin, _Rabu.",
             "Jum'at Jumaat JUMAT \u212aamis Minggu-an Ahad"]
    rng = Random(11)
    alphabet = "SsKkJjRrMmAa'’-_ ,()/\u212a\u017f0123enuatbihdgl"
    texts += ["".join(rng.choice(alphabet) for _ in range(300)) for _ in range(50)]
    texts += [" ".join(rng.choice([*map(str, words), "x-", "_", "'", "2", "lalu", "Itu"]) for _ in range(50))
              for _ in range(20)]
    for text in texts:
        for start, end in ((0, len(text)), (5, len(text) - 3)):
            assert ([m.span() for m in bounded.finditer(text, start, end)]
                    == [m.span() for m in plain.finditer(text, start, end)]), text


def test_anchored_search_finds_what_finditer_finds(lex):
    """A pattern with a core (`dates._anchors`: a year's digits, a month, a unit and its marker, a day and a
    month joined by a mark) is searched from a few tokens before where its core can start: the same
    matches, groups and all, as `finditer` over the whole range, on invented sentences and random runs of
    the calendar's words; with too few tokens before the core it would not be (the test can fail)."""
    from random import Random
    patterns, anchors = dates._patterns(lex), dates._anchors(lex)
    anchored = {rule: (rx, anchor) for (rule, rx), anchor in zip(patterns, anchors) if anchor is not None}
    assert {"year", "month", "unit-relative", "numeric", "weekday-numeric"} <= set(anchored)
    words = [*lex.months, *lex.weekdays, *lex.words("calendar", "date_prepositions"), "tahun", "bulan", "hari",
             "pekan", "lalu", "depan", "ini", "awal", "akhir", "musim", "dingin", "dua", "belas", "pagi", "dini",
             "2024", "2023-2024", "12/3", "(12/3/2024)", "5.6.2023", "(", ")", ",", "-", "Rapat", "x-", "2024-an"]
    texts = ["Rapat itu digelar pada awal tahun 2024 dan berlanjut sejak Maret 2023, dua pekan lalu.",
             "Ia tiba Senin pagi, (12/3) dan pulang pada 05.03.2024; pada pertengahan bulan Mei lalu juga.",
             "Sejak  \n akhir   tahun 2021, x-2022 bukan; (4/5) dan Kamis , ( 7/8 ) serta tahun 2024-an."]
    rng = Random(7)
    texts += [" ".join(rng.choice(words) for _ in range(40)) for _ in range(60)]
    texts += ["".join(rng.choice(words) + rng.choice(["", " ", "  ", "\n", ", "]) for _ in range(40)) for _ in range(60)]

    def spans(found):
        return [(m.span(), m.groupdict()) for m in found]
    for text in texts:
        for start, end in ((0, len(text)), (3, len(text) - 2)):
            for rule, (rx, anchor) in anchored.items():
                assert spans(dates._anchored(rx, anchor, text, start, end)) == spans(rx.finditer(text, start, end)), \
                    (rule, text)
    rx, (core, _) = anchored["year"]
    text = texts[0]
    assert spans(dates._anchored(rx, (core, 0), text, 0, len(text))) != spans(rx.finditer(text))


def _paragraph_sentences(text: str, captions: int = 0) -> tuple[Sentence, ...]:
    """One paragraph per line, its sentences split after '. '; the first `captions` lines are headline lines."""
    found, at = [], 0
    for index, line in enumerate(text.split("\n")):
        start = at
        for piece in re.split(r"(?<=\.) ", line):
            if piece.strip():
                found.append(Sentence(Span(start, start + len(piece)), paragraph=index, caption=index < captions))
            start += len(piece) + 1
        at += len(line) + 1
    return tuple(found)


@pytest.mark.parametrize("text, value", [
    # The lead is the first sentences of the first paragraph: a page pasted as one paragraph keeps its
    # background (an older war's month and year) far down it, and that does not date the page.
    ("Judul\nDua pelaut ditahan di pelabuhan selatan, kata Menteri Bahari Arno Velsen pada hari Sabtu. "
     "Mereka dibawa ke ibu kota. Wartawan akan diberi akses. Ini bukan laporan pertamanya. "
     "Negara itu mengirim kapal untuk mendukung blokade yang dimulai pada Maret 2021.", None),
    # the lead's own month and year, in its first sentences, still files the page
    ("Judul\nTaman itu membuka gerbangnya bagi pengunjung asing pada awal Juli 2025. Tiket dijual daring.", "2025-07"),
    # the lead's event dated by its month alone, the year from the article's other dates: month precision
    ("Judul\nNegeri Utara akan membuka resor pantainya bagi wisatawan asing pada bulan Februari.\n"
     "Gubernur wilayah itu berkunjung pada Desember 2023.", "2024-02"),
    # negative: a month marked as past is what came before the lead's event, not its date
    ("Judul\nPresiden mengunjungi Pyongyang pada Juni lalu.\nPakta itu diteken pada 19 Juni 2024.", None),
    # negative: no month or day written with its year: nothing gives the month a year
    ("Judul\nNegeri Utara akan membuka resor pantainya bagi wisatawan asing pada bulan Februari.\n"
     "Perbatasan ditutup sejak 2020.",
     None),
])
def test_dates_published_from_the_lead_sentences(make_article, lex, text, value):
    article = make_article(text)
    mention = dates.published_from_body(article, _paragraph_sentences(text, 1), lex)
    assert (mention.value if mention else None) == value


@pytest.mark.parametrize("page, expected", [
    # A day the dateline writes after its city opens the lead: a date of the body too, at its offsets
    ("Judul Berita Rusia dan Korea Utara\n\nSEOUL, 9 Maret 2023 - Menteri Luar Negeri itu bertemu duta besar untuk "
     "membahas kerja sama.\n", [("9 Maret 2023", "2023-03-09")]),
    ("Judul Berita Rusia dan Korea Utara\n\nSEOUL/MOSKOW, 29 Des (Agensi) - Menteri Luar Negeri itu bertemu duta besar "
     "pada Desember 2025 untuk membahas kerja sama.\n", [("29 Des", "2025-12-29"), ("Desember 2025", "2025-12")]),
    # negative: the page header's date line above the body gives the publication date only
    ("Judul Berita Rusia dan Korea Utara\nKamis, 9 Maret 2023 14:05 WIB\n\nSEOUL - Menteri Luar Negeri itu bertemu "
     "duta besar untuk membahas kerja sama.\n", []),
    # negative: a dateline without a day adds nothing
    ("Judul Berita Rusia dan Korea Utara\n\nSEOUL - Menteri Luar Negeri itu bertemu duta besar untuk membahas kerja "
     "sama pada 9 Maret 2023.\n", [("9 Maret 2023", "2023-03-09")]),
])
def test_dates_a_datelines_day_is_a_date_of_the_body(page, expected, brief_of):
    brief = brief_of(page)
    assert [(d.text, d.value) for d in brief.dates if d.scored] == expected
    for d in brief.dates:
        assert brief.article.text[d.span.start:d.span.end] == d.text
    assert brief.published is not None


@pytest.mark.parametrize("text, anchor, surface, value", [
    # a common misspelling of a month is still the month
    ("Pabrik itu dibuka pada akhir Febuari lalu.", "2023-06-01", "akhir Febuari lalu", "2023-02"),
    # halves of a year, as business news writes them, keep the year's precision
    ("Laba naik pada paruh pertama tahun ini.", "2023-06-01", "paruh pertama tahun ini", "2023"),
    ("Laba turun pada semester kedua tahun lalu.", "2023-06-01", "semester kedua tahun lalu", "2022"),
    # a bare month opening a range whose last month has its year takes that year (or the one before)
    ("Ekspor naik antara Januari hingga November 2021 menurut data.", None, "Januari", "2021-01"),
    ("Musim tanam berlangsung dari Juli sampai Februari 2021.", None, "Juli", "2020-07"),
    ("Ekspor naik pada Januari - Oktober 2021 menurut data.", None, "Januari", "2021-01"),
    # "<month>-<month> <yyyy>" is one date: a span of months, its year
    ("Ekspor naik pada periode April-Juni 2021 menurut data.", None, "April-Juni 2021", "2021"),
    # "<weekday> <past> (d/m)" is one date, its day the bracket's
    ("Pabrik itu terbakar pada hari Selasa lalu (4/7).", "2023-07-08", "hari Selasa lalu (4/7)", "2023-07-04"),
])
def test_dates_forms_of_business_and_wire_news(text, anchor, surface, value, make_article, lex):
    found = _find(make_article, lex, f"Judul\n{text}\n", anchor)
    hits = [d for d in found if d.text == surface]
    assert hits and hits[0].value == value, [(d.text, d.value) for d in found]


def test_dates_an_approximate_count_names_no_time(make_article, lex):
    found = _find(make_article, lex, "Judul\nKota itu direbut sekitar lima bulan lalu.\n", "2023-06-01")
    assert not [d for d in found if "bulan" in d.text]
    found = _find(make_article, lex, "Judul\nPerang itu dimulai hampir tiga tahun lalu.\n", "2023-06-01")
    assert not [d for d in found if "tahun" in d.text]


def test_dates_month_past_from_the_latest_month_written(make_article, lex):
    # No date of the article: a month written with its year is the latest it shows, and "<month> <past>"
    # is the last such month up to it
    text = "Judul\nPenjualan dihitung antara Januari hingga Oktober 2021.\nPuncaknya terjadi pada Agustus lalu.\n"
    found = _find(make_article, lex, text, None)
    assert _one(found, "Agustus lalu").value == "2021-08"


def test_dates_bare_month_after_a_since_bound(make_article, lex):
    # Only a lower bound written: a bare month is the first such one after it
    text = "Judul\nPerundingan berjalan sejak Oktober 2020 lalu, sebelum krisis pecah pada akhir Maret.\n"
    found = _find(make_article, lex, text, None)
    assert _one(found, "akhir Maret").value == "2021-03"


def test_published_year_written_as_the_current_one(brief_of):
    # "<in> <yyyy> <this>", with no year prefix, says the article's year; months and years said relative
    # to it take it
    brief = brief_of("Judul Berita Contoh\n\nKedua kota menyatakan tahun wisata di 2019 ini. Wali kota akan "
                     "berkunjung pada Juni mendatang. Kunjungan serupa batal tahun lalu.\n")
    assert brief.published is not None and brief.published.value == "2019"
    values = {d.text: d.value for d in brief.dates}
    assert values["Juni mendatang"] == "2019-06" and values["tahun lalu"] == "2018"


def test_published_no_year_from_a_numbered_thing(brief_of):
    brief = brief_of("Judul Berita Contoh\n\nDewan itu membahas resolusi 2270 ini dengan serius kemarin sore.\n")
    assert brief.published is None or brief.published.value != "2270"


def test_dates_a_yearly_occasion_is_no_date(make_article, lex):
    text = "Judul\nSetiap tahunnya, warga kota itu merayakan hari jadinya pada tanggal 12 Juni.\n"
    assert not [d for d in _find(make_article, lex, text, "2020-05-01") if "Juni" in d.text]
    text = "Judul\nWarga kota itu merayakan hari jadinya pada tanggal 12 Juni.\n"
    assert _one(_find(make_article, lex, text, "2020-05-01"), "12 Juni").value == "2020-06-12"


def test_dates_a_measure_named_after_its_day_in_quotation_marks_is_no_date(make_article, lex):
    text = "Judul\nMengingat \u201clarangan 12 Juni\u201d dari Varna, perusahaan itu menahan kirimannya.\n"
    assert not [d for d in _find(make_article, lex, text, "2020-05-01") if "Juni" in d.text]
    # negative: a day in a quotation that goes on after it is a date of the story
    text = "Judul\n\u201cKami tiba 12 Juni dan langsung bekerja,\u201d kata menteri itu.\n"
    assert _one(_find(make_article, lex, text, "2020-05-01"), "12 Juni").value == "2020-06-12"


def test_published_a_page_date_just_before_the_day_reported(brief_of):
    # an index's date a day before the day the body reports as done: the body's day files the brief
    brief = brief_of("Judul Berita Contoh\n date 2021-03-10\n\nMenteri itu berpidato di ibu kota pada Kamis (11/03) "
                     "di depan para duta besar.\n")
    assert brief.published is not None and brief.published.value == "2021-03-11"
    # ... but not a day the body announces ahead
    brief = brief_of("Judul Berita Contoh\n date 2021-03-10\n\nMenteri itu akan berpidato di ibu kota pada Kamis "
                     "(11/03) di depan para duta besar.\n")
    assert brief.published is not None and brief.published.value == "2021-03-10"


@pytest.mark.parametrize("text, surface, value", [
    # "<commemoration> <the 80th> <victory over> <the Nazis>": 1945 + 80, as if the year were written
    ("Judul\nPara tamu diundang ke parade tanggal 9 Mei untuk menandai peringatan ke-80 kemenangan Uni Soviet "
     "atas Nazi Jerman.\n", "9 Mei", "2025-05-09"),
    ("Judul\nPada ulang tahun 75 tahun berdirinya Korea Utara, pawai digelar tanggal 9 September.\n",
     "9 September", "2023-09-09"),
])
def test_dates_an_anniversary_writes_its_year(make_article, lex, text, surface, value):
    assert _one(_find(make_article, lex, text, None), surface).value == value


def test_dates_an_anniversary_of_an_unknown_event_writes_no_year(make_article, lex):
    text = "Judul\nPara tamu diundang ke parade tanggal 9 Mei untuk menandai peringatan ke-80 berdirinya kota itu.\n"
    assert _one(_find(make_article, lex, text, None), "9 Mei").value is None


def test_dates_an_anniversary_known_to_the_day_dates_the_story(make_article, lex, brief_of):
    # "<marking> <the 60th> "<armistice day>"", the event known to the day (1953-07-27): a full date of 2013,
    # later than the history the text writes, so a bare month takes 2013, not 1953
    text = ("Judul\nPara veteran memperingati 60 tahun \"gencatan senjata Perang Korea\" di kota itu.\n"
            "Upacara serupa terakhir digelar pada Maret.\nPerang itu berhenti pada 27 Juli 1953.\n")
    assert _one(_find(make_article, lex, text, None), "Maret").value == "2013-03"
    # a weekday in the opening that falls on the commemoration's day (27 July 2013: a Saturday): the event's
    # day, and the brief is filed under it
    brief = brief_of("Judul Berita Contoh\n\nPara veteran memperingati 60 tahun gencatan senjata Perang Korea.\n"
                     "Pawai digelar pada Sabtu di alun-alun kota.\n")
    assert brief.published is not None and brief.published.value == "2013-07-27"
    # negative: a weekday that does not fall on it tells nothing
    brief = brief_of("Judul Berita Contoh\n\nPara veteran memperingati 60 tahun gencatan senjata Perang Korea.\n"
                     "Pawai digelar pada Senin di alun-alun kota.\n")
    assert brief.published is None


@pytest.mark.parametrize("text, expected", [
    # days of the month after "every": a monthly timetable, no date of the story
    ("Bus itu berangkat setiap tanggal 5 dan 20, lalu tiba pada tanggal 7 dan 22.", []),
    # negative: a day of the month with no such word is the story's
    ("Bus itu berangkat pada tanggal 5 dari terminal.", [("tanggal 5", "2024-10-05")]),
])
def test_dates_days_of_the_month_every_month_are_no_date(make_article, lex, text, expected):
    assert [(d.text, d.value) for d in _find(make_article, lex, text, "2024-10-19") if d.scored] == expected


@pytest.mark.parametrize("text, expected", [
    # an embedded post's signature: its author's handle, then its date: page furniture
    ("Foto satelit terbaru menunjukkan jembatan itu. — Pusat Kajian (@PusatKajian) March 3, 2024", []),
    # negative: the same date in prose is the story's
    ("Foto satelit yang diambil March 3, 2024 menunjukkan jembatan itu.", [("March 3, 2024", "2024-03-03")]),
])
def test_dates_embedded_post_stamp_is_no_date(make_article, lex, text, expected):
    assert [(d.text, d.value) for d in _find(make_article, lex, text, "2024-10-19") if d.scored] == expected


@pytest.mark.parametrize("text, scored", [
    # a word for today inside direct speech: the speaker's now, kept for the timeline, not listed
    ("Menteri itu berkata, “Kami senang hari ini bisa bertemu lagi.”", False),
    ('Menteri itu berkata, "Kami senang hari ini bisa bertemu lagi."', False),
    # negative: in the reporter's own words it is the day of the report
    ("Menteri itu bertemu mitranya hari ini di Seoul, katanya, “Kami senang.”", True),
])
def test_dates_today_in_direct_speech_is_unscored(make_article, lex, text, scored):
    mention = _one(_find(make_article, lex, text, "2024-10-19"), "hari ini")
    assert (mention.scored, mention.value) == (scored, "2024-10-19")


@pytest.mark.parametrize("text, surface, value", [
    # a page pasted with its lines hard-wrapped: a date broken at a line's end is one date
    ("Judul Berita\n\nKapal itu berlayar\ndari pelabuhan sesaat sebelum badai pada 17\nMaret 2021. Awaknya selamat.\n",
     "17\nMaret 2021", "2021-03-17"),
    ("Judul Berita\n\nPabrik itu berdiri\nsejak lama dan ditutup pada tahun\n2009.\nPemiliknya pindah ke kota lain.\n",
     "tahun\n2009", "2009"),
])
def test_dates_a_date_broken_by_a_hard_wrapped_line(brief_of, surface, text, value):
    assert {d.text: d.value for d in brief_of(text).dates}.get(surface) == value


def test_dates_a_line_that_ends_with_a_stop_keeps_its_own_dates(brief_of):
    # negative: a line closed by a stop, or a paragraph's end, is no wrap: the next line's date is its own
    dated = {d.text: d.value for d in brief_of(
        "Judul Berita\n\nPabrik itu ditutup pada 2009.\nMaret 2021 pemiliknya pindah.\n\n17\n\nMaret 2022 ia kembali.\n").dates}
    assert dated.get("Maret 2021") == "2021-03" and "2009" in dated and not any("\n" in t for t in dated)


def test_dates_a_numeric_date_closing_its_sentence(brief_of):
    # d/m/yyyy before the sentence's stop is a date; a number going on past a stop ("14.3.2021.5") is not
    dated = {d.text: d.value for d in brief_of("Judul Berita\n\nKedua menteri bertemu di Lurinsk pada 14/3/2021. "
                                               "Angka indeks tercatat 12.4.2020.7 poin.\n").dates}
    assert dated.get("14/3/2021") == "2021-03-14" and not any("2020" in t for t in dated)
