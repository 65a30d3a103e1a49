"""Bodies read whole by general shapes of the press, and media cited in chains, as sites or by the page's own
outlet (invented snippets, invented names)."""
from __future__ import annotations

import pytest

from tests.unit.extracted import names


def test_actors_country_after_a_short_form_in_brackets_closes_the_body(brief_of):
    orgs = names(brief_of("Juru Bicara Kementerian Luar Negeri (Kemenlu) China, Lin Wei, menolak tuduhan itu."),
                 "organization")
    assert "Kementerian Luar Negeri China" in orgs and "Kementerian Luar Negeri" not in orgs


def test_actors_unregistered_ministry_with_its_short_form_and_country_keeps_both(brief_of):
    brief = brief_of("Kementerian Riset Siber (Kemsib) Rusia menyatakan serangan itu gagal. Kemsib menyebut "
                     "pelakunya peretas.")
    (body,) = [a for a in brief.actors if a.kind == "organization"]
    assert body.name == "Kementerian Riset Siber Rusia"
    assert {m.text for m in body.mentions} == {"Kementerian Riset Siber (Kemsib) Rusia", "Kemsib"}


def test_actors_press_short_form_of_a_head_is_the_body_written_out(brief_of):
    brief = brief_of("Kedutaan Besar Rusia membantah laporan itu. Kedubes Rusia menambahkan laporan itu palsu.")
    bodies = [a for a in brief.actors if a.kind == "organization"]
    assert [b.name for b in bodies] == ["Kedutaan Besar Rusia"]
    assert {m.text for m in bodies[0].mentions} == {"Kedutaan Besar Rusia", "Kedubes Rusia"}


@pytest.mark.parametrize("text, name", [
    ("Panitia Anggaran Duma Negara setuju menghapus utang itu.", "Panitia Anggaran Duma Negara"),
    ("Kementerian Perdagangan Asing Lurinia menolak usul itu.", "Kementerian Perdagangan Asing"),
])
def test_actors_committee_head_and_portfolio_words_stay_in_the_name(brief_of, text, name):
    assert any(n.startswith(name) for n in names(brief_of(text), "organization"))


@pytest.mark.parametrize("text", [
    "Korea Selatan Menjatuhkan Sanksi Terhadap Dua Individu Dan Badan Hukum Asal Rusia",
    "Utusan Rusia untuk Organisasi Internasional, Budi Santoso, mengecam uji coba itu.",
    "Perusahaan itu punya Kantor Pusat di Moskow.",
])
def test_actors_head_compound_naming_a_kind_is_no_body(brief_of, text):
    assert not names(brief_of(text), "organization")


@pytest.mark.parametrize("text, medium", [
    ("Hal itu dikutip dari Sputnik News, Senin.", "Sputnik News"),
    ("Hal itu dikutip dari BBC News Russian, Senin.", "BBC News Russian"),
])
def test_actors_news_service_or_language_edition_of_a_medium_is_that_medium(brief_of, text, medium):
    orgs = names(brief_of(text), "organization")
    assert orgs == {medium}


def test_actors_chain_of_media_after_a_citing_verb_cites_both(brief_of):
    orgs = names(brief_of("Kabar itu dilansir dari Interfax via NHK, Selasa."), "organization")
    assert {"Interfax", "NHK"} <= orgs


def test_actors_agency_via_another_in_a_photo_credit_stays_a_credit(brief_of):
    # negative: no citing verb, a photo's credit
    assert not names(brief_of("Tentara berbaris di lapangan.\nFoto: Yonhap via Reuters"), "organization")


def test_actors_service_after_a_slash_in_a_credit_is_no_body(brief_of):
    text = "Menteri itu tiba di bandara, Rabu. (Sumber: KCNA/Lurin News Service Via AP)"
    assert "Lurin News Service" not in names(brief_of(text), "organization")


