"""Segment stage: sentence ends in body paragraphs (snippets written for these tests)."""
from __future__ import annotations

import pytest

from generator import layout, segment


def _sentences(lex, make_article, body: str) -> list[str]:
    article = make_article("Judul Berita Tentang Dua Negara\n\n" + body + "\n")
    page = layout.find_layout(article, lex)
    return [s.span.of(article.text) for s in segment.split_sentences(article, page, lex) if not s.caption]


@pytest.mark.parametrize("body, expected", [
    # a stop glued to the next sentence (a page pasted without its paragraph breaks) ends a sentence
    ("Delegasi itu tiba di Moskow pada Senin.Para menteri lalu bertemu di gedung kementerian.",
     ["Delegasi itu tiba di Moskow pada Senin.", "Para menteri lalu bertemu di gedung kementerian."]),
    # negative: a domain's suffix after the stop, and a short abbreviation before it, end nothing
    ("Berita itu pertama kali dimuat Situsberita.Com pada pekan lalu di halaman depan.",
     ["Berita itu pertama kali dimuat Situsberita.Com pada pekan lalu di halaman depan."]),
    ("Delegasi itu kemudian terbang ke St.Petersburg untuk bertemu para pengusaha.",
     ["Delegasi itu kemudian terbang ke St.Petersburg untuk bertemu para pengusaha."]),
    ("Jadwal lengkapnya dimuat di www.Situsberita.com sejak pekan lalu bagi para pembaca.",
     ["Jadwal lengkapnya dimuat di www.Situsberita.com sejak pekan lalu bagi para pembaca."]),
])
def test_segment_glued_sentence_end(lex, make_article, body, expected):
    assert _sentences(lex, make_article, body) == expected
