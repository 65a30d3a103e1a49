"""Speaker and quote shapes read across the development sets of real news, round two (invented
snippets, invented names). Each test pairs the shape with a negative case next to it."""
from __future__ import annotations

import pytest


def _speakers(brief_of, text):
    return [(q.text, q.speaker) for q in brief_of(text).quotes]


# -- a heading quoting a phrase the story quotes again ------------------------------------------

BODY_PRAISE = ("Presiden Dara Kolsen memuji “keberanian” pasukan Lurin dalam panggilan telepon "
               "dengan pemimpin Lurin pada Senin.\n\n"
               "Kolsen juga menyebut kerja sama kedua negara “tak tergoyahkan”.\n")


def test_quotes_heading_phrase_repeated_in_the_body_is_one_quote(brief_of):
    # the headline quotes the phrase the body quotes again: the body's quote alone, with its speaker
    text = "Kolsen memuji 'keberanian' pasukan Lurin\n\n" + BODY_PRAISE
    quotes = _speakers(brief_of, text)
    assert [q for q in quotes if q[0].lower() == "keberanian"] == [("keberanian", "Dara Kolsen")]


def test_quotes_heading_phrase_of_its_own_stays(brief_of):
    # negative: a heading phrase the body does not quote again is a quote of its own
    text = "Kolsen sebut mitranya 'sahabat sejati'\n\n" + BODY_PRAISE
    assert any(q[0] == "sahabat sejati" for q in _speakers(brief_of, text))


def test_quotes_phrase_repeated_in_two_body_sentences_stays_twice(brief_of):
    # negative: the body quoting a phrase twice gives two quotes (no heading is involved)
    text = BODY_PRAISE + "Pekan lalu Kolsen juga memuji “keberanian” para relawan.\n"
    assert [q[0] for q in _speakers(brief_of, text)].count("keberanian") == 2


# -- a capital as the speaker ------------------------------------------------------------------

DRILL = "Pesawat pengebom kedua negara terbang di atas Laut Timur pada Rabu.\n\n"


def test_quotes_capital_as_subject_of_a_speech_verb_is_no_speaker(brief_of):
    # a capital stands for its government: no person or body the text names, no speaker
    text = DRILL + ("Beijing menggambarkan latihan itu sebagai kegiatan rutin, dan menyebut bahwa "
                    "“beberapa pesawat asing membuntuti pesawat kami” selama misi.\n")
    assert _speakers(brief_of, text)[-1] == ("beberapa pesawat asing membuntuti pesawat kami", None)


def test_quotes_ministry_as_subject_of_a_speech_verb_speaks(brief_of):
    # negative: a body named as the subject speaks
    text = DRILL + ("Kementerian Pertahanan China menggambarkan latihan itu sebagai kegiatan rutin, dan "
                    "menyebut bahwa “beberapa pesawat asing membuntuti pesawat kami” selama misi.\n")
    assert _speakers(brief_of, text)[-1] == ("beberapa pesawat asing membuntuti pesawat kami",
                                             "Kementerian Pertahanan China")


def test_quotes_phrase_repeated_in_a_paragraph_cut_by_the_end_of_the_text_stays(brief_of):
    # negative: a last paragraph cut in mid-sentence ends on no stop, yet it is the story, no heading
    text = BODY_PRAISE + "\nKolsen lalu memuji 'keberanian' para relawan di depan parlemen. Ia juga menyebut"
    assert [q[0] for q in _speakers(brief_of, text)].count("keberanian") == 2


# -- a registered body written with a state's clipped form -------------------------------------

PROTEST = "Wakil menteri itu memanggil duta besar Vetria pada Sabtu.\n\n"


def test_quotes_registered_body_with_a_clipped_state_goes_by_the_registers_name(brief_of):
    # "Korsel" clipped in the body's name: the speaker is the body by its name, the state written out
    text = PROTEST + "“Kami menolak tuduhan yang tak berdasar itu,” tulis Kementerian Luar Negeri Korsel.\n"
    assert _speakers(brief_of, text)[-1][1] == "Kementerian Luar Negeri Korea Selatan"


