"""Date expressions → ISO values at the precision the text supports, given an explicit anchor."""
from __future__ import annotations

from .lexicon import Lexicon
from .model import Article, DateMention, Layout, Sentence, Span


def read_date(article: Article, span: Span, sentences: tuple[Sentence, ...], lex: Lexicon) -> DateMention | None:
    """The publication date written at `span` (a page-header date line)."""
    return None


def published_from_body(article: Article, layout: Layout, sentences: tuple[Sentence, ...],
                        lex: Lexicon) -> DateMention | None:
    """The date the brief is filed under when no header gives it: the lead's dated event."""
    return None


def find_dates(article: Article, sentences: tuple[Sentence, ...], lex: Lexicon, *,
               anchor: str | None) -> tuple[DateMention, ...]:
    return ()
