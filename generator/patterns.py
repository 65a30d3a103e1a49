"""Shapes as data: token patterns from `lang/id/shapes.yaml`, compiled once per lexicon, matched by one small matcher.

A pattern is a list of elements, one per unit, in the manner of spaCy's `Matcher`. A unit is an actors
`Item` (kind `role`, `name`, `ent`, `org`, `place`, `word`, `punct`: a run of tokens the items pass
claimed) or a token of the document's one tokeniser (`Unit.of_token`: kind `word`, `number`, `mark`).
Each element is a mapping of what the unit must be:

    orth:    the text as written          "," | [",", ";"] | {in: GROUP} | {not_in: GROUP} | {not: ...}
    lower:   the text in lower case        (the same values)
    fold:    the text folded (`lexicon.fold`: case, accents, spaces and hyphens left out), against
             values folded the same way: a word set kept folded ("Letnan Jenderal" in `ranks`)
    kind:    the unit's kind               role | [name, ent] | {not: punct}
    entry:   the register kind of an `ent` unit, `none` for a unit without one   person | [none, place]
    initial: the case of its first letter  lower | upper
    case:    the case of the whole text    lower | upper
    words:   how many words it holds       1 | {min: 2} | {max: 3}
    tokens:  how many tokens a name run holds (an `Item`'s `tokens`)   1 | {min: 2}
    any_of:  a list of such mappings, one of which the unit must match (a name of two tokens or a
             registered person: [{kind: name, tokens: {min: 2}}, {kind: ent, entry: person}])
    phrase:  {in: GROUP}: one phrase of the group over one to PHRASE_UNITS words ("siaran pers"),
             compared folded (`lexicon.fold`: case, accents, spaces and hyphens left out); the longest
             that fits is tried first (a phrase stands alone, with op ? at most)
    op:      how often it repeats          ? (0 or 1), * (0 or more), + (1 or more); *? and +? take as
                                           few as they can (the first way that matches), * and + as many
    max:     at most so many repeats
    label:   the name the match gives the unit(s) it covers (`Match.at(label)`)

A GROUP names a set of words of the reader (for items: a word set of the actors `Kit`, e.g.
`apposition_joiners`); an unknown name is refused when the lexicon's shapes are compiled, so
`briefing check` reports it. A rule also carries `id` (the rule reported for what it finds), `example`
(a line it must match) and `counter_example` (a line it must not), which `tests/unit/test_shapes.py`
checks for every rule, and optionally:

    unless:          [title_case]  the reader's flags under which the rule does not apply
    not_after:       elements the units right before the match must not be
    not_followed_by: elements the units right after the match must not be

Each group is compiled once per lexicon; its rules are indexed by what their first unit may be (its
kind, its words), so a position is only tried against the rules that can start there. Matching is a
small backtracking over at most a few units: no regex is compiled while matching.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache, partial
from typing import Any, Callable, Iterable, Mapping, NamedTuple, Sequence

from .lexicon import LexiconError, fold
from .model import quick_init

ATTRIBUTES = ("orth", "lower", "fold", "kind", "entry", "initial", "case", "words", "tokens")
ELEMENT_KEYS = frozenset(ATTRIBUTES) | {"any_of", "phrase", "op", "max", "label"}
RULE_KEYS = frozenset({"id", "example", "counter_example", "pattern", "unless", "not_after", "not_followed_by"})
# op -> (fewest, most, lazy); `max` lowers `most`.
OPS = {None: (1, 1, False), "?": (0, 1, False), "*": (0, None, False), "+": (1, None, False),
       "*?": (0, None, True), "+?": (1, None, True)}
FLAGS = frozenset({"title_case"})
# A phrase (`phrase:`) spans at most this many words.
PHRASE_UNITS = 4
CASES = frozenset({"lower", "upper"})


class Unit(NamedTuple):
    """A token of the document as a unit of a pattern (an `Item` is one as it is). A named tuple:
    units are made per token read, and a tuple is made fast."""

    kind: str
    start: int
    end: int
    text: str
    entry_kind: str | None = None
    tokens: tuple = ()

    @staticmethod
    def of_token(token) -> "Unit":
        """A unit from a match of `document.TOKEN` (kind `word`, `number` or `mark`)."""
        return _new_unit((token.lastgroup, token.start(), token.end(), token.group(), None, ()))


def units_of(tokens: Iterable) -> list[Unit]:
    """The units of matches of `document.TOKEN`."""
    return [_new_unit((t.lastgroup, *t.span(), t.group(), None, ())) for t in tokens]


# Unit((...)) without the Python-level __new__ of a NamedTuple.
_new_unit = partial(tuple.__new__, Unit)


@quick_init
@dataclass(frozen=True, slots=True)
class Match:
    """Which rule matched units[start:end], and the units each label covers."""

    rule: str
    start: int
    end: int
    labels: tuple[tuple[str, int, int], ...]

    def at(self, label: str) -> int | None:
        """Index of the first unit `label` covers (None when its element matched nothing)."""
        return next((a for name, a, _ in self.labels if name == label), None)

    def span(self, label: str) -> tuple[int, int] | None:
        return next(((a, b) for name, a, b in self.labels if name == label), None)


# -- compiling ---------------------------------------------------------------------------------

# `fold` of a unit's text, kept: the same few words are folded over and over.
_fold = lru_cache(maxsize=1 << 14)(fold)


class _Fail(Exception):
    """A rule that does not follow the shape above (the message says where)."""


def _as_set(value: Any, vocabulary: Mapping[str, frozenset], where: str) -> tuple[frozenset, bool]:
    """(words, negated) of an attribute value: a literal, a list, {in: GROUP}, {not_in: GROUP}, {not: ...}."""
    if isinstance(value, str | int) and not isinstance(value, bool):
        return frozenset({str(value)}), False
    if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        return frozenset(value), False
    if isinstance(value, dict) and len(value) == 1:
        (how, what), = value.items()
        if how in ("in", "not_in"):
            if not isinstance(what, str):
                raise _Fail(f"{where}: `{how}` names a group of words, got {what!r}")
            if what not in vocabulary:
                raise _Fail(f"{where}: unknown group {what!r}; known: {', '.join(sorted(vocabulary))}")
            return frozenset(vocabulary[what]), how == "not_in"
        if how == "not":
            words, negated = _as_set(what, vocabulary, where)
            return words, not negated
    raise _Fail(f"{where}: expected a string, a list of strings, {{in: GROUP}}, {{not_in: GROUP}} or "
                f"{{not: ...}}, got {value!r}")


def _test(attribute: str, value: Any, vocabulary: Mapping[str, frozenset], where: str) -> Callable[[Any], bool]:
    """The test of one attribute of an element."""
    if attribute in ("words", "tokens"):
        count = (lambda u: len(u.text.split())) if attribute == "words" else (lambda u: len(u.tokens))
        if isinstance(value, int) and not isinstance(value, bool):
            return lambda u: count(u) == value
        if isinstance(value, dict) and set(value) <= {"min", "max"} and value and all(
                isinstance(v, int) and not isinstance(v, bool) for v in value.values()):
            low, high = value.get("min", 0), value.get("max", 1 << 30)
            return lambda u: low <= count(u) <= high
        raise _Fail(f"{where}: `{attribute}` is a number or {{min: n, max: n}}, got {value!r}")
    if attribute in ("initial", "case"):
        if value not in CASES:
            raise _Fail(f"{where}: `{attribute}` is `lower` or `upper`, got {value!r}")
        if attribute == "initial":
            return (lambda u: u.text[:1].islower()) if value == "lower" else (lambda u: u.text[:1].isupper())
        return (lambda u: u.text.islower()) if value == "lower" else (lambda u: u.text.isupper())
    words, negated = _as_set(value, vocabulary, where)
    if attribute == "orth":
        return (lambda u: u.text not in words) if negated else (lambda u: u.text in words)
    if attribute == "lower":
        return (lambda u: u.text.lower() not in words) if negated else (lambda u: u.text.lower() in words)
    if attribute == "fold":
        words = frozenset(fold(w) for w in words)
        return (lambda u: _fold(u.text) not in words) if negated else (lambda u: _fold(u.text) in words)
    if attribute == "kind":
        return (lambda u: u.kind not in words) if negated else (lambda u: u.kind in words)
    # entry: "none" stands for a unit without a register entry.
    kinds = frozenset(None if w == "none" else w for w in words)
    return (lambda u: u.entry_kind not in kinds) if negated else (lambda u: u.entry_kind in kinds)


@dataclass(frozen=True, slots=True)
class _Element:
    test: Callable[[Any], bool]
    low: int
    high: int | None
    lazy: bool
    label: str | None
    first: tuple[tuple[str, frozenset], ...]   # what a unit it matches may be: (attribute, values) to index by
    phrases: frozenset | None = None           # `phrase`: the group's phrases, folded
    prefixes: frozenset = frozenset()          # and every beginning of them (a phrase read on stops at once)


def _element(raw: Any, vocabulary: Mapping[str, frozenset], where: str) -> _Element:
    if not isinstance(raw, dict) or not raw:
        raise _Fail(f"{where}: an element is a mapping of attributes, got {raw!r}")
    unknown = set(raw) - ELEMENT_KEYS
    if unknown:
        raise _Fail(f"{where}: unknown key(s) {sorted(unknown)}; an element may hold {sorted(ELEMENT_KEYS)}")
    if raw.get("op") not in OPS:
        raise _Fail(f"{where}: unknown op {raw.get('op')!r}; known: ?, *, +, *?, +?")
    low, high, lazy = OPS[raw.get("op")]
    if "max" in raw:
        if not isinstance(raw["max"], int) or raw["max"] < max(low, 1) or high == 1:
            raise _Fail(f"{where}: `max` is a number of repeats (with op *, +, *? or +?), got {raw['max']!r}")
        high = raw["max"]
    label = raw.get("label")
    if label is not None and not isinstance(label, str):
        raise _Fail(f"{where}: `label` is a name, got {label!r}")
    if "phrase" in raw:
        return _phrase(raw, vocabulary, where, low, high, label)
    test, first = _conjunction(raw, vocabulary, where)
    if "any_of" in raw:
        options = raw["any_of"]
        if not isinstance(options, list) or not options or not all(
                isinstance(o, dict) and o and set(o) <= set(ATTRIBUTES) for o in options):
            raise _Fail(f"{where}.any_of: expected a list of mappings of attributes ({', '.join(ATTRIBUTES)})")
        alternatives = [_conjunction(o, vocabulary, f"{where}.any_of[{i}]") for i, o in enumerate(options)]
        tests = tuple(t for t, _ in alternatives)
        own = test

        def test(u, tests=tests, own=own) -> bool:
            if not own(u):
                return False
            for t in tests:
                if t(u):
                    return True
            return False
        # Indexed by kind when every alternative names its kinds (and the element itself names none).
        if not first and all(f and f[0][0] == "kind" for _, f in alternatives):
            first = (("kind", frozenset().union(*(f[0][1] for _, f in alternatives))),)
    return _Element(test, low, high, lazy, label, first)


def _phrase(raw: dict, vocabulary: Mapping[str, frozenset], where: str, low: int, high: int | None,
            label: str | None) -> _Element:
    """An element matching one phrase of a group over as many units as it has words."""
    if set(raw) - {"phrase", "op", "label"} or high != 1:
        raise _Fail(f"{where}: a `phrase` stands alone (with `op: ?` and a `label` at most)")
    value = raw["phrase"]
    if not (isinstance(value, dict) and set(value) == {"in"}):
        raise _Fail(f"{where}.phrase: expected {{in: GROUP}}, got {value!r}")
    words, _ = _as_set(value, vocabulary, f"{where}.phrase")
    phrases = frozenset(fold(p) for p in words)
    return _Element(lambda u: False, low, 1, False, label, (), phrases,
                    frozenset(p[:n] for p in phrases for n in range(1, len(p) + 1)))


def _conjunction(raw: dict, vocabulary: Mapping[str, frozenset], where: str) -> tuple[Callable, tuple]:
    """The test of every attribute of a mapping, and what its unit may be (to index by)."""
    tests = tuple(_test(a, raw[a], vocabulary, f"{where}.{a}") for a in ATTRIBUTES if a in raw)
    first = []
    for attribute in ("kind", "lower", "orth"):
        if attribute in raw:
            words, negated = _as_set(raw[attribute], vocabulary, where)
            if not negated:
                first.append((attribute, frozenset(w.lower() for w in words) if attribute == "lower" else words))
    if not tests:
        return (lambda u: True), ()
    return _all(tests), tuple(first)


def _all(tests: tuple) -> Callable[[Any], bool]:
    """One test of several (no generator per call: units are tested often)."""
    if len(tests) == 1:
        return tests[0]
    if len(tests) == 2:
        a, b = tests
        return lambda u: a(u) and b(u)
    if len(tests) == 3:
        a, b, c = tests
        return lambda u: a(u) and b(u) and c(u)

    def test(u) -> bool:
        for t in tests:
            if not t(u):
                return False
        return True
    return test


@dataclass(frozen=True, slots=True)
class _Rule:
    id: str
    elements: tuple[_Element, ...]
    unless: frozenset
    not_after: tuple[_Element, ...]
    not_followed_by: tuple[_Element, ...]
    example: str
    counter_example: str
    shortest: int                               # the fewest units it matches
    # (offset, attribute, values) of elements at a fixed place whose text, text in lower case or kind
    # must be one of some values (`orth: ","`, `lower: {in: GROUP}`, `kind: role`): tested first, a
    # cheap way to turn most positions down.
    literals: tuple[tuple[int, str, frozenset], ...]


def _single(element: _Element) -> bool:
    """Whether the element always covers exactly one unit."""
    return element.low == element.high == 1 and element.phrases is None


def _literals(elements: tuple[_Element, ...]) -> tuple[tuple[int, str, frozenset], ...]:
    found = []
    for at, element in enumerate(elements):
        if not _single(element):
            break
        found += [(at, attribute, values) for attribute, values in element.first]
    # the texts first (the fewest units have them), then the kinds
    return tuple(sorted(found, key=lambda f: (f[1] == "kind", f[0])))


def _fits(rule: _Rule, units: Sequence, i: int, end: int) -> bool:
    """Whether units from i on have the rule's length and its literal units (no matching yet)."""
    if i + rule.shortest > end:
        return False
    for offset, attribute, values in rule.literals:
        unit = units[i + offset]
        if (unit.kind if attribute == "kind" else unit.text.lower() if attribute == "lower" else unit.text) \
                not in values:
            return False
    return True


