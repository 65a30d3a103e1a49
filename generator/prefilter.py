"""What a regular expression cannot match without: the literal strings one of which every match
holds, read from the pattern itself, so a rule can be skipped on a line that holds none of them.

`required(rx)` parses the compiled pattern (Python's own parser, `re._parser`) and returns a set of
lower-case strings such that any match of `rx` in a string, or any string its look-aheads read,
contains at least one of them; or None when the pattern gives no such set (then the rule always
runs). `fold(text)` is the text those strings are looked for in: lower case, with the few
characters that `re`'s case-insensitive matching takes for an ASCII letter (`ſ` for `s`, `K` for
`k`, dotted and dotless `i`) written as that letter, so a case-insensitive rule that matches a line
always finds its strings in the line's fold.

Nothing here knows a language: the strings come from the patterns (furniture.yaml, an editor's
overlay), never from a list kept by hand. A pattern this module cannot read (a back-reference, a
conditional group, a parser it does not know) is one without a set, never one with a wrong set.
"""
from __future__ import annotations

import re
from array import array
from functools import lru_cache
from pathlib import Path

from . import regexes
from .document import ASCII_LOWER_RUN, LETTER_RUN

try:                                        # Python 3.11+; older or other parsers: no set, every rule runs
    from re import _constants as _c
    from re import _parser as _p
except ImportError:                          # pragma: no cover
    _c = _p = None

# An exact piece of a pattern is kept as the set of strings it matches while it has at most this
# many (an alternation of words, a class of two letters); a longer product ends the piece.
MAX_STRINGS = 24
# A class of at most this many single characters ([Dd], [-–—]) is an exact piece.
MAX_CLASS = 4
# A required set of more strings than this costs more to look for than most rules cost to run.
MAX_REQUIRED = 32

_EMPTY = frozenset({""})


@lru_cache(maxsize=1)
def _case_table() -> dict[int, str]:
    """Characters outside ASCII that `re` matches case-insensitively with an ASCII letter (found by
    asking `re` itself), each mapped to that letter in lower case. A scan of every code point, a
    function of the Python alone: kept between builds (regexes.value), so a rebuild that extracts
    one article need not make it again (a new name when the scan changes)."""
    return regexes.value("prefilter.case_table.1", _scan_case_table)


def _scan_case_table() -> dict[int, str]:
    others = array("I", range(0x80, 0x110000)).tobytes().decode("utf-32-le", "surrogatepass")
    table: dict[int, str] = {}
    for char in re.findall("(?i)[a-z]", others):
        table[ord(char)] = next(letter for letter in "abcdefghijklmnopqrstuvwxyz" if re.fullmatch(f"(?i){letter}", char))
    return table


@lru_cache(maxsize=1)
def _case_chars() -> re.Pattern:
    return re.compile("[" + re.escape("".join(map(chr, _case_table()))) + "]")


def fold(text: str) -> str:
    """The text as `required` strings are looked for in it (see the module's docstring)."""
    if text.isascii() or _case_chars().search(text) is None:
        return text.lower()
    return text.translate(_case_table()).lower()


def stable(char: str) -> bool:
    """`_stable`, an answer kept per character (asked tens of thousands of times as the rules are read)."""
    found = _STABLE.get(char)
    if found is None:
        found = _STABLE[char] = _stable(char)
    return found


_STABLE: dict[str, bool] = {}


def _stable(char: str) -> bool:
    """A character that folds to one character, and that no other character matches case-insensitively
    unless it folds to the same: ASCII, a mark without case (`©`, `–`, `“`), or a letter outside ASCII
    whose other case folds to the same letter (`Ⓒ`, `ⓒ`: `re` takes a character for it when their small
    letters are one, as `fold` writes both), unless `re` adds look-alikes to it (`_case_fixes`: `ſ`, `ς`)
    or takes it for an ASCII letter."""
    if char.isascii():
        return True
    low = char.lower()
    if len(low) != 1 or ord(char) in _case_table():
        return False
    fixes = _case_fixes()
    return low == char == char.upper() or (fixes is not None and ord(low) not in fixes)


@lru_cache(maxsize=1)
def _case_fixes() -> frozenset[int] | None:
    """The small letters `re` matches case-insensitively with characters of another small letter too
    (`re._casefix`: `i` and `ı`, `s` and `ſ`, `σ` and `ς`); None when Python has no such table (then
    no letter outside ASCII is stable, only marks without case)."""
    try:
        from re._casefix import _EXTRA_CASES
    except ImportError:                       # pragma: no cover
        return None
    return frozenset(_EXTRA_CASES)


