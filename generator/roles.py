"""Actors pass, roles: people named with their post.

`read_roles` reads, over the items of a sentence, the shapes news prose uses for a person with a
post: `<role> [<country|org>...] [untuk ...][,] <Name> [dan <Name>]` and `<Name>, <role> [<org>...]`
(an apposition), with the post's tail, portfolio, council, field and region, a post chained to
another (`Wakil Perdana Menteri sekaligus utusan ...`), a post stated before its holder is named
(`Penasihat itu, X,`), and the body the post serves. `name_found` records the name it finds: a
person at once, or a one-word reference resolved later by `salience`.
"""
from __future__ import annotations

import re

from bisect import bisect_right
from dataclasses import dataclass

from .actor_kit import (MAX_NAME_TOKENS, ROLE_COMPLEMENT_ITEMS, ROLE_COMPLEMENT_SPAN, ROLE_TAIL_WORDS,
                        UNTUK_CLAUSE_TOKENS, is_cap, possessed_kin)
from .affiliation import affiliation_of, bare_national, served_country
from .cast import Item, PendingPost, Reading, Ref, acronym_in_brackets, is_name
from .lexicon import fold
from .model import Span

# The flags a shape may be `unless` (shapes.yaml): a headline's capitals say nothing of names.
TITLE_CASE = frozenset({"title_case"})
from .names import cut_at_end, word_before_given_name
from .organisations import kind_body, member_body, named_body


@dataclass(frozen=True)
class Chain:
    """A post with no name of its own, followed by another post (`Wakil Perdana Menteri sekaligus
    utusan ...`, `Perwakilan Jepang, Duta Besar X`)."""

    role: Item                  # the first post
    end: int                    # where it ends as stated
    next: int                   # index of the post it chains to
    affiliation: str | None
    is_role: bool               # the first post is the person's role (else the one after the comma is)
    adjacent: bool              # two posts written as one ("utusan presiden X"), stated up to the name


@dataclass
class _Clause:
    """The items of one sentence as read_roles goes over them, and what it carries from post to post."""

    r: Reading
    items: list[Item]
    title_case: bool
    claimed: set[int]
    n: int                      # how many items (a post's steps replace items, never add or drop one)
    coordinated: tuple[int, str] | None = None   # (index of the last name read with a post, its affiliation)
    lead: Chain | None = None                    # a post with no name yet, chained to the next post


@dataclass
class _Post:
    """A post being read: where it stands, how far its words go, the bodies it serves."""

    k: int                      # index of the role item
    item: Item
    j: int                      # the next item to read
    tail_end: int               # where the post as stated ends
    affs: list[str]
    before: int = 0             # the first item after the post's own words
    linked: bool = False        # a body linked by a preposition ("dari Universitas X")
    comma: bool = False         # a comma between the post and its holder
    sides: bool = False         # "<post> kedua negara, A dan B": each holds the post, for their own side
    dashed: bool = False        # "<post> – A dan B –": the names set off by dashes each hold the post
    field_end: int = 0          # where a field after `untuk` ends ("... untuk Strategi dan Intelijen X")
    complement: bool = False    # the post's complement was read ("Direktur Jenderal Urusan Eropa"): it closes the post


# Apposition shapes (shapes.yaml ids) that state a further post of a person named just before
# ("X yang juga Wakil Direktur ..."): the post is read, a registered person's affiliation stays the register's.
SECONDARY_POSTS = frozenset({"apposition:relative-joined"})
# Apposition shapes of a bare post after the comma: after a name with a post right before it, a post run into a
# verb said of people with no comma to close it ("dengan pemimpin X Z, presiden Y menyebut ...") opens the
# next clause as its subject.
BARE_POSTS = frozenset({"apposition:post"})
# A post as stated keeps its body or `untuk` clause only when that takes at most this many words
# (`Juru Bicara Kementerian Luar Negeri Rusia`); a longer one stays the affiliation alone.
STATED_COMPLEMENT_WORDS = 5
# What sets a post's holders off after it: a comma, or a dash ("... yang berkuasa – A dan B –").
SET_OFF = frozenset({",", "–", "—"})
# What closes an apposition's post at its end: a comma, or the end of the sentence or clause.
CLAUSE_CLOSE = frozenset({",", ".", ";", ":", "!", "?", ")"})
# Hyphens that join two nationalities ("Rusia-Amerika").
HYPHENS = "-‐–"
# A relative clause between a post and its holder is at most this many items ("yang berbasis di Beijing").
RELATIVE_CLAUSE_ITEMS = 10


def read_roles(r: Reading, items: list[Item], title_case: bool, claimed: set[int], roles: bool = True) -> None:
    """`<role> [affil...] [untuk ...][,] <Name> [dan <Name>]` and `<Name>, <role> [affil...]`.
    `roles`: whether the items may hold a role (False: the items pass made none)."""
    appositions = r.kit.shapes["appositions"]
    if not roles and "role" in appositions.needed_kinds:
        return      # (most sentences: no post, and every apposition states one)
    clause = None           # built at the first post or apposition (most sentences have neither)
    n = len(items)
    # What the unit after the name may be (in lower case), when every rule says.
    seconds = appositions.texts_at(1)
    flags = TITLE_CASE if title_case else ()
    for k, item in enumerate(items):
        if item.kind == "role":
            clause = clause or _Clause(r, items, title_case, claimed, n)
            if k >= 2 and _predicated(r, items, k, flags):
                # "dia adalah seorang pekerja sosial": the post of whom the passage is about (`predicated_posts`)
                r.predicates.append((item, _lower_tail_end(r, items, k + 1, item.end)))
                continue
            _read_post(clause, k, item)
        elif item.kind in ("name", "ent") and k + 2 < n and (
                seconds is None or items[k + 1].text.lower() in seconds):
            found = appositions.match_at(items, k, flags)
            if found is not None:
                clause = clause or _Clause(r, items, title_case, claimed, n)
                _read_apposition(clause, k, item, found.at("role"), secondary=found.rule in SECONDARY_POSTS,
                                 bare=found.rule in BARE_POSTS)


def _predicated(r: Reading, items: list[Item], k: int, flags) -> bool:
    """The post at k is a pronoun's copula's (`dia adalah [seorang] <post>`: the `post_predicates` shapes,
    matched from the pronoun, two or three items before)."""
    shapes = r.kit.shapes["post_predicates"]
    for back in (2, 3):
        found = shapes.match_at(items, k - back, flags) if k - back >= 0 else None
        if found is not None and found.at("role") == k:
            return True
    return False


def _lower_tail_end(r: Reading, items: list[Item], j: int, end: int) -> int:
    """Where a post's lower-case words after its head end (`pekerja sosial`), up to a breaker; `end`
    when none or when the words run on into a clause (a lower-case word that is no breaker after them)."""
    n, kit, m = len(items), r.kit, j
    while (m < n and items[m].kind == "word" and m - j < ROLE_TAIL_WORDS
           and items[m].text.lower() not in kit.breakers and items[m].text.islower()):
        m += 1
    if m == j or (m < n and items[m].kind == "word" and items[m].text.islower()
                  and items[m].text.lower() not in kit.breakers):
        return end
    return items[m - 1].end


def predicated_posts(r: Reading) -> None:
    """`dia adalah seorang <post>`: the post is the person's last named before the pronoun, within the
    sentence or the one before it, when that person has no role yet."""
    for role, end in r.predicates:
        here = bisect_right(r.sentence_starts, role.start) - 1
        floor = r.sentence_starts[max(here - 1, 0)] if here >= 0 else 0
        last = None
        for person in r.people.values():
            for m in person.mentions:
                if floor <= m.span.start < role.start and (last is None or m.span.start > last[0]):
                    last = (m.span.start, person)
        if last is not None and last[1].role is None:
            last[1].role, last[1].role_span = r.role_text(role.start, end), Span(role.start, end)


# A count written in figures ("262", "1.200") before a trade: a number of people, no post.
_COUNT = re.compile(r"\d+(?:[.,]\d+)*")


def _read_post(c: _Clause, k: int, item: Item) -> None:
    """`<role> [affil...] [untuk ...][,] <Name> [dan <Name>]`: the post, its bodies, its holders."""
    if k and _COUNT.fullmatch(c.items[k - 1].text) and c.r.text[c.items[k - 1].end:item.start] == " " \
            and fold(item.text).startswith(c.r.kit.private_heads):
        # "262 Nelayan Lurinia Ditahan": a count of people by their trade, no holder named (not "Pada 2018
        # Presiden X": a year before an official's post)
        return
    post = _post_words(c, k, item)
    if post is None or not _post_bodies(c, post) or not _post_after_bodies(c, post) or not _post_untuk(c, post):
        return
    names = _post_names(c, post)
    if names is None:
        return
    chain = _chain_of(c, post)
    _holders_places(c, post, names)
    if _names_are_bodies(c, post, names):
        return
    _holders(c, post, names, chain)


