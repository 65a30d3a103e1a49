"""The cast of one article as the actors passes read it: the records they share and the state of one reading.

`Item`: what claims a stretch of a sentence (a register name, a body, a role, a name run, a word,
a mark). `Person`: a person found so far, with mentions, role and affiliation. `Reading`: the state
of one call of `actors.find_actors` (never shared): the article's document, the kit, the people and
the other entities found so far, and how a pass records one (`person`, `add_other`).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import partial
from typing import NamedTuple

from .actor_kit import PLAIN_WORDS_KEPT, Kit, hyphenated_given_name, lowered, short_forms, spelling_key
from .document import LOWER_CASE_WORD, Document
from .lexicon import Lexicon, RegisterEntry, fold, one_edit, slugify
from .model import Article, Span


class Item(NamedTuple):
    """A stretch of a sentence and what claims it. A named tuple: an item is made per token read (most
    of them by `new_item`, a tuple made without the Python-level `__new__`), and never changed."""

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


# Item((kind, start, end, text, entry, key, tokens)) without the Python-level __new__ of a NamedTuple.
new_item = partial(tuple.__new__, Item)


def is_name(item: Item) -> bool:
    return item.kind == "name" or (item.kind == "ent" and item.entry.kind == "person")


def acronym_in_brackets(items: list[Item], j: int) -> bool:
    """`( KINU )` right after an organisation: its short form, not a new word of the phrase."""
    if not (j + 2 < len(items) and items[j].text == "(" and items[j + 2].text == ")" and len(items[j + 1].text) > 1):
        return False
    short = items[j + 1].text
    if short.isupper():
        return True
    # "Universitas Tanjungpura (Untan)": a short form in mixed case opens with the name's first letter.
    return (j > 0 and items[j - 1].kind in ("org", "ent") and short.isalpha() and len(short) <= 7
            and short[0] == items[j - 1].text[:1] and short[1:].islower())



def written_in_lower_case(text: str, word: str) -> bool:
    """Whether `text` writes `word` as a whole word in lower case (a match of `LOWER_CASE_WORD`,
    as `LOWER_CASE_WORD.findall(text)` would list it): each place the word stands is asked, not
    every word of the text."""
    at = text.find(word) if word else -1
    while at >= 0:
        m = LOWER_CASE_WORD.match(text, at)
        if m is not None and m.end() == at + len(word):
            return True
        at = text.find(word, at + 1)
    return False


def closes_with(kit: Kit, surface: str, entry: RegisterEntry) -> bool:
    """The last one to three words of `surface` (not all of it) are a name of `entry`."""
    words = surface.split()
    return any(kit.by_surface.get(fold(" ".join(words[-n:]))) is entry for n in (1, 2, 3) if n < len(words))


class Seen(NamedTuple):
    """One mention as a pass records it: where, as written, and the rule that found it."""

    span: Span
    text: str
    rule: str


# Seen((span, text, rule)) without the Python-level __new__ of a NamedTuple: mentions are made often.
new_seen = partial(tuple.__new__, Seen)


@dataclass
class Other:
    """An organisation, country or place found so far, by its key."""

    kind: str
    name: str                   # the fullest form in the text (a country: the register's name)
    entry: RegisterEntry | None
    mentions: list[Seen] = field(default_factory=list)


@dataclass
class Person:
    key: str
    name: str
    tokens: frozenset         # folded name tokens, for surname links
    entry: RegisterEntry | None
    mentions: list[Seen] = field(default_factory=list)
    role: str | None = None
    role_span: Span | None = None
    affiliation: str | None = None
    one_side: bool = False    # holds a post for one of the sides named together: no country from context


@dataclass(frozen=True)
class PendingPost:
    """A post stated with no holder yet (`Duta besar Rusia untuk Korea Selatan turut ...`), which an
    anaphoric post names later (`Diplomat tersebut, X,`)."""

    role: Item
    end: int                    # where the post as stated ends
    affiliation: str | None


@dataclass(frozen=True)
class Ref:
    """A one-word reference (`Kim`, `Lavrov`) to link to a person of the article at the end, with
    what the passage said of them."""

    item: Item
    rule: str                   # the mention's rule ("person:surname", "person:speech-cue", ...)
    role: Item | None = None
    tail_end: int | None = None     # where the role as stated ends
    affiliation: str | None = None
    strong: bool = False        # with no one to link to, the word is a person of its own
    token: str | None = None    # the name word it stands for, when written with a slip ("Margulov")


# A person's name cut into its words, and into its words and the parts of a double surname.
_SPACES = re.compile(r"\s+")
_WORDS_AND_PARTS = re.compile(r"\s+|-(?=[A-Z])")


def gazetteer_search(kit: Kit, text: str, low: str | None, pos: int, end: int) -> re.Match | None:
    """`kit.gazetteer.search(text, pos, end)`, the register's names looked for in the text lower-cased
    (`low`, the `lowered` text, or None: searched as written) with the case-sensitive trie, twice as fast:
    where the lower-cased names start in the lower-cased text, the names start in the text (the hit
    itself is read with the gazetteer at that offset, searching on from there where it does not fit)."""
    if low is None:
        return kit.gazetteer.search(text, pos, end)
    m = kit.gazetteer_lower.search(low, pos, end)
    if m is None:
        return None
    return kit.gazetteer.match(text, m.start(), end) or kit.gazetteer.search(text, m.start(), end)


def gazetteer_hits(kit: Kit, text: str, low: str | None, pos: int, end: int):
    """`kit.gazetteer.finditer(text, pos, end)` by `gazetteer_search`: each hit, the next looked for
    from its end."""
    while True:
        m = gazetteer_search(kit, text, low, pos, end)
        if m is None:
            return
        yield m
        pos = m.end() if m.end() > m.start() else m.end() + 1


def relative_of_known(r: "Reading", text: str) -> bool:
    """`Adik Kim`, `Istri Petrov`: a kinship noun (function_words.yaml kin_words) and one word that is the
    surname of a person named here or in the register: that person's relative, not a name."""
    words = text.split()
    if len(words) != 2 or words[0].lower() not in r.kit.kin_words:
        return False
    key = r.spelling(fold(words[1]))
    return key in r.kit.register_surnames or any(key in p.tokens for p in r.people.values())


