"""Organisations: where a body's name begins and ends (heads, kinds, units, registered short forms), bodies
in lists, and which fuller body a bare ministry is (invented snippets, invented names)."""
from __future__ import annotations

import pytest

from tests.unit.extracted import by_name, names


# -- a head closes a foreign body's name (English, French); a kind noun opening the sentence is
#    no word of it

def test_actors_english_head_opening_an_indonesian_name_closes_no_english_one(brief_of):
    orgs = names(brief_of("Presiden Lurania Undang Budi Harsono Hadiri Forum Ekonomi di Vladivostok"), "organization")
    assert not any("Hadiri" in name for name in orgs)


def test_actors_english_head_closing_an_english_name_stays(brief_of):
    # negative: "Forum" closing capitalised words with no Indonesian name word after it
    orgs = names(brief_of("Direktur Lurin Policy Forum Budi Santoso mengatakan harga naik."), "organization")
    assert "Lurin Policy Forum" in orgs


@pytest.mark.parametrize("text, name", [
    ("Menurut panitia, lomba itu belum disahkan oleh Fédération Lurinique Internationale (FLI).",
     "Fédération Lurinique Internationale"),
    ("Pabrik itu kini bernama Lurin Automobile Factory setelah dijual.", "Lurin Automobile Factory"),
    ("Menurut Lurin Rights International, tahanan itu dibebaskan.", "Lurin Rights International"),
])
def test_actors_english_and_french_heads_close_a_foreign_body(brief_of, text, name):
    brief = brief_of(text)
    assert name in names(brief, "organization")
    assert name not in names(brief, "person")


def test_actors_english_head_in_lower_case_makes_no_body(brief_of):
    # negative: the word in a sentence, not closing capitalised words
    assert not names(brief_of("Mobil dinas itu masuk service pekan lalu di bengkel kota."), "organization")


def test_actors_kind_noun_opening_a_sentence_is_no_part_of_an_airline(brief_of):
    # "Maskapai" capitalised as the sentence's first word names the kind, not a word of the name
    orgs = by_name(brief_of("Maskapai Lurin Airlines akan menerbangi rute itu mulai bulan depan."), "organization")
    assert "Lurin Airlines" in orgs and "Maskapai Lurin Airlines" not in orgs


def test_actors_capitalised_words_before_an_english_head_stay_the_name(brief_of):
    # negative: the name's own capitalised words before the head are kept
    orgs = by_name(brief_of("Penerbangan dilayani Lurin Sky Airlines mulai bulan depan."), "organization")
    assert "Lurin Sky Airlines" in orgs


# -- a registered body: its kind before its name is one mention of it; a short form the text
#    gives names that body

@pytest.mark.parametrize("text, name", [
    ("Sekretaris Kantor Kepresidenan Cheongwadae Budi Kim menyebut undangan itu sudah dikirim.",
     "Kantor Kepresidenan Cheongwadae"),
    ("Badan Antariksa Roscosmos mengatakan peluncuran itu ditunda sepekan.", "Badan Antariksa Roscosmos"),
])
def test_actors_kind_of_a_registered_body_before_its_name_is_one_mention_of_it(brief_of, text, name):
    actors = [a for a in brief_of(text).actors if a.kind == "organization"]
    assert [a.name for a in actors] == [name] and actors[0].register_id is not None


def test_actors_kind_and_registered_body_apart_stay_apart(brief_of):
    # negative: a verb between them
    orgs = names(brief_of("Kantor Kepresidenan menyatakan Cheongwadae siap menerima tamu."), "organization")
    assert {"Kantor Kepresidenan", "Cheongwadae"} <= orgs


@pytest.mark.parametrize("text", [
    "Kepala Staf Gabungan (JCS) Korea Selatan pada Selasa melacak kapal itu. JCS menambahkan dua kapal lain mengikutinya.",
    "JCS menambahkan dua kapal lain mengikutinya. Kepala Staf Gabungan (JCS) Korea Selatan pada Selasa melacak kapal itu.",
])
def test_actors_registered_short_form_the_text_gives_a_body_names_that_body_everywhere(brief_of, text):
    orgs = {a.name: a for a in brief_of(text).actors if a.kind == "organization"}
    assert set(orgs) == {"Kepala Staf Gabungan"}
    assert len(orgs["Kepala Staf Gabungan"].mentions) == 3


