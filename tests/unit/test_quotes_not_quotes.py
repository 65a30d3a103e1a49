"""Words in marks that are no quote of their own: a name in marks, a heading repeating the story's phrase,
a text cut inside a quote or at its cue, indirect speech (invented snippets, invented names). Each test pairs the shape with a negative case next to it."""
from __future__ import annotations

import pytest

from generator.layout import find_layout
from tests.unit.extracted import speakers


# -- a name in marks (a body's, or one a naming phrase or a thing's noun gives) is no one's words ---

@pytest.mark.parametrize("text, expected", [
    # a body's name in single marks is set off, no one's words
    ("Siaran ‘Voice of America’ melaporkan jumlah pekerja Lurinia di Rusia naik tajam.\n", []),
    # negative: words in single marks that name nobody are still a quote
    ("Siaran itu menyebut kenaikan itu ‘sangat mengejutkan’ bagi Lurinia.\n", ["sangat mengejutkan"]),
])
def test_quotes_a_bodys_name_in_marks_is_no_quote(brief_of, text, expected):
    assert [q for q, _ in speakers(brief_of, text)] == expected


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
    assert [q[0] for q in speakers(brief_of, sentence + "\n")] == quoted


def test_quotes_heading_name_given_by_the_body_is_no_quote(brief_of):
    # the headline sets in marks the name the body gives after 'dijuluki': the name quotes no one
    text = "Perjalanan saya ke 'Riviera' Lurin\n\n" + NAMING_BODY
    assert speakers(brief_of, text) == [("Kami menyambut semua tamu,", "Arvo Tamsin")]


def test_quotes_heading_name_the_body_does_not_give_stays(brief_of):
    # negative: a heading phrase the body never sets in marks stays a quote of its own
    text = "Perjalanan saya ke 'Pantai Impian' Lurin\n\n" + NAMING_BODY
    assert ("Pantai Impian", None) in speakers(brief_of, text)


@pytest.mark.parametrize("sentence, speaker", [
    # the noun of a thing that carries a name, up to two lower-case words, then capitalised words in marks:
    # the name of the rocket quoted by no one
    ("Badan itu mengatakan bahwa Lurin mengirim data untuk roket baru \u201cVarsa-2\u201d yang gagal.", None),
    # negative: lower-case words in marks after the same noun are the subject's words
    ("Menteri Pertahanan Arvo Tamsin menyebut roket itu \u201cancaman nyata\u201d bagi kawasan.", "Arvo Tamsin"),
    # negative: capitalised words after another noun (a vision, a policy) are the subject's words
    ("Presiden Arvo Tamsin mengumumkan visi \u201cJalur Timur Baru\u201d di depan wartawan.", "Arvo Tamsin"),
    # negative: lower-case words in marks after the same noun are the subject's words
    ("Presiden Arvo Tamsin menyebut penghargaan itu \u201cbukti kerja keras\u201d para nakhoda.", "Arvo Tamsin"),
])
def test_quotes_name_of_a_thing_after_its_noun_has_no_speaker(brief_of, sentence, speaker):
    found = speakers(brief_of, sentence + "\n")
    assert len(found) == 1 and found[0][1] == speaker


@pytest.mark.parametrize("sentence, quoted", [
    # a work's title in marks after the noun of a work is no quote, nor a title coordinated with it
    ("Rombongan itu akan menampilkan balet \u201cAngsa Perak\u201d di teater kota Selvara.", []),
    ("Para tamu menonton pertunjukan balet \"Angsa Perak\" dan \"Burung Api Timur\" di Selvara.", []),
    ("Sutradara Arvo Tamsin merilis film \u201cLaut Utara\u201d pekan lalu.", []),
    # negative: lower-case words in marks after the same noun are quoted words
    ("Arvo Tamsin menyebut film itu \u201csangat menyentuh\u201d bagi penonton.", ["sangat menyentuh"]),
    # negative: a capitalised phrase after a coordinator but no work's noun is still quoted
    ("Tamsin menyebut \u201cRencana Pantai\u201d dan \u201cJalur Timur\u201d di depan wartawan.",
     ["Rencana Pantai", "Jalur Timur"]),
])
def test_quotes_title_of_a_work_is_no_quote(brief_of, sentence, quoted):
    assert [q[0] for q in speakers(brief_of, sentence + "\n")] == quoted


