"""Cross-article identity: one Entity per real-world entity, with a stable slug id."""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from .lexicon import Lexicon, fold, one_edit, slugify
from .model import Actor, Brief, Catalog, Entity


def resolve(briefs: list[Brief] | tuple[Brief, ...], lex: Lexicon) -> Catalog:
    """Group the articles' actors into entities: the register first, then folded names.

    Ids are deterministic: the register's id, or the slug of the folded name, so the same
    person gets the same page address whichever articles are in the collection.

    A person's spellings (`Andrei`/`Andrey X`, `Koo Byoung-sam`/`Koo Byung-sam`, `Sang Hoon Park`/
    `Park Sang-hoon`) join one entity unless the briefs say they are two people: both state the
    country they act for and the countries differ, or in one year both state a role and the roles
    share no word; or the register lists the two spellings under `distinct:`. The joins made and the
    ones held back are kept on the Catalog (`merges`, `kept_apart`) for `briefing check`.
    """
    briefs = tuple(sorted(briefs, key=lambda b: b.article.id))
    entity_of: dict[tuple[str, str], str] = {}
    names: dict[str, Counter] = defaultdict(Counter)
    kinds: dict[str, str] = {}
    forms: dict[tuple[str, str], _Form] = {}   # (kind, folded name) → one spelling of an unregistered entity
    node_of: dict[tuple[str, str], str] = {}   # (article id, actor key) → register id or form node
    for brief in briefs:
        for actor in brief.actors:
            entry = lex.register.entries.get(actor.register_id) if actor.register_id else None
            if entry is None:
                entry = lex.register.lookup(actor.name) or _lost_letters(actor, lex)
                if entry is not None and entry.kind != actor.kind:
                    entry = None
            if entry is None and actor.kind == "organization":
                # `Badan Intelijen Nasional Korea Selatan`: a registered body named with its country, as
                # its description writes it (never another country's body of the same name).
                entry = _described(_identity(actor, brief.article.id, lex)[0], lex)
            if entry is not None and _split_off(actor, entry, lex):
                entry = None     # the register says this spelling is another person than the entry
            if entry is not None:
                node = entry.id
            else:
                # Same kind, same folded name: one entity (Kim Jong-un = Kim Jong Un = Kim Jong-Un).
                identity, slug = _identity(actor, brief.article.id, lex)
                form = forms.get((actor.kind, identity))
                if form is None:
                    form = forms[(actor.kind, identity)] = _Form(
                        node=f"~{len(forms)}", kind=actor.kind, slug=slug, name=actor.name,
                        keys=_keys(actor, identity, lex))
                form.evidence.add(actor, brief, lex)
                node = form.node
            node_of[(brief.article.id, actor.key)] = node
    joined = _Joiner(forms, lex)
    entity_by_node = {node: joined.entity(node) for node in set(node_of.values())}
    registered_joins = set()
    for brief in briefs:
        article_id = brief.article.id
        for actor in brief.actors:
            node = node_of[(article_id, actor.key)]
            entity_id = entity_of[(article_id, actor.key)] = entity_by_node[node]
            if actor.kind == "person" and node == entity_id and " " in actor.name:
                entry = lex.register.entries[entity_id]
                if lex.register.lookup(actor.name) is not entry:
                    # the extractor linked a spelling the register does not hold (`Yurii X`)
                    registered_joins.add((entity_id, actor.name, entry.name, "register"))
            kinds.setdefault(entity_id, actor.kind)
            counter = names[entity_id]
            counter[actor.name] += 1
            for mention in actor.mentions:
                counter[mention.text] += 0
    entities: dict[str, Entity] = {}
    for entity_id, counter in sorted(names.items()):
        entry = lex.register.entries.get(entity_id)
        if entry is not None:
            entities[entity_id] = Entity(entity_id, entry.kind, entry.name,
                                         frozenset(entry.aliases) | frozenset(counter),
                                         entry.description, entry.wikidata)
        else:
            # Most frequent full name; ties go to the longer, then the alphabetically first form.
            name = sorted(counter.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))[0][0]
            entities[entity_id] = Entity(entity_id, kinds[entity_id], name, frozenset(counter))
    return Catalog(briefs=briefs, entities=entities, entity_of=entity_of,
                   merges=tuple(sorted(set(joined.merges()) | registered_joins)),
                   kept_apart=joined.kept_apart())


# ---------------------------------------------------------------------------------------------
# Keeping a resolution between builds (build.py's store): resolve is a function of the lexicon, this
# code and, of each brief, exactly what `resolution_input` digests. When no brief's input changed,
# the last build's entities and joins are this build's (a changed article whose actors are the
# same, a sentence naming no one appended, say); any other change resolves everything again.