# A pattern opening with a look-behind on one character (a class, `\w`, a mark) and then spaces:
# `(?<=[.!?])\s+...`. Group 1: the look-behind's character.
_LOOK_BEHIND_SPACES = re.compile(r"\(\?<=(\[(?:\\.|[^\]\\])+\]|\\[wdWD]|[^\\()\[\]|?*+{}.^$])\)\\s\+")


def scannable(pattern: str) -> str:
    """The pattern written so that the regex engine may skip to where a match can start: a pattern
    opening with a look-behind (`(?<=[.!?])\\s+X`, a caption's credit after its last sentence) is
    tried at every position of a line; `\\s(?<=[.!?]\\s)\\s*X` opens with a space, so only the
    spaces are tried. The same matches, at the same places and of the same length (the look-behind
    reads the character before the first space, then that space). Any other pattern as it is."""
    m = _LOOK_BEHIND_SPACES.match(pattern)
    if m is None:
        return pattern
    return rf"\s(?<={m.group(1)}\s)\s*" + pattern[m.end():]


# ((pattern, flags), its parse) of the last pattern parsed: `analyse` reads one pattern four ways
# (`required`, `required_sets`, `end_chars` at each end), each from one parse (none of them changes it).
_PARSED: list = [None, None]


def _parsed(rx: re.Pattern):
    """Python's parse of the pattern (`re._parser.parse`), kept for the last pattern asked about."""
    key = (rx.pattern, rx.flags)
    if _PARSED[0] != key:
        tree = _p.parse(rx.pattern, rx.flags)
        _PARSED[:] = [key, tree]
    return _PARSED[1]


def required(rx: re.Pattern) -> frozenset[str] | None:
    """Strings one of which every match of `rx` (or what its look-aheads read) contains, folded;
    None when the pattern gives no useful set."""
    if _p is None or not isinstance(rx.pattern, str):
        return None
    try:
        tree = _parsed(rx)
        exact, needed = _sequence(list(tree))
    except Exception:  # noqa: BLE001 - a parser this module does not know: no set, the rule always runs
        return None
    choices = [s for s in (needed, exact) if s]
    return _best(choices)


def _least(strings: frozenset[str] | None) -> frozenset[str] | None:
    """A required set without the strings that hold another of its strings: a text holding one of
    those holds that other one too, so the set requires the same with fewer strings to look for
    (`adv` for `adv`, `advertising`, `advertisement`)."""
    if not strings or len(strings) < 2:
        return strings
    kept = frozenset(s for s in strings if not any(o != s and o in s for o in strings))
    return kept if len(kept) < len(strings) else strings


def _best(sets: list[frozenset[str]]) -> frozenset[str] | None:
    """The most selective of several required sets: its shortest string longest, then the fewest strings."""
    sets = [_least(s) for s in sets if s]
    usable = [s for s in sets if s and "" not in s and len(s) <= MAX_REQUIRED]
    if not usable:
        return None
    return max(usable, key=lambda s: (min(map(len, s)), -len(s)))


def _sequence(items: list) -> tuple[frozenset[str] | None, frozenset[str] | None]:
    """(the strings the sequence matches exactly, or None; the best required set found in it, or None)."""
    exact, found = _walk(items, _item_sets)
    return exact, _best(found)


def _item_sets(op, av) -> tuple[frozenset[str] | None, list[frozenset[str]]]:
    exact, needed = _item(op, av)
    return exact, [needed] if needed else []


def _walk(items: list, item_sets) -> tuple[frozenset[str] | None, list[frozenset[str]]]:
    """(the strings the sequence matches exactly, or None; the required sets found in it, in order):
    runs of exact items joined while they stay few, each item's own sets from `item_sets`."""
    found: list[frozenset[str]] = []
    run: frozenset[str] | None = _EMPTY
    whole = True                     # the sequence is one exact run so far
    for op, av in items:
        exact, sets = item_sets(op, av)
        found.extend(sets)
        if exact is None:
            whole = False
            if run and run != _EMPTY:
                found.append(run)
            run = _EMPTY
            continue
        joined = frozenset(a + b for a in run for b in exact)
        if len(joined) > MAX_STRINGS:
            whole = False
            if run != _EMPTY:
                found.append(run)
            run = exact
        else:
            run = joined
    if run and run != _EMPTY:
        found.append(run)
    return (run if whole else None), found


