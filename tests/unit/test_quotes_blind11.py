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
