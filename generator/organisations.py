"""Actors pass, organisations: bodies built from a head word, their short forms, and one name per body.

`org_at` reads a body from its head (`Kementerian Luar Negeri Korea Selatan`, `Pusat Studi
Strategis dan Internasional`, `Institut X untuk Y (IXY)`); `skip_parenthetical` reads the short
form the text gives a body in brackets (`(NIS)`); `named_body` and `member_body` give the body a
post serves (`juru bicara kementerian`, `Sekretaris Dewan Keamanan Rusia`); `merge_short_orgs`
makes a bare or short name the one fuller body of the text (`Kemlu` = `Kementerian Luar Negeri X`).
"""
from __future__ import annotations

import re

from .actor_kit import ORDINAL, ORG_CLOSERS, ORG_FREE_WORDS, cited, is_cap, source_cued
from .affiliation import affiliation_of
from dataclasses import dataclass

from .cast import Item, Reading, acronym_in_brackets, closes_with, new_seen
from .dates import YEAR_MAX, YEAR_MIN     # numbers read as years: never a committee's number
from .lexicon import fold, slugify
from .model import Span

# Dashes joining two states in a bilateral name ("Xland-Yland", "Xland–Yland").
PAIR_DASHES = "-–"


def listed_portfolio(r: Reading, tokens, j: int, hits) -> bool:
    """From token j, the rest of a portfolio list: name words of a body (no post: "Jenderal") and commas,
    then a list joiner and a last name word ("Industri, dan Energi", "Industri dan Energi")."""
    kit, text = r.kit, r.text
    for k in range(j, min(len(tokens), j + 8)):
        word = text[tokens[k][0]:tokens[k][1]]
        if tokens[k][0] in hits:
            return False
        if word in kit.list_joiners:
            if k + 1 >= len(tokens) or tokens[k + 1][0] in hits:
                return False
            last = text[tokens[k + 1][0]:tokens[k + 1][1]]
            return last.lower() in kit.org_words and is_cap(last)
        if word != "," and not (word.lower() in kit.org_words and is_cap(word)
                                and not kit.title.match(text, tokens[k][0])):
            return False
    return False


@dataclass
class _Body:
    """An organisation's name being read from its head word, token by token."""

    a: int                      # where it starts
    head: str                   # the head word(s) as written ("Kementerian")
    j: int                      # the next token
    end: int                    # where the name read so far ends
    key_text: str               # the name as written so far
    proper: bool                # a head that names its body alone (Duma): no free words
    key: str = ""               # its identity key (the country part canonical)
    parts: int = 0              # words after the head
    free: int = 0               # capitalised words of its own ("Gadjah Mada")
    place_parts: int = 0        # known places inside the name
    first_free: tuple[int, int] | None = None   # (end, j) after the first free word, to fall back to
    number: int = 0             # a committee's number among its words ("Komite 1718")
    bracketed: bool = False     # a short form in brackets inside the name ("Kementerian X (Kemlu) Y")
    parent: bool = False        # the name closes with the body it is part of ("... Komite 1718", "... PBB")
    capital: bool = False       # a ministry's state named by its capital ("Kementerian X di Seoul")


def org_at(r: Reading, tokens: list[tuple[int, int]], i: int, hits: dict) -> tuple[Item, int] | None:
    """`Kementerian Luar Negeri Korea Selatan`, `Pusat Studi Strategis dan Internasional`: the body
    whose head word opens token i, and the index of the token after it; None when there is none."""
    kit, text = r.kit, r.text
    a = tokens[i][0]
    m = kit.org_head.match(text, a)
    if not m:
        return None
    j = i
    while j < len(tokens) and tokens[j][0] < m.end():
        j += 1
    if tokens[j - 1][1] != m.end():
        return None
    # "Ketua Duma Ivan Petrov": a head that names its body by itself takes no free words.
    b = _Body(a, m.group(), j, m.end(), text[a:m.end()], m.group() in kit.proper_heads)
    _own_words(r, tokens, hits, b)
    _parent_body(r, tokens, hits, b)
    _chamber(r, tokens, hits, b)
    if b.head in kit.panel_heads and not (b.parent and b.free):
        return None       # "Panel Ahli", "Panel PBB": with no body it serves or no words of its own, a common noun
    if (b.parts == b.free == 1 and b.head not in kit.committee_heads and b.j < len(tokens) and tokens[b.j][0] == b.end + 1
            and tokens[b.j][0] in hits and hits[tokens[b.j][0]][1].kind == "organization"):
        # "Kantor Berita Resmi KCNA": a kind of body and one word describing it, then the registered
        # body it describes: that body, not one of its own. (Not a committee: "Komite Pengarah <body>" is the
        # body's steering committee.)
        return None
    described = _kind_of_registered(r, tokens, hits, b)
    if described is not None:
        return described
    _closing_acronyms(r, tokens, hits, b)
    _country_after_brackets(r, tokens, hits, b)
    _country_after(r, tokens, hits, b)
    _untuk_tail(r, tokens, hits, b)
    if b.head in kit.agency_kinds and b.parts == 1 and b.key != b.key_text and b.j + 1 < len(tokens) \
            and text[tokens[b.j][0]:tokens[b.j][1]] == "," and is_cap(text[tokens[b.j + 1][0]:tokens[b.j + 1][1]]) \
            and text[tokens[b.j + 1][0]:tokens[b.j + 1][1]].lower() not in kit.calendar:
        return None       # "Kantor Berita Turki, Anadolu": the kind and country of the agency named next
    if (b.parts == 0 and not b.proper) or (b.parts == 1 and b.key != b.key_text and (
            b.key_text in kit.state_heads or b.key_text in kit.generic_heads)):
        return None
    if b.parts == 1 and b.place_parts == 1 and (b.head in kit.generic_heads or b.head in kit.state_heads):
        return None       # "Otoritas Seoul": the authorities of a capital, a common noun; "Pemerintah Seoul":
        # the capital standing for its state (FORMATS: the place), as "Pemerintah Korea" is the state
    if b.parts == 1 and b.head in kit.state_heads and fold(text[a:b.end].split()[-1]) in kit.country_words:
        return None       # "Pemerintah Korea": a state named by a word of its name, the state itself
    if fold(text[a:b.end]) in kit.common_bodies:
        return None       # "Badan Hukum", "Organisasi Internasional": a kind of body, a common noun
    entry = kit.by_surface.get(fold(b.key)) if b.bracketed or b.capital else None
    if entry is not None and entry.kind == "organization":
        return Item("ent", a, b.end, text[a:b.end], entry), b.j     # ("Kementerian X (Kemlu) Y": a registered body)
    return Item("org", a, b.end, text[a:b.end], key=b.key), b.j


