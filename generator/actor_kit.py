"""What the actors passes read from the lexicon, built once per lexicon, and the shapes of words.

The `Kit` holds every word list and pattern of `lang/id/` (titles, organisations, places, function
words, common words) and the register that the passes of `actors.py` read; `kit_of` builds it once
per lexicon. The small word-shape tests (`is_cap`, `case_ok`, `spelling_key`, ...) and the limits
of the shapes (how many words a role's tail, a name, an organisation's own name may have) are here
too. No word of the language is written here: they all come from the data.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, fields, replace

from .document import SENTENCE_OPENERS
from .lexicon import Lexicon, RegisterEntry, alternation, fold
from .patterns import compile_group

# A sentence whose words are this capitalised (share of words of 3+ letters) is written in
# title case (a headline): capitals there say nothing about names, so only known names count.
TITLE_CASE_SHARE = 0.7
CLOSERS = frozenset('.!?"”’\')…:;')      # a prose sentence ends with one of these
# After a dateline's city: a dash or a full stop, or the outlet's name and then a dash ("SEOUL, KOMPAS —").
DATELINE_CLOSE = re.compile(r"\s*(?:[-–—.]|,[ \t]*[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*)?[ \t]*[-–—])")
# A line's opening run of capitalised words (a city, an outlet, a domain) closed by a dash: "Jakarta, CNN
# Indonesia -- ", "VOA Indonesia — ".
DATELINE_HEAD = re.compile(r"[ \t]*(?:[A-Z][\w.]*[ \t]*,?[ \t]*){1,5}(?:--|[-–—])[ \t]")
DEFINED = re.compile(r"\(([A-Z]{2,6})\)")   # "(DPR)" right after a name: the short form it defines


def short_forms(text: str):
    r"""(where the spaces before it start, the short form) of each `(DPR)` in the text: the matches of
    `\s*\(([A-Z]{2,6})\)`, found from the bracket (a pattern opening with `\s*` is tried at every
    position of the text)."""
    for m in DEFINED.finditer(text):
        start = m.start()
        while start and text[start - 1].isspace():
            start -= 1
        yield start, m.group(1)


# At most this many lower-case words may extend a role before the name ("utusan nuklir").
ROLE_TAIL_WORDS = 3
# An "untuk ..." clause between a role and the name may be this many tokens long.
UNTUK_CLAUSE_TOKENS = 8
# Capitalised words that may complete a role before its body ("Urusan Eropa").
ROLE_COMPLEMENT_ITEMS = 4
# At most this many tokens keep their plain kind across articles (names and numbers are a long tail).
PLAIN_WORDS_KEPT = 1 << 17
# Name runs longer than this are not one person's name.
MAX_NAME_TOKENS = 4
# An ordinal as the press writes it after a body or a summit ("ke-18"): a number of the thing named before it.
ORDINAL = re.compile(r"ke-\d+")
# A month's short form of at most this many letters (Jun, Mei, Okt) is also an East Asian given name
# (items.month_given_name); the long forms (Juni, Oktober) are not.
MONTH_SHORT = 3
# At most this many capitalised words of its own may follow an organisation's head
# ("Universitas Gadjah Mada"); more than one only when a closing mark ends them.
ORG_FREE_WORDS = 2
# Marks that close an organisation's name after its own words.
ORG_CLOSERS = frozenset(",.;:()\"”’'")
# A role's portfolio ("Ekonomi, Perdagangan, dan Industri") spans at most this many items.
ROLE_COMPLEMENT_SPAN = 8


def _case_fold_extras() -> str:
    """The characters `re.IGNORECASE` matches beyond what `str.lower` gives (`ı` for `i`, `ſ` for `s`,
    Greek and Cyrillic variants): where one of them stands, a lower-cased text is no stand-in for
    the case-insensitive search (`lowered`). Read from the `re` module itself, as it may change."""
    try:
        from re import _casefix
        extra = _casefix._EXTRA_CASES
    except (ImportError, AttributeError):       # another Python: every non-ASCII text takes the slow path
        return ""
    chars = {chr(k) for k in extra} | {chr(v) for values in extra.values() for v in values}
    # (no two ASCII letters are one of these pairs: the ASCII half, "i" of "ı", is safe where the other is absent)
    return "".join(sorted(c for c in chars if not c.isascii()))


_CASE_EXTRAS = _case_fold_extras()
# Any such character, and, where `re` says nothing, any non-ASCII character.
_CASE_UNSAFE = re.compile(f"[{re.escape(_CASE_EXTRAS)}]" if _CASE_EXTRAS else r"[^\x00-\x7f]")


def lowered(text: str) -> str | None:
    """`text.lower()` where a case-sensitive search of it with lower-case words finds what a
    case-insensitive search of `text` finds, at the same offsets (one character for one, the same
    case folding); None where not (`İ` lowers to two characters, `ı` matches `i` only under
    `re.IGNORECASE`)."""
    low = text.lower()
    if len(low) != len(text) or (not text.isascii() and _CASE_UNSAFE.search(text)):
        return None
    return low


@dataclass(frozen=True)
class Kit:
    """Everything find_actors needs from the lexicon, built once per lexicon."""

    gazetteer: re.Pattern
    gazetteer_lower: re.Pattern | None   # the same names lower-cased, searched case-sensitively in a
                                        # `lowered` text (twice as fast); None when a name's case folds oddly
    by_surface: dict          # fold(surface) -> RegisterEntry
    press_short_forms: frozenset  # fold() of the press's own short forms (places.yaml aliases: Korsel, Tiongkok)
    country_spellings: dict   # first letter -> ((fold(surface), entry), ...): countries' names of eight letters or more
    title: re.Pattern
    org_head: re.Pattern
    source_cue: re.Pattern
    country_medium: re.Pattern  # "situs berita " ending a text: a country and a name after it name a medium
    source_cue_ends: tuple    # the cues' last words lower-cased: a text that ends with none (nor with a
                              # bracket) holds no cue at its end, no search needed; () when not usable
    apposed_kind: re.Pattern  # "perusahaan ... Korea Selatan, " before a run: the run names that body
    function_words: frozenset
    not_names: frozenset      # capitalised nouns that never stand in a person's name (Forum, Operasi)
    calendar: frozenset
    month_short: frozenset    # months' short forms of three letters, lower-cased (jun, mei, okt): a given name too
    month_markers: frozenset  # "lalu", "depan", "ini" after a month: the month's, no name's
    org_words: frozenset
    breakers: frozenset
    cues_after: frozenset
    cues_before: frozenset
    prepositions: frozenset
    place_heads: frozenset
    place_name_heads: frozenset
    nickname_heads: frozenset   # "Negeri": a run opening on one that the register does not know is a nickname, no place
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
    common_bodies: frozenset  # "Badan Hukum", "Organisasi Internasional": compounds of a head that name a kind, folded
    foreign_heads: frozenset  # English head nouns closing a body's name (University, Times, Motor)
    foreign_links: frozenset  # English words linking such a head to the rest (of, for)
    foreign_articles: frozenset     # "The" opening such a name
    foreign_head_in: re.Pattern     # any of those heads as written, even inside a word (a sentence without
                                    # one holds no such body: one scan, not a look-up per token)
    cue_words: frozenset      # one-word source and noun cues ("laporan", "maskapai"): never the start of a body's
    # name ("Maskapai X Airlines" opening a sentence is the airline "X Airlines", its kind capitalised there)
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
    eponym_org_heads: frozenset     # heads of bodies named after a person or place (Institut): it may close the name
    org_links: frozenset      # "untuk" inside a body's name that its acronym closes
    envoy_heads: frozenset    # heads of a body sent to a country, whose "untuk <country>" is part of its name
    member_heads: frozenset   # role heads whose council is part of the role (Sekretaris Dewan Keamanan)
    council_heads: frozenset  # heads of councils and assemblies a member sits in
    org_expansions: dict      # "Kemlu" -> "Kementerian Luar Negeri", in an affiliation written out
    outlets: frozenset        # fold() of news outlets' names: never a person
    domain_after: re.Pattern  # ".co.uk" right after a name: the name is a site's ("Express.co.uk"), a medium
    site_written: re.Pattern  # ".com" closing a site's address ("reuters.com": its name read back from the dot)
    parent_bodies: frozenset  # register ids of bodies whose organs are named "<head> ... <body>" (Sekretariat ASEAN)
    own_name_heads: frozenset  # "Bank": a registered body right after it is the company's own name ("Bank Sputnik")
    agency_kinds: frozenset   # "Kantor Berita": with its country, then a comma and a name, a description of that name
    committee_heads: frozenset  # "Komite": with a legislature right after its own words, that chamber's committee
    chamber_heads: tuple       # fold() of legislature names ("Parlemen", "Dewan Federasi"): a committee's chamber
    unit_heads: frozenset     # "Direktorat": with a ministry right after its own words, that ministry's unit
    ministry_heads: tuple     # fold() of ministry heads ("Kementerian"): a unit's ministry
    panel_heads: frozenset    # "Panel": with a committee or council right after its own words, that body's panel
    panel_parents: tuple      # fold() of the heads of such bodies ("Komite")
    party_heads: tuple        # fold() of "Partai": a committee's name followed right away by a party is its organ
    part_heads: frozenset     # "Biro", "Laboratorium": a unit named "di"/"pada" its parent body is part of it
    part_links: frozenset     # "di", "pada": between such a unit and its parent body
    company_kinds: frozenset  # one-word kinds of body ("perusahaan", "maskapai"): "perusahaan pelayaran Rusia X" names X
    office_heads: frozenset   # "Kantor": with a leader's name after it, that leader's office, a body
    kind_links: frozenset     # "itu", "milik": after such a kind, the word before a name links an owner, no trade
    vessel_words: frozenset   # last words of the vessel nouns ("feri", "tanker"), lower case: where vessel_before is asked
    vessel_before: re.Pattern  # "kapal feri ", "kapal tanker Rusia, " right before a run: the run names a ship
    between: frozenset        # "antara": the people joined after it stand for different sides
    field_words: frozenset    # "bidang": the field of a post, after the body it serves
    treaty_heads: frozenset   # "Konvensi": a place right after it names a treaty, not the place
    summit_heads: tuple       # "KTT": with an ordinal after it ("KTT ke-18"), the place after that names the summit
    language_heads: frozenset  # "bahasa": a country right after it (and listed after that) names a language
    language_joiners: frozenset
    currency_heads: frozenset  # "dolar": a country right after it names the currency
    compound_prefixes: frozenset  # "Trans": a known place after it and a hyphen is no place ("Trans-Siberia")
    time_heads: frozenset      # "waktu": after a clock time, a country right after it names the time zone
    continent_heads: frozenset  # "benua": a country right after it names the continent, a place
    nickname_cue: re.Pattern  # ", sapaan akrab Name": the word before is that person's nickname
    capitals: dict            # capital's register name -> its state's ("Seoul" -> "Korea Selatan")
    common_words: frozenset   # fold() of common words (common_words.yaml): no name is made only of them
    place_tails: frozenset    # "Krai": closes a region's name before a role's person
    site_tails: frozenset     # "Zone": an English site head closing a run right after a place, the place's site
    surname_honorifics: frozenset   # "Pak": right after a role, a surname, no honorific
    ranks: frozenset          # fold() of military ranks: after a post, a grade, not the role
    side_words: frozenset     # "pihak": "dari pihak <country>" names the side an official acts for
    subject_openers: frozenset  # "bahwa": a country right after one opens a clause as its subject
    country_words: frozenset  # fold() of the words of countries' several-word names ("Korea")
    through_words: frozenset  # "melalui": "<country>, melalui <post> X" — X acts for that country
    eponym: re.Pattern        # "Lapangan", "Universitas": with a known person after them, a site or body
    eponym_titled: re.Pattern  # "Universitas Jenderal X": a head, a title and a name: the body or site named after them
    eponym_places: frozenset  # the heads of those that make a place (the others make a body)
    venue_heads: frozenset    # fold() of "Masjid": after "di"/"ke" in prose, a run it opens is a site, common words or not
    eponym_first: frozenset   # their first words: no other token can open one
    possessive: tuple         # "nya": the possessive suffix ("juru bicaranya", "ayahnya")
    circumfix: tuple          # ("ke", "pe"), ("an",): a noun's circumfix ("keamanan"), no given name's
    private_heads: tuple      # fold() of role heads held for no state ("misionaris", "analis")
    employee_heads: frozenset  # fold() of heads naming someone by their employer ("karyawan <Body>")
    counterparts: frozenset   # "mitranya": "<counterpart> dari <country>, X" — X is of that country
    other_words: frozenset    # "lain": after a post, another of its holders ("seorang pekerja lain, X,")
    corporate_suffixes: frozenset   # "Corp", "Ltd": after a registered company, still that company
    edition_words: frozenset  # "Internasional": after a registered medium, its edition for the world, still that medium
    corporate_trades: frozenset     # "Motor": between a registered company and its legal form ("Nissan Motor Co Ltd")
    region_heads: frozenset   # "Wilayah": before a known place, part of its name as written
    credit_before: re.Pattern  # "Foto:", "via" right before an agency: a photo credit
    credit_after: re.Pattern   # "via" right after one ("Yonhap via REUTERS")
    spelling_folds: tuple     # (from, to) letter folds: one person's romanised spellings
    consonant_folds: tuple    # (from, to) consonant folds of one Russian sound's Latin spellings ("zh", "j", "z")
    kin_words: frozenset      # "ayah": the name set off after it is a relative (background)
    plural_markers: frozenset  # "para": the post before several names is each one's
    register_surnames: dict   # spelling key of a registered person's surname -> entry, where only one has it
    register_frames: dict     # (index, the other words' spelling keys) of a registered person's name -> entries
    naming_links: frozenset   # "bernama": "Ajudan Putin bernama X" — the post is X's
    relative_openers: frozenset   # "yang": a clause in commas between a post and its holder
    both_sides: frozenset     # "kedua negara": after a post, the holders named next each hold it
    role_articles: frozenset  # "seorang": "X, seorang wartawan Y" — the apposition's post follows
    apposition_articles: frozenset  # those and "salah satu": before a post in an apposition only
    subject_pronouns: frozenset  # "dia": "dia adalah seorang misionaris" — the post of whom the passage is about
    side_from: frozenset      # "dari": "dari <country> <Name>" — the country the person comes from
    english_words: frozenset = frozenset()   # fold() of common English words that are no names ("view", "week")
    surname_words: frozenset = frozenset()  # "Yang": a function word that is a surname before "Min-seo"
    korean_surnames: frozenset = frozenset()  # "Choe", "Ri": a lower-case syllable after one goes on with the name
    regional_posts: frozenset = frozenset()  # fold() of "Gubernur": the first of three capitalised words after it is a region
    given_names: frozenset = frozenset()     # fold() of the known given names (given_name_variants): a name opens on one
    patronymic_endings: tuple = ()           # "ovich": a word ending so is a patronymic inside a name
    citing_verbs: frozenset = frozenset()     # "dikutip": "dikutip X dari Y": X the page's outlet citing Y
    citing_link: str = " "                    # the word between that outlet and its source, between spaces
    reporting_verbs: frozenset = frozenset()  # "melaporkan": "<medium> melaporkan X mengatakan": X a person
    say_verbs: frozenset = frozenset()       # speech.yaml cues_before ("mengatakan"), lower-cased
    name_particles: frozenset = frozenset()  # "bin", "van": between name words, part of the name
    name_prefixes: frozenset = frozenset()   # "al": "al-Tarmin" after a name word goes on with the name
    clitics: frozenset = frozenset()         # "lah": "Tarmin-lah" is the name "Tarmin" and a particle
    loan_noun_ends: tuple = ()               # "logi": "Ekologi" is a discipline, never a word of a name
    not_name_ends: frozenset = frozenset()  # fold() of "Internasional": no person's name ends on one
    country_nouns: frozenset = frozenset()   # "negara": a continent right after it is an adjective
    continents: frozenset = frozenset()      # fold() of the continents' names
    member_links: frozenset = frozenset()   # "dari": "X dari <body>" — the body X acts for
    place_phrase_heads: tuple = ()          # several-word place heads ("Zona Wisata")
    station_heads: frozenset = frozenset()  # "Stasiun": before a known place, a site of its own
    town_site_heads: frozenset = frozenset()  # fold() of "Pelabuhan", "Spaceport": a site written as its town
    instrument_heads: frozenset = frozenset()   # "Aturan": common nouns it opens, closed by an acronym, no body
    day_nouns: frozenset = frozenset()      # "hari": right before a weekday ("Hari Kamis"), a date's word
    weekdays: frozenset = frozenset()       # lower-case weekday names
    bound_prefixes: frozenset = frozenset()  # lower-case "antar": the name word after it is bound to it
    joint_words: frozenset = frozenset()     # lower-case "bersama": a name's word only before its states or a mark
    former: frozenset = frozenset()   # "mantan": a post held before; a current post stated later replaces it
    list_intro: re.Pattern | None = None   # ", di antaranya " right after a country: a list of its officials follows
    kind_after: re.Pattern | None = None   # ", sebuah perusahaan" right after a run: the run names that body
    list_continuation: re.Pattern | None = None   # "Kemudian ada " opening a sentence: the list before goes on
    shapes: dict = field(default_factory=dict)   # group of shapes.yaml -> its compiled `patterns.Shapes`


def _words_pattern(words) -> str:
    """Alternation of phrases, longest first; spaces and hyphens inside match either."""
    return alternation(words, separator=r"[\s\-]+")


def kit_of(lex: Lexicon) -> Kit:
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


def _register_frames(lex: Lexicon, folds) -> dict:
    """Each registered person's name with one word left out: (that word's index, the other words'
    spelling keys) -> {entry id: the word left out}, to find a name that differs in that one word only."""
    frames: dict[tuple, dict] = {}
    for entry in lex.register.entries.values():
        if entry.kind != "person":
            continue
        for alias in (entry.name, *entry.aliases):
            keys = [spelling_key(fold(w), folds) for w in alias.split()]
            if len(keys) < 2:
                continue
            for i, word in enumerate(keys):
                frames.setdefault((i, tuple(keys[:i] + keys[i + 1:])), {})[entry.id] = word
    return frames


def _register_surnames(lex: Lexicon, folds) -> dict:
    """`Putin` -> Vladimir Putin: the surname of a registered person (the last word; the first too when
    the family name leads, as in a three-word or hyphenated Korean name), where no other registered person
    has that word and it is no common word."""
    common = frozenset(fold(str(w)) for w in lex.words("common_words", "words"))
    korean = frozenset((lex.group("function_words", "groups") or {}).get("korean_surnames", []))
    owners: dict[str, set] = {}
    for entry in lex.register.entries.values():
        if entry.kind != "person":
            continue
        for alias in (entry.name, *entry.aliases):
            words = alias.split()
            if len(words) < 2:
                continue
            # (a three-word Korean name ends on a syllable of the given name, "Ban Ki Moon": no surname)
            picks = [] if len(words) == 3 and words[0] in korean else [words[-1]]
            if len(words) >= 3 or "-" in words[-1]:
                picks.append(words[0])
            for word in picks:
                key = spelling_key(fold(word), folds)
                if len(fold(word)) >= 4 and fold(word) not in common:
                    owners.setdefault(key, set()).add(entry.id)
    sole = {key: lex.register.entries[next(iter(ids))] for key, ids in owners.items() if len(ids) == 1}
    # (the register's `surnames:`: a shared surname that alone names one of its bearers, `Kim`)
    for word, entry_id in lex.register.surnames.items():
        sole[spelling_key(word, folds)] = lex.register.entries[entry_id]
    return sole


def _build_kit(lex: Lexicon) -> Kit:
    kit = Kit(**_register_part(lex), **_pattern_part(lex), **_word_part(lex))
    return replace(kit, shapes=_shapes(lex, kit))


# The groups of shapes.yaml the actors passes read: they match over a sentence's items.
ITEM_SHAPES = ("appositions", "post_chains", "post_links", "post_possessors", "post_anaphora", "post_owners", "post_places",
               "post_predicates", "speech_cue_names")


def vocabulary(kit: Kit) -> dict[str, frozenset]:
    """The kit's word sets by name: what an actors shape may name with `in:`."""
    return {f.name: getattr(kit, f.name) for f in fields(kit) if isinstance(getattr(kit, f.name), frozenset)}