@pytest.mark.parametrize("sentence, speakers", [
    # an event's proper name in marks is no quote at all, wherever it stands in a sentence of the body
    ("Ia bertemu Rendra seusai menonton parade militer \"Hari Pembebasan\" di alun-alun kota.", []),
    ("Ia menerima sebuah medali \"40 Tahun Kemenangan dalam Perang Pantai 1950-1990\" dari Rendra.", []),
    ("Ia tiba untuk perayaan \"Hari Pelabuhan\" pada Senin.", []),
    ("Ia bertemu Rendra setelah sebuah \u201cPakta Kerja Sama Pantai\u201d ditandatangani.", []),
    # an honour's name after its noun is none either, nor one the sentence opens on
    ("Ia juga memberikan penghargaan \u201cPahlawan Pelabuhan\u201d kepada tiga nakhoda.", []),
    ("Ia bertemu Rendra. \"Hari Pelabuhan\" tahun ini menandai ulang tahun ke-40 kota itu.", []),
    # negative: a phrase of the subject's in marks, not a name, is his
    ("Ia bertemu Rendra seusai menyebut parade itu \"sangat mengesankan\" di alun-alun kota.", ["Tomasz Belik"]),
    # negative: capitalised words a speech or characterising verb just before gives are his phrase
    ("Ia bertemu Rendra seusai menyebut kunjungan itu \"Hari Bersejarah\" bagi kota.", ["Tomasz Belik"]),
    ("Ia mengumumkan visi \u201cJalur Timur Baru\u201d di depan wartawan.", ["Tomasz Belik"]),
    # negative: a comma after the marks may lead to the cue of a greeting
    ("Ia tersenyum. \"Selamat Datang\", kata Rendra kepada wartawan.", ["Rendra"]),
])
def test_quotes_event_name_in_marks_quotes_no_one(brief_of, sentence, speakers):
    text = ("Perdana Menteri Norwegia Tomasz Belik tiba di Brasil pada Selasa.\n"
            "Belik " + sentence[3:] + "\n")
    quotes = brief_of(text).quotes
    assert [q.speaker for q in quotes] == speakers


# -- a heading quoting a phrase the story quotes again: one quote, the story's --------------------

BODY_PRAISE = ("Presiden Dara Kolsen memuji “keberanian” pasukan Lurin dalam panggilan telepon "
               "dengan pemimpin Lurin pada Senin.\n\n"
               "Kolsen juga menyebut kerja sama kedua negara “tak tergoyahkan”.\n")


def test_quotes_heading_phrase_repeated_in_the_body_is_one_quote(brief_of):
    # the headline quotes the phrase the body quotes again: the body's quote alone, with its speaker
    text = "Kolsen memuji 'keberanian' pasukan Lurin\n\n" + BODY_PRAISE
    quotes = speakers(brief_of, text)
    assert [q for q in quotes if q[0].lower() == "keberanian"] == [("keberanian", "Dara Kolsen")]


def test_quotes_heading_phrase_of_its_own_stays(brief_of):
    # negative: a heading phrase the body does not quote again is a quote of its own
    text = "Kolsen sebut mitranya 'sahabat sejati'\n\n" + BODY_PRAISE
    assert any(q[0] == "sahabat sejati" for q in speakers(brief_of, text))


def test_quotes_phrase_repeated_in_two_body_sentences_stays_twice(brief_of):
    # negative: the body quoting a phrase twice gives two quotes (no heading is involved)
    text = BODY_PRAISE + "Pekan lalu Kolsen juga memuji “keberanian” para relawan.\n"
    assert [q[0] for q in speakers(brief_of, text)].count("keberanian") == 2


