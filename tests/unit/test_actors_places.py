"""Organisations, places, roles and affiliations read across the real-news sets (invented snippets, invented names)."""
from __future__ import annotations

import pytest


def _by_name(brief, kind: str) -> dict:
    return {a.name: a for a in brief.actors if a.kind == kind}


@pytest.mark.parametrize("text, name", [
    ("Menurut Kantor Berita Interfax dan Sputnik, pasokan itu tiba pekan lalu.", "Interfax"),
    ("Jalur itu dibuka pekan depan, demikian dilaporkan Kantor berita TASS pada Kamis.", "TASS"),
])
def test_actors_agency_kind_before_a_registered_name_is_a_description(brief_of, text, name):
    orgs = _by_name(brief_of(text), "organization")
    assert name in orgs and not any(n.lower().startswith("kantor berita") for n in orgs)


@pytest.mark.parametrize("text, name", [
    # negative: the registered name itself opens with the kind
    ("Kantor Berita Yonhap menulis pada Jumat malam bahwa jalur itu dibuka.", "Kantor Berita Yonhap"),
    # negative: an agency the register does not know keeps the name the text gives it
    ("Kantor Berita Lurinta menulis pada Jumat malam bahwa jalur itu dibuka.", "Kantor Berita Lurinta"),
])
def test_actors_agency_kind_stays_where_it_is_the_name(brief_of, text, name):
    assert name in _by_name(brief_of(text), "organization")


def test_actors_car_makers_listed_alone_are_organisations(brief_of):
    orgs = _by_name(brief_of("Stellantis, BMW, dan Mazda telah meninggalkan pasar Lurania tahun lalu."),
                    "organization")
    assert {"Stellantis", "BMW", "Mazda"} <= set(orgs)


def test_actors_maker_named_like_a_family_is_still_a_person(brief_of):
    # negative: a maker whose name is a common family name is not registered; the person stays whole
    people = _by_name(brief_of("Menteri Perdagangan Jepang Taro Suzuki mengatakan pasar itu sepi."), "person")
    assert "Taro Suzuki" in people


def test_actors_hyphenated_far_east_city_is_one_place(brief_of):
    places = _by_name(brief_of("Delegasi itu singgah di Komsomolsk-on-Amur untuk melihat galangan kapal."), "place")
    assert "Komsomolsk-on-Amur" in places and "Komsomolsk" not in places


def test_actors_governor_of_a_region_acts_for_its_country(brief_of):
    text = ("Rusia akan membangun jalur kereta baru ke utara. Gubernur Primorsky Krai, Ivan Lurov, mengatakan "
            "kepada media lokal bahwa jalur itu dibangun dari pelabuhan.")
    assert _by_name(brief_of(text), "person")["Ivan Lurov"].affiliation == "Rusia"


def test_actors_governor_with_no_country_in_the_text_keeps_the_region(brief_of):
    # negative: no country anywhere to act for: the region the post serves stays
    text = "Gubernur Primorsky Krai Ivan Lurov meninjau pelabuhan itu kemarin."
    assert _by_name(brief_of(text), "person")["Ivan Lurov"].affiliation == "Primorsky Krai"


def test_actors_unit_named_in_its_parent_body_is_part_of_it(brief_of):
    brief = brief_of("Kim Daru-min, Direktur Jenderal Biro Perencanaan Strategis pada Kementerian Pertahanan "
                     "Korea Selatan, mengatakan pihaknya tidak akan tinggal diam.")
    orgs = _by_name(brief, "organization")
    assert not any(name.startswith("Biro") for name in orgs)
    assert "Korea Selatan" in (_by_name(brief, "person")["Kim Daru-min"].affiliation or "")


@pytest.mark.parametrize("text, name", [
    # negative: a unit named alone is a body of the text
    ("Biro Kerja Sama Regional menyatakan bahwa latihan itu ditunda.", "Biro Kerja Sama Regional"),
    # negative: a ministry whose name holds its country, at a site named like a body, stays a body
    ("Departemen Pertahanan AS di Pentagon menyatakan bahwa latihan itu ditunda.", "Departemen Pertahanan AS"),
])
def test_actors_unit_without_a_parent_after_it_stays_a_body(brief_of, text, name):
    assert name in _by_name(brief_of(text), "organization")