def _shapes(lex: Lexicon, kit: Kit) -> dict:
    """The actors groups of shapes.yaml, compiled once per lexicon against the kit's word sets."""
    words = vocabulary(kit)
    return {name: compile_group("shapes", name, lex.group("shapes", name) or [], words) for name in ITEM_SHAPES}


_WORD_CHAR = re.compile(r"\w")


def _register_part(lex: Lexicon) -> dict:
    """The register's names: the surfaces to look up, the gazetteer matching them, their spellings."""
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
    # The same search over the text lower-cased, without re.IGNORECASE: it starts where the gazetteer
    # starts (the hit itself is then read with the gazetteer at that offset: the case-insensitive trie
    # can end elsewhere, "RI" before "Ri Son ...").
    plain = all(len(c.lower()) == 1 and c not in _CASE_EXTRAS for s in surfaces for c in s)
    lower_names = alternation(surfaces, ignore_case=True, separator=r"[\s\-]+")
    # (where every name opens with a word character, `\b` before it starts where `(?<!\w)` does, and `re`
    # tests a boundary in one step where a look-behind enters a match of its own at every position)
    opening = r"\b" if all(_WORD_CHAR.match(s.strip()) for s in surfaces) else r"(?<!\w)"
    gazetteer_lower = lex.regex("actors.gazetteer_lower", rf"{opening}(?:{lower_names})(?!\w)") if plain else None
    fw_groups = lex.group("function_words", "groups") or {}
    return dict(
        by_surface=by_surface,
        country_spellings=_country_spellings(by_surface),
        press_short_forms=frozenset(fold(str(k)) for k in (lex.group("places", "aliases") or {})),
        gazetteer=gazetteer,
        gazetteer_lower=gazetteer_lower,
        alias_form=_alias_forms(lex),
        register_surnames=_register_surnames(lex, tuple(tuple(p) for p in (fw_groups.get("spelling_folds") or []))),
        register_frames=_register_frames(lex, tuple(tuple(p) for p in (fw_groups.get("spelling_folds") or []))),
        country_words=frozenset(fold(w) for e in lex.register.entries.values() if e.kind == "country"
                                for a in [e.name, *e.aliases] if " " in a for w in a.split()[:1]),
    )


