"""Speakers pointed back at: a post, a pronoun, a suffixed cue or a noun pointing back; a sentence or a paragraph that
names no one going on from the one before (invented snippets, invented names). Each test pairs the shape with a negative case next to it."""
from __future__ import annotations

import pytest

from tests.unit.extracted import attributions, speakers


# -- a post pointing back ('Jubir Presiden Rusia itu', a deck's 'kata presiden Rusia'): the one
#    person holding it

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
    assert speakers(brief_of, text)[-1] == ("Ini jelas langkah yang provokatif,", speaker)


def test_quotes_abbreviated_post_names_nobody_who_holds_another_post(brief_of):
    # negative: the article names a president, no spokesperson: the abbreviation names no one of it
    text = ("Presiden Rusia Arkady Petrov memprotes keputusan Lurinia mengirim bantuan.\n\n"
            "“Ini jelas langkah yang provokatif,” tegas Jubir Presiden Rusia itu.\n")
    assert speakers(brief_of, text)[-1][1] != "Arkady Petrov"


@pytest.mark.parametrize("deck, body, speaker", [
    # a deck quoting "presiden Rusia" before the story names him: the one president of Russia it names
    ("‘Sahabat sejati datang saat dibutuhkan,’ kata presiden Rusia",
     "Presiden Rusia Dara Kolsen pada Senin menyambut delegasi Korea Utara di Moskow.", "Dara Kolsen"),
    # negative: two ministers of Russia named: the deck's "menteri Rusia" is neither one
    ("‘Sahabat sejati datang saat dibutuhkan,’ kata menteri Rusia",
     "Menteri Luar Negeri Rusia Dara Kolsen dan Menteri Pertahanan Rusia Ivo Petrak tiba di Pyongyang pada Senin.",
     None),
    # negative: the story names the president of another country only
    ("‘Sahabat sejati datang saat dibutuhkan,’ kata presiden Rusia",
     "Presiden Ukraina Dara Kolsen pada Senin mengecam Korea Utara.", None),
])
def test_quotes_deck_quoting_a_post_of_a_country_is_its_one_holder(brief_of, deck, body, speaker):
    text = "Moskow memuji Korea Utara atas bantuannya di perbatasan\n" + deck + "\nISTANBUL\n" + body + "\n"
    found = [s for t, s in speakers(brief_of, text) if t.startswith("Sahabat sejati")]
    if speaker is not None:
        assert found[0] == speaker
    else:
        assert found[0] not in ("Dara Kolsen", "Ivo Petrak")


# -- a pronoun after a phrase naming another person: the passage's person; after a passive, its
#    agent

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
    assert speakers(brief_of, text)[-1] == ("heroik", speaker)


TAMM_SPOKE = ('Boris Tamm, yang mendarat di Khabarovsk dua hari sebelumnya, mengatakan keadaan di perbatasan '
              '"adalah hal yang diawasi banyak negara."\n')


def test_quotes_pronoun_after_a_fronted_phrase_goes_on_about_the_passages_person(brief_of):
    # "Duduk berseberangan dengan X, dia mengatakan ...": the phrase names X, the pronoun is the passage's person
    text = (TAMM_SPOKE + "Duduk berseberangan dengan Dara Kolsen dan seluruh delegasinya, dia mengatakan dirinya "
            "datang untuk bertemu Kolsen.\n"
            'Dia mengatakan dia ingin "memperluas jalur kereta dan pertukaran pelajar kedua negara."\n')
    assert speakers(brief_of, text)[-1] == ("memperluas jalur kereta dan pertukaran pelajar kedua negara.",
                                             "Boris Tamm")


def test_quotes_passive_pronoun_after_a_fronted_phrase_leaves_the_agent(brief_of):
    # negative: a passive after the pronoun ("dia disambut oleh X"): the agent named is who goes on
    text = (TAMM_SPOKE + "Setibanya di bandara, dia disambut oleh Dara Kolsen dan seluruh delegasinya.\n"
            'Dia mengatakan dia ingin "memperluas jalur kereta dan pertukaran pelajar kedua negara."\n')
    assert speakers(brief_of, text)[-1][1] == "Dara Kolsen"