class Reading:
    """Reads one article; the state of one call of find_actors (never shared)."""

    def __init__(self, article: Article, sentences, kit: Kit, lex: Lexicon, doc: Document):
        self.text = article.text
        self.doc = doc
        self.sentences = sentences
        self.kit = kit
        self.lex = lex
        self.others: dict[str, Other] = {}    # key -> an organisation, country or place found so far
        self.people: dict[str, Person] = {}
        self.refs: list[Ref] = []             # one-word references, resolved at the end
        self.lead_country: str | None = None
        self.acronyms: dict[str, tuple] = {}   # "NIS" -> (entry, key) of the body it abbreviates here
        ordered = sorted(sentences, key=lambda sentence: sentence.span.start)
        self.sentence_starts = [sentence.span.start for sentence in ordered]
        self.sentence_paragraphs = [sentence.paragraph for sentence in ordered]
        self.anaphora: list[tuple[int, str]] = []
        self.fields: dict[tuple[int, int], str] = {}   # role span -> its field after the body ("bidang ...")
        self.pending: list[PendingPost] = []    # posts read with no holder yet
        self.predicates: list[tuple[Item, int]] = []   # posts a pronoun's copula states (role, its end)
        self.possessors: dict[int, int] = {}   # a post's holder's start -> the start of whose aide they are
        # Words the article itself writes in lower case: with common_words.yaml, what no name is made of
        # (asked of a few words an article: each looked up in the text when first asked, `common`).
        self.lower_words: dict[str, bool] = {}
        self.line_starts: set[int] = set()    # starts of sentences that are lines of their own (headlines)
        self.org_items: list[Item] = []      # every body the text names, in order (for "kementerian")
        self.short_bodies: dict[str, Item] = {}   # "KDN" -> the body its brackets gave it to
        # "Republik Rakyat Donetsk (DPR)": a short form the text defines in brackets after a known entity
        # names that entity throughout this text, whatever the register gives it elsewhere (DPR: a parliament).
        self.local: dict[str, RegisterEntry] = {}
        # The text lower-cased for the gazetteer's case-sensitive search (None: search it as written).
        self.lowered = lowered(self.text) if kit.gazetteer_lower is not None else None
        for at, short in short_forms(self.text):
            # The known name that ends right before the brackets (looked for in a short window only).
            m = next((m for m in gazetteer_hits(kit, self.text, self.lowered, max(0, at - 80), at)
                      if m.end() == at), None)
            entry = kit.by_surface.get(fold(m.group())) if m else None
            if entry is not None and entry.kind in ("country", "organization"):
                initials = {w[:1].upper() for alias in (entry.name, *entry.aliases) for w in alias.split()}
                other = kit.by_surface.get(fold(short))
                if other is not entry and set(short) <= initials and not (
                        other is not None and closes_with(kit, m.group(), other)):
                    # ("Dewan Keamanan Perserikatan Bangsa-Bangsa (PBB)": the short form of the body that
                    # closes the name keeps naming that body.)
                    self.local.setdefault(fold(short), entry)
        # Token -> "word"/"punct"/"" (see items.plain_kind), kept per lexicon: words recur across articles.
        self.plain_words: dict[str, str] = lex.memo("actors.plain_words", dict)
        # Token -> what items._word_item asks of it alone (items.word_shape), kept per lexicon too.
        self.word_shapes: dict[str, int] = lex.memo("actors.word_shapes", dict)
        # A gazetteer hit as written -> (its register entry, whether its capitals fit: items.surface_hit),
        # kept per lexicon: the same names recur in every article.
        self.gazetteer_hits: dict[str, tuple] = lex.memo("actors.gazetteer_hits", dict)
        # Folded word -> its spelling key (`spelling`), kept per lexicon as well.
        self.spellings: dict[str, str] = lex.memo("actors.spellings", dict)
        # Line start -> where a dateline's opening run matched there ends, or -1 (`names.dateline_like`).
        self.line_heads: dict[int, int] = {}
        # How many people have been found or given a word (`read_rest` reads their words anew only then).
        self.people_changes = 0
        self.known_words: tuple[int, set] = (-1, set())   # (people_changes, their words) as read_rest read them last
        # Where the text ends, its closing spaces left out (`names.cut_at_end`).
        self.text_end = len(self.text.rstrip())

    def add_other(self, kind: str, entry: RegisterEntry | None, span: Span, rule: str, key_text: str | None = None):
        surface = self.text[span.start:span.end]
        if entry is None and (self.lex.register.is_suppressed(surface) or len(surface) == 1):
            return      # "di Telegram", "di X": a platform or a letter, no place or body
        kind, entry, rule = country_slip(self.kit, kind, entry, surface, rule)
        # FORMATS: an organisation is named by its fullest form in the text (`Kantor Berita
        # Interfax` where the text writes it, `Interfax` where it does not); the register gives the id.
        # So is a place (`Kiev` where the text writes Kiev, `St. Petersburg`): the register merges the
        # spellings under one id. Countries keep the register's usual name (`Korea Selatan`, not
        # `Republik Korea`, nor the text's short form `Korsel`).
        as_written = entry is None or entry.kind in ("organization", "place")
        written = surface
        if entry is not None and entry.kind == "place" and surface[:1].islower():
            written = self._named_after_noun(surface, entry)
        if entry is not None:
            key = entry.id
            name = written if as_written else entry.name
        else:
            key = slugify(key_text or surface)
            name = surface
        # (Not `KYIV` of a dateline, nor a body the press writes in lower case, "kementerian luar negeri
        # Seoul": the register's case then.)
        register_case = entry is not None and (surface.isupper() and not any(
            a.isupper() and fold(a) == fold(surface) for a in entry.aliases)
            or (surface[:1].islower() and entry.kind == "organization"))
        if entry is not None and entry.kind == "organization" and not register_case:
            register_case = self._kind_before_name(surface, entry)
        if as_written and register_case:
            name = entry.name
        slot = self.others.get(key) or self.others.setdefault(key, Other(kind, name, entry))   # (made when new)
        if as_written and not register_case and (len(written) > len(slot.name) or (
                entry is not None and written == entry.name and len(written) == len(slot.name))):
            # (of two spellings as long, the register's usual one: "Moskow" over "Moscow")
            slot.name = written
        slot.mentions.append(new_seen((span, surface, rule)))

    @staticmethod
    def _named_after_noun(surface: str, entry: RegisterEntry) -> str:
        """`bandara Sheremetyevo`, `wilayah Timur Jauh Rusia`: a common noun in lower case before a registered
        place's own name is no word of the name; the place goes by the rest where the register knows the rest
        as its name (`kosmodrom Vostochny` stays as written: `Vostochny` alone is no name the register gives)."""
        rest = surface
        while " " in rest and rest[:1].islower():
            rest = rest.split(" ", 1)[1]
            if fold(rest) == fold(entry.name) or any(fold(rest) == fold(a) for a in entry.aliases):
                return rest
        return surface

    def _kind_before_name(self, surface: str, entry: RegisterEntry) -> bool:
        """`Kantor Berita Tass`, `Kantor berita TASS`: a kind of body written before a registered name that
        does not open with that kind: the kind is a description, and the body goes by its registered name
        (not `Kantor Berita Yonhap`, whose registered name opens with the kind)."""
        low = surface.lower()
        for kind in self.kit.agency_kinds:
            head = kind.lower() + " "
            if low.startswith(head) and not entry.name.lower().startswith(head):
                rest = fold(surface[len(head):])
                return rest == fold(entry.name) or any(rest == fold(a) for a in entry.aliases)
        return False

    def person(self, name_item: Item, rule: str, role: Item | None = None, tail_end: int | None = None,
               affiliation: str | None = None) -> None:
        entry = name_item.entry if name_item.kind == "ent" else None
        start = name_item.start
        text = name_item.text
        if entry is None and name_item.tokens:
            bare = self.without_honorific(name_item, after_role=role is not None and rule == "person:role")
            start, text = bare.start, bare.text
        span = Span(start, name_item.end)
        if entry is None:
            if any(c.isdigit() for c in text):
                return      # "Covid-19", "G20": a name with a digit is no person's
            if self.lex.register.is_suppressed(text):
                return      # the register says this surface is never an entity ("Telegram")
            if len(text.split()) >= 2 and text.split()[-1] in self.kit.place_tails:
                # "Primorsky Krai", "Kursk Oblast": a region's closing word makes the run a place.
                self.add_other("place", None, span, "place:region-tail")
                return
            if len(text.split()) >= 2 and text.split()[-1] in self.kit.site_tails and self._site_after_place(span):
                return      # "<Place> Coastal Tourist Zone": the place's site, named whole
            if relative_of_known(self, text):
                return      # "Adik Kim, ...": a kinship noun and a known surname name a relative, no name
            entry = self.misspelt_registered(text) or registered_as_folded(self, text)
        # One person under two romanised spellings in one article ("Andrei"/"Andrey X") is one key.
        key = entry.id if entry else _transliterated_owner(self, text) or self.spelling(fold(text))
        found = self.people.get(key)
        if found is None:
            # FORMATS: the record's name is the fullest form *in the text*; the register only
            # gives the id and merges spellings ("Sergey Lavrov" here, "Sergei Lavrov" there).
            self.people_changes += 1
            found = self.people[key] = Person(
                key=key, name=text, entry=entry,
                # (the parts of a double surname too: "Thomas-Greenfield" gives thomas, greenfield; not a
                # Korean given name's, "Jong-min")
                tokens=frozenset(self.spelling(fold(w)) for w in _WORDS_AND_PARTS.split(text) if fold(w)) |
                frozenset(self.spelling(fold(w)) for w in _SPACES.split(text) if fold(w)) |
                (frozenset(self.spelling(fold(w)) for a in entry.aliases for w in a.split()) if entry else frozenset()))
        found.mentions.append(new_seen((span, self.text[span.start:span.end], rule)))
        if len(text) > len(found.name) or (entry is not None and len(found.name.split()) < 2 <= len(text.split())):
            found.name = text
        if role is not None and self.held_before(found, role.start):
            found.role = None
        stated = self.role_text(role.start, tail_end or role.end) if role is not None else None
        if stated is not None and (found.role is None or fuller_post(found.role, stated)):
            found.role, found.role_span = stated, Span(role.start, tail_end or role.end)
            found.one_side = rule.endswith(":sides")
        if affiliation and found.affiliation is None:
            found.affiliation = affiliation

    def _site_after_place(self, span: Span) -> bool:
        """A run closed by a site's English head ("Coastal Tourist Zone") right after a place's mention
        ("Wonsan Coastal Tourist Zone"): that mention grows to the whole site, the same place."""
        if self.text[span.start - 1:span.start] != " ":
            return False
        for slot in self.others.values():
            if slot.kind != "place":
                continue
            for k, seen in enumerate(slot.mentions):
                if seen[0].end == span.start - 1:
                    whole = Span(seen[0].start, span.end)
                    surface = self.text[whole.start:whole.end]
                    slot.mentions[k] = new_seen((whole, surface, seen[2]))
                    if len(surface) > len(slot.name):
                        slot.name = surface
                    return True
        return False

    def _former(self, start: int) -> bool:
        """The post written at `start` is one held before ("mantan Presiden")."""
        words = self.text[start:start + 20].split(None, 1)
        return bool(words) and words[0].lower() in self.kit.former

    def held_before(self, person, start: int) -> bool:
        """The person's role is a post held before and the post written at `start` is not ("mantan
        Presiden X" then "X, yang saat ini menjabat sebagai penasihat ..."): the post held now is
        the person's role here."""
        before = [w.lower() for w in self.text[max(0, start - 30):start].split()[-2:]]
        # ("Kim, yang juga pernah menjabat Duta Besar ...": a post held before too)
        return (person.role is not None and person.role_span is not None and not self._former(start)
                and not any(w in self.kit.former for w in before) and self._former(person.role_span.start))

    def without_honorific(self, item: Item, after_role: bool = False) -> Item:
        """The name run without the forms of address before it (titles.yaml `honorifics`): "Pak Budi
        Santoso" is Budi Santoso, "Tuan Kim" the surname Kim. The one place that says what an honorific
        before a name is. It stays where it is the surname: before a Korean given name alone ("Pak
        Myong-chol", "Pak Thae-Song"), and a `surname_honorifics` word right after a role (`after_role`: "Perdana Menteri
        Pak X Y", where no form of address is used). The item itself when nothing is dropped."""
        toks, text, kit = item.tokens, self.text, self.kit
        n = 0
        while len(toks) - n > 1 and text[toks[n][0]:toks[n][1]] in kit.honorifics and not (
                len(toks) - n == 2 and hyphenated_given_name(text[toks[n + 1][0]:toks[n + 1][1]])) and not (
                after_role and len(toks) - n >= 3 and text[toks[n][0]:toks[n][1]] in kit.surname_honorifics):
            n += 1
        if n == 0:
            return item
        rest = toks[n:]
        return Item("name", rest[0][0], item.end, text[rest[0][0]:item.end], tokens=rest)

    def misspelt_registered(self, text: str) -> RegisterEntry | None:
        """`Valdimir Putin`: a registered person's surname after a given name that is the register's own with
        two neighbouring letters swapped or one letter changed (same length, same first letter, at least
        five letters): a typing slip for that person, not another one."""
        words = text.split()
        if len(words) < 2:
            return None
        slipped = self._one_word_slipped(words)
        if slipped is not None:
            return slipped
        surname = self.spelling(fold(words[-1]))
        entry = self.kit.register_surnames.get(surname)
        if entry is None or entry.kind != "person":
            return None
        given = self.spelling(fold(words[0]))
        for alias in (entry.name, *entry.aliases):
            parts = alias.split()
            if len(parts) == len(words) and self.spelling(fold(parts[-1])) == surname \
                    and _slip_of(given, self.spelling(fold(parts[0]))):
                return entry
        return None

    def _one_word_slipped(self, words: list[str]) -> RegisterEntry | None:
        """`Kimn Jong-un`, `Yook Suk Yeol`: a registered person's name with one word of three letters or
        more written with one letter more, less or changed (the same first letter), the other words the
        register's own and at least five letters between them: a typing slip, when one person fits."""
        keys = [self.spelling(fold(w)) for w in words]
        found = None
        for i, word in enumerate(keys):
            rest = keys[:i] + keys[i + 1:]
            if len(word) < 3 or sum(map(len, rest)) < 5:
                continue
            for entry_id, known in self.kit.register_frames.get((i, tuple(rest)), {}).items():
                if known[:1] == word[:1] and len(known) >= 3 and one_edit(word, known):
                    if found is not None and found != entry_id:
                        return None
                    found = entry_id
        return self.lex.register.entries.get(found) if found else None

    def spelling(self, folded: str) -> str:
        key = self.spellings.get(folded)
        if key is None:
            key = spelling_key(folded, self.kit.spelling_folds)
            if len(self.spellings) < PLAIN_WORDS_KEPT:
                self.spellings[folded] = key
        return key

    def role_text(self, start: int, end: int) -> str:
        """The role as stated, with press abbreviations written out (`Menlu` → `Menteri Luar Negeri`), as every
        reading of the post uses it (the record keeps the text's own word: actors.stated_role)."""
        stated = self.text[start:end]
        suffix = next((s for s in self.kit.possessive if stated.endswith(s)), None)
        if suffix and self.kit.title.fullmatch(stated[:-len(suffix)]):
            stated = stated[:-len(suffix)]      # "juru bicaranya": the post, without its possessive
        if (start, end) in self.fields:
            stated = f"{stated} {self.fields[start, end]}"
        expansions = self.kit.expansions
        if not expansions:
            return stated
        return " ".join(expansions.get(fold(w), w) for w in stated.split())

    def common(self, word: str) -> bool:
        """A folded word that is no evidence of a name: a common word, or one this article writes in
        lower case."""
        if word in self.kit.common_words:
            return True
        found = self.lower_words.get(word)
        if found is None:
            found = self.lower_words[word] = written_in_lower_case(self.text, word)
        return found

    def in_line(self, position: int) -> bool:
        """The position lies in a sentence that is a line of its own (a headline, a teaser)."""
        i = bisect_right(self.sentence_starts, position) - 1
        return i >= 0 and self.sentence_starts[i] in self.line_starts

    def paragraph_of(self, position: int) -> int | None:
        i = bisect_right(self.sentence_starts, position) - 1
        return self.sentence_paragraphs[i] if i >= 0 else None


