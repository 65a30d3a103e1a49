"""The dependency index: which pages each article feeds, so that a warm build renders only those.

A page is a pure function of the code, the templates, the labels, the settings and the parts of
the Catalog its view model reads. pages.py renders pages in groups (a brief's page; an entity's
page with its part pages) and records, for each group, the keys of everything its view model
reads, from a small vocabulary whose values are cheap to compute for the whole collection:

- `a:<article id>`: one brief as this build sees it: its extraction-cache key (the article's
  text, id and path, the lexicon and the extractor), its address, and the entity each of its
  actors resolved to (so its set of entities);
- `s:<article id>`: only the set of entities it names, and `r:<article id>` only its row in a
  list (headline, address, date, outlet, dateline): what another brief's related list reads;
- `e:<entity id>`: an entity's name, kind, spellings, description and the articles naming it
  (so its brief count and, with another entity's, how often the two appear together);
- `k:<entity id>`: only its name and kind (the countries and places an entity page lists
  beside it: their counts are never read);
- `w:<entity id>`: the words search finds its page by (which read other entities' names);
- `q:<entity id>`: the quotes page that holds its quotes.

The index (`Tracker.to_json`, stored by build.py) keeps each key's digest and each group's
keys and pages. The next build computes the digests again; a group none of whose keys changed
takes its pages from the last build (build.py checks each file against its recorded digest)
without building its view model. Every other page (the lists, the timeline, the quotes pages,
the home page, the data files) reads the whole collection and is computed every time, as
before, and the per-page digest of pages.RenderCache still skips rendering when the view model
is the same; but the rows each brief gives the timeline and the quotes pages are kept in the index
(`entries`) with a signature of what they read (`entries_signature`: the brief's `a:` value and
the `k:` values of the entities it names), and taken again while it holds, so a changed article
makes only its own rows again.

Some keys of a group are soft: a change of one does not decide by itself, the group checks a value
it recorded instead. A brief's related list records the related briefs it showed; an entity's
pages read the briefs naming it (`a:`) softly and record what each gives them (pages.contribution:
its row as shown, its actors' roles, its line of context, its quotes, statements and dated
sentences about the entity as the pages show them), so an edit that leaves what an article says
of an entity the same (a sentence naming no one, appended) does not build that entity's pages
again; the rows' inputs (`r:`) and the entities each brief names (`s:`) stay hard keys.

A recorded key set is enough because a view model reads only what the keys cover: it reads the
same keys again whenever their values are the same (the candidates of a brief's related briefs
come from the article lists of its entities, which its `e:` keys hold, and its rows are those of
the five briefs ranked first, whose `r:` keys it holds), so an unchanged key set proves the same
page.

The whole render is done again, without the index (never a guess), when: there is no index, it
is unreadable or of another version; the context differs (the generator's code and language
files, the page templates and labels, the versions of Python and of the libraries that write page
text, the settings, the lexicon and register); or an article
whose brief did not change resolves differently (another article changed which entity a name
joins, or which entity id a name gets): identities moved across articles.
"""
from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain
from pathlib import Path

# Bumped when the shape of the index or the meaning of a key changes.
VERSION = 1
_PACKAGE = Path(__file__).resolve().parent


# json.dumps(parts, sort_keys=True, ensure_ascii=False, default=sorted), its encoder made once
# (json.dumps makes one a call when given options: a third of a signature's time, 5,000 a rebuild).
_ENCODE = json.JSONEncoder(sort_keys=True, ensure_ascii=False, default=sorted).encode


def _sha(*parts: object) -> str:
    return hashlib.sha256(_ENCODE(parts).encode("utf-8", "surrogatepass")).hexdigest()[:20]


@lru_cache(maxsize=4)
def code_digest(package: Path = _PACKAGE) -> str:
    """sha256 over every module and language file of the generator (any of them may change a page)."""
    digest = hashlib.sha256(f"{VERSION}\0".encode())
    for path in sorted(p for p in package.rglob("*") if p.is_file() and "__pycache__" not in p.parts
                       and (p.suffix == ".py" or "lang" in p.relative_to(package).parts)):
        digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:20]


# Libraries whose output reaches page text: templates and escaping, Material's icons, Babel's dates.
LIBRARIES = ("jinja2", "markupsafe", "mkdocs-material", "babel", "pyyaml")


@lru_cache(maxsize=1)
def libraries() -> dict[str, str]:
    """Python's and the LIBRARIES' versions (asked once a process: each costs a search of the
    installed distributions; callers do not change the dict)."""
    import sys
    from importlib import metadata
    found = {"python": sys.version}
    for name in LIBRARIES:
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            found[name] = "none"
    return found


