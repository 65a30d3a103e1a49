"""Person, organisation, country and place mentions; role and affiliation; surname resolution.

How it reads a sentence: it is cut into tokens, and each position is claimed, longest first,
by a register or alias name (countries, places, organisations, well-known people), an
organisation built from a head word (`Kementerian Luar Negeri Korsel`), a role phrase
(`Wakil Menteri Luar Negeri`), or a run of capitalised name tokens. People are then read from
the shapes news prose uses: `<role> [<country|org>...] [untuk ...][,] <Name> [dan <Name>]`,
`<Name>, <role> ...`, a name shape, or a bare word next to a speech cue. A one-word name is
linked to the person of this article it belongs to by role context, then recency. All the words
come from generator/lang/id/*.yaml and content/register; none is written here.

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
function_words.yaml (`Zinoviev`/`Zinovyev`, `Andrei`/`Andrey`); a registered person's surname alone
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
from bisect import bisect_right
from dataclasses import dataclass, field

from .document import LOWER_CASE_WORD as _LOWER_WORD, SENTENCE_OPENERS, Document
from .document import build as build_document
from .lexicon import Lexicon, RegisterEntry, alternation, fold, slugify
from .model import Actor, Article, Mention, Sentence, Span

# A sentence whose words are this capitalised (share of words of 3+ letters) is written in
# title case (a headline): capitals there say nothing about names, so only known names count.
TITLE_CASE_SHARE = 0.7
_CLOSERS = frozenset('.!?"”’\')…:;')      # a prose sentence ends with one of these
# After a dateline's city: a dash or a full stop, or the outlet's name and then a dash ("SEOUL, KOMPAS —").
_DATELINE_CLOSE = re.compile(r"\s*(?:[-–—.]|,[ \t]*[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*)?[ \t]*[-–—])")
# A line's opening run of capitalised words (a city, an outlet, a domain) closed by a dash: "Jakarta, CNN
# Indonesia -- ", "VOA Indonesia — ".
_DATELINE_HEAD = re.compile(r"[ \t]*(?:[A-Z][\w.]*[ \t]*,?[ \t]*){1,5}(?:--|[-–—])[ \t]")
_DEFINED = re.compile(r"\s*\(([A-Z]{2,6})\)")   # "(DPR)" right after a name: the short form it defines
# At most this many lower-case words may extend a role before the name ("utusan nuklir").
ROLE_TAIL_WORDS = 3
# An "untuk ..." clause between a role and the name may be this many tokens long.
UNTUK_CLAUSE_TOKENS = 8
# Capitalised words that may complete a role before its body ("Urusan Eropa").
ROLE_COMPLEMENT_ITEMS = 4
# Name runs longer than this are not one person's name.
MAX_NAME_TOKENS = 4
# At most this many capitalised words of its own may follow an organisation's head
# ("Universitas Gadjah Mada"); more than one only when a closing mark ends them.
ORG_FREE_WORDS = 2
# Marks that close an organisation's name after its own words.
ORG_CLOSERS = frozenset(",.;:()\"”’'")
# An apposition's post after a joining word ("..., istri X yang juga anggota parlemen Y,") is looked
# for this many items after the name.
APPOSITION_ITEMS = 12
# A role's portfolio ("Ekonomi, Perdagangan, dan Industri") spans at most this many items.
ROLE_COMPLEMENT_SPAN = 8



@dataclass(frozen=True)
class _Kit:
    """Everything find_actors needs from the lexicon, built once per lexicon."""

    gazetteer: re.Pattern
    by_surface: dict          # fold(surface) -> RegisterEntry
    title: re.Pattern
    org_head: re.Pattern
    source_cue: re.Pattern
    function_words: frozenset
    not_names: frozenset      # capitalised nouns that never stand in a person's name (Forum, Operasi)
    calendar: frozenset
    org_words: frozenset
    breakers: frozenset
    cues_after: frozenset
    cues_before: frozenset
    prepositions: frozenset
    place_heads: frozenset
    place_name_heads: frozenset
    honorifics: frozenset
    anaphora: frozenset
    alias_form: dict          # (entry id or "", fold(surface)) -> the alias as the data spells it
    title_first: frozenset    # lower-case words a role phrase can start with
    org_first: frozenset      # lower-case words an organisation head can start with
    openers: frozenset        # marks that may open a sentence before its first word
    expansions: dict          # fold(abbreviated role word) -> the role written out ("Menlu")
    national_heads: tuple     # organisation heads that act for their country (ministries, embassies)
    affiliation_links: frozenset  # "profesor di <body>": words between a role and its body
    state_heads: frozenset    # heads that with a country after them name the state ("Pemerintah X")
    generic_heads: frozenset  # heads that with only a country after them are a common noun
    foreign_heads: frozenset  # English head nouns closing a body's name (University, Times, Motor)
    foreign_links: frozenset  # English words linking such a head to the rest (of, for)
    foreign_articles: frozenset     # "The" opening such a name
    cue_words: frozenset      # one-word source cues ("laporan"): never the start of a body's name
    not_places: frozenset     # fold() of capitalised phrases after "di" that are no place
    relational: frozenset     # "di Tengah ...": a compound preposition, no place after it
    name_abbreviations: frozenset   # "St": a place name goes on over its full stop
    site_heads: frozenset     # fold() of "Markas Besar": with a body after it, a place
    region_words: frozenset   # compass words: with a country after them, a region of it
    portfolio_heads: frozenset      # fold() of role heads whose complement is part of the role
    list_joiners: frozenset   # "dan" inside a portfolio list
    apposition_joiners: frozenset   # "sekaligus": the apposition's post follows
    academic: frozenset       # fold() of academic titles that yield to an apposition's post
    proper_heads: frozenset   # organisation heads that name their body alone (Duma): no free words
    org_links: frozenset      # "untuk" inside a body's name that its acronym closes
    member_heads: frozenset   # role heads whose council is part of the role (Sekretaris Dewan Keamanan)
    council_heads: frozenset  # heads of councils and assemblies a member sits in
    org_expansions: dict      # "Kemlu" -> "Kementerian Luar Negeri", in an affiliation written out
    outlets: frozenset        # fold() of news outlets' names: never a person
    between: frozenset        # "antara": the people joined after it stand for different sides
    field_words: frozenset    # "bidang": the field of a post, after the body it serves
    treaty_heads: frozenset   # "Konvensi": a place right after it names a treaty, not the place
    nickname_cue: re.Pattern  # ", sapaan akrab Name": the word before is that person's nickname
    capitals: dict            # capital's register name -> its state's ("Seoul" -> "Korea Selatan")
    common_words: frozenset   # fold() of common words (common_words.yaml): no name is made only of them
    place_tails: frozenset    # "Krai": closes a region's name before a role's person
    surname_honorifics: frozenset   # "Pak": right after a role, a surname, no honorific
    ranks: frozenset          # fold() of military ranks: after a post, a grade, not the role
    side_words: frozenset     # "pihak": "dari pihak <country>" names the side an official acts for
    country_words: frozenset  # fold() of the words of countries' several-word names ("Korea")
    through_words: frozenset  # "melalui": "<country>, melalui <post> X" — X acts for that country
    eponym: re.Pattern        # "Lapangan", "Universitas": with a known person after them, a site or body
    eponym_places: frozenset  # the heads of those that make a place (the others make a body)
    eponym_first: frozenset   # their first words: no other token can open one
    corporate_suffixes: frozenset   # "Corp", "Ltd": after a registered company, still that company
    region_heads: frozenset   # "Wilayah": before a known place, part of its name as written
    credit_before: re.Pattern  # "Foto:", "via" right before an agency: a photo credit
    credit_after: re.Pattern   # "via" right after one ("Yonhap via REUTERS")
    spelling_folds: tuple     # (from, to) letter folds: one person's romanised spellings
    kin_words: frozenset      # "ayah": the name set off after it is a relative (background)
    plural_markers: frozenset  # "para": the post before several names is each one's
    register_surnames: dict   # spelling key of a registered person's surname -> entry, where only one has it
    naming_links: frozenset   # "bernama": "Ajudan Putin bernama X" — the post is X's
    role_articles: frozenset  # "seorang": "X, seorang wartawan Y" — the apposition's post follows
    side_from: frozenset      # "dari": "dari <country> <Name>" — the country the person comes from
    surname_words: frozenset = frozenset()  # "Yang": a function word that is a surname before "Min-seo"
    member_links: frozenset = frozenset()   # "dari": "X dari <body>" — the body X acts for


def _surname_word(text: str, tokens, i: int, kit: _Kit) -> bool:
    """A capitalised function word that is also a family name ("Yang") right before a given name of
    the hyphenated East Asian shape ("Min-seo"): the person's surname, not the word."""
    if text[tokens[i][0]:tokens[i][1]] not in kit.surname_words or i + 1 >= len(tokens):
        return False
    a, b = tokens[i + 1]
    given = text[a:b]
    return a == tokens[i][1] + 1 and _GIVEN_NAME.fullmatch(given) is not None


# A single lower-case word between a name and what follows it ("X dari Y").
_MEMBER_LINK = re.compile(r" ([a-z]+) ")
# A hyphenated East Asian given name: "Min-seo", "Ji-hoon", "Jong-un".
_GIVEN_NAME = re.compile(r"[A-Z][a-z]{1,5}-[a-z]{2,5}")


def _words_pattern(words) -> str:
    """Alternation of phrases, longest first; spaces and hyphens inside match either."""
    return alternation(words, separator=r"[\s\-]+")


def _kit(lex: Lexicon) -> _Kit:
    # Built once per lexicon, not per article.
    return lex.memo("actors.kit", lambda: _build_kit(lex))


def _first_words(phrases) -> frozenset[str]:
    """Lower-case first words of phrases: a token that is none of them cannot start a match."""
    return frozenset(re.split(r"[\s\-]+", p.strip())[0].lower() for p in phrases if p and p.strip())


def _alias_forms(lex: Lexicon) -> dict[tuple[str, str], str]:
    forms: dict[tuple[str, str], str] = {}
    for entry in lex.register.entries.values():
        for alias in entry.aliases:
            forms.setdefault((entry.id, fold(alias)), alias)
    for short in lex.group("places", "aliases") or {}:
        forms.setdefault(("", fold(str(short))), str(short))
    return forms


def _register_surnames(lex: Lexicon, folds) -> dict:
    """`Putin` -> Vladimir Putin: the surname of a registered person (the last word; the first too when
    the family name leads, as in a three-word or hyphenated Korean name), where no other registered person
    has that word and it is no common word."""
    common = frozenset(fold(str(w)) for w in lex.words("common_words", "words"))
    owners: dict[str, set] = {}
    for entry in lex.register.entries.values():
        if entry.kind != "person":
            continue
        for alias in (entry.name, *entry.aliases):
            words = alias.split()
            if len(words) < 2:
                continue
            picks = [words[-1]]
            if len(words) >= 3 or "-" in words[-1]:
                picks.append(words[0])
            for word in picks:
                key = spelling_key(fold(word), folds)
                if len(key) >= 4 and fold(word) not in common:
                    owners.setdefault(key, set()).add(entry.id)
    return {key: lex.register.entries[next(iter(ids))] for key, ids in owners.items() if len(ids) == 1}


