"""Loads, validates and merges the language data and the editorial register into one Lexicon.

Layers, as dateparser does it: CLDR names from Babel (months, weekdays, territories)
→ `generator/lang/id/*.yaml` (curated) → `content/lang/*.yaml` (editor overlays, same
schema, lists unioned). Every file is checked against `generator/lang/schema.yaml`;
a problem names the file and the key. Regexes are compiled once, here.
"""
from __future__ import annotations

import contextlib
import functools
import hashlib
import pickle
import re
import re._parser as _sre_parser
import signal
import threading
import time
import unicodedata
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

from . import __version__, regexes
from .files import module_stamp
from .model import quick_init
from .sources import content_files

LANG_DIR = Path(__file__).parent / "lang"
LANGUAGE = "id"


# Limits on editor data (stated in the README, "Limits"). Language and register files are small
# lists: the largest shipped one is 62 kB and a few thousand values.
MAX_YAML_BYTES = 2 * 1024 * 1024          # one YAML file
MAX_YAML_VALUES = 200_000                 # values one YAML file may hold, an alias counted at every use
# A rule's regex is run on probe lines built from its own characters (a run of one character, or
# of two alternating, then one that cannot match); over this many CPU seconds on one probe it is
# refused as catastrophic backtracking. Sound rules take well under a millisecond on each.
PATTERN_PROBE_SECONDS = 0.2
PATTERN_PROBE_LENGTHS = (24, 1_000)       # short probes expose exponential, long ones polynomial blow-up


class TimeLimitExceeded(Exception):
    """Raised inside a `time_limit` block when its time is up."""

    def __init__(self, seconds: float):
        self.seconds = seconds
        super().__init__(f"took longer than {seconds:g} s")


@contextlib.contextmanager
def time_limit(seconds: float | None):
    """Interrupt the block with TimeLimitExceeded once it has used `seconds` of CPU time (SIGPROF
    from ITIMER_PROF: `re` and Python code both stop at the signal). CPU time, not wall time, so
    that a machine busy with other work does not cut a sound article or regex short. Only in the
    main thread of a process that has the timer; elsewhere, and for `None`, the block runs
    unlimited. An enclosing limit is restored with its time left."""
    if (not seconds or not hasattr(signal, "setitimer")
            or threading.current_thread() is not threading.main_thread()):
        yield
        return

    def expire(signum, frame):
        raise TimeLimitExceeded(seconds)

    started = time.process_time()
    previous = signal.signal(signal.SIGPROF, expire)
    outer_left, _ = signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)
        if outer_left:
            signal.setitimer(signal.ITIMER_PROF, max(outer_left - (time.process_time() - started), 0.001))


class LexiconError(ValueError):
    """A language or register file does not follow its schema."""

    def __init__(self, path: Path | str, key: str, message: str, line: int | None = None):
        self.path, self.key, self.line, self.message = str(path), key, line, message
        where = f"{path}:{line}" if line else str(path)
        super().__init__(f"{where}: {key}: {message}")


_NOT_ALNUM = re.compile(r"[^0-9a-z]+")


@functools.lru_cache(maxsize=1 << 16)   # the stages fold the same few hundred names over and over
def fold(text: str) -> str:
    """Fold case, accents, hyphens and spaces: `Kim Jong-un` == `Kim Jong Un` == `kimjongun`."""
    if text.isascii():
        return _NOT_ALNUM.sub("", text.lower())
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return _NOT_ALNUM.sub("", text.lower())



def one_edit(a: str, b: str) -> bool:
    """`a` is `b` with exactly one letter inserted, dropped or changed (two spellings of one name)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)):] == b[i + 1:]

# Longest slug: slugs are file names (`briefs/<slug>.md.<pid>.tmp`, `pdf/<slug>.pdf`) and one name
# may be at most 255 bytes; a longer slug keeps its first 71 characters and a hash of the whole.
MAX_SLUG = 80


@functools.lru_cache(maxsize=1 << 16)   # the stages slug the same names over and over, as they fold them
def slugify(text: str) -> str:
    """A stable, URL-safe id of at most MAX_SLUG characters: `Kim Jong-un` → `kim-jong-un`."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    slug = re.sub(r"[^0-9a-z]+", "-", text).strip("-")
    if len(slug) > MAX_SLUG:
        slug = slug[:MAX_SLUG - 9].rstrip("-") + "-" + hashlib.sha256(slug.encode()).hexdigest()[:8]
    return slug or "x"


def _pattern_name(kind: str, words, *args) -> str:
    """The name the pattern `kind` makes of `words` (and `args`) is kept under between processes, in
    the store of compiled programs (regexes.value): a digest of this file and the arguments, so a
    pure function of the name. A rebuild that extracts one article made the lexicon's alternations
    again in every fresh process (0.04-0.05 s of CPU at 1,000 news articles: the register's names
    and the roles, thousands of phrases each)."""
    digest = hashlib.sha256(f"{_code_stamp()}\0{kind}\0{args!r}".encode())
    for word in sorted({str(w) for w in words}):
        digest.update(word.encode("utf-8", "surrogatepass") + b"\0")
    return f"lexicon.{kind}.{digest.hexdigest()}"


@functools.cache
def _code_stamp() -> str:
    return module_stamp(__file__)


def alternation(words, *, ignore_case: bool = False, separator: str = r"\s+") -> str:
    r"""A regex alternation of literal phrases, built as a trie so `re` does not try every phrase
    at every position (a flat `a|b|c` of 700 names is ~5x slower). Longer phrases win, as with a
    longest-first alternation: `Wakil Menteri` beats `Menteri`. Whitespace inside a phrase matches
    `separator` (pass r"[\s\-]+" to let hyphens and spaces stand for each other). Kept between
    processes (_pattern_name)."""
    words = tuple(words)
    return regexes.value(_pattern_name("alternation", words, ignore_case, separator),
                         lambda: _emit(_phrase_tree(words, ignore_case, separator), separator) or "(?!)")


