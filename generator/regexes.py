"""Compiled regular expressions kept between builds.

A rebuild that extracts one article in a fresh process compiles every pattern of the lexicon and
the extractor again (a few hundred, some of them long alternations of names: most of the time the
extraction of that one article takes). Python cannot store a compiled pattern, but what its
compiler makes of one is data: the pattern's final flags, its program (a list of numbers), its
group count and names. `kept(path)` makes `re` take that data from a store written by an earlier
build (the same Python, the same version of this file) and hand it to `_sre.compile` directly, as
`re._compiler.compile` does after parsing and compiling; patterns it has not seen are compiled as
usual and added. A spoilt or foreign store is ignored; anything unexpected in `re`'s internals
leaves `re` as it is.

The store also keeps a few values derived from this Python's Unicode tables that take a scan of
every code point to find (`value`): they are a function of the Python, as the programs are.
"""
from __future__ import annotations

import contextlib
import pickle
import re
from pathlib import Path

from .files import module_stamp, write_quietly

try:                                  # Python's regex compiler, internals of `re` (3.11 and later)
    import _sre
    from re import _compiler, _parser
except ImportError:                   # pragma: no cover - another Python: nothing is kept
    _sre = _compiler = _parser = None

# (pattern, flags) → (final flags, program, groups - 1, group index, index group)
_KEPT: dict[tuple[str, int], tuple] = {}
# name → a value derived from this Python alone (`value`)
_VALUES: dict[str, object] = {}
_ADDED = 0


def _digest() -> str:
    return module_stamp(__file__, str(getattr(_sre, "MAGIC", "")))


def _compile(pattern, flags=0, *, _original=None):
    """re._compiler.compile for a str pattern, its program taken from or added to _KEPT."""
    global _ADDED  # noqa: PLW0603 - the count of patterns added since the store was read
    flags = int(flags)
    kept = _KEPT.get((pattern, flags)) if isinstance(pattern, str) else None
    if kept is None:
        if not isinstance(pattern, str) or flags & _compiler.SRE_FLAG_DEBUG:
            return _original(pattern, flags)
        parsed = _parser.parse(pattern, flags)
        code = _compiler._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup = [None] * parsed.state.groups
        for name, i in groupindex.items():
            indexgroup[i] = name
        kept = _KEPT[pattern, flags] = (int(flags | parsed.state.flags), [int(c) for c in code], parsed.state.groups - 1,
                                        groupindex, tuple(indexgroup))
        _ADDED += 1
    final, code, groups, groupindex, indexgroup = kept
    return _sre.compile(pattern, final, list(code), groups, dict(groupindex), indexgroup)


def _works(compile_) -> bool:
    """Whether compiling through `compile_` gives what `re` gives (internals as expected)."""
    try:
        for pattern, flags in ((r"(?P<a>[a-c]+)\s(?i:x)|(y)\b", 0), (r"^\w+$", re.M | re.I)):
            ours, theirs = compile_(pattern, flags), _compiler.compile(pattern, flags)
            if (ours.flags, ours.groups, ours.groupindex) != (theirs.flags, theirs.groups, theirs.groupindex):
                return False
            if [m.span() for m in ours.finditer("ab X y abc x")] != [m.span() for m in theirs.finditer("ab X y abc x")]:
                return False
    except Exception:                 # noqa: BLE001 - other internals: `re` is left as it is
        return False
    return True


def known(path: Path) -> int:
    """Take the programs a build stored at `path` (this Python, this file); how many."""
    try:
        stored = pickle.loads(path.read_bytes())
        if not isinstance(stored, dict) or stored.get("digest") != _digest() or not isinstance(stored.get("kept"), dict):
            return 0
        taken = stored["kept"]
        values = stored.get("values", {})
        if not isinstance(values, dict):
            return 0
    except Exception:                 # noqa: BLE001 - missing, spoilt or foreign: compiled again
        return 0
    for key, value in taken.items():
        _KEPT.setdefault(key, value)
    for name, value in values.items():
        _VALUES.setdefault(name, value)
    return len(taken)


def value(name: str, build):
    """A value that depends on nothing but this Python (its Unicode tables, its `re`) and what its
    `name` says (lexicon._pattern_name: a digest of the code and the arguments that make it): taken
    from the store when an earlier build kept it, else `build()`, kept with the programs from now on.
    The store is keyed by the Python and this file only: a caller whose `build` changes what it
    makes gives the value a new `name`."""
    global _ADDED  # noqa: PLW0603
    if name not in _VALUES:
        _VALUES[name] = build()
        _ADDED += 1
    return _VALUES[name]


def added() -> int:
    """Patterns compiled and values built (not taken from a store) since this process started."""
    return _ADDED


def remember(path: Path) -> None:
    """Store the programs this process holds at `path` (nothing when it cannot be written)."""
    with contextlib.suppress(pickle.PicklingError):
        write_quietly(path, pickle.dumps({"digest": _digest(), "kept": _KEPT, "values": _VALUES},
                                         protocol=pickle.HIGHEST_PROTOCOL))


def install() -> bool:
    """Compile through the store from now on in this process (an extraction worker); False when
    `re`'s internals are not as expected (nothing changed)."""
    if _compiler is None or getattr(_compiler.compile, "kept", False):
        return _compiler is not None
    original = _compiler.compile

    def compile_(pattern, flags=0):
        return _compile(pattern, flags, _original=original)
    compile_.kept, compile_.original = True, original
    if not _works(compile_):
        return False
    _compiler.compile = compile_
    return True


@contextlib.contextmanager
def kept(path: Path):
    """While the block runs, patterns are compiled through the store at `path`, which is written
    again afterwards when patterns were added."""
    if _compiler is None or getattr(_compiler.compile, "kept", False):
        yield
        return
    known(path)
    if not install():
        yield
        return
    before = _ADDED
    try:
        yield
    finally:
        _compiler.compile = _compiler.compile.original
        if _ADDED > before:
            remember(path)
