"""Properties over arbitrary text (Hypothesis): extraction never raises and no stage fails, every
offset points at its mention, and the escaping filters never let article text become markup."""
from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.escape import html_attr, md_inline, md_piece
from generator.extract import extract
from generator.model import Article

# Pieces of real article shape, so that generated text reaches the stages' interesting paths.
FRAGMENTS = [
    "Jakarta, Kompas.com - ", "SEOUL, KOMPAS.com - ", "Menteri Luar Negeri Korea Selatan Park Jin",
    "Duta Besar Rusia Andrey Kulik", "Presiden Vladimir Putin", "Kim Jong-un", "Korut", "PBB",
    " kata ", " ujarnya.", " mengatakan, ", "\u201c", "\u201d", '"', "\u2018", "'", "«", "»",
    "Senin (21/11/2022)", "pada 13 September 2023", "pekan lalu", "kemarin", "tahun 2024", "(Luc/Luc)",
    "Baca juga: ", "IKLAN\n", "Editor: Ani", ". ", "\n", "\n\n", "Dr. ", "1. ", "--8<--", "{{ x }}",
    "<script>", "</p>", "# ", "| ", "---\n", "```", ":smile:", "{: .x}", "&amp;", "\t", "\u00a0", "\u2028",
]
article_text = st.lists(st.one_of(st.text(max_size=30), st.sampled_from(FRAGMENTS)), max_size=40).map("".join)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def spans_of(brief):
    """(span, expected surface text or None) for every span a Brief holds."""
    for actor in brief.actors:
        for mention in actor.mentions:
            yield mention.span, mention.text
    for date in brief.dates:
        yield date.span, date.text
        if date.sentence:
            yield date.sentence, None
    for quote in brief.quotes:
        yield quote.span, quote.text
        for part in quote.parts:
            yield part, None
        if quote.cue:
            yield quote.cue, None
    for statement in brief.statements:
        yield statement.span, statement.text
        yield statement.cue, None
    for sentence in brief.sentences:
        yield sentence.span, None
    yield from ((span, None) for span in brief.summary)
    layout = brief.layout
    for span in (layout.headline, layout.dateline, layout.published, layout.outlet_span, *layout.body,
                 *layout.captions, *(f.span for f in layout.furniture), *(c.span for c in layout.credits)):
        if span is not None:
            yield span, None


@SETTINGS
@given(text=article_text)
def test_extract_never_raises_and_no_stage_fails(lex, text):
    brief = extract(Article("prop", "prop.txt", text), lex)
    crashed = [str(p) for p in brief.problems if p.severity == "error"]
    assert not crashed, crashed


@SETTINGS
@given(text=article_text)
def test_extract_every_offset_points_at_its_mention(lex, text):
    brief = extract(Article("prop", "prop.txt", text), lex)
    assert brief.article.text == text
    for span, surface in spans_of(brief):
        assert 0 <= span.start <= span.end <= len(text), span
        if surface is not None:
            assert text[span.start:span.end] == surface


@given(text=st.text())
def test_md_inline_never_emits_markup_from_article_text(text):
    raw = md_inline(text)
    out = re.sub(r"&#\d+;", "", raw)
    assert not set(out) & set("<>[]`*_{}|#!\\~^=:$\"'&\n")
    # List markers and rules are read before references are decoded: look at the raw output.
    assert "--" not in raw and not re.search(r"\d\.", raw)


@given(text=st.text())
def test_md_piece_never_emits_markup_from_article_text(text):
    inner = re.sub(r"&#\d+;", "", md_piece(text))
    assert not set(inner) & set("<>`&\n")


@given(text=st.text())
def test_md_piece_shows_exactly_the_article_characters(text):
    import html
    assert html.unescape(md_piece(text)) == re.sub(r"\s+", " ", text)


@given(text=st.text())
def test_html_attr_never_leaves_the_attribute(text):
    assert not set(html_attr(text)) & set("<>\"'\n")


@pytest.mark.parametrize("text", ["a < b", "x -- y", "1. Januari", "- list", "&#60;", "{{x}}"])
def test_md_inline_shows_the_same_characters(text):
    import html
    assert html.unescape(md_inline(text)) == text


@given(text=st.text())
def test_md_inline_shows_exactly_the_article_characters(text):
    import html
    assert html.unescape(md_inline(text)) == " ".join(text.split())

