"""One name per body: the string an organisation goes by, in the record and as a quote's speaker.

FORMATS: an entity is named by its canonical name. A body the text names under several forms gets one
name, decided here and nowhere else (the record's `organizations` and the speaker of its quotes use
`BodyNames.name`, so the two always agree):

- the fullest form the text writes (`actors`: the longest surface, the register giving the id);
- a press short form of its head written out (`Kemlu X` -> `Kementerian Luar Negeri X`, speech.yaml
  `body_expansions`), and for a registered body whose name that gives, or gives once a clipped state
  (`Korsel`) is written out, the register's name (gold writes such forms out 22 times of 27);
- a registered body whose name the text also writes without the country after it (`Badan X Korsel`,
  `Badan X`): the register's name;
- a company keeps its legal form as written (`X Motor Co`, `Y Corp`): gold keeps a registered company's
  4 times of 5;
- a form with a short form defined inside it (`Dewan Keamanan (DK) PBB`) is no name: the register's name, or
  the words before the brackets;
- a body the register names by its acronym (`PBB`, `NATO`, `AFP`, `SWIFT`) goes by that acronym where
  the text names it by it, not only defines it in brackets (`Dinas X (SVR) membantah`: the written-out
  name);
- a news agency the text describes by kind and place (`Kantor Berita Korea Utara (KCNA)`), a phrase the
  register knows as none of its names, goes by the acronym the text writes.

The measure (21 read sets, every gold body whose text gives both an acronym and a written-out name, 82):
gold names it by the written-out name 63 times, by the acronym 19 (PBB, NATO, AFP, SWIFT, TASS; KCNA where
the long form is a description). "Always the written-out name" agrees 63 times; these rules 70.
"""
from __future__ import annotations

import dataclasses
from functools import lru_cache

from .lexicon import Lexicon, RegisterEntry, fold


@lru_cache(maxsize=4096)
def _acronym(name: str) -> bool:
    """`PBB`, `NATO`, `G-20`: one word, its letters all capitals, two or more of them."""
    letters = [c for c in name if c.isalpha()]
    return " " not in name and len(letters) >= 2 and all(c.isupper() for c in letters)