def resolution_input(brief: Brief) -> str:
    """A digest of everything resolve reads of a brief: its article id, its year of publication
    (_Evidence.add), and each actor's key, kind, name, role, affiliation, register id and the
    texts of its mentions (the entity's spellings), in order."""
    import hashlib
    import json

    year = brief.published.value[:4] if brief.published and brief.published.value else None
    actors = [[a.key, a.kind, a.name, a.role, a.affiliation, a.register_id, [m.text for m in a.mentions]]
              for a in brief.actors]
    data = json.dumps([brief.article.id, year, actors], ensure_ascii=False)
    return hashlib.sha256(data.encode("utf-8", "surrogatepass")).hexdigest()[:24]


def resolution_state(catalog: Catalog) -> dict:
    """What resolve found, as plain data (lists, strings) for a store: its entities, the entity of
    each (article id, actor key), the joins and the spellings kept apart."""
    return {"entities": [[e.id, e.kind, e.name, sorted(e.aliases), e.description, e.wikidata]
                         for e in catalog.entities.values()],
            "entity_of": [[article_id, key, entity_id] for (article_id, key), entity_id in catalog.entity_of.items()],
            "merges": [list(m) for m in catalog.merges], "kept_apart": [list(k) for k in catalog.kept_apart]}


def catalog_from_state(briefs: list[Brief] | tuple[Brief, ...], state: dict) -> Catalog:
    """The Catalog resolve makes of these briefs, from `resolution_state` of a resolution of briefs
    with the same `resolution_input` each (the caller checks that)."""
    entities = {e[0]: Entity(e[0], e[1], e[2], frozenset(e[3]), e[4], e[5]) for e in state["entities"]}
    return Catalog(briefs=tuple(sorted(briefs, key=lambda b: b.article.id)), entities=entities,
                   entity_of={(a, k): e for a, k, e in state["entity_of"]},
                   merges=tuple(tuple(m) for m in state["merges"]),
                   kept_apart=tuple(tuple(k) for k in state["kept_apart"]))


# Why two spellings stay apart when an editor said so (`briefing check` does not ask again).
REGISTER_DISTINCT = "the register lists them as distinct"


@dataclass
class _Evidence:
    """What the briefs say of one spelling (or of a group of joined spellings): the countries it acts
    for, and its roles by year of publication (each role as its set of folded words)."""

    countries: set[str] = field(default_factory=set)
    roles: dict[str, dict[frozenset, str]] = field(default_factory=dict)
    folds: set[str] = field(default_factory=set)     # exact folded names, for the register's `distinct:`

    def add(self, actor: Actor, brief: Brief, lex: Lexicon) -> None:
        self.folds.add(fold(actor.name))
        country = _country_of(actor.affiliation, lex) if actor.affiliation else None
        if country:
            self.countries.add(country)
        year = brief.published.value[:4] if brief.published and brief.published.value else None
        if actor.role and year:
            # (its content words: not `untuk`, `dan` of "Utusan Khusus untuk ...")
            breakers = lex.memo("resolve.role_breakers", lambda: frozenset(
                fold(str(w)) for w in (lex.group("titles", "groups") or {}).get("breakers") or []))
            # (nor the words of the body it serves: "Juru Bicara Kementerian Luar Negeri Rusia")
            served = set(fold(actor.affiliation).split()) if actor.affiliation else set()
            words = frozenset(fold(w) for w in actor.role.split()
                              if fold(w) and fold(w) not in breakers and fold(w) not in served)
            self.roles.setdefault(year, {}).setdefault(words, actor.role)

    def update(self, other: "_Evidence") -> None:
        self.countries |= other.countries
        self.folds |= other.folds
        for year, roles in other.roles.items():
            self.roles.setdefault(year, {}).update(roles)


@dataclass
class _Form:
    node: str
    kind: str
    slug: str
    name: str                                   # as first written (in article order)
    keys: tuple[str, ...]                       # its spelling key, then its word orders' keys
    evidence: _Evidence = field(default_factory=_Evidence)