def test_actors_registered_short_form_with_no_definition_stays_the_registered_body(brief_of):
    # negative: the text gives the short form to no body of its own words
    orgs = names(brief_of("JCS mencatat dua kapal lewat. Kepala Staf Gabungan Korea Selatan lalu membenarkannya."),
                  "organization")
    assert "Kepala Staf Gabungan" not in orgs


# -- a body inside another: an organ of an international body, a unit named in its parent ---------

def test_actors_organ_of_an_international_body_with_no_words_of_its_own_stays_joined(brief_of):
    # (the parent bodies keep their rule: "Komite" and then the council is the council's committee)
    orgs = names(brief_of("Laporan itu dikirim kepada Komite Dewan Keamanan PBB pekan lalu."), "organization")
    assert "Komite Dewan Keamanan PBB" in orgs


@pytest.mark.parametrize("text, name", [
    ("Laporan itu disusun oleh Panel Ahli Komite 4512 yang bertugas memantau embargo senjata.",
     "Panel Ahli Komite 4512"),
    ("Mandat Panel Ahli Komite Embargo 4512 DK PBB berakhir bulan lalu.", "Panel Ahli Komite Embargo 4512 DK PBB"),
    ("Sidang Komite Embargo 4512 DK PBB ditunda.", "Komite Embargo 4512 DK PBB"),
])
def test_actors_panel_of_a_committee_named_by_its_number_is_one_body(brief_of, text, name):
    orgs = names(brief_of(text), "organization")
    assert name in orgs and "Komite Embargo" not in orgs


@pytest.mark.parametrize("text", [
    # negative: a panel that names no body it serves is a common noun, capitalised in a title
    "Dewan Keamanan Bahas Nasib Panel Ahli Pemantau Embargo",
    # negative: nor one with no words of its own ("the UN panel")
    "Mandat Panel PBB Pemantau Embargo Segera Berakhir",
    # negative: a year after a committee's name is no number of it
    "Laporan Komite 2024 dibahas di parlemen.",
])
def test_actors_panel_alone_or_a_committee_with_a_year_is_no_body(brief_of, text):
    orgs = names(brief_of(text), "organization")
    assert not any(name.startswith(("Panel", "Komite")) for name in orgs)


@pytest.mark.parametrize("text, name, apart", [
    ("Ia didampingi wakil ketua Komite Sentral Partai Rakyat Bersatu, Tarin Vosk.",
     "Komite Sentral Partai Rakyat Bersatu", "Partai Rakyat Bersatu"),
])
def test_actors_committee_named_with_its_party_is_one_body(brief_of, text, name, apart):
    orgs = names(brief_of(text), "organization")
    assert name in orgs and apart not in orgs


def test_actors_council_and_the_house_after_it_stay_two_bodies(brief_of):
    # negative: a council named right before the White House is two bodies (the written sets name them apart)
    orgs = names(brief_of("Dalam jumpa pers, Arlo Venn, juru bicara Dewan Keamanan Nasional Gedung Putih, menjawab pertanyaan."),
                 "organization")
    assert {"Dewan Keamanan Nasional", "Gedung Putih"} <= orgs


def test_actors_unit_named_in_its_parent_body_is_part_of_it(brief_of):
    brief = brief_of("Kim Daru-min, Direktur Jenderal Biro Perencanaan Strategis pada Kementerian Pertahanan "
                     "Korea Selatan, mengatakan pihaknya tidak akan tinggal diam.")
    orgs = by_name(brief, "organization")
    assert not any(name.startswith("Biro") for name in orgs)
    assert "Korea Selatan" in (by_name(brief, "person")["Kim Daru-min"].affiliation or "")


@pytest.mark.parametrize("text, name", [
    # negative: a unit named alone is a body of the text
    ("Biro Kerja Sama Regional menyatakan bahwa latihan itu ditunda.", "Biro Kerja Sama Regional"),
    # negative: a ministry whose name holds its country, at a site named like a body, stays a body
    ("Departemen Pertahanan AS di Pentagon menyatakan bahwa latihan itu ditunda.", "Departemen Pertahanan AS"),
])
def test_actors_unit_without_a_parent_after_it_stays_a_body(brief_of, text, name):
    assert name in by_name(brief_of(text), "organization")


# -- bodies by a proper head: the Red Cross, a university, a city's government (a capital's
#    government is the place)

def test_actors_red_cross_named_by_its_emblem_is_a_body(brief_of):
    brief = brief_of("Menurut Palang Merah, bantuan untuk warga sipil tiba kemarin sore.")
    assert "Palang Merah" in names(brief, "organization")
    assert "Palang Merah" not in names(brief, "person")