@pytest.mark.parametrize("text, name", [
    ("Kapal itu milik perusahaan setempat, seperti dikutip dari reuters.com, Selasa.", "Reuters"),
    ("Kapal itu milik perusahaan setempat, seperti dikutip dari lurinherald.com, Selasa.", "lurinherald.com"),
])
def test_actors_site_cited_in_lower_case_names_a_medium(brief_of, text, name):
    assert name in names(brief_of(text), "organization")


def test_actors_site_in_lower_case_with_no_cue_is_no_medium(brief_of):
    # negative: an address in passing
    assert not names(brief_of("Pendaftaran dibuka di lurinherald.com mulai Senin."), "organization")


@pytest.mark.parametrize("text, own, source", [
    ("\"Kami siap,\" ujar Budi dikutip Beritaku dari lurinherald.com.", "Beritaku", "lurinherald.com"),
    ("Dikutip Warta-Lurin.com dari laman Lurin Times, hubungan kedua negara membaik.", "Warta-Lurin.com",
     "Lurin Times"),
])
def test_actors_outlet_citing_between_verb_and_source_is_no_body(brief_of, text, own, source):
    orgs = names(brief_of(text), "organization")
    assert own not in orgs and source in orgs


def test_actors_medium_written_bare_and_with_its_service_goes_by_the_bare_name(brief_of):
    brief = brief_of("Adapun Sputnik melaporkan bahwa pesan itu dikirim. Hal itu dikutip dari Sputnik News, Senin.")
    assert names(brief, "organization") == {"Sputnik"}


def test_actors_registered_ministry_with_a_short_form_keeps_the_country_as_written(brief_of):
    # the register knows "Kementerian Luar Negeri RI" as one of the body's names: the text's form without the brackets
    orgs = names(brief_of("Juru bicara Kementerian Luar Negeri (Kemlu) RI, Budi Santoso, menolak tuduhan itu."),
                 "organization")
    assert orgs == {"Kementerian Luar Negeri RI"}


@pytest.mark.parametrize("text, org", [
    # well-known intelligence services and defence makers are in the register, named bare
    ("Operasi itu dibantu dinas rahasia Israel Mossad, kata sumber itu.", "Mossad"),
    ("Sistem itu dibuat Lockheed Martin dan dikirim ke Lurin.", "Lockheed Martin"),
])
def test_actors_well_known_bodies_named_bare(brief_of, text, org):
    assert org in names(brief_of(text), "organization")


@pytest.mark.parametrize("text, org", [
    # Indonesia's missions are named by their host city
    ("Pekan lalu, staf KBRI Lurin dilaporkan meninggalkan kota itu.", "KBRI Lurin"),
    ("Warga diminta menghubungi KJRI Vostrograd segera.", "KJRI Vostrograd"),
    # a region's government named in English in a photo's caption
    ("A photo released by the Government of Lurin Oblast shows the ship.", "Government of Lurin Oblast"),
])
def test_actors_missions_and_english_governments_are_bodies(brief_of, text, org):
    assert org in names(brief_of(text), "organization")


def test_actors_head_and_a_named_persons_word_is_no_body(brief_of):
    text = "Ketua kelompok itu, Arvo Melkin, berbicara kemarin. Organisasi Melkin juga membagikan foto-foto itu."
    assert "Organisasi Melkin" not in names(brief_of(text), "organization")


def test_actors_leaders_office_by_name_stays_a_body(brief_of):
    # negative: "Kantor X" after a leader named X is that leader's office, a body of the news
    text = "Presiden Arvo Melkin hadir. Kantor Melkin menolak berkomentar."
    assert "Kantor Melkin" in names(brief_of(text), "organization")


def test_actors_ministry_desk_in_a_post_is_no_body(brief_of):
    # a desk named by a region, right after the post and right before its ministry: part of the post
    text = "Arvo Melkin, Direktur Departemen Luar Negeri Amerika Kementerian Luar Negeri Rusia, mengatakan itu."
    assert names(brief_of(text), "organization") == {"Kementerian Luar Negeri Rusia"}