# -- a plural pronoun: the body the sentence before is about, never one person

PLURAL = "\n\nMereka menolak membuka lokasinya dengan dalih “alasan keamanan”.\n"


def test_quotes_plural_pronoun_after_a_bodys_sentence_is_the_body(brief_of):
    # "Mereka ... “...”" with no subject of its own in the clause: the body the sentence before is about
    text = "Kementerian Luar Negeri Rusia merilis rute perjalanan delegasi itu pada Jumat." + PLURAL
    assert attributions(brief_of, text)[-1][:2] == ("alasan keamanan", "Kementerian Luar Negeri Rusia")


def test_quotes_plural_pronoun_after_a_persons_sentence_is_not_that_person(brief_of):
    # negative: a plural is no one person, though the passage is about one
    text = "Presiden Arvo Melkin merilis rute perjalanan delegasi itu pada Jumat." + PLURAL
    assert attributions(brief_of, text)[-1][:2] == ("alasan keamanan", None)


# -- a suffixed cue after a cue's tail naming another, or after two people as one subject: still the
#    passage's person; after a sentence about the other, the other

@pytest.mark.parametrize("tail, speaker", [
    # a quote and its cue 'kata A usai bertemu B': the passage stays about A, the next suffixed cue is A's
    ("kata Rendra usai bertemu Perdana Menteri Norwegia Tomasz Belik di Jakarta.", "Arif Rendra"),
    # likewise a suffixed cue then a person named in its tail: the speaker noted before goes on
    ("katanya usai bertemu Perdana Menteri Norwegia Tomasz Belik di Jakarta.", "Arif Rendra"),
])
def test_quotes_suffixed_cue_after_a_cue_tail_naming_another(brief_of, tail, speaker):
    text = ("Presiden Brasil Arif Rendra mengatakan negaranya siap membantu.\n"
            "Perdana Menteri Norwegia Tomasz Belik juga hadir dalam pertemuan itu.\n"
            "Rendra kembali menegaskan sikap negaranya.\n"
            "“Kami akan memberikan dukungan selangkah demi selangkah,” " + tail + "\n"
            "“Kami dapat meninjau kebijakan ini dengan lebih fleksibel,” tambahnya.\n")
    words, who = speakers(brief_of, text)[-1]
    assert (words[:20], who) == ("Kami dapat meninjau ", speaker)


def test_quotes_suffixed_cue_after_a_sentence_about_another(brief_of):
    # negative: a sentence of the writer's own about the other person in between: the passage is theirs
    text = ("Presiden Brasil Arif Rendra mengatakan negaranya siap membantu.\n"
            "“Kami akan memberikan dukungan selangkah demi selangkah,” kata Rendra usai bertemu Perdana "
            "Menteri Norwegia Tomasz Belik di Jakarta.\n"
            "Belik lalu menjelaskan rencana negaranya.\n"
            "“Kami dapat meninjau kebijakan ini dengan lebih fleksibel,” tambahnya.\n")
    words, who = speakers(brief_of, text)[-1]
    assert (words[:20], who) == ("Kami dapat meninjau ", "Tomasz Belik")


@pytest.mark.parametrize("sentence, speaker", [
    # a sentence closing on who said it ("..., kata Z."): a suffixed cue right after goes on from Z
    ("Rendra bertemu Perdana Menteri Norwegia di Oslo, kata juru bicara Tomasz Belik.", "Tomasz Belik"),
    # an agency closing a sentence of what happened: what the agency added
    ("Rendra bertemu Perdana Menteri Norwegia di Oslo, lapor Reuters.", "Reuters"),
    # negative: an agency closing a sentence of what the subject said only relays it
    ("Rendra mengungkapkan bahwa Brasil siap membantu, lapor Reuters.", "Arif Rendra"),
])
def test_quotes_suffixed_cue_after_a_sentence_closing_on_its_voice(brief_of, sentence, speaker):
    text = ("Presiden Brasil Arif Rendra tiba di Oslo pada Senin.\n"
            "Juru bicara Tomasz Belik mendampinginya.\n" + sentence + "\n"
            "“Kami dapat meninjau kebijakan ini dengan lebih fleksibel,” tambahnya.\n")
    words, who = speakers(brief_of, text)[-1]
    assert (words[:20], who) == ("Kami dapat meninjau ", speaker)


