"""Organisations and places whose causes recur across the real-news sets (invented snippets, invented names)."""
from __future__ import annotations

import pytest


def _names(brief, kind: str) -> set:
    return {a.name for a in brief.actors if a.kind == kind}


def test_organ_of_an_international_body_with_no_words_of_its_own_stays_joined(brief_of):
    # (the parent bodies keep their rule: "Komite" and then the council is the council's committee)
    orgs = _names(brief_of("Laporan itu dikirim kepada Komite Dewan Keamanan PBB pekan lalu."), "organization")
    assert "Komite Dewan Keamanan PBB" in orgs


@pytest.mark.parametrize("text, medium", [
    ("Harga beras naik lagi.\n\nDilansir Lurinpost, harga gandum di pasar dunia juga naik.", "Lurinpost"),
    ("Harga beras naik lagi. Melansir Lurin Kabar, harga gandum di pasar dunia juga naik.", "Lurin Kabar"),
])
def test_medium_after_a_capitalised_source_cue_opening_the_sentence(brief_of, text, medium):
    brief = brief_of(text)
    assert medium in _names(brief, "organization")
    assert medium not in _names(brief, "person")


def test_english_article_before_a_medium_after_a_cue_is_still_its_name(brief_of):
    # negative: "The" is the name's word, not the cue
    assert "The Lurin Herald" in _names(brief_of("Harga naik. Dilansir dari The Lurin Herald, menteri hadir."),
                                        "organization")


def test_registered_agency_glued_to_the_next_word_after_a_cue(brief_of):
    brief = brief_of("Pasukan itu kembali ke garis depan. Dilansir Afpkabar ini didapat dari sumber militer.")
    orgs = {a.name.lower(): a for a in brief.actors if a.kind == "organization"}
    assert "afp" in orgs and "afpkabar" not in orgs
    span = orgs["afp"].mentions[0].span
    assert brief.article.text[span.start:span.end] == "Afp"


def test_unknown_word_glued_after_a_cue_stays_whole(brief_of):
    # negative: no registered body opens the word
    assert "Lurinkabar" in _names(brief_of("Pasukan itu kembali. Dilansir Lurinkabar, tentara ditarik."),
                                  "organization")


def test_english_head_opening_an_indonesian_name_closes_no_english_one(brief_of):
    orgs = _names(brief_of("Presiden Lurania Undang Budi Harsono Hadiri Forum Ekonomi di Vladivostok"), "organization")
    assert not any("Hadiri" in name for name in orgs)


def test_english_head_closing_an_english_name_stays(brief_of):
    # negative: "Forum" closing capitalised words with no Indonesian name word after it
    orgs = _names(brief_of("Direktur Lurin Policy Forum Budi Santoso mengatakan harga naik."), "organization")
    assert "Lurin Policy Forum" in orgs


def test_government_of_a_capital_is_the_place(brief_of):
    brief = brief_of("Warga itu tinggal di utara. Pemerintah Seoul menyatakan bahwa ketentuan ini berlaku.")
    assert "Seoul" in _names(brief, "place")
    assert not any(name.startswith("Pemerintah") for name in _names(brief, "organization"))


def test_government_of_a_city_named_as_such_stays_a_body(brief_of):
    # negative: "Kota" (or a province) between the head and the place: a body of that city
    orgs = _names(brief_of("Warga itu tinggal di utara. Pemerintah Kota Seoul menyatakan ketentuan ini berlaku."),
                  "organization")
    assert "Pemerintah Kota Seoul" in orgs


def test_red_cross_named_by_its_emblem_is_a_body(brief_of):
    brief = brief_of("Menurut Palang Merah, laporan tentang tahanan perang tidak dilarang.")
    assert "Palang Merah" in _names(brief, "organization")
    assert "Palang Merah" not in _names(brief, "person")


def test_red_cross_society_of_a_country_keeps_its_country(brief_of):
    # negative: a national society keeps its whole name
    orgs = _names(brief_of("Palang Merah Indonesia mengirim bantuan pekan lalu."), "organization")
    assert "Palang Merah Indonesia" in orgs


def test_media_of_a_country_name_no_medium(brief_of):
    brief = brief_of("Belum ada yang resmi, namun media Korea melaporkan awal bulan ini bahwa negosiasi berjalan.")
    assert "Korea" not in _names(brief, "organization")


def test_medium_after_a_media_noun_is_still_a_medium(brief_of):
    # negative: a name of its own after the noun
    brief = brief_of("Belum ada yang resmi, namun media Lurinpost melaporkan awal bulan ini bahwa negosiasi berjalan.")
    assert "Lurinpost" in _names(brief, "organization")


def test_university_named_in_indonesian_with_its_region_and_city_is_one_body(brief_of):
    brief = brief_of("Budi, mahasiswa Universitas Federal Timur Jauh Vladivostok, mengaku senang.")
    assert "Universitas Federal Timur Jauh Vladivostok" in _names(brief, "organization")
    assert not any(name.startswith("Universitas") for name in _names(brief, "place"))