# A country's name this long or longer with one letter slipped is still that name ("Korea Utar", "Kotrea
# Utara"); shorter ones are too near other words and names ("Irak", "Iran").
COUNTRY_SLIP_LENGTH_MIN = 8


def _country_spellings(by_surface: dict) -> dict[str, tuple]:
    """Countries' names (and aliases) of eight letters or more, folded, by first letter: a typing slip of one
    keeps the first letter (`cast.Reading.country_slip`)."""
    found: dict[str, list] = {}
    for surface, entry in by_surface.items():
        if entry.kind == "country" and len(surface) >= COUNTRY_SLIP_LENGTH_MIN:
            found.setdefault(surface[0], []).append((surface, entry))
    return {initial: tuple(pairs) for initial, pairs in found.items()}


def _pattern_part(lex: Lexicon) -> dict:
    """The patterns compiled from the word lists: roles, organisation heads, source cues, eponyms,
    photo credits, nicknames."""
    t = lambda name: lex.words("titles", name)  # noqa: E731
    groups = lex.group("titles", "groups") or {}
    org_groups = lex.group("organizations", "groups") or {}
    place_groups = lex.group("places", "groups") or {}
    role = (rf"(?:(?:{_words_pattern(t('modifiers'))})\s+)*(?:{_words_pattern(t('heads'))})"
            rf"(?:\s+(?:{_words_pattern(t('role_objects'))}))*(?:\s+(?:{_words_pattern(groups.get('after', []))}))*")
    # "juru bicaranya": a post with its possessive ("its spokesperson") is still the post.
    title = lex.regex("actors.title", rf"(?<![\w-])(?:{role})(?:nya)?(?![\w-])", re.IGNORECASE)
    org_head = lex.regex("actors.org_head",
                         rf"(?<![\w-])(?:{_words_pattern(lex.words('organizations', 'heads'))})(?![\w-])")
    cues = list(org_groups.get('source_cues', []) + org_groups.get('noun_cues', []))
    source_cue = lex.regex("actors.source_cue",
                           rf"(?<![\w-])(?:{_words_pattern(cues)})(?:\s+\([A-Z]{{2,8}}\))?\s+$",
                           re.IGNORECASE)
    cue_ends = [re.split(r"[\s\-]+", str(c).strip())[-1] for c in cues if str(c).strip()]
    country_medium = lex.regex("actors.country_medium",
                               rf"(?<![\w-])(?:{_words_pattern(org_groups.get('country_media_kinds', []) or ['(?!)'])})\s+$",
                               re.IGNORECASE)
    apposed_kind = lex.regex(
        "actors.apposed_kind",
        rf"(?:(?m:^)|[,.;:(]\s*|(?P<inside>(?<![\w-])(?:{_words_pattern(org_groups.get('apposed_openers', []) or ['(?!)'])})\s+))"
        rf"(?:{_words_pattern(org_groups.get('apposed_kinds', []) or ['(?!)'])})"
        rf"(?P<rest>(?:\s+[^\s,.;:()“”\"]+){{0,8}}?)\s*,\s*$", re.IGNORECASE)
    return dict(
        title=title,
        org_head=org_head,
        source_cue=source_cue,
        country_medium=country_medium,
        # (ASCII words alone: on ASCII text re.IGNORECASE is then str.lower)
        source_cue_ends=tuple(w.lower() for w in cue_ends) if cue_ends and all(w and w.isascii() for w in cue_ends) else (),
        apposed_kind=apposed_kind,
        # ("X, sebuah perusahaan Rusia, ...", "X Rusia, anak perusahaan dari ...": a thing's article, never a person's)
        kind_after=lex.regex(
            "actors.kind_after",
            r"(?:[ \t]+[A-Z][\w-]*)?,[ \t]+(?:"
            rf"(?:{_words_pattern(org_groups.get('thing_articles', []) or ['(?!)'])})[ \t]+"
            rf"(?:{_words_pattern(list(org_groups.get('apposed_kinds', [])) + list(org_groups.get('kinds_after', [])) or ['(?!)'])})"
            rf"|(?:{_words_pattern(org_groups.get('bare_kinds_after', []) or ['(?!)'])}))(?![\w-])"),
        # (a phrase set off by commas opens its clause: "Nakhoda kapal tanker itu, X," names the captain)
        vessel_before=lex.regex(
            "actors.vessel_before",
            rf"(?:(?<![\w-])(?:{_words_pattern(org_groups.get('vessel_kinds', []) or ['(?!)'])})[ \t]*"
            rf"|(?:(?m:^)|[,.;:(][ \t]*|(?<![\w-])(?:{_words_pattern(org_groups.get('apposed_openers', []) or ['(?!)'])})[ \t]+)"
            rf"(?:{_words_pattern(org_groups.get('vessel_kinds', []) or ['(?!)'])})"
            r"(?:[ \t]+[^\s,.;:()“”\"]+){0,4}?[ \t]*,[ \t]*)$", re.IGNORECASE),
        # (the suffix first, so the search skips ahead to each dot; the name is read back from it)
        site_written=lex.regex("actors.site_written",
                               r"\.(?:" + _words_pattern([w.lstrip(".") for w in lex.words('outlets', 'domain_suffixes')])
                               + r")(?![\w.-]*\w)"),
        domain_after=lex.regex("actors.domain_after", rf"(?:{_words_pattern(lex.words('outlets', 'domain_suffixes'))})(?![\w.-]*\w)",
                               re.IGNORECASE),
        eponym=lex.regex("actors.eponym", rf"(?:{_words_pattern(list(place_groups.get('eponym_heads', [])) + list(place_groups.get('eponym_heads_lower', [])) + list(org_groups.get('eponym_heads', [])) or ['(?!)'])})\s+"),
        # ("Universitas Jenderal X Y", "Jalan Jenderal X", "Bandara Sultan X": named after a titled person)
        eponym_titled=lex.regex(
            "actors.eponym_titled",
            rf"(?P<head>{_words_pattern(list(place_groups.get('eponym_heads', [])) + list(org_groups.get('eponym_heads', [])) or ['(?!)'])})"
            rf"[ \t]+(?:{_words_pattern(org_groups.get('eponym_titles', []) or ['(?!)'])})"
            r"(?:[ \t]+[A-Z][\w'-]*){1,3}(?![\w-])"),
        credit_after=lex.regex("actors.credit_after",
                               rf"\s*(?:{_words_pattern(org_groups.get('credit_links', []) or ['(?!)'])})(?:\s|[)\]/]|$)"),
        credit_before=lex.regex("actors.credit_before",
                                rf"(?:^|[\s(/])(?:{_words_pattern(org_groups.get('credit_cues', []) or ['(?!)'])})\s*:?\s*$"),
        foreign_head_in=lex.regex("actors.foreign_head_in", alternation(org_groups.get("foreign_heads", []))),
        nickname_cue=lex.regex("actors.nickname_cue",
                               rf",\s+(?:{_words_pattern(groups.get('nickname_cues', []))})\s+([A-Z][\w-]*)"),
        list_intro=lex.regex("actors.list_intro",
                             rf",?\s+(?:{_words_pattern(groups.get('list_intros', []) or ['(?!)'])})\s+"),
        list_continuation=lex.regex("actors.list_continuation",
                                    rf"\s*(?:{_words_pattern(groups.get('list_continuations', []) or ['(?!)'])})\s+",
                                    re.IGNORECASE),
    )


