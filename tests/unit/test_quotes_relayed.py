"""Quotes an agency, a source or a statement relays: the agency's own account, or the words of the one
it relays (invented snippets, invented names). Each test pairs the shape with a negative case next to it."""
from __future__ import annotations

import pytest

from tests.unit.extracted import attributions, speakers


# -- an agency closing a sentence: the words of a person who speaks; its own account of a thing,
#    of deeds or of both parties

CALL = "Presiden Rusia Dara Kolsen menelepon pemimpin Korea Utara Boris Tamm pada Selasa.\n\n"


def test_quotes_agency_relays_the_person_the_sentence_is_about(brief_of):
    text = (CALL + "Kolsen mengatakan kepada Tamm bahwa ia “sungguh berterima kasih” atas bantuan itu, KCNA melaporkan.\n\n"
            "Tamm menyampaikan “penghargaan yang mendalam” kepada Kolsen dan mengatakan pemerintahnya akan “tetap bersama”, "
            "serta “menyokong setiap upaya Rusia”, kata KCNA.\n")
    found = speakers(brief_of, text)
    # the sentence's own subject, not the passage's person before it (Kolsen)
    assert found[-1] == ("menyokong setiap upaya Rusia", "Boris Tamm")
    # negative: the first sentence's phrase is still its own subject's
    assert found[0] == ("sungguh berterima kasih", "Dara Kolsen")


@pytest.mark.parametrize("sentence, speaker", [
    # a thing named before as the subject: the agency writes about no person, its own words
    ("Pembicaraan itu berlangsung “hangat dan terbuka”, kata KCNA.", "KCNA"),
    # negative: a person described by a post: the agency relays that person
    ("Pemimpin itu menyebut pembicaraan berlangsung “hangat dan terbuka”, kata KCNA.", "Boris Tamm"),
])
def test_quotes_agency_closing_a_sentence_about_a_thing_speaks_itself(brief_of, sentence, speaker):
    assert speakers(brief_of, CALL + sentence + "\n")[-1] == ("hangat dan terbuka", speaker)


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
    assert speakers(brief_of, text)[-1][1] == speaker


ARRIVAL = "Pemimpin Lurinia Boris Tamm tiba di Vladivostok pada Selasa, disambut Menteri Pertahanan Rusia Arkady Petrov.\n\n"


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
    assert speakers(brief_of, ARRIVAL + sentence + "\n")[-1][1] == speaker


@pytest.mark.parametrize("first, speaker", [
    # the agency gave the first quote in its own voice (a sentence of deeds): it goes on in it
    ("Di pangkalan udara itu, Petrov memperlihatkan kepada Tamm “sistem rudal terbaru”", "TASS"),
    # negative: the first quote was the subject's words, relayed: the second goes on relaying them
    ("Di pangkalan udara itu, Petrov mengatakan kepada Tamm bahwa ini “sistem rudal terbaru”", "Arkady Petrov"),
])
def test_quotes_agency_going_on_after_its_own_quote_keeps_its_voice(brief_of, first, speaker):
    text = (ARRIVAL + first + ", kata TASS, menambahkan bahwa “kemampuan teknis pesawat itu” dijelaskan "
            "kepada Tamm oleh para perwira.\n")
    found = speakers(brief_of, text)
    assert found[-1] == ("kemampuan teknis pesawat itu", speaker)
    assert found[0][1] == speaker


# -- a relaying phrase alone after the mark ('demikian dilansir X'): a news agency's own words
#    about both parties

WELCOME = "Presiden Rusia Dara Kolsen tiba di Pyongyang dan disambut pemimpin Korea Utara Boris Tamm.\n\n"


@pytest.mark.parametrize("closing", ["demikian dilansir TASS.", "seperti dilaporkan TASS.", "dilansir TASS."])
def test_quotes_agency_after_the_mark_voices_words_about_both_parties(brief_of, closing):
    # a relaying phrase alone after the mark, on a news agency, words about both leaders: the agency's own
    text = WELCOME + "“Kedua pemimpin menuju kediaman resmi di pusat kota,” " + closing + "\n"
    assert speakers(brief_of, text)[-1] == ("Kedua pemimpin menuju kediaman resmi di pusat kota,", "TASS")


