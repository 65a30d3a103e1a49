"""Whose voice a run of quote paragraphs carries: the speaker named in the sentence before, even when
the report names them last, after its last comma (invented snippets, invented names). Each test pairs
the shape with a negative case next to it."""
from __future__ import annotations

import pytest

from tests.unit.extracted import speakers


# -- a lead that names its speaker after its last comma, as the subject of a speech verb
#    (`..., Menteri X mengatakan pada Selasa.`): the quote paragraph after it is theirs

QUOTE_PARAGRAPH = "“Kami berharap kedua dokumen itu selesai sebelum akhir tahun.”\n"


@pytest.mark.parametrize("lead", [
    "Rusia berharap menandatangani dua perjanjian dengan Korea Utara tahun ini, "
    "Ketua Parlemen Rusia Arvo Melkin mengatakan pada pertemuan di Moskow Selasa.\n\n",
    "Rusia berharap menandatangani dua perjanjian dengan Korea Utara tahun ini, "
    "Arvo Melkin juga menyatakan kepada wartawan.\n\n",
])
def test_quotes_paragraph_after_a_lead_with_its_speaker_last_is_theirs(brief_of, lead):
    assert speakers(brief_of, lead + QUOTE_PARAGRAPH)[-1][1] == "Arvo Melkin"


def test_quotes_paragraph_after_a_lead_whose_last_clause_does_not_speak_is_nobodys(brief_of):
    # negative: the name after the last comma is no speech verb's subject
    lead = ("Rusia berharap menandatangani dua perjanjian dengan Korea Utara tahun ini, "
            "Ketua Parlemen Rusia Arvo Melkin tiba di Pyongyang pada Selasa.\n\n")
    assert speakers(brief_of, lead + QUOTE_PARAGRAPH)[-1][1] is None


# -- a body or person that speaks "itself" (`X sendiri menampik ...`) before a paragraph that is only a
#    quote: the quote goes on in their voice

DENIAL = ("Perusahaan energi Rusia, Korvalis Group, dilaporkan memasok bahan bakar ke Korea Utara.\n\n"
          "Namun, Direktur Korvalis Group Arvo Melkin sendiri menampik laporan itu pada Senin.\n\n")


def test_quotes_paragraph_after_a_denial_by_a_subject_itself_is_theirs(brief_of):
    text = DENIAL + '"Kami hanya menjual bahan bakar kepada mitra resmi."\n'
    assert speakers(brief_of, text)[-1][1] == "Arvo Melkin"


def test_quotes_paragraph_after_a_deed_of_a_subject_itself_is_nobodys(brief_of):
    # negative: the subject "itself" did something, said nothing
    text = DENIAL.replace("menampik laporan itu", "mengunjungi pelabuhan itu") + \
        '"Kami hanya menjual bahan bakar kepada mitra resmi."\n'
    assert speakers(brief_of, text)[-1][1] is None


# -- a suffixed cue (`ujarnya`) two paragraphs after a quote whose speaker is named, the paragraphs
#    between naming no person: the voice of that quote goes on

CARRIED = ("“Latihan itu mengancam kawasan,” kata Menteri Pertahanan Estonia Arvo Melkin.\n\n"
           "Diketahui kapal perang Korea Utara terlihat di dekat perbatasan.\n\n"
           "Langkah itu membuat kawasan makin tegang, menurut para pengamat.\n\n"
           "“Kami menolak cara seperti itu,” ujarnya.\n")


def test_quotes_suffixed_cue_paragraphs_after_a_named_quote_is_its_speakers(brief_of):
    assert speakers(brief_of, CARRIED)[-1][1] == "Arvo Melkin"


def test_quotes_suffixed_cue_after_another_person_named_between_is_not_carried(brief_of):
    # negative: another person is named between; the quote before does not carry over them
    text = CARRIED.replace("Diketahui kapal perang", "Menurut analis Tiit Varvas, kapal perang")
    assert speakers(brief_of, text)[-1][1] != "Arvo Melkin"


# -- a paragraph that is only a quote after a paragraph where a body confirms (or declines to confirm)
#    something: the body's words, as after any verb of indirect speech

CONFIRMING = ("Latihan gabungan itu digelar di perairan selatan pekan lalu.\n\n"
              "Kementerian Pertahanan Korea Selatan enggan {verb} laporan tentang jumlah kapal yang ikut.\n\n"
              "“Kami tidak dapat memberikan rincian soal operasi itu karena alasan keamanan.”\n")


def test_quotes_paragraph_after_a_body_confirming_is_the_bodys(brief_of):
    assert speakers(brief_of, CONFIRMING.format(verb="mengonfirmasi"))[-1][1] == "Kementerian Pertahanan Korea Selatan"


def test_quotes_paragraph_after_a_body_doing_no_speech_is_not_the_bodys(brief_of):
    # negative: the body does something, says nothing: no speaker from that paragraph
    assert speakers(brief_of, CONFIRMING.format(verb="menghadiri"))[-1][1] is None
