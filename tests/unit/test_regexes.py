"""Compiled regular expressions kept between builds (generator/regexes.py): a pattern compiled
from the store is the pattern `re` compiles; a spoilt or foreign store is ignored; an extraction
through the store gives the same brief."""
from __future__ import annotations

import json
import pickle
import re

import pytest

from generator import regexes
from generator.cache import brief_to_json
from generator.extract import extract
from generator.lexicon import load_lexicon
from generator.model import Article

PATTERNS = [(r"(?P<kota>[A-Z][a-z]+)\s+(?i:selatan|utara)\b", 0), (r"^\s*(?:Baca juga|Lihat)\s*:", re.I | re.M),
            (r"(?<![\w-])(?:Kim Jong Un|Kim Yo Jong)(?![\w-])", 0), (r"a.b", re.S), ("x # a comment\n y", re.X),
            (r"(\d{1,2})/(\d{1,2})/(\d{4})", 0)]
TEXT = "Seoul  SELATAN bertemu Kim Jong Un di Busan utara.\n baca juga: a\nb (12/3/2024) xy"


@pytest.fixture
def fresh(monkeypatch):
    monkeypatch.setattr(regexes, "_KEPT", {})
    monkeypatch.setattr(regexes, "_ADDED", 0)
    monkeypatch.setattr(regexes, "_VALUES", {})
    original = re._compiler.compile
    yield
    re._compiler.compile = original
    re.purge()


def compiled(pattern, flags):
    re.purge()                        # past re's own cache, to the compiler
    return re.compile(pattern, flags)


def same(a: re.Pattern, b: re.Pattern) -> bool:
    return ((a.pattern, a.flags, a.groups, dict(a.groupindex)) == (b.pattern, b.flags, b.groups, dict(b.groupindex))
            and [(m.span(), m.groups()) for m in a.finditer(TEXT)] == [(m.span(), m.groups()) for m in b.finditer(TEXT)])


def test_patterns_from_the_store_are_the_patterns_re_compiles(tmp_path, fresh):
    store = tmp_path / "regexes.pickle"
    plain = [compiled(p, f) for p, f in PATTERNS]
    with regexes.kept(store):
        first = [compiled(p, f) for p, f in PATTERNS]
    assert regexes.added() >= len(PATTERNS) and store.is_file()
    assert re._compiler.compile.__name__ == "compile"            # `re` is itself again
    regexes._KEPT.clear()
    assert regexes.known(store) >= len(PATTERNS)
    added = regexes.added()
    with regexes.kept(store):
        again = [compiled(p, f) for p, f in PATTERNS]
    assert regexes.added() == added                                 # every one taken from the store
    assert all(same(a, b) and same(a, c) for a, b, c in zip(plain, first, again))
    assert again[1].search(TEXT) and again[4].fullmatch("xy")        # flags kept (re.I, re.X)
    assert not compiled(PATTERNS[4][0], 0).fullmatch("xy")


def test_a_spoilt_or_foreign_store_is_ignored(tmp_path, fresh):
    store = tmp_path / "regexes.pickle"
    store.write_bytes(b"not a pickle")
    assert regexes.known(store) == 0
    store.write_bytes(pickle.dumps({"digest": "another python", "kept": {("a", 0): (0, [], 0, {}, ())}}))
    assert regexes.known(store) == 0 and regexes._KEPT == {}
    with regexes.kept(store):
        assert same(compiled(*PATTERNS[0]), re._compiler.compile.original(*PATTERNS[0]))
    assert regexes.known(store) >= 1                                 # written again, its own


def test_an_extraction_through_the_store_gives_the_same_brief(tmp_path, fresh):
    article = Article(id="a", path="a.txt", text=(
        "Rusia dan Korea Utara Bahas Kerja Sama\n\nMOSKWA - Menlu Rusia Sergey Lavrov menjamu "
        "mitranya dari Korea Utara, Choe Son Hui, pada Selasa (5/3/2024).\n\n\u201cKami sepakat,\u201d "
        "kata Lavrov.\n"))
    store = tmp_path / "regexes.pickle"
    plain = brief_to_json(extract(article, load_lexicon()))
    with regexes.kept(store):
        first = brief_to_json(extract(article, load_lexicon()))
    with regexes.kept(store):
        again = brief_to_json(extract(article, load_lexicon()))
    assert plain == first == again and "Lavrov" in json.dumps(plain)