def inner_short_form(r: Reading, item: Item) -> None:
    """`Badan X (BX) Y`: the short form defined inside a body's name names that body wherever the text writes it
    (as `skip_parenthetical` reads one after the name)."""
    m = _INNER_SHORT.search(item.text)
    if m is None:
        return
    entry = item.entry if item.kind == "ent" else None
    r.acronyms[m.group(1)] = (entry, item.key)
    start = item.start + m.start(1)
    r.add_other("organization", entry, Span(start, start + len(m.group(1))), "organization:acronym", item.key or None)


_INNER_SHORT = re.compile(r" \((\w+)\) ")


def _kind_of_registered(r: Reading, tokens: list[tuple[int, int]], hits: dict, b: _Body) -> tuple[Item, int] | None:
    """`Kantor Kepresidenan Cheong Wa Dae`, `Badan Antariksa Roscosmos`: a head and words of bodies' names, then
    right away a registered body whose own name opens with those words (`Kantor Kepresidenan Korea Selatan`):
    the words name that body's kind, the whole is a mention of it (the item and the next token); None otherwise."""
    if not b.parts or b.free or b.j >= len(tokens) or tokens[b.j][0] != b.end + 1 or tokens[b.j][0] not in hits:
        return None
    end, entry = hits[tokens[b.j][0]]
    if entry.kind != "organization":
        return None
    kind = slugify(b.key_text) + "-"
    if not any(slugify(name).startswith(kind) for name in (entry.name, *entry.aliases)):
        return None
    j = b.j
    while j < len(tokens) and tokens[j][0] < end:
        j += 1
    return Item("ent", b.a, end, r.text[b.a:end], entry), j