def _elements(raw: Any, vocabulary: Mapping[str, frozenset], where: str) -> tuple[_Element, ...]:
    if not isinstance(raw, list) or not raw:
        raise _Fail(f"{where}: expected a non-empty list of elements, got {raw!r}")
    return tuple(_element(e, vocabulary, f"{where}[{i}]") for i, e in enumerate(raw))


def _rule(raw: Any, vocabulary: Mapping[str, frozenset], where: str) -> _Rule:
    if not isinstance(raw, dict):
        raise _Fail(f"{where}: a rule is a mapping, got {raw!r}")
    for key in ("id", "example", "counter_example", "pattern"):
        if key not in raw:
            raise _Fail(f"{where}: each rule needs `id`, `example`, `counter_example` and `pattern`; `{key}` is missing")
    where = f"rule {raw['id']!r}"
    unknown = set(raw) - RULE_KEYS
    if unknown:
        raise _Fail(f"{where}: unknown key(s) {sorted(unknown)}; a rule may hold {sorted(RULE_KEYS)}")
    for key in ("id", "example", "counter_example"):
        if not isinstance(raw[key], str) or not raw[key].strip():
            raise _Fail(f"{where}: `{key}` must be a non-empty string, got {raw[key]!r}")
    unless = raw.get("unless", [])
    if not isinstance(unless, list) or not set(unless) <= FLAGS:
        raise _Fail(f"{where}: `unless` is a list of flags ({', '.join(sorted(FLAGS))}), got {unless!r}")
    elements = _elements(raw["pattern"], vocabulary, f"{where}.pattern")
    if all(e.low == 0 for e in elements):
        raise _Fail(f"{where}.pattern: every element is optional; the pattern would match nothing")
    context = {key: _elements(raw[key], vocabulary, f"{where}.{key}") if key in raw else ()
               for key in ("not_after", "not_followed_by")}
    return _Rule(raw["id"], elements, frozenset(unless), context["not_after"], context["not_followed_by"],
                 raw["example"], raw["counter_example"], sum(e.low for e in elements),
                 _literals(elements))