def test_quotes_phrase_repeated_in_a_paragraph_cut_by_the_end_of_the_text_stays(brief_of):
    # negative: a last paragraph cut in mid-sentence ends on no stop, yet it is the story, no heading
    text = BODY_PRAISE + "\nKolsen lalu memuji 'keberanian' para relawan di depan parlemen. Ia juga menyebut"
    assert [q[0] for q in speakers(brief_of, text)].count("keberanian") == 2


# -- a text cut inside a quote: a quote of the cue before it, unless the cut says nothing ---------

ANALYST = ("Analis Rendi Panca dari lembaga kajian di Seoul menilai rencana itu sulit.\n"
           "Menurutnya, kapal selam semacam itu mustahil dirampungkan Korea Utara tanpa teknologi asing, kata Panca.\n")


def test_quotes_cut_by_the_end_of_the_text_is_a_quote_of_the_cue_before(brief_of):
    # the paste ends inside a quote: its words are a quote, spoken by the one the sentence before
    # names after its closing cue ("..., kata X."); that indirect sentence is no quote of its own
    text = ("Pemimpin Korea Utara Boris Tamm ingin membangun kapal selam nuklir.\n" + ANALYST
            + "“Bantuan Rusia bisa sangat")
    assert speakers(brief_of, text) == [("Bantuan Rusia bisa sangat", "Rendi Panca")]


def test_quotes_cut_after_two_words_is_no_quote(brief_of):
    # negative: a cut of two words says nothing: closing furniture, no quote
    quotes = speakers(brief_of, ANALYST + '"Selagi Ki')
    assert all(text != "Selagi Ki" for text, _ in quotes)


def test_layout_trailing_tags_still_close_the_page(lex, make_article):
    # negative: short unpunctuated lines closing the page, no opening mark, stay tags
    text = ANALYST + "Korea Utara\nKapal Selam\n"
    layout = find_layout(make_article(text), lex)
    assert [f.span.of(text) for f in layout.furniture if f.rule == "trailing-tags"] == ["Korea Utara", "Kapal Selam"]


# -- a text cut at its cue: one letter of a name names no one; a whole one-word name speaks ------

FERRY = "Kapal feri pertama dari Rajin tiba di Vladivostok pada Kamis pagi.\n\n"


def test_quotes_one_letter_cut_by_the_end_of_the_text_names_no_speaker(brief_of):
    # "..., kata J" where the paste ends: one letter of a name, no speaker and no person
    text = FERRY + "“Kami menolak tindakan itu,” kata J"
    brief = brief_of(text)
    assert [q.speaker for q in brief.quotes] == [None]
    assert not [a for a in brief.actors if a.kind == "person" and a.name == "J"]


def test_quotes_one_word_name_cut_by_the_end_of_the_text_still_speaks(brief_of):
    # negative: a whole one-word name at the end of the text still speaks
    text = FERRY + "“Kami menolak tindakan itu,” kata Melkin"
    assert [q.speaker for q in brief_of(text).quotes] == ["Melkin"]


# -- indirect speech is no quote that lost its marks; direct speech that lost them, closing on a
#    cue, is

DENIAL = "Pejabat kementerian pertahanan Korea Utara membantah laporan pasokan senjata.\n\n"


def test_quotes_reporting_verb_with_its_clause_after_a_comma_is_no_lost_quote(brief_of):
    # "..., KCNA, melaporkan bahwa ...": indirect speech, no direct speech that lost its marks
    text = DENIAL + ("Sementara itu harian pemerintah Lurin, KCNA, melaporkan bahwa traktor buatan Vetria itu sudah "
                     "diserahkan kepada koperasi tani di pesisir.\n")
    assert speakers(brief_of, text) == []