def _item(op, av) -> tuple[frozenset[str] | None, frozenset[str] | None]:
    """(exact strings, required set) of one node of the parsed pattern."""
    if op is _c.LITERAL:
        char = chr(av)
        return (frozenset({char.lower()}) if stable(char) else None), None
    if op is _c.IN:
        chars = [chr(v) for o, v in av if o is _c.LITERAL]
        if len(chars) == len(av) and len(chars) <= MAX_CLASS and all(map(stable, chars)):
            return frozenset(c.lower() for c in chars), None
        return None, None
    if op is _c.AT:
        return _EMPTY, None
    if op is _c.SUBPATTERN:
        return _sequence(list(av[3]))
    if op is _c.ATOMIC_GROUP:
        return _sequence(list(av))
    if op is _c.BRANCH:
        return _branch(av[1])
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        low, high, sub = av
        if low == 0:
            return None, None
        exact, needed = _sequence(list(sub))
        if exact and exact != _EMPTY and low >= 2:
            # `[ \t]{2,}`: any match holds `low` of the exact strings in a row ("  ", " \t", ...).
            repeated = exact
            for _ in range(low - 1):
                repeated = frozenset(a + b for a in repeated for b in exact)
                if len(repeated) > MAX_STRINGS:
                    break
            else:
                return None, _best([found for found in (needed, repeated) if found]) or needed or repeated
        return (exact if low == high == 1 else None), needed or (exact if exact and exact != _EMPTY else None)
    if op is _c.ASSERT:
        direction, sub = av
        if direction < 0:        # a look-behind may read before where the search starts: no requirement
            return _EMPTY, None
        exact, needed = _sequence(list(sub))
        return _EMPTY, needed or (exact if exact and exact != _EMPTY else None)
    if op is _c.ASSERT_NOT:
        return _EMPTY, None
    return None, None            # any character, a class, a category, a back-reference, a conditional


def required_sets(rx: re.Pattern) -> tuple[frozenset[str], ...]:
    """Every set of strings the pattern gives such that any match (or what its look-aheads read) holds
    one of the set's strings, folded: `required`'s set and the others it chose between; each alone is
    a gate, so a string must hold one string of each. () when the pattern gives none."""
    if _p is None or not isinstance(rx.pattern, str):
        return ()
    try:
        exact, found = _necessary(list(_parsed(rx)))
    except Exception:  # noqa: BLE001 - a parser this module does not know: no set
        return ()
    usable = [s for s in map(_least, (*found, exact)) if s and "" not in s and len(s) <= MAX_REQUIRED]
    return tuple(dict.fromkeys(sorted(usable, key=lambda s: (-min(map(len, s)), len(s), sorted(s)))))


def _necessary(items: list) -> tuple[frozenset[str] | None, list[frozenset[str]]]:
    """(the strings the sequence matches exactly, or None; every required set found in it), as
    `_sequence` reads them, keeping every set where `_sequence` keeps the best."""
    return _walk(items, _necessary_item)


def _necessary_item(op, av) -> tuple[frozenset[str] | None, list[frozenset[str]]]:
    """(exact strings, every required set) of one node: a group, a repeat of at least one and a
    look-ahead hold what their sequence holds; any other node gives `_item`'s one set."""
    if op is _c.SUBPATTERN:
        return _necessary(list(av[3]))
    if op is _c.ATOMIC_GROUP:
        return _necessary(list(av))
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT) and av[0] >= 1:
        _, sets = _necessary(list(av[2]))
        exact, needed = _item(op, av)
        return exact, sets + ([needed] if needed else [])
    if op is _c.ASSERT and av[0] >= 0:
        _, sets = _necessary(list(av[1]))
        exact, needed = _item(op, av)
        return exact, sets + ([needed] if needed else [])
    exact, needed = _item(op, av)
    return exact, [needed] if needed else []


def _branch(alternatives) -> tuple[frozenset[str] | None, frozenset[str] | None]:
    results = [_sequence(list(a)) for a in alternatives]
    exact = None
    if all(e is not None for e, _ in results):
        union = frozenset().union(*(e for e, _ in results))
        exact = union if len(union) <= MAX_STRINGS else None
    needed: set[str] = set()
    for e, n in results:
        own = n or (e if e and "" not in e else None)
        if not own:
            return exact, None
        needed |= own
    return exact, _least(frozenset(needed))


# A digit, as a rule's `\\d` reads it (any decimal digit of Unicode): what a line must hold for a rule that
# `needs_digit` to be searched on it.
DIGIT_CHAR = re.compile(r"\d")


def needs_digit(rx: re.Pattern) -> bool:
    """Whether every match of `rx` (or what its look-aheads read) holds a digit, a character `\\d` matches
    (a date's or a clock's rule): such a rule is skipped on a line with none. False when unsure."""
    if _p is None or not isinstance(rx.pattern, str):
        return False
    try:
        return _digit_in(list(_parsed(rx)))
    except Exception:  # noqa: BLE001 - a parser this module does not know: the rule is not gated on digits
        return False


def _digit_in(items: list) -> bool:
    """Whether a sequence holds an item every match of which holds a digit."""
    return any(_digit_item(op, av) for op, av in items)