def _post_words(c: _Clause, k: int, item: Item) -> _Post | None:
    """The post's own words: a lower-case tail, a portfolio or complement, a region as its field."""
    r, items, n, kit = c.r, c.items, c.n, c.r.kit
    j, tail_end = k + 1, item.end
    if kit.shapes["post_chains"].match_at(items, k) is not None:
        # "Wakil Perdana Menteri sekaligus utusan presiden ..., X": the first post is X's.
        c.lead = chained_post(r, items, k, j, item, tail_end, [], c.lead)
        return None
    tail = 0
    while (j < n and items[j].kind == "word" and tail < ROLE_TAIL_WORDS
           and items[j].text.lower() not in kit.breakers and items[j].text.islower()):
        j, tail = j + 1, tail + 1
    generic = None
    if j + 1 < n and items[j].text == "," and is_name(items[j + 1]):
        # "wakil menteri luar negeri kedua negara, A dan B": the post as stated, each holder's (the
        # role phrase may have taken the first word of the sides: "... Luar Negeri Kedua" is a post too).
        stated = " ".join([item.text.lower()] + [it.text.lower() for it in items[k + 1:j]])
        sides = next((w for w in kit.both_sides if stated.endswith(" " + w)), None)
        if sides is not None:
            stretch = r.text[item.start:items[j - 1].end]
            at = re.search(r"\s+" + r"\s+".join(map(re.escape, sides.split())) + "$", stretch, re.IGNORECASE)
            return _Post(k, item, j, item.start + at.start(), [], before=j, sides=True)
    if tail:
        # Lower-case words count as part of the role only when an entity or a name follows.
        if j < n and (items[j].kind in ("ent", "org", "name") or items[j].text in r.short_bodies):
            tail_end = items[j - 1].end
        elif (tail == 1 and j + 1 < n and items[j].text == "," and is_name(items[j + 1])
              and items[j - 1].text in kit.org_first):
            # "Juru bicara kementerian, X,": the ministry the passage named before.
            # ("Kepala organisasi, X," after "organisasi <Body>": the body the kind named before)
            generic = named_body(r, items[j - 1].text, item.start) or kind_body(r, items[j - 1].text, item.start)
            tail_end = items[j - 1].end
        elif (tail == 1 and j + 1 < n and items[j].text == "," and is_name(items[j + 1])
              and kind_body(r, items[j - 1].text, item.start)):
            # "Direktur perusahaan, X," after "perusahaan <Body>": the body the kind named before.
            generic = kind_body(r, items[j - 1].text, item.start)
            tail_end = items[j - 1].end
        elif (tail == 1 and j + 1 < n and items[j].text == "," and is_name(items[j + 1])
              and items[j - 1].text in kit.other_words):
            pass      # "Seorang pekerja lain, X,": another holder of the post; "lain" is not the post
        else:
            return None
    post = _Post(k, item, j, tail_end, [generic] if generic else [], before=j)
    portfolio = any(fold(w) in kit.portfolio_heads for w in item.text.split())
    if portfolio and _portfolio_joined_to_name(c, j):
        # "Menteri Sumber Daya Alam dan Ekologi Arvo Melkin": the portfolio's last part, read with the name.
        post.tail_end, post.j, post.before, post.complement = items[j + 1].start - 1, j + 1, j + 1, True
        while r.text[post.tail_end - 1] == " ":
            post.tail_end -= 1
        return post
    post.j = role_complement(r, items, j, c.claimed, portfolio)
    if post.j > post.before:
        # "Menteri Kelautan dan Perikanan Norwegia X", "Direktur Jenderal Urusan Eropa Kementerian ... X": the
        # portfolio, the field or the unit is part of the role; the body after it is the affiliation.
        post.tail_end, post.complement = items[post.j - 1].end, True
    j = post.j
    if (j + 1 < n and (items[j].kind == "ent" and items[j].entry_kind == "place"
                       or (items[j].kind == "ent" and items[j].entry_kind == "country"
                           or items[j].kind == "name" and len(items[j].tokens) == 1
                           and fold(items[j].text) in kit.country_words)
                       and j + 2 < n and items[j + 2].entry_kind != "country")
            and linked_body(r, items, j + 1)):
        # "Pengamat Asia Timur dari Universitas X": the region is the role's field ("Pakar
        # Korea Utara dari Universitas X": so is a country, when a body the person serves follows).
        post.tail_end, post.j = items[j].end, j + 1
    return post


def _portfolio_joined_to_name(c: _Clause, j: int) -> bool:
    """`Menteri Kelautan dan Perikanan Arvo Melkin` with the portfolio's last part read as the name's first
    word (a run of three words or more after `dan`, at j, opened by a common word, no name's): the part is the
    portfolio's, and the item at j + 1 becomes the name alone (the part's words: the first, and any word of
    bodies' names after it)."""
    r, items, kit = c.r, c.items, c.r.kit
    if not (j + 1 < c.n and items[j].kind == "word" and items[j].text in kit.list_joiners
            and items[j + 1].kind == "name" and len(items[j + 1].tokens) >= 3):
        return False
    tokens = items[j + 1].tokens
    first = r.text[slice(*tokens[0])]
    second = r.text[slice(*tokens[1])]
    if (first in kit.korean_surnames or fold(first) in kit.given_names
            or not (fold(first) in kit.common_words or first.lower() in kit.org_words
                    or fold(second) in kit.given_names)):
        return False      # "Menteri Luar Negeri dan Kim Yong Chol": a second person
    part = 1
    while len(tokens) - part > 2 and r.text[slice(*tokens[part])].lower() in kit.org_words:
        part += 1
    name = tokens[part:]
    items[j + 1] = Item("name", name[0][0], name[-1][1], r.text[name[0][0]:name[-1][1]], tokens=name)
    return True


def _owner_before(c: _Clause, p: _Post) -> None:
    """The state or body the post belongs to, named before it: `China, melalui Duta Besar X`,
    `Kementerian Luar Negeri Rusia lewat juru bicaranya X`."""
    r, items, k, kit = c.r, c.items, p.k, c.r.kit
    through = kit.shapes["post_owners"].match_label_at(items, k, "role") if not p.affs and k >= 2 else None
    if through is not None:
        # "China, melalui Duta Besar X": the state or body that acts through the person.
        aff = affiliation_of(r, items[through.at("owner")])
        if aff:
            p.affs.append(aff)
    if p.item.text.endswith(r.kit.possessive) and k and items[k - 1].kind == "word" and not p.affs:
        # "Kementerian Luar Negeri Rusia lewat juru bicaranya X": the post of the body just named.
        owner = next((it for it in reversed(items[:k]) if it.kind in ("ent", "org")
                      and it.entry_kind != "person"), None)
        aff = affiliation_of(r, owner) if owner is not None else None
        if aff:
            p.affs.append(aff)