def _build_kit(lex: Lexicon) -> _Kit:
    by_surface: dict[str, RegisterEntry] = {}
    for entry in lex.register.entries.values():
        if lex.register.is_suppressed(entry.name):
            continue
        for alias in entry.aliases:
            by_surface.setdefault(fold(alias), entry)
    for short, canonical in (lex.group("places", "aliases") or {}).items():
        entry = lex.register.lookup(str(canonical))
        if entry is not None:
            by_surface.setdefault(fold(str(short)), entry)
    surfaces = {a for e in lex.register.entries.values() for a in e.aliases}
    surfaces |= {str(k) for k in (lex.group("places", "aliases") or {})}
    gazetteer = lex.regex("actors.gazetteer", rf"(?<!\w)(?:{_words_pattern(surfaces)})(?!\w)", re.IGNORECASE)
    t = lambda name: lex.words("titles", name)  # noqa: E731
    groups = lex.group("titles", "groups") or {}
    role = (rf"(?:(?:{_words_pattern(t('modifiers'))})\s+)*(?:{_words_pattern(t('heads'))})"
            rf"(?:\s+(?:{_words_pattern(t('role_objects'))}))*(?:\s+(?:{_words_pattern(groups.get('after', []))}))*")
    # "juru bicaranya": a post with its possessive ("its spokesperson") is still the post.
    title = lex.regex("actors.title", rf"(?<![\w-])(?:{role})(?:nya)?(?![\w-])", re.IGNORECASE)
    org_head = lex.regex("actors.org_head",
                         rf"(?<![\w-])(?:{_words_pattern(lex.words('organizations', 'heads'))})(?![\w-])")
    org_groups = lex.group("organizations", "groups") or {}
    source_cue = lex.regex("actors.source_cue",
                           rf"(?<![\w-])(?:{_words_pattern(org_groups.get('source_cues', []) + org_groups.get('noun_cues', []))})\s+$",
                           re.IGNORECASE)
    place_groups = lex.group("places", "groups") or {}
    fw_groups = lex.group("function_words", "groups") or {}
    lower = lambda words: frozenset(w.lower() for w in words)  # noqa: E731
    kit = _Kit(
        gazetteer=gazetteer, by_surface=by_surface, title=title, org_head=org_head, source_cue=source_cue,
        function_words=frozenset(lex.words("function_words", "capitalised")),
        not_names=frozenset(lex.words("function_words", "not_names")),
        calendar=frozenset(lex.months) | frozenset(lex.weekdays),
        org_words=lower(org_groups.get("name_words", [])),
        breakers=lower(groups.get("breakers", [])),
        cues_after=lower(groups.get("cues_after", [])),
        cues_before=lower(groups.get("cues_before", [])),
        prepositions=lower(place_groups.get("prepositions", [])),
        place_heads=lower(place_groups.get("heads", [])),
        place_name_heads=frozenset(place_groups.get("name_heads", [])),
        honorifics=frozenset(t("honorifics")),
        anaphora=lower(groups.get("anaphora", [])),
        alias_form=_alias_forms(lex),
        title_first=_first_words(list(t("modifiers")) + list(t("heads"))),
        org_first=_first_words(lex.words("organizations", "heads")),
        openers=frozenset(SENTENCE_OPENERS),
        expansions={fold(str(k)): str(v) for k, v in (lex.group("titles", "expansions") or {}).items()},
        national_heads=tuple(f"{h} " for h in org_groups.get("national_heads", [])),
        state_heads=frozenset(org_groups.get("state_heads", [])),
        affiliation_links=frozenset(groups.get("affiliation_links", [])),
        generic_heads=frozenset(org_groups.get("generic_heads", [])),
        foreign_heads=frozenset(org_groups.get("foreign_heads", [])),
        foreign_links=frozenset(org_groups.get("foreign_links", [])),
        foreign_articles=frozenset(org_groups.get("foreign_articles", [])),
        cue_words=lower(w for w in org_groups.get("source_cues", []) if " " not in w),
        not_places=frozenset(fold(str(w)) for w in place_groups.get("not_places", [])),
        relational=frozenset(place_groups.get("relational", [])),
        name_abbreviations=frozenset(str(w).rstrip(".") for w in place_groups.get("name_abbreviations", [])),
        site_heads=frozenset(fold(str(w)) for w in place_groups.get("site_heads", [])),
        region_words=frozenset(place_groups.get("region_words", [])),
        portfolio_heads=frozenset(fold(str(w)) for w in groups.get("portfolio_heads", [])),
        list_joiners=lower(groups.get("list_joiners", [])),
        apposition_joiners=lower(groups.get("apposition_joiners", [])),
        academic=frozenset(fold(str(w)) for w in groups.get("academic", [])),
        proper_heads=frozenset(org_groups.get("proper_heads", [])),
        org_links=frozenset(org_groups.get("name_links", [])),
        member_heads=frozenset(fold(str(w)) for w in groups.get("member_heads", [])),
        between=lower(groups.get("between", [])),
        field_words=lower(groups.get("field_words", [])),
        treaty_heads=frozenset(place_groups.get("treaty_heads", [])),
        common_words=frozenset(fold(str(w)) for w in lex.words("common_words", "words")),
        place_tails=frozenset(place_groups.get("name_tails", [])),
        surname_honorifics=frozenset(groups.get("surname_honorifics", [])),
        ranks=frozenset(fold(str(w)) for w in groups.get("ranks", [])),
        side_words=lower(groups.get("side_words", [])),
        through_words=frozenset(groups.get("through_words", [])),
        eponym=lex.regex("actors.eponym", rf"(?:{_words_pattern(list(place_groups.get('eponym_heads', [])) + list(org_groups.get('eponym_heads', [])) or ['(?!)'])})\s+"),
        eponym_places=frozenset(place_groups.get("eponym_heads", [])),
        eponym_first=frozenset(str(h).split()[0] for h in list(place_groups.get("eponym_heads", []))
                               + list(org_groups.get("eponym_heads", []))),
        corporate_suffixes=frozenset(org_groups.get("corporate_suffixes", [])),
        region_heads=frozenset(place_groups.get("region_heads", [])),
        spelling_folds=tuple(tuple(pair) for pair in (fw_groups.get("spelling_folds") or [])),
        kin_words=lower(fw_groups.get("kin_words", [])),
        plural_markers=lower(fw_groups.get("plural_markers", [])),
        naming_links=lower(groups.get("naming_links", [])),
        role_articles=lower(groups.get("role_articles", [])),
        side_from=frozenset(groups.get("origin_words", [])),
        surname_words=frozenset(fw_groups.get("surname_words", [])),
        member_links=lower(groups.get("member_links", [])),
        register_surnames=_register_surnames(lex, tuple(tuple(p) for p in (fw_groups.get("spelling_folds") or []))),
        credit_after=lex.regex("actors.credit_after",
                               rf"\s*(?:{_words_pattern(org_groups.get('credit_links', []) or ['(?!)'])})\s"),
        credit_before=lex.regex("actors.credit_before",
                                rf"(?:^|[\s(/])(?:{_words_pattern(org_groups.get('credit_cues', []) or ['(?!)'])})\s*:?\s*$"),
        country_words=frozenset(fold(w) for e in lex.register.entries.values() if e.kind == "country"
                                for a in [e.name, *e.aliases] if " " in a for w in a.split()[:1]),
        capitals={str(k): str(v) for k, v in (place_groups.get("capitals") or {}).items()},
        nickname_cue=lex.regex("actors.nickname_cue",
                               rf",\s+(?:{_words_pattern(groups.get('nickname_cues', []))})\s+([A-Z][\w-]*)"),
        council_heads=frozenset(org_groups.get("council_heads", [])),
        org_expansions={str(k): str(v) for k, v in (org_groups.get("expansions") or {}).items()},
        outlets=frozenset(fold(str(form)) for canonical, forms in (lex.group("outlets", "names") or {}).items()
                          for form in [canonical, *(forms or [])]),
    )
    return kit


# ---------------------------------------------------------------------------------------------
# Items: what claims each stretch of a sentence


# At most this many tokens keep their plain kind across articles (names and numbers are a long tail).
PLAIN_WORDS_KEPT = 1 << 17


@dataclass(slots=True)
class _Item:
    kind: str                 # ent | org | role | name | word | punct
    start: int
    end: int
    text: str
    entry: RegisterEntry | None = None
    key: str = ""             # org: identity key (country part canonical)
    tokens: tuple = ()        # name: token spans


    @property
    def entry_kind(self) -> str | None:
        return self.entry.kind if self.entry is not None else None


def _is_name(item: _Item) -> bool:
    return item.kind == "name" or (item.kind == "ent" and item.entry.kind == "person")


def _acronym_in_brackets(items: list[_Item], j: int) -> bool:
    """`( KINU )` right after an organisation: its short form, not a new word of the phrase."""
    if not (j + 2 < len(items) and items[j].text == "(" and items[j + 2].text == ")" and len(items[j + 1].text) > 1):
        return False
    short = items[j + 1].text
    if short.isupper():
        return True
    # "Universitas Tanjungpura (Untan)": a short form in mixed case opens with the name's first letter.
    return (j > 0 and items[j - 1].kind in ("org", "ent") and short.isalpha() and len(short) <= 7
            and short[0] == items[j - 1].text[:1] and short[1:].islower())


@dataclass
class _Person:
    key: str
    name: str
    tokens: frozenset         # folded name tokens, for surname links
    entry: RegisterEntry | None
    mentions: list = field(default_factory=list)     # (Span, text, rule)
    role: str | None = None
    role_span: Span | None = None
    affiliation: str | None = None


def _case_ok(surface: str, alias: str, lower_ok: frozenset = frozenset(), inner_lower: bool = False,
             national: tuple = ()) -> bool:
    """A case-insensitive gazetteer hit is kept when its capitals fit a name (`KOREA Selatan`,
    `semenanjung Korea`, `Kim Jong-un`, `Asia timur`), never for `as` (AS) or a lower-case `china`.
    """
    words = surface.split()
    letters = [w.lstrip("([\"'“") for w in words]
    if len(words) == 1:
        if len(letters[0]) <= 4 and alias.isupper():
            return letters[0].isupper()
        return letters[0][:1].isupper()
    # Only the first word of a multi-word name may be lower case ("semenanjung Korea"), and a compass
    # word after a capitalised one ("Asia timur"); a body's inner words may be too when its first and
    # last are capitalised ("Kementerian luar negeri Korea Selatan").
    if inner_lower and len(letters) >= 3 and letters[-1][:1].isupper() and (
            letters[0][:1].isupper() or alias.startswith(national)):
        return True     # ("kementerian luar negeri Seoul": the press writes a ministry in lower case too)
    alias_words = alias.split()
    return all(w[:1].isupper() or not w[:1].isalpha() or (w.capitalize() in lower_ok and letters[0][:1].isupper())
               # a particle the register itself writes in lower case ("Rio de Janeiro")
               or (len(alias_words) == len(letters) and alias_words[i + 1] == w)
               for i, w in enumerate(letters[1:]))


def _is_initial(text: str, item: _Item) -> bool:
    """A name run whose last token is one capital after a first name: the initial of `Budi S. Rahardjo`."""
    a, b = item.tokens[-1]
    return len(item.tokens) >= 2 and b - a == 1 and text[a].isupper()


def _is_opening_initial(text: str, item: _Item, items: list) -> bool:
    """One capital opening a name, after no other capital word: the `S.` of `S. Wibowo`."""
    a, b = item.tokens[0]
    return len(item.tokens) == 1 and b - a == 1 and text[a].isupper() and a != 0 and (
        len(items) < 3 or items[-3].kind != "name")


def _given_name_shape(token: str) -> bool:
    """A romanised Korean given name written with its hyphen: `Myong-chol`, `Jong-un`."""
    head, dash, tail = token.partition("-")
    return bool(dash) and head.isalpha() and tail.isalpha() and head[:1].isupper() and tail.islower()


def spelling_key(folded: str, folds) -> str:
    """A folded name word under the spelling folds of function_words.yaml: `zinovyev` and `zinoviev`,
    `andrey` and `andrei` give one key."""
    for old, new in folds:
        folded = folded.replace(old, new)
    return folded


def _no_name_shape(token: str) -> bool:
    """`Orang-orang`, `Teman-teman`: a doubled word is a plural common noun; `Telegram-nya`: a word with
    its possessive. Neither is (part of) a name."""
    head, dash, tail = token.partition("-")
    return bool(dash) and (head.lower() == tail.lower() or tail.lower() == "nya")


def _is_cap(token: str) -> bool:
    # A "?" before a letter is a capital the encoding lost ("Vostochny ?osmodrome").
    return token[:1].isupper() or (len(token) > 1 and token[0] in "?\ufffd" and token[1].isalpha())


