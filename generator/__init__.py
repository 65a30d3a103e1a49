"""Briefing: Indonesian news on Korea–Russia diplomacy → structured briefs → a static MkDocs site.

Public API: read_article, load_lexicon, extract, resolve, build.
"""
__version__ = "0.1.0"

from .extract import extract, read_article  # noqa: E402
from .lexicon import load_lexicon  # noqa: E402
from .resolve import resolve  # noqa: E402

__all__ = ["__version__", "extract", "read_article", "load_lexicon", "resolve"]