@pytest.mark.parametrize("text, name", [
    # the first of a list that names two registered bodies after it
    ("Arvox, Mazda, Stellantis, dan Subaru telah meninggalkan pasar Lurania.", "Arvox"),
    # the last of a list after two registered bodies
    ("Mazda, Stellantis, Lurex, dan masih banyak lagi telah meninggalkan pasar Lurania.", "Lurex"),
])
def test_actors_word_at_either_end_of_a_list_of_bodies_is_a_body(brief_of, text, name):
    assert name in _by_name(brief_of(text), "organization")


@pytest.mark.parametrize("text, name", [
    # negative: one registered body only
    ("Samsung dan Darmo mengatakan pasar itu sepi.", "Darmo"),
    ("Darmo, Samsung, mengatakan pasar itu sepi.", "Darmo"),
])
def test_actors_word_next_to_one_body_is_no_body(brief_of, text, name):
    assert name not in _by_name(brief_of(text), "organization")


def test_actors_place_glued_to_the_next_line_is_the_place(brief_of):
    # a pasted page glued a line's last word to the next line's first
    brief = brief_of("Bantuan itu akan dikirim ke KievMenteri Luar Negeri Lurania Tarin Vosk membenarkannya.")
    places = _by_name(brief, "place")
    assert "Kiev" in places and "KievPresiden" not in places
    assert places["Kiev"].mentions[0].text == "Kiev"


def test_actors_word_with_a_capital_inside_is_no_glued_place(brief_of):
    # negative: no known place or country before the capital inside the word: the word is not cut
    brief = brief_of("Pesan itu dikirim lewat WhatsApp ke LurinSoft di Jakarta kemarin.")
    names = {a.name for a in brief.actors}
    assert not names & {"Lurin", "Whats", "Soft", "App"}


def test_actors_region_named_only_in_a_ministers_portfolio_is_no_place(brief_of):
    brief = brief_of("Ia disambut Menteri untuk Timur Jauh, Lurin Kozak, di stasiun itu.")
    assert "Timur Jauh" not in _by_name(brief, "place")
    assert "Timur Jauh" in (_by_name(brief, "person")["Lurin Kozak"].role or "")


@pytest.mark.parametrize("text, place", [
    # negative: a governor's region is a place of the story
    ("Gubernur Primorsky Krai Ivan Lurov meninjau pelabuhan itu kemarin.", "Primorsky Krai"),
    # negative: the region named again outside the post
    ("Ia disambut Menteri untuk Timur Jauh, Lurin Kozak. Mereka lalu terbang ke Timur Jauh.", "Timur Jauh"),
])
def test_actors_region_outside_a_ministers_portfolio_stays_a_place(brief_of, text, place):
    assert place in _by_name(brief_of(text), "place")


@pytest.mark.parametrize("text, place", [
    ("Rombongan itu bertolak dari bandara Sheremetyevo menjelang tengah malam.", "Sheremetyevo"),
    ("Tur itu berlanjut ke wilayah Timur Jauh Rusia pekan depan.", "Timur Jauh Rusia"),
    ("Latihan gabungan itu akan diadakan di Rusia Timur Jauh musim gugur nanti.", "Rusia Timur Jauh"),
])
def test_actors_lower_case_noun_before_a_registered_place_is_no_part_of_its_name(brief_of, text, place):
    assert place in _by_name(brief_of(text), "place")


@pytest.mark.parametrize("text, place", [
    # negative: written with a capital, the noun is part of the name
    ("Rombongan itu bertolak dari Bandara Sheremetyevo menjelang tengah malam.", "Bandara Sheremetyevo"),
    # negative: the rest alone is no name the register gives: the place as written
    ("Kedua pemimpin bertemu di kosmodrom Vostochny pada hari Rabu.", "kosmodrom Vostochny"),
])
def test_actors_registered_place_otherwise_named_as_written(brief_of, text, place):
    assert place in _by_name(brief_of(text), "place")