def _own_words(r: Reading, tokens: list[tuple[int, int]], hits: dict, b: _Body) -> None:
    """The name's own words after its head: name words, places, a listed portfolio, free words."""
    kit, text, a = r.kit, r.text, b.a
    while b.j < len(tokens):
        ta, tb = tokens[b.j]
        word = text[ta:tb]
        if ta in hits:
            if (not b.parts and b.head in kit.own_name_heads and hits[ta][1].kind == "organization"
                    and ta == b.end + 1):
                # "Bank Sputnik": a bank named after a registered body, a company of its own.
                b.end = hits[ta][0]
                while b.j < len(tokens) and tokens[b.j][0] < b.end:
                    b.j += 1
                b.parts, b.free = 1, 1
                b.key_text = text[a:b.end]
                continue
            if hits[ta][1].kind != "place":
                break
            # A region inside the name: "Institut Studi Asia Timur".
            p_end = hits[ta][0]
            while b.j < len(tokens) and tokens[b.j][0] < p_end:
                b.j += 1
            b.end, b.parts, b.place_parts = p_end, b.parts + 1, b.place_parts + 1
            b.key_text = text[a:b.end]
            continue
        if word.lower() in kit.org_words and is_cap(word):
            b.end, b.parts, b.j = tb, b.parts + 1, b.j + 1
            if word.lower() in kit.bound_prefixes and _bound_word(text, tokens, b):
                b.end, b.parts, b.j = tokens[b.j][1], b.parts + 1, b.j + 1
            b.key_text = text[a:b.end]
            continue
        if b.parts and word.lower() in kit.joint_words and is_cap(word) and _joins(text, tokens, hits, b.j + 1):
            b.end, b.parts, b.j = tb, b.parts + 1, b.j + 1
            b.key_text = text[a:b.end]
            continue
        if (word in kit.list_joiners and b.j + 1 < len(tokens) and tokens[b.j + 1][0] not in hits
                and text[tokens[b.j + 1][0]:tokens[b.j + 1][1]].lower() in kit.org_words
                and is_cap(text[tokens[b.j + 1][0]:tokens[b.j + 1][1]])):
            b.j += 1
            continue
        if word == "," and b.parts and listed_portfolio(r, tokens, b.j + 1, hits):
            # "Kementerian Perdagangan, Industri, dan Energi": a portfolio listed with commas.
            b.j += 1
            continue
        if _committee_number(kit, b, word):
            # "Komite 1718", "Komite Sanksi 1718": a committee named by its number (no year).
            b.end, b.parts, b.number, b.j = tb, b.parts + 1, 1, b.j + 1
            b.key_text = text[a:b.end]
            continue
        if any(word.lower().endswith(suffix) and word.lower()[:-len(suffix)] in kit.org_words
               for suffix in kit.possessive):
            break       # "Angkatan Udaranya" (its air force): a word of bodies' names with its possessive
        if (b.parts == b.free < ORG_FREE_WORDS and not b.proper and is_cap(word) and word not in kit.function_words
                and (fold(word) in kit.employee_heads or not kit.title.match(text, ta))
                and word.lower() not in kit.calendar):
            # The body's own name right after its head: "Dewan Federasi", "Universitas Gadjah
            # Mada" ("Partai Buruh": a worker's head names the body's members).
            b.end, b.parts, b.free, b.j = tb, b.parts + 1, b.free + 1, b.j + 1
            b.key_text = text[a:b.end]
            if b.first_free is None:
                b.first_free = (b.end, b.j)
            continue
        break
    _eponym_closing(r, tokens, hits, b)
    _ordinal_closing(r, tokens, b)
    if b.free > 1 and b.parts == b.free and b.j < len(tokens) and text[tokens[b.j][0]:tokens[b.j][1]] not in ORG_CLOSERS \
            and not (tokens[b.j][0] in hits and hits[tokens[b.j][0]][1].kind == "country"):
        # Several free words run on into what may be a person ("Universitas Andalas Rudi
        # Hartawan menilai"): only a closing mark, or the body's country right after them ("Dinas
        # Pajak Ekspor Negeri"), shows they all belong to the name.
        b.end, b.j = b.first_free
        b.parts = b.free = 1
        b.key_text = text[a:b.end]


def _bound_word(text: str, tokens: list[tuple[int, int]], b: _Body) -> bool:
    """The token after a prefix written apart ("Antar Pemerintah") is a capitalised word right after it."""
    if b.j >= len(tokens) or tokens[b.j][0] != b.end + 1:
        return False
    word = text[tokens[b.j][0]:tokens[b.j][1]]
    return word[:1].isupper() and word.isalpha()


def _joins(text: str, tokens: list[tuple[int, int]], hits: dict, k: int) -> bool:
    """A joint body's word is followed by the states it joins (a country) or closes the name (a mark)."""
    if k >= len(tokens):
        return True
    if tokens[k][0] in hits:
        return hits[tokens[k][0]][1].kind == "country"
    return text[tokens[k][0]:tokens[k][1]] in ORG_CLOSERS


def _ordinal_closing(r: Reading, tokens: list[tuple[int, int]], b: _Body) -> None:
    """`Brigade Internasional ke-88`: an ordinal right after the name's words numbers the body (a unit, a
    congress); it is part of its name, which would otherwise merge every numbered unit into one."""
    if not b.parts or b.j >= len(tokens) or tokens[b.j][0] != b.end + 1:
        return
    ta, tb = tokens[b.j]
    if ORDINAL.fullmatch(r.text, ta, tb):
        b.end, b.parts, b.j = tb, b.parts + 1, b.j + 1
        b.key_text = r.text[b.a:b.end]


def _eponym_closing(r: Reading, tokens: list[tuple[int, int]], hits: dict, b: _Body) -> None:
    """`Institut Penelitian Lurin,`, `Institut Studi Kebijakan Lurin Seoul`: a body of a kind named after a
    person or a place (organizations.yaml eponym_heads) may close its name words with that one name, when no
    other name follows it (a lower-case word, a mark, or a known place: where it sits)."""
    kit, text = r.kit, r.text
    if b.head not in kit.eponym_org_heads or not b.parts or b.free or b.j >= len(tokens) or tokens[b.j][0] in hits:
        return
    ta, tb = tokens[b.j]
    word = text[ta:tb]
    if (ta != b.end + 1 or not is_cap(word) or word in kit.function_words or word.lower() in kit.calendar
            or word.lower() in kit.org_words or kit.title.match(text, ta)):
        return
    if b.j + 1 < len(tokens):
        na = tokens[b.j + 1][0]
        after = text[na:tokens[b.j + 1][1]]
        if is_cap(after) and not (na in hits and hits[na][1].kind in ("place", "country")):
            return        # "Institut X Budi Santoso": a person's name runs on after the body
    b.end, b.parts, b.free, b.j = tb, b.parts + 1, b.free + 1, b.j + 1
    b.key_text = text[b.a:b.end]