def _digit_item(op, av) -> bool:
    if op is _c.LITERAL:
        return DIGIT_CHAR.match(chr(av)) is not None
    if op is _c.CATEGORY:
        return av in (_c.CATEGORY_DIGIT, _c.CATEGORY_UNI_DIGIT)
    if op is _c.IN:
        return all(_digit_member(o, v) for o, v in av)
    if op is _c.SUBPATTERN:
        return _digit_in(list(av[3]))
    if op is _c.ATOMIC_GROUP:
        return _digit_in(list(av))
    if op is _c.BRANCH:
        return all(_digit_in(list(alternative)) for alternative in av[1])
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        return av[0] >= 1 and _digit_in(list(av[2]))
    if op is _c.ASSERT:
        return av[0] >= 0 and _digit_in(list(av[1]))     # (a look-behind may read before the search starts)
    return False                 # an anchor, a negative look-around, any character, a back-reference, ...


def _digit_member(op, av) -> bool:
    """Whether a member of a class matches digits alone (`0-9`, `\\d`; never a negated class)."""
    if op is _c.LITERAL:
        return _digit_item(op, av)
    if op is _c.RANGE:
        return ord("0") <= av[0] <= av[1] <= ord("9")
    return op is _c.CATEGORY and _digit_item(op, av)


# A string's first or last character, as `end_chars` sets hold it: folded, or one of these classes.
SPACE, DIGIT = "\\s", "\\d"
# A class of more characters than this (a range) counts as any character.
MAX_CLASS_CHARS = 128


def end_chars(rx: re.Pattern, last: bool = False) -> frozenset[str] | None:
    """For a pattern anchored at the start of the string (`^`, `\\A`; with `last`, at its end: `$`,
    `\\Z`), without MULTILINE: the characters the string may open (close) with for the pattern to
    match there, folded (`SPACE` and `DIGIT` for the classes `\\s` and `\\d`). None when the pattern
    is not so anchored, may match nothing there, or has a character there this module cannot bound."""
    if _p is None or not isinstance(rx.pattern, str) or rx.flags & re.MULTILINE:
        return None
    anchors = (_c.AT_END, _c.AT_END_STRING) if last else (_c.AT_BEGINNING, _c.AT_BEGINNING_STRING)
    try:
        items = list(_parsed(rx))
        while len(items) == 1 and items[0][0] is _c.SUBPATTERN:
            items = list(items[0][1][3])       # a pattern wrapped in one group
        if last:
            items.reverse()
        if not items or items[0][0] is not _c.AT or items[0][1] not in anchors:
            return None
        chars, nullable = _edge(items[1:], last)
    except Exception:  # noqa: BLE001 - a parser this module does not know: no set
        return None
    return None if chars is None or nullable else chars


def _edge(items: list, last: bool) -> tuple[frozenset[str] | None, bool]:
    """(the characters a sequence, read from its start or, with `last`, from its end, may consume
    first, or None for any; whether it may consume none). `items` are already in reading order."""
    found: set[str] = set()
    for op, av in items:
        chars, nullable = _edge_of(op, av, last)
        if chars is None:
            return None, False
        found |= chars
        if not nullable:
            return frozenset(found), False
    return frozenset(found), True


def _ordered(items, last: bool) -> list:
    items = list(items)
    return items[::-1] if last else items


def _edge_of(op, av, last: bool) -> tuple[frozenset[str] | None, bool]:
    if op is _c.LITERAL:
        char = chr(av)
        return (frozenset({fold(char)}) if stable(char) else None), False
    if op is _c.IN:
        return _class_chars(av), False
    if op is _c.CATEGORY:
        return _category(av), False
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        return frozenset(), True          # zero-width: consumes nothing
    if op is _c.SUBPATTERN:
        return _edge(_ordered(av[3], last), last)
    if op is _c.ATOMIC_GROUP:
        return _edge(_ordered(av, last), last)
    if op is _c.BRANCH:
        found: set[str] = set()
        nullable = False
        for alternative in av[1]:
            chars, empty = _edge(_ordered(alternative, last), last)
            if chars is None:
                return None, False
            found |= chars
            nullable = nullable or empty
        return frozenset(found), nullable
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        low, _, sub = av
        chars, empty = _edge(_ordered(sub, last), last)
        return chars, (empty or low == 0)
    return None, False                   # any character, a negated class, a back-reference, ...


def _category(code) -> frozenset[str] | None:
    if code in (_c.CATEGORY_SPACE, _c.CATEGORY_UNI_SPACE):
        return frozenset({SPACE})
    if code in (_c.CATEGORY_DIGIT, _c.CATEGORY_UNI_DIGIT):
        return frozenset({DIGIT})
    return None


