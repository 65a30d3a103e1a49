"""`_Naming`, the part of `_Context` that finds an actor: by key, by role, by the mention at an offset."""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import cached_property

from ..document import first_of
from ..lexicon import fold
from ..model import Actor, Mention
from .. import bodies
from .common import TOPIC_PARAGRAPHS, _Who, WHO_MAX, _WORD


class _Naming:
    """Part of `_Context`: an actor by its key, role or mention, and its name written out."""

    def acts_for(self, actor: Actor, country: str) -> bool:
        """The person acts for the country named `country`: their affiliation is that country or a body
        of it named with it (`Dewan Keamanan X` acts for X)."""
        affiliation = [fold(t) for t in re.split(r"[\s-]+", actor.affiliation or "") if t]
        nation = [fold(t) for t in re.split(r"[\s-]+", country) if t]
        return bool(nation) and affiliation[-len(nation):] == nation

    def kin_subject(self, start: int, end: int, found: _Who) -> _Who | None:
        """A clause opening on a kinship noun before the person `found` (`Adik Name1 menyebut “...”`):
        that relative of Name1 (`relative_named`), not Name1; `found` itself when the noun is a form of
        address (`Ibu Name`) or a word of their name."""
        kin = _WORD.search(self.text, start, end)
        named = self.actors[found.key].mentions if found.key in self.actors else ()
        if (kin is None or fold(kin.group()) in self.words.honorifics
                or any(m.span.start <= kin.start() < m.span.end for m in named)):
            return found
        return self.relative_named(fold(kin.group()), found.key)

    def relative_named(self, kin: str, key: str) -> _Who | None:
        """The person the text names set off by a comma before the kinship noun `kin` whose phrase names
        the person `key` (`Name2, adik perempuan <role> Name1,`), or None."""
        for actor in self.actors.values():
            if actor.kind != "person" or actor.key == key:
                continue
            for mention in actor.mentions:
                if self.text[mention.span.end:mention.span.end + 1] != ",":
                    continue
                lead = _WORD.search(self.text, mention.span.end + 1, mention.span.end + WHO_MAX)
                if lead is None or self.text[mention.span.end + 1:lead.start()].strip() or fold(lead.group()) != kin:
                    continue
                stop = first_of(",.;\n", self.text, lead.end(), lead.end() + WHO_MAX)
                stop = lead.end() + WHO_MAX if stop is None else stop
                if any(m.key == key for m in self.mentions_in(lead.end(), stop)):
                    return self.of_key(actor.key, "kin")
        return None

    def holds_role(self, who: _Who, word: str) -> bool:
        actor = self.actors.get(who.key or "")
        return actor is not None and bool(actor.role) and fold(word) in {fold(t) for t in actor.role.split()}

    def mentioned_before(self, who: _Who, pos: int) -> bool:
        actor = self.actors.get(who.key or "")
        return actor is not None and any(m.span.start < pos for m in actor.mentions)

    def generic_body(self, start: int, end: int, pos: int, *, initial: bool = False) -> _Who | None:
        """`pihak kedutaan`, `kantor kepresidenan`: a lower-case phrase opening with a body's head
        that begins the name of an organisation of the article (the latest one mentioned);
        `initial`: the phrase opens a sentence, so its first word is capitalised."""
        phrase = [fold(m.group()) for m in _WORD.finditer(self.text, start, end)]
        raw = [m.group() for m in _WORD.finditer(self.text, start, end)]
        if not phrase or any(not w[0].islower() for w in raw[1 if initial else 0:]):
            return None
        while phrase and phrase[0] in self.words.generic_lead:
            phrase = phrase[1:]
        pointing = any(w in self.words.anaphora for w in phrase)
        phrase = [w for w in phrase if w not in self.words.anaphora]
        if phrase and " ".join(phrase) in self.words.authorities:
            return self._authority(pos)
        # ("kata perusahaan tersebut" about a body the text named without that head: the body named last)
        kind = pointing and len(phrase) == 1 and phrase[0] in self.words.kind_heads
        if not phrase or phrase[0] not in self.words.body_heads:
            return self._authority(pos, TOPIC_PARAGRAPHS) if kind else None
        best: tuple[int, Actor] | None = None
        for actor in self.actors.values():
            if actor.kind != "organization":
                continue
            entry = self.register.entries.get(actor.register_id) if actor.register_id else None
            # ("NIS ... kata badan tersebut": the register's name of a body the text names by its acronym)
            if not any([fold(t) for t in re.split(r"[\s-]+", name)][:len(phrase)] == phrase
                       for name in (actor.name, entry.name if entry is not None else "")):
                continue
            last = max((m.span.start for m in actor.mentions if m.span.start < pos), default=-1)
            if last >= 0 and (best is None or last > best[0]):
                best = (last, actor)
        if best is None and kind:
            return self._authority(pos, TOPIC_PARAGRAPHS)
        return self.of_key(best[1].key, "generic") if best else None

    def _authority(self, pos: int, back: int = 1) -> _Who | None:
        """`pihak berwenang`: the body (no news agency) named last before `pos`, in this paragraph or the
        `back` before; None when there is none."""
        here = self.paragraph_at(pos)
        floor = self.paragraphs[here - back][1].start if here >= back else 0
        for mention in reversed(self.mentions_in(floor, pos)):
            if mention.kind == "organization":
                who = self.of_key(mention.key, "generic")
                if who is not None and not self.agency(who):
                    return who
        return None

    def latest_outlet(self, pos: int) -> _Who:
        """The news agency or outlet named last before `pos` (`media itu`, `surat kabar tersebut`);
        nameless when none is."""
        named = next((m for m in reversed(self.mentions_in(0, pos))
                      if m.kind == "organization" and fold(self.actors[m.key].name) in self.words.agencies), None)
        if named is None:
            return _Who(None, None, False, "outlet")
        return _Who(self.actors[named.key].name, named.key, False, "outlet")

    def leading_person(self, start: int, end: int) -> _Who | None:
        """The person whose full name opens [start, end) and is set off by a comma after it."""
        opening = _WORD.search(self.text, start, end)
        if opening is None or self.text[start:opening.start()].strip():
            return None
        mention = next(iter(self.mentions_in(opening.start(), opening.start() + 1)), None)
        if (mention is None or mention.kind != "person" or " " not in mention.text.strip()
                or self.text[mention.span.end:mention.span.end + 1] != ","):
            return None
        return self.of_key(mention.key, "leading")

    def apposition(self, start: int, end: int) -> _Who | None:
        """`<role> dari <body>, Name, menilai ...`: the person set off by commas before the first verb."""
        if self.text.find(",", start, end) < 0 or not any(m.kind == "person" for m in self.mentions_in(start + 1, end)):
            return None       # (no comma or no person in the clause: the first verb need not be looked for)
        verb = next((m.start() for m in _WORD.finditer(self.text, start, end) if self._verb_like(m.group())), end)
        for mention in self.mentions_in(start + 1, verb):
            if (mention.kind == "person" and mention.span.end < verb
                    and self.text[max(start, mention.span.start - 3):mention.span.start].rstrip().endswith(",")
                    and self._set_off_before_verb(mention.span.end, verb)):
                return self.of_key(mention.key, "apposition")
        return None

    def _set_off_before_verb(self, name_end: int, verb: int) -> bool:
        """After a name set off by commas, only its comma before the verb, or its comma and to whom it was
        said (`..., Name, kepada kantor berita X mengatakan`: the addressee phrase sits between name and verb)."""
        between = self.text[name_end:verb].strip()
        if between == ",":
            return True
        if not between.startswith(",") or "," in between[1:].rstrip(","):
            return False
        first = _WORD.search(between, 1)
        return first is not None and fold(first.group()) in self.words.addressee

    def by_role(self, start: int, end: int, limit: int) -> _Who | None:
        """A person whose role phrase starts in [start, end) and whose name follows it before `limit`:
        `Duta Besar Rusia untuk PBB Vassily Nebenzia` is Nebenzia, not the country in the role."""
        starts, posts = self._role_starts
        # (the people whose role phrase starts in [start, end), tried in the order of `actors`)
        for _, actor in sorted(posts[bisect_left(starts, start):bisect_left(starts, end)]):
            span = actor.role_span
            if any(span.end <= m.span.start < limit for m in actor.mentions):
                return _Who(actor.name, actor.key, True, "role")
        return None

    @cached_property
    def _role_starts(self) -> tuple[list[int], list[tuple[int, Actor]]]:
        """Where each person's role phrase starts, in order, and (its index among `actors`, the person)."""
        posts = sorted(((actor.role_span.start, index, actor) for index, actor in enumerate(self.actors.values())
                        if actor.kind == "person" and actor.role_span is not None), key=lambda t: t[:2])
        return [start for start, _, _ in posts], [(index, actor) for _, index, actor in posts]

    def best_mention(self, start: int, end: int) -> _Who | None:
        inside = self.mentions_in(start, end)
        if not inside:
            return None
        for kind in ("person", "organization", "country", "place"):
            for mention in inside:
                if mention.kind == kind:
                    return self.of_mention(mention, "mention")
        return None

    def of_mention(self, mention: Mention, how: str) -> _Who | None:
        """The actor a mention speaks for. Whom a bare surname several people share names is the
        actors pass's answer (`salience.about`: the person the passage is about, not a relative named
        in passing); the quote pass does not decide it again."""
        return self.of_key(mention.key, how)

    def of_key(self, key: str, how: str) -> _Who | None:
        actor = self.actors.get(key)
        if actor is None:
            return None
        return _Who(self.name_of(actor), actor.key, actor.kind == "person", how)

    def name_of(self, actor: Actor) -> str:
        """The name a speaker goes by: the body's one name (`bodies.BodyNames.name`, the record's too)."""
        return bodies.name_of(actor, self.lex, self.text)

    def states_written_out(self, name: str) -> str:
        return self.bodies.states_written_out(name)

    def expand(self, name: str) -> str:
        return self.bodies.expand(name)
