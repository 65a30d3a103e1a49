"""The extraction cache: one JSON file per Brief, keyed by what the extraction depends on.

A Brief depends on the article (its text, and its id and path, which it carries), on the lexicon
(`lex.digest` covers every language file, the register, Babel and the generator version) and on
the extractor's code. The version number alone would not notice an edited stage, so the key also
hashes the source of every module `extract.py` imports, directly or through another module
(found by reading their imports, so a new stage is in the key as soon as it is imported), and
the language files under generator/lang. JSON, not pickle: a cache file is data that cannot run
code when read, and survives a Python upgrade.

Layout: `<cache_dir>/briefs/<key[:2]>/<key>.json`, and a build's store of the head lines of the
entries it used, `<cache_dir>/briefs.heads` (HeadStore). An unreadable, corrupt or mismatching entry
is a miss, never an error. Entries no build used any more are pruned by the build.
"""
from __future__ import annotations

import ast
import dataclasses
import hashlib
import json
import opcode
import os
import types
import typing
from functools import lru_cache
from pathlib import Path
from typing import Callable

from . import __version__, files, model
from .extract import STOPPED
from .model import Article, Brief, Span

# Bumped when the JSON shape written here changes.
FORMAT = 3
# <cache_dir>/extractor.digest: the extractor digest and the state of the package it was taken from.
EXTRACTOR_MEMO = "extractor.digest"
_PACKAGE = Path(__file__).resolve().parent


def _is_module(package: Path, name: str) -> bool:
    """`name` is a module of `package`: a file `name.py`, or a subpackage `name/` (quotes/)."""
    return (package / f"{name}.py").is_file() or (package / name / "__init__.py").is_file()


def module_files(package: Path, name: str) -> list[Path]:
    """The source files of one module of `package`: `name.py`, or every .py file of the subpackage `name/`."""
    single = package / f"{name}.py"
    if single.is_file():
        return [single]
    return sorted(p for p in (package / name).rglob("*.py") if "__pycache__" not in p.parts)


def _imported(path: Path, package: Path) -> set[str]:
    """The modules of `package` that the module at `path` imports (anywhere in it), read from its compiled
    code (`_imports_in`): compiling builds no tree of Python objects, a third of the time of reading the
    module's syntax tree (`_imported_by_tree`, which finds the same: tests). A module the compiler refuses
    but the parser reads (a `__future__` import out of place) is read from its tree. In a subpackage's
    file, `..` is the package, and an import of `.` (a module of the same subpackage) names none."""
    try:
        code = compile(path.read_bytes(), str(path), "exec", dont_inherit=True)
    except SyntaxError:
        return _imported_by_tree(path, package)
    depth = len(path.relative_to(package).parts) - 1
    found: set[str] = set()
    for name, level, fromlist in _imports_in(code):
        if not level or level > depth:
            found |= _package_modules(name, level - depth if level else 0, fromlist, package)
    return found


_IMPORT_NAME, _LOAD_CONST, _EXTENDED_ARG = (opcode.opmap["IMPORT_NAME"], opcode.opmap["LOAD_CONST"],
                                           opcode.EXTENDED_ARG)


def _imports_in(code: types.CodeType):
    """(module name, level, names imported from it) of each import statement compiled into `code` and the
    code nested in it: the IMPORT_NAME instructions, each after the two constants it takes (the level and
    the names; `import a, b` is one instruction a name)."""
    raw, consts, names = code.co_code, code.co_consts, code.co_names
    loaded: list = [None, None]          # the values of the last two LOAD_CONST instructions
    extended = 0
    for at in range(0, len(raw), 2):
        op, arg = raw[at], raw[at + 1] | extended
        if op == _EXTENDED_ARG:
            extended = arg << 8
            continue
        extended = 0
        if op == _LOAD_CONST:
            loaded = [loaded[1], consts[arg]]
        elif op == _IMPORT_NAME:
            yield names[arg], loaded[0], loaded[1] or ()
    for const in consts:
        if isinstance(const, types.CodeType):
            yield from _imports_in(const)


def _package_modules(name: str, level: int, fromlist, package: Path) -> set[str]:
    """The modules of `package` one import names: `from .x import y`, `from . import x`, `import <package>.x`."""
    if level == 1:
        found = [name.split(".")[0]] if name else list(fromlist)
        return {n for n in found if _is_module(package, n)}
    head, _, rest = (name or "").partition(".")
    if head == package.name and _is_module(package, rest.split(".")[0]):
        return {rest.split(".")[0]}
    if not name and level:
        # (`from .. import x`: the names themselves, as the syntax tree gives them)
        return {rest.split(".")[0] for n in fromlist for head, _, rest in [n.partition(".")]
                if head == package.name and _is_module(package, rest.split(".")[0])}
    return set()