@pytest.mark.parametrize("text, org", [
    # a ministry with no country, then its capital (with or without "di"): that state's ministry
    ("Hal itu dikatakan Kementerian Luar Negeri di Moskow dalam pernyataan.", "Kementerian Luar Negeri Rusia"),
    ("Pejabat Kementerian Luar Negeri di Seoul menolak berkomentar.", "Kementerian Luar Negeri Korea Selatan"),
])
def test_actors_ministry_named_by_its_capital_is_its_states(brief_of, text, org):
    assert names(brief_of(text), "organization") == {org}


def test_actors_embassy_in_a_capital_is_no_body_of_its_host(brief_of):
    # negative: an embassy in a capital is another state's
    assert "Kedutaan Besar Korea Selatan" not in names(brief_of("Kedutaan Besar di Seoul ditutup kemarin."),
                                                       "organization")


def test_actors_units_ministry_after_a_post_is_the_body(brief_of):
    # a unit that closes with its ministry, right after a post: the unit is the post's, the ministry the body
    text = "Direktur Jenderal Biro Urusan Asia Kementerian Luar Negeri Jepang Taro Yamada bertemu mitranya."
    assert names(brief_of(text), "organization") == {"Kementerian Luar Negeri Jepang"}


def test_actors_units_ministry_with_no_post_stays_one_body(brief_of):
    # negative: with no post before it, the unit and its ministry are one body
    assert names(brief_of("Biro Hukum Kementerian Pertahanan menolak tuduhan itu."), "organization") == {
        "Biro Hukum Kementerian Pertahanan"}


@pytest.mark.parametrize("text", ["Presiden itu mengikuti Sidang Majelis Umum PBB di New York.",
                                  "Presiden itu mengikuti Sidang Umum PBB di New York."])
def test_actors_registered_body_named_by_its_session_goes_by_its_name(brief_of, text):
    assert names(brief_of(text), "organization") == {"Majelis Umum PBB"}


def test_actors_unit_with_no_words_of_its_own_is_its_bodys(brief_of):
    # a unit's head right before another body's head: that body's unit, the body named
    text = "Arvo Melkin, profesor teknik di Departemen Universitas Lurin, Korea Selatan, menjelaskan itu."
    assert names(brief_of(text), "organization") == {"Universitas Lurin"}


# -- bilateral bodies: two states joined by a dash, "Antar <word>", a joint body's "Bersama" ------------

@pytest.mark.parametrize("text, body", [
    ("Sidang Komisi Bersama Rusia-Korea Utara dibuka di Khabarovsk kemarin.",
     "Komisi Bersama Rusia-Korea Utara"),
    ("Forum itu digelar oleh Dewan Bisnis Jepang–Mongolia pada pekan lalu.", "Dewan Bisnis Jepang–Mongolia"),
    ("Ketua Komisi Antar Pemerintah Rusia-Vietnam, Arkady Velmin, tiba di Hanoi.",
     "Komisi Antar Pemerintah Rusia-Vietnam"),
    ("Rapat Komite Perdagangan Bersama Korea Selatan-India digelar kemarin.",
     "Komite Perdagangan Bersama Korea Selatan-India"),
    ("Laporan Komite Perdagangan Bersama, yang terbit kemarin, memuji kemajuan itu.", "Komite Perdagangan Bersama"),
])
def test_actors_bilateral_body_keeps_both_states_and_its_joint_words(brief_of, text, body):
    assert body in names(brief_of(text), "organization")


def test_actors_joint_word_before_a_person_stays_outside(brief_of):
    # negative: "Bersama" before a person is the preposition "with" of a title-case headline
    orgs = names(brief_of("Kementerian Pertahanan Rusia Bersama Arkady Velmin Tinjau Pabrik"), "organization")
    assert "Kementerian Pertahanan Rusia" in orgs and not any("Bersama" in o for o in orgs)


def test_actors_summit_of_a_registered_group_names_the_group(brief_of):
    # "KTT <group>": the summit of a registered group, which the brief lists by the group's own name
    orgs = names(brief_of("Kedua menteri itu bertemu di sela KTT G20 di Osaka bulan lalu."), "organization")
    assert orgs == {"G20"}
