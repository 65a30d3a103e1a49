"""`_Speakers`, the part of `_Context` that reads whom the words after a cue name (a person, a body
by its name, head or abbreviation, a role, an outlet, an unnamed speaker, a relative named in passing),
with the readers it uses, and the latest voice of a passage (`_last_voice`, `_speaking_before`)."""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import cached_property
from typing import TYPE_CHECKING

from ..document import tokens
from ..lexicon import fold
from ..model import Actor, Mention, Sentence
from .. import bodies
from .common import (_APPOSITION_PAST_BRACKET, _CAPITALISED_RUN, _kind_of, _runs, TOPIC_PARAGRAPHS, _Who,
                     WHO_MAX, _WORD)
from .cue_shapes import _lost_cue

if TYPE_CHECKING:
    from .context import _Context


def _outlet_phrase(ctx: _Context, start: int, end: int, pos: int) -> _Who | None:
    """`media itu`, `kantor berita pemerintah X`: an outlet by its kind, the latest news agency or
    outlet named before `pos` (nameless when none is)."""
    lead = _WORD.match(ctx.text, start, end)
    while lead is not None and fold(lead.group()) in ctx.words.generic_lead:
        lead = _WORD.match(ctx.text, lead.end() + 1, end)
    if lead is None or not lead.group()[0].islower() or not ctx.words.media_lead.match(ctx.text, lead.start(), end):
        return None
    return ctx.latest_outlet(pos)


def _issuing_body(ctx: _Context, found: _Who | None) -> bool:
    """`mengutip pernyataan seorang diplomat Kedutaan Besar X`: the body named in a statement of an unnamed
    official issued it (not an agency, which hears words; `ujar seorang juru bicara X`, with no
    statement, is an unnamed person's words)."""
    return found is not None and ctx.actors[found.key].kind == "organization" and not ctx.agency(found)


def _authority_of(ctx: _Context, state: Actor, pos: int) -> _Who | None:
    """`tambah otoritas Rusia`: the authorities of a state are its body named last before `pos` (no news
    agency; its name holds the state's: `Kedutaan Besar Rusia`); None when there is none (the phrase names
    no body of its own)."""
    words = f" {' '.join(map(fold, state.name.split()))} "
    for mention in reversed(ctx.mentions_in(0, pos)):
        actor = ctx.actors.get(mention.key)
        if actor is not None and actor.kind == "organization" and words in f" {' '.join(map(fold, actor.name.split()))} ":
            who = ctx.of_key(actor.key, "generic")
            if who is not None and not ctx.agency(who):
                return who
    return None


def _person_of_body(ctx: _Context, words: list[re.Match], found: _Who | None, start: int, zone_end: int,
                    pos: int) -> _Who | None:
    """`kata perwakilan Partai X tersebut` (the phrase points back): a person of that body, the description
    before the body's name, as for a country's official (`described`); None when it is no such phrase or
    fits no one (the body speaks)."""
    if (found is None or found.person or _kind_of(ctx, found) != "organization" or ctx.agency(found)
            or not words[0].group()[0].islower() or fold(words[0].group()) not in ctx.words.person_nouns
            or fold(words[0].group()) in ctx.words.kinship):
        return None
    body = next((m for m in ctx.mentions_in(start, zone_end) if m.key == found.key), None)
    return ctx.described([m for m in words if m.end() <= body.span.start], pos) if body is not None else None


def _cue_closing_before(ctx: _Context, pos: int) -> _Who | None:
    """`X mengecam ..., kata Departemen Y.` then `“...,” kata pernyataan itu` with no statement named: who the
    latest sentence closing on a cue (`..., kata X.`, this paragraph or the TOPIC_PARAGRAPHS before) names,
    or who is the subject of its speech verb (`Dewan itu juga mengatakan, ...`: the one who spoke last)."""
    floor = ctx.paragraphs[max(ctx.paragraph_at(pos) - TOPIC_PARAGRAPHS, 0)][1].start
    for sentence in reversed(ctx.sentences[:bisect_right(ctx._sentence_starts, pos)]):
        if sentence.span.end <= floor:
            break
        if sentence.span.end > pos:
            continue
        cue = _lost_cue(ctx, sentence.span.start, sentence.span.end)
        who = ctx.who(cue.start("who"), cue.end("who"), sentence.span.start) if cue is not None and cue.named else None
        if who is None and cue is None:
            who = _subject_of_speech(ctx, sentence)
        if who is not None and who.key and _kind_of(ctx, who) in ("person", "organization") and not ctx.agency(who):
            return who
    return None