def check_rules(raw: Any, vocabulary: Mapping[str, frozenset] | None = None) -> str | None:
    """What is wrong with a group of pattern rules, or None. Without a vocabulary, any group name is
    taken (the shape is checked; the names are checked when the lexicon's shapes are compiled)."""
    if not isinstance(raw, list) or not raw:
        return "expected a non-empty list of pattern rules"
    names = vocabulary if vocabulary is not None else _AnyGroup()
    seen: set[str] = set()
    try:
        for i, rule in enumerate(raw):
            compiled = _rule(rule, names, f"[{i}]")
            if compiled.id in seen:
                return f"rule id {compiled.id!r} appears twice"
            seen.add(compiled.id)
    except _Fail as error:
        return str(error)
    return None


class _AnyGroup(dict):
    """A vocabulary that knows every name (an empty set of words): checks a rule's shape alone."""

    def __contains__(self, key: object) -> bool:
        return True

    def __getitem__(self, key: str) -> frozenset:
        return frozenset()


# -- matching ----------------------------------------------------------------------------------

def _run(elements: tuple[_Element, ...], e: int, units: Sequence, u: int, end: int,
         labels: list[tuple[str, int, int]]) -> int:
    """Match elements[e:] from units[u] on (before `end`): the index after the last unit, or -1."""
    if e == len(elements):
        return u
    element = elements[e]
    if element.phrases is not None:
        return _run_phrase(elements, e, units, u, end, labels)
    most = end - u
    if element.high is not None and element.high < most:
        most = element.high
    count = 0
    test = element.test
    while count < most and test(units[u + count]):
        count += 1
    if count < element.low:
        return -1
    counts = range(element.low, count + 1) if element.lazy else range(count, element.low - 1, -1)
    return _go_on(elements, e, units, u, end, labels, counts)