def _post_bodies(c: _Clause, p: _Post) -> bool:
    """The bodies, countries and places the post serves; False when the body's name runs on."""
    r, items, n, kit = c.r, c.items, c.n, c.r.kit
    _owner_before(c, p)
    member = member_body(r, p.item, items, p.j)
    if member is not None:
        # "Sekretaris Dewan Keamanan Rusia X": the council is part of the post.
        p.tail_end, aff, p.j = member
        if aff:
            p.affs.append(aff)
    while p.j < n:
        j = p.j
        it = items[j]
        if it.kind == "word" and it.text in r.short_bodies:
            it = r.short_bodies[it.text]      # "Ketua delegasi KDN, X": the body it names
        if it.kind in ("ent", "org", "place") and not (it.kind == "ent" and it.entry.kind == "person"):
            if it.kind == "org" and j == p.before and not p.affs:
                it = _ministry_of_unit(r, p, it)
            place = it.kind == "place" or it.entry_kind == "place"
            if place and j == p.before and not p.affs:
                # "Gubernur Primorsky Krai X": the region is part of the post as stated.
                p.tail_end = it.end
            # A place is the affiliation only when no body or country is named with it
            # ("Centre for ... Studies (CSIS) Jakarta, X": the body).
            aff = affiliation_of(r, it) if not (place and p.affs) else None
            if aff and j == p.before and p.affs and it.kind == "org" and bare_national(r, aff) \
                    and getattr(r.kit.by_surface.get(fold(p.affs[-1])), "kind", None) == "country":
                # "Rusia, lewat juru bicara Kementerian Luar Negeri X": the ministry as written is part
                # of the post; it is the ministry of the state that acts through the person.
                p.tail_end = it.end
                aff = f"{aff} {p.affs[-1]}"
            if aff:
                p.affs.append(aff)
            p.j += 1
        elif linked_body(r, items, j):
            p.j, p.linked = j + 1, True   # "<role> dari Universitas X, Name": the body it serves
        elif (it.kind == "word" and it.text in kit.side_from and j == p.before and not p.affs and j + 1 < n
              and items[j + 1].kind == "ent" and items[j + 1].entry_kind == "country"):
            p.j += 1      # "pelatih asal Lurania, X": where the holder comes from, read next as their side
        elif it.kind == "word" and it.text in kit.list_joiners and j + 1 < n and items[j + 1].kind in ("ent", "org") \
                and p.affs:
            p.j += 1
        elif p.affs and acronym_in_brackets(items, j):
            # "Institut Studi Strategis Korea (KRIS) Park ...": the body's short form.
            p.j += 3
            after = items[p.j] if p.j < n else None
            if (after is not None and after.kind == "ent" and after.entry_kind == "country"
                    and bare_national(r, p.affs[-1])):
                # "Juru Bicara Kementerian Pertahanan (Kemhan) Jepang, X": the ministry's short form
                # in brackets between it and its country; the person serves that country's ministry.
                p.affs[-1] = f"{p.affs[-1]} {affiliation_of(r, after)}"
                p.j += 1
        elif (it.kind == "punct" and it.text in HYPHENS and j > p.before and j + 1 < n
              and items[j - 1].kind == "ent" and items[j - 1].entry_kind == "country"
              and items[j + 1].kind == "ent" and items[j + 1].entry_kind == "country"
              and items[j - 1].end == it.start and it.end == items[j + 1].start):
            # "jurnalis Rusia-Amerika X": two nationalities of one person, neither the side they act for.
            if p.affs and p.affs[-1] == affiliation_of(r, items[j - 1]):
                p.affs.pop()
            p.j += 2
        else:
            break
    placed = (kit.shapes["post_places"].match_at(items, p.j)
              if p.item.text[:1].islower() or (p.affs and not c.title_case) else None)
    if placed is not None:
        # "Seorang pemandu wisata di Vladivostok, Natalia,": where the post is, then its holder; "Menteri
        # Pembangunan Lurania di Timur Jauh, X": a state's post for a region, named as part of the post.
        p.j = placed.at("holder") - 1
        if not p.item.text[:1].islower():
            p.tail_end = items[p.j - 1].end
    if p.affs and p.j < n and items[p.j].kind == "word" and items[p.j].text.lower() in kit.relative_openers:
        # "Ketua X dari Partai Y yang berkuasa, Nama,": a short relative clause closing the body's phrase.
        close = next((i for i in range(p.j + 1, min(n, p.j + 1 + ROLE_TAIL_WORDS)) if items[i].kind != "word"), None)
        if (close is not None and close > p.j + 1 and items[close].text in SET_OFF and close + 1 < n
                and is_name(items[close + 1]) and all(items[i].text.islower() for i in range(p.j + 1, close))):
            p.j = close
    # The body's name runs on ("dari Institut Studi Oriental Moskow"): no holder here.
    return not (p.linked and not (p.j < n and items[p.j].text == ","))


def _ministry_of_unit(r: Reading, p: _Post, it: Item) -> Item:
    """`Direktur Jenderal Biro Urusan Asia Kementerian Luar Negeri Jepang X`, the body read as one: a unit
    (organizations.yaml part_heads) with its own words, then its ministry (ministry_heads). The unit is part of
    the post as stated, and the ministry's part is returned, the body the person serves (else `it`)."""
    words = it.text.split(" ")
    if len(words) < 4 or words[0] not in r.kit.part_heads:
        return it
    at = next((w for w in range(2, len(words) - 1) if fold(words[w]) in r.kit.ministry_heads), None)
    if at is None:
        return it
    start = it.start + len(" ".join(words[:at])) + 1
    p.tail_end = len(r.text[:start].rstrip())
    key = it.key.split(" ")
    text = r.text[start:it.end]
    return Item("org", start, it.end, text, key=" ".join(key[at:]) if len(key) > at else text)


def _post_after_bodies(c: _Clause, p: _Post) -> bool:
    """The post's field, a post named again by an anaphor, the body's city; False when done."""
    r, items, n, kit, item = c.r, c.items, c.n, c.r.kit, p.item
    j = p.j
    if p.affs and j < n and items[j].kind == "word" and items[j].text.lower() in kit.field_words:
        # "penasihat senior Kremlin bidang kebijakan luar negeri": the post's field after its body.
        m = j + 1
        while (m < n and m - j <= ROLE_TAIL_WORDS + 1 and items[m].kind == "word" and items[m].text.islower()
               and items[m].text not in kit.breakers and items[m].text not in kit.cues_after):
            m += 1
        if m > j + 1:
            r.fields[(item.start, p.tail_end)] = r.text[items[j].start:items[m - 1].end]
            p.j = j = m
    named = kit.shapes["post_anaphora"].match_at(items, j) if not p.affs else None
    if named is not None:
        # "Seorang penasihat senior Kremlin ... mengatakan ..." then "Penasihat itu, X,": the
        # person introduced by the post is named now; the post as first stated is theirs.
        earlier = _earlier_posts(r, item)
        role, end, aff = ((earlier[-1].role, earlier[-1].end, earlier[-1].affiliation) if earlier
                          else (item, p.tail_end, None))
        name_found(r, items[named.at("holder")], "role-anaphora", c.title_case, c.claimed, role=role,
                   tail_end=end, affiliation=aff)
        return False
    if (p.affs and j + 2 < n and items[j].kind == "name" and len(items[j].tokens) == 1
            and items[j + 1].text == "," and is_name(items[j + 2]) and items[j].start not in c.claimed):
        # "Universitas X (UX) Depok, Name": the body's city, then the person.
        r.add_other("place", None, Span(items[j].start, items[j].end), "place:body-city")
        c.claimed.add(items[j].start)
        p.j = j = j + 1
    # Anaphora: "Diplomat AS tersebut" gives the last person without one a country.
    if j < n and items[j].kind == "word" and items[j].text.lower() in kit.anaphora and p.affs:
        r.anaphora.append((item.start, p.affs[-1]))
        return False
    return True


def _earlier_posts(r: Reading, item: Item) -> list[PendingPost]:
    """The posts stated with no holder that an anaphoric post (`Penasihat itu, X,`) names again: the
    same words, else any post of the sentence before in the same paragraph."""
    words = set(item.text.lower().split())
    earlier = [p for p in r.pending if words <= set(p.role.text.lower().split())]
    if not earlier:
        # "Duta besar Rusia ... turut ... . Diplomat tersebut, X,": another word for the post
        # the sentence before stated.
        here = bisect_right(r.sentence_starts, item.start) - 1
        earlier = [p for p in r.pending if here > 0
                   and bisect_right(r.sentence_starts, p.role.start) - 1 == here - 1
                   and r.paragraph_of(p.role.start) == r.paragraph_of(item.start)]
    return earlier


def _post_untuk(c: _Clause, p: _Post) -> bool:
    """`Duta Besar AS untuk PBB Linda ...`: the post's `untuk` clause, then the name; False when the
    holder is named later (the post waits in `pending`)."""
    r, items, n, kit = c.r, c.items, c.n, c.r.kit
    j = p.j
    if not (j < n and items[j].kind == "word" and items[j].text in kit.org_links):
        return True
    m = j + 1
    while m < n and m - j <= UNTUK_CLAUSE_TOKENS and items[m].text != ",":
        m += 1
    # "Duta Besar AS untuk PBB Linda ...": the post (a body, country or place), then the name.
    post = j + 1
    while post < n and ((items[post].kind in ("ent", "org", "place") and items[post].entry_kind != "person")
                        or place_before_name(r, items, post)):
        post += 1
    if (post < n and post - 1 > j and items[post].kind == "name" and len(items[post].tokens) == 1
            and place_before_name(r, items, post - 1) and len(items[post - 1].tokens) >= 3
            and items[post - 1].end + 1 == items[post].start):
        # "untuk Distrik Federal Ural Pavel Orlov": the run was cut at its longest; the
        # person's given name is the region run's last word.
        region, name = items[post - 1], items[post]
        moved = region.tokens[-1]
        items[post - 1] = Item("name", region.start, region.tokens[-2][1],
                               r.text[region.start:region.tokens[-2][1]], tokens=region.tokens[:-1])
        items[post] = Item("name", moved[0], name.end, r.text[moved[0]:name.end],
                           tokens=(moved,) + name.tokens)
    field = _portfolio_then_name(c, j) if post == j + 1 else 0
    if field:
        # (the field's last word was cut from the name's item: the field ends right before the name)
        p.field_end = len(r.text[:items[field].start].rstrip())
    post = field or post
    if post < n and is_name(items[post]) and not field:
        for x in range(j + 1, post):
            if items[x].kind == "name":
                # "untuk Distrik Federal Timur Jauh Name": the region of the post.
                c.claimed.add(items[x].start)
                r.add_other("place", None, Span(items[x].start, items[x].end), "place:post")
    if post > j + 1 and post < n and is_name(items[post]):
        p.j = post
    elif m < n and items[m].text == ",":
        p.j = m
    else:
        claim_untuk(r, items, j, c.claimed)
        # "Duta besar Rusia untuk Korea Selatan turut ...": a post whose holder is named later.
        r.pending.append(PendingPost(p.item, p.tail_end, p.affs[-1] if p.affs else None))
        return False
    return True