def test_quotes_body_with_an_initialism_keeps_its_name(brief_of):
    # negative: an initialism is kept, as the press and the register write the body's name
    text = PROTEST + "“Kami menolak tuduhan yang tak berdasar itu,” tulis Departemen Luar Negeri AS.\n"
    assert _speakers(brief_of, text)[-1][1] == "Departemen Luar Negeri AS"


def test_quotes_unregistered_body_with_a_clipped_state_keeps_its_name(brief_of):
    # negative: a body the register does not know keeps the name the text gives it
    text = PROTEST + "“Kami menolak tuduhan yang tak berdasar itu,” tulis Dewan Perikanan Pusat Korut.\n"
    assert _speakers(brief_of, text)[-1][1] == "Dewan Perikanan Pusat Korut"


# -- an agency's account of two parties --------------------------------------------------------

MEETING = ("Pemimpin Korea Utara Boris Tamm menerima Menteri Pertahanan Rusia Arvo Melkin di Pyongyang pada Senin.\n\n")


def test_quotes_two_parties_in_a_passage_an_agency_reports_are_the_agencys_account(brief_of):
    # the paragraph before has the agency report the meeting: the quoted words of the two are its account
    text = MEETING + ("Pada Selasa, kantor berita KCNA melaporkan pertemuan itu, dengan mengatakan bahwa kedua "
                      "pihak membahas kerja sama.\n\n"
                      "Tamm dan Melkin sudah menggelar “dialog yang terbuka dan hangat” soal jalur kereta.\n")
    assert _speakers(brief_of, text)[-1] == ("dialog yang terbuka dan hangat", "KCNA")


def test_quotes_two_parties_with_no_agency_reporting_are_nobodys(brief_of):
    # negative: no agency reports the passage: the words of two are no one speaker's
    text = MEETING + ("Pada Selasa, kedua pejabat meninjau pameran senjata di ibu kota.\n\n"
                      "Tamm dan Melkin sudah menggelar “dialog yang terbuka dan hangat” soal jalur kereta.\n")
    assert _speakers(brief_of, text)[-1] == ("dialog yang terbuka dan hangat", None)


def test_quotes_second_phrase_of_a_two_party_sentence_is_no_ones_either(brief_of):
    # the second phrase of the sentence shares its subject of two (not the first of them)
    text = MEETING + ("Tamm dan Melkin sudah menggelar “dialog terbuka” lalu meneken nota, antara lain "
                      "“pertukaran pelajar” di bidang pertanian.\n")
    assert [q[1] for q in _speakers(brief_of, text)] == [None, None]


def test_quotes_agency_with_its_state_speaking_is_not_the_state_reported(brief_of):
    # "KCNA Korea Utara mengatakan": the state after the agency's name is the agency's, no one reported
    text = MEETING + "KCNA Korea Utara mengatakan kedua tokoh itu menyepakati “langkah yang saling menguntungkan”.\n"
    assert _speakers(brief_of, text)[-1] == ("langkah yang saling menguntungkan", "KCNA")


def test_quotes_agency_reporting_a_state_speaking_is_nobodys(brief_of):
    # negative: the agency reports that the state said the words: no person or body speaks them
    text = MEETING + "KCNA melaporkan, Rusia mengatakan kedua tokoh itu menyepakati “langkah lanjutan”.\n"
    assert _speakers(brief_of, text)[-1] == ("langkah lanjutan", None)


# -- whom the speaker phrase speaks to; indirect speech after a comma; a source after the words --

DENIAL = "Pejabat kementerian pertahanan Korea Utara membantah laporan pasokan senjata.\n\n"


