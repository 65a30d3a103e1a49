"""Actors pass, affiliation: the body or country a person acts for.

`affiliation_of` names the body an item stands for (the register's name, or the text's with the
country written in full and a press short form written out); `served_country` records the country
inside a ministry's or embassy's name; for an official the text does not place, `scene_country`,
`side_country` and `paragraph_country` read the sentence and paragraph around the first mention;
`register_affiliation` and `register_role` read a registered person's description.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from .actor_kit import alias_like, case_ok
from .cast import Item, Person, Reading
from .lexicon import fold
from .model import Span


# A single lower-case word between a name and what follows it ("X dari Y").
_MEMBER_LINK = re.compile(r" ([a-z]+) ")
# The body's kind in lower case, set off by a comma before its name ("X dari partai berkuasa, Partai Y").
_KIND_BEFORE_BODY = re.compile(r"[a-z]+(?: [a-z]+){0,2}, ")

def served_country(r: Reading, item: Item) -> None:
    """`juru bicara Kementerian Luar Negeri China, X`: a person serving a ministry or embassy acts
    for its country, which the text names inside the body's name (not in `Universitas Nasional
    Australia`, a body's own name, nor where no one serves it)."""
    if item.kind == "ent" and item.entry_kind == "organization":
        if not item.text.startswith(r.kit.national_heads):
            return      # a registered ministry as the text writes it ("Kemlu Korsel")
    elif item.kind != "org" or not item.key.startswith(r.kit.national_heads):
        return
    # The country that closes the name: one to three last words (a registered body's own alias
    # would match the whole name first, so the words are tried from the end).
    spaces = [m.start() + 1 for m in re.finditer(" ", r.text[item.start:item.end])]
    for offset in spaces[-3:]:
        start = item.start + offset
        surface = r.text[start:item.end]
        entry = r.kit.by_surface.get(fold(surface))
        if (entry is not None and entry.kind == "country"
                and case_ok(surface, alias_like(r.kit, entry, surface))):
            r.add_other("country", entry, Span(start, item.end), "country:served-body")
            return


def affiliation_of(r: Reading, item: Item) -> str | None:
    """The body a person serves, by its canonical name: the register's (`Departemen Luar Negeri
    Amerika Serikat`), or the text's with the country written in full and a press short form of
    the head written out (`Kemlu Korsel` → `Kementerian Luar Negeri Korea Selatan`). The state
    itself (`Pemerintah Jepang`) is its country."""
    if item.kind == "ent" and item.entry is not None and item.entry.kind == "organization":
        # A registered body whose description is its name with its country ("Badan Intelijen Nasional
        # Korea Selatan") acts for that country too: the fuller form says both.
        description = item.entry.description or ""
        return description if description.startswith(item.entry.name + " ") else item.entry.name
    if item.kind == "ent" and item.entry is not None and item.entry.kind == "country":
        return item.entry.name
    if item.kind == "ent" and item.entry is not None and item.entry.kind == "place":
        return item.text      # "Gubernur Wilayah Primorsky X": the region the post serves, as written
    if item.kind == "place":
        return item.text
    if item.kind == "org":
        head, _, rest = item.key.partition(" ")
        if head in r.kit.state_heads:
            return national(r, item.key) or item.key
        full = r.kit.org_expansions.get(head, head)
        if item.key.startswith(f"{full} "):
            return item.key       # ("Kedutaan Besar Rusia" is written out already)
        return f"{full} {rest}" if rest else full
    return None


def national(r: Reading, name: str) -> str | None:
    """A government acts for its country: `Pemerintah Korea Selatan` → `Korea Selatan`."""
    if not name.startswith(r.kit.national_heads):
        return None
    return closing_country(r, name.split())


def closing_country(r: Reading, words: list[str]) -> str | None:
    """The country that the last one to three of `words` name, with at least one word before it."""
    for size in (3, 2, 1):
        if len(words) > size:
            entry = r.kit.by_surface.get(fold(" ".join(words[-size:])))
            if entry is not None and entry.kind == "country":
                return entry.name
    return None


def register_affiliation(r: Reading, person: Person) -> str | None:
    """The body a registered person acts for, read from the start of its description; where the text
    gives the person another post than the description's (`Penasihat Keamanan Nasional X` for a
    registered spokesperson of a council), the body goes with the description's post and the
    country it names is the one left (the council's spokesperson may since advise the state)."""
    description = person.entry.description if person.entry else None
    if not description:
        return None
    found = []
    for m in r.kit.gazetteer.finditer(description):
        entry = r.kit.by_surface.get(fold(m.group()))
        if entry is not None and entry.kind == "place":
            entry = _country_closing(r, m.group())
        if entry is not None and entry.kind in ("country", "organization"):
            found.append(entry)
    if not found:
        return None
    stated = register_role(r, person)
    if person.role and stated and fold(person.role) != fold(stated) and found[0].kind == "organization":
        country = next((e for e in found if e.kind == "country"), None)
        if country is not None:
            return country.name
    return found[0].name


def _country_closing(r: Reading, surface: str):
    """`Timur Jauh Rusia` in `Menteri Pembangunan Timur Jauh Rusia`: a registered region whose name closes on
    its country's (one or two last words) places the post in that country; None where it does not."""
    words = surface.split()
    for size in (2, 1):
        if len(words) > size:
            entry = r.kit.by_surface.get(fold(" ".join(words[-size:])))
            if entry is not None and entry.kind == "country":
                return entry
    return None


def bodies_as_written(r: Reading) -> dict[str, str]:
    """A registered body's canonical name → the name the article's own record of it carries, where the text
    writes it out in another form (`Russian Direct Investment Fund` for a body registered under its
    Indonesian name): a person's affiliation names the body as the record beside it does. Only a registered
    alias in another language: written out in as many words as the register's name and sharing none of them
    (`RDIF`, `Kemlu Korsel`, `Center Stimson`, `Kementerian Luar Negeri Moskow` keep the register's name)."""
    return {slot.entry.name: slot.name for slot in r.others.values()
            if slot.kind == "organization" and slot.entry is not None and _translated(slot.name, slot.entry)}


def _translated(written: str, entry) -> bool:
    """A registered alias as long as the register's name with no word in common: the name in another language."""
    words, own = written.split(), entry.name.split()
    return (len(words) >= len(own) and any(fold(a) == fold(written) for a in entry.aliases)
            and not {fold(w) for w in words} & {fold(w) for w in own})


def register_role(r: Reading, person: Person) -> str | None:
    description = person.entry.description if person.entry else None
    m = r.kit.title.match(description) if description else None
    return m.group() if m else None


def side_country(r: Reading, person: Person) -> str | None:
    """`Dari pihak Korea Utara, upacara dihadiri Menteri X`: the side the sentence names before the
    official is the country they act for."""
    if not r.kit.side_words:
        return None
    first = min(m.span.start for m in person.mentions)
    sentence_start = r.sentence_starts[max(0, bisect_right(r.sentence_starts, first) - 1)]
    named = [(span.start, slot.name) for slot in r.others.values() if slot.kind == "country"
             for span, _, _ in slot.mentions if sentence_start <= span.start < first
             and r.text[max(sentence_start, span.start - 12):span.start].split()[-1:] != []
             and r.text[max(sentence_start, span.start - 12):span.start].split()[-1].lower() in r.kit.side_words]
    return max(named)[1] if named else None


# At most this many lower-case words describe a group between its country and the list of its officials.
LIST_GROUP_WORDS = 6


def list_country(r: Reading, person: Person) -> str | None:
    """`rombongan pejabat Rusia di antaranya Menteri A X, Wakil Menteri B Y dan ...`: a country
    right before a list opener (titles.yaml list_intros) names the side of every official listed after
    it in the sentence; what lies between the opener and the person is only the list (capitalised
    posts and names, commas, list joiners), not a clause of its own."""
    if r.kit.list_intro is None:
        return None
    first = min(m.span.start for m in person.mentions)
    if person.role_span is not None:
        first = min(first, person.role_span.start)
    here = max(0, bisect_right(r.sentence_starts, first) - 1)
    sentence_start = r.sentence_starts[here]
    country = _listed_from(r, sentence_start, first)
    if country is None and here > 0 and r.kit.list_continuation is not None:
        # "... pejabat tinggi Rusia di antaranya Menteri A X, ... . Kemudian ada Menteri B Y, ...": a
        # sentence opened by a word that goes on with the list of the sentence before.
        going_on = r.kit.list_continuation.match(r.text, sentence_start)
        if going_on is not None and _only_list(r, going_on.end(), first):
            before = r.sentence_starts[here - 1]
            country = _listed_from(r, before, sentence_start)
    return country


def _listed_from(r: Reading, start: int, first: int) -> str | None:
    """The country right before a list opener between `start` and `first`, when all that lies between
    the opener and `first` is the list."""
    named = [(span.start, span.end, slot.name) for slot in r.others.values() if slot.kind == "country"
             for span, _, _ in slot.mentions if start <= span.start and span.end <= first]
    if not named:
        return None
    _, end, country = max(named)
    opener = r.kit.list_intro.match(r.text, end)
    if opener is None:
        # "Rombongan Rusia itu membawa beberapa menteri, termasuk ...": a few lower-case words
        # describing the group between the country and the opener.
        opener = r.kit.list_intro.search(r.text, end, first)
        between = r.text[end:opener.start()].replace(",", " ").split() if opener is not None else []
        if opener is None or len(between) > LIST_GROUP_WORDS or any(not w.islower() for w in between):
            return None
    return country if _only_list(r, opener.end(), first) else None


def _only_list(r: Reading, start: int, first: int) -> bool:
    """Only a list lies in text[start:first]: capitalised posts and names, commas, list joiners."""
    for word in re.split(r"[\s,]+", r.text[start:first]):
        if word and not word[0].isupper() and word.lower() not in r.kit.list_joiners:
            return False
    return True


def scene_country(r: Reading, person: Person) -> str | None:
    """`Di Seoul, Penasihat X ...`: the state whose capital the sentence names before the person."""
    capitals = r.kit.capitals
    if not capitals:
        return None
    first = min(m.span.start for m in person.mentions)
    sentence_start = r.sentence_starts[max(0, bisect_right(r.sentence_starts, first) - 1)]
    named = [(span.start, capitals[slot.name]) for slot in r.others.values()
             if slot.kind == "place" and slot.name in capitals
             for span, _, _ in slot.mentions if sentence_start <= span.start < first]
    return max(named)[1] if named else None


def possessor_side(r: Reading, person: Person) -> str | None:
    """`Ajudan utama Kim, X`, `Penasihat Putin, X`: an aide acts for whom their post serves, the side of
    the person whose aide they are (that person's affiliation, stated or registered)."""
    if not r.possessors:
        return None
    for m in person.mentions:
        at = r.possessors.get(m.span.start)
        if at is None:
            continue
        for other in r.people.values():
            if other is not person and any(o.span.start == at for o in other.mentions):
                return other.affiliation or register_affiliation(r, other)
    return None


def paragraph_country(r: Reading, person: Person) -> str | None:
    """`Presiden Yoon ... . Menteri Pertahanan X, ...`: an official the text does not place serves the
    country of the person named last before them in an earlier sentence of the same paragraph;
    with no one named before, the country named before them in their sentence."""
    first = min(m.span.start for m in person.mentions)
    paragraph = r.paragraph_of(first)
    # An earlier sentence: within one sentence, "dan" may join two sides ("antara A dan B").
    sentence_start = r.sentence_starts[max(0, bisect_right(r.sentence_starts, first) - 1)]
    best, country = -1, None
    for other in r.people.values():
        if other is person:
            continue
        before = [m.span.start for m in other.mentions
                  if m.span.start < sentence_start and r.paragraph_of(m.span.start) == paragraph]
        if before and max(before) > best:
            aff = other.affiliation or register_affiliation(r, other)
            entry = r.kit.by_surface.get(fold(aff)) if aff else None
            best, country = max(before), (entry.name if entry is not None and entry.kind == "country" else None)
    if best < 0 and not any(sentence_start <= m.span.start < first for other in r.people.values()
                            if other is not person for m in other.mentions):
        # No one named before: "Delegasi Korea Utara dipimpin Menteri X" — the country the
        # sentence names before the official (not another person's: "antara PM Thailand A dan B").
        named = [(span.start, slot.name) for slot in r.others.values() if slot.kind == "country"
                 for span, _, _ in slot.mentions if sentence_start <= span.start < first]
        if named:
            country = max(named)[1]
    return country


def role_country(r: Reading, person: Person) -> str | None:
    """`Menteri Pengembangan Timur Jauh Rusia X`: a post whose last words name a country (a portfolio the word
    lists do not know kept the country inside the role) is held for that country."""
    return closing_country(r, (person.role or "").split())


def sentence_country(r: Reading, person: Person) -> str | None:
    """`Presiden X mengatakan bahwa Korea Selatan akan ...`, `..., kata Wakil Menteri X, Rusia siap ...`: an
    official whom nothing before places acts for the country that opens a clause of their own sentence as its
    subject (after a comma or a subject opener, titles.yaml subject_openers), when it is the first country the
    sentence names after them: the last resort, no body, side, scene, lead or paragraph said it. (Not a country
    inside a phrase, `rudal Rusia`, `menuju Rusia`: what the official speaks of, not for.)"""
    first = min(m.span.start for m in person.mentions)
    here = bisect_right(r.sentence_starts, first)
    end = r.sentence_starts[here] if here < len(r.sentence_starts) else len(r.text)
    named = [(span.start, slot.name) for slot in r.others.values() if slot.kind == "country"
             for span, _, _ in slot.mentions if first < span.start < end]
    if not named:
        return None
    start, country = min(named)
    if _named_between(r, person, first, start):
        return None     # "X mengatakan bahwa <Badan> menyampaikan bahwa <country> ...": the body's clause
    before = r.text[max(first, start - 12):start].rstrip(" ")
    opener = before.rsplit(None, 1)[-1].lower() if before.split() else ""
    return country if before.endswith(",") or opener in r.kit.subject_openers else None


def _named_between(r: Reading, person: Person, start: int, end: int) -> bool:
    """Another person or a body named in text[start:end]."""
    return (any(start < span.start < end for slot in r.others.values() if slot.kind == "organization"
                for span, _, _ in slot.mentions)
            or any(start < m.span.start < end for other in r.people.values() if other is not person
                   for m in other.mentions))


def member_of(r: Reading, person: Person) -> str | None:
    """`Menurut X dari <Lembaga>, ...`: a body right after the person's full name and a member link
    (titles.yaml member_links) is the body they act for; so is one after its kind in lower case and a comma
    (`X dari partai berkuasa, Partai Y`)."""
    if not r.kit.member_links:
        return None
    starts = {span.start: slot.name for slot in r.others.values() if slot.kind == "organization"
              for span, _, _ in slot.mentions}
    for mention in person.mentions:
        span = mention.span
        if " " not in r.text[span.start:span.end]:
            continue
        link = _MEMBER_LINK.match(r.text, span.end)
        if not (link and link.group(1).lower() in r.kit.member_links):
            continue
        if link.end() in starts:
            return starts[link.end()]
        kind = _KIND_BEFORE_BODY.match(r.text, link.end())
        if kind and kind.end() in starts:
            return starts[kind.end()]
    return None


def bare_national(r: Reading, body: str) -> bool:
    """A ministry or embassy named without its country (`Kementerian Luar Negeri`), no registered body."""
    return (body.startswith(r.kit.national_heads) and national(r, body) is None
            and r.kit.by_surface.get(fold(body)) is None)


def completed_body(r: Reading, person: Person, role: str | None,
                   affiliation: str | None) -> tuple[str | None, str | None]:
    """`juru bicara Kementerian Luar Negeri X` for a registered person whose own body is that ministry
    with its country: the affiliation is the registered body (`Kementerian Luar Negeri Rusia`), and the
    ministry as written is part of the post (`juru bicara Kementerian Luar Negeri`), as `roles` reads
    it where the text names the owner (`Rusia, lewat juru bicara Kementerian Luar Negeri X`)."""
    if not affiliation or not bare_national(r, affiliation):
        return role, affiliation
    own = register_affiliation(r, person)
    if not (own and own.startswith(affiliation + " ")):
        return role, affiliation
    span = person.role_span
    if role and span is not None and r.text.startswith(" " + affiliation, span.end):
        role = f"{role} {affiliation}"
    return role, own


def state_of_post(r: Reading, person: Person, affiliation: str | None) -> str | None:
    """`Gubernur Primorsky Krai X`: an official of a region acts for the region's country, read as for an
    official the text does not place (the scene's capital, the side or list the sentence names, the lead's
    country, the paragraph's); with none, the region stays. (Not a ministry named without its country: the
    lead's country is too weak a sign to name a ministry by, `juru bicara Kementerian Luar Negeri X` in a
    story led by the other side.)"""
    if not affiliation:
        return affiliation
    entry = r.kit.by_surface.get(fold(affiliation))
    if not (entry is not None and entry.kind == "place" or any(
            slot.kind == "place" and slot.name == affiliation for slot in r.others.values())):
        return affiliation
    country = (scene_country(r, person) or side_country(r, person) or list_country(r, person)
               or r.lead_country or paragraph_country(r, person))
    return country or affiliation


def fuller_body(r: Reading, person: Person, affiliation: str | None) -> str | None:
    """`Juru Bicara Kementerian Luar Negeri X` after the text named `Kementerian Luar Negeri Rusia`: a ministry
    named without its country is the fuller one of the same name the text named last before the post (as
    `organisations.merge_short_orgs` makes the bare body that one); none named before, it stays."""
    if not affiliation or not bare_national(r, affiliation):
        return affiliation
    first = person.role_span.start if person.role_span is not None else min(m.span.start for m in person.mentions)
    best = None
    for slot in r.others.values():
        name = slot.entry.name if slot.entry is not None else slot.name
        if slot.kind != "organization" or not (slot.name.startswith(affiliation + " ")
                                               or name.startswith(affiliation + " ")):
            continue
        before = [span.start for span, _, _ in slot.mentions if span.start < first]
        if before and (best is None or max(before) > best[0]):
            best = (max(before), name)
    return best[1] if best else affiliation