def _subject_of_speech(ctx: _Context, sentence: Sentence) -> _Who | None:
    """The subject of the first speech verb of `sentence` (`Dewan tersebut juga mengatakan, ...`), if any."""
    verb = next((m for m in _WORD.finditer(ctx.text, sentence.span.start, sentence.span.end)
                 if m.group()[0].islower() and fold(m.group()) in ctx.words.speech_verbs), None)
    return ctx.subject(sentence.span.start, verb.start()) if verb is not None else None


def _body_by_head(ctx: _Context, head: list[re.Match], country: Actor) -> Actor | None:
    """The article's body opening with the lower-case head named before (`generic_body`), unless its name
    names a country other than `country`."""
    generic = ctx.generic_body(head[0].start(), head[-1].end(), head[0].start())
    if generic is None or generic.key is None:
        return None
    body = ctx.actors[generic.key]
    named = " " + " ".join(fold(w) for w in body.name.split()) + " "
    states = [a for a in ctx.actors.values() if a.kind == "country" and a.key != country.key]
    others = {m.text for a in states for m in a.mentions} | {a.name for a in states}
    return None if any(" " + " ".join(fold(w) for w in other.split()) + " " in named for other in others) else body


def _described_from_place(ctx: _Context, words: list[re.Match], found: _Who, start: int, zone_end: int,
                          pos: int) -> _Who | None:
    """`kata diplomat top Moskow itu`: a description pointing back, the capital saying where the person is
    from; the person the words before the capital fit, not the place."""
    mention = next((m for m in ctx.actors[found.key].mentions if start <= m.span.start < zone_end), None)
    phrase = [m for m in words if mention is not None and m.end() <= mention.span.start]
    return ctx.described(phrase, pos) if phrase else None


def _body_of_unnamed(ctx: _Context, words: list[re.Match], rest: re.Match | None, zone_end: int,
                     pos: int) -> _Who | None:
    """The body an unnamed official after a cue speaks for: `kata pejabat kementerian` (`rest`, the first word
    past the unnamed head, opens a body's generic head), `kata pejabat di Kementerian X` (an official's head,
    then a link word at `zone_end` and the body's name right after it; no news agency). None otherwise."""
    if rest is not None and rest.start() < zone_end:
        return ctx.generic_body(rest.start(), zone_end, pos)
    if not any(fold(m.group()) in ctx.words.official_heads for m in words if m.start() < zone_end):
        return None
    link = next((m for m in words if m.start() >= zone_end), None)
    if link is None or fold(link.group()) not in ctx.words.body_links:
        return None
    after = next(iter(ctx.mentions_in(link.end(), link.end() + 2)), None)
    if after is None or after.kind != "organization":
        return None
    who = ctx.of_key(after.key, "statement")
    return None if who is None or ctx.agency(who) else who


def _official_of_named_body(ctx: _Context, start: int, found: _Who | None, zone_end: int) -> _Who | None:
    """`seorang pejabat Kementerian X mengatakan`: an unnamed official's head (after `seorang` at most), the
    body's name right after it: the official speaks for that body (no news agency, which only hears words).
    A word between them (`pejabat senior Kementerian X yang enggan disebut namanya`) leaves a person."""
    if found is None or found.key not in ctx.actors or ctx.actors[found.key].kind != "organization" \
            or ctx.agency(found):
        return None
    words = list(_WORD.finditer(ctx.text, start, zone_end))
    heads = [m for m in words if m.start() < zone_end and fold(m.group()) in ctx.words.official_heads]
    if len(heads) != 1 or any(fold(m.group()) not in ctx.words.anonymous for m in words if m.end() <= heads[0].start()):
        return None
    after = next(iter(ctx.mentions_in(heads[0].end(), heads[0].end() + 2)), None)
    if after is None or after.key != found.key:
        return None
    return _Who(found.name, found.key, False, "statement")