# titles.yaml groups the kit holds as lower-case word sets, each under the group's own name.
TITLE_WORD_SETS = ("breakers", "cues_after", "cues_before", "anaphora", "list_joiners", "apposition_joiners",
                   "between", "field_words", "side_words", "subject_openers", "naming_links", "relative_openers", "both_sides",
                   "role_articles", "apposition_articles", "member_links", "former", "subject_pronouns")


def _company_words(org_groups: dict) -> dict:
    """Legal forms and trade words of companies, and the international bodies whose organs are named after them."""
    return dict(
        corporate_suffixes=frozenset(org_groups.get("corporate_suffixes", [])),
        edition_words=frozenset(org_groups.get("edition_words", [])),
        corporate_trades=frozenset(org_groups.get("corporate_trades", [])),
        parent_bodies=frozenset(org_groups.get("parent_bodies", [])),
        own_name_heads=frozenset(org_groups.get("own_name_heads", [])),
        bound_prefixes=frozenset(str(w).lower() for w in org_groups.get("bound_prefixes", [])),
        joint_words=frozenset(str(w).lower() for w in org_groups.get("joint_words", [])),
        committee_heads=frozenset(org_groups.get("committee_heads", [])),
        agency_kinds=frozenset(org_groups.get("agency_kinds", [])),
        chamber_heads=tuple(fold(str(w)) for w in org_groups.get("chamber_heads", [])),
        unit_heads=frozenset(org_groups.get("unit_heads", [])),
        ministry_heads=tuple(fold(str(w)) for w in org_groups.get("ministry_heads", [])),
        panel_heads=frozenset(org_groups.get("panel_heads", [])),
        party_heads=tuple(fold(str(w)) for w in org_groups.get("party_heads", [])),
        panel_parents=tuple(fold(str(w)) for w in org_groups.get("panel_parents", [])),
        part_heads=frozenset(org_groups.get("part_heads", [])),
        part_links=frozenset(org_groups.get("part_links", [])),
        company_kinds=frozenset(str(k).lower() for k in org_groups.get("apposed_kinds", []) if " " not in str(k)),
        kind_links=frozenset(str(w).lower() for w in org_groups.get("kind_links", [])),
        office_heads=frozenset(org_groups.get("office_heads", [])),
        vessel_words=frozenset(str(k).split()[-1].lower() for k in org_groups.get("vessel_kinds", [])),
        common_bodies=frozenset(fold(str(w)) for w in org_groups.get("common_bodies", [])),
        citing_verbs=frozenset(str(w) for w in org_groups.get("citing_verbs", [])),
        citing_link=f" {org_groups.get('citing_link', '')} ",
    )