def test_actors_red_cross_society_of_a_country_keeps_its_country(brief_of):
    # negative: a national society keeps its whole name
    orgs = names(brief_of("Palang Merah Indonesia mengirim bantuan pekan lalu."), "organization")
    assert "Palang Merah Indonesia" in orgs


def test_actors_university_named_in_indonesian_with_its_region_and_city_is_one_body(brief_of):
    brief = brief_of("Rombongan peneliti Universitas Federal Timur Jauh Vladivostok tiba di bandara pagi ini.")
    assert "Universitas Federal Timur Jauh Vladivostok" in names(brief, "organization")
    assert not any(name.startswith("Universitas") for name in names(brief, "place"))


def test_actors_university_campus_named_in_english_as_the_venue_stays_a_place(brief_of):
    # negative: the register's venue, named in English
    brief = brief_of("Forum itu berlangsung di Far Eastern Federal University sepanjang akhir pekan lalu.")
    assert "Far Eastern Federal University" in names(brief, "place")


def test_actors_government_of_a_capital_is_the_place(brief_of):
    brief = brief_of("Keluarga itu pindah ke pesisir. Pemerintah Seoul mengumumkan aturan baru pekan ini.")
    assert "Seoul" in names(brief, "place")
    assert not any(name.startswith("Pemerintah") for name in names(brief, "organization"))


def test_actors_government_of_a_city_named_as_such_stays_a_body(brief_of):
    # negative: "Kota" (or a province) between the head and the place: a body of that city
    orgs = names(brief_of("Keluarga itu pindah ke pesisir. Pemerintah Kota Seoul mengumumkan aturan baru pekan ini."),
                  "organization")
    assert "Pemerintah Kota Seoul" in orgs


# -- makers in a list: alone, or at either end of a list with two registered bodies ---------------

def test_actors_car_makers_listed_alone_are_organisations(brief_of):
    orgs = by_name(brief_of("Stellantis, BMW, dan Mazda telah meninggalkan pasar Lurania tahun lalu."),
                    "organization")
    assert {"Stellantis", "BMW", "Mazda"} <= set(orgs)


def test_actors_maker_named_like_a_family_is_still_a_person(brief_of):
    # negative: a maker whose name is a common family name is not registered; the person stays whole
    people = by_name(brief_of("Menteri Perdagangan Jepang Taro Suzuki mengatakan pasar itu sepi."), "person")
    assert "Taro Suzuki" in people


@pytest.mark.parametrize("text, name", [
    # the first of a list that names two registered bodies after it
    ("Arvox, Mazda, Stellantis, dan Subaru telah meninggalkan pasar Lurania.", "Arvox"),
    # the last of a list after two registered bodies
    ("Mazda, Stellantis, Lurex, dan masih banyak lagi telah meninggalkan pasar Lurania.", "Lurex"),
])
def test_actors_word_at_either_end_of_a_list_of_bodies_is_a_body(brief_of, text, name):
    assert name in by_name(brief_of(text), "organization")


@pytest.mark.parametrize("text, name", [
    # negative: one registered body only
    ("Samsung dan Darmo mengatakan pasar itu sepi.", "Darmo"),
    ("Darmo, Samsung, mengatakan pasar itu sepi.", "Darmo"),
])
def test_actors_word_next_to_one_body_is_no_body(brief_of, text, name):
    assert name not in by_name(brief_of(text), "organization")


# -- a bare ministry ('Kementerian Luar Negeri') is the fuller one named last before it -----------

def test_actors_bare_ministry_of_a_post_is_the_fuller_one_named_before(brief_of):
    text = ("Kementerian Luar Negeri Belarus menyatakan protes keras. Dalam jumpa pers, Juru Bicara Kementerian "
            "Luar Negeri Arvo Melkin mengatakan sanksi itu tidak bersahabat.")
    assert by_name(brief_of(text), "person")["Arvo Melkin"].affiliation == "Kementerian Luar Negeri Belarus"


def test_actors_bare_ministry_with_no_fuller_one_before_stays(brief_of):
    # negative: the fuller ministry is named only after the post
    text = ("Dalam jumpa pers, Juru Bicara Kementerian Luar Negeri Arvo Melkin mengatakan sanksi itu tidak "
            "bersahabat. Kementerian Luar Negeri Belarus kemudian menyatakan protes keras.")
    assert by_name(brief_of(text), "person")["Arvo Melkin"].affiliation != "Kementerian Luar Negeri Belarus"


