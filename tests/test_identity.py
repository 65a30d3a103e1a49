"""Issue 18, checked on everything the repository can build: the seeds, every evaluation set and
../shared/real (when it is beside the repository), resolved together as one site would be.

- One person, one entity: no two person entities whose names are the same under the
  transliteration folds (resolve's `name_keys`: `spelling_folds`, hyphens, spacing, family name first
  or last), unless the register lists them as distinct.
- No person entity named by a common noun, a verb, a compass word, a place, a plural generic or an
  ad line, judged with the language data (common_words.yaml, function_words.yaml, titles.yaml,
  organizations.yaml, places.yaml, the register's places and countries) and Indonesian affixes.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

import pytest

from conftest import ARTICLES, SHARED, TEST_DATA

COLLECTIONS = [("seeds", ARTICLES), *((p.parent.name, p) for p in sorted(TEST_DATA.glob("*/articles"))),
               ("real", SHARED / "real" / "articles")]

# Indonesian affixes: a word that is a common word with one of them is a common word too
# (`Peringatkan` = per- + ingat + -kan, `Tabungan` = tabung + -an).
# A price as Indonesian ads write it (`Rp100.000`, `Rp 20.000`).
PRICE = re.compile(r"\bRp\s?\d")
SUFFIXES = ("kan", "nya", "lah", "an", "i")
PREFIXES = ("meng", "meny", "mem", "men", "me", "ber", "di", "ter", "per", "pe", "ke")


@pytest.fixture(scope="module")
def everything(lex):
    """The catalogue of every article the repository can build (ids prefixed by their collection)."""
    from generator.extract import extract, read_article
    from generator.resolve import resolve
    briefs = []
    for name, folder in COLLECTIONS:
        for path in sorted(folder.glob("*.txt")) if folder.is_dir() else []:
            article = read_article(path)
            briefs.append(extract(replace(article, id=f"{name}-{article.id}"), lex))
    assert len(briefs) >= 80
    return resolve(briefs, lex)


def _forms(catalog) -> dict[str, set[str]]:
    """Each person entity's names as the briefs write them."""
    forms: dict[str, set[str]] = defaultdict(set)
    for brief in catalog.briefs:
        for actor in brief.actors:
            if actor.kind == "person":
                forms[catalog.entity_id(brief, actor.key)].add(actor.name)
    return forms


def test_no_two_person_entities_are_one_name_under_the_transliteration_folds(everything, lex):
    from generator.lexicon import fold
    from generator.resolve import name_keys
    distinct = {frozenset((fold(a), fold(b))) for group in lex.register.distinct for a in group for b in group}
    owners: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for entity_id, names in _forms(everything).items():
        for name in names:
            if len(name.split()) >= 2:     # (one-word names are kept to their body or article on purpose)
                for key in name_keys(name, lex):
                    owners[key].add((entity_id, name))
    clashes = sorted(sorted(found) for found in owners.values()
                     if len({e for e, _ in found}) > 1
                     and not any(frozenset((fold(a), fold(b))) in distinct for _, a in found for _, b in found if a != b))
    assert clashes == [], f"one name, several person entities (confirm them in the register): {clashes}"


def _no_name_words(lex) -> tuple[frozenset, frozenset]:
    """(words no name is made of, compass words), folded."""
    from generator.lexicon import fold
    words = {fold(str(w)) for w in lex.words("common_words", "words")}
    for file, group in [("function_words", "capitalised"), ("function_words", "not_names"), ("titles", "heads"),
                        ("titles", "modifiers"), ("titles", "role_objects"), ("organizations", "heads")]:
        words |= {fold(w) for phrase in lex.words(file, group) for w in str(phrase).split()}
    for entry in lex.register.entries.values():
        if entry.kind in ("place", "country"):
            words |= {fold(w) for alias in entry.aliases for w in alias.replace("-", " ").split()}
    compass = frozenset(fold(str(w)) for w in (lex.group("places", "groups") or {}).get("region_words", []))
    return frozenset(words), compass


def _common_like(word: str, words: frozenset) -> bool:
    if word in words:
        return True
    for suffix in ("", *SUFFIXES):
        if not word.endswith(suffix):
            continue
        stem = word[:len(word) - len(suffix)]
        if stem != word and len(stem) >= 4 and stem in words:
            return True
        if any(stem.startswith(p) and len(stem) - len(p) >= 4 and stem[len(p):] in words for p in PREFIXES):
            return True
    return False


def non_entity(name: str, lex) -> str:
    """Why a person's name is no name ("" when it may be one)."""
    from generator.lexicon import fold
    words, compass = _no_name_words(lex)
    if any("-" in w and len({fold(part) for part in w.split("-")}) == 1 for w in name.split()):
        return "a plural generic"
    folded = [fold(w) for w in name.replace("-", " ").split() if fold(w)]
    if all(w in compass for w in folded):
        return "a compass word"
    if all(_common_like(w, words) or w in compass for w in folded):
        return "common words (nouns, verbs, places)"
    return ""


@pytest.mark.parametrize("name, why", [
    # The shapes issue 18 lists (and their like), beside real name shapes that must pass.
    ("Energi", "common"), ("Peringatkan", "common"), ("Barat", "compass"), ("Asia-Pasifik", "common"),
    ("Kawan-kawan Korea", "plural"), ("Sahabat-sahabat Rusia", "plural"), ("Timur Laut", "compass"),
    ("Lina Haryati", ""), ("Koo Byoung-tae", ""), ("Andrei Sokolinsky", ""), ("Bagus Hendrawan Putra", ""),
])
def test_non_entity_judges_the_shapes_of_the_issue(lex, name, why):
    assert (why in non_entity(name, lex)) if why else non_entity(name, lex) == ""


def test_no_person_entity_is_a_common_noun_verb_compass_word_plural_or_ad(everything, lex):
    found = sorted((entity_id, name, why) for entity_id, names in _forms(everything).items()
                   if entity_id not in lex.register.entries
                   for name in names if (why := non_entity(name, lex)))
    assert found == [], f"persons that are no names: {found}"
    # Nothing named inside page furniture (ads, subscription prompts) is anyone.
    inside = sorted((brief.article.id, mention.text) for brief in everything.briefs for actor in brief.actors
                    if actor.kind == "person" for mention in actor.mentions
                    if any(f.span.start <= mention.span.start and mention.span.end <= f.span.end
                           for f in brief.layout.furniture))
    assert inside == [], f"persons named inside furniture: {inside}"
    # Nor is a name without a post whose every mention stands on a line quoting a price (an ad's label).
    priced = sorted((brief.article.id, actor.name) for brief in everything.briefs for actor in brief.actors
                    if actor.kind == "person" and not actor.role and actor.register_id is None
                    and all(PRICE.search(_line(brief.article.text, m.span.start)) for m in actor.mentions))
    assert priced == [], f"persons named only on lines quoting a price: {priced}"


def _line(text: str, position: int) -> str:
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    return text[start:end if end >= 0 else len(text)]