@pytest.mark.parametrize("pair, speaker", [
    # two people as one subject after the passage's person spoke: a later suffixed cue is still theirs
    ("Rendra dan Belik mengecam pelanggaran itu.", "Arif Rendra"),
    ("Belik dan Rendra mengecam pelanggaran itu.", "Arif Rendra"),
    # negative: the other alone as the subject: the passage turns to him
    ("Belik mengecam pelanggaran itu.", "Tomasz Belik"),
])
def test_quotes_joint_subject_after_a_cue_tail_keeps_the_passage_person(brief_of, pair, speaker):
    text = ("Brasil dan Norwegia Bahas Kerja Sama\n\nPresiden Brasil Arif Rendra tiba di Jakarta pada Senin.\n\n"
            "“Kami akan memberikan dukungan selangkah demi selangkah,” kata Rendra usai bertemu Perdana Menteri "
            "Norwegia Tomasz Belik di Jakarta.\n\nLebih lanjut, " + pair + "\n\n"
            "“Kami tidak akan pernah tinggal diam,” pungkasnya.\n")
    assert brief_of(text).quotes[-1].speaker == speaker


# -- a noun pointing back: a person's noun the passage's person, 'orang itu' the unnamed source,
#    a document or a body no person

SOURCE = ("Pabrik mobil itu tidak bisa dibeli kembali, kata seorang sumber yang mengetahui masalah ini.\n\n"
          "Presiden Rusia Dara Kolsen telah mendesak kedua pihak menyepakati gencatan senjata.\n\n")


def test_quotes_bare_person_noun_pointing_back_is_the_unnamed_source(brief_of):
    # "kata orang itu": the source the story leaves unnamed, not the person named last
    text = SOURCE + "“Pabriknya harus tetap buka,” kata orang itu.\n"
    assert speakers(brief_of, text)[-1] == ("Pabriknya harus tetap buka,", None)


def test_quotes_man_pointing_back_is_the_passages_person(brief_of):
    # negative: "pria itu" points back at the person the passage is about
    text = SOURCE + "“Pabriknya harus tetap buka,” kata pria itu.\n"
    assert speakers(brief_of, text)[-1][1] == "Dara Kolsen"


TREATY = "Presiden Rusia Dara Kolsen menandatangani perjanjian itu di Moskow pada Senin.\n\n"


def test_quotes_document_or_body_pointed_back_is_no_person(brief_of):
    # "tulis dokumen tersebut", "kata kementerian itu" (no such body named): not the passage's person
    for cue in ("tulis dokumen tersebut.", "kata kementerian itu."):
        text = TREATY + "“Kedua pihak akan saling membantu jika diserang,” " + cue + "\n"
        assert speakers(brief_of, text)[-1][1] is None, cue


def test_quotes_person_pointed_back_is_the_passages_person(brief_of):
    # negative: a noun for a person ("pria itu", "pejabat itu") still points at the passage's person
    for cue in ("kata pria itu.", "kata pejabat itu."):
        text = TREATY + "“Kedua pihak akan saling membantu jika diserang,” " + cue + "\n"
        assert speakers(brief_of, text)[-1][1] == "Dara Kolsen", cue