def article_signature(brief_key: str, slug: str, resolution: list[tuple[str, str | None]]) -> str:
    return _sha("a", brief_key, slug, resolution)


def unstable() -> str:
    """The signature of a brief whose content is not a function of its cache key (cut by the time
    limit): it never equals another, so every page it feeds is rendered again."""
    return "unstable-" + uuid.uuid4().hex


def entity_signatures(entity, briefs: list[str]) -> tuple[str, str]:
    """(`e:`, `k:`) of an entity: everything about it, and its name and kind only."""
    return (_sha("e", entity.name, entity.kind, sorted(entity.aliases), entity.description, entity.wikidata, briefs),
            _sha("k", entity.name, entity.kind))


def entries_signature(article: str, names: list[str]) -> str:
    """What a brief's entries of the whole-collection pages read (pages.Views.brief_entries): the
    brief as this build sees it (its `a:` value: its text through its cache key, its address, the
    entity each of its actors joins) and the name and kind (`k:`) of every entity it names, in
    order of their ids; the rest (labels, settings, code) is the index's context."""
    if article.startswith("unstable-"):
        return article
    return hashlib.sha256("\0".join([article, *names]).encode("utf-8", "surrogatepass")).hexdigest()[:20]


def value_signature(kind: str, value: object) -> str:
    return _sha(kind, value)


ABSENT = "-"      # the digest of a key that has no value (an entity without quotes page)


