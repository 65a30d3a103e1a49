"""`_Trail`, the part of `_Context` that lays the document's salience layer: whom the passage is about
at each sentence (a sentence's entry laid when a look-up first needs it, or every one in order)."""
from __future__ import annotations

from bisect import bisect_left, bisect_right

from ..document import first_of
from ..lexicon import fold
from ..model import Mention, Sentence
from .. import salience
from .common import key_missing, NOBODY, TRAIL_DEPTH, _Who, _WORD
from .marks import MARKS, OPENERS, STRAIGHT
from .passage import _opens_on_a_pronoun


class _Trail:
    """Part of `_Context`: the document's salience layer (whom the passage is about), its entry for
    each sentence laid when first asked.

    A sentence's entry is its person subject (`salience:subject`), else nobody the text names after
    an unnamed subject (`salience:anonymous`), else the last person it names (`salience:named`); it
    depends only on the entries of the sentences before it, never on the speakers noted since, so
    laying it when a question needs it gives what laying every sentence first would. Most articles
    ask whom the passage is about a few times; a question needs only the sentences back to the
    latest entry before it."""

    def latest(self, pos: int) -> tuple[int, str] | None:
        """(position, key) of the latest entry before `pos` (`salience.latest`); while a sentence's
        own entry is worked out, of the entries of the sentences before it alone, as if no speaker
        were noted yet and no later sentence laid."""
        return self.lay_before(pos) if self._laying else salience.latest(self.doc, pos)

    def lay_before(self, pos: int) -> tuple[int, str] | None:
        """Lays the entries of the sentences back from `pos` to the latest one with an entry
        before `pos` (all a look-up at `pos` depends on), and returns that entry."""
        index = bisect_left(self._sentence_starts, pos) - 1
        if self._laying:
            index = min(index, self._laying[-1] - 1)
        found = None
        while index >= 0 and found is None:
            entry = self._sentence_entry(index)
            if entry is not None and entry[0] < pos:
                found = entry
            index -= 1
        return found

    def lay_sentence(self, pos: int) -> None:
        """Lays the entry of the sentence holding `pos` (and those of the sentences before it that
        the entry depends on)."""
        index = bisect_right(self._sentence_starts, pos) - 1
        if index >= 0:
            self._sentence_entry(index)

    def _sentence_entry(self, index: int) -> tuple[int, str] | None:
        if index in self._entries:
            return self._entries[index]
        if len(self._laying) >= TRAIL_DEPTH:
            # A long chain of sentences each asking about the one before: lay the earlier ones in order
            # first, so that each asks only about entries already laid (the recursion stays shallow).
            for earlier in range(index):
                if earlier not in self._entries:
                    self._entries[earlier] = self._lay(earlier)
        entry = self._entries[index] = self._lay(index)
        return entry

    def _subject_opening(self, sentence: Sentence) -> int:
        """Where the sentence's subject begins: past a channel lead, a connective, an opening phrase and
        its comma, and a capitalised coordinator (as `subject` reads them)."""
        _, _, start = self._clause_start(sentence.span.start, sentence.span.end)
        first = _WORD.search(self.text, start, sentence.span.end)
        if first is None:
            return start
        if first.group()[0].isupper() and fold(first.group()) in self.words.coordinators:
            following = _WORD.search(self.text, first.end(), sentence.span.end)
            return following.start() if following is not None else first.start()
        return first.start()

    def in_quote(self, pos: int) -> bool:
        """Whether `pos` lies inside a quoted stretch (the quote pass's pieces)."""
        at = bisect_right(self.quoted_starts, pos) - 1
        return at >= 0 and pos < self.quoted_ends[at]

    def _lay(self, index: int) -> tuple[int, str] | None:
        """The entry of sentence `index`, added to the layer: (position, key), or None."""
        sentence = self.sentences[index]
        # A sentence that opens with a quotation mark has no subject in the quoted words
        # (`“Para pekerja masih ...,” katanya.`): they are the speaker's, not who the passage is about.
        opens_quoted = self.text[sentence.span.start:sentence.span.start + 1] in OPENERS + STRAIGHT
        self._laying.append(index)
        try:
            who = None if opens_quoted else self.subject(sentence.span.start, sentence.span.end)
            # (where its subject opens, read while the sentence is being laid: `_clause_start` may ask
            # for the subject of the clause after a lead, which asks back for the entries before)
            opening = self._subject_opening(sentence) if who is not None and who.how == "topic" else sentence.span.start
        finally:
            self._laying.pop()
        if who is not None and who.person and who.key and who.how != "topic":
            entry, rule = (sentence.span.start, who.key), "salience:subject"
            kept = self._joint_kept(sentence, who.key)
            if kept is not None:
                # "A dan B menghadiri ...": two people as one subject; a following `-nya` cue or
                # pronoun is no more A's than B's, so the passage's person stays when B is it.
                entry, rule = (sentence.span.start, kept), "salience:joint"
        elif who is not None and who.how == "anonymous":
            entry, rule = (sentence.span.start, NOBODY), "salience:anonymous"
        elif who is not None and who.key and who.how == "topic" and _opens_on_a_pronoun(self, opening):
            # "Dia termasuk ... yang diresmikan oleh <role> Name": a pronoun subject goes on about the
            # passage's person, not about a person named later in the sentence; so too after an opening
            # phrase ("Dalam suratnya kepada Name, ia menyebut ...": not the person the phrase names).
            entry, rule = (sentence.span.start, who.key), "salience:pronoun"
        else:
            # "Pernyataan itu disambut <role> Name. Ia mengatakan ...": with no person subject, the
            # last person the sentence names is who a following pronoun points at (not one a
            # quote is spoken to: "“...,” tutur X saat dihubungi Y", nor one named inside quoted words).
            quoting = first_of(MARKS, self.text, sentence.span.start, sentence.span.end) is not None
            fronted = self._fronted_pronoun(sentence)
            if fronted is not None:
                # "Duduk berseberangan dengan X, dia mengatakan ...": a phrase fronted before the pronoun
                # subject names someone else; the pronoun goes on about the passage's person.
                salience.note(self.doc, sentence.span.start, fronted.key, "salience:pronoun")
                return sentence.span.start, fronted.key
            named = [m for m in self.mentions_in(sentence.span.start, sentence.span.end)
                     if m.kind == "person" and m.key not in self.relatives
                     and not (quoting and (self.addressed(m.span.start) or self.in_quote(m.span.start)))]
            if not named:
                return None
            if opens_quoted:
                tail = self._after_opening_quote(sentence, named)
                if tail is not None:
                    named = tail
                    if not named:
                        return None
            entry, rule = (named[-1].span.start, named[-1].key), "salience:named"
            kept = self._joint_kept(sentence, named[-1].key)
            if kept is not None:
                # "Lebih lanjut, A dan B mengecam ...": the pair names no one new to go on about.
                entry, rule = (sentence.span.start, kept), "salience:joint"
        salience.note(self.doc, entry[0], entry[1], rule)
        return entry


    def _after_opening_quote(self, sentence: Sentence, named: list[Mention]) -> list[Mention] | None:
        """`“...,” kata A usai bertemu B.` / `“...,” katanya saat bertemu B.`: a sentence that opens on a
        quote and closes with its cue is about the quote's speaker, not about a person the cue's tail
        names; so the person named right after the cue word (A) counts, and after a suffixed cue nobody
        it names does (the quote pass notes the speaker). None: no cue right after the closing mark."""
        at = bisect_right(self.quoted_starts, sentence.span.start + 2) - 1
        if at < 0 or self.quoted_ends[at] >= sentence.span.end or self.quoted_starts[at] < sentence.span.start:
            return None
        close = self.quoted_ends[at]
        cue = _WORD.search(self.text, close, sentence.span.end)
        if cue is None or self.text[close:cue.start()].strip(" ,\"'”’»") != "":
            return None
        word = fold(cue.group())
        if word in self.words.suffixed:
            return []
        if word not in self.words.cues_after:
            return None
        first = [m for m in named if m.span.start > cue.end()][:1]
        if not first or self.text[cue.end():first[0].span.start].count(",") or \
                any(c in ".!?" for c in self.text[cue.end():first[0].span.start]):
            return None
        return first

    def _joint_kept(self, sentence: Sentence, key: str) -> str | None:
        """The passage's person when the sentence's subject `key` is joined to that person
        (`key dan <person>` or `<person> dan key`, only a joiner and forms of address between), else None."""
        people = [m for m in self.mentions_in(sentence.span.start, sentence.span.end) if m.kind == "person"]
        first = next((i for i, m in enumerate(people) if m.key == key), None)
        if first is None:
            return None

        def joined(a: int, b: int) -> bool:
            if a < 0 or b >= len(people) or people[a].key == people[b].key:
                return False
            between = self.text[people[a].span.end:people[b].span.start].strip().split()
            # ("A dan Menteri Luar Negeri X B": a post written in capitals before the second name)
            return bool(between) and fold(between[0]) in self.words.joiners and all(
                fold(w) in self.words.honorifics or w[:1].isupper() and w[-1:].isalpha() for w in between[1:])
        partners = [people[j].key for a, b, j in ((first, first + 1, first + 1), (first - 1, first, first - 1))
                    if joined(a, b)]
        if not partners:
            return None
        # (the latest entry, a speaker noted by the quote pass included)
        before = salience.latest(self.doc, sentence.span.start)
        return before[1] if before is not None and before[1] in partners else None

    def _fronted_pronoun(self, sentence: Sentence) -> _Who | None:
        """The passage's person, when the sentence opens on a phrase set off by a comma (no mark before
        it) and a pronoun subject with an active verb stands right after that comma; else None."""
        text = self.text
        limit = first_of(MARKS, text, sentence.span.start, sentence.span.end)
        comma = text.find(",", sentence.span.start, sentence.span.end if limit is None else limit)
        if comma < 0:
            return None
        head = _WORD.search(text, comma, sentence.span.end)
        if head is None or text[comma + 1:head.start()].strip() or not _opens_on_a_pronoun(self, head.start()):
            return None
        topic = self.lay_before(sentence.span.start)
        if topic is None or key_missing(self.actors, topic[1]):
            return None
        actor = self.actors[topic[1]]
        return _Who(actor.name, actor.key, True, "topic")
