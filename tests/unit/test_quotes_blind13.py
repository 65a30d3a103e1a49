"""Speaker shapes read on the thirteenth blind set of real news (invented snippets, invented names).

Each test pairs the shape with a negative case next to it.
"""
from __future__ import annotations

import pytest


def _speakers(brief_of, text):
    return [(q.text, q.speaker) for q in brief_of(text).quotes]


VISIT = "Presiden Rusia Dara Kolsen tiba di Pyongyang dan disambut pemimpin Korea Utara Boris Tamm.\n\n"


@pytest.mark.parametrize("closing", ["demikian dilansir TASS.", "seperti dilaporkan TASS.", "dilansir TASS."])
def test_quotes_agency_after_the_mark_voices_words_about_both_parties(brief_of, closing):
    # a relaying phrase alone after the mark, on a news agency, words about both leaders: the agency's own
    text = VISIT + "“Kedua pemimpin menuju kediaman resmi di pusat kota,” " + closing + "\n"
    assert _speakers(brief_of, text)[-1] == ("Kedua pemimpin menuju kediaman resmi di pusat kota,", "TASS")


def test_quotes_agency_after_the_mark_relays_the_passages_person(brief_of):
    # negative: first-person words after a person's passage: the person's, the agency only relays them
    text = (VISIT + "Kolsen mengatakan kerja sama kedua negara akan terus tumbuh.\n\n"
            "“Kami akan memperluas perdagangan tahun ini,” demikian dilansir TASS.\n")
    assert _speakers(brief_of, text)[-1] == ("Kami akan memperluas perdagangan tahun ini,", "Dara Kolsen")


def test_quotes_channel_naming_no_agency_gives_it_no_words(brief_of):
    # negative: the phrase names no news agency (an unknown capitalised word): it gives no speaker
    text = VISIT + "“Kedua pemimpin menuju kediaman resmi di pusat kota,” demikian dilansir Warta Lurinia.\n"
    assert _speakers(brief_of, text)[-1][1] != "Warta Lurinia"