class _Joiner:
    """Union of spellings: a form joins a registered person or an earlier form with the same spelling
    key (in either word order), unless the evidence says they are two people. The group's id is the
    register's, else the earliest form's slug (articles are read in id order)."""

    def __init__(self, forms: dict[tuple[str, str], _Form], lex: Lexicon):
        self.lex = lex
        self.forms = {f.node: f for f in forms.values()}
        self.parent: dict[str, str] = {}
        self.evidence: dict[str, _Evidence] = {f.node: f.evidence for f in forms.values()}
        self.distinct = _distinct_pairs(lex)
        self._merges: list[tuple[str, str, str, str]] = []
        self._apart: dict[tuple[str, str], str] = {}
        index: dict[str, list[str]] = defaultdict(list)   # spelling key → register ids and form nodes
        for entry_id, key in _register_keys(lex):
            index[key].append(entry_id)
        for form in self.forms.values():
            if form.kind == "person":
                index[form.keys[0]].append(form.node)
        for form in self.forms.values():
            if form.kind != "person":
                continue
            for how, key in zip(("spelling", "word order", "word order"), form.keys):
                for other in index.get(key, ()):
                    if other != form.node:
                        self._join(form.node, other, how)

    def _root(self, node: str) -> str:
        while node in self.parent:
            node = self.parent[node]
        return node

    def _order(self, node: str) -> tuple[int, int]:
        return (1, int(node[1:])) if node.startswith("~") else (0, 0)

    def _evidence(self, node: str) -> _Evidence:
        if node not in self.evidence:       # a registered person: the country its description names
            entry = self.lex.register.entries[node]
            found = _Evidence(folds={fold(a) for a in entry.aliases})
            country = _country_of(entry.description, self.lex) if entry.description else None
            if country:
                found.countries.add(country)
            self.evidence[node] = found
        return self.evidence[node]

    def _join(self, node: str, other: str, how: str) -> None:
        a, b = sorted((self._root(node), self._root(other)), key=self._order)
        if a == b or not b.startswith("~"):
            return          # one group already, or two registered people (the register keeps them apart)
        why = self._different(self._evidence(a), self._evidence(b))
        if why:
            self._apart.setdefault((a, b), why)
            return
        joining, joined = (node, other) if self._root(node) == b else (other, node)
        self.parent[b] = a
        self._evidence(a).update(self._evidence(b))
        self._merges.append((a, self._name(joining), self._name(joined), how))

    def _name(self, node: str) -> str:
        return self.forms[node].name if node in self.forms else self.lex.register.entries[node].name

    def _different(self, a: _Evidence, b: _Evidence) -> str:
        """Why two groups of spellings are two people, or ""."""
        if any(frozenset((x, y)) in self.distinct for x in a.folds for y in b.folds):
            return REGISTER_DISTINCT
        if a.countries and b.countries and not a.countries & b.countries:
            return f"they act for different countries ({', '.join(sorted(a.countries))} / {', '.join(sorted(b.countries))})"
        for year in sorted(set(a.roles) & set(b.roles)):
            if not any(x & y for x in a.roles[year] for y in b.roles[year]):
                return (f"their roles in {year} differ ({'; '.join(sorted(a.roles[year].values()))} / "
                        f"{'; '.join(sorted(b.roles[year].values()))})")
        return ""

    def entity(self, node: str) -> str:
        root = self._root(node)
        return self.forms[root].slug if root in self.forms else root

    def merges(self) -> tuple[tuple[str, str, str, str], ...]:
        """(entity id, the spelling that joined, the spelling it joined, how: spelling | word order), sorted."""
        return tuple(sorted({(self.entity(a), name, other, how) for a, name, other, how in self._merges}))

    def kept_apart(self) -> tuple[tuple[str, str, str], ...]:
        """(entity id, entity id, why): spellings that would have joined but the evidence says no."""
        found: dict[tuple[str, str], str] = {}
        for (a, b), why in self._apart.items():
            ids = tuple(sorted((self.entity(a), self.entity(b))))
            if ids[0] != ids[1]:
                found.setdefault(ids, why)
        return tuple((a, b, why) for (a, b), why in sorted(found.items()))