def _portfolio_then_name(c: _Clause, j: int) -> int:
    """`Wakil Menteri ... untuk Strategi dan Intelijen Cho Koo-rae`: after `untuk` at j, a field named by
    words of bodies' names (one each, joined by `dan`), the last one read glued to the holder's name; the
    field's words are the post's, and the index of the name is returned (0 when there is none)."""
    r, items, n, kit = c.r, c.items, c.n, c.r.kit

    def field_word(text: str) -> bool:
        # (a word of bodies' names, or a common noun: "untuk Terorisme dan Intelijen Keuangan")
        return ((text.lower() in kit.org_words or fold(text) in kit.common_words) and is_cap(text)
                and text not in kit.function_words)

    def field_words(item: Item) -> bool:
        return item.kind == "name" and all(field_word(r.text[a:b]) for a, b in item.tokens)

    x = j + 1
    # ("untuk Urusan Luar Negeri dan Kebijakan Keamanan <Name>": a field of several words, listed with "dan")
    # (a listed part of one word is the field's whatever its word: "untuk Terorisme dan ...")
    while x < n and (field_words(items[x])
                     or (items[x].kind in ("name", "word") and is_cap(items[x].text) and " " not in items[x].text
                         and items[x].text not in kit.function_words and x + 1 < n
                         and items[x + 1].kind == "word" and items[x + 1].text in kit.list_joiners)
                     or (x > j + 1 and items[x].kind == "word" and items[x].text in kit.list_joiners)):
        x += 1
    if x >= n or items[x].kind != "name" or len(items[x].tokens) < 3:
        return 0
    if x > j + 1 and (items[x - 1].kind != "word" or items[x].start != items[x - 1].end + 1):
        return 0
    # The field's words are no part of the name: "Intelijen | Cho Koo-rae" (the item keeps the name only);
    # the whole field may be glued to it ("untuk Urusan Politik Cho Koo-rae"), a name of two words at least.
    glued = 0
    while len(items[x].tokens) - glued > 2 and field_word(r.text[slice(*items[x].tokens[glued])]):
        glued += 1
    if not glued:
        return 0
    name = items[x].tokens[glued:]
    rest = items[x + 1] if x + 1 < n else None
    cut = items[x].end + (2 if r.text.startswith(". ", items[x].end) else 1)   # (after an initial: "Arvid P. | Sorenson")
    if (rest is not None and rest.kind == "name" and rest.start == cut
            and len(items[x].tokens) == MAX_NAME_TOKENS and len(name) + len(rest.tokens) <= MAX_NAME_TOKENS):
        # "untuk Urusan Politik Kang Min | Ho": the run was cut at its longest inside the name; the
        # field keeps its item (claimed below), the name its words on both sides of the cut.
        field = items[x].tokens[:glued]
        items[x] = Item("name", field[0][0], field[-1][1], r.text[field[0][0]:field[-1][1]], tokens=field)
        name = name + rest.tokens
        x += 1
    items[x] = Item("name", name[0][0], name[-1][1], r.text[name[0][0]:name[-1][1]], tokens=name)
    for y in range(j + 1, x):
        if items[y].kind == "name":
            c.claimed.add(items[y].start)
    return x


def _kin_noun(kit, word: str) -> bool:
    """A kinship noun (function_words.yaml kin_words), bare or with its possessive suffix ("putrinya")."""
    return word in kit.kin_words or possessed_kin(kit, word) is not None


def _post_names(c: _Clause, p: _Post) -> list[Item] | None:
    """The names after the post (`A dan B`); None when there are none (the post waits, or chains to
    the next post) or the comma parts a headline's clauses."""
    r, items, n, kit = c.r, c.items, c.n, c.r.kit
    p.comma = p.j < n and items[p.j].text in SET_OFF
    dash = p.comma and items[p.j].text != ","
    if p.comma:
        p.j += 1
    j = p.j
    if p.comma and j < n and items[j].kind == "word" and items[j].text.lower() in kit.relative_openers:
        # "Manajer Umum X Tours, yang berbasis di Beijing, Nama, ...": past a relative clause in commas
        # that names no one, the holder.
        close = next((i for i in range(j + 1, min(n, j + RELATIVE_CLAUSE_ITEMS)) if items[i].text == ","), None)
        if (close is not None and close + 1 < n and is_name(items[close + 1])
                and not any(is_name(items[i]) or items[i].kind == "role" for i in range(j + 1, close))
                and not _kin_noun(kit, items[close - 1].text.lower())):
            # (not "Pemimpin X, yang didampingi putrinya, Nama,": the name set off after a kinship noun is
            # the relative the clause names)
            j = p.j = close + 1
    if (not p.comma and p.k >= 2 and items[p.k - 1].text == "," and is_name(items[p.k - 2]) and j < n
            and (j + 1 == n or items[j + 1].text in CLAUSE_CLOSE) and _region_after_apposed_post(c, p, items[j])):
        # "Arvo Melkin, Gubernur Dolmir.": the region an apposed post governs, no holder of its own.
        r.add_other("place", None, Span(items[j].start, items[j].end), "place:role-region")
        c.claimed.add(items[j].start)
        return None
    if (not p.comma and j + 2 < n and items[j + 1].text == "," and _region_set_off(c, p, items[j], items[j + 2])):
        # "Gubernur Provinsi Dolmir, Nama Lengkap", "Gubernur Dolmir, Nama Lengkap": the region the post
        # governs, then its holder set off by a comma.
        region = items[j]
        c.claimed.add(region.start)
        r.add_other("place", None, Span(region.start, region.end), "place:role-region")
        if not p.affs:
            p.affs = [region.text]
            if r.text[p.tail_end:region.start].strip() == "":
                p.tail_end = region.end
        j = p.j = j + 2
        p.comma = True
    if (c.title_case and p.comma and j < n and items[j].kind == "name" and len(items[j].tokens) == 1
            and not (j + 1 < n and items[j + 1].text == ",")):
        return None      # "Menlu Terima Dubes Rusia, Tawarkan ...": a headline's next clause
    names = []
    while j < n and is_name(items[j]):
        names.append(items[j])
        if j + 2 < n and items[j + 1].text in kit.list_joiners and is_name(items[j + 2]):
            j += 2
        else:
            break
    # (not after a comma: "Direktur Lembaga X, Wirajaya, Kesepakatan ...": a one-word name set off
    # after the post and its body is the holder, not whose post it is)
    possessor = (kit.shapes["post_possessors"].match_at(items, j, TITLE_CASE if c.title_case else ())
                 if len(names) == 1 and not p.comma else None)
    if possessor is not None:
        possessor_start = names[0].start
        # "Penasihat luar negeri Putin, Yuri X, mengatakan", "Ajudan Putin bernama Yury X": the post
        # is of the person named after; the one-word name before is whose aide they are.
        if not any(o.text.split()[0] == names[0].text for o in r.org_items):
            # ("kepala Saebyeol, Nama Lengkap": the first word of a body named here is that body's short name)
            name_found(r, names[0], "possessor", c.title_case, c.claimed)
        j = possessor.at("holder")
        names = [items[j]]
        r.possessors[items[j].start] = possessor_start
    p.j = j
    if dash and len(names) > 1 and j + 1 < n and items[j + 1].text in SET_OFF and items[j + 1].text != ",":
        # "wakil ketua Komite X yang berkuasa – A dan B –": names set off by dashes after a post each hold it.
        p.dashed = True
    if not names:
        r.pending.append(PendingPost(p.item, p.tail_end, p.affs[-1] if p.affs else None))
        # "Panglima Angkatan Laut Lurania, Laksamana X": the first post as stated names its body.
        # (set off by a comma: without one the rank runs into the post, "Juru bicara JCS Kolonel X")
        stated = (_stated_end(c, p.item, p.before, j, p.tail_end)
                  if p.comma and p.before <= j and not p.sides and not p.complement else p.tail_end)
        c.lead = chained_post(r, items, p.k, j, p.item, stated, p.affs, c.lead)
        return None
    return names


