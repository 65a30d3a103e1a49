"""Speaker shapes read on the eleventh blind set of real news (invented snippets, invented names).

Each test pairs the shape with a negative case next to it.
"""
from __future__ import annotations

import pytest


def _speakers(brief_of, text):
    return [(q.text, q.speaker) for q in brief_of(text).quotes]


@pytest.mark.parametrize("cue, speaker", [
    # a press abbreviation of the post pointing back: the person holding that post
    ("tegas Jubir Presiden Rusia itu.", "Arkady Petrov"),
    # negative: a post of another country's president: not the Russian spokesperson
    ("tegas Jubir Presiden Ukraina itu.", "Jubir Presiden Ukraina"),
])
def test_quotes_abbreviated_post_pointing_back_is_its_holder(brief_of, cue, speaker):
    text = ("Juru bicara Presiden Rusia Arkady Petrov memprotes keputusan Lurinia mengirim bantuan.\n\n"
            "“Kami menilai langkah itu tidak bersahabat,” kata Petrov.\n\n"
            "“Ini jelas langkah yang provokatif,” " + cue + "\n")
    assert _speakers(brief_of, text)[-1] == ("Ini jelas langkah yang provokatif,", speaker)


def test_quotes_abbreviated_post_names_nobody_who_holds_another_post(brief_of):
    # negative: the article names a president, no spokesperson: the abbreviation names no one of it
    text = ("Presiden Rusia Arkady Petrov memprotes keputusan Lurinia mengirim bantuan.\n\n"
            "“Ini jelas langkah yang provokatif,” tegas Jubir Presiden Rusia itu.\n")
    assert _speakers(brief_of, text)[-1][1] != "Arkady Petrov"


@pytest.mark.parametrize("sentence, speaker", [
    # a pronoun subject after an opening phrase that names another person: the passage's person
    ("Dalam suratnya kepada pemimpin Korea Utara Boris Tamm, ia menyebut tentara itu sebagai “heroik”.",
     "Dara Kolsen"),
    # negative: the clause names its subject: that person
    ("Dalam suratnya kepada Presiden Kolsen, Boris Tamm menyebut tentara itu sebagai “heroik”.", "Boris Tamm"),
    # negative: after a passive naming its agent, the next pronoun goes on about the agent
    ("Di Pyongyang, ia disambut pemimpin Korea Utara Boris Tamm. Ia menyebut tentara itu sebagai “heroik”.",
     "Boris Tamm"),
])
def test_quotes_pronoun_after_an_opening_phrase_is_the_passages_person(brief_of, sentence, speaker):
    text = "Presiden Rusia Dara Kolsen memuji pasukan Korea Utara pada Jumat.\n\n" + sentence + "\n"
    assert _speakers(brief_of, text)[-1] == ("heroik", speaker)


CALL = "Presiden Rusia Dara Kolsen menelepon pemimpin Korea Utara Boris Tamm pada Selasa.\n\n"


def test_quotes_agency_relays_the_person_the_sentence_is_about(brief_of):
    text = (CALL + "Kolsen mengatakan kepada Tamm bahwa ia “sangat menghargai” dukungan itu, KCNA melaporkan.\n\n"
            "Tamm menyampaikan “penghargaan yang mendalam” kepada Kolsen dan mengatakan pemerintahnya akan “tetap bersama”, "
            "serta “menyokong setiap upaya Rusia”, kata KCNA.\n")
    found = _speakers(brief_of, text)
    # the sentence's own subject, not the passage's person before it (Kolsen)
    assert found[-1] == ("menyokong setiap upaya Rusia", "Boris Tamm")
    # negative: the first sentence's phrase is still its own subject's
    assert found[0] == ("sangat menghargai", "Dara Kolsen")


@pytest.mark.parametrize("sentence, speaker", [
    # a thing named before as the subject: the agency writes about no person, its own words
    ("Pembicaraan itu berlangsung “hangat dan terbuka”, kata KCNA.", "KCNA"),
    # negative: a person described by a post: the agency relays that person
    ("Pemimpin itu menyebut pembicaraan berlangsung “hangat dan terbuka”, kata KCNA.", "Boris Tamm"),
])
def test_quotes_agency_closing_a_sentence_about_a_thing_speaks_itself(brief_of, sentence, speaker):
    assert _speakers(brief_of, CALL + sentence + "\n")[-1] == ("hangat dan terbuka", speaker)


@pytest.mark.parametrize("sentence, speaker", [
    # a sentence about a place named before, closing on the source it was taken from: the source's words
    ("Kota tersebut menjadi tempat bagi pasar besar ‘bergaya bebas’ yang menjual barang impor, "
     "seperti dilansir dari Lurin Post.", "Lurin Post"),
    # negative: the person named as the subject says it, the source only relays
    ("Kolsen menyebut kota itu pasar besar ‘bergaya bebas’ yang menjual barang impor, "
     "seperti dilansir dari Lurin Post.", "Dara Kolsen"),
])
def test_quotes_sentence_about_a_thing_closing_on_its_source(brief_of, sentence, speaker):
    text = ("Gubernur provinsi Lurin, Dara Kolsen mengatakan kepada harian Lurin Post bahwa jalur kereta akan "
            "dibangun ke kota pelabuhan Varna.\n\n" + sentence + "\n")
    assert _speakers(brief_of, text)[-1] == ("bergaya bebas", speaker)