def _class_chars(items) -> frozenset[str] | None:
    found: set[str] = set()
    for op, av in items:
        if op is _c.LITERAL:
            chars = [chr(av)]
        elif op is _c.RANGE:
            if av[1] - av[0] >= MAX_CLASS_CHARS:
                return None
            chars = [chr(v) for v in range(av[0], av[1] + 1)]
        elif op is _c.CATEGORY:
            category = _category(av)
            if category is None:
                return None
            found |= category
            continue
        else:                            # a negated class, ...
            return None
        if not all(map(stable, chars)):
            return None
        found.update(fold(c) for c in chars)
        if len(found) > MAX_CLASS_CHARS:
            return None
    return frozenset(found)


def _fits(chars: frozenset[str] | None, char: str) -> bool:
    """Whether a string opening (closing) with `char` may match where `end_chars` are `chars`."""
    if chars is None:
        return True
    return fold(char) in chars or (SPACE in chars and char.isspace()) or (DIGIT in chars and char.isdecimal())


# How many kinds of string (first and last character, which required strings it holds) a rule list
# remembers its candidates for; past that, the candidates are worked out for each string anew.
MAX_KINDS = 16384

# A rule anchored at an end is gated on its required strings too when it has at most this many, each
# at least this long: one rare word (offer-terms' `berlaku`) is found in the same scan as the other
# rules' strings and saves a search of the whole line that fails on nearly every line.
FEW_STRINGS, SHORTEST_STRING = 1, 6


class _Scan:
    """Which of some literal strings (each with its bit index) a (folded) string holds, found in one
    scan: a trie of the strings finds, left to right and longest first, the strings it can without
    overlapping; the strings inside one found are held too, and a string that would start inside one
    found and run past its end (`cek harga` / `harga mulai`) is asked for on its own. A string opening
    with a space or tab (`  `, a run of spaces a menu's items are set apart by) is asked for on its own
    too: in the trie it would have the scan try a match at every space of the string."""

    def __init__(self, indexed: list[tuple[int, str]]):
        self.empty = sum(1 << i for i, piece in indexed if not piece)     # (the empty string is in every string)
        self.apart = tuple((1 << i, piece) for i, piece in indexed if piece[:1].isspace())
        scanned = [(i, piece) for i, piece in indexed if not piece[:1].isspace()]
        self.scan = re.compile(_trie(tuple(piece for _, piece in scanned)), re.DOTALL)
        # A string found -> the bits of the literals inside it, and the literals (bit, string) that
        # may start inside it and run past its end: looked up by each piece's substrings and suffixes
        # (a few hundred a piece) instead of asking every pair of strings.
        self.inside, self.overlapping = _inside_and_overlapping(scanned)

    def held(self, folded: str) -> int:
        """The literals `folded` holds, as bits (bit i: the literal of index i)."""
        held = self.empty
        for piece in self.scan.findall(folded):
            held |= self.inside[piece]
            for i, other in self.overlapping.get(piece, ()):
                if not held >> i & 1 and other in folded:
                    held |= 1 << i
        for bit, piece in self.apart:
            if piece in folded:
                held |= bit
        return held


# A maximal run of letters: a literal made of letters alone lies inside one run of any string holding it.
# (On ASCII, a folded string's runs are those of the small letters: one class test a character.)
_LETTER_RUN, _ASCII_LETTER_RUN = LETTER_RUN, ASCII_LOWER_RUN
# How many runs of letters a `_Present` remembers what they hold (words recur from line to line and
# page to page; past that the memory is emptied and filled anew).
MAX_RUNS_KEPT = 1 << 16