def _folded(groups: dict, name: str) -> frozenset:
    """The group's words, each folded (`lexicon.fold`)."""
    return frozenset(fold(str(w)) for w in groups.get(name, []))


def _site_words(place_groups: dict) -> dict:
    """Heads of sites named after a town: a site of its own (`Stasiun`), or the town's site named short (`Pelabuhan`)."""
    return dict(station_heads=frozenset(place_groups.get("station_heads", [])),
                town_site_heads=_folded(place_groups, "town_site_heads"))


def _circumfix(fw_groups: dict) -> tuple:
    """(prefixes, suffixes) of a noun's circumfix (function_words.yaml noun_circumfix_*)."""
    return (tuple(fw_groups.get("noun_circumfix_prefixes") or ()), tuple(fw_groups.get("noun_circumfix_suffixes") or ()))


def _name_shape_words(lex: Lexicon, groups: dict, org_groups: dict, fw_groups: dict) -> dict:
    """What tells a region, a particle or a reported subject from a person's name words."""
    return dict(
        regional_posts=frozenset(fold(str(w)) for w in groups.get("regional_posts", [])),
        given_names=frozenset(fold(str(w)) for g in (fw_groups.get("given_name_variants") or []) for w in g),
        patronymic_endings=tuple(str(w) for w in fw_groups.get("patronymic_endings", [])),
        name_particles=frozenset(str(w) for w in fw_groups.get("name_particles", [])),
        reporting_verbs=frozenset(str(w) for w in org_groups.get("reporting_verbs", [])),
        say_verbs=frozenset(str(w).lower() for w in lex.words("speech", "cues_before")),
        name_prefixes=frozenset(str(w) for w in fw_groups.get("name_prefixes", [])),
        clitics=frozenset(str(w) for w in fw_groups.get("clitic_particles", [])),
        loan_noun_ends=tuple(str(w) for w in fw_groups.get("loan_noun_suffixes", [])),
    )


