"""Media and news agencies as bodies: cited as sources, named after a source cue or glued to the next word,
with their kind before the name or a world edition after it (invented snippets, invented names)."""
from __future__ import annotations

import pytest

from tests.unit.extracted import by_name, names


# -- a medium named after a source cue ('Dilansir X', 'Melansir X'), glued to the next word or
#    not

@pytest.mark.parametrize("text, medium", [
    ("Harga beras naik lagi.\n\nDilansir Lurinpost, harga gandum di pasar dunia juga naik.", "Lurinpost"),
    ("Harga beras naik lagi. Melansir Lurin Kabar, harga gandum di pasar dunia juga naik.", "Lurin Kabar"),
])
def test_actors_medium_after_a_capitalised_source_cue_opening_the_sentence(brief_of, text, medium):
    brief = brief_of(text)
    assert medium in names(brief, "organization")
    assert medium not in names(brief, "person")


def test_actors_english_article_before_a_medium_after_a_cue_is_still_its_name(brief_of):
    # negative: "The" is the name's word, not the cue
    assert "The Lurin Herald" in names(brief_of("Harga naik. Dilansir dari The Lurin Herald, menteri hadir."),
                                        "organization")


def test_actors_registered_agency_glued_to_the_next_word_after_a_cue(brief_of):
    brief = brief_of("Pasukan itu kembali ke garis depan. Dilansir Afpkabar ini didapat dari sumber militer.")
    orgs = {a.name.lower(): a for a in brief.actors if a.kind == "organization"}
    assert "afp" in orgs and "afpkabar" not in orgs
    span = orgs["afp"].mentions[0].span
    assert brief.article.text[span.start:span.end] == "Afp"


def test_actors_unknown_word_glued_after_a_cue_stays_whole(brief_of):
    # negative: no registered body opens the word
    assert "Lurinkabar" in names(brief_of("Pasukan itu kembali. Dilansir Lurinkabar, tentara ditarik."),
                                  "organization")


# -- a medium cited as a source is a body; a common word of its name, or a country after 'media',
#    is none

@pytest.mark.parametrize("text, medium", [
    ("Menurut kantor berita IRNA, harga minyak di kawasan itu naik pekan lalu.", "IRNA"),
    ("Suspilne menayangkan wawancara dengan warga desa itu pada Senin malam.", "Suspilne"),
    ("Surat kabar militer Krasnaya Zvezda menulis bahwa latihan itu selesai.", "Krasnaya Zvezda"),
    ("Seperti diberitakan “Daily Mail”, kapal itu tiba di pelabuhan.", "Daily Mail"),
])
def test_actors_well_known_media_cited_as_sources_are_bodies(brief_of, text, medium):
    brief = brief_of(text)
    assert medium in names(brief, "organization")
    assert medium not in names(brief, "person")


def test_actors_common_word_of_a_medium_s_name_written_alone_is_no_medium(brief_of):
    # negative: "ekspres", "zvezda" inside other words or in lower case name no medium
    brief = brief_of("Kereta ekspres itu berangkat dari stasiun pada pagi hari.")
    assert not names(brief, "organization")


def test_actors_media_of_a_country_name_no_medium(brief_of):
    brief = brief_of("Kabar itu belum dikonfirmasi, tetapi media Korea menulis pekan lalu bahwa kontrak sudah diteken.")
    assert "Korea" not in names(brief, "organization")


def test_actors_medium_after_a_media_noun_is_still_a_medium(brief_of):
    # negative: a name of its own after the noun
    brief = brief_of("Kabar itu belum dikonfirmasi, tetapi media Lurinpost menulis pekan lalu bahwa kontrak sudah diteken.")
    assert "Lurinpost" in names(brief, "organization")


# -- the kind before an agency's registered name ('Kantor Berita X') describes it, unless the
#    name opens with it

@pytest.mark.parametrize("text, name", [
    ("Menurut Kantor Berita Interfax dan Sputnik, pasokan itu tiba pekan lalu.", "Interfax"),
    ("Jalur itu dibuka pekan depan, demikian dilaporkan Kantor berita TASS pada Kamis.", "TASS"),
])
def test_actors_agency_kind_before_a_registered_name_is_a_description(brief_of, text, name):
    orgs = by_name(brief_of(text), "organization")
    assert name in orgs and not any(n.lower().startswith("kantor berita") for n in orgs)