def registered_as_folded(r: Reading, text: str) -> RegisterEntry | None:
    """`Moon Jaein`, `Park Geun Hye` for a registered `Moon Jae-in`, `Park Geun-hye`: a registered person's
    name of two words or more written with its syllables joined, hyphened or spaced otherwise (Korean given
    names are romanised all three ways) is that person, as the register folds names."""
    if " " not in text:
        return None
    entry = r.lex.register.lookup(text)
    return entry if entry is not None and entry.kind == "person" else None


def country_slip(kit: Kit, kind: str, entry: RegisterEntry | None, surface: str, rule: str) -> tuple:
    """(kind, entry, rule) of a mention about to be added. `ke Korea Utar`, `di Kotrea Utara`: a place no rule
    knows that is a country's long name (eight letters or more) with one letter inserted, dropped or changed,
    the first kept, is that country misspelt, no place; a place's own name is never one letter from a country's."""
    if entry is not None or kind != "place":
        return kind, entry, rule
    folded = fold(surface)
    for known, country in kit.country_spellings.get(folded[:1], ()):
        if one_edit(folded, known):
            return "country", country, "country:slip"
    return kind, entry, rule


def _transliterated_owner(r: "Reading", text: str) -> str | None:
    """`Gubernur Kojemyako` after `Oleg Kozhemyako`: one word, no one's here, that is the surname of exactly
    one person named here in another transliteration is that person (their key)."""
    key = r.spelling(fold(text))
    if " " in text or key in r.people:
        return None
    folds = r.kit.consonant_folds
    owners = {p.key for p in r.people.values() if len(p.tokens) > 1
              and any(_transliterated(key, t, folds) for t in p.tokens)}
    return next(iter(owners)) if len(owners) == 1 else None