def _phrase_tree(words, ignore_case: bool, separator: str) -> dict:
    """The trie of `alternation`: a character -> its node; "\0" a separator between words, "" an end."""
    splitter = re.compile(r"[\s\-]+" if "-" in separator else r"\s+")
    tree: dict = {}
    for word in set(words):
        word = str(word).strip()
        if not word:
            continue
        node = tree
        for i, part in enumerate(splitter.split(word.lower() if ignore_case else word)):
            if i:
                node = node.setdefault("\0", {})      # a separator between the phrase's words
            for char in part:
                node = node.setdefault(char, {})
        node[""] = {}
    return tree


def _emit(node: dict, separator: str) -> str:
    # (an apostrophe matches the typographic one too, or none: "People's" as "People’s" or "Peoples",
    # as an English official name is often written without it)
    branches = [(separator if c == "\0" else "['’]?" if c == "'" else re.escape(c)) + _emit(node[c], separator)
                for c in sorted(node) if c]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


# A word pattern whose phrases open with more first characters than this (small letters and digits; a
# capital, rare in prose, is not counted in a case-sensitive pattern) is left in its plain form: most
# positions of a text then hold one of them, and the look-behind first fails sooner there.
WORD_OPENINGS = 6


def word_alternation(words, *, flags: int = 0, separator: str = r"\s+") -> str:
    r"""`(?<![\w-])(?:<alternation>)`: one of the phrases, not glued to a word or hyphen before it,
    written so that `re` skips to the characters a phrase can open with instead of trying the
    look-behind and the trie at every position of the text (twice as fast on a long text).

    The look-behind stands after each phrase's first character and reads it again
    (`K(?<![\w-].)...`: the same test of the same character before the match). Under
    re.IGNORECASE (`flags`) the first characters are one class read case-sensitively, holding every
    character `re` takes for one of them (`K`, `k` and the Kelvin sign), and a look-behind on each
    sends the match on to that character's phrases. The same matches, at the same places. Phrases
    opening with more than WORD_OPENINGS small letters or digits (any letter under IGNORECASE), or
    one opening with anything but an ASCII letter or digit, leave the pattern in its plain form.
    Kept between processes (_pattern_name)."""
    words = tuple(words)
    return regexes.value(_pattern_name("word_alternation", words, flags, separator),
                         lambda: _word_alternation(words, flags, separator))


def _word_alternation(words, flags: int, separator: str) -> str:
    tree = _phrase_tree(words, False, separator)
    firsts = sorted(c for c in tree if c)
    frequent = {c.lower() for c in firsts} if flags & re.IGNORECASE else {c for c in firsts if not c.isupper()}
    if not firsts or len(frequent) > WORD_OPENINGS or not all(c.isascii() and c.isalnum() for c in firsts) \
            or (flags & re.IGNORECASE and len({c.lower() for c in firsts}) < len(firsts)):
        # (phrases opening with one letter in both cases: re tries both branches in their order)
        return rf"(?<![\w-])(?:{alternation(words, separator=separator)})"
    if not flags & re.IGNORECASE:
        return "(?:" + "|".join(rf"{c}(?<![\w-].){_emit(tree[c], separator)}" for c in firsts) + ")"
    branches = "|".join(rf"(?<={c}){_emit(tree[c], separator)}" for c in firsts)
    return rf"{case_class(firsts)}(?<![\w-].)(?:{branches})"


def case_class(firsts) -> str:
    """`(?-i:[...])`: every character re.IGNORECASE takes for one of the letters `firsts` (both cases,
    and look-alikes such as the Kelvin sign for `k`), as one class read case-sensitively."""
    from .prefilter import _case_table
    chars = {x for c in firsts for x in (c.lower(), c.upper())}
    chars |= {chr(o) for o, letter in _case_table().items() if letter in chars}
    return f"(?-i:[{''.join(map(re.escape, sorted(chars)))}])"


# ---------------------------------------------------------------------------------------------
# Register


@quick_init
@dataclass(frozen=True, slots=True)
class RegisterEntry:
    id: str
    kind: str
    name: str
    aliases: tuple[str, ...]
    description: str | None = None
    wikidata: str | None = None
    source: str = ""        # file:line, for messages
    # A person's years in the post `description` gives, [first, last] (last: the file's `as_of` year
    # for one still in it, None without one), from a register file's `terms:` mapping; dates.py reads
    # them for the year of a weekday and a day.
    terms: tuple[tuple[int, int | None], ...] = ()


@dataclass(frozen=True)
class Register:
    entries: dict[str, RegisterEntry]                 # id → entry
    by_alias: dict[str, str]                          # fold(alias) → id
    suppressed: frozenset[str]                        # fold(surface) of false entities
    # `distinct:` groups of spellings that are different people: resolve never joins them
    distinct: tuple[tuple[str, ...], ...] = ()
    # `surnames:` a surname several registered people share that, alone, names one of them in this
    # site's news when the article names no one else with it (`Kim` -> kim-jong-un): fold(word) -> id
    surnames: dict[str, str] = field(default_factory=dict)

    def lookup(self, surface: str) -> RegisterEntry | None:
        entry_id = self.by_alias.get(fold(surface))
        return self.entries.get(entry_id) if entry_id else None

    def is_suppressed(self, surface: str) -> bool:
        return fold(surface) in self.suppressed


