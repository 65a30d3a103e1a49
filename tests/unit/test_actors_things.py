"""Things named with capitals (a bridge, a breed, a car, a unit's nickname) and relatives named by a
kinship noun and a surname: no person (invented snippets, invented names)."""
from __future__ import annotations

import pytest

from tests.unit.extracted import names


# -- a kinship noun and a known surname name a relative of that person, not a person "Adik Kim"

@pytest.mark.parametrize("text, relative, person", [
    ("Kakak Kim, pejabat senior Kim Yo Jong, tiba di Moskow pada Selasa.", "Kakak Kim", "Kim Yo Jong"),
    ("Menteri Budi Harsono tiba pada Senin. Istri Harsono, pengusaha Sari Wulandari, ikut dalam rombongan.",
     "Istri Harsono", "Sari Wulandari"),
])
def test_actors_kinship_noun_and_known_surname_is_no_person(brief_of, text, relative, person):
    persons = names(brief_of(text), "person")
    assert relative not in persons
    assert person in persons


def test_actors_kinship_word_before_an_unknown_surname_stays_a_name(brief_of):
    # negative: "Putri" is a given name too; with a surname nobody here bears, the run is a person
    persons = names(brief_of("Putri Andayani, juru bicara kementerian itu, mengatakan pertemuan ditunda."), "person")
    assert "Putri Andayani" in persons


# -- a kind of thing opening a capitalised run names that thing

@pytest.mark.parametrize("text, thing", [
    ("Kedua kota dihubungkan oleh Jembatan Lurinovo Baru yang dibuka pada 1959.", "Jembatan Lurinovo Baru"),
    ("Unit drone \"Burung Lurvak\" milik Ukraina menyerang gudang itu pada Senin.", "Burung Lurvak"),
    ("Sanksi itu melarang ekspor beberapa limusin Lurenz, Vortane Phantom, dan kendaraan sport Kairo.",
     "Vortane Phantom"),
])
def test_actors_thing_kind_before_a_name_is_no_person(brief_of, text, thing):
    assert thing not in names(brief_of(text), "person")


@pytest.mark.parametrize("text, person", [
    # negatives: a post (not a thing) before the name, and a quantifier before a post
    ("Kapal itu dinakhodai kapten Ivan Petrovsky sejak Januari.", "Ivan Petrovsky"),
    ("Beberapa menteri, Ivan Petrovsky dan Budi Harsono, hadir dalam sidang itu.", "Ivan Petrovsky"),
])
def test_actors_person_after_a_similar_word_stays_a_person(brief_of, text, person):
    assert person in names(brief_of(text), "person")


# -- an English closer of a site's name makes the run a place

def test_actors_english_site_closer_makes_a_place_not_a_person(brief_of):
    brief = brief_of("Upacara itu digelar di Lurin Tae Square di Pyongyang pada Rabu.")
    assert not any("Square" in name for name in names(brief, "person"))
    assert any(name.endswith("Square") for name in names(brief, "place"))


def test_actors_person_walking_in_a_street_stays_a_person(brief_of):
    # negative: the person before the site's name keeps being a person, the site is a place
    brief = brief_of("Menteri Ivan Petrovsky, kata warga, sering berjalan di Lurin Street setiap pagi.")
    assert "Ivan Petrovsky" in names(brief, "person")
    assert "Lurin Street" not in names(brief, "person")


@pytest.mark.parametrize("text, thing", [
    # a house named after a writer (a cultural centre), an ensemble, a government in a body's name
    ("Pekan budaya itu didukung Rumah Tolstovka dan kedutaan besar Lurinia.", "Rumah Tolstovka"),
    ("Acara dibuka dengan penampilan Varna Youth Choir di aula kota.", "Varna Youth Choir"),
    ("Kunjungan itu dipimpin Menteri Kehutanan Rusia Arvo Tamin.\n\n\"Ketua Komisi Antar Pemerintah Rusia-Mongolia, "
     "Menteri Kehutanan Rusia Arvo Tamin, tiba di Seoul kemarin.\"", "Pemerintah"),
    # a country's nickname the register does not know
    ("Surat itu tiba saat Negeri Lembah Sunyi merayakan hari libur nasional.", "Negeri Lembah Sunyi"),
])
def test_actors_house_ensemble_government_or_country_nickname_is_no_person(brief_of, text, thing):
    assert not any(thing in n or n in thing for n in names(brief_of(text), "person"))


def test_actors_hermit_kingdom_is_north_korea(brief_of):
    brief = brief_of("Surat itu tiba saat Negeri Pertapa merayakan hari libur nasional.")
    assert "Korea Utara" in names(brief, "country")


@pytest.mark.parametrize("text, relative", [
    # a bare kinship noun, a person named here and a clause about them, then a name set off: the relative
    ("Diplomat Lurinia Arvo Tamin tiba di Seoul. Rombongan itu, termasuk putra Tamin yang berusia lima tahun, "
     "Belka, menempuh perjalanan panjang.", "Belka"),
    # a name, then a noun possessed by someone named before, set off by commas
    ("Pengusaha Arvo Tamin membuka pabrik di Varna. Belka, pekerjanya, mengalami luka di tangan.", "Belka"),
])
def test_actors_one_word_name_set_off_as_a_relative_or_apposed_is_a_person(brief_of, text, relative):
    assert relative in names(brief_of(text), "person")