def test_a_value_of_this_python_is_kept_with_the_programs(tmp_path, fresh):
    store = tmp_path / "regexes.pickle"
    built = []

    def build():
        built.append(1)
        return "\u00b2\u00b3"
    with regexes.kept(store):
        assert regexes.value("digits", build) == "\u00b2\u00b3"
        assert regexes.value("digits", build) == "\u00b2\u00b3" and len(built) == 1   # once a process
    regexes._VALUES.clear()
    with regexes.kept(store):
        assert regexes.value("digits", build) == "\u00b2\u00b3" and len(built) == 1   # from the store
        assert regexes.value("other", lambda: 7) == 7                   # a value not kept is built
    # A store of another Python gives no value: it is built again.
    regexes._VALUES.clear()
    store.write_bytes(pickle.dumps({"digest": "another python", "kept": {}, "values": {"digits": "x"}}))
    with regexes.kept(store):
        assert regexes.value("digits", build) == "\u00b2\u00b3" and len(built) == 2


def test_the_digit_class_from_the_store_is_the_one_made_by_the_scan(tmp_path, fresh):
    import dataclasses

    from generator import dates
    lex = load_lexicon()
    store = tmp_path / "regexes.pickle"
    with regexes.kept(store):
        made = dates._digit(dataclasses.replace(lex, _compiled={})).pattern
    regexes._VALUES.clear()
    with regexes.kept(store):
        assert regexes._VALUES                                           # read back from the store
        kept = dates._digit(dataclasses.replace(lex, _compiled={})).pattern
    assert made == kept
    for char in "7\u0663\u00b2\u2460":                                  # ASCII, Arabic-Indic, superscript, circled
        assert re.fullmatch(kept, char)
    for char in "a\u00bd\u2155 ":                                       # a letter, vulgar fractions (numeric, no digits)
        assert not re.fullmatch(kept, char)


def test_the_case_table_from_the_store_is_the_one_made_by_the_scan(tmp_path, fresh):
    from generator import prefilter
    store = tmp_path / "regexes.pickle"
    prefilter._case_table.cache_clear()
    with regexes.kept(store):
        made = prefilter._case_table()
    assert "prefilter.case_table.1" in regexes._VALUES
    regexes._VALUES.clear()
    prefilter._case_table.cache_clear()
    with regexes.kept(store):
        kept = prefilter._case_table()
    prefilter._case_table.cache_clear()
    assert kept == made == prefilter._scan_case_table()
    assert kept[ord("\u212a")] == "k" and ord("\u00e9") not in kept   # the Kelvin sign is a K to `re`; é is not an e


def test_the_lexicon_s_alternations_are_kept_with_the_programs_under_their_words(tmp_path, fresh, monkeypatch):
    """lexicon.alternation and word_alternation: made once, then taken from the store in a fresh
    process (nothing emitted) under a digest of the code and their arguments: the same phrases in
    another order are the same pattern; other phrases, another flag or separator, a new one."""
    from generator import lexicon

    store = tmp_path / "regexes.pickle"
    names = ["Duta Besar", "Menteri Luar Negeri", "Menteri", "Wakil Menteri"]
    with regexes.kept(store):
        plain = lexicon.alternation(names)
        word = lexicon.word_alternation(names, flags=re.IGNORECASE)
        dashed = lexicon.alternation(names, separator=r"[\s\-]+")
    assert re.fullmatch(plain, "Wakil  Menteri") and not re.fullmatch(plain, "Wakil-Menteri")
    assert re.fullmatch(dashed, "Wakil-Menteri") and re.search(word, "kata wakil menteri itu", re.IGNORECASE)
    regexes._VALUES.clear()
    with regexes.kept(store):
        monkeypatch.setattr(lexicon, "_emit", lambda *a: pytest.fail("made again"))
        assert lexicon.alternation(list(reversed(names))) == plain
        assert lexicon.word_alternation(names, flags=re.IGNORECASE) == word
        assert lexicon.alternation(names, separator=r"[\s\-]+") == dashed
        for other in (lambda: lexicon.alternation(names[:3]), lambda: lexicon.alternation(names, ignore_case=True),
                      lambda: lexicon.word_alternation(names)):
            with pytest.raises(pytest.fail.Exception):
                other()