def test_quotes_agency_spoken_to_after_an_unnamed_official_is_no_speaker(brief_of):
    # the official speaks "kepada media X, KCNA": the name set off after the addressee is not the speaker
    text = DENIAL + ("“Kami belum sekali pun mengirim amunisi ke luar negeri,” ujar pejabat yang enggan disebut "
                     "namanya itu kepada media pemerintah Lurin, KCNA, Jumat.\n")
    assert _speakers(brief_of, text)[-1] == ("Kami belum sekali pun mengirim amunisi ke luar negeri,", None)


def test_quotes_spokesman_set_off_after_a_role_phrase_still_speaks(brief_of):
    # negative: no addressee in the phrase: the name set off after the role phrase speaks
    text = DENIAL + ("“Kami belum sekali pun mengirim amunisi ke luar negeri,” ujar juru bicara kementerian itu, "
                     "Dara Kolsen, Jumat.\n")
    assert _speakers(brief_of, text)[-1] == ("Kami belum sekali pun mengirim amunisi ke luar negeri,", "Dara Kolsen")


def test_quotes_reporting_verb_with_its_clause_after_a_comma_is_no_lost_quote(brief_of):
    # "..., KCNA, melaporkan bahwa ...": indirect speech, no direct speech that lost its marks
    text = DENIAL + ("Sementara itu harian pemerintah Lurin, KCNA, melaporkan bahwa traktor buatan Vetria itu sudah "
                     "diserahkan kepada koperasi tani di pesisir.\n")
    assert _speakers(brief_of, text) == []


def test_quotes_lost_marks_with_a_cue_and_its_speaker_stay(brief_of):
    # negative: direct speech that lost its marks, closing on a cue and its speaker, is a quote
    text = DENIAL + "Kami belum sekali pun mengirim amunisi ke luar negeri, kata Dara Kolsen.\n"
    assert _speakers(brief_of, text)[-1][1] == "Dara Kolsen"


def test_quotes_source_named_after_the_words_speaks(brief_of):
    # "“...,” menurut kantor berita X": the source after a quote that opens its sentence
    text = DENIAL + "“Melkin mengatakan kepada Tamm bahwa kerja sama akan berlanjut,” menurut kantor berita TASS.\n"
    assert _speakers(brief_of, text)[-1][1] == "TASS"


def test_quotes_source_after_a_phrase_in_a_sentence_leaves_the_subject_speaking(brief_of):
    # negative: a phrase inside a sentence with a speaking subject stays the subject's
    text = DENIAL + "Dara Kolsen pun meminta Vetria agar “menahan diri sepenuhnya”, menurut kementerian.\n"
    assert _speakers(brief_of, text)[-1] == ("menahan diri sepenuhnya", "Dara Kolsen")


# -- a body placed by "di <place>" before the relative clause that speaks -----------------------

CARGO = "Tumpukan peti terlihat di stasiun perbatasan pada awal September.\n\n"


def test_quotes_relative_clause_after_a_placed_body_is_the_bodys(brief_of):
    # "kajian lembaga X di <kota> yang menyebut bahwa ... “...”": X's words, not the place's
    text = CARGO + ("Kabar itu muncul seusai kajian lembaga riset CSIS di Washington yang menyebut bahwa "
                    "peti-peti itu “diduga” berisi suku cadang.\n")
    assert _speakers(brief_of, text)[-1] == ("diduga", "CSIS")


def test_quotes_relative_clause_after_a_place_alone_is_nobodys(brief_of):
    # negative: no body or person named before the place: no speaker
    text = CARGO + ("Kabar itu muncul seusai kajian dari Washington yang menyebut bahwa peti-peti itu "
                    "“diduga” berisi suku cadang.\n")
    assert _speakers(brief_of, text)[-1] == ("diduga", None)


# -- a message sent, its text quoted in the paragraph after ------------------------------------

GREETING = "Pemimpin Korea Utara Boris Tamm merayakan hari jadi negaranya pada Senin.\n\n"


