"""The quote pass runs once per article: quotes and statements share its context (issue 17)."""
from __future__ import annotations

import pytest

from generator import layout, quotes, segment
from generator.extract import extract
from generator.lexicon import slugify
from generator.model import Actor, Mention, Span

# Invented people and words; the second paragraph's pronoun statement needs the quote speaker
# on the trail, the third quotes nobody.
TEXT = ("Menteri Luar Negeri Arvenia Dara Kolsen tiba di Lurin pada Senin.\n\n"
        "“Kami siap bekerja sama,” kata Kolsen kepada wartawan.\n\n"
        "Ia menegaskan bahwa kerja sama itu akan dimulai tahun depan.\n")


def _setup(lex, make_article):
    article = make_article(TEXT)
    sentences = segment.split_sentences(article, layout.find_layout(article, lex), lex)
    spans = [(TEXT.index("Dara Kolsen"), "Dara Kolsen"), (TEXT.index("Kolsen kepada"), "Kolsen")]
    mentions = tuple(Mention(Span(i, i + len(form)), form, "person", slugify("Dara Kolsen"), "test") for i, form in spans)
    actor = Actor(slugify("Dara Kolsen"), "person", "Dara Kolsen", tuple(sorted(mentions, key=lambda m: m.span)))
    return article, sentences, (actor,)


def test_statements_read_from_the_shared_pass_equal_a_pass_of_their_own(lex, make_article):
    article, sentences, actors = _setup(lex, make_article)
    speech = quotes.read_speech(article, sentences, actors, lex)
    shared = quotes.find_statements(article, sentences, actors, lex, speech)
    assert shared == quotes.find_statements(article, sentences, actors, lex)
    assert quotes.find_statements(article, sentences, actors, lex, speech) is shared   # read once
    assert speech.quotes == quotes.find_quotes(article, sentences, actors, lex)
    assert [q.speaker for q in speech.quotes] == ["Dara Kolsen"]
    assert [s.speaker for s in shared] == ["Dara Kolsen"]       # the pronoun: the quote's speaker


def test_no_sentences_no_speech(lex, make_article):
    article = make_article(TEXT)
    speech = quotes.read_speech(article, (), (), lex)
    assert speech.quotes == () and quotes.find_statements(article, (), (), lex, speech) == ()


def test_extract_runs_the_quote_pass_once(lex, make_article, monkeypatch):
    contexts = []
    original = quotes._Context.__init__

    def counting(self, *args, **kwargs):
        contexts.append(1)
        original(self, *args, **kwargs)
    monkeypatch.setattr(quotes._Context, "__init__", counting)
    brief = extract(make_article(TEXT), lex)
    assert len(contexts) == 1
    assert brief.quotes and brief.statements and not brief.problems


@pytest.mark.parametrize("fail", ["read_speech", "find_statements"])
def test_a_failing_quote_pass_is_one_problem_and_the_rest_still_runs(lex, make_article, monkeypatch, fail):
    def boom(*args, **kwargs):
        raise RuntimeError("broken")
    monkeypatch.setattr(quotes, fail, boom)
    brief = extract(make_article(TEXT), lex)
    assert [(p.stage, p.message) for p in brief.problems] == [("quotes", "RuntimeError: broken")]
    assert brief.statements == () and brief.summary
    assert (brief.quotes == ()) == (fail == "read_speech")
