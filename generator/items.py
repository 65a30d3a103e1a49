"""Actors pass 1, items: what claims each stretch of a sentence.

A sentence is cut into tokens (the document's one tokeniser) and each position is claimed, longest
first, by a register or alias name (the gazetteer: countries, places, bodies, well-known people),
an English body closed by its head noun (`Daegu University of Foreign Languages`), an
organisation built from a head word (`organisations.org_at`), a site named after a known person
(`Lapangan Kim Il Sung`), a role phrase (`Wakil Menteri Luar Negeri`), or a run of capitalised name
tokens; what is left is a word or a mark. A hyphen between two known entities (`Jepang-Vietnam`)
cuts the token in two. `items_of(reading, sentence)` returns the `Item`s in order.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from .actor_kit import (MAX_NAME_TOKENS, PLAIN_WORDS_KEPT, SYLLABLE_MAX, Kit, alias_like, case_ok, given_name_shape, is_cap,
                        no_name_shape)
from .cast import Item, Reading, gazetteer_search, is_name, new_item
from .document import ASCII_TOKEN_PATTERN, TOKEN_PATTERN
from .lexicon import RegisterEntry, fold
from .model import Sentence, Span
from .organisations import org_at

_SPAN = re.Match.span      # (the tokens' offsets, read in one C loop)
# The one tokeniser's pattern without its named groups: the same tokens, a quarter faster (items_of reads
# their offsets alone).
_TOKENS = re.compile(re.sub(r"\(\?P<\w+>", "(?:", TOKEN_PATTERN))
_ASCII_TOKENS = re.compile(ASCII_TOKEN_PATTERN)

# Words before an English head noun that one body's name may hold ("Carnegie Russia Eurasia Center").
FOREIGN_NAME_WORDS = 4


def _is_initial(text: str, item: Item) -> bool:
    """A name run whose last token is one capital after a first name: the initial of `Budi S. Rahardjo`."""
    a, b = item.tokens[-1]
    return len(item.tokens) >= 2 and b - a == 1 and text[a].isupper()


def _is_opening_initial(text: str, item: Item, items: list) -> bool:
    """One capital opening a name, after no other capital word: the `S.` of `S. Wibowo`."""
    a, b = item.tokens[0]
    return len(item.tokens) == 1 and b - a == 1 and text[a].isupper() and a != 0 and (
        len(items) < 3 or items[-3].kind != "name")


def items_of(r: Reading, sentence: Sentence) -> list[Item]:
    """The items of a sentence, in order: each token claimed by the longest name, body or role that
    starts at it, else read as a name word (joined to the run before), a word or a mark."""
    return read_items(r, sentence)[0]


def read_items(r: Reading, sentence: Sentence) -> tuple[list[Item], bool, bool]:
    """`items_of`, whether the items may hold a role and whether they may name a body (an `org`, or an `ent`
    the register has as an organisation); False: none does."""
    s, e = sentence.span.start, sentence.span.end
    scan = _ASCII_TOKENS if r.text[s:e].isascii() else _TOKENS
    tokens, hits, loose = _gazetteer(r, list(map(_SPAN, scan.finditer(r.text, s, e))), s, e)
    foreign = foreign_orgs(r, tokens, hits)
    items: list[Item] = []
    append = items.append
    i, n = 0, len(tokens)
    text, plain, kit = r.text, r.plain_words, r.kit
    # (most sentences hold no register name and no foreign body: no token needs looking up in them)
    claimable = bool(foreign or hits)
    roles = places = bodies = False
    while i < n:
        a, b = tokens[i]
        word = text[a:b]
        kind = plain.get(word)
        if kind is None:
            kind = plain_kind(kit, word)
            if len(plain) < PLAIN_WORDS_KEPT:
                plain[word] = kind
        if kind and not (claimable and (i in foreign or a in hits)):
            if kind == "word" and items and items[-1].kind == "name" and name_particle(r, tokens, i, items[-1]):
                # "Arvo bin Tarmin", "Pieter van der Velde", "Arvo al-Tarmin": the particle goes on with the name
                last = items[-1]
                items[-1] = Item("name", last.start, b, text[last.start:b], tokens=last.tokens + ((a, b),))
            elif (kind == "word" and items and items[-1].kind == "name" and word.lower() in kit.month_short
                  and month_given_name(r, tokens, i, items[-1])):
                last = items[-1]
                items[-1] = Item("name", last.start, b, text[last.start:b], tokens=last.tokens + ((a, b),))
            elif kind == "word" and items and items[-1].kind != "word" and given_name_tail(r, items, a, b, word):
                if items[-1].kind == "punct":
                    items.pop()      # "Choe Son- hui": the hyphen the page spaced off stays in the name
                last = items[-1]
                entry = kit.by_surface.get(fold(text[last.start:b]))
                items[-1] = (Item("ent", last.start, b, text[last.start:b], entry) if entry is not None
                             and entry.kind == "person" else
                             Item("name", last.start, b, text[last.start:b], tokens=last.tokens + ((a, b),)))
            else:
                append(new_item((kind, a, b, word, None, "", ())))     # no name, role or body can start here
            i += 1
            continue
        # Every way for a token to open an item below is also in plain_kind; the ways a claim can
        # start (see _claims) are asked here first, so a name word no claim can start goes on at once.
        lowered = word.lower()
        candidates = _claims(r, tokens, i, hits, foreign, e) if (
            i in foreign or a in hits or word in kit.eponym_first or lowered in kit.org_first
            or lowered in kit.title_first) else None
        if candidates:
            # Longest wins; on a tie the register (ent) beats a built organisation or a role.
            end, item, j = candidates[0] if len(candidates) == 1 else max(candidates, key=_longest)
            append(item)
            roles = roles or item.kind == "role"
            places = places or (item.kind == "ent" and item.entry.kind == "place")
            bodies = bodies or item.kind == "org" or (item.kind == "ent" and item.entry.kind == "organization")
            i = j
            continue
        i = _word_item(r, tokens, i, items)
    if roles:
        # (a post named as a body starts with a role item)
        items = posts_named_as_bodies(r, items)
        bodies = True
    if places:
        # (a run closed by a known place: only where a known place is)
        _places_closed_by_known(r, items)
    for start, end, entry in loose:
        if r.text[start - 1:start] == "-" and r.text[max(0, start - 12):start - 1].split()[-1:] in (
                [prefix] for prefix in r.kit.compound_prefixes):
            continue    # "Trans-Siberia": a route's name, not the place
        if not any(it.start <= start and end <= it.end and it.kind in ("org", "ent") for it in items):
            if entry.kind == "person":
                # "Pertemuan Kim Jong-un-Vladimir Putin": a registered person inside a pair joined by a
                # hyphen is that person, one actor with their other mentions
                r.person(Item("ent", start, end, r.text[start:end], entry), "person:inside-word")
            else:
                r.add_other(entry.kind, entry, Span(start, end), "gazetteer:inside-word")
    return items, roles, bodies


def _lower_region(surface: str) -> bool:
    """`timur jauh X`: a registered place written with its first words in lower case (actor_kit.case_ok)."""
    words = surface.split()
    return len(words) >= 3 and words[1][:1].islower()


def _after_preposition(kit: Kit, text: str, start: int) -> bool:
    """Whether a place preposition (`di`, `ke`) stands right before offset start."""
    before = text[max(0, start - 12):start].split()
    return bool(before) and before[-1].lower() in kit.prepositions


# A given name spelt another way shares at least this many first letters with the register's ("Volodymir").
GIVEN_PREFIX = 4
_WORD_BEFORE = re.compile(r"(?<![\w-])([A-Z][a-z]{3,})[ \t]$")


def _given_spelling_before(text: str, after: int, start: int, surface: str, entry: RegisterEntry) -> int:
    """`Volodymir X` for the registered `Volodymyr X`: a capitalised word right before a registered person's one-word
    name, spelling the register's given name another way (transliterations differ in the vowels after its first
    letters), is that person's given name: the mention starts there (no second person of it)."""
    words = entry.name.split()
    if len(words) < 2 or len(words[0]) < GIVEN_PREFIX or " " in surface:
        return start
    m = _WORD_BEFORE.search(text, max(after, start - 24), start)   # (never inside the name read before it)
    if m is None or fold(m.group(1))[:GIVEN_PREFIX] != fold(words[0])[:GIVEN_PREFIX]:
        return start
    return m.start(1)