def near_misses(catalog: Catalog, lex: Lexicon) -> list[tuple[str, str, str]]:
    """Pairs of person entities resolve did not join whose names come close, for an editor to confirm:
    (entity id, entity id, how) with how `one letter` (spelling keys one edit apart: `Haruka`/`Haruki X`)
    or `given name` (the same words but a given name of one `given_name_variants` group of
    function_words.yaml: `Aleksandr`/`Alexander X`). Not listed: two registered people (the register
    settled them), spellings the register lists as distinct, pairs resolve kept apart (listed with
    their reason). Linear in the number of names: candidates come from a one-deletion index."""
    registered = lex.register.entries
    pairs = _distinct_pairs(lex)
    apart = {frozenset((a, b)) for a, b, _ in catalog.kept_apart}
    forms: dict[str, set[str]] = defaultdict(set)
    for brief in catalog.briefs:
        for actor in brief.actors:
            entity_id = catalog.entity_of.get((brief.article.id, actor.key))
            if actor.kind == "person" and entity_id and len(actor.name.split()) >= 2:
                forms[entity_id].add(actor.name)
    variants = {}
    for group in (lex.group("function_words", "groups") or {}).get("given_name_variants") or []:
        keys = {_spelling(str(name), lex) for name in group}
        for key in keys:
            variants.setdefault(key, set()).update(keys)
    index: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for entity_id, names in sorted(forms.items()):
        for name in names:
            words = [_spelling(w, lex) for w in name.split()]
            key = "".join(words)
            for i in range(len(key) + 1):       # the key (i = len) and each one-letter deletion
                index[f"d:{key[:i]}{key[i + 1:]}"].add((entity_id, name))
            for i, word in enumerate(words):    # the name with a given name of a variant group blanked
                if word in variants:
                    index[f"g:{' '.join(words[:i])}|{' '.join(words[i + 1:])}|{min(variants[word])}"].add(
                        (entity_id, name))
    found: dict[frozenset, tuple[str, str, str]] = {}
    for bucket, members in sorted(index.items()):
        ids = sorted(members)
        for i, (a, name_a) in enumerate(ids):
            for b, name_b in ids[i + 1:]:
                pair = frozenset((a, b))
                if a == b or pair in found or pair in apart or (a in registered and b in registered):
                    continue
                if frozenset((fold(name_a), fold(name_b))) in pairs:
                    continue
                if bucket.startswith("g:"):
                    how = "given name"
                elif one_edit(_spelling(name_a, lex), _spelling(name_b, lex)):
                    how = "one letter"
                else:
                    continue
                found[pair] = (*sorted((a, b)), how)
    return sorted(found.values())


def _keys(actor: Actor, identity: str, lex: Lexicon) -> tuple[str, ...]:
    """An actor's spelling keys (`name_keys`); a one-word name keeps its qualifier (the body it acts
    for, or its article)."""
    if actor.kind != "person":
        return (identity,)
    if len(actor.name.split()) == 1:
        return (f"{_spelling(actor.name, lex)}/{identity.partition('/')[2]}",)
    return name_keys(actor.name, lex)


def name_keys(name: str, lex: Lexicon) -> tuple[str, ...]:
    """A person's name under the transliteration folds: its spelling key, then the keys of the name
    with the family name moved from last to first and from first to last (`Sang Hoon Park` = `Park
    Sang-hoon`, `Joonkook Hwang` = `Hwang Joon-kook`). Two names sharing a key are one person unless
    the briefs or the register say otherwise."""
    words = name.split()
    if len(words) == 1:
        return (_spelling(name, lex),)
    return (_spelling(name, lex), _spelling(" ".join([words[-1], *words[:-1]]), lex),
            _spelling(" ".join([*words[1:], words[0]]), lex))


def _register_keys(lex: Lexicon) -> list[tuple[str, str]]:
    """(id, spelling key) of every registered person's name and aliases, where the key is that one
    person's (two registered people sharing a key join nobody through it)."""
    def build() -> list:
        owners: dict[str, set] = defaultdict(set)
        for entry in lex.register.entries.values():
            if entry.kind == "person":
                for alias in entry.aliases:
                    if len(alias.split()) >= 2:
                        owners[_spelling(alias, lex)].add(entry.id)
        return sorted((next(iter(ids)), key) for key, ids in owners.items() if len(ids) == 1)
    return lex.memo("resolve.register_keys", build)


def _distinct_pairs(lex: Lexicon) -> frozenset:
    """The register's `distinct:` pairs, as frozensets of two folded names."""
    return lex.memo("resolve.distinct", lambda: frozenset(
        frozenset((fold(a), fold(b))) for group in lex.register.distinct for i, a in enumerate(group)
        for b in group[i + 1:]))


def _split_off(actor: Actor, entry, lex: Lexicon) -> bool:
    """A person the extractor linked to a registered entry by a spelling the register does not hold
    (`Yurii X` to `Yuri X`), where the register lists that spelling and one of the entry's as distinct
    people, or the text says the person acts for another country than the entry's description.
    Resolve then treats the spelling as unregistered, so the join is weighed (and reported) like any."""
    if actor.kind != "person" or lex.register.lookup(actor.name) is entry or len(actor.name.split()) < 2:
        return False
    pairs = _distinct_pairs(lex)
    name = fold(actor.name)
    if any(frozenset((name, fold(alias))) in pairs for alias in entry.aliases):
        return True
    mine = _country_of(actor.affiliation, lex) if actor.affiliation else None
    theirs = _country_of(entry.description, lex) if entry.description else None
    return bool(mine and theirs and mine != theirs)