@pytest.mark.parametrize("cue, speaker", [
    # a capital in a description pointing back says where the person is from: the passage's person
    ("kata diplomat senior Moskow itu.", "Dara Kolsen"),
    ("ujar pejabat Moskow tersebut.", "Dara Kolsen"),
    # negative: an unnamed person from the capital, not pointing back, is nobody (and never the capital)
    ("kata seorang diplomat di Moskow.", None),
])
def test_quotes_description_with_a_capital_pointing_back_is_the_passages_person(brief_of, cue, speaker):
    text = TREATY + "“Kedua pihak akan saling membantu jika diserang,” " + cue + "\n"
    assert speakers(brief_of, text)[-1][1] == speaker, cue


SUMMIT = ("Presiden Rusia Dara Kolsen menerima Pemimpin Korea Utara Ivo Petrak di Moskow pada Senin.\n\n")


@pytest.mark.parametrize("cue, speaker", [
    # "pemimpin" (leader) fits the holder of any leading post of the country it names
    ("kata pemimpin Rusia itu.", "Dara Kolsen"),
    ("kata pemimpin Korea Utara itu.", "Ivo Petrak"),
    # negative: a leader of a country neither acts for
    ("kata pemimpin Jepang itu.", None),
])
def test_quotes_leader_of_a_country_pointing_back_is_its_holder(brief_of, cue, speaker):
    text = SUMMIT + "“Kedua negara akan saling membantu jika diserang,” " + cue + "\n"
    assert speakers(brief_of, text)[-1][1] == speaker, cue


@pytest.mark.parametrize("subject, speaker", [
    ("Pemimpin Rusia tersebut", "Dara Kolsen"),
    # negative of the post's word alone: the holder of "Pemimpin" for another country is not the one
    ("Pemimpin Korea Utara tersebut", "Ivo Petrak"),
])
def test_quotes_subject_post_of_a_country_pointing_back_acts_for_it(brief_of, subject, speaker):
    text = SUMMIT + subject + " menyebut pertemuan itu “sangat bersejarah”.\n"
    assert speakers(brief_of, text)[-1] == ("sangat bersejarah", speaker)


INTERVIEW = ("Menurut Ketua Federasi Nelayan Rusia Arvo Melkin, tangkapan tahun ini turun.\n"
             "“Cuaca buruk membuat kapal kami tidak bisa berlayar,” ujarnya kepada kantor berita Interfax.\n")


def test_quotes_interlocutor_of_an_outlet_is_the_passages_person(brief_of):
    # "tambah lawan bicara <outlet>": the outlet's interviewee, the person the passage is about (not an
    # outlet the register knows as an agency, which would relay anyway)
    text = INTERVIEW + "“Harga ikan akan naik,” tambah lawan bicara Harian Veltra.\n"
    assert attributions(brief_of, text)[-1][:2] == ("Harga ikan akan naik,", "Arvo Melkin")


def test_quotes_opponent_named_after_the_cue_is_not_the_passages_person(brief_of):
    # negative: "lawan" alone is an opponent, the person set off after it speaks
    text = INTERVIEW + "“Harga ikan akan naik,” tambah lawan politiknya, Dara Kolsen.\n"
    assert attributions(brief_of, text)[-1][1] == "Dara Kolsen"


# -- a sentence or a paragraph naming no one goes on from the one before: its person, the body
#    that replied, the sender

@pytest.mark.parametrize("fragment, speaker", [
    # a sentence opening on a verb and naming no one goes on from the one before: the same person's words
    ("Termasuk “memberikan sumbangan besar bagi tatanan dunia yang adil”.", "Dara Kolsen"),
    # negative: a sentence opening on a noun, no verb: nobody's
    ("Pertemuan “sangat bersejarah” itu berlangsung dua jam.", None),
])
def test_quotes_sentence_opening_on_a_verb_goes_on_from_the_one_before(brief_of, fragment, speaker):
    text = ("Presiden Rusia Dara Kolsen memuji pasukan Korea Utara pada Jumat.\n\n"
            "Kolsen lalu menegaskan bahwa kedua negara akan tetap “berjalan beriringan”. " + fragment + "\n")
    assert speakers(brief_of, text)[-1][1] == speaker


