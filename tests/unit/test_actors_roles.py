"""Actor shapes read on the thirteenth blind set of real news (invented snippets, invented names)."""
from __future__ import annotations

import pytest

from generator.layout import find_layout


def _by_name(brief, kind: str) -> dict:
    return {a.name: a for a in brief.actors if a.kind == kind}


LIST = ("Presiden tiba bersama sejumlah pejabat tinggi Vietnam di antaranya Menteri Perhubungan Tran Van Hoa, "
        "Wakil Perdana Menteri Pertama Le Thi Mai, dan Wakil Menteri Perdagangan Pham Quoc Dung.")


@pytest.mark.parametrize("name", ["Tran Van Hoa", "Le Thi Mai", "Pham Quoc Dung"])
def test_actors_officials_listed_after_their_country_act_for_it(brief_of, name):
    # every official of the list the country opens acts for it, not only the first
    assert _by_name(brief_of(LIST), "person")[name].affiliation == "Vietnam"


@pytest.mark.parametrize("text, name", [
    # negative: a clause of its own between the opener and the official (lower-case words)
    ("Presiden Lurinia Arvo Melkin membahas banyak hal dengan Vietnam, termasuk soal perdagangan yang "
     "dibahas bersama Menteri Perhubungan Tran Van Hoa.", "Tran Van Hoa"),
    # negative: no list opener after the country
    ("Delegasi Vietnam tiba kemarin, dan Menteri Perhubungan Tran Van Hoa menyusul sehari kemudian "
     "bersama Wakil Menteri Perdagangan Pham Quoc Dung.", "Pham Quoc Dung"),
])
def test_actors_country_without_a_list_does_not_place_later_officials(brief_of, text, name):
    assert _by_name(brief_of(text), "person")[name].affiliation != "Vietnam"


def test_actors_kind_noun_opening_a_sentence_is_no_part_of_an_airline(brief_of):
    # "Maskapai" capitalised as the sentence's first word names the kind, not a word of the name
    orgs = _by_name(brief_of("Maskapai Lurin Airlines akan menerbangi rute itu mulai bulan depan."), "organization")
    assert "Lurin Airlines" in orgs and "Maskapai Lurin Airlines" not in orgs


def test_actors_capitalised_words_before_an_english_head_stay_the_name(brief_of):
    # negative: the name's own capitalised words before the head are kept
    orgs = _by_name(brief_of("Penerbangan dilayani Lurin Sky Airlines mulai bulan depan."), "organization")
    assert "Lurin Sky Airlines" in orgs


@pytest.mark.parametrize("text, car", [
    ("Kedua pemimpin mengendarai mobil Lurex milik Presiden Vietnam menuju istana.", "Lurex"),
    ("Presiden Vietnam tiba dengan limusin Lurex di bandara.", "Lurex"),
])
def test_actors_car_make_after_a_car_noun_is_no_person(brief_of, text, car):
    assert car not in _by_name(brief_of(text), "person")


def test_actors_car_noun_after_the_name_leaves_the_post_holder(brief_of):
    # negative: the car's noun after the name ends nothing before it
    person = _by_name(brief_of("Kepala Dinas Perhubungan Tran Van Hoa mengatakan harga mobil naik."),
                      "person")["Tran Van Hoa"]
    assert person.role == "Kepala Dinas Perhubungan"


def test_layout_trending_label_with_time_ago_is_furniture(make_article, lex):
    article = make_article("Judul Berita Lurinia dan Varna\nSedang Trending 4 jam yang lalu\n"
                           "Menteri Luar Negeri Vietnam Tran Van Hoa tiba di Hanoi pada Senin untuk kunjungan resmi.\n")
    layout = find_layout(article, lex)
    assert not any("Trending" in span.of(article.text) for span in layout.body)


def test_layout_trending_word_in_prose_stays_body(make_article, lex):
    # negative: the word inside a sentence of prose, no time ago alone after it
    article = make_article("Judul Berita Lurinia dan Varna\n\nTagar itu sedang trending 4 jam setelah pidato "
                           "Presiden Lurinia di depan parlemen pada Senin.\n")
    layout = find_layout(article, lex)
    assert any("trending" in span.of(article.text) for span in layout.body)
