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
    ("Kedua pemimpin berfoto dalam foto arsip dari Juni 2024.\nPengiriman pasukan rampung pada bulan Desember.", 1,
     "bulan Desember", None),
    # ... where the caption of a photo of the story does
    ("Kedua pemimpin berfoto di Varna, Juni 2024.\nPengiriman pasukan rampung pada bulan Desember.", 1,
     "bulan Desember", "2023-12"),
    # ... as the same month written in the body does (the nearest December, one ahead counting double)
    ("Kedua pemimpin bertemu pada Juni 2024.\nPengiriman pasukan rampung pada bulan Desember.", 0,
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


BODY = ("Judul Berita Tentang Lurinia dan Varna\n\n"
        "Hubungan kedua negara kembali memanas setelah serangkaian latihan militer di perbatasan.\n\n"
        "Pemerintah Varna belum memberikan tanggapan resmi atas tuduhan tersebut hingga kini.\n\n")


@pytest.mark.parametrize("paragraph, published", [
    # a day written with its year in brackets right after a source cue, no weekday: the source's stamp
    ("Dikutip dari situsanalisis.org (3/11/2021), foto udara memperlihatkan gerbong tiba di stasiun.", "2021-11-03"),
    # negative: the same day with no source cue before it files nothing
    ("Foto udara memperlihatkan gerbong tiba di stasiun perbatasan itu (3/11/2021) pagi.", None),
])
def test_published_day_in_brackets_after_a_source_cue(brief_of, paragraph, published):
    brief = brief_of(BODY + paragraph + "\n")
    assert (brief.published.value if brief.published else None) == published


@pytest.mark.parametrize("cue, published", [
    # the day a medium reported it ('diwartakan') is the report's stamp, not the earlier event's day
    ("Seperti diwartakan oleh radio Varna,", "2022-05-10"),
    # negative: with no cue the first day written with its weekday files the brief, as before
    ("Dalam pidato di depan parlemen Varna,", "2022-05-09"),
])
def test_published_the_day_a_medium_reported(brief_of, cue, published):
    text = ("Judul Berita Tentang Lurinia dan Varna\n\n"
            "Pemimpin Lurinia mendukung Varna setelah pidato Presiden Varna Arvo Melkin, Senin (9/5/2022).\n\n"
            f"{cue} Selasa (10/5/2022), pemimpin itu memberi selamat atas peringatan tersebut.\n")
    assert brief_of(text).published.value == published


@pytest.mark.parametrize("day, published", [
    # an index's line giving only the month, a body dating its report by a weekday and a day of that month
    # with no year: that day
    ("pada hari Rabu (19/4)", "2023-04-19"),
    # negative: a day written with its year is a source's: the month stays
    ("yang terbit Rabu (19/4/2023)", "2023-04"),
    # negative: a day of another month leaves the month
    ("pada hari Rabu (17/5)", "2023-04"),
])
def test_published_month_header_made_a_day_by_the_body(brief_of, day, published):
    text = (" date 2023-04 Foto Menteri.jpg\n\n"
            f"SitusKabar - Menteri Lurinia menyampaikan rencana itu dalam wawancara dengan media Varna {day}, "
            "sebelum lawatan resmi pekan depan.\n\n"
            "Kalimat kedua berita ini juga cukup panjang untuk sebuah paragraf penuh.\n")
    assert brief_of(text).published.value == published


@pytest.mark.parametrize("sentence, value", [
    # only bare years written: a year after a since-preposition in the day's own sentence does not date it
    # (what the sentence tells comes after that year) ...
    ("Embargo yang dijalankan sejak tahun 2005 masih dipertahankan, sedangkan tugas komite usai tanggal 30 April.", None),
    # ... a year written there without one does
    ("Embargo yang dijalankan pada tahun 2005 masih dipertahankan, sedangkan tugas komite usai tanggal 30 April.",
     "2005-04-30"),
])
def test_dates_a_since_year_in_the_sentence_dates_no_day(make_article, lex, sentence, value):
    from generator import dates
    text = sentence + "\nEmbargo itu mulai dijalankan dewan pada tahun 2005."
    found = dates.find_dates(make_article(text), _lines(text), lex, anchor=None)
    [hit] = [d for d in found if d.text == "tanggal 30 April"]
    assert hit.value == value


@pytest.mark.parametrize("sentence, surface, value", [
    # the day noun before a weekday and its marker is part of the date's text
    ("Delegasi itu tiba pada hari Selasa lalu di Kotaraya.", "hari Selasa lalu", "2024-05-07"),
    ("Hari Minggu lalu, delegasi itu tiba di Kotaraya.", "Hari Minggu lalu", "2024-05-05"),
    ("Delegasi itu tiba pada hari minggu lalu di Kotaraya.", "hari minggu lalu", "2024-05-05"),
    # negative: without the day noun the text is the weekday and its marker, as before
    ("Delegasi itu tiba pada Selasa lalu di Kotaraya.", "Selasa lalu", "2024-05-07"),
    # negative: the week with its marker stays the week
    ("Delegasi itu tiba minggu lalu di Kotaraya.", "minggu lalu", "2024-W18"),
])
def test_dates_day_noun_before_a_weekday_and_its_marker(brief_of, sentence, surface, value):
    found = dict(_scored(brief_of, HEAD + sentence + "\n"))
    assert found.get(surface) == value


@pytest.mark.parametrize("text, surface, value", [
    # no date of the article: a bare month later in the year than the month the paragraph last wrote with its
    # year goes on in that year ...
    ("Pada Januari 2023, mobil Varna menguasai sembilan persen pasar. Lalu menjelang akhir November jumlahnya bertambah.",
     "akhir November", "2023-11"),
    # ... not an earlier month (the nearest year to the latest month written, as before) ...
    ("Pada Juni 2023, mobil Varna menguasai sembilan persen pasar. Pada bulan Maret angka itu masih kecil.",
     "bulan Maret", "2023-03"),
    # ... nor a month of another paragraph
    ("Pada Januari 2023, mobil Varna menguasai sembilan persen pasar.\nLalu menjelang akhir November jumlahnya bertambah.",
     "akhir November", "2022-11"),
])
def test_dates_bare_month_goes_on_in_the_paragraphs_year(make_article, lex, text, surface, value):
    from generator import dates
    from generator.model import Sentence, Span
    sentences, at = [], 0
    for index, line in enumerate(text.split("\n")):
        for part in line.split(". "):
            sentences.append(Sentence(Span(at, at + len(part)), paragraph=index))
            at += len(part) + 2
        at += -2 + 1
    found = dates.find_dates(make_article(text), tuple(sentences), lex, anchor=None)
    [hit] = [d for d in found if d.text == surface]
    assert hit.value == value


@pytest.mark.parametrize("sentence, anchor, value", [
    # the article's date known: a weekday and a day that only a year after it puts on that weekday, with no
    # word for the future, is no day of the story (a slip, or a sentence of another story's)
    ("Lurinia kembali menguji rudal balistik, Rabu (5/7).", "2022-09-30", None),
    # negative: a word for the future says it lies ahead
    ("Lurinia akan kembali menguji rudal balistik, Rabu (5/7).", "2022-09-30", "2023-07-05"),
    # negative: a day its weekday puts a few weeks on stays
    ("Lurinia kembali menguji rudal balistik, Rabu (5/7).", "2023-06-01", "2023-07-05"),
    # negative: a day that fits the article's own year stays
    ("Lurinia kembali menguji rudal balistik, Selasa (5/7).", "2022-09-30", "2022-07-05"),
])
def test_dates_weekday_only_a_year_ahead_fits(make_article, lex, sentence, anchor, value):
    from generator import dates
    found = dates.find_dates(make_article(sentence), _lines(sentence), lex, anchor=anchor)
    [hit] = [d for d in found if "(5/7)" in d.text]
    assert hit.value == value


@pytest.mark.parametrize("sentence, published", [
    # a dateline's day with no year: the year the article makes most plausible, its written years and the
    # register's people in their posts (a president in office from 2025 after a sale of 2024)
    ("Presiden AS Donald Trump mendesak kedua pihak berdamai.", "2025-12-29"),
    # negative: with no one in office to tell the years apart, the nearest year to the one written
    ("Kedua pihak didesak berdamai oleh banyak negara.", "2024-12-29"),
])
def test_published_dateline_day_takes_the_year_the_article_votes_for(brief_of, sentence, published):
    text = ("KOTARAYA, 29 Des (AGENSI) – Pabrikan mobil Lurinia tidak akan membeli kembali pabriknya di Varna, "
            "kata seorang sumber. Pabrik itu dilepas pada tahun 2024 dengan hak membeli ulang selama dua tahun.\n\n"
            f"{sentence}\n")
    assert brief_of(text).published.value == published


@pytest.mark.parametrize("lead, later, published", [
    # no date above the body: the opening dates its event by a bare weekday and the latest day the article
    # writes falls on it: that day files the brief
    ("Badan intelijen Lurinia mengatakan pada hari Jumat bahwa kapal itu tiba di pelabuhan Varna.",
     "Laporan badan itu yang diterbitkan pada 18 Oktober 2024 memuat foto satelit pelabuhan.", "2024-10-18"),
    # a past marker after the weekday, a day whose year the article's other dates give
    ("Presiden Lurinia menyetujui pakta itu pada Sabtu lalu, menurut situs parlemen.",
     "Dokumen tertanggal 9 November itu merujuk pada pakta yang diteken di Varna pada 19 Juni 2024.", "2024-11-09"),
    # negative: the latest day falls on another weekday
    ("Badan intelijen Lurinia mengatakan pada hari Kamis bahwa kapal itu tiba di pelabuhan Varna.",
     "Laporan badan itu yang diterbitkan pada 18 Oktober 2024 memuat foto satelit pelabuhan.", None),
    # negative: an archive photo's day is no day of the story
    ("Kedua pemimpin pada Rabu menandatangani pakta kerja sama di Varna.",
     "Foto arsip - Pemimpin Lurinia berjabat tangan dengan Presiden Varna di Kotaraya (13/9/2023).", None),
])
def test_published_lead_weekday_on_the_latest_day_written(brief_of, lead, later, published):
    text = f"Judul Berita Tentang Lurinia dan Varna\n\nVARNA - {lead}\n\n{later}\n"
    brief = brief_of(text)
    assert (brief.published.value if brief.published else None) == published


@pytest.mark.parametrize("leader, later, published", [
    # no year written at all: the body stamps its source's day and month; the one year in which that day falls on
    # the lead's weekday that the register's people named here single out (Yoon Suk Yeol's term) files the brief
    ("Presiden Korea Selatan Yoon Suk Yeol", "kata pejabat itu kepada wartawan, melansir Reuters 28 Oktober.",
     "2022-10-28"),
    # negative: a leader in office for decades singles out no year (every fitting year has the same vote)
    ("Presiden Rusia Vladimir Putin", "kata pejabat itu kepada wartawan, melansir Reuters 28 Oktober.", None),
    # negative: a day and month with no source cue before it is no stamp
    ("Presiden Korea Selatan Yoon Suk Yeol", "dan pameran dagang kedua negara dibuka 28 Oktober.", None),
])
def test_published_lead_weekday_on_a_stamp_without_a_year(brief_of, leader, later, published):
    text = (f"Judul Berita Tentang Lurinia dan Varna\n\nJAKARTA - {leader} mengatakan pada hari Jumat bahwa "
            f"negaranya tidak mengirim senjata ke Lurinia.\n\n\"Kami menjaga perdamaian,\" {later}\n")
    brief = brief_of(text)
    assert (brief.published.value if brief.published else None) == published


LEAD_UNDATED = ("Menteri Lurinia tiba di Varna untuk membahas kerja sama pelabuhan kedua negara. "
                "Ia bertemu pejabat setempat di ibu kota.\n")


@pytest.mark.parametrize("line, expected", [
    # an English month that is a name too, read in the page's header date line only
    ("12 May 2025 14:05", "2025-05-12"),
    ("Mon, 12 May 2025 14:05 WIB", "2025-05-12"),
    ("Published: May 12, 2025", "2025-05-12"),
    ("Saturday, 16 August 2025", "2025-08-16"),
])
def test_dates_header_line_with_an_english_month_that_is_a_name_dates_the_page(brief_of, line, expected):
    brief = brief_of("Lurinia dan Varna Bahas Pelabuhan Baru\n" + line + "\n\n" + LEAD_UNDATED)
    assert brief.published is not None and brief.published.value == expected


def test_dates_month_names_that_are_names_stay_names_in_the_body(brief_of):
    # negative: in the body "May" and "August" are people, never a date of the text
    brief = brief_of("Lurinia dan Varna Bahas Pelabuhan Baru\n\nJakarta - Menteri May Lestari dan August "
                     "Wirawan tiba di Varna pada 12 bulan lalu untuk membahas kerja sama pelabuhan.\n")
    assert not any("May" in d.text or "August" in d.text for d in brief.dates)


@pytest.mark.parametrize("sentence, anchor, value", [
    # the article's date known: a weekday and a day that only a year before it puts on that weekday, while the
    # day and month alone fall within the article's week: the weekday is the slip, the written day stands
    ("Pendaftaran berlangsung dari Rabu 23 November sampai akhir bulan.", "2023-11-23", "2023-11-23"),
    # negative: a day and month months off the article's: the weekday's year stands (a story a year old)
    ("Pendaftaran berlangsung dari Rabu 23 November sampai akhir bulan.", "2023-07-20", "2022-11-23"),
])
def test_dates_weekday_only_a_year_before_fits_near_the_article(make_article, lex, sentence, anchor, value):
    from generator import dates
    found = dates.find_dates(make_article(sentence), _lines(sentence), lex, anchor=anchor)
    [hit] = [d for d in found if "23 November" in d.text]
    assert hit.value == value


@pytest.mark.parametrize("lead, published", [
    # an index's date weeks before the day the lead says a medium reported: the page's date is the index's, the
    # brief is filed under the report's day (2026-01-06 is a Tuesday)
    ("Kantor berita Lurinia pada hari Selasa (06/01) melaporkan, pemimpin itu meninjau pelabuhan Varna.",
     "2026-01-06"),
    # negative: no report told in the lead: the index's date stands
    ("Pemimpin Lurinia hari Selasa (06/01) meninjau pelabuhan Varna bersama para pejabat.", "2025-12-17"),
])
def test_published_index_date_weeks_before_a_reported_lead(brief_of, lead, published):
    text = (" date 2025-12-17 Foto Menteri.jpg\n\n" + lead + "\n\n"
            "Kalimat kedua berita ini juga cukup panjang untuk sebuah paragraf penuh.\n")
    assert brief_of(text).published.value == published