def _role_phrase(ctx: _Context, words: list[re.Match], zone_end: int) -> list[str]:
    """The words of a role phrase before `zone_end`; the first lower-cased when it opens the sentence, where
    its capital says nothing (`Menteri luar negeri Rusia ... mendesak`)."""
    phrase = [m.group() for m in words if m.start() < zone_end]
    sentence = ctx.sentence_at(words[0].start()) if phrase else None
    if sentence is not None and not ctx.text[sentence.span.start:words[0].start()].strip():
        phrase[0] = phrase[0].lower()
    return phrase


def _country_words(state: Actor) -> set[str]:
    """The folded words of a country's name and of the forms the text writes it in (`presiden AS` of the
    actor `Amerika Serikat`)."""
    return {fold(t) for form in {state.name, *(m.text for m in state.mentions)} for t in re.split(r"[\s-]+", form)}


def _body_named(actors, name: str) -> Actor | None:
    """The article's body by `name`, or the one body named so before a linked lower-case tail
    (`kedubes Rusia`: `Kedutaan Besar Rusia untuk X`, an embassy by its host)."""
    known = next((a for a in actors if a.kind == "organization" and fold(a.name) == fold(name)), None)
    if known is None:
        linked = [a for a in actors if a.kind == "organization"
                  and a.name.lower().startswith(name.lower() + " ") and a.name[len(name) + 1:][:1].islower()]
        known = linked[0] if len(linked) == 1 else None
    return known