def test_quotes_message_text_after_the_sentence_sending_it_is_the_senders(brief_of):
    # "X mengirim kartu ucapan kepada Y." then the card's words: X's
    text = GREETING + ("Ketua senat Vetria, Arvo Melkin pun mengirim kartu ucapan kepada Tamm.\n\n"
                       "“Sahabatku Tamm, semoga negeri Anda makin makmur dan damai.”\n")
    assert _speakers(brief_of, text)[-1][1] == "Arvo Melkin"


def test_quotes_paragraph_after_a_sentence_sending_troops_is_nobodys(brief_of):
    # negative: sending troops or goods is no message: the quote paragraph after it names no speaker
    text = GREETING + ("Ketua senat Vetria, Arvo Melkin pun mengirim pasukan cadangan ke pesisir.\n\n"
                       "“Sahabatku Tamm, semoga negeri Anda makin makmur dan damai.”\n")
    assert _speakers(brief_of, text)[-1][1] is None


# -- a body by its register's name, a registered body in brackets ------------------------------

TROOPS = "Pasukan Korea Utara tiba di Vladivostok pekan lalu.\n\n"


def test_quotes_generic_head_points_at_a_body_named_by_its_acronym(brief_of):
    # "NIS ... kata badan tersebut": the register's name of NIS opens with the head "badan"
    text = TROOPS + ("NIS mengatakan pasukan itu sedang menjalani pelatihan.\n\n"
                     "“Mereka akan dikerahkan ke garis depan,” kata badan tersebut.\n")
    assert _speakers(brief_of, text)[-1] == ("Mereka akan dikerahkan ke garis depan,", "NIS")


def test_quotes_generic_head_with_no_body_of_that_head_is_nobody(brief_of):
    # negative: no body whose name opens with that head: no speaker
    text = TROOPS + ("NIS mengatakan pasukan itu sedang menjalani pelatihan.\n\n"
                     "“Mereka akan dikerahkan ke garis depan,” kata komite tersebut.\n")
    assert _speakers(brief_of, text)[-1] == ("Mereka akan dikerahkan ke garis depan,", None)


def test_quotes_registered_body_in_brackets_after_an_unknown_name_speaks(brief_of):
    # "kata kantor berita resmi <garbled name> (KCNA)": the registered agency in brackets
    text = TROOPS + ("Lawatan sang menteri menjadi “tonggak baru bagi persahabatan kedua bangsa”, kata kantor "
                     "berita resmi Lurin Tengah (KCNA), Senin.\n")
    assert _speakers(brief_of, text)[-1] == ("tonggak baru bagi persahabatan kedua bangsa", "KCNA")


def test_quotes_registered_body_keeps_its_name_before_brackets(brief_of):
    # negative: the phrase names a registered body itself: that body, however the bracket reads
    text = TROOPS + ("Lawatan sang menteri menjadi “tonggak baru bagi persahabatan kedua bangsa”, kata "
                     "Kementerian Pertahanan Korea Selatan (Kemhan), Senin.\n")
    assert _speakers(brief_of, text)[-1][1] == "Kementerian Pertahanan Korea Selatan"


# -- "bunyi laporan tersebut": the report an agency gave ---------------------------------------

ELECTION = "Presiden Rusia Arvo Melkin memenangi pemilihan presiden pada Minggu.\n\n"


def test_quotes_report_pointed_back_is_the_reporting_agencys(brief_of):
    # "KCNA melaporkan bahwa X mengirim pesan ... . “...,” tulis bunyi laporan tersebut": the agency's report
    text = ELECTION + ("KCNA melaporkan bahwa Boris Tamm mengirim pesan khusus kepada Melkin.\n\n"
                       "“Boris Tamm mengucapkan selamat kepada Arvo Melkin atas terpilihnya kembali,” tulis bunyi "
                       "laporan tersebut.\n")
    assert _speakers(brief_of, text)[-1][1] == "KCNA"