KIND_NAMES = ("person", "organization", "country", "place")
ENTRY_KEYS = {"id", "kind", "name", "aliases", "description", "wikidata", "cldr"}


def _cldr_territories() -> dict[str, tuple[str, str]]:
    """ISO country code → (Indonesian name, English name), from Babel's CLDR data."""
    from babel import Locale

    ind, eng = Locale(LANGUAGE).territories, Locale("en").territories
    return {code: (ind[code], eng.get(code, ind[code])) for code in ind
            if len(code) == 2 and code.isalpha() and code not in {"ZZ", "EU", "EZ", "UN", "QO"}}


def load_register(paths: list[Path]) -> Register:
    """Read the register files; CLDR territories are the base layer for countries.

    Structural errors raise LexiconError with file and line (the first one found;
    `check_register` collects them all).
    """
    return _read_register(paths, None)


def check_register(paths: list[Path]) -> list[LexiconError]:
    """Every problem in the register files, in file order (for `briefing check`); never raises."""
    problems: list[LexiconError] = []
    _read_register(paths, problems)
    return problems


@dataclass
class _RegisterReading:
    """What reading the register files has gathered so far, and where problems go."""

    problems: list[LexiconError] | None
    territories: dict
    entries: dict[str, RegisterEntry] = field(default_factory=dict)
    claimed: dict[str, str] = field(default_factory=dict)      # fold(alias) → id: one alias, one entity
    claimed_at: dict[str, str] = field(default_factory=dict)   # fold(alias) → file:line that claimed it
    suppressed: set[str] = field(default_factory=set)
    # (spellings, file, line): checked once every entity is read
    distinct: list[tuple[tuple[str, ...], str, int | None]] = field(default_factory=list)
    cldr_claimed: set[str] = field(default_factory=set)
    terms_of: dict[str, tuple[tuple, str]] = field(default_factory=dict)   # id → (terms, file)
    surnames: dict[str, tuple] = field(default_factory=dict)     # fold(surname) → (id, file, line)

    def fail(self, error: LexiconError) -> None:
        """Raise (problems is None) or collect the problem."""
        if self.problems is None:
            raise error
        self.problems.append(error)


def _read_register(paths: list[Path], problems: list[LexiconError] | None) -> Register:
    """The register; each problem raises (problems is None) or is appended and the entry skipped."""
    reading = _RegisterReading(problems, _cldr_territories())
    for path in paths:
        try:
            documents = _load_yaml_with_lines(path)
        except LexiconError as error:
            reading.fail(error)
            continue
        if documents is None:
            continue
        if not isinstance(documents, dict):
            reading.fail(LexiconError(path, "(top)", "expected a mapping with `entities:` and/or `suppress:`"))
            continue
        for key in documents:
            if key not in {"entities", "suppress", "terms", "as_of", "distinct", "surnames"}:
                reading.fail(LexiconError(path, key, "unknown key (expected `entities`, `suppress`, `distinct`, "
                                          "`surnames`, `terms` or `as_of`)", key_line(path, key)))
        surnames = documents.get("surnames") or {}
        if not isinstance(surnames, dict) or not all(isinstance(k, str) and isinstance(v, str)
                                                     for k, v in surnames.items()):
            reading.fail(LexiconError(path, "surnames", "expected a mapping of surname: person id",
                                      key_line(path, "surnames")))
            surnames = {}
        for word, entry_id in surnames.items():
            reading.surnames[fold(word)] = (entry_id, path, key_line(path, "surnames"))
        _read_distinct(reading, path, documents)
        _read_terms(reading, path, documents)
        _read_suppress(reading, path, documents)
        raws = documents.get("entities") or []
        if not isinstance(raws, list):
            reading.fail(LexiconError(path, "entities", "expected a list of entities", key_line(path, "entities")))
            raws = []
        for raw in raws:
            _read_entity(reading, path, raw)
    _apply_terms_and_distinct(reading)
    _add_cldr_countries(reading)
    for word, (entry_id, where, at) in reading.surnames.items():
        if reading.entries.get(entry_id) is None or reading.entries[entry_id].kind != "person":
            reading.fail(LexiconError(where, "surnames", f"{entry_id!r} is no person of the register", at))
    return Register(entries=reading.entries, by_alias=reading.claimed, suppressed=frozenset(reading.suppressed),
                    distinct=tuple(group for group, _, _ in reading.distinct),
                    surnames={w: i for w, (i, _, _) in reading.surnames.items()
                              if i in reading.entries and reading.entries[i].kind == "person"})


def _read_distinct(reading: _RegisterReading, path: Path, documents: dict) -> None:
    """`distinct:` groups of spellings that are different people."""
    distinct_of = documents.get("distinct") or []
    if not isinstance(distinct_of, list):
        reading.fail(LexiconError(path, "distinct", "expected a list of [spelling, spelling, ...] groups",
                                  key_line(path, "distinct")))
        distinct_of = []
    lines = item_lines(path, "distinct") if distinct_of else []
    for i, group in enumerate(distinct_of):
        at = lines[i] if i < len(lines) else key_line(path, "distinct")
        if not (isinstance(group, list) and len(group) >= 2
                and all(isinstance(s, str) and s.strip() for s in group)):
            reading.fail(LexiconError(path, "distinct", f"expected a list of two or more spellings, got {group!r}", at))
            continue
        if len({fold(s) for s in group}) < len(group):
            reading.fail(LexiconError(path, "distinct", f"{group!r}: two of these are one name once case, accents, "
                                      "hyphens and spaces are folded; resolve cannot tell them apart", at))
            continue
        reading.distinct.append((tuple(group), str(path), at))