def _committee_number(kit, b: _Body, word: str) -> bool:
    """A number of three or four digits, no year of this era, right after a committee's head or words."""
    return (not b.number and b.head in kit.committee_heads and word.isdigit() and 3 <= len(word) <= 4
            and not YEAR_MIN <= int(word) <= YEAR_MAX)


def _parent_body(r: Reading, tokens: list[tuple[int, int]], hits: dict, b: _Body) -> None:
    """`Sekretariat ASEAN`, `Komite Sanksi PBB`: a registered international body right after the name
    closes it; the whole is that body's organ (not after name words of a body of its own: `Dewan Rakyat
    NATO` is two bodies, and `Markas Besar NATO` is the body's site)."""
    if b.proper or b.parts - b.number != b.free or fold(b.head) in r.kit.site_heads or b.j >= len(tokens) or tokens[b.j][0] != b.end + 1 or tokens[b.j][0] not in hits:
        return
    end, entry = hits[tokens[b.j][0]]
    if entry.kind != "organization" or entry.id not in r.kit.parent_bodies:
        return
    while b.j < len(tokens) and tokens[b.j][0] < end:
        b.j += 1
    b.end, b.parts, b.parent = end, b.parts + 1, True
    b.key_text = r.text[b.a:b.end]


def _chamber(r: Reading, tokens: list[tuple[int, int]], hits: dict, b: _Body) -> None:
    """`Komite Intelijen Parlemen Korea Selatan`, `Komisi Pertahanan Duma Negara`: a committee's name
    followed right away by a legislature is that chamber's committee, one body (the chamber read
    whole: a registered one, or a body from its own head). So is a ministry's unit followed right away
    by the ministry (`Direktorat Intelijen Utama Kementerian Pertahanan`)."""
    kit, text = r.kit, r.text
    if not b.parts or b.j >= len(tokens) or tokens[b.j][0] != b.end + 1:
        return
    if b.head in kit.committee_heads:
        parents = kit.chamber_heads + kit.party_heads
    elif b.head in kit.unit_heads:
        parents = kit.ministry_heads
    elif b.head in kit.panel_heads:
        parents = kit.panel_parents
    else:
        return
    pos = tokens[b.j][0]
    if not any(fold(text[pos:pos + len(h)]) == h and not text[pos + len(h):pos + len(h) + 1].isalnum()
               for h in parents):
        return
    if pos in hits:
        if hits[pos][1].kind != "organization":
            return
        end, j = hits[pos][0], b.j
        while j < len(tokens) and tokens[j][0] < end:
            j += 1
    else:
        inner = org_at(r, tokens, b.j, hits)
        if inner is None:
            return
        end, j = inner[0].end, inner[1]
    b.end, b.j, b.parts, b.parent = end, j, b.parts + 1, True
    b.key_text = text[b.a:b.end]


def _closing_acronyms(r: Reading, tokens: list[tuple[int, int]], hits: dict, b: _Body) -> None:
    """An acronym after the name: its parent body, or the short form closing free words."""
    kit, text, a = r.kit, r.text, b.a
    # "Pusat Riset Politik BRIN": an unknown acronym right after the name is its parent body.
    if b.parts and b.j < len(tokens) and tokens[b.j][0] not in hits:
        word = text[tokens[b.j][0]:tokens[b.j][1]]
        if 2 <= len(word) <= 6 and word.isupper() and word.isalpha() and word not in kit.function_words:
            b.end, b.j = tokens[b.j][1], b.j + 1
            b.key_text = text[a:b.end]
    # "Institut Studi Strategis Korea (KRIS)", "Badan Kajian dan Strategi Kawasan (BKSK)": free
    # capitalised words (joined by "dan", or "untuk": "Institut X untuk Y Z (IXYZ)") that its
    # acronym closes. (Not after a body the register names whole: "Departemen X AS Laporan Y Z (LYZ)" is the
    # body and its report, the acronym the report's.)
    registered = hits.get(a)
    if b.parts and not (registered is not None and registered[0] == b.end and registered[1].kind == "organization"):
        k, caps = b.j, 0
        while k < len(tokens) and caps < 3 and tokens[k][0] not in hits:
            word = text[tokens[k][0]:tokens[k][1]]
            if is_cap(word) and word not in kit.function_words:
                caps += 1
            elif not ((word in kit.list_joiners or word in kit.org_links) and caps == k - b.j
                      and k + 1 < len(tokens)):
                break
            k += 1
        if k > b.j and caps and is_cap(text[tokens[k - 1][0]:tokens[k - 1][1]]) and k + 2 < len(tokens) \
                and text[tokens[k][0]:tokens[k][1]] == "(" and text[tokens[k + 2][0]:tokens[k + 2][1]] == ")" \
                and text[tokens[k + 1][0]:tokens[k + 1][1]].isupper():
            b.end, b.j = tokens[k - 1][1], k
            b.key_text = text[a:b.end]