def _region_set_off(c: _Clause, p: _Post, region: Item, holder: Item) -> bool:
    """`<post> <region>, <Full Name>`: the capitalised run right after the post names a region (a place
    head opens it, "Provinsi Dolmir"; or one word after a post that governs a region, "Gubernur Dolmir"),
    and a full name follows the comma."""
    kit = c.r.kit
    if region.kind != "name" or holder.kind != "name" or len(holder.tokens) < 2 or len(region.tokens) > 3:
        return False
    first = c.r.text[region.tokens[0][0]:region.tokens[0][1]]
    if len(region.tokens) >= 2:
        return first in kit.place_name_heads
    return (fold(p.item.text) in kit.regional_posts and first not in kit.korean_surnames
            and fold(first) not in kit.given_names)


def _region_after_apposed_post(c: _Clause, p: _Post, region: Item) -> bool:
    """`X Y, Gubernur Dolmir`, `X Y, Gubernur Provinsi Dolmir`: the run closing an apposed post names its
    region (one word after a post that governs a region, or a run a place head opens)."""
    kit = c.r.kit
    if region.kind != "name" or len(region.tokens) > 3:
        return False
    first = c.r.text[region.tokens[0][0]:region.tokens[0][1]]
    if len(region.tokens) >= 2:
        return first in kit.place_name_heads
    return fold(p.item.text) in kit.regional_posts and first not in kit.korean_surnames


def _chain_of(c: _Clause, p: _Post) -> Chain | None:
    """The chained post this post completes, when the first post is the holder's role."""
    items, n, j = c.items, c.n, p.j
    chain = c.lead if c.lead is not None and c.lead.next == p.k else None
    c.lead = None
    if chain is not None and (c.title_case and not chain.is_role or chain.adjacent and j + 2 < n
                              and items[j + 1].text == "," and is_name(items[j + 2])):
        # "Juru Bicara Sekretaris Jenderal PBB X, Y,": Y holds the first post, X the second;
        # a headline's comma parts clauses ("Terima Wakil PM Rusia, Menlu X ...").
        if not c.title_case:
            _first_post_holder(c, p, chain)
        chain = None
    if chain is not None and chain.adjacent and _apposition_post(c, chain.role):
        # "X, wakil penasihat ekonomi Presiden Korea Selatan Y": the posts written as one are X's
        # (the apposition's); Y holds the last post only.
        chain = None
    if chain is not None and not p.affs and chain.affiliation:
        p.affs = [chain.affiliation]
    if chain is not None and not chain.is_role:
        chain = None      # "Perwakilan Jepang, Duta Besar X": the post after the comma is X's
    return chain


def _first_post_holder(c: _Clause, p: _Post, chain: Chain) -> None:
    """`juru bicara Presiden Rusia X, Y,`: Y, set off after the second post's holder, holds the first
    post, stated up to X (`juru bicara Presiden Rusia`), for the body the second post serves."""
    items, n, j = c.items, c.n, p.j
    holder = items[j + 2]
    if holder.kind == "role" or j + 3 < n and (items[j + 3].text not in CLAUSE_CLOSE or j + 4 < n
                                                and items[j + 4].text in c.r.kit.list_joiners):
        return      # (a list of names goes on: "A, B dan C", "A, B, dan C")
    aff = p.affs[-1] if p.affs else chain.affiliation
    name_found(c.r, holder, "role-first", c.title_case, c.claimed, role=chain.role, tail_end=items[j - 1].end,
               affiliation=aff)


def _apposition_post(c: _Clause, role: Item) -> bool:
    """The post at `role` is an apposition's (`X, <post>`, `X, seorang <post>`): the `appositions`
    shape matches with its role label on it."""
    at = next((x for x in range(c.n) if c.items[x] is role), None)
    return at is not None and c.r.kit.shapes["appositions"].match_label_at(c.items, at, "role") is not None


def _holders_places(c: _Clause, p: _Post, names: list[Item]) -> None:
    """A region opening a holder's name run, a body after the name, a body shared with a post before."""
    r, items, k, kit = c.r, c.items, p.k, c.r.kit
    for index, name in enumerate(names):
        cut = place_prefix(r, name) or (region_word(r, name) if fold(p.item.text) in kit.regional_posts else 0)
        if cut:
            # "Gubernur Wilayah Amur Ivan Sokolov": the region the post serves, then the person.
            a, b = name.tokens[0][0], name.tokens[cut - 1][1]
            c.claimed.add(name.start)
            r.add_other("place", None, Span(a, b), "place:role-region")
            rest = name.tokens[cut:]
            names[index] = Item("name", rest[0][0], name.end, r.text[rest[0][0]:name.end], tokens=rest)
            if not p.affs and len(names) == 1:
                p.affs = [r.text[a:b]]
                if r.text[p.tail_end:a].strip() == "":
                    p.tail_end = b      # the post as stated: "Gubernur Khabarovsk Krai"
        elif word_before_given_name(r, name) and not p.affs:
            # "pimpinan perusahaan Vektorprom Ivan Petrov": the word glued before the holder's given name
            # names the body he heads.
            a, b = name.tokens[0]
            c.claimed.add(name.start)
            r.add_other("organization", None, Span(a, b), "organization:before-given-name")
            rest = name.tokens[1:]
            names[index] = Item("name", rest[0][0], name.end, r.text[rest[0][0]:name.end], tokens=rest)
            p.affs = [r.text[a:b]]
    if names and not p.affs and linked_body(r, items, p.j + 1):
        # "Profesor Name dari Universitas X": the body after the name.
        aff = affiliation_of(r, items[p.j + 2])
        p.affs = [aff] if aff else []
    if (names and not p.affs and c.coordinated is not None and k >= 2 and c.coordinated[0] == k - 2
            and items[k - 1].text in kit.list_joiners and all(nm.kind == "name" for nm in names)
            and not any(it.kind == "word" and it.text.lower() in kit.between for it in items[:k])):
        # "Menlu Korsel X dan Menhan Y": a post joined to one placed before shares its body
        # (not "antara <leader of A> X dan <leader of B> Y": two sides).
        p.affs = [c.coordinated[1]]


def _names_are_bodies(c: _Clause, p: _Post, names: list[Item]) -> bool:
    """The names after the post are a body, no person: `X, direktur biro perjalanan Y` (the post
    names its body's kind), `wartawan kantor berita Prensa Latina` (a medium)."""
    r, items, k, item, n = c.r, c.items, p.k, p.item, c.n
    rule = None
    if (names and k >= 2 and items[k - 1].text == "," and is_name(items[k - 2]) and not p.affs
            and p.before < n and items[p.before] is names[0] and item.text[:1].islower()
            and " " in r.text[item.start:p.tail_end] and all(nm.kind == "name" for nm in names)
            and not (len(names) == 1 and len(names[0].tokens) == 1 and fold(names[0].text) in r.kit.country_words)):
        # "X, direktur biro perjalanan Y": the post after an apposition's comma names its
        # body's kind, and Y is that body, no second person (not "X, direktur program Korea di ...": a
        # word of a country's name is the programme's field).
        rule = "organization:role-object"
    elif (names and not p.affs and p.tail_end > item.end and all(nm.kind == "name" for nm in names)
            and r.kit.source_cue.search(r.text, item.end, p.tail_end + 1)):
        # "wartawan kantor berita Prensa Latina": the post's words end with a medium's kind, and the
        # name after it is that medium, no person.
        rule = "organization:source-cue"
    elif (names and not p.comma and not p.affs and p.before < n and items[p.before] is names[0]
            and _employee(r, item) and all(nm.kind == "name" for nm in names)
            and not (len(names[0].tokens) == 1 and r.common(fold(names[0].text)))):
        # (Not one common word capitalised by a title's style: "Menyamar Jadi Pekerja Bangunan".)
        # "seorang karyawan Lurin Air mengatakan": the words after a worker's head name the
        # employer; its holder is set off by a comma ("Salah satu pekerja, X,").
        rule = "organization:employer"
    if rule is None:
        return False
    for name in names:
        if name.start not in c.claimed:
            c.claimed.add(name.start)
            r.add_other("organization", None, Span(name.start, name.end), rule)
    if rule == "organization:role-object" and len(names) == 1:
        # "X, direktur biro perjalanan Y": X works for Y.
        holder = items[k - 2].start
        for person in r.people.values():
            if person.affiliation is None and any(m.span.start == holder for m in person.mentions):
                person.affiliation = names[0].text
    return True


