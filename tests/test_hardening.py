"""Bad article files: each is read as text with a warning saying how, or refused with a one-line
reason; hostile text reaches pages only as text. (Whole-build behaviour is in test_build.py.)"""
from __future__ import annotations

import codecs
import re
import time

import pytest

from generator.escape import html_attr, md_inline, md_piece
from generator.extract import MAX_BYTES, ArticleError, decode, extract, read_article

ARTICLE = ("Jepang Protes Uji Rudal\n\nTokyo - Pemerintah Jepang memprotes uji rudal Korea Utara pada "
           "Kamis (3/11/2022). \u201cIni tidak dapat diterima,\u201d kata juru bicara Hirokazu Matsuno.\n")


@pytest.mark.parametrize("raw, how", [
    (ARTICLE.encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF8 + ARTICLE.encode("utf-8"), "utf-8-sig"),
    (ARTICLE.encode("utf-16"), "utf-16"),
    (codecs.BOM_UTF16_BE + ARTICLE.encode("utf-16-be"), "utf-16"),
    (ARTICLE.encode("utf-32"), "utf-32"),
    (ARTICLE.encode("cp1252"), "cp1252"),
])
def test_decode_reads_every_text_encoding_to_the_same_text(raw, how):
    text, found = decode(raw)
    assert (text, found) == (ARTICLE, how)


@pytest.mark.parametrize("raw, reason", [
    (b"", "empty"),
    (b"  \n\t\r\n  ", "only whitespace"),
    (bytes(range(256)) * 4, "binary"),
    (b"\x89PNG\r\n\x1a\n" + bytes(200), "binary"),
    (b"\x01\x02\x03\x04\x05\x06abc" * 50, "binary"),
    (b"x" * (MAX_BYTES + 1), "limit"),
])
def test_read_article_refuses_what_is_not_an_article_with_a_reason(tmp_path, raw, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(raw)
    with pytest.raises(ArticleError) as caught:
        read_article(path)
    message = str(caught.value)
    assert reason in message and "\n" not in message


@pytest.mark.parametrize("raw", [
    ARTICLE.replace("\n", "\r\n").encode("utf-8"),
    ARTICLE.replace("\n", "\r").encode("utf-8"),
    codecs.BOM_UTF8 + ARTICLE.replace("\n", "\r\n").encode("utf-8"),
])
def test_read_article_normalises_line_endings_and_bom(tmp_path, raw):
    path = tmp_path / "a.txt"
    path.write_bytes(raw)
    assert read_article(path).text == ARTICLE


@pytest.mark.parametrize("raw, warning", [
    (ARTICLE.encode("cp1252"), "decoded as cp1252"),
    (ARTICLE.encode("utf-16"), "decoded as utf-16"),
])
def test_extract_warns_how_a_legacy_file_was_decoded(tmp_path, lex, raw, warning):
    path = tmp_path / "legacy.txt"
    path.write_bytes(raw)
    brief = extract(read_article(path), lex)
    warnings = [str(p) for p in brief.problems if p.severity == "warning"]
    assert any(warning in w and str(path) in w for w in warnings)
    assert "\u201cIni tidak dapat diterima" in brief.article.text


@pytest.mark.parametrize("name", ["spasi dan [kurung] (1).txt", "Ünïcödé bérita.txt", "한국 기사.txt"])
def test_read_article_accepts_any_file_name(tmp_path, name):
    path = tmp_path / name
    path.write_text(ARTICLE, encoding="utf-8")
    assert read_article(path).id == name[:-4]


@pytest.mark.parametrize("text", [
    "Korea Utara dan Rusia membahas kerja sama militer " * 5000,          # one line, no punctuation
    "a" * 200_000,                                                          # one token
    "(" * 50_000 + "\u201c" * 50_000,                                       # unbalanced brackets and quotes
    "Seoul - " + "Dr. " * 20_000,                                           # abbreviations only
])
def test_extract_survives_one_enormous_line(brief_of, text):
    started = time.perf_counter()
    brief = brief_of(text)
    # Generous bound: this guards against catastrophic regex backtracking, not speed.
    assert time.perf_counter() - started < 60
    assert brief.article.text == text


HOSTILE = [
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", '<a href="javascript:alert(1)">x</a>',
    "</title><script>alert(1)</script>", "# heading", "| a | b |\n| --- | --- |", "[link](javascript:x)",
    "---\ntitle: x\n---", "```\ncode\n```", "<!-- comment -->", "{{ config }}", "{% raw %}", "{#", "--8<-- 'x'",
    ":smile:", "{: .class onclick=x}", "*emph* _emph_ **strong**", "1. item", "- item", "> quote", "\\<escaped",
    "&lt;already&gt; &amp; &#60;", "![img](x.png)", "<https://example.com>", "https://example.com",
    "term\n: definition", "***", "===", "~~~", "[^1]", "$$x$$", "==mark==", "^^ins^^", "~~del~~",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_md_inline_leaves_no_markup_character(text):
    out = re.sub(r"&#\d+;", "", md_inline(text))   # numeric references show as the character
    assert not set(out) & set("<>[]`*_{}|#!\\~^=:$\"'&")
    assert "--" not in out


@pytest.mark.parametrize("text", HOSTILE)
def test_md_piece_emits_no_tag(text):
    out = md_piece(text)
    assert "<" not in out and ">" not in out and "`" not in out


@pytest.mark.parametrize("text", HOSTILE)
def test_html_attr_cannot_close_the_attribute(text):
    out = html_attr(text)
    assert not set(out) & set("<>\"'")