@pytest.mark.parametrize("quote, speaker", [
    # the quoted words' subject names both sides at once: the agency's own account
    ("“Kepala negara dari kedua negara membahas rencana kerja sama pelabuhan,”",  "KCNA"),
    ("“Keduanya sepakat untuk menjalin kontak yang lebih erat,”", "KCNA"),
    # negative: the words' subject is the speaker ("Kami"); the sides named after the verb: relayed
    ("“Kami sangat menghargai persahabatan kedua negara,”", "Boris Tamm"),
])
def test_quotes_agency_words_about_both_parties_are_its_own(brief_of, quote, speaker):
    text = (CALL + "Tamm menyatakan terima kasih kepada Kolsen atas dukungan Rusia, kata KCNA.\n\n"
            + quote + " kata KCNA.\n")
    assert _speakers(brief_of, text)[-1][1] == speaker


@pytest.mark.parametrize("sentence, speaker", [
    # an agency reports what a state said: a state speaks no words of its own, nobody's
    ("BBC Indonesia mengabarkan, Rusia mengatakan presiden kedua negara akan meninjau “isu perbatasan” pekan depan.", None),
    # negative: an agency reports what a person said: that person's words
    ("BBC Indonesia mengabarkan, Kolsen mengatakan presiden kedua negara akan meninjau “isu perbatasan” pekan depan.",
     "Dara Kolsen"),
])
def test_quotes_agency_reporting_what_a_state_said(brief_of, sentence, speaker):
    assert _speakers(brief_of, CALL + sentence + "\n")[-1] == ("isu perbatasan", speaker)


@pytest.mark.parametrize("deck, body, speaker", [
    # a deck quoting "presiden Rusia" before the story names him: the one president of Russia it names
    ("‘Teman-teman kami bertindak atas dasar solidaritas,’ kata presiden Rusia",
     "Presiden Rusia Dara Kolsen pada Senin berterima kasih kepada Korea Utara.", "Dara Kolsen"),
    # negative: two ministers of Russia named: the deck's "menteri Rusia" is neither one
    ("‘Teman-teman kami bertindak atas dasar solidaritas,’ kata menteri Rusia",
     "Menteri Luar Negeri Rusia Dara Kolsen dan Menteri Pertahanan Rusia Ivo Petrak tiba di Pyongyang pada Senin.",
     None),
    # negative: the story names the president of another country only
    ("‘Teman-teman kami bertindak atas dasar solidaritas,’ kata presiden Rusia",
     "Presiden Ukraina Dara Kolsen pada Senin mengecam Korea Utara.", None),
])
def test_quotes_deck_quoting_a_post_of_a_country_is_its_one_holder(brief_of, deck, body, speaker):
    text = "Rusia berterima kasih kepada Korea Utara atas bantuan di Kursk\n" + deck + "\nISTANBUL\n" + body + "\n"
    found = [s for t, s in _speakers(brief_of, text) if t.startswith("Teman-teman kami")]
    if speaker is not None:
        assert found[0] == speaker
    else:
        assert found[0] not in ("Dara Kolsen", "Ivo Petrak")


@pytest.mark.parametrize("sentence, speaker", [
    # a state as the subject of a quoted phrase, the sentence closing on a body's cue: the body's words
    ("Militer Rusia mendeteksi pesawat itu dan mengambil langkah-langkah “taktis” dengan mengerahkan jet tempur, "
     "kata Kementerian Pertahanan Rusia.", "Kementerian Pertahanan Rusia"),
    # negative: no cue closes the sentence: a state says no words of its own, nobody's
    ("Militer Rusia mendeteksi pesawat itu dan mengambil langkah-langkah “taktis” dengan mengerahkan jet tempur.",
     None),
])
def test_quotes_state_subject_gives_way_to_the_cue_closing_the_sentence(brief_of, sentence, speaker):
    text = ("Kementerian Pertahanan Rusia menyatakan sebelas pesawat asing memasuki zona udaranya pada Jumat.\n\n"
            + sentence + "\n")
    assert _speakers(brief_of, text)[-1] == ("taktis", speaker)


@pytest.mark.parametrize("fragment, speaker", [
    # a sentence opening on a verb and naming no one goes on from the one before: the same person's words
    ("Termasuk “memberikan sumbangan besar bagi tatanan dunia yang adil”.", "Dara Kolsen"),
    # negative: a sentence opening on a noun, no verb: nobody's
    ("Pertemuan “bersejarah” itu berlangsung dua jam.", None),
])
def test_quotes_sentence_opening_on_a_verb_goes_on_from_the_one_before(brief_of, fragment, speaker):
    text = ("Presiden Rusia Dara Kolsen memuji pasukan Korea Utara pada Jumat.\n\n"
            "Kolsen menambahkan bahwa kedua negara akan terus “bertindak bersama”. " + fragment + "\n")
    assert _speakers(brief_of, text)[-1][1] == speaker