def _longest(candidate: tuple) -> tuple:
    """A claim's rank: its end, then whether the register names it."""
    return candidate[0], candidate[1].kind == "ent"


def _gazetteer(r: Reading, tokens: list[tuple[int, int]], s: int, e: int) -> tuple[list, dict, list]:
    """The register's names in text[s:e] whose capitals fit: (the tokens, cut between two known
    entities; start token offset -> (end, entry); the names that start inside a token)."""
    kit, text = r.kit, r.text
    hits: dict[int, tuple[int, RegisterEntry]] = {}
    loose: list[tuple[int, int, RegisterEntry]] = []
    found = []
    pos = s
    low = r.lowered
    surfaces, local = r.gazetteer_hits, r.local
    while True:
        m = gazetteer_search(kit, text, low, pos, e)
        if m is None:
            break
        surface = m.group()
        known = surfaces.get(surface)
        if known is None:
            known = surface_hit(kit, surface, kit.by_surface.get(fold(surface)))
            if len(surfaces) < PLAIN_WORDS_KEPT:
                surfaces[surface] = known
        entry, ok = known
        if local:
            # (a short form the text defines names what it defines here: its case read against that entry)
            defined = local.get(fold(surface))
            if defined is not None:
                entry, ok = surface_hit(kit, surface, defined)
        if ok and entry.kind == "place" and _lower_region(surface) and not _after_preposition(kit, text, m.start()):
            ok = False      # "gubernur wilayah timur jauh X": a description; "di timur jauh X": the region
        if ok:
            end = _completed_body(r, m.start(), m.end(), e) if entry.kind == "organization" else m.end()
            start = _given_spelling_before(text, pos, m.start(), surface, entry) if entry.kind == "person" else m.start()
            found.append((start, end, entry))
            pos = end
        else:
            # "kantor berita Interfax" is no alias as written, but the "Interfax" inside it is.
            pos = m.start() + 1
    if not found:
        return tokens, hits, loose      # (most sentences name nothing the register knows)
    tokens = split_pairs(r, tokens, found)
    for start, end, entry in found:
        # (a name or two a sentence: each edge looked up in the tokens, in order and apart)
        if text[end:end + 1] in "-‐" and not _token_edge(tokens, end, 1):
            continue   # "Cho Hyun" is not inside "Cho Hyun-dong": a hyphen goes on with the name
        if _token_edge(tokens, start, 0):
            hits[start] = (end, entry)
        else:
            loose.append((start, end, entry))
    return tokens, hits, loose