@pytest.mark.parametrize("opener, closer", [("``", "''"), ("“", "”")])
def test_quotes_paragraph_of_a_quote_after_a_bodys_reply_is_the_bodys(brief_of, opener, closer):
    # ``...'' (TeX-style marks) open the paragraph as “...” do; the body answered in the paragraph before
    text = ("Kedutaan Besar Lurinia menanggapi pidato Presiden Arkady Petrov pada Senin.\n"
            + opener + "Kami menyesalkan tuduhan yang tidak berdasar itu." + closer + "\n")
    assert speakers(brief_of, text) == [("Kami menyesalkan tuduhan yang tidak berdasar itu.", "Kedutaan Besar Lurinia")]


def test_quotes_paragraph_of_a_quote_after_a_bodys_deed_is_nobodys(brief_of):
    # negative: the paragraph before says nothing (no speech verb): no speaker
    text = ("Kedutaan Besar Lurinia membuka kantor baru di Vladivostok pada Senin.\n"
            "``Kami menyesalkan tuduhan yang tidak berdasar itu.''\n")
    assert speakers(brief_of, text) == [("Kami menyesalkan tuduhan yang tidak berdasar itu.", None)]


GREETING = "Pemimpin Korea Utara Boris Tamm merayakan hari jadi negaranya pada Senin.\n\n"


def test_quotes_message_text_after_the_sentence_sending_it_is_the_senders(brief_of):
    # "X mengirim kartu ucapan kepada Y." then the card's words: X's
    text = GREETING + ("Ketua senat Vetria, Arvo Melkin pun mengirim kartu ucapan kepada Tamm.\n\n"
                       "“Sahabatku Tamm, semoga negeri Anda makin makmur dan damai.”\n")
    assert speakers(brief_of, text)[-1][1] == "Arvo Melkin"


def test_quotes_paragraph_after_a_sentence_sending_troops_is_nobodys(brief_of):
    # negative: sending troops or goods is no message: the quote paragraph after it names no speaker
    text = GREETING + ("Ketua senat Vetria, Arvo Melkin pun mengirim pasukan cadangan ke pesisir.\n\n"
                       "“Sahabatku Tamm, semoga negeri Anda makin makmur dan damai.”\n")
    assert speakers(brief_of, text)[-1][1] is None


FERRY = "Kapal feri pertama dari Rajin tiba di Vladivostok pada Kamis pagi.\n\n"


def test_quotes_quote_after_indirect_speech_with_a_quoted_phrase_is_the_speakers(brief_of):
    # "X mengatakan ... “provokasi langsung” ... .\n“...”": the sentence before says what X said, a
    # short phrase of X's words in it; the quote after is X's
    text = FERRY + ("Arvo Melkin mengatakan kesepakatan senjata itu sama dengan “provokasi langsung” "
                    "terhadap negaranya.\n“Sungguh sebuah ironi jika anggota dewan itu melanggar aturannya sendiri")
    assert attributions(brief_of, text)[-1][1] == "Arvo Melkin"


def test_quotes_quote_after_a_sentence_holding_a_long_quote_is_not_carried_on(brief_of):
    # negative: a sentence holding a long quote of someone else is not what the subject said in their words
    text = FERRY + ("Arvo Melkin mengatakan media menulis “kesepakatan senjata itu sama dengan sebuah provokasi "
                    "langsung terhadap negara tetangga” kemarin.\n“Sungguh sebuah ironi jika anggota dewan itu")
    assert attributions(brief_of, text)[-1][1] != "Arvo Melkin"


@pytest.mark.parametrize("lead, speaker", [
    # a body (its short form in brackets) spoke in the paragraph before and no person is named: the
    # suffixed cue is the body's
    ("Dinas Intelijen Militer Norwegia (DIMN) menyebut bahwa Lurinia sedang menyiapkan dua galangan kapal baru.",
     "Dinas Intelijen Militer Norwegia"),
    # negative: a person spoke there: the suffixed cue is the person's
    ("Kepala dinas intelijen Norwegia Tomasz Belik menyebut bahwa Lurinia sedang menyiapkan dua galangan kapal baru.",
     "Tomasz Belik"),
])
def test_quotes_suffixed_cue_after_a_body_spoke_is_the_bodys(brief_of, lead, speaker):
    text = (lead + " Galangan itu akan dibangun di pesisir utara.\n\n"
            "“Kapal pertama dijadwalkan turun ke air sebelum musim dingin,” ungkapnya.\n")
    assert speakers(brief_of, text)[-1] == ("Kapal pertama dijadwalkan turun ke air sebelum musim dingin,", speaker)


