"""Scans that replaced Python loops for speed (issues 16/17) answer exactly as the loops did."""
from __future__ import annotations

import random

import pytest

from generator.document import QUOTE_MARKS, TOKEN, first_of
from generator.layout import _begins_another


@pytest.mark.parametrize("text,start,end,expected", [
    ("Ia berkata “kami siap”.", 0, None, 11),
    ("Ia berkata “kami siap”.", 12, None, 21),
    ("Ia berkata kami siap.", 0, None, None),          # no mark at all
    ("“Siap,” katanya.", 1, 5, None),                   # the marks lie outside the range
    ("“Siap,” katanya.", 5, 2, None),                   # an empty range
])
def test_first_of_finds_the_first_mark_in_range(text, start, end, expected):
    assert first_of(QUOTE_MARKS, text, start, end) == expected


def test_first_of_is_the_character_loop():
    rnd = random.Random(7)
    for _ in range(2000):
        text = "".join(rnd.choice("ab “”\"«»,.") for _ in range(rnd.randint(0, 12)))
        start, end = rnd.randint(0, 12), rnd.randint(0, 12)
        loop = next((i for i in range(start, min(end, len(text))) if text[i] in QUOTE_MARKS), None)
        assert first_of(QUOTE_MARKS, text, start, min(end, len(text))) == loop


@pytest.mark.parametrize("key,lines,expected", [
    ("Kerja sama itu dibahas", ["Kerja sama itu dibahas", "Kerja sama itu dibahas di Seoul"], True),
    ("Kerja sama itu dibahas", ["Kerja sama itu dibahas"], False),          # only itself
    ("Kerja sama itu dibahas", ["Kerja sama itu", "Pertemuan di Seoul"], False),   # shorter, other
    ("Kerja sama", ["Kerja samanya", "Kerja sama"], True),
])
def test_begins_another(key, lines, expected):
    assert _begins_another(key, sorted(set(lines))) is expected


def test_begins_another_is_the_scan_it_replaced():
    rnd = random.Random(3)
    for _ in range(5000):
        lines = ["".join(rnd.choice("ab ") for _ in range(rnd.randint(0, 5))) for _ in range(rnd.randint(0, 8))]
        key = "".join(rnd.choice("ab ") for _ in range(rnd.randint(0, 4)))
        assert _begins_another(key, sorted(set(lines))) == any(o != key and o.startswith(key) for o in lines)


@pytest.mark.parametrize("text,tokens", [
    ("Kim Jong-un tiba", ["Kim", "Jong-un", "tiba"]),
    ("Korea-Rusia, 10.000 orang", ["Korea-Rusia", ",", "10.000", "orang"]),
    ("kata Anto\u0301nio -", ["kata", "Anto\u0301nio", "-"]),      # a separate accent stays in the word
    ("Rusia- dan", ["Rusia", "-", "dan"]),                         # a hyphen before a space ends the word
])
def test_tokens(text, tokens):
    assert [m.group() for m in TOKEN.finditer(text)] == tokens