def test_actors_bare_ministry_among_several_is_the_one_named_last_before(brief_of):
    text = ("Kementerian Luar Negeri Belarus menyatakan protes. Kementerian Luar Negeri Vietnam menolak. "
            "Kemudian Kementerian Luar Negeri mengeluarkan pernyataan kedua.")
    orgs = by_name(brief_of(text), "organization")
    assert "Kementerian Luar Negeri" not in orgs
    assert len(orgs["Kementerian Luar Negeri Vietnam"].mentions) == 2


def test_actors_bare_ministry_before_several_stays_its_own(brief_of):
    # negative: named before either fuller ministry, the bare one is not guessed
    text = ("Kementerian Luar Negeri mengeluarkan pernyataan. Kementerian Luar Negeri Belarus menyatakan protes. "
            "Kementerian Luar Negeri Vietnam menolak.")
    orgs = by_name(brief_of(text), "organization")
    assert len(orgs["Kementerian Luar Negeri Vietnam"].mentions) == 1
    assert len(orgs["Kementerian Luar Negeri Belarus"].mentions) == 1


# -- a unit of a body named right after a post's title is where the post is held, no body of the brief

@pytest.mark.parametrize("text, kept", [
    ("Acara itu dihadiri Direktur Biro Logistik, Budi Harsono, dan para tamu.", set()),
    ("Pernyataan itu dibacakan wakil direktur Departemen Penerangan, Budi Harsono, kemarin.", set()),
])
def test_actors_unit_named_in_a_post_is_no_body(brief_of, text, kept):
    assert names(brief_of(text), "organization") == kept


@pytest.mark.parametrize("text, body", [
    # negative: a unit that names its ministry after a post names the ministry (the unit is the post's: the one
    # such gold of the read sets lists the ministry alone), and a unit with no post before it stays a body
    ("Direktur Biro Hukum Kementerian Pertahanan Budi Harsono menolak berkomentar.",
     "Kementerian Pertahanan"),
    ("Biro Logistik mengumumkan jadwal latihan itu pada Senin.", "Biro Logistik"),
    # a longer run holds another body's name
    ("Pernyataan itu dibacakan wakil direktur Departemen Penerangan Partai Sosialis Bersatu, Budi Harsono.",
     "Departemen Penerangan Partai Sosialis Bersatu"),
])
def test_actors_unit_naming_its_ministry_or_alone_stays_a_body(brief_of, text, body):
    assert body in names(brief_of(text), "organization")


def test_actors_ministry_named_without_its_country_after_a_post_stays_a_body(brief_of):
    # the words open a registered ministry's name ("Departemen Luar Negeri AS"): the ministry, not a unit
    text = "\u201cKami tidak akan mundur,\u201d kata Arvo Melkin, juru bicara Departemen Luar Negeri."
    assert "Departemen Luar Negeri" in names(brief_of(text), "organization")


def test_actors_troops_described_in_lower_case_are_no_registered_command(brief_of):
    brief = brief_of("Latihan itu melibatkan pasukan AS di Korea Selatan dan kapal perang Jepang.")
    assert not names(brief, "organization") and "Amerika Serikat" in names(brief, "country")


def test_actors_command_by_its_acronym_stays_the_registered_body(brief_of):
    # negative: the command named by its own name
    assert names(brief_of("Komandan USFK Budi Harsono memeriksa pasukan pada Senin."), "organization") == {"USFK"}


@pytest.mark.parametrize("text, body", [
    # The peninsula's name alone closes a body's name
    ("Menurut Lembaga Kajian Strategis Korea, sanksi itu tidak berjalan.", "Lembaga Kajian Strategis Korea"),
    # negative: a country after the name is its country, read first
    ("Menurut Lembaga Kajian Strategis Korea Selatan, sanksi itu tidak berjalan.",
     "Lembaga Kajian Strategis Korea Selatan"),
])
def test_actors_peninsula_name_closing_a_body_is_part_of_it(brief_of, text, body):
    brief = brief_of(text)
    assert names(brief, "organization") == {body}


