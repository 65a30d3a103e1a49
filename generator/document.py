"""One document per article, built once: the tokeniser, sentences, paragraphs and annotation layers.

Every stage reads the same `Document`: its tokens come from the one tokeniser below (no stage
compiles a token or word pattern of its own), its sentences and paragraphs are looked up by
offset with a bisection, and what a stage finds can be laid on it as a layer of annotations
(span, label, rule id, attributes) that later stages look up by offset too.

What the stages share about characters is defined here, once: the quotation marks and the
shapes of capitalised runs. Language data (words) stays in `lang/`.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import Iterator

from .model import Article, Sentence, Span, quick_init

# -- quotation marks -------------------------------------------------------------------------
# Double quotation marks that open and close a quotation ("„" is the low opener of German-style
# copy); "”" also closes after a "“".
DOUBLE_OPENERS = "“«„"
DOUBLE_CLOSERS = "”»"
STRAIGHT_QUOTE = '"'
# Single curly marks: "’" is also the typographic apostrophe ("Kim’s"), so quotes/marks.py reads a
# quotation from single marks only where one side is free and the other holds a word
# ('Kebijakan Timur Baru'); inside a double quotation they only nest.
SINGLE_OPENER = "‘"
SINGLE_CLOSER = "’"
APOSTROPHE = "'"
# Two-character marks that typewriter and machine-translated copy (TeX style) writes for curly
# double marks: ``kata-kata''. Read as one opening and one closing mark.
PAIRED_OPENER = "``"
PAIRED_CLOSER = "''"
# The marks a quotation is read from (quotes), and the marks a sentence may not be cut inside
# (segment: double and single curly marks and guillemets).
QUOTE_MARKS = DOUBLE_OPENERS + DOUBLE_CLOSERS + STRAIGHT_QUOTE
NESTING_OPENERS = SINGLE_OPENER + DOUBLE_OPENERS
NESTING_CLOSERS = SINGLE_CLOSER + DOUBLE_CLOSERS
# Marks that may open a sentence before its first word (every opener, the straight marks, a bracket).
SENTENCE_OPENERS = DOUBLE_OPENERS + SINGLE_OPENER + STRAIGHT_QUOTE + APOSTROPHE + "("

# -- the one tokeniser -----------------------------------------------------------------------
# A word (hyphenated parts, a mis-encoded "?" and combining accents inside a name stay in it:
# "Anto\u0301nio" written with a separate accent is one word, not "Anto"), a number (with its
# separators: "10.000", "2024/25"), or any other single character that is not a space (a mark).
_COMBINING = "\u0300-\u036f"
# (A run of word characters is one repeat of a single class, and a joiner with the run after it the loop
# (`R*(?:J(?=\w)R*)*`, not `(?:R+|J(?=\w))*`): the joiners are no word characters, so both read the same
# words, and `re` runs the first in its one-class loop, entering the general loop only at a joiner.)
_RUN = r"[\w'’" + _COMBINING + r"]*"
_WORD_SHAPE = r"[?\ufffd]?[^\W\d_]" + _RUN + r"(?:[-?\ufffd](?=\w)" + _RUN + r")*"
_NUMBER_SHAPE = r"\d[\w.,/:-]*"
_WORD_OR_NUMBER = rf"(?P<word>{_WORD_SHAPE})|(?P<number>{_NUMBER_SHAPE})"
TOKEN_PATTERN = _WORD_OR_NUMBER + r"|(?P<mark>\S)"
TOKEN = re.compile(TOKEN_PATTERN)
# The same tokens where the text is ASCII alone (most sentences): its classes written as ASCII ranges,
# which `re` tests without a Unicode look-up per character (the mark's `\S` is the same on ASCII).
ASCII_TOKEN_PATTERN = (r"\??[A-Za-z][A-Za-z0-9_']*(?:[-?](?=[A-Za-z0-9_])[A-Za-z0-9_']*)*"
                       r"|[0-9][A-Za-z0-9_.,/:-]*|\S")
# The same tokens with the marks left out. A mark is one character tried only where no word or
# number starts, so searching without it skips exactly the marks: the same words, one C pass.
WORD = re.compile(_WORD_OR_NUMBER)
# The runs of letters and digits: the pieces tokens are made of once their joiners ("-", "’",
# ".", ...) are taken out ("Korea-Rusia" -> Korea, Rusia), found in one pass over a range.
_PIECE = re.compile(r"\w+")
# The same pieces in lower-cased ASCII, where `\w` is these characters alone: a class `re` tests by ranges,
# not by a Unicode look-up per character.
_ASCII_LOWER_PIECE = re.compile(r"[a-z0-9_]+")

# Maximal runs of letters (no digit, no underscore), and of small ASCII letters (the same runs in a folded
# ASCII string): where a literal made of letters alone can stand (prefilter: the furniture rules' strings).
LETTER_RUN = re.compile(r"[^\W\d_]+")
ASCII_LOWER_RUN = re.compile(r"[a-z]+")

# -- markup ----------------------------------------------------------------------------------
# HTML pasted with an article: a tag, or an attribute and its value (`alt="..."`). Its words are
# never a name, a quote or a date: what a browser shows is text, what sits in a tag is not.
MARKUP = re.compile(r"<[A-Za-z!/][^<>\n]*>|(?<![\w:-])[\w:-]+=(?:\"[^\"\n]*\"|'[^'\n]*')")

# -- shapes of names -------------------------------------------------------------------------
# A run of capitalised words (numbers may follow a capitalised word: "Pasal 5"), as a speaker or
# a source after a cue is written.
CAPITALISED_RUN = re.compile(r"[A-Z][\w'’." + _COMBINING + r"-]*(?:[ \t]+(?:[A-Z][\w'’." + _COMBINING
                             + r"-]*|\d+))*")
# A word the article writes in lower case (hyphenated parts included).
LOWER_CASE_WORD = re.compile(r"(?<![\w-])[a-z][a-z-]*[a-z](?![\w-])")


def tokens(text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match]:
    """The tokens of text[start:end] (regex pos/endpos semantics: `start` may fall inside a word).

    Each is a match whose `lastgroup` is its kind: "word", "number" or "mark".
    """
    return TOKEN.finditer(text, start, len(text) if end is None else end)


def words(text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match]:
    """The words and numbers of text[start:end], in order (the marks left out)."""
    return WORD.finditer(text, start, len(text) if end is None else end)


def word_at(text: str, start: int, end: int | None = None) -> re.Match | None:
    """The word or number that begins exactly at `start` (before `end`), or None."""
    m = TOKEN.match(text, start, len(text) if end is None else end)
    return m if m is not None and m.lastgroup != "mark" else None


def first_word(text: str, start: int, end: int | None = None) -> re.Match | None:
    """The first word or number in text[start:end], or None."""
    return WORD.search(text, start, len(text) if end is None else end)


def pieces(token: str) -> list[str]:
    """The runs of letters and digits a token is made of ("Korea-Rusia" -> Korea, Rusia)."""
    return _PIECE.findall(token)


def word_pieces(text: str, start: int = 0, end: int | None = None) -> list[str]:
    """The runs of letters and digits of the tokens of text[start:end], in order."""
    return _PIECE.findall(text, start, len(text) if end is None else end)


# The sets `lower_pieces` gave for the last text asked about, by span: the date scan and the summary
# read the same sentences' words (one list, the text it belongs to, and its sets).
_LOWER_PIECES: list = [None, {}]


def lower_pieces(text: str, start: int, end: int) -> frozenset[str]:
    """The runs of letters and digits of text[start:end], lower-cased, as a set (`word_pieces`, each
    piece lower-cased); kept for the last text asked about."""
    memo = _LOWER_PIECES[1]
    if _LOWER_PIECES[0] is not text:
        memo = {}
        _LOWER_PIECES[:] = [text, memo]
    found = memo.get((start, end))
    if found is None:
        piece = text[start:end]
        # (on ASCII, the pieces of the lower-cased text are the lower-cased pieces)
        found = memo[start, end] = frozenset(_ASCII_LOWER_PIECE.findall(piece.lower()) if piece.isascii()
                                             else map(str.lower, _PIECE.findall(piece)))
    return found


# Compiled character classes, one per set of characters asked for (a handful: the quotation marks,
# the openers): finding the first such character is one C scan, not a Python loop per character.
_CHAR_CLASSES: dict[str, re.Pattern] = {}


def char_class(chars: str) -> re.Pattern:
    """The pattern matching one character of `chars` (compiled once per `chars`)."""
    found = _CHAR_CLASSES.get(chars)
    if found is None:
        found = _CHAR_CLASSES[chars] = re.compile("[" + re.escape(chars) + "]")
    return found


def first_of(chars: str, text: str, start: int = 0, end: int | None = None) -> int | None:
    """Offset of the first character of text[start:end] that is one of `chars`, or None."""
    m = char_class(chars).search(text, start, len(text) if end is None else end)
    return m.start() if m is not None else None


_LAST_OF: dict[str, re.Pattern] = {}


def last_of(chars: str, text: str, start: int = 0, end: int | None = None) -> int | None:
    """Offset of the last character of text[start:end] that is one of `chars`, or None (one C scan)."""
    found = _LAST_OF.get(chars)
    if found is None:
        found = _LAST_OF[chars] = re.compile("(?s).*[" + re.escape(chars) + "]")
    m = found.match(text, start, len(text) if end is None else end)
    return m.end() - 1 if m is not None else None


# The tokens with the words in a group (numbers and marks read, and left out: a mark is one character
# where no word or number starts, as `WORD` skips it), on any text and on ASCII (`ASCII_TOKEN_PATTERN`).
_WORD_TOKENS = re.compile(rf"({_WORD_SHAPE})|{_NUMBER_SHAPE}|\S")
_ASCII_WORD_TOKENS = re.compile(r"(\??[A-Za-z][A-Za-z0-9_']*(?:[-?](?=[A-Za-z0-9_])[A-Za-z0-9_']*)*)"
                                r"|[0-9][A-Za-z0-9_.,/:-]*|\S")


def letter_words(text: str, start: int = 0, end: int | None = None) -> list[str]:
    """The runs of letters of the words of text[start:end] (numbers and marks left out)."""
    # (the words found in one pass and joined by spaces, their runs of letters and digits in another: the
    # pieces each word's own `_PIECE` would find, a fraction of the calls)
    scan = _ASCII_WORD_TOKENS if text.isascii() else _WORD_TOKENS
    words = " ".join(scan.findall(text, start, len(text) if end is None else end))
    return [p for p in _PIECE.findall(words) if p.isalpha()]


# -- annotations -----------------------------------------------------------------------------

@quick_init
@dataclass(frozen=True, slots=True)
class Annotation:
    """What a pass found at a span: a label, the rule that found it, and attributes."""

    span: Span
    label: str
    rule: str
    attrs: tuple[tuple[str, object], ...] = ()

    def attr(self, name: str, default: object = None) -> object:
        for key, value in self.attrs:
            if key == name:
                return value
        return default


class Layer:
    """Annotations of one kind, kept in order of (start, end), looked up by offset with a bisection."""

    def __init__(self, annotations: list[Annotation] | tuple[Annotation, ...] = ()) -> None:
        self._items = sorted(annotations, key=lambda a: (a.span.start, a.span.end))
        self._keys = [(a.span.start, a.span.end) for a in self._items]
        self._starts = [a.span.start for a in self._items]
        # The longest span bounds how far back an annotation covering an offset may start.
        self._longest = max((a.span.end - a.span.start for a in self._items), default=0)

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[Annotation]:
        return iter(self._items)

    def add(self, annotation: Annotation) -> None:
        key = (annotation.span.start, annotation.span.end)
        if not self._keys or key >= self._keys[-1]:
            # (a pass that annotates in text order appends: no search, no shifting)
            self._items.append(annotation)
            self._keys.append(key)
            self._starts.append(annotation.span.start)
        else:
            index = bisect_right(self._keys, key)
            self._items.insert(index, annotation)
            self._keys.insert(index, key)
            self._starts.insert(index, annotation.span.start)
        if annotation.span.end - annotation.span.start > self._longest:
            self._longest = annotation.span.end - annotation.span.start

    def within(self, start: int, end: int) -> list[Annotation]:
        """The annotations lying wholly inside [start, end)."""
        lo, hi = bisect_left(self._starts, start), bisect_left(self._starts, end)
        return [a for a in self._items[lo:hi] if a.span.end <= end]

    def at(self, offset: int) -> list[Annotation]:
        """The annotations whose span covers `offset`."""
        lo, hi = bisect_left(self._starts, offset - self._longest), bisect_right(self._starts, offset)
        return [a for a in self._items[lo:hi] if a.span.start <= offset < a.span.end]

    def before(self, offset: int) -> Annotation | None:
        """The last annotation starting before `offset`."""
        index = bisect_left(self._starts, offset) - 1
        return self._items[index] if index >= 0 else None


# -- the document ----------------------------------------------------------------------------

@dataclass
class Document:
    """One article as every stage reads it: text, sentences, paragraphs, tokens, layers."""

    article: Article
    sentences: tuple[Sentence, ...]
    layers: dict[str, Layer] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.text = self.article.text
        self.sentences = tuple(sorted(self.sentences, key=lambda s: s.span.start))
        self._sentence_starts = [s.span.start for s in self.sentences]
        spans: dict[int, Span] = {}
        for s in self.sentences:
            known = spans.get(s.paragraph)
            spans[s.paragraph] = s.span if known is None else Span(min(known.start, s.span.start),
                                                                   max(known.end, s.span.end))
        # Paragraph index (the block a sentence came from) -> the span its sentences cover.
        self.paragraphs: dict[int, Span] = dict(sorted(spans.items()))
        self._tokens: dict[tuple[int, int], tuple[re.Match, ...]] = {}

    # tokens
    def tokens(self, start: int, end: int) -> tuple[re.Match, ...]:
        """The tokens of text[start:end] (computed once per range: sentences are asked for often)."""
        key = (start, end)
        found = self._tokens.get(key)
        if found is None:
            found = self._tokens[key] = tuple(TOKEN.finditer(self.text, start, end))
        return found

    def words(self, start: int, end: int) -> Iterator[re.Match]:
        return words(self.text, start, end)

    # sentences and paragraphs
    def sentence_index(self, offset: int) -> int:
        """Index of the last sentence starting at or before `offset` (-1 when none does)."""
        return bisect_right(self._sentence_starts, offset) - 1

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence holding `offset`, or None (between sentences, or in furniture)."""
        index = self.sentence_index(offset)
        if index >= 0 and offset < self.sentences[index].span.end:
            return self.sentences[index]
        return None

    def paragraph_at(self, offset: int) -> int | None:
        """The paragraph (block index) of the sentence holding `offset`, or None."""
        sentence = self.sentence_at(offset)
        return sentence.paragraph if sentence is not None else None

    # layers
    def layer(self, name: str) -> Layer:
        """The layer `name` (empty until a pass fills it)."""
        found = self.layers.get(name)
        if found is None:
            found = self.layers[name] = Layer()
        return found

    def annotate(self, name: str, span: Span, label: str, rule: str, **attrs: object) -> Annotation:
        annotation = Annotation(span, label, rule, tuple(sorted(attrs.items())))
        self.layer(name).add(annotation)
        return annotation

    def in_markup(self, span: Span) -> bool:
        """Whether `span` lies inside a tag or an attribute value (the `markup` layer)."""
        return any(a.span.start <= span.start and span.end <= a.span.end for a in self.layer("markup").at(span.start))


def build(article: Article, sentences: tuple[Sentence, ...]) -> Document:
    """The document of an article, from its sentences (the output of layout and segment), with
    its `markup` layer: the tags and attribute values pasted with the text."""
    doc = Document(article, sentences)
    text = article.text
    if "<" in text or "=" in text:        # one scan of the text only where markup can be
        for m in MARKUP.finditer(text):
            doc.annotate("markup", Span(m.start(), m.end()), "markup", "markup:html")
    return doc
