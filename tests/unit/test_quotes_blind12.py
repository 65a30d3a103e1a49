"""Speaker shapes read on the twelfth blind set of real news (invented snippets, invented names).

Each test pairs the shape with a negative case next to it.
"""
from __future__ import annotations

import pytest


def _speakers(brief_of, text):
    return [(q.text, q.speaker) for q in brief_of(text).quotes]


@pytest.mark.parametrize("text, expected", [
    # a body's name in single marks is set off, no one's words
    ("Siaran ‘Voice of America’ melaporkan jumlah pekerja Lurinia di Rusia naik tajam.\n", []),
    # negative: words in single marks that name nobody are still a quote
    ("Siaran itu menyebut kenaikan itu ‘sangat mengejutkan’ bagi Lurinia.\n", ["sangat mengejutkan"]),
])
def test_quotes_a_bodys_name_in_marks_is_no_quote(brief_of, text, expected):
    assert [q for q, _ in _speakers(brief_of, text)] == expected


@pytest.mark.parametrize("opener, closer", [("``", "''"), ("“", "”")])
def test_quotes_paragraph_of_a_quote_after_a_bodys_reply_is_the_bodys(brief_of, opener, closer):
    # ``...'' (TeX-style marks) open the paragraph as “...” do; the body answered in the paragraph before
    text = ("Kedutaan Besar Lurinia menanggapi pidato Presiden Arkady Petrov pada Senin.\n"
            + opener + "Kami menyesalkan tuduhan yang tidak berdasar itu." + closer + "\n")
    assert _speakers(brief_of, text) == [("Kami menyesalkan tuduhan yang tidak berdasar itu.", "Kedutaan Besar Lurinia")]


def test_quotes_paragraph_of_a_quote_after_a_bodys_deed_is_nobodys(brief_of):
    # negative: the paragraph before says nothing (no speech verb): no speaker
    text = ("Kedutaan Besar Lurinia membuka kantor baru di Vladivostok pada Senin.\n"
            "``Kami menyesalkan tuduhan yang tidak berdasar itu.''\n")
    assert _speakers(brief_of, text) == [("Kami menyesalkan tuduhan yang tidak berdasar itu.", None)]


VISIT = "Pemimpin Lurinia Boris Tamm tiba di Vladivostok pada Selasa, disambut Menteri Pertahanan Rusia Arkady Petrov.\n\n"


@pytest.mark.parametrize("sentence, speaker", [
    # the subject does something (shows, inspects): the quoted words are the agency's account
    ("Di pangkalan udara itu, Petrov memperlihatkan kepada Tamm “sistem rudal terbaru pada pesawat tempur”, "
     "kata TASS.", "TASS"),
    # two people joined as the subject, no verb of speech: the agency's account too
    ("Tamm dan Petrov kemudian naik ke kapal perang di mana “komandan armada menjelaskan senjata kapal”, "
     "kata TASS.", "TASS"),
    # negative: the subject speaks (a speech verb): the agency relays the subject's words
    ("Di pangkalan udara itu, Petrov mengatakan kepada Tamm bahwa “sistem rudal terbaru siap dipakai”, "
     "kata TASS.", "Arkady Petrov"),
])
def test_quotes_agency_closing_a_sentence_of_deeds_speaks_itself(brief_of, sentence, speaker):
    assert _speakers(brief_of, VISIT + sentence + "\n")[-1][1] == speaker


@pytest.mark.parametrize("cue, speaker", [
    # 'demikian penjelasan (dari) X': an explanation is a statement: its issuer speaks
    ("demikian penjelasan dari Kementerian Pertahanan Ukraina dalam rilis persnya.", "Kementerian Pertahanan Ukraina"),
    ("demikian penjelasan Kementerian Pertahanan Ukraina.", "Kementerian Pertahanan Ukraina"),
    # negative: an explanation nobody named issued
    ("demikian penjelasan yang beredar di media sosial.", None),
])
def test_quotes_explanation_closing_a_quote_names_its_issuer(brief_of, cue, speaker):
    text = ("Dua tentara asing ditangkap di perbatasan Lurinia pekan lalu.\n\n"
            "“Penting dicatat bahwa tahanan itu mengira akan pergi berlatih, bukan berperang,” " + cue + "\n")
    assert _speakers(brief_of, text)[-1][1] == speaker


@pytest.mark.parametrize("sentence, speaker", [
    # a person who undergoes a passive with no agent named, the sentence closing on its source: the source's words
    ("Tamm, 53, digambarkan sebagai seseorang yang “sangat religius” dan pendiri sebuah biro perjalanan, "
     "menurut TASS.", "TASS"),
    # negative: no source closes the sentence: nobody's words
    ("Tamm, 53, digambarkan sebagai seseorang yang “sangat religius” dan pendiri sebuah biro perjalanan.", None),
])
def test_quotes_passive_sentence_closing_on_its_source_is_the_sources(brief_of, sentence, speaker):
    text = ("Warga Lurinia bernama Boris Tamm ditahan di Moskow atas tuduhan spionase.\n\n" + sentence + "\n")
    assert _speakers(brief_of, text)[-1] == ("sangat religius", speaker)


@pytest.mark.parametrize("subject, speaker", [
    # a speech verb joined by 'dan' to a clause after a long opening clause: that clause's subject speaks
    ("Kolsen", "Dara Kolsen"),
    # negative: a capital as that subject speaks no words of its own
    ("Moskow", None),
])
def test_quotes_joined_speech_verb_shares_its_clauses_subject(brief_of, subject, speaker):
    text = ("Presiden Rusia Dara Kolsen bertemu pemimpin Lurinia Boris Tamm pekan ini.\n\n"
            "Setelah bertemu dengan Tamm pada hari Rabu di pangkalan antariksa, yang terletak jauh dari ibu kota, "
            + subject + " memuji prospek kerja sama yang lebih besar dan menyatakan ada “kemungkinan” kerja sama "
            "militer.\n")
    assert _speakers(brief_of, text)[-1] == ("kemungkinan", speaker)


@pytest.mark.parametrize("first, speaker", [
    # the agency gave the first quote in its own voice (a sentence of deeds): it goes on in it
    ("Di pangkalan udara itu, Petrov memperlihatkan kepada Tamm “sistem rudal terbaru”", "TASS"),
    # negative: the first quote was the subject's words, relayed: the second goes on relaying them
    ("Di pangkalan udara itu, Petrov mengatakan kepada Tamm bahwa ini “sistem rudal terbaru”", "Arkady Petrov"),
])
def test_quotes_agency_going_on_after_its_own_quote_keeps_its_voice(brief_of, first, speaker):
    text = (VISIT + first + ", kata TASS, menambahkan bahwa “kemampuan teknis pesawat itu” dijelaskan "
            "kepada Tamm oleh para perwira.\n")
    found = _speakers(brief_of, text)
    assert found[-1] == ("kemampuan teknis pesawat itu", speaker)
    assert found[0][1] == speaker