def _parallel_holder(c: _Clause, p: _Post, names: list[Item]) -> tuple[Item, str] | None:
    """A second holder of a post linked to its body (`<post> dari A, X, dan Y dari B`): Y, with the
    body linked after Y the same way; None when the phrases are not parallel."""
    r, items, n, kit = c.r, c.items, c.n, c.r.kit
    if not (p.linked and p.affs and names and len(names) <= 2):
        return None
    at = next((x for x in range(p.j, n) if items[x] is names[0]), None)
    if at is None:
        return None
    y = at + 1
    if y < n and items[y].text == ",":
        y += 1
    if not (y + 3 < n and items[y].kind == "word" and items[y].text in kit.list_joiners
            and items[y + 1].kind == "name" and (len(names) == 1 or items[y + 1] is names[1])
            and items[y + 2].kind == "word" and items[y + 2].text in kit.member_links
            and linked_body(r, items, y + 2) and items[y + 1].start not in c.claimed):
        return None
    aff = affiliation_of(r, items[y + 3])
    return (items[y + 1], aff) if aff else None


def _employee(r: Reading, role: Item) -> bool:
    """A worker's post (`karyawan`, `pekerja`): the capitalised words after it are the employer."""
    return fold(role.text.split()[-1]) in r.kit.employee_heads


def _holders(c: _Clause, p: _Post, names: list[Item], chain: Chain | None) -> None:
    """The post's holders, each with the post (or the chained post) and the body it serves."""
    r, items, k, n, kit, affs = c.r, c.items, p.k, c.n, c.r.kit, p.affs
    for body in items[k + 1:p.j]:
        if names:
            served_country(r, body)
    # "Menteri Luar Negeri A dan B": a singular post is A's only; B is named beside A, not given
    # A's post (unless the post is plural: "para menteri A dan B", "kedua pemimpin, A dan B").
    plural = len(names) > 1 and (len(affs) == len(names) or p.sides or p.dashed or (
        k and items[k - 1].kind == "word" and items[k - 1].text.lower() in kit.plural_markers))
    shared = _parallel_holder(c, p, names)
    if shared is not None:
        # "Anggota parlemen dari Partai A, X, dan Y dari Partai B": one post, each holder for the
        # body named after them.
        name, aff = shared
        if len(names) > 1:
            names = names[:1]
        name_found(r, name, "role-shared", c.title_case, c.claimed, role=p.item, tail_end=p.tail_end,
                   affiliation=aff)
    if len(names) > 1 and not plural:
        for name in names[1:]:
            name_found(r, name, "listed", c.title_case, c.claimed)
        names = names[:1]
    for index, name in enumerate(names):
        aff = (affs[index] if len(affs) == len(names) and len(names) > 1 and not p.dashed
               else (affs[-1] if affs else None))
        if chain is not None:
            end = chain.end
            if chain.adjacent and index == 0:
                # "Utusan Presiden Rusia untuk Distrik X, Name": two posts written as one, stated
                # up to the name.
                at = next(x for x in range(n) if items[x] is name)
                prior = items[at - 1] if items[at - 1].text != "," else items[at - 2]
                end = max(end, prior.end)
            name_found(r, name, "role", c.title_case, c.claimed, role=chain.role, tail_end=end, affiliation=aff)
        else:
            end = p.tail_end
            if len(names) == 1 and not p.sides and not p.complement and p.before <= p.j:
                # "Juru Bicara Kementerian Luar Negeri Rusia X", "Duta Besar Rusia untuk PBB, X": the
                # post as stated names the body it belongs to or whom it serves.
                end = _stated_end(c, p.item, p.before, p.j, end)
                if p.field_end:
                    # "Wakil Menteri Luar Negeri Jepang untuk Strategi dan Intelijen X": the field
                    # after `untuk` is the post's, as stated.
                    end = max(end, p.field_end)
            name_found(r, name, "sides" if p.sides else "role", c.title_case, c.claimed, role=p.item,
                       tail_end=end, affiliation=aff)
        if aff:
            c.coordinated = (p.j, aff)


def _read_apposition(c: _Clause, k: int, item: Item, post: int, secondary: bool = False, bare: bool = False) -> None:
    """`<Name>, <role> [affil...]`: the post an apposition gives the name before it (where the post
    stands is the `appositions` shape that matched: shapes.yaml). A `secondary` post (`X yang juga
    <post>`) gives a registered person no affiliation: the register's stands."""
    r, items, n, kit, title_case = c.r, c.items, c.n, c.r.kit, c.title_case
    role = items[post]
    j, affs = post + 1, []
    tail_end = role.end
    m = _apposition_tail(c, j)
    tail = m - j
    if tail:
        # "X, dosen ilmu politik Universitas Y": the words describe the post.
        tail_end, j = items[m - 1].end, m
        if not (m < n and items[m].kind in ("ent", "org")):
            # "X, pimpinan organisasi yang ...", after "organisasi <Body>": the body the kind named before.
            generic = kind_body(r, items[m - 1].text, role.start)
            if generic:
                affs.append(generic)
    after_tail = j if tail_end > role.end else 0
    if (j + 1 < n and (items[j].kind == "ent" and items[j].entry_kind == "place"
                       or (items[j].kind == "ent" and items[j].entry_kind == "country"
                           or items[j].kind == "name" and len(items[j].tokens) == 1
                           and fold(items[j].text) in kit.country_words)
                       and j + 2 < n and items[j + 2].entry_kind != "country")
            and linked_body(r, items, j + 1)):
        # "X, pakar keamanan Asia Tenggara di Universitas Y": the region is the post's field ("X,
        # direktur program Korea di Lembaga Y": so is a country, when the body the person serves follows).
        tail_end, j = items[j].end, j + 1
    # "Lee ..., profesor di Universitas X": the body after a linking preposition.
    if (j + 1 < n and items[j].kind == "word" and items[j].text in kit.affiliation_links
            and items[j + 1].kind in ("ent", "org") and items[j + 1].entry_kind != "place"):
        j += 1
    # "X, Direktur Jenderal Urusan Eropa Kementerian Y": as before a name, the field or the unit completes
    # the post; the body after it is the affiliation.
    complement = role_complement(r, items, j, c.claimed, holder=False) if tail_end == role.end and j == post + 1 else j
    tail_end, j = (items[complement - 1].end, complement) if complement > j else (tail_end, j)
    member = member_body(r, role, items, j) if tail_end == role.end else None
    if member is not None:
        # "X, wakil ketua Dewan Keamanan Rusia": as before a name, a member's post names its council.
        tail_end, aff, j = member
        if aff:
            affs.append(aff)
    if (j == post + 1 and j < n and items[j].kind == "name" and _employee(r, role)
            and items[j].start not in c.claimed):
        # "X, seorang karyawan Lurin Air": the worker's employer, a body and X's affiliation.
        c.claimed.add(items[j].start)
        r.add_other("organization", None, Span(items[j].start, items[j].end), "organization:employer")
        affs.append(items[j].text)
        j += 1
    # "X, perwakilan resmi Kementerian Y": after the post's lower-case words too, a body completes the post
    # as stated (a calling's words only describe it: `_stated_end` keeps its body out).
    bodies = j if (tail_end == role.end and j == post + 1) or j == after_tail else 0
    posts = j
    if bodies:
        # "X, wakil penasihat ekonomi Presiden Korea Selatan": a post of a post, written as one
        # (only spaces between the posts); the post as stated runs over them and their body.
        while posts < n and items[posts].kind == "role" and items[posts].start == items[posts - 1].end + 1:
            posts += 1
    if posts > j:
        tail_end, j, bodies = items[posts - 1].end, posts, 0
    chained = tail_end > role.end and j > post + 1 and items[j - 1].kind == "role"
    while j < n and items[j].kind in ("ent", "org"):
        # ("X, pengamat di Institut Y Seoul": the city after a body is where it sits, not whom X serves)
        aff = None if affs and _seat_of_body(items[j - 1], items[j]) else affiliation_of(r, items[j])
        if aff:
            affs.append(aff)
            served_country(r, items[j])
        j += 1
    if chained and items[j - 1].kind in ("ent", "org"):
        tail_end = items[j - 1].end
    if post > k + 2 and j < n and is_name(items[j]) or bare and _opens_next_clause(c, k, j):
        return      # "X, yang juga bertemu Menteri Y Z": the role introduces Z, not X
    if bodies > post and (tail_end == role.end or j > bodies and tail_end == items[bodies - 1].end):
        # "X, anggota Partai Y ...", "X, mantan duta besar Korea untuk Rusia,": the post as stated.
        tail_end = _stated_end(c, role, bodies, _untuk_end(c, j), tail_end)
    claim_untuk(r, items, j, c.claimed)
    if secondary and item.kind == "ent":
        affs = []
    name_found(r, item, "apposition", title_case, c.claimed, role=role, tail_end=tail_end,
               affiliation=affs[-1] if affs else None, refine=True)


