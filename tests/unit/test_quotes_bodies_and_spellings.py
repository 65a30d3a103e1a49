"""Speakers of quotes that a body says through an unnamed official or a plural pronoun, a cue after the
words in the passive, an adverb that looks like a cue, an outlet citing an agency that reported the
words, and a name spelt two ways (invented snippets, invented names). Each rule has a negative case."""
from __future__ import annotations

from tests.unit.extracted import speakers


# -- an unnamed official right before a body's name speaks for that body

MINISTRY = "Kementerian Perikanan Korea Selatan memantau jalur kapal di perairan itu.\n\n"


def test_quotes_official_of_a_named_body_is_the_body(brief_of):
    text = MINISTRY + ("Seorang pejabat Kementerian Perikanan Korea Selatan mengatakan, "
                       "“Kami sedang memeriksa laporan kapal itu.”\n")
    assert speakers(brief_of, text)[-1] == ("Kami sedang memeriksa laporan kapal itu.",
                                             "Kementerian Perikanan Korea Selatan")


def test_quotes_described_official_of_a_body_stays_unnamed(brief_of):
    # negative: a word between the official and the body describes a person the text will not name
    text = MINISTRY + ("Seorang pejabat senior Kementerian Perikanan Korea Selatan mengatakan, "
                       "“Kami sedang memeriksa laporan kapal itu.”\n")
    assert speakers(brief_of, text)[-1] == ("Kami sedang memeriksa laporan kapal itu.", None)


# -- `jelas mereka` after a body spoke: the body

EMBASSY = ("Di laman resminya, Kedutaan Besar Norwegia di Hanoi mengatakan hanya sedikit staf yang tersisa.\n\n")


def test_quotes_plural_pronoun_after_a_bodys_words_is_the_body(brief_of):
    text = EMBASSY + "“Tidak semua staf sanggup bertahan di sana,” jelas mereka.\n"
    assert speakers(brief_of, text)[-1] == ("Tidak semua staf sanggup bertahan di sana,",
                                             "Kedutaan Besar Norwegia")


def test_quotes_plural_pronoun_after_a_person_is_nobody(brief_of):
    # negative: the last voice is one person; a plural is not one person
    text = ("Warga kota, Arvo Melkin, mengatakan hanya sedikit staf yang tersisa.\n\n"
            "“Tidak semua staf sanggup bertahan di sana,” jelas mereka.\n")
    assert speakers(brief_of, text)[-1] == ("Tidak semua staf sanggup bertahan di sana,", None)


# -- `“...,” demikian dinyatakan <body>`: a passive cue after the words

def test_quotes_passive_cue_after_the_words_names_the_speaker(brief_of):
    text = MINISTRY + ("“Pemerintah memutuskan menunda izin penangkapan ikan,” demikian dinyatakan "
                       "Kementerian Perikanan Korea Selatan.\n")
    assert speakers(brief_of, text)[-1] == ("Pemerintah memutuskan menunda izin penangkapan ikan,",
                                             "Kementerian Perikanan Korea Selatan")


def test_quotes_passive_cue_in_a_later_clause_is_not_the_speakers(brief_of):
    # negative: no comma closes the words; the passive verb belongs to another clause
    text = MINISTRY + ("Kebijakan itu disebut “penundaan sementara” dan demikian dinyatakan "
                       "Kementerian Perikanan Korea Selatan.\n")
    assert ("penundaan sementara", "Kementerian Perikanan Korea Selatan") not in speakers(brief_of, text)


# -- `X dengan tegas memperingatkan, “...”`: `tegas` is an adverb there, X speaks

def test_quotes_manner_adverb_is_no_cue(brief_of):
    text = ("Presiden Finlandia Arvo Melkin berpidato di Helsinki pada Senin.\n\n"
            "Dalam pidatonya, Presiden Melkin dengan tegas memperingatkan, “Kami tidak akan tinggal diam.”\n")
    assert speakers(brief_of, text)[-1] == ("Kami tidak akan tinggal diam.", "Arvo Melkin")


def test_quotes_cue_word_opening_the_speaker_phrase_stays_a_cue(brief_of):
    # negative: `tegas X,` before the words is a cue with its speaker
    text = ("Presiden Finlandia Arvo Melkin berpidato di Helsinki pada Senin.\n\n"
            "Tegas Melkin, “Kami tidak akan tinggal diam.”\n")
    assert speakers(brief_of, text)[-1] == ("Kami tidak akan tinggal diam.", "Arvo Melkin")


# -- `kata laporan <agency A>, seperti mengutip <agency B>`: A's words; B is the outlet's source

def test_quotes_outlet_citing_an_agency_leaves_the_reporting_agency(brief_of):
    text = ("Kantor berita Bernama melaporkan pertemuan itu pada Rabu.\n\n"
            "“Kedua pihak sepakat memperluas kerja sama,” kata laporan Bernama, seperti mengutip Reuters.\n")
    assert speakers(brief_of, text)[-1] == ("Kedua pihak sepakat memperluas kerja sama,", "Bernama")


def test_quotes_agency_quoting_another_agency_gives_the_source(brief_of):
    # negative: the cue's agency itself quotes the other (no `seperti`): the source's words
    text = ("Kantor berita Bernama melaporkan pertemuan itu pada Rabu.\n\n"
            "“Kedua pihak sepakat memperluas kerja sama,” lapor Reuters mengutip Bernama.\n")
    assert speakers(brief_of, text)[-1] == ("Kedua pihak sepakat memperluas kerja sama,", "Bernama")


# -- a speaker named by one word spelt another way than the article's full name

FUND = "Direktur dana itu, Pavel Kuzhetsov, mengumumkan kerja sama baru pada Selasa.\n\n"


def test_quotes_surname_spelt_another_way_is_the_full_name(brief_of):
    text = FUND + "“Kami siap memproduksi lebih banyak,” kata Kujetsov.\n"
    assert speakers(brief_of, text)[-1] == ("Kami siap memproduksi lebih banyak,", "Pavel Kuzhetsov")


def test_quotes_other_surname_is_not_linked(brief_of):
    # negative: a surname of other consonants is another person
    text = FUND + "“Kami siap memproduksi lebih banyak,” kata Karpenko.\n"
    assert speakers(brief_of, text)[-1][1] != "Pavel Kuzhetsov"


# -- `“...,” X, <apposition>, setuju.`

def test_quotes_agreeing_after_the_words_names_the_speaker(brief_of):
    text = ("Para pekerja asing datang ke kota itu.\n\n"
            "“Mereka cepat dan rajin sekali,” Anna Petrovna, seorang penduduk kota Tomsk, setuju.\n")
    assert speakers(brief_of, text)[-1] == ("Mereka cepat dan rajin sekali,", "Anna Petrovna")


# -- indirect speech going on into the next sentence of its paragraph

def test_quotes_phrase_after_a_persons_indirect_speech_is_theirs(brief_of):
    text = ("Duta Besar Finlandia Arvo Melkin mengakui bahwa sanksi itu mempersulit perdagangan kedua negara. "
            "Namun, hubungan dagang keduanya \"tetap sah.\"\n")
    assert speakers(brief_of, text)[-1] == ("tetap sah.", "Arvo Melkin")


def test_quotes_phrase_after_narration_stays_nobodys(brief_of):
    # negative: the sentence before narrates, no one speaks in it
    text = ("Duta Besar Finlandia Arvo Melkin tiba di Hanoi untuk perundingan dagang. "
            "Namun, hubungan dagang keduanya \"tetap sah.\"\n")
    assert speakers(brief_of, text)[-1] == ("tetap sah.", None)