class BodyNames:
    def __init__(self, lex: Lexicon) -> None:
        self.register = lex.register
        speech = lex.group("speech", "groups", {}) or {}
        self.expansions = {fold(str(k)): str(v) for k, v in (speech.get("body_expansions") or {}).items()}
        # News agencies (speech.yaml agencies): known by a name the press writes after describing them.
        self.agencies = frozenset(fold(str(a)) for a in speech.get("agencies") or ())
        states = lex.group("places", "aliases") or {}
        self.state_aliases = {str(k): str(v) for k, v in states.items()}     # "RI" -> "Indonesia"
        self.clipped_states = {fold(str(k)): str(states[k]) for k in speech.get("clipped_states") or ()
                               if k in states}
        # Heads of a state's bodies (organizations.yaml national_heads): their country closes their name.
        org_groups = lex.group("organizations", "groups") or {}
        # Words of a medium's service or edition after its name (organizations.yaml edition_words: "News").
        self.edition_words = frozenset(str(w) for w in org_groups.get("edition_words") or ())
        self.national_heads = tuple((lex.group("organizations", "groups") or {}).get("national_heads") or ())
        # "di", "pada": a body named with its seat after one ("Kementerian X di Moskow") is a registered body
        self.seat_links = tuple(f" {w} " for w in org_groups.get("part_links") or ())
        # "Sidang": a registered body named by its session ("Sidang Majelis Umum PBB") goes by the body's name
        self.session_words = frozenset(str(w) for w in org_groups.get("session_words") or ())
        self._known: dict[str, frozenset[str]] = {}      # entry id -> its names folded (the register is fixed)

    def known(self, entry: RegisterEntry) -> frozenset[str]:
        """The register's names of `entry`, folded (made once per entry)."""
        found = self._known.get(entry.id)
        if found is None:
            found = self._known[entry.id] = frozenset(fold(n) for n in (entry.name, *entry.aliases))
        return found

    def is_agency(self, entry: RegisterEntry) -> bool:
        return not self.agencies.isdisjoint(self.known(entry))

    def expand(self, name: str) -> str:
        """`Kemlu Rusia` -> `Kementerian Luar Negeri Rusia`: an abbreviated head written out."""
        head, _, rest = name.partition(" ")
        full = self.expansions.get(fold(head))
        return f"{full} {rest}".strip() if full and rest else name

    def states_written_out(self, name: str) -> str:
        """`name` with each clipped form of a state written out (`clipped_states`)."""
        return " ".join(self.clipped_states.get(fold(w), w) for w in name.split())

    def name(self, written: str, entry: RegisterEntry | None, surfaces=(), bracketed=()) -> str:
        """The name a body goes by: `written` is its fullest form in the text, `entry` the register's
        entry (or None), `surfaces` the forms the text writes (its mentions), `bracketed` those of them
        written in brackets right after a name (`... (PBB)`: a definition, not the body named by it)."""
        if " (" in written:
            # "Dewan Keamanan (DK) PBB", "Badan X (NIS) Korsel": a short form defined inside the name is no word
            # of it; the register's name, or the words before the brackets (gold, 6 bodies of 6 in the read and
            # written sets).
            # (A state's body keeps its country after the brackets, `organisations._country_after_brackets`:
            # "Kementerian X (KX) Rusia" is "Kementerian X Rusia".)
            before, _, rest = written.partition(" (")
            after = rest.partition(") ")[2]
            if entry is not None:
                # ("Kementerian X (KX) RI": the form without the brackets where the register knows it as one of the
                # body's names and no clipped state is in it, as "Kementerian X RI" written plain would be named)
                plain = f"{before} {after}"
                country = self.register.lookup(self.state_aliases.get(after, after)) if after else None
                known = (country is not None and country.kind == "country" and fold(plain) in self.known(entry)
                         and self.states_written_out(plain) == plain)
                return plain if known else entry.name
            national = any(before == head or before.startswith(head + " ") for head in self.national_heads)
            return self.expand(f"{before} {after}" if after and national else before)
        if entry is not None and _acronym(entry.name) and fold(written) != fold(entry.name) and any(
                s.strip() == entry.name for s in surfaces if s not in bracketed):
            # "Perserikatan Bangsa-Bangsa (PBB) ... PBB": known by its acronym, which the text names it by
            # (not where it only defines it: "Dinas X (SVR) membantah" keeps the written-out name).
            return entry.name
        # "Kantor Berita Korea Utara (KCNA)": a news agency described by its kind and country, a phrase the
        # register knows as none of its names, goes by the acronym the text writes for it.
        for surface in dict.fromkeys(surfaces):      # (each form once: the first that fits decides)
            acronym = surface.strip()
            agency = self.register.lookup(acronym) if _acronym(acronym) else None
            if (agency is not None and (entry is None or agency is entry) and self.is_agency(agency)
                    and fold(written) not in self.known(agency)):
                return acronym
        if entry is not None and (written.partition(" ")[0] in self.session_words
                                  or any(link in written for link in self.seat_links)):
            # "Kementerian Luar Negeri di Moskow": a ministry named by its seat, the state's registered ministry
            # (organisations._capital_after); "Sidang Majelis Umum PBB": the assembly named by its session
            return entry.name
        if entry is None:
            # "Kemenlu X": a press short form of the head written out (gold writes it out 22 times of 27).
            return self.expand(written)
        tail = written[len(entry.name):].strip() if fold(written).startswith(fold(entry.name)) else ""
        country = self.register.lookup(self.states_written_out(tail)) if tail else None
        edition = bool(tail) and all(word in self.edition_words for word in tail.split())
        if (edition or (country is not None and country.kind == "country")) and any(
                s.strip() == entry.name for s in surfaces):
            # "Badan Intelijen X ... Badan Intelijen X Korsel": the register's name, which the text writes too,
            # with the body's country after it is the same name (gold: 3 of 4); so with a medium's service or
            # edition after it ("Sputnik ... Sputnik News": gold names it "Sputnik").
            return entry.name
        expanded = self.expand(written)
        if expanded != written or fold(self.states_written_out(expanded)) == fold(entry.name):
            # "Kemlu Korsel", "Kementerian Luar Negeri Korsel": the register's body under a press short form
            # or a clipped state goes by the register's name (gold: 22 written out, 5 kept).
            return entry.name
        return written


def body_names(lex: Lexicon) -> BodyNames:
    return lex.memo("bodies._names", lambda: BodyNames(lex))


def forms(actor, text: str) -> tuple[list[str], list[str]]:
    """The surfaces of `actor`'s mentions, and those of them written in brackets (`(PBB)`), one list each
    (a surface written both ways counts as free)."""
    surfaces = [m.text for m in actor.mentions]
    free = {m.text for m in actor.mentions
            if text[m.span.start - 1:m.span.start] != "(" or text[m.span.end:m.span.end + 1] != ")"}
    return surfaces, [s for s in surfaces if s not in free]


def name_of(actor, lex: Lexicon, text: str) -> str:
    """The one name of `actor` (an organisation's as `BodyNames.name` gives it; anyone else's as read)."""
    if actor.kind != "organization":
        return actor.name
    entry = lex.register.entries.get(actor.register_id) if actor.register_id else None
    return body_names(lex).name(actor.name, entry, *forms(actor, text))


def named(actors, lex: Lexicon, text: str):
    """`actors` with every organisation under the name `BodyNames.name` gives it."""
    out = []
    for actor in actors:
        if actor.kind == "organization":
            name = name_of(actor, lex, text)
            if name != actor.name:
                actor = dataclasses.replace(actor, name=name)
        out.append(actor)
    return tuple(out)


def spoken_by(items, actors):
    """`items` (quotes, statements) with each body's speaker under the body's one name, as `actors` give it
    (a speaker found by a path that read the name as written goes by the record's name all the same)."""
    bodies = {a.key: a.name for a in actors if a.kind == "organization"}
    return tuple(dataclasses.replace(q, speaker=bodies[q.speaker_key])
                 if q.speaker_key in bodies and q.speaker != bodies[q.speaker_key] else q for q in items)