class _Speakers:
    """Part of `_Context`: whom the words after a speech cue name (a mention, a role, a
    description, a body, an outlet)."""

    def who(self, start: int, end: int, pos: int) -> _Who | None:
        """Resolve the words after a cue (`Pak`, `sang menteri`, `pernyataan kementerian`)."""
        noun = self.words.statement_noun.match(self.text, start, end)
        if noun:
            start = noun.end()
            reader = self.reader(start, end, pos, bodies=True)
            if reader is not None:
                return reader
        words = list(_WORD.finditer(self.text, start, end))
        if not words:
            # "“...,” bunyi pernyataan.": a statement whose issuer goes unnamed is that of who spoke
            # last before the quote (`Kementerian X menyatakan, ...`), in its paragraph or the one before.
            return _last_voice(self, pos) if noun else None
        if self.words.pronoun(words[0].group()) or self.words.interlocutor.match(self.text, start, end):
            return self.topic(pos)      # ("tambah lawan bicara <media>": the person the passage is about)
        if len(words) == 1 and fold(words[0].group()) in self.words.plural_pronouns:
            return _body_voice(self, pos)   # ("jelas mereka": the body that spoke last)
        zone_end = end
        for m in words[1:]:
            if m.group()[0].islower() and (fold(m.group()) in self.words.who_breakers or self._is_breaker(m.group())):
                zone_end = m.start()
                break
        found = self.by_role(start, zone_end, end) or self.best_mention(start, zone_end)
        if found is None or (not found.person and self.actors[found.key].kind != "organization"):
            outlet = _outlet_phrase(self, start, zone_end, pos)
            if outlet is not None:
                return outlet
        if found is not None and not found.person:
            # "demikian pernyataan Kemlu yang dibacakan juru bicara X": the spokesperson spoke.
            reader = self.reader(zone_end, end, pos)
            if reader is not None:
                return reader
        # "kata pejabat militer X itu": a description pointing back (not "seorang pejabat ... itu").
        pointing_back = any(fold(m.group()) in self.words.anaphora for m in words if m.start() < zone_end)
        if not pointing_back and zone_end < end:
            late = self.late_description(words, start, zone_end, end, pos, found)
            if late is not None:
                return late or None
        if (fold(words[0].group()) in self.words.anonymous and not (found is not None and found.person)
                and not (pointing_back and fold(words[0].group()) in self.words.generic_people)):
            # "kata pejabat kementerian": an unnamed official of a body the article named before
            # speaks for that body.
            rest = next((m for m in words if fold(m.group()) not in self.words.anonymous), None)
            body = (_body_of_unnamed(self, words, rest, zone_end, pos) if found is None
                    else _official_of_named_body(self, start, found, zone_end))
            if body is not None:
                return body
            if noun and not pointing_back and _issuing_body(self, found):
                return _Who(found.name, found.key, False, "statement")
            # "kata seorang diplomat Asia": an unnamed person, not the region or country named after.
            return _Who(None, None, False, "anonymous")
        if found is not None and not found.person and self.actors[found.key].kind == "country":
            # "kata kementerian luar negeri Ukraina": the body of that country, written out.
            country = found
            found = self.body_of(words, zone_end, found) or self.titled_body(start, zone_end, found) or found
            if found is country:
                # "kata presiden Rusia tersebut": the person named before who holds that role for that country;
                # "kata pejabat militer Rusia itu": the passage's person, when that description fits them.
                found = self.role_of_country(words, zone_end, country, pos) or found
                if found is country and pointing_back:
                    return self.described([m for m in words if m.start() < zone_end], pos, country)
        if pointing_back and found is not None and found.key in self.actors and self.actors[found.key].kind == "place" \
                and (described := _described_from_place(self, words, found, start, zone_end, pos)) is not None:
            return described
        if pointing_back and (described := _person_of_body(self, words, found, start, zone_end, pos)) is not None:
            return described
        if words[0].group()[0].islower() and fold(words[0].group()) in self.words.kinship:
            # "tegas adik Kim Jong Un itu": a relative of the person named, not that person.
            named = found if found is not None and found.person else None
            if any(fold(m.group()) in self.words.anaphora for m in words if m.start() < zone_end):
                topic = self.topic(pos)
                return topic if topic is not None and (named is None or topic.key != named.key) else None
            return None if named is not None else found
        if found is not None:
            # "demikian pernyataan KCNA": the body issued the statement; it does not relay it.
            return _Who(found.name, found.key, found.person, "statement") if noun else found
        return self._unnamed(words, start, zone_end, end, pos, noun)

    def _unnamed(self, words: list[re.Match], start: int, zone_end: int, end: int, pos: int,
                 noun: re.Match | None) -> _Who | None:
        """The words after a cue name no actor: a body by its generic head, an anaphor (`pejabat
        itu`), a capitalised role or name the text writes, else a role by its words."""
        phrase = [m.group() for m in words if m.start() < zone_end]
        # ("kata Kedutaan tersebut": a capitalised head pointing back is the body named before, no name)
        generic = self.generic_body(start, zone_end, pos, initial=any(fold(w) in self.words.anaphora for w in phrase[1:]))
        if generic is not None:
            return _Who(generic.name, generic.key, False, "statement") if noun else generic
        if any(fold(w) in self.words.anaphora for w in phrase):
            phrase = [w for w in phrase if fold(w) not in self.words.anaphora]
            if noun and not phrase:
                # "bunyi pernyataan tersebut": the statement named before, if the text says whose;
                # "bunyi pernyataan bersama itu" with no issuer named is nobody's.
                joint = any(fold(m.group()) in self.words.joint for m in _WORD.finditer(self.text, noun.start(), end))
                issuer = None if joint else (self.issuer_before(noun.start()) or _cue_closing_before(self, noun.start()))
                return _Who(issuer.name, issuer.key, issuer.person, "statement") if issuer else None
            return self.described([m for m in words if m.start() < zone_end and fold(m.group()) not in self.words.anaphora],
                                  pos)
        if phrase[0][0].isupper():
            named = self.by_words([w for w in phrase if w[0].isupper()], pos, roles=False)
            if named:
                return named
            run = _CAPITALISED_RUN.match(self.text, words[0].start(), zone_end)
            surface = run.group().rstrip(".") if run else phrase[0]
            # "pungkas Wakil Menteri Luar Negeri": a role with no name is the person holding it.
            holder = self.by_words(surface.split(), pos, roles=True) if " " in surface else None
            if holder is not None and holder.person and self.holds_role(holder, surface.split()[-1]):
                return holder
            if " " not in surface:
                surface = self.fuller(surface, pos) or surface
            if len(surface) < 2:
                return None       # ("..., kata J" cut by the end of the text: no name)
            return _Who(self.expand(surface), None, False, "text")
        by_role = self.by_words(phrase[:3], pos, roles=True)
        if by_role:
            return by_role
        fuller = self.fuller(phrase[0].capitalize(), pos, leading=True)
        return _Who(fuller, None, False, "text") if fuller else None

    def body_of(self, words: list[re.Match], end: int, country: _Who) -> _Who | None:
        """`kementerian luar negeri Ukraina`: a lower-case phrase opening with a body's head and
        closing on a country is that country's body, by its written-out name (an organisation
        of the article by that name when there is one)."""
        phrase = [m for m in words if m.end() <= end]
        while phrase and fold(phrase[0].group()) in self.words.generic_lead:
            phrase = phrase[1:]
        actor = self.actors[country.key]
        mention = next((m for m in actor.mentions if words[0].start() <= m.span.start < end), None)
        head = [m for m in phrase if mention is None or m.end() <= mention.span.start]
        if (not head or mention is None or fold(head[0].group()) not in self.words.body_heads
                or any(not m.group()[0].islower() for m in head)
                or self.text[head[-1].end():mention.span.start].strip()):
            return None
        if " ".join(fold(m.group()) for m in head) in self.words.authorities:
            return _authority_of(self, actor, head[0].start())     # "otoritas Rusia": no body of that name
        name = " ".join(m.group() if fold(m.group()) in self.words.fillers else m.group()[0].upper() + m.group()[1:]
                        for m in head) + " " + actor.name
        name = self.expand(name)      # ("kedubes Rusia": the written-out name, the article's body by it)
        # ("kata kementerian Korea Selatan" after "Kementerian Kelautan dan Perikanan": no body of that name)
        known = _body_named(self.actors.values(), name) or _body_by_head(self, head, actor)
        return self.of_key(known.key, "body") if known is not None else _Who(name, None, False, "body")

    def titled_body(self, start: int, end: int, country: _Who) -> _Who | None:
        """`Kepala Staf Gabungan Korea Selatan`: capitalised words right before a country, naming no
        person, are a body or office of that country (the person holding it, if the article names one)."""
        mention = next((m for m in self.mentions_in(start, end) if m.key == country.key), None)
        if mention is None or not self.text[max(start, mention.span.start - 2):mention.span.start].strip(" ").isalpha():
            return None       # nothing written right before the country
        words = list(_WORD.finditer(self.text, max(start, mention.span.start - WHO_MAX), mention.span.start))
        run: list[re.Match] = []
        for m in reversed(words):
            if not m.group()[0].isupper() or self.text[m.end():(run[0].start() if run else mention.span.start)].strip():
                break
            run.insert(0, m)
        if not run or fold(run[0].group()) in self.words.state_heads or any(
                fold(m.group()) in self.words.anaphora for m in run):
            return None
        holder = self.by_words([m.group() for m in run], mention.span.start, roles=True)
        if holder is not None and holder.person and (not self.actors[holder.key].affiliation or self.acts_for(
                self.actors[holder.key], self.actors[country.key].name)):
            # (a holder of that post for another country is not the one: "Presiden X" is not the
            # president of Y named before)
            return holder
        if len(run) < 2:
            return None
        return _Who(self.text[run[0].start():mention.span.end], None, False, "body")

    def reader(self, start: int, end: int, pos: int, *, bodies: bool = False) -> _Who | None:
        """Who read a statement out (`yang dibacakan X`); with `bodies`, a body that issued it too (`yang dirilis X`)."""
        found = self.words.read_by.match(self.text, start, end)
        who = self.who(found.end(), end, pos) if found else None
        if who is None or not (who.person or bodies and _kind_of(self, who) == "organization"):
            return None
        return _Who(who.name, who.key, who.person, "reader" if who.person else "statement")

    def apposed_after(self, end: int, limit: int, *, bodies: bool = False) -> _Who | None:
        """`kata juru bicara kementerian, Name`: the person set off by a comma after a role phrase;
        with `bodies`, also an organisation after a description (`kantor berita resmi X, KCNA`)."""
        comma = _APPOSITION_PAST_BRACKET.match(self.text, end, limit)
        if not comma:
            return None
        at = _past_titles(self, comma.end(), limit)
        inside = self.mentions_in(at, at + 1)
        kinds = ("person", "organization") if bodies else ("person",)
        person = next((m for m in inside if m.kind in kinds), None)
        return self.of_key(person.key, "apposition") if person else None

    def role_of_country(self, words: list, zone_end: int, country: _Who, pos: int) -> _Who | None:
        """ "presiden Rusia tersebut", "menteri Jepang itu": a lower-case role, the country, then a word
        pointing back; the latest person named before `pos` with that role acting for that country."""
        phrase = _role_phrase(self, words, zone_end)
        if not phrase or not phrase[0][0].islower():
            return None
        pointing = any(fold(w) in self.words.anaphora for w in phrase)
        country_words = _country_words(self.actors[country.key])
        role = [fold(w) for w in phrase if w[0].islower() and fold(w) not in self.words.anaphora]
        if not role or any(fold(w) not in country_words and not w[0].islower() for w in phrase):
            return None
        holders = [a for a in self.actors.values() if a.kind == "person" and a.role and a.affiliation
                   and fold(a.affiliation) == fold(self.actors[country.key].name)
                   and all(w in {fold(t) for t in a.role.split()} for w in role)]
        if not pointing:
            # "‘...,’ kata presiden Rusia" in a deck above the story: the one person of the article holding
            # that post for that country, named before or after (none when several hold it).
            one = len(holders) == 1 and fold(role[0]) in self.words.person_nouns
            return _Who(self.name_of(holders[0]), holders[0].key, True, "role") if one else None
        named = [(max(m.span.start for m in a.mentions if m.span.start < pos), a) for a in holders
                 if any(m.span.start < pos for m in a.mentions)]
        if not named:
            return None
        best = max(named, key=lambda pair: pair[0])
        return _Who(self.name_of(best[1]), best[1].key, True, "role")

    def by_words(self, words: list[str], pos: int, *, roles: bool, before: bool = False) -> _Who | None:
        """The most recently mentioned actor whose name (or role) holds these words (`before`: only one
        mentioned before `pos`)."""
        wanted = [fold(w) for w in words if fold(w)]
        if roles:
            # "tegas Jubir Presiden X itu": a press abbreviation of a post is that post's words written
            # out, as the person's role holds them (titles.yaml expansions).
            wanted = [fold(part) for w in wanted for part in self.words.title_expansions.get(w, w).split()]
        if not wanted:
            return None
        best: tuple[int, Actor] | None = None
        for actor in self._holding(wanted[0], roles):
            name_words, role_words = self.actor_words(actor)
            if not all(w in name_words or (roles and w in role_words) for w in wanted):
                continue
            last = max((m.span.start for m in actor.mentions if m.span.start < pos), default=-1)
            if (best is None or last > best[0]) and (last >= 0 or not before):
                best = (last, actor)
        if best is None:
            return None
        return _Who(self.name_of(best[1]), best[1].key, best[1].kind == "person", "role" if roles else "name")

    def _holding(self, word: str, roles: bool) -> list[Actor]:
        """The actors whose name words (with `roles`, or role words) hold `word`, in the order of
        `actors` (what `by_words` tries: an actor without its first word cannot hold them all)."""
        names, role_index, actors = self._word_index
        found = names.get(word, [])
        if roles and word in role_index:
            found = sorted(set(found) | set(role_index[word]))
        return [actors[index] for index in found]

    @cached_property
    def _word_index(self) -> tuple[dict[str, list[int]], dict[str, list[int]], list[Actor]]:
        """Folded name word -> the indexes of the actors holding it, the same for role words, and the actors."""
        names: dict[str, list[int]] = {}
        roles: dict[str, list[int]] = {}
        actors = list(self.actors.values())
        for index, actor in enumerate(actors):
            name_words, role_words = self.actor_words(actor)
            for word in name_words:
                names.setdefault(word, []).append(index)
            for word in role_words:
                roles.setdefault(word, []).append(index)
        return names, roles, actors

    def actor_words(self, actor: Actor) -> tuple[frozenset[str], frozenset[str]]:
        """An actor's folded name words (and its whole name folded), and its folded role words."""
        found = self._actor_words.get(actor.key)
        if found is None:
            names = frozenset({fold(t) for t in re.split(r"[\s-]+", actor.name)} | {fold(actor.name)})
            found = self._actor_words[actor.key] = (names, frozenset(fold(t) for t in (actor.role or "").split()))
        return found

    def fuller(self, word: str, pos: int, *, leading: bool = False) -> str | None:
        """The latest capitalised run of two or more words before `pos` holding `word`."""
        found = None
        for index, sentence in enumerate(self.sentences):
            if sentence.span.start >= pos:
                break
            # (a sentence wholly before `pos`: its runs read once an article)
            runs = self._runs_of(index) if sentence.span.end <= pos else _runs(self.text, sentence.span.start, pos)
            for parts in runs:
                if (parts[0] == word) if leading else (word in parts):
                    found = " ".join(parts)
        return found

    def _runs_of(self, index: int) -> list[list[str]]:
        """The capitalised runs of two or more words of sentence `index`, each as its words."""
        found = self._sentence_runs.get(index)
        if found is None:
            sentence = self.sentences[index]
            found = self._sentence_runs[index] = _runs(self.text, sentence.span.start, sentence.span.end)
        return found

    def _called_outlet(self, mention: Mention) -> bool:
        """A media noun shortly before the mention, no quoting word between ("kantor berita X", not
        "kantor berita X mengutip pernyataan <body>")."""
        found = self.words.media_before.search(self.text, max(0, mention.span.start - 60), mention.span.start)
        return found is not None and not self.words.quoting_word.search(self.text, found.start(), mention.span.start)

    def agency(self, who: _Who | None) -> bool:
        return who is not None and (who.how == "outlet" or fold(who.name or "") in self.words.agencies
                                    or (who.key is not None and who.key in self.described_agencies))


