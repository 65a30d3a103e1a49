"""The document: one tokeniser, sentences and paragraphs by offset, annotation layers (issue 17)."""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from generator import document
from generator.cache import extractor_modules, module_files
from generator.document import Annotation, Document, Layer
from generator.model import Article, Sentence, Span

GENERATOR = Path(document.__file__).parent

#            0         1         2         3         4         5         6         7
#            0123456789012345678901234567890123456789012345678901234567890123456789012345
TEXT = ("Menlu Arvenia, Dara Kolsen-Vey, tiba di Lurin.\n\n"
        "“Kami siap,” kata Kolsen-Vey pada 12 Maret 2031. Ia pulang 10.000 km.\n")


def make_doc(text: str = TEXT) -> Document:
    first = text.index(".") + 1
    second_start = text.index("“")
    second_end = text.index("2031.") + len("2031.")
    third_start = text.index("Ia")
    sentences = (Sentence(Span(second_start, second_end), 1), Sentence(Span(0, first), 0),
                 Sentence(Span(third_start, len(text) - 1), 1))
    return document.build(Article(id="t", path="t.txt", text=text), sentences)


def texts(matches) -> list[str]:
    return [m.group() for m in matches]


# -- the tokeniser ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Dara Kolsen-Vey tiba.", ["Dara", "Kolsen-Vey", "tiba", "."]),
    ("Kim’s jet, 10.000 km!", ["Kim’s", "jet", ",", "10.000", "km", "!"]),
    ("“Kami siap,” katanya", ["“", "Kami", "siap", ",", "”", "katanya"]),
    ("kata- kata", ["kata", "-", "kata"]),              # a dangling hyphen is a mark, not part of the word
    ("Lur?n", ["Lur?n"]),                               # a mis-encoded letter stays inside the name
    ("? Lurin", ["?", "Lurin"]),                        # a question mark before a space is a mark
])
def test_tokens(text, expected):
    assert texts(document.tokens(text)) == expected


def test_token_kinds_and_words_leave_out_marks():
    kinds = [m.lastgroup for m in document.tokens("Ia pulang 10.000 km.")]
    assert kinds == ["word", "word", "number", "word", "mark"]
    assert texts(document.words("Ia pulang 10.000 km.")) == ["Ia", "pulang", "10.000", "km"]
    assert texts(document.words("“, .”")) == []


def test_tokens_of_a_range_follow_regex_pos_semantics():
    text = "Dara Kolsen-Vey tiba."
    start = text.index("sen")
    assert texts(document.tokens(text, start, text.index("tiba") + 2)) == ["sen-Vey", "ti"]
    assert document.word_at(text, text.index("Kolsen")).group() == "Kolsen-Vey"
    assert document.word_at(text, text.index(" tiba")) is None          # a space, not a word
    assert document.word_at(text, text.index(".")) is None              # a mark is not a word
    assert document.first_word(text, text.index(" tiba")).group() == "tiba"
    assert document.first_word(text, text.index(".")) is None


@pytest.mark.parametrize("text", [
    "Dara Kolsen-Vey tiba.", "?Lurin ??  \ufffdKim kata- -kata _x x_ 10.000, 2031/32: 3-4 a--b ’s 'Kim'",
    "“Kami siap,” katanya (12/3) -- G20; Kim’s “‘nested’” «ya» „nein“ ...",
])
def test_words_are_the_tokens_without_the_marks(text):
    tokens = [m.span() for m in document.tokens(text) if m.lastgroup != "mark"]
    assert [m.span() for m in document.words(text)] == tokens
    for start in range(len(text)):           # from any offset, as the stages ask
        expected = [m.span() for m in document.tokens(text, start) if m.lastgroup != "mark"]
        assert [m.span() for m in document.words(text, start)] == expected
        first = document.first_word(text, start)
        assert (first.span() if first else None) == (expected[0] if expected else None)
        at = document.word_at(text, start)
        assert (at.span() if at else None) == (expected[0] if expected and expected[0][0] == start else None)


