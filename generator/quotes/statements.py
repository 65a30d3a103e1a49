"""Indirect speech: `find_statements` reads the quote pass again for actors' statements
(`<X> mengatakan bahwa ...`), each with its speaker and clause (rule `complementiser:<verb>/<how>`)."""
from __future__ import annotations

from ..lexicon import Lexicon, fold
from ..model import Actor, Article, Sentence, Span, Statement
from .. import salience
from typing import TYPE_CHECKING
from .common import _Who, _WORD
from .marks import MARKS
from .speech import read_speech

if TYPE_CHECKING:
    from .context import _Context
    from .speech import Speech


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
