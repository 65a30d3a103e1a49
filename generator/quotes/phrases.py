"""A quoted phrase inside a sentence: whose words it is (the person before the sentence's last
speech verb, a subordinate clause's subject, a relative clause's speaker, an agency reporting, a state
voiced, a joint or plural subject, a passive's agent, the owner of a speech noun)."""
from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING

from ..document import first_of, first_word, tokens
from ..lexicon import fold
from ..model import Quote, Sentence, Span
from .carry import _according_source
from .common import _Attribution, _continued, key_missing, _kind_of, _speaks, TOPIC_PARAGRAPHS, _Who, _WORD
from .cues_after import _recap_after
from .cues_before import _reported_speaker
from .marks import MARKS
from .speakers import _placed, _speaking_before

if TYPE_CHECKING:
    from .context import _Context
    from .marks import _Piece


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
    """The verb nearest before `end` is passive ("X, yang perkaranya digolongkan sebagai “...”",
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