def surface_hit(kit: Kit, surface: str, entry: RegisterEntry | None) -> tuple[RegisterEntry | None, bool]:
    """(the entry a gazetteer hit as written names, whether its capitals fit that entry's name: `case_ok`).
    Depends on the surface, the entry and the lexicon only (kept per lexicon: see Reading.gazetteer_hits)."""
    return entry, entry is not None and case_ok(surface, alias_like(kit, entry, surface), kit.region_words,
                                                entry.kind == "organization", kit.national_heads, entry.kind == "place")


def _completed_body(r: Reading, start: int, end: int, e: int) -> int:
    """The end of a registered body read on: its country written out (`_country_completed`), or a word of
    its edition for the world right after it (`BBC Internasional`, `CNN International`)."""
    end = _country_completed(r, start, end, e)
    text = r.text
    if text[end:end + 1] == " " and text[end + 1:end + 2].isupper():
        stop = end + 1
        while stop < e and text[stop].isalpha():
            stop += 1
        if text[end + 1:stop] in r.kit.edition_words and not text[stop:stop + 1].isalnum():
            return stop
    return end


def _country_completed(r: Reading, start: int, end: int, e: int) -> int:
    """`Partai Buruh Korea Utara`: a registered body whose last word, with the word after it, names a
    country is that body with its country written out; the end of the body so read."""
    text = r.text
    if text[end:end + 1] != " ":
        return end
    stop = end + 1
    while stop < e and text[stop].isalpha():
        stop += 1
    if stop == end + 1 or not text[end + 1].isupper():
        return end
    last = text.rfind(" ", start, end) + 1
    entry = r.kit.by_surface.get(fold(text[max(last, start):stop]))
    return stop if entry is not None and entry.kind == "country" else end


def _token_edge(tokens: list[tuple[int, int]], offset: int, side: int) -> bool:
    """Whether a token starts (side 0) or ends (side 1) at `offset` (the tokens are in order and apart)."""
    index = bisect_left(tokens, (offset,)) - side
    return 0 <= index < len(tokens) and tokens[index][side] == offset


def _claims(r: Reading, tokens: list[tuple[int, int]], i: int, hits: dict, foreign: dict,
            e: int) -> list[tuple[int, Item, int]]:
    """What may claim token i: a foreign body, a register name, an eponym, a body from its head, a
    role; each as (end, item, index of the next token)."""
    kit, text = r.kit, r.text
    a, b = tokens[i]
    word = text[a:b]
    candidates: list[tuple[int, Item, int]] = []   # (end, item, next token index)
    if i in foreign:
        end, j = foreign[i]
        hit = hits.get(a)
        if (hit is not None and hit[1].kind == "organization" and hit[0] < end
                and _legal_form(kit, text[hit[0]:end].split())):
            # "Kia Corp", "Nissan Motor Co Ltd": a registered company with its legal form.
            candidates.append((end, Item("ent", a, end, text[a:end], hit[1]), j))
        else:
            candidates.append((end, Item("org", a, end, text[a:end], key=text[a:end]), j))
    if a in hits:
        end, entry = hits[a]
        j = i
        while j < len(tokens) and tokens[j][0] < end:
            j += 1
        candidates.append((end, Item("ent", a, end, text[a:end], entry), j))
    if word in kit.eponym_first:
        named = kit.eponym.match(text, a)
        hit = hits.get(named.end()) if named else None
        if named and hit is None and a not in hits and named.group().strip() not in kit.eponym_places:
            hit = _eponym_person(text, hits, named.end())   # a body's head, its field, the person
        if hit is not None and hit[1].kind == "person":
            # "Lapangan Kim Il Sung", "Universitas Kim Il Sung": a site or body named after a person.
            head = named.group().strip()
            kind = "place" if head in kit.eponym_places else "org"
            j = i
            while j < len(tokens) and tokens[j][0] < hit[0]:
                j += 1
            candidates.append((hit[0], Item(kind, a, hit[0], text[a:hit[0]], key=text[a:hit[0]]), j))
        else:
            _titled_eponym(r, tokens, i, e, candidates)
    lowered = word.lower()
    org = org_at(r, tokens, i, hits) if lowered in kit.org_first else None
    if org is not None and not _registered_with_country(r, hits, a, org[0].end):
        candidates.append((org[0].end, org[0], org[1]))
    m = kit.title.match(text, a) if lowered in kit.title_first else None
    if m and m.end() <= e:
        m = _title_before_body(r, tokens, hits, i, m)
    if m and m.end() <= e:
        j = i
        while j < len(tokens) and tokens[j][0] < m.end():
            j += 1
        if tokens[j - 1][1] == m.end():
            candidates.append((m.end(), Item("role", a, m.end(), m.group()), j))
    return candidates


# An eponym's head may name its field before the person ("Universitas Politik X", "Akademi Ilmu Militer X"): at most
# this many capitalised words between them.
EPONYM_FIELD_WORDS = 2
_FIELD_WORD = re.compile(r"[A-Z][a-z]+[ \t]+")