def _read_terms(reading: _RegisterReading, path: Path, documents: dict) -> None:
    """`terms:` years in office per entity id; `as_of:` the year a still-running term reaches."""
    as_of = documents.get("as_of")     # the year the file's terms were last checked: a null end is it
    if as_of is not None and not isinstance(as_of, int):
        reading.fail(LexiconError(path, "as_of", f"expected a year, got {as_of!r}", key_line(path, "as_of")))
        as_of = None
    spans = documents.get("terms") or {}
    if not isinstance(spans, dict):
        reading.fail(LexiconError(path, "terms", "expected a mapping of entity id to [[first year, last year or "
                                  "null], ...]", key_line(path, "terms")))
        spans = {}
    for entry_id, value in spans.items():
        if not (isinstance(value, list) and value and all(
                isinstance(t, list) and 1 <= len(t) <= 2 and isinstance(t[0], int)
                and (len(t) == 1 or t[1] is None or (isinstance(t[1], int) and t[1] >= t[0])) for t in value)):
            reading.fail(LexiconError(path, "terms", f"{entry_id!r}: expected [[first year, last year or null], ...]",
                                      key_line(path, "terms")))
            continue
        reading.terms_of[str(entry_id)] = (tuple((t[0], (t[1] if len(t) == 2 else None) or as_of) for t in value),
                                           f"{path}")


def _read_suppress(reading: _RegisterReading, path: Path, documents: dict) -> None:
    """`suppress:` surface forms that are never an entity."""
    surfaces = documents.get("suppress") or []
    if not isinstance(surfaces, list):
        reading.fail(LexiconError(path, "suppress", "expected a list of surface forms", key_line(path, "suppress")))
        surfaces = []
    for surface in surfaces:
        if not isinstance(surface, str) or not surface.strip():
            reading.fail(LexiconError(path, "suppress", f"expected a non-empty string, got {surface!r}",
                                      key_line(path, "suppress")))
            continue
        reading.suppressed.add(fold(surface))


def _entity_problems(reading: _RegisterReading, path: Path, raw: dict, line, key_lines: dict) -> tuple[list, str | None]:
    """Check one entity's keys, id, kind, aliases and CLDR code; returns (aliases, cldr code)."""
    unknown = set(raw) - ENTRY_KEYS
    if unknown:
        reading.fail(LexiconError(path, ", ".join(sorted(unknown)), "unknown key in entity",
                                  min((key_lines[k] for k in unknown if k in key_lines), default=line)))
    for required in ("id", "kind", "name"):
        if not isinstance(raw.get(required), str) or not raw[required].strip():
            reading.fail(LexiconError(path, required, f"missing or empty in entity {raw!r}",
                                      key_lines.get(required, line)))
    kind, entry_id = raw.get("kind"), raw.get("id")
    if isinstance(kind, str) and kind.strip() and kind not in KIND_NAMES:
        reading.fail(LexiconError(path, "kind", f"{kind!r} is not one of {KIND_NAMES}", key_lines.get("kind", line)))
    if isinstance(entry_id, str) and entry_id.strip():
        if entry_id != slugify(entry_id):
            reading.fail(LexiconError(path, "id", f"{entry_id!r} is not a slug (use {slugify(entry_id)!r})",
                                      key_lines.get("id", line)))
        elif entry_id in reading.entries:
            reading.fail(LexiconError(path, "id", f"duplicate id {entry_id!r} (first in "
                                      f"{reading.entries[entry_id].source})", key_lines.get("id", line)))
    aliases = raw.get("aliases") or []
    if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
        reading.fail(LexiconError(path, "aliases", f"expected a list of non-empty strings in {entry_id!r}",
                                  key_lines.get("aliases", line)))
        aliases = []
    code = raw.get("cldr")
    if code is not None and (not isinstance(code, str) or code not in reading.territories):
        reading.fail(LexiconError(path, "cldr", f"{code!r} is not a CLDR territory code", key_lines.get("cldr", line)))
        code = None
    return aliases, code


def _read_entity(reading: _RegisterReading, path: Path, raw) -> None:
    """One `entities:` entry: checked, its names claimed (one alias, one entity), then kept."""
    line = raw.pop("__line__", None) if isinstance(raw, dict) else None
    key_lines = raw.pop("__keys__", {}) if isinstance(raw, dict) else {}
    if not isinstance(raw, dict):
        reading.fail(LexiconError(path, "entities", f"expected a mapping, got {raw!r}", key_line(path, "entities")))
        return
    before = len(reading.problems) if reading.problems is not None else 0
    aliases, code = _entity_problems(reading, path, raw, line, key_lines)
    if reading.problems is not None and len(reading.problems) > before:
        return    # collecting: this entry is reported; skip it so its errors do not cascade
    entry_id = raw["id"]
    names = [raw["name"], *aliases]
    if code is not None:
        names += list(reading.territories[code])
        reading.cldr_claimed.add(code)
    for alias in names:
        owner = reading.claimed.get(fold(alias))
        if owner and owner != entry_id:
            reading.fail(LexiconError(path, "aliases", f"alias {alias!r} of {entry_id!r} is already claimed by "
                                      f"{owner!r} ({reading.claimed_at[fold(alias)]})", key_lines.get(
                                          "aliases" if alias in aliases else "name" if alias == raw["name"] else "cldr",
                                          line)))
            continue
        reading.claimed[fold(alias)] = entry_id
        reading.claimed_at.setdefault(fold(alias), f"{path}:{line}")
    reading.entries[entry_id] = RegisterEntry(
        id=entry_id, kind=raw.get("kind"), name=raw["name"], aliases=tuple(dict.fromkeys(names)),
        description=raw.get("description"), wikidata=raw.get("wikidata"), source=f"{path}:{line}")


