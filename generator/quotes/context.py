"""`_Context`: one article as the quote pass reads it, its parts together (`_Passage`, `_Naming`,
`_Speakers`, `_Descriptions`, `_Trail`) over the document, the actors and the word sets."""
from __future__ import annotations

from functools import cached_property

from ..lexicon import Lexicon
from ..model import IN_BODY_RULE, Actor, Article, Mention, Sentence, Span
from .. import document, salience
from ..bodies import body_names
from ..document import Document
from .descriptions import _Descriptions
from .naming import _Naming
from .passage import _Passage
from .speakers import _Speakers
from .trail import _Trail
from .words import _words_of


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