def _eponym_person(text: str, hits: dict, pos: int) -> tuple | None:
    """The register hit after a few capitalised words of the head's field at pos; None when none is there."""
    for _ in range(EPONYM_FIELD_WORDS):
        word = _FIELD_WORD.match(text, pos)
        if word is None:
            return None
        pos = word.end()
        hit = hits.get(pos)
        if hit is not None:
            return hit
    return None


def _titled_eponym(r: Reading, tokens: list[tuple[int, int]], i: int, e: int, candidates: list) -> None:
    """`Universitas Jenderal Arvo Tarmin`, `Jalan Jenderal Tarmin`: an eponym's head, a title (organizations.yaml
    eponym_titles) and a capitalised name: the body or site named after that person, one item (no person)."""
    kit, text = r.kit, r.text
    m = kit.eponym_titled.match(text, tokens[i][0], e)
    if m is None:
        return
    j = i
    while j < len(tokens) and tokens[j][0] < m.end():
        j += 1
    if tokens[j - 1][1] != m.end():
        return
    kind = "place" if m.group("head") in kit.eponym_places else "org"
    candidates.append((m.end(), Item(kind, tokens[i][0], m.end(), m.group(), key=m.group()), j))


def _title_before_body(r: Reading, tokens: list[tuple[int, int]], hits: dict, i: int, m):
    """`Kepala Staf Umum Rusia X`, `pejabat Staf Gabungan Korea Selatan`: where a registered body starts inside
    the role phrase and runs past its end (the body's name takes the country the phrase would leave out), the
    role ends before the body (`Kepala`, then the body): the role phrase matched up to there, or None."""
    j = i + 1
    while j < len(tokens) and tokens[j][0] < m.end():
        hit = hits.get(tokens[j][0])
        if hit is not None and hit[0] > m.end() and hit[1].kind == "organization":
            return r.kit.title.match(r.text, tokens[i][0], tokens[j - 1][1])
        j += 1
    return m


def _legal_form(kit: Kit, words: list[str]) -> bool:
    """`Corp`, `Motor Co Ltd`: legal-form words, after words of a company's trade, closing the name (not
    `Motor` alone: a name of its own may follow a company's)."""
    return bool(words) and words[-1] in kit.corporate_suffixes and all(
        w in kit.corporate_suffixes or w in kit.corporate_trades for w in words)


def _registered_with_country(r: Reading, hits: dict, a: int, end: int) -> bool:
    """`Kantor Berita Yonhap Korea Selatan`: a registered body with a name of its own (a word that is no
    head or common word of bodies' names), then its country: the body, described by its country, not
    another body. (`Dewan Keamanan Korea Selatan` is no `Dewan Keamanan` of the UN.)"""
    hit = hits.get(a)
    if hit is None or hit[1].kind != "organization":
        return False
    after = hits.get(hit[0] + 1)
    if after is None or after[1].kind != "country" or after[0] != end or r.text[hit[0]:hit[0] + 1] != " ":
        return False
    kit = r.kit
    return any(w.lower() not in kit.org_words and w.lower() not in kit.org_first
               for w in r.text[a:hit[0]].split())


def _word_item(r: Reading, tokens: list[tuple[int, int]], i: int, items: list[Item]) -> int:
    """Token i claimed by nothing: an academic title (skipped), a name word (a run goes on over a
    space and over an initial's full stop), a word or a mark. Returns the next token's index."""
    kit, text = r.kit, r.text
    a, b = tokens[i]
    word = text[a:b]
    shape = r.word_shapes.get(word)
    if shape is None:
        shape = word_shape(kit, word)
        if len(r.word_shapes) < PLAIN_WORDS_KEPT:
            r.word_shapes[word] = shape
    if (shape & ACADEMIC and i + 2 < len(tokens) and text[b:b + 1] == "."
            and tokens[i + 1] == (b, b + 1) and is_cap(text[tokens[i + 2][0]:tokens[i + 2][1]])):
        return i + 2      # "Dr. X", "Prof. Dr. X": an academic title and its full stop are no name
    if shape & LETTER:
        if shape & HEAD_OR_DAY and (_lower_body_head(r, tokens, i) or _day_noun(r, tokens, i)):
            items.append(Item("word", a, b, word))      # "Kantor berita ...": a body's head, no name word;
            # "... Putin Hari Kamis": the day noun of a date, no word of the name before it
        elif shape & NAME_WORD or (shape & SURNAME and _surname_word(text, tokens, i, kit)) \
                or (word in kit.not_names and _after_venue_head(r, items, a)):
            particle = None
            if "-" in word and word.rpartition("-")[2] in kit.clitics:
                # "Tarmin-lah": the name word, then a particle joined by a hyphen, no part of the name
                b = a + word.rindex("-")
                word, particle = text[a:b], Item("word", b, tokens[i][1], text[b:tokens[i][1]])
            gap = 1
            if (len(items) > 1 and items[-1].text == "." and items[-2].kind == "name"
                    and items[-1].start == items[-2].end and items[-1].end == a - 1 and text[a - 1] == " "
                    and (text[items[-2].tokens[-1][0]:items[-2].tokens[-1][1]] in kit.name_abbreviations
                         or _is_initial(text, items[-2]) or _is_opening_initial(text, items[-2], items))):
                items.pop()     # "St. Louis", "Budi S. Rahardjo": the full stop stays inside the name
                gap = 2
            if items and items[-1].kind == "name" and items[-1].end == a - gap and text[a - 1] == " " \
                    and len(items[-1].tokens) < MAX_NAME_TOKENS:
                last = items[-1]
                items[-1] = Item("name", last.start, b, text[last.start:b], tokens=last.tokens + ((a, b),))
            else:
                items.append(new_item(("name", a, b, word, None, "", ((a, b),))))
            if particle is not None:
                items.append(particle)
        else:
            items.append(new_item(("word", a, b, word, None, "", ())))
    else:
        items.append(new_item(("punct", a, b, word, None, "", ())))
    return i + 1