def _apply_terms_and_distinct(reading: _RegisterReading) -> None:
    """Once every entity is read: terms go to their entities; a `distinct:` group may not hold two
    aliases of one entity."""
    for entry_id, (terms, where) in reading.terms_of.items():
        if entry_id not in reading.entries:
            reading.fail(LexiconError(where, "terms", f"{entry_id!r} is no entity of the register"))
            continue
        reading.entries[entry_id] = replace(reading.entries[entry_id], terms=terms)
    for group, where, at in reading.distinct:
        owners = {reading.claimed.get(fold(s)) for s in group} - {None}
        one = [o for o in owners if sum(reading.claimed.get(fold(s)) == o for s in group) > 1]
        if one:
            reading.fail(LexiconError(where, "distinct", f"{list(group)!r}: the register's entity {one[0]!r} holds "
                                      "two of these as its aliases: one person or two?", at))


def _add_cldr_countries(reading: _RegisterReading) -> None:
    """CLDR countries the register does not curate: Indonesian name, id from the English name."""
    for code, (ind, eng) in sorted(reading.territories.items()):
        if code in reading.cldr_claimed or fold(ind) in reading.claimed:
            continue
        entry_id = slugify(eng)
        if entry_id in reading.entries:
            continue
        names = tuple(dict.fromkeys([ind, eng]))
        for alias in names:
            reading.claimed.setdefault(fold(alias), entry_id)
        reading.entries[entry_id] = RegisterEntry(id=entry_id, kind="country", name=ind, aliases=names,
                                                  source=f"CLDR:{code}")


# ---------------------------------------------------------------------------------------------
# YAML with line numbers (for messages that point at the line an editor must fix)


# libyaml's parser where PyYAML was built with it (the PyPI wheels are): the pure-Python one took
# ~0.45 s of every build for the language and register files. Node marks carry lines in both.
_SafeBase = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _LineLoader(_SafeBase):
    pass


def _construct_mapping(loader: yaml.SafeLoader, node: yaml.MappingNode, deep: bool = False) -> dict:
    mapping = loader.construct_mapping(node, deep=deep)
    mapping["__line__"] = node.start_mark.line + 1
    mapping["__keys__"] = {getattr(k, "value", None): k.start_mark.line + 1 for k, _ in node.value}
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


_LINE_KEYS = ("__line__", "__keys__")   # added by _LineLoader: line of a mapping, line of each key


def _strip_lines(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _strip_lines(v) for k, v in value.items() if k not in _LINE_KEYS}
    if isinstance(value, list):
        return [_strip_lines(v) for v in value]
    return value


class YAMLLimitError(yaml.YAMLError):
    """A YAML file over one of the limits (MAX_YAML_BYTES, MAX_YAML_VALUES)."""


def _expanded_size(root: yaml.Node, limit: int) -> int:
    """How many values the document becomes once every alias is expanded, counted up to `limit`
    (an alias bomb of a few hundred bytes expands to billions). Aliased nodes are one object in the
    composed graph, so the count is memoised per node and costs one pass over the file."""
    sizes: dict[int, int] = {}
    active: set[int] = set()

    def size(node: yaml.Node) -> int:
        key = id(node)
        if key in sizes:
            return sizes[key]
        if key in active:
            raise ValueError("an alias refers to the value that contains it")
        active.add(key)
        total = 1
        if isinstance(node, yaml.SequenceNode):
            for child in node.value:
                total += size(child)
                if total > limit:
                    break
        elif isinstance(node, yaml.MappingNode):
            for key_node, value_node in node.value:
                total += size(key_node) + size(value_node)
                if total > limit:
                    break
        active.discard(key)
        sizes[key] = total
        return total

    return size(root)


def load_yaml_bounded(path: Path, loader: type = _SafeBase) -> Any:
    """A YAML file as data, within MAX_YAML_BYTES and MAX_YAML_VALUES (aliases counted at every
    use). Raises yaml.YAMLError for what is not YAML or is over a limit, UnicodeDecodeError and
    OSError as reading does."""
    path = Path(path)
    size = path.stat().st_size
    if size > MAX_YAML_BYTES:
        raise YAMLLimitError(f"{size:,} bytes is over the {MAX_YAML_BYTES:,}-byte limit for one data file")
    text = path.read_bytes().decode("utf-8")
    parser = loader(text)
    try:
        node = parser.get_single_node()
        if node is None:
            return None
        try:
            values = _expanded_size(node, MAX_YAML_VALUES)
        except ValueError as error:
            raise YAMLLimitError(str(error)) from None
        except RecursionError:
            raise YAMLLimitError("nested too deeply") from None
        if values > MAX_YAML_VALUES:
            raise YAMLLimitError(f"expands to over {MAX_YAML_VALUES:,} values once its aliases (*name) are "
                                 "repeated: an alias bomb, or a file far larger than language data")
        return parser.construct_document(node)
    finally:
        parser.dispose()