def _opens_next_clause(c: _Clause, k: int, j: int) -> bool:
    """`dengan pemimpin Z X, presiden Y menyebut ...`: a bare post after the name X (at k, with a post right
    before it) runs into a verb said of people at j: the post is the next clause's subject (`BARE_POSTS`)."""
    items = c.items
    return j < c.n and items[j].text in c.r.kit.cues_after and any(it.kind == "role" for it in items[max(0, k - 2):k])


def _apposition_tail(c: _Clause, j: int) -> int:
    """Where the lower-case words after an apposition's post end (`X, dosen ilmu politik ...`), or `j`
    when they run on into the clause (a verb said of people ends them: `X seorang wartawan mengatakan`)."""
    items, n, kit = c.items, c.n, c.r.kit

    def post_word(it: Item) -> bool:
        return (it.kind == "word" and it.text.islower() and it.text.lower() not in kit.breakers
                and it.text not in kit.cues_after)

    m = j
    while m < n and m - j < ROLE_TAIL_WORDS and post_word(items[m]):
        m += 1
    return j if m < n and post_word(items[m]) else m


def _seat_of_body(body: Item, place: Item) -> bool:
    """A place (a city, a region) right after a body (`Institut X Seoul`): where the body sits."""
    return (place.kind == "ent" and place.entry_kind == "place"
            and (body.kind == "org" or body.kind == "ent" and body.entry_kind == "organization"))


def _stated_end(c: _Clause, role: Item, start: int, stop: int, end: int) -> int:
    """Where the post as the text states it ends, given its complement (items start..stop): past it
    when the complement names a body or the `untuk` clause of whom it serves (`Juru Bicara
    Kementerian Luar Negeri Rusia`, `Duta Besar Rusia untuk PBB`), else `end` unchanged (a bare
    country is the affiliation, not part of the post: `Presiden Rusia`; the body a calling is
    practised at is the holder's affiliation, not part of the post: `Peneliti Lembaga X`)."""
    items, kit = c.items, c.r.kit
    if _calling(kit, role):
        return end
    while start < stop and items[start].start < end:
        start += 1    # words the post already holds ("Sekretaris Dewan Keamanan", a region)
    while stop > start and items[stop - 1].text == ",":
        stop -= 1
    served = linked = False
    complement = _without_short_forms(items, start, stop)
    for it in complement:
        if it.kind in ("ent", "org", "place") and it.entry_kind != "person":
            served = served or it.kind == "org" or (it.kind == "ent" and it.entry_kind not in ("country", "place"))
        elif it.kind == "word" and it.text in kit.org_links and it is not complement[-1]:
            served = linked = True
        elif not (linked and _field_item(c, it)):
            # (after `untuk`, the field the post serves: "untuk Keamanan Nasional", "untuk urusan Semenanjung Korea")
            return end
    if not complement or not _field_closed(complement[-1]):
        return end
    if (len(complement) >= 2 and complement[-1].entry_kind == "country"
            and (complement[-2].kind == "org" or complement[-2].entry_kind not in (None, "country", "place"))):
        complement.pop()     # "Juru Bicara Kementerian Pertahanan Amerika Serikat": the state is the affiliation
    if not served or not complement:
        return end
    if len(c.r.text[end:complement[-1].end].split()) > STATED_COMPLEMENT_WORDS:
        return _body_before_link(c, complement, end)
    return _before_short_form(complement[-1])


def _body_before_link(c: _Clause, complement: list[Item], end: int) -> int:
    """A complement too long to keep whole (`Utusan Khusus Kementerian X untuk Isu Y Z`): the body
    before its link word (`untuk`) still completes the post, when it is short; else `end` unchanged."""
    kit, text = c.r.kit, c.r.text
    for i, it in enumerate(complement):
        if it.kind == "word" and it.text in kit.org_links:
            body = complement[:i]
            if (any(it.kind == "org" or it.kind == "ent" and it.entry_kind not in ("country", "place") for it in body)
                    and body[-1].kind in ("ent", "org") and _field_closed(body[-1])
                    and len(text[end:body[-1].end].split()) <= STATED_COMPLEMENT_WORDS):
                return _before_short_form(body[-1])
            break
    return end


def _before_short_form(body: Item) -> int:
    """Where a body closing a post ends for the post: before a short form in brackets that the body's
    name carries with its country ("Kementerian Luar Negeri (Kemlu) Rusia": the post ends at "Negeri",
    the country is the affiliation)."""
    cut = body.text.find(" (") if body.kind in ("org", "ent") else -1
    return body.start + cut if cut > 0 else body.end


def _without_short_forms(items: list[Item], start: int, stop: int) -> list[Item]:
    """The items start..stop without a body's short form in brackets ("Kementerian Luar Negeri (Kemlu)
    Rusia"): no word of the post as stated."""
    kept, x = [], start
    while x < stop:
        if x > start and items[x - 1].kind == "org" and x + 2 < stop and acronym_in_brackets(items, x):
            x += 3
            continue
        kept.append(items[x])
        x += 1
    return kept


def _calling(kit, role: Item) -> bool:
    """A post held for no state, a calling (`private_heads`: `peneliti`, `analis`, `profesor`), at any
    word of the post (after a modifier: `mantan peneliti`, `peneliti senior`)."""
    words = fold(role.text).split()
    return any(" ".join(words[i:]).startswith(kit.private_heads) for i in range(len(words)))


def _untuk_end(c: _Clause, j: int) -> int:
    """Past `untuk <body or country>` at j when a comma or the clause's end closes it, else j."""
    items, n = c.items, c.n
    if not (j < n and items[j].kind == "word" and items[j].text in c.r.kit.org_links):
        return j
    m = j + 1
    while m < n and (items[m].kind in ("ent", "org", "place") and items[m].entry_kind != "person"
                     or _field_item(c, items[m])):
        m += 1
    # (the clause closes with a comma or the sentence: "kata X, Duta Besar Lurania untuk PBB.")
    return m if m > j + 1 and _field_closed(items[m - 1]) and (m == n or items[m].text in CLAUSE_CLOSE) else j


def _field_item(c: _Clause, it: Item) -> bool:
    """A word of the field an `untuk` clause gives a post (`untuk Keamanan Nasional`, `untuk urusan
    Semenanjung Korea`, `untuk Strategi dan Intelijen`): a capitalised word, a field word, a joiner."""
    kit = c.r.kit
    return (it.kind == "name" or it.kind == "word" and (is_cap(it.text) or it.text.lower() in kit.field_words
                                                        or it.text in kit.list_joiners))


def _field_closed(it: Item) -> bool:
    """The last item of a post as stated: an entity or a capitalised word, never a joiner or field word."""
    return it.kind in ("ent", "org", "place", "name") or (it.kind == "word" and is_cap(it.text))


def chained_post(r: Reading, items: list[Item], k: int, j: int, role: Item, tail_end: int,
                 affs: list[str], lead: Chain | None) -> Chain | None:
    """A post with no name of its own, followed by another post (the `post_links` shapes, matched at
    j, right after the post's words, bodies and comma), or None. `Wakil Perdana Menteri sekaligus
    utusan ...`, `utusan presiden ...`, `Komandan Armada X, Laksamana Y`, `Juru bicara JCS Kolonel Y`:
    the first post is the role (a rank is only a grade); `Perwakilan Jepang, Duta Besar Y`: the post
    right after a comma is the role, the body before it the affiliation."""
    kit = r.kit
    if lead is not None and lead.next != k:
        lead = None
    found = kit.shapes["post_links"].match_at(items, j)
    if found is None:
        return None
    nxt = found.at("next")
    rank = fold(items[nxt].text) in kit.ranks
    after_comma = items[nxt - 1].text == ","
    aff = affs[-1] if affs else (lead.affiliation if lead else None)
    # "utusan presiden X": two posts written as one (the first unless X's apposition follows); a rank
    # after a post is only a grade.
    adjacent = nxt == j and not after_comma and not rank
    use_role = rank or not after_comma
    if lead is not None and lead.is_role:
        return Chain(lead.role, lead.end, nxt, aff, use_role, adjacent and lead.adjacent)
    return Chain(role, tail_end, nxt, aff, use_role, adjacent)