# One syllable of a romanised Korean given name (McCune-Reischauer or Revised Romanization): an initial,
# its vowels, a final (`hui`, `jin`, `song`, `chol`, `hyok`).
_SYLLABLE = re.compile(r"(?:[bcdghjklmnprstwy]h?|ch|kk|tt|pp|ss|jj)?[aeiouwy]{1,3}(?:ng|[nlmkpt])?")
# An unhyphenated syllable so short ("di", "ke") is too often a word of the sentence.
SYLLABLE_MIN = 3


def name_particle(r: Reading, tokens: list[tuple[int, int]], i: int, run: Item) -> bool:
    """Token i, a lower-case word right after the name run `run`, goes on with the name: a prefix joined
    to a capitalised word (`al-Tarmin`), or particles (`bin`, `van der`: function_words.yaml name_particles)
    then a capitalised name word, all spaced, within a name's length."""
    kit, text = r.kit, r.text
    a, b = tokens[i]
    if run.end != a - 1 or text[a - 1] != " ":
        return False
    word = text[a:b]
    head, dash, rest = word.partition("-")
    if dash:
        return head in kit.name_prefixes and is_cap(rest) and len(run.tokens) < MAX_NAME_TOKENS
    if word not in kit.name_particles:
        return False
    j = i + 1
    while j < len(tokens) and text[tokens[j][0]:tokens[j][1]] in kit.name_particles:
        j += 1
    if j >= len(tokens) or len(run.tokens) + (j - i) + 1 > MAX_NAME_TOKENS:
        return False
    if any(text[tokens[x][0] - 1] != " " or tokens[x][0] != tokens[x - 1][1] + 1 for x in range(i + 1, j + 1)):
        return False
    return name_word(kit, text[tokens[j][0]:tokens[j][1]])


def month_given_name(r: Reading, tokens: list[tuple[int, int]], i: int, run: Item) -> bool:
    """`Zhang Jun`, `Lee Mei`: a month's short form (token i) right after a name, with no year and no
    `lalu`/`depan`/`ini` after it, is the name's given name (no date: a day number would stand before
    it, not a name)."""
    text = r.text
    a, b = tokens[i]
    word = text[a:b]
    if run.end != a - 1 or text[a - 1] != " " or not word[1:].islower():
        return False
    if i + 1 == len(tokens):
        return True
    nxt = text[tokens[i + 1][0]:tokens[i + 1][1]]
    return not nxt[:1].isdigit() and nxt.lower() not in r.kit.month_markers


def given_name_tail(r: Reading, items: list[Item], a: int, b: int, word: str) -> bool:
    """A lower-case word that ends a Korean name the page wrote with its last syllable in lower case: one
    syllable after a family name and a capitalised syllable (`Choe Son hui`, `Choe Son- hui`), or two
    joined by a hyphen after the family name alone (`Ri song-jin`). Not a word of the language
    (common_words), nor after anything but a family name (function_words.yaml korean_surnames)."""
    kit, text = r.kit, r.text
    run = items[-1]
    if run.kind == "punct":
        # "Son- hui": a hyphen right after the name, a space, then the syllable
        if not (run.text == "-" and run.end == a - 1 and len(items) > 1 and items[-2].kind == "name"
                and items[-2].end == run.start and len(items[-2].tokens) == 2):
            return False
        run = items[-2]
    elif run.kind != "name" or run.end != a - 1 or text[a - 1] != " ":
        return False
    if text[run.tokens[0][0]:run.tokens[0][1]] not in kit.korean_surnames or fold(word) in kit.common_words:
        return False
    parts = word.split("-")
    if len(run.tokens) == 1:
        return len(parts) == 2 and all(_SYLLABLE.fullmatch(p) for p in parts)
    middle = text[run.tokens[1][0]:run.tokens[1][1]]
    # (a syllable of two letters opens with its vowel, "Kim Jong un", and is no word of the language: not "ia")
    short = len(word) == SYLLABLE_MIN - 1 and word[0] in "aeiou" and word.capitalize() not in kit.function_words
    return (len(run.tokens) == 2 and len(parts) == 1 and (len(word) >= SYLLABLE_MIN or short)
            and _SYLLABLE.fullmatch(word)
            is not None and middle.isalpha() and len(middle) <= SYLLABLE_MAX
            and _SYLLABLE.fullmatch(middle.lower()) is not None)


# What _word_item asks of a word alone (word_shape): bits of one small int, kept per lexicon.
ACADEMIC, LETTER, HEAD_OR_DAY, NAME_WORD, SURNAME = 1, 2, 4, 8, 16


