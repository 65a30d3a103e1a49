"""Speaker shapes read across the development sets of real news, round xq4 (invented snippets,
invented names). Each test pairs the shape with a negative case next to it.
"""
from __future__ import annotations


def _quotes(brief_of, text):
    return [(q.text, q.speaker, q.channel) for q in brief_of(text).quotes]


OPENING = "Kapal feri pertama dari Rajin tiba di Vladivostok pada Kamis pagi.\n\n"


def test_quotes_official_citing_an_agency_speaks_the_agency_relays(brief_of):
    # "“...,” tutur <post> di <city>, <country>, Name, mengutip dari <agency>": the official's words,
    # which the outlet took from the agency
    text = OPENING + ("“Rute baru ini akan membantu pariwisata kawasan,” tutur Konsul Jenderal Rusia di "
                      "Shenyang, China, Arvo Melkin, mengutip dari Russia Today, Kamis.\n")
    assert _quotes(brief_of, text)[-1] == ("Rute baru ini akan membantu pariwisata kawasan,", "Arvo Melkin",
                                           "Russia Today")


def test_quotes_agency_quoting_an_official_gives_the_officials_words(brief_of):
    # negative: the agency at the cue quotes the person: the person's words, the agency relays
    text = OPENING + ("“Rute baru ini akan membantu pariwisata kawasan,” lapor kantor berita Interfax "
                      "mengutip Arvo Melkin.\n")
    speaker = _quotes(brief_of, text)[-1][1]
    assert speaker == "Arvo Melkin"


PERSON_BEFORE = OPENING + "“Kami siap melayani turis,” kata Arvo Melkin kepada wartawan.\n\n"


def test_quotes_report_of_an_agency_named_at_the_cue_is_the_agencys(brief_of):
    # "bunyi pemberitaan kantor berita X, KCNA": the agency's own report, even after a person's quote
    text = PERSON_BEFORE + ("“Pelayaran ini akan memperkuat kerja sama kedua negara,” bunyi pemberitaan "
                            "kantor berita Korea Utara, KCNA.\n")
    assert _quotes(brief_of, text)[-1][1] == "KCNA"


def test_quotes_agency_after_a_persons_passage_still_relays(brief_of):
    # negative: the agency alone at the cue, after a passage about a person, relays that person
    text = PERSON_BEFORE + "“Kami juga akan membuka rute ke Nakhodka,” lapor KCNA.\n"
    assert _quotes(brief_of, text)[-1][1] == "Arvo Melkin"


def test_quotes_date_after_a_channel_word_is_no_channel(brief_of):
    # "..., dikutip Selasa": when the words were cited, not from whom
    text = OPENING + "“Kami siap melayani turis,” kata Arvo Melkin, dikutip Selasa.\n"
    assert _quotes(brief_of, text)[-1][2] is None


def test_quotes_source_after_a_channel_word_is_the_channel(brief_of):
    # negative: a source after the channel word is the channel
    text = OPENING + "“Kami siap melayani turis,” kata Arvo Melkin, dikutip Reuters.\n"
    assert _quotes(brief_of, text)[-1][2] == "Reuters"


def test_quotes_statement_of_an_unnamed_official_is_the_bodys(brief_of):
    # "mengutip pernyataan seorang pejabat <body>": the body's statement
    text = OPENING + ("“Kami tidak membeli batu bara itu,” kata kantor berita Interfax, mengutip pernyataan "
                      "seorang pejabat Kedutaan Besar Rusia.\n")
    assert _quotes(brief_of, text)[-1][1] == "Kedutaan Besar Rusia"


def test_quotes_unnamed_spokesperson_of_a_body_is_nobody_named(brief_of):
    # negative: an unnamed person speaking (no statement) is no one the text names
    text = OPENING + "“Kami tidak membeli batu bara itu,” ujar seorang juru bicara Kedutaan Besar Rusia.\n"
    assert _quotes(brief_of, text)[-1][1] is None


def test_quotes_one_letter_cut_by_the_end_of_the_text_names_no_speaker(brief_of):
    # "..., kata J" where the paste ends: one letter of a name, no speaker and no person
    text = OPENING + "“Kami menolak tindakan itu,” kata J"
    brief = brief_of(text)
    assert [q.speaker for q in brief.quotes] == [None]
    assert not [a for a in brief.actors if a.kind == "person" and a.name == "J"]


def test_quotes_one_word_name_cut_by_the_end_of_the_text_still_speaks(brief_of):
    # negative: a whole one-word name at the end of the text still speaks
    text = OPENING + "“Kami menolak tindakan itu,” kata Melkin"
    assert [q.speaker for q in brief_of(text).quotes] == ["Melkin"]


EMBASSY = ("Kedutaan Besar Rusia di Seoul menanggapi pidato itu pada Senin.\n"
           "“Kami menyesalkan langkah yang tidak bersahabat ini,” kata Kedutaan Besar Rusia dalam pernyataannya.\n")


def test_quotes_state_phrase_after_its_bodys_quote_is_the_bodys(brief_of):
    # "Rusia disebut ... “...”" right after the Russian embassy's quote: the embassy's words
    text = EMBASSY + "Rusia disebut selalu mematuhi komitmennya kepada “mitra lama” di kawasan.\n"
    assert _quotes(brief_of, text)[-1][:2] == ("mitra lama", "Kedutaan Besar Rusia")