def test_quotes_agency_after_the_mark_relays_the_passages_person(brief_of):
    # negative: first-person words after a person's passage: the person's, the agency only relays them
    text = (WELCOME + "Kolsen mengatakan kerja sama kedua negara akan terus tumbuh.\n\n"
            "“Kami akan memperluas perdagangan tahun ini,” demikian dilansir TASS.\n")
    assert speakers(brief_of, text)[-1] == ("Kami akan memperluas perdagangan tahun ini,", "Dara Kolsen")


def test_quotes_channel_naming_no_agency_gives_it_no_words(brief_of):
    # negative: the phrase names no news agency (an unknown capitalised word): it gives no speaker
    text = WELCOME + "“Kedua pemimpin menuju kediaman resmi di pusat kota,” demikian dilansir Warta Lurinia.\n"
    assert speakers(brief_of, text)[-1][1] != "Warta Lurinia"


# -- an agency's account of two parties; two parties with no agency reporting are no one's --------

MEETING = ("Pemimpin Korea Utara Boris Tamm menerima Menteri Pertahanan Rusia Arvo Melkin di Pyongyang pada Senin.\n\n")


def test_quotes_two_parties_in_a_passage_an_agency_reports_are_the_agencys_account(brief_of):
    # the paragraph before has the agency report the meeting: the quoted words of the two are its account
    text = MEETING + ("Pada Selasa, kantor berita KCNA melaporkan kunjungan itu dan menyebut kedua pejabat "
                      "membicarakan proyek pelabuhan.\n\n"
                      "Tamm dan Melkin sudah menggelar “dialog yang terbuka dan hangat” soal jalur kereta.\n")
    assert speakers(brief_of, text)[-1] == ("dialog yang terbuka dan hangat", "KCNA")


def test_quotes_two_parties_with_no_agency_reporting_are_nobodys(brief_of):
    # negative: no agency reports the passage: the words of two are no one speaker's
    text = MEETING + ("Pada Selasa, kedua pejabat meninjau pameran senjata di ibu kota.\n\n"
                      "Tamm dan Melkin sudah menggelar “dialog yang terbuka dan hangat” soal jalur kereta.\n")
    assert speakers(brief_of, text)[-1] == ("dialog yang terbuka dan hangat", None)


def test_quotes_second_phrase_of_a_two_party_sentence_is_no_ones_either(brief_of):
    # the second phrase of the sentence shares its subject of two (not the first of them)
    text = MEETING + ("Tamm dan Melkin sudah menggelar “dialog terbuka” lalu meneken nota, antara lain "
                      "“pertukaran pelajar” di bidang pertanian.\n")
    assert [q[1] for q in speakers(brief_of, text)] == [None, None]


# -- an agency reporting what someone said: the one reported speaks; a state reported speaks no
#    words

@pytest.mark.parametrize("sentence, speaker", [
    # an agency reports what a state said: a state speaks no words of its own, nobody's
    ("BBC Indonesia melaporkan, Rusia menyebut kedua kepala negara akan membahas “isu perbatasan” bulan depan.", None),
    # negative: an agency reports what a person said: that person's words
    ("BBC Indonesia melaporkan, Kolsen menyebut kedua kepala negara akan membahas “isu perbatasan” bulan depan.",
     "Dara Kolsen"),
])
def test_quotes_agency_reporting_what_a_state_said(brief_of, sentence, speaker):
    assert speakers(brief_of, CALL + sentence + "\n")[-1] == ("isu perbatasan", speaker)


def test_quotes_agency_with_its_state_speaking_is_not_the_state_reported(brief_of):
    # "KCNA Korea Utara mengatakan": the state after the agency's name is the agency's, no one reported
    text = MEETING + "KCNA Korea Utara mengatakan kedua tokoh itu menyepakati “langkah yang saling menguntungkan”.\n"
    assert speakers(brief_of, text)[-1] == ("langkah yang saling menguntungkan", "KCNA")


def test_quotes_agency_reporting_a_state_speaking_is_nobodys(brief_of):
    # negative: the agency reports that the state said the words: no person or body speaks them
    text = MEETING + "KCNA melaporkan, Rusia mengatakan kedua tokoh itu menyepakati “langkah lanjutan”.\n"
    assert speakers(brief_of, text)[-1] == ("langkah lanjutan", None)