def _country_after_brackets(r: Reading, tokens: list[tuple[int, int]], hits: dict, b: _Body) -> None:
    """`Kementerian Luar Negeri (Kemlu) X`, `Kedutaan Besar (Kedubes) X`: the press defines the short form of a
    state's body in brackets, then writes its country: the country still closes the body's name (read next by
    `_country_after`; the key keeps its words without the brackets). Gold names such a ministry with its country
    5 times of 5 in the read and written sets. (Only a body acting for its state, organizations.yaml national_heads:
    `Pusat X (CSIS) Indonesia`, `Badan X (BX) Korsel` keep the words before the brackets.)"""
    j, text = b.j, r.text
    if f"{b.head} " not in r.kit.national_heads or not b.parts or j + 3 >= len(tokens) or text[tokens[j][0]:tokens[j][1]] != "(" or tokens[j][0] != b.end + 1:
        return
    short, close, after = tokens[j + 1], tokens[j + 2], tokens[j + 3]
    if (text[close[0]:close[1]] == ")" and text[short[0]:short[0] + 1].isupper() and short[1] - short[0] <= SHORT_FORM_MAX
            and " " not in text[short[0]:short[1]] and after[0] == close[1] + 1
            and after[0] in hits and hits[after[0]][1].kind == "country"):
        b.j, b.bracketed = j + 3, True


# A short form in brackets ("(Kemlu)", "(BIN)") is one word of at most this many characters.
SHORT_FORM_MAX = 8


def _country_after(r: Reading, tokens: list[tuple[int, int]], hits: dict, b: _Body) -> None:
    """One country right after the name belongs to it, and name words after the country."""
    kit, text = r.kit, r.text
    # One country right after the name belongs to it: "Kedutaan Besar Rusia", "Politbiro RRT".
    if b.j < len(tokens) and tokens[b.j][0] in hits and hits[tokens[b.j][0]][1].kind == "country":
        c_end, country = hits[tokens[b.j][0]]
        b.key = f"{b.key_text} {country.name}"
        b.end = c_end
        b.parts += 1
        while b.j < len(tokens) and tokens[b.j][0] < c_end:
            b.j += 1
        _country_pair(r, tokens, hits, b)
        # "Partai Rusia Bersatu": a name word after the country still belongs to the name.
        while b.j < len(tokens) and tokens[b.j][0] not in hits and tokens[b.j][0] == b.end + 1 and text[b.end] == " ":
            word = text[tokens[b.j][0]:tokens[b.j][1]]
            if not (word.lower() in kit.org_words and is_cap(word)):
                break
            b.end, b.j = tokens[b.j][1], b.j + 1
            b.key = f"{b.key} {word}"
    else:
        b.key = b.key_text
        _capital_after(r, tokens, hits, b)


def _country_pair(r: Reading, tokens: list[tuple[int, int]], hits: dict, b: _Body) -> None:
    """`Komisi Bersama Xland-Yland`: a bilateral body names both its states joined by a dash; the second
    country closes the name too (not a country of its own beside a body of the first)."""
    text = r.text
    if b.end + 1 >= len(text) or text[b.end] not in PAIR_DASHES:
        return
    hit = hits.get(b.end + 1)
    if hit is None or hit[1].kind != "country":
        return
    b.key = f"{b.key}-{hit[1].name}"
    b.end = hit[0]
    while b.j < len(tokens) and tokens[b.j][0] < b.end:
        b.j += 1


def _capital_after(r: Reading, tokens: list[tuple[int, int]], hits: dict, b: _Body) -> None:
    """`Kementerian Luar Negeri Seoul`, `Kementerian Luar Negeri di Seoul`: a ministry with no country, then
    (`di`) a capital, is the ministry of that capital's state (organizations.yaml ministry_heads: an embassy
    in a capital is another state's, and keeps its own name)."""
    kit, text, j = r.kit, r.text, b.j
    if not b.parts or fold(b.head) not in kit.ministry_heads or j >= len(tokens) or tokens[j][0] != b.end + 1:
        return
    if text[tokens[j][0]:tokens[j][1]] in kit.part_links and j + 1 < len(tokens) and tokens[j + 1][0] == tokens[j][1] + 1:
        j += 1
    hit = hits.get(tokens[j][0])
    if hit is None or hit[1].kind != "place" or hit[1].name not in kit.capitals:
        return
    b.key, b.end, b.parts, b.capital = f"{b.key_text} {kit.capitals[hit[1].name]}", hit[0], b.parts + 1, True
    while j < len(tokens) and tokens[j][0] < hit[0]:
        j += 1
    b.j = j


