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


def test_the_sentence_end_pattern_opens_with_its_class_and_matches_what_a_repeat_of_it_matches():
    """`segment._END` opens with one stop and then any more (`[...][...]*`, so `re` skips to the stops): the
    same matches as the pattern opening with a repeat of the class, on invented text and random strings."""
    import re
    from random import Random
    from generator import segment
    plain = re.compile(segment._END.pattern.replace("[.!?…][.!?…]*", "[.!?…]+", 1))
    assert plain.pattern != segment._END.pattern
    rng = Random(1)
    texts = ["Ia tiba. Lalu pergi!! Benarkah?… “Ya.” Kota.Duta Besar tiba.", "Situs.Com dan A.B. Nama",
             *("".join(rng.choice("ab.!?…”’\"»)] \nAZcd") for _ in range(30)) for _ in range(5000))]
    for text in texts:
        for start, end in ((0, len(text)), (2, len(text) - 1)):
            assert ([m.span() for m in segment._END.finditer(text, start, end)]
                    == [m.span() for m in plain.finditer(text, start, end)]), text