@pytest.mark.parametrize("text, body", [
    # "untuk", name words and the country they are of, up to a closing mark, belong to the name
    ("Budi Harsono, yang memimpin Lembaga Lurin untuk Kajian Korea Utara, menilai hal itu.",
     "Lembaga Lurin untuk Kajian Korea Utara"),
    # negative: no closing mark after the country: the body ends before "untuk"
    ("Lembaga Lurin untuk Kajian Korea Utara menilai hal itu.", "Lembaga Lurin"),
])
def test_actors_untuk_tail_with_the_country_studied_is_part_of_the_name(brief_of, text, body):
    assert body in names(brief_of(text), "organization")


# -- one name per body (bodies.BodyNames): the record's organisation and the speaker of its quotes

def _entry(name, *aliases):
    from generator.lexicon import RegisterEntry
    return RegisterEntry(id="lurin-body", kind="organization", name=name, aliases=tuple(aliases))


def test_actors_body_known_by_its_acronym_goes_by_it_where_the_text_writes_it(lex):
    from generator.bodies import body_names
    names = body_names(lex)
    entry = _entry("LTO", "Pakta Lurin Raya")
    assert names.name("Pakta Lurin Raya", entry, ["Pakta Lurin Raya", "LTO"]) == "LTO"
    # negative: the text writes only the long form, which stays; or the acronym only to define it, in brackets
    assert names.name("Pakta Lurin Raya", entry, ["Pakta Lurin Raya"]) == "Pakta Lurin Raya"
    assert names.name("Pakta Lurin Raya", entry, ["Pakta Lurin Raya", "LTO"], ["LTO"]) == "Pakta Lurin Raya"
    # negative: a body the register names in full keeps the full name beside its acronym
    full = _entry("Dinas Sandi Lurin", "DSL")
    assert names.name("Dinas Sandi Lurin", full, ["Dinas Sandi Lurin", "DSL"]) == "Dinas Sandi Lurin"


def test_actors_registered_body_with_its_country_after_the_name_the_text_also_writes(lex):
    from generator.bodies import body_names
    names = body_names(lex)
    entry = _entry("Dinas Sandi Lurin", "DSL")
    assert names.name("Dinas Sandi Lurin Korsel", entry,
                      ["Dinas Sandi Lurin Korsel", "Dinas Sandi Lurin"]) == "Dinas Sandi Lurin"
    # negative: only the long form written, or a tail that is no country
    assert names.name("Dinas Sandi Lurin Korsel", entry, ["Dinas Sandi Lurin Korsel"]) == "Dinas Sandi Lurin Korsel"
    assert names.name("Dinas Sandi Lurin Wilayah", entry,
                      ["Dinas Sandi Lurin Wilayah", "Dinas Sandi Lurin"]) == "Dinas Sandi Lurin Wilayah"


def test_actors_press_short_form_of_a_registered_body_goes_by_the_registers_name(lex):
    from generator.bodies import body_names
    names = body_names(lex)
    entry = _entry("Kementerian Luar Negeri Lurania", "Kemlu Lurania")
    assert names.name("Kemlu Lurania", entry, ["Kemlu Lurania"]) == "Kementerian Luar Negeri Lurania"
    # an unregistered one: its head written out; negative: a head with no press short form stays
    assert names.name("Kemlu Lurania", None, ["Kemlu Lurania"]) == "Kementerian Luar Negeri Lurania"
    assert names.name("Dinas Sandi Lurania", None, ["Dinas Sandi Lurania"]) == "Dinas Sandi Lurania"


@pytest.mark.parametrize("text, name", [
    # registered, known by its acronym, both forms written: the acronym
    ("Pakta Pertahanan Atlantik Utara (NATO) menggelar latihan di laut. "
     "\"Latihan ini bersifat defensif,\" kata NATO dalam pernyataannya.", "NATO"),
    # a news agency described by kind and place: the agency's acronym
    ("Kantor berita Lurania (AFP) melaporkan pertemuan itu. \"Kerja sama ini akan diperluas,\" tulis AFP.", "AFP"),
    # negative: an unregistered body keeps its written-out name beside its acronym
    ("Badan Sandi Lurania (BSL) menyebut ancaman meningkat. \"Ancaman itu nyata,\" kata BSL dalam laporannya.",
     "Badan Sandi Lurania"),
    # an unregistered press short form written out, for the record and the speaker alike
    ("\"Kami menolak tuduhan itu sepenuhnya,\" kata Kemenlu Peru dalam pernyataan tertulis, Senin.",
     "Kementerian Luar Negeri Peru"),
])
def test_actors_body_has_one_name_for_the_record_and_its_quotes(brief_of, text, name):
    brief = brief_of(text)
    assert name in names(brief, "organization")
    assert [q.speaker for q in brief.quotes] == [name]