@pytest.mark.parametrize("subject, speaker", [
    # a post and a country as the subject, no name: the one person of the article holding that post for it
    ("pemimpin Norwegia", "Tomasz Belik"),
    # negative: a post nobody of the article holds for that country: no one the text names
    ("presiden Norwegia", None),
])
def test_quotes_post_of_a_country_as_subject_is_its_holder(brief_of, subject, speaker):
    text = ("Presiden Brasil Arif Rendra menjamu pemimpin Norwegia Tomasz Belik dalam makan malam di Brasilia.\n\n"
            f"Dalam jamuan itu, {subject} memuji “masakan laut yang luar biasa.”\n")
    assert speakers(brief_of, text)[-1] == ("masakan laut yang luar biasa.", speaker)


@pytest.mark.parametrize("cue, speaker", [
    # a person noun, a body and a word pointing back: the person of the passage, not the body
    ("kata perwakilan Partai Persatuan Nasional tersebut.", "Arif Rendra"),
    # negative: no word pointing back: an unnamed representative's words, as the body's
    ("kata perwakilan Partai Persatuan Nasional.", "Partai Persatuan Nasional"),
])
def test_quotes_person_of_a_body_pointing_back_is_the_passages_person(brief_of, cue, speaker):
    text = ("Menurut anggota parlemen Brasil Arif Rendra, anggaran pelabuhan tahun depan terlalu kecil.\n\n"
            "“Kami akan meminta tambahan dana untuk dermaga timur,” " + cue + "\n")
    assert speakers(brief_of, text)[-1] == ("Kami akan meminta tambahan dana untuk dermaga timur,", speaker)


@pytest.mark.parametrize("first, speaker", [
    # no statement named before: the statement is that of who the latest sentence closing on a cue names
    ("Rendra membahas jalur feri dengan mitranya, kata juru bicara Kementerian Luar Negeri Brasil Lia Moura.",
     "Lia Moura"),
    # negative: no sentence closes on a cue: the text does not say whose statement it is
    ("Rendra membahas jalur feri dengan mitranya dalam panggilan telepon.", None),
])
def test_quotes_statement_pointed_back_is_the_latest_cues(brief_of, first, speaker):
    text = ("Menteri Luar Negeri Brasil Arif Rendra tiba di Oslo pada Senin. " + first + "\n\n"
            "Rendra juga menginap dua malam di ibu kota itu.\n\n"
            "“Kedua menteri sepakat menambah jadwal kapal penumpang,” kata pernyataan itu.\n")
    assert speakers(brief_of, text)[-1] == ("Kedua menteri sepakat menambah jadwal kapal penumpang,", speaker)


@pytest.mark.parametrize("subject, speaker", [
    # a statement named in a phrase opening the sentence (`Dalam sebuah pernyataan, X ...`) is the subject's
    ("Menteri Luar Negeri Norwegia Rasmus Lind", "Rasmus Lind"),
    # negative: a state as that subject issues no statement of a person or body
    ("Norwegia", None),
])
def test_quotes_statement_pointed_back_is_the_subject_after_its_opening_phrase(brief_of, subject, speaker):
    text = ("Dalam sebuah pernyataan, " + subject + " menekankan bahwa kerja sama harus berlanjut. "
            "Ia juga menyerukan dialog.\n\nPernyataan tersebut menyatakan: \"Kami menolak setiap bentuk ancaman.\"\n")
    assert speakers(brief_of, text)[-1] == ("Kami menolak setiap bentuk ancaman.", speaker)


