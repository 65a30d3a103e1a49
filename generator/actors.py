"""Person, organisation, country and place mentions; role and affiliation; surname resolution.

`find_actors` runs small passes over one `cast.Reading` of the document, in order:

1. `items` — each sentence cut into items, longest first: register names (the gazetteer), bodies
   (`organisations.org_at`), roles, runs of capitalised name tokens, words and marks;
2. here — headline lines and title case, the lead's country, the short forms the text defines;
3. `roles` — people named with a post (`<role> ... <Name>`, `<Name>, <role> ...`);
4. `names` — everything no role claimed: register entities, bodies, places, bare names;
5. `salience` — one-word references linked to the person they name;
6. here — the records: `affiliation` for officials the text does not place, `organisations`
   merging short names into the full one, one `Actor` per entity.

The words come from generator/lang/id/*.yaml and content/register (read once into
`actor_kit.Kit`); none is written in the code.

Shapes that are no person: a hyphen between two known entities (`Jepang-Vietnam`) is cut into
both; a minister's portfolio up to the body it serves (`Menteri Ekonomi, Perdagangan, dan Industri
Jepang X`) is part of the role; English bodies are closed by their head noun (`Daegu University
of Foreign Languages`, `The Straits Times`, `Toyota Motor`); a site or region before a known
body or country is one place (`Markas Besar NATO`, `Barat Daya China`); a site or body named after a
known person is that site or body (`Lapangan Kim Il Sung`); a doubled word (`Orang-orang X`), a
possessive (`Telegram-nya`), a compass word, a region closed by `Krai`, an outlet's name, a platform
the register suppresses, a headline's verb after a surname, a text cut mid-name: none is a person.
Media: a verb citing a source is no part of its name (`Melansir X`); an agency in a photo credit
(`Foto: AFP/...`, `REUTERS/File Photo`) or an outlet in the dateline is no entity; the dateline city
alone is no place. A short form the text defines in brackets names that entity here (`(DPR)`).
An organisation and a place are named by their fullest form in the text (the register gives the
id: `Kiev` and `Kyiv` are one place); countries keep the register's name.

Identity in one article: a person's words are compared under the spelling folds of
function_words.yaml (`Lebediev`/`Lebedyev`, `Andrei`/`Andrey`); a registered person's surname alone
is that person when no one here has it; a bare surname after a relative set off in a background
clause (`ayah Kim, Kim Jong Il`) belongs to the person the passage is about.

Posts: a member's post names its council (`Sekretaris Dewan Keamanan Rusia X` → `Sekretaris Dewan
Keamanan`); a field follows the body (`penasihat senior Kremlin bidang ...`); a post stated with no
name is given to the person an anaphoric post names later (`Penasihat itu, X,`); a singular post
before two names joined by `dan` is the first one's; the post before a one-word name set off by a
comma is the next person's (`Penasihat Putin, Yuri X`). An official the
sentence does not place shares the body of a post joined by `dan`, else the lead's government,
else the country of the person named before in the paragraph. A person serving a ministry acts for
the ministry, named in full. Initials stay in names (`Budi S. Rahardjo`); academic titles with a
full stop (`Dr.`, `Prof.`) are no part of them.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .actor_kit import CLOSERS, TITLE_CASE_SHARE, is_cap, kit_of
from .affiliation import (bodies_as_written, completed_body, list_country, member_of, paragraph_country, possessor_side, register_affiliation,
                          fuller_body, state_of_post,
                          register_role, role_country, scene_country, sentence_country, side_country)
from .cast import Reading, acronym_in_brackets
from . import document
from .document import Document
from .document import build as build_document
from .items import read_items
from .lexicon import Lexicon, fold, slugify
from .model import Actor, Article, Layout, Mention, Sentence, Span
from .names import JOINED_SURNAME, dateline_like, hyphen_cut_owner, kin_before, read_rest
from .organisations import cited_sites, merge_short_orgs, units_of_parents
from .roles import predicated_posts, read_roles
from .salience import resolve_refs


def find_actors(article: Article, sentences: tuple[Sentence, ...], lex: Lexicon,
                doc: Document | None = None) -> tuple[Actor, ...]:
    """Every named entity of the headline, captions and body, grouped per real-world entity."""
    r = Reading(article, sentences, kit_of(lex), lex, doc or build_document(article, sentences))
    read(r)
    join_partial_names(r)
    resolve_refs(r)
    predicated_posts(r)
    return output(r)


_NAME_WORDS = re.compile(r"\s+")


def join_partial_names(r: Reading) -> None:
    """A name of two words or more that opens or closes exactly one fuller name of the article is that
    person cut short: the given names alone (`Son Hui` beside `Choe Son Hui`), a name the writer left
    unfinished (`Kim Jong` beside `Kim Jong Un`). Not when two fuller names hold it (`Kim Jong` beside
    `Kim Jong Un` and `Kim Jong Il`), nor for a registered person. Words are whole words: `Kim Jong` does
    not open `Kim Jong-min` (a hyphenated given name is one word), except that a name cut at such a hyphen
    (`pelatih Hong Ara` beside `Hong Ara-bo`) is that person when no registered name opens so too
    (`names.hyphen_cut_owner`)."""
    people = list(r.people.values())
    if len(people) < 2:
        return
    words = {p.key: [fold(w) for w in _NAME_WORDS.split(p.name) if fold(w)] for p in people}
    # (a registered person's name as the register writes it too: `Kim Jong` opens `Kim Jong-un`, whose
    # register name is `Kim Jong Un`)
    written = {p.key: (words[p.key], [fold(w) for w in _NAME_WORDS.split(p.entry.name) if fold(w)]
                       if p.entry is not None and p.entry.kind == "person" else []) for p in people}
    for short in people:
        part = words[short.key]
        if short.entry is not None or len(part) < 2:
            continue
        size = len(part)
        fuller = [p for p in people if p is not short and any(
            len(w) > size and (w[:size] == part or w[-size:] == part) for w in written[p.key])]
        # (`pelatih Hong Myung` beside `Hong Myung-bo`: a post's holder cut at the hyphen of a given name)
        whole = fuller[0] if len(fuller) == 1 else hyphen_cut_owner(r, short.name)
        if whole is None:
            continue
        whole.mentions.extend(short.mentions)
        whole.tokens = whole.tokens | short.tokens
        if whole.role is None and short.role is not None:
            whole.role, whole.role_span = short.role, short.role_span
        if whole.affiliation is None:
            whole.affiliation = short.affiliation
        del r.people[short.key]
        people.remove(short)
        r.people_changes += 1


def read(r: Reading) -> None:
    plan = []
    for sentence in r.sentences:
        items, roles, named = read_items(r, sentence)
        line = line_like(r, sentence)
        if line:
            r.line_starts.add(sentence.span.start)
        title_case = (sentence.caption or line) and _title_case(r, items, line)
        plan.append((sentence, items, title_case, roles, named))
        if r.lead_country is None and not sentence.caption and items:
            first = items[0]
            if first.kind == "ent" and first.entry and first.entry.kind == "country":
                r.lead_country = first.entry.name
            elif (first.text in r.kit.state_heads and len(items) > 1 and items[1].kind == "ent"
                  and items[1].entry.kind == "country"):
                r.lead_country = items[1].entry.name     # "Pemerintah Indonesia meminta ..." 
            else:
                r.lead_country = ""
    bodies = []
    for _, items, _, _, named in plan:
        if not named:
            continue      # (the items pass made no body here)
        last = len(items) - 3
        for x, body in enumerate(items):
            kind = body.kind
            if kind == "org" or (kind == "ent" and body.entry is not None and body.entry.kind == "organization"):
                bodies.append(body)
                if x < last and acronym_in_brackets(items, x + 1):
                    # "Kamar Dagang Nusantara (KDN)": the short form names that body everywhere.
                    r.short_bodies.setdefault(items[x + 2].text, body)
    r.org_items = sorted(bodies, key=lambda it: it.start)
    claimed: set[int] = set()
    for sentence, items, title_case, roles, _ in plan:
        read_roles(r, items, title_case, claimed, roles)
    for sentence, items, title_case, _, _ in plan:
        read_rest(r, items, title_case, claimed)
    cited_sites(r)


def _title_case(r: Reading, items: list, line: bool) -> bool:
    """Whether a caption's or a line's words are written in title case (asked of those alone: a
    prose sentence's capitals are evidence of names whatever their share)."""
    # Known names and roles are capitalised anyway: judge the case of the other words.
    words = [w for it in items if it.kind in ("word", "name") for w in it.text.split() if len(w) >= 3]
    if line:
        # A headline's title case keeps its connectives in lower case ("dengan", "untuk").
        words = [w for w in words if not (w.islower() and w.capitalize() in r.kit.function_words)]
    capital = sum(1 for w in words if is_cap(w))
    if line and len(words) == 2 and capital == 2 and any(it.kind == "ent" for it in items):
        # "<Country> Amati Kemitraan <Country> dengan <Country>": a line whose other words are only two, both
        # capitalised, beside names the register knows: a headline's title case, not a person's name.
        return True
    return len(words) >= 3 and capital >= TITLE_CASE_SHARE * len(words)


_NOT_BLANK = re.compile(r"[^ \t]")


def line_like(r: Reading, sentence: Sentence) -> bool:
    """A line of its own with no closing stop: a headline or a teaser, whatever the layout made of
    it. Its capitals are no evidence of names."""
    text, start, end = r.text, sentence.span.start, sentence.span.end
    body = text[start:end].rstrip()
    if not body or body[-1] in CLOSERS:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    if any(map(str.isalpha, text[line_start:start])):
        return False      # ("1. ", "» ": a list number or a marker may open the line)
    after = _NOT_BLANK.search(text, end)      # (the first character after it that is no space or tab)
    return after is None or after.group() == "\n"


def output(r: Reading) -> tuple[Actor, ...]:
    for position, country in r.anaphora:
        # ("Diplomat AS tersebut" after "... kata X tentang KTT Kim-Putin": the surnames of a pair joined by a
        # hyphen modify a noun; the diplomat is X, not the one named last)
        last_seen = {id(p): max((m.span.start for m in p.mentions if m.span.start < position
                                 and m.rule != JOINED_SURNAME), default=-1) for p in r.people.values()}
        before = [p for p in r.people.values() if last_seen[id(p)] >= 0]
        if before:
            last = max(before, key=lambda p: last_seen[id(p)])
            if last.affiliation is None and register_affiliation(r, last) is None:
                last.affiliation = country
    found: list[Actor] = []
    used_keys: set[str] = set()

    def unique(key: str) -> str:
        base, n = key, 2
        while key in used_keys:
            key, n = f"{base}-{n}", n + 1
        used_keys.add(key)
        return key

    parents = units_of_parents(r)
    as_written = bodies_as_written(r)
    for person in r.people.values():
        affiliation = person.affiliation or register_affiliation(r, person) or member_of(r, person)
        affiliation = parents.get(affiliation, affiliation)
        role = person.role or register_role(r, person)
        role_span, kin = person.role_span, None
        if role is None:
            # "istrinya Nama", "putrinya, Nama": a person the text names only as someone's relative has
            # that kinship as their role
            kin = kin_before(r, min(m.span.start for m in person.mentions))
            if kin is not None:
                role, role_span = r.text[kin.start:kin.end], kin
        official = (person.role is not None and not fold(person.role).startswith(r.kit.private_heads)
                    and not person.one_side)
        if affiliation is None and official:
            affiliation = possessor_side(r, person)
        if affiliation is None and official:
            affiliation = scene_country(r, person)
        if affiliation is None and official:
            affiliation = side_country(r, person)
        if affiliation is None and official:
            affiliation = list_country(r, person)
        if affiliation is None and official and r.lead_country:
            # An official the text does not place acts for the country the lead is about.
            affiliation = r.lead_country
        if affiliation is None and official:
            affiliation = role_country(r, person) or paragraph_country(r, person) or sentence_country(r, person)
        elif official:
            role, affiliation = completed_body(r, person, role, affiliation)
            affiliation = state_of_post(r, person, fuller_body(r, person, affiliation))
        if affiliation is None and kin is not None:
            # a relative is of the family the paragraph names before them, and of its country
            affiliation = paragraph_country(r, person)
        affiliation = as_written.get(affiliation, affiliation)
        key = unique(slugify(person.name))
        found.append(actor(r, key, "person", person.name, person.mentions, role, affiliation,
                                person.entry.id if person.entry else None, role_span))
    merge_short_orgs(r)
    merge_town_sites(r)
    portfolios = _portfolio_spans(r)
    for slot_key, slot in r.others.items():
        if slot.kind == "place" and all(dateline_like(r, span) for span, _, _ in slot.mentions):
            continue      # FORMATS: the dateline city alone does not make a place
        if slot.kind == "place" and portfolios and all(
                any(a <= span.start and span.end <= b for a, b in portfolios) for span, _, _ in slot.mentions):
            continue      # "Menteri untuk Timur Jauh X": a region named only as a minister's portfolio
        entry = slot.entry
        key = unique(slugify(slot.name) if entry is None else entry.id)
        found.append(actor(r, key, slot.kind, _capitalised(slot), slot.mentions, None, None,
                                entry.id if entry else None, None))
    return tuple(sorted(found, key=lambda a: (a.mentions[0].span.start, a.key)))


def _capitalised(slot) -> str:
    """`pelabuhan X` first and `Pelabuhan X` later: the entity goes by the form the text capitalises."""
    if slot.entry is not None or slot.name[:1].isupper():
        return slot.name
    folded = fold(slot.name)
    return next((text for _, text, _ in slot.mentions if text[:1].isupper() and fold(text) == folded), slot.name)


def merge_town_sites(r: Reading) -> None:
    """`Pelabuhan Dolmir` ... `tiba di Dolmir`, `Kosmodrom Varlensk` ... `di Varlensk`: a one-word place the register
    does not know, where the text also names one site that is written as its town (places.yaml town_site_heads:
    a port, a spaceport) and holds that word, is that site named short, one place (not a site beside a bridge or
    a station named after a town, which are places of their own)."""
    heads = r.kit.town_site_heads
    if not heads:
        return
    places = [(k, v) for k, v in r.others.items() if v.kind == "place"]
    if len(places) < 2:
        return
    for key, slot in places:
        if slot.entry is not None or " " in slot.name:
            continue
        word = fold(slot.name)
        sites = [k for k, v in places if k != key and k in r.others and _town_site_of(r, v, word, heads)]
        if len(sites) == 1:
            r.others[sites[0]].mentions.extend(slot.mentions)
            del r.others[key]


def _town_site_of(r: Reading, site, word: str, heads: frozenset) -> bool:
    """Whether a place's name, as written or as registered, is a town-site head and the town `word`."""
    names = [site.name] + ([site.entry.name, *site.entry.aliases] if site.entry is not None else [])
    for name in names:
        words = name.split()
        if len(words) < 2 or fold(words[-1]) != word and fold(words[0]) != word:
            continue
        rest = " ".join(words[1:] if fold(words[0]) == word else words[:-1])
        if fold(rest) in heads:
            return True
    return False


def _portfolio_spans(r: Reading) -> list[tuple[int, int]]:
    """Where the text states a minister's post (a role with a portfolio head, titles.yaml portfolio_heads:
    `Menteri untuk Timur Jauh`, `Wakil Menteri Pembangunan Timur Jauh`): a region inside it is the post's
    portfolio, part of the role, not a place of the story (a governor's region is: `Gubernur Primorsky Krai`)."""
    heads = r.kit.portfolio_heads
    return [(p.role_span.start, p.role_span.end) for p in r.people.values() if p.role_span is not None
            and any(fold(w) in heads for w in r.text[p.role_span.start:p.role_span.end].split())]


def actor(r: Reading, key, kind, name, mentions, role, affiliation, register_id, role_span) -> Actor:
    # (one mention a span, the last as written: keyed by the span's offsets, hashed without a call)
    unique_mentions = sorted({(m[0].start, m[0].end): m for m in mentions}.values(), key=_start)
    return Actor(key=key, kind=kind, name=name,
                 mentions=tuple(Mention(span, text, kind, key, rule) for span, text, rule in unique_mentions),
                 role=role, affiliation=affiliation, register_id=register_id, role_span=role_span,
                 role_stated=stated_role(r, role, role_span, [m[0].start for m in unique_mentions]))


def stated_role(r: Reading, role: str | None, span: Span | None, starts: list[int]) -> str | None:
    """The role in the text's own words where `role` writes out a press abbreviation the text states at
    the role's offsets (`Menlu Korsel X`: `Menlu`, not `Menteri Luar Negeri`; FORMATS: the role as the
    text states it); None when it writes none out, or when the text also writes the post out before one
    of the person's names (`Menlu X` in a headline, `Menteri Luar Negeri Korsel X` in the body: the post
    as written out). The written-out role stays the one every reading of the post uses (quotes,
    affiliation, the register, the site)."""
    expansions = r.kit.expansions
    if not role or span is None or not expansions:
        return None
    stated = role
    for word in r.text[span.start:span.end].split():
        full = expansions.get(fold(word))
        if full is not None and full in stated:
            if _written_out_before(r.text, full, starts):
                return None
            stated = stated.replace(full, word, 1)
    return stated if stated != role else None


STATED_GAP = 40     # characters at most between a post written out and the name it stands before
CLAUSE_BREAKS = ".,;:!?\"“”\n"   # a clause ends between the post and the name


def _written_out_before(text: str, full: str, starts: list[int]) -> bool:
    """`full` (a post written out) stands before one of the names at `starts`, in the same clause, with
    at most a few words between (the post's country or body: `Menteri Luar Negeri Korsel X`), or apposed
    to it (`Duta Besar Rusia untuk Korut, X`)."""
    lowered, key = text.lower(), full.lower()
    at = lowered.find(key)
    while at >= 0:
        end = at + len(key)
        for start in starts:
            if not 0 < start - end <= STATED_GAP:
                continue
            gap = text[end:start].rstrip()
            gap = gap[:-1] if gap.endswith(",") else gap     # an apposition: `Duta Besar Rusia, X`
            if not any(c in gap for c in CLAUSE_BREAKS):
                return True
        at = lowered.find(key, end)
    return False


def _start(seen) -> int:
    return seen[0].start


# The furniture rule of a Title Case line inside the body area (a subhead or a teaser's title).
SUBHEAD_RULE = "title-case-line"


def _full_name_spans(text: str, start: int, end: int, names: set[str]) -> list[tuple[int, int]]:
    """Where the names (each of two words or more) are written out in text[start:end]."""
    spans = []
    for name in names:
        at = text.find(name, start, end)
        while at != -1:
            spans.append((at, at + len(name)))
            at = text.find(name, at + len(name), end)
    return spans


def with_subhead_mentions(found: tuple[Actor, ...], layout: Layout, text: str) -> tuple[Actor, ...]:
    """The actors with the bare names that a Title Case line between two body paragraphs gives a
    person of the article (a subhead, "..., pesan Putin untuk Kim"): the line is no body text, and
    a teaser's people stay out, so only a word that is the first or last word of one person's name
    here links, as a surname would (rule `person:subhead-surname`)."""
    if not layout.body or not any(f.rule == SUBHEAD_RULE for f in layout.furniture):
        return found
    first, last = layout.body[0].start, layout.body[-1].end
    owners: dict[str, list[int]] = {}
    for index, actor in enumerate(found):
        words = actor.name.split() if actor.kind == "person" else []
        if len(words) >= 2:
            for word in {fold(words[0]), fold(words[-1])}:
                owners.setdefault(word, []).append(index)
    # A person's name written out in the line ("... Kim Jong Un dan Putin") is that name, not bare words.
    full_names = {a.name for a in found if a.kind == "person" and len(a.name.split()) >= 2}
    added: dict[int, list[Mention]] = {}
    for line in layout.furniture:
        if line.rule != SUBHEAD_RULE or not first < line.span.start < last:
            continue
        covered = _full_name_spans(text, line.span.start, line.span.end, full_names)
        for word in document.words(text, line.span.start, line.span.end):
            if any(a <= word.start() < b for a, b in covered):
                continue
            who = owners.get(fold(word.group())) if word.group()[:1].isupper() else None
            if who is not None and len(who) == 1:
                actor = found[who[0]]
                added.setdefault(who[0], []).append(Mention(Span(word.start(), word.end()), word.group(), "person",
                                                            actor.key, "person:subhead-surname"))
    if not added:
        return found
    return tuple(replace(a, mentions=tuple(sorted(a.mentions + tuple(added[i]), key=lambda m: m.span.start)))
                 if i in added else a for i, a in enumerate(found))
