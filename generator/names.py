"""Actors pass, names: everything no role claimed.

`read_rest` goes over the items a second time: register entities (not in a photo credit or a
dateline), built bodies and places, and `bare_name` for a capitalised run no role took: a known
person's shorter form, a place after a preposition, a medium cited as a source, a form of address
and a surname, a headline's verb after a surname, or a person by its shape or by a speech cue.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .actor_kit import (CLOSERS, cited, DATELINE_CLOSE, DATELINE_HEAD, MAX_NAME_TOKENS, ORDINAL, alias_like, case_ok, given_name_shape,
                        possessed, possessed_kin, source_cued)
from .cast import Item, Reading, Ref, _slip_of, _transliterated, new_seen, written_in_lower_case
from .document import APOSTROPHE, CAPITALISED_RUN, QUOTE_MARKS, SINGLE_CLOSER, SINGLE_OPENER
from .lexicon import fold, one_edit, slugify
from .model import IN_BODY_RULE, Span
from .organisations import inner_short_form, skip_parenthetical

# A capitalised word and spaces ending a text ("Kata The "): the function word a name's run may open with.
# (`\b[A-Z]` written from the capital, the boundary read behind it: `re` skips to the capitals. The same matches.)
CAPITAL_WORD_AT_END = re.compile(r"[A-Z](?<!\w.)\w*\s+$")


def read_rest(r: Reading, items: list[Item], title_case: bool, claimed: set[int]) -> None:
    kit = r.kit
    if r.known_words[0] != r.people_changes:
        # (the words of the people named so far: read anew only when someone was found or given a word)
        r.known_words = (r.people_changes, {t for p in r.people.values() for t in p.tokens})
    known_tokens = r.known_words[1]
    n = len(items)
    k = 0
    acronyms = r.acronyms
    while k < n:
        item = items[k]
        kind = item.kind
        if kind == "word" or kind == "punct":
            # (most items: a word is something only as a known acronym)
            if kind == "word" and item.text in acronyms:
                entry, key = acronyms[item.text]
                r.add_other("organization", entry, Span(item.start, item.end), "organization:acronym", key or None)
            k += 1
            continue
        prev = items[k - 1] if k else None
        if kind == "ent":
            if item.entry.kind == "person":
                if item.start not in claimed:
                    claimed.add(item.start)
                    r.person(item, "person:register")
            elif title_case and item.text in kit.function_words:
                pass      # a headline's capitalised "Antara" (between) is no agency of that name
            elif item.entry.kind == "organization" and (credit(r, item) or dateline_like(r, Span(item.start, item.end))
                                                         or model_mark(r.text, item.end)):
                pass      # "Foto: AFP/Name", "REUTERS/File Photo": the photo's credit; "Jakarta, CNN Indonesia --":
                # the outlet of the dateline; no body of the brief
            elif item.entry.kind == "country" and (language_named(r, items, k) or unit_named(r, items, k)):
                pass      # "bahasa Ukraina, Rusia, atau Inggris": languages, not the countries; "dolar AS",
                # "pukul 00.00 waktu Singapura": a currency, a time zone
            elif item.entry.kind == "place" and continent_as_adjective(r, items, k):
                pass      # "negara Asia": which countries (an Asian one), no place the article names
            elif item.entry.kind == "country" and continent_named(r, items, k):
                r.add_other("place", None, Span(item.start, item.end), "place:continent")
                # ("benua Amerika": the continent, not the country that shares the word)
            elif item.entry.kind == "country" and not title_case and region_after(r, items, k):
                r.add_other("place", None, Span(item.start, items[k + 1].end), "place:region")
                k += 2      # "di Rusia Timur": a region of the country (not "Rusia Timur Ivanov": a name)
                continue
            elif not (item.entry.kind == "place" and prev is not None and prev.end + 1 == item.start
                      and (prev.text in kit.treaty_heads or summit_ordinal(r, prev))):
                # ("Konvensi Jenewa": a treaty named after a city, not the city.)
                r.add_other(item.entry.kind, item.entry, Span(item.start, item.end), f"{item.entry.kind}:register")
                if item.entry.kind == "organization":
                    country_closing(r, item)
                    if "(" in item.text:
                        inner_short_form(r, item)
                k = skip_parenthetical(r, items, k)
        elif item.kind == "org" and _medium_of_country_before(r, items, k):
            pass      # "Kantor Berita Jepang Kyodo": the kind and country of the agency named next
        elif item.kind == "org" and title_case and prev is not None and prev.kind == "word" \
                and prev.end + 1 == item.start and prev.text.lower() in kit.plural_markers:
            pass      # a headline's "Beberapa Perusahaan Makanan X": a kind of body counted, no body's name
        elif item.kind == "org" and credit(r, item):
            pass      # "KCNA/Korean News Service via AP": a photo credit naming a service, no body of the brief
        elif item.kind == "org" and (_unit_of_a_post(r, prev, item) or _desk_of_a_ministry(r, prev, item, items, k)):
            pass      # "Direktur Biro Operasi": a unit named in a post, the post's words, no body of the brief
        elif item.kind == "org" and _ministry_of_a_posts_unit(r, prev, item):
            pass      # "Direktur Jenderal Biro X Kementerian Y": the unit is the post's, the ministry the body
        elif item.kind == "org" and _persons_body(r, item, known_tokens):
            pass      # "Organisasi Jang" after "Jang Se-yul, pimpinan organisasi itu": that person's body, no name
        elif item.kind == "org":
            r.add_other("organization", None, Span(item.start, item.end), "organization:head", item.key)
            country_closing(r, item)
            if "(" in item.text:
                inner_short_form(r, item)
            k = skip_parenthetical(r, items, k)
        elif item.kind == "place":
            r.add_other("place", None, Span(item.start, item.end), "place:eponym")
        elif item.kind == "name" and item.start not in claimed:
            k += bare_name(r, items, k, title_case, known_tokens)
        k += 1


# A unit named in a post takes at most this many words ("Departemen Komite Pusat"); a longer run holds another
# body's name too ("Departemen Penerangan Partai X"), which stays.
UNIT_WORDS_IN_POST = 3


def _unit_of_a_post(r: Reading, prev: Item | None, item: Item) -> bool:
    """`Direktur Biro Operasi`, `wakil direktur Departemen Informasi`: a unit of a body (organizations.yaml
    part_heads) right after a post's title, with no country in its name (`Departemen Luar Negeri AS` is a
    ministry; `Biro Hukum Kementerian Pertahanan` names its ministry, `Sekretariat ASEAN` its registered body,
    `Biro X pada Kementerian Y` its parent: see organisations.units_of_parents), names where the post is held:
    part of the post, no entity of its own."""
    return (prev is not None and prev.kind == "role" and prev.end + 1 == item.start
            and item.text.split(" ", 1)[0] in r.kit.part_heads and item.key == item.text
            and item.text.count(" ") < UNIT_WORDS_IN_POST
            and not any(fold(word) in r.kit.ministry_heads or (
                (e := r.kit.by_surface.get(fold(word))) is not None and e.kind == "organization")
                for word in item.text.split()[1:])
            and not any(r.text.startswith(f" {link} ", item.end) for link in r.kit.part_links)
            and not _opens_a_registered_body(r, item.text))


def _desk_of_a_ministry(r: Reading, prev: Item | None, item: Item, items: list[Item], k: int) -> bool:
    """`Direktur Departemen Luar Negeri Amerika Kementerian Luar Negeri Rusia`: a unit (part_heads) right after a
    post's title and right before a ministry is that ministry's desk, part of the post even with a country
    or region in its words (the desk's field, not its state)."""
    if prev is None or prev.kind != "role" or prev.end + 1 != item.start or k + 1 >= len(items):
        return False
    after = items[k + 1]
    return (after.start == item.end + 1 and after.kind in ("org", "ent")
            and item.text.split(" ", 1)[0] in r.kit.part_heads
            and fold(after.text.split(" ", 1)[0]) in r.kit.ministry_heads)


def _ministry_of_a_posts_unit(r: Reading, prev: Item | None, item: Item) -> bool:
    """`Direktur Jenderal Biro Urusan Eropa Kementerian Luar Negeri X`: a unit (part_heads) that closes with its
    ministry, right after a post's title: the unit's words are the post's, the ministry is the body named.
    `Departemen Universitas X`: a unit with no words of its own before another body's head is that body's
    (no post needed). The body is added here; False, nothing added, for any other item."""
    words = item.text.split(" ")
    if words[0] not in r.kit.part_heads or len(words) < 3:
        return False
    offset = len(words[0]) + 1
    if r.kit.org_head.match(r.text, item.start + offset) is not None and fold(words[1]) not in r.kit.ministry_heads:
        _body_from(r, item, offset)
        return True
    if prev is None or prev.kind != "role" or prev.end + 1 != item.start:
        return False
    for word in words[1:]:
        if fold(word) in r.kit.ministry_heads:
            _body_from(r, item, offset)
            return True
        offset += len(word) + 1
    return False


def _body_from(r: Reading, item: Item, offset: int) -> None:
    """The body named by `item`'s words from `offset` on, under the register's entry where it has one."""
    start = item.start + offset
    entry = r.kit.by_surface.get(fold(r.text[start:item.end]))
    if entry is not None and entry.kind == "organization":
        r.add_other("organization", entry, Span(start, item.end), "organization:register")
    else:
        key = item.key[offset:] if item.key.startswith(item.text[:offset]) else r.text[start:item.end]
        r.add_other("organization", None, Span(start, item.end), "organization:head", key)


def _opens_a_registered_body(r: Reading, name: str) -> bool:
    """`Departemen Luar Negeri`: the words open a registered body's name (`Departemen Luar Negeri AS`): that
    ministry named without its country, not a unit. (Asked only of a unit's name right after a post.)"""
    folded = fold(name)
    return any(key.startswith(folded) and entry.kind == "organization" for key, entry in r.kit.by_surface.items())


def country_closing(r: Reading, item: Item) -> None:
    """`Dinas Intelijen Nasional Korea Selatan`, `Kementerian Luar Negeri Swiss`: the country that closes a
    body's name is named there too (a mention of the country; the body keeps its whole name), not in the
    name of a school or foundation (the `eponym_heads`: `Universitas Nasional Australia`)."""
    text, end, cut = r.text, item.end, item.end
    if text[item.start:end].split(None, 1)[0] in r.kit.eponym_first:
        return      # "Universitas Nasional Australia": a school named after a country is no body of it
    if fold(text[item.start:end]) in r.kit.outlets:
        return      # a news outlet's edition for a country's readers names no body of that country
    for _ in range(COUNTRY_WORDS_IN_BODY):
        cut = text.rfind(" ", item.start, cut)
        if cut <= item.start:
            return
        entry = r.kit.by_surface.get(fold(text[cut + 1:end]))
        if entry is not None and entry.kind == "country":
            r.add_other("country", entry, Span(cut + 1, end), IN_BODY_RULE)
            return


def region_after(r: Reading, items: list[Item], k: int) -> bool:
    """The country at items[k] is followed, after one space, by a run made only of compass words (`Rusia
    Timur`, `China Barat Daya`) that goes on into no other name word: a region of the country."""
    if k + 1 >= len(items):
        return False
    nxt, text = items[k + 1], r.text
    return (nxt.kind == "name" and nxt.start == items[k].end + 1 and text[items[k].end] == " "
            and bool(nxt.tokens) and all(text[a:b] in r.kit.region_words for a, b in nxt.tokens))


def language_named(r: Reading, items: list[Item], k: int) -> bool:
    """The country at items[k] stands right after a language head (`bahasa`), or in a list of countries
    that one opens (`bahasa Ukraina, Rusia, atau Inggris`)."""
    kit = r.kit
    j = k - 1
    while j >= 0:
        it = items[j]
        if it.kind == "word" and fold(it.text) in kit.language_heads:
            return True
        if not (it.text == "," or (it.kind == "word" and fold(it.text) in kit.language_joiners)
                or (it.kind == "ent" and it.entry.kind == "country")):
            return False
        j -= 1
    return False


def unit_named(r: Reading, items: list[Item], k: int) -> bool:
    """The country at items[k] stands right after a currency (`dolar AS`), or after a time word that
    follows a clock time (`pukul 00.00 waktu Singapura`): it names the currency or the time zone."""
    kit = r.kit
    prev = items[k - 1] if k else None
    if prev is None or prev.kind != "word" or prev.end + 1 != items[k].start:
        return False
    word = fold(prev.text)
    if word in kit.currency_heads and prev.text.islower():
        return True
    before = items[k - 2] if k >= 2 else None
    return (word in kit.time_heads and before is not None
            and any(c.isdigit() for c in before.text) and any(c in ".:" for c in before.text))


def continent_named(r: Reading, items: list[Item], k: int) -> bool:
    """The country at items[k] stands right after a continent word (`benua Amerika`): the continent."""
    prev = items[k - 1] if k else None
    return (prev is not None and prev.kind == "word" and prev.end + 1 == items[k].start
            and fold(prev.text) in r.kit.continent_heads)


def _medium_of_country_before(r: Reading, items: list[Item], k: int) -> bool:
    """The body at items[k] is a media noun and a country (`Kantor Berita Jepang`) right before a
    registered body (`Yonhap`): that body's kind and country, no body of its own."""
    item, nxt = items[k], items[k + 1] if k + 1 < len(items) else None
    if nxt is None or nxt.kind != "ent" or nxt.entry.kind != "organization" or nxt.start != item.end + 1:
        return False
    spaces = [m.start() + 1 for m in re.finditer(" ", item.text)]
    for offset in spaces[-3:]:
        country = r.kit.by_surface.get(fold(item.text[offset:]))
        if country is not None and country.kind == "country":
            medium = r.kit.country_medium.search(r.text, item.start, item.start + offset)
            return medium is not None and medium.start() == item.start
    return False


def continent_as_adjective(r: Reading, items: list[Item], k: int) -> bool:
    """The continent at items[k] stands right after a lower-case noun for countries (`negara Asia`,
    `negara-negara Eropa`): it says which countries, it names no place."""
    prev = items[k - 1] if k else None
    return (prev is not None and prev.kind == "word" and prev.end + 1 == items[k].start and prev.text.islower()
            and fold(prev.text) in r.kit.country_nouns and fold(items[k].text) in r.kit.continents)


def dateline_like(r: Reading, span: Span) -> bool:
    """`KONTAN.CO.ID - SEOUL.`, `SEOUL, KOMPAS —`, `TOKYO - `: a city in capitals opening its line
    (after an outlet's name in capitals at most) and closed by a dash or a full stop: the dateline;
    `Jakarta, CNN Indonesia -- `: any name in a line's opening run of capitalised words up to a dash."""
    text = r.text
    surface = text[span.start:span.end]
    line_start = text.rfind("\n", 0, span.start) + 1
    prefix = text[line_start:span.start]
    if _line_head_end(r, line_start) > span.end:
        return True
    if not (surface.isupper() and len(surface) >= 3):
        return False
    if (any(c.islower() for c in prefix) or len(prefix) > 40) and not prefix.endswith(")"):
        # (`... (Sumber: KANTOR)JAKARTA - `: a caption's credit run into the dateline, no line break between)
        return False
    return DATELINE_CLOSE.match(text, span.end) is not None


# A dash and a space or tab: what a line's opening run of capitalised words (`DATELINE_HEAD`) ends with.
_DASH_AND_SPACE = re.compile(r"(?:--|[-–—])[ \t]")


def _line_head_end(r: Reading, line_start: int) -> int:
    """Where `DATELINE_HEAD` matched at the line's start ends, or -1; kept for the article by line (the
    names of a dateline's line are asked about in turn), and not tried on a line with no dash before a
    space (most lines: the match never crosses a line's end and ends with one)."""
    end = r.line_heads.get(line_start)
    if end is None:
        text = r.text
        line_end = text.find("\n", line_start)
        head = DATELINE_HEAD.match(text, line_start) if _DASH_AND_SPACE.search(
            text, line_start, len(text) if line_end < 0 else line_end) else None
        end = r.line_heads[line_start] = head.end() if head else -1
    return end


_APPOSED = re.compile(r",[ \t]+(\w)")


def _apposed_after(text: str, item: Item) -> bool:
    """A comma right after the run and a word in lower case after it: a name and its apposition
    ("Nama Orang, putri ..."), never a headline's surname and verb."""
    m = _APPOSED.match(text, item.end, item.end + 8)
    return m is not None and m.group(1).islower()


def cut_at_end(r: Reading, item: Item) -> bool:
    """The run ends the text with no closing mark: a page cut mid-name (`Katedral Ho`, `Korean Cent`)."""
    end = r.text_end       # (only spaces after it)
    return item.end >= end > 0 and r.text[end - 1] not in CLOSERS


# A model's mark: one capital letter or a Roman numeral as a word of its own ("Nama V", "Nama II").
_MODEL_MARK = re.compile(r" (?:[IVX]{1,4}|[A-Z])(?![\w-])")


def model_mark(text: str, end: int) -> bool:
    """A registered body's name with a model's mark right after it (a vaccine, a rocket, a car named after
    its maker, "Nama V"): the name of a product, not the body (FORMATS: organisations are named bodies)."""
    return text.startswith(" ", end) and _MODEL_MARK.match(text, end) is not None


def credit(r: Reading, item: Item) -> bool:
    """A known agency in a photo credit: after a credit word (`Foto:`, `Photo :`, `dok`, `via`), against a
    slash (`REUTERS/File Photo`, `TASS / Yonhap`), or alone on its line as a sign-off (`... ke Rusia.
    REUTERS`)."""
    text = r.text
    line_start = text.rfind("\n", 0, item.start) + 1
    line_end = text.find("\n", item.end)
    line_end = len(text) if line_end < 0 else line_end
    before, after = text[line_start:item.start], text[item.end:line_end]
    if before.rstrip().endswith("/") or after.lstrip().startswith("/"):
        return True
    if r.kit.credit_before.search(before) or r.kit.credit_after.match(after):
        # ("Dilansir dari X via Y": a chain of media a citing verb opens, each a source, no photo credit)
        return not cited(r.kit, before)
    # A sign-off: the agency's name in capitals is all that follows a sentence's end on its line.
    return (item.text.isupper() and not after.strip(" .)") and (not before.strip()
                                                                 or before.rstrip()[-1:] in ".!?\"”"))


def citing_outlet(r: Reading, before: str, end: int) -> bool:
    """`dikutip X dari Y`: the name right after a citing verb and right before `dari` and its source is the
    agent citing, the page's own outlet (FORMATS: its `outlet`, no body of the brief)."""
    last = before.rstrip().rsplit(None, 1)[-1:]
    return bool(last) and last[0].lower() in r.kit.citing_verbs and r.text.startswith(r.kit.citing_link, end)


@dataclass(slots=True)
class _Run:
    """A capitalised run no role claimed, with what bare_name reads around it."""

    items: list[Item]
    k: int                      # its index among the sentence's items
    item: Item
    title_case: bool
    known_tokens: set           # the words of the people named so far (spelling-folded)
    folded: list[str]           # its words, folded
    keys: list[str]             # and under the spelling folds, as the people's words are
    place_context: bool         # right after a preposition or a place's head word ("di", "ke")
    prev: Item | None           # the items around it
    next: Item | None
    first: str                  # its first word
    is_known: bool              # one of its words is a word of a person named so far
    taken: int = 0              # how many items after it a reading took in


# How far before a run a vessel's noun and its phrase may stand ("kapal tanker berbendera Rusia, ").
VESSEL_LOOKBACK = 60
# A country closing a body's name takes at most this many words ("Republik Rakyat Demokratik Korea").
COUNTRY_WORDS_IN_BODY = 4


def bare_name(r: Reading, items: list[Item], k: int, title_case: bool, known_tokens: set) -> int:
    """Reads a capitalised run no role claimed; returns how many items after it it took in."""
    kit, text, item = r.kit, r.text, items[k]
    folded = [fold(text[a:b]) for a, b in item.tokens]
    prev = items[k - 1] if k else None
    keys = [r.spelling(t) for t in folded]
    a, b = item.tokens[0]
    run = _Run(items, k, item, title_case, known_tokens, folded, keys,
               prev is not None and ((prev.kind == "word" and (
                   prev.text.lower() in kit.prepositions or prev.text.lower() in kit.place_heads))
                   or _two_word_head(r, items, k)),
               prev, items[k + 1] if k + 1 < len(items) else None, text[a:b],
               any(t in known_tokens for t in keys))
    taken = _source_or_entity(r, run)
    if taken is not None:
        return taken
    if prev is not None and (prev.text == "," or prev.text.lower() in kit.vessel_words) \
            and kit.vessel_before.search(text, max(0, item.start - VESSEL_LOOKBACK), item.start):
        return 0        # "kapal feri X", "kapal tanker berbendera Rusia, X,": a ship's name, no person
    if len(item.tokens) == 1 and not run.is_known and _kind_of_body_before(r, run):
        # "perusahaan pelayaran Rusia Fesco": one word after a kind of body, its trade and its country.
        r.add_other("organization", None, Span(item.start, item.end), "organization:kind-before")
        return 0
    if _run_opening(r, run):
        return run.taken
    if len(item.tokens) >= 2:
        _several_words(r, run)
    else:
        _one_word(r, run)
    return 0


def _two_word_head(r: Reading, items: list[Item], k: int) -> bool:
    """A place's head of two lower-case words right before the run ("bandar udara X", "negara bagian X"), or a
    head and the compass word or country that places it ("pelabuhan selatan X", "pelabuhan Rusia X")."""
    if k < 2 or items[k - 2].kind != "word" or items[k - 2].end + 1 != items[k - 1].start \
            or items[k - 1].end + 1 != items[k].start:
        return False
    if f"{items[k - 2].text} {items[k - 1].text}".lower() in r.kit.place_heads:
        return True
    if items[k - 2].text not in r.kit.place_heads:
        return False
    between = items[k - 1]
    return (between.kind == "ent" and between.entry_kind == "country") or (
        between.kind == "word" and between.text.islower() and between.text.capitalize() in r.kit.region_words)


def _kind_after(r: Reading, item: Item) -> bool:
    """`X, sebuah perusahaan Rusia, ...`, `X Rusia, anak perusahaan dari ...`: a kind of body counted as a thing
    apposed right after the run (a person is counted `seorang`): the run names that body. Not the last words of
    an English name joined by `of` (`... of Hope`): the run is not the whole name."""
    kit, text = r.kit, r.text
    if kit.kind_after is None or kit.kind_after.match(text, item.end) is None:
        return False
    link = text[max(0, item.start - 5):item.start].split()
    return not (link and link[-1] in kit.foreign_links)


def _persons_body(r: Reading, item: Item, known_tokens: set) -> bool:
    """A head and one word, that word a word of a person named earlier (`Organisasi Jang`): the head is a
    common noun for that person's body (not a body named after someone: `Universitas X`, organizations.yaml
    eponym_heads; nor a leader's office, which the news names so: `Kantor X`, office_heads)."""
    words = item.text.split()
    return (len(words) == 2 and words[0] not in r.kit.eponym_org_heads and words[0] not in r.kit.office_heads
            and r.spelling(fold(words[1])) in known_tokens)


def _kind_of_body_before(r: Reading, run: _Run) -> bool:
    """A kind of body (`perusahaan`, `maskapai`), at most two lower-case words of its trade and its country
    stand right before the one-word run, with no comma: it names that body. With no country the kind stands
    right before it or with one word of its trade (`perusahaan pelayaran X`), a word that links no owner
    (not `perusahaan itu milik X`: organizations.yaml kind_links)."""
    items, j = run.items, run.k - 1
    if j < 0:
        return False
    if items[j].kind != "ent" or items[j].entry_kind != "country":
        return run.first not in r.kit.region_words and _bare_kind_before(r, items, j)   # ("pabrikan Barat")
    j -= 1
    for _ in range(3):
        if j < 0 or items[j].kind not in ("word", "name"):
            return False
        if items[j].text.lower() in r.kit.company_kinds:
            return True         # (a kind opening the sentence is read as a name: "Maskapai Rusia X")
        if items[j].kind != "word":
            return False
        if not items[j].text.islower():
            return False
        j -= 1
    return False


def _bare_kind_before(r: Reading, items: list[Item], j: int) -> bool:
    """`perusahaan X`, `perusahaan pertanian X`: items[j] is the kind or one lower-case word of its trade
    right after the kind, each a space apart."""
    kit = r.kit
    for _ in range(2):
        word = items[j]
        if word.kind != "word" or r.text[word.end:word.end + 1] != " ":
            return False
        low = word.text.lower()
        if low in kit.company_kinds:
            return True
        if not word.text.islower() or low in kit.kind_links or low in kit.prepositions or j == 0:
            return False
        j -= 1
    return False


def _reported_subject(r: Reading, item: Item, before: str) -> bool:
    """`Kantor berita Lurin melaporkan Arvo Melkin mengatakan ...`: a run of two words or more right after a
    reporting verb (organizations.yaml reporting_verbs) and right before a speech verb (speech.yaml
    cues_before) is the reported clause's subject, a person, not a medium cited."""
    kit, text = r.kit, r.text
    if len(item.tokens) < 2 or text[item.end:item.end + 1] != " ":
        return False
    cue = before.rstrip().rsplit(None, 1)[-1:]
    if not cue or cue[0].lower() not in kit.reporting_verbs:
        return False
    after = text[item.end + 1:item.end + 40].split(None, 1)[:1]
    return bool(after) and after[0].lower() in kit.say_verbs


def _source_or_entity(r: Reading, run: _Run) -> int | None:
    """A medium cited as a source, a registered entity, a site or region of a known one: how many
    items after the run it took in; None when the run is none of them."""
    kit, text, item = r.kit, r.text, run.item
    before = text[max(0, item.start - 40):item.start]
    if text[item.end:item.end + 1] == "." and len(item.tokens) == 1 and (run.place_context or source_cued(kit, before)):
        site = kit.domain_after.match(text, item.end)
        if site is not None and citing_outlet(r, before, site.end()):
            return 0      # "Dikutip Situsku.com dari Y": the page's own site citing Y
        if site is not None:
            # "Menurut laporan dari Nusaexpress.co.uk": a site's address cited as a source names a medium,
            # no place or person (not a site's name in a widget line or a photo credit).
            r.add_other("organization", None, Span(item.start, site.end()), "organization:domain")
            return 0
    the = CAPITAL_WORD_AT_END.search(before) if before[-1:].isspace() else None
    if the and (the.group().strip() not in kit.function_words or source_cued(kit, before)):
        the = None      # (a cue opening the sentence, "Dilansir X", is itself the capitalised word)
    # ("Kantor berita X melaporkan Nama Won-soon ditangkap": a name closing on a hyphenated Korean given
    # name is the person reported on, never a medium.)
    if source_cued(kit, before[:the.start()] if the else before) and not all(
            t in run.known_tokens for t in run.keys) and not (
            len(item.tokens) >= 2 and given_name_shape(text[item.tokens[-1][0]:item.tokens[-1][1]])) and not (
            len(item.tokens) == 1 and run.folded[0] in kit.country_words) and not _reported_subject(r, item, before):
        # (not "media Korea melaporkan": a word of a country's name says whose media, it names no medium)
        nxt = run.next
        if (nxt is not None and nxt.kind == "ent" and nxt.entry.kind == "organization" and nxt.start == item.end + 1
                and item.text.split()[0].lower() in kit.org_first):
            # "laporan Kantor Berita Resmi KCNA": the kind of the registered body named next, no body of its own.
            return 0
        # "Dilansir dari The Korean Herald": a medium cited as the source ("... dari lansiran media Spu": not
        # a name the page cuts at its end).
        start = item.start - (len(the.group()) if the else 0)
        glued = _glued_source(r, item) if len(item.tokens) == 1 and not the else None
        if glued is not None:
            # "Dilansir Afpfakta ini ...": a registered medium glued to the next word when the page was pasted.
            r.add_other("organization", glued[0], Span(item.start, glued[1]), "organization:source-glued")
            return 0
        if citing_outlet(r, before, item.end):
            return 0      # "dikutip Situsku dari Y": the page's own outlet citing Y
        if not cut_at_end(r, item):
            joined = _medium_closing_on_entity(r, run)
            r.add_other("organization", None, Span(start, joined.end if joined else item.end),
                        "organization:source-cue")
            return 1 if joined else 0
        return 0
    prev = run.prev
    if (prev is not None and prev.kind == "ent" and prev.entry_kind == "country" and prev.end + 1 == item.start
            and not all(t in run.known_tokens for t in run.keys)
            and kit.country_medium.search(text, max(0, prev.start - 30), prev.start)):
        # "situs berita Ukraina X": a medium with its country before its name, no person.
        r.add_other("organization", None, Span(item.start, item.end), "organization:source-cue")
        return 0
    prev = run.prev
    # (an acronym opening the name is no name word of its own: "perusahaan X, KV Dynamics,")
    start = prev.start if (prev is not None and prev.kind == "word" and prev.text.isupper()
                           and prev.end + 1 == item.start) else item.start
    if _apposed_body(r, start, item.end) or _kind_after(r, item):
        # "perusahaan analisis satelit Korea Selatan, Orvix Analytics, ...": the body the phrase describes.
        r.add_other("organization", None, Span(start, item.end), "organization:apposed-kind")
        return 0
    entry = kit.by_surface.get(fold(item.text))
    if entry is not None and not case_ok(item.text, alias_like(r.kit, entry, item.text)):
        entry = None      # "kata Ri" is a person's name, not the country "RI"
    if entry is not None and entry.kind != "person":
        r.add_other(entry.kind, entry, Span(item.start, item.end), f"{entry.kind}:register")
        return 0
    nxt = run.next
    if nxt is not None and nxt.kind == "ent" and nxt.start == item.end + 1 and text[item.end] == " ":
        # "di Markas Besar NATO": the site of a body; "ke Barat Daya China": a region of a country.
        site = fold(item.text) in kit.site_heads and nxt.entry.kind in ("organization", "country")
        region = nxt.entry.kind == "country" and all(text[a:b] in kit.region_words for a, b in item.tokens)
        if site or region:
            r.add_other("place", None, Span(item.start, nxt.end), "place:site" if site else "place:region")
            return 1
    return None


# The shortest a registered medium's name and the word glued to it may each be ("AP" + "kini").
GLUED_PART_MIN = 2


def _glued_source(r: Reading, item: Item):
    """One word after a source cue that is a registered body's name and a common word written together
    (`Afpfakta`: `AFP` + `fakta`): (the body's entry, where its name ends); None otherwise."""
    word = item.text
    for cut in range(len(word) - GLUED_PART_MIN, GLUED_PART_MIN - 1, -1):
        entry = r.kit.by_surface.get(fold(word[:cut]))
        if entry is not None and entry.kind == "organization" and fold(word[cut:]) in r.kit.common_words:
            return entry, item.start + cut
    return None


def _medium_closing_on_entity(r: Reading, run: _Run) -> Item | None:
    """A medium's name cited as a source whose last word the register knows as a place of one word
    ("surat kabar Nama Kotaburg": a paper named after its city), the word right after the run with one
    space between: that word, part of the medium's name; None otherwise (a country after a medium is its
    country, "harian Nama Rusia"; a registered body after it is a second source, "Nama Pagi Agensi")."""
    nxt, text, item = run.next, r.text, run.item
    if (nxt is not None and nxt.kind == "ent" and nxt.entry_kind == "place"
            and nxt.start == item.end + 1 and text[item.end] == " " and " " not in nxt.text
            and nxt.text[:1].isupper()):
        return nxt
    return None


def _listed_place(r: Reading, run: _Run) -> bool:
    """The one-word run is listed after a place (a comma or a list joiner between) and before another
    place, or before `di` and a country or place: a place of the list (not `di Moskow dan Ivanov
    mengatakan`)."""
    items, k, kit = run.items, run.k, r.kit
    if k < 2 or k + 2 >= len(items) or not _joins(kit, items[k - 1]) or not _place_item(r, items[k - 2]):
        return False
    nxt, after = items[k + 1], items[k + 2]
    if _joins(kit, nxt):
        return _place_item(r, after)
    return (nxt.kind == "word" and nxt.text.lower() in kit.prepositions and after.kind == "ent"
            and after.entry_kind in ("country", "place"))


def _listed_body(r: Reading, run: _Run) -> bool:
    """The one-word run is listed with registered organisations, a comma or a list joiner between each:
    between two (`LG, X, Samsung dan Hyundai`), or at either end of a list that names two more
    (`X, Samsung, Hyundai, ...`, `..., Samsung, Hyundai, dan X`): a body of the list (not `Samsung dan X
    mengatakan`, one body only)."""
    items, k, kit = run.items, run.k, r.kit
    n = len(items)
    if 2 <= k and k + 2 < n and _joins(kit, items[k - 1]) and _joins(kit, items[k + 1]):
        after = items[k + 3] if (k + 3 < n and items[k + 1].text == ","
                                 and _joins(kit, items[k + 2]) and items[k + 2].text != ",") else items[k + 2]
        if _body_item(items[k - 2]) and _body_item(after):
            return True
    if (k + 4 < n and items[k + 1].text == "," and _body_item(items[k + 2]) and _joins(kit, items[k + 3])
            and _body_item(items[k + 4]) and not (k and _joins(kit, items[k - 1]))):
        return True       # the first of the list
    j = k - 3 if k >= 2 and items[k - 1].kind == "word" and items[k - 2].text == "," else k - 2
    return (j >= 2 and _joins(kit, items[k - 1]) and _body_item(items[j]) and items[j - 1].text == ","
            and (_body_item(items[j - 2]) or _read_as_body(r, items[j - 2])))     # the last of the list


def _body_item(item: Item) -> bool:
    """A body the register knows."""
    return item.kind == "ent" and item.entry_kind == "organization"


def _read_as_body(r: Reading, item: Item) -> bool:
    """A run this text already reads as a body (a word listed with registered ones before it)."""
    return item.kind == "name" and any(slot.kind == "organization" and any(span.start == item.start
                                                                          for span, _, _ in slot.mentions)
                                       for slot in r.others.values())


def _joins(kit, item: Item) -> bool:
    return item.text == "," or (item.kind == "word" and item.text.lower() in kit.list_joiners)


def _place_item(r: Reading, item: Item) -> bool:
    """A registered place, or a run already read as a place."""
    if item.kind == "ent":
        return item.entry_kind == "place"
    if item.kind == "place":
        return True
    return item.kind == "name" and any(
        slot.kind == "place" and any(span.start == item.start for span, _, _ in slot.mentions)
        for slot in r.others.values())


def _apposed_body(r: Reading, start: int, end: int) -> bool:
    """The run [start, end) is set off by commas after a phrase opening on a kind of body (`perusahaan`,
    `lembaga`) whose other words are lower case or name a country or place: it names that body."""
    text = r.text
    if text[end:end + 1] not in (",", "."):
        return False      # (asked first: most runs are not set off, and the search is the cost)
    line_start = text.rfind("\n", 0, start) + 1
    lo = max(line_start, start - 120)
    before = start - 1
    while before >= lo and text[before].isspace():
        before -= 1
    if before < lo or text[before] != ",":
        return False      # (the phrase ends in a comma right before the run: not here, no search)
    found = r.kit.apposed_kind.search(text, lo, start)
    if found is None:
        return False
    named = False
    for run in CAPITALISED_RUN.finditer(text, found.start("rest"), found.end("rest")):
        entry = r.kit.by_surface.get(fold(run.group()))
        if entry is None or entry.kind not in ("country", "place"):
            return False
        named = True
    # Inside a clause ("penerbangan maskapai Korea Utara, X,") the phrase must name the body's country
    # or place: a bare kind after a word ("direktur perusahaan, X,") is a post and its holder.
    return named or found.group("inside") is None


def _run_opening(r: Reading, run: _Run) -> bool:
    """What the run's first word says: a preposition's phrase, a place's head, a noun opening the
    sentence before a known name, a form of address or a kinship noun. True when it is read."""
    kit, text, item, keys, known = r.kit, r.text, run.item, run.keys, run.known_tokens
    first, prev = run.first, run.prev
    if run.place_context and (first in kit.relational or fold(item.text) in kit.not_places):
        return True      # "di Tengah Ketegangan", "di Tanah Air": a preposition's phrase, no place
    if first in kit.place_name_heads and len(item.tokens) >= 2:
        if cut_at_end(r, item):
            return True      # "Katedral Ho" closing a page cut mid-name: no place of its own
        if _described_place(kit, run):
            return True      # "Kota Pelabuhan Rusia, X": a description of the place named after it
        if not r.in_line(item.start) or not all(
                written_in_lower_case(text, text[a:b].lower()) for a, b in item.tokens[1:]):
            nxt = run.next
            if (len(item.tokens) == MAX_NAME_TOKENS and nxt is not None and nxt.kind == "name"
                    and nxt.start == item.end + 1):
                run.taken = 1       # "Gereja Ortodoks X Y | Z": the run was cut at its longest inside the name
            r.add_other("place", None, Span(item.start, nxt.end if run.taken else item.end), "place:name-head")
        # (In a Title Case line, a head and words the article writes in lower case elsewhere, "Resor Mewah"
        # over "resor pantai mewah", are a common noun phrase: no place.)
        return True
    if _word_before_given_name(r, run):
        # "pimpinan perusahaan Vektorprom Ivan Petrov": a known given name opens a person's name (given name
        # first, as Russian and Western names are written): the word glued before it is not the person's
        # (a company's or a post's last word).
        rest = item.tokens[1:]
        r.person(Item("name", rest[0][0], item.end, text[rest[0][0]:item.end], tokens=rest), "person:given-name-first")
        return True
    if (len(item.tokens) >= 2 and keys[0] not in known and (all(t in known for t in keys[1:]) or (
            len(keys) == 2 and keys[1] in kit.register_surnames and r.common(run.folded[0])))
            and (run.k == 0 or (prev is not None and prev.kind == "punct" and prev.text in kit.openers))):
        # "Kunjungan Lavrov ...", "Pernyataan Kim ...": a capitalised noun opening the sentence
        # before a known person's name is not part of that name ("Pemerintahan Trump ...": nor before
        # the surname of a registered person, which alone names that person).
        rest = item.tokens[1:]
        named = Item("name", rest[0][0], item.end, text[rest[0][0]:item.end], tokens=rest)
        if len(rest) >= 2:
            r.person(named, "person:known-name")
        else:
            r.refs.append(Ref(named, "person:surname"))
        return True
    opens = run.k == 0 or (prev is not None and prev.kind == "punct" and prev.text in kit.openers)
    if (len(item.tokens) == 2 and opens and not any(t in known for t in keys) and first not in kit.surname_words
            and not given_name_shape(text[item.tokens[1][0]:item.tokens[1][1]])
            and written_in_lower_case(text, first.lower())):
        # "Feri Vostra membawa 200 penumpang": a noun this article writes in lower case ("kapal feri")
        # opens the sentence before the name of a thing (a vessel, a product); neither is a person.
        return True
    if len(item.tokens) >= 3 and opens and fold(first) in kit.common_words:
        # "Kunjungan Bapak X ...": a noun opening the sentence, then a form of address; neither is the name.
        after = item.tokens[1:]
        named = r.without_honorific(Item("name", after[0][0], item.end, text[after[0][0]:item.end], tokens=after))
        if len(named.tokens) < len(after):
            if len(named.tokens) >= 2:
                r.person(named, "person:name-shape")
            else:
                r.refs.append(Ref(named, "person:honorific-surname", strong=True))
            return True
    kin = first.lower() in kit.kin_words
    if len(item.tokens) == 2 and not run.title_case:
        if kin and not given_name_shape(text[item.tokens[1][0]:item.tokens[1][1]]):
            return True      # "Kakek Kim ...": a kinship noun opening the sentence names a relative of a Kim named here
        named = r.without_honorific(item)
        if named is not item:
            # "Tuan Kim mengatakan": a form of address and a surname; the title is no part of the name.
            r.refs.append(Ref(named, "person:honorific-surname", strong=True))
            return True
    if kin and len(item.tokens) >= 3:
        rest = item.tokens[1:]
        r.person(Item("name", rest[0][0], item.end, text[rest[0][0]:item.end], tokens=rest), "person:name-shape")
        return True
    return False


def _word_before_given_name(r: Reading, run: _Run) -> bool:
    """The run's first word glued before a known given name (`word_before_given_name`), no word of a person
    named so far."""
    return run.keys[0] not in run.known_tokens and word_before_given_name(r, run.item)


def word_before_given_name(r: Reading, item: Item) -> bool:
    """A run of three or more words whose second is a known given name (given_name_variants) and whose first
    is none, nor a Korean surname: given name first, as Russian and Western names are written, so the first
    word is not the person's (a company's name or a post's last word before the holder)."""
    if item.kind != "name" or len(item.tokens) < 3:
        return False
    kit = r.kit
    first, second = (fold(r.text[a:b]) for a, b in item.tokens[:2])
    return (second in kit.given_names and first not in kit.given_names
            and r.text[item.tokens[0][0]:item.tokens[0][1]] not in kit.korean_surnames)


def _described_place(kit: Kit, run: _Run) -> bool:
    """A place's head and words (`Kota Pelabuhan`), maybe its country, then a comma and a registered place
    (`Kota Pelabuhan Rusia, Vladivostok`): the words describe the place named after them, no place of their own.
    Only a region's head (`Kota`, `Wilayah`) describes so: a site's (`Lapangan X, Kota`) is a site in the place."""
    if run.first not in kit.region_heads:
        return False
    items, j = run.items, run.k + 1
    if j < len(items) and items[j].kind == "ent" and items[j].entry.kind == "country" and items[j].start == run.item.end + 1:
        j += 1
    return (j + 1 < len(items) and items[j].text == "," and items[j + 1].kind == "ent"
            and items[j + 1].entry.kind == "place")


def _several_words(r: Reading, run: _Run) -> None:
    """A run of two or more words: a known person, a place after a preposition, a headline's
    surname and verb, a body closed by its acronym, or a person by the shape of the name."""
    kit, text, item, items, k = r.kit, r.text, run.item, run.items, run.k
    keys, known, folded, title_case = run.keys, run.known_tokens, run.folded, run.title_case
    span = Span(item.start, item.end)
    if _glued_entity(r, item):
        return
    if run.is_known and _cut_at_hyphen(r, item):
        return
    if run.is_known and all(t in known for t in keys):
        owners = [p for p in r.people.values() if set(keys) <= p.tokens]
        if len(owners) == 1 and r.spelling(fold(item.text)) != owners[0].key:
            # "Thomas Greenfield" after "Linda Thomas-Greenfield": a shorter form of the one person
            # whose name holds all its words.
            owners[0].mentions.append(new_seen((span, item.text, "person:known-name")))
            return
        r.person(item, "person:known-name")
        return
    if run.place_context and not run.is_known:
        _place_after_preposition(r, run)
        return
    if (title_case or r.in_line(item.start) and not _apposed_after(text, item)) and (
            keys[0] in known or keys[0] in kit.register_surnames) and not any(
            t in known for t in keys[1:]) and not r.common(folded[0]):
        # "..., Zelensky Ungkap Kondisinya": a headline's known surname, then its verb (not in a line of
        # prose cut by the end of the page: "Kim Ju Ae, putri ..." is a name set off by its apposition).
        a, b = item.tokens[0]
        r.refs.append(Ref(Item("name", a, b, text[a:b], tokens=item.tokens[:1]), "person:surname"))
        return
    if title_case or fold(item.text) in kit.outlets or any(t in kit.outlets for t in folded):
        return      # a headline's capitals; "dihubungi <outlet>", "Nikmati Tempo": a medium, no person
    if item.start and text[item.start - 1] == "/":
        return      # "Reuters/Name Surname": a photo credit's name, no person of the brief
    if (len(folded) >= 3 and k + 3 < len(items)
            and items[k + 1].text == "(" and items[k + 3].text == ")" and items[k + 2].text.isupper()
            and len(items[k + 2].text) >= 3
            and (sum(1 for t in folded if r.common(t) and t not in kit.english_words) >= 2 or (
                sum(1 for t in folded if r.common(t) or t in kit.english_words) >= 2
                and items[k + 2].text == "".join(w[0] for w in item.text.split() if w[:1].isupper())))):
        # "Tim Pengawas Ekspor Bersama (TPEB)": common nouns closed by an acronym name a body
        # (not "Aturan Ekspor Bersama (AEB)": a rule, a law, a programme); so are English nouns closed by
        # their initials ("Conflict Armament Research (CAR)"), not a person's name and its initials. (English
        # words Indonesian news uses are common words too: they count only with the initials.)
        if text[item.tokens[0][0]:item.tokens[0][1]] in kit.instrument_heads:
            return
        r.add_other("organization", None, span, "organization:acronym-closed")
        r.acronyms.setdefault(items[k + 2].text, (None, item.text))
        return
    if all(r.common(t) or t in kit.english_words for t in folded):
        return      # "Tetap Waspada", "Kerja Sama": the shape alone, and no word of a name
    if _body_named_before(r, item):
        return
    if len(folded) >= 4 and sum(map(r.common, folded)) >= len(folded) - 1 and not run.is_known:
        return      # "Putus Seluruh Jalur Komunikasi": a headline-like phrase, not a name
    if cut_at_end(r, item):
        return      # "... yaitu Katedral Ho": the page was cut inside the name
    if _MODEL_CODE.match(text, item.end):
        return      # "Sistem Pantsir S1", "Sukhoi Su-57", "Boeing 777-200ER": a product and its model
    if folded[-1] in kit.not_name_ends:
        return      # "... dan Gamelan Internasional": the end of an event's or a body's name
    if _common_noun_end(kit, text, item, folded[-1]):
        return      # "Gubernur Jual Pabrik", "..., Warga Puji Pasukannya": a heading's verb and noun
    if (r.common(folded[0]) and len(folded[0]) >= CIRCUMFIX_MIN and kit.circumfix[0]
            and folded[0].startswith(kit.circumfix[0]) and folded[0].endswith(kit.circumfix[1])):
        return      # "Pengembangan Taktik", "Keamanan X": a common noun made with a circumfix opens no name
    if kit.loan_noun_ends and folded[0].endswith(kit.loan_noun_ends):
        _after_loan_noun(r, run)
        return
    if folded[0] in kit.venue_heads or item.text.split()[0] in kit.nickname_heads or _quoted_whole(r, item):
        return      # "untuk Teater X", "saat Negeri X": a venue's head, a country's nickname; `"Lurin Dawn"`: a title
    # "rekan sejawat dari Korea Selatan Chung X": the country the person comes from.
    origin = items[k - 1] if k >= 2 and items[k - 2].kind == "word" and items[k - 2].text in kit.side_from else None
    if (origin is None and k >= 4 and items[k - 1].text == "," and items[k - 3].kind == "word"
            and items[k - 3].text in kit.side_from and items[k - 4].kind == "word"
            and items[k - 4].text.lower() in kit.counterparts):
        # "bertemu mitranya dari Jepang, X": a counterpart from a country, named after a comma.
        origin = items[k - 2]
    r.person(item, "person:name-shape", affiliation=origin.entry.name if (
        origin is not None and origin.kind == "ent" and origin.entry_kind == "country") else None)


# Marks that open and close a quoted title: the double and single ones, curly and straight.
_TITLE_OPENERS = frozenset(QUOTE_MARKS + SINGLE_OPENER + APOSTROPHE)
_TITLE_CLOSERS = frozenset(QUOTE_MARKS + SINGLE_CLOSER + APOSTROPHE)
_WORD_BEFORE = re.compile(r"(\w+) $")


def _quoted_whole(r: Reading, item: Item) -> bool:
    """`"Lurin Dawn"`, `“The Lurin Dawn”`: a run that is all a quotation holds (an English article before
    it, a comma or stop after it, at most) is the title of a work, a programme or an operation, no one's name."""
    text, start, end = r.text, item.start, item.end
    article = _WORD_BEFORE.search(text, max(0, start - 8), start)
    if article is not None and article.group(1)[:1].isupper() and fold(article.group(1)) in r.kit.english_words:
        start = article.start()
    if end < len(text) and text[end] in ",.":
        end += 1
    return start > 0 and end < len(text) and text[start - 1] in _TITLE_OPENERS and text[end] in _TITLE_CLOSERS


def _after_loan_noun(r: Reading, run: _Run) -> None:
    """A run opening on a loan noun (`Ekologi`, function_words.yaml loan_noun_suffixes): "... dan Ekologi Arvo
    Melkin" is a post's last noun, then the name; "... Mikrobiologi Nasional X Y" a body's words (a common word
    after the noun), no person."""
    item, rest = run.item, run.item.tokens[1:]
    if len(rest) >= 2 and not r.common(run.folded[1]):
        r.person(Item("name", rest[0][0], item.end, r.text[rest[0][0]:item.end], tokens=rest), "person:name-shape")


def _cut_at_hyphen(r: Reading, item: Item) -> bool:
    """`Hong Myung` after `Hong Myung-bo`: a mention of the one person whose name the run is cut from
    (`hyphen_cut_owner`), whose cut word is then one of its words too (a bare `Myung` names that person).
    True when it is read."""
    owner = hyphen_cut_owner(r, item.text)
    if owner is None:
        return False
    owner.mentions.append(new_seen((Span(item.start, item.end), item.text, "person:known-name")))
    a, b = item.tokens[-1]
    owner.tokens = owner.tokens | {r.spelling(fold(r.text[a:b]))}
    r.people_changes += 1
    return True


def hyphen_cut_owner(r: Reading, name: str):
    """The one person of the article whose name goes on from `name` by a hyphen and a lower-case syllable
    (`Hong Myung-bo` for `Hong Myung`: a Korean given name cut short), else None. Not a cut form that opens
    a registered person's name as well (`Kim Jong`: whose, the text does not say)."""
    head = name + "-"
    owners = [p for p in r.people.values() if p.name.startswith(head) and p.name[len(head):].isalpha()
              and p.name[len(head):].islower()]
    if len(owners) != 1:
        return None
    folded = fold(name)
    if any(key.startswith(folded) and entry.kind == "person" for key, entry in r.kit.by_surface.items()):
        return None
    return owners[0]


def _body_named_before(r: Reading, item: Item) -> bool:
    """`... dalam Tim Pemantau X,` after `Tim Pemantau X (TPX)`: the words of a body the article has named are
    that body again, no person (a mention of it, True)."""
    body = r.others.get(slugify(item.text))
    if body is None or body.kind != "organization":
        return False
    r.add_other("organization", body.entry, Span(item.start, item.end), "organization:named-before", item.text)
    return True


# A common word opening a run, shaped as a noun with a circumfix and at least this long, opens no name.
CIRCUMFIX_MIN = 8


def _common_noun_end(kit, text: str, item: Item, word: str) -> bool:
    """The run closes on a word no name closes on (`word`, its last word folded): a common word of the language
    (common_words.yaml, not a word this article merely writes in lower case), or one with its possessive suffix
    (`pasukannya`): the family or given name a name closes on is none. But a Korean name's syllable may be one
    ("Kim Hye Bom"), and its surname close it in the reverse order ("Hana Pak")."""
    if any(text[a:b] in kit.korean_surnames for a, b in (item.tokens[0], item.tokens[-1])) \
            or text[item.tokens[-1][0]:item.tokens[-1][1]] in kit.site_tails:
        return False    # (a site's English tail after its place, "<place> Riverside Resort", is read as the site)
    return word in kit.common_words or possessed(kit, word, kit.common_words) is not None


# A model code right after a name: letters and digits ("S1", "Su-57", "F-16", "MiG-29") or numbers joined
# by a hyphen ("777-200ER"); a person's name is never followed by one.
_MODEL_CODE = re.compile(r"[ \t](?:[A-Z][A-Za-z]{0,2}-?\d[\w-]*|\d+-\d+[A-Z]*)(?![\w-])")


# A lower-case letter right before a capital inside one word: where two words were glued.
_GLUE = re.compile(r"(?<=[a-z])(?=[A-Z])")


def _place_after_preposition(r: Reading, run: _Run) -> None:
    """`di Gedung X`: a run the register does not know, right after a preposition, is a place unless its
    words are all common ones (not "dari Pasar Otomotif" in a headline: its title case caps common nouns;
    nor, in prose, "ke Negeri Otoriter itu", "tentara dari Relawan Rakyat ...": common words with capitals
    are a nickname or the head of a longer name). In prose a place's name has a word of its own, a
    country's ("Monumen Pembebasan Korea"), or a site's or a venue's head first ("di Gedung Merdeka",
    "di Masjid Raya"): the common-word list is learnt from corpora that write such names too."""
    kit, text, item, folded = r.kit, r.text, run.item, run.folded
    head = text[item.tokens[0][0]:item.tokens[0][1]]
    sited = head in kit.place_name_heads or head in kit.eponym_places or fold(head) in kit.venue_heads
    common_only = all(map(r.common, folded)) and (
        run.title_case or r.in_line(item.start) or not (sited or any(t in kit.country_words for t in folded)))
    if not common_only and not cut_at_end(r, item) and head not in kit.nickname_heads:
        r.add_other("place", None, Span(item.start, item.end), "place:preposition")


def _glued_entity(r: Reading, item: Item) -> bool:
    """`ke KievPresiden Korea Selatan ...`, `ke RusiaU.S.`: a line glued to the next when the page was
    pasted. A word whose part before a capital inside it is a country or place the register knows is that
    entity, and the rest of the run no name (not `SpaceX`, `WhatsApp`: no known entity before the capital)."""
    first = r.text[item.start:item.tokens[0][1]] if item.tokens else item.text
    m = _GLUE.search(first)
    if m is None:
        return len(item.tokens) >= 2 and _glued_at_end(r, item)
    entry = r.kit.by_surface.get(fold(first[:m.start()]))
    if entry is None or entry.kind not in ("country", "place"):
        return False
    r.add_other(entry.kind, entry, Span(item.start, item.start + m.start()), f"{entry.kind}:glued")
    return True


def _glued_at_end(r: Reading, item: Item) -> bool:
    """`Nama Korporasi` + `Penempatan ...`: a photo credit glued to the lead's first word. The run up to a
    capital inside its last word is a country, place or body the register knows: that entity, and the rest
    no name."""
    a, b = item.tokens[-1]
    m = _GLUE.search(r.text, a, b)
    if m is None:
        return False
    entry = r.kit.by_surface.get(fold(r.text[item.start:m.start()]))
    if entry is None or entry.kind not in ("country", "place", "organization"):
        return False
    r.add_other(entry.kind, entry, Span(item.start, m.start()), f"{entry.kind}:glued")
    return True


# One word of letters whose case changes inside it after a lower-case letter ("FireEye", "TransKom"): a brand.
_BRAND_WORD = re.compile(r"[A-Z][a-z]+[A-Z][A-Za-z]*")


def _one_word(r: Reading, run: _Run) -> None:
    """One word: a nickname, a surname of someone here, a place after `di`/`ke`, or a person by a
    speech cue."""
    kit, text, item, keys, known = r.kit, r.text, run.item, run.keys, run.known_tokens
    folded, title_case = run.folded, run.title_case
    span = Span(item.start, item.end)
    if _glued_entity(r, item) or (keys[0] not in known and _joined_surnames(r, item)):
        return
    nick = kit.nickname_cue.match(text, item.end)
    if nick and keys[0] not in known:
        owner = [p for p in r.people.values() if r.spelling(fold(nick.group(1))) in p.tokens]
        if len(owner) == 1:
            # "kata Budi, sapaan akrab Budiman": the nickname is a form of that person.
            owner[0].mentions.append(new_seen((span, item.text, "person:nickname")))
            owner[0].tokens = owner[0].tokens | {keys[0]}
            r.people_changes += 1
            known.add(keys[0])
            return
    if keys[0] not in known and (folded[0] in kit.outlets or (
            folded[0] in kit.country_words and not run.place_context)):
        return      # "di Bisnis": a medium; "Kawan-kawan Korea menyambut": a word of a country's name
    slip = _slipped_surname(r, keys[0], known, folded[0]) if keys[0] not in known and not title_case else None
    if slip is not None:
        # "Dawei dan Margulov" after "Igor Morgulov": a surname of someone here with one letter changed or
        # two swapped is a typing slip for it.
        r.refs.append(Ref(item, "person:surname-slip", token=slip))
    elif keys[0] in known or keys[0] in kit.register_surnames:
        # (a registered person's surname alone, "rezim Putin", is that person when no one here has it)
        r.refs.append(Ref(item, "person:surname"))
    elif not title_case and _listed_place(r, run):
        # "Moskow, Amur dan Khabarovsk", "pelabuhan Dunai dan Vostochny di Rusia": a word listed
        # between places, or after one and placed in a country, is a place.
        r.add_other("place", None, span, "place:listed")
    elif not title_case and _listed_body(r, run):
        # "Samsung, Arvox, dan Hyundai": a word listed between bodies the register knows is a body.
        r.add_other("organization", None, span, "organization:listed")
    elif run.place_context and not title_case and _BRAND_WORD.fullmatch(item.text):
        # "dari FireEye", "di NovaTel": one word whose case changes inside is a company's brand, no place
        r.add_other("organization", None, span, "organization:brand-shape")
    elif run.place_context and not title_case and item.text not in kit.region_words:
        # "tekanan dari Barat": a compass word alone is a direction or "the West", no place;
        # "... ke Rusi": a text cut inside the word names no place; nor does a place's head alone
        # ("di Pelabuhan <known city>", "dari Kota pelabuhan X": the place is the name it heads).
        if not cut_at_end(r, item) and item.text not in kit.place_name_heads:
            r.add_other("place", None, span, "place:preposition")
    elif item.text in kit.region_words:
        pass      # "Barat mengatakan": a compass word ("the West") is no person
    elif not title_case and (kin_before(r, item.start) is not None or _kin_of_named_before(r, item.start)
                             or _possessed_apposition_after(r, item.end) and not r.common(folded[0])):
        # "yang didampingi putrinya, Nama,", "putri Budiman yang berusia tiga tahun, Nama,": a one-word name
        # set off after a kinship noun is that relative, a person; so is "Nama, pekerjanya, ..." (a name, then
        # its apposition: a noun possessed by someone named before)
        r.person(item, "person:relative")
    elif (not title_case and kit.shapes["speech_cue_names"].match_label_at(run.items, run.k, "name") is not None
          and not r.common(folded[0]) and not (len(item.text) < 2 and cut_at_end(r, item))):
        # (not "..., kata J" cut by the end of the pasted text: one letter of a name, no name)
        # "kata Budi", "Budi mengatakan": the word is a speech cue's speaker (the `speech_cue_names` shapes);
        # not "..., Industri dan Energi mengatakan": a common noun before a cue verb is no person.
        r.refs.append(Ref(item, "person:speech-cue", strong=True))


# How far back from a name set off by a comma a kinship noun and the person it relates to are looked for.
KIN_CLAUSE_CHARS = 80


def _kin_of_named_before(r: Reading, start: int) -> bool:
    """`putri Budiman yang berusia tiga tahun, Nama`: a bare kinship noun, a person named here, perhaps a
    relative clause about them, then a comma right before `start`: the name is that person's relative."""
    before = r.text[max(0, start - KIN_CLAUSE_CHARS):start]
    if not before.endswith(", "):
        return False
    before = re.split(r"[.!?\n]", before)[-1]     # (within the name's sentence)
    words = before[:-2].split()
    for j in range(len(words) - 2, -1, -1):
        if words[j].lower() in r.kit.kin_words:
            owner, clause = words[j + 1], words[j + 2:]
            return any(r.spelling(fold(owner)) in p.tokens for p in r.people.values()) \
                and (not clause or clause[0].lower() in r.kit.relative_openers)
    return False


def _possessed_apposition_after(r: Reading, end: int) -> bool:
    """`Nama, pekerjanya, ...`: right after the name, a noun with a possessive suffix set off by commas."""
    after = r.text[end:end + 40]
    if not after.startswith(", "):
        return False
    word, comma, _ = after[2:].partition(",")
    return bool(comma) and word.isalpha() and word.islower() and word.endswith(r.kit.possessive) \
        and len(word) > max(map(len, r.kit.possessive), default=0) + 2


def kin_before(r: Reading, start: int) -> Span | None:
    """The kinship noun, without its possessive suffix, of a possessed kinship noun right before `start`,
    a comma between or not (`istrinya Nama`, `putrinya, Nama`): the name is that relative. None otherwise
    (a bare `putri Nama` is Nama's daughter, someone else)."""
    kit, text = r.kit, r.text
    end = start - 1
    if end > 0 and text[end - 1] == ",":
        end -= 1
    if end <= 0 or text[end] != " " and text[end] != ",":
        return None
    word_start = text.rfind(" ", 0, end) + 1
    word = text[word_start:end].lower()
    suffix = possessed_kin(kit, word)
    return Span(word_start, end - len(suffix)) if suffix is not None else None


# The rule of a surname read from a pair joined by a hyphen ("KTT Putin-Kim"): a modifier's word, no
# mention an anaphora ("pejabat itu") points back to.
JOINED_SURNAME = "person:joined-surname"


def _joined_surnames(r: Reading, item: Item) -> bool:
    """`KTT Putin-Kim`, `aliansi Putin-Kim`: two leaders' surnames joined by a hyphen (a meeting, a pair). Each
    part is a one-word reference, linked at the end to the person of the article who has it (none: nothing);
    the parts must be capitalised words, one a surname the register knows or someone named so far has."""
    word = item.text
    head, dash, tail = word.partition("-")
    if not (dash and head.isalpha() and tail.isalpha() and head[:1].isupper() and tail[:1].isupper()
            and head[1:].islower() and tail[1:].islower()):
        return False
    keys = [r.spelling(fold(head)), r.spelling(fold(tail))]
    known = r.known_words[1]
    if not any(k in known or k in r.kit.register_surnames for k in keys):
        return False
    for start, part in ((item.start, head), (item.start + len(head) + 1, tail)):
        r.refs.append(Ref(Item("name", start, start + len(part), part, tokens=((start, start + len(part)),)),
                          JOINED_SURNAME))
    return True


# A surname of at least this many letters written with one letter more or less is a slip for it
# (shorter ones are too often other names: "Kim" and "Kin").
SLIP_LENGTH_MIN = 6


def _slip_in_length(key: str, known: str) -> bool:
    """`key` is `known` (six letters or more) with one letter inserted or dropped, the first letter kept."""
    return (len(key) != len(known) and min(len(key), len(known)) >= SLIP_LENGTH_MIN and key[0] == known[0]
            and one_edit(key, known))


def _slipped_surname(r: Reading, key: str, known: set, raw: str = "") -> str | None:
    """The surname (last name word) of exactly one person named so far that `key` is a typing slip of
    (`_slip_of`: same length and first letter, five letters or more, one letter changed or two swapped;
    `_slip_in_length`: six letters or more, one letter more or less; `_transliterated`: seven letters or
    more, the same consonants in another transliteration). The word as written (`raw`, folded) is compared
    too: the spelling folds may shorten it ("Shougu" → `shugu`) where the name they would not ("Shoigu")."""
    if len(key) < 5 and len(raw) < 5 or r.common(key):
        return None
    folds = r.kit.consonant_folds
    found = {t for p in r.people.values() for t in p.tokens
             if t in known and (_slip_of(key, t) or _slip_in_length(key, t) or _transliterated(key, t, folds)
                                or (raw != key and (_slip_of(raw, t) or _slip_in_length(raw, t))))}
    if len(found) != 1:
        return None
    token = next(iter(found))
    owners = [p for p in r.people.values() if token in p.tokens and len(p.tokens) > 1]
    return token if len(owners) == 1 else None



def summit_ordinal(r: Reading, item: Item) -> bool:
    """`KTT ke-18` right before a place: the ordinal of a summit named after the place."""
    if not ORDINAL.fullmatch(item.text):
        return False
    before = r.text[max(0, item.start - 30):item.start].rstrip()
    return any(before.endswith(head) and not before[-len(head) - 1:-len(head)].isalnum() for head in r.kit.summit_heads)
