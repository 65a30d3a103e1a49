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
            "Pemerintah Rusia menutup jalur kereta wisata “untuk sementara” sejak kemarin.\n")
    assert _speakers(brief_of, text)[-1][1] != "Dara Kolsen"


def test_quotes_state_speaking_itself_is_not_its_leader(brief_of):
    # negative: the state is the subject of a speech verb in the clause: its own statement
    text = LEADER_SPOKE + "Rusia mengatakan akan membantu “setiap upaya” yang ditempuh mitranya.\n"
    assert _speakers(brief_of, text)[-1][1] != "Dara Kolsen"


ANALYST = ("Analis Rendi Panca dari lembaga kajian di Seoul menilai rencana itu sulit.\n"
           "Tetapi kapal selam seperti itu akan sulit dibangun oleh Korea Utara tanpa bantuan luar, kata Panca.\n")


def test_quotes_cut_by_the_end_of_the_text_is_a_quote_of_the_cue_before(brief_of):
    # the paste ends inside a quote: its words are a quote, spoken by the one the sentence before
    # names after its closing cue ("..., kata X."); that indirect sentence is no quote of its own
    text = ("Pemimpin Korea Utara Boris Tamm ingin membangun kapal selam nuklir.\n" + ANALYST
            + "“Bantuan Rusia bisa sangat")
    assert _speakers(brief_of, text) == [("Bantuan Rusia bisa sangat", "Rendi Panca")]


def test_quotes_cut_after_two_words_is_no_quote(brief_of, lex, make_article):
    # negative: a cut of two words says nothing: closing furniture, no quote
    quotes = _speakers(brief_of, ANALYST + '"Selagi Ki')
    assert all(text != "Selagi Ki" for text, _ in quotes)


def test_trailing_tags_still_close_the_page(lex, make_article):
    # negative: short unpunctuated lines closing the page, no opening mark, stay tags
    from generator.layout import find_layout
    text = ANALYST + "Korea Utara\nKapal Selam\n"
    layout = find_layout(make_article(text), lex)
    assert [f.span.of(text) for f in layout.furniture if f.rule == "trailing-tags"] == ["Korea Utara", "Kapal Selam"]


JETS = "Jet tempur Rusia memasuki zona pertahanan udara itu pada Rabu.\n\n"


def test_quotes_cue_on_a_states_military_names_no_speaker(brief_of):
    # the speaker phrase comes down to a state ("militer <Negara>"): no person or body, no speaker
    text = JETS + '"Kami tidak menerima kabar apa pun," ujar militer Korea Selatan soal penerbangan itu.\n'
    assert _speakers(brief_of, text)[-1] == ("Kami tidak menerima kabar apa pun,", None)


def test_quotes_cue_on_the_state_itself_stays_the_state(brief_of):
    # negative: the state's own name right after the cue: the state speaks (as before)
    text = JETS + '"Kami tidak menerima kabar apa pun," kata Korea Selatan.\n'
    assert _speakers(brief_of, text)[-1] == ("Kami tidak menerima kabar apa pun,", "Korea Selatan")


def test_quotes_cue_on_a_states_ministry_names_the_ministry(brief_of):
    # negative: a body of the state named after the cue speaks
    text = JETS + '"Kami akan menyelidiki pelanggaran itu," kata Kementerian Pertahanan Korea Selatan.\n'
    assert _speakers(brief_of, text)[-1] == ("Kami akan menyelidiki pelanggaran itu,",
                                             "Kementerian Pertahanan Korea Selatan")


TAMM_SPOKE = ('Boris Tamm, yang mendarat di Khabarovsk dua hari sebelumnya, mengatakan keadaan di perbatasan '
              '"adalah hal yang diawasi banyak negara."\n')


def test_quotes_pronoun_after_a_fronted_phrase_goes_on_about_the_passages_person(brief_of):
    # "Duduk berseberangan dengan X, dia mengatakan ...": the phrase names X, the pronoun is the passage's person
    text = (TAMM_SPOKE + "Duduk berseberangan dengan Dara Kolsen dan seluruh delegasinya, dia mengatakan dirinya "
            "datang untuk bertemu Kolsen.\n"
            'Dia mengatakan dia ingin "membahas stabilitas strategis dan hubungan tradisional kita."\n')
    assert _speakers(brief_of, text)[-1] == ("membahas stabilitas strategis dan hubungan tradisional kita.",
                                             "Boris Tamm")


def test_quotes_passive_pronoun_after_a_fronted_phrase_leaves_the_agent(brief_of):
    # negative: a passive after the pronoun ("dia disambut oleh X"): the agent named is who goes on
    text = (TAMM_SPOKE + "Setibanya di bandara, dia disambut oleh Dara Kolsen dan seluruh delegasinya.\n"
            'Dia mengatakan dia ingin "membahas stabilitas strategis dan hubungan tradisional kita."\n')
    assert _speakers(brief_of, text)[-1][1] == "Dara Kolsen"


SIGNING = ("Menteri Luar Negeri Rusia Dara Kolsen dan Menteri Luar Negeri Korea Utara Lena Vos menghadiri "
           "upacara di Wonsan.\n")


def test_quotes_joint_subject_of_a_subordinate_clause_is_no_ones(brief_of):
    # "... setelah itu X dan Y menandatangani “...”": two people as one subject, no one person's words
    text = (SIGNING + "Pyongyang memposisikan pertemuan itu sebagai langkah penting, "
            "setelah itu Vos dan Kolsen menandatangani "
            "“rencana pertukaran 2026-2027,” meskipun isinya tidak dirinci.\n")
    assert _speakers(brief_of, text)[-1] == ("rencana pertukaran 2026-2027,", None)


def test_quotes_single_subject_of_a_subordinate_clause_speaks(brief_of):
    # negative: one person as the clause's subject: theirs, as before
    text = (SIGNING + "Pyongyang memposisikan pertemuan itu sebagai langkah penting, "
            "setelah itu Vos menandatangani "
            "“rencana pertukaran 2026-2027,” meskipun isinya tidak dirinci.\n")
    assert _speakers(brief_of, text)[-1] == ("rencana pertukaran 2026-2027,", "Lena Vos")
