"""Shapes read on the nineteenth blind set of real news (invented snippets, invented names)."""
from __future__ import annotations

import pytest

from generator import dates
from generator.model import Sentence, Span


def _sentences(text: str) -> tuple[Sentence, ...]:
    found, at = [], 0
    for index, line in enumerate(text.split("\n")):
        if line.strip():
            found.append(Sentence(Span(at, at + len(line)), paragraph=index))
        at += len(line) + 1
    return tuple(found)


def _dates(make_article, lex, text: str, anchor: str | None):
    return [(d.text, d.value) for d in dates.find_dates(make_article(text), _sentences(text), lex, anchor=anchor)]


@pytest.mark.parametrize("text, expected", [
    # two days of one month joined by a word: one date, its first day (not its second day alone)
    ("Kapal itu berlayar dari tanggal 8 hingga 13 Oktober.", [("tanggal 8 hingga 13 Oktober", "2024-10-08")]),
    ("Pameran dibuka 3 sampai 7 Maret 2025 di Balai Kota.", [("3 sampai 7 Maret 2025", "2025-03-03")]),
    # negative: a span written with a dash keeps its month (the earlier convention)
    ("Pameran dibuka 3-7 Maret 2025 di Balai Kota.", [("3-7 Maret 2025", "2025-03")]),
    # negative: a count before the link is no day ("sampai 13 Oktober" is the date)
    ("Harga naik 8 persen hingga 13 Oktober.", [("13 Oktober", "2024-10-13")]),
])
def test_day_range_joined_by_a_word(make_article, lex, text, expected):
    assert _dates(make_article, lex, text, "2024-10-19") == expected


@pytest.mark.parametrize("text, expected", [
    # a numeric day whose second number cannot be a month was written month first (a translation of an
    # English source): Thursday 26 June
    ("Komite menggelar rapat tertutup pada hari Kamis (6/26).", [("Kamis (6/26)", "2025-06-26")]),
    # negative: day first where both numbers can be a month (the Indonesian order)
    ("Komite menggelar rapat tertutup pada hari Rabu (6/8).", [("Rabu (6/8)", "2025-08-06")]),
    # negative: neither order is a date
    ("Komite menggelar rapat tertutup pada hari Kamis (16/26).", [("Kamis", None)]),
])
def test_numeric_month_first_when_only_that_reads(make_article, lex, text, expected):
    found = _dates(make_article, lex, text, "2025-06-27")
    assert found[:1] == expected[:1] if expected[0][1] else all(v is None or v != "2025-06-26" for _, v in found)


def test_month_first_numeric_fixes_the_year_and_the_date(brief_of):
    text = ("Jakarta, Situs Kabar –\nAnggota parlemen Park Dal-seon mengatakan komite menggelar rapat "
            "tertutup pada hari Kamis (6/26).\nPengiriman pertama terjadi pada tahun 2024.\nMenurut Park, pengiriman berikutnya bisa terjadi bulan depan.\n")
    brief = brief_of(text)
    found = {d.text: d.value for d in brief.dates}
    assert found.get("Kamis (6/26)") == "2025-06-26"
    assert brief.published.value == "2025-06-26"
    assert found.get("bulan depan") == "2025-07"


def _quote_speakers(brief_of, text):
    return [(q.text[:20], q.speaker) for q in brief_of(text).quotes]


@pytest.mark.parametrize("tail, speaker", [
    # a quote and its cue 'kata A usai bertemu B': the passage stays about A, the next suffixed cue is A's
    ("kata Rendra usai bertemu Perdana Menteri Norwegia Tomasz Belik di Jakarta.", "Arif Rendra"),
    # likewise a suffixed cue then a person named in its tail: the speaker noted before goes on
    ("katanya usai bertemu Perdana Menteri Norwegia Tomasz Belik di Jakarta.", "Arif Rendra"),
])
def test_suffixed_cue_after_a_cue_tail_naming_another(brief_of, tail, speaker):
    text = ("Presiden Brasil Arif Rendra mengatakan negaranya siap membantu.\n"
            "Perdana Menteri Norwegia Tomasz Belik juga hadir dalam pertemuan itu.\n"
            "Rendra kembali menegaskan sikap negaranya.\n"
            "“Kami akan memberikan dukungan selangkah demi selangkah,” " + tail + "\n"
            "“Kami dapat meninjau kebijakan ini dengan lebih fleksibel,” tambahnya.\n")
    found = _quote_speakers(brief_of, text)
    assert found[-1] == ("Kami dapat meninjau ", speaker)