def word_shape(kit: Kit, word: str) -> int:
    """The word's answers to what _word_item asks of it alone: an academic title, opening with a letter
    (or a lost capital), possibly a body's head or a day noun (_lower_body_head, _day_noun), a name
    word, a surname word (_surname_word). Depends on the word and the lexicon only."""
    lowered = word.lower()
    return ((ACADEMIC if fold(word) in kit.academic else 0)
            | (LETTER if word[:1].isalpha() or word[:1] in "?\ufffd" else 0)
            | (HEAD_OR_DAY if lowered in kit.org_first or lowered in kit.day_nouns else 0)
            | (NAME_WORD if name_word(kit, word) else 0)
            | (SURNAME if word in kit.surname_words else 0))


def _day_noun(r: Reading, tokens: list[tuple[int, int]], i: int) -> bool:
    """`Presiden Putin Hari Kamis ...`: the day noun right before a weekday belongs to the date, not to
    the name run before it (as a given name before a surname it stays one: no weekday follows)."""
    kit, text = r.kit, r.text
    if text[tokens[i][0]:tokens[i][1]].lower() not in kit.day_nouns or i + 1 >= len(tokens):
        return False
    a, b = tokens[i + 1]
    return a == tokens[i][1] + 1 and text[a:b].lower() in kit.weekdays


def _after_venue_head(r: Reading, items: list[Item], start: int) -> bool:
    """`Aula Pertemuan X`, `Gedung Konferensi X`: a noun that names no person (an event's, "Pertemuan")
    right after a venue's head alone is the kind of hall, a word of the site's name."""
    last = items[-1] if items else None
    return (last is not None and last.kind == "name" and len(last.tokens) == 1 and last.end == start - 1
            and r.text[last.end] == " " and fold(last.text) in r.kit.venue_heads)


def _lower_body_head(r: Reading, tokens: list[tuple[int, int]], i: int) -> bool:
    """`... Kantor berita pers melaporkan`, `Badan intelijen ...`: a body's head word before a lower-case
    word of a body's name opens a common noun phrase (a news agency, an intelligence agency); it is no
    word of the name run before it."""
    kit, text = r.kit, r.text
    if text[tokens[i][0]:tokens[i][1]].lower() not in kit.org_first or i + 1 >= len(tokens):
        return False
    a, b = tokens[i + 1]
    nxt = text[a:b]
    return a == tokens[i][1] + 1 and nxt.islower() and nxt in kit.org_words


def plain_kind(kit: Kit, word: str) -> str:
    """"word" or "punct" for a token that, unless a register hit or a foreign body starts at it, is
    always read as that item alone by items_of (no claim, no academic title, no name can start with
    it); "" otherwise. Depends on the word and the lexicon only (kept per lexicon: see
    Reading.plain_words). A new way for a token to open an item goes here too."""
    lowered = word.lower()
    if (word in kit.eponym_first or lowered in kit.org_first or lowered in kit.title_first
            or fold(word) in kit.academic or word in kit.surname_words or word in kit.not_names):
        return ""       # (a surname word opens a name before a given name: _surname_word; a noun that
        #                 names no person goes on with a venue's name: _after_venue_head)
    if not (word[:1].isalpha() or word[:1] in "?\ufffd"):
        return "punct"
    return "" if name_word(kit, word) else "word"


def name_word(kit: Kit, word: str) -> bool:
    """A token that may stand in a person's or place's name (capitalised, no function word, ...)."""
    return (is_cap(word) and word not in kit.function_words and word.lower() not in kit.calendar
            and word not in kit.not_names and not no_name_shape(word, kit.possessive)
            and not (word.isupper() and len(word) > 1) and not _joined_places(kit, word)
            and not _route_compound(kit, word))


def _route_compound(kit: Kit, word: str) -> bool:
    """`Trans-Siberia`, `Trans-Korea`: a compound with a route's prefix (places.yaml compound_prefixes)
    names a route or a span, no word of a person's name."""
    head, dash, rest = word.partition("-")
    return bool(dash and rest) and head in kit.compound_prefixes


def _joined_places(kit: Kit, word: str) -> bool:
    """`Korea-Rusia`, `Moskow-Pyongyang`: countries or places joined by a hyphen (a pair, a route) are
    no word of a person's name."""
    parts = word.split("-")
    if len(parts) < 2:
        return False
    for part in parts:
        entry = kit.by_surface.get(fold(part))
        if fold(part) not in kit.country_words and (entry is None or entry.kind not in ("country", "place")):
            return False
    return True


def _surname_word(text: str, tokens: list[tuple[int, int]], i: int, kit: Kit) -> bool:
    """A capitalised function word that is also a family name ("Yang") right before a given name of
    the hyphenated East Asian shape ("Min-seo"): the person's surname, not the word."""
    if text[tokens[i][0]:tokens[i][1]] not in kit.surname_words or i + 1 >= len(tokens):
        return False
    a, b = tokens[i + 1]
    given = text[a:b]
    return a == tokens[i][1] + 1 and given_name_shape(given)