def _month_words(lex: Lexicon) -> dict:
    """A month's short forms, which are given names too, and the words after a month that make it one."""
    markers = ("past_markers", "future_markers", "current_markers")
    return dict(month_short=frozenset(m for m in lex.months if len(m) <= MONTH_SHORT and m.isalpha()),
                month_markers=frozenset(str(w).lower() for g in markers for w in lex.words("calendar", g)))


def _word_part(lex: Lexicon) -> dict:
    """The word lists of titles, organisations, places and function words, as sets."""
    t = lambda name: lex.words("titles", name)  # noqa: E731
    groups = lex.group("titles", "groups") or {}
    org_groups = lex.group("organizations", "groups") or {}
    place_groups = lex.group("places", "groups") or {}
    fw_groups = lex.group("function_words", "groups") or {}
    lower = lambda words: frozenset(w.lower() for w in words)  # noqa: E731
    # titles.yaml groups read as lower-case word sets under their own names
    plain = {name: lower(groups.get(name, [])) for name in TITLE_WORD_SETS}
    return dict(**plain,
        **_company_words(org_groups), **_name_shape_words(lex, groups, org_groups, fw_groups), **_site_words(place_groups), **_month_words(lex),
        function_words=frozenset(lex.words("function_words", "capitalised")),
        not_names=frozenset(lex.words("function_words", "not_names")),
        calendar=frozenset(lex.months) | frozenset(lex.weekdays),
        day_nouns=frozenset(str(w).lower() for w in lex.words("calendar", "weekday_prefixes")),
        weekdays=frozenset(lex.weekdays),
        org_words=lower(org_groups.get("name_words", [])),
        prepositions=lower(place_groups.get("prepositions", [])),
        place_heads=lower(place_groups.get("heads", [])),
        place_name_heads=frozenset(place_groups.get("name_heads", [])), nickname_heads=frozenset(place_groups.get("nickname_heads", [])),
        place_phrase_heads=tuple(str(h) for h in place_groups.get("name_heads", []) if " " in str(h)),
        instrument_heads=frozenset(org_groups.get("instrument_heads", [])),
        honorifics=frozenset(t("honorifics")),
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
        cue_words=lower(w for w in org_groups.get("source_cues", []) + org_groups.get("noun_cues", []) if " " not in w),
        not_places=frozenset(fold(str(w)) for w in place_groups.get("not_places", [])),
        relational=frozenset(place_groups.get("relational", [])),
        name_abbreviations=frozenset(str(w).rstrip(".") for w in place_groups.get("name_abbreviations", [])),
        site_heads=frozenset(fold(str(w)) for w in place_groups.get("site_heads", [])),
        region_words=frozenset(place_groups.get("region_words", [])),
        portfolio_heads=frozenset(fold(str(w)) for w in groups.get("portfolio_heads", [])),
        academic=frozenset(fold(str(w)) for w in groups.get("academic", [])),
        proper_heads=frozenset(org_groups.get("proper_heads", [])), eponym_org_heads=frozenset(org_groups.get("eponym_heads", [])),
        org_links=frozenset(org_groups.get("name_links", [])), envoy_heads=frozenset(org_groups.get("envoy_heads", [])),
        member_heads=frozenset(fold(str(w)) for w in groups.get("member_heads", [])),
        treaty_heads=frozenset(place_groups.get("treaty_heads", [])), summit_heads=tuple(place_groups.get("summit_heads", [])),
        language_heads=frozenset(fold(str(w)) for w in place_groups.get("language_heads", [])),
        language_joiners=frozenset(fold(str(w)) for w in place_groups.get("language_joiners", [])),
        currency_heads=frozenset(fold(str(w)) for w in place_groups.get("currency_heads", [])),
        time_heads=frozenset(fold(str(w)) for w in place_groups.get("time_heads", [])),
        continent_heads=frozenset(map(fold, map(str, place_groups.get("continent_heads", [])))),
        country_nouns=_folded(place_groups, "country_nouns"), continents=_folded(place_groups, "continents"),
        compound_prefixes=frozenset(str(w) for w in place_groups.get("compound_prefixes", [])),
        common_words=frozenset(fold(str(w)) for w in lex.words("common_words", "words")),
        place_tails=frozenset(place_groups.get("name_tails", [])), site_tails=frozenset(place_groups.get("site_tails", [])),
        surname_honorifics=frozenset(groups.get("surname_honorifics", [])),
        ranks=frozenset(fold(str(w)) for w in groups.get("ranks", [])),
        through_words=frozenset(groups.get("through_words", [])),
        eponym_places=frozenset(list(place_groups.get("eponym_heads", [])) + list(place_groups.get("eponym_heads_lower", []))),
        venue_heads=_folded(place_groups, "venue_heads"),
        eponym_first=frozenset(str(h).split()[0] for h in list(place_groups.get("eponym_heads", []))
                               + list(place_groups.get("eponym_heads_lower", [])) + list(org_groups.get("eponym_heads", []))),
        region_heads=frozenset(place_groups.get("region_heads", [])),
        spelling_folds=_pairs(fw_groups, "spelling_folds"), consonant_folds=_pairs(fw_groups, "consonant_folds"),
        possessive=tuple(fw_groups.get("possessive_suffixes") or ()), circumfix=_circumfix(fw_groups),
        private_heads=tuple(fold(str(h)) for h in groups.get("private_heads", ())),
        employee_heads=frozenset(fold(str(h)) for h in groups.get("employee_heads", ())),
        other_words=frozenset(groups.get("other_words", ())),
        counterparts=frozenset(str(w).lower() for w in groups.get("counterparts", ())),
        kin_words=lower(fw_groups.get("kin_words", [])), plural_markers=lower(fw_groups.get("plural_markers", [])),
        side_from=frozenset(groups.get("origin_words", [])),
        surname_words=frozenset(fw_groups.get("surname_words", [])), korean_surnames=frozenset(fw_groups.get("korean_surnames", [])),
        not_name_ends=_folded(fw_groups, "not_name_ends"), english_words=_folded(fw_groups, "english_words"),
        capitals=lex.capitals(),
        council_heads=frozenset(org_groups.get("council_heads", [])),
        org_expansions={str(k): str(v) for k, v in (org_groups.get("expansions") or {}).items()},
        outlets=frozenset(fold(str(form)) for canonical, forms in (lex.group("outlets", "names") or {}).items()
                          for form in [canonical, *(forms or [])]),
    )