def test_quotes_lost_marks_with_a_cue_and_its_speaker_stay(brief_of):
    # negative: direct speech that lost its marks, closing on a cue and its speaker, is a quote
    text = DENIAL + "Kami belum sekali pun mengirim amunisi ke luar negeri, kata Dara Kolsen.\n"
    assert speakers(brief_of, text)[-1][1] == "Dara Kolsen"


@pytest.mark.parametrize("text, expected", [
    # a name in marks taking a possessive suffix (`‘X’-nya Y`: Y's X) is a noun, no one's words
    ("Dara Kolsen menulis buku Perjalanan ke ‘Lembah Hijau’-nya Lurinia tahun lalu.\n", []),
    # negative: the same name in marks with no suffix is the subject's phrase
    ("Dara Kolsen menyebut rencana itu ‘Lembah Hijau’ bagi kedua negara.\n", [("Lembah Hijau", "Dara Kolsen")]),
])
def test_quotes_name_in_marks_with_a_possessive_suffix_is_no_quote(brief_of, text, expected):
    assert speakers(brief_of, text) == expected


# -- a closing-shaped mark set apart by spaces between two words opens the quotation ----------------

@pytest.mark.parametrize("text, quoted", [
    ("Kedua dokumen itu berada pada \u201d tahap akhir penyusunan,\u201d kata Arvo Tamsin.\n",
     ["tahap akhir penyusunan,"]),
    # negative: after a stop the spaced mark closes words whose opening mark was lost; nothing opens
    ("Dokumen itu selesai. \u201d Kedua pihak akan bertemu lagi pekan depan.\n", []),
])
def test_quotes_spaced_closing_mark_between_words_opens(brief_of, text, quoted):
    assert [q for q, _ in speakers(brief_of, text)] == quoted


@pytest.mark.parametrize("text, quoted", [
    # a closing-shaped mark stuck between two letters (its space lost), another closer after it: it opens
    ("Akibatnya dua petugas patroli\u201dterluka ringan dalam bentrokan itu,\u201d kata Arvo Tamsin.\n",
     ["terluka ringan dalam bentrokan itu,"]),
    # negative: no closer after it in the paragraph: nothing opens
    ("Akibatnya dua petugas patroli\u201dterluka ringan dalam bentrokan itu, kata Arvo Tamsin.\n", []),
])
def test_quotes_closing_mark_stuck_between_letters_opens(brief_of, text, quoted):
    assert [q for q, _ in speakers(brief_of, text)] == quoted


# -- one lower-case word in marks that no one is read to say: the writer's stress, no quote

def test_quotes_one_lower_case_word_no_one_says_is_no_quote(brief_of):
    text = "Setiap kapal asing harus “disaring” dulu sebelum bersandar di pelabuhan Tallinn.\n"
    assert speakers(brief_of, text) == []


def test_quotes_one_lower_case_word_a_speaker_says_stays_a_quote(brief_of):
    # negative: the word is given to a speaker
    text = "Menteri Estonia Arvo Melkin mengatakan setiap kapal asing harus “disaring” dulu.\n"
    assert speakers(brief_of, text) == [("disaring", "Arvo Melkin")]


# -- a page repeating its lead paragraph in the body: the repeated quote counts once

LEAD = ("“Kami menolak rencana itu karena mengancam pelabuhan kami,” kata Kementerian Luar Negeri Estonia.\n\n"
        "Tallinn memanggil duta besar Latvia pada Senin.\n\n")


def test_quotes_long_quote_repeated_word_for_word_counts_once(brief_of):
    again = LEAD.replace("Estonia.\n", "Estonia di lamannya pada Senin.\n")
    assert len(speakers(brief_of, LEAD + again)) == 1


def test_quotes_short_phrase_repeated_stays_twice(brief_of):
    # negative: a short phrase in marks may come twice
    text = "Estonia menyebut rencana itu “garis batas baru”.\n\nLatvia juga menolak “garis batas baru” itu.\n"
    assert len(speakers(brief_of, text)) == 2