def test_quotes_message_pointed_back_is_its_senders(brief_of):
    # negative: the message named before, no report around it: who sent it
    text = ELECTION + ("Boris Tamm mengirim pesan khusus kepada Melkin melalui duta besarnya.\n\n"
                       "“Saya mengucapkan selamat atas terpilihnya Anda kembali,” bunyi pesan tersebut.\n")
    assert _speakers(brief_of, text)[-1][1] == "Boris Tamm"


# -- "kata orang itu": the source the story does not name ---------------------------------------

SOURCE = ("Pabrik mobil itu tidak bisa dibeli kembali, kata seorang sumber yang mengetahui masalah ini.\n\n"
          "Presiden Rusia Dara Kolsen telah mendesak kedua pihak menyepakati gencatan senjata.\n\n")


def test_quotes_bare_person_noun_pointing_back_is_the_unnamed_source(brief_of):
    # "kata orang itu": the source the story leaves unnamed, not the person named last
    text = SOURCE + "“Pabriknya harus tetap buka,” kata orang itu.\n"
    assert _speakers(brief_of, text)[-1] == ("Pabriknya harus tetap buka,", None)


def test_quotes_man_pointing_back_is_the_passages_person(brief_of):
    # negative: "pria itu" points back at the person the passage is about
    text = SOURCE + "“Pabriknya harus tetap buka,” kata pria itu.\n"
    assert _speakers(brief_of, text)[-1][1] == "Dara Kolsen"


# -- a description pointing back whose head names no person ------------------------------------

TREATY = "Presiden Rusia Dara Kolsen menandatangani perjanjian itu di Moskow pada Senin.\n\n"


def test_quotes_document_or_body_pointed_back_is_no_person(brief_of):
    # "tulis dokumen tersebut", "kata kementerian itu" (no such body named): not the passage's person
    for cue in ("tulis dokumen tersebut.", "kata kementerian itu."):
        text = TREATY + "“Kedua pihak akan saling membantu jika diserang,” " + cue + "\n"
        assert _speakers(brief_of, text)[-1][1] is None, cue


def test_quotes_person_pointed_back_is_the_passages_person(brief_of):
    # negative: a noun for a person ("pria itu", "pejabat itu") still points at the passage's person
    for cue in ("kata pria itu.", "kata pejabat itu."):
        text = TREATY + "“Kedua pihak akan saling membantu jika diserang,” " + cue + "\n"
        assert _speakers(brief_of, text)[-1][1] == "Dara Kolsen", cue


# -- an agency reporting who speaks before the verb; a statement a body released ---------------

VISIT = "Pemimpin Korea Utara Boris Tamm bertemu Menteri Luar Negeri Rusia Arvo Melkin pada Sabtu.\n\n"


def test_quotes_speech_verb_after_an_agencys_report_is_its_subjects(brief_of):
    # "Kantor berita X melaporkan, Menteri Y mengatakan “...”": Y speaks, not the passage's person
    text = VISIT + ("Kantor berita Yonhap melaporkan, Menteri Unifikasi Lee Dong-jin mengatakan “tidak ada rencana” "
                    "untuk membuka perundingan.\n")
    assert _speakers(brief_of, text)[-1] == ("tidak ada rencana", "Lee Dong-jin")


def test_quotes_agency_saying_itself_before_the_mark_still_relays(brief_of):
    # negative: no one reported speaking after the agency: it relays the passage's person, as before
    text = VISIT + "Kantor berita Yonhap mengatakan “tidak ada rencana” untuk membuka perundingan.\n"
    assert _speakers(brief_of, text)[-1][1] != "Lee Dong-jin"


def test_quotes_statement_a_body_released_is_the_bodys(brief_of):
    # "“...,” demikian pernyataan yang dirilis X": the statement names no issuer before: X issued it
    text = VISIT + "“Kami akan tetap membela mitra dagang kami,” demikian pernyataan yang dirilis KCNA.\n"
    assert _speakers(brief_of, text)[-1][1] == "KCNA"