def test_suffixed_cue_after_a_sentence_about_another(brief_of):
    # negative: a sentence of the writer's own about the other person in between: the passage is theirs
    text = ("Presiden Brasil Arif Rendra mengatakan negaranya siap membantu.\n"
            "“Kami akan memberikan dukungan selangkah demi selangkah,” kata Rendra usai bertemu Perdana "
            "Menteri Norwegia Tomasz Belik di Jakarta.\n"
            "Belik lalu menjelaskan rencana negaranya.\n"
            "“Kami dapat meninjau kebijakan ini dengan lebih fleksibel,” tambahnya.\n")
    found = _quote_speakers(brief_of, text)
    assert found[-1] == ("Kami dapat meninjau ", "Tomasz Belik")


@pytest.mark.parametrize("lead, first_is_outlet", [
    # one word no list knows, then a known city: the site's name, then its city
    ("Kabarvarna, Jakarta – Presiden Rusia menyampaikan terima kasih kepada pemimpin Korea Utara.", True),
    # negatives: a dateline city before its region, and two words before the city, are no site's name
    ("Sleman, Yogyakarta – Presiden Rusia menyampaikan terima kasih kepada pemimpin Korea Utara.", False),
    ("Kota Lama, Jakarta – Presiden Rusia menyampaikan terima kasih kepada pemimpin Korea Utara.", False),
])
def test_unknown_word_then_city_is_site_and_city(make_article, lex, lead, first_is_outlet):
    from generator.layout import find_layout
    article = make_article(f"Judul Berita Tentang Rusia dan Korea\n\n{lead}\n")
    layout = find_layout(article, lex)
    first, second = lead.split(" –")[0].split(", ")
    assert (layout.outlet == first) is first_is_outlet
    if first_is_outlet:
        assert layout.dateline.of(article.text) == second
    else:
        assert layout.dateline.of(article.text) == first


@pytest.mark.parametrize("sentence, persons", [
    # a compound with a route's prefix is no word of a name
    ("Rute itu memakai jalur Kereta Api Trans-Siberia yang membentang ribuan kilometer.", []),
    ("Penumpang naik gerbong khusus pada Kereta Trans-Lurinia setiap pekan.", []),
    # negative: a hyphenated given name stays a name
    ("Rute itu diresmikan oleh Menteri Perhubungan Korea Utara Pak Song-dal kemarin.", ["Pak Song-dal"]),
])
def test_route_compound_is_no_person(brief_of, sentence, persons):
    brief = brief_of("Kereta Moskow-Pyongyang Kembali Beroperasi\n\n" + sentence + "\n")
    assert [a.name for a in brief.actors if a.kind == "person"] == persons


@pytest.mark.parametrize("sentence, speaker", [
    # an event's proper name in marks after its noun quotes no one
    ("Ia berbicara dengan Rendra setelah menghadiri parade militer \"Hari Pembebasan\" di ibu kota.", None),
    # negative: a phrase of the subject's in marks, not a name, is his
    ("Ia berbicara dengan Rendra setelah menyebut parade itu \"sangat mengesankan\" di ibu kota.", "Tomasz Belik"),
])
def test_event_name_in_marks_quotes_no_one(brief_of, sentence, speaker):
    text = ("Perdana Menteri Norwegia Tomasz Belik tiba di Brasil pada Selasa.\n"
            "Belik " + sentence[3:] + "\n")
    quotes = brief_of(text).quotes
    assert [q.speaker for q in quotes] == [speaker]