@pytest.mark.parametrize("text, name", [
    # negative: the registered name itself opens with the kind
    ("Kantor Berita Yonhap menulis pada Jumat malam bahwa jalur itu dibuka.", "Kantor Berita Yonhap"),
    # negative: an agency the register does not know keeps the name the text gives it
    ("Kantor Berita Lurinta menulis pada Jumat malam bahwa jalur itu dibuka.", "Kantor Berita Lurinta"),
])
def test_actors_agency_kind_stays_where_it_is_the_name(brief_of, text, name):
    assert name in by_name(brief_of(text), "organization")


# -- a registered medium with a word of its edition for the world is that medium, as written ------

@pytest.mark.parametrize("text, name", [
    ("Seperti diberitakan BBC Internasional, pengerjaan terowongan itu dimulai pada Kamis.", "BBC Internasional"),
    ("Hal itu disampaikan Budi Santoso kepada CNN International, Selasa.", "CNN International"),
])
def test_actors_registered_medium_with_its_world_edition_is_that_medium_as_written(brief_of, text, name):
    actors = [a for a in brief_of(text).actors if a.kind == "organization"]
    assert [a.name for a in actors] == [name] and actors[0].register_id is not None


def test_actors_registered_medium_with_a_word_glued_to_an_edition_stays_itself(brief_of):
    # negative: "Internasionalnya" is no edition word
    actors = [a for a in brief_of("Kantor Reuters Internasionalnya tutup pekan lalu.").actors
              if a.kind == "organization"]
    assert [a.name for a in actors] == ["Reuters"]


# -- '<medium> melaporkan <Full Name> mengatakan ...': the reported clause's subject is a person ------

def test_actors_subject_of_a_relayed_clause_is_a_person_and_the_speaker(brief_of):
    brief = brief_of("Kantor berita Yonhap melaporkan Arvo Melkin mengatakan \u201ckami siap bekerja sama.\u201d")
    assert "Arvo Melkin" in by_name(brief, "person")
    assert [q.speaker for q in brief.quotes] == ["Arvo Melkin"]


@pytest.mark.parametrize("text, medium", [
    # negative: no speech verb after the run: the medium cited
    ("Hal itu dilaporkan Harian Velta Pos kemarin.", "Harian Velta Pos"),
    # negative: a cue that is no reporting verb with a subject ("dilansir")
    ("Dilansir Harian Velta Pos mengatakan pabrik itu ditutup.", "Harian Velta Pos"),
])
def test_actors_a_medium_cited_after_a_cue_stays_a_medium(brief_of, text, medium):
    assert medium not in by_name(brief_of(text), "person")


# -- a registered body's name with a model's mark after it ('Nama V') names a product, no body -------

@pytest.mark.parametrize("text", [
    "Pabrik di Busan akan memproduksi vaksin Sputnik V mulai tahun depan.",
    "Perusahaan itu mengirim dosis pertama Sputnik V ke Seoul pekan lalu.",
])
def test_actors_registered_name_with_a_model_mark_is_a_product(brief_of, text):
    assert "Sputnik" not in names(brief_of(text), "organization")


def test_actors_registered_name_without_a_model_mark_stays_a_body(brief_of):
    # negative: the agency itself, a capitalised word of a clause after it
    text = "Menurut Sputnik, pabrik di Busan akan memproduksi vaksin itu mulai tahun depan."
    assert "Sputnik" in names(brief_of(text), "organization")


# -- a bare kind noun right before a name of its own ('milik perusahaan X') makes it a body -------------

@pytest.mark.parametrize("text, name", [
    ("Kapal itu milik perusahaan Lurin Fishery di Nevelsk dan kini bersandar di pelabuhan.", "Lurin Fishery"),
    ("Menurut data milik klub Velmor Nova, jumlah anggotanya naik.", "Velmor Nova"),
])
def test_actors_bare_kind_noun_before_a_name_makes_it_a_body(brief_of, text, name):
    assert name in names(brief_of(text), "organization")