def _run_phrase(elements: tuple[_Element, ...], e: int, units: Sequence, u: int, end: int,
                labels: list[tuple[str, int, int]]) -> int:
    """`_run` at a phrase element: the longest phrase that fits first, then none when it is optional."""
    element = elements[e]
    counts, key = [], ""
    for n in range(min(PHRASE_UNITS, end - u)):
        unit = units[u + n]
        if unit.kind in ("mark", "punct"):
            break
        key += _fold(unit.text)
        if key not in element.prefixes:
            break
        if key in element.phrases:
            counts.insert(0, n + 1)
    if element.low == 0:
        counts.append(0)
    return _go_on(elements, e, units, u, end, labels, counts)



def _go_on(elements: tuple[_Element, ...], e: int, units: Sequence, u: int, end: int,
           labels: list[tuple[str, int, int]], counts: Iterable[int]) -> int:
    """The rest of the pattern after element e takes c units, for each c of `counts` in order: the
    end of the first way that matches, with its label; -1 when none does."""
    label = elements[e].label
    for c in counts:
        if label is not None and c:
            labels.append((label, u, u + c))
        found = _run(elements, e + 1, units, u + c, end, labels)
        if found >= 0:
            return found
        if label is not None and c:
            labels.pop()
    return -1

def _needed_kinds(rule: _Rule) -> frozenset:
    """The kinds of unit the rule cannot match without: of each required element (not optional, no
    phrase) that takes one kind alone."""
    kinds = set()
    for element in rule.elements:
        if element.low >= 1 and element.phrases is None:
            values = dict(element.first).get("kind")
            if values is not None and len(values) == 1:
                kinds |= values
    return frozenset(kinds)


