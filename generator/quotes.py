"""Quotations with their speakers, and indirect speech as an actor's statements."""
from __future__ import annotations

from .lexicon import Lexicon
from .model import Actor, Article, Quote, Sentence, Statement


def find_quotes(article: Article, sentences: tuple[Sentence, ...], actors: tuple[Actor, ...],
                lex: Lexicon) -> tuple[Quote, ...]:
    return ()


def find_statements(article: Article, sentences: tuple[Sentence, ...], actors: tuple[Actor, ...],
                    lex: Lexicon) -> tuple[Statement, ...]:
    return ()
