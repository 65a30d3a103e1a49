"""Actors pass, organisations: bodies built from a head word, their short forms, and one name per body.

`org_at` reads a body from its head (`Kementerian Luar Negeri Korea Selatan`, `Pusat Studi
Strategis dan Internasional`, `Institut X untuk Y (IXY)`); `skip_parenthetical` reads the short
form the text gives a body in brackets (`(NIS)`); `named_body` and `member_body` give the body a
post serves (`juru bicara kementerian`, `Sekretaris Dewan Keamanan Rusia`); `merge_short_orgs`
makes a bare or short name the one fuller body of the text (`Kemlu` = `Kementerian Luar Negeri X`).
"""
from __future__ import annotations

import re

from .actor_kit import ORG_CLOSERS, ORG_FREE_WORDS, is_cap
from .affiliation import affiliation_of
from .cast import Item, Reading, acronym_in_brackets
from .lexicon import fold, slugify
from .model import Span


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


def org_at(r: Reading, tokens, i, hits) -> tuple[Item, int] | None:
    """`Kementerian Luar Negeri Korea Selatan`, `Pusat Studi Strategis dan Internasional`."""
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
    end, parts, free, place_parts = m.end(), 0, 0, 0
    # "Ketua Duma Ivan Petrov": a head that names its body by itself takes no free words.
    proper = m.group() in kit.proper_heads
    first_free = None          # (end, j) after the first free word, to fall back to
    key_text = text[a:m.end()]
    while j < len(tokens):
        ta, tb = tokens[j]
        word = text[ta:tb]
        if ta in hits:
            if hits[ta][1].kind != "place":
                break
            # A region inside the name: "Institut Studi Asia Timur".
            p_end = hits[ta][0]
            while j < len(tokens) and tokens[j][0] < p_end:
                j += 1
            end, parts, place_parts = p_end, parts + 1, place_parts + 1
            key_text = text[a:end]
            continue
        if word.lower() in kit.org_words and is_cap(word):
            end, parts, j = tb, parts + 1, j + 1
            key_text = text[a:end]
            continue
        if (word in kit.list_joiners and j + 1 < len(tokens) and tokens[j + 1][0] not in hits
                and text[tokens[j + 1][0]:tokens[j + 1][1]].lower() in kit.org_words
                and is_cap(text[tokens[j + 1][0]:tokens[j + 1][1]])):
            j += 1
            continue
        if word == "," and parts and listed_portfolio(r, tokens, j + 1, hits):
            # "Kementerian Perdagangan, Industri, dan Energi": a portfolio listed with commas.
            j += 1
            continue
        if (parts == free < ORG_FREE_WORDS and not proper and is_cap(word) and word not in kit.function_words
                and not kit.title.match(text, ta) and word.lower() not in kit.calendar):
            # The body's own name right after its head: "Dewan Federasi", "Universitas Gadjah
            # Mada".
            end, parts, free, j = tb, parts + 1, free + 1, j + 1
            key_text = text[a:end]
            if first_free is None:
                first_free = (end, j)
            continue
        break
    if free > 1 and parts == free and j < len(tokens) and text[tokens[j][0]:tokens[j][1]] not in ORG_CLOSERS:
        # Several free words run on into what may be a person ("Universitas Andalas Rudi
        # Hartawan menilai"): only a closing mark shows they all belong to the name.
        end, j = first_free
        parts = free = 1
        key_text = text[a:end]
    # "Pusat Riset Politik BRIN": an unknown acronym right after the name is its parent body.
    if parts and j < len(tokens) and tokens[j][0] not in hits:
        word = text[tokens[j][0]:tokens[j][1]]
        if 2 <= len(word) <= 6 and word.isupper() and word.isalpha() and word not in kit.function_words:
            end, j = tokens[j][1], j + 1
            key_text = text[a:end]
    # "Institut Studi Strategis Korea (KRIS)", "Badan Kajian dan Strategi Kawasan (BKSK)": free
    # capitalised words (joined by "dan", or "untuk": "Institut X untuk Y Z (IXYZ)") that its
    # acronym closes.
    if parts:
        k, caps = j, 0
        while k < len(tokens) and caps < 3 and tokens[k][0] not in hits:
            word = text[tokens[k][0]:tokens[k][1]]
            if is_cap(word) and word not in kit.function_words:
                caps += 1
            elif not ((word in kit.list_joiners or word in kit.org_links) and caps == k - j
                      and k + 1 < len(tokens)):
                break
            k += 1
        if k > j and caps and is_cap(text[tokens[k - 1][0]:tokens[k - 1][1]]) and k + 2 < len(tokens) \
                and text[tokens[k][0]:tokens[k][1]] == "(" and text[tokens[k + 2][0]:tokens[k + 2][1]] == ")" \
                and text[tokens[k + 1][0]:tokens[k + 1][1]].isupper():
            end, j = tokens[k - 1][1], k
            key_text = text[a:end]
    # One country right after the name belongs to it: "Kedutaan Besar Rusia", "Politbiro RRT".
    if j < len(tokens) and tokens[j][0] in hits and hits[tokens[j][0]][1].kind == "country":
        c_end, country = hits[tokens[j][0]]
        key = f"{key_text} {country.name}"
        end = c_end
        parts += 1
        while j < len(tokens) and tokens[j][0] < c_end:
            j += 1
        # "Partai Rusia Bersatu": a name word after the country still belongs to the name.
        while j < len(tokens) and tokens[j][0] not in hits and tokens[j][0] == end + 1 and text[end] == " ":
            word = text[tokens[j][0]:tokens[j][1]]
            if not (word.lower() in kit.org_words and is_cap(word)):
                break
            end, j = tokens[j][1], j + 1
            key = f"{key} {word}"
    else:
        key = key_text
    # "Institut Sejong untuk Kajian Strategis,", "Misi Korea Utara untuk PBB": "untuk" and name words up
    # to a closing mark, or a known international body, belong to the name.
    if parts and j + 1 < len(tokens) and text[tokens[j][0]:tokens[j][1]] in kit.org_links \
            and tokens[j][0] == end + 1:
        k = j + 1
        if tokens[k][0] in hits and hits[tokens[k][0]][1].kind == "organization":
            k_end = hits[tokens[k][0]][0]
            while k < len(tokens) and tokens[k][0] < k_end:
                k += 1
        else:
            while (k < len(tokens) and k - j <= 3 and tokens[k][0] not in hits
                   and text[tokens[k][0]:tokens[k][1]].lower() in kit.org_words
                   and is_cap(text[tokens[k][0]:tokens[k][1]])):
                k += 1
            if k == j + 1 or (k < len(tokens) and text[tokens[k][0]:tokens[k][1]] not in ORG_CLOSERS):
                k = j
        if k > j + 1:
            key = f"{key} {text[tokens[j][0]:tokens[k - 1][1]]}"
            end, j = tokens[k - 1][1], k
    if (parts == 0 and not proper) or (parts == 1 and key != key_text and (key_text in kit.state_heads
                                                          or key_text in kit.generic_heads)):
        return None
    if parts == 1 and place_parts == 1 and m.group() in kit.generic_heads:
        return None       # "Otoritas Seoul": the authorities of a capital, a common noun
    return Item("org", a, end, text[a:end], key=key), j


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
    """`Korea Selatan (ROK)`: the same entity again; `Dewan Keamanan ... (PBB)`: part of the name."""
    n = len(items)
    if k + 3 < n and items[k + 1].text == "(" and items[k + 3].text == ")":
        inner = items[k + 2]
        if inner.kind == "ent" and items[k].kind == "ent" and inner.entry is items[k].entry:
            r.add_other(inner.entry.kind, inner.entry, Span(inner.start, inner.end), "alias:parenthetical")
            return k + 3
        if items[k].kind == "org" or (items[k].kind == "ent" and items[k].entry.kind == "organization"):
            if acronym_in_brackets(items, k + 1):
                # "Badan Intelijen Nasional (NIS)": the short form names the same body here.
                entry = items[k].entry if items[k].kind == "ent" else None
                r.acronyms[inner.text] = (entry, items[k].key)
                r.add_other("organization", entry, Span(inner.start, inner.end), "organization:acronym",
                               items[k].key or None)
            return k + 3
    return k