def _past_titles(ctx: _Context, at: int, limit: int) -> int:
    """Where a person's name starts after an apposition's comma: past a rank, a title or a form of address
    ("kata juru bicara kementerian itu, Kolonel Name"), and the body or place a title names ("..., Ketua
    DPR Name"), up to five words."""
    titled = False
    for _ in range(5):
        word = _WORD.match(ctx.text, at, limit)
        if word is None or not word.group()[0].isupper():
            break
        if fold(word.group()) in ctx.words.title_words or fold(word.group()) in ctx.words.honorifics:
            at, titled = word.end() + (ctx.text[word.end():word.end() + 1] == "."), True
        else:
            body = next((m for m in ctx.mentions_in(at, at + 1) if m.span.start == at
                         and m.kind in ("organization", "country", "place")), None) if titled else None
            if body is None:
                break
            at = body.span.end
        while at < limit and ctx.text[at] == " ":
            at += 1
    return at


def _placed(ctx: _Context, start: int, place: Mention) -> Mention:
    """The person or body named right before `di <place>` (`CSIS di Washington`), else the place."""
    lead = None
    for lead in _WORD.finditer(ctx.text, max(start, place.span.start - 12), place.span.start):
        pass
    if lead is None or ctx.text[lead.end():place.span.start].strip() or fold(lead.group()) not in ctx.words.place_leads:
        return place
    owner = next((m for m in reversed(ctx.mentions_in(start, lead.start())) if m.span.end <= lead.start()), None)
    if owner is None or owner.kind not in ("person", "organization") or ctx.text[owner.span.end:lead.start()].strip():
        return place
    return owner


