"""Shortcuts of the actors passes for speed (issues 16/17/20) answer exactly as the scans they stand for.

Names are invented; only well-known countries and short forms come from the register.
"""
from __future__ import annotations

import random

import pytest

from generator import document
from generator.actor_kit import kit_of, lowered, short_forms, source_cued
from generator.cast import Reading, gazetteer_hits
from generator.items import items_of
from generator.model import Article, Sentence, Span


def _reading(lex, text: str, *, lower: bool) -> Reading:
    sentences, pos = [], 0
    for line in text.split("\n"):
        if line:
            sentences.append(Sentence(Span(pos, pos + len(line)), 0))
        pos += len(line) + 1
    article = Article(id="t", path="t.txt", text=text)
    r = Reading(article, tuple(sentences), kit_of(lex), lex, document.build(article, tuple(sentences)))
    if not lower:
        r.lowered = None      # the case-insensitive gazetteer alone, as before
    return r


def _items(lex, text: str, *, lower: bool) -> list:
    r = _reading(lex, text, lower=lower)
    return [[(it.kind, it.start, it.end, it.entry.id if it.entry else None) for it in items_of(r, s)]
            for s in r.sentences]


@pytest.mark.parametrize("text,same", [
    ("Pejabat Korea Selatan dan Rusia bertemu di Moskow.", True),
    ("Rıza Tanaka tiba di Seoul.", False),         # "ı" matches "i" only under re.IGNORECASE
    ("İlham Sorensen tiba di Seoul.", False),      # "İ" lowers to two characters
    ("Café Sorensen di Paris.", True),              # an accent lowers one for one
])
def test_lowered_only_where_lower_case_stands_for_ignorecase(text, same):
    assert (lowered(text) == text.lower()) is same
    if not same:
        assert lowered(text) is None


def test_lowered_gazetteer_finds_what_the_case_insensitive_one_finds(lex):
    # Where a case-insensitive trie has both cases of a letter ("RI" before "Ri ..."), the hit is
    # still read as the gazetteer reads it; and the lower-cased search finds every hit it finds.
    texts = [
        "Kata RI, Ri Tae Hwan berada di PYONGYANG bersama pejabat korea selatan.",
        "Delegasi AS, as, dan As-Salam tiba di Amerika Serikat; Rusia-Korea Utara.",
        "Menteri Luar Negeri Rusia bertemu mitranya dari republik korea.",
    ]
    kit = kit_of(lex)
    aliases = sorted({a for e in lex.register.entries.values() for a in e.aliases if e.kind == "country"})
    rnd = random.Random(11)
    for _ in range(150):
        words = []
        for _ in range(rnd.randint(3, 10)):
            word = rnd.choice(aliases + ["dan", "di", "Tae", "Hwan", "-", ",", "(", ")", "kata"])
            words.append(rnd.choice([word, word.lower(), word.upper(), word.title()]))
        texts.append(" ".join(words) + ".")
    assert kit.gazetteer_lower is not None
    for text in texts:
        assert lowered(text) is not None
        assert _items(lex, text, lower=True) == _items(lex, text, lower=False), text


@pytest.mark.parametrize("before,cued", [
    ("Hal itu dilansir dari ", True),
    ("Hal itu DILANSIR DARI  ", True),
    ("seperti dikutip kantor berita (ABC) ", True),      # a cue and its acronym in brackets
    ("Hal itu dilansir dari", False),                     # no space after the cue
    ("Hal itu dilaporkan Budi dari ", False),             # the cue is not the last word
    ("Menurut warga ", False),
    ("", False),
])
def test_source_cued(lex, before, cued):
    kit = kit_of(lex)
    assert source_cued(kit, before) is cued
    assert (kit.source_cue.search(before) is not None) is cued


def test_source_cued_is_the_search_it_stands_for(lex):
    kit = kit_of(lex)
    cues = list(lex.group("organizations", "groups")["source_cues"])
    rnd = random.Random(5)
    for _ in range(3000):
        parts = [rnd.choice(cues + ["Budi", "kata", "(ABC)", "(abc)", "dari", "-", "ſitus", "\n", "  "])
                 for _ in range(rnd.randint(0, 4))]
        before = rnd.choice([" ", "", "\n", "  "]).join(parts) + rnd.choice(["", " ", "\n", " \n", "\t"])
        before = rnd.choice([before, before.upper(), before.title()])
        assert source_cued(kit, before) == (kit.source_cue.search(before) is not None), repr(before)


def test_tokens_without_groups_are_the_tokens():
    from generator.document import TOKEN
    from generator.items import _TOKENS
    rnd = random.Random(2)
    for _ in range(2000):
        text = "".join(rnd.choice("aB1 -.,'’?\ufffd\u0301“”\n") for _ in range(rnd.randint(0, 20)))
        assert [m.span() for m in _TOKENS.finditer(text)] == [m.span() for m in TOKEN.finditer(text)], repr(text)