def test_quotes_statement_of_a_body_released_by_an_agency_stays_the_bodys(brief_of):
    # negative: the issuer named right after the noun keeps the words, whoever released them
    text = VISIT + ("“Kami akan tetap membela mitra dagang kami,” demikian pernyataan Kementerian Pertahanan Rusia "
                    "yang dirilis KCNA.\n")
    assert _speakers(brief_of, text)[-1][1] == "Kementerian Pertahanan Rusia"


# -- a name in marks after a phrase giving the name ---------------------------------------------

NAMING_BODY = ("Kota pantai Selvara, yang dijuluki “Riviera”-nya Lurin, dibuka untuk turis asing pada Juli.\n\n"
               "“Kami menyambut semua tamu,” kata pengelola resor Arvo Tamsin.\n")


@pytest.mark.parametrize("sentence, quoted", [
    # a phrase giving a thing its name right before the marks: the capitalised words name it, no quote
    ("Kedua kota hanya terhubung oleh jalur tua yang dikenal dengan nama “Jalur Sahabat”.", []),
    ("Kota itu, yang dijuluki “Riviera”-nya Lurin, dibuka pada Juli.", []),
    ("Latihan bersama itu diberi nama “Perisai Timur” oleh kedua angkatan laut.", []),
    # negative: words in lower case after the same phrase are someone's words
    ("Kota itu dijuluki “surga yang hilang” oleh warga setempat.", ["surga yang hilang"]),
    # negative: capitalised words in marks after another verb are still quoted words
    ("Tamsin mengumumkan “Rencana Pantai Baru” di depan wartawan.", ["Rencana Pantai Baru"]),
])
def test_quotes_name_after_a_naming_phrase_is_no_quote(brief_of, sentence, quoted):
    assert [q[0] for q in _speakers(brief_of, sentence + "\n")] == quoted


def test_quotes_heading_name_given_by_the_body_is_no_quote(brief_of):
    # the headline sets in marks the name the body gives after 'dijuluki': the name quotes no one
    text = "Perjalanan saya ke 'Riviera' Lurin\n\n" + NAMING_BODY
    assert _speakers(brief_of, text) == [("Kami menyambut semua tamu,", "Arvo Tamsin")]


def test_quotes_heading_name_the_body_does_not_give_stays(brief_of):
    # negative: a heading phrase the body never sets in marks stays a quote of its own
    text = "Perjalanan saya ke 'Pantai Impian' Lurin\n\n" + NAMING_BODY
    assert ("Pantai Impian", None) in _speakers(brief_of, text)


# -- a thing's name in marks after the noun of the thing ------------------------------------------

@pytest.mark.parametrize("sentence, speaker", [
    # the noun of a thing that carries a name, up to two lower-case words, then capitalised words in marks:
    # the name of the rocket, the exercise, quoted by no one
    ("Badan itu mengatakan bahwa Lurin mengirim data untuk roket baru \u201cVarsa-2\u201d yang gagal.", None),
    ("Menteri Pertahanan Arvo Tamsin mengatakan pasukan disiapkan untuk latihan militer gabungan "
     "\u201cPerisai Timur 2031\u201d bulan depan.", None),
    # negative: lower-case words in marks after the same noun are the subject's words
    ("Menteri Pertahanan Arvo Tamsin menyebut roket itu \u201cancaman nyata\u201d bagi kawasan.", "Arvo Tamsin"),
    # negative: capitalised words after another noun (a vision, a policy) are the subject's words
    ("Presiden Arvo Tamsin mengumumkan visi \u201cJalur Timur Baru\u201d di depan wartawan.", "Arvo Tamsin"),
])
def test_quotes_name_of_a_thing_after_its_noun_has_no_speaker(brief_of, sentence, speaker):
    found = _speakers(brief_of, sentence + "\n")
    assert len(found) == 1 and found[0][1] == speaker