class _Present:
    """Which of some literal strings a (folded) string holds (bit i: `literals[i]`), by its runs of
    letters: a literal of letters alone is held where it stands inside one of the string's runs, which
    is looked up once per run (`_Scan` of the run, remembered: a line's words recur); a literal with
    other characters too is asked for in the string (`in`) only where the longest run of letters it
    holds (its key) stands inside one of the string's runs, and those with no letter at all are looked
    for in one scan of the string (`_Scan`: they open with no letter, which the scan skips). The same bits as one scan of the whole string for every literal, a third of the work:
    most of a line's runs were seen before."""

    def __init__(self, literals: tuple[str, ...]):
        self.literals = literals
        index = {piece: i for i, piece in enumerate(literals) if _LETTER_RUN.fullmatch(piece)}
        keyed: dict[str, list[tuple[int, str]]] = {}     # a key -> the literals (bit, string) it gates
        always = []
        for i, piece in enumerate(literals):
            if piece in index and index[piece] == i:
                continue
            runs = _LETTER_RUN.findall(piece)
            if not runs:
                always.append((i, piece))
                continue
            key = max(runs, key=len)
            keyed.setdefault(key, []).append((1 << i, piece))
            index.setdefault(key, len(literals) + len(index))   # (a key that is no literal: a bit above them)
        self._always = _Scan(always)
        self._mask = (1 << len(literals)) - 1
        self._words = _Scan([(i, piece) for piece, i in index.items()])
        self._keyed = {1 << index[key]: tuple(found) for key, found in keyed.items()}
        self._runs: dict[str, tuple[int, tuple]] = {}
        self._nothing: set[str] = set()        # the runs holding no literal and gating none (most words)

    def _run(self, run: str) -> tuple[int, tuple]:
        """(the bits of the literals of letters inside `run`, the literals its keys gate)."""
        held = self._words.held(run)
        return held & self._mask, tuple(pair for bit, found in self._keyed.items() if held & bit for pair in found)

    def held(self, folded: str) -> int:
        """The literals `folded` holds, as bits (bit i: `literals[i]`)."""
        held = 0
        runs = self._runs
        gated = None
        # (each run once, those known to hold nothing left out in one set operation: a line's words are
        # mostly such runs, and the bits and gated literals do not depend on the order runs are read in)
        for run in set((_ASCII_LETTER_RUN if folded.isascii() else _LETTER_RUN).findall(folded)) - self._nothing:
            found = runs.get(run)
            if found is None:
                if len(runs) + len(self._nothing) >= MAX_RUNS_KEPT:
                    runs.clear()
                    self._nothing.clear()
                found = self._run(run)
                if not found[0] and not found[1]:
                    self._nothing.add(run)
                    continue
                runs[run] = found
            held |= found[0]
            if found[1]:
                gated = found[1] if gated is None else gated + found[1]
        if gated:
            for bit, piece in gated:
                if not held & bit and piece in folded:
                    held |= bit
        return held | self._always.held(folded)


def _inside_and_overlapping(scanned: list[tuple[int, str]]) -> tuple[dict[str, int], dict[str, tuple]]:
    """For each piece: the bits of the pieces it holds (itself too), and the pieces (bit, string) it
    does not hold that a proper non-empty beginning of is an end of it (they may start inside it and
    run past its end), in order of their bits."""
    bits: dict[str, int] = {}
    starts: dict[str, list[tuple[int, str]]] = {}      # a proper beginning -> the pieces opening with it
    for i, piece in scanned:
        bits[piece] = bits.get(piece, 0) | 1 << i
        for k in range(1, len(piece)):
            starts.setdefault(piece[:k], []).append((i, piece))
    inside: dict[str, int] = {}
    overlapping: dict[str, tuple] = {}
    for _, piece in scanned:
        n = len(piece)
        held = bits.get("", 0)          # (the empty string is in every string)
        for a in range(n):
            for b in range(a + 1, n + 1):
                held |= bits.get(piece[a:b], 0)
        inside[piece] = held
        found = {pair for a in range(n) for pair in starts.get(piece[a:], ()) if pair[1] not in piece}
        if found:
            overlapping[piece] = tuple(sorted(found))
    return inside, overlapping