@pytest.mark.parametrize("text, name, role", [
    ("Sanksi itu ditujukan kepada diktator Belarus Arvo Melkin dan kroninya.", "Arvo Melkin", "diktator"),
    ("Delegasi itu dipimpin Pimpinan Belarus Darvo Pelkin pada Selasa.", "Darvo Pelkin", "Pimpinan"),
    ("Hal itu disampaikan Tarin Vosk, pimpinan organisasi yang membantu para pembelot.", "Tarin Vosk", "pimpinan organisasi"),
])
def test_actors_leader_named_as_stated(brief_of, text, name, role):
    assert _by_name(brief_of(text), "person")[name].role == role


def test_actors_leader_word_without_a_name_names_no_one(brief_of):
    # negative: the word alone, with no name after it, makes no person
    assert not _by_name(brief_of("Diktator muda itu memuji sekutunya di Lurania."), "person")


def test_actors_place_of_two_spellings_as_long_goes_by_the_registers(brief_of):
    brief = brief_of("Pabrik Moscow Lurin dijual. Pabrik itu berada di Moskow, kata pejabat.")
    places = _by_name(brief, "place")
    assert "Moskow" in places and "Moscow" not in places


def test_actors_place_written_longer_keeps_the_texts_form(brief_of):
    # negative: a fuller form the text writes stays the name, the register's own name notwithstanding
    places = _by_name(brief_of("Pesawat mendarat di Bandara Internasional Sheremetyevo. Bandara Sheremetyevo "
                               "lalu ditutup."), "place")
    assert list(places) == ["Bandara Internasional Sheremetyevo"]


def test_actors_apposed_post_of_a_kind_serves_the_body_that_kind_named(brief_of):
    text = ("Film itu digarap oleh organisasi Lurin Nation United. \"Mereka ingin pulang,\" ungkap Tarin Vosk, "
            "pimpinan organisasi yang membantu para pembelot.")
    assert _by_name(brief_of(text), "person")["Tarin Vosk"].affiliation == "Lurin Nation United"


def test_actors_apposed_post_of_a_kind_with_no_body_before_serves_none(brief_of):
    # negative: no "organisasi <Body>" before the post: no body to serve
    text = "\"Mereka ingin pulang,\" ungkap Tarin Vosk, pimpinan organisasi yang membantu para pembelot."
    assert _by_name(brief_of(text), "person")["Tarin Vosk"].affiliation is None


def test_actors_bare_ministry_of_a_post_is_the_fuller_one_named_before(brief_of):
    text = ("Kementerian Luar Negeri Belarus menyatakan protes keras. Dalam jumpa pers, Juru Bicara Kementerian "
            "Luar Negeri Arvo Melkin mengatakan sanksi itu tidak bersahabat.")
    assert _by_name(brief_of(text), "person")["Arvo Melkin"].affiliation == "Kementerian Luar Negeri Belarus"


def test_actors_bare_ministry_with_no_fuller_one_before_stays(brief_of):
    # negative: the fuller ministry is named only after the post
    text = ("Dalam jumpa pers, Juru Bicara Kementerian Luar Negeri Arvo Melkin mengatakan sanksi itu tidak "
            "bersahabat. Kementerian Luar Negeri Belarus kemudian menyatakan protes keras.")
    assert _by_name(brief_of(text), "person")["Arvo Melkin"].affiliation != "Kementerian Luar Negeri Belarus"


def test_actors_bare_ministry_among_several_is_the_one_named_last_before(brief_of):
    text = ("Kementerian Luar Negeri Belarus menyatakan protes. Kementerian Luar Negeri Vietnam menolak. "
            "Kemudian Kementerian Luar Negeri mengeluarkan pernyataan kedua.")
    orgs = _by_name(brief_of(text), "organization")
    assert "Kementerian Luar Negeri" not in orgs
    assert len(orgs["Kementerian Luar Negeri Vietnam"].mentions) == 2


def test_actors_bare_ministry_before_several_stays_its_own(brief_of):
    # negative: named before either fuller ministry, the bare one is not guessed
    text = ("Kementerian Luar Negeri mengeluarkan pernyataan. Kementerian Luar Negeri Belarus menyatakan protes. "
            "Kementerian Luar Negeri Vietnam menolak.")
    orgs = _by_name(brief_of(text), "organization")
    assert len(orgs["Kementerian Luar Negeri Vietnam"].mentions) == 1
    assert len(orgs["Kementerian Luar Negeri Belarus"].mentions) == 1