def _imported_by_tree(path: Path, package: Path) -> set[str]:
    """`_imported`, read from the module's syntax tree."""
    depth = len(path.relative_to(package).parts) - 1
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_bytes(), str(path))):
        if isinstance(node, ast.ImportFrom) and 0 < node.level <= depth:
            continue                                  # a module of the same subpackage
        if isinstance(node, ast.ImportFrom) and node.level - depth == 1:
            names = [node.module.split(".")[0]] if node.module else [a.name for a in node.names]
            found |= {name for name in names if _is_module(package, name)}
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            module = node.module if isinstance(node, ast.ImportFrom) else None
            for name in [module] if module else [a.name for a in node.names]:
                head, _, rest = (name or "").partition(".")
                if head == package.name and _is_module(package, rest.split(".")[0]):
                    found.add(rest.split(".")[0])
    return found


def extractor_modules(package: Path = _PACKAGE) -> tuple[str, ...]:
    """extract.py and every module of the package it imports, directly or not, sorted."""
    seen, todo = set(), ["extract"]
    while todo:
        name = todo.pop()
        if name not in seen:
            seen.add(name)
            for path in module_files(package, name):
                todo.extend(_imported(path, package) - seen)
    return tuple(sorted(seen))


@lru_cache(maxsize=8)
def extractor_digest(package: Path = _PACKAGE, memo: Path | None = None) -> str:
    """sha256 over the generator version, the extraction modules' source and the language files.

    With `memo` (a file in the cache folder), it is taken from there when every file of the package
    has the bytes it had when the memo was written (a digest of them all, read whole: finding the
    extraction modules parses every module for its imports, a sixth of a second, which a warm build
    of one changed article need not pay); otherwise computed and the memo rewritten."""
    if memo is None:
        return _extractor_digest(package)
    whole = hashlib.sha256(f"{FORMAT}\0{package}\0".encode("utf-8", "surrogatepass"))
    for path in sorted(p for p in package.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        data = path.read_bytes()
        whole.update(path.relative_to(package).as_posix().encode("utf-8", "surrogatepass") + b"\0"
                     + str(len(data)).encode() + b"\0" + data)
    state = whole.hexdigest()
    try:
        stored = json.loads(memo.read_text(encoding="utf-8"))
        if stored["package"] == state and isinstance(stored["extractor"], str):
            return stored["extractor"]
    except (OSError, ValueError, KeyError, TypeError):
        pass
    found = _extractor_digest(package)
    # (no memo: the next build parses the modules again)
    files.write_quietly(memo, json.dumps({"package": state, "extractor": found}))
    return found


def _extractor_digest(package: Path) -> str:
    digest = hashlib.sha256(f"{__version__}\0{FORMAT}\0".encode())
    files = [path for name in extractor_modules(package) for path in module_files(package, name)]
    files += sorted(p for p in (package / "lang").rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    files.append(package / "cache.py")         # the cached form of a brief (below)
    for path in files:
        digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def cache_key(article: Article, lex_digest: str, extractor: str | None = None) -> str:
    """The entry of one article: its text and identity, the lexicon, the extractor (`extractor`:
    its digest, when the caller has it)."""
    digest = hashlib.sha256()
    for part in (extractor or extractor_digest(), lex_digest, article.id, article.path, article.decoded_as):
        digest.update(part.encode("utf-8", "surrogatepass") + b"\0")
    digest.update(hashlib.sha256(article.text.encode("utf-8", "surrogatepass")).digest())
    return digest.hexdigest()


# ---------------------------------------------------------------------------------------------
# Brief ⇄ JSON, positional: the schema (the model's dataclasses and their field types) is known
# here, so a dataclass is stored as the list of its field values in field order, a Span as
# [start, end], a tuple of Spans as one flat list [s0, e0, s1, e1, ...], other tuples as lists
# (they come back as tuples: every sequence in the model is a tuple), and str, int, float, bool and
# None as they are. A warm build decodes every cached brief; this form is half the bytes of one
# that names every field and class, and decodes in half the time. A field of a type the schema does
# not know (none today) is stored tagged (`_encode`: {"@": class, field: value}, {"@S": [s, e]},
# {"@set": [...]}). The article text is not stored: the caller has it, and the key proves it is
# the same text. The key covers this file's own code (`_extractor_digest`), so a change of the form
# never reads an entry written in another.

_TYPES = {name: obj for name, obj in vars(model).items()
          if isinstance(obj, type) and dataclasses.is_dataclass(obj)}
_PLAIN = (str, int, float, bool, type(None))


def _encode(value):
    if isinstance(value, Span):
        return {"@S": [value.start, value.end]}
    if dataclasses.is_dataclass(value):
        out = {"@": type(value).__name__}
        for f in dataclasses.fields(value):
            out[f.name] = _encode(getattr(value, f.name))
        return out
    if isinstance(value, (tuple, list)):
        return [_encode(v) for v in value]
    if isinstance(value, (frozenset, set)):
        return {"@set": sorted(_encode(v) for v in value)}
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    raise TypeError(f"cannot cache a {type(value).__name__}")


def _decode(value):
    if isinstance(value, list):
        return tuple([_decode(v) for v in value])
    if isinstance(value, dict):
        if "@S" in value:
            start, end = value["@S"]
            return Span(start, end)
        if "@set" in value:
            return frozenset([_decode(v) for v in value["@set"]])
        cls = _TYPES[value["@"]]
        return cls(**{k: _decode(v) for k, v in value.items() if k != "@"})
    return value


def _plain(value):
    if type(value) not in _PLAIN:
        raise TypeError(f"cannot cache a {type(value).__name__} as a plain value")
    return value


def _span(value: Span) -> list[int]:
    if type(value) is not Span:
        raise TypeError(f"cannot cache a {type(value).__name__} as a Span")
    return [value.start, value.end]


def _spans(values: tuple) -> list[int]:
    if type(values) is not tuple:
        raise TypeError(f"cannot cache a {type(values).__name__} as a tuple")
    return [n for span in values for n in _span(span)]


def _to_spans(flat: list) -> tuple[Span, ...]:
    if len(flat) % 2:
        raise ValueError("odd number of span ends")
    return tuple(map(Span, flat[0::2], flat[1::2]))


_CODECS: dict[object, tuple] = {}


def _codec(hint) -> tuple | None:
    """(encode, decode) of a value of the type `hint`; None for a plain value (stored as it is,
    checked on the way in)."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if hint in _PLAIN or origin is typing.Literal:
        return None
    if hint is Span:
        return _span, lambda v: Span(*v)
    if origin in (typing.Union, types.UnionType) and type(None) in args and len(args) == 2:
        inner = _codec(next(a for a in args if a is not type(None)))
        if inner is None:
            return None
        encode, decode = inner
        return (lambda v: None if v is None else encode(v)), (lambda v: None if v is None else decode(v))
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        if args[0] is Span:
            return _spans, _to_spans
        inner = _codec(args[0])
        if inner is None:
            return (lambda v: [_plain(x) for x in _tuple(v)]), tuple
        encode, decode = inner
        return (lambda v: [encode(x) for x in _tuple(v)]), (lambda v: tuple([decode(x) for x in v]))
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return _dataclass_codec(hint)
    return _encode, _decode


def _tuple(value) -> tuple:
    if type(value) is not tuple:
        raise TypeError(f"cannot cache a {type(value).__name__} as a tuple")
    return value


def _dataclass_codec(cls, skip: tuple[str, ...] = ()) -> tuple:
    if (cls, skip) in _CODECS:
        return _CODECS[cls, skip]
    hints = typing.get_type_hints(cls)
    names = [f.name for f in dataclasses.fields(cls) if f.name not in skip]
    parts = [_codec(hints[name]) for name in names]
    encoders = [(name, part[0] if part else _plain) for name, part in zip(names, parts)]
    decoders = [part[1] if part else None for part in parts]
    width = len(names)

    def encode(value) -> list:
        if type(value) is not cls:
            raise TypeError(f"cannot cache a {type(value).__name__} as a {cls.__name__}")
        return [encode_field(getattr(value, name)) for name, encode_field in encoders]

    decode = _decoder(cls, [hints[name] for name in names], decoders)
    _CODECS[cls, skip] = encode, decode
    return encode, decode


def _decoder(cls, hints: list, decoders: list, *, make: type | None = None, pending: tuple[str, ...] = ()):
    """The decoder of a stored `cls` (a list of its field values, after `first` given by the
    caller), written out as one function for this class: a warm build decodes every cached brief,
    hundreds of thousands of values, and a generic loop over the fields' decoders costs twice the
    time. Each field's expression does what its codec's decoder does (`decoders`: the fallback).
    `make`, `pending`: a record of the subclass `make` whose `pending` fields are set to the
    decoder's second argument (their stored values are not read): decode(values, rest)."""
    scope: dict[str, object] = {"cls": cls, "Span": Span, "_to_spans": _to_spans, "ValueError": ValueError}
    fields = []
    for i, (hint, decoder) in enumerate(zip(hints, decoders)):
        value = f"v{i}"
        origin, args = typing.get_origin(hint), typing.get_args(hint)
        optional = origin in (typing.Union, types.UnionType) and type(None) in args and len(args) == 2
        inner = next(a for a in args if a is not type(None)) if optional else hint
        inner_origin, inner_args = typing.get_origin(inner), typing.get_args(inner)
        if decoder is None:
            expr = value
        elif inner is Span:
            expr = f"Span(*{value})"
        elif isinstance(inner, type) and dataclasses.is_dataclass(inner):
            scope[f"d{i}"] = _dataclass_codec(inner)[1]
            expr = f"d{i}({value})"
        elif inner_origin is tuple and len(inner_args) == 2 and inner_args[1] is Ellipsis and inner_args[0] is Span:
            expr = f"_to_spans({value})"
        elif (inner_origin is tuple and len(inner_args) == 2 and inner_args[1] is Ellipsis
              and isinstance(inner_args[0], type) and dataclasses.is_dataclass(inner_args[0])):
            scope[f"d{i}"] = _dataclass_codec(inner_args[0])[1]
            expr = f"tuple(map(d{i}, {value}))"
        else:
            scope[f"d{i}"] = decoder
            fields.append(f"d{i}({value})")
            continue
        fields.append(f"None if {value} is None else {expr}" if optional and expr != value else expr)
    names = ", ".join(f"v{i}" for i in range(len(hints)))
    slots = [f.name for f in dataclasses.fields(cls)]
    if pending:
        fields = ["rest" if name in pending else field for name, field in zip(slots, fields)]
    source = (f"def decode(values, {'rest' if pending else '*first'}):\n"
              f"    if type(values) is not list or len(values) != {len(hints)}:\n"
              f"        raise ValueError('not a stored {cls.__name__}')\n"
              f"    {names}{',' if len(hints) == 1 else ''} = values\n")
    if getattr(cls, "__slots__", None) == tuple(slots) and len(slots) == len(hints) and _plain_init(cls):
        # A frozen record with slots whose __init__ only sets its fields: made and filled directly
        # (the same object; its __init__ sets each field through object.__setattr__, a third slower).
        for i, name in enumerate(slots):
            scope[f"set{i}"] = getattr(cls, name).__set__
        source += "    made = new(cls)\n" + "".join(f"    set{i}(made, {field})\n" for i, field in enumerate(fields))
        source += "    return made\n"
        scope["new"] = object.__new__
        if make is not None:
            scope["cls"] = make
    elif pending or make is not None:
        raise TypeError(f"{cls.__name__}: a record decoded in part must have slots and a plain __init__")
    else:
        source += f"    return cls(*first, {', '.join(fields)})\n"
    exec(compile(source, f"<decoder of {cls.__name__}>", "exec"), scope)   # noqa: S102 - our own source
    return scope["decode"]


def _plain_init(cls) -> bool:
    """A dataclass whose generated __init__ takes every field, in order, with nothing to do after
    (no __post_init__, no init=False field), so setting its fields makes the same object."""
    params = getattr(cls, "__dataclass_params__", None)
    return (params is not None and params.init and not hasattr(cls, "__post_init__")
            and all(f.init for f in dataclasses.fields(cls)))


def brief_to_json(brief: Brief) -> dict:
    brief = loaded(brief)
    encode, _ = _dataclass_codec(Brief, skip=("article",))
    return {"article": {"id": brief.article.id, "path": brief.article.path, "decoded_as": brief.article.decoded_as},
            "brief": encode(brief)}


def brief_from_json(data: dict, article: Article) -> Brief:
    """Rebuild a Brief for `article` (whose text the JSON was extracted from)."""
    _check_article(data, article)
    _, decode = _dataclass_codec(Brief, skip=("article",))
    return decode(data["brief"], article)


def _check_article(data: dict, article: Article) -> None:
    stored = data["article"]
    if (stored["id"], stored["path"], stored["decoded_as"]) != (article.id, article.path, article.decoded_as):
        raise ValueError("cache entry is for another article")


# ---------------------------------------------------------------------------------------------
# An entry is two lines of JSON: the brief without its LAZY fields and its actors' mentions (its
# "head"), and those (its "rest"). A warm build decodes every cached brief's head only: the whole-
# collection pages read the briefs' titles, dates, outlets, summaries, actors' keys and roles (their
# facts come from rows kept per brief, depindex.Tracker.entries), never an unchanged brief's
# sentences, dates, quotes, statements or mentions, which are four fifths of its bytes and most of
# its objects. The rest is decoded the first time one of them is read (StoredBrief, StoredActor):
# the brief is then the model's own Brief, equal to the one extracted.
LAZY = ("sentences", "dates", "quotes", "statements")
_BRIEF_FIELDS = [f.name for f in dataclasses.fields(Brief)][1:]        # (without the article)
_LAZY_AT = [_BRIEF_FIELDS.index(name) for name in LAZY]
_ACTORS_AT = _BRIEF_FIELDS.index("actors")
_MENTIONS_AT = [f.name for f in dataclasses.fields(model.Actor)].index("mentions")


def entry_text(brief: Brief) -> str:
    """The text of a brief's cache entry: its head, a newline, its rest (JSON never writes a newline
    inside a value)."""
    data = brief_to_json(brief)
    values = data["brief"]
    rest = [values[i] for i in _LAZY_AT] + [[actor[_MENTIONS_AT] for actor in values[_ACTORS_AT]]]
    head = list(values)
    for i in _LAZY_AT:
        head[i] = 0
    head[_ACTORS_AT] = [actor[:_MENTIONS_AT] + [0] + actor[_MENTIONS_AT + 1:] for actor in values[_ACTORS_AT]]
    rest_text = json.dumps(rest, ensure_ascii=False, separators=(",", ":"))
    head_text = json.dumps({"article": data["article"], "brief": head, "rest": len(rest_text)},
                           ensure_ascii=False, separators=(",", ":"))
    return f"{head_text}\n{rest_text}"


def _split(text: str) -> tuple[dict, str]:
    head, newline, rest = text.partition("\n")
    data = json.loads(head)
    if not newline or not isinstance(data, dict) or data.get("rest") != len(rest) or not isinstance(data.get("brief"), list):
        raise ValueError("cache entry cut short")
    return data, rest


def _whole(head: list, rest: list) -> list:
    """The brief's encoded values from its head and its rest (a ValueError when they do not fit)."""
    if type(head) is not list or type(rest) is not list or len(head) != len(_BRIEF_FIELDS) or len(rest) != len(LAZY) + 1:
        raise ValueError("not a stored brief")
    values = list(head)
    for i, value in zip(_LAZY_AT, rest):
        values[i] = value
    actors, mentions = head[_ACTORS_AT], rest[-1]
    if type(actors) is not list or type(mentions) is not list or len(actors) != len(mentions):
        raise ValueError("not a stored brief")
    values[_ACTORS_AT] = [actor[:_MENTIONS_AT] + [found] + actor[_MENTIONS_AT + 1:] if type(actor) is list else actor
                          for actor, found in zip(actors, mentions)]
    return values


def brief_from_text(text: str, article: Article, *, lazy: bool = False,
                    remake: Callable[[Article], Brief] | None = None, path: Path | None = None) -> Brief:
    """The brief of an entry's text (entry_text) for `article`: decoded whole, or (`lazy`) its head
    only, the rest when first read (StoredBrief). `remake` makes the brief again (extracts the
    article) should the rest turn out spoilt then; `path`: the entry, removed in that case."""
    data, rest = _split(text)
    _check_article(data, article)
    if not lazy:
        _, decode = _dataclass_codec(Brief, skip=("article",))
        return decode(_whole(data["brief"], json.loads(rest)), article)
    return _decode_head(data["brief"], article, _Rest(rest, remake, path))


def brief_from_head(head: str, article: Article, path: str, *, remake: Callable[[Article], Brief] | None = None,
                    store: Path | None = None) -> Brief:
    """The brief of an entry's head line (`head`: as the heads' store keeps it, HeadStore) for
    `article`, decoded as brief_from_text(lazy=True) does; its rest is read from the entry at `path`
    when first needed, and taken only while the entry's head is still `head` (else, as a spoilt
    rest, made again by `remake`, the entry and the heads' `store` removed)."""
    data = json.loads(head)
    if not isinstance(data, dict) or type(data.get("rest")) is not int or not isinstance(data.get("brief"), list):
        raise ValueError("not a stored head")
    _check_article(data, article)
    return _decode_head(data["brief"], article, _Rest(None, remake, path, head=head, store=store))


class _Rest:
    """The part of a cached brief not decoded yet (its entry's second line), held in the brief's
    LAZY slots and its actors' mentions slots until one of them is read (`load`)."""

    __slots__ = ("text", "remake", "path", "brief", "head", "store")

    def __init__(self, text: str | None, remake, path: Path | str | None, *, head: str | None = None,
                 store: Path | None = None):
        # `text` None: the rest is read from the entry at `path`, whose head line must be `head`
        # (brief_from_head); `store`: the heads' store the head came from, removed with a spoilt entry.
        self.text, self.remake, self.path, self.brief, self.head, self.store = text, remake, path, None, head, store

    def load(self) -> None:
        brief = self.brief
        if brief is None:
            return
        actors = _BRIEF_SLOTS["actors"].__get__(brief)
        try:
            values = json.loads(self.text if self.head is None else self._read())
            if type(values) is not list or len(values) != len(LAZY) + 1 or type(values[-1]) is not list:
                raise ValueError("not a stored brief")
            found = [decode(value) for decode, value in zip(_lazy_decoders(), values)]
            mentions = [_mentions_decoder()(value) for value in values[-1]]
            if len(mentions) != len(actors):
                raise ValueError("not a stored brief")
        except (OSError, ValueError, KeyError, TypeError, IndexError, AttributeError):
            found, mentions = self._remade(brief, actors)
        for name, value in zip(LAZY, found):
            _BRIEF_SLOTS[name].__set__(brief, value)
        for actor, value in zip(actors, mentions):
            _MENTIONS_SLOT.__set__(actor, value)
            object.__setattr__(actor, "__class__", model.Actor)
        object.__setattr__(brief, "__class__", Brief)
        self.text = self.remake = self.brief = self.head = None

    def _read(self) -> str:
        """The rest of the entry at `path`, while its head line is still the one decoded (`head`)."""
        text = _entry_read(self.path)
        if text.partition("\n")[0] != self.head:
            raise ValueError("the entry is not the one whose head was read")
        return _split(text)[1]

    def _remade(self, brief: Brief, actors: tuple) -> tuple[list, list]:
        """The rest of a spoilt entry, from the article extracted again; the entry is removed."""
        for spoilt in (self.path, self.store):
            if spoilt is not None:
                try:
                    Path(spoilt).unlink()
                except OSError:
                    pass
        fresh = self.remake(_BRIEF_SLOTS["article"].__get__(brief)) if self.remake is not None else None
        same = fresh is not None and len(fresh.actors) == len(actors) and all(
            _BRIEF_SLOTS[name].__get__(brief) == getattr(fresh, name) for name in _BRIEF_FIELDS
            if name not in LAZY and name != "actors") and all(
            _light(old) == _light(new) for old, new in zip(actors, fresh.actors))
        if not same:
            where = f" ({self.path})" if self.path is not None else ""
            raise SpoiltEntry(f"a cache entry was spoilt{where}; it is removed: build again")
        return [getattr(fresh, name) for name in LAZY], [actor.mentions for actor in fresh.actors]


class SpoiltEntry(RuntimeError):
    """A cached brief's rest could not be read, nor made again the same (it was removed)."""


def _light(actor) -> tuple:
    return tuple(getattr(model.Actor, f.name).__get__(actor) for f in dataclasses.fields(model.Actor) if f.name != "mentions")


_BRIEF_SLOTS = {name: getattr(Brief, name) for name in ["article", *_BRIEF_FIELDS]}
_MENTIONS_SLOT = model.Actor.mentions


def loaded(value):
    """`value` itself, its rest decoded when it is a StoredBrief or StoredActor (now the model's own)."""
    if isinstance(value, StoredBrief):
        pending = _BRIEF_SLOTS[LAZY[0]].__get__(value)
        if type(pending) is _Rest:
            pending.load()
    elif isinstance(value, StoredActor):
        pending = _MENTIONS_SLOT.__get__(value)
        if type(pending) is _Rest:
            pending.load()
    if type(value) in (StoredBrief, StoredActor):
        raise SpoiltEntry("a cached brief could not be decoded")
    return value


def _lazy_slot(base: type, name: str) -> property:
    slot = getattr(base, name)

    def get(self):
        value = slot.__get__(self)
        if type(value) is _Rest:
            value.load()
            value = slot.__get__(self)
        return value
    return property(get, slot.__set__, doc=f"{base.__name__}.{name}, decoded when first read")


class _Stored:
    """Equality, hashing, printing, pickling and copying of a StoredBrief or StoredActor are the
    model's own, of the decoded record."""

    __slots__ = ()

    def __eq__(self, other):
        return loaded(self) == other

    def __ne__(self, other):
        return loaded(self) != other

    def __hash__(self):
        return hash(loaded(self))

    def __repr__(self):
        return repr(loaded(self))

    def __reduce_ex__(self, protocol):
        return loaded(self).__reduce_ex__(protocol)


class StoredBrief(_Stored, Brief):
    """A cached Brief whose LAZY fields and actors' mentions are decoded when first read; from then
    on it is a Brief (its class is switched: the same slots)."""

    __slots__ = ()
    locals().update({name: _lazy_slot(Brief, name) for name in LAZY})


class StoredActor(_Stored, model.Actor):
    """An actor of a StoredBrief: its mentions are decoded with the brief's rest."""

    __slots__ = ()
    mentions = _lazy_slot(model.Actor, "mentions")


@lru_cache(maxsize=1)
def _lazy_decoders() -> list:
    hints = typing.get_type_hints(Brief)
    return [(_codec(hints[name]) or (None, lambda v: v))[1] for name in LAZY]


@lru_cache(maxsize=1)
def _mentions_decoder():
    return _codec(typing.get_type_hints(model.Actor)["mentions"])[1]


@lru_cache(maxsize=1)
def _head_decoders() -> list:
    hints = typing.get_type_hints(Brief)
    return [None if name in LAZY or name == "actors" else (_codec(hints[name]) or (None, None))[1]
            for name in _BRIEF_FIELDS]


@lru_cache(maxsize=1)
def _actor_head_decoder():
    hints = typing.get_type_hints(model.Actor)
    names = [f.name for f in dataclasses.fields(model.Actor)]
    parts = [_codec(hints[name]) for name in names]
    return _decoder(model.Actor, [hints[name] for name in names], [part[1] if part else None for part in parts],
                    make=StoredActor, pending=("mentions",))


def _decode_head(head: list, article: Article, rest: _Rest) -> Brief:
    if type(head) is not list or len(head) != len(_BRIEF_FIELDS):
        raise ValueError("not a stored brief")
    brief = object.__new__(StoredBrief)
    _BRIEF_SLOTS["article"].__set__(brief, article)
    decode_actor = _actor_head_decoder()
    for name, decode, value in zip(_BRIEF_FIELDS, _head_decoders(), head):
        if name in LAZY:
            value = rest
        elif name == "actors":
            if type(value) is not list:
                raise ValueError("not a stored brief")
            value = tuple([decode_actor(actor, rest) for actor in value])
        elif decode is not None:
            value = decode(value)
        elif type(value) not in _PLAIN:
            raise ValueError("not a stored brief")
        _BRIEF_SLOTS[name].__set__(brief, value)
    rest.brief = brief
    return brief


def _entry_read(path: Path) -> str:
    """An entry's text as `Path.read_text` gives it (newlines translated; an entry's JSON holds no
    raw carriage return), read without a text file object: a warm build reads every entry."""
    text = files.read_bytes(path).decode("utf-8")
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


# <cache_dir>/briefs.heads: the head line of every entry the last build used, by key (HeadStore).
HEADS_STORE = "briefs.heads"
_DECODE_ERRORS = (OSError, ValueError, KeyError, TypeError, IndexError, AttributeError)


class HeadStore:
    """The head lines of the cached entries a build used, in one store (sitebuild.dump_plain: {key:
    [head line, the entry's size, its mtime in ns]}), so that a warm build reads one file and stats
    each entry, not a file read and a JSON line per cached brief (at 1,000 articles a fifth of the
    time of taking the briefs' heads). A head is taken only while its entry is as it was when the head
    was read from it or written with it (its size and mtime: an entry rewritten or spoilt since is
    read again, as without a store); the entry's rest is read from its file when first needed, and
    only while that file's head is still the same (`_Rest._read`). A missing, spoilt or foreign
    store is empty."""

    def __init__(self, path: Path):
        self.path = path
        self.stored: dict[str, list] | None = None
        self.heads: dict[str, list] = {}      # this build's: key → [head line, size, mtime_ns]

    def get(self, key: str, entry: str) -> str | None:
        """The head of the entry at `entry` (its key `key`) while that entry is as it was."""
        if self.stored is None:
            self.stored = self._load()
        found = self.stored.get(key)
        if found is None:
            return None
        try:
            stat = os.stat(entry)
        except OSError:
            return None
        if type(found) is not list or len(found) != 3 or found[1] != stat.st_size or found[2] != stat.st_mtime_ns \
                or type(found[0]) is not str:
            return None
        self.heads[key] = found
        return found[0]

    def _load(self) -> dict[str, list]:
        from .sitebuild import load_plain
        try:
            found = load_plain(files.read_bytes(self.path))
        except (OSError, ValueError):
            return {}
        if type(found) is not list or len(found) != 2 or found[0] != FORMAT or type(found[1]) is not dict:
            return {}
        return found[1]

    def note(self, key: str, text: str, entry: Path | str) -> None:
        """An entry this build read or wrote (`text`, at `entry`)."""
        try:
            stat = os.stat(entry)
        except OSError:
            return
        self.heads[key] = [text.partition("\n")[0], stat.st_size, stat.st_mtime_ns]

    def save(self, used: set[str]) -> None:
        """Keep the heads of the entries this build used (written only when they changed)."""
        heads = {key: self.heads[key] for key in sorted(used) if key in self.heads}
        if heads != self.stored or not self.path.is_file():     # (removed with a spoilt entry: _Rest._remade)
            from .sitebuild import dump_plain
            files.write_quietly(self.path, dump_plain([FORMAT, heads]))


class BriefCache:
    """Read and write cached Briefs under `root`; remembers which entries this build used. `heads`:
    the entries' heads are read from and kept in one store (HeadStore; a build's cache, saved by
    `save_heads`)."""

    def __init__(self, root: Path, lex_digest: str, remake: Callable[[Article], Brief] | None = None, *,
                 heads: bool = False):
        self.root = Path(root) / "briefs"
        self.lex_digest = lex_digest
        self.remake = remake         # extracts an article again: a brief whose rest is spoilt (_Rest)
        self.extractor = extractor_digest(memo=Path(root) / EXTRACTOR_MEMO)
        self.used: set[str] = set()
        self.unwritable: str | None = None   # why an entry could not be written (read-only, disk full)
        self.heads = HeadStore(Path(root) / HEADS_STORE) if heads else None
        self._folder = f"{self.root}{os.sep}"

    def key(self, article: Article) -> str:
        return cache_key(article, self.lex_digest, self.extractor)

    def _path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.json"

    def get(self, article: Article, *, lazy: bool = True) -> Brief | None:
        """The cached brief of `article`, None when there is none (or it is spoilt). `lazy`: its
        head decoded now, the rest when first read (brief_from_text)."""
        key = self.key(article)
        self.used.add(key)
        if self.heads is not None and lazy:
            entry = f"{self._folder}{key[:2]}{os.sep}{key}.json"
            head = self.heads.get(key, entry)
            if head is not None:
                try:
                    return brief_from_head(head, article, entry, remake=self.remake, store=self.heads.path)
                except _DECODE_ERRORS:
                    self.heads.heads.pop(key, None)        # (read from its entry instead)
        path = self._path(key)
        try:
            text = _entry_read(path)
            brief = brief_from_text(text, article, lazy=lazy, remake=self.remake, path=path)
        except _DECODE_ERRORS:
            return None
        if self.heads is not None:
            self.heads.note(key, text, path)
        return brief

    def note(self, article: Article, text: str) -> None:
        """The entry text of a brief extracted elsewhere (an extraction worker's `put`)."""
        if self.heads is not None:
            key = self.key(article)
            self.heads.note(key, text, self._path(key))

    def save_heads(self) -> None:
        if self.heads is not None:
            self.heads.save(self.used)

    def put(self, brief: Brief) -> str | None:
        """Keep the brief; the entry's text (what `decoded` reads back), None when it has none (cut
        by the time limit, or a value the cached form does not know)."""
        if any(p.message.startswith(STOPPED) for p in brief.problems):
            return None     # cut by the time limit: its content depends on the machine, so not kept
        key = self.key(brief.article)
        self.used.add(key)
        path = self._path(key)
        try:
            text = entry_text(brief)
        except TypeError:
            return None     # a value the cached form does not know: not kept (never seen)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
            tmp.write_text(text, encoding="utf-8")
            os.replace(tmp, path)
            if self.heads is not None:
                self.heads.note(key, text, path)
        except (OSError, UnicodeError) as error:
            self.unwritable = getattr(error, "strerror", None) or str(error)
            try:
                tmp.unlink(missing_ok=True)
            except (OSError, UnboundLocalError):
                pass  # a cache that cannot be written only costs time
        return text

    @staticmethod
    def decoded(text: str, article: Article) -> Brief:
        """The brief whose entry text `put` returned, for `article` (the one it was extracted from),
        decoded whole (a full build reads every field; this runs while the workers extract)."""
        return brief_from_text(text, article)

    def prune(self) -> int:
        """Remove entries this build did not use (changed or removed articles, old lexicons)."""
        removed = 0
        if not self.root.is_dir():
            return 0
        for path in self.root.glob("*/*"):
            if path.stem not in self.used:
                try:
                    path.unlink()
                    removed += 1
                except OSError:
                    pass
        return removed