def _untuk_tail(r: Reading, tokens: list[tuple[int, int]], hits: dict, b: _Body) -> None:
    """`untuk` and name words up to a closing mark, or a known international body."""
    kit, text = r.kit, r.text
    # "Institut Sejong untuk Kajian Strategis,", "Misi Korea Utara untuk PBB": "untuk" and name words up
    # to a closing mark, or a known international body, belong to the name.
    if b.parts and b.j + 1 < len(tokens) and text[tokens[b.j][0]:tokens[b.j][1]] in kit.org_links \
            and tokens[b.j][0] == b.end + 1:
        k = b.j + 1
        kind = hits[tokens[k][0]][1].kind if tokens[k][0] in hits else None
        if kind == "organization" or (kind == "country" and b.head in kit.envoy_heads
                                       and b.key != b.key_text):
            # ("Kedutaan Besar Xland untuk Yland": the host country of a body sent there)
            k_end = hits[tokens[k][0]][0]
            while k < len(tokens) and tokens[k][0] < k_end:
                k += 1
        else:
            while (k < len(tokens) and k - b.j <= 3 and tokens[k][0] not in hits
                   and text[tokens[k][0]:tokens[k][1]].lower() in kit.org_words
                   and is_cap(text[tokens[k][0]:tokens[k][1]])):
                k += 1
            if k > b.j + 1 and k < len(tokens) and tokens[k][0] in hits and hits[tokens[k][0]][1].kind == "country":
                # "Institut X untuk Kajian Korea Utara,": the country the studies are of, before the closing mark
                k_end = hits[tokens[k][0]][0]
                while k < len(tokens) and tokens[k][0] < k_end:
                    k += 1
            if k == b.j + 1 or (k < len(tokens) and text[tokens[k][0]:tokens[k][1]] not in ORG_CLOSERS):
                k = b.j
        if k > b.j + 1:
            b.key = f"{b.key} {text[tokens[b.j][0]:tokens[k - 1][1]]}"
            b.end, b.j = tokens[k - 1][1], k


def named_body(r: Reading, head: str, position: int) -> str | None:
    """The body last named before `position` whose head is `head` written in capitals
    (`kementerian` → `Kementerian Unifikasi Korea Selatan`), by its affiliation name."""
    best = None
    for item in r.org_items:
        if item.start >= position:
            break
        if item.text.split()[0].lower() == head.lower():
            best = item
    return affiliation_of(r, best) if best is not None else None


def kind_body(r: Reading, kind: str, position: int) -> str | None:
    """The body last named before `position` right after the lower-case noun `kind` (`organisasi
    <Body>`, then `Kepala organisasi, X`), by its affiliation name."""
    if not kind.islower() or len(kind) < KIND_NOUN_MIN:
        return None
    best = None
    # ("organisasi tersebut, <Body>": the kind, pointing back, then the body in apposition)
    leads = [kind + " "] + [f"{kind} {word}, " for word in r.kit.anaphora]
    for item in r.org_items:
        if item.start >= position:
            break
        for lead in leads:
            at = item.start - len(lead)
            if (at >= 0 and r.text[at:item.start].lower() == lead
                    and (at == 0 or not r.text[at - 1].isalnum())):
                best = item
    return affiliation_of(r, best) if best is not None else None


# A lower-case noun shorter than this ("itu", "ini") says no kind of body.
KIND_NOUN_MIN = 4


def member_body(r: Reading, role: Item, items: list[Item], j: int) -> tuple[int, str | None, int] | None:
    """`Sekretaris Dewan Keamanan Rusia`, `Ketua Duma`, `Anggota Majelis Nasional`: a member's post
    names the council it sits in, without the country that closes the council's name. Returns
    (end of the role, affiliation: the council, next index)."""
    kit = r.kit
    if j >= len(items) or fold(role.text.split()[-1]) not in kit.member_heads:
        return None
    body = items[j]
    if not (body.kind == "org" or (body.kind == "ent" and body.entry_kind == "organization")):
        return None
    if body.text.split()[0] not in kit.council_heads:
        return None
    # The country that closes the council's name, tried from its last words (a registered council's own
    # alias would match the whole name first): "Dewan Keamanan Rusia" -> "Dewan Keamanan".
    spaces = [m.start() + 1 for m in re.finditer(" ", r.text[body.start:body.end])]
    for offset in spaces[-3:]:
        start = body.start + offset
        entry = kit.by_surface.get(fold(r.text[start:body.end]))
        if entry is not None and entry.kind == "country":
            return start - 1, affiliation_of(r, body), j + 1
    return body.end, affiliation_of(r, body), j + 1