def merge_short_orgs(r: Reading) -> None:
    """A bare `Kementerian Luar Negeri` is the one fuller `Kementerian Luar Negeri X` of this text."""
    orgs = {k: v for k, v in r.others.items() if v["kind"] == "organization" and v["entry"] is None}

    def extends(short: str, long: str) -> bool:
        # `Duma Rusia` is `Duma Negara Rusia` named without a name word: same head, same end.
        if long.startswith(short + "-"):
            return True
        a, b = short.split("-"), long.split("-")
        if len(a) < 2 or len(a) >= len(b) or a[0] != b[0] or a[-1] != b[-1]:
            return False
        rest = iter(b)
        return all(word in rest for word in a)

    expansions = r.kit.org_expansions
    every = {k: v for k, v in r.others.items() if v["kind"] == "organization"}
    for key, slot in list(orgs.items()):
        # "Kemlu" alone is the one "Kementerian Luar Negeri ..." this text names in full.
        full = expansions.get(slot["name"])
        if full is None:
            continue
        longer = [k for k, v in every.items() if k != key and (v["name"].lower() + " ").startswith(full.lower() + " ")]
        if len(longer) > 1:
            # Several ministries: the one named last before the short form.
            first = min(m[0].start for m in slot["mentions"])
            named = [(max(m[0].start for m in every[k]["mentions"] if m[0].start < first), k) for k in longer
                     if any(m[0].start < first for m in every[k]["mentions"])]
            longer = [max(named)[1]] if named else longer
        if len(longer) == 1:
            r.others[longer[0]]["mentions"].extend(slot["mentions"])
            del r.others[key]
            del orgs[key]
    for key in sorted(orgs, key=len, reverse=True):
        slot = orgs[key]
        # The fuller form may be a registered body ("Kementerian Luar Negeri Korea Selatan").
        longer = [k for k, v in r.others.items() if k != key and v["kind"] == "organization"
                  and extends(key, k if v["entry"] is None else slugify(v["name"]))]
        if len(longer) == 1:
            r.others[longer[0]]["mentions"].extend(slot["mentions"])
            del r.others[key]
            del orgs[key]