def _load_yaml_with_lines(path: Path) -> Any:
    try:
        data = load_yaml_bounded(path, _LineLoader)
    except YAMLLimitError as error:
        raise LexiconError(path, "(yaml)", f"refused: {error}") from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        raise LexiconError(path, "(yaml)", f"not valid YAML: {getattr(error, 'problem', None) or error}",
                           mark.line + 1 if mark else None) from None
    except UnicodeDecodeError as error:
        raise LexiconError(path, "(file)", f"not UTF-8: {error}") from None
    except RecursionError:
        raise LexiconError(path, "(yaml)", "not valid YAML: nested too deeply") from None
    if isinstance(data, dict):
        top = {k: v for k, v in data.items() if k not in _LINE_KEYS}
        for key, value in top.items():
            if key == "entities" and isinstance(value, list):
                continue  # entity mappings keep __line__/__keys__ for load_register's messages
            top[key] = _strip_lines(value)
        for entity in top.get("entities") or []:
            if isinstance(entity, dict):
                for k in list(entity):
                    if k not in _LINE_KEYS:
                        entity[k] = _strip_lines(entity[k])
        return top
    return _strip_lines(data)


def item_lines(path: Path, key: str) -> list[int]:
    """The line of each item of a top-level list in a YAML file (for messages), or [] if not found."""
    try:
        node = yaml.compose(Path(path).read_text(encoding="utf-8"), Loader=_SafeBase)
    except (yaml.YAMLError, UnicodeDecodeError, OSError):
        return []
    if isinstance(node, yaml.MappingNode):
        for key_node, value in node.value:
            if getattr(key_node, "value", None) == key and isinstance(value, yaml.SequenceNode):
                return [item.start_mark.line + 1 for item in value.value]
    return []


def key_line(path: Path, key: str) -> int | None:
    """The line of a top-level key in a YAML file (for messages), or None if it cannot be found."""
    try:
        if Path(path).stat().st_size > MAX_YAML_BYTES:
            return None
        node = yaml.compose(Path(path).read_text(encoding="utf-8"), Loader=_SafeBase)
    except (yaml.YAMLError, UnicodeDecodeError, OSError):
        return None
    if isinstance(node, yaml.MappingNode):
        for key_node, _ in node.value:
            if getattr(key_node, "value", None) == key:
                return key_node.start_mark.line + 1
    return None


# ---------------------------------------------------------------------------------------------
# Regexes from editor data: refused when they backtrack catastrophically

_CATEGORY_CHAR = {"CATEGORY_DIGIT": "1", "CATEGORY_NOT_DIGIT": "a", "CATEGORY_SPACE": " ",
                  "CATEGORY_NOT_SPACE": "a", "CATEGORY_WORD": "a", "CATEGORY_NOT_WORD": "-",
                  "CATEGORY_LINEBREAK": "\n", "CATEGORY_NOT_LINEBREAK": "a"}
# Placeholders layout.py expands in furniture rules, replaced by one plain word for the probes.
_PLACEHOLDERS = {"{weekday}": "wday", "{month}": "mon", "{outlet}": "site"}


def _probe_chars(parsed) -> list[str]:
    """One character each literal, class and category of a parsed regex matches, in pattern order."""
    chars: list[str] = []

    def visit(items) -> None:
        for op, av in items:
            name = str(op)
            if name == "LITERAL":
                chars.append(chr(av))
            elif name == "NOT_LITERAL":
                chars.append("a" if av != ord("a") else "b")
            elif name == "ANY":
                chars.append("a")
            elif name == "IN":
                negated = any(str(o) == "NEGATE" for o, _ in av)
                if negated:
                    excluded = {chr(a) for o, a in av if str(o) == "LITERAL"}
                    chars.append(next(c for c in "a1 -x" if c not in excluded))
                    continue
                for o, a in av:
                    if str(o) == "LITERAL":
                        chars.append(chr(a))
                    elif str(o) == "RANGE":
                        chars.append(chr(a[0]))
                    elif str(o) == "CATEGORY":
                        chars.append(_CATEGORY_CHAR.get(str(a), "a"))
                    else:
                        continue
                    break
            elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
                visit(av[2])
            elif name == "SUBPATTERN":
                visit(av[3])
            elif name in ("ATOMIC_GROUP", "ASSERT", "ASSERT_NOT"):
                visit(av if name == "ATOMIC_GROUP" else av[1])
            elif name == "BRANCH":
                for branch in av[1]:
                    visit(branch)
            elif name == "GROUPREF_EXISTS":
                visit(av[1])
                if av[2] is not None:
                    visit(av[2])
            elif name == "CATEGORY":
                chars.append(_CATEGORY_CHAR.get(str(av), "a"))

    visit(parsed)
    return list(dict.fromkeys(chars))