TALKS = "Pemimpin Korea Utara Boris Tamm bertemu Menteri Luar Negeri Rusia Arvo Melkin pada Sabtu.\n\n"


def test_quotes_speech_verb_after_an_agencys_report_is_its_subjects(brief_of):
    # "Kantor berita X melaporkan, Menteri Y mengatakan “...”": Y speaks, not the passage's person
    text = TALKS + ("Kantor berita Yonhap melaporkan, Menteri Unifikasi Lee Dong-jin mengatakan “tidak ada rencana” "
                    "untuk membuka perundingan.\n")
    assert speakers(brief_of, text)[-1] == ("tidak ada rencana", "Lee Dong-jin")


def test_quotes_agency_saying_itself_before_the_mark_still_relays(brief_of):
    # negative: no one reported speaking after the agency: it relays the passage's person, as before
    text = TALKS + "Kantor berita Yonhap mengatakan “tidak ada rencana” untuk membuka perundingan.\n"
    assert speakers(brief_of, text)[-1][1] != "Lee Dong-jin"


# -- an official's words cited from an agency ('mengutip dari X'), or an agency quoting them: the
#    official's, the agency relays

FERRY = "Kapal feri pertama dari Rajin tiba di Vladivostok pada Kamis pagi.\n\n"


def test_quotes_official_citing_an_agency_speaks_the_agency_relays(brief_of):
    # "“...,” tutur <post> di <city>, <country>, Name, mengutip dari <agency>": the official's words,
    # which the outlet took from the agency
    text = FERRY + ("“Rute baru ini akan membantu pariwisata kawasan,” tutur Konsul Jenderal Rusia di "
                    "Harbin, China, Arvo Melkin, mengutip dari Russia Today, Rabu.\n")
    assert attributions(brief_of, text)[-1] == ("Rute baru ini akan membantu pariwisata kawasan,", "Arvo Melkin",
                                                "Russia Today")


def test_quotes_agency_quoting_an_official_gives_the_officials_words(brief_of):
    # negative: the agency at the cue quotes the person: the person's words, the agency relays
    text = FERRY + ("“Rute baru ini akan membantu pariwisata kawasan,” lapor kantor berita Interfax "
                    "mengutip Arvo Melkin.\n")
    speaker = attributions(brief_of, text)[-1][1]
    assert speaker == "Arvo Melkin"


# -- an agency named as the one spoken to is no speaker -------------------------------------------

DENIAL = "Pejabat kementerian pertahanan Korea Utara membantah laporan pasokan senjata.\n\n"


def test_quotes_agency_spoken_to_after_an_unnamed_official_is_no_speaker(brief_of):
    # the official speaks "kepada media X, KCNA": the name set off after the addressee is not the speaker
    text = DENIAL + ("“Kami belum sekali pun mengirim amunisi ke luar negeri,” ujar pejabat yang enggan disebut "
                     "namanya itu kepada media pemerintah Lurin, KCNA, Jumat.\n")
    assert speakers(brief_of, text)[-1] == ("Kami belum sekali pun mengirim amunisi ke luar negeri,", None)


def test_quotes_spokesman_set_off_after_a_role_phrase_still_speaks(brief_of):
    # negative: no addressee in the phrase: the name set off after the role phrase speaks
    text = DENIAL + ("“Kami belum sekali pun mengirim amunisi ke luar negeri,” ujar juru bicara kementerian itu, "
                     "Dara Kolsen, Jumat.\n")
    assert speakers(brief_of, text)[-1] == ("Kami belum sekali pun mengirim amunisi ke luar negeri,", "Dara Kolsen")


# -- a source closing the sentence ('menurut X', 'dilansir dari X'): its words where no subject
#    speaks

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
    assert speakers(brief_of, text)[-1] == ("bergaya bebas", speaker)


@pytest.mark.parametrize("sentence, speaker", [
    # a person who undergoes a passive with no agent named, the sentence closing on its source: the source's words
    ("Tamm, 47, digambarkan sebagai sosok yang “gemar bertualang” dan pemilik sebuah toko buku, "
     "menurut TASS.", "TASS"),
    # negative: no source closes the sentence: nobody's words
    ("Tamm, 47, digambarkan sebagai sosok yang “gemar bertualang” dan pemilik sebuah toko buku.", None),
])
def test_quotes_passive_sentence_closing_on_its_source_is_the_sources(brief_of, sentence, speaker):
    text = ("Warga Lurinia bernama Boris Tamm ditahan di Moskow atas tuduhan spionase.\n\n" + sentence + "\n")
    assert speakers(brief_of, text)[-1] == ("gemar bertualang", speaker)