def case_ok(surface: str, alias: str, lower_ok: frozenset = frozenset(), inner_lower: bool = False,
             national: tuple = (), place: bool = False) -> bool:
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
    if place and len(letters) >= 3 and letters[-1][:1].isupper() and all(w[:1].islower() for w in letters[:-1]):
        return True     # a region named by its country, the words before it in lower case ("timur jauh X")
    alias_words = alias.split()
    return all(w[:1].isupper() or not w[:1].isalpha() or (w.capitalize() in lower_ok and letters[0][:1].isupper())
               # a particle the register itself writes in lower case ("Rio de Janeiro")
               or (len(alias_words) == len(letters) and alias_words[i + 1] == w)
               for i, w in enumerate(letters[1:]))


def given_name_shape(token: str) -> bool:
    """A romanised Korean given name written with its hyphen: `Myong-chol`, `Jong-un`."""
    head, dash, tail = token.partition("-")
    return bool(dash) and head.isalpha() and tail.isalpha() and head[:1].isupper() and tail.islower()


# A syllable of a romanised Korean given name has at most this many letters (`Hyeong`, `Chang`).
SYLLABLE_MAX = 6


def hyphenated_given_name(token: str) -> bool:
    """`given_name_shape`, or its second syllable capitalised too (`Thae-Song`, `Jong-Un`): two
    short syllables joined by one hyphen, each a capital and lower-case letters."""
    if given_name_shape(token):
        return True
    head, dash, tail = token.partition("-")
    return (bool(dash) and all(part.isalpha() and part[:1].isupper() and part[1:].islower()
                               and 1 < len(part) <= SYLLABLE_MAX for part in (head, tail)))


