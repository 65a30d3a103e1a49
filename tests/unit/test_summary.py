"""Summary: 2-4 body sentences in text order, never headline, caption, furniture or a repeat."""
from __future__ import annotations

import pytest

BODY = ("JAKARTA - Rusia dan Korea Utara menandatangani perjanjian pertahanan baru di Pyongyang pada Rabu. "
        "Menteri Luar Negeri Korea Selatan memanggil duta besar Rusia sebagai protes. "
        "Amerika Serikat menyatakan keprihatinan atas perjanjian tersebut. "
        "Jepang juga meminta penjelasan dari Moskow tentang isi perjanjian itu.\n")


@pytest.mark.parametrize("text, never", [
    ("Judul Berita Pakta Pertahanan Rusia Korea\n\n" + BODY + "IKLAN\nBaca Juga: Harga minyak dunia naik lagi hari ini\n",
     ["Harga minyak", "IKLAN", "Judul Berita"]),
    ("Presiden tiba di Pyongyang untuk kunjungan kenegaraan dua hari. (Foto: AFP/Fotografer Satu)\n" + BODY,
     ["Presiden tiba di Pyongyang"]),
])
def test_summary_takes_only_body_sentences(text, never, brief_of):
    brief = brief_of(text)
    summary = [s.of(brief.article.text) for s in brief.summary]
    assert 2 <= len(summary) <= 4
    assert brief.summary == tuple(sorted(brief.summary))
    for fragment in never:
        assert not any(fragment in s for s in summary), fragment


@pytest.mark.parametrize("standfirst", [
    "Rusia dan Korea Utara menandatangani perjanjian pertahanan baru di Pyongyang.",
])
def test_summary_skips_a_sentence_that_repeats_one_already_chosen(standfirst, brief_of):
    brief = brief_of(f"Judul Pakta Pertahanan Rusia dan Korea Utara\n\n{standfirst}\n\n{BODY}")
    summary = [s.of(brief.article.text) for s in brief.summary]
    assert sum("menandatangani perjanjian pertahanan baru" in s for s in summary) == 1