def test_quotes_source_named_after_the_words_speaks(brief_of):
    # "“...,” menurut kantor berita X": the source after a quote that opens its sentence
    text = DENIAL + "“Melkin mengatakan kepada Tamm bahwa kerja sama akan berlanjut,” menurut kantor berita TASS.\n"
    assert speakers(brief_of, text)[-1][1] == "TASS"


def test_quotes_source_after_a_phrase_in_a_sentence_leaves_the_subject_speaking(brief_of):
    # negative: a phrase inside a sentence with a speaking subject stays the subject's
    text = DENIAL + "Dara Kolsen pun meminta Vetria agar “menahan diri sepenuhnya”, menurut kementerian.\n"
    assert speakers(brief_of, text)[-1] == ("menahan diri sepenuhnya", "Dara Kolsen")


# -- a word of citing ('dikutip') before a day names no channel; before a source, that source

def test_quotes_date_after_a_channel_word_is_no_channel(brief_of):
    # "..., dikutip Selasa": when the words were cited, not from whom
    text = FERRY + "“Kami siap melayani turis,” kata Arvo Melkin, dikutip Selasa.\n"
    assert attributions(brief_of, text)[-1][2] is None


def test_quotes_source_after_a_channel_word_is_the_channel(brief_of):
    # negative: a source after the channel word is the channel
    text = FERRY + "“Kami siap melayani turis,” kata Arvo Melkin, dikutip Reuters.\n"
    assert attributions(brief_of, text)[-1][2] == "Reuters"


# -- a statement, a report or an explanation: the one who issued it -------------------------------

def test_quotes_statement_a_body_released_is_the_bodys(brief_of):
    # "“...,” demikian pernyataan yang dirilis X": the statement names no issuer before: X issued it
    text = TALKS + "“Kami akan tetap membela mitra dagang kami,” demikian pernyataan yang dirilis KCNA.\n"
    assert speakers(brief_of, text)[-1][1] == "KCNA"


def test_quotes_statement_of_a_body_released_by_an_agency_stays_the_bodys(brief_of):
    # negative: the issuer named right after the noun keeps the words, whoever released them
    text = TALKS + ("“Kami akan tetap membela mitra dagang kami,” demikian pernyataan Kementerian Pertahanan Rusia "
                    "yang dirilis KCNA.\n")
    assert speakers(brief_of, text)[-1][1] == "Kementerian Pertahanan Rusia"


def test_quotes_statement_of_an_unnamed_official_is_the_bodys(brief_of):
    # "mengutip pernyataan seorang diplomat <body>": the body's statement
    text = FERRY + ("“Kami tidak membeli batu bara itu,” kata kantor berita Interfax, mengutip pernyataan "
                    "seorang diplomat Kedutaan Besar Rusia.\n")
    assert attributions(brief_of, text)[-1][1] == "Kedutaan Besar Rusia"


def test_quotes_unnamed_spokesperson_of_a_body_is_nobody_named(brief_of):
    # negative: an unnamed person speaking (no statement) is no one the text names
    text = FERRY + "“Kami tidak membeli batu bara itu,” ujar seorang juru bicara Kedutaan Besar Rusia.\n"
    assert attributions(brief_of, text)[-1][1] is None


ELECTION = "Presiden Rusia Arvo Melkin memenangi pemilihan presiden pada Minggu.\n\n"


def test_quotes_report_pointed_back_is_the_reporting_agencys(brief_of):
    # "KCNA melaporkan bahwa X mengirim pesan ... . “...,” tulis bunyi laporan tersebut": the agency's report
    text = ELECTION + ("KCNA melaporkan bahwa Boris Tamm mengirim pesan khusus kepada Melkin.\n\n"
                       "“Boris Tamm mengucapkan selamat kepada Arvo Melkin atas terpilihnya kembali,” tulis bunyi "
                       "laporan tersebut.\n")
    assert speakers(brief_of, text)[-1][1] == "KCNA"