def place_prefix(r: Reading, item: Item) -> int:
    """`Wilayah Amur Ivan Sokolov`, `Khabarovsk Krai Ivan Sokolov` right after a role: how
    many leading tokens name the region (a place head and its word, or up to a region's closing word),
    with at least two left for the person; 0 when none do."""
    if item.kind != "name" or len(item.tokens) < 3:
        return 0
    words = [r.text[a:b] for a, b in item.tokens]
    for i in range(1, len(words) - 2):
        if words[i] in r.kit.place_tails:
            return i + 1
    if words[0] in r.kit.place_name_heads:
        i = 2
        while i < len(words) and words[i] in r.kit.region_words:
            i += 1
        return i if len(words) - i >= 2 else 0
    return 0


def region_word(r: Reading, item: Item) -> int:
    """`Gubernur Tambov Sergei Volkov` right after a post that governs a region (titles.yaml
    `regional_posts`): 1 when the run's first word is the region (three words or more, the first no
    family name, known given name or hyphenated word, the second no patronymic), else 0."""
    if item.kind != "name" or not 3 <= len(item.tokens) <= 4:
        return 0
    kit = r.kit
    first, second = (r.text[a:b] for a, b in item.tokens[:2])
    if (first in kit.korean_surnames or fold(first) in kit.given_names or "-" in first or not first[1:].islower()
            or second.endswith(kit.patronymic_endings)):
        return 0
    return 1


def place_before_name(r: Reading, items: list[Item], k: int) -> bool:
    """`untuk Distrik Federal Ural Pavel Orlov`: a run opened by a place head, right before a name."""
    item = items[k]
    return (item.kind == "name" and len(item.tokens) >= 2 and k + 1 < len(items) and is_name(items[k + 1])
            and r.text[item.tokens[0][0]:item.tokens[0][1]] in r.kit.place_name_heads)


def linked_body(r: Reading, items: list[Item], j: int) -> bool:
    """`dari Universitas X` at j: a linking word, then a body (not a place, not a person)."""
    return (j + 1 < len(items) and items[j].kind == "word" and items[j].text in r.kit.affiliation_links
            and items[j + 1].kind in ("ent", "org") and items[j + 1].entry_kind not in ("person", "place"))


def role_complement(r: Reading, items: list[Item], j: int, claimed: set[int], portfolio: bool = False,
                    holder: bool = True) -> int:
    """`Direktur Jenderal Urusan Eropa Kementerian ... Park Min-seo`: capitalised words between a
    role and the body it serves complete the role, and so does a unit of that body (organizations.yaml
    part_heads: `Direktur Departemen Asia Kedua Kementerian ...`). They are no name when a body follows
    them and a name closes the run (`holder`; else, after an apposition's comma, the body closes it); the
    index of the first body is returned (else `j` unchanged)."""
    kit = r.kit
    n = len(items)
    # A portfolio role's own object is the list's first part ("Menteri Perdagangan, ...").
    k, content, listed, joined, last = j, int(portfolio), False, False, j
    # Capitalised words (a capitalised function word too), places, units, and for a portfolio a list
    # of them: "Ekonomi, Perdagangan, dan Industri".
    while k < n and k - j < ROLE_COMPLEMENT_SPAN and content <= ROLE_COMPLEMENT_ITEMS:
        it = items[k]
        if it.kind == "name" or (it.kind == "ent" and it.entry.kind == "place") or (
                it.kind == "word" and is_cap(it.text)) or _unit(kit, it):
            content, last = content + 1, k + 1
        elif it.text == "," and content:
            listed = True
        elif it.kind == "word" and it.text.lower() in kit.list_joiners and content:
            joined = True
        else:
            break
        k += 1
    k = last
    if (k == j or k >= n or not any(items[i].kind == "name" or (items[i].kind == "word" and is_cap(items[i].text))
                                    or _unit(kit, items[i]) for i in range(j, k))
            or (listed and not joined) or content > ROLE_COMPLEMENT_ITEMS):
        return j
    body = k
    if (portfolio and holder and not listed and not joined and items[body - 1].kind == "name" and len(items[body - 1].tokens) >= 2
            and any(items[i].kind != "word" or is_cap(items[i].text) for i in range(j, body - 1))
            and not (items[body].kind in ("ent", "org") and items[body].entry_kind != "person")):
        # "Menteri Pengembangan Timur Jauh Lurania Arvo Melkin": a portfolio the word lists do not know, then
        # its holder, with no body between.
        body = k = body - 1
        for i in range(j, body):
            if items[i].kind == "name":
                claimed.add(items[i].start)
        return body
    if portfolio and holder and not listed and items[body].kind == "ent" and items[body].entry_kind == "person":
        # "Menteri Pengembangan Timur Jauh Lurania <registered name>": the same, its holder known to the register.
        for i in range(j, body):
            if items[i].kind == "name":
                claimed.add(items[i].start)
        return body
    while k < n and items[k].kind in ("ent", "org") and items[k].entry_kind != "person":
        k += 1
    if holder and k < n - 1 and items[k].text == "," and is_name(items[k + 1]):
        k += 1        # "Direktur Asia Timur dan Pasifik Kementerian Luar Negeri X, Name"
    if k == body or (holder and (k >= n or not is_name(items[k]))):
        return j
    for i in range(j, body):
        if items[i].kind == "name":
            claimed.add(items[i].start)
    return body


def _unit(kit, it: Item) -> bool:
    """A unit of a body named as one (organizations.yaml part_heads: `Departemen Asia`, `Biro Operasi`)."""
    return it.kind == "org" and it.entry_kind is None and it.text.split(" ", 1)[0] in kit.part_heads


def claim_untuk(r: Reading, items: list[Item], j: int, claimed: set[int]) -> None:
    """`... untuk Urusan Multilateral`: capitalised words that complete a role are no name."""
    n = len(items)
    while j < n and items[j].text in r.kit.org_links:
        j += 1
        while j < n and (items[j].kind in ("name", "role", "ent", "org") or (
                items[j].text in r.kit.list_joiners and j + 1 < n and items[j + 1].kind in ("name", "role"))):
            if items[j].kind == "name":
                claimed.add(items[j].start)
            j += 1


def name_found(r: Reading, item: Item, rule: str, title_case: bool, claimed: set[int], *, role=None,
               tail_end=None, affiliation=None, refine=False) -> None:
    if item.start in claimed:
        if refine and role is not None:
            refine_post(r, item, role, tail_end, affiliation)
        return
    if item.kind != "ent" and len(item.tokens) == 2:
        # "A dan Bapak X": a form of address and a surname, no full name.
        item = r.without_honorific(item)
    if item.kind == "ent" or len(item.tokens) >= 2:
        if title_case and item.kind != "ent":
            return   # a headline's capitals are not evidence; the body must name them
        claimed.add(item.start)
        r.person(item, f"person:{rule}", role=role, tail_end=tail_end, affiliation=affiliation)
    else:
        if item.kind != "ent" and r.in_line(item.start) and r.common(fold(item.text)):
            return   # "Sekjen PBB Khawatir": a headline's verb after a role, no name
        if item.kind != "ent" and fold(item.text) in r.kit.country_words:
            return   # "presiden Korea yang ...": a word of a country's name, no person
        if item.kind != "ent" and item.text in r.kit.honorifics:
            return   # "Presiden X dan Bapak <registered name>": a form of address alone, no person
        if item.kind != "ent" and item.text in r.kit.region_words:
            return   # "pemandu wisata Barat": a compass word ("the West"), no person
        if item.kind != "ent" and cut_at_end(r, item):
            return   # "... Juru Bicara Depar": the page was cut inside the word after the post
        claimed.add(item.start)
        # In a headline one word after a post may be its verb ("Wamenlu Rusia Kunjungi Seoul"): there
        # it only names someone the body names.
        strong = not (title_case or r.in_line(item.start))
        r.refs.append(Ref(item, f"person:{rule}-surname", role, tail_end, affiliation, strong))


def refine_post(r: Reading, item: Item, role: Item, tail_end: int | None, affiliation: str | None) -> None:
    """`Profesor X, pakar keamanan Asia Tenggara di Universitas Y`: the post an apposition states
    replaces an academic title read before the name, and brings its body."""
    end = tail_end or role.end
    for person in r.people.values():
        if any(m.span.start == item.start for m in person.mentions):
            if person.role is not None and fold(person.role) in r.kit.academic:
                person.role, person.role_span = r.role_text(role.start, end), Span(role.start, end)
                if affiliation:
                    person.affiliation = affiliation
            return