@dataclass
class Tracker:
    """This build's signatures and groups, against the last build's index.

    `reason` says why the index is not used (every group is rendered); None when it is. Groups are
    recorded either way, so the next build has an index."""

    context: str
    signatures: dict[str, str]
    keys: dict[str, str]                       # article id → its brief's cache key
    previous: dict | None = None
    reason: str | None = None
    groups: dict[str, dict] = field(default_factory=dict)
    records: dict | None = None                # data/records.json: its briefs in order, its digest
    entities_file: dict | None = None          # data/entities.json: a digest of the ids it lists
    # A brief's entries of the whole-collection pages (its timeline rows, its quotes and statements),
    # article id → [signature, {kind: entries}] (`entries_signature`), for the next build.
    entries: dict = field(default_factory=dict)
    entry_signatures: dict[str, str] = field(default_factory=dict)   # article id → this build's, once
    # A list page made of such entries: path → the signature of its view model (pages.Renderer's
    # `page_key`: its entries' signatures and places, its title and pager), for the next build.
    page_keys: dict[str, str] = field(default_factory=dict)
    reused: int = 0                            # groups taken from the last build
    fresh_groups: int = 0                      # groups rendered this build

    def __post_init__(self) -> None:
        # Keys are numbered in one table; a reused group keeps its numbers, new keys are appended.
        self._table: list[str] = []
        self._old_digests: list[str] = []
        self._stale: set[int] | None = None
        self._old: dict[str, str] = {}
        self.reason = self.reason or self._check(self.previous)
        if self.reason is not None:
            self.previous, self._old = None, {}
        else:
            self._table = [k for k, _ in self.previous["signatures"]]
            self._old_digests = [d for _, d in self.previous["signatures"]]
        self._number = {key: i for i, key in enumerate(self._table)}

    def _check(self, previous: dict | None) -> str | None:
        if previous is None:
            return "no index of the last build"
        try:
            if previous.get("version") != VERSION:
                return "index of another version"
            if previous["context"] != self.context:
                return "code, templates, labels, settings or lexicon changed"
            old_sigs = self._old = dict(previous["signatures"])     # (kept: `unchanged` reads it)
            old_keys = previous["keys"]
            assert isinstance(previous["groups"], dict) and isinstance(old_keys, dict)
            lists = []
            for record in previous["groups"].values():
                assert isinstance(record["pages"], list)
                lists.append(record["deps"])
                lists.append(record.get("soft") or ())
            numbers = list(chain.from_iterable(lists))       # every key number names a key
            assert not numbers or 0 <= min(numbers) <= max(numbers) < len(previous["signatures"])
        except (KeyError, TypeError, ValueError, AssertionError, AttributeError):
            return "index unreadable"
        for article_id, key in self.keys.items():
            name = f"a:{article_id}"
            old, new = old_sigs.get(name), self.signatures.get(name, ABSENT)
            if (old_keys.get(article_id) == key and old is not None and old != new
                    and not (old + new).count("unstable-")):
                return f"resolution changed for an unchanged article ({article_id})"
        return None

    def add(self, signatures: dict[str, str]) -> None:
        """Signatures known only later in the render (the quotes pages)."""
        self.signatures.update(signatures)
        self._stale = None

    def _changed(self) -> set[int]:
        """The numbers of the last build's keys whose value changed."""
        if self._stale is None:
            get, table = self.signatures.get, self._table
            self._stale = {i for i, digest in enumerate(self._old_digests) if get(table[i], ABSENT) != digest}
        return self._stale

    def unchanged(self, key: str) -> bool:
        """The key has the value it had in the last build (False without an index)."""
        return self.previous is not None and key in self._old and self._old[key] == self.signatures.get(key, ABSENT)

    def fresh(self, group: str) -> dict | None:
        """The last build's record of a group (its pages, its extra values) when none of its keys
        changed; None when it must be rendered. (Its `soft` keys are the caller's to check:
        `soft_changed`.)"""
        if self.previous is None:
            return None
        record = self.previous["groups"].get(group)
        try:
            if record is None or not self._changed().isdisjoint(record["deps"]):
                return None
        except (TypeError, KeyError):
            return None
        return record

    def soft_changed(self, record: dict) -> bool:
        """Whether a key changed that a group reads only through a value it can compare itself
        (a brief's related list: other briefs' entities and rows, its entities' counts)."""
        return not self._changed().isdisjoint(record.get("soft") or ())

    def keep(self, group: str, record: dict, soft: set[str] | None = None) -> None:
        """A group reused from the last build keeps its record (its keys keep their numbers); `soft`,
        when its soft keys were read again, replaces them."""
        self.groups[group] = record if soft is None else dict(record, soft=self._numbers(soft))
        self.reused += 1

    def record(self, group: str, deps: set[str], pages: list[str], soft: set[str] | None = None, **extra) -> None:
        self.groups[group] = dict(extra, deps=self._numbers(deps), pages=pages)
        if soft is not None:
            self.groups[group]["soft"] = self._numbers(soft)
        self.fresh_groups += 1

    def _numbers(self, keys: set[str]) -> list[int]:
        table, number = self._table, self._number
        numbers = []
        for key in keys:
            i = number.get(key)
            if i is None:
                i = number[key] = len(table)
                table.append(key)
            numbers.append(i)
        return numbers

    def kept_entries(self, article_id: str, kind: str, signature: str) -> list | None:
        """The entries of `kind` the last build recorded for a brief (`keep_entries`) when their
        signature is this one (or this build's, when it already asked); None when they must be made."""
        mine = self.entries.get(article_id)
        if mine is not None and mine[0] == signature and kind in mine[1]:
            return mine[1][kind]
        if self.previous is None or signature.startswith("unstable-"):
            return None
        kept = self.previous.get("entries")
        found = kept.get(article_id) if isinstance(kept, dict) else None
        try:
            entries = found[1][kind] if found[0] == signature else None
        except (TypeError, KeyError, IndexError):
            return None
        return entries if isinstance(entries, list) else None

    def keep_entries(self, article_id: str, kind: str, signature: str, entries: list) -> None:
        """A brief's entries of `kind` (plain data, never changed after) for the next build."""
        self.entries.setdefault(article_id, [signature, {}])[1][kind] = entries

    def kept_page_key(self, path: str) -> str | None:
        """The page key the last build recorded for a page (`page_keys`)."""
        kept = self.previous.get("page_keys") if self.previous is not None else None
        found = kept.get(path) if isinstance(kept, dict) else None
        return found if isinstance(found, str) else None

    def to_json(self) -> dict:
        """The index for the next build: each key's digest once, groups naming keys by number.
        Keys no group names any more are dropped once they are as many as the keys in use."""
        table, groups = self._table, self.groups
        if len(table) > 2 * len(self.signatures) + 1000:
            used = sorted({i for record in groups.values() for i in (*record["deps"], *record.get("soft", ()))})
            renumber = {old: new for new, old in enumerate(used)}
            table = [table[i] for i in used]
            groups = {name: dict(record, deps=[renumber[i] for i in record["deps"]],
                                 **({"soft": [renumber[i] for i in record["soft"]]} if "soft" in record else {}))
                      for name, record in groups.items()}
        signatures = [[key, self.signatures.get(key, ABSENT)] for key in table]
        return {"version": VERSION, "context": self.context, "keys": self.keys,
                "signatures": signatures, "groups": groups, "records": self.records,
                "entities_file": self.entities_file, "entries": self.entries,
                "page_keys": self.page_keys}
