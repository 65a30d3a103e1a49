"""Quotations with their speakers, and indirect speech as an actor's statements.

Direct quotes are found from the quotation marks of each body paragraph (curly, straight,
guillemets), joined when a quote runs on into the next paragraph or is split by its cue, and
from direct speech that lost its marks but closes with a cue. The speaker comes from the cue
around the quote (`speech.yaml`), resolved against the actors of the article; a pronoun or a
suffixed cue points at the person the passage is about (the latest person subject or speaker).
A news agency after a passage about a person only relays: it becomes the `channel`.
A lower-case reference (`pihak kedutaan`) speaks for the body it names; an abbreviated head is
written out (`speech.yaml` body_expansions); an unnamed speaker (`seorang diplomat`) is nobody, and
pronouns after it point at nobody; who a quote is spoken to (`saat dihubungi X`) never speaks; a quote
without a cue takes its speaker from a recap sentence after it (`Hal itu disampaikan X`), or from the
paragraph before when that paragraph closes on what a person said. A sentence's subject stands after an
opening adverbial phrase and its commas (`Dalam pernyataan itu, X menulis:`), after a coordinator
(`Namun ia`), and is the name apposed before the verb rather than a person inside the role phrase; an
anaphoric statement (`Pernyataan itu`, `bunyi pernyataan tersebut`) speaks for who issued the statement
named before (nobody for a joint one); an agency as the subject speaks itself unless it reports a person.

Real news (issue 16) adds: single marks quote a phrase ('...', ‘...’), apostrophes do not; a quote
is cut at QUOTE_MAX and markup (tags, attribute values) is never one; a quoted phrase belongs to the
person right before the last speech verb of its sentence, and one in a subordinate clause of a
sentence that speaks not to that clause's subject (nobody when unnamed or a place); an agency or a
media phrase quoting someone (`mengutip X`) gives X's words, and an agency's words naming the
passage's person in the third person are its own; a capital gives way to a person or body the
sentence names; a relative named in passing (`ayah Kim, Kim Jong Il`) takes no bare surname.
Unseen real pages add: a report named by anaphor with no statement before it (`Laporan tersebut`) is
what the latest subject of a speech verb said; `pihak berwenang` is the body named last; a suffixed
cue after a body's quote is the body's; `“...,” tulis <agency>` closing a sentence about no person is
the agency's own words; a name in marks after a noun of the same head (`jembatan “Jembatan X”`) is no
quote; a country subject in a passage about its own official gives the official's words; an unmarked
third-person `..., kata X` paraphrases X when X is quoted with marks elsewhere.
Blind set 5 adds: a description pointing back after a cue (`kata manajer berusia 33 tahun itu`, `kata
pejabat militer X itu`, `ujar pria yang ... tersebut`) names the person it fits (the passage's person or one
acting for the country it names; the posts it states must be theirs) and gives them the role the text gave
none; a person named right after the closing mark speaks (`“...,” Name, <apposition>, mengatakan`, `“...,”
Name <word>`, `“...,” demikian Name`), as does an agency reporting there (`“...,” Yonhap melaporkan`) and a
passive cue before the mark (`Seperti dikatakan X, “`); the same voice goes on in a quote right after a
quote, and a quote (closed or cut by the end of the text) after a sentence saying what a person said is
theirs; a state or a capital as the subject of a quoted phrase with no cue speaks no words.

Read sets 1-20 add: two single marks typed for one double mark (‘‘...’’, “...’’) quote as one; a curly closing mark after the words' punctuation with no quote open closes words
whose opening mark was lost (from the paragraph's start, or from the end of the quote before it in the
paragraph), and goes on a quote the paragraph before left unclosed.
Read set 28 adds: a cue before a two-character opening mark (`kata X, ``...''`) is read up to the mark;
a coordinator set off by its comma (`Namun, pada saat itu, ia ...`) and a one-word relative opening (`Yang
menarik, X ...`) open a clause as a connective does: the subject stands after them; a paragraph that is
only a quote after a paragraph whose last sentence's subject spoke earlier in it (`Menurut X, ... . X juga
<verb> ... .`) and names no one else is X's; a name in marks taking a possessive suffix (`‘X’-nya`) is a noun.

Every Quote and Statement carries `rule` = "<form>/<attribution>", naming what fired.
No Indonesian word lives here: cue words, pronouns and channels come from `speech.yaml`.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from functools import cached_property
from itertools import islice

from .document import (APOSTROPHE, CAPITALISED_RUN, MARKUP, DOUBLE_CLOSERS, DOUBLE_OPENERS, PAIRED_CLOSER, PAIRED_OPENER,
                       QUOTE_MARKS, SINGLE_CLOSER, SINGLE_OPENER, STRAIGHT_QUOTE, WORD, first_of, first_word, last_of,
                       tokens, word_at)
from .lexicon import Lexicon, alternation, fold, slugify, word_alternation
from .model import IN_BODY_RULE, Actor, Article, Mention, Quote, Sentence, Span, Statement, quick_init
from .patterns import Unit, compile_group, units_of
from . import document, salience
from . import bodies
from .bodies import body_names
from .document import Document

OPENERS = DOUBLE_OPENERS
CLOSERS = DOUBLE_CLOSERS
STRAIGHT = STRAIGHT_QUOTE
MARKS = QUOTE_MARKS
# Single marks quote a phrase ('Kebijakan Timur Baru'); between two letters they are apostrophes
# (Jum'at, Korea's), so they count only where one side is free and the other holds a word.
SINGLE_OPEN = APOSTROPHE + SINGLE_OPENER
SINGLE_CLOSE = APOSTROPHE + SINGLE_CLOSER
SINGLES = APOSTROPHE + SINGLE_OPENER + SINGLE_CLOSER
# A quote never runs longer than this: the longest quote of every annotated set is under 400
# characters, a long speech paragraph under 1,500. A longer stretch means a stray or unpaired mark
# (an unclosed “ in a page without paragraph breaks quoted 15,000 characters): it is cut at the
# last sentence end within the limit.
QUOTE_MAX = 1500
# Markup pasted with an article: a tag or an attribute value is never a quote (`alt="..."`).
_MARKUP = MARKUP
# Characters after which an opening mark may stand (besides whitespace).
OPEN_AFTER = "([{—–-/:" + OPENERS
# Two single marks typed for one double mark (‘‘...’’, “...'' ): the opening pair, the closing pairs.
DOUBLED_SINGLE_OPENER = SINGLE_OPENER * 2
DOUBLED_SINGLE_CLOSERS = (SINGLE_CLOSER * 2, APOSTROPHE * 2)
# A closing mark right after one of these, with no quote open, closes words whose opening mark was lost.
LOST_OPENER_BEFORE = ",.!?…"
# Where a sentence ends inside a paragraph (the stop and the space after it).
SENTENCE_STOPS = (". ", "! ", "? ")
# Characters that may follow a closing mark (besides whitespace).
CLOSE_BEFORE = ",.;:!?)]}…—–-" + CLOSERS
# A speaker phrase after a cue is at most this long: a name with its title and organisation.
WHO_MAX = 120
# Marks that end a speaker phrase after a cue (so does a line break), and a subject before its verb
# (the full stop too).
WHO_STOPS = ',;:!?“”"«»()'
SUBJECT_STOPS = WHO_STOPS + "."
# The groups of shapes.yaml the quote pass reads: they match over the document's tokens.
SPEECH_SHAPES = ("speech_cues_after", "speech_subjects_after", "speech_relays_after", "speech_reports_after",
                 "speech_suffixed_after", "speech_cues_before", "speech_passives_before", "speech_verbs_before",
                 "speech_lost_cues", "speech_relays", "speech_relatives")
# A quote's subject is looked for in at most this many of its first words.
WHO_WORDS = 8
# A cue after a closing mark is looked for in at most this many tokens (commas, a lead, the cue, the
# speaker's first word).
CUE_UNITS = 6
# A passage is "about" a person whose subject or quote lies at most this many paragraphs back.
TOPIC_PARAGRAPHS = 2
REPEAT_WORDS = 6         # a quote this long said again word for word is a repeated paragraph
CARRY_PARAGRAPHS = 3     # how far back a suffixed cue with no one in the passage finds the last voice
# Sentences whose salience entries are laid by asking back one from another before the earlier ones
# are laid in order instead (`_Trail`: keeps the recursion shallow on a long chain of pronouns).
TRAIL_DEPTH = 20
# The salience layer's key for an unnamed speaker ("Seorang diplomat ... mengatakan"): a pronoun or
# a suffixed cue after it points at nobody the text names, not at the person before.
NOBODY = salience.NOBODY
# Words come from the one tokeniser, name shapes from the one place (document.py).
_WORD = WORD
_CAPITALISED_RUN = CAPITALISED_RUN
_APPOSITION = re.compile(r"\s*,\s*")
# The comma of an apposition, past a body's abbreviation in brackets ("juru bicara Badan X (BX), Name").
_APPOSITION_PAST_BRACKET = re.compile(r"\s*(?:\([^()\n]{1,30}\)\s*)?,\s*")
# Every quotation mark, double or single: the marks scan visits only these characters.
_ANY_MARK = re.compile("[" + re.escape(QUOTE_MARKS + APOSTROPHE + SINGLE_OPENER + SINGLE_CLOSER) + "]")


@quick_init
@dataclass(frozen=True, slots=True)
class _Piece:
    """One stretch between marks: the inner span(s), the marks, the paragraph it ends in."""

    parts: tuple[Span, ...]
    open_at: int
    close_at: int | None          # None: unclosed at the end of its paragraph
    paragraph: int
    family: str                   # "curly" | "straight" | "guillemets"
    form: str                     # rule prefix: marks, paragraphs, split, unclosed


def _mark_start(text: str, piece: _Piece) -> int:
    """Where the piece's opening mark begins: open_at, or the first character of a two-character
    opener (``...'' and ‘‘...’’: open_at is its inner character)."""
    start = piece.open_at - len(PAIRED_OPENER) + 1
    if start >= 0 and (text.startswith(PAIRED_OPENER, start) or text.startswith(DOUBLED_SINGLE_OPENER, start)):
        return start
    return piece.open_at


@quick_init
@dataclass(frozen=True, slots=True)
class _Who:
    name: str | None
    key: str | None
    person: bool
    how: str                      # which resolution found it: mention, name, role, text, topic


def _kind_of(ctx: _Context, who: _Who | None) -> str | None:
    """The kind of the article's actor `who` names (person, organization, country, place), or None
    (nobody, or a name the article's actors do not hold)."""
    actor = None if who is None else ctx.actors.get(who.key)
    return None if actor is None else actor.kind


class _Words:
    """The regexes of speech.yaml, compiled once per lexicon."""

    def __init__(self, lex: Lexicon):
        self._word_sets(lex)
        self._attribution_words(lex)
        self._person_nouns(lex)
        self._state_forms(lex)
        self._cue_patterns(lex)
        self._source_patterns(lex)
        self.shapes = {name: compile_group("shapes", name, lex.group("shapes", name) or [], self.vocabulary())
                       for name in SPEECH_SHAPES}

    def vocabulary(self) -> dict[str, frozenset]:
        """The word sets by name (what a speech shape may name with `in:`), `who_stops` and `subject_stops`."""
        found = {name: value for name, value in vars(self).items() if isinstance(value, frozenset)}
        found["who_stops"] = frozenset(WHO_STOPS)
        found["subject_stops"] = frozenset(SUBJECT_STOPS)
        return found

    def pronoun(self, word: str) -> bool:
        """`dia`, `Ia`: a pronoun pointing back; not an initialism in capitals that folds alike (`DIA`,
        a defence intelligence agency: `kata DIA`)."""
        return fold(word) in self.pronouns and not (len(word) > 1 and word.isupper())

    @staticmethod
    def _lists(lex: Lexicon):
        """`alt(name)`: an alternation of a speech.yaml list; `words(name)`: its words, folded (group=True:
        a list of the file's `groups`)."""
        def alt(name: str, group: bool = False) -> str:
            words = lex.group("speech", "groups", {}).get(name, []) if group else lex.words("speech", name)
            return alternation(list(words)) or r"(?!x)x"

        def words(name: str, group: bool = False) -> frozenset[str]:
            found = lex.group("speech", "groups", {}).get(name, []) if group else lex.words("speech", name)
            return frozenset(fold(w) for w in found)
        return alt, words

    @staticmethod
    def _shapes(alt) -> tuple:
        """The pieces the patterns share: flags, word bounds, the `according` alternation."""
        flags = re.IGNORECASE
        b, e = r"(?<![\w-])", r"(?![\w-])"
        return flags, b, e, alt("according", True)

    def _attribution_words(self, lex: Lexicon) -> None:
        """The words of attribution rules read once a cue is found: an adverb's lead before a cue word, an
        outlet's citing lead, the digraphs of romanised names."""
        _, words = self._lists(lex)
        self.manner_leads = words("manner_leads", True)
        self.citing_leads = words("citing_leads", True)
        self.name_digraphs = {fold(str(k)): str(v) for k, v in
                              (lex.group("speech", "groups", {}).get("name_digraphs") or {}).items()}

    def _word_sets(self, lex: Lexicon) -> None:
        """The word lists: pronouns, breakers, cue words, bodies and outlets."""
        alt, words = self._lists(lex)
        self.pronouns = words("pronouns")
        # Month and weekday names: a date after a channel word ("dikutip Selasa") names no source.
        self.calendar_words = frozenset(fold(w) for w in (*lex.months, *lex.weekdays))
        self.capitals = {fold(k): v for k, v in lex.capitals().items()}     # `klaim Seoul`: that state's body
        self.plural_pronouns = words("plural_pronouns", True)
        self.anaphora = words("anaphora", True)
        self.breakers = words("subject_breakers", True)
        self.who_breakers = self.breakers | words("who_breakers", True)
        # Words that leave a clause without a subject of its own ("..., dan menambahkan bahwa").
        self.fillers = self.breakers | words("coordinators", True) | words("verb_adverbs", True)
        self.verb_prefixes = tuple(lex.group("speech", "groups", {}).get("verb_prefixes", ()))
        self.complementisers = words("complementisers", True)
        self.thing_names = words("thing_names", True)
        self.work_nouns = words("work_nouns", True)
        self.name_inner_words = words("name_inner_words", True)
        self.written = words("written", True)
        self.passive_prefixes = tuple(lex.group("speech", "groups", {}).get("passive_prefixes", ()))
        self.agent_suffixes = tuple((lex.group("function_words", "groups") or {}).get("possessive_suffixes", ()))
        self.not_verbs = words("not_verbs", True)
        self.cues_after = words("cues_after")
        self.cues_before = words("cues_before")
        self.according = words("according", True)
        self.after_lead = words("after_lead", True)
        self.cue_words = words("cues_before") | words("indirect") | words("cues_after") | words("suffixed")
        self.anonymous = words("anonymous", True)
        # "manajer berusia 33 tahun itu": an age inside a description; "pejabat": a person of any post.
        self.age_words = words("age_words", True)
        self.generic_people = words("generic_people", True)
        self.official_heads, self.body_links = words("official_heads", True), words("body_links", True)
        self.former = words("former", True)
        self.title_expansions = {fold(str(k)): str(v) for k, v in (lex.group("titles", "expansions") or {}).items()}
        # The words of posts (heads and portfolios: "menteri", "pertahanan"), folded.
        self.title_words = frozenset(fold(w) for phrase in [*lex.words("titles", "heads"), *lex.words("titles", "role_objects")]
                                     for w in str(phrase).split())
        self.relative = words("relative", True)
        # "Ibu Endang": a kinship noun that is also a form of address (titles.yaml honorifics).
        self.honorifics = frozenset(fold(w) for w in lex.words("titles", "honorifics"))
        self.coordinators = words("coordinators", True)
        self.phrase_joiners = words("phrase_joiners", True)
        self.verb_leads = words("verb_leads", True) | self.coordinators
        self.adverbial_lead = words("adverbial_lead", True)
        self.through = words("through", True)
        self.own_voice = words("own_voice", True)
        self.joint = words("joint", True)
        self.both_parties = words("both_parties", True)
        self.joiners = words("joiners", True)
        self.honorifics = frozenset(fold(w) for w in lex.words("titles", "honorifics"))
        self.relative = words("relative", True)
        self.report_verbs = words("report_verbs", True)
        self.passive_cues = words("passive_cues", True)
        self.agent = words("agent", True)
        self.judging_passives = words("judging_passives", True)
        self.speech_nouns = words("speech_nouns", True)
        self.speech_topics = words("speech_topics", True)
        self.suffixed = words("suffixed")
        # "pihak kedutaan", "kantor kepresidenan": a lower-case reference to a body named before.
        self.generic_lead = words("generic_lead", True)
        self.body_heads = frozenset(fold(h.split()[0]) for h in lex.words("organizations", "heads"))
        # Words right before a person who is spoken to, not speaking ("saat dihubungi X").
        self.addressee = words("addressee", True)
        self.agencies = words("agencies", True) | frozenset(
            fold(v) for name, variants in (lex.group("outlets", "names", {}) or {}).items()
            for v in [name, *variants])
        self.bare_clause = words("bare_clause", True)
        self.speech_verbs = self.cue_words | words("indirect")
        # Speech verbs whose subject stands before them ("X mengatakan"), not after ("kata X").
        self.subject_verbs = words("cues_before") | words("indirect")
        # "lapor <agency> mengutip <X>", "kata media itu mengutip <X>": X's words, the agency relays.
        self.kinship = words("kinship", True)
        self.quoting = words("quoting", True)
        self.state_heads = frozenset(fold(h) for h in lex.group("organizations", "groups", {}).get("state_heads", ()))
        self.verb_adverbs = words("verb_adverbs", True)
        self.subordinators = words("subordinators", True)
        self.characterising = words("characterising", True)
        self.statement_nouns = words("statement_nouns")
        # "pihak berwenang": the authorities, the body the passage named last.
        self.authorities = words("authorities", True)

    def _state_forms(self, lex: Lexicon) -> None:
        """Leads of a place, heads of descriptions that name no person, messages (a body's clipped state,
        `Korsel`, is written out by `bodies.BodyNames`)."""
        self.place_leads = frozenset(fold(w) for w in lex.group("speech", "groups", {}).get("place_leads") or ())
        # Heads of a description that names no person ("dokumen itu", "kementerian tersebut", "media itu"): the
        # heads of bodies, documents, statements, media and messages.
        groups = lex.group("speech", "groups", {})
        self.thing_heads = frozenset(fold(str(w).split()[0]) for w in [
            *lex.words("organizations", "heads"), *groups.get("documents", ()), *lex.words("speech", "statement_nouns"),
            *groups.get("media_nouns", ()), *groups.get("message_nouns", ())])
        self.message_verbs = frozenset(fold(w) for w in lex.group("speech", "groups", {}).get("message_verbs") or ())
        self.message_nouns = frozenset(fold(w) for w in lex.group("speech", "groups", {}).get("message_nouns") or ())

    def _person_nouns(self, lex: Lexicon) -> None:
        """The nouns a description of a person opens with ("Diplomat AS tersebut", "Pria itu", "Adik X itu"):
        the first words of posts and their modifiers, people of any post, unnamed people, relatives."""
        _, words = self._lists(lex)
        posts = [*lex.words("titles", "heads"), *lex.words("titles", "modifiers")]
        self.person_nouns = (frozenset(fold(str(h).split()[0]) for h in posts) | words("generic_people", True)
                             | words("anonymous", True) | words("kinship", True) | words("former", True))

    def _cue_patterns(self, lex: Lexicon) -> None:
        """A cue after a closing mark, before an opening mark, and closing a sentence that lost its marks."""
        alt, words = self._lists(lex)
        flags, b, e, _ = self._shapes(alt)
        self.statement_noun = lex.regex(
            "speech.statement_noun",
            rf"\s*(?:(?:{alt('statement_lead', True)})\s+)?(?:{alt('statement_nouns')}){e}"
            rf"(?:\s+(?:{alt('statement_tail', True)}){e})*\s*",
            flags)
        # After a closing mark ("..., kata X", "..., X menambahkan", "demikian X melaporkan", "..., Yonhap
        # melaporkan", "..., katanya"), before an opening mark ("kata X, “", "Menurut X, “", "menurutnya, “",
        # "Seperti dikatakan X, “", "X mengatakan: “") and closing a sentence without marks ("..., kata X.",
        # "..., katanya."): the speech shapes.
        self.before_colon = lex.regex("speech.before_colon", r":\s*$")
        # "tambah lawan bicara <media>": who the outlet interviewed, not the outlet (speech.yaml interlocutors).
        self.interlocutor = lex.regex("speech.interlocutor", rf"\s*(?:{alt('interlocutors', True)}){e}", flags)
        # After a name in marks, an apposition saying what it names: "“Jembatan X”, sebuah jalur kereta".
        self.name_apposition = lex.regex(
            "speech.name_apposition", rf",\s*(?:{alt('name_appositions', True)}){e}", flags)
        # Before a name in marks, a phrase giving it: "dikenal dengan nama “Jembatan X”" (searched up to the mark).
        self.naming_lead = lex.regex(
            "speech.naming_lead", rf"{b}(?:{alt('naming_leads', True)})\s*$", flags)
        # "Dalam laporan X, ... digambarkan sebagai “...”": a sentence opening on who issued the statement
        # it reports from (the noun, then its issuer, to the comma).
        self.statement_opening = lex.regex(
            "speech.statement_opening",
            rf"\s*(?:{alt('statement_lead', True)})\s+(?:{alt('statement_nouns')}){e}\s+"
            rf"(?P<who>[^,;:.!?“”\"«»()\n]{{1,{WHO_MAX}}}?)\s*,", flags)

    def _source_patterns(self, lex: Lexicon) -> None:
        """Channels and sources (`menurut X`), reported speech, recaps, relatives, media."""
        alt, words = self._lists(lex)
        flags, b, e, according = self._shapes(alt)
        bounded = lambda name: word_alternation(lex.group("speech", "groups", {}).get(name, []), flags=flags)  # noqa: E731
        self.first_person = lex.regex("speech.first_person", rf"{bounded('first_person')}{e}", flags)
        self.channel = lex.regex(
            "speech.channel",
            rf"{b}(?P<cue>{alt('channels')}|{according}){e}\s+(?:(?:{alt('source_lead', True)})\s+)?"
            rf"(?P<src>[A-Z][^,;:.!?“”\"«»()\n]{{0,80}})", flags)
        self.channel_start = lex.regex("speech.channel_start", rf"\s*(?:{alt('channels')}|{according}){e}[^,]*,",
                                       flags)
        self.according_lead = lex.regex(
            "speech.according_lead", rf"\s*(?:{according}){e}\s+(?P<who>[^,]+?)\s*,", flags)
        self.indirect = lex.word_regex("speech", "indirect", flags)
        self.complementiser = lex.regex(
            "speech.complementiser",
            rf"(?:\s+[\w-]+){{0,3}}?\s+(?:{alt('complementisers', True)}){e}\s*",
            flags)
        agent = rf"(?:\s+(?:{alt('agent', True)}){e})?"
        # "pernyataan yang dibacakan juru bicara X": who read the statement out spoke its words.
        self.read_by = lex.regex(
            "speech.read_by",
            rf"\s*(?:(?:{alt('relative', True)})\s+)?(?:{alt('statement_by', True)}){e}{agent}\s+", flags)
        # "“...” Hal itu disampaikan X ...": the sentence after a quote without a cue names its speaker.
        self.recap = lex.regex(
            "speech.recap",
            rf"\s*(?:(?:{alt('recap_nouns', True)})(?:\s+(?:{alt('anaphora', True)}))?|(?:{alt('after_lead', True)}))"
            rf"\s+(?P<cue>{b}(?:{alt('passive_cues', True)}){e}){agent}\s+"
            rf"(?P<who>[^,;:.!?“”\"«»()\n]{{1,{WHO_MAX}}})", flags)
        self.documents_lead = lex.regex("speech.documents_lead", rf"(?:{alt('documents', True)}){e}", flags)
        self.quoting_word = lex.regex("speech.quoting_word", rf"{bounded('quoting')}{e}", flags)
        self.media_lead = lex.regex("speech.media_lead", rf"(?:{alt('media_nouns', True)}){e}", flags)
        self.media_before = lex.regex(
            "speech.media_before", rf"{b}(?:{alt('media_nouns', True)})(?:\s+[\w-]+){{0,3}}?\s*,?\s+$", flags)
        self.connective_start = lex.regex(
            "speech.connective_start", rf"\s*(?:{alt('connectives', True)}){e}\s*,?", flags)


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
        for m in _WORD.finditer(self.text, start, zone_end):
            if fold(m.group()) in self.words.anaphora:
                break
            head.append(m.group())
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
        phrase = [w for w in phrase if w not in self.words.anaphora]
        if phrase and " ".join(phrase) in self.words.authorities:
            return self._authority(pos)
        if not phrase or phrase[0] not in self.words.body_heads:
            return None
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
        return self.of_key(best[1].key, "generic") if best else None

    def _authority(self, pos: int) -> _Who | None:
        """`pihak berwenang`: the body (no news agency) named last before `pos`, in this paragraph or the one
        before; None when there is none."""
        here = self.paragraph_at(pos)
        floor = self.paragraphs[here - 1][1].start if here > 0 else 0
        for mention in reversed(self.mentions_in(floor, pos)):
            if mention.kind == "organization":
                who = self.of_key(mention.key, "generic")
                if who is not None and not self.agency(who):
                    return who
        return None

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


def _outlet_phrase(ctx: _Context, start: int, end: int, pos: int) -> _Who | None:
    """`media itu`, `kantor berita pemerintah X`: an outlet by its kind, the latest news agency or
    outlet named before `pos` (nameless when none is)."""
    lead = _WORD.match(ctx.text, start, end)
    while lead is not None and fold(lead.group()) in ctx.words.generic_lead:
        lead = _WORD.match(ctx.text, lead.end() + 1, end)
    if lead is None or not lead.group()[0].islower() or not ctx.words.media_lead.match(ctx.text, lead.start(), end):
        return None
    named = next((m for m in reversed(ctx.mentions_in(0, pos))
                  if m.kind == "organization" and fold(ctx.actors[m.key].name) in ctx.words.agencies), None)
    if named is None:
        return _Who(None, None, False, "outlet")
    return _Who(ctx.actors[named.key].name, named.key, False, "outlet")


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


def _topic_holding(ctx: _Context, role: list[str], pos: int, country: _Who | None) -> _Who | None:
    """`“...,” kata presiden itu` after `X (a president) memperingatkan pemerintahan Presiden Y`: when the person the passage is about holds the post the description states
    too, the description points at them, not at whoever holding it was named last."""
    topic = ctx.topic(pos)
    if topic is None or topic.key not in ctx.actors:
        return None
    actor = ctx.actors[topic.key]
    if country is not None and not ctx.acts_for(actor, ctx.actors[country.key].name):
        return None
    held = ctx.actor_words(actor)[1]
    return _Who(topic.name, topic.key, True, "described") if all(fold(w) in held for w in role) else None


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


class _Descriptions:
    """Part of `_Context`: whom a description pointing back after a cue names (`kata manajer berusia 33
    tahun itu`), and the roles such descriptions state."""

    def described(self, phrase: list[re.Match], pos: int, country: _Who | None = None) -> _Who | None:
        """`kata manajer berusia 33 tahun itu`, `kata pejabat militer X itu`: a description pointing back.
        The person named before whose role holds its words; else the person the passage is about, when
        the description fits them: the country it names is theirs, and its head is a noun for a person of
        any post or a word of their role (or the text gives them no role: the description states it,
        `described_roles`); else nobody."""
        words = self.words
        if phrase and fold(phrase[0].group()) in words.thing_heads:
            return None   # ("tulis dokumen tersebut", "kata kementerian itu" with no such body: no person)
        cut = next((i for i, m in enumerate(phrase) if fold(m.group()) in words.age_words), len(phrase))
        country_words = {fold(t) for t in re.split(r"[\s-]+", self.actors[country.key].name)} if country else set()
        role_words = [m for m in phrase[:cut] if fold(m.group()) not in words.anaphora]
        role_words = role_words[:next((i for i, m in enumerate(role_words) if fold(m.group()) in country_words),
                                      len(role_words))]
        # "Menlu X itu": an abbreviated post written out (titles.yaml expansions).
        role = [w for m in role_words for w in words.title_expansions.get(fold(m.group()), m.group()).split()]
        by_role = self.by_words(role, pos, roles=True, before=True) if role else None
        if by_role is not None and by_role.person and (
                country is None or self.acts_for(self.actors[by_role.key], self.actors[country.key].name)):
            return _topic_holding(self, role, pos, country) or by_role
        # "mantan duta besar": a former post says nothing against the post held now.
        former = bool(role) and fold(role[0]) in words.former
        head = fold(role[0]) if role else None
        stated = [fold(w) for w in role if fold(w) in words.title_words]
        nation = fold(self.actors[country.key].name) if country else None
        country_name = self.actors[country.key].name if country else ""

        def fits(actor: Actor, known: bool) -> bool:
            if nation is not None and (actor.affiliation or known) and not self.acts_for(actor, country_name):
                return False
            # (the post's words the description states, heads and portfolios, must be the person's)
            return (head is None or former or not _role_by(actor, pos) or head in words.generic_people
                    or all(w in self.actor_words(actor)[1] for w in stated))
        topic = self.topic(pos) or self.distant_topic(pos)
        if topic is not None and fits(self.actors[topic.key], False):
            if (not _role_by(self.actors[topic.key], pos) and head not in words.generic_people and not former
                    and role_words
                    and all(m.group()[0].islower() for m in role_words[:1])):
                span = Span(role_words[0].start(), role_words[-1].end())
                self.described_roles.setdefault(topic.key, span)
            return _Who(topic.name, topic.key, True, "described")
        if nation is None:
            return None
        # "kata pejabat militer X itu" after a passage about someone else: the latest person of the
        # passage acting for X whom the description fits.
        here = self.paragraph_at(pos)
        floor = self.paragraphs[max(here - TOPIC_PARAGRAPHS, 0)][1].start if here >= 0 else 0
        for mention in reversed(self.mentions_in(floor, pos)):
            actor = self.actors.get(mention.key)
            if mention.kind == "person" and actor is not None and fits(actor, True):
                return self.of_key(actor.key, "described")
        return None

    def distant_topic(self, pos: int) -> _Who | None:
        """The latest person subject or speaker before `pos` however far back, when no other person is
        named after that sentence: a description pointing back (`kata tamu asal X tersebut`) reaches further than a
        pronoun, across paragraphs about things."""
        best = self.latest(pos)
        if best is None or key_missing(self.actors, best[1]) or any(
                m.kind == "person" and m.key != best[1] for m in self.mentions_in(_sentence_end(self, best[0]), pos)):
            return None
        return _Who(self.actors[best[1]].name, best[1], True, "topic")

    def late_description(self, words: list[re.Match], start: int, zone_end: int, end: int, pos: int,
                         found: _Who | None) -> _Who | bool | None:
        """`ujar pria yang telah menjabat sejak 2004 tersebut`, `ujar mantan duta besar X untuk PBB itu`: a
        description (no name, nobody unnamed) closing its sentence on the word pointing back, after a
        relative clause or a name (after a common noun the word is that noun's: `dalam pernyataan itu`).
        None when the words are no such description; else whom `described` finds (False: nobody)."""
        head = fold(words[0].group())
        if (not words[0].group()[0].islower() or head in self.words.anonymous and head not in self.words.generic_people
                or found is not None and (found.person or self.actors[found.key].kind != "country")):
            return None
        stop = first_of(".!?", self.text, zone_end, end)
        tail = [m for m in words if zone_end <= m.start() and (stop is None or m.end() <= stop)]
        if (len(tail) < 3 or fold(tail[-1].group()) not in self.words.anaphora
                or fold(tail[0].group()) not in self.words.relative and tail[-2].group()[0].islower()
                or self.generic_body(start, zone_end, pos) is not None):
            return None
        return self.described([m for m in words if m.start() < zone_end], pos, found) or False


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


class _Context(_Passage, _Naming, _Speakers, _Descriptions, _Trail):
    """What one article offers to attribution: text, paragraphs, mentions, whom the passage is about.

    Its methods are grouped by what they answer: `_Passage` (positions, mentions, the salience layer,
    whom a clause's subject names), `_Naming` (an actor by its key, role or mention, and its name
    written out) and `_Speakers` (whom the words after a cue name); the state they read is set
    here."""

    def __init__(self, article: Article, sentences: tuple[Sentence, ...], actors: tuple[Actor, ...],
                 lex: Lexicon, doc: Document | None = None):
        self.text = article.text
        # Whom the passage is about is the document's salience layer, laid here once.
        self.doc = doc if doc is not None else document.build(article, sentences)
        self.doc.layers[salience.PASSAGE] = salience.Trail(self.lay_before, self.lay_sentence)
        self.words = _words_of(lex)
        self.register = lex.register
        self.bodies = body_names(lex)
        self.lex = lex
        # Answers that depend only on a word and the lexicon, kept across articles (the vocabulary
        # of lower-case words is bounded), and each actor's name and role words, folded once.
        self._breakers: dict[str, bool] = lex.memo("speech._breakers", dict)
        self._verbs: dict[str, bool] = lex.memo("speech._verbs", dict)
        self._actor_words: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
        self._sentence_runs: dict[int, list[list[str]]] = {}     # `fuller`: a sentence's capitalised runs
        self.sentences = tuple(sorted(sentences, key=lambda s: s.span.start))
        groups: dict[int, list[Sentence]] = {}
        for sentence in self.sentences:
            groups.setdefault(sentence.paragraph, []).append(sentence)
        self.paragraphs = [(index, Span(ss[0].span.start, ss[-1].span.end), tuple(ss))
                           for index, ss in sorted(groups.items(), key=lambda kv: kv[1][0].span.start)]
        self.actors = {a.key: a for a in actors}
        # Roles that a description pointing back states of a person the text gives none
        # ("kata manajer pemasaran berusia 30 tahun itu"): key -> the role's span (the first one stated).
        self.described_roles: dict[str, Span] = {}
        # (a country named inside a body's name, "Kementerian Luar Negeri X", speaks through the body: no
        # mention of its own here)
        self.mentions: tuple[Mention, ...] = tuple(sorted((m for a in actors for m in a.mentions
                                                           if m.rule != IN_BODY_RULE),
                                                          key=lambda m: (m.span.start, -m.span.end)))
        # Start offsets for bisection: looking mentions and sentences up by position stays
        # logarithmic (a scan per quote made long articles quadratic).
        self._mention_starts = [m.span.start for m in self.mentions]
        self._sentence_starts = [s.span.start for s in self.sentences]
        self._paragraph_starts = [span.start for _, span, _ in self.paragraphs]
        # Each sentence's entry of the salience layer, laid when first asked (`_Trail`).
        self._entries: dict[int, tuple[int, str] | None] = {}
        self._laying: list[int] = []        # the sentences whose entries are being worked out, innermost last
        # The quoted stretches (marks included), set by the quote pass once its pieces are read: a person
        # named inside quoted words is not whom the passage is about.
        self.quoted_starts: list[int] = []
        self.quoted_ends: list[int] = []

    @cached_property
    def described_agencies(self) -> frozenset[str]:
        """Organisations the text calls an outlet ("kantor berita VNA", "media pemerintah X, Y"):
        agencies like those of the register, whether the register knows them or not (worked out
        when a speaker is first judged)."""
        return frozenset(a.key for a in self.actors.values()
                         if a.kind == "organization" and any(self._called_outlet(m) for m in a.mentions))

    @cached_property
    def relatives(self) -> frozenset[str]:
        """People named only as a relative in an apposition ("... ayah Kim, Kim Jong Il"): background,
        so a sentence naming them is not about them (a pronoun after it does not point at them)."""
        return frozenset(a.key for a in self.actors.values() if a.kind == "person" and self._named_as_relative(a))


def _runs(text: str, start: int, end: int) -> list[list[str]]:
    """The capitalised runs of two or more words in text[start:end], each as its words."""
    return [parts for run in _CAPITALISED_RUN.finditer(text, start, end)
            if len(parts := run.group().rstrip(".").split()) >= 2]


def key_missing(actors: dict[str, Actor], key: str) -> bool:
    return key not in actors




def _words_of(lex: Lexicon) -> _Words:
    """One `_Words` per lexicon (the regexes themselves are cached on the lexicon)."""
    return lex.memo("speech._words", lambda: _Words(lex))


# ---------------------------------------------------------------------------------------------
# Marks


def _classify(text: str, i: int, start: int, end: int, straight_open: bool) -> str:
    """`open` or `close` for the mark at i, from its neighbours, else from its shape."""
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < end else " "
    left_free = before.isspace() or before in OPEN_AFTER
    right_free = after.isspace() or after in CLOSE_BEFORE
    if left_free and not right_free:
        return "open"
    if right_free and not left_free:
        return "close"
    char = text[i]
    if char == STRAIGHT:
        return "close" if straight_open else "open"
    return "open" if char in OPENERS else "close"


def _family(char: str) -> str:
    return "straight" if char == STRAIGHT else "guillemets" if char in "«»" else "curly"


def _inner(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if not any(c.isalpha() for c in text[start:end]):
        return None
    return Span(start, end)


def _pieces(ctx: _Context) -> list[_Piece]:
    """Marked stretches per paragraph; unclosed ones run on into a paragraph that opens a quote."""
    text = ctx.text
    raw: list[_Piece] = []
    for order, (_, block, sentences) in enumerate(ctx.paragraphs):
        opened: int | None = None
        family = ""
        markup = [m.span() for m in _MARKUP.finditer(text, block.start, block.end)
                  if any(c in MARKS or c in SINGLES for c in m.group())] if _has_markup(text, block) else []
        paired = _paired(text, block, order) if text.find(PAIRED_OPENER, block.start, block.end) >= 0 else []
        raw += paired
        skip = -1
        for found in _ANY_MARK.finditer(text, block.start, block.end):
            i = found.start()
            char = text[i]
            if i == skip:
                continue          # the second mark of a doubled single mark read as one double mark
            if markup and any(a <= i < b for a, b in markup):
                continue          # a tag or an attribute value: markup, not speech
            if paired and any(p.open_at <= i <= (p.close_at if p.close_at is not None else block.end) for p in paired):
                continue          # inside ``...'': that quotation counts, its closing '' is no apostrophe
            if char in SINGLES and _doubled_close(text, i, block.end) and opened is not None and family != "single":
                # “...’’ : a doubled single closing mark closes a double quotation
                inner = _inner(text, opened + 1, i)
                if inner:
                    raw.append(_Piece((inner,), opened, i + 1, order, family, "marks"))
                opened, skip = None, i + 1
                continue
            if text.startswith(DOUBLED_SINGLE_OPENER, i) and opened is None and text[i + 2:i + 3].isalnum() \
                    and (i == block.start or text[i - 1].isspace() or text[i - 1] in OPEN_AFTER):
                opened, family, skip = i + 1, "curly", i + 1     # ‘‘...: a doubled single opening mark
                continue
            if char in SINGLES:
                kind = _classify_single(text, i, block.start, block.end)
                if kind == "open" and opened is None:
                    opened, family = i, "single"
                elif kind == "close" and opened is not None and family == "single":
                    inner = _inner(text, opened + 1, i)
                    if inner:
                        raw.append(_Piece((inner,), opened, i, order, family, "marks"))
                    opened = None
                continue
            kind = _classify(text, i, block.start, block.end, opened is not None and family == "straight")
            if opened is None and char in CLOSERS and _spaced_opener(text, i, block):
                kind = "open"
            if kind == "open":
                if opened is not None and _family(char) != family and family != "single":
                    continue          # a quote inside a quote: the outer one counts
                opened, family = i, _family(char)
            elif opened is not None and family != "single":
                inner = _inner(text, opened + 1, i)
                if inner:
                    raw.append(_Piece((inner,), opened, i, order, family, "marks"))
                opened = None
            elif opened is None and char in CLOSERS and i > block.start and text[i - 1] in LOST_OPENER_BEFORE:
                # (a curly closer only: a straight mark cannot tell a lost opening from a stray one)
                orphan = _orphan(ctx, raw, block, order, i, _family(char))
                if orphan is not None:
                    raw.append(orphan)
        if opened is not None and family != "single":    # a lone single mark quotes nothing
            inner = _inner(text, opened + 1, block.end)
            if inner:
                raw.append(_Piece((inner,), opened, None, order, family, "unclosed"))
    raw.sort(key=lambda p: (p.paragraph, p.open_at))
    # Newspapers run a quote over paragraphs: no closing mark, and the next paragraph opens again.
    joined: list[_Piece] = []
    for piece in raw:
        if joined and joined[-1].close_at is None and piece.paragraph == joined[-1].paragraph + 1:
            previous = joined[-1]
            next_para = ctx.paragraphs[piece.paragraph][1]
            if _mark_start(text, piece) == next_para.start:
                joined[-1] = _Piece(previous.parts + piece.parts, previous.open_at, piece.close_at,
                                    piece.paragraph, previous.family,
                                    "paragraphs" if piece.close_at is not None else "unclosed")
                continue
        joined.append(piece)
    trimmed = [p if p.close_at is not None or p.form != "unclosed" else _trim_unclosed(ctx, p) for p in joined]
    return [_limited(ctx, p) for p in trimmed]


def _spaced_opener(text: str, i: int, block: Span) -> bool:
    """`berada pada ” kesiapan penuh,” dan ...`: a closing-shaped mark set apart by spaces, between two
    words of a sentence (a word before it, not a stop), with nothing open and another closer later in
    its paragraph, opens the quotation (a keyboard that types one shape for both)."""
    if not (block.start < i < block.end - 1 and text[i - 1].isspace() and text[i + 1].isspace()):
        return False
    before, after = text[block.start:i].rstrip(), text[i + 1:block.end].lstrip()
    return bool(before) and before[-1].isalnum() and after[:1].isalpha() \
        and any(text.find(c, i + 1, block.end) >= 0 for c in CLOSERS)


def _orphan(ctx: _Context, raw: list[_Piece], block: Span, order: int, close: int, family: str) -> _Piece | None:
    """Words closed by a mark whose opening mark was lost (a closer after the words' punctuation,
    nothing open): they run from the paragraph's start, or from the end of the quote before them in
    the paragraph (`“Kami setuju,” ujarnya. Kami siap.”`: from the start of the sentence after the
    cue; `“A,” B,” kata X`: from the previous closing mark). A paragraph that opens on them goes on a
    quote the paragraph before left unclosed: one quote over the break."""
    text = ctx.text
    before = [p for p in raw if p.paragraph == order and p.close_at is not None and p.close_at < close]
    if before:
        start = max(p.close_at for p in before) + 1
        start = max(start, max(text.rfind(stop, start, close) for stop in SENTENCE_STOPS) + 1)
    else:
        start = block.start
    while start < close and (text[start].isspace() or text[start] in MARKS or text[start] in SINGLES
                             or text[start] == PAIRED_OPENER[0]):
        start += 1
    inner = _inner(text, start, close)
    if inner is None:
        return None
    if not before and inner.start == block.start and order > 0:
        left = max((p for p in raw if p.paragraph == order - 1), key=lambda p: p.open_at, default=None)
        if left is not None and left.close_at is None and len(left.parts) == 1:
            whole = _inner(text, left.parts[0].start, close)
            raw.remove(left)
            return _Piece((whole,), left.open_at, close, order, left.family, "paragraphs")
    return _Piece((inner,), inner.start - 1, close, order, family, "lost-opener")


def _doubled_close(text: str, i: int, end: int) -> bool:
    """Whether a doubled single closing mark (’’ or '') stands at i, free after it."""
    return (text.startswith(DOUBLED_SINGLE_CLOSERS, i) and (i + 2 >= end or text[i + 2].isspace()
                                                             or text[i + 2] in CLOSE_BEFORE))


def _paired(text: str, block: Span, order: int) -> list[_Piece]:
    """The ``...'' quotations of a block (TeX-style marks): open_at and close_at are the marks'
    inner characters, so the words run from open_at + 1 and what follows starts at close_at + 1."""
    found: list[_Piece] = []
    at = text.find(PAIRED_OPENER, block.start, block.end)
    while at >= 0:
        start = at + len(PAIRED_OPENER)
        close = text.find(PAIRED_CLOSER, start, block.end)
        inner = _inner(text, start, close if close >= 0 else block.end)
        if inner:
            found.append(_Piece((inner,), start - 1, close + 1 if close >= 0 else None, order, "curly",
                                "marks" if close >= 0 else "unclosed"))
        if close < 0:
            break
        at = text.find(PAIRED_OPENER, close + len(PAIRED_CLOSER), block.end)
    return found


def _has_markup(text: str, block: Span) -> bool:
    return text.find("<", block.start, block.end) >= 0 or text.find("=", block.start, block.end) >= 0


def _classify_single(text: str, i: int, start: int, end: int) -> str | None:
    """`open`, `close` or None (an apostrophe) for a single mark at i."""
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < end else " "
    char = text[i]
    if char in SINGLE_OPEN and (before.isspace() or before in OPEN_AFTER) and after.isalnum():
        return "open"
    if char in SINGLE_CLOSE and (after.isspace() or after in CLOSE_BEFORE) and (before.isalnum() or before in ".,!?"):
        return "close"
    return None


def _limited(ctx: _Context, piece: _Piece) -> _Piece:
    """A part longer than QUOTE_MAX is cut at the last sentence end within the limit (else a word end)."""
    if all(p.end - p.start <= QUOTE_MAX for p in piece.parts):
        return piece
    text = ctx.text
    parts = []
    for part in piece.parts:
        if part.end - part.start > QUOTE_MAX:
            limit = part.start + QUOTE_MAX
            cut = max(text.rfind(". ", part.start, limit), text.rfind("! ", part.start, limit),
                      text.rfind("? ", part.start, limit))
            if cut > part.start:
                cut += 1
            else:
                space = text.rfind(" ", part.start + 1, limit + 1)
                cut = space if space > part.start else limit
            part = _inner(text, part.start, cut) or Span(part.start, cut)
        parts.append(part)
    return _Piece(tuple(parts), piece.open_at, None, piece.paragraph, piece.family, "limit")


def _trim_unclosed(ctx: _Context, piece: _Piece) -> _Piece:
    """A stray opening mark inside a sentence quotes at most to the end of that sentence."""
    block = ctx.paragraphs[piece.paragraph][1]
    text = ctx.text
    at_start = _mark_start(ctx.text, piece) == ctx.paragraphs[piece.paragraph][1].start or \
        text[max(block.start, piece.open_at - 2):piece.open_at].strip() in (":", ",")
    if at_start or len(piece.parts) > 1:
        return piece
    sentence = ctx.sentence_at(piece.open_at)
    if sentence is None:
        return piece
    end = min(sentence.span.end, piece.parts[-1].end)
    close_at = None
    comma = text.find(",", piece.open_at + 1, end)
    while comma != -1:
        # The closing mark lost before a comma and the cue that names the speaker
        # (`“kata-kata, Nama Badan mengatakan ...`, `“kata-kata, kata X.`): the words end at the comma.
        after = _after_cue(ctx, comma + 1, end)
        subject = _after_subject(ctx, comma + 1, end)
        if after or (subject and subject.group("who")[:1].isupper()
                     and any(m.kind in ("person", "organization")
                             for m in ctx.mentions_in(subject.start("who"), subject.end("who")))):
            end, close_at = comma + 1, comma
            break
        comma = text.find(",", comma + 1, end)
    inner = _inner(text, piece.open_at + 1, end)
    return _Piece((inner,) if inner else piece.parts, piece.open_at, close_at, piece.paragraph, piece.family,
                  "unclosed")


def _merge_split(ctx: _Context, pieces: list[_Piece]) -> list[_Piece]:
    """`“Kami ...,” kata dia, “dan ...”` is one quote: join pieces whose gap is a cue and a comma."""
    merged: list[_Piece] = []
    words = ctx.words
    for piece in pieces:
        if merged and merged[-1].close_at is not None and merged[-1].paragraph == piece.paragraph:
            previous = merged[-1]
            gap_start, gap_end = previous.close_at + 1, piece.open_at
            gap = ctx.text[gap_start:gap_end]
            # ("“... .” X menjawab, “...”": words closed by a full stop end their sentence; the next
            # sentence's speaker opens a quote of their own.)
            if gap.rstrip().endswith(",") and "." not in gap and len(gap) <= WHO_MAX + 20 \
                    and ctx.text[previous.parts[-1].end - 1] not in ".!?":
                cue = (_after_cue(ctx, gap_start, gap_end)
                       or _after_suffixed(ctx, gap_start, gap_end)
                       or _after_subject(ctx, gap_start, gap_end))
                if cue:
                    merged[-1] = _Piece(previous.parts + piece.parts, previous.open_at, piece.close_at,
                                        piece.paragraph, previous.family, "split")
                    continue
        merged.append(piece)
    return merged


# ---------------------------------------------------------------------------------------------
# Attribution


@quick_init
@dataclass(frozen=True, slots=True)
class _Attribution:
    who: _Who | None
    cue: Span | None
    how: str
    tail: int | None = None       # where the cue's speaker phrase ends (channels are looked for after)


class _Found:
    """Where a shape found a cue and the speaker phrase by it, read as a regex match is (`start()`
    without a name: where the match starts)."""

    __slots__ = ("text", "spans")

    def __init__(self, text: str, cue: tuple[int, int], who: tuple[int, int] | None, at: int | None = None):
        self.text, self.spans = text, {"cue": cue, "who": who, None: (cue[0] if at is None else at, 0)}

    @property
    def named(self) -> bool:
        """Whether the shape names the speaker (not a cue with -nya: the person the passage is about)."""
        return self.spans["who"] is not None

    def start(self, name: str | None = None) -> int:
        return self.spans[name][0]

    def end(self, name: str) -> int:
        return self.spans[name][1]

    def group(self, name: str) -> str:
        a, b = self.spans[name]
        return self.text[a:b]


def _after_cue(ctx: _Context, start: int, end: int) -> _Found | None:
    """`..., kata X`, `demikian pernyataan X` from `start` on (after a closing mark): the cue (the
    `speech_cues_after` shapes) and the speaker phrase after it, to the first mark of WHO_STOPS."""
    units = units_of(islice(tokens(ctx.text, start, end), CUE_UNITS))
    found = ctx.words.shapes["speech_cues_after"].match_at(units, 0)
    if found is None:
        return None
    first, last = found.span("cue")
    who = units[found.at("who")].start
    if who == units[last - 1].end:
        return None       # the speaker is set off from the cue by a space
    return _Found(ctx.text, (units[first].start, units[last - 1].end), (who, phrase_end(ctx.text, who, end)))


def _clause_units(text: str, start: int, end: int, stops: str) -> list:
    """The units of the tokens from `start` to the first mark of `stops` (commas may come first): as
    far as a subject phrase can run."""
    found, leading = [], True
    for token in tokens(text, start, end):
        mark = token.lastgroup == "mark" and token.group() in stops
        if mark and not (leading and token.group() == ","):
            break
        leading = leading and mark
        found.append(token)
    return units_of(found)


def _speaker_found(text: str, units: list, found, at: int | None = None) -> _Found | None:
    """The `_Found` of a speech shape's match (labels `cue` and, when it names the speaker, `who`): None
    when the speaker phrase is longer than WHO_MAX or crosses a line break."""
    cue, who = found.span("cue"), found.span("who")
    if who is None:
        return _Found(text, (units[cue[0]].start, units[cue[1] - 1].end), None, at)
    a, b = units[who[0]].start, units[who[1] - 1].end
    if b - a > WHO_MAX or text.find("\n", a, b) >= 0:
        return None
    return _Found(text, (units[cue[0]].start, units[cue[1] - 1].end), (a, b), at)


def _after_subject(ctx: _Context, start: int, end: int) -> _Found | None:
    """`“...,” X menambahkan` from `start` on (after a closing mark): the subject and the speech verb
    (the `speech_subjects_after` shapes)."""
    units = _clause_units(ctx.text, start, end, SUBJECT_STOPS)
    found = ctx.words.shapes["speech_subjects_after"].match_at(units, 0)
    return None if found is None else _speaker_found(ctx.text, units, found)


def _after_relay(ctx: _Context, start: int, end: int) -> _Found | None:
    """`“...,” demikian X melaporkan` from `start` on: who reports or quotes (`speech_relays_after`)."""
    units = _clause_units(ctx.text, start, end, SUBJECT_STOPS)
    found = ctx.words.shapes["speech_relays_after"].match_at(units, 0)
    return None if found is None else _speaker_found(ctx.text, units, found)


def _after_report(ctx: _Context, start: int, end: int) -> _Found | None:
    """`“...,” Yonhap melaporkan` from `start` on: the subject of a verb that reports (`speech_reports_after`)."""
    units = _clause_units(ctx.text, start, end, SUBJECT_STOPS)
    found = ctx.words.shapes["speech_reports_after"].match_at(units, 0)
    return None if found is None else _speaker_found(ctx.text, units, found)


def _after_suffixed(ctx: _Context, start: int, end: int) -> _Found | None:
    """`“...,” katanya` from `start` on (after a closing mark): the `speech_suffixed_after` shapes."""
    shapes = ctx.words.shapes["speech_suffixed_after"]
    word = first_word(ctx.text, start, end)
    if word is None or shapes.closed_words is not None and word.group().lower() not in shapes.closed_words:
        return None       # (most quotes close with no cue with -nya: one word is read first)
    units = []
    for token in tokens(ctx.text, start, end):
        units.append(Unit.of_token(token))
        if token.group() != ",":
            break
    found = shapes.match_at(units, 0)
    return None if found is None else _speaker_found(ctx.text, units, found)


def _before_verb(ctx: _Context, start: int, end: int) -> _Found | None:
    """`X mengatakan: “`, `X menegaskan kembali bahwa “`: a speech verb in the words that end at `end`
    (an opening mark), the `speech_verbs_before` shapes."""
    text = ctx.text
    close = end - 1
    while close >= start and text[close].isspace():
        close -= 1
    # (the match is words and one comma or colon at most, at its end: it starts after the last other mark)
    last = close if close >= start and text[close] in ",:" else close + 1
    shapes = ctx.words.shapes["speech_verbs_before"]
    if shapes.closed_words is not None and _last_word_not_in(text, start, last, shapes.closed_words):
        return None       # (most words before a quoted phrase are no speech verb: the last is read first)
    stop = last_of(SUBJECT_STOPS, text, start, last)
    words = list(tokens(text, start if stop is None else stop + 1, end))
    if shapes.closed_words is not None:
        # (only the words of the shapes can make the match: units of the run of them at the end)
        first = len(words)
        while first and words[first - 1].group().lower() in shapes.closed_words:
            first -= 1
        words = words[first:]
    units = units_of(words)
    found = shapes.match_ending(units)
    return None if found is None else _speaker_found(text, units, found)


def _last_word_not_in(text: str, start: int, end: int, words: frozenset) -> bool:
    """Whether the last token of text[start:end] is surely a word (in lower case) not among `words`:
    read back from `end` and checked by the tokeniser; False when in doubt."""
    at = end - 1
    while at >= start and text[at].isspace():
        at -= 1
    begin = at
    while begin >= start and (text[begin].isalnum() or text[begin] in "-'’"):
        begin -= 1
    word = word_at(text, begin + 1, at + 1) if begin < at else None
    return word is not None and word.end() == at + 1 and word.group().lower() not in words


def _before_passive(ctx: _Context, start: int, end: int) -> _Found | None:
    """`Seperti dikatakan X, “`: a passive cue and its agent in the words that end at `end` (an opening
    mark), the `speech_passives_before` shapes."""
    return _before_mark(ctx, start, end, "speech_passives_before")


def _before_cue(ctx: _Context, start: int, end: int) -> _Found | None:
    """`kata X, “`, `Menurut X: “`, `menurutnya, “`: a cue and its speaker in the words that end at `end`
    (an opening mark), the `speech_cues_before` shapes."""
    found = _before_mark(ctx, start, end, "speech_cues_before")
    return None if found and _manner_adverb(ctx, found.start("cue")) else found


def _before_mark(ctx: _Context, start: int, end: int, group: str) -> _Found | None:
    """The match of a speech group that opens on a cue and ends with a comma or colon right before `end`."""
    text = ctx.text
    close = end - 1
    while close >= start and text[close].isspace():
        close -= 1
    if close < start or text[close] not in ",:":
        return None
    # (the speaker phrase holds no mark of WHO_STOPS: the match starts after the last one, at a cue)
    stop = last_of(WHO_STOPS, text, start, close)
    words = list(tokens(text, start if stop is None else stop + 1, end))
    shapes = ctx.words.shapes[group]
    cues = shapes.texts_at(0)
    if cues is not None:
        first = next((i for i, word in enumerate(words) if word.group().lower() in cues), None)
        if first is None:
            return None
        words = words[first:]
    units = units_of(words)
    found = shapes.match_ending(units)
    return None if found is None else _speaker_found(ctx.text, units, found)


def _manner_adverb(ctx: _Context, cue: int) -> bool:
    """`X dengan tegas memperingatkan, “...”`: a cue word after a manner lead is an adverb of the verb
    that follows, no cue of its own (whose speaker would be that verb)."""
    before = ctx.text[max(0, cue - 12):cue].split()
    return bool(before) and fold(before[-1]) in ctx.words.manner_leads


def _lost_cue(ctx: _Context, start: int, end: int) -> _Found | None:
    """`..., kata X.` closing the sentence text[start:end] that has no marks (`speech_lost_cues`):
    matched from its last comma (a speaker phrase holds none), its closing mark left out."""
    comma = ctx.text.rfind(",", start, end)
    if comma < 0:
        return None
    shapes = ctx.words.shapes["speech_lost_cues"]
    cues = shapes.texts_at(1)
    if cues is not None:
        # (most sentences have a comma, few a cue after their last one: one word is read first)
        cue = first_word(ctx.text, comma + 1, end)
        if cue is None or cue.group().lower() not in cues:
            return None
    units = units_of(tokens(ctx.text, comma, end))
    if len(units) > 2 and units[-1].text in ".!?":
        units.pop()
    found = shapes.match_at(units, 0)
    return None if found is None else _speaker_found(ctx.text, units, found, comma)


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


def _role_holder_apposed(ctx: _Context, start: int, end: int, limit: int) -> _Who | None:
    """`“...,” kata Juru Bicara Departemen X, Name`: the words after the cue are the role phrase of the
    person set off by the comma after them: that person speaks, not the body in the role."""
    apposed = ctx.apposed_after(end, limit)
    placed = False
    if apposed is None:
        # "kata Konsul Jenderal X di <city>, <country>, Name": a place set off by commas says where the
        # body is; the person set off after it holds the post.
        comma = _APPOSITION.match(ctx.text, end, limit)
        place = next((m for m in ctx.mentions_in(comma.end(), comma.end() + 1) if m.kind in ("place", "country")),
                     None) if comma else None
        if place is not None:
            apposed, placed = ctx.apposed_after(place.span.end, limit), True
    actor = ctx.actors.get(apposed.key) if apposed is not None and apposed.key else None
    span = actor.role_span if actor is not None else None
    if placed and actor is not None and span is None and actor.role is None:
        return apposed     # (a person the text gives no other post)
    return apposed if span is not None and span.start <= start < span.end else None


def _statement_pointed_back(ctx: _Context, found: re.Match) -> _Attribution | None:
    """`“...,” demikian pernyataan (bersama) itu`: a statement named before speaks for who issued it;
    a joint one, or one whose issuer the text does not name, is nobody's words."""
    words = ctx.words
    if fold(found.group("cue")) not in words.statement_nouns:
        return None
    phrase = [fold(m.group()) for m in _WORD.finditer(ctx.text, found.start("who"), found.end("who"))]
    if not phrase or not all(w in words.anaphora or w in words.joint for w in phrase) \
            or not any(w in words.anaphora for w in phrase):
        return None
    issuer = None if any(w in words.joint for w in phrase) else ctx.issuer_before(found.start("cue"))
    who = _Who(issuer.name, issuer.key, issuer.person, "statement") if issuer is not None and issuer.name else None
    return _Attribution(who, Span(found.start("cue"), found.end("cue")),
                        f"after:{found.group('cue').lower()}", found.end("who"))


def _bracketed_body(ctx: _Context, who: _Who | None, start: int, end: int) -> _Who | None:
    """`kata kantor berita resmi X (KCNA)`: the registered body named in brackets right after a speaker phrase
    that names no registered body (nobody, a name the text writes, a body the register does not know)."""
    if ctx.text[start:start + 2].strip()[:1] != "(":
        return None
    at = ctx.text.index("(", start)
    inside = next((m for m in ctx.mentions_in(at + 1, at + 2) if m.kind == "organization"), None)
    if inside is None or ctx.text[inside.span.end:inside.span.end + 1] != ")" \
            or not ctx.actors[inside.key].register_id:
        return None
    actor = ctx.actors.get(who.key) if who is not None and who.key else None
    if actor is not None and (actor.register_id or actor.key == inside.key):
        return None
    return ctx.of_key(inside.key, "bracketed")


def _spoken_to(ctx: _Context, start: int, end: int) -> bool:
    """The speaker phrase [start, end) goes on to whom the words were spoken (`ujar pejabat itu kepada media
    X`): a name set off after it is that addressee's, not the speaker's."""
    return any(fold(m.group()) in ctx.words.addressee for m in _WORD.finditer(ctx.text, start, end))


def _cue_after(ctx: _Context, start: int, end: int, pos: int, comma: bool) -> _Attribution | None:
    words = ctx.words
    found = _after_cue(ctx, start, end)
    if found and found.group("cue")[0].isupper() and ctx.text[start - 2:start - 1] in (".", "!", "?"):
        # "“... .” Pernyataan itu ...": a new sentence, no cue of this quote; but a cue verb and a
        # name making up the whole next sentence ("“... .” Imbuh Name.") is this quote's cue.
        tail = found.group("who").rstrip()
        whole = (fold(found.group("cue")) not in words.statement_nouns and tail[:1].isupper() and tail.endswith(".")
                 and "." not in tail[:-1]
                 and not ctx.text[found.end("who"):end].strip())
        named = ctx.who(found.start("who"), found.start("who") + len(tail) - 1, pos) if whole else None
        if named is None or named.key is None:
            found = None
    if found and fold(found.group("cue")) in words.statement_nouns:
        # `"..." pernyataan X` with no comma: a quoted word inside a sentence, not a statement closing a quote.
        between = ctx.text[start:found.start("cue")]
        if "," not in between and not between.strip() and ctx.text[start - 2:start - 1] not in (",", ".", "!", "?", "…"):
            found = None
    if found and (pointed := _statement_pointed_back(ctx, found)) is not None:
        return pointed
    if found:
        who = ctx.who(found.start("who"), found.end("who"), pos)
        if who is None and fold(found.group("cue")) in words.statement_nouns:
            # "“...,” demikian pernyataan yang dirilis X": who issued the statement named no one before
            who = ctx.reader(found.start("who"), found.end("who"), pos, bodies=True)
        if (who is None or not who.person) and ctx.text[found.start("who")].islower() \
                and not _spoken_to(ctx, found.start("who"), found.end("who")):
            who = ctx.apposed_after(found.end("who"), end, bodies=who is None or ctx.agency(who)
                                    or who.key is None or ctx.actors[who.key].kind != "organization") or who
        elif who is not None and not who.person:
            who = _role_holder_apposed(ctx, found.start("who"), found.end("who"), end) or who
        if who is None or not who.person:
            who = _bracketed_body(ctx, who, found.end("who"), end) or who
        if who is not None and (fold(found.group("cue")) in words.statement_nouns or not who.person and (
                words.statement_noun.match(ctx.text, found.start("who"), found.end("who")))):
            # "demikian pernyataan KCNA", "bunyi laporan kantor berita X, KCNA": the body's own report
            who = _Who(who.name, who.key, who.person, "statement")
        return _Attribution(who, Span(found.start("cue"), found.end("cue")),
                            f"after:{found.group('cue').lower()}", found.end("who"))
    found = _after_suffixed(ctx, start, end)
    if found:
        who = _not_named_inside(ctx, _voice_closing_before(ctx, pos) or ctx.topic(pos), pos, start)
        if who is None and (voice := _last_voice(ctx, pos)) is not None and _speaking_body(ctx, voice):
            # "Badan X menyebut bahwa ... .\n\n“...,” ungkapnya": no person in the passage, the body
            # that spoke last (this paragraph or the one before) goes on.
            who = ctx.of_key(voice.key, "continued")
        return _Attribution(who, Span(found.start("cue"), found.end("cue")),
                            f"after:{found.group('cue').lower()}", found.end("cue"))
    if comma and (found := _after_relay(ctx, start, end)):
        who = ctx.who(found.start("who"), found.end("who"), pos)
        return _Attribution(who, Span(found.start("cue"), found.end("cue")),
                            f"after-relay:{found.group('cue').lower()}", found.end("cue"))
    if comma:
        found = _after_subject(ctx, start, end)
        lead = fold(found.group("who").split()[0]) if found else ""
        if found and (found.group("who")[0].isupper() or lead in words.pronouns or lead in words.body_heads):
            who = ctx.who(found.start("who"), found.end("who"), pos)
            if found.group("who")[0].islower() and lead in words.body_heads and who is not None and not (
                    who.how == "body" and who.key is None or who.key and ctx.mentioned_before(who, pos)):
                # ("..., kementerian luar negeri Rusia mengatakan Selasa": a body by its lower-case head,
                # written out with its country or one the article named before; no body named later)
                return None
            return _Attribution(who, Span(found.start("cue"), found.end("cue")),
                                f"after-subject:{found.group('cue').lower()}", found.end("cue"))
    return None


def _not_named_inside(ctx: _Context, who: _Who | None, pos: int, close: int) -> _Who | None:
    """`“... absennya X kerugian bagi kami,” ujarnya`: a suffixed cue never points at a person the quoted
    words [pos, close) name in the third person; the passage's person before X came up speaks (else nobody)."""
    if who is None or not who.person or not who.key or pos >= close \
            or not any(m.key == who.key for m in ctx.mentions_in(pos, close)):
        return who
    floor = ctx.paragraphs[max(ctx.paragraph_at(pos) - TOPIC_PARAGRAPHS, 0)][1].start
    named = next((m for m in reversed(ctx.mentions_in(floor, pos)) if m.key == who.key), None)
    other = ctx.topic(named.span.start) if named is not None else None
    return other if other is not None and other.key != who.key else None


def _voice_closing_before(ctx: _Context, pos: int) -> _Who | None:
    """`X bertemu Y, kata Z.` right before: who a suffixed cue after the quote (`tambahnya`) goes on
    from is Z, the voice that closed that sentence, not its subject X."""
    here = ctx.sentence_index(pos)
    if here is None or here == 0:
        return None
    before = ctx.sentences[here - 1].span
    if ctx.paragraph_at(pos) - ctx.paragraph_at(before.start) > 1 or first_of(MARKS, ctx.text, before.start, before.end) is not None:
        return None
    cue = _lost_cue(ctx, before.start, before.end)
    if cue is None or not cue.named:
        return None
    who = ctx.who(cue.start("who"), cue.end("who"), before.start)
    if who is None or not who.key or not (who.person or _kind_of(ctx, who) == "organization"):
        return None
    # An agency too ("X bertemu Y, kata KCNA. ... “...”, tambahnya": what the agency added), unless the
    # sentence says what its subject said ("X mengungkapkan bahwa ..., lapor BBC": the agency relays X).
    if ctx.agency(who) and _speaks(ctx, before.start, cue.start()):
        return None
    return ctx.of_key(who.key, "continued")


def _name_after_mark(ctx: _Context, start: int, end: int, *, opens_sentence: bool) -> _Attribution | None:
    """A person named right after a closing mark and its comma: `“...,” Name, <apposition>, mengatakan`
    (the apposition set off before a speech verb), or, when the quote opens its sentence, `“...,”
    Name <lower-case word> ...` (the sentence goes on about who said the words: `Name tertawa`); not
    before a preposition or a coordinator (`Name dan Name2 ...`)."""
    text = ctx.text
    words = ctx.words
    at = start
    while at < end and (text[at].isspace() or text[at] == ","):
        at += 1
    lead = _WORD.match(text, at, end)
    if lead is not None and lead.group()[0].islower() and fold(lead.group()) in words.after_lead \
            and text[lead.end():lead.end() + 1] == " ":
        at = lead.end() + 1                                # "“...,” demikian Name."
    else:
        lead = None
    mention = next((m for m in ctx.mentions_in(at, at + 1) if m.kind == "person"), None)
    if mention is None or mention.span.end > end:
        return None
    who = ctx.of_mention(mention, "after-name")
    after = mention.span.end
    if lead is not None:
        following = _WORD.match(text, after + 1, end) if text[after:after + 1] == " " else None
        if following is not None and fold(following.group()) in words.coordinators:
            return None                                    # "demikian Name dan Name2"
        return _Attribution(who, Span(lead.start(), lead.end()), f"after-name:{lead.group().lower()}", after)
    if text.startswith(",", after):
        # The apposition may hold commas of its own ("Name, <post>, <body>, mengatakan"): the verb
        # follows one of them, within WHO_MAX, before any mark or line break.
        limit = min(end, after + 1 + WHO_MAX)
        stop = first_of(MARKS + "\n", text, after + 1, limit)
        limit = limit if stop is None else stop
        close = text.find(",", after + 1, limit)
        while close >= 0:
            verb = _WORD.search(text, close + 1, end)
            while verb is not None and fold(verb.group()) in words.verb_adverbs:
                verb = _WORD.search(text, verb.end(), end)      # "..., juga menegaskan"
            if (verb is not None and verb.group()[0].islower() and fold(verb.group()) in words.subject_verbs
                    and first_of(MARKS + ",\n", text, close + 1, verb.start()) is None):
                return _Attribution(who, Span(verb.start(), verb.end()), f"after-name:{verb.group().lower()}",
                                    verb.end())
            close = text.find(",", close + 1, limit)
        return None
    if not opens_sentence or text[after:after + 1] != " ":
        return None
    following = _WORD.match(text, after + 1, end)
    if following is None or not following.group()[0].islower() or fold(following.group()) in words.breakers \
            or fold(following.group()) in words.coordinators:
        return None
    if ctx._verb_like(following.group()) and fold(following.group()).startswith(words.passive_prefixes):
        return None       # "“...,” Name disambut Name2": the name undergoes the verb, it does not speak
    return _Attribution(who, mention.span, "after-name", mention.span.end)


def _subject_after_lead(ctx: _Context, found: re.Match, mark: int) -> _Who | None:
    """`Menyerukan “...” dari X, Y mengatakan ...`: a capitalised speech verb opening the sentence is a lead
    with no subject of its own; its speaker is the subject after the comma closing the lead (past the quote's
    closing mark), a person or a body."""
    cue = found.group("cue")
    sentence = ctx.sentence_at(mark)
    if not cue[:1].isupper() or sentence is None or ctx.text[mark:mark + 1] not in MARKS:
        return None
    closing = first_of(MARKS, ctx.text, mark + 1, sentence.span.end)
    comma = ctx.text.find(",", closing, sentence.span.end) if closing is not None else -1
    if comma < 0:
        return None
    who = ctx.subject(comma + 1, sentence.span.end)
    return who if who is not None and who.key and _kind_of(ctx, who) in ("person", "organization") else None


def _cue_before(ctx: _Context, start: int, end: int, pos: int) -> _Attribution | None:
    words = ctx.words
    found = _before_cue(ctx, start, end)
    if found:
        who = ctx.who(found.start("who"), found.end("who"), pos) if found.named else ctx.topic(pos)
        return _Attribution(who, Span(found.start("cue"), found.end("cue")), f"before:{found.group('cue').lower()}")
    found = _before_passive(ctx, start, end)
    if found:
        who = ctx.who(found.start("who"), found.end("who"), pos)
        if who is not None and who.name:
            return _Attribution(who, Span(found.start("cue"), found.end("cue")),
                                f"before-passive:{found.group('cue').lower()}")
    found = _before_verb(ctx, start, end)
    if found:
        lead = _WORD.search(ctx.text, max(start, found.start("cue") - 24), found.start("cue"))
        while lead is not None and lead.end() < found.start("cue") - 1:
            lead = _WORD.search(ctx.text, lead.end(), found.start("cue"))
        sentence = ctx.sentence_at(start)
        if (lead is not None and lead.group()[0].islower() and fold(lead.group()) in words.verb_leads
                and sentence is not None):
            # "X memuji “...” Y, dengan mengatakan “...”": a speech verb with no subject of its
            # own goes on with the sentence's subject, not with whoever the words after a quote name;
            # with who spoke last before it in the sentence ("Mengenang ..., X mengatakan ..., seraya
            # menambahkan “...”": X, not a subject the opening phrase names).
            who = _speaking_before(ctx, sentence.span.start, lead.start())
            if who is None and sentence.span.start < start:
                who = ctx.subject(sentence.span.start, found.start("cue"))
            if who is not None:
                return _Attribution(who, Span(found.start("cue"), found.end("cue")),
                                    f"before-subject:{found.group('cue').lower()}")
        relative = _relative_antecedent(ctx, start, found.start("cue"))
        if relative is not None:
            return _Attribution(relative.who, Span(found.start("cue"), found.end("cue")), relative.how)
        who = ctx.subject(start, found.start("cue")) or ctx.best_mention(start, found.start("cue"))
        if who is None and not ctx.text[start:found.start("cue")].strip():
            who = _subject_after_lead(ctx, found, end)
        if ctx.agency(who):
            # "Kantor berita X melaporkan, Menteri Y mengatakan “...”": the agency reports who speaks.
            reported = _reported_speaker(ctx, start, found.end("cue"))
            if reported is not None:
                return _Attribution(reported if reported.name else None, Span(found.start("cue"), found.end("cue")),
                                    f"before-reported:{found.group('cue').lower()}")
        return _Attribution(who, Span(found.start("cue"), found.end("cue")),
                            f"before-subject:{found.group('cue').lower()}")
    if words.before_colon.search(ctx.text, start, end):
        return _Attribution(ctx.subject(start, end), None, "colon")
    return None


def _attribute(ctx: _Context, piece: _Piece, previous: Quote | None, voiced: Quote | None = None) -> _Attribution:
    text = ctx.text
    block = ctx.paragraphs[piece.paragraph][1]
    pos = piece.parts[0].start
    # 1. A cue after the closing mark (or inside a split quote, between its pieces).
    found = _after_close(ctx, piece, previous, block) if piece.close_at is not None else None
    if found:
        return found
    if len(piece.parts) > 1 and piece.form == "split":
        gap_start = piece.parts[0].end + 1
        found = _cue_after(ctx, gap_start, piece.parts[1].start, pos, True)
        if found:
            return found
    # 2. A cue before the opening mark, in the same sentence.
    sentence = ctx.sentence_at(piece.open_at)
    sentence_start = sentence.span.start if sentence else block.start
    if piece.close_at is not None and sentence is not None and _mark_start(text, piece) == sentence.span.start:
        # 1b. A quoted phrase opening a sentence that goes on in the writer's words and closes with
        #     a cue after its last comma (`“Sangat disayangkan” bahwa ..., kata X.`): X's words.
        comma = text.rfind(",", piece.close_at + 1, sentence.span.end)
        if comma > piece.close_at + 1:
            found = _cue_after(ctx, comma + 1, sentence.span.end, pos, True)
            if found and found.who is not None:
                return found
    if previous is not None and previous.span.end > sentence_start:
        sentence_start = previous.span.end + 1
    if (previous is not None and previous.speaker and ctx.paragraph_at(previous.span.start) == piece.paragraph
            and previous.span.end < piece.open_at and not _WORD.search(text, previous.span.end, piece.open_at)):
        # 2b. A quote right after a quote with a speaker, no word between (`X mengatakan: “...” “...”`):
        #     the same voice goes on.
        return _continued(ctx, previous)
    if previous is not None and sentence is not None and _joined_phrase(ctx, previous, piece, sentence):
        return _continued(ctx, previous) if previous.speaker else _Attribution(None, None, "joined")
    if _mark_start(text, piece) > sentence_start:
        found = _cue_before(ctx, sentence_start, _mark_start(text, piece), pos)
        if (found and found.who is not None and ctx.agency(found.who) and previous is not None
                and previous.speaker_key == found.who.key and sentence is not None
                and sentence.span.start <= previous.span.start):
            # "“...,” kata <agency>, menambahkan bahwa “...”": the agency gave the quote before in this
            # sentence in its own voice; it goes on in it (no relay of the passage's person).
            return _Attribution(ctx.of_key(found.who.key, "continued"), found.cue, found.how)
        if found:
            return found
        # 3. A quoted phrase inside a sentence: who speaks in the clause that holds it (the person
        #    right before the last speech verb: "... setelah Name mengatakan bahwa ... “...”"), else
        #    the sentence's subject; in a subordinate clause of a sentence where nobody speaks, the
        #    clause's own subject, and nobody when that is unnamed or a place ("saat massa meneriakkan").
        found = _they_go_on(ctx, piece, voiced, sentence) or _phrase_in_sentence(ctx, piece, sentence, sentence_start, pos, voiced)
        if piece.close_at is not None and sentence is not None:
            return _closing_speaker(ctx, piece, sentence, sentence_start, pos, found) or found
        return found
    # 3b. A quote opening a sentence right after a quote and its cue in the same paragraph
    #     (`“...,” kata Lee. “Kami ...”`) goes on in the same voice.
    if _goes_on_after_cue(ctx, piece, previous):
        return _continued(ctx, previous)
    # 4. A quote that opens its paragraph: introduced by the previous paragraph's colon, or going
    #    on from the quote that closed the previous paragraph.
    found = _paragraph_opening(ctx, piece, previous, block, pos)
    if found is not None:
        return found
    if piece.close_at is None:
        # 6b. A quote paragraph cut by the end of the text (no closing mark) after a paragraph closing on
        #     what a person said: as 6.
        return _speaker_of_previous_paragraph(ctx, piece) or _Attribution(None, None, "none")
    if not text[piece.close_at + 1:_sentence_end(ctx, piece.close_at)].strip(" .,;!?"):
        # 5. A quote standing alone, its speaker named by the next sentence ("Hal itu disampaikan X").
        found = _recap_after(ctx, piece, pos)
        if found:
            return found
        # 6. A paragraph that is only a quote, after a paragraph closing on what a person said
        #    ("X menilai ... .\n\n“...”"): the quote is that person's.
        found = _speaker_of_previous_paragraph(ctx, piece)
        if found:
            return found
    return _Attribution(None, None, "none")


def _goes_on_after_cue(ctx: _Context, piece: _Piece, previous: Quote | None) -> bool:
    """3b. `previous` (a quote with a speaker and its cue after it, in the paragraph of `piece`) goes on
    in `piece`, a quote opening a sentence: when no other person is named between them, or when the
    cue's sentence is the one right before `piece` and names other persons only in the cue's clause
    (`“...,” kata X kepada anggota parlemen Y. “...”`: whom X spoke to or of, as 4b)."""
    if not (previous is not None and previous.speaker and previous.cue is not None
            and ctx.paragraph_at(previous.span.start) == piece.paragraph
            and previous.span.end < previous.cue.start < piece.open_at):
        return False

    def others(end: int) -> bool:
        return any(m.kind == "person" and m.key != previous.speaker_key
                   for m in ctx.mentions_in(previous.span.end, end))

    if piece.open_at - previous.span.end <= WHO_MAX and not others(piece.open_at):
        return True
    cue_sentence = ctx.sentence_at(previous.cue.start)
    return (cue_sentence is not None and previous.span.start >= cue_sentence.span.start
            and not ctx.text[cue_sentence.span.end:_mark_start(ctx.text, piece)].strip()
            and not others(previous.cue.end))


def _closing_speaker(ctx: _Context, piece: _Piece, sentence: Sentence, sentence_start: int, pos: int,
                     found: _Attribution) -> _Attribution | None:
    """A quoted phrase inside a sentence whose clause names no speaker: the end of the sentence may."""
    text = ctx.text
    state = (found.how in ("subject", "clause") and _kind_of(ctx, found.who) in ("country", "place"))
    if found.how in ("none", "passive") or state:
        # 3c. Nobody speaks in the clause (`Mereka menggambarkan X sebagai “...” yang ..., kata
        #     kantor kepresidenan dalam pernyataan.`; a passive clause, `Kerja yang dilakukan X “...” antara
        #     ..., kata <person>.`, when a person closes it: an agency closing one reports a term, `X, yang
        #     kasusnya digolongkan “...”, ..., kata <agency>.`), or a state or capital that says no words of
        #     its own (`Militer Korsel mengambil langkah “taktis” ..., kata <body>.`): the cue closing the
        #     sentence names the speaker.
        comma = text.rfind(",", piece.close_at + 1, sentence.span.end)
        if comma > piece.close_at + 1:
            closing = _cue_after(ctx, comma + 1, sentence.span.end, pos, True)
            if closing and closing.who is not None and (found.how != "passive" or closing.who.person):
                return closing
    if found.how in ("none", "passive") or (found.how == "subject" and found.who is not None and found.who.how == "topic"
                                            and _thing_subject(ctx, sentence_start, piece.open_at)):
        # 3d. A sentence about no person (`Kota tersebut menjadi pasar “...” ..., seperti dilansir dari
        #     X.`), or about one who undergoes a passive with no agent named (`X digambarkan sebagai “...”
        #     ..., menurut Y.`), closing on the source it was taken from: the source's words.
        source = _closing_source(ctx, piece.close_at + 1, sentence.span.end, pos)
        return source if source is not None or found.how != "none" else _according_before(ctx, sentence, piece.open_at)
    return None


def _according_before(ctx: _Context, sentence: Sentence, open_at: int) -> _Attribution | None:
    """3f. `Menurut <body>, pertemuan itu berlangsung di X. Pertemuan berlangsung dalam suasana “...”`: a
    sentence naming no person before the mark, right after a sentence of its paragraph that opens on a
    body's account (no marks in it), goes on in that account; a person's (`Menurutnya, ...`) does not."""
    index = ctx.sentence_index(sentence.span.start)
    if not index:
        return None
    before = ctx.sentences[index - 1].span
    if (ctx.paragraph_at(before.start) != ctx.paragraph_at(sentence.span.start)
            or first_of(MARKS, ctx.text, before.start, before.end) is not None
            or any(m.kind == "person" for m in ctx.mentions_in(sentence.span.start, open_at))):
        return None
    lead = ctx.words.channel_start.match(ctx.text, before.start, before.end)
    according = ctx.words.according_lead.match(ctx.text, lead.start(), lead.end()) if lead else None
    if according is None or ctx.words.pronoun(according.group("who")):
        return None
    who = ctx.best_mention(according.start("who"), according.end("who"))
    if who is None or not who.key or _kind_of(ctx, who) != "organization":
        return None
    return _Attribution(ctx.of_key(who.key, "statement"), None, "according-before")   # (its own account: no relay)


def _after_close(ctx: _Context, piece: _Piece, previous: Quote | None, block: Span) -> _Attribution | None:
    """A cue after the closing mark (`“...,” kata X`), else a person named right after it."""
    text = ctx.text
    limit = first_of(OPENERS, text, piece.close_at + 1, block.end)
    limit = block.end if limit is None else limit
    # (a question or an exclamation closes its words as a comma does: "“...?” X bertanya")
    comma = text[piece.parts[-1].end - 1] in ",?!" or text[piece.close_at + 1:piece.close_at + 2] == ","
    found = _cue_after(ctx, piece.close_at + 1, limit, piece.parts[0].start, comma)
    opening = ctx.sentence_at(piece.open_at)
    opens = opening is not None and opening.span.start == _mark_start(text, piece)
    if found and not opens and found.cue is not None and fold(found.cue.of(text)) in ctx.words.according:
        found = None      # ("Dia mendesak X untuk “...”, menurut Y": the sentence's subject speaks, Y reports)
    if found:
        return _body_goes_on(ctx, found, piece, previous) or _voice_carried(ctx, found, piece, previous) or found
    if not comma:
        return None
    found = _after_report(ctx, piece.close_at + 1, limit)
    if found:
        # "“...,” Yonhap melaporkan(, mengutip X)": an agency or a body reports; _settle reads whose words.
        who = ctx.who(found.start("who"), found.end("who"), piece.parts[0].start)
        if _kind_of(ctx, who) == "organization":
            return _Attribution(who, Span(found.start("cue"), found.end("cue")),
                                f"after-report:{found.group('cue').lower()}", found.end("cue"))
    found = _after_channel(ctx, piece.close_at + 1, limit, piece.parts[0].start) \
        or _passive_after(ctx, piece.close_at + 1, limit, piece.parts[0].start)
    if found:
        return found
    return _name_after_mark(ctx, piece.close_at + 1, limit, opens_sentence=opens)


def _passive_after(ctx: _Context, start: int, end: int, pos: int) -> _Attribution | None:
    """`“...,” demikian dinyatakan kementerian itu.`: a passive cue after the comma that closes the words,
    its agent the speaker (the shape a recap sentence takes, `Demikian disampaikan X.`, kept in the quote's)."""
    if ctx.text[start:start + 1] in ",":
        start += 1
    found = ctx.words.recap.match(ctx.text, start, end)
    if not found or not ctx.text[found.start():found.start("cue")].strip():
        return None
    who = ctx.who(found.start("who"), found.end("who"), pos) or ctx.generic_body(found.start("who"), found.end("who"), pos)
    if who is None or not who.name:
        return None
    return _Attribution(who, Span(found.start("cue"), found.end("cue")), f"after-passive:{found.group('cue').lower()}")


def _after_channel(ctx: _Context, start: int, end: int, pos: int) -> _Attribution | None:
    """`“...,” demikian dilansir <agency>.`, `“...,” seperti dilaporkan <agency>.`: a relaying phrase alone after
    the closing mark (no cue verb, no one else named), closing the sentence on a news agency: the agency
    voices the words; _settle reads whether it relays the passage's person or speaks in its own voice."""
    at = first_word(ctx.text, start, end)
    if at is not None and fold(at.group()) in ctx.words.after_lead:
        at = first_word(ctx.text, at.end(), end)
    found = ctx.words.channel.match(ctx.text, at.start(), end) if at is not None else None
    if found is None or "," in found.group("src"):
        return None
    stop = first_of(".!?\n", ctx.text, found.end("src"), end)
    if ctx.text[found.end("src"):stop if stop is not None else end].strip():
        return None
    who = ctx.who(found.start("src"), found.end("src"), pos)
    if who is None or who.key is None or not ctx.agency(who):
        return None
    cue = " ".join(found.group("cue").lower().split())
    return _Attribution(who, Span(found.start("cue"), found.end("cue")), f"after-channel:{cue}", found.end("src"))


def _body_goes_on(ctx: _Context, found: _Attribution, piece: _Piece, previous: Quote | None) -> _Attribution | None:
    """`“...,” kata Kementerian X. “...,” tambahnya.`: a suffixed cue right after a body's quote (this
    paragraph or the one before, no person named between) is the body's; the trail of the passage
    holds only persons."""
    if (found.cue is None or fold(ctx.text[found.cue.start:found.cue.end]) not in ctx.words.suffixed
            or previous is None or not previous.speaker_key or key_missing(ctx.actors, previous.speaker_key)
            or ctx.actors[previous.speaker_key].kind != "organization"
            or piece.paragraph - ctx.paragraph_at(previous.span.start) > 1
            or any(m.kind == "person" for m in ctx.mentions_in(previous.span.end, piece.open_at))):
        return None
    who = ctx.of_key(previous.speaker_key, "continued")
    return _Attribution(who, found.cue, found.how, found.tail) if who is not None else None


def _voice_carried(ctx: _Context, found: _Attribution, piece: _Piece, previous: Quote | None) -> _Attribution | None:
    """`“...,” kata X. <a paragraph or two naming no person> “...,” ujarnya`: a suffixed cue the passage
    resolves to no one, the quote before it attributed, goes on in that quote's voice (a person or
    a body), up to CARRY_PARAGRAPHS on when no person is named between."""
    if (found.who is not None or found.cue is None
            or fold(ctx.text[found.cue.start:found.cue.end]) not in ctx.words.suffixed
            or previous is None or not previous.speaker_key or key_missing(ctx.actors, previous.speaker_key)
            or piece.paragraph - ctx.paragraph_at(previous.span.start) > CARRY_PARAGRAPHS
            or any(m.kind == "person" and m.key != previous.speaker_key
                   for m in ctx.mentions_in(previous.span.end, piece.open_at))):
        return None
    latest = ctx.latest(piece.open_at)
    if latest is not None and latest[0] > previous.span.end and latest[1] != previous.speaker_key:
        return None      # ("Para pejabat menolak berkomentar. “...,” katanya": someone else since, unnamed)
    who = ctx.of_key(previous.speaker_key, "continued")
    return _Attribution(who, found.cue, found.how + "+carried", found.tail) if who is not None else None


def _they_go_on(ctx: _Context, piece: _Piece, voiced: Quote | None, sentence: Sentence | None) -> _Attribution | None:
    """`“...,” kata Kedutaan X. ... Mereka mendesak ... “...”`: a sentence opening on a plural pronoun
    after a body's quote (this paragraph or the two before, no person named after it) goes
    on in the body's voice; after a person's quote, or with a person or an unnamed group (`para
    pekerja`, `sejumlah warga`) named between, it does not. Also `_saying_on`."""
    saying = _saying_on(ctx, piece, voiced, sentence)
    if saying is not None:
        return saying
    if (sentence is None or voiced is None or key_missing(ctx.actors, voiced.speaker_key)
            or ctx.actors[voiced.speaker_key].kind != "organization"
            or piece.paragraph - ctx.paragraph_at(voiced.span.start) > 2):
        return None
    first = first_word(ctx.text, sentence.span.start, piece.open_at)
    if first is None or fold(first.group()) not in ctx.words.plural_pronouns:
        return None
    if any(m.kind == "person" for m in ctx.mentions_in(voiced.span.end, piece.open_at)):
        return None
    if any(fold(m.group()) in ctx.words.anonymous for m in _WORD.finditer(ctx.text, voiced.span.end, first.start())):
        return None       # ("Para pekerja ... . Mereka meneriakkan “...”": the group named since)
    return _continued(ctx, voiced)


def _saying_on(ctx: _Context, piece: _Piece, voiced: Quote | None, sentence: Sentence | None) -> _Attribution | None:
    """`Dia memuji “A” tentara X, mengatakan mereka “B”`: a clause after a comma that opens on a speech
    verb (no subject of its own) in the sentence of a quote with a speaker goes on in that voice;
    not when someone is named after that comma (`..., mengatakan Y “...”` is read as before)."""
    if (sentence is None or voiced is None or not voiced.speaker_key or key_missing(ctx.actors, voiced.speaker_key)
            or not sentence.span.start <= voiced.span.start or voiced.span.end >= piece.open_at):
        return None
    comma = ctx.text.rfind(",", voiced.span.end, piece.open_at)
    verb = first_word(ctx.text, comma + 1, piece.open_at) if comma >= 0 else None
    if verb is None or not verb.group()[0].islower() or fold(verb.group()) not in ctx.words.speech_verbs:
        return None
    if any(m.kind in ("person", "organization") for m in ctx.mentions_in(comma, piece.open_at)):
        return None
    return _continued(ctx, voiced)


def _joined_phrase(ctx: _Context, previous: Quote, piece: _Piece, sentence: Sentence) -> bool:
    """2c. `“A” atau “B”`: the quote before closes in the same sentence and only a joining word stands
    between: the phrase is said alike (by nobody too: `yang dapat diartikan “A” atau “B”`)."""
    if not (sentence.span.start <= previous.span.start and previous.span.end < piece.open_at):
        return False
    between = ctx.text[previous.span.end:piece.open_at]
    words = [fold(m.group()) for m in _WORD.finditer(between)]
    return (len(words) == 1 and words[0] in ctx.words.phrase_joiners
            and not between.replace(_WORD.search(between).group(), "").strip(" ,\t" + MARKS + SINGLES))


def _continued(ctx: _Context, previous: Quote) -> _Attribution:
    """The speaker of the quote before goes on."""
    key = previous.speaker_key
    who = ctx.of_key(key, "continued") if key else _Who(previous.speaker, None, False, "continued")
    return _Attribution(who, None, "continued")


def _paragraph_opening(ctx: _Context, piece: _Piece, previous: Quote | None, block: Span,
                       pos: int) -> _Attribution | None:
    """A quote that opens its paragraph: introduced by the previous paragraph's colon, or going on
    from the quote (and its cue) that closed the previous paragraph; None otherwise."""
    text = ctx.text
    order = piece.paragraph
    if len(piece.parts) > 1 and piece.form == "paragraphs":
        # a quote run over paragraphs opens in its first paragraph (piece.paragraph is where it ends)
        order = ctx.paragraph_at(piece.open_at)
        block = ctx.paragraphs[order][1]
    if _mark_start(text, piece) == block.start and order > 0:
        prev_para = ctx.paragraphs[order - 1][1]
        if text[prev_para.end - 1] == ":":
            last_sentence = ctx.sentence_at(prev_para.end - 1)
            start = last_sentence.span.start if last_sentence else prev_para.start
            found = _cue_before(ctx, start, prev_para.end, pos)
            if found:
                return _Attribution(found.who, found.cue, "colon-paragraph")
        if previous is not None and previous.speaker and previous.span.end >= prev_para.end - 3:
            return _continued(ctx, previous)
        if (previous is not None and previous.speaker and previous.cue is not None
                and prev_para.start <= previous.span.start and previous.span.end < previous.cue.start < prev_para.end
                and ctx.sentence_at(previous.cue.start) is ctx.sentence_at(prev_para.end - 1)
                and (piece.close_at is None or not text[piece.close_at + 1:block.end].strip(" .,;!?"))
                and not any(m.kind == "person" and m.key != previous.speaker_key
                            for m in ctx.mentions_in(previous.span.end, _speaker_named(ctx, previous, prev_para.end)))):
            # 4b. A paragraph that is only a quote, after a paragraph closing on a quote and its cue
            #     (`“...,” ujar X, profesor di Y.\n\n“...”`): X goes on. A person the cue's clause names
            #     after X (`kata X kepada wartawan setelah bertemu Y.`) is whom X spoke of or to.
            return _continued(ctx, previous)
    return None


def _speaker_named(ctx: _Context, quote: Quote, end: int) -> int:
    """Where the quote's speaker is named after its cue (the end of that mention), else `end`."""
    after = quote.cue.start if quote.cue is not None else quote.span.end
    return next((m.span.end for m in ctx.mentions_in(after, end) if m.key == quote.speaker_key), end)


def _cue_set_off_before(ctx: _Context, start: int, mark: int) -> _Attribution | None:
    """`X memperkirakan ..., kata Y, termasuk “...”`: a cue and a named speaker set off by commas between
    the sentence's start and the mark: the phrase goes on in what Y said (not the subject X)."""
    text = ctx.text
    last = text.rfind(",", start, mark)
    comma = text.rfind(",", start, last) if last >= 0 else -1
    cue = first_word(text, comma + 1, last) if comma >= 0 else None
    if cue is None or not cue.group()[:1].islower() or fold(cue.group()) not in ctx.words.cues_after:
        return None
    name = first_word(text, cue.end(), last)
    if name is None or not name.group()[:1].isupper():
        return None
    who = ctx.who(name.start(), last, mark)
    if who is None or not who.key:
        return None
    return _Attribution(who, Span(cue.start(), cue.end()), "cue-set-off")


def _phrase_in_sentence(ctx: _Context, piece: _Piece, sentence: Sentence | None, sentence_start: int,
                        pos: int, voiced: Quote | None = None) -> _Attribution:
    """A quoted phrase inside a sentence with no cue: who speaks in the clause that holds it, else
    the sentence's subject (or the person an agency reports), else the passage's person when the
    clause has no subject of its own."""
    text = ctx.text
    whole = sentence.span.start if sentence is not None else sentence_start
    possessor = _speech_possessor(ctx, sentence_start, piece.open_at)
    if possessor is not None:
        return _Attribution(possessor, None, "speech-possessor")
    set_off = _cue_set_off_before(ctx, whole, piece.open_at)
    if set_off is not None:
        return set_off
    speaking = _speaking_before(ctx, whole, piece.open_at)
    if speaking is not None:
        subject = ctx.subject(sentence_start, piece.open_at)
        same = subject is not None and subject.key == speaking.key
        return _Attribution(subject if same else speaking, None, "subject" if same else "clause")
    according = _according_source(ctx, sentence) if sentence is not None else None
    if according is not None:
        # "Menurut <body>, ... karena “...”": the sentence is the source's account, down to its
        # relative and subordinate clauses (no speech verb with a subject of its own before the mark)
        return _Attribution(according, None, "according")
    relative = _relative_speaker(ctx, whole, piece.open_at)
    if relative is not None:
        return relative
    clause = _subordinate_clause(ctx, whole, piece.open_at)
    if clause is not None:
        return clause
    if _passive_clause(ctx, sentence_start, piece.open_at) and not _reported_clause(ctx, whole, piece.open_at):
        # "X dijuluki “...”": not X's words; "Dalam laporan Y, X digambarkan sebagai “...”": Y's;
        # "X dinilai Y sebagai “...”": the agent right after a passive of judging, Y's.
        agent = _passive_agent(ctx, sentence_start, piece.open_at)
        if agent is not None:
            return _Attribution(agent, None, "passive-agent")
        source = _statement_opening(ctx, whole, pos)
        return _Attribution(source, None, "passive-statement" if source else "passive")
    who = ctx.subject(sentence_start, piece.open_at)
    subject_start = sentence_start
    if who is None and sentence is not None and sentence_start > sentence.span.start:
        subject_start = sentence.span.start
        who = ctx.subject(subject_start, piece.open_at)
    if who is not None and _joint(ctx, subject_start, piece.open_at, who):
        # "X dan Y membahas “...”": no one speaker's words; in a passage an agency reports ("KCNA
        # melaporkan pertemuan itu ... . X dan Y melakukan “...”"), the agency's account of the two.
        reporter = _agency_reporting(ctx, subject_start, pos)
        return _Attribution(reporter, None, "joint-reported") if reporter else _Attribution(None, None, "joint")
    if ctx.agency(who):
        # "Kantor berita A melaporkan X menyebut ... “...”": the person reported speaking said it;
        # with no one reported, the agency's own words.
        reported = _reported_speaker(ctx, sentence_start, piece.open_at)
        if reported is not None:
            return _Attribution(reported, None, "subject-reported" if reported.name else "subject-reported-state")
        if any(fold(m.group()) in ctx.words.report_verbs
               for m in _WORD.finditer(text, sentence_start, piece.open_at)):
            return _Attribution(who, None, "subject-report")   # relays: settled to the passage's person
    if who is not None and not who.person and piece.close_at is not None:
        # "<Country> menegaskan ... “...”. Sikap itu disampaikan <role> Name": the body's words were
        # spoken by the person the next sentence names.
        recap = _recap_after(ctx, piece, pos)
        if recap is not None and recap.who is not None and recap.who.person:
            return recap
    if _kind_of(ctx, who) == "country":
        state_voiced = _state_voiced(ctx, piece, who, sentence_start, voiced)
        if state_voiced is not None:
            return state_voiced
    if who is not None:
        return _Attribution(who, None, "subject")
    if _subjectless(ctx, sentence_start, piece.open_at):
        # "Yang kedua, untuk mengumumkan visi “...”": a clause with no subject of its own goes on
        # about the passage's person; in a sentence about "mereka", about the body they are.
        topic = _plural_antecedent(ctx, sentence) if _opens_plural(ctx, sentence) else ctx.topic(sentence_start)
        if topic is not None:
            return _Attribution(topic, None, "subjectless")
    return _Attribution(None, None, "none")


def _opens_plural(ctx: _Context, sentence: Sentence | None) -> bool:
    """The sentence opens on the third person plural (`Mereka tidak bersedia ...`)."""
    first = first_word(ctx.text, sentence.span.start, sentence.span.end) if sentence is not None else None
    return first is not None and fold(first.group()) in ctx.words.plural_pronouns


def _plural_antecedent(ctx: _Context, sentence: Sentence) -> _Who | None:
    """Who `mereka` opening `sentence` is: the subject of the latest sentence before it with one (within
    TOPIC_PARAGRAPHS), when that is a body (`Kremlin ... mengumumkan ... . Mereka ...`); no one person
    (a plural is not the passage's person) and no group named by kind (`Para pekerja`): nobody."""
    index = ctx.sentence_index(sentence.span.start)
    floor = ctx.paragraph_at(sentence.span.start) - TOPIC_PARAGRAPHS
    for before in reversed(ctx.sentences[:index or 0]):
        if ctx.paragraph_at(before.span.start) < floor:
            return None
        opening = first_word(ctx.text, before.span.start, before.span.end)
        if opening is not None and fold(opening.group()) in ctx.words.anonymous:
            return None       # ("Para pekerja itu ... . Mereka ...": the group named there)
        who = ctx.subject(before.span.start, before.span.end)
        if who is not None:
            return who if who.key and _kind_of(ctx, who) == "organization" else None
    return None


def _state_voiced(ctx: _Context, piece: _Piece, state: _Who, sentence_start: int,
                  voiced: Quote | None) -> _Attribution | None:
    """`Rusia “tidak mengecualikan ...”` in a passage about what its leader said: the leader's words;
    `Rusia disebut ... “mitra lama”` after its embassy's quote: the embassy's. Only when that person
    (acting for the state) or that body (named after the state) is the voice of the quote before,
    within two paragraphs, and the state does not speak in the clause itself (`Negara X mengatakan
    akan mendukung “...”`: the state's own statement); a passage that merely names the leader
    (`proyek ambisius pemimpin X. ... pemerintah X melarang ... “...”`) does not make them speak."""
    if (voiced is None or key_missing(ctx.actors, voiced.speaker_key)
            or piece.paragraph - ctx.paragraph_at(voiced.span.start) > 2
            or _speaks(ctx, sentence_start, piece.open_at)):
        return None
    state = ctx.actors[state.key].name
    topic = ctx.topic(sentence_start)
    if topic is not None and ctx.actors[topic.key].affiliation == state and voiced.speaker_key == topic.key:
        return _Attribution(topic, None, "subject-for")
    body = ctx.actors[voiced.speaker_key]
    if (body.kind == "organization" and not ctx.agency(ctx.of_key(body.key, "voiced"))
            and f" {' '.join(map(fold, state.split()))} " in f" {' '.join(map(fold, body.name.split()))} "
            and not any(m.kind == "person" for m in ctx.mentions_in(voiced.span.end, piece.open_at))):
        return _continued(ctx, voiced)
    return None


def _agency_reporting(ctx: _Context, start: int, pos: int) -> _Who | None:
    """The news agency whose report the passage before `start` gives: the subject of the latest sentence
    with a verb of speech or reporting (this paragraph or the one before), when that is an agency; else None."""
    here = ctx.paragraph_at(start)
    floor = ctx.paragraphs[here - 1][1].start if here > 0 else 0
    words = ctx.words
    for sentence in reversed(ctx.sentences[:bisect_right(ctx._sentence_starts, start - 1)]):
        if sentence.span.end <= floor:
            break
        if sentence.span.end > start or first_of(MARKS, ctx.text, sentence.span.start, sentence.span.end) is not None:
            return None   # (the quote's own sentence; a sentence of quoted words has a voice of its own)
        verb = next((m for m in _WORD.finditer(ctx.text, sentence.span.start, sentence.span.end)
                     if m.group()[0].islower() and (fold(m.group()) in words.speech_verbs
                                                    or fold(m.group()) in words.report_verbs)), None)
        if verb is None:
            continue
        who = ctx.subject(sentence.span.start, verb.start())
        return who if ctx.agency(who) and who.key else None
    return None


def _relative_speaker(ctx: _Context, start: int, end: int) -> _Attribution | None:
    """`... mengutip seorang pejabat yang mengatakan bahwa X ... “...”`: a quote in the clause a relative
    speech verb reports (`yang <verb> bahwa`) is the words of who that verb's `yang` hangs on: the
    person or body named right before it, else nobody named (never X, the reported clause's subject)."""
    text = ctx.text
    words = ctx.words
    tokens = list(_WORD.finditer(text, start, end))
    index = next((i for i in range(len(tokens) - 1, 1, -1)
                  if fold(tokens[i].group()) in words.complementisers), None)
    if index is None:
        return None
    at = index - 1
    while at > 0 and fold(tokens[at].group()) in words.verb_adverbs:
        at -= 1
    if at < 1 or fold(tokens[at].group()) not in words.speech_verbs or fold(tokens[at - 1].group()) not in words.relative:
        return None
    edge = tokens[at - 2].end() if at >= 2 else start
    mention = next((m for m in reversed(ctx.mentions_in(start, edge)) if m.span.end == edge
                    and not text[edge:tokens[at - 1].start()].strip(" ,")), None)
    if mention is not None and mention.kind == "place":
        mention = _placed(ctx, start, mention)   # ("lembaga X di Washington yang menyatakan": X)
    if mention is not None and mention.kind in ("person", "organization"):
        who = ctx.of_mention(mention, "clause")
        if who is not None:
            return _Attribution(who, None, "relative")
    return _Attribution(None, None, "relative-unnamed")


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


def _relative_antecedent(ctx: _Context, start: int, cue: int) -> _Attribution | None:
    """`..., yang menguraikan “...”`: a speech verb whose subject is the relative pronoun right before it
    (adverbs between at most) speaks for what the pronoun hangs on: the person or body named right
    before it, else no one (a treaty, a plan); None when the verb has no such pronoun before it."""
    words = list(_WORD.finditer(ctx.text, max(start, cue - 40), cue))
    at = len(words) - 1
    while at >= 0 and fold(words[at].group()) in ctx.words.verb_adverbs:
        at -= 1
    if at < 0 or words[at].group() != words[at].group().lower() or fold(words[at].group()) not in ctx.words.relative:
        return None
    edge = len(ctx.text[start:words[at].start()].rstrip(" ,")) + start
    mention = next((m for m in reversed(ctx.mentions_in(start, edge)) if m.span.end == edge), None)
    if mention is not None and mention.kind in ("person", "organization"):
        who = ctx.of_mention(mention, "clause")
        if who is not None:
            return _Attribution(who, None, "relative")
    return _Attribution(None, None, "relative-unnamed")


def _joint(ctx: _Context, start: int, end: int, who: _Who) -> bool:
    """Whether `who` is named in [start, end) coordinated with another actor of its kind (`X dan Y`:
    two people, two bodies, two states or capitals)."""
    text = ctx.text
    kind = ctx.actors[who.key].kind if who.key in ctx.actors else None
    named = [m for m in ctx.mentions_in(start, end) if m.kind == kind]
    for first, second in zip(named, named[1:]):
        if who.key in (first.key, second.key) and first.key != second.key:
            between = text[first.span.end:second.span.start].strip().split()
            # ("X dan Bapak Y": a form of address before the second name)
            if between and fold(between[0]) in ctx.words.joiners and all(
                    fold(w) in ctx.words.honorifics for w in between[1:]):
                return True
    return False


def _subjectless(ctx: _Context, start: int, end: int) -> bool:
    """Whether [start, end) has no subject: after an opening phrase and its comma, it begins with
    a lower-case verb or preposition."""
    text = ctx.text
    comma = text.find(",", start, end)
    first = _WORD.search(text, comma + 1 if comma >= 0 else start, end)
    if first is not None and first.group()[0].isupper() and comma < 0 and not text[start:first.start()].strip() \
            and not ctx.mentions_in(start, end):
        # "Termasuk “...”.": a sentence opening on a verb, naming no one, goes on from the one before.
        return ctx._breaks(first.group())
    if first is None or not first.group()[0].islower() or text[start:end].count(",") > 1:
        return False
    if comma < 0 and first.start() > start and text[start:first.start()].strip():
        return False
    return ctx._is_breaker(first.group())


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


def _subordinate_clause(ctx: _Context, start: int, end: int) -> _Attribution | None:
    """A mark in a subordinate clause (`karena`, `saat`, `sejak` ...) of a sentence whose main
    clause speaks not: the clause's own subject, or nobody when it is unnamed or a place."""
    text = ctx.text
    words = ctx.words
    tokens = list(_WORD.finditer(text, start, end))
    index = next((i for i in range(len(tokens) - 1, 0, -1)
                  if tokens[i].group()[0].islower() and fold(tokens[i].group()) in words.subordinators), None)
    if index is None:
        return None
    if any(fold(t.group()) in words.speech_verbs or fold(t.group()) in words.characterising
           for t in tokens[:index]):
        return None           # "X menyebut ... karena “...”": the main clause's speaker
    clause = tokens[index + 1:]
    if not clause or ctx._is_breaker(clause[0].group()):
        return None           # "... karena dinilai “...”": no subject of its own, the sentence's
    if _main_clause_goes_on(ctx, tokens, index + 1):
        return None           # "X menyuarakan ... setelah Y bergerak, dan mendesak “...”": X's verb again
    who = ctx.subject(tokens[index].end(), end)
    if who is not None and who.key and _joint(ctx, tokens[index].end(), end, who):
        return _Attribution(None, None, "clause-joint")   # "... setelah X dan Y menandatangani “...”"
    if who is not None and who.how != "topic" and who.name:
        actor = ctx.actors.get(who.key or "")
        if actor is None or actor.kind != "place":
            return _Attribution(who, None, "clause")
    if who is not None and who.name and who.person and words.pronoun(clause[0].group()):
        # "... setelah dia memperingatkan “...”": a pronoun subject is the person the passage is about.
        return _Attribution(who, None, "clause-pronoun")
    return _Attribution(None, None, "clause-unnamed")


def _main_clause_goes_on(ctx: _Context, tokens: list[re.Match], first: int) -> bool:
    """The subordinate clause opening at tokens[first] is closed by a comma and a coordinator followed by a
    verb with no subject of its own (`, dan kembali mendesak`, two words at most before the verb): the
    main clause's subject goes on past it."""
    for j in range(max(first, 1), len(tokens)):
        word = tokens[j].group()
        if not (word[0].islower() and fold(word) in ctx.words.coordinators
                and "," in ctx.text[tokens[j - 1].end():tokens[j].start()]):
            continue
        for after in tokens[j + 1:j + 3]:
            if not after.group()[0].islower():
                break
            if ctx._verb_like(after.group()):
                return True
    return False


def _reported_speaker(ctx: _Context, start: int, end: int) -> _Who | None:
    """The last person in [start, end) standing right before a speech verb (`melaporkan X menyebut`); a
    _Who without a name when that is a state or a place (`mengabarkan, Rusia mengatakan`): whose words
    no person or body says."""
    found = None
    previous = None
    for mention in ctx.mentions_in(start, end):
        verb = _WORD.match(ctx.text, mention.span.end + 1, end) if ctx.text[mention.span.end:mention.span.end + 1] == " " else None
        # ("KCNA Korea Utara mengatakan": a state right after a body's name is the body's, no one reported)
        of_body = (mention.kind != "person" and previous is not None and previous.kind == "organization"
                   and not ctx.text[previous.span.end:mention.span.start].strip())
        if mention.kind in ("person", "country", "place") and verb is not None and not of_body \
                and fold(verb.group()) in ctx.words.speech_verbs:
            found = mention
        previous = mention
    if found is not None and found.kind != "person":
        return _Who(None, None, False, "reported-state")
    return ctx.of_mention(found, "reported") if found is not None else None


def _sentence_end(ctx: _Context, pos: int) -> int:
    sentence = ctx.sentence_at(pos)
    return sentence.span.end if sentence else pos + 1


def _recap_after(ctx: _Context, piece: _Piece, pos: int) -> _Attribution | None:
    here = ctx.sentence_index(piece.close_at)
    if here is None:
        return None
    index = here + 1
    if index >= len(ctx.sentences):
        return None
    after = ctx.sentences[index]
    if ctx.paragraph_at(after.span.start) - ctx.paragraph_at(piece.close_at) > 1:
        return None
    found = ctx.words.recap.match(ctx.text, after.span.start, after.span.end)
    if not found:
        return _speaking_on_after(ctx, piece, after, pos)
    who = ctx.who(found.start("who"), found.end("who"), pos)
    if (who is None or not who.person) and ctx.text[found.start("who")].islower():
        who = ctx.apposed_after(found.end("who"), after.span.end) or who
    if who is None or not who.name:
        return None
    return _Attribution(who, Span(found.start("cue"), found.end("cue")), f"recap:{found.group('cue').lower()}")


def _speaking_on_after(ctx: _Context, piece: _Piece, after: Sentence, pos: int) -> _Attribution | None:
    """`“... .” Dia menambahkan, ...`: a quote closing its sentence, the next sentence of its paragraph
    opening on a pronoun or a person as the subject of a speech verb: that speaker goes on talking (the
    words quoted were theirs)."""
    if ctx.paragraph_at(after.span.start) != ctx.paragraph_at(piece.close_at):
        return None
    found = _after_subject(ctx, after.span.start, after.span.end)
    if found is not None:
        who, cue = ctx.who(found.start("who"), found.end("who"), pos), Span(found.start("cue"), found.end("cue"))
    else:
        # (a pronoun, then a verb taking a clause: "Dia mengakui bahwa ...", "Ia yakin bahwa ...")
        word = _WORD.match(ctx.text, after.span.start, after.span.end)
        if word is None or not ctx.words.pronoun(word.group()) \
                or not ctx.words.complementiser.match(ctx.text, word.end(), after.span.end):
            return None
        verb = _WORD.search(ctx.text, word.end(), after.span.end)
        who, cue = ctx.who(word.start(), word.end(), pos), Span(verb.start(), verb.end())
    if who is None or not who.person or not who.name:
        return None
    return _Attribution(who, cue, f"goes-on:{cue.of(ctx.text).lower()}")


def _speaker_of_previous_paragraph(ctx: _Context, piece: _Piece) -> _Attribution | None:
    """A quote making up its paragraph after a paragraph whose last sentence is what a person (or a body
    speaking for itself) said (`X menilai
    ... .`), or making up its sentence after such a sentence of its own paragraph: theirs."""
    text = ctx.text
    order = ctx.paragraph_at(piece.open_at)
    if order < 0:
        return None
    block = ctx.paragraphs[piece.paragraph][1]
    if _mark_start(text, piece) == ctx.paragraphs[order][1].start:
        if order == 0 or piece.close_at is not None and text[piece.close_at + 1:block.end].strip(" .,;!?"):
            return None
        prev_para = ctx.paragraphs[order - 1][1]
        last = ctx.sentence_at(prev_para.end - 1)
        if text[prev_para.end - 1] == ":":
            return None
    else:
        # "X mengatakan ... . “...”" within one paragraph: the quote opens its sentence.
        here = ctx.sentence_index(piece.open_at)
        if here is None or here == 0 or ctx.sentences[here].span.start != _mark_start(text, piece):
            return None
        last = ctx.sentences[here - 1]
        if last.span.end <= ctx.paragraphs[order][1].start:
            return None
    if last is None or not _phrases_only(text, last.span.start, last.span.end):
        return None
    source = _according_source(ctx, last)
    if source is not None:
        how = "previous-according"
        return _Attribution(ctx.of_key(source.key, how), None, how)
    if not _speaks(ctx, last.span.start, last.span.end) and not _sends_message(ctx, last):
        if _mark_start(text, piece) != ctx.paragraphs[order][1].start:
            return None
        who = _speaker_going_on(ctx, last)
        return _Attribution(ctx.of_key(who.key, "previous-speaker"), None, "previous-speaker") if who else None
    # ("..., kata X." closing that sentence: X, whoever its subject)
    cue = (_lost_cue(ctx, last.span.start, last.span.end) or _parenthetical_cue(ctx, last)
           or _trailing_subject_cue(ctx, last))
    who = ctx.who(cue.start("who"), cue.end("who"), last.span.start) if cue is not None and cue.named else None
    if who is None and cue is not None and cue.named:
        return None       # ("X ..., kata analis, akan ...": the sentence is what an unnamed analyst said)
    if who is None:
        who = ctx.subject(last.span.start, last.span.end)
    if who is None or not who.key or not (who.person or _speaking_body(ctx, who)):
        return None
    how = "previous-paragraph" if _mark_start(text, piece) == ctx.paragraphs[order][1].start else "previous-sentence"
    return _Attribution(ctx.of_key(who.key, how), None, how)


def _trailing_subject_cue(ctx: _Context, sentence: Sentence) -> _Found | None:
    """`Rusia siap ..., Menteri X mengatakan pada Selasa.`: the lead of a report, its speaker named after
    its last comma as the subject of a speech verb (the `speech_subjects_after` shapes, as after a
    closing mark): who said what the sentence reports (and the quote paragraphs after it)."""
    comma = ctx.text.rfind(",", sentence.span.start, sentence.span.end)
    return _after_subject(ctx, comma, sentence.span.end) if comma >= 0 else None


def _according_source(ctx: _Context, sentence: Sentence):
    """`Menurut X, ... .`: the person (or body speaking for itself) the sentence reports, or None."""
    found = ctx.words.according_lead.match(ctx.text, sentence.span.start, sentence.span.end)
    if found is None:
        return None
    who = ctx.who(found.start("who"), found.end("who"), sentence.span.start)
    return who if who is not None and who.key and (who.person or _speaking_body(ctx, who)) else None


def _speaks(ctx: _Context, start: int, end: int) -> bool:
    """text[start:end] holds a speech verb."""
    return any(fold(m.group()) in ctx.words.speech_verbs for m in _WORD.finditer(ctx.text, start, end))


def _speaker_going_on(ctx: _Context, last: Sentence) -> _Who | None:
    """6c. `Menurut X, ... . X juga mendesak ... .` then a paragraph that is only a quote: the last sentence
    says no words, but its subject, a person, spoke earlier in its paragraph (the subject of a speech verb
    or of `Menurut X,`) and it names no one else: the quote goes on in X's voice."""
    who = ctx.subject(last.span.start, last.span.end)
    if who is None or not who.key or not who.person:
        return None
    if any(m.kind == "person" and m.key != who.key for m in ctx.mentions_in(last.span.start, last.span.end)):
        return None
    block = ctx.paragraphs[ctx.paragraph_at(last.span.start)][1]
    for sentence in ctx.sentences[:ctx.sentence_index(last.span.start) or 0]:
        if sentence.span.start < block.start:
            continue
        subject = ctx.subject(sentence.span.start, sentence.span.end)
        if subject is not None and subject.key == who.key and (
                _speaks(ctx, sentence.span.start, sentence.span.end) or ctx.words.according_lead.match(ctx.text, sentence.span.start, sentence.span.end)):
            return who
    return None


def _parenthetical_cue(ctx: _Context, sentence: Sentence) -> _Found | None:
    """`Aliansi itu, kata analis, akan ...`: a cue and its speaker set off by commas inside the sentence."""
    text, end = ctx.text, sentence.span.end
    comma = text.find(",", sentence.span.start, end)
    while comma >= 0:
        found = _after_cue(ctx, comma + 1, end)
        if found is not None and found.named and text[found.end("who"):found.end("who") + 1] == ",":
            return found
        comma = text.find(",", comma + 1, end)
    return None


# A quoted phrase inside a sentence of indirect speech is at most this many words (`X mengatakan ...
# dianggap sebagai “ancaman terbuka”.`): the sentence still says what X said, in X's words.
PHRASE_WORDS = 6


def _phrases_only(text: str, start: int, end: int) -> bool:
    """[start, end) holds no quotation mark, or only pairs of marks around short phrases (PHRASE_WORDS
    words at most) after its opening words: a sentence that is not itself a quote."""
    at, opened = start, None
    while (mark := first_of(MARKS, text, at, end)) is not None:
        if opened is None:
            if not text[start:mark].strip():
                return False      # the sentence opens on a quote
            opened = mark
        else:
            if len(text[opened + 1:mark].split()) > PHRASE_WORDS:
                return False
            opened = None
        at = mark + 1
    return opened is None


def _sends_message(ctx: _Context, sentence: Sentence) -> bool:
    """The sentence sends a message (`X mengirim surat ucapan terima kasih kepada Y`): a verb of sending, a
    noun of a message at most a word after it."""
    words = [fold(m.group()) for m in _WORD.finditer(ctx.text, sentence.span.start, sentence.span.end)]
    return any(w in ctx.words.message_verbs and any(n in ctx.words.message_nouns for n in words[i + 1:i + 3])
               for i, w in enumerate(words))


def _opens_on_post(ctx: _Context, quoted: Span, who: _Who) -> bool:
    """`X mengatakan “pemimpin Y menerima ...”`: quoted words opening on a lower-case word of who's post
    speak of them in the third person (the words of who reports, not theirs)."""
    first = first_word(ctx.text, quoted.start, quoted.end)
    return first is not None and first.group()[:1].islower() and ctx.holds_role(who, first.group())


def _speaking_body(ctx: _Context, who: _Who) -> bool:
    """A body that speaks for itself (`Kedutaan X menanggapi ... .`): an organisation of the article,
    not a news agency (which relays) and not a state or capital."""
    return _kind_of(ctx, who) == "organization" and not ctx.agency(who)


def _closing_source(ctx: _Context, start: int, end: int, pos: int) -> _Attribution | None:
    """`..., seperti dilansir dari X.` closing the sentence [start, end) after its last comma: the source X
    (a person or body of the article), else None."""
    comma = ctx.text.rfind(",", start, end)
    opening = first_word(ctx.text, comma + 1, end) if comma >= 0 else None
    found = ctx.words.channel.match(ctx.text, opening.start(), end) if opening is not None else None
    if found is None or ctx.text[found.end("src"):end].strip(" .") or "," in found.group("src"):
        return None
    who = ctx.who(found.start("src"), found.end("src"), pos)
    if who is None or who.key is None or ctx.actors[who.key].kind not in ("person", "organization"):
        return None
    cue = " ".join(found.group("cue").lower().split())
    return _Attribution(who, Span(found.start("cue"), found.end("cue")), f"closing-source:{cue}", found.end("src"))


def _channel(ctx: _Context, start: int, end: int, pos: int) -> str | None:
    """A relaying source named in [start, end): `seperti dikutip Russia Today`."""
    found = ctx.words.channel.search(ctx.text, start, end)
    if not found:
        return None
    first = _WORD.match(ctx.text, found.start("src"), found.end("src"))
    if first is not None and fold(first.group()) in ctx.words.calendar_words:
        return None       # "..., dikutip Selasa": when it was cited, not from whom
    who = ctx.who(found.start("src"), found.end("src"), pos)
    if who is not None and who.name:
        return who.name
    run = _CAPITALISED_RUN.match(ctx.text, found.start("src"), found.end("src"))
    return run.group().rstrip(".") if run else None


def _quoting(ctx: _Context, who: _Who | None, how: str, sentence: Sentence | None, quoted: Span | None,
             pos: int) -> tuple[_Who | None, str | None, str] | None:
    """Speaker, channel and rule suffix of a quote whose agency or body at the cue quotes a source
    (`mengutip X`), else None."""
    if sentence is None or not (ctx.agency(who) or _kind_of(ctx, who) == "organization"):
        return None
    # "lapor KCNA mengutip X", "kata media itu mengutip X": X's words, relayed by the agency;
    # so too "kata <lembaga> mengutip (pernyataan) X": the body passes on X's words.
    source = _quoted_source(ctx, sentence, quoted, pos)
    if source is None or _kind_of(ctx, source) in ("country", "place"):
        # ("kata <body>, ... disampaikan <agency>, mengutip intelijen militer <state>": a state names no
        # body or person whose words these are; the body at the cue speaks)
        return None
    if ctx.agency(source) and (not ctx.agency(who) or _outlet_citing(ctx, sentence, quoted)):
        # "“...,” tutur <body>, mengutip dari <agency>": the outlet cites the agency for the words of
        # the body named at the cue; the agency only relays them. So too "kata laporan <agency A>,
        # seperti mengutip <agency B>": the outlet read A's report at B.
        return who, source.name, how + "+cited"
    return (source if source.name else None), who.name, how + "+quoting"


def _settle(ctx: _Context, attribution: _Attribution, pos: int, sentence: Sentence | None,
            prefix_start: int, quoted: Span | None = None) -> tuple[_Who | None, str | None, str]:
    """Speaker, channel and rule suffix: an agency after a passage about a person only relays."""
    who, how = attribution.who, attribution.how
    quoting = _quoting(ctx, who, how, sentence, quoted, pos)
    if quoting is not None:
        return quoting
    channel = None
    if sentence is not None:
        if attribution.cue is not None and attribution.tail is not None and attribution.cue.end < sentence.span.end:
            channel = _channel(ctx, attribution.cue.end, sentence.span.end, pos)
        if channel is None:
            lead = ctx.words.channel_start.match(ctx.text, sentence.span.start, sentence.span.end)
            # "Menurut Peskov, “...”" names the speaker, not a channel.
            cue_in_lead = attribution.cue is not None and lead is not None and attribution.cue.start < lead.end()
            if lead and lead.end() <= pos and not cue_in_lead:
                channel = _channel(ctx, sentence.span.start, lead.end(), pos)
    own_voice = False
    if sentence is not None and attribution.tail is not None:
        # "tulis harian X dalam tajuknya": the outlet speaks in its own voice.
        own_voice = attribution.cue is not None and any(
            fold(m.group()) in ctx.words.own_voice
            for m in _WORD.finditer(ctx.text, attribution.cue.end, sentence.span.end))
    # "Kantor berita A ... menyebut ... “...”": the agency as the sentence's subject says the words.
    # (An agency going on from its own quote before, `“...,” tambahnya`, still speaks itself.)
    # (So does an agency whose report a quote of two parties gives: `joint-reported`.)
    if ctx.agency(who) and who.how not in ("statement", "continued") and how not in ("subject", "joint-reported") \
            and not own_voice:
        topic = ctx.topic(prefix_start)
        if quoted is not None and quoted.start > prefix_start:
            # "Kim menyatakan “...” dan mengatakan “...”, kata <agency>": the agency relays the words of the
            # person the sentence itself is about, not of the passage's person before it.
            own = ctx.subject(prefix_start, quoted.start)
            if own is not None and own.person and own.key:
                topic = own
        # Words that name the passage's person in the third person are not theirs: the agency's own.
        named = quoted is not None and topic is not None and (
            any(m.key == topic.key for m in ctx.mentions_in(quoted.start, quoted.end)) or _both_parties(ctx, quoted)
            or _opens_on_post(ctx, quoted, topic))
        # ("..., tulis <agency>" closing a sentence the agency writes about no person: its own words.)
        narrated = (quoted is not None and attribution.cue is not None and attribution.cue.start >= quoted.end
                    and (_narrated(ctx, prefix_start, quoted.start) or _agency_spoke_before(ctx, who, prefix_start)))
        if topic is not None and not named and not narrated:
            channel, who, how = who.name, topic, how + "+relay"
    if _kind_of(ctx, who) == "place" and sentence is not None:
        # "Pyongyang menyebut ..., menurut pernyataan Kementerian X": a capital stands for its
        # government; the person or body the sentence names speaks.
        instead = _named_speaker(ctx, sentence, quoted)
        if instead is not None:
            who, how = instead, how + "+named"
        elif (instead := _body_of_capital(ctx, who, pos)) is not None:
            who, how = instead, how + "+state-body"
    government = (_government_speaking(ctx, who, prefix_start, quoted)
                  if how in ("subject", "clause") and _kind_of(ctx, who) == "country" else None)
    if government is not None:
        # "Pemerintah X menyebut ... sebagai “...”": the government, a body, speaks (not the state).
        who, how = government, how + "-government"
    elif how in ("subject", "clause") and _kind_of(ctx, who) in ("country", "place"):
        # "Moskow menganggap ... sebagai “bantingan”", "Langkah Rusia ... menunjukkan bahwa “...”": a state or
        # a capital as the subject of a quoted phrase with no cue speaks no words of its own (a term, or
        # someone's words the sentence does not name); no person or body says them.
        who, how = None, how + "-state"
    elif (_kind_of(ctx, who) == "country"
          and attribution.cue is not None and quoted is not None and attribution.cue.start >= quoted.end
          and _part_of_state(ctx, attribution.cue.end, who.key)):
        # "“...,” ujar militer Korea Selatan": a common noun before the state names a part of it that is
        # no body the text or the register knows (else it would be written out), no person either:
        # no speaker (FORMATS: a person or an organisation). ("kata Vietnam": the state itself speaks.)
        who, how = None, how + "-state"
    if _kind_of(ctx, who) == "place":
        # "Beijing menyebut bahwa “...”" with no person or body named, "kata seorang diplomat di Beijing":
        # a capital stands for its government or says where an unnamed speaker is from; it is no
        # speaker (FORMATS: a person or an organisation).
        who, how = None, how + "-place"
    if who is not None and not who.name:
        who = None
    return who, channel, how


def _government_speaking(ctx: _Context, who: _Who, prefix_start: int, quoted: Span | None) -> _Who | None:
    """`Pemerintah X menyatakan ... “...”`: the country `who` names, right after a state head
    (organizations.yaml `state_heads`) and right before a speech or characterising verb (adverbs between
    at most), is its government, a body: `Pemerintah <country>`. None otherwise (`pemerintah X melarang
    ... “...”` says nothing)."""
    if quoted is None:
        return None
    words = ctx.words
    for mention in ctx.mentions_in(prefix_start, quoted.start):
        if mention.key != who.key:
            continue
        head = list(_WORD.finditer(ctx.text, max(prefix_start, mention.span.start - 20), mention.span.start))[-1:]
        if not head or fold(head[0].group()) not in words.state_heads \
                or ctx.text[head[0].end():mention.span.start] != " ":
            continue
        for after in _WORD.finditer(ctx.text, mention.span.end, quoted.start):
            folded = fold(after.group())
            if folded in words.verb_adverbs:
                continue
            if after.group().lower() in words.cues_before or folded in words.characterising:
                state = head[0].group()
                return _Who(state[0].upper() + state[1:] + " " + ctx.actors[who.key].name, None, False, "body")
            break
    return None


def _part_of_state(ctx: _Context, cue_end: int, key: str) -> bool:
    """The speaker phrase after a cue ending at `cue_end` opens on a lower-case word before its first
    mention of the state `key` (`ujar militer X`), not on the state's name (`kata X`)."""
    mention = next((m for m in ctx.mentions_in(cue_end, min(len(ctx.text), cue_end + WHO_MAX))
                    if m.key == key), None)
    if mention is None:
        return False
    first = first_word(ctx.text, cue_end, mention.span.start)
    return first is not None and first.group()[0].islower()


def _both_parties(ctx: _Context, quoted: Span) -> bool:
    """The quoted words' subject (before their first verb) names both sides at once (`Kepala negara dari
    kedua negara bertukar ...`): words about the parties in the third person."""
    for m in islice(_WORD.finditer(ctx.text, quoted.start, quoted.end), WHO_WORDS):
        if fold(m.group()) in ctx.words.both_parties:
            return True
        if ctx._verb_like(m.group()):
            return False
    return False


def _agency_spoke_before(ctx: _Context, who: _Who, start: int) -> bool:
    """`<Agency> mengatakan, ... . “...,” tulis <agency>`: the agency was the subject of the sentence
    before; it goes on in its own voice, not relaying the passage's person."""
    index = ctx.sentence_index(start)
    if not index:
        return False
    before = ctx.sentences[index - 1].span
    if not any(fold(m.group()) in ctx.words.subject_verbs for m in _WORD.finditer(ctx.text, before.start, before.end)):
        return False     # ("<Agency> memuat jadwalnya.": the agency said nothing of its own before)
    subject = ctx.subject(before.start, before.end)
    return subject is not None and subject.key == who.key


def _narrated(ctx: _Context, start: int, end: int) -> bool:
    """`Hubungan kedua negara akan menjadi “...”, tulis <agency>`: the quote closes a sentence the agency
    writes about no person (its subject is none, or a body or thing): the agency's own words."""
    words = list(_WORD.finditer(ctx.text, start, end))
    if len(words) < 2 or ctx.words.pronoun(words[0].group()):
        return False
    who = ctx.subject(start, end)
    # ("X ditangkap di Y “...”, lapor <agency>": a person who undergoes the verb says nothing: the agency's words)
    return (who is None or not who.person and who.how != "topic" or _passive_clause(ctx, start, end)
            or who.how == "topic" and _thing_subject(ctx, start, end) or _deed_clause(ctx, words)
            or who.person and who.key is not None and _joint(ctx, start, end, who) and _deed_clause(ctx, words, True))


def _deed_clause(ctx: _Context, words: list[re.Match], joint: bool = False) -> bool:
    """`X memperlihatkan Y “...”, kata <agency>`, `X dan Y naik ke kapal di mana “...”, kata <agency>`: the
    clause before the quote has a verb and no word of speech, of judging or of reporting: the subject
    does something, says nothing; the quoted words are the agency's account. Two people joined as the
    subject (`joint`) need no verb of a verb's shape (`X dan Y kemudian naik ke ...`)."""
    folded = [fold(m.group()) for m in words]
    cues = ctx.words
    if any(w in cues.speech_verbs or w in cues.subject_verbs or w in cues.characterising or w in cues.complementisers
           or w in cues.report_verbs or w in cues.according for w in folded):
        return False
    return joint or any(ctx._verb_like(m.group()) for m in words[1:])


def _body_of_capital(ctx: _Context, capital: _Who, pos: int) -> _Who | None:
    """`“...”, klaim Seoul.` with no one named in the sentence: the body of the state the capital stands for
    named last in the passage (this paragraph or the one before; `Menurut Kementerian Luar Negeri <state>,
    ...`), no news agency. None when the passage names no body of that state."""
    state = ctx.words.capitals.get(fold(ctx.actors[capital.key].name))
    here = ctx.paragraph_at(pos)
    if state is None or here < 0:
        return None
    forms = {state} | {m.text for a in ctx.actors.values() if a.kind == "country" and a.name == state
                       for m in a.mentions}
    forms = {f" {' '.join(map(fold, form.split()))} " for form in forms}
    slug = "-" + slugify(state)
    for mention in reversed(ctx.mentions_in(ctx.paragraphs[max(0, here - 1)][1].start, pos)):
        actor = ctx.actors.get(mention.key)
        if actor is None or actor.kind != "organization":
            continue
        named = f" {' '.join(map(fold, actor.name.split()))} "
        if any(form in named for form in forms) or (actor.register_id or "").endswith(slug):
            who = ctx.of_key(actor.key, "capital-body")
            if who is not None and not ctx.agency(who):
                return who
    return None


def _named_speaker(ctx: _Context, sentence: Sentence, quoted: Span | None) -> _Who | None:
    """A person or (non-agency) body named in `sentence` after the quote, or before the first verb,
    not as who is spoken to."""
    start, end = sentence.span.start, sentence.span.end
    verb = next((m.start() for m in _WORD.finditer(ctx.text, start, quoted.start if quoted else end)
                 if ctx._is_breaker(m.group())), quoted.start if quoted else end)
    zones = [(start, verb)] + ([(quoted.end, end)] if quoted is not None else [])
    for a, b in zones:
        for mention in ctx.mentions_in(a, b):
            if mention.kind in ("person", "organization") and not ctx.addressed(mention.span.start):
                who = ctx.of_key(mention.key, "named")
                if who is not None and not ctx.agency(who):
                    return who
    return None


def phrase_end(text: str, start: int, end: int) -> int:
    """Where a speaker phrase starting at `start` ends: at the first mark of WHO_STOPS or line break,
    after at most WHO_MAX characters, or at `end`."""
    limit = min(end, start + WHO_MAX)
    stop = first_of(WHO_STOPS + "\n", text, start, limit)
    return limit if stop is None else stop


def _reported_clause(ctx: _Context, start: int, end: int) -> bool:
    """A speech verb and its complementiser before `end` in the sentence ("Dia mengatakan bahwa ...
    “...”, ... diterapkan untuk “...”"): every later clause of the sentence is the speaker's report,
    a passive verb in it included."""
    words = [fold(m.group()) for m in _WORD.finditer(ctx.text, start, end)]
    return any(w in ctx.words.complementisers and any(v in ctx.words.speech_verbs for v in words[:i])
               for i, w in enumerate(words))


def _statement_opening(ctx: _Context, start: int, pos: int) -> _Who | None:
    """`Dalam laporan Tass, X digambarkan sebagai “...”`: the sentence from `start` opens on a statement and
    its issuer, a person or body the article names: the issuer's words (not relayed: the statement's)."""
    found = ctx.words.statement_opening.match(ctx.text, start)
    if found is None:
        return None
    who = ctx.who(found.start("who"), found.end("who"), pos)
    if who is None or not who.name or not who.key or who.key not in ctx.actors \
            or ctx.actors[who.key].kind not in ("person", "organization"):
        return None
    return _Who(who.name, who.key, who.person, "statement")


def _speech_possessor(ctx: _Context, start: int, end: int) -> _Who | None:
    """`... penekanan X atas “...”`, `seruan X soal “...”`: a noun of speech, the person or body whose
    speech it is, at most a word of topic, then the mark: the possessor's words, whoever reports them."""
    mentions = ctx.mentions_in(start, end)
    if not mentions:
        return None
    last = mentions[-1]
    if last.kind not in ("person", "organization"):
        return None
    between = ctx.text[last.span.end:end].split()
    if len(between) > 1 or any(fold(w) not in ctx.words.speech_topics for w in between):
        return None
    before = [m for m in _WORD.finditer(ctx.text, max(start, last.span.start - 30), last.span.start)]
    if not before or fold(before[-1].group()) not in ctx.words.speech_nouns:
        return None
    return ctx.of_key(last.key, "speech-possessor")


def _passive_agent(ctx: _Context, start: int, end: int) -> _Who | None:
    """`Langkah itu dinilai X setara dengan “...”`, `disebut oleh X sebagai “...”`: the person or body
    named right after the clause's passive verb of judging or naming (its agent, `oleh` or not)."""
    words = list(_WORD.finditer(ctx.text, start, end))
    verb = next((m for m in reversed(words) if ctx._verb_like(m.group())), None)
    if verb is None or fold(verb.group()) not in ctx.words.judging_passives:
        return None
    agent = next(iter(ctx.mentions_in(verb.end(), end)), None)
    if agent is None or agent.kind not in ("person", "organization"):
        return None
    if any(fold(w) not in ctx.words.agent for w in ctx.text[verb.end():agent.span.start].split()):
        return None       # (only blanks or "oleh" between the verb and its agent)
    return ctx.of_key(agent.key, "passive-agent")


def _passive_clause(ctx: _Context, start: int, end: int) -> bool:
    """The verb nearest before `end` is passive ("X, yang kasusnya diklasifikasikan sebagai “...”",
    "Y dijuluki “...”") and no speech word stands in the clause: the subject undergoes the verb, the
    quoted words are someone else's."""
    words = list(_WORD.finditer(ctx.text, start, end))
    if any(fold(m.group()) in ctx.words.speech_verbs or fold(m.group()) in ctx.words.complementisers
           for m in words):
        return False      # (in "X menyatakan bahwa Y diambil untuk “...”" the words are X's)
    verb = next((m for m in reversed(words) if ctx._verb_like(m.group())), None)
    # ("yang disebutnya “...”": the suffix names the agent, the person the passage is about)
    return verb is not None and fold(verb.group()).startswith(ctx.words.passive_prefixes) \
        and not fold(verb.group()).endswith(ctx.words.agent_suffixes)


def _outlet_citing(ctx: _Context, sentence: Sentence, quoted: Span | None) -> bool:
    """`..., seperti mengutip X`: the relay word after a lead of comparison is the outlet's own citing of
    its source (as `seperti dikutip X`), not the cue's agency quoting X."""
    start = sentence.span.start if quoted is None else quoted.end
    found = ctx.words.quoting_word.search(ctx.text, start, sentence.span.end)
    if found is None:
        return False
    before = ctx.text[max(start, found.start() - 16):found.start()].split()
    return bool(before) and fold(before[-1]) in ctx.words.citing_leads


def _quoted_source(ctx: _Context, sentence: Sentence, quoted: Span | None, pos: int) -> _Who | None:
    """Who an agency quotes in the quote's sentence, outside the quote (`mengutip X`); a nameless
    _Who for an unnamed source (`mengutip seorang pejabat`); None when it quotes nobody."""
    start, end = sentence.span.start, sentence.span.end
    ranges = [(start, end)] if quoted is None else [(quoted.end, end), (start, quoted.start)]
    relays = ctx.words.shapes["speech_relays"]
    for a, b in ranges:
        units = units_of(tokens(ctx.text, a, b))
        found = relays.search(units)
        if found:
            start = units[found.at("who")].start
            # ("mengutip pernyataan X": the statement noun is read with the source phrase)
            after_word = units[found.start].end
            if ctx.words.statement_noun.fullmatch(ctx.text, after_word, start):
                start = after_word
            who = ctx.who(start, phrase_end(ctx.text, start, b), pos)
            if who is None:
                return None
            if who.how == "anonymous":
                return _Who(None, None, False, "anonymous")
            # (an agency quoting another agency, `Reuters mengutip kantor berita X`, relays the source's words)
            return who
    return None


@dataclass
class Speech:
    """The quote pass of one article, run once and shared: its quotes, and the context whose
    document whose salience layer (who the passage is about) the quote speakers have joined, for the
    statements."""

    quotes: tuple[Quote, ...]
    ctx: _Context | None
    quoted: tuple[Span, ...]                  # every marked stretch, marks included
    statements: tuple[Statement, ...] | None = None
    # Roles the quotes' descriptions state of speakers the text gives none: key -> the role's span.
    roles: dict[str, Span] = field(default_factory=dict)


def _role_by(actor: Actor, pos: int) -> bool:
    """The actor's role is stated before `pos` (a post stated only further on, in a later caption, says
    nothing against a description of the person at `pos`)."""
    return bool(actor.role) and (actor.role_span is None or actor.role_span.start < pos)


def with_described_roles(actors: tuple[Actor, ...], speech: Speech | None, text: str) -> tuple[Actor, ...]:
    """The actors, each without a role stated before it taking the one a description of it after a
    quote's cue states (`“...,” kata manajer pemasaran berusia 30 tahun itu`: manajer pemasaran)."""
    if speech is None or not speech.roles:
        return actors
    return tuple(replace(a, role=speech.roles[a.key].of(text), role_span=speech.roles[a.key], role_stated=None)
                 if a.key in speech.roles and not _role_by(a, speech.roles[a.key].start) else a for a in actors)


def read_speech(article: Article, sentences: tuple[Sentence, ...], actors: tuple[Actor, ...],
                lex: Lexicon, doc: Document | None = None) -> Speech:
    """The quote pass: find_quotes and find_statements read its result. It lays the document's
    salience layer (whom the passage is about; a new document when none is given)."""
    if not sentences:
        return Speech((), None, ())
    ctx = _Context(article, sentences, actors, lex, doc)
    pieces = _pieces(ctx)
    quoted = tuple(Span(p.open_at, (p.close_at if p.close_at is not None else p.parts[-1].end) + 1) for p in pieces)
    ctx.quoted_starts = [q.start for q in quoted]
    ctx.quoted_ends = [q.end for q in quoted]
    found = _quotes_in(ctx, pieces)
    return Speech(found, ctx, quoted, roles=dict(ctx.described_roles))


def find_quotes(article: Article, sentences: tuple[Sentence, ...], actors: tuple[Actor, ...],
                lex: Lexicon) -> tuple[Quote, ...]:
    """Every direct quote of the body, captions and headline, with its speaker where the text says."""
    return read_speech(article, sentences, actors, lex).quotes


def _by_paragraph(ctx: _Context, parts: tuple[Span, ...]) -> list[tuple[Span, ...]]:
    """The parts of a quote grouped by the paragraph they stand in, in order."""
    groups: list[list[Span]] = []
    last_block = None
    for part in parts:
        # (paragraphs are apart and in order: the only one that may hold the part starts last before it)
        order = bisect_right(ctx._paragraph_starts, part.start) - 1
        block = ctx.paragraphs[order][1] if order >= 0 and part.start < ctx.paragraphs[order][1].end else None
        if groups and block == last_block:
            groups[-1].append(part)
        else:
            groups.append([part])
        last_block = block
    return [tuple(g) for g in groups]


def _quotes_in(ctx: _Context, pieces: list[_Piece]) -> tuple[Quote, ...]:
    text = ctx.text
    quotes: list[Quote] = []
    marked_sentences: set[int] = set()
    names: list[tuple[int, str]] = []     # (where, words) of the names in marks, which quote no one
    for piece in _merge_split(ctx, pieces):
        first, last = piece.parts[0], piece.parts[-1]
        if _name_in_marks(ctx, piece):
            names.append((first.start, _squashed(first.of(text))))
            continue
        if _title_in_marks(ctx, piece):
            names.append((first.start, _squashed(first.of(text))))
            continue
        if _named_after(ctx, piece, ctx.words.work_nouns):
            continue      # ("balet “X”": a work's title, no one's words)
        if _subhead_in_marks(ctx, piece):
            continue
        span = Span(first.start, last.end)
        previous = quotes[-1] if quotes else None
        voiced = next((q for q in reversed(quotes) if q.speaker_key), None)
        attribution = _attribute(ctx, piece, previous, voiced)
        sentence = ctx.sentence_at(piece.open_at)
        who, channel, how = _settle(ctx, attribution, first.start,
                                    ctx.sentence_at(piece.close_at) if piece.close_at else sentence,
                                    sentence.span.start if sentence else first.start,
                                    Span(piece.open_at, piece.close_at if piece.close_at is not None else last.end))
        if _named_after(ctx, piece, ctx.words.thing_names):
            who, channel, how = None, None, "thing-name"
        if how == "none" and who is None and (reporter := _reported_speech_goes_on(ctx, piece)) is not None:
            who, how = reporter, "reported-before"
        if how == "none" and _scare_word(ctx, piece):
            # (`harus “disaring” dulu`: one lower-case word no one is read to say is the writer's stress)
            marked_sentences.update(ctx.sentences_overlapping(Span(piece.open_at, piece.close_at + 1)))
            continue
        ctx.remember(span.end, who if who is not None else attribution.who)
        form = piece.form if piece.form != "marks" else piece.family
        if piece.form == "lost-opener" and who is not None and quotes and quotes[-1].speaker is None \
                and not text[quotes[-1].span.end:first.start].strip(MARKS + SINGLES + " ,"):
            # `“A,” B,” ujar X`: the words right before, closed where B lost its opening mark, are X's too
            quotes[-1] = replace(quotes[-1], speaker=who.name, speaker_key=who.key,
                                 rule=quotes[-1].rule.split("/")[0] + "/lost-opener-after")
        # A quote run over paragraphs is attributed as one, but each paragraph's quoted words are
        # a quote of their own: FORMATS.md's text is "the words inside the quotation marks", and a
        # paragraph opens new marks. A quote split by its cue inside one paragraph stays one quote.
        for parts in _by_paragraph(ctx, piece.parts):
            body = parts[0].of(text) if len(parts) == 1 else " ".join(p.of(text) for p in parts)
            quotes.append(Quote(span=Span(parts[0].start, parts[-1].end), text=body,
                                speaker=who.name if who else None, speaker_key=who.key if who else None,
                                cue=attribution.cue, rule=f"{form}/{how}", channel=channel,
                                parts=parts if len(parts) > 1 else ()))
        quoted = Span(piece.open_at, (piece.close_at or last.end) + 1)
        marked_sentences.update(i for i in ctx.sentences_overlapping(quoted)
                                if ctx.sentences[i].span.overlaps(quoted))
    quotes.extend(_lost_marks(ctx, marked_sentences, {q.speaker_key for q in quotes if q.speaker_key}))
    quotes = _variant_spellings_linked(ctx, _state_phrases_voiced(quotes))
    return tuple(_without_repeats(sorted(_without_heading_copies(ctx, quotes, names),
                                         key=lambda q: (q.span.start, q.span.end))))


def _reported_speech_goes_on(ctx: _Context, piece: _Piece) -> _Who | None:
    """`X mengakui bahwa ... . Namun, hubungan itu “sangat sah.”`: words in marks that no cue of their own
    sentence gives a speaker, in a sentence naming no person or body before them, right after a sentence of
    the same paragraph in which a person speaks with no marks (indirect speech): the report goes on, so
    the words are that person's."""
    here = ctx.sentence_index(piece.open_at)
    if not here or piece.close_at is None:
        return None
    sentence, before = ctx.sentences[here], ctx.sentences[here - 1]
    if ctx.paragraph_at(before.span.start) != ctx.paragraph_at(sentence.span.start) \
            or first_of(MARKS, ctx.text, before.span.start, before.span.end) is not None \
            or any(m.kind in ("person", "organization") for m in ctx.mentions_in(sentence.span.start, piece.open_at)):
        return None
    who = _speaking_before(ctx, before.span.start, before.span.end)
    return who if who is not None and who.person else None


def _without_repeats(quotes: list[Quote]) -> list[Quote]:
    """A page that repeats a paragraph (a lead shown again in the body) quotes its words once: a quote of
    REPEAT_WORDS words or more said again word for word by the same speaker is dropped (a short phrase
    in marks may well come twice)."""
    seen: set[tuple[str, str | None]] = set()
    kept = []
    for quote in quotes:
        words = quote.text.split()
        if len(words) >= REPEAT_WORDS:
            key = (" ".join(words).lower(), quote.speaker_key)
            if key in seen:
                continue
            seen.add(key)
        kept.append(quote)
    return kept


def _scare_word(ctx: _Context, piece: _Piece) -> bool:
    """Marks around one lower-case word (a full stop or comma aside), in one part."""
    if len(piece.parts) != 1 or piece.close_at is None:
        return False
    inner = piece.parts[0].of(ctx.text).strip(" .,")
    return inner[:1].islower() and len(list(_WORD.finditer(inner))) == 1 and not any(c.isspace() for c in inner)


# A surname's consonant skeleton needs this many letters to tell one name from another.
SKELETON_LETTERS = 4


def _skeleton(name: str, digraphs: dict[str, str]) -> str:
    """The consonants of a name romanised from another script, each digraph one sound (`Kozhemyako` and
    `Kojemyako`, `Dmitriev` and `Demetriev` alike): vowels, `y` and doubled letters do not tell them apart."""
    word = fold(name).replace("-", "")
    for digraph, sound in digraphs.items():
        word = word.replace(digraph, sound)
    out = [c for c in word if c.isalpha() and c not in "aeiouy"]
    return "".join(c for i, c in enumerate(out) if i == 0 or c != out[i - 1])


def _variant_spellings_linked(ctx: _Context, quotes: list[Quote]) -> list[Quote]:
    """`kata Demetriev` in an article that names `Kirill Dmitriev`: a speaker known by one word only, which
    spells the surname of exactly one fuller-named person of the article another way, is that person
    (the press romanises Russian and Korean names several ways, even in one article)."""
    digraphs = ctx.words.name_digraphs
    lone = {q.speaker_key for q in quotes if q.speaker_key and q.speaker and " " not in q.speaker.strip()
            and ctx.actors[q.speaker_key].kind == "person"} if digraphs else ()
    if not lone:
        return quotes
    full = [a for a in ctx.actors.values() if a.kind == "person" and len(a.name.split()) > 1]
    linked = {}
    for key in lone:
        sound = _skeleton(ctx.actors[key].name, digraphs)
        same = [a for a in full if len(sound) >= SKELETON_LETTERS and _skeleton(a.name.split()[-1], digraphs) == sound]
        if len(same) == 1:
            linked[key] = same[0]
    return [replace(q, speaker=linked[q.speaker_key].name, speaker_key=linked[q.speaker_key].key,
                    rule=q.rule + "+spelling") if q.speaker_key in linked else q for q in quotes]


def _state_phrases_voiced(quotes: list[Quote]) -> list[Quote]:
    """`Jepang mengatakan mereka memantau dengan “kekhawatiran serius” ...` in the lead, the statement
    quoted in full below (`“... dengan kekhawatiran serius ...,” kata <official>`): a phrase a state's
    sentence gives no speaker for (a `-state` rule) is the words of the one quote with a named
    speaker that holds them (several speakers holding them: nobody's)."""
    phrases = [i for i, q in enumerate(quotes) if q.speaker is None and q.rule.endswith("-state")]
    if not phrases:
        return quotes
    voiced = [(q, f" {_squashed(q.text)} ") for q in quotes if q.speaker]
    for i in phrases:
        phrase = _squashed(quotes[i].text)
        if len(phrase.split()) < 2:
            continue
        holders = {q.speaker_key or q.speaker: q for q, words in voiced
                   if f" {phrase} " in words and len(words) > 2 * len(phrase)}
        if len(holders) == 1:
            holder = next(iter(holders.values()))
            quotes[i] = replace(quotes[i], speaker=holder.speaker, speaker_key=holder.speaker_key,
                                rule=quotes[i].rule + "+voiced")
    return quotes


# A heading (the headline, a crosshead) has at most this many words.
HEADING_WORDS = 25


def _heading(ctx: _Context, pos: int) -> bool:
    """Whether the paragraph holding `pos` is shaped as a heading: one short line, one sentence, that closes
    on no stop (`Presiden X memuji 'Y' tentara Z`)."""
    order = ctx.paragraph_at(pos)
    if order < 0 or len(ctx.paragraphs[order][2]) != 1:
        return False
    block = ctx.paragraphs[order][1]
    line = ctx.text[block.start:block.end].rstrip(" " + MARKS + SINGLES)
    return "\n" not in line and line[-1:] not in ".!?:;" and len(line.split()) <= HEADING_WORDS


def _without_heading_copies(ctx: _Context, quotes: list[Quote], names: list[tuple[int, str]] = ()) -> list[Quote]:
    """The quotes without those of a heading whose words a quote of the body repeats: a headline or a
    crosshead quoting a phrase the story quotes again (`Presiden X memuji 'Y'` over `... memuji “Y” ...`)
    gives the same words once more, not a quote of its own; so does a heading setting in marks a name the
    body gives in marks (`names`: `Perjalanan ke 'X'` over `yang dijuluki “X”`)."""
    if not quotes or len(quotes) + len(names) < 2:
        return quotes
    heading = [_heading(ctx, q.span.start) for q in quotes]
    if not any(heading):
        return quotes
    # (the story repeats the heading's words after it: a text cut in mid-sentence ends on no stop either)
    body = [(q.span.start, _squashed(q.text)) for q, head in zip(quotes, heading) if not head]
    body += [(at, words) for at, words in names if not _heading(ctx, at)]
    return [q for q, head in zip(quotes, heading)
            if not head or not any(at > q.span.start and words == _squashed(q.text) for at, words in body)]


def _squashed(text: str) -> str:
    """The words of `text`, folded, one space apart (marks and punctuation left out)."""
    return " ".join(fold(m.group()) for m in _WORD.finditer(text))


# A name in quotation marks has at most this many words.
NAME_IN_MARKS_WORDS = 4


# A phrase giving a name ("dikenal dengan nama") is at most this many characters before the marks.
NAMING_LEAD_CHARS = 40


# A subhead in single marks has at most this many words.
SUBHEAD_IN_MARKS_WORDS = 6


def _subhead_in_marks(ctx: _Context, piece: _Piece) -> bool:
    """`‘Tonggak Sejarah Baru’` alone on its line: a subhead set in single marks, a few capitalised
    words with no stop, quotes no one (a line quoting someone is a sentence, not Title Case)."""
    if piece.family != "single" or piece.close_at is None or len(piece.parts) != 1:
        return False
    text = ctx.text
    line_start = text.rfind("\n", 0, piece.open_at) + 1
    line_end = text.find("\n", piece.close_at)
    line_end = len(text) if line_end < 0 else line_end
    if text[line_start:piece.open_at].strip() or text[piece.close_at + 1:line_end].strip():
        return False
    inner = piece.parts[0].of(text)
    words = [m.group() for m in _WORD.finditer(inner)]
    return (0 < len(words) <= SUBHEAD_IN_MARKS_WORDS and all(w[0].isupper() for w in words)
            and not any(c in inner for c in ".!?,;:"))


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


def _possessed(ctx: _Context, at: int) -> bool:
    """A possessive suffix glued by a hyphen right after a closing mark ends at `at` (`‘X’-nya`)."""
    text = ctx.text
    if not text.startswith("-", at):
        return False
    word = _WORD.match(text, at + 1)
    return word is not None and fold(word.group()) in ctx.words.agent_suffixes


def _name_in_marks(ctx: _Context, piece: _Piece) -> bool:
    """`jembatan rel “Jembatan Persahabatan”`: a few capitalised words in marks right after a common noun
    of the same head (within three lower-case words) name the thing, they quote no one; so do one to
    four capitalised words in marks followed by an apposition that says what they name (`“Jembatan
    Persahabatan”, sebuah jalur kereta api`) or after a phrase that gives the name (`dikenal dengan nama
    “Jembatan Persahabatan”`, `yang dijuluki “X”`: speech.yaml naming_leads)."""
    if len(piece.parts) != 1 or piece.close_at is None:
        return False
    inner = piece.parts[0]
    if any(m.span.start == inner.start and m.span.end == inner.end and m.kind == "organization"
           for m in ctx.mentions_in(inner.start, inner.end)):
        return True       # ("Siaran ‘Radio X’ melaporkan ...": the marks set off a body's name, no one's words)
    words = [m.group() for m in _WORD.finditer(ctx.text, piece.parts[0].start, piece.parts[0].end)]
    if not 0 < len(words) <= NAME_IN_MARKS_WORDS or not all(w[0].isupper() for w in words) \
            or any(c in piece.parts[0].of(ctx.text) for c in ".!?,;:"):
        return False
    if piece.close_at is not None and ctx.words.name_apposition.match(ctx.text, piece.close_at + 1):
        return True       # ("“Jembatan X”, sebuah jalur kereta ...": an apposition says what the name names)
    if piece.close_at is not None and _possessed(ctx, piece.close_at + 1):
        return True       # ("‘X’-nya Korea": a name taking a possessive suffix is a noun, no one's words)
    if ctx.words.naming_lead.search(ctx.text, max(0, piece.open_at - NAMING_LEAD_CHARS), piece.open_at):
        return True       # ("dikenal dengan nama “Jembatan X”": a phrase before the marks gives the name)
    if len(words) < 2:
        return False
    before = list(_WORD.finditer(ctx.text, max(0, piece.open_at - 60), piece.open_at))[-3:]
    if ctx.text[before[-1].end():piece.open_at].strip() if before else True:
        return False
    return any(m.group().islower() and fold(m.group()) == fold(words[0]) for m in before)


# A proper name set in marks (an event's, a medal's, a treaty's) has at most this many words.
TITLE_IN_MARKS_WORDS = 8


def _title_in_marks(ctx: _Context, piece: _Piece) -> bool:
    """`perayaan “Hari Kemenangan” pada ...`, `sebuah “Perjanjian Kemitraan X” ditandatangani`: two to
    eight words in marks, each capitalised or a number (or a lower-case word a name holds between its
    words, speech.yaml name_inner_words), with no sentence punctuation, set in a sentence of the body,
    name a thing (an event, an honour, a treaty, a policy); they quote no one. Quoted speech opens on
    a capital but goes on in lower case; a heading (Title Case throughout) is left to its own rules,
    and a comma right after the marks may lead to a cue (`“Selamat Datang”, kata X`)."""
    if len(piece.parts) != 1 or piece.close_at is None:
        return False
    text, inner = ctx.text, piece.parts[0]
    if text.startswith(",", piece.close_at + 1) or any(c in text[inner.start:inner.end] for c in ".!?,;:"):
        return False
    words = [m.group() for m in _WORD.finditer(text, inner.start, inner.end)]
    if not 2 <= len(words) <= TITLE_IN_MARKS_WORDS or not _capital(words[0]) or not _capital(words[-1]):
        return False
    if not all(_capital(w) or fold(w) in ctx.words.name_inner_words for w in words):
        return False
    return not _heading(ctx, piece.open_at) and not _voiced_before(ctx, piece.open_at)


# A verb that speaks the words in marks stands at most this many words before them ("menyebut rencana itu").
VOICING_WORDS = 4


def _voiced_before(ctx: _Context, at: int) -> bool:
    """A speech, characterising or writing verb among the few words right before `at` in its clause
    (`menyebut kunjungan itu “X Y”`, `mengumumkan visi “X Y”`, `spanduk bertuliskan “X Y”`): the
    capitalised words are what the subject said or wrote, a phrase of its own."""
    words = ctx.words
    clause = max(ctx.text.rfind(c, 0, at) for c in ".!?;\n") + 1
    before = list(_WORD.finditer(ctx.text, max(clause, at - 80), at))[-VOICING_WORDS:]
    return any(fold(m.group()) in words.speech_verbs or fold(m.group()) in words.characterising
               or fold(m.group()) in words.written for m in before)


def _capital(word: str) -> bool:
    return word[0].isupper() or word[0].isdigit()


def _named_after(ctx: _Context, piece: _Piece, nouns: frozenset[str]) -> bool:
    """`roket baru “Xrun-2”`: one to four capitalised words in marks within two lower-case words after one of
    `nouns` (speech.yaml thing_names, work_nouns) name that thing; they quote no one. A name coordinated with
    such a name (`balet “X” dan “Y”`) names a thing of the same kind."""
    if len(piece.parts) != 1 or not _capitalised_name(piece.parts[0].of(ctx.text)):
        return False
    return _noun_before(ctx, piece.open_at, nouns, 2)


def _capitalised_name(inner: str) -> bool:
    """One to four words, each capitalised or a number, and no sentence punctuation."""
    words = [m.group() for m in _WORD.finditer(inner)]
    return 0 < len(words) <= NAME_IN_MARKS_WORDS and all(w[0].isupper() or w[0].isdigit() for w in words) \
        and not any(c in inner for c in ".!?,;:")


def _noun_before(ctx: _Context, at: int, nouns: frozenset[str], hops: int) -> bool:
    """One of `nouns` within three lower-case words before `at`; or, right before `at`, a coordinator after
    a name in marks that has one before it (at most `hops` names back)."""
    text = ctx.text
    after = at
    for m in reversed(list(_WORD.finditer(text, max(0, at - 60), at))[-3:]):
        if text[m.end():after].strip() or not m.group().islower():
            return False
        folded = fold(m.group())
        if folded in nouns:
            return True
        if after == at and folded in ctx.words.coordinators and hops > 0:
            closer = text[:m.start()].rstrip()
            opener = max(closer.rfind(c, max(0, len(closer) - 80), len(closer) - 1) for c in MARKS + SINGLE_OPEN) \
                if closer and closer[-1] in MARKS + SINGLE_CLOSE else -1
            return opener >= 0 and _capitalised_name(closer[opener + 1:-1]) and _noun_before(ctx, opener, nouns, hops - 1)
        after = m.start()
    return False


def _lost_marks(ctx: _Context, marked: set[int], quoted_speakers: set[str] = frozenset()) -> list[Quote]:
    """`Latihan militer ... kegiatannya, kata Pak.`: direct speech whose marks were lost; not the words
    of someone the article quotes with marks, unless in the first person (a lead's paraphrase of them)."""
    words = ctx.words
    text = ctx.text
    found_quotes: list[Quote] = []
    for index, sentence in enumerate(ctx.sentences):
        start, end = sentence.span.start, sentence.span.end
        if index in marked or sentence.caption or first_of(MARKS, text, start, end) is not None:
            continue
        found = _lost_cue(ctx, start, end)
        if found is None:
            continue
        lead = first_word(text, found.start("who"), found.end("who")) if found.named else None
        if lead is not None and fold(lead.group()) in words.complementisers:
            continue      # "X, KCNA, melaporkan bahwa ...": a verb of indirect speech, its clause after it
        guessed = not found.named
        who = ctx.who(found.start("who"), found.end("who"), start) if found.named else ctx.topic(start)
        how = f"after:{found.group('cue').lower()}"
        inner = _inner(text, start, found.start())
        if inner is None:
            continue
        # Indirect reporting closes with a cue too ("..., kata sumber diplomatik"): direct speech
        # speaks in the first person, or is given to a named person of the article, and then it
        # names nobody in the third person ("Kedua pemimpin akan bertemu Kim, kata X" reports).
        # A suffixed cue only guesses its speaker from the passage: it needs the first person.
        # Words relayed through a channel ("..., kata X seperti dikutip Y.") are the outlet's paraphrase.
        direct = bool(words.first_person.search(text, inner.start, inner.end))
        if not direct and (guessed or not (who is not None and who.person and who.key)
                           or who.key in quoted_speakers
                           or any(m.kind == "person" for m in ctx.mentions_in(inner.start, inner.end))
                           or words.channel.search(text, found.end("cue"), end)):
            continue
        if ctx.agency(who):
            topic = ctx.topic(start)
            if topic is not None:
                who, how = topic, how + "+relay"
        ctx.remember(inner.end, who)
        found_quotes.append(Quote(span=inner, text=inner.of(text), speaker=who.name if who else None,
                                  speaker_key=who.key if who else None,
                                  cue=Span(found.start("cue"), found.end("cue")), rule=f"lost-marks/{how}"))
    return found_quotes


# ---------------------------------------------------------------------------------------------
# Indirect speech


def find_statements(article: Article, sentences: tuple[Sentence, ...], actors: tuple[Actor, ...],
                    lex: Lexicon, speech: Speech | None = None) -> tuple[Statement, ...]:
    """Indirect speech (`Kim menegaskan bahwa ...`): speaker, cue verb and the reported clause.

    Read after the quotes of `speech` (the quote pass is run when none is given): quote speakers
    are on the document's salience layer (who the passage is about). Read once per speech, which keeps
    the result.
    """
    speech = speech or read_speech(article, sentences, actors, lex)
    if speech.statements is None:
        speech.statements = _statements_in(speech)
    return speech.statements


def _statements_in(speech: Speech) -> tuple[Statement, ...]:
    ctx = speech.ctx
    if ctx is None:
        return ()
    text = ctx.text
    words = ctx.words
    quoted = speech.quoted
    statements: list[Statement] = []
    for sentence in ctx.sentences:
        if sentence.caption:
            continue
        start, end = sentence.span.start, sentence.span.end
        found: list[Statement] = []
        for verb in words.indirect.finditer(text, start, end):
            if any(q.start <= verb.start() < q.end for q in quoted):
                continue
            link = words.complementiser.match(text, verb.end(), end)
            if link:
                clause_start = link.end()
                rule = "complementiser"
            elif fold(verb.group()) in words.bare_clause:
                clause_start = verb.end()
                while clause_start < end and (text[clause_start].isspace() or text[clause_start] == ","):
                    clause_start += 1
                rule = "bare"
            else:
                continue
            if clause_start >= end or text[clause_start] in MARKS + ":" or text[clause_start - 1] == ":":
                continue      # direct speech follows: that is a quote, not a statement
            next_word = _WORD.match(text, clause_start, end)
            if rule == "bare" and (next_word is None or fold(next_word.group()) in words.breakers):
                continue
            clause_end = end
            while clause_end > clause_start and text[clause_end - 1] in ". \n":
                clause_end -= 1
            if clause_end - clause_start < 8:
                continue
            who, how = _statement_speaker(ctx, start, verb.start())
            earlier = next((st for st in reversed(found) if st.span.start <= verb.start() < st.span.end), None)
            if earlier is not None:
                # "X mengatakan ..., dan menambahkan bahwa ...": the earlier clause ends at the comma,
                # and a verb with no subject of its own shares the earlier speaker.
                comma = text.rfind(",", earlier.span.start, verb.start())
                cut = comma if comma > earlier.span.start else verb.start()
                found[found.index(earlier)] = _replace_span(text, earlier, cut)
                if how == "sentence":
                    who = _Who(earlier.speaker, earlier.speaker_key, False, "shared") if earlier.speaker else None
                    how = "shared"
            if who is not None and not who.name:
                who = None
            ctx.remember(verb.start(), who, salience.REPORTED)
            found.append(Statement(
                span=Span(clause_start, clause_end), text=text[clause_start:clause_end],
                speaker=who.name if who else None, speaker_key=who.key if who else None,
                verb=verb.group(), cue=Span(verb.start(), verb.end()),
                rule=f"{rule}:{verb.group().lower()}/{how if who else 'none'}"))
        statements.extend(found)
    return tuple(sorted(statements, key=lambda s: (s.span.start, s.cue.start)))


def _replace_span(text: str, statement: Statement, end: int) -> Statement:
    while end > statement.span.start and text[end - 1] in " ,\n":
        end -= 1
    span = Span(statement.span.start, end)
    return Statement(span=span, text=span.of(text), speaker=statement.speaker, speaker_key=statement.speaker_key,
                     verb=statement.verb, cue=statement.cue, rule=statement.rule)


def _statement_speaker(ctx: _Context, start: int, verb: int) -> tuple[_Who | None, str]:
    """The subject of an indirect verb: the clause just before it, else the sentence's subject.

    `Menurut ..., Kim menegaskan` → Kim (the last clause); `Lena Park, Wakil ..., menyatakan` and
    `Petrov menolak ..., menyatakan` have an empty last clause → the sentence's subject.
    """
    comma = ctx.text.rfind(",", start, verb)
    clause = comma + 1 if comma >= 0 else start
    lead = _WORD.search(ctx.text, clause, verb)
    if lead and fold(lead.group()) in ctx.words.anonymous:
        return None, "anonymous"      # "Para pejabat Korea Selatan mengatakan": unnamed people
    if any(fold(w.group()) not in ctx.words.fillers for w in _WORD.finditer(ctx.text, clause, verb)):
        who = ctx.subject(clause, verb) or ctx.who(clause, verb, clause)
        if who is not None:
            return who, who.how
        if clause > start:
            return None, "none"
    who = ctx.subject(start, verb) or _nearest_person(ctx, start, verb)
    return who, "sentence"


def _nearest_person(ctx: _Context, start: int, end: int) -> _Who | None:
    """The last person mentioned before the verb in its clause (appositions put roles between)."""
    people = [m for m in ctx.mentions if start <= m.span.start < end and m.kind == "person"]
    return ctx.of_key(people[-1].key, "mention") if people else None