# A surname written by another transliteration (vowels and one sound's consonants spelt otherwise) has at
# least this many letters: shorter names share their consonants too often ("Kim" and "Kam").
TRANSLITERATED_LENGTH_MIN = 7
_VOWELS = str.maketrans("", "", "aeiouy")


def _skeleton(key: str, folds: tuple) -> str:
    """A folded name word's consonants, after the consonant folds: `kozhemiako` and `kojemiako` -> `kzmk`."""
    for old, new in folds:
        key = key.replace(old, new)
    return key.translate(_VOWELS)


def _transliterated(key: str, known: str, folds: tuple) -> bool:
    """`key` is `known` in another transliteration: both seven letters or more, the first letter (after the
    consonant folds) and the consonants the same, so only vowels and one sound's spelling differ."""
    if key == known or min(len(key), len(known)) < TRANSLITERATED_LENGTH_MIN:
        return False
    a, b = _skeleton(key, folds), _skeleton(known, folds)
    return a == b and len(a) >= 4 and _skeleton(key[0], folds)[:1] == _skeleton(known[0], folds)[:1] \
        and key[0] not in "aeiouy"


def _slip_of(word: str, known: str) -> bool:
    """`word` is `known` with two neighbouring letters swapped or one letter changed (same length, same
    first letter, at least five letters); not `known` itself."""
    if word == known or len(word) != len(known) or len(word) < 5 or word[0] != known[0]:
        return False
    diff = [i for i, (a, b) in enumerate(zip(word, known)) if a != b]
    return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                              and word[diff[0]] == known[diff[1]] and word[diff[1]] == known[diff[0]])


def fuller_post(held: str, stated: str) -> bool:
    """`Menteri X` in a caption, `Menteri Sumber Daya Alam X` in the body: a later statement of the same
    post that writes it out longer (the earlier one's words first) is the post as the text states it."""
    return stated.lower().startswith(held.lower() + " ")