class _Reader:
    """Reads one article; the state of one call of find_actors (never shared)."""

    def __init__(self, article: Article, sentences, kit: _Kit, lex: Lexicon, doc: Document):
        self.text = article.text
        self.doc = doc
        self.sentences = sentences
        self.kit = kit
        self.lex = lex
        self.aliases = {fold(str(k)): str(v) for k, v in (lex.group("places", "aliases") or {}).items()}
        self.others: dict[str, dict] = {}     # key -> {kind, name, entry, mentions}
        self.people: dict[str, _Person] = {}
        self.refs: list[dict] = []            # one-word references, resolved at the end
        self.lead_country: str | None = None
        self.acronyms: dict[str, tuple] = {}   # "NIS" -> (entry, key) of the body it abbreviates here
        ordered = sorted(sentences, key=lambda sentence: sentence.span.start)
        self.sentence_starts = [sentence.span.start for sentence in ordered]
        self.sentence_paragraphs = [sentence.paragraph for sentence in ordered]
        self.anaphora: list[tuple[int, str]] = []
        self.fields: dict[tuple[int, int], str] = {}   # role span -> its field after the body ("bidang ...")
        self.pending: list[tuple] = []        # roles read with no name yet: (role, end, affiliation)
        # Words the article itself writes in lower case: with common_words.yaml, what no name is made of.
        self.lower_words = frozenset(_LOWER_WORD.findall(self.text))
        self.line_starts: set[int] = set()    # starts of sentences that are lines of their own (headlines)
        self.org_items: list[_Item] = []      # every body the text names, in order (for "kementerian")
        self.short_bodies: dict[str, _Item] = {}   # "KDN" -> the body its brackets gave it to
        # "Republik Rakyat Donetsk (DPR)": a short form the text defines in brackets after a known entity
        # names that entity throughout this text, whatever the register gives it elsewhere (DPR: a parliament).
        self.local: dict[str, RegisterEntry] = {}
        for after in _DEFINED.finditer(self.text):
            # The known name that ends right before the brackets (looked for in a short window only).
            m = next((m for m in kit.gazetteer.finditer(self.text, max(0, after.start() - 80), after.start())
                      if m.end() == after.start()), None)
            entry = kit.by_surface.get(fold(m.group())) if m else None
            if entry is not None and entry.kind in ("country", "organization"):
                short = after.group(1)
                initials = {w[:1].upper() for alias in (entry.name, *entry.aliases) for w in alias.split()}
                if kit.by_surface.get(fold(short)) is not entry and set(short) <= initials:
                    self.local.setdefault(fold(short), entry)
        # Token -> "word"/"punct"/"" (see _plain_kind), kept per lexicon: words recur across articles.
        self._plain_words: dict[str, str] = lex.memo("actors.plain_words", dict)

    # -- tokens and items -----------------------------------------------------------------

    def items_of(self, sentence: Sentence) -> list[_Item]:
        kit, text = self.kit, self.text
        s, e = sentence.span.start, sentence.span.end
        tokens = [m.span() for m in self.doc.tokens(s, e)]
        hits: dict[int, tuple[int, RegisterEntry]] = {}
        loose: list[tuple[int, int, RegisterEntry]] = []
        found = []
        pos = s
        while True:
            m = kit.gazetteer.search(text, pos, e)
            if m is None:
                break
            entry = self.local.get(fold(m.group())) or kit.by_surface.get(fold(m.group()))
            if entry is not None and _case_ok(m.group(), self._alias_like(entry, m.group()), kit.region_words,
                                              entry.kind == "organization", kit.national_heads):
                found.append((m.start(), m.end(), entry))
                pos = m.end()
            else:
                # "kantor berita Interfax" is no alias as written, but the "Interfax" inside it is.
                pos = m.start() + 1
        tokens = self._split_pairs(tokens, found)
        token_starts = {a for a, _ in tokens}
        token_ends = {b for _, b in tokens}
        for start, end, entry in found:
            if end not in token_ends and text[end:end + 1] in "-‐":
                continue   # "Cho Hyun" is not inside "Cho Hyun-dong": a hyphen goes on with the name
            if start in token_starts:
                hits[start] = (end, entry)
            else:
                loose.append((start, end, entry))
        foreign = self._foreign_orgs(tokens, hits)
        items: list[_Item] = []
        i = 0
        plain = self._plain_words
        while i < len(tokens):
            a, b = tokens[i]
            word = text[a:b]
            kind = plain.get(word)
            if kind is None:
                kind = self._plain_kind(word)
                if len(plain) < PLAIN_WORDS_KEPT:
                    plain[word] = kind
            if kind and i not in foreign and a not in hits:
                items.append(_Item(kind, a, b, word))     # no name, role or body can start here
                i += 1
                continue
            # Every way for a token to open an item below is also in _plain_kind.
            candidates: list[tuple[int, _Item, int]] = []   # (end, item, next token index)
            if i in foreign:
                end, j = foreign[i]
                hit = hits.get(a)
                if (hit is not None and hit[1].kind == "organization" and hit[0] < end
                        and all(w in kit.corporate_suffixes for w in text[hit[0]:end].split())):
                    # "Kia Corp", "Nissan Motor Co Ltd": a registered company with its legal form.
                    candidates.append((end, _Item("ent", a, end, text[a:end], hit[1]), j))
                else:
                    candidates.append((end, _Item("org", a, end, text[a:end], key=text[a:end]), j))
            if a in hits:
                end, entry = hits[a]
                j = i
                while j < len(tokens) and tokens[j][0] < end:
                    j += 1
                candidates.append((end, _Item("ent", a, end, text[a:end], entry), j))
            if word in kit.eponym_first:
                named = kit.eponym.match(text, a)
                hit = hits.get(named.end()) if named else None
                if hit is not None and hit[1].kind == "person":
                    # "Lapangan Kim Il Sung", "Universitas Kim Il Sung": a site or body named after a person.
                    head = named.group().strip()
                    kind = "place" if head in kit.eponym_places else "org"
                    j = i
                    while j < len(tokens) and tokens[j][0] < hit[0]:
                        j += 1
                    candidates.append((hit[0], _Item(kind, a, hit[0], text[a:hit[0]], key=text[a:hit[0]]), j))
            lowered = word.lower()
            org = self._org_at(tokens, i, hits) if lowered in kit.org_first else None
            if org is not None:
                candidates.append((org[0].end, org[0], org[1]))
            m = kit.title.match(text, a) if lowered in kit.title_first else None
            if m and m.end() <= e:
                j = i
                while j < len(tokens) and tokens[j][0] < m.end():
                    j += 1
                if tokens[j - 1][1] == m.end():
                    candidates.append((m.end(), _Item("role", a, m.end(), m.group()), j))
            if candidates:
                # Longest wins; on a tie the register (ent) beats a built organisation or a role.
                end, item, j = max(candidates, key=lambda c: (c[0], c[1].kind == "ent"))
                items.append(item)
                i = j
                continue
            if (fold(word) in kit.academic and i + 2 < len(tokens) and text[b:b + 1] == "."
                    and tokens[i + 1] == (b, b + 1) and _is_cap(text[tokens[i + 2][0]:tokens[i + 2][1]])):
                i += 2      # "Dr. X", "Prof. Dr. X": an academic title and its full stop are no name
                continue
            if word[:1].isalpha() or word[:1] in "?\ufffd":
                if self._name_word(word) or _surname_word(text, tokens, i, kit):
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
                        items[-1] = _Item("name", last.start, b, text[last.start:b], tokens=last.tokens + ((a, b),))
                    else:
                        items.append(_Item("name", a, b, word, tokens=((a, b),)))
                else:
                    items.append(_Item("word", a, b, word))
            else:
                items.append(_Item("punct", a, b, word))
            i += 1
        items = self._posts_named_as_bodies(items)
        for x in range(len(items) - 2, -1, -1):
            it, nxt = items[x], items[x + 1]
            if not (it.kind == "name" and nxt.kind == "ent" and nxt.entry_kind == "place"
                    and nxt.start == it.end + 1 and text[it.end] == " "):
                continue
            if it.text in kit.region_heads:
                # "Wilayah Kamchatka": a region's head before a known place is that place, as written.
                items[x:x + 2] = [_Item("ent", it.start, nxt.end, text[it.start:nxt.end], nxt.entry)]
            elif len(it.tokens) >= 2 and text[it.tokens[0][0]:it.tokens[0][1]] in kit.place_name_heads:
                # "Distrik Federal Timur Jauh": a place head's run that a known place closes is one place.
                items[x:x + 2] = [_Item("place", it.start, nxt.end, text[it.start:nxt.end])]
        for start, end, entry in loose:
            if not any(it.start <= start and end <= it.end and it.kind in ("org", "ent") for it in items):
                self.add_other(entry.kind, entry, Span(start, end), "gazetteer:inside-word")
        return items

    def _plain_kind(self, word: str) -> str:
        """"word" or "punct" for a token that, unless a register hit or a foreign body starts at it, is
        always read as that item alone by the loop of items_of (no candidate, no academic title, no
        name can start with it); "" otherwise. Depends on the word and the lexicon only (kept per
        lexicon: see _plain_words). A new way for a token to open an item goes here too."""
        kit = self.kit
        lowered = word.lower()
        if (word in kit.eponym_first or lowered in kit.org_first or lowered in kit.title_first
                or fold(word) in kit.academic or word in kit.surname_words):
            return ""       # (a surname word opens a name before a given name: _surname_word)
        if not (word[:1].isalpha() or word[:1] in "?\ufffd"):
            return "punct"
        return "" if self._name_word(word) else "word"

    def _name_word(self, word: str) -> bool:
        """A token that may stand in a person's or place's name (capitalised, no function word, ...)."""
        kit = self.kit
        return (_is_cap(word) and word not in kit.function_words and word.lower() not in kit.calendar
                and word not in kit.not_names and not _no_name_shape(word)
                and not (word.isupper() and len(word) > 1))

    def _posts_named_as_bodies(self, items: list[_Item]) -> list[_Item]:
        """`Kepala Staf Gabungan (JCS) Korea Selatan melaporkan ...`: a post's words that the text gives an
        acronym in brackets, with no one named after it, are the body (the JCS), not a post."""
        text = self.text
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
                        and not (y + 3 < len(items) and (items[y + 3].kind == "role" or _is_name(items[y + 3])))):
                    key = it.text if y == x + 1 else f"{it.text} {items[x + 1].entry.name}"
                    if y > x + 1:
                        country = items[x + 1]
                        self.add_other("country", country.entry, Span(country.start, country.end), "country:inside-body")
                    items[x:y] = [_Item("org", it.start, items[y - 1].end, text[it.start:items[y - 1].end], key=key)]
            x += 1
        return items

    def _foreign_orgs(self, tokens: list[tuple[int, int]], hits) -> dict[int, tuple[int, int]]:
        """`Daegu University of Foreign Languages`, `The Straits Times`, `Toyota Motor`: an English head
        noun with the capitalised words before it and the linked name after it is one body.
        Token index of its start -> (end offset, index of the next token)."""
        kit, text = self.kit, self.text
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
            return (_is_cap(w) and w not in kit.function_words and w.lower() not in kit.title_first
                    and w.lower() not in kit.org_first and w.lower() not in kit.cue_words
                    and not (hit and hit[1].kind == "person") and x not in in_country)

        found: dict[int, tuple[int, int]] = {}
        last = -1
        for h in heads:
            if h <= last:
                continue          # inside the body just read ("Yonhap News Agency")
            start = h
            while start > 0 and h - start < 4:
                if spaced(start - 1) and cap(start - 1):
                    start -= 1
                elif start > 1 and words[start - 1] == "&" and spaced(start - 2) and spaced(start - 1) and cap(start - 2):
                    start -= 2     # "Korea Investment & Securities": an ampersand inside the name
                else:
                    break
            end = h
            k = h + 1
            while k < n and spaced(k - 1):
                if words[k] in kit.foreign_heads:
                    end, k = k, k + 1
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

    def _split_pairs(self, tokens: list[tuple[int, int]], found: list) -> list[tuple[int, int]]:
        """`Jepang-Vietnam`, `Korsel-Jepang`, `Seoul-Tokyo`: a hyphen between two known
        countries, places or bodies joins two entities, not the parts of one name; the token is cut
        there so that each side is read as itself."""
        text = self.text
        ends = {end for _, end, entry in found if entry.kind != "person" and text[end:end + 1] in "-‐"}
        cuts = {start - 1 for start, _, entry in found if entry.kind != "person" and start - 1 in ends}
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

    def _listed_portfolio(self, tokens, j: int, hits) -> bool:
        """From token j, the rest of a portfolio list: name words of a body (no post: "Jenderal") and commas,
        then a list joiner and a last name word ("Industri, dan Energi", "Industri dan Energi")."""
        kit, text = self.kit, self.text
        for k in range(j, min(len(tokens), j + 8)):
            word = text[tokens[k][0]:tokens[k][1]]
            if tokens[k][0] in hits:
                return False
            if word in kit.list_joiners:
                if k + 1 >= len(tokens) or tokens[k + 1][0] in hits:
                    return False
                last = text[tokens[k + 1][0]:tokens[k + 1][1]]
                return last.lower() in kit.org_words and _is_cap(last)
            if word != "," and not (word.lower() in kit.org_words and _is_cap(word)
                                    and not kit.title.match(text, tokens[k][0])):
                return False
        return False

    def _alias_like(self, entry: RegisterEntry, surface: str) -> str:
        """The register's spelling of what the text wrote (its case tells an alias from a word); the
        text's own spelling when the register has it exactly (`Tass` beside `TASS`)."""
        if surface in entry.aliases:
            return surface
        folded = fold(surface)
        forms = self.kit.alias_form
        return forms.get((entry.id, folded)) or forms.get(("", folded)) or surface

    def _org_at(self, tokens, i, hits) -> tuple[_Item, int] | None:
        """`Kementerian Luar Negeri Korea Selatan`, `Pusat Studi Strategis dan Internasional`."""
        kit, text = self.kit, self.text
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
            if word.lower() in kit.org_words and _is_cap(word):
                end, parts, j = tb, parts + 1, j + 1
                key_text = text[a:end]
                continue
            if (word in kit.list_joiners and j + 1 < len(tokens) and tokens[j + 1][0] not in hits
                    and text[tokens[j + 1][0]:tokens[j + 1][1]].lower() in kit.org_words
                    and _is_cap(text[tokens[j + 1][0]:tokens[j + 1][1]])):
                j += 1
                continue
            if word == "," and parts and self._listed_portfolio(tokens, j + 1, hits):
                # "Kementerian Perdagangan, Industri, dan Energi": a portfolio listed with commas.
                j += 1
                continue
            if (parts == free < ORG_FREE_WORDS and not proper and _is_cap(word) and word not in kit.function_words
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
                if _is_cap(word) and word not in kit.function_words:
                    caps += 1
                elif not ((word in kit.list_joiners or word in kit.org_links) and caps == k - j
                          and k + 1 < len(tokens)):
                    break
                k += 1
            if k > j and caps and _is_cap(text[tokens[k - 1][0]:tokens[k - 1][1]]) and k + 2 < len(tokens) \
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
                if not (word.lower() in kit.org_words and _is_cap(word)):
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
                       and _is_cap(text[tokens[k][0]:tokens[k][1]])):
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
        return _Item("org", a, end, text[a:end], key=key), j

    # -- recording ----------------------------------------------------------------------

    def add_other(self, kind: str, entry: RegisterEntry | None, span: Span, rule: str, key_text: str | None = None):
        surface = self.text[span.start:span.end]
        if entry is None and (self.lex.register.is_suppressed(surface) or len(surface) == 1):
            return      # "di Telegram", "di X": a platform or a letter, no place or body
        # FORMATS: an organisation is named by its fullest form in the text (`Kantor Berita
        # Interfax` where the text writes it, `Interfax` where it does not); the register gives the id.
        # So is a place (`Kiev` where the text writes Kiev, `St. Petersburg`): the register merges the
        # spellings under one id. Countries keep the register's usual name (`Korea Selatan`, not
        # `Republik Korea`, nor the text's short form `Korsel`).
        as_written = entry is None or entry.kind in ("organization", "place")
        if entry is not None:
            key = entry.id
            name = surface if as_written else entry.name
        else:
            key = slugify(key_text or surface)
            name = surface
        if entry is not None and as_written and surface.isupper() and not any(
                a.isupper() and fold(a) == fold(surface) for a in entry.aliases):
            name = entry.name
        slot = self.others.setdefault(key, {"kind": kind, "name": name, "entry": entry, "mentions": []})
        if as_written and len(surface) > len(slot["name"]) and not (
                entry is not None and surface.isupper() and not any(a.isupper() and fold(a) == fold(surface)
                                                                    for a in entry.aliases)):
            slot["name"] = surface      # (not `KYIV` of a dateline: the register's case then)
        slot["mentions"].append((span, surface, rule))

    def person(self, name_item: _Item, rule: str, role: _Item | None = None, tail_end: int | None = None,
               affiliation: str | None = None) -> None:
        entry = name_item.entry if name_item.kind == "ent" else None
        start = name_item.start
        text = name_item.text
        if entry is None and name_item.tokens:
            # "Pak Budi Santoso": an honorific is not part of the name.
            toks = list(name_item.tokens)
            while len(toks) > 1 and self.text[toks[0][0]:toks[0][1]] in self.kit.honorifics and not (
                    len(toks) == 2 and _given_name_shape(self.text[toks[1][0]:toks[1][1]])) and not (
                    # "Perdana Menteri Pak X Y": after a role, "Pak" is the surname, no honorific.
                    role is not None and len(toks) >= 3 and rule == "person:role"
                    and self.text[toks[0][0]:toks[0][1]] in self.kit.surname_honorifics):
                toks.pop(0)     # ("Pak Myong-chol": before a Korean given name, Pak is the surname)
            start = toks[0][0]
            text = self.text[start:name_item.end]
        span = Span(start, name_item.end)
        if entry is None:
            if self.lex.register.is_suppressed(text):
                return      # the register says this surface is never an entity ("Telegram")
            if len(text.split()) >= 2 and text.split()[-1] in self.kit.place_tails:
                # "Primorsky Krai", "Kursk Oblast": a region's closing word makes the run a place.
                self.add_other("place", None, span, "place:region-tail")
                return
        # One person under two romanised spellings in one article ("Andrei"/"Andrey X") is one key.
        key = entry.id if entry else self.spelling(fold(text))
        found = self.people.get(key)
        if found is None:
            # FORMATS: the record's name is the fullest form *in the text*; the register only
            # gives the id and merges spellings ("Sergey Lavrov" here, "Sergei Lavrov" there).
            found = self.people[key] = _Person(
                key=key, name=text, entry=entry,
                # (the parts of a double surname too: "Thomas-Greenfield" gives thomas, greenfield; not a
                # Korean given name's, "Jong-min")
                tokens=frozenset(self.spelling(fold(w)) for w in re.split(r"\s+|-(?=[A-Z])", text) if fold(w)) |
                frozenset(self.spelling(fold(w)) for w in re.split(r"\s+", text) if fold(w)) |
                (frozenset(self.spelling(fold(w)) for a in entry.aliases for w in a.split()) if entry else frozenset()))
        found.mentions.append((span, self.text[span.start:span.end], rule))
        if len(text) > len(found.name) or (entry is not None and len(found.name.split()) < 2 <= len(text.split())):
            found.name = text
        if role is not None and found.role is None:
            found.role = self.role_text(role.start, tail_end or role.end)
            found.role_span = Span(role.start, tail_end or role.end)
        if affiliation and found.affiliation is None:
            found.affiliation = affiliation

    def spelling(self, folded: str) -> str:
        return spelling_key(folded, self.kit.spelling_folds)

    def role_text(self, start: int, end: int) -> str:
        """The role as stated, with press abbreviations written out (`Menlu` → `Menteri Luar Negeri`)."""
        stated = self.text[start:end]
        if stated.endswith("nya") and self.kit.title.fullmatch(stated[:-3]):
            stated = stated[:-3]      # "juru bicaranya": the post, without its possessive
        if (start, end) in self.fields:
            stated = f"{stated} {self.fields[start, end]}"
        expansions = self.kit.expansions
        if not expansions:
            return stated
        return " ".join(expansions.get(fold(w), w) for w in stated.split())

    def served_country(self, item: _Item) -> None:
        """`juru bicara Kementerian Luar Negeri China, X`: a person serving a ministry or embassy acts
        for its country, which the text names inside the body's name (not in `Universitas Nasional
        Australia`, a body's own name, nor where no one serves it)."""
        if item.kind == "ent" and item.entry_kind == "organization":
            if not item.text.startswith(self.kit.national_heads):
                return      # a registered ministry as the text writes it ("Kemlu Korsel")
        elif item.kind != "org" or not item.key.startswith(self.kit.national_heads):
            return
        # The country that closes the name: one to three last words (a registered body's own alias
        # would match the whole name first, so the words are tried from the end).
        spaces = [m.start() + 1 for m in re.finditer(" ", self.text[item.start:item.end])]
        for offset in spaces[-3:]:
            start = item.start + offset
            surface = self.text[start:item.end]
            entry = self.kit.by_surface.get(fold(surface))
            if (entry is not None and entry.kind == "country"
                    and _case_ok(surface, self._alias_like(entry, surface))):
                self.add_other("country", entry, Span(start, item.end), "country:served-body")
                return

    def affiliation_of(self, item: _Item) -> str | None:
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
            if head in self.kit.state_heads:
                return self.national(item.key) or item.key
            full = self.kit.org_expansions.get(head, head)
            if item.key.startswith(f"{full} "):
                return item.key       # ("Kedutaan Besar Rusia" is written out already)
            return f"{full} {rest}" if rest else full
        return None

    def national(self, name: str) -> str | None:
        """A government acts for its country: `Pemerintah Korea Selatan` → `Korea Selatan`."""
        if not name.startswith(self.kit.national_heads):
            return None
        words = name.split()
        for size in (3, 2, 1):
            if len(words) > size:
                entry = self.kit.by_surface.get(fold(" ".join(words[-size:])))
                if entry is not None and entry.kind == "country":
                    return entry.name
        return None

    # -- the reading ----------------------------------------------------------------------

    def read(self) -> None:
        plan = []
        for sentence in self.sentences:
            items = self.items_of(sentence)
            # Known names and roles are capitalised anyway: judge the case of the other words.
            words = [w for it in items if it.kind in ("word", "name") for w in it.text.split() if len(w) >= 3]
            capital = sum(1 for w in words if _is_cap(w))
            line = self.line_like(sentence)
            if line:
                self.line_starts.add(sentence.span.start)
                # A headline's title case keeps its connectives in lower case ("dengan", "untuk").
                words = [w for w in words if not (w.islower() and w.capitalize() in self.kit.function_words)]
                capital = sum(1 for w in words if _is_cap(w))
            title_case = (sentence.caption or line) and len(words) >= 3 and capital >= TITLE_CASE_SHARE * len(words)
            plan.append((sentence, items, title_case))
            if self.lead_country is None and not sentence.caption and items:
                first = items[0]
                if first.kind == "ent" and first.entry and first.entry.kind == "country":
                    self.lead_country = first.entry.name
                elif (first.text in self.kit.state_heads and len(items) > 1 and items[1].kind == "ent"
                      and items[1].entry.kind == "country"):
                    self.lead_country = items[1].entry.name     # "Pemerintah Indonesia meminta ..." 
                else:
                    self.lead_country = ""
        for _, items, _ in plan:
            for x in range(len(items) - 3):
                body = items[x]
                if ((body.kind == "org" or (body.kind == "ent" and body.entry_kind == "organization"))
                        and _acronym_in_brackets(items, x + 1)):
                    # "Kamar Dagang Nusantara (KDN)": the short form names that body everywhere.
                    self.short_bodies.setdefault(items[x + 2].text, body)
        self.org_items = sorted((it for _, items, _ in plan for it in items
                                 if it.kind == "org" or (it.kind == "ent" and it.entry_kind == "organization")),
                                key=lambda it: it.start)
        claimed: set[int] = set()
        for sentence, items, title_case in plan:
            self.read_roles(items, title_case, claimed)
        for sentence, items, title_case in plan:
            self.read_rest(items, title_case, claimed)

    def common(self, word: str) -> bool:
        """A folded word that is no evidence of a name: a common word, or one this article writes in
        lower case."""
        return word in self.kit.common_words or word in self.lower_words

    def in_line(self, position: int) -> bool:
        """The position lies in a sentence that is a line of its own (a headline, a teaser)."""
        i = bisect_right(self.sentence_starts, position) - 1
        return i >= 0 and self.sentence_starts[i] in self.line_starts

    def line_like(self, sentence: Sentence) -> bool:
        """A line of its own with no closing stop: a headline or a teaser, whatever the layout made of
        it. Its capitals are no evidence of names."""
        text, start, end = self.text, sentence.span.start, sentence.span.end
        body = text[start:end].rstrip()
        if not body or body[-1] in _CLOSERS:
            return False
        line_start = text.rfind("\n", 0, start) + 1
        if any(c.isalpha() for c in text[line_start:start]):
            return False      # ("1. ", "» ": a list number or a marker may open the line)
        return end >= len(text) or text[end:].lstrip(" \t")[:1] in ("\n", "")

    def read_roles(self, items: list[_Item], title_case: bool, claimed: set[int]) -> None:
        """`<role> [affil...] [untuk ...][,] <Name> [dan <Name>]` and `<Name>, <role> [affil...]`."""
        kit = self.kit
        n = len(items)
        coordinated = None        # (index of the last name read with a role, its affiliation)
        lead = None               # (role, its end, index of the role it chains to) for a post with no name yet
        for k, item in enumerate(items):
            if item.kind == "role":
                j, tail_end = k + 1, item.end
                if (j + 1 < n and items[j].kind == "word" and items[j].text.lower() in kit.apposition_joiners
                        and items[j + 1].kind == "role"):
                    # "Wakil Perdana Menteri sekaligus utusan presiden ..., X": the first post is X's.
                    lead = self.chain(items, k, j, False, item, tail_end, [], lead)
                    continue
                tail = 0
                while (j < n and items[j].kind == "word" and tail < ROLE_TAIL_WORDS
                       and items[j].text.lower() not in kit.breakers and items[j].text.islower()):
                    j, tail = j + 1, tail + 1
                generic = None
                if tail:
                    # Lower-case words count as part of the role only when an entity or a name follows.
                    if j < n and (items[j].kind in ("ent", "org", "name") or items[j].text in self.short_bodies):
                        tail_end = items[j - 1].end
                    elif (tail == 1 and j + 1 < n and items[j].text == "," and _is_name(items[j + 1])
                          and items[j - 1].text in kit.org_first):
                        # "Juru bicara kementerian, X,": the ministry the passage named before.
                        generic = self.named_body(items[j - 1].text, item.start)
                        tail_end = items[j - 1].end
                    else:
                        continue
                affs: list[str] = [generic] if generic else []
                linked = False
                portfolio = any(fold(w) in kit.portfolio_heads for w in item.text.split())
                before = j
                j = self.role_complement(items, j, claimed, portfolio)
                if portfolio and j > before:
                    # "Menteri Kelautan dan Perikanan Norwegia X": the portfolio is part of the role.
                    tail_end = items[j - 1].end
                if (j + 1 < n and items[j].kind == "ent" and items[j].entry_kind in ("place", "country")
                        and self._linked_body(items, j + 1)):
                    # "Pengamat Asia Timur dari Universitas X": the region is the role's field ("Pakar
                    # Korea Utara dari Universitas X": so is a country, when a body the person serves follows).
                    tail_end, j = items[j].end, j + 1
                if not affs and k >= 2 and items[k - 1].kind == "word" and items[k - 1].text in kit.through_words:
                    # "China, melalui Duta Besar X": the state or body that acts through the person.
                    owner = items[k - 3] if items[k - 2].text == "," and k >= 3 else items[k - 2]
                    aff = self.affiliation_of(owner) if owner.kind in ("ent", "org") and owner.entry_kind != "person" \
                        else None
                    if aff:
                        affs.append(aff)
                if item.text.endswith("nya") and k and items[k - 1].kind == "word" and not affs:
                    # "Kementerian Luar Negeri Rusia lewat juru bicaranya X": the post of the body just named.
                    owner = next((it for it in reversed(items[:k]) if it.kind in ("ent", "org")
                                  and it.entry_kind != "person"), None)
                    aff = self.affiliation_of(owner) if owner is not None else None
                    if aff:
                        affs.append(aff)
                member = self.member_body(item, items, j)
                if member is not None:
                    # "Sekretaris Dewan Keamanan Rusia X": the council is part of the post.
                    tail_end, aff, j = member
                    if aff:
                        affs.append(aff)
                while j < n:
                    it = items[j]
                    if it.kind == "word" and it.text in self.short_bodies:
                        it = self.short_bodies[it.text]      # "Ketua delegasi KDN, X": the body it names
                    if it.kind in ("ent", "org", "place") and not (it.kind == "ent" and it.entry.kind == "person"):
                        place = it.kind == "place" or it.entry_kind == "place"
                        if place and j == before and not affs:
                            # "Gubernur Primorsky Krai X": the region is part of the post as stated.
                            tail_end = it.end
                        # A place is the affiliation only when no body or country is named with it
                        # ("Centre for ... Studies (CSIS) Jakarta, X": the body).
                        aff = self.affiliation_of(it) if not (place and affs) else None
                        if aff:
                            affs.append(aff)
                        j += 1
                    elif self._linked_body(items, j):
                        j, linked = j + 1, True   # "<role> dari Universitas X, Name": the body it serves
                    elif it.kind == "word" and it.text in kit.list_joiners and j + 1 < n and items[j + 1].kind in ("ent", "org") \
                            and affs:
                        j += 1
                    elif affs and _acronym_in_brackets(items, j):
                        # "Institut Studi Strategis Korea (KRIS) Park ...": the body's short form.
                        j += 3
                    else:
                        break
                if (j + 3 < n and items[j].kind == "word" and items[j].text in kit.prepositions
                        and items[j + 1].kind in ("ent", "name") and items[j + 1].entry_kind in (None, "place")
                        and items[j + 2].text == "," and _is_name(items[j + 3]) and item.text[:1].islower()):
                    # "Seorang pemandu wisata di Vladivostok, Natalia,": where the post is, then its holder.
                    j += 2
                if linked and not (j < n and items[j].text == ","):
                    continue          # the body's name runs on ("dari Institut Studi Oriental Moskow")
                if affs and j < n and items[j].kind == "word" and items[j].text.lower() in kit.field_words:
                    # "penasihat senior Kremlin bidang kebijakan luar negeri": the post's field after its body.
                    m = j + 1
                    while (m < n and m - j <= ROLE_TAIL_WORDS + 1 and items[m].kind == "word" and items[m].text.islower()
                           and items[m].text not in kit.breakers and items[m].text not in kit.cues_after):
                        m += 1
                    if m > j + 1:
                        self.fields[(item.start, tail_end)] = self.text[items[j].start:items[m - 1].end]
                        j = m
                if (not affs and j + 2 < n and items[j].kind == "word" and items[j].text.lower() in kit.anaphora
                        and items[j + 1].text == "," and _is_name(items[j + 2])):
                    # "Seorang penasihat senior Kremlin ... mengatakan ..." then "Penasihat itu, X,": the
                    # person introduced by the post is named now; the post as first stated is theirs.
                    words = set(item.text.lower().split())
                    earlier = [p for p in self.pending if words <= set(p[0].text.lower().split())]
                    if not earlier:
                        # "Duta besar Rusia ... turut ... . Diplomat tersebut, X,": another word for the post
                        # the sentence before stated.
                        here = bisect_right(self.sentence_starts, item.start) - 1
                        earlier = [p for p in self.pending if here > 0
                                   and bisect_right(self.sentence_starts, p[0].start) - 1 == here - 1
                                   and self.paragraph_of(p[0].start) == self.paragraph_of(item.start)]
                    role, end, aff = earlier[-1] if earlier else (item, tail_end, None)
                    self.name_found(items[j + 2], "role-anaphora", title_case, claimed, role=role, tail_end=end,
                                    affiliation=aff)
                    continue
                if (affs and j + 2 < n and items[j].kind == "name" and len(items[j].tokens) == 1
                        and items[j + 1].text == "," and _is_name(items[j + 2]) and items[j].start not in claimed):
                    # "Universitas X (UX) Depok, Name": the body's city, then the person.
                    self.add_other("place", None, Span(items[j].start, items[j].end), "place:body-city")
                    claimed.add(items[j].start)
                    j += 1
                # Anaphora: "Diplomat AS tersebut" gives the last person without one a country.
                if j < n and items[j].kind == "word" and items[j].text.lower() in kit.anaphora and affs:
                    self.anaphora.append((item.start, affs[-1]))
                    continue
                if j < n and items[j].kind == "word" and items[j].text in kit.org_links:
                    m = j + 1
                    while m < n and m - j <= UNTUK_CLAUSE_TOKENS and items[m].text != ",":
                        m += 1
                    # "Duta Besar AS untuk PBB Linda ...": the post (a body, country or place), then the name.
                    post = j + 1
                    while post < n and ((items[post].kind in ("ent", "org", "place") and items[post].entry_kind != "person")
                                        or self.place_before_name(items, post)):
                        post += 1
                    if (post < n and post - 1 > j and items[post].kind == "name" and len(items[post].tokens) == 1
                            and self.place_before_name(items, post - 1) and len(items[post - 1].tokens) >= 3
                            and items[post - 1].end + 1 == items[post].start):
                        # "untuk Distrik Federal Ural Pavel Orlov": the run was cut at its longest; the
                        # person's given name is the region run's last word.
                        region, name = items[post - 1], items[post]
                        moved = region.tokens[-1]
                        items[post - 1] = _Item("name", region.start, region.tokens[-2][1],
                                                self.text[region.start:region.tokens[-2][1]], tokens=region.tokens[:-1])
                        items[post] = _Item("name", moved[0], name.end, self.text[moved[0]:name.end],
                                            tokens=(moved,) + name.tokens)
                    if post < n and _is_name(items[post]):
                        for x in range(j + 1, post):
                            if items[x].kind == "name":
                                # "untuk Distrik Federal Timur Jauh Name": the region of the post.
                                claimed.add(items[x].start)
                                self.add_other("place", None, Span(items[x].start, items[x].end), "place:post")
                    if post > j + 1 and post < n and _is_name(items[post]):
                        j = post
                    elif m < n and items[m].text == ",":
                        j = m
                    else:
                        self.claim_untuk(items, j, claimed)
                        # "Duta besar Rusia untuk Korea Selatan turut ...": a post whose holder is named later.
                        self.pending.append((item, tail_end, affs[-1] if affs else None))
                        continue
                comma = j < n and items[j].text == ","
                if comma:
                    j += 1
                if (title_case and comma and j < n and items[j].kind == "name" and len(items[j].tokens) == 1
                        and not (j + 1 < n and items[j + 1].text == ",")):
                    continue      # "Menlu Terima Dubes Rusia, Tawarkan ...": a headline's next clause
                names = []
                while j < n and (items[j].kind == "name" or (items[j].kind == "ent" and items[j].entry.kind == "person")):
                    names.append(items[j])
                    if j + 2 < n and items[j + 1].text in kit.list_joiners and (
                            items[j + 2].kind == "name" or (items[j + 2].kind == "ent" and items[j + 2].entry.kind == "person")):
                        j += 2
                    else:
                        break
                if (len(names) == 1 and not title_case and j + 2 < n
                        and len(names[0].text.split()) == 1 and (names[0].kind == "ent" or len(names[0].tokens) == 1)
                        and (items[j + 1].text == "," or items[j + 1].text.lower() in kit.naming_links)
                        and _is_name(items[j + 2]) and len(items[j + 2].text.split()) >= 2
                        and not (j + 4 < n and items[j + 3].text == "," and items[j + 4].text in kit.list_joiners)):
                    # "Penasihat luar negeri Putin, Yuri X, mengatakan", "Ajudan Putin bernama Yury X": the post
                    # is of the person named after; the one-word name before is whose aide they are.
                    self.name_found(names[0], "possessor", title_case, claimed)
                    j += 2
                    names = [items[j]]
                if not names:
                    self.pending.append((item, tail_end, affs[-1] if affs else None))
                    lead = self.chain(items, k, j, comma, item, tail_end, affs, lead)
                    continue
                chain = lead if lead is not None and lead[2] == k else None
                lead = None
                if chain is not None and (title_case and not chain[4] or chain[5] and j + 2 < n
                                          and items[j + 1].text == "," and _is_name(items[j + 2])):
                    # "Juru Bicara Sekretaris Jenderal PBB X, Y,": Y holds the first post, X the second;
                    # a headline's comma parts clauses ("Terima Wakil PM Rusia, Menlu X ...").
                    chain = None
                if chain is not None and not affs and chain[3]:
                    affs = [chain[3]]
                if chain is not None and not chain[4]:
                    chain = None      # "Perwakilan Jepang, Duta Besar X": the post after the comma is X's
                for index, name in enumerate(names):
                    cut = self.place_prefix(name)
                    if cut:
                        # "Gubernur Wilayah Amur Ivan Sokolov": the region the post serves, then the person.
                        a, b = name.tokens[0][0], name.tokens[cut - 1][1]
                        claimed.add(name.start)
                        self.add_other("place", None, Span(a, b), "place:role-region")
                        rest = name.tokens[cut:]
                        names[index] = _Item("name", rest[0][0], name.end, self.text[rest[0][0]:name.end], tokens=rest)
                        if not affs and len(names) == 1:
                            affs = [self.text[a:b]]
                            if self.text[tail_end:a].strip() == "":
                                tail_end = b      # the post as stated: "Gubernur Khabarovsk Krai"
                if names and not affs and self._linked_body(items, j + 1):
                    # "Profesor Name dari Universitas X": the body after the name.
                    aff = self.affiliation_of(items[j + 2])
                    affs = [aff] if aff else []
                if (names and not affs and coordinated is not None and k >= 2 and coordinated[0] == k - 2
                        and items[k - 1].text in kit.list_joiners and all(nm.kind == "name" for nm in names)
                        and not any(it.kind == "word" and it.text.lower() in kit.between for it in items[:k])):
                    # "Menlu Korsel X dan Menhan Y": a post joined to one placed before shares its body
                    # (not "antara <leader of A> X dan <leader of B> Y": two sides).
                    affs = [coordinated[1]]
                if (names and k >= 2 and items[k - 1].text == "," and _is_name(items[k - 2]) and not affs
                        and before < n and items[before] is names[0] and item.text[:1].islower()
                        and " " in self.text[item.start:tail_end] and all(nm.kind == "name" for nm in names)):
                    # "X, direktur biro perjalanan Y": the post after an apposition's comma names its
                    # body's kind, and Y is that body, no second person.
                    for name in names:
                        if name.start not in claimed:
                            claimed.add(name.start)
                            self.add_other("organization", None, Span(name.start, name.end), "organization:role-object")
                    continue
                if (names and not affs and tail_end > item.end and all(nm.kind == "name" for nm in names)
                        and kit.source_cue.search(self.text, item.end, tail_end + 1)):
                    # "wartawan kantor berita Prensa Latina": the post's words end with a medium's kind, and the
                    # name after it is that medium, no person.
                    for name in names:
                        if name.start not in claimed:
                            claimed.add(name.start)
                            self.add_other("organization", None, Span(name.start, name.end), "organization:source-cue")
                    continue
                for body in items[k + 1:j]:
                    if names:
                        self.served_country(body)
                # "Menteri Luar Negeri A dan B": a singular post is A's only; B is named beside A, not given
                # A's post (unless the post is plural: "para menteri A dan B", "kedua pemimpin, A dan B").
                plural = len(names) > 1 and (len(affs) == len(names) or (k and items[k - 1].kind == "word" and items[k - 1].text.lower() in kit.plural_markers))
                if len(names) > 1 and not plural:
                    for name in names[1:]:
                        self.name_found(name, "listed", title_case, claimed)
                    names = names[:1]
                for index, name in enumerate(names):
                    aff = affs[index] if len(affs) == len(names) and len(names) > 1 else (affs[-1] if affs else None)
                    if chain is not None:
                        end = chain[1]
                        if chain[5] and index == 0:
                            # "Utusan Presiden Rusia untuk Distrik X, Name": two posts written as one, stated
                            # up to the name.
                            at = next(x for x in range(n) if items[x] is name)
                            before = items[at - 1] if items[at - 1].text != "," else items[at - 2]
                            end = max(end, before.end)
                        self.name_found(name, "role", title_case, claimed, role=chain[0], tail_end=end,
                                        affiliation=aff)
                    else:
                        self.name_found(name, "role", title_case, claimed, role=item, tail_end=tail_end,
                                        affiliation=aff)
                    if aff:
                        coordinated = (j, aff)
            elif item.kind in ("name", "ent") and k + 2 < n and items[k + 1].text == ",":
                if item.kind == "ent" and item.entry.kind != "person":
                    continue
                if item.kind == "name" and len(item.tokens) < 2 and not (
                        items[k + 2].kind == "role" and items[k + 2].text[:1].islower() and not title_case
                        and not (k and items[k - 1].text.lower() in kit.prepositions)):
                    # One word is a name only before a post written as a description ("Sutrisno,
                    # peneliti senior X,"): a capitalised title after a comma may open a new clause,
                    # and after "di"/"dari" the word is a place ("Dari Bandung, pengamat X ...").
                    continue
                r = k + 2
                if items[r].kind == "word" and items[r].text.lower() in kit.role_articles and r + 1 < n \
                        and items[r + 1].kind == "role":
                    r += 1      # "X, seorang wartawan Y": the apposition's post after its article
                if items[r].kind != "role":
                    # "X, istri Y yang juga anggota parlemen Z,": the post the
                    # apposition gives after a joining word, before the apposition closes.
                    r = k + 3
                    while r < n and r - k <= APPOSITION_ITEMS and items[r].text != "," and not (
                            items[r].kind == "role" and items[r - 1].kind == "word"
                            and items[r - 1].text.lower() in kit.apposition_joiners):
                        r += 1
                    if r >= n or items[r].kind != "role" or r - k > APPOSITION_ITEMS:
                        continue
                role = items[r]
                j, affs = r + 1, []
                tail_end = role.end
                m, tail = j, 0
                while (m < n and items[m].kind == "word" and tail < ROLE_TAIL_WORDS
                       and items[m].text.lower() not in kit.breakers and items[m].text.islower()):
                    m, tail = m + 1, tail + 1
                if tail and not (m < n and items[m].kind == "word" and items[m].text.islower()
                                 and items[m].text.lower() not in kit.breakers):
                    # "X, dosen ilmu politik Universitas Y": the words describe the post.
                    tail_end, j = items[m - 1].end, m
                if (j + 1 < n and items[j].kind == "ent" and items[j].entry_kind == "place"
                        and self._linked_body(items, j + 1)):
                    # "X, pakar keamanan Asia Tenggara di Universitas Y": the region is the post's field.
                    tail_end, j = items[j].end, j + 1
                # "Lee ..., profesor di Universitas X": the body after a linking preposition.
                if (j + 1 < n and items[j].kind == "word" and items[j].text in kit.affiliation_links
                        and items[j + 1].kind in ("ent", "org") and items[j + 1].entry_kind != "place"):
                    j += 1
                while j < n and items[j].kind in ("ent", "org"):
                    aff = self.affiliation_of(items[j])
                    if aff:
                        affs.append(aff)
                        self.served_country(items[j])
                    j += 1
                if r > k + 2 and j < n and _is_name(items[j]):
                    continue      # "X, yang juga bertemu Menteri Y Z": the role introduces Z, not X
                self.claim_untuk(items, j, claimed)
                self.name_found(item, "apposition", title_case, claimed, role=role, tail_end=tail_end,
                                affiliation=affs[-1] if affs else None, refine=True)

    def named_body(self, head: str, position: int) -> str | None:
        """The body last named before `position` whose head is `head` written in capitals
        (`kementerian` → `Kementerian Unifikasi Korea Selatan`), by its affiliation name."""
        best = None
        for item in self.org_items:
            if item.start >= position:
                break
            if item.text.split()[0].lower() == head.lower():
                best = item
        return self.affiliation_of(best) if best is not None else None

    def chain(self, items, k, j, comma, role, tail_end, affs, lead):
        """A post with no name of its own, followed by another post: `(role, end, index of the next post,
        affiliation, whether the first post is the person's role)`, or None. `Wakil Perdana Menteri
        sekaligus utusan ...`, `utusan presiden ...`, `Komandan Armada X, Laksamana Y`, `Juru bicara JCS
        Kolonel Y`: the first post is the role (a rank is only a grade); `Perwakilan Jepang, Duta Besar Y`:
        the post after the comma is the role, the body before it the affiliation."""
        kit, n = self.kit, len(items)
        if lead is not None and lead[2] != k:
            lead = None
        nxt, use_role = None, True
        if (j + 2 < n and items[j].kind == "word" and items[j].text in kit.prepositions
                and items[j + 1].kind == "ent" and items[j + 1].entry_kind == "place" and items[j + 2].text == ","):
            j, comma = j + 3, True    # "Kepala Perwakilan RI di Moskow, Duta Besar X": where the post is
        if j < n and items[j].kind == "role":
            nxt = j
            if comma and fold(items[j].text) not in kit.ranks:
                use_role = False
        elif (j + 1 < n and items[j].kind == "word" and items[j].text.lower() in kit.apposition_joiners
              and items[j + 1].kind == "role"):
            nxt = j + 1
        elif (j + 1 < n and items[j].kind == "word" and items[j].text.isupper() and len(items[j].text) > 1
              and items[j + 1].kind == "role" and fold(items[j + 1].text) in kit.ranks):
            nxt = j + 1
        if nxt is None:
            return None
        aff = affs[-1] if affs else (lead[3] if lead else None)
        # "utusan presiden X": two posts written as one (the first unless X's apposition follows); a rank
        # after a post is only a grade.
        adjacent = nxt == j and not comma and fold(items[nxt].text) not in kit.ranks
        if lead is not None and lead[4]:
            return (lead[0], lead[1], nxt, aff, use_role, adjacent and lead[5])
        return (role, tail_end, nxt, aff, use_role, adjacent)

    def place_prefix(self, item: _Item) -> int:
        """`Wilayah Amur Ivan Sokolov`, `Khabarovsk Krai Ivan Sokolov` right after a role: how
        many leading tokens name the region (a place head and its word, or up to a region's closing word),
        with at least two left for the person; 0 when none do."""
        if item.kind != "name" or len(item.tokens) < 3:
            return 0
        words = [self.text[a:b] for a, b in item.tokens]
        for i in range(1, len(words) - 2):
            if words[i] in self.kit.place_tails:
                return i + 1
        if words[0] in self.kit.place_name_heads:
            i = 2
            while i < len(words) and words[i] in self.kit.region_words:
                i += 1
            return i if len(words) - i >= 2 else 0
        return 0

    def place_before_name(self, items: list[_Item], k: int) -> bool:
        """`untuk Distrik Federal Ural Pavel Orlov`: a run opened by a place head, right before a name."""
        item = items[k]
        return (item.kind == "name" and len(item.tokens) >= 2 and k + 1 < len(items) and _is_name(items[k + 1])
                and self.text[item.tokens[0][0]:item.tokens[0][1]] in self.kit.place_name_heads)

    def member_body(self, role: _Item, items: list[_Item], j: int) -> tuple[int, str | None, int] | None:
        """`Sekretaris Dewan Keamanan Rusia`, `Ketua Duma`, `Anggota Majelis Nasional`: a member's post
        names the council it sits in, without the country that closes the council's name. Returns
        (end of the role, affiliation: the council, next index)."""
        kit = self.kit
        if j >= len(items) or fold(role.text.split()[-1]) not in kit.member_heads:
            return None
        body = items[j]
        if not (body.kind == "org" or (body.kind == "ent" and body.entry_kind == "organization")):
            return None
        if body.text.split()[0] not in kit.council_heads:
            return None
        # The country that closes the council's name, tried from its last words (a registered council's own
        # alias would match the whole name first): "Dewan Keamanan Rusia" -> "Dewan Keamanan".
        spaces = [m.start() + 1 for m in re.finditer(" ", self.text[body.start:body.end])]
        for offset in spaces[-3:]:
            start = body.start + offset
            entry = kit.by_surface.get(fold(self.text[start:body.end]))
            if entry is not None and entry.kind == "country":
                return start - 1, self.affiliation_of(body), j + 1
        return body.end, self.affiliation_of(body), j + 1

    def _linked_body(self, items: list[_Item], j: int) -> bool:
        """`dari Universitas X` at j: a linking word, then a body (not a place, not a person)."""
        return (j + 1 < len(items) and items[j].kind == "word" and items[j].text in self.kit.affiliation_links
                and items[j + 1].kind in ("ent", "org") and items[j + 1].entry_kind not in ("person", "place"))

    def role_complement(self, items: list[_Item], j: int, claimed: set[int], portfolio: bool = False) -> int:
        """`Direktur Jenderal Urusan Eropa Kementerian ... Park Min-seo`: capitalised words between a
        role and the body it serves complete the role. They are no name when a body follows them and a
        name closes the run; the index of the first body is returned (else `j` unchanged)."""
        kit = self.kit
        n = len(items)
        # A portfolio role's own object is the list's first part ("Menteri Perdagangan, ...").
        k, content, listed, joined, last = j, int(portfolio), False, False, j
        # Capitalised words (a capitalised function word too), places, and for a portfolio a list
        # of them: "Ekonomi, Perdagangan, dan Industri".
        while k < n and k - j < ROLE_COMPLEMENT_SPAN and content <= ROLE_COMPLEMENT_ITEMS:
            it = items[k]
            if it.kind == "name" or (it.kind == "ent" and it.entry.kind == "place") or (
                    it.kind == "word" and _is_cap(it.text)):
                content, last = content + 1, k + 1
            elif it.text == "," and content:
                listed = True
            elif it.kind == "word" and it.text.lower() in kit.list_joiners and content:
                joined = True
            else:
                break
            k += 1
        k = last
        if (k == j or k >= n or not any(items[i].kind == "name" or (items[i].kind == "word" and _is_cap(items[i].text))
                                        for i in range(j, k))
                or (listed and not joined) or content > ROLE_COMPLEMENT_ITEMS):
            return j
        body = k
        while k < n and items[k].kind in ("ent", "org") and items[k].entry_kind != "person":
            k += 1
        if k < n - 1 and items[k].text == "," and _is_name(items[k + 1]):
            k += 1        # "Direktur Asia Timur dan Pasifik Kementerian Luar Negeri X, Name"
        if k == body or k >= n or not _is_name(items[k]):
            return j
        for i in range(j, body):
            if items[i].kind == "name":
                claimed.add(items[i].start)
        return body

    def claim_untuk(self, items: list[_Item], j: int, claimed: set[int]) -> None:
        """`... untuk Urusan Multilateral`: capitalised words that complete a role are no name."""
        n = len(items)
        while j < n and items[j].text in self.kit.org_links:
            j += 1
            while j < n and (items[j].kind in ("name", "role", "ent", "org") or (
                    items[j].text in self.kit.list_joiners and j + 1 < n and items[j + 1].kind in ("name", "role"))):
                if items[j].kind == "name":
                    claimed.add(items[j].start)
                j += 1

    def name_found(self, item: _Item, rule: str, title_case: bool, claimed: set[int], *, role=None,
                   tail_end=None, affiliation=None, refine=False) -> None:
        if item.start in claimed:
            if refine and role is not None:
                self.refine(item, role, tail_end, affiliation)
            return
        if item.kind == "ent" or len(item.tokens) >= 2:
            if title_case and item.kind != "ent":
                return   # a headline's capitals are not evidence; the body must name them
            claimed.add(item.start)
            self.person(item, f"person:{rule}", role=role, tail_end=tail_end, affiliation=affiliation)
        else:
            if item.kind != "ent" and self.in_line(item.start) and self.common(fold(item.text)):
                return   # "Sekjen PBB Khawatir": a headline's verb after a role, no name
            if item.kind != "ent" and fold(item.text) in self.kit.country_words:
                return   # "presiden Korea yang ...": a word of a country's name, no person
            if item.kind != "ent" and item.text in self.kit.region_words:
                return   # "pemandu wisata Barat": a compass word ("the West"), no person
            claimed.add(item.start)
            # In a headline one word after a post may be its verb ("Wamenlu Rusia Kunjungi Seoul"): there
            # it only names someone the body names.
            strong = not (title_case or self.in_line(item.start))
            self.refs.append({"item": item, "rule": f"person:{rule}-surname", "role": role, "tail_end": tail_end,
                              "affiliation": affiliation, "strong": strong})

    def refine(self, item: _Item, role: _Item, tail_end: int | None, affiliation: str | None) -> None:
        """`Profesor X, pakar keamanan Asia Tenggara di Universitas Y`: the post an apposition states
        replaces an academic title read before the name, and brings its body."""
        end = tail_end or role.end
        for person in self.people.values():
            if any(m[0].start == item.start for m in person.mentions):
                if person.role is not None and fold(person.role) in self.kit.academic:
                    person.role, person.role_span = self.role_text(role.start, end), Span(role.start, end)
                    if affiliation:
                        person.affiliation = affiliation
                return

    def read_rest(self, items: list[_Item], title_case: bool, claimed: set[int]) -> None:
        kit, text = self.kit, self.text
        known_tokens = {t for p in self.people.values() for t in p.tokens}
        n = len(items)
        k = 0
        while k < n:
            item = items[k]
            prev = items[k - 1] if k else None
            if item.kind == "ent":
                if item.entry.kind == "person":
                    if item.start not in claimed:
                        claimed.add(item.start)
                        self.person(item, "person:register")
                elif item.entry.kind == "organization" and (self.credit(item) or self.dateline_like(Span(item.start, item.end))):
                    pass      # "Foto: AFP/Name", "REUTERS/File Photo": the photo's credit; "Jakarta, CNN Indonesia --":
                    # the outlet of the dateline; no body of the brief
                elif not (item.entry.kind == "place" and prev is not None and prev.text in kit.treaty_heads
                          and prev.end + 1 == item.start):
                    # ("Konvensi Jenewa": a treaty named after a city, not the city.)
                    self.add_other(item.entry.kind, item.entry, Span(item.start, item.end), f"{item.entry.kind}:register")
                    k = self.skip_parenthetical(items, k)
            elif item.kind == "org":
                self.add_other("organization", None, Span(item.start, item.end), "organization:head", item.key)
                k = self.skip_parenthetical(items, k)
            elif item.kind == "place":
                self.add_other("place", None, Span(item.start, item.end), "place:eponym")
            elif item.kind == "name" and item.start not in claimed:
                k += self.bare_name(items, k, title_case, known_tokens)
            elif item.kind == "word" and item.text in self.acronyms:
                entry, key = self.acronyms[item.text]
                self.add_other("organization", entry, Span(item.start, item.end), "organization:acronym", key or None)
            k += 1

    def dateline_like(self, span: Span) -> bool:
        """`KONTAN.CO.ID - SEOUL.`, `SEOUL, KOMPAS —`, `TOKYO - `: a city in capitals opening its line
        (after an outlet's name in capitals at most) and closed by a dash or a full stop: the dateline;
        `Jakarta, CNN Indonesia -- `: any name in a line's opening run of capitalised words up to a dash."""
        text = self.text
        surface = text[span.start:span.end]
        line_start = text.rfind("\n", 0, span.start) + 1
        prefix = text[line_start:span.start]
        head = _DATELINE_HEAD.match(text, line_start)
        if head and head.end() > span.end:
            return True
        if not (surface.isupper() and len(surface) >= 3):
            return False
        if any(c.islower() for c in prefix) or len(prefix) > 40:
            return False
        return _DATELINE_CLOSE.match(text, span.end) is not None

    def cut_at_end(self, item: _Item) -> bool:
        """The run ends the text with no closing mark: a page cut mid-name (`Katedral Ho`, `Korean Cent`)."""
        rest = self.text[item.end:]
        return not rest.strip() and bool(self.text.rstrip()) and self.text.rstrip()[-1] not in _CLOSERS

    def credit(self, item: _Item) -> bool:
        """A known agency in a photo credit: after a credit word (`Foto:`, `Photo :`, `dok`, `via`), against a
        slash (`REUTERS/File Photo`, `TASS / Yonhap`), or alone on its line as a sign-off (`... ke Rusia.
        REUTERS`)."""
        text = self.text
        line_start = text.rfind("\n", 0, item.start) + 1
        line_end = text.find("\n", item.end)
        line_end = len(text) if line_end < 0 else line_end
        before, after = text[line_start:item.start], text[item.end:line_end]
        if before.rstrip().endswith("/") or after.lstrip().startswith("/"):
            return True
        if self.kit.credit_before.search(before) or self.kit.credit_after.match(after):
            return True
        # A sign-off: the agency's name in capitals is all that follows a sentence's end on its line.
        return (item.text.isupper() and not after.strip(" .)") and (not before.strip()
                                                                     or before.rstrip()[-1:] in ".!?\"”"))

    def skip_parenthetical(self, items: list[_Item], k: int) -> int:
        """`Korea Selatan (ROK)`: the same entity again; `Dewan Keamanan ... (PBB)`: part of the name."""
        n = len(items)
        if k + 3 < n and items[k + 1].text == "(" and items[k + 3].text == ")":
            inner = items[k + 2]
            if inner.kind == "ent" and items[k].kind == "ent" and inner.entry is items[k].entry:
                self.add_other(inner.entry.kind, inner.entry, Span(inner.start, inner.end), "alias:parenthetical")
                return k + 3
            if items[k].kind == "org" or (items[k].kind == "ent" and items[k].entry.kind == "organization"):
                if _acronym_in_brackets(items, k + 1):
                    # "Badan Intelijen Nasional (NIS)": the short form names the same body here.
                    entry = items[k].entry if items[k].kind == "ent" else None
                    self.acronyms[inner.text] = (entry, items[k].key)
                    self.add_other("organization", entry, Span(inner.start, inner.end), "organization:acronym",
                                   items[k].key or None)
                return k + 3
        return k

    def bare_name(self, items: list[_Item], k: int, title_case: bool, known_tokens: set) -> int:
        """Reads a capitalised run no role claimed; returns how many items after it it took in."""
        kit, text = self.kit, self.text
        item = items[k]
        prev = items[k - 1] if k else None
        before = text[max(0, item.start - 40):item.start]
        first = text[item.tokens[0][0]:item.tokens[0][1]]
        span = Span(item.start, item.end)
        the = re.search(r"\b[A-Z]\w*\s+$", before)
        if the and the.group().strip() not in kit.function_words:
            the = None
        folded = [fold(text[a:b]) for a, b in item.tokens]
        keys = [self.spelling(t) for t in folded]      # compared with the people's (spelling-folded) words
        if kit.source_cue.search(before[:the.start()] if the else before) and not all(
                t in known_tokens for t in keys):
            # "Dilansir dari The Korean Herald": a medium cited as the source.
            start = item.start - (len(the.group()) if the else 0)
            self.add_other("organization", None, Span(start, item.end), "organization:source-cue")
            return 0
        entry = kit.by_surface.get(fold(item.text))
        if entry is not None and not _case_ok(item.text, self._alias_like(entry, item.text)):
            entry = None      # "kata Ri" is a person's name, not the country "RI"
        if entry is not None and entry.kind != "person":
            self.add_other(entry.kind, entry, span, f"{entry.kind}:register")
            return 0
        nxt = items[k + 1] if k + 1 < len(items) else None
        if nxt is not None and nxt.kind == "ent" and nxt.start == item.end + 1 and text[item.end] == " ":
            # "di Markas Besar NATO": the site of a body; "ke Barat Daya China": a region of a country.
            site = fold(item.text) in kit.site_heads and nxt.entry.kind in ("organization", "country")
            region = nxt.entry.kind == "country" and all(text[a:b] in kit.region_words for a, b in item.tokens)
            if site or region:
                self.add_other("place", None, Span(item.start, nxt.end), "place:site" if site else "place:region")
                return 1
        is_known = any(t in known_tokens for t in keys)
        place_context = prev is not None and prev.kind == "word" and (
            prev.text.lower() in kit.prepositions or prev.text.lower() in kit.place_heads)
        if place_context and (first in kit.relational or fold(item.text) in kit.not_places):
            return 0      # "di Tengah Ketegangan", "di Tanah Air": a preposition's phrase, no place
        if first in kit.place_name_heads and len(item.tokens) >= 2:
            self.add_other("place", None, span, "place:name-head")
            return 0
        if (len(item.tokens) >= 2 and keys[0] not in known_tokens and all(t in known_tokens for t in keys[1:])
                and (k == 0 or (prev is not None and prev.kind == "punct" and prev.text in kit.openers))):
            # "Kunjungan Lavrov ...", "Pernyataan Kim ...": a capitalised noun opening the sentence
            # before a known person's name is not part of that name.
            (a, _), rest = item.tokens[0], item.tokens[1:]
            item = _Item("name", rest[0][0], item.end, text[rest[0][0]:item.end], tokens=rest)
            if len(rest) >= 2:
                self.person(item, "person:known-name")
            else:
                self.refs.append({"item": item, "rule": "person:surname", "role": None, "affiliation": None,
                                  "strong": False})
            return 0
        kin = first.lower() in kit.kin_words
        if (len(item.tokens) == 2 and (first in kit.honorifics or kin) and not title_case
                and not _given_name_shape(text[item.tokens[1][0]:item.tokens[1][1]])):
            # "Tuan Kim mengatakan": a form of address and a surname; the title is no part of the name.
            # "Kakek Kim ...": a kinship noun opening the sentence names a relative of a Kim named here.
            rest = _Item("name", item.tokens[1][0], item.end, text[item.tokens[1][0]:item.end], tokens=item.tokens[1:])
            if not kin:
                self.refs.append({"item": rest, "rule": "person:honorific-surname", "role": None, "affiliation": None,
                                  "strong": True})
            return 0
        if kin and len(item.tokens) >= 3:
            (a, _), rest = item.tokens[0], item.tokens[1:]
            self.person(_Item("name", rest[0][0], item.end, text[rest[0][0]:item.end], tokens=rest), "person:name-shape")
            return 0
        if len(item.tokens) >= 2:
            if is_known and all(t in known_tokens for t in keys):
                owners = [p for p in self.people.values() if set(keys) <= p.tokens]
                if len(owners) == 1 and self.spelling(fold(item.text)) != owners[0].key:
                    # "Thomas Greenfield" after "Linda Thomas-Greenfield": a shorter form of the one person
                    # whose name holds all its words.
                    owners[0].mentions.append((span, item.text, "person:known-name"))
                    return 0
                self.person(item, "person:known-name")
                return 0
            if place_context and not is_known:
                if not ((title_case or self.in_line(item.start)) and all(map(self.common, folded))) \
                        and not self.cut_at_end(item):
                    # (not "dari Pasar Otomotif" in a headline: its title case caps common nouns)
                    self.add_other("place", None, span, "place:preposition")
                return 0
            if (title_case or self.in_line(item.start)) and (
                    keys[0] in known_tokens or keys[0] in kit.register_surnames) and not any(
                    t in known_tokens for t in keys[1:]) and not self.common(folded[0]):
                # "..., Zelensky Ungkap Kondisinya": a headline's known surname, then its verb.
                a, b = item.tokens[0]
                self.refs.append({"item": _Item("name", a, b, text[a:b], tokens=item.tokens[:1]),
                                  "rule": "person:surname", "role": None, "affiliation": None, "strong": False})
                return 0
            if title_case or fold(item.text) in kit.outlets or any(t in kit.outlets for t in folded):
                return 0      # a headline's capitals; "dihubungi <outlet>", "Nikmati Tempo": a medium, no person
            if item.start and text[item.start - 1] == "/":
                return 0      # "Reuters/Name Surname": a photo credit's name, no person of the brief
            if (len(folded) >= 3 and sum(map(self.common, folded)) >= 2 and k + 3 < len(items)
                    and items[k + 1].text == "(" and items[k + 3].text == ")" and items[k + 2].text.isupper()
                    and len(items[k + 2].text) >= 3):
                # "Tim Pengawas Ekspor Bersama (TPEB)": common nouns closed by an acronym name a body.
                self.add_other("organization", None, span, "organization:acronym-closed")
                self.acronyms.setdefault(items[k + 2].text, (None, item.text))
                return 0
            if all(self.common(t) for t in folded):
                return 0      # "Tetap Waspada", "Kerja Sama": the shape alone, and no word of a name
            if len(folded) >= 4 and sum(map(self.common, folded)) >= len(folded) - 1 and not is_known:
                return 0      # "Putus Seluruh Jalur Komunikasi": a headline-like phrase, not a name
            if self.cut_at_end(item):
                return 0      # "... yaitu Katedral Ho": the page was cut inside the name
            # "rekan sejawat dari Korea Selatan Chung X": the country the person comes from.
            origin = items[k - 1] if k >= 2 and items[k - 2].kind == "word" and items[k - 2].text in kit.side_from else None
            self.person(item, "person:name-shape", affiliation=origin.entry.name if (
                origin is not None and origin.kind == "ent" and origin.entry_kind == "country") else None)
            return 0
        # One word: a surname of someone here, a place after "di"/"ke", or a person by a speech cue.
        nick = kit.nickname_cue.match(text, item.end)
        if nick and keys[0] not in known_tokens:
            owner = [p for p in self.people.values() if self.spelling(fold(nick.group(1))) in p.tokens]
            if len(owner) == 1:
                # "kata Budi, sapaan akrab Budiman": the nickname is a form of that person.
                owner[0].mentions.append((span, item.text, "person:nickname"))
                owner[0].tokens = owner[0].tokens | {keys[0]}
                known_tokens.add(keys[0])
                return 0
        if keys[0] not in known_tokens and (folded[0] in kit.outlets or (
                folded[0] in kit.country_words and not place_context)):
            return 0      # "di Bisnis": a medium; "Kawan-kawan Korea menyambut": a word of a country's name
        nxt = items[k + 1] if k + 1 < len(items) else None
        cue = (prev is not None and prev.kind == "word" and prev.text.lower() in kit.cues_before) or (
            nxt is not None and nxt.kind == "word" and nxt.text.lower() in kit.cues_after)
        if keys[0] in known_tokens or keys[0] in kit.register_surnames:
            # (a registered person's surname alone, "rezim Putin", is that person when no one here has it)
            self.refs.append({"item": item, "rule": "person:surname", "role": None, "affiliation": None,
                              "strong": False})
        elif place_context and not title_case and item.text not in kit.region_words:
            # "tekanan dari Barat": a compass word alone is a direction or "the West", no place;
            # "... ke Rusi": a text cut inside the word names no place.
            if not self.cut_at_end(item):
                self.add_other("place", None, span, "place:preposition")
        elif item.text in kit.region_words:
            pass      # "Barat mengatakan": a compass word ("the West") is no person
        elif cue and self.common(folded[0]):
            pass      # "..., Industri dan Energi mengatakan": a common noun before a cue verb is no person
        elif cue and not title_case and k > 0:
            self.refs.append({"item": item, "rule": "person:speech-cue", "role": None, "affiliation": None,
                              "strong": True})
        elif cue and not title_case:
            self.refs.append({"item": item, "rule": "person:speech-cue", "role": None, "affiliation": None,
                              "strong": True})
        return 0

    # -- one-word references -------------------------------------------------------------------

    def resolve_refs(self) -> None:
        for ref in sorted(self.refs, key=lambda r: r["item"].start):
            item = ref["item"]
            token = self.spelling(fold(item.text))
            candidates = [p for p in self.people.values() if token in p.tokens and len(p.tokens) > 1]
            if not candidates:
                candidates = [p for p in self.people.values() if token in p.tokens]
            if ref["affiliation"] and len(candidates) > 1:
                same = [p for p in candidates if (p.affiliation or self.register_affiliation(p)) == ref["affiliation"]]
                candidates = same or candidates
            registered = self.kit.register_surnames.get(token)
            if not candidates and registered is not None and not self.common(fold(item.text)):
                self.person(_Item("ent", item.start, item.end, item.text, registered), "person:register-surname",
                            role=ref["role"], tail_end=ref.get("tail_end"), affiliation=ref["affiliation"])
                continue
            if not candidates:
                if ref["strong"]:
                    self.person(item, ref["rule"].replace("-surname", ""), role=ref["role"],
                                tail_end=ref.get("tail_end"), affiliation=ref["affiliation"])
                continue

            def recency(p: _Person) -> tuple:
                before = [m[0].start for m in p.mentions if m[0].start < item.start]
                after = [m[0].start for m in p.mentions if m[0].start > item.start]
                # The person last named before this word; failing that, the next one named.
                return (1, max(before)) if before else (0, -min(after) if after else -10**9)

            chosen = self.about(candidates, item.start) or max(candidates, key=recency)
            chosen.mentions.append((Span(item.start, item.end), item.text, ref["rule"]))
            if ref["role"] is not None and chosen.role is None:
                end = ref.get("tail_end") or ref["role"].end
                chosen.role, chosen.role_span = self.role_text(ref["role"].start, end), Span(ref["role"].start, end)
            if ref["affiliation"] and chosen.affiliation is None:
                chosen.affiliation = ref["affiliation"]

    def about(self, candidates: list[_Person], pos: int) -> _Person | None:
        """Of several people sharing a word, the one the passage is about: in the latest sentence
        before `pos` naming any of them, the one named first (its subject: `Kim Yo Jong, adik ...
        Kim Jong Un ...` then `tutur Kim` is Kim Yo Jong)."""
        if len(candidates) < 2:
            return None

        def sentence_start(offset: int) -> int:
            i = bisect_right(self.sentence_starts, offset) - 1
            return self.sentence_starts[i] if i >= 0 else 0

        # A mention that is a relative in a background clause ("ayahnya, Kim Jong Il,") does not make its
        # sentence the one the passage is about.
        last = max((m[0].start for p in candidates for m in p.mentions if m[0].start < pos
                    and not self.kin_apposition(m[0].start, sentence_start(m[0].start), subject=False)), default=None)
        if last is None:
            return None
        start = sentence_start(last)
        firsts = [(min(m[0].start for m in p.mentions if start <= m[0].start < pos), index)
                  for index, p in enumerate(candidates) if any(start <= m[0].start < pos for m in p.mentions)]
        # "Adik pemimpin Korea Utara Kim Jong Un, Kim Yo-jong, mengecam ...": a name set off right after
        # another one's is the apposition naming the subject; the first name only qualifies it.
        ends = {m[0].end: first for first, index in firsts for m in candidates[index].mentions
                if start <= m[0].start < pos}
        # "Ia mengenang ayah Kim, Kim Jong Il, ...": after a kinship noun that does not open the sentence,
        # the name set off is a relative in a background clause; the passage is not about them.
        background = {index for index, p in enumerate(candidates)
                      if all(self.kin_apposition(m[0].start, start, subject=False)
                             for m in p.mentions if start <= m[0].start < pos)}
        firsts = [(min([first] + [ends[m[0].start - 2] - 1 for m in candidates[index].mentions
                                  if start <= m[0].start < pos and m[0].start - 2 in ends
                                  and self.text[m[0].start - 2:m[0].start] == ", "
                                  and not self.kin_apposition(m[0].start, start, subject=False)]), index)
                  for first, index in firsts if index not in background]
        return candidates[min(firsts)[1]] if firsts else None

    def kin_apposition(self, position: int, sentence_start: int, subject: bool) -> bool:
        """The name at `position` is set off after `<kinship noun> <Name>, ` (`ayah Kim, Kim Jong Il`);
        with subject=False, only where the kinship noun does not open the sentence (a background
        clause: `Ia mengenang ayah Kim, ...`), not `Adik Kim, Kim Yo-jong, mengecam ...` (the subject)."""
        text = self.text
        if text[position - 2:position] != ", ":
            return False
        words = text[sentence_start:position - 2].split()
        if len(words) < 2:
            return False
        # The kinship noun before the qualified name (one to four words back: "ayah pemimpin Korea Utara Kim"),
        # or right before the comma with its possessive ("mendiang ayahnya, Kim Jong Il").
        last = words[-1].lower()
        if last.endswith("nya") and last[:-3] in self.kit.kin_words:
            return (len(words) == 1) if subject else len(words) > 1
        for back in range(2, min(len(words), 6) + 1):
            word = words[-back].strip("\"“(").lower()
            if word in self.kit.kin_words or (word.endswith("nya") and word[:-3] in self.kit.kin_words):
                opening = len(words) - back == 0
                return opening if subject else not opening
        return False

    def register_affiliation(self, person: _Person) -> str | None:
        """The body a registered person acts for, read from the start of its description."""
        description = person.entry.description if person.entry else None
        if not description:
            return None
        for m in self.kit.gazetteer.finditer(description):
            entry = self.kit.by_surface.get(fold(m.group()))
            if entry is not None and entry.kind in ("country", "organization"):
                return entry.name
        return None

    def register_role(self, person: _Person) -> str | None:
        description = person.entry.description if person.entry else None
        m = self.kit.title.match(description) if description else None
        return m.group() if m else None

    # -- output -----------------------------------------------------------------------------

    def actors(self) -> tuple[Actor, ...]:
        for position, country in self.anaphora:
            before = [p for p in self.people.values() if p.mentions and min(m[0].start for m in p.mentions) < position]
            if before:
                last = max(before, key=lambda p: max(m[0].start for m in p.mentions if m[0].start < position))
                if last.affiliation is None and self.register_affiliation(last) is None:
                    last.affiliation = country
        found: list[Actor] = []
        used_keys: set[str] = set()

        def unique(key: str) -> str:
            base, n = key, 2
            while key in used_keys:
                key, n = f"{base}-{n}", n + 1
            used_keys.add(key)
            return key

        for person in self.people.values():
            affiliation = person.affiliation or self.register_affiliation(person) or self.member_of(person)
            role = person.role or self.register_role(person)
            if affiliation is None and person.role:
                affiliation = self.scene_country(person)
            if affiliation is None and person.role:
                affiliation = self.side_country(person)
            if affiliation is None and person.role and self.lead_country:
                # An official the text does not place acts for the country the lead is about.
                affiliation = self.lead_country
            if affiliation is None and person.role:
                affiliation = self.paragraph_country(person)
            key = unique(slugify(person.name))
            found.append(self.actor(key, "person", person.name, person.mentions, role, affiliation,
                                    person.entry.id if person.entry else None, person.role_span))
        self.merge_short_orgs()
        for slot_key, slot in self.others.items():
            if slot["kind"] == "place" and all(self.dateline_like(span) for span, _, _ in slot["mentions"]):
                continue      # FORMATS: the dateline city alone does not make a place
            entry = slot["entry"]
            key = unique(slugify(slot["name"]) if entry is None else entry.id)
            found.append(self.actor(key, slot["kind"], slot["name"], slot["mentions"], None, None,
                                    entry.id if entry else None, None))
        return tuple(sorted(found, key=lambda a: (a.mentions[0].span.start, a.key)))

    def member_of(self, person: _Person) -> str | None:
        """`Menurut X dari <Lembaga>, ...`: a body right after the person's full name and a member link
        (titles.yaml member_links) is the body they act for."""
        if not self.kit.member_links:
            return None
        starts = {span.start: slot["name"] for slot in self.others.values() if slot["kind"] == "organization"
                  for span, _, _ in slot["mentions"]}
        for mention in person.mentions:
            span = mention[0]
            if " " not in self.text[span.start:span.end]:
                continue
            link = _MEMBER_LINK.match(self.text, span.end)
            if link and link.group(1).lower() in self.kit.member_links and link.end() in starts:
                return starts[link.end()]
        return None

    def side_country(self, person: _Person) -> str | None:
        """`Dari pihak Korea Utara, upacara dihadiri Menteri X`: the side the sentence names before the
        official is the country they act for."""
        if not self.kit.side_words:
            return None
        first = min(m[0].start for m in person.mentions)
        sentence_start = self.sentence_starts[max(0, bisect_right(self.sentence_starts, first) - 1)]
        named = [(span.start, slot["name"]) for slot in self.others.values() if slot["kind"] == "country"
                 for span, _, _ in slot["mentions"] if sentence_start <= span.start < first
                 and self.text[max(sentence_start, span.start - 12):span.start].split()[-1:] != []
                 and self.text[max(sentence_start, span.start - 12):span.start].split()[-1].lower() in self.kit.side_words]
        return max(named)[1] if named else None

    def scene_country(self, person: _Person) -> str | None:
        """`Di Seoul, Penasihat X ...`: the state whose capital the sentence names before the person."""
        capitals = self.kit.capitals
        if not capitals:
            return None
        first = min(m[0].start for m in person.mentions)
        sentence_start = self.sentence_starts[max(0, bisect_right(self.sentence_starts, first) - 1)]
        named = [(span.start, capitals[slot["name"]]) for slot in self.others.values()
                 if slot["kind"] == "place" and slot["name"] in capitals
                 for span, _, _ in slot["mentions"] if sentence_start <= span.start < first]
        return max(named)[1] if named else None

    def paragraph_country(self, person: _Person) -> str | None:
        """`Presiden Yoon ... . Menteri Pertahanan X, ...`: an official the text does not place serves the
        country of the person named last before them in an earlier sentence of the same paragraph;
        with no one named before, the country named before them in their sentence."""
        first = min(m[0].start for m in person.mentions)
        paragraph = self.paragraph_of(first)
        # An earlier sentence: within one sentence, "dan" may join two sides ("antara A dan B").
        sentence_start = self.sentence_starts[max(0, bisect_right(self.sentence_starts, first) - 1)]
        best, country = -1, None
        for other in self.people.values():
            if other is person:
                continue
            before = [m[0].start for m in other.mentions
                      if m[0].start < sentence_start and self.paragraph_of(m[0].start) == paragraph]
            if before and max(before) > best:
                aff = other.affiliation or self.register_affiliation(other)
                entry = self.kit.by_surface.get(fold(aff)) if aff else None
                best, country = max(before), (entry.name if entry is not None and entry.kind == "country" else None)
        if best < 0 and not any(sentence_start <= m[0].start < first for other in self.people.values()
                                if other is not person for m in other.mentions):
            # No one named before: "Delegasi Korea Utara dipimpin Menteri X" — the country the
            # sentence names before the official (not another person's: "antara PM Thailand A dan B").
            named = [(span.start, slot["name"]) for slot in self.others.values() if slot["kind"] == "country"
                     for span, _, _ in slot["mentions"] if sentence_start <= span.start < first]
            if named:
                country = max(named)[1]
        return country

    def paragraph_of(self, position: int) -> int | None:
        i = bisect_right(self.sentence_starts, position) - 1
        return self.sentence_paragraphs[i] if i >= 0 else None

    def merge_short_orgs(self) -> None:
        """A bare `Kementerian Luar Negeri` is the one fuller `Kementerian Luar Negeri X` of this text."""
        orgs = {k: v for k, v in self.others.items() if v["kind"] == "organization" and v["entry"] is None}

        def extends(short: str, long: str) -> bool:
            # `Duma Rusia` is `Duma Negara Rusia` named without a name word: same head, same end.
            if long.startswith(short + "-"):
                return True
            a, b = short.split("-"), long.split("-")
            if len(a) < 2 or len(a) >= len(b) or a[0] != b[0] or a[-1] != b[-1]:
                return False
            rest = iter(b)
            return all(word in rest for word in a)

        expansions = self.kit.org_expansions
        every = {k: v for k, v in self.others.items() if v["kind"] == "organization"}
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
                self.others[longer[0]]["mentions"].extend(slot["mentions"])
                del self.others[key]
                del orgs[key]
        for key in sorted(orgs, key=len, reverse=True):
            slot = orgs[key]
            # The fuller form may be a registered body ("Kementerian Luar Negeri Korea Selatan").
            longer = [k for k, v in self.others.items() if k != key and v["kind"] == "organization"
                      and extends(key, k if v["entry"] is None else slugify(v["name"]))]
            if len(longer) == 1:
                self.others[longer[0]]["mentions"].extend(slot["mentions"])
                del self.others[key]
                del orgs[key]

    def actor(self, key, kind, name, mentions, role, affiliation, register_id, role_span) -> Actor:
        unique_mentions = sorted({m[0]: m for m in mentions}.values(), key=lambda m: m[0].start)
        return Actor(key=key, kind=kind, name=name,
                     mentions=tuple(Mention(span, text, kind, key, rule) for span, text, rule in unique_mentions),
                     role=role, affiliation=affiliation, register_id=register_id, role_span=role_span)


def find_actors(article: Article, sentences: tuple[Sentence, ...], lex: Lexicon,
                doc: Document | None = None) -> tuple[Actor, ...]:
    """Every named entity of the headline, captions and body, grouped per real-world entity."""
    reader = _Reader(article, sentences, _kit(lex), lex, doc or build_document(article, sentences))
    reader.read()
    reader.resolve_refs()
    return reader.actors()