def _country_named(folded: str, lex: Lexicon):
    """The registered country a folded phrase names (a short form of places.yaml's aliases too), or None."""
    def build() -> dict:
        found = {key: entry for key, entry in lex.register.by_alias.items()
                 if lex.register.entries[entry].kind == "country"}
        for short, full in (lex.group("places", "aliases") or {}).items():
            entry = lex.register.lookup(str(full))
            if entry is not None and entry.kind == "country":
                found.setdefault(fold(str(short)), entry.id)
        return found
    entry_id = lex.memo("resolve.country_names", build).get(folded)
    return lex.register.entries[entry_id] if entry_id else None


def _country_of(text: str, lex: Lexicon) -> str | None:
    """The register id of the country a body, an affiliation or a description names first
    (`Kementerian Luar Negeri Rusia` → russia, `Korsel` → south-korea, `Wakil Perdana Menteri Rusia
    dan ...` → russia; a registered body without one: its description's), or None."""
    memo = lex.memo("resolve.country_of", dict)
    if text in memo:
        return memo[text]
    memo[text] = None                   # (a description naming its own body does not loop)
    words = [fold(w) for w in text.split()]
    found = next((c.id for i in range(len(words)) for size in (5, 4, 3, 2, 1)
                  if i + size <= len(words) and (c := _country_named("".join(words[i:i + size]), lex))), None)
    entry = lex.register.lookup(text)
    if found is None and entry is not None and entry.kind == "organization" and entry.description:
        found = _country_of(entry.description, lex)
    memo[text] = found
    return found


def _identity(actor: Actor, article_id: str, lex: Lexicon) -> tuple[str, str]:
    """The folded identity and the slug of an actor the register does not know.

    - An organisation named with a country short form is the same body as with the full
      name: `Kementerian Luar Negeri Korsel` = `Kementerian Luar Negeri Korea Selatan`.
    - A person known by one word only (`Li`) is not merged with every other `Li`: the word is
      qualified by the body they act for, or kept to their article when the text gives none.
    """
    name = actor.name
    if actor.kind == "organization":
        # A press short form of the head is the head written out: `Kemhan Jepang` = `Kementerian Pertahanan Jepang`.
        expansions = (lex.group("organizations", "groups") or {}).get("expansions") or {}
        head, _, rest = name.partition(" ")
        if head in expansions and rest and not name.startswith(f"{expansions[head]} "):
            name = f"{expansions[head]} {rest}"
        words = name.split()
        short_forms = lex.memo("resolve.short_forms", lambda: {    # (once per lexicon, not per actor)
            fold(str(k)): str(v) for k, v in (lex.group("places", "aliases") or {}).items()})
        for size in (5, 4, 3, 2, 1):
            if len(words) > size:
                tail = " ".join(words[-size:])
                entry = lex.register.lookup(short_forms.get(fold(tail), tail))
                if entry is not None and entry.kind == "country":
                    name = " ".join(words[:-size] + [entry.name])
                    break
        return fold(name), slugify(name)
    if actor.kind == "person" and len(name.split()) == 1:
        qualifier = actor.affiliation or article_id
        return f"{fold(name)}/{fold(qualifier)}", slugify(f"{name} {qualifier}")
    # (A person's romanised spellings, `Andrei`/`Andrey`, join later: resolve's _Joiner.)
    return fold(name), slugify(name)


def _described(identity: str, lex: Lexicon):
    """The registered organisation whose description is this folded name (its name with its country)."""
    def build() -> dict:
        return {fold(e.description): e for e in lex.register.entries.values()
                if e.kind == "organization" and e.description and e.description.startswith(e.name + " ")}
    return lex.memo("resolve.described", build).get(identity)


def _spelling(name: str, lex: Lexicon) -> str:
    """The folded name under the spelling folds of function_words.yaml, word by word."""
    folds = (lex.group("function_words", "groups") or {}).get("spelling_folds") or []
    keys = []
    for word in name.split():
        key = fold(word)
        for old, new in folds:        # (actors.spelling_key; stage modules do not import each other)
            key = key.replace(old, new)
        keys.append(key)
    return "".join(keys)


def _lost_letters(actor: Actor, lex: Lexicon):
    """`Vostochny ?osmodrome`: a name whose encoding lost a letter is the register's entity
    whose alias matches with one letter for each `?`."""
    if "?" not in actor.name and "\ufffd" not in actor.name:
        return None
    pattern = re.compile("".join("." if c in "?\ufffd" else re.escape(c) for c in actor.name), re.IGNORECASE)
    for entry in lex.register.entries.values():
        if entry.kind == actor.kind and any(pattern.fullmatch(alias) for alias in entry.aliases):
            return entry
    return None