def probe_lines(pattern: str) -> list[str]:
    """Lines on which a regex that backtracks catastrophically takes very long: a run of one of its
    characters, or of two of them alternating, ending in a character it cannot take."""
    for placeholder, word in _PLACEHOLDERS.items():
        pattern = pattern.replace(placeholder, word)
    chars = _probe_chars(_sre_parser.parse(pattern))
    units = chars + [a + b for a, b in zip(chars, chars[1:])] + [a + " " for a in chars if a != " "]
    lines = []
    for length in PATTERN_PROBE_LENGTHS:
        for unit in dict.fromkeys(units):
            run = unit * max(1, length // len(unit))
            lines += [run + "\x00", run + "\n!"]
    return lines


def slow_pattern(pattern: str, seconds: float = PATTERN_PROBE_SECONDS) -> str | None:
    """Why a regex is too slow to run on every line of every article (catastrophic backtracking),
    or None. Each probe line (`probe_lines`) gets `seconds`."""
    try:
        expanded = pattern
        for placeholder, word in _PLACEHOLDERS.items():
            expanded = expanded.replace(placeholder, word)
        compiled = re.compile(expanded)
        lines = probe_lines(pattern)
    except (re.error, RecursionError, OverflowError) as error:
        return f"pattern does not compile: {error}"
    for line in lines:
        try:
            with time_limit(seconds):
                compiled.search(line)
        except TimeLimitExceeded:
            shown = line[:12].encode("unicode_escape").decode("ascii")
            return (f"pattern backtracks catastrophically: over {seconds:g} s on a {len(line)}-character line "
                    f"starting {shown!r}; a repeat inside a repeat (`(a+)+`, `(\\w+\\s?)+`) tries "
                    "exponentially many ways to fail. Make the inner repeat unambiguous, possessive "
                    "(`a++`) or atomic (`(?>...)`)")
    return None


# ---------------------------------------------------------------------------------------------
# Language data


def _check_group(path: Path, name: str, kind: str, value: Any, *, editor: bool = False) -> None:
    """Raise LexiconError for the first problem in one group. `editor`: the file is an overlay in
    content/lang, whose regexes are also timed on probe lines (`slow_pattern`); the shipped files
    are checked by the tests instead, so that no build pays for it."""
    if kind == "words":
        if not isinstance(value, list) or not value:
            raise LexiconError(path, name, "expected a non-empty list of strings")
        for item in value:
            if not isinstance(item, str) or not item.strip():
                raise LexiconError(path, name, f"expected a non-empty string, got {item!r}")
    elif kind == "rules":
        if not isinstance(value, list) or not value:
            raise LexiconError(path, name, "expected a non-empty list of rules")
        for rule in value:
            if not isinstance(rule, dict) or "id" not in rule or "pattern" not in rule:
                raise LexiconError(path, name, f"each rule needs `id` and `pattern`, got {rule!r}")
            if not isinstance(rule["pattern"], str):
                raise LexiconError(path, f"{name}.{rule['id']}", f"pattern must be a string, got {rule['pattern']!r}")
            try:
                re.compile(rule["pattern"])
            except (re.error, RecursionError, OverflowError) as error:
                raise LexiconError(path, f"{name}.{rule['id']}", f"pattern does not compile: {error}") from None
            slow = slow_pattern(rule["pattern"]) if editor else None
            if slow:
                raise LexiconError(path, f"{name}.{rule['id']}", slow)
    elif kind == "map":
        if not isinstance(value, dict) or not value:
            raise LexiconError(path, name, "expected a non-empty mapping")
    elif kind == "patterns":
        from .patterns import check_rules

        problem = check_rules(value)
        if problem:
            raise LexiconError(path, name, problem)
    elif kind == "records":
        if not isinstance(value, list) or not value or not all(isinstance(v, dict) for v in value):
            raise LexiconError(path, name, "expected a non-empty list of mappings")


def check_language_files(paths: list[Path]) -> list[LexiconError]:
    """Every problem in language files (the content/lang overlays), as `load_lexicon` would find
    them one at a time: unknown file, unknown or empty group, a regex that does not compile."""
    schema_path = LANG_DIR / "schema.yaml"
    schema = yaml.safe_load(schema_path.read_text(encoding="utf-8"))
    problems: list[LexiconError] = []
    for path in paths:
        if path.stem not in schema:
            problems.append(LexiconError(path, "(file)", f"no schema for {path.stem!r} in {schema_path.name}; "
                                         f"known: {sorted(schema)}"))
            continue
        try:
            loaded = _load_yaml_with_lines(path)
        except LexiconError as error:
            problems.append(error)
            continue
        if loaded is None:
            continue
        if not isinstance(loaded, dict):
            problems.append(LexiconError(path, "(top)", "expected a mapping of groups", 1))
            continue
        for name, value in loaded.items():
            if name not in schema[path.stem]:
                problems.append(LexiconError(path, name, f"unknown group; {path.stem}.yaml may hold "
                                             f"{sorted(schema[path.stem])}", key_line(path, name)))
                continue
            try:
                _check_group(path, name, schema[path.stem][name], value, editor=True)
            except LexiconError as error:
                problems.append(LexiconError(path, error.key, error.message, error.line or key_line(path, name)))
    return problems


def _merge(base: Any, overlay: Any) -> Any:
    """Overlay on base: mappings merge key by key, lists are unioned (base order first)."""
    if isinstance(base, dict) and isinstance(overlay, dict):
        merged = dict(base)
        for key, value in overlay.items():
            merged[key] = _merge(base[key], value) if key in base else value
        return merged
    if isinstance(base, list) and isinstance(overlay, list):
        seen = {yaml.safe_dump(v, sort_keys=True) for v in base}
        return base + [v for v in overlay if yaml.safe_dump(v, sort_keys=True) not in seen]
    return overlay


@dataclass(frozen=True)
class Lexicon:
    """All language data and the register, validated. Read-only for the stages."""

    data: dict[str, dict[str, Any]]      # file stem → group → value
    register: Register
    months: dict[str, int]               # lower-case surface → month number (CLDR + calendar.yaml)
    weekdays: dict[str, int]             # lower-case surface → ISO weekday 1..7
    digest: str                          # changes when any data file, CLDR or the generator changes
    _compiled: dict = field(default_factory=dict, repr=False, compare=False)

    def group(self, file: str, name: str, default: Any = None) -> Any:
        return self.data.get(file, {}).get(name, default)

    def words(self, file: str, name: str) -> tuple[str, ...]:
        return tuple(self.group(file, name, ()) or ())

    def regex(self, key: str, pattern: str, flags: int = 0) -> re.Pattern:
        """Compile once per lexicon; `key` names the pattern for the cache."""
        found = self._compiled.get(key)
        if found is None:
            found = self._compiled[key] = re.compile(pattern, flags)
        return found

    def capitals(self) -> dict[str, str]:
        """Each capital's name and the state it stands for (places.yaml `capitals`: "Seoul" -> "Korea Selatan")."""
        groups = self.group("places", "groups") or {}
        return {str(k): str(v) for k, v in (groups.get("capitals") or {}).items()}

    def memo(self, key: str, build):
        """A value derived from the lexicon (compiled patterns, lookup tables), built once per lexicon."""
        found = self._compiled.get(key)
        if found is None:
            found = self._compiled[key] = build()
        return found

    def word_regex(self, file: str, name: str, flags: int = 0) -> re.Pattern:
        """`\\b(?:w1|w2|...)\\b` over a `words` group, longest first."""
        return self.regex(f"{file}.{name}.{flags}",
                          rf"{word_alternation(self.words(file, name), flags=flags)}(?![\w-])", flags)


def _cldr_calendar() -> tuple[dict[str, int], dict[str, int]]:
    from babel import Locale

    loc = Locale(LANGUAGE)
    months: dict[str, int] = {}
    for width in ("wide", "abbreviated"):
        for number, name in loc.months["format"][width].items():
            months[name.lower().rstrip(".")] = number
    weekdays: dict[str, int] = {}
    for index, name in loc.days["format"]["wide"].items():
        weekdays[name.lower()] = index + 1   # Babel: 0 = Monday; ISO: 1 = Monday
    return months, weekdays


def _content_yaml(folder: Path) -> list[Path]:
    """The editor's YAML files in a content folder; a link is refused (it could publish a file
    from outside content/), hidden files and folders are left out (`briefing check` names them)."""
    files, refused = content_files(folder, ".yaml")
    for entry in refused:
        if entry.severity == "error":
            raise LexiconError(entry.path, "(file)", entry.reason)
    return files


def load_lexicon(content_dir: Path | None = None, *, store: Path | None = None) -> Lexicon:
    """Load generator/lang/<lang>/*.yaml, overlay content/lang/*.yaml, read content/register/*.yaml.

    With a `store` (a file in the build's cache folder), the lexicon loaded is kept there pickled
    under a digest of everything loading reads (the generator's code and language files, the
    editor's YAML files, the Python and library versions) and taken from there while that digest
    holds: parsing and checking the YAML is a tenth of a second of a one-article rebuild. A lexicon
    that fails to load is never stored; a spoilt or foreign store is ignored."""
    key = _store_key(content_dir) if store is not None else None
    if key is not None:
        found = _stored(store, key)
        if found is not None:
            return found
    lex = _load_lexicon(content_dir)
    if key is not None:
        from .files import write_quietly
        with contextlib.suppress(pickle.PicklingError):
            write_quietly(store, pickle.dumps((STORE_VERSION, key, lex), protocol=pickle.HIGHEST_PROTOCOL))
    return lex


STORE_VERSION = 1


def _store_key(content_dir: Path | None) -> str | None:
    from .depindex import code_digest, libraries

    digest = hashlib.sha256(f"{STORE_VERSION}\0{code_digest()}\0{sorted(libraries().items())}".encode())
    try:
        for folder in ("lang", "register"):
            for path in (_content_yaml(content_dir / folder) if content_dir else []):
                digest.update(f"{folder}/{path.name}".encode() + b"\0" + path.read_bytes() + b"\0")
    except (LexiconError, OSError):
        return None               # loading says what is wrong
    return digest.hexdigest()


def _stored(store: Path, key: str) -> Lexicon | None:
    try:
        version, found_key, lex = pickle.loads(store.read_bytes())
    except Exception:             # noqa: BLE001 - missing, spoilt, or pickled by other code: load again
        return None
    if version != STORE_VERSION or found_key != key or not isinstance(lex, Lexicon):
        return None
    return lex


def _load_lexicon(content_dir: Path | None) -> Lexicon:
    schema_path = LANG_DIR / "schema.yaml"
    schema = yaml.safe_load(schema_path.read_text(encoding="utf-8"))
    digest = hashlib.sha256(__version__.encode())
    data: dict[str, dict[str, Any]] = {}
    base_files = sorted((LANG_DIR / LANGUAGE).glob("*.yaml"))
    overlay_files = _content_yaml(content_dir / "lang") if content_dir else []
    for path in base_files + overlay_files:
        stem = path.stem
        if stem not in schema:
            raise LexiconError(path, "(file)", f"no schema for {stem!r} in {schema_path.name}; known: {sorted(schema)}")
        loaded = _load_yaml_with_lines(path)      # refuses a file over the limits before it is hashed
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
        if loaded is None:
            continue
        if not isinstance(loaded, dict):
            raise LexiconError(path, "(top)", "expected a mapping of groups")
        for name, value in loaded.items():
            if name not in schema[stem]:
                raise LexiconError(path, name, f"unknown group; {stem}.yaml may hold {sorted(schema[stem])}")
            _check_group(path, name, schema[stem][name], value, editor=path in overlay_files)
        data[stem] = _merge(data.get(stem, {}), loaded)
    register_files = _content_yaml(content_dir / "register") if content_dir else []
    for path in register_files:
        if path.stat().st_size <= MAX_YAML_BYTES:     # a larger file is refused by load_register
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
    register = load_register(register_files)
    months, weekdays = _cldr_calendar()
    calendar = data.get("calendar", {})
    for number, variants in (calendar.get("months") or {}).items():
        for variant in variants:
            months[variant.lower()] = int(number)
    for number, variants in (calendar.get("weekdays") or {}).items():
        for variant in variants:
            weekdays[variant.lower()] = int(number)
    import babel
    digest.update(babel.__version__.encode())
    return Lexicon(data=data, register=register, months=months, weekdays=weekdays, digest=digest.hexdigest()[:16])