def test_ascii_tokens_are_the_tokens_of_ascii_text():
    """`ASCII_TOKEN_PATTERN` gives the one tokeniser's tokens wherever the text is ASCII (every ASCII
    character, the separators `str.isspace` knows among them, in random strings and from any range);
    not on other text, which is why a stage uses it only where the text is ASCII."""
    import random
    ascii_tokens = re.compile(document.ASCII_TOKEN_PATTERN)
    rng = random.Random(7)
    alphabet = [chr(c) for c in range(128)] + list("aaaeeiKkz  --??''..,,//::__0099")
    samples = ["Dara Kolsen-Vey tiba.", "?Lurin ?? Kim kata- -kata _x x_ 10.000, 2031/32: 3-4 a--b 's 'Kim'",
               "G20; (12/3) -- x\x1cy\x1d\x1e\x1fz a-\x1fb"]
    samples += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))) for _ in range(3000)]
    for text in samples:
        for start, end in ((0, len(text)), (len(text) // 3, len(text) - len(text) // 4)):
            assert ([m.span() for m in ascii_tokens.finditer(text, start, end)]
                    == [m.span() for m in document.tokens(text, start, end)]), (text, start, end)
    text = "Jürgen Müller tiba."          # not ASCII: the ASCII classes would cut the words
    assert [m.group() for m in ascii_tokens.finditer(text)] != [m.group() for m in document.tokens(text)]


def test_the_tokeniser_reads_the_words_its_loop_form_read():
    """The word branch is written `R*(?:J(?=\\w)R*)*` (a run, then a joiner and its run) for speed; the loop
    form `(?:R+|J(?=\\w))*` it replaced reads the same tokens (the joiners are no run characters): on
    random strings of word characters, joiners, apostrophes, accents, digits, marks and spaces, from any
    range, for the one tokeniser and its ASCII form."""
    import random
    combining = "\u0300-\u036f"
    loop = re.compile(r"(?P<word>[?\ufffd]?[^\W\d_](?:[\w'’" + combining + r"]+|[-?\ufffd](?=\w))*)"
                      r"|(?P<number>\d[\w.,/:-]*)|(?P<mark>\S)")
    ascii_loop = re.compile(r"\??[A-Za-z](?:[A-Za-z0-9_']+|[-?](?=[A-Za-z0-9_]))*|[0-9][A-Za-z0-9_.,/:-]*|\S")
    ascii_tokens = re.compile(document.ASCII_TOKEN_PATTERN)
    rng = random.Random(11)
    alphabet = list("aAzZéÜк한1_-?\ufffd'’\u0301., /:  \t\n“”") + ["--", "a-b", "x?y", "Kim’s"]
    samples = ["Dara Kolsen-Vey tiba.", "?Lurin ?? \ufffdKim kata- -kata a--b a-?b 3-4 ’s Anto\u0301nio x'-y"]
    samples += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30))) for _ in range(4000)]
    for text in samples:
        for start, end in ((0, len(text)), (len(text) // 3, len(text) - len(text) // 4)):
            expected = [(m.lastgroup, m.span()) for m in loop.finditer(text, start, end)]
            assert [(m.lastgroup, m.span()) for m in document.tokens(text, start, end)] == expected, text
            if text.isascii():
                assert ([m.span() for m in ascii_tokens.finditer(text, start, end)]
                        == [m.span() for m in ascii_loop.finditer(text, start, end)]), text
    # negative: a loop that let a joiner run on alone ("a--b" one word) would read other tokens
    loose = re.compile(r"[^\W\d_][\w-]*|\S")
    assert [m.group() for m in loose.finditer("a--b")] != [m.group() for m in document.tokens("a--b")]


@pytest.mark.parametrize("token, expected", [
    ("Kolsen-Vey", ["Kolsen", "Vey"]), ("10.000", ["10", "000"]), ("Arvenia", ["Arvenia"]),
    ("Kim’s", ["Kim", "s"]), ("2030/31", ["2030", "31"]),
])
def test_pieces(token, expected):
    assert document.pieces(token) == expected


def test_word_pieces_and_letter_words():
    assert document.word_pieces("Pada 12-13 Maret, Kolsen-Vey.") == ["Pada", "12", "13", "Maret", "Kolsen", "Vey"]
    assert document.letter_words("Pada 12 Maret, G20 dan Kolsen-Vey.") == ["Pada", "Maret", "dan", "Kolsen", "Vey"]
    text = "Pada 12 Maret, G20 dan Kolsen-Vey."
    assert document.letter_words(text, text.index("dan"), text.index("-Vey")) == ["dan", "Kolsen"]


# -- sentences and paragraphs ----------------------------------------------------------------

def test_sentences_are_ordered_and_found_by_offset():
    doc = make_doc()
    assert [s.span.start for s in doc.sentences] == sorted(s.span.start for s in doc.sentences)
    assert doc.sentence_at(TEXT.index("Lurin")).span.start == 0
    assert doc.sentence_at(TEXT.index("Maret")).span.start == TEXT.index("“")
    assert doc.sentence_at(TEXT.index("Ia")).span.start == TEXT.index("Ia")
    assert doc.sentence_at(TEXT.index("\n\n")) is None                # between paragraphs
    assert doc.sentence_at(TEXT.index("2031.") + len("2031.")) is None  # the space after a sentence
    assert doc.sentence_index(0) == 0 and doc.sentence_index(len(TEXT)) == 2


def test_paragraphs_cover_their_sentences():
    doc = make_doc()
    assert doc.paragraphs == {0: Span(0, TEXT.index(".") + 1), 1: Span(TEXT.index("“"), len(TEXT) - 1)}
    assert doc.paragraph_at(TEXT.index("Arvenia")) == 0
    assert doc.paragraph_at(TEXT.index("pulang")) == 1
    assert doc.paragraph_at(TEXT.index("\n\n") + 1) is None


def test_tokens_of_a_sentence_are_computed_once():
    doc = make_doc()
    first = doc.sentences[0].span
    assert doc.tokens(first.start, first.end) is doc.tokens(first.start, first.end)
    assert texts(doc.tokens(first.start, first.end))[:4] == ["Menlu", "Arvenia", ",", "Dara"]


# -- layers ----------------------------------------------------------------------------------

def test_layer_lookups_by_offset():
    doc = make_doc()
    name = doc.annotate("mention", Span(TEXT.index("Dara"), TEXT.index(", tiba")), "person", "names.run", key="kolsen")
    later = doc.annotate("mention", Span(TEXT.index("Kolsen-Vey pada"), TEXT.index(" pada")), "person", "names.alias")
    place = doc.annotate("mention", Span(TEXT.index("Lurin"), TEXT.index("Lurin") + 5), "place", "gazetteer")
    layer = doc.layer("mention")
    assert list(layer) == [name, place, later]           # kept in text order whatever the order added
    assert layer.at(TEXT.index("Kolsen")) == [name]
    assert layer.at(TEXT.index("tiba")) == []
    assert layer.at(name.span.end) == []                 # spans are half-open
    assert layer.within(0, TEXT.index("\n")) == [name, place]
    assert layer.within(0, TEXT.index("Lurin") + 2) == [name]   # a span cut by the range is not within it
    assert layer.before(TEXT.index("tiba")) == name
    assert layer.before(0) is None
    assert name.attr("key") == "kolsen" and later.attr("key") is None
    assert len(doc.layer("date")) == 0


def test_a_layer_keeps_the_same_order_however_it_is_filled():
    spans = [Span(5, 9), Span(0, 20), Span(5, 7), Span(0, 3), Span(5, 9)]
    annotations = [Annotation(span, "x", f"r{i}") for i, span in enumerate(spans)]
    added = Layer()
    for annotation in annotations:
        added.add(annotation)
    assert list(added) == list(Layer(annotations))
    assert [(a.span.start, a.span.end) for a in added] == [(0, 3), (0, 20), (5, 7), (5, 9), (5, 9)]
    assert [a.rule for a in added.at(5)] == ["r1", "r2", "r0", "r4"]


def test_layer_at_finds_a_long_span_that_starts_far_before():
    layer = Layer([Annotation(Span(0, 100), "quote", "marks"), Annotation(Span(50, 52), "person", "x")])
    assert [a.label for a in layer.at(51)] == ["quote", "person"]
    assert [a.label for a in layer.at(99)] == ["quote"]
    assert layer.at(100) == []


# -- one tokeniser ---------------------------------------------------------------------------

SAMPLE = "Para diplomat Arvenia bertemu di Lurin pada 12 Maret, katanya."
_REGEX_CALLS = {"compile", "findall", "finditer", "search", "match", "fullmatch", "split", "sub", "regex"}


def _patterns(path: Path):
    """The string literals a module hands to a regex call."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in _REGEX_CALLS:
            for arg in node.args:
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    yield arg.value


def _tokenises(pattern: str) -> bool:
    """A pattern tokenises when it cuts a plain sentence into its words: every match a word, and
    at least six of them whole words of the sentence."""
    try:
        found = [m.group() for m in re.finditer(pattern, SAMPLE) if m.group()]
    except re.error:
        return False
    whole = set(re.findall(r"\w+", SAMPLE))
    return all(re.fullmatch(r"\w+", f) for f in found) and sum(f in whole for f in found) >= 6


@pytest.mark.parametrize("pattern, tokenises", [
    (r"\w+", True), (r"[\w']+", True), (r"[^\W\d_]+", True), (r"[\w][\w'’-]*", True), (r"[^\W\d_]{4,}", True),
    (r"\s*,\s*", False), (r"[A-Z][\w'.-]+(?:[ \t]+[A-Z][\w'.-]+){1,3}", False), (r"(?!x)x", False),
    (r"[A-Za-zÀ-ɏ]", False),            # a character class tests letters, it cuts no words
])
def test_the_tokeniser_detector(pattern, tokenises):
    assert _tokenises(pattern) == tokenises


def test_there_is_one_tokeniser():
    """No module that reads article text (the extractor, and build's language check) cuts it into
    words with a pattern of its own."""
    assert _tokenises(document.TOKEN_PATTERN.replace("|(?P<mark>\\S)", ""))
    readers = sorted(set(extractor_modules()) - {"document"} | {"build"})
    assert {"actors", "quotes", "dates", "summary", "segment", "layout", "build"} <= set(readers)
    offenders = [(name, p) for name in readers for path in module_files(GENERATOR, name)   # quotes/: every file
                 for p in _patterns(path) if _tokenises(p)]
    assert offenders == []


@pytest.mark.parametrize("text, start, end, found", [
    ("Kata Arvo, “Kami siap,” ujarnya:", 0, None, 31),     # the last of the marks
    ("Kata Arvo, “Kami siap,” ujarnya:", 0, 31, 22),       # before `end`
    ("Kata Arvo, “Kami siap,” ujarnya:", 10, 21, 11),      # within [start, end)
    ("Kata Arvo kemarin", 0, None, None),                   # none
])
def test_last_of_finds_the_last_of_some_characters(text, start, end, found):
    assert document.last_of(',:;“”', text, start, end) == found
    first = document.first_of(',:;“”', text, start, end)
    assert (first is None) == (found is None)


def test_letter_words_are_the_runs_of_letters_of_each_word_token():
    """`letter_words` reads the words in one pass and their runs in another: the runs of letters each word
    token (`document.WORD`, numbers and marks left out) holds, on random texts of letters, digits, joiners,
    marks, accents written apart, look-alikes of digits and underscores, over any range, ASCII or not."""
    import random

    def by_token(text, start, end):
        return [p for m in document.WORD.finditer(text, start, len(text) if end is None else end)
                if m.lastgroup == "word" for p in document.pieces(m.group()) if p.isalpha()]

    rnd = random.Random(17)
    ascii_seen = 0
    for _ in range(5000):
        text = "".join(rnd.choice("aB9_'-?. ,/:\n’\u0301é²\ufffd") for _ in range(rnd.randint(0, 30)))
        start = rnd.randint(0, len(text))
        end = rnd.randint(start, len(text)) if rnd.random() < 0.5 else None
        assert document.letter_words(text, start, end) == by_token(text, start, end), (text, start, end)
        ascii_seen += text.isascii()
    assert ascii_seen > 100
    assert document.letter_words("Kim's co_op 2024/abc ?Nama a\u0301b G20") == ["Kim", "s", "Nama", "a", "b"]