# -- well-known monitors and trackers of sanctions (register): named in English with their acronym, in
#    Indonesian, or as a source; a person sharing a word of one stays a person

@pytest.mark.parametrize("text, body", [
    ("Temuan baru Multilateral Sanctions Monitoring Team (MSMT) dibahas di Jenewa. MSMT "
     "mencatat tiga kapal tanker.", "Multilateral Sanctions Monitoring Team"),
    ("Menurut Tim Pemantau Sanksi Multilateral, kapal itu berlabuh dua kali.", "Tim Pemantau Sanksi Multilateral"),
    ("Citra satelit dari Planet Labs memperlihatkan dermaga baru di pantai timur.", "Planet Labs"),
    ("Dana curian itu dilacak oleh Chainalysis hingga ke bursa luar negeri.", "Chainalysis"),
])
def test_actors_well_known_sanctions_monitors_are_bodies(brief_of, text, body):
    brief = brief_of(text)
    assert body in names(brief, "organization")
    assert not names(brief, "person")


def test_actors_person_sharing_a_word_of_a_registered_group_stays_a_person(brief_of):
    # negative: the hacking group is registered by its full name only
    brief = brief_of("Analis Rina Lazarus menilai serangan Grup Lazarus makin canggih.")
    assert "Grup Lazarus" in names(brief, "organization")
    assert any("Rina Lazarus" in name for name in names(brief, "person"))


def test_actors_committee_before_a_registered_body_is_no_person(brief_of):
    # a committee's one word before a registered body is its own name, not a person's ("Kantor Berita Resmi
    # <agency>" aside: a kind describing the agency)
    brief = brief_of("Para menteri menghadiri rapat Komite Pengarah Tim Pemantau Sanksi Multilateral di Oslo.")
    assert not names(brief, "person")
    assert "Tim Pemantau Sanksi Multilateral" in names(brief, "organization")


# -- a kind of body counted as a thing ("sebuah perusahaan") or a subsidiary apposed right after a name:
#    the name is that body; a person is counted "seorang"

@pytest.mark.parametrize("text, body", [
    ("Menurut Orvanta, sebuah perusahaan keamanan siber, serangan itu meningkat.", "Orvanta"),
    ("Koneksi itu lewat penyedia VeltaNet Rusia, anak perusahaan dari operator kereta.", "VeltaNet"),
])
def test_actors_name_with_a_kind_of_body_apposed_after_it_is_that_body(brief_of, text, body):
    brief = brief_of(text)
    assert body in names(brief, "organization") and not names(brief, "person")


@pytest.mark.parametrize("text, person", [
    # negative: a person's apposition is counted "seorang"
    ("Menurut Orvan Tarmin, seorang pengamat keamanan siber, serangan itu meningkat.", "Orvan Tarmin"),
])
def test_actors_name_with_a_person_apposed_after_it_stays_a_person(brief_of, text, person):
    brief = brief_of(text)
    assert person in names(brief, "person") and not names(brief, "organization")


def test_actors_last_words_of_an_english_name_before_a_kind_are_no_body(brief_of):
    # negative: "of" joins the run to the words before it: not the whole name, no body made of the rest
    orgs = names(brief_of("Pendeta di Light of Hope, sebuah badan amal, mengatakan hal itu."), "organization")
    assert "Hope" not in orgs


# -- a company closed by its trade or a foreign legal form ("X Shipping", "X SRO")

@pytest.mark.parametrize("text, body", [
    ("Sanksi juga menyasar Varsek SRO dan direktur utamanya.", "Varsek SRO"),
    ("Kapal milik Dolmir Shipping ditahan di pelabuhan.", "Dolmir Shipping"),
    ("Citra itu dirilis oleh Orvel Labs pada Senin.", "Orvel Labs"),
])
def test_actors_company_closed_by_its_trade_or_legal_form_is_a_body(brief_of, text, body):
    brief = brief_of(text)
    assert body in names(brief, "organization") and not names(brief, "person")


def test_actors_trade_word_in_lower_case_makes_no_company(brief_of):
    # negative: the English trade written as a common word closes no name
    assert not names(brief_of("Ia lama bekerja di bidang shipping dan logistics di Busan."), "organization")


# -- a body or site named after a titled person ("Universitas Jenderal X Y", "Jalan Jenderal X"): one body
#    or place, no person of the text