def _trie(literals: tuple[str, ...]) -> str:
    """A pattern matching any of the literal strings, longest first where one begins another."""
    tree: dict = {}
    for piece in literals:
        node = tree
        for char in piece:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [re.escape(c) + emit(node[c]) for c in sorted(node) if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(tree) or "(?!)"


# How many strings a `Literals` remembers which literals they hold (a page has a few dozen lines, each
# asked by several rule lists; the layout forgets them after each page); past that the memory is
# emptied and filled anew.
MAX_REMEMBERED = 2048


class Literals:
    """The literal strings of one or more rule lists, looked for in a string in one scan (`_Present`):
    the rule lists of a page share one, so a line several lists ask about is scanned once, for the
    strings of all of them. What a string holds depends on the string alone, so it is remembered."""

    def __init__(self, literals: tuple[str, ...]):
        self.literals = literals
        self._present = _Present(literals)
        self._held: dict[str, int] = {}
        # (the bit above the literals': the string holds a digit, which the rules that `needs_digit` need)
        self.digit = 1 << len(literals)

    def forget(self) -> None:
        """Empty the memory of the strings asked so far (a page's lines, once the page is read)."""
        self._held.clear()

    def held(self, text: str) -> int:
        """The literals the fold of `text` holds, as bits (bit i: `literals[i]`), and `digit` where it
        holds a digit."""
        found = self._held.get(text)
        if found is None:
            if len(self._held) >= MAX_REMEMBERED:
                self._held.clear()
            found = self._held[text] = self._present.held(fold(text)) | (
                self.digit if DIGIT_CHAR.search(text) is not None else 0)
        return found


def _gates(rules: list[tuple[object, re.Pattern]]) -> list[tuple[frozenset[str] | None, frozenset[str] | None,
                                                                  frozenset[str] | None]]:
    """(first characters, last characters, required strings) each rule is gated on."""
    gates = []
    for _, rx in rules:
        first, last, needed = analyse(rx)
        if needed and (first is not None or last is not None) and (
                len(needed) > FEW_STRINGS or min(map(len, needed)) < SHORTEST_STRING):
            needed = None
        gates.append((first, last, needed))
    return gates


def rule_lists(groups: dict[str, list[tuple[object, re.Pattern]]]) -> dict[str, Rules]:
    """A `Rules` for each named list of rules, all looking for their strings in one shared scan."""
    gates = {name: _gates(rules) for name, rules in groups.items()}
    literals: dict[str, int] = {}
    for found in gates.values():
        for _, _, needed in found:
            for piece in sorted(needed or ()):
                literals.setdefault(piece, len(literals))
    shared = Literals(tuple(literals))
    return {name: Rules(rules, shared, gates[name]) for name, rules in groups.items()}
# (pattern, flags) → what `analyse` read from it: a pure function of the pattern, this module and
# Python's parser. A build keeps them between processes (`remember`, `known`), so the one article
# a rebuild extracts does not parse every furniture rule again (a third of that extraction).
_ANALYSES: dict[tuple[str, int], tuple] = {}


def analyse(rx: re.Pattern) -> tuple[frozenset[str] | None, frozenset[str] | None, frozenset[str] | None]:
    """(first characters, last characters, required strings) of a pattern, memoised."""
    return _analysis(rx)[:3]


def analyse_sets(rx: re.Pattern) -> tuple[frozenset[str], ...]:
    """`required_sets` of a pattern, memoised with `analyse`."""
    return _analysis(rx)[3]


def analyse_digit(rx: re.Pattern) -> bool:
    """`needs_digit` of a pattern, memoised with `analyse`."""
    return _analysis(rx)[4]


def _analysis(rx: re.Pattern) -> tuple:
    if not isinstance(rx.pattern, str):
        return end_chars(rx), end_chars(rx, last=True), required(rx), required_sets(rx), needs_digit(rx)
    key = (rx.pattern, rx.flags)
    found = _ANALYSES.get(key)
    if found is None:
        found = _ANALYSES[key] = (end_chars(rx), end_chars(rx, last=True), required(rx), required_sets(rx),
                                  needs_digit(rx))
    return found


def analysed() -> int:
    """How many patterns this process has analysed or taken from a build's store."""
    return len(_ANALYSES)


def _analyses_digest() -> str:
    from .files import module_stamp
    return module_stamp(__file__)


def known(path: Path) -> int:
    """Take the analyses a build stored at `path` (when this module and this Python wrote them);
    how many. An unreadable or foreign file is ignored (everything is parsed again)."""
    import json
    try:
        stored = json.loads(path.read_text(encoding="utf-8"))
        if stored.get("digest") != _analyses_digest():
            return 0
        taken = {}
        for pattern, flags, *parts in stored["analyses"]:
            if not (isinstance(pattern, str) and type(flags) is int and len(parts) == 5 and type(parts[4]) is bool):
                return 0
            *parts, sets, digit = parts
            if not all(part is None or (isinstance(part, list) and all(isinstance(x, str) for x in part))
                       for part in (*parts, *sets)) or not isinstance(sets, list) or None in sets:
                return 0
            taken[pattern, flags] = (*(None if part is None else frozenset(part) for part in parts),
                                     tuple(frozenset(found) for found in sets), digit)
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return 0
    for key, value in taken.items():
        _ANALYSES.setdefault(key, value)
    return len(taken)


def remember(path: Path) -> None:
    """Store this process's analyses at `path` (nothing when it cannot be written)."""
    import json
    from .files import write_quietly
    rows = [[pattern, flags, *(None if part is None else sorted(part) for part in parts[:3]),
             [sorted(found) for found in parts[3]], parts[4]]
            for (pattern, flags), parts in sorted(_ANALYSES.items())]
    write_quietly(path, json.dumps({"digest": _analyses_digest(), "analyses": rows}))


class Rules:
    """An ordered list of rules with compiled patterns, and for a string the rules that may match it.

    A rule anchored at the string's start (end) whose first (last) characters leave out the string's
    first (last) character is skipped without a search; so is a rule none of whose `required`
    strings is in the string's fold, or none of the strings of one of its other `required_sets` that
    the shared scan looks for anyway. Every rule that may match is searched, in order: what the rules
    find is what searching each of them finds. The strings of all rules (of all the lists sharing
    `literals`) are looked for in one pass per string, and the candidates are remembered per kind of
    string (its first and last character and which of this list's strings it holds), so a line
    costs a few calls, not one per rule."""

    def __init__(self, rules: list[tuple[object, re.Pattern]], literals: Literals | None = None, gates=None):
        self.rules = list(rules)
        gates = _gates(self.rules) if gates is None else gates
        if literals is None:
            own: dict[str, int] = {}
            for _, _, needed in gates:
                for piece in sorted(needed or ()):
                    own.setdefault(piece, len(own))
            literals = Literals(tuple(own))
        index = {piece: i for i, piece in enumerate(literals.literals)}
        self._shared = literals
        # Each rule's first and last characters, and the bits of its required strings (None: none).
        self._gates = [(first, last, None if needed is None else sum(1 << index[p] for p in needed))
                       for first, last, needed in gates]
        # Each rule's other required sets whose strings the scan looks for anyway (for this list or
        # another sharing it): a string must hold one of each too, at no cost to the scan ("/" and a
        # wire's name in a photo credit). As bits, the gate's own set left out; and the digit a date's or
        # a clock's rule cannot match without (found with the strings: a line of prose mostly has none).
        self._also = [tuple(dict.fromkeys(
            mask for found in analyse_sets(rx) if all(p in index for p in found)
            if (mask := sum(1 << index[p] for p in found)) != needed)) + ((literals.digit,) if analyse_digit(rx) else ())
            for (_, rx), (_, _, needed) in zip(self.rules, self._gates)]
        self._mine = 0                                  # the bits of this list's strings
        for (_, _, needed), also in zip(self._gates, self._also):
            self._mine |= needed or 0
            for mask in also:
                self._mine |= mask
        self._kinds: dict[tuple, tuple[int, ...]] = {}
        self._all = tuple(range(len(self.rules)))

    def candidates(self, text: str, start: int = 0, end: int | None = None) -> tuple[int, ...]:
        """The indexes of the rules that may match text[start:end], in order."""
        end = len(text) if end is None else end
        if start >= end:
            return self._all
        held = self._shared.held(text[start:end]) & self._mine if self._mine else 0
        key = (text[start], text[end - 1], held)
        found = self._kinds.get(key)
        if found is None:
            opening, closing = key[0], key[1]
            found = tuple(index for index, (first, last, needed) in enumerate(self._gates)
                          if _fits(first, opening) and (closing == "\n" or _fits(last, closing))
                          and (needed is None or held & needed) and all(held & mask for mask in self._also[index]))
            if len(self._kinds) < MAX_KINDS:
                self._kinds[key] = found
        return found

    def forget(self) -> None:
        """Forget the strings asked so far (of every list sharing this one's strings)."""
        self._shared.forget()

    def gate(self, index: int) -> tuple[frozenset[str] | None, frozenset[str] | None, tuple[str, ...] | None]:
        """What the rule at `index` is gated on: its first and last characters, its required strings."""
        first, last, needed = self._gates[index]
        return first, last, None if needed is None else tuple(
            piece for i, piece in enumerate(self._shared.literals) if needed >> i & 1)

    def search(self, index: int, text: str, start: int = 0, end: int | None = None) -> re.Match | None:
        """`search` of the rule at `index` over text[start:end], None at once when it cannot match."""
        if index not in self.candidates(text, start, end):
            return None
        return self.rules[index][1].search(text, start, len(text) if end is None else end)

    def first(self, text: str, start: int = 0, end: int | None = None, *, whole: bool = False):
        """(rule, match) of the first rule that matches text[start:end] (`search` with pos and endpos;
        `whole`: `match`), or (None, None): the first of `matches`, without a generator."""
        end = len(text) if end is None else end
        rules = self.rules
        for index in self.candidates(text, start, end):
            rule, rx = rules[index]
            m = rx.match(text, start, end) if whole else rx.search(text, start, end)
            if m is not None:
                return rule, m
        return None, None

    def matches(self, text: str, start: int = 0, end: int | None = None, *, whole: bool = False):
        """(rule, match) of each rule that matches text[start:end] (`search` with pos and endpos;
        `whole`: `match`), in order."""
        end = len(text) if end is None else end
        rules = self.rules
        for index in self.candidates(text, start, end):
            rule, rx = rules[index]
            m = rx.match(text, start, end) if whole else rx.search(text, start, end)
            if m is not None:
                yield rule, m


def present(needed: frozenset[str] | None, folded: str) -> bool:
    """Whether a text (folded) may hold a match of a rule with this required set."""
    if needed is None:
        return True
    for piece in needed:
        if piece in folded:
            return True
    return False
