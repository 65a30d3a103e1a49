"""Persons, roles and affiliations read across the real-news sets, round xr3 (invented snippets, invented names)."""
from __future__ import annotations

import pytest


def _people(brief) -> dict:
    return {a.name: a for a in brief.actors if a.kind == "person"}


@pytest.mark.parametrize("text, role", [
    # an apposition's post at the end of its sentence keeps its `untuk` clause, as before a comma
    ("\u201cTidak ada bantuan,\u201d kata Arvo Melkin, Duta Besar Ukraina untuk PBB.", "Duta Besar Ukraina untuk PBB"),
    ("\u201cTidak ada bantuan,\u201d kata Arvo Melkin, Duta Besar Ukraina untuk PBB, kemarin.",
     "Duta Besar Ukraina untuk PBB"),
    # the field an `untuk` clause gives the post is part of it as stated
    ("Juru Bicara Gedung Putih untuk Keamanan Nasional, Arvo Melkin, mengonfirmasi pengiriman itu.",
     "Juru Bicara Gedung Putih untuk Keamanan Nasional"),
    ("Perwakilan Khusus China untuk urusan Semenanjung Korea, Arvo Melkin, sepakat dengan rencana itu.",
     "Perwakilan Khusus China untuk urusan Semenanjung Korea"),
    # a post chained to a rank after a comma keeps the body it names
    ("Panglima Tertinggi Angkatan Laut Rusia, Laksamana Arvo Melkin, berbicara tentang kapal itu.",
     "Panglima Tertinggi Angkatan Laut Rusia"),
])
def test_roles_post_as_stated_keeps_its_untuk_field_and_body(brief_of, text, role):
    assert _people(brief_of(text))["Arvo Melkin"].role == role


@pytest.mark.parametrize("text, role", [
    # negative: a bare country stays the affiliation, no part of the post
    ("Presiden Rusia, Laksamana Arvo Melkin, berbicara tentang kapal itu.", "Presiden"),
    # negative: an `untuk` clause that is no field (lower-case words, no name) is not the post's
    ("Presiden Rusia untuk kedua kalinya, Arvo Melkin, tiba kemarin.", "Presiden"),
    # negative: the post's `untuk` clause runs on past the sentence's comma into other words
    ("Arvo Melkin, Duta Besar Lurania untuk menghadiri rapat itu, tiba.", "Duta Besar"),
])
def test_roles_post_as_stated_stops_where_no_field_or_body_follows(brief_of, text, role):
    assert _people(brief_of(text))["Arvo Melkin"].role == role


@pytest.mark.parametrize("text, role", [
    ("Rekaman yang diunggah oleh turis Arvo Melkin menunjukkan anak-anak bernyanyi.", "turis"),
    ("Namun Arvo Melkin, seorang wisatawan Rusia, punya pendapat yang berbeda.", "wisatawan"),
])
def test_roles_a_visitor_is_named_by_the_trip(brief_of, text, role):
    assert _people(brief_of(text))["Arvo Melkin"].role == role


def test_roles_a_visitor_word_with_no_name_after_it_names_no_one(brief_of):
    # negative: "visa turis <country>": the country is no person
    brief = brief_of("Ia tidak percaya bisa mendapat visa turis Korea Utara tahun lalu.")
    assert not _people(brief)


def test_roles_a_description_before_a_later_caption_post_is_the_role(brief_of):
    # the description after the quote's cue comes before the caption's post: it is the person's role
    # and the quote is theirs
    text = ("Lurania tetap misteri bagi banyak orang, tetapi tidak bagi Arvo Melkin.\n"
            "\u201cKami tidak melihat bahaya apa pun di sana,\u201d kata manajer pemasaran berusia 30 tahun itu "
            "kepada saya.\nTuris Rusia Arvo Melkin di pantai Wonsan pada musim panas.")
    brief = brief_of(text)
    assert _people(brief)["Arvo Melkin"].role == "manajer pemasaran"
    assert [q.speaker for q in brief.quotes] == ["Arvo Melkin"]


def test_roles_a_description_against_a_post_stated_before_names_no_one(brief_of):
    # negative: the post stated before the quote differs from the description: no speaker, the post stays
    text = ("Lurania tetap misteri bagi banyak orang, tetapi tidak bagi turis Arvo Melkin.\n"
            "\u201cKami tidak melihat bahaya apa pun di sana,\u201d kata manajer pemasaran berusia 30 tahun itu "
            "kepada saya.")
    brief = brief_of(text)
    assert _people(brief)["Arvo Melkin"].role == "turis"
    assert [q.speaker for q in brief.quotes] == [None]


@pytest.mark.parametrize("text, whole, short", [
    # the given names alone, before the full name: one person
    ("Pertemuan antara Menteri Luar Negeri Korea Utara, Son Hwa dan Menteri Luar Negeri Rusia berlangsung "
     "Sabtu. Menteri Luar Negeri Korea Utara Choe Son Hwa, kanan, hadir. Choe mengatakan itu.",
     "Choe Son Hwa", "Son Hwa"),
    # a name the writer left unfinished: one person
    ("Pemimpin Korea Utara Kim Jong Tae tiba. Pemimpin Korea Utara Kim Jong meninjau pabrik itu. "
     "Kim juga melihat pesawat.", "Kim Jong Tae", "Kim Jong"),
])
def test_names_a_name_cut_short_is_the_fuller_one(brief_of, text, whole, short):
    people = _people(brief_of(text))
    assert short not in people
    assert short in [m.text for m in people[whole].mentions]


