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
