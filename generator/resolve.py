"""Cross-article identity: one Entity per real-world entity, with a stable slug id."""
from __future__ import annotations

from collections import Counter, defaultdict

from .lexicon import Lexicon, fold, slugify
from .model import Brief, Catalog, Entity


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
                entry = lex.register.lookup(actor.name)
                if entry is not None and entry.kind != actor.kind:
                    entry = None
            if entry is not None:
                entity_id = entry.id
            else:
                # Same kind, same folded name: one entity (Kim Jong-un = Kim Jong Un = Kim Jong-Un).
                entity_id = by_fold.setdefault((actor.kind, fold(actor.name)), slugify(actor.name))
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