@pytest.mark.parametrize("lead, speaker", [
    # a sentence reporting what a person holds (`Menurut X, ...`): a quote opening the next sentence is theirs
    ("Menurut Lind, Norwegia melihat langkah itu memicu ketegangan.", "Rasmus Lind"),
    # negative: a sentence that reports no one's view gives the quote no speaker
    ("Di sisi lain, Norwegia melihat langkah itu memicu ketegangan.", None),
])
def test_quotes_after_a_sentence_according_to_a_person_are_theirs(brief_of, lead, speaker):
    text = ("Wakil Menteri Luar Negeri Norwegia Rasmus Lind tiba di Oslo pada Senin.\n\n"
            "Pejabat lain menyebut kunjungan itu singkat.\n\n"
            + lead + " “Tindakan satu pihak akan memicu balasan pihak lain.”\n")
    assert speakers(brief_of, text)[-1] == ("Tindakan satu pihak akan memicu balasan pihak lain.", speaker)


# -- a cue verb whose subject is "the statement" named in a cue clause before (`sambung pernyataan
#    itu`): the one body that clause names issued it, not the states the quoted words name

STATEMENT = ("“Kami menilai langkah Latvia sebagai ancaman bagi Finlandia,” kata Kementerian Luar Negeri "
             "Estonia dalam sebuah pernyataan pada Senin.\n\n"
             "“Keputusan itu tidak akan mengubah perbatasan Estonia,” sambung pernyataan itu.\n")


def test_quotes_cue_verb_of_the_statement_before_is_its_issuers(brief_of):
    assert speakers(brief_of, STATEMENT)[-1][1] == "Kementerian Luar Negeri Estonia"


def test_quotes_cue_verb_of_a_statement_two_bodies_issued_is_nobodys(brief_of):
    # negative: the cue clause names two bodies; no one issuer
    text = STATEMENT.replace("kata Kementerian Luar Negeri Estonia",
                             "kata Kementerian Luar Negeri Estonia dan Kementerian Pertahanan Estonia")
    assert speakers(brief_of, text)[-1][1] is None


# -- a body or an outlet named only by its kind and pointing back (`perusahaan tersebut`, `Surat kabar
#    tersebut`): the body or the outlet the text named before, not the passage's person

OUTLET_BEFORE = ("Menurut Izvestia, surat kabar terbesar di Rusia, Gubernur Ivan Petrak bertemu delegasi pada Senin.\n"
                 "Ia bertemu wakil menteri provinsi. {subject} mengatakan bahwa “kerja sama regional akan ditingkatkan.”\n")


def test_quotes_newspaper_pointing_back_is_the_outlet_named_before(brief_of):
    assert speakers(brief_of, OUTLET_BEFORE.format(subject="Surat kabar tersebut"))[-1][1] == "Izvestia"


def test_quotes_newspaper_pointing_back_with_no_outlet_named_stays_as_before(brief_of):
    # negative: no outlet named before: the words are not given to a body
    text = OUTLET_BEFORE.replace("Menurut Izvestia, surat kabar terbesar di Rusia, ", "").format(
        subject="Surat kabar tersebut")
    assert speakers(brief_of, text)[-1][1] != "Izvestia"


COMPANY = ("Perusahaan energi Rusia, Volganeft, dilaporkan membuka kantor baru di Pyongyang.\n\n"
           "Namun, Volganeft sendiri membantah kabar itu.\n\n"
           "\"Volganeft hanya memiliki satu kantor perwakilan di kawasan itu sejak 2009,\" demikian pernyataan {who}.\n")


def test_quotes_company_pointing_back_is_the_body_named_before(brief_of):
    assert speakers(brief_of, COMPANY.format(who="perusahaan tersebut"))[-1][1] == "Volganeft"


def test_quotes_company_not_pointing_back_is_no_body_named_before(brief_of):
    # negative: "a company" that does not point back names no body of the article
    assert speakers(brief_of, COMPANY.format(who="sebuah perusahaan"))[-1][1] != "Volganeft"