def _pairs(groups: dict, name: str) -> tuple:
    """A group of (from, to) pairs, as tuples."""
    return tuple(tuple(pair) for pair in (groups.get(name) or []))


def spelling_key(folded: str, folds) -> str:
    """A folded name word under the spelling folds of function_words.yaml: `zinovyev` and `zinoviev`,
    `andrey` and `andrei` give one key."""
    for old, new in folds:
        folded = folded.replace(old, new)
    return folded


def possessed(kit: "Kit", word: str, nouns) -> str | None:
    """The possessive suffix of a word of `nouns` written with it (function_words.yaml possessive_suffixes);
    None for any other word, a bare word of `nouns` included."""
    return next((s for s in kit.possessive if word.endswith(s) and word[:-len(s)] in nouns), None)


def possessed_kin(kit: "Kit", word: str) -> str | None:
    """The possessive suffix of a kinship noun written with it (`ayahnya`: function_words.yaml kin_words)."""
    return possessed(kit, word, kit.kin_words)


def no_name_shape(token: str, possessive: tuple = ()) -> bool:
    """`Orang-orang`, `Teman-teman`: a doubled word is a plural common noun; `Telegram-nya`: a word with
    its possessive. Neither is (part of) a name."""
    head, dash, tail = token.partition("-")
    return bool(dash) and (head.lower() == tail.lower() or tail.lower() in possessive)


def is_cap(token: str) -> bool:
    # A "?" before a letter is a capital the encoding lost ("Vostochny ?osmodrome").
    return token[:1].isupper() or (len(token) > 1 and token[0] in "?\ufffd" and token[1].isalpha())


def cited(kit: Kit, before: str) -> bool:
    """A citing verb (organizations.yaml citing_verbs) in the clause `before` ends, after its last stop."""
    clause = before[max(before.rfind(". "), before.rfind("("), 0):]
    return any(word.lower() in kit.citing_verbs for word in clause.split())


def source_cued(kit: Kit, before: str) -> bool:
    """`kit.source_cue.search(before)`: a source cue ends `before` ("dilansir dari "), asked of the text's
    end alone where that can tell (the cue is followed by spaces to the end: the text stripped of them
    ends with the cue's last word, or with the bracket of an acronym)."""
    stripped = before.rstrip()
    if len(stripped) == len(before):
        return False        # (no space at the end: no cue either)
    ends = kit.source_cue_ends
    if ends and not stripped.endswith(")"):
        tail = stripped[-SOURCE_CUE_TAIL:]
        if tail.isascii() and not tail.lower().endswith(ends):
            return False
    return kit.source_cue.search(before) is not None


# The characters of a text's end that source_cued reads (the longest last word of a cue is shorter).
SOURCE_CUE_TAIL = 40


def alias_like(kit: Kit, entry: RegisterEntry, surface: str) -> str:
    """The register's spelling of what the text wrote (its case tells an alias from a word); the
    text's own spelling when the register has it exactly (`Tass` beside `TASS`)."""
    if surface in entry.aliases:
        return surface
    folded = fold(surface)
    forms = kit.alias_form
    return forms.get((entry.id, folded)) or forms.get(("", folded)) or surface