def test_quotes_message_pointed_back_is_its_senders(brief_of):
    # negative: the message named before, no report around it: who sent it
    text = ELECTION + ("Boris Tamm mengirim pesan khusus kepada Melkin melalui duta besarnya.\n\n"
                       "“Saya mengucapkan selamat atas terpilihnya Anda kembali,” bunyi pesan tersebut.\n")
    assert speakers(brief_of, text)[-1][1] == "Boris Tamm"


PERSON_BEFORE = FERRY + "“Kami siap melayani turis,” kata Arvo Melkin kepada wartawan.\n\n"


def test_quotes_report_of_an_agency_named_at_the_cue_is_the_agencys(brief_of):
    # "bunyi pemberitaan kantor berita X, KCNA": the agency's own report, even after a person's quote
    text = PERSON_BEFORE + ("“Rute laut ini membuka babak baru persahabatan,” bunyi pemberitaan "
                            "kantor berita Korea Utara, KCNA.\n")
    assert attributions(brief_of, text)[-1][1] == "KCNA"


def test_quotes_agency_after_a_persons_passage_still_relays(brief_of):
    # negative: the agency alone at the cue, after a passage about a person, relays that person
    text = PERSON_BEFORE + "“Kami juga akan membuka rute ke Nakhodka,” lapor KCNA.\n"
    assert attributions(brief_of, text)[-1][1] == "Arvo Melkin"


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
    assert speakers(brief_of, text)[-1][1] == speaker


VISIT = "Pemimpin Korea Utara Boris Tamm tiba di Vladivostok pada Selasa, disambut Menteri Pertahanan Rusia Arkady Petrov.\n\n"


@pytest.mark.parametrize("opening, speaker", [
    # a verb opening the sentence, set off by its comma: the subject after it speaks, the agency relays
    ("Meninjau dermaga pada pagi hari, Tamm mengatakan bahwa negaranya akan", "Boris Tamm"),
    ("Berdiri di geladak kapal latih, Tamm menyebut kerja sama itu akan", "Boris Tamm"),
    # negative: a sentence about a thing after the same opening: the agency's own account
    ("Meninjau dermaga pada pagi hari, rombongan kedua pihak disebut akan", "TASS"),
])
def test_quotes_subject_after_an_opening_verb_phrase_is_relayed(brief_of, opening, speaker):
    text = VISIT + opening + " “memperluas latihan bersama di laut dan udara,” lapor TASS.\n"
    assert speakers(brief_of, text)[-1] == ("memperluas latihan bersama di laut dan udara,", speaker)


# -- an agency's quote of a passage about a person: words that open on the person's post in lower case
#    (`“presiden X menerima ...”`) speak of them in the third person, the agency's own

RELAYED = ("Presiden Estonia Arvo Melkin tiba di pelabuhan Tallinn pada Senin.\n\n"
           "Kantor berita Lurin mengatakan “{words} menerima dua kapal patroli sebagai hadiah”.\n")


def test_quotes_agency_words_opening_on_the_persons_post_are_the_agencys(brief_of):
    assert speakers(brief_of, RELAYED.format(words="presiden Estonia"))[-1][1] == "Lurin"


def test_quotes_agency_words_opening_otherwise_relay_the_person(brief_of):
    # negative: words in the first person, the person's own relayed
    assert speakers(brief_of, RELAYED.format(words="kami"))[-1][1] == "Arvo Melkin"


# -- a cue and a named speaker set off by commas before a quoted phrase (`..., kata Y, termasuk “...”`):
#    the phrase goes on in what Y said, not the sentence's subject

SET_OFF = ("Anggota parlemen Estonia Arvo Melkin berbicara kepada wartawan pada Senin.\n\n"
           "Badan Intelijen Estonia juga memperkirakan bahwa Latvia mungkin menawarkan bantuan{cue}, "
           "termasuk “memperbarui armada kapal patroli”.\n")


def test_quotes_phrase_after_a_cue_set_off_is_its_speakers(brief_of):
    assert speakers(brief_of, SET_OFF.format(cue=", kata Melkin"))[-1][1] == "Arvo Melkin"


def test_quotes_phrase_with_no_cue_set_off_is_the_subjects(brief_of):
    # negative: no cue set off: the subject's
    assert speakers(brief_of, SET_OFF.format(cue=" kepada Melkin"))[-1][1] != "Arvo Melkin"