def _last_voice(ctx: _Context, pos: int) -> _Who | None:
    """The person or body before the last speech verb ahead of `pos`, in its paragraph or the one before."""
    here = ctx.paragraph_at(pos)
    if here < 0:
        return None
    who = _speaking_before(ctx, ctx.paragraphs[max(0, here - 1)][1].start, pos)
    return _Who(who.name, who.key, who.person, "statement-issuer") if who is not None and who.key else None


def _body_voice(ctx: _Context, pos: int) -> _Who | None:
    """`“...,” jelas mereka.`: the third person plural after a cue is the body that spoke last before the
    quote (`Kedutaan X mengatakan ...`), in its paragraph or the one before; a person or no one: nobody
    (a plural is no one person)."""
    who = _last_voice(ctx, pos)
    return who if who is not None and _kind_of(ctx, who) == "organization" else None


def _speaking_before(ctx: _Context, start: int, end: int) -> _Who | None:
    """The person or body standing right before the last speech verb in [start, end), with only
    adverbs between (`Name juga menyatakan bahwa`); None when that verb has no such subject."""
    text = ctx.text
    tokens = list(_WORD.finditer(text, start, end))
    index = next((i for i in range(len(tokens) - 1, -1, -1)
                  if tokens[i].group()[0].islower() and fold(tokens[i].group()) in ctx.words.speech_verbs), None)
    if index is None:
        return None
    at = index - 1
    while at >= 0 and tokens[at].group()[0].islower() and fold(tokens[at].group()) in ctx.words.verb_adverbs:
        at -= 1
    if at < 0:
        return None
    edge = tokens[at].end()
    gap = text[edge:tokens[at + 1].start()].strip()
    if gap == ")":
        # "Badan X (BX) menyebut": the name before its short form in brackets is the subject
        opener = text.rfind("(", start, tokens[at].start())
        if opener > start and not text[opener + 1:tokens[at].start()].strip():
            edge, gap = len(text[:opener].rstrip()), ""
    if gap:
        return None           # a comma or a mark between: an apposition or a clause, not the subject
    if fold(tokens[at].group()) in ctx.words.coordinators and at > 0 and not text[tokens[at - 1].end():tokens[at].start()].strip():
        # "..., X memuji ... dan menyatakan “...”": a speech verb joined to the clause before it shares
        # that clause's subject (the clause after the sentence's last comma before the joining word).
        comma = text.rfind(",", start, tokens[at].start())
        who = ctx.subject(comma + 1 if comma >= 0 else start, tokens[at].start())
        if who is None or not who.key or who.key not in ctx.actors \
                or ctx.actors[who.key].kind not in ("person", "organization") or ctx.agency(who):
            return None
        return ctx.of_key(who.key, "clause")
    if fold(tokens[at].group()) in ctx.words.coordinators and at > 0 \
            and text[tokens[at - 1].end():tokens[at].start()].strip() == "," \
            and (sentence := ctx.sentence_at(tokens[at].start())) is not None:
        # "X mengatakan bahwa ..., dan menekankan ...": a speech verb joined after a comma has no subject
        # of its own; it shares the subject of the sentence's speech verb before it
        return _speaking_before(ctx, max(start, sentence.span.start), tokens[at - 1].end())
    mention = next((m for m in reversed(ctx.mentions_in(start, edge)) if m.span.end == edge), None)
    if mention is not None and mention.kind == "place":
        mention = _placed(ctx, start, mention)   # ("X di Seoul mengatakan": X)
    if mention is None or mention.kind not in ("person", "organization"):
        return None
    who = ctx.of_mention(mention, "clause")
    return None if who is None or ctx.agency(who) else who