def _places_closed_by_known(r: Reading, items: list[Item]) -> None:
    """`Wilayah Kamchatka`, `Distrik Federal Timur Jauh`: a run right before a known place that a
    region's or place's head opens is that place, or one place, as written."""
    kit, text = r.kit, r.text
    for x in range(len(items) - 2, -1, -1):
        it, nxt = items[x], items[x + 1]
        if not (nxt.kind == "ent" and nxt.entry_kind == "place" and nxt.start == it.end + 1 and text[it.end] == " "):
            continue
        if it.kind != "name":
            if it.text.islower() and _site_never_its_town(kit, text, it.text, nxt.text, written=True):
                # "pelabuhan X" where "Pelabuhan X" names the site elsewhere: the same site
                items[x:x + 2] = [Item("place", it.start, nxt.end, text[it.start:nxt.end])]
            continue
        if it.text in kit.region_heads and f"{it.text.lower()} {nxt.text}" in text:
            # "Di Wilayah Kursk" in a Title Case headline over "wilayah Kursk" in the body: the head is
            # capitalised by the title's style (or a sentence's start), a common noun; the place is itself.
            del items[x]
        elif it.text in kit.region_heads:
            # "Wilayah Kamchatka": a region's head before a known place is that place, as written.
            items[x:x + 2] = [Item("ent", it.start, nxt.end, text[it.start:nxt.end], nxt.entry)]
        elif len(it.tokens) >= 2 and any(it.text.startswith(h + " ") for h in kit.place_phrase_heads):
            # "Zona Wisata Pesisir X": a resort's or zone's words before the known place are its name as
            # written, the same place (as the register's "Kawasan Wisata X" is).
            items[x:x + 2] = [Item("ent", it.start, nxt.end, text[it.start:nxt.end], nxt.entry)]
        elif ((len(it.tokens) >= 2 and text[it.tokens[0][0]:it.tokens[0][1]] in kit.place_name_heads)
              or it.text in kit.station_heads or _site_never_its_town(kit, text, it.text, nxt.text)):
            # "Distrik Federal Timur Jauh": a place head's run that a known place closes is one place;
            # "Stasiun X": a station named after the town it serves, a place of its own.
            items[x:x + 2] = [Item("place", it.start, nxt.end, text[it.start:nxt.end])]


def _site_never_its_town(kit: Kit, text: str, head: str, town: str, written: bool = False) -> bool:
    """`Pelabuhan X` with a known town X that the text never writes without that head: the article is
    about the site (the port), a place of its own as named; where X stands alone too, the site is the
    town written long (places.yaml town_site_heads). `written`: only where the text also writes the site
    with its head capitalised (a lower-case head alone, "pelabuhan X", is the town's port, the town)."""
    if fold(head) not in kit.town_site_heads:
        return False
    if written and f"{head[:1].upper()}{head[1:]} {town}" not in text:
        return False
    headed = len(re.findall(rf"\b{re.escape(head)} {re.escape(town)}\b", text, re.IGNORECASE))
    return headed >= len(re.findall(rf"\b{re.escape(town)}\b", text, re.IGNORECASE))


def posts_named_as_bodies(r: Reading, items: list[Item]) -> list[Item]:
    """`Kepala Staf Gabungan (JCS) Korea Selatan melaporkan ...`: a post's words that the text gives an
    acronym in brackets, with no one named after it, are the body (the JCS), not a post."""
    text = r.text
    x = 0
    while x < len(items):
        it = items[x]
        if it.kind == "role" and " " in it.text and it.text[:1].isupper():
            y = x + 1
            if y < len(items) and items[y].kind == "ent" and items[y].entry_kind == "country" \
                    and items[y].start == it.end + 1:
                y += 1
            if (y + 2 < len(items) and items[y].text == "(" and items[y + 2].text == ")"
                    and items[y + 1].text.isupper() and len(items[y + 1].text) >= 3
                    and not (y + 3 < len(items) and (items[y + 3].kind == "role" or is_name(items[y + 3])))):
                key = it.text if y == x + 1 else f"{it.text} {items[x + 1].entry.name}"
                if y > x + 1:
                    country = items[x + 1]
                    r.add_other("country", country.entry, Span(country.start, country.end), "country:inside-body")
                items[x:y] = [Item("org", it.start, items[y - 1].end, text[it.start:items[y - 1].end], key=key)]
        x += 1
    return items


