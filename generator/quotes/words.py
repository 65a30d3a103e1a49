"""The word sets and cue shapes of the quote pass, read from `speech.yaml` and `shapes.yaml`
(`_Words`), built once per lexicon (`_words_of`)."""
from __future__ import annotations

import re

from ..lexicon import Lexicon, alternation, fold, word_alternation
from ..patterns import compile_group
from .common import SPEECH_SHAPES, SUBJECT_STOPS, WHO_MAX, WHO_STOPS


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
        # "kata perusahaan tersebut": a body by its kind, pointing back.
        self.kind_heads = words("kind_heads", True)

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


def _words_of(lex: Lexicon) -> _Words:
    """One `_Words` per lexicon (the regexes themselves are cached on the lexicon)."""
    return lex.memo("speech._words", lambda: _Words(lex))