def test_quotes_state_phrase_after_another_states_body_is_not_that_bodys(brief_of):
    # negative: the quote before is a body of another state: the phrase is not its words
    text = ("“Kami menyesalkan langkah yang tidak bersahabat ini,” kata Kementerian Luar Negeri Jepang.\n"
            "Rusia disebut selalu mematuhi komitmennya kepada “mitra lama” di kawasan.\n")
    assert _quotes(brief_of, text)[-1][1] != "Kementerian Luar Negeri Jepang"


def test_quotes_authorities_of_a_state_are_its_body_named_before(brief_of):
    # "tambah otoritas Rusia": the Russian body named before, not a body called "Otoritas Rusia"
    text = EMBASSY + ("Seoul belum menjawab.\n\nWarga berkumpul di depan gedung.\n\n"
                      "“Kami meminta penilaian yang tenang,” tambah otoritas Rusia.\n")
    assert _quotes(brief_of, text)[-1][1] == "Kedutaan Besar Rusia"


def test_quotes_authorities_of_a_state_with_no_body_name_none(brief_of):
    # negative: no body of that state named before: the phrase names nobody
    text = OPENING + "“Kami meminta penilaian yang tenang,” tambah otoritas Rusia.\n"
    assert _quotes(brief_of, text)[-1][1] is None


def test_quotes_quote_after_indirect_speech_with_a_quoted_phrase_is_the_speakers(brief_of):
    # "X mengatakan ... “provokasi langsung” ... .\n“...”": the sentence before says what X said, a
    # short phrase of X's words in it; the quote after is X's
    text = OPENING + ("Arvo Melkin mengatakan kesepakatan senjata itu sama dengan “provokasi langsung” "
                      "terhadap negaranya.\n“Sungguh sebuah ironi jika anggota dewan itu melanggar aturannya sendiri")
    assert _quotes(brief_of, text)[-1][1] == "Arvo Melkin"


def test_quotes_quote_after_a_sentence_holding_a_long_quote_is_not_carried_on(brief_of):
    # negative: a sentence holding a long quote of someone else is not what the subject said in their words
    text = OPENING + ("Arvo Melkin mengatakan media menulis “kesepakatan senjata itu sama dengan sebuah provokasi "
                      "langsung terhadap negara tetangga” kemarin.\n“Sungguh sebuah ironi jika anggota dewan itu")
    assert _quotes(brief_of, text)[-1][1] != "Arvo Melkin"


def test_quotes_phrase_in_a_where_clause_with_its_own_subject_is_not_the_sentences(brief_of):
    # "..., di mana kedua pihak menandatangani pakta “...”": the clause's own subject, unnamed: nobody
    text = ("Presiden Arvo Melkin membalas kunjungan itu ke Lurin pada Juni, di mana kedua belah pihak "
            "menandatangani pakta “kemitraan menyeluruh”.\n")
    assert _quotes(brief_of, text)[-1][:2] == ("kemitraan menyeluruh", None)


def test_quotes_phrase_in_a_where_clause_of_a_pronoun_is_the_persons(brief_of):
    # negative: the clause's subject is the passage's person: theirs
    text = ("Presiden Arvo Melkin membalas kunjungan itu ke Lurin pada Juni, di mana ia memuji "
            "“kemitraan menyeluruh” kedua negara.\n")
    assert _quotes(brief_of, text)[-1][:2] == ("kemitraan menyeluruh", "Arvo Melkin")


INTERVIEW = ("Menurut Ketua Federasi Nelayan Rusia Arvo Melkin, tangkapan tahun ini turun.\n"
             "“Cuaca buruk membuat kapal kami tidak bisa berlayar,” ujarnya kepada kantor berita Interfax.\n")


def test_quotes_interlocutor_of_an_outlet_is_the_passages_person(brief_of):
    # "tambah lawan bicara <outlet>": the outlet's interviewee, the person the passage is about (not an
    # outlet the register knows as an agency, which would relay anyway)
    text = INTERVIEW + "“Harga ikan akan naik,” tambah lawan bicara Harian Veltra.\n"
    assert _quotes(brief_of, text)[-1][:2] == ("Harga ikan akan naik,", "Arvo Melkin")


def test_quotes_opponent_named_after_the_cue_is_not_the_passages_person(brief_of):
    # negative: "lawan" alone is an opponent, the person set off after it speaks
    text = INTERVIEW + "“Harga ikan akan naik,” tambah lawan politiknya, Dara Kolsen.\n"
    assert _quotes(brief_of, text)[-1][1] == "Dara Kolsen"


PLURAL = "\n\nMereka tidak bersedia menyebutkan tempatnya karena menyangkut “alasan keamanan”.\n"


def test_quotes_plural_pronoun_after_a_bodys_sentence_is_the_body(brief_of):
    # "Mereka ... “...”" with no subject of its own in the clause: the body the sentence before is about
    text = "Kementerian Luar Negeri Rusia mengumumkan jadwal kunjungan itu pada Jumat." + PLURAL
    assert _quotes(brief_of, text)[-1][:2] == ("alasan keamanan", "Kementerian Luar Negeri Rusia")


def test_quotes_plural_pronoun_after_a_persons_sentence_is_not_that_person(brief_of):
    # negative: a plural is no one person, though the passage is about one
    text = "Presiden Arvo Melkin mengumumkan jadwal kunjungan itu pada Jumat." + PLURAL
    assert _quotes(brief_of, text)[-1][:2] == ("alasan keamanan", None)