def test_names_a_short_name_two_fuller_names_hold_stays_apart(brief_of):
    # negative: "Kim Jong" opens two fuller names: whose it is the text does not say
    people = _people(brief_of("Kim Jong Tae dan ayahnya Kim Jong Bae hadir. Kim Jong meninjau pabrik itu."))
    assert {"Kim Jong Tae", "Kim Jong Bae", "Kim Jong"} <= set(people)


@pytest.mark.parametrize("text, role", [
    ("Kantor berita itu melaporkan bahwa Arvo Melkin ditangkap pada Januari. Media tersebut mengatakan bahwa "
     "dia adalah seorang pekerja agama dan dia ditemani oleh istrinya.", "pekerja agama"),
    ("Arvo Melkin ditangkap pada Januari. Ia merupakan misionaris yang tinggal di kota itu.", "misionaris"),
    # negative: a copula stating no post
    ("Arvo Melkin ditangkap pada Januari. Media tersebut mengatakan bahwa dia adalah teman lama kami.", None),
    # negative: the person was last named too far before the pronoun
    ("Arvo Melkin ditangkap pada Januari. Hal itu terjadi di pelabuhan. Cuaca buruk. Media tersebut "
     "mengatakan bahwa dia adalah seorang pekerja agama.", None),
    # negative: a post stated with the name stays the role
    ("Duta Besar Arvo Melkin ditangkap pada Januari. Media tersebut mengatakan bahwa dia adalah seorang "
     "misionaris.", "Duta Besar"),
])
def test_roles_a_pronoun_copula_states_the_post_of_the_person_just_named(brief_of, text, role):
    assert _people(brief_of(text))["Arvo Melkin"].role == role


def test_names_a_bare_surname_after_a_possessors_aide_is_the_possessor(brief_of):
    text = ("Pemimpin Korea Utara Kim Jong Tae akan mengunjungi kota itu. Kim dijadwalkan tiba Senin. "
            "Ajudan utama Kim, Kim Chang Bo, terlihat di Vladivostok pada Minggu. "
            "Kim akan tiba di Vladivostok pada hari Senin.")
    people = _people(brief_of(text))
    # the possessor's Kim in "Ajudan utama Kim, Kim Chang Bo," is not the aide: a bare Kim after it is the leader
    assert [m.text for m in people["Kim Jong Tae"].mentions].count("Kim") == 3
    assert [m.text for m in people["Kim Chang Bo"].mentions] == ["Kim Chang Bo"]


def test_names_a_name_set_off_after_a_one_word_name_is_still_the_subject(brief_of):
    # negative: set off after a name that is no possessor, the apposition names whom the passage is about
    text = "Adik pemimpin Korea Utara Kim Jong Tae, Kim Yo Rae, mengecam rencana itu. Kim mengatakan itu kemarin."
    people = _people(brief_of(text))
    assert [m.text for m in people["Kim Yo Rae"].mentions] == ["Kim Yo Rae", "Kim"]


@pytest.mark.parametrize("text, holder, affiliation", [
    # an aide acts for the side of whose aide they are
    ("Kantor berita Yonhap melaporkan rencana itu. Pemimpin Korea Utara Kim Jong Tae akan mengunjungi "
     "Vladivostok. Ajudan utama Kim, Kim Chang Bo, terlihat di Vladivostok pada Minggu, menurut kantor "
     "berita Korea Selatan Yonhap.", "Kim Chang Bo", "Korea Utara"),
    # negative: whose aide is no one the text places: no side
    ("Penasihat luar negeri Melkin, Arvo Tannen, mengatakan itu kemarin.", "Arvo Tannen", None),
])
def test_affiliation_an_aide_acts_for_the_side_of_the_person_they_serve(brief_of, text, holder, affiliation):
    assert _people(brief_of(text))[holder].affiliation == affiliation


@pytest.mark.parametrize("text, register_id, forms", [
    # a registered person's name with one word slipped by a letter, the other words the register's own
    ("Pemimpin Korea Utara Kimn Jong-un berangkat menuju Rusia kemarin. Kim Jong-un tiba di Vladivostok.",
     "kim-jong-un", ["Kimn Jong-un", "Kim Jong-un"]),
    ("Presiden Korea Selatan Yook Suk Yeol tiba di Seoul kemarin.", "yoon-suk-yeol", ["Yook Suk Yeol"]),
])
def test_names_a_typing_slip_in_one_word_of_a_registered_name_is_that_person(brief_of, text, register_id, forms):
    people = [a for a in brief_of(text).actors if a.kind == "person"]
    assert len(people) == 1 and people[0].register_id == register_id
    assert [m.text for m in people[0].mentions] == forms


@pytest.mark.parametrize("text", [
    # negative: another first letter is another name
    "Ekonom Lim Jong-un tiba di Seoul kemarin.",
    # negative: the words that agree are too short to say whose name it is
    "Ekonom Kim Jong-in tiba di Seoul kemarin.",
])
def test_names_a_name_differing_beyond_a_slip_is_another_person(brief_of, text):
    assert all(a.register_id is None for a in brief_of(text).actors if a.kind == "person")


@pytest.mark.parametrize("text, forms", [
    # a surname of someone here with one letter changed is a typing slip for it
    ("Wakil Menteri Luar Negeri Rusia, Igor Morgalev, bertemu kemarin. Kemudian Margalev membahas sanksi.",
     ["Igor Morgalev", "Margalev"]),
    # negative: another first letter is another word
    ("Wakil Menteri Luar Negeri Rusia, Igor Morgalev, bertemu kemarin. Kemudian Norgalev membahas sanksi.",
     ["Igor Morgalev"]),
])
def test_names_a_surname_slipped_by_a_letter_is_the_person_named_before(brief_of, text, forms):
    assert [m.text for m in _people(brief_of(text))["Igor Morgalev"].mentions] == forms