@pytest.mark.parametrize("text, kind, name", [
    ("Pakar dari Universitas Jenderal Arvo Tarmin, Budi Harsono, menilai hal itu.", "organization",
     "Universitas Jenderal Arvo Tarmin"),
    ("Kemacetan terjadi di Jalan Jenderal Tarmin sejak pagi.", "place", "Jalan Jenderal Tarmin"),
])
def test_actors_body_or_site_named_after_a_titled_person_is_no_person(brief_of, text, kind, name):
    brief = brief_of(text)
    assert name in names(brief, kind)
    assert not any("Tarmin" in person for person in names(brief, "person"))


def test_actors_titled_person_before_a_body_stays_a_person(brief_of):
    # negative: the title opens the sentence, no eponym's head before it
    brief = brief_of("Jenderal Arvo Tarmin tiba di Universitas Lurin pada Senin.")
    assert "Arvo Tarmin" in names(brief, "person") and "Universitas Lurin" in names(brief, "organization")

# -- the words of a body the article has named (by its acronym) are that body again, no person -------------

def test_actors_a_body_named_again_without_its_acronym_is_the_body(brief_of):
    text = ("Tim Pemantau Sanksi Lintasnegara (TPSL) pada Kamis membagikan laporannya. Amerika Serikat, salah satu "
            "anggota dalam Tim Pemantau Sanksi Lintasnegara, kembali menegaskan sikapnya.")
    brief = brief_of(text)
    assert not names(brief, "person")
    assert len(by_name(brief, "organization")["Tim Pemantau Sanksi Lintasnegara"].mentions) == 3


def test_actors_a_name_that_is_no_body_named_before_stays_a_person(brief_of):
    # negative: other capitalised words after the body are a person's name
    text = ("Tim Pemantau Sanksi Lintasnegara (TPSL) pada Kamis membagikan laporannya. Menurut Arvo Tarmin, laporan "
            "itu lengkap.")
    assert "Arvo Tarmin" in names(brief_of(text), "person")


# -- English heads "Team", "Bureau", "Board" and a legal form ("SRO", "GmbH") close a body's name -----------

@pytest.mark.parametrize("text, body", [
    ("Korea Utara mengecam keras Multinational Export Watch Team (MEWT), sebuah tim pemantau.",
     "Multinational Export Watch Team"),
    ("Entitas yang disanksi termasuk Valtor SRO yang berbasis di Slovakia.", "Valtor SRO"),
])
def test_actors_an_english_head_or_legal_form_closes_a_body(brief_of, text, body):
    brief = brief_of(text)
    assert body in names(brief, "organization")
    assert not names(brief, "person")


def test_actors_a_name_before_no_head_stays_a_person(brief_of):
    # negative: a person's name with no such head after it
    assert "Arvo Valtor" in names(brief_of("Entitas itu dipimpin Arvo Valtor yang tinggal di Slovakia."), "person")


# -- issue 16: English sector heads, an English joiner and a one-word country inside a company's name;
#    a short form defined inside a body's name is no word of its name

@pytest.mark.parametrize("text, name", [
    ("Kontrak itu diteken oleh Lurin Hydro and Thermal Power pekan lalu.", "Lurin Hydro and Thermal Power"),
    ("Temuan itu didukung data Harmon Research, kelompok pemantau jaringan.", "Harmon Research"),
    ("Kerja sama antara Korea Lurin Power dengan pemasok itu ditunda.", "Korea Lurin Power"),
])
def test_actors_english_sector_heads_close_a_company(brief_of, text, name):
    brief = brief_of(text)
    assert name in names(brief, "organization")
    assert not any(name.startswith(p) for p in names(brief, "person"))


def test_actors_a_press_short_form_opens_no_company(brief_of):
    # negative: the press's own short form of a country (places.yaml aliases) is the body's country
    brief = brief_of("Sementara itu, harian Korsel Lurin Ilbo melaporkan bahwa rencana itu ditunda.")
    assert "Lurin Ilbo" in names(brief, "organization")
    assert "Korea Selatan" in names(brief, "country")


@pytest.mark.parametrize("text, name", [
    ("Dewan Keamanan (DK) PBB akan bersidang lagi pekan depan untuk membahas sanksi.", "Dewan Keamanan PBB"),
    ("Badan Riset Lurin (BRL) Korea Selatan menyatakan uji itu berhasil.", "Badan Riset Lurin"),
])
def test_actors_short_form_defined_inside_a_name_is_no_word_of_it(brief_of, text, name):
    orgs = names(brief_of(text), "organization")
    assert name in orgs and not any("(" in o for o in orgs)


