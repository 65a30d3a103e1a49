"""Cross-article identity: one Entity per real-world entity, with a stable slug id."""
from __future__ import annotations

import re
from collections import Counter, defaultdict

from .lexicon import Lexicon, fold, slugify
from .model import Actor, Brief, Catalog, Entity


def resolve(briefs: list[Brief] | tuple[Brief, ...], lex: Lexicon) -> Catalog:
    """Group the articles' actors into entities: the register first, then folded names.

    Ids are deterministic: the register's id, or the slug of the folded name, so the same
    person gets the same page address whichever articles are in the collection.
    """
    briefs = tuple(sorted(briefs, key=lambda b: b.article.id))
    entity_of: dict[tuple[str, str], str] = {}
    names: dict[str, Counter] = defaultdict(Counter)
    kinds: dict[str, str] = {}
    by_fold: dict[tuple[str, str], str] = {}   # (kind, folded name) → id of unregistered entities
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
            if entry is not None:
                entity_id = entry.id
            else:
                # Same kind, same folded name: one entity (Kim Jong-un = Kim Jong Un = Kim Jong-Un).
                identity, slug = _identity(actor, brief.article.id, lex)
                swapped = _swapped(actor, lex)
                if (actor.kind, identity) not in by_fold and swapped and (actor.kind, swapped) in by_fold:
                    # `Joonkook Hwang` after `Hwang Joon-kook`: a two-word name written family name last.
                    identity = swapped
                entity_id = by_fold.setdefault((actor.kind, identity), slug)
            entity_of[(brief.article.id, actor.key)] = entity_id
            kinds.setdefault(entity_id, actor.kind)
            names[entity_id][actor.name] += 1
            for mention in actor.mentions:
                names[entity_id][mention.text] += 0
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
    return Catalog(briefs=briefs, entities=entities, entity_of=entity_of)


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
        short_forms = {fold(str(k)): str(v) for k, v in (lex.group("places", "aliases") or {}).items()}
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
        return f"{_spelling(name, lex)}/{fold(qualifier)}", slugify(f"{name} {qualifier}")
    if actor.kind == "person":
        # One person under two romanised spellings (`Andrei`/`Andrey`, `Zinoviev`/`Zinovyev`) is one
        # entity; the first article's spelling gives the slug (articles are read in id order).
        return _spelling(name, lex), slugify(name)
    return fold(name), slugify(name)


def _described(identity: str, lex: Lexicon):
    """The registered organisation whose description is this folded name (its name with its country)."""
    def build() -> dict:
        return {fold(e.description): e for e in lex.register.entries.values()
                if e.kind == "organization" and e.description and e.description.startswith(e.name + " ")}
    return lex.memo("resolve.described", build).get(identity)


def _swapped(actor: Actor, lex: Lexicon) -> str | None:
    """The identity of a two-word person's name with its words the other way round (a Korean or Chinese
    name written family name last), or None."""
    words = actor.name.split()
    if actor.kind != "person" or len(words) != 2:
        return None
    return _spelling(f"{words[1]} {words[0]}", lex)


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
