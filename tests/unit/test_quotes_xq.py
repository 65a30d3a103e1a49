"""Speaker shapes read across the blind sets of real news (invented snippets, invented names).

Each test pairs the shape with a negative case next to it.
"""
from __future__ import annotations


def _speakers(brief_of, text):
    return [(q.text, q.speaker) for q in brief_of(text).quotes]


LEADER_SPOKE = ("Presiden Rusia Dara Kolsen berbicara kepada wartawan di Moskow pada Senin.\n\n"
                "“Kami akan terus memperluas kerja sama ekonomi,” kata Kolsen.\n\n")


def test_quotes_state_phrase_after_its_leaders_quote_is_the_leaders(brief_of):
    # the passage is about what the leader said: a phrase on the bare state goes on in his voice
    text = LEADER_SPOKE + "Rusia “tidak menutup kemungkinan” kerja sama teknis dengan Korea Utara.\n"
    assert _speakers(brief_of, text)[-1] == ("tidak menutup kemungkinan", "Dara Kolsen")


def test_quotes_state_phrase_with_the_leader_only_named_is_nobodys(brief_of):
    # negative: the leader is named, never quoted: the government's phrase is not his
    text = ("Resor itu disebut proyek ambisius Presiden Rusia Dara Kolsen.\n\n"
            "Pemerintah Rusia melarang turis asing masuk “untuk sementara” mulai pekan ini.\n")
    assert _speakers(brief_of, text)[-1][1] != "Dara Kolsen"


def test_quotes_state_speaking_itself_is_not_its_leader(brief_of):
    # negative: the state is the subject of a speech verb in the clause: its own statement
    text = LEADER_SPOKE + "Rusia mengatakan akan mendukung “semua langkah” yang diambil sekutunya.\n"
    assert _speakers(brief_of, text)[-1][1] != "Dara Kolsen"