@pytest.mark.parametrize("text, name", [
    ("Seorang peneliti bekerja di laboratorium Institut Penelitian Harvanov selama uji vaksin.",
     "Institut Penelitian Harvanov"),
    ("Menurut pengamat di Institut Studi Kebijakan Lurin Seoul, kesepakatan itu mustahil.",
     "Institut Studi Kebijakan Lurin"),
])
def test_actors_body_named_after_someone_closes_with_the_name(brief_of, text, name):
    assert name in names(brief_of(text), "organization")


def test_actors_body_named_after_someone_leaves_a_person_after_it(brief_of):
    # negative: two capitalised words after the name words are a person, no part of the body
    brief = brief_of("Peneliti Institut Studi Kebijakan Budi Santoso mengatakan uji itu berhasil.")
    assert "Budi Santoso" in names(brief, "person")


def test_actors_fund_is_a_body_closed_by_its_short_form(brief_of):
    text = "Pengumuman itu disampaikan CEO Dana Investasi Langsung Lurania (DILL), Arvo Melkin, Senin."
    brief = brief_of(text)
    assert "Dana Investasi Langsung Lurania" in names(brief, "organization")
    assert by_name(brief, "person")["Arvo Melkin"].role == "CEO"


@pytest.mark.parametrize("text, body, not_place", [
    # An English body's name closes with its city right after the head: one body, no place.
    ("Arvo Tarmin, peneliti di Imperial College London, mengatakan hal itu.", "Imperial College London", "London"),
    ("Dewi Lestari, dosen di Victoria College Paris, tiba kemarin.", "Victoria College Paris", "Paris"),
])
def test_bodies_english_name_closed_by_its_city(brief_of, text, body, not_place):
    brief = brief_of(text)
    assert body in by_name(brief, "organization")
    assert not_place not in by_name(brief, "place")


@pytest.mark.parametrize("text, body", [
    # An ordinal right after a body's name numbers it: part of the name.
    ("Kakeknya pernah masuk Resimen Relawan ke-21 semasa perang.", "Resimen Relawan ke-21"),
    ("Kakeknya bertugas di Resimen Lapis Baja ke-4 pada masa itu.", "Resimen Lapis Baja ke-4"),
])
def test_bodies_ordinal_after_the_name_is_part_of_it(brief_of, text, body):
    assert body in by_name(brief_of(text), "organization")


@pytest.mark.parametrize("headline, kept", [
    ("Delegasi Itu Datangi Sejumlah Perusahaan Kayu Rusia", False),
    # negative: without the counting word the capitalised run may be a body's name
    ("Delegasi Itu Datangi Perusahaan Kayu Rusia", True),
])
def test_actors_headline_body_kind_after_a_counting_word_is_no_body(brief_of, headline, kept):
    brief = brief_of(f"{headline}\n\nMOSKOW - Menteri itu berkeliling kota selama tiga hari, kata juru bicaranya.\n")
    assert ("Perusahaan Kayu Rusia" in by_name(brief, "organization")) is kept


# -- a body named after a known person, its field between head and name ("Universitas Teknik X"): one body

def test_actors_body_with_its_field_named_after_a_person_is_no_person(brief_of):
    brief = brief_of("Ia lulus dari Universitas Teknik Kim Il Sung pada 1990.")
    assert "Universitas Teknik Kim Il Sung" in names(brief, "organization")
    assert not names(brief, "person")


# -- a body the register names whole, then a capitalised title its acronym closes: the body's document,
#    no word of the body's name

def test_actors_registered_body_then_its_report_with_an_acronym_ends_at_the_body(brief_of):
    brief = brief_of("Edisi baru Departemen Luar Negeri AS Laporan Kebebasan Pers (LKP) menggambarkan kondisi itu.")
    orgs = names(brief, "organization")
    assert "Departemen Luar Negeri AS" in orgs or "Departemen Luar Negeri Amerika Serikat" in orgs
    assert not any(name.startswith("Departemen") and "Laporan" in name for name in orgs)


def test_actors_free_words_closed_by_their_acronym_still_make_the_body(brief_of):
    # negative: a body read from its head, free words and its acronym, no registered body before them
    orgs = names(brief_of("Menurut Institut Kajian Lurin Raya (IKLR), harga naik."), "organization")
    assert "Institut Kajian Lurin Raya" in orgs