def skip_parenthetical(r: Reading, items: list[Item], k: int) -> int:
    """`Korea Selatan (ROK)`: the same entity again; `Dewan Keamanan ... (PBB)`: part of the name; a body
    with its country in brackets (`Kantor Berita X (Korea Selatan)`): the country is read as it is."""
    n = len(items)
    if k + 3 < n and items[k + 1].text == "(" and items[k + 3].text == ")":
        inner = items[k + 2]
        if inner.kind == "ent" and items[k].kind == "ent" and inner.entry is items[k].entry:
            r.add_other(inner.entry.kind, inner.entry, Span(inner.start, inner.end), "alias:parenthetical")
            return k + 3
        if items[k].kind == "org" or (items[k].kind == "ent" and items[k].entry.kind == "organization"):
            if inner.kind == "ent" and inner.entry.kind == "country":
                return k      # "Kantor Berita X (Negara)": where the body is from, a country of its own
            if _names_the_tail(r, items[k], inner):
                # "Dewan Keamanan Perserikatan Bangsa-Bangsa (PBB)": the short form of the body that closes
                # the name, part of the name here; written alone later it names that body, not the council.
                return k + 3
            if acronym_in_brackets(items, k + 1):
                # "Badan Intelijen Nasional (NIS)": the short form names the same body here.
                entry = items[k].entry if items[k].kind == "ent" else None
                r.acronyms[inner.text] = (entry, items[k].key)
                r.add_other("organization", entry, Span(inner.start, inner.end), "organization:acronym",
                               items[k].key or None)
            return k + 3
    return k


def cited_sites(r: Reading) -> None:
    """`dikutip dari reuters.com`: a site's address in lower case cited as the source names a medium: the registered
    one its name is (`Reuters`), or the site as written. (Not the page's own site citing another: `dikutip x.com dari`.)"""
    text, kit = r.text, r.kit
    if "." not in text:
        return
    for m in kit.site_written.finditer(text):
        start = m.start()
        while start and (text[start - 1].isalnum() or text[start - 1] == "-"):
            start -= 1
        name = text[start:m.start()]
        if not name[:1].islower() or not name[:1].isalpha() or (start and text[start - 1] in "./@"):
            continue      # (a capitalised site is a run read with its cue; "www.x.com", "a@x.com" are no source)
        before = text[max(0, start - SITE_CUE_WINDOW):start]
        # ("dikutip X dari y.com": the source after the outlet citing it)
        cued = source_cued(kit, before) or (before.endswith(kit.citing_link) and cited(kit, before))
        if not cued or text.startswith(kit.citing_link, m.end()):
            continue
        entry = kit.by_surface.get(fold(name))
        if entry is not None and entry.kind != "organization":
            continue
        r.add_other("organization", entry, Span(start, m.end()), "organization:site")


# How far before a site's address its source cue may stand ("seperti dikutip dari ").
SITE_CUE_WINDOW = 40


def _drop_seat_cities(r: Reading) -> None:
    """`Komisi Militer Pusat Pyongyang` where the text also names `Komisi Militer Pusat`, or the register
    knows it: the known city after the name is where the body sits, a place of its own, not a word of
    the name."""
    orgs = {k: v for k, v in r.others.items() if v.kind == "organization" and v.entry is None}
    names = {fold(v.name): k for k, v in r.others.items() if v.kind == "organization"}
    for key, slot in list(orgs.items()):
        short, _, city = slot.name.rpartition(" ")
        entry = r.kit.by_surface.get(fold(city)) if " " in short else None
        if entry is None or entry.kind != "place":
            continue
        body = r.kit.by_surface.get(fold(short))
        if fold(short) not in names and (body is None or body.kind != "organization"):
            continue
        del r.others[key]
        for span, surface, rule in slot.mentions:
            cut = span.end - len(city)
            if fold(short) in names:
                r.others[names[fold(short)]].mentions.append(
                    new_seen((Span(span.start, cut - 1), surface[:cut - 1 - span.start], rule)))
            else:
                r.add_other("organization", body, Span(span.start, cut - 1), rule)
            r.add_other("place", entry, Span(cut, span.end), "place:seat")


def _names_the_tail(r: Reading, body: Item, inner: Item) -> bool:
    """The registered body in brackets is the one whose name closes `body`'s name, not `body` itself."""
    if inner.kind != "ent" or inner.entry.kind != "organization" or (body.kind == "ent" and body.entry is inner.entry):
        return False
    return closes_with(r.kit, body.text, inner.entry)


# The word right after a name, between two spaces ("... Internasional di Kementerian ...").
_NEXT_WORD = re.compile(r" (\w+) ")


def units_of_parents(r: Reading) -> dict[str, str]:
    """`Direktur Biro Kebijakan X di Kementerian Pertahanan Y`, `kepala Laboratorium X di Institut Y`: a unit
    (organizations.yaml part_heads) that the text names, every time, with `di`/`pada` and then another body
    is a part of that body, no entity of its own. The units are dropped; returns unit name -> the parent's
    name, the body a person serving the unit acts for. (Not a unit whose name holds its country, `Departemen
    Pertahanan AS di Pentagon`: a ministry of its own; nor a registered body.)"""
    kit, text = r.kit, r.text
    if not kit.part_heads:
        return {}
    starts = {span.start: key for key, slot in r.others.items() if slot.kind == "organization"
              for span, _, _ in slot.mentions}
    found: dict[str, str] = {}
    for key, slot in list(r.others.items()):
        if slot.kind != "organization" or slot.entry is not None or slot.name.split()[0] not in kit.part_heads:
            continue
        words = slot.name.split()
        if any((e := kit.by_surface.get(fold(" ".join(words[-size:])))) is not None and e.kind == "country"
               for size in (1, 2, 3) if len(words) > size):
            continue
        parents = set()
        for span, _, _ in slot.mentions:
            m = _NEXT_WORD.match(text, span.end)
            parent = starts.get(m.end()) if m and m.group(1) in kit.part_links else None
            if parent is None or parent == key:
                break
            parents.add(parent)
        else:
            if len(parents) == 1:
                parent = r.others[parents.pop()]
                found[slot.name] = parent.entry.name if parent.entry is not None else parent.name
                del r.others[key]
    return found