def _closed_words(rules: Sequence[_Rule]) -> frozenset | None:
    """The union of the words each element of the rules names (lower case), or None when an element
    names none (it tests a kind, a case, a phrase: any word may stand there)."""
    found: set[str] = set()
    for rule in rules:
        for element in rule.elements:
            words = next((w for attribute, w in element.first if attribute in ("lower", "orth")), None)
            if words is None or element.phrases is not None:
                return None
            found |= {w.lower() for w in words}
    return frozenset(found) if rules else None


class Shapes:
    """One group of pattern rules, compiled against the words its reader knows (`vocabulary`)."""

    def __init__(self, name: str, raw: list, vocabulary: Mapping[str, frozenset]):
        self.name = name
        self.rules = tuple(_rule(rule, vocabulary, f"{name}[{i}]") for i, rule in enumerate(raw))
        self._texts_at: dict[int, frozenset | None] = {}
        # The words (in lower case) every unit of every match is one of, when each element of each rule
        # names its words (`lower: {in: cues_before}`, `orth: [":", ","]`), else None: a match ending
        # at a point lies within the run of such words that ends there.
        self.closed_words = _closed_words(self.rules)
        # (attribute, value) -> indexes of the rules whose first unit may have it; rules whose first
        # element is optional or tests neither kind nor words are tried everywhere.
        self._index: dict[tuple[str, str], list[int]] = {}
        self._everywhere: list[int] = []
        for index, rule in enumerate(self.rules):
            head = rule.elements[0]
            if head.low == 0 or not head.first:
                self._everywhere.append(index)
                continue
            # One attribute is enough to index by: the most selective (words before kinds).
            attribute, values = head.first[-1]
            for value in values:
                self._index.setdefault((attribute, value), []).append(index)
        # Whether any rule is indexed by its words, and whether a unit may be offered rules from two
        # lists (then they are put back in the order of the data).
        self._by_words = any(attribute != "kind" for attribute, _ in self._index)
        self._mixed = bool(self._everywhere) + len({attribute for attribute, _ in self._index}) > 1
        self._kinds_only = not self._everywhere and not self._by_words
        # The texts the second unit may have when every rule names them (`orth: ","`), else None: a
        # position whose next unit is none of them is turned down at once (a reader that asks at every
        # name may test it first, as roles.py does).
        seconds = [next((words for offset, attribute, words in rule.literals if offset == 1 and attribute == "orth"),
                        None) for rule in self.rules]
        self.seconds = frozenset().union(*seconds) if seconds and all(seconds) else None
        # Else the texts (in lower case) the second unit may have when every rule names them in either case
        # (`lower: {in: joiners}`): the same test, on the unit's text in lower case.
        self._seconds_lower = self.texts_at(1) if self.seconds is None else None
        # The texts a match ends with when every rule ends on one literal unit (`orth: ","`): a reader
        # may look at the text before a point before it makes units of it (`match_ending`).
        lasts = [rule.elements[-1].first for rule in self.rules]
        self.ends_with = (frozenset().union(*(dict(first).get("orth", frozenset()) for first in lasts))
                          if self.rules and all(_single(rule.elements[-1]) and "orth" in dict(rule.elements[-1].first)
                                                for rule in self.rules) else None)
        # The kinds every rule needs a unit of (a required element that takes units of that kind alone,
        # `{kind: role}`): units holding none of one of them hold no match (a reader may skip them whole).
        self.needed_kinds = frozenset.intersection(*(_needed_kinds(rule) for rule in self.rules)) \
            if self.rules else frozenset()
        # The fixed offset of each label from the start of a rule (None when an element before it varies).
        self._offsets: list[dict[str, int]] = []
        for rule in self.rules:
            offsets, at = {}, 0
            for element in rule.elements:
                if element.label is not None and at is not None:
                    offsets.setdefault(element.label, at)
                at = at + 1 if at is not None and _single(element) else None
            self._offsets.append(offsets)

    def texts_at(self, offset: int) -> frozenset | None:
        """The texts (in lower case) a unit `offset` units into a match must have when every rule names
        them there (a literal `orth` or `lower`), else None: a reader may look at one word of the text
        before it makes units of the rest (`“...”, kata X` is looked for only where the cue stands)."""
        if offset not in self._texts_at:
            found = []
            for rule in self.rules:
                words = [w for at, attribute, w in rule.literals if at == offset and attribute in ("orth", "lower")]
                if not words:
                    found = []
                    break
                found.append(frozenset(w.lower() for w in words[0]))
            self._texts_at[offset] = frozenset().union(*found) if found else None
        return self._texts_at[offset]

    def _candidates(self, unit) -> list[int] | tuple[int, ...]:
        """The rules that may start at `unit`, in the order of the data."""
        index = self._index
        if self._kinds_only:
            return index.get(("kind", unit.kind), ())
        found = [*self._everywhere, *index.get(("kind", unit.kind), ())]
        if self._by_words:
            text = unit.text
            found += index.get(("lower", text.lower()), ())
            found += index.get(("orth", text), ())
        return sorted(set(found)) if self._mixed and len(found) > 1 else found

    def _try(self, rule: _Rule, units: Sequence, i: int, end: int, flags: Iterable[str]) -> Match | None:
        """The rule's match from units[i] on (the caller has seen it `_fits`), or None."""
        if rule.unless and not rule.unless.isdisjoint(flags):
            return None
        labels: list[tuple[str, int, int]] = []
        stop = _run(rule.elements, 0, units, i, end, labels)
        if stop < 0:
            return None
        if rule.not_after:
            back = len(rule.not_after)
            if i - back >= 0 and _run(rule.not_after, 0, units, i - back, i, []) == i:
                return None
        if rule.not_followed_by and _run(rule.not_followed_by, 0, units, stop, len(units), []) >= 0:
            return None
        return Match(rule.id, i, stop, tuple(labels))

    def match_at(self, units: Sequence, i: int, flags: Iterable[str] = frozenset(), end: int | None = None) -> Match | None:
        """The first rule (in the order of the data) that matches units from index i on, or None."""
        end = len(units) if end is None else end
        if i >= end:
            return None
        if self.seconds is not None and (i + 1 >= end or units[i + 1].text not in self.seconds):
            return None
        if self._seconds_lower is not None and (i + 1 >= end or units[i + 1].text.lower() not in self._seconds_lower):
            return None
        rules = self.rules
        for index in self._candidates(units[i]):
            rule = rules[index]
            if _fits(rule, units, i, end):
                found = self._try(rule, units, i, end, flags)
                if found is not None:
                    return found
        return None

    def match_label_at(self, units: Sequence, i: int, label: str, flags: Iterable[str] = frozenset()) -> Match | None:
        """The first rule whose element `label` (at a fixed place in the rule) falls on units[i]."""
        end = len(units)
        for rule, offsets in zip(self.rules, self._offsets):
            at = offsets.get(label)
            if at is not None and i - at >= 0 and _fits(rule, units, i - at, end):
                found = self._try(rule, units, i - at, end, flags)
                if found is not None and found.at(label) == i:
                    return found
        return None

    def match_ending(self, units: Sequence, end: int | None = None,
                     flags: Iterable[str] = frozenset()) -> Match | None:
        """The match that ends exactly at `end` (the units before a point of the text) and starts
        latest, or None."""
        end = len(units) if end is None else end
        closed = self.closed_words
        for i in range(end - 1, -1, -1):
            if closed is not None and units[i].text.lower() not in closed:
                break
            for index in self._candidates(units[i]):
                if not _fits(self.rules[index], units, i, end):
                    continue
                found = self._try(self.rules[index], units, i, end, flags)
                if found is not None and found.end == end:
                    return found
        return None

    def search(self, units: Sequence, start: int = 0, end: int | None = None,
               flags: Iterable[str] = frozenset()) -> Match | None:
        """The leftmost match in units[start:end]."""
        end = len(units) if end is None else end
        for i in range(start, end):
            found = self.match_at(units, i, flags, end)
            if found is not None:
                return found
        return None


def compile_group(file: str, name: str, raw: list, vocabulary: Mapping[str, frozenset]) -> Shapes:
    """A group of pattern rules compiled, or LexiconError naming the file, the group and the rule."""
    try:
        return Shapes(name, raw, vocabulary)
    except _Fail as error:
        raise LexiconError(f"{file}.yaml", name, str(error)) from None