@pytest.mark.parametrize("word", ["Budi", "budi", "Dr", "dr", "Kementerian", "kementerian", "Hari", "hari", "Yang",
                                  "AS", "Orang-orang", "Korea-Rusia", "?osmodrome", "10.000", ",", "Januari"])
def test_word_shape_is_the_tests_it_keeps(lex, word):
    from generator.items import ACADEMIC, HEAD_OR_DAY, LETTER, NAME_WORD, SURNAME, name_word, word_shape
    from generator.lexicon import fold
    kit = kit_of(lex)
    shape = word_shape(kit, word)
    assert bool(shape & ACADEMIC) == (fold(word) in kit.academic)
    assert bool(shape & LETTER) == (word[:1].isalpha() or word[:1] in "?\ufffd")
    assert bool(shape & HEAD_OR_DAY) == (word.lower() in kit.org_first or word.lower() in kit.day_nouns)
    assert bool(shape & NAME_WORD) == name_word(kit, word)
    assert bool(shape & SURNAME) == (word in kit.surname_words)


def test_apposed_body_looks_for_the_phrase_only_before_a_comma(lex):
    # The phrase's pattern ends in a comma and spaces right before the run: where none is, the search
    # it skips finds nothing either.
    from generator.names import _apposed_body
    kit = kit_of(lex)
    pieces = ["perusahaan", "lembaga", "analisis", "Korea Selatan", ",", "  ", "\n", "Orvix", "Analytics", "(",
              "kata", "."]
    rnd = random.Random(4)
    taken = 0
    for _ in range(1500):
        head = " ".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 6)))
        head += rnd.choice(["", ",", ", ", " ,  ", ",\n", ",\t"])
        text = head + "Budi Santoso" + rnd.choice([",", ".", " kata"]) + " lalu."
        r = _reading(lex, text, lower=True)
        start, end = len(head), len(head) + len("Budi Santoso")
        line_start = text.rfind("\n", 0, start) + 1
        searched = kit.apposed_kind.search(text, max(line_start, start - 120), start)
        if _apposed_body(r, start, end):
            assert searched is not None
            taken += 1
        if not text[max(line_start, start - 120):start].rstrip().endswith(","):
            assert searched is None       # no comma before the run: the search finds nothing there
    assert taken      # (some runs are such bodies)


@pytest.mark.parametrize("text,cut", [
    ("Ia berkunjung ke Katedral Ho", True),        # the page ends inside the name
    ("Ia berkunjung ke Katedral Ho  \n", True),
    ("Ia berkunjung ke Katedral Ho.", False),
    ("Katedral Ho berdiri di sana.", False),
])
def test_cut_at_end(lex, text, cut):
    from generator.cast import Item
    from generator.names import cut_at_end
    r = _reading(lex, text, lower=True)
    at = text.index("Ho") + 2
    item = Item("name", text.index("Katedral"), at, text[text.index("Katedral"):at])
    rest = text[item.end:]
    assert cut_at_end(r, item) is cut
    assert (not rest.strip() and bool(text.rstrip()) and text.rstrip()[-1] not in ".!?\"”’')…:;") is cut


def test_short_forms_are_the_matches_of_spaces_and_a_bracketed_short_form():
    import re
    old = re.compile(r"\s*\(([A-Z]{2,6})\)")
    rnd = random.Random(5)
    texts = ["Dewan Rakyat Lurin (DRL) bertemu Partai Hijau  (PH).", "(AB)(CD) \n (EF) (Gh) (ABCDEFG) ( AB)",
             "", "(XY)", " \t(XY) x"]
    texts += ["".join(rnd.choice("AB( )\n\tx\u00a0") for _ in range(rnd.randint(0, 25))) for _ in range(3000)]
    for text in texts:
        assert list(short_forms(text)) == [(m.start(), m.group(1)) for m in old.finditer(text)], text


def test_gazetteer_hits_are_the_case_insensitive_gazetteer_hits(lex):
    kit = kit_of(lex)
    aliases = sorted({a for e in lex.register.entries.values() for a in e.aliases if e.kind == "country"})
    rnd = random.Random(3)
    texts = ["Kata RI, Ri Tae Hwan berada di PYONGYANG bersama pejabat korea selatan (KS)."]
    for _ in range(150):
        words = [rnd.choice([w, w.lower(), w.upper()]) for w in
                 (rnd.choice(aliases + ["dan", "Tae", "-", "(", ")"]) for _ in range(rnd.randint(2, 8)))]
        texts.append(" ".join(words))
    for text in texts:
        for start, end in ((0, len(text)), (3, max(3, len(text) - 2))):
            expected = [m.span() for m in kit.gazetteer.finditer(text, start, end)]
            assert [m.span() for m in gazetteer_hits(kit, text, lowered(text), start, end)] == expected, text
            assert [m.span() for m in gazetteer_hits(kit, text, None, start, end)] == expected, text
