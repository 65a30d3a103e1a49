"""No Indonesian function word is spelled in the extractor's code: it reads them from lang/id (issue 17).

The guard in test_lexicon.py looks for a few calendar and cue words anywhere in a string; this one
takes every word of the language data's word lists and refuses a string literal of the extractor
(extract.py and every module it imports) that is one of them ("dan", "untuk", "tersebut").
"""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from generator.cache import extractor_modules, module_files

PACKAGE = Path(__file__).resolve().parents[2] / "generator"
WORD_FILES = ("function_words", "speech", "titles", "organizations", "places", "calendar")
# Literals that are also identifiers or English in the code (a regex group, a credit's role, a
# message): they name things, they do not match Indonesian text.
ALLOWED = frozenset({"per", "sep", "agency", "reporter", "editor", "photo", "in", "of"})


def _lists(value):
    if isinstance(value, dict):
        for item in value.values():
            yield from _lists(item)
    elif isinstance(value, list) and all(isinstance(item, str) for item in value):
        yield value


def _words(lex) -> frozenset[str]:
    return frozenset(w.lower() for name in WORD_FILES for group in _lists(lex.data.get(name, {}))
                     for w in group if re.fullmatch(r"[^\W\d_]{2,}", w))


def _literals(source: str):
    """String literals that are not docstrings (a docstring may cite an example)."""
    tree = ast.parse(source)
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef)) and node.body
                  and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)}
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
            yield node.lineno, node.value


def offenders(source: str, words: frozenset[str]) -> list[tuple[int, str]]:
    return [(line, value) for line, value in _literals(source)
            if value.strip().lower() in words and value.strip().lower() not in ALLOWED]


@pytest.mark.parametrize("source, found", [
    ('if word == "dan":\n    pass\n', ["dan"]),
    ('ANAPHORA = ("tersebut", "itu")\n', ["tersebut", "itu"]),
    ('def f():\n    """An example: "X dan Y"."""\n    return kit.list_joiners\n', []),   # docstrings may cite
    ('rx = r"(?P<per>\\d+)"\nrole = "editor"\n', []),                                     # identifiers
])
def test_the_guard(lex, source, found):
    assert [value for _, value in offenders(source, _words(lex))] == found


def test_no_indonesian_word_list_in_the_extractor(lex):
    words = _words(lex)
    assert {"dan", "untuk", "tersebut", "itu"} <= words
    found = [f"{path.relative_to(PACKAGE)}:{line}: {value!r}" for name in extractor_modules()
             for path in module_files(PACKAGE, name)                 # quotes/: each of its files
             for line, value in offenders(path.read_text(encoding="utf-8"), words)]
    assert found == []