def _extends(short: str, long: str, links: tuple[str, ...]) -> bool:
    """The slug `long` is a fuller name of the body the slug `short` names; `links` are the slugs
    of the words joining a name to whom it serves (module level: a recursive closure would leave a
    reference cycle behind every article)."""
    # `Duma Rusia` is `Duma Negara Rusia` named without a name word: same head, same end.
    if long.startswith(short + "-"):
        return True
    # `Kedutaan Rusia` is `Kedutaan Besar Rusia untuk Xland` named without its host.
    for link in links:
        base = long.split(f"-{link}-")[0]
        if base != long and (short == base or _extends(short, base, links)):
            return True
    a, b = short.split("-"), long.split("-")
    if len(a) < 2 or len(a) >= len(b) or a[0] != b[0] or a[-1] != b[-1]:
        return False
    rest = iter(b)
    return all(word in rest for word in a)


def _defined_acronyms(r: Reading) -> None:
    """`Kepala Staf Gabungan (JCS) ... JCS mengatakan`: a registered short form that the text gives, in brackets,
    to a body it names in its own words names that body wherever the text writes it (before the brackets too),
    not the registered body apart."""
    for short, (entry, key) in r.acronyms.items():
        if entry is not None or not key:
            continue
        body = r.others.get(slugify(key))
        if body is None or body.kind != "organization":
            continue
        for slot_key, slot in list(r.others.items()):
            if (slot is not body and slot.entry is not None and slot.kind == "organization"
                    and all(surface == short for _, surface, _ in slot.mentions)):
                body.mentions.extend(slot.mentions)
                del r.others[slot_key]


def merge_short_orgs(r: Reading) -> None:
    """A bare `Kementerian Luar Negeri` is the one fuller `Kementerian Luar Negeri X` of this text."""
    _defined_acronyms(r)
    _drop_seat_cities(r)
    orgs = {k: v for k, v in r.others.items() if v.kind == "organization" and v.entry is None}

    expansions = r.kit.org_expansions
    links = tuple(sorted(slugify(word) for word in r.kit.org_links))
    every = {k: v for k, v in r.others.items() if v.kind == "organization"}
    for key, slot in list(orgs.items()):
        # "Kemlu" alone is the one "Kementerian Luar Negeri ..." this text names in full.
        full = expansions.get(slot.name)
        if full is None:
            continue
        longer = [k for k, v in every.items() if k != key and (v.name.lower() + " ").startswith(full.lower() + " ")]
        if len(longer) > 1:
            # Several ministries: the one named last before the short form.
            first = min(m.span.start for m in slot.mentions)
            named = [(max(m.span.start for m in every[k].mentions if m.span.start < first), k) for k in longer
                     if any(m.span.start < first for m in every[k].mentions)]
            longer = [max(named)[1]] if named else longer
        if len(longer) == 1:
            r.others[longer[0]].mentions.extend(slot.mentions)
            del r.others[key]
            del orgs[key]
    def written_out(name: str) -> str:
        # "Kemlu Korsel": the press short form of a head, written out ("Kementerian Luar Negeri Korsel").
        head, _, rest = name.partition(" ")
        full = expansions.get(head)
        return slugify(f"{full} {rest}") if full and rest else ""

    for key in sorted(orgs, key=len, reverse=True):
        slot = orgs[key]
        # The fuller form may be a registered body ("Kementerian Luar Negeri Korea Selatan"), or a short
        # form of a head with the country ("Kementerian Luar Negeri (Kemlu) Korsel": "Kemlu Korsel"); and
        # a press short form of the head ("Kedubes X") is the body the text also writes out ("Kedutaan Besar X").
        out = written_out(slot.name)
        longer = [k for k, v in r.others.items() if k != key and v.kind == "organization"
                  and (_extends(key, k if v.entry is None else slugify(v.name), links)
                       or _extends(key, written_out(v.name), links)
                       or (out and out == (k if v.entry is None else slugify(v.name))))]
        if len(longer) > 1:
            # Several fuller bodies ("... Rusia", "... Korea Selatan"): the one named last before the short form.
            first = min(m.span.start for m in slot.mentions)
            named = [(max(m.span.start for m in r.others[k].mentions if m.span.start < first), k) for k in longer
                     if any(m.span.start < first for m in r.others[k].mentions)]
            longer = [max(named)[1]] if named else longer
        if len(longer) == 1:
            r.others[longer[0]].mentions.extend(slot.mentions)
            del r.others[key]
            del orgs[key]
