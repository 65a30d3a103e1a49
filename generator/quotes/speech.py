"""The quote pass over one article: `read_speech` builds one `_Context`, finds the pieces, attributes
and settles each, drops what is not a quote, and keeps a `Speech` (its quotes and context) that
`find_statements` reads again; `find_quotes` and `with_described_roles`."""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from ..lexicon import Lexicon
from ..model import Actor, Article, Quote, Sentence, Span, Statement
from ..document import Document
from .attribute import _attribute
from .carry import _reported_speech_goes_on
from .context import _Context
from .descriptions import _role_by
from .marks import _lost_marks, MARKS, _merge_split, _pieces, SINGLES
from .not_quotes import (_name_in_marks, _named_after, _scare_word, _squashed, _state_phrases_voiced,
                         _subhead_in_marks, _title_in_marks, _without_heading_copies, _without_repeats)
from .settle import _settle

if TYPE_CHECKING:
    from .marks import _Piece


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
    quotes = _state_phrases_voiced(quotes)
    return tuple(_without_repeats(sorted(_without_heading_copies(ctx, quotes, names),
                                         key=lambda q: (q.span.start, q.span.end))))