def test_university_campus_named_in_english_as_the_venue_stays_a_place(brief_of):
    # negative: the register's venue, named in English
    brief = brief_of("Pertemuan digelar di Far Eastern Federal University, Vladivostok, pekan lalu.")
    assert "Far Eastern Federal University" in _names(brief, "place")


@pytest.mark.parametrize("text, medium", [
    ("Menurut kantor berita IRNA, harga minyak di kawasan itu naik pekan lalu.", "IRNA"),
    ("Suspilne menayangkan wawancara dengan warga desa itu pada Senin malam.", "Suspilne"),
    ("Surat kabar militer Krasnaya Zvezda menulis bahwa latihan itu selesai.", "Krasnaya Zvezda"),
    ("Seperti diberitakan “Daily Mail”, kapal itu tiba di pelabuhan.", "Daily Mail"),
])
def test_well_known_media_cited_as_sources_are_bodies(brief_of, text, medium):
    brief = brief_of(text)
    assert medium in _names(brief, "organization")
    assert medium not in _names(brief, "person")


def test_common_word_of_a_medium_s_name_written_alone_is_no_medium(brief_of):
    # negative: "ekspres", "zvezda" inside other words or in lower case name no medium
    brief = brief_of("Kereta ekspres itu berangkat dari stasiun pada pagi hari.")
    assert not _names(brief, "organization")


@pytest.mark.parametrize("text", [
    "Kepala Staf Gabungan (JCS) Korea Selatan mengumumkan bahwa pesawat itu masuk. JCS mengatakan dua pesawat lain menyusul.",
    "JCS mengatakan dua pesawat lain menyusul. Kepala Staf Gabungan (JCS) Korea Selatan mengumumkan bahwa pesawat itu masuk.",
])
def test_registered_short_form_the_text_gives_a_body_names_that_body_everywhere(brief_of, text):
    orgs = {a.name: a for a in brief_of(text).actors if a.kind == "organization"}
    assert set(orgs) == {"Kepala Staf Gabungan"}
    assert len(orgs["Kepala Staf Gabungan"].mentions) == 3


def test_registered_short_form_with_no_definition_stays_the_registered_body(brief_of):
    # negative: the text gives the short form to no body of its own words
    orgs = _names(brief_of("JCS mengatakan dua pesawat masuk. Kepala Staf Gabungan Korea Selatan menyebut itu."),
                  "organization")
    assert "Kepala Staf Gabungan" not in orgs


@pytest.mark.parametrize("text, name", [
    ("Juru Bicara Kantor Kepresidenan Cheongwadae Budi Kim mengatakan bahwa pesan telah dikirim.",
     "Kantor Kepresidenan Cheongwadae"),
    ("Badan Antariksa Roscosmos mengatakan peluncuran itu ditunda sepekan.", "Badan Antariksa Roscosmos"),
])
def test_kind_of_a_registered_body_before_its_name_is_one_mention_of_it(brief_of, text, name):
    actors = [a for a in brief_of(text).actors if a.kind == "organization"]
    assert [a.name for a in actors] == [name] and actors[0].register_id is not None


def test_kind_and_registered_body_apart_stay_apart(brief_of):
    # negative: a verb between them
    orgs = _names(brief_of("Kantor Kepresidenan menyatakan Cheongwadae siap menerima tamu."), "organization")
    assert {"Kantor Kepresidenan", "Cheongwadae"} <= orgs


@pytest.mark.parametrize("text, name", [
    ("Menurutnya, ras itu juga tidak diakui oleh Fédération Lurinique Internationale (FLI).",
     "Fédération Lurinique Internationale"),
    ("Pabrik itu kini bernama Lurin Automobile Factory setelah dijual.", "Lurin Automobile Factory"),
    ("Menurut Lurin Rights International, tahanan itu dibebaskan.", "Lurin Rights International"),
])
def test_english_and_french_heads_close_a_foreign_body(brief_of, text, name):
    brief = brief_of(text)
    assert name in _names(brief, "organization")
    assert name not in _names(brief, "person")


def test_english_head_in_lower_case_makes_no_body(brief_of):
    # negative: the word in a sentence, not closing capitalised words
    assert not _names(brief_of("Mobil dinas itu masuk service pekan lalu di bengkel kota."), "organization")


@pytest.mark.parametrize("text, name", [
    ("Menurut laporan dari BBC Internasional, pembangunan jembatan dimulai pada Rabu.", "BBC Internasional"),
    ("Hal itu disampaikan Budi Santoso kepada CNN International, Selasa.", "CNN International"),
])
def test_registered_medium_with_its_world_edition_is_that_medium_as_written(brief_of, text, name):
    actors = [a for a in brief_of(text).actors if a.kind == "organization"]
    assert [a.name for a in actors] == [name] and actors[0].register_id is not None


def test_registered_medium_with_a_word_glued_to_an_edition_stays_itself(brief_of):
    # negative: "Internasionalnya" is no edition word
    actors = [a for a in brief_of("Kantor Reuters Internasionalnya tutup pekan lalu.").actors
              if a.kind == "organization"]
    assert [a.name for a in actors] == ["Reuters"]
