"""`_Passage`, the first part of `_Context`: positions (the sentence and paragraph of an offset),
mentions, whom the passage is about and a clause's subject, with the readers of a subject it uses (an
issuer named in a cue, a post of a state or country, a participial lead, a name apposed before the verb,
an opening set off by commas)."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

from ..document import first_of, tokens
from ..lexicon import fold
from ..model import Actor, Mention, Sentence, Span
from ..patterns import units_of
from .. import document, salience
from .common import key_missing, _kind_of, NOBODY, TOPIC_PARAGRAPHS, _Who, WHO_MAX, _WORD
from .marks import MARKS
from .speakers import _official_of_named_body

if TYPE_CHECKING:
    from .context import _Context
    from .words import _Words


class _Passage:
    """Part of `_Context`: positions of sentences, paragraphs and mentions, whom the passage is about
    (the document's salience layer), and whom a clause's subject names (the state is `_Context`'s)."""

    def _named_as_relative(self, actor: Actor) -> bool:
        """`ayah Kim, Kim Jong Il`: the person is named after a kinship noun and a surname of theirs
        (the `speech_relatives` shapes, right before a full name)."""
        tokens = {fold(t) for t in re.split(r"[\s-]+", actor.name)}
        relatives = self.words.shapes["speech_relatives"]
        ends = tuple(relatives.ends_with) if relatives.ends_with is not None else None
        for mention in actor.mentions:
            if " " in mention.text.strip() and (
                    ends is None or self.text[max(0, mention.span.start - 40):mention.span.start].rstrip().endswith(ends)):
                units = units_of(document.tokens(self.text, max(0, mention.span.start - 40), mention.span.start))
                found = relatives.match_ending(units)
                if found and fold(units[found.at("name")].text) in tokens:
                    return True
        return False

    # -- positions ------------------------------------------------------------------------------

    def sentence_index(self, pos: int) -> int | None:
        """Index in `sentences` of the sentence holding `pos`, or None (found by bisection)."""
        index = bisect_right(self._sentence_starts, pos) - 1
        if index >= 0 and pos < self.sentences[index].span.end:
            return index
        return None

    def sentence_at(self, pos: int) -> Sentence | None:
        index = self.sentence_index(pos)
        return None if index is None else self.sentences[index]

    def sentences_overlapping(self, span: Span) -> range:
        """Indexes of the sentences that overlap `span` (sentences do not overlap each other)."""
        first = max(bisect_right(self._sentence_starts, span.start) - 1, 0)
        last = bisect_left(self._sentence_starts, span.end)
        return range(first, last)

    def mentions_in(self, start: int, end: int) -> tuple[Mention, ...]:
        """Mentions that start in [start, end), in text order."""
        return self.mentions[bisect_left(self._mention_starts, start):bisect_left(self._mention_starts, end)]

    def paragraph_at(self, pos: int) -> int:
        order = bisect_right(self._paragraph_starts, pos) - 1
        return order if order >= 0 and pos <= self.paragraphs[order][1].end else -1

    # -- the person the passage is about ------------------------------------------------------

    def topic(self, pos: int) -> _Who | None:
        """The latest person subject or person speaker before `pos`, within TOPIC_PARAGRAPHS."""
        here = self.paragraph_at(pos)
        best = self.latest(pos)
        if best is None or key_missing(self.actors, best[1]):
            return None
        if here >= 0 and here - self.paragraph_at(best[0]) > TOPIC_PARAGRAPHS:
            return None
        actor = self.actors[best[1]]
        return _Who(actor.name, actor.key, True, "topic")

    def remember(self, pos: int, who: _Who | None, rule: str = salience.SPEAKER) -> None:
        """The passage is about the speaker just attributed (the document's salience layer; `rule`:
        of a quote, or salience.REPORTED of indirect speech)."""
        if who is not None and who.person and who.key:
            salience.note(self.doc, pos, who.key, rule)
        elif who is not None and who.how == "anonymous":
            salience.note(self.doc, pos, NOBODY, rule)

    def addressed(self, pos: int) -> bool:
        """Whether the words just before `pos` make who stands there the one spoken to."""
        before = list(_WORD.finditer(self.text, max(0, pos - 40), pos))
        return bool(before) and before[-1].end() >= pos - 2 and fold(before[-1].group()) in self.words.addressee

    # -- subjects -----------------------------------------------------------------------------

    def _is_breaker(self, word: str) -> bool:
        if not word[0].islower():
            return False
        found = self._breakers.get(word)
        if found is None:
            found = self._breakers[word] = self._breaks(word)
        return found

    def _verb_like(self, word: str) -> bool:
        """A lower-case word of five letters or more with a verb's prefix (not a listed non-verb)."""
        if not word[0].islower():
            return False
        found = self._verbs.get(word)
        if found is None:
            folded = fold(word)
            found = self._verbs[word] = (len(word) >= 5 and folded not in self.words.not_verbs
                                         and folded not in self.words.anaphora
                                         and folded.startswith(self.words.verb_prefixes))
        return found

    def _breaks(self, word: str) -> bool:
        folded = fold(word)
        if folded in self.words.through or folded in self.words.anaphora or folded in self.words.age_words:
            # "A, melalui <role> X, meminta": X is still in the subject; "<Role> tersebut,
            # X, <verb>": a demonstrative is no verb, whatever its prefix; "Pria berusia 40 tahun
            # itu": an age describes the subject.
            return False
        if folded in self.words.breakers or folded in self.words.cue_words:
            return True
        return (len(word) >= 5 and folded not in self.words.not_verbs
                and folded.startswith(self.words.verb_prefixes))

    def subject(self, start: int, end: int) -> _Who | None:
        """Who a clause is about: the person (else organisation, country) before its first verb."""
        done, who, start = self._clause_start(start, end)
        if done:
            return who
        issuer = self.statement_anaphor(start, end)
        if issuer is not None:
            return issuer if issuer.name else None
        zone_end = end
        first = True
        anaphoric = anonymous = kin_lead = False
        words = self.words
        for m in _WORD.finditer(self.text, start, end):
            word = m.group()
            folded = fold(word)
            if first:
                if folded in words.coordinators and word[0].isupper():
                    continue      # "Namun ia mengingatkan": the coordinator stands before the subject
                if words.pronoun(word):
                    return self.topic(start)
                if words.documents_lead.match(self.text, m.start(), end):
                    return _Who(None, None, False, "document")    # "Dokumen itu menegaskan “...”": a text's words
                if folded in words.anonymous:
                    anonymous = True
                if folded in words.kinship:
                    kin_lead = True
                first = False
            if folded in words.anaphora:
                anaphoric = True
            if self._is_breaker(word):
                zone_end = m.start()
                break
        mark = first_of(MARKS, self.text, start, zone_end)
        if mark is not None:
            zone_end = mark
        leading = self.leading_person(start, zone_end)
        if leading is not None:
            # "Name1, <kin or role> ... Name2, pada <day> mengecam ...": the name opening the
            # clause, set off by a comma, is the subject; the phrase after it only describes them.
            return leading
        found = self.by_role(start, zone_end, mark if mark is not None else end) or self.best_mention(start, zone_end)
        if found is not None and not found.person and self.actors[found.key].kind == "country":
            # "Kepala Staf Gabungan Korea Selatan": its body or office; "pemimpin Korea Utara": that post's one holder.
            found = self.titled_body(start, zone_end, found) or _post_of_country(self, start, zone_end, found) or found
        if found is None and not anonymous:
            # "Dalam pernyataannya, kantor kepresidenan menyebut ...": the clause before the verb.
            comma = self.text.rfind(",", start, zone_end)
            found = self.generic_body(comma + 1 if comma >= 0 else start, zone_end, start, initial=comma < 0)
        apposed = self.apposition(start, mark if mark is not None else end)
        if apposed is not None and apposed.person:
            # "<relation> <role> Name1, Name2, <verb>": the name set off before the verb is the subject,
            # not the person named inside the role phrase.
            return apposed
        if kin_lead and anaphoric and found is not None and found.person:
            # "Adik <role> Name, itu ...": that relative of Name (the person the
            # passage is about), not Name.
            topic = self.topic(start)
            if topic is None or topic.key == found.key:
                return None
            return _Who(topic.name, topic.key, True, "kin")
        if found is not None and found.person:
            return self.kin_subject(start, zone_end, found) if kin_lead else found
        if apposed is not None:
            return apposed
        if anaphoric:
            return self._anaphoric_subject(start, zone_end, found)
        if anonymous:
            # "Para pejabat Korea Selatan": unnamed people, not the country; "Seorang pejabat Kementerian X": X.
            return _official_of_named_body(self, start, found, zone_end) or _Who(None, None, False, "anonymous")
        return found

    def _clause_start(self, start: int, end: int) -> tuple[bool, _Who | None, int]:
        """Where a clause's subject may start, past a channel lead (`Menurut X,`), a connective and an
        opening phrase: (False, None, start); (True, who, start) when the lead itself says who it is."""
        lead = self.words.channel_start.match(self.text, start, end)
        if lead:
            according = self.words.according_lead.match(self.text, lead.start(), lead.end())
            if according:
                # "Menurut dia, ... “...”": the sentence is that person's words, not the subject's.
                if self.words.pronoun(according.group("who")):
                    return True, self.topic(start), start
                if self.words.documents_lead.match(self.text, according.start("who"), according.end("who")):
                    return True, _Who(None, None, False, "document"), start   # "Menurut perjanjian itu, ..."
                named = self.best_mention(according.start("who"), according.end("who"))
                if named is not None and named.person:
                    return True, named, start
                if _kind_of(self, named) == "organization":
                    # "Menurut <agency>, pertemuan itu berlangsung dalam “...”": the body's account,
                    # unless the clause names the person who spoke ("Menurut X, Lavrov menyebut “...”").
                    rest = self.subject(lead.end(), end)
                    if rest is None or not rest.person or (rest.how in ("topic", "kin")
                                                           and not _opens_on_a_person(self, lead.end(), end)):
                        return True, named, start
            start = lead.end()
        connective = self.words.connective_start.match(self.text, start, end)
        if connective:
            start = connective.end()      # "Sementara itu, ...": a connective, not an anaphoric subject
        start = _past_set_off_opening(self.words, self.text, start, end)
        opening = _WORD.search(self.text, start, end)
        if opening is not None and not self.text[start:opening.start()].strip():
            folded = fold(opening.group())
            after = self.text[opening.end():opening.end() + 2].lstrip()
            if folded in self.words.suffixed and after.startswith(","):
                return True, self.topic(start), start      # "Menurutnya, ...": the passage's person
            if folded in self.words.adverbial_lead or _participial_lead(self, opening):
                # "Di tengah rapat, seorang pejabat ...", "Bertemu dengan X, Y ...": the subject stands after it.
                limit = first_of(MARKS, self.text, start, end)
                limit = end if limit is None else limit
                comma = self.text.find(",", opening.end(), limit)
                if comma >= 0 and _WORD.search(self.text, comma, limit):
                    # The phrase may run over commas ("Dalam pernyataan ..., kantor berita X, pada
                    # Senin, X menyebut"): the subject is the last comma clause with words before the verb.
                    verb = next((m.start() for m in _WORD.finditer(self.text, comma, limit)
                                 if self._is_breaker(m.group()) and fold(m.group()) not in self.words.breakers),
                                limit)
                    last = self.text.rfind(",", comma, verb)
                    while last > comma and not _WORD.search(self.text, last, verb):
                        last = self.text.rfind(",", comma, last)
                    start = max(comma, last) + 1
                    start = _apposed_name_before(self, start)
        return False, None, start

    def _anaphoric_subject(self, start: int, zone_end: int, found: _Who | None) -> _Who | None:
        """`Diplomat AS tersebut`: the person the passage is about, not the country named in the role;
        `<Role> itu` when the passage was about someone else: the person of that role."""
        topic = self.topic(start)
        head: list[str] = []
        opening = None
        for m in _WORD.finditer(self.text, start, zone_end):
            if fold(m.group()) in self.words.anaphora:
                break
            head.append(m.group())
            opening = m.start() if opening is None else opening
        if opening is not None and self.words.media_lead.match(self.text, opening, zone_end):
            # "Surat kabar tersebut mengatakan": the outlet named before, not the passage's person.
            # (it speaks itself, as a statement's issuer does: the passage's person is not whom it relays)
            outlet = self.latest_outlet(start)
            if outlet.key is not None:
                return _Who(outlet.name, outlet.key, False, "statement")
        if head and fold(head[0]) in self.words.body_heads:
            # "Kementerian itu mengatakan": the body of that head named before, not a person.
            body = self.generic_body(start, zone_end, start, initial=True)
            if body is not None:
                return body
        if head and head[0][0].isupper() and (topic is None or not self.holds_role(topic, head[0])):
            by_role = self.by_words(head, start, roles=True) or self.by_words(head[:1], start, roles=True)
            return _post_of_state(self, start, zone_end, by_role) or topic or found
        return topic or found

    def statement_anaphor(self, start: int, end: int) -> _Who | None:
        """`Pernyataan itu menyebut ...`: a statement named before speaks for who issued it.

        None when the clause does not open so; a _Who without a name when the earlier statement
        has no issuer the text names."""
        noun = self.words.statement_noun.match(self.text, start, end)
        if not noun or not noun.group().strip():
            return None
        following = _WORD.match(self.text, noun.end(), end)
        if following is None or fold(following.group()) not in self.words.anaphora:
            return None
        if any(fold(m.group()) in self.words.joint for m in _WORD.finditer(self.text, noun.start(), noun.end())):
            return _Who(None, None, False, "statement")
        return self.issuer_before(noun.start()) or _Who(None, None, False, "statement")

    def issuer_before(self, pos: int) -> _Who | None:
        """Who issued the latest statement named before `pos` (this paragraph or the one before):
        `pernyataan Kementerian X`, `Kementerian X dalam pernyataan ...`."""
        here = self.paragraph_at(pos)
        floor = self.paragraphs[here - 1][1].start if here > 0 else 0
        before = self.sentences[:bisect_right(self._sentence_starts, pos)]
        for sentence in reversed(before):
            if sentence.span.end <= floor:
                break
            stop = min(sentence.span.end, pos)
            found = None
            for m in self.words.statement_noun.finditer(self.text, sentence.span.start, stop):
                at = m.start() + len(m.group()) - len(m.group().lstrip())
                if m.group().strip() and (at == 0 or not self.text[at - 1].isalnum()):
                    found = m
            if found is None:
                continue
            tail = _WORD.match(self.text, found.end() + 1 if self.text[found.end():found.end() + 1].isspace()
                               else found.end(), stop)
            if tail is not None and fold(tail.group()) in self.words.joint or any(
                    fold(m.group()) in self.words.joint for m in _WORD.finditer(self.text, found.start(), found.end())):
                return None      # "pernyataan trilateral": several parties, no one speaker
            # The issuer right after the noun ("pernyataan Kementerian X"), else right before it.
            after = self.mentions_in(found.end(), found.end() + 2)
            actor_after = next((m for m in after if m.kind in ("person", "organization")), None)
            if actor_after is not None:
                return self.of_key(actor_after.key, "statement")
            before = [m for m in self.mentions_in(sentence.span.start, found.start())
                      if m.kind in ("person", "organization") and not self.text[m.span.end:found.start()].strip(" ,")]
            if before or (reporter := _reporter_of(self, sentence.span.start, found.start())) is not None:
                return self.of_key(before[-1].key, "statement") if before else reporter
            return _issuer_in_cue(self, sentence, found) or _issuer_of_clause(self, sentence, found)
        return _speaker_before(self, before, floor, pos)


def _issuer_in_cue(ctx: _Passage, sentence: Sentence, noun: re.Match) -> _Who | None:
    """`“...,” kata X dalam sebuah pernyataan`: a statement noun in the cue clause after a closing mark
    was issued by the one person or body that clause names (the quoted words' names are not issuers)."""
    close = max(ctx.text.rfind(mark, sentence.span.start, noun.start()) for mark in MARKS)
    if close < 0:
        return None
    named = {m.key for m in ctx.mentions_in(close + 1, noun.start()) if m.kind in ("person", "organization")}
    return ctx.of_key(named.pop(), "statement") if len(named) == 1 else None


def _issuer_of_clause(ctx: _Passage, sentence: Sentence, noun: re.Match) -> _Who | None:
    """Who issued the statement `noun` names in `sentence`, no issuer named right before or after it: the
    subject after a phrase it opens (`_issuer_after_opening`), else the subject before it, one alone."""
    opening = _issuer_after_opening(ctx, sentence, noun)
    if opening is not None:
        return opening
    actors = {m.key for m in ctx.mentions_in(sentence.span.start, noun.start())
              if m.kind in ("person", "organization", "country")}
    if len(actors) > 1:
        return None      # "A, B dan C merilis pernyataan": a joint statement
    who = ctx.subject(sentence.span.start, noun.start())
    return who if who is not None and who.name else None


def _issuer_after_opening(ctx: _Passage, sentence: Sentence, noun: re.Match) -> _Who | None:
    """`Dalam sebuah pernyataan, X menekankan ...`: a statement noun in a phrase opening the sentence,
    no one named before it or between it and its comma, was issued by the subject of the clause after
    that comma (a person or a body); None otherwise."""
    comma = ctx.text.find(",", noun.end(), sentence.span.end)
    if (comma < 0 or comma - noun.end() > WHO_MAX // 2
            or ctx.mentions_in(sentence.span.start, comma + 1)
            or first_of(MARKS, ctx.text, sentence.span.start, comma) is not None):
        return None
    who = ctx.subject(comma + 1, sentence.span.end)
    if who is None or not who.name or who.key is None or key_missing(ctx.actors, who.key):
        return None
    if not (who.person or ctx.actors[who.key].kind == "organization"):
        return None
    return _Who(who.name, who.key, who.person, "statement")


def _post_of_state(ctx: _Context, start: int, zone_end: int, by_role: _Who | None) -> _Who | None:
    """`<Post> itu` opening [start, zone_end): the holder of that post named before, unless the phrase
    names a country they do not act for (`Pemimpin Rusia tersebut` is not Korea's Pemimpin): then the
    person the description fits."""
    state = next((m for m in ctx.mentions_in(start, zone_end) if m.kind == "country"), None)
    if by_role is not None and by_role.person and ctx.mentioned_before(by_role, start) and (
            state is None or ctx.acts_for(ctx.actors[by_role.key], ctx.actors[state.key].name)):
        return by_role
    if state is None:
        return None
    return ctx.described(list(_WORD.finditer(ctx.text, start, zone_end)), start, ctx.of_key(state.key, "state"))


def _participial_lead(ctx: _Passage, opening: re.Match) -> bool:
    """A capitalised verb opening the sentence (`Bertemu dengan X, Y mengatakan`, `Berbicara kepada
    wartawan, Y menyebut`): a phrase with no subject of its own, set off by its comma; not a name
    that happens to open on a verb's prefix (a mention starts there)."""
    word = opening.group()
    return (word[:1].isupper() and ctx._verb_like(word.lower())
            and not ctx.mentions_in(opening.start(), opening.start() + 1))


def _post_of_country(ctx: _Context, start: int, zone_end: int, country: _Who) -> _Who | None:
    """`pemimpin Korea Utara` as a subject: `role_of_country` over the words before the verb."""
    return ctx.role_of_country(list(_WORD.finditer(ctx.text, start, zone_end)), zone_end, country, start)


def _reporter_of(ctx: _Passage, start: int, end: int) -> _Who | None:
    """`KCNA melaporkan bahwa X mengirim pesan ...`: a statement named in the clause a verb of speech or
    reporting gives (after its `bahwa`) is that verb's report; who stands before the verb (a person or a
    body) issued it. None when no such verb opens [start, end)."""
    words = ctx.words
    tokens = list(_WORD.finditer(ctx.text, start, end))
    for index, m in enumerate(tokens[1:], 1):
        folded = fold(m.group())
        if folded in words.complementisers:
            verb = tokens[index - 1]
            if not (fold(verb.group()) in words.speech_verbs or fold(verb.group()) in words.report_verbs):
                return None
            who = ctx.subject(start, verb.start())
            return who if _kind_of(ctx, who) in ("person", "organization") else None
    return None


def _opens_on_a_person(ctx: _Passage, start: int, end: int) -> bool:
    """The clause opens on a pronoun or a noun for a person or a post (`diplomat senior itu`), not on a
    thing (`pertemuan itu`)."""
    head = _WORD.search(ctx.text, start, end)
    folded = fold(head.group()) if head else ""
    return folded in ctx.words.pronouns or folded in ctx.words.generic_people or folded in ctx.words.title_words


def _thing_subject(ctx: _Passage, start: int, end: int) -> bool:
    """Whether the clause's subject is a thing or place named before by a word pointing back
    (`Kota tersebut menjadi ...`, `Pembicaraan itu berlangsung ...`): a noun no person is described
    by (speech.yaml, titles.yaml), then the anaphor, before the first verb."""
    _, _, start = ctx._clause_start(start, end)
    head: list[str] = []
    for m in _WORD.finditer(ctx.text, start, end):
        folded = fold(m.group())
        if folded in ctx.words.anaphora:
            return (bool(head) and head[0] not in ctx.words.person_nouns
                    and head[0] not in ctx.words.coordinators
                    and not any(n.kind == "person" for n in ctx.mentions_in(start, m.start())))
        if ctx._is_breaker(m.group()) or len(head) > 3:
            return False
        head.append(folded)
    return False


def _apposed_name_before(ctx: _Passage, start: int) -> int:
    """`..., tetapi Name, seorang turis X, memiliki ...`: a clause opening on an unnamed description
    right after a person's name and its comma describes that person: the subject starts at the name."""
    opening = _WORD.search(ctx.text, start)
    if opening is None:
        return start
    before = ctx.mentions_in(max(0, start - WHO_MAX), start - 1)
    if not before or before[-1].kind != "person" or ctx.text[before[-1].span.end:start - 1].strip():
        return start
    if fold(opening.group()) in ctx.words.anonymous:
        return before[-1].span.start
    # `Pada hari Rabu, Name, juru bicara <Body>, mengatakan ...`: the name set off by commas on both
    # sides, then a description in lower case: the description is the name's apposition, the name
    # the subject (not `Setelah bertemu Name, juru bicara ...`: there the name ends the opening phrase).
    if opening.group()[:1].islower() and ctx.text[max(0, before[-1].span.start - 8):before[-1].span.start].rstrip().endswith(","):
        return before[-1].span.start
    return start


def _opens_on_a_pronoun(ctx: _Passage, pos: int) -> bool:
    """The sentence at `pos` opens on a pronoun before an active verb (`Dia termasuk`, not `Ia disambut X`:
    after a passive the agent named is who the passage goes on about)."""
    head = _WORD.match(ctx.text, pos)
    if head is None or not ctx.words.pronoun(head.group()):
        return False
    verb = _WORD.search(ctx.text, head.end(), head.end() + 40)
    return verb is None or not (len(verb.group()) >= 5 and fold(verb.group()).startswith(ctx.words.passive_prefixes))


def _speaker_before(ctx: _Passage, sentences: list[Sentence], floor: int, pos: int) -> _Who | None:
    """`X mengatakan bahwa ... . Laporan tersebut ...`: with no statement named before, the report
    is what the latest subject of a speech verb (this paragraph or the one before) said."""
    for sentence in reversed(sentences):
        if sentence.span.end <= floor:
            break
        if sentence.span.end > pos:
            continue      # the statement's own sentence
        verb = next((m for m in _WORD.finditer(ctx.text, sentence.span.start, sentence.span.end)
                     if m.group()[0].islower() and fold(m.group()) in ctx.words.subject_verbs), None)
        if verb is None:
            continue
        if ctx.words.statement_noun.match(ctx.text, sentence.span.start, verb.start()) is not None:
            return None   # "Laporan itu menyebut ... . Laporan tersebut": no issuer named
        who = ctx.subject(sentence.span.start, verb.start())
        if who is None or not who.name or who.key is None:
            return None
        return _Who(who.name, who.key, who.person, "statement")
    return None


def _past_set_off_opening(words: _Words, text: str, start: int, end: int) -> int:
    """Where a clause goes on past an opening word set off by its comma: a coordinator (`Namun, pada saat
    itu, ia ...`: like a connective; an opening phrase or the subject follows) and a relative with one
    word (`Yang menarik, X berbicara ...`, `Yang kedua,`: a phrase; the subject stands after it)."""
    opening = _WORD.search(text, start, end)
    if opening is None or text[start:opening.start()].strip() or not opening.group()[0].isupper():
        return start
    folded = fold(opening.group())
    if folded in words.coordinators and text.startswith(",", opening.end()):
        return opening.end() + 1
    if folded in words.relative:
        head = _WORD.search(text, opening.end(), end)
        if head is not None and text.startswith(",", head.end()) and not text[opening.end():head.start()].strip():
            return head.end() + 1
    return start
