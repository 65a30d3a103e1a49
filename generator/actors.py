"""Person, organisation, country and place mentions; role and affiliation; surname resolution."""
from __future__ import annotations

from .lexicon import Lexicon
from .model import Actor, Article, Sentence


def find_actors(article: Article, sentences: tuple[Sentence, ...], lex: Lexicon) -> tuple[Actor, ...]:
    """Every named entity of the headline, captions and body, grouped per real-world entity."""
    return ()
