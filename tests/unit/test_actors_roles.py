"""Persons' roles and affiliations: officials listed after their country, a governor, a leader's word as
the role, an apposed post of a kind, a car's make or noun next to a name (invented snippets, invented
names)."""
from __future__ import annotations

import pytest

from tests.unit.extracted import by_name


# -- officials listed after their country ('pejabat tinggi X di antaranya ...') all act for it ----

LIST = ("Presiden tiba bersama sejumlah pejabat tinggi Vietnam di antaranya Menteri Perhubungan Tran Van Hoa, "
        "Wakil Perdana Menteri Pertama Le Thi Mai, dan Wakil Menteri Perdagangan Pham Quoc Dung.")


@pytest.mark.parametrize("name", ["Tran Van Hoa", "Le Thi Mai", "Pham Quoc Dung"])
def test_actors_officials_listed_after_their_country_act_for_it(brief_of, name):
    # every official of the list the country opens acts for it, not only the first
    assert by_name(brief_of(LIST), "person")[name].affiliation == "Vietnam"


@pytest.mark.parametrize("text, name", [
    # negative: a clause of its own between the opener and the official (lower-case words)
    ("Presiden Lurinia Arvo Melkin membahas banyak hal dengan Vietnam, termasuk soal perdagangan yang "
     "dibahas bersama Menteri Perhubungan Tran Van Hoa.", "Tran Van Hoa"),
    # negative: no list opener after the country
    ("Delegasi Vietnam tiba kemarin, dan Menteri Perhubungan Tran Van Hoa menyusul sehari kemudian "
     "bersama Wakil Menteri Perdagangan Pham Quoc Dung.", "Pham Quoc Dung"),
])
def test_actors_country_without_a_list_does_not_place_later_officials(brief_of, text, name):
    assert by_name(brief_of(text), "person")[name].affiliation != "Vietnam"


# -- a governor of a region acts for the country the text names -----------------------------------

def test_actors_governor_of_a_region_acts_for_its_country(brief_of):
    text = ("Rusia akan membangun jalur kereta baru ke utara. Gubernur Primorsky Krai, Ivan Lurov, mengatakan "
            "kepada media lokal bahwa jalur itu dibangun dari pelabuhan.")
    assert by_name(brief_of(text), "person")["Ivan Lurov"].affiliation == "Rusia"


def test_actors_governor_with_no_country_in_the_text_keeps_the_region(brief_of):
    # negative: no country anywhere to act for: the region the post serves stays
    text = "Gubernur Primorsky Krai Ivan Lurov meninjau pelabuhan itu kemarin."
    assert by_name(brief_of(text), "person")["Ivan Lurov"].affiliation == "Primorsky Krai"


# -- a leader's word before a name is the role, as stated -----------------------------------------

@pytest.mark.parametrize("text, name, role", [
    ("Sanksi itu ditujukan kepada diktator Belarus Arvo Melkin dan kroninya.", "Arvo Melkin", "diktator"),
    ("Delegasi itu dipimpin Pimpinan Belarus Darvo Pelkin pada Selasa.", "Darvo Pelkin", "Pimpinan"),
    ("Hal itu disampaikan Tarin Vosk, pimpinan organisasi yang membantu para pembelot.", "Tarin Vosk", "pimpinan organisasi"),
])
def test_actors_leader_named_as_stated(brief_of, text, name, role):
    assert by_name(brief_of(text), "person")[name].role == role


def test_actors_leader_word_without_a_name_names_no_one(brief_of):
    # negative: the word alone, with no name after it, makes no person
    assert not by_name(brief_of("Diktator muda itu memuji sekutunya di Lurania."), "person")


# -- a post of a kind apposed ('pimpinan organisasi ...') serves the body that kind named before ---

def test_actors_apposed_post_of_a_kind_serves_the_body_that_kind_named(brief_of):
    text = ("Film itu digarap oleh organisasi Lurin Nation United. \"Mereka ingin pulang,\" ungkap Tarin Vosk, "
            "pimpinan organisasi yang membantu para pembelot.")
    assert by_name(brief_of(text), "person")["Tarin Vosk"].affiliation == "Lurin Nation United"


def test_actors_apposed_post_of_a_kind_with_no_body_before_serves_none(brief_of):
    # negative: no "organisasi <Body>" before the post: no body to serve
    text = "\"Mereka ingin pulang,\" ungkap Tarin Vosk, pimpinan organisasi yang membantu para pembelot."
    assert by_name(brief_of(text), "person")["Tarin Vosk"].affiliation is None


# -- a car's make after a car noun is no person; a car noun after a name ends no post -------------

@pytest.mark.parametrize("text, car", [
    ("Kedua pemimpin mengendarai mobil Lurex milik Presiden Vietnam menuju istana.", "Lurex"),
    ("Presiden Vietnam tiba dengan limusin Lurex di bandara.", "Lurex"),
])
def test_actors_car_make_after_a_car_noun_is_no_person(brief_of, text, car):
    assert car not in by_name(brief_of(text), "person")


def test_actors_car_noun_after_the_name_leaves_the_post_holder(brief_of):
    # negative: the car's noun after the name ends nothing before it
    person = by_name(brief_of("Kepala Dinas Perhubungan Tran Van Hoa mengatakan harga mobil naik."),
                      "person")["Tran Van Hoa"]
    assert person.role == "Kepala Dinas Perhubungan"