@pytest.mark.parametrize("opening, speaker", [
    # an opening phrase, then the name set off by commas and its description: the name speaks
    ("Pada hari Rabu, Dinda Wirasari, juru bicara Kementerian Luar Negeri Brasil,", "Dinda Wirasari"),
    # negative: the name ends the opening phrase; the description is someone else's subject
    ("Setelah bertemu Dinda Wirasari, juru bicara Kementerian Luar Negeri Brasil", "Kementerian Luar Negeri Brasil"),
])
def test_name_apposed_after_an_opening_phrase_speaks(brief_of, opening, speaker):
    text = ("Brasil dan Norwegia Bahas Kerja Sama\n\n" + opening + " mengatakan menteri akan berkunjung dalam "
            "\"putaran kedua dialog strategis\" kedua negara.\n")
    quotes = brief_of(text).quotes
    assert [q.speaker for q in quotes] == [speaker]


@pytest.mark.parametrize("headline, orgs", [
    # an institution's head with only a country after it, in a Title Case headline: a common noun
    ("Korsel Jatuhkan Sanksi Kepada Individu dan Lembaga Korut", []),
    # negative: a head with a name after it is a body
    ("Korsel Jatuhkan Sanksi Kepada Lembaga Riset Kelautan Korut", ["Lembaga Riset Kelautan Korut"]),
])
def test_generic_institution_with_only_a_country(brief_of, headline, orgs):
    brief = brief_of(headline + "\n\nPemerintah menyatakan sanksi itu berlaku mulai bulan depan bagi semua pihak.\n")
    assert [a.name for a in brief.actors if a.kind == "organization"] == orgs


@pytest.mark.parametrize("lead, published", [
    # a month the lead says lies ahead is a deadline, not the month of the report
    ("Pabrikan mobil Varna belum dapat membeli kembali pabriknya di Lurinia, meskipun opsi itu akan berakhir "
     "pada Januari 2026.", None),
    # negative: a month the lead reports the event in files the page
    ("Pabrikan mobil Varna menjual pabriknya di Lurinia pada Januari 2026 setelah perang berlarut.", "2026-01"),
])
def test_lead_month_ahead_files_no_page(brief_of, lead, published):
    text = lead + "\nSebelum perang, Varna adalah produsen mobil asing terbesar di Lurinia sejak Februari 2022.\n"
    brief = brief_of(text)
    assert (brief.published.value if brief.published else None) == published


@pytest.mark.parametrize("pair, speaker", [
    # two people as one subject after the passage's person spoke: a later suffixed cue is still theirs
    ("Rendra dan Belik mengecam pelanggaran itu.", "Arif Rendra"),
    ("Belik dan Rendra mengecam pelanggaran itu.", "Arif Rendra"),
    # negative: the other alone as the subject: the passage turns to him
    ("Belik mengecam pelanggaran itu.", "Tomasz Belik"),
])
def test_joint_subject_keeps_the_passage_person(brief_of, pair, speaker):
    text = ("Brasil dan Norwegia Bahas Kerja Sama\n\nPresiden Brasil Arif Rendra tiba di Jakarta pada Senin.\n\n"
            "“Kami akan memberikan dukungan selangkah demi selangkah,” kata Rendra usai bertemu Perdana Menteri "
            "Norwegia Tomasz Belik di Jakarta.\n\nLebih lanjut, " + pair + "\n\n"
            "“Kami tidak akan pernah tinggal diam,” pungkasnya.\n")
    assert brief_of(text).quotes[-1].speaker == speaker


@pytest.mark.parametrize("tail, persons", [
    # a page cut mid-sentence: its last paragraph is a line of its own, but a name set off by its
    # apposition there is a name, not a headline's known surname and verb
    ("Kim Sol Ah, putri pemimpin Kim Jong Un, telah tampil di banyak acara dan didampingi oleh pejabat", 
     ["Kim Jong Un", "Kim Sol Ah"]),
    # negative: a Title Case line with the known surname and a verb stays the surname alone
    ("Kim Tegaskan Sikap Negaranya", ["Kim Jong Un"]),
])
def test_name_apposed_in_a_cut_last_line(brief_of, tail, persons):
    text = ("Upacara Besar di Pyongyang\n\nPemimpin Korea Utara Kim Jong Un hadir dalam upacara itu pada Senin.\n\n"
            + tail)
    assert sorted(a.name for a in brief_of(text).actors if a.kind == "person") == persons