def foreign_orgs(r: Reading, tokens: list[tuple[int, int]], hits) -> dict[int, tuple[int, int]]:
    """`Daegu University of Foreign Languages`, `The Straits Times`, `Toyota Motor`: an English head
    noun with the capitalised words before it and the linked name after it is one body.
    Token index of its start -> (end offset, index of the next token)."""
    kit, text = r.kit, r.text
    if not tokens or kit.foreign_head_in.search(text, tokens[0][0], tokens[-1][1]) is None:
        return {}      # no head written anywhere in the sentence (most sentences): no token is one
    words = [text[a:b] for a, b in tokens]
    heads = [h for h, w in enumerate(words) if w in kit.foreign_heads]
    if not heads:
        return {}
    n = len(tokens)

    def spaced(x: int) -> bool:      # token x + 1 follows token x after one space
        return tokens[x + 1][0] == tokens[x][1] + 1 and text[tokens[x][1]] == " "

    # Tokens inside a known country's name ("Korea Selatan Hyundai Motors"): no part of a body's name.
    in_country = {x for x, (a, _) in enumerate(tokens) for start, (end, entry) in hits.items()
                  if entry.kind == "country" and start <= a < end}

    def cap(x: int) -> bool:
        w = words[x]
        hit = hits.get(tokens[x][0])
        return (is_cap(w) and w not in kit.function_words and w.lower() not in kit.title_first
                and w.lower() not in kit.org_first and w.lower() not in kit.cue_words
                and not (hit and hit[1].kind == "person") and x not in in_country)

    found: dict[int, tuple[int, int]] = {}
    last = -1
    for h in heads:
        if h <= last:
            continue          # inside the body just read ("Yonhap News Agency")
        if (h + 1 < n and spaced(h) and is_cap(words[h + 1]) and words[h + 1].lower() in kit.org_words
                and words[h + 1] not in kit.foreign_heads):
            # "Hadiri Forum Ekonomi di X": the head opens an Indonesian name, its words after it ("Forum
            # Ekonomi"); it closes no English one with the capitalised word before it.
            continue
        start = h
        while start > 0 and h - start < 4:
            if spaced(start - 1) and cap(start - 1):
                start -= 1
            elif (start > 1 and words[start - 1] in kit.foreign_links and spaced(start - 2) and spaced(start - 1)
                  and cap(start - 2)):
                start -= 2     # "X Investment & Securities", "X Hydro and Nuclear Power": an English joiner inside
            elif (start - 1) in in_country and spaced(start - 1):
                start, more = _country_in_name(kit, words, start, h, in_country, spaced, cap)
                if not more:
                    break
            else:
                break
        end = h
        k = h + 1
        while k < n and spaced(k - 1):
            if words[k] in kit.foreign_heads:
                end, k = k, k + 1
            elif _place_closing_name(r, tokens, hits, k, spaced):
                end, k = k, k + 1      # "Imperial College London": the city closes the English name
                break
            elif words[k] in kit.foreign_links and k + 1 < n and spaced(k) and cap(k + 1):
                m = k + 1
                while m + 1 < n and m - k < 4 and spaced(m) and cap(m + 1):
                    m += 1
                end, k = m, m + 1
            else:
                break
        if start == h and end == h:
            continue
        if start > 0 and words[start - 1] in kit.foreign_articles and spaced(start - 1):
            start -= 1
        found[start] = (tokens[end][1], end + 1)
        for later in range(start + 1, h if end == h else h + 1):
            # "Direktur Eksekutif Jakarta Policy Forum": a role before may claim the first word.
            found[later] = (tokens[end][1], end + 1)
        last = end
    return found


def _place_closing_name(r: Reading, tokens: list[tuple[int, int]], hits, k: int, spaced) -> bool:
    """Token k, right after an English body's head, is a registered place of one word that closes the
    sentence's run of capitals (`King's College London`, `University College London`): English names a
    body with its city after the head; an Indonesian sentence puts a preposition before the city."""
    hit = hits.get(tokens[k][0])
    if hit is None or hit[1].kind != "place" or hit[0] != tokens[k][1]:
        return False
    return k + 1 == len(tokens) or not (spaced(k) and is_cap(r.text[tokens[k + 1][0]:tokens[k + 1][1]]))


def _country_in_name(kit, words, start: int, h: int, in_country, spaced, cap) -> tuple[int, bool]:
    """A country right before the English name's words at `start`: where the name starts, and whether to
    read on before it."""
    c = start - 1
    while c > 0 and (c - 1) in in_country and spaced(c - 1):
        c -= 1
    if (c > 1 and spaced(c - 1) and cap(c - 1) and fold(words[c - 1]) not in kit.common_words
            and h - (c - 1) <= FOREIGN_NAME_WORDS):
        # "Carnegie Russia Eurasia Center": a country inside the name, a name word before it written
        # so mid-sentence (a country opening the run, "(Pabrikan) Korea Selatan Hyundai Motors" at
        # a sentence's start, is the body's country, no part of its name).
        return c - 1, True
    if (c == start - 1 and c > 0 and spaced(c - 1) and words[c - 1].islower()
            and fold(words[c]) not in kit.press_short_forms):
        # "antara Korea Hydro ... Power", "oleh China Telecom": a one-word country mid-sentence right before
        # the English words opens the company's name (a state named in full, "Korea Selatan Hyundai
        # Motors", stays the body's country; the press's own short form, "surat kabar Korsel X Ilbo", is
        # never a word of a company's name)
        return c, False
    return start, False


def split_pairs(r: Reading, tokens: list[tuple[int, int]], found: list) -> list[tuple[int, int]]:
    """`Jepang-Vietnam`, `Korsel-Jepang`, `Seoul-Tokyo`: a hyphen between two known
    countries, places or bodies (or two registered people) joins two entities, not the parts of one name; the token is cut
    there so that each side is read as itself."""
    text = r.text
    ends = {end: entry.kind == "person" for _, end, entry in found if text[end:end + 1] in "-‐"}
    if not ends:
        return tokens      # (most sentences: no known name before a hyphen)
    # Two registered people joined so are a pair too (`Kim Jong-un-Vladimir Putin`); a person's name and
    # anything else are not cut (`Cho Hyun` before `-dong` is the start of one given name).
    cuts = {start - 1 for start, _, entry in found if start - 1 in ends and ends[start - 1] == (entry.kind == "person")}
    if not cuts:
        return tokens
    out: list[tuple[int, int]] = []
    for a, b in tokens:
        inside = sorted(c for c in cuts if a < c < b)
        for c in inside:
            out.append((a, c))
            out.append((c, c + 1))
            a = c + 1
        out.append((a, b))
    return out
