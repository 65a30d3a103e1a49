"""Bad article files: each is read as text with a warning saying how, or refused with a one-line
reason; hostile text reaches pages only as text. (Whole-build behaviour is in test_build.py.)"""
from __future__ import annotations

import codecs
import re
import time

import jinja2
import pytest
from markupsafe import Markup, escape

from generator.escape import autoescape, html_attr, md_inline, md_piece
from generator.pages import _env, load_labels
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


# --- Whole-build failures are named, never a traceback (issue 15 item 5) ---------------------------

SHORT = ("Seoul - Presiden Korea Selatan Han Dae-ho bertemu Menteri Luar Negeri Rusia Pavel Orlov di "
         "Moskow pada Senin (3/6/2024). \u201cKami siap bekerja sama,\u201d kata Orlov.\n")


def _content(tmp_path, files: dict) -> "Settings":
    """A content folder with the given articles ({file name (str or bytes): text}) and settings for it."""
    import os

    from generator.config import load_settings
    articles = tmp_path / "content" / "articles"
    articles.mkdir(parents=True)
    for name, text in files.items():
        target = os.path.join(os.fsencode(articles), name) if isinstance(name, bytes) else articles / name
        with open(target, "w", encoding="utf-8") as handle:
            handle.write(text)
    return load_settings(tmp_path / "content", docs_dir=tmp_path / "build" / "docs", site_dir=tmp_path / "site",
                         cache_dir=tmp_path / ".cache", pdf=False)


def _refuse_writes(monkeypatch, under, code: int, reason: str):
    """Make every write below `under` fail as a read-only folder or a full disk would."""
    import errno  # noqa: F401 - codes come from the caller
    import pathlib

    real_bytes, real_text = pathlib.Path.write_bytes, pathlib.Path.write_text

    def guard(real):
        def write(self, *args, **kwargs):
            if str(self).startswith(str(under)):
                raise OSError(code, reason, str(self))
            return real(self, *args, **kwargs)
        return write
    monkeypatch.setattr(pathlib.Path, "write_bytes", guard(real_bytes))
    monkeypatch.setattr(pathlib.Path, "write_text", guard(real_text))


def test_long_file_names_and_long_words_give_bounded_file_names(tmp_path):
    from generator.build import build
    word = "A" + "b" * 10_000
    settings = _content(tmp_path, {"k" * 246 + ".txt": SHORT,
                                   "panjang.txt": SHORT.replace("Pavel Orlov", f"Pavel {word}")
                                   .replace("kata Orlov", f"kata {word}")})
    report = build(settings, mkdocs=False)
    assert not report.errors, report.problems
    names = [p.name for p in settings.docs_dir.rglob("*")]
    assert names and max(len(n.encode()) for n in names) <= 100
    briefs = sorted(p.stem for p in (settings.docs_dir / "briefs").glob("*.md") if p.stem != "index")
    assert len(briefs) == 2 and any(b.startswith("k" * 60) for b in briefs)
    assert any(p.name.startswith("pavel-abbbb") for p in (settings.docs_dir / "entities").glob("*.md"))


def test_undecodable_file_name_is_built_with_a_warning_naming_it(tmp_path):
    from generator.build import build
    settings = _content(tmp_path, {b"berita\xff.txt": SHORT, "baik.txt": SHORT.replace("Senin", "Selasa")})
    report = build(settings, mkdocs=False)
    [warning] = [p for p in report.problems if "not UTF-8" in p.message]
    assert warning.severity == "warning" and warning.path.endswith("berita\\xff.txt")
    assert report.articles == 2 and not report.errors
    again = build(settings, mkdocs=False)
    assert again.cached == 2        # the cache took the entry (no "surrogates not allowed")


@pytest.mark.parametrize("code, reason, hint", [
    (13, "Permission denied", "check the folder's permissions"),
    (28, "No space left on device", "the disk is full; the old site is kept"),
])
def test_unwritable_docs_tree_fails_naming_the_file_and_keeps_the_site(tmp_path, monkeypatch, code, reason, hint):
    from generator.build import BuildError, build
    settings = _content(tmp_path, {"a.txt": SHORT})
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "index.html").write_text("old site", encoding="utf-8")
    _refuse_writes(monkeypatch, settings.docs_dir, code, reason)
    with pytest.raises(BuildError) as caught:
        build(settings)
    message = str(caught.value)
    assert message.startswith(f"cannot write {settings.docs_dir}") and reason in message and hint in message
    assert (tmp_path / "site" / "index.html").read_text(encoding="utf-8") == "old site"
    assert not list(settings.docs_dir.rglob("*.tmp"))


def test_unwritable_cache_costs_a_warning_not_the_build(tmp_path, monkeypatch):
    from generator.build import build
    settings = _content(tmp_path, {"a.txt": SHORT})
    _refuse_writes(monkeypatch, settings.cache_dir, 30, "Read-only file system")
    report = build(settings, mkdocs=False)
    assert not report.errors and report.articles == 1
    [warning] = [p for p in report.problems if p.stage == "cache"]
    assert warning.path == str(settings.cache_dir) and "Read-only file system" in warning.message


def test_a_second_build_is_refused_while_one_runs(tmp_path):
    from generator.build import BuildError, build, build_lock
    settings = _content(tmp_path, {"a.txt": SHORT})
    with build_lock(settings):
        with pytest.raises(BuildError, match=r"another build is running \(pid \d+ holds .*docs\.lock\)"):
            build(settings, mkdocs=False)
        assert not settings.docs_dir.exists()
    assert build(settings, mkdocs=False).articles == 1      # released when the first one ends


@pytest.mark.slow
def test_two_build_processes_at_once_never_crash(tmp_path):
    """Two real processes on one workspace: each either builds or says another build runs."""
    import subprocess
    import sys
    settings = _content(tmp_path, {f"{i}.txt": SHORT.replace("Senin", f"Senin {i}") for i in range(3)})
    code = ("import sys; from generator.build import build, BuildError; from generator.config import load_settings\n"
            f"s = load_settings({str(settings.content_dir)!r}, docs_dir={str(settings.docs_dir)!r}, "
            f"site_dir={str(settings.site_dir)!r}, cache_dir={str(settings.cache_dir)!r}, pdf=False)\n"
            "try:\n    build(s, mkdocs=False); print('built')\n"
            "except BuildError as e:\n    print(e); sys.exit(2)\n")
    for _ in range(3):
        runs = [subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                 text=True) for _ in range(2)]
        outs = [run.communicate(timeout=120) + (run.returncode,) for run in runs]
        for out, err, status in outs:
            assert "Traceback" not in err, err
            assert (status, out.strip()) == (0, "built") or (status == 2 and "another build is running" in out)
        assert any(status == 0 for _, _, status in outs)


def test_cli_turns_an_unexpected_failure_into_one_line_and_exit_2(tmp_path, monkeypatch):
    from click.testing import CliRunner

    import generator.build as build_module
    from generator.cli import cli
    _content(tmp_path, {"a.txt": SHORT})
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("BRIEFING_TRACEBACK", raising=False)

    def broken(*args, **kwargs):
        raise OSError(28, "No space left on device", "build/docs/x.md")
    monkeypatch.setattr(build_module, "generate", broken)
    result = CliRunner().invoke(cli, ["build", "--no-pdf"])
    assert result.exit_code == 2
    assert "error: cannot write build/docs/x.md: No space left on device" in result.output
    assert "Traceback" not in result.output
    monkeypatch.setattr(build_module, "generate", lambda *a, **k: 1 / 0)
    result = CliRunner().invoke(cli, ["build", "--no-pdf"])
    assert result.exit_code == 2 and "error: internal error: ZeroDivisionError" in result.output


# --- Bounded cost per article (issue 15 item 6) -----------------------------------------------------

_SYLLABLES = ["ka", "ri", "to", "ma", "su", "ne", "lo", "wi", "da", "ha", "pu", "se", "yo", "ga", "bi", "ro"]


def _invented_name(i: int) -> str:
    """A distinct invented two-word name for every i (base-16 digits as syllables)."""
    digits = [(i >> shift) & 15 for shift in (0, 4, 8, 12, 16, 20)]
    first = "".join(_SYLLABLES[d] for d in digits[:3]).capitalize()
    last = "".join(_SYLLABLES[d] for d in reversed(digits[3:])).capitalize() + "wan"
    return f"{first} {last}"


def _dense_article(n: int) -> str:
    """n sentences, each naming two new people, one quoting the other, with a date."""
    parts = ["Seoul - Rapat Besar di Seoul\n\n"]
    for i in range(n):
        a, b = _invented_name(2 * i), _invented_name(2 * i + 1)
        parts.append(f"Menteri {a} mengatakan bahwa Duta Besar {b} tiba pada Senin (3/6/2024). "
                     f"\u201cKami siap bekerja,\u201d kata {a}.\n\n")
    return "".join(parts)


def test_an_article_over_the_caps_keeps_its_most_mentioned_names_and_the_speakers(brief_of, monkeypatch):
    extract_module = __import__("importlib").import_module("generator.extract")
    monkeypatch.setattr(extract_module, "MAX_ACTORS", 12)
    monkeypatch.setattr(extract_module, "MAX_QUOTES", 5)
    monkeypatch.setattr(extract_module, "MAX_STATEMENTS", 5)
    monkeypatch.setattr(extract_module, "MAX_DATES", 4)
    brief = brief_of(_dense_article(20))
    assert len(brief.actors) <= 12 and len(brief.quotes) == 5 and len(brief.dates) <= 4
    assert len(brief.statements) <= 5
    kept = {a.key for a in brief.actors}
    assert all(q.speaker_key in kept for q in brief.quotes if q.speaker_key)
    assert all(s.speaker_key in kept for s in brief.statements if s.speaker_key)
    assert [q.span.start for q in brief.quotes] == sorted(q.span.start for q in brief.quotes)
    [warning] = [p for p in brief.problems if p.stage == "limits"]
    assert warning.severity == "warning" and "left out" in warning.message and "quotes" in warning.message


def test_an_article_within_the_caps_gets_no_limits_warning(brief_of):
    brief = brief_of(_dense_article(3))
    assert len(brief.quotes) == 3 and not [p for p in brief.problems if p.stage == "limits"]


def test_a_stage_over_the_time_limit_is_stopped_and_the_article_still_built(brief_of, monkeypatch):
    import time

    extract_module = __import__("importlib").import_module("generator.extract")
    from generator import quotes

    def forever(*args, **kwargs):
        while True:
            pass
    monkeypatch.setattr(extract_module, "ARTICLE_SECONDS", 0.5)
    monkeypatch.setattr(quotes, "read_speech", forever)
    started = time.perf_counter()
    brief = brief_of(_dense_article(3))
    assert time.perf_counter() - started < 10
    assert brief.actors and brief.quotes == () and brief.summary == ()
    [warning] = [p for p in brief.problems if "stopped after 0.5 s" in p.message]
    assert warning.severity == "warning" and warning.stage == "quotes" and "summary" in warning.message


@pytest.mark.slow
def test_a_250_kb_article_of_names_and_cue_verbs_is_bounded(tmp_path, lex):
    import resource
    import time

    from generator.extract import MAX_ACTORS, MAX_QUOTES
    text = _dense_article(2600)[:250_000]
    path = tmp_path / "padat.txt"
    path.write_text(text, encoding="utf-8")
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.process_time()
    brief = extract(read_article(path), lex)
    assert time.process_time() - started < 30         # 10 s per article, plus the caps
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 500_000   # kB
    assert len(brief.actors) <= MAX_ACTORS and len(brief.quotes) <= MAX_QUOTES
    assert any(p.stage == "limits" or "stopped after" in p.message for p in brief.problems)


def test_time_limit_interrupts_a_runaway_regex_and_restores_an_outer_limit():
    import re
    import signal

    from generator.lexicon import TimeLimitExceeded, time_limit
    with time_limit(30):
        with pytest.raises(TimeLimitExceeded):
            with time_limit(0.2):
                re.match(r"^([A-Za-z]+\s?)+$", "a" * 40 + "!")
        left, _ = signal.getitimer(signal.ITIMER_PROF)
        assert 25 < left <= 30
    assert signal.getitimer(signal.ITIMER_PROF) == (0.0, 0.0)


def test_extraction_sets_its_time_limit_once_and_restores_an_outer_one(brief_of):
    """The per-article limit sets the signal's handler once an article and arms the timer per stage:
    after the article no timer is left and the handler is what it was; an enclosing limit goes on
    with its time left."""
    import signal

    from generator.lexicon import time_limit
    before = signal.getsignal(signal.SIGPROF)
    brief_of(_dense_article(3))
    assert signal.getitimer(signal.ITIMER_PROF) == (0.0, 0.0) and signal.getsignal(signal.SIGPROF) == before
    with time_limit(30):
        brief_of(_dense_article(3))
        left, _ = signal.getitimer(signal.ITIMER_PROF)
        assert 25 < left <= 30.05      # (the timer rounds up to its clock's tick)
    assert signal.getitimer(signal.ITIMER_PROF) == (0.0, 0.0)



def test_extraction_leaves_no_garbage_for_the_collector_and_restores_its_threshold(brief_of):
    """An article's objects are freed by reference counting when the brief goes (no reference
    cycle is left for the garbage collector: the quote pass's context held the document that held
    it), and the collector's threshold raised during one article is what it was after it."""
    import gc

    text = QUOTED + "Ia menegaskan bahwa pertemuan itu penting, kata Orlov kepada wartawan.\n"
    brief_of(text)                       # (first-time caches filled outside the count)
    gc.collect()
    before = gc.get_threshold()
    enabled = gc.isenabled()
    gc.disable()
    try:
        brief = brief_of(text)
        assert brief.quotes and brief.actors     # (the passes that made the cycle ran)
        del brief
        assert gc.get_threshold() == before
        assert gc.collect() == 0
    finally:
        if enabled:
            gc.enable()
    gc.set_threshold(300, 10, 10)
    try:
        brief_of(text)
        assert gc.get_threshold() == (300, 10, 10)
    finally:
        gc.set_threshold(*before)

# --- Decoding and look-alike letters (issue 15 item 7) ---------------------------------------------

QUOTED = ("Moskow - Menteri Luar Negeri Pavel Orlov menerima Duta Besar Han Dae-ho pada Senin (3/6/2024).\n\n"
          + "".join(f"\u201cKerja sama ini penting untuk tahap {n},\u201d kata Orlov.\n\n"
                    for n in ("pertama", "kedua", "ketiga", "keempat", "kelima")))


@pytest.mark.parametrize("bom", [b"", codecs.BOM_UTF8])
def test_a_stray_byte_in_utf8_is_replaced_and_reported_not_a_latin1_file(tmp_path, lex, bom):
    raw = QUOTED.encode("utf-8")
    at = raw.index(b"Duta")
    path = tmp_path / "sisip.txt"
    path.write_bytes(bom + raw[:at] + b"\xff" + raw[at:])
    article = read_article(path)
    assert article.text == QUOTED[:QUOTED.index("Duta")] + "\ufffd" + QUOTED[QUOTED.index("Duta"):]
    assert article.decoded_as.startswith("utf-8") and f"first at byte {at}" in article.decoded_as
    brief = extract(article, lex)
    clean = tmp_path / "bersih.txt"
    clean.write_text(QUOTED, encoding="utf-8")
    assert len(brief.quotes) == len(extract(read_article(clean), lex).quotes) == 5
    [warning] = [p for p in brief.problems if p.stage == "read"]
    assert warning.severity == "warning" and "1 invalid byte sequence" in warning.message
    assert "\ufffd" in warning.message and "cp1252" not in warning.message


def test_a_legacy_file_with_several_non_utf8_letters_is_still_cp1252():
    raw = "Menteri \u201cLuar\u201d Negeri bertemu di caf\u00e9 Moskwa.\n".encode("cp1252")
    assert decode(raw) == ("Menteri \u201cLuar\u201d Negeri bertemu di caf\u00e9 Moskwa.\n", "cp1252")


def test_check_reports_a_stray_byte_as_a_warning_with_the_file(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from generator.cli import cli
    articles = tmp_path / "content" / "articles"
    articles.mkdir(parents=True)
    raw = QUOTED.encode("utf-8")
    (articles / "sisip.txt").write_bytes(raw[:40] + b"\xff" + raw[40:])
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["check", "--content", "content"])
    assert result.exit_code == 0
    assert "content/articles/sisip.txt: warning: UTF-8 but for 1 invalid byte sequence (the first at byte 40)" \
        in result.stdout


@pytest.mark.parametrize("text, flagged", [
    ("Menteri Pavel Orl\u043ev bertemu Han Dae-ho.", "Orl\u043ev"),         # Cyrillic о in a Latin name
    ("Menteri Pavel Orlov bertemu \u039flga di Seoul.", "\u039flga"),       # Greek capital Ο
    ("Menteri Pavel Orlov bertemu Han Dae-ho di \u041c\u043e\u0441\u043a\u0432\u0430.", None),  # all Cyrillic
    ("Menteri Pavel Orlov bertemu Han Dae-ho di Z\u00fcrich.", None),       # Latin with accents
])
def test_lookalike_letters_from_another_script_in_a_latin_word_are_reported(brief_of, text, flagged):
    brief = brief_of(text)
    warnings = [p.message for p in brief.problems if "looks like a Latin one" in p.message]
    if flagged is None:
        assert not warnings
    else:
        [message] = warnings
        assert f"`{flagged}` at character {text.index(flagged)}" in message


# --- Stable addresses, nothing private published (issue 15 item 7) ---------------------------------

def _brief_pages(settings) -> dict[str, str]:
    """{brief page name: the article's first line as the page shows it}."""
    pages = {}
    for page in (settings.docs_dir / "briefs").glob("*.md"):
        if page.stem != "index":
            pages[page.stem] = page.read_text(encoding="utf-8")
    return pages


def test_a_brief_keeps_its_address_when_look_alike_file_names_arrive_and_go(tmp_path):
    from generator.build import build
    from generator.pages import brief_slug
    texts = {name: SHORT.replace("Seoul", city) for name, city in
             [("a-b.txt", "Busan"), ("A-B.txt", "Incheon"), ("A B.txt", "Daegu")]}
    settings = _content(tmp_path, {"a-b.txt": texts["a-b.txt"]})
    build(settings, mkdocs=False)
    first = _brief_pages(settings)
    assert list(first) == ["a-b"] and "Busan" in first["a-b"]
    for name in ("A-B.txt", "A B.txt"):
        (settings.articles_dir / name).write_text(texts[name], encoding="utf-8")
    build(settings, mkdocs=False)
    both = _brief_pages(settings)
    assert "Busan" in both["a-b"]                                     # the existing brief did not move
    assert "Incheon" in both[brief_slug("A-B")] and "Daegu" in both[brief_slug("A B")]
    assert len({brief_slug("a-b"), brief_slug("A-B"), brief_slug("A B")}) == 3
    (settings.articles_dir / "a-b.txt").unlink()
    build(settings, mkdocs=False)
    after = _brief_pages(settings)
    assert set(after) == {brief_slug("A-B"), brief_slug("A B")}      # nor do the others when it goes
    assert "Incheon" in after[brief_slug("A-B")]


@pytest.mark.parametrize("article_id, slug", [
    ("2024-06-21-zinoviev", "2024-06-21-zinoviev"), ("000_bb3a51", "000_bb3a51"),
    ("A-B", r"a-b-[0-9a-f]{8}"), ("spasi dan [kurung] (1)", r"spasi-dan-kurung-1-[0-9a-f]{8}"),
    ("index", r"index-[0-9a-f]{8}"), ("a--b", r"a-b-[0-9a-f]{8}"), ("k" * 200, "k{71}-[0-9a-f]{8}"),
])
def test_brief_slug_is_the_plain_id_or_a_slug_with_the_ids_hash(article_id, slug):
    from generator.pages import brief_slug
    assert re.fullmatch(slug, brief_slug(article_id))


def test_nothing_published_carries_the_content_folders_absolute_path(tmp_path):
    from generator.build import build
    settings = _content(tmp_path, {"tanpa titik.txt": "Seoul - Korea Utara dan Rusia bertemu di Moskow tanpa titik\n",
                                   "b.txt": SHORT})
    report = build(settings, mkdocs=False)
    assert any(p.path.startswith(str(tmp_path)) for p in report.problems)   # the terminal gets the full path
    for path in settings.docs_dir.rglob("*"):
        if path.is_file() and path.suffix in (".md", ".json", ".xml", ".html", ".js"):
            assert str(tmp_path) not in path.read_text(encoding="utf-8"), path
    records = (settings.docs_dir / "data" / "records.json").read_text(encoding="utf-8")
    assert "tanpa titik.txt: warning: no sentence punctuation" in records


def test_serve_names_every_problem_and_keeps_going_past_a_bad_file(tmp_path, monkeypatch, capsys):
    """The preview loop with a fake server child: a bad file arriving is named with its reason, and
    the loop runs on (it used to print only "1 errors")."""
    import generator.serve as serve_module
    settings = _content(tmp_path, {"a.txt": SHORT})
    polls = iter([None, None, None, 0])

    class Child:
        def poll(self):
            return next(polls)

        def terminate(self):
            pass

        def wait(self):
            pass
    steps = iter([lambda: (settings.articles_dir / "rusak.txt").write_bytes(b""),
                  lambda: (settings.articles_dir / "b.txt").write_text(SHORT.replace("Senin", "Selasa"),
                                                                       encoding="utf-8"),
                  lambda: None])
    monkeypatch.setattr(serve_module, "_server", lambda *a, **k: Child())
    monkeypatch.setattr(serve_module.time, "sleep", lambda seconds: next(steps)())
    monkeypatch.setattr(serve_module.signal, "signal", lambda *a: None)
    serve_module.serve(settings, "127.0.0.1:0")
    err = capsys.readouterr().err
    assert "rusak.txt: error: empty: the file holds no text [read]" in err
    assert err.count("1 errors") == 2 and "2 briefs" in err     # the next change was still picked up


def test_check_reports_lookalike_letters_before_the_build(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from generator.cli import cli
    _content(tmp_path, {"a.txt": SHORT.replace("Pavel Orlov", "Pavel Orl\u043ev"), "b.txt": SHORT})
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["check", "--content", "content"])
    assert result.exit_code == 0
    [line] = [line for line in result.stdout.splitlines() if "looks like a Latin one" in line]
    assert line.startswith("content/articles/a.txt: warning: `Orl\u043ev` at character")


@pytest.mark.parametrize("text, flagged", [
    ("Menteri Luar Negeri Anto\u0301nio Sil bertemu Han Dae-ho di Seoul.", "Anto\u0301nio"),
    ("Menteri Luar Negeri Ant\u00f3nio Sil bertemu Han Dae-ho di Seoul.", None),     # composed: nothing to say
])
def test_a_decomposed_accent_is_reported(brief_of, text, flagged):
    warnings = [p.message for p in brief_of(text).problems if "separate mark" in p.message]
    if flagged is None:
        assert not warnings
    else:
        [message] = warnings
        assert message.startswith(f"`{flagged}` at character {text.index(flagged)} writes an accent") \
            and "U+0301" in message


def test_cache_never_keeps_a_brief_cut_by_the_time_limit(tmp_path, lex, brief_of):
    """What a brief cut by the per-article CPU limit holds depends on the machine's speed: the
    cache does not keep it, so the next build tries again; a whole brief is kept."""
    import dataclasses

    from generator.cache import BriefCache
    from generator.extract import STOPPED
    from generator.model import Problem

    cache = BriefCache(tmp_path, lex.digest)
    whole = brief_of(ARTICLE, name="utuh")
    cut = dataclasses.replace(brief_of(ARTICLE.replace("Jepang", "Kanada"), name="terpotong"), problems=(
        Problem("terpotong.txt", "quotes", f"{STOPPED} 10 s (the per-article limit)", severity="warning"),))
    cache.put(whole)
    cache.put(cut)
    assert cache.get(whole.article) is not None
    assert cache.get(cut.article) is None


def test_a_name_written_with_separate_accents_is_read_whole(brief_of):
    """Decomposed accents (NFD, as some editors paste) are part of the word: the name is not cut at
    the accent, its offsets still point at the text as written, and it is the same entity as the
    composed spelling."""
    decomposed = "Anto\u0301nio Pereira"
    text = ("Judul Berita Tentang Kunjungan ke Ibu Kota\n\nJakarta - Presiden Portugal "
            f"{decomposed} bertemu Presiden Korea Selatan di Seoul pada Senin (3/6/2024). "
            f"\u201cKami ingin kerja sama,\u201d kata {decomposed}.\n")
    brief = brief_of(text)
    [person] = [a for a in brief.actors if a.kind == "person"]
    assert person.name == decomposed
    assert all(brief.article.text[m.span.start:m.span.end] == m.text for m in person.mentions)
    assert [q.speaker for q in brief.quotes] == [decomposed]
    composed = brief_of(text.replace(decomposed, "Ant\u00f3nio Pereira"))
    assert {a.name for a in composed.actors if a.kind == "person"} == {"Ant\u00f3nio Pereira"}


@pytest.mark.parametrize("markup", [
    '<img alt="Presiden Amerika Serikat Joe Wicaksono" src="foto.png">',
    '<a href="https://situs.id" title="Menteri Luar Negeri Rusia Andrei Sokolov berkata">tautan</a>',
])
def test_markup_pasted_with_an_article_gives_no_name(brief_of, markup):
    """A tag's attribute text is never a person; the same name in the prose still is."""
    lead = ("Judul Berita Tentang Pertemuan di Seoul\n\nJakarta - Presiden Korea Selatan Budi Santosa "
            "bertemu duta besar Rusia di Seoul pada Senin (3/6/2024).\n\n")
    brief = brief_of(lead + markup + "\n")
    assert {a.name for a in brief.actors if a.kind == "person"} == {"Budi Santosa"}
    name = re.search(r"(Joe Wicaksono|Andrei Sokolov)", markup).group()
    prose = brief_of(lead + f"Menteri itu juga bertemu utusan khusus {name} di Seoul.\n")
    assert name in {a.name for a in prose.actors if a.kind == "person"}


class _Html:
    def __html__(self):
        return "<b>kept</b>"


class _Text(str):
    pass


@pytest.mark.parametrize("value", HOSTILE + [
    0, 17, -3, True, False, None, 2.5, Markup("<i>ok</i> &amp;"), Markup(""), _Html(), _Text("<x>"),
    ["<a>", 1], {"k": "<v>"}, "", "plain words", "Kim Jong-un & \u201cco\u201d",
])
def test_page_autoescape_gives_what_markupsafe_escape_gives(value):
    out = autoescape(value)
    assert type(out) is Markup and out == escape(value)


def test_page_templates_escape_every_value_as_jinja_does():
    """The page environment's templates (autoescape in their namespace) write what Jinja's own
    autoescaping writes, for text, numbers, Markup, None and objects with __html__; a value with
    markup never comes out as markup."""
    source = "{% for v in values %}[{{ v }}|{{ v|string }}|{{ v ~ '<' }}]{% endfor %}{{ n + 1 }}"
    values = ["<script>", 3, Markup("<em>e</em>"), None, _Html(), _Text("'q'"), 1.5, True]
    ours = _env(load_labels("id")).from_string(source).render(values=values, n=4)
    theirs = jinja2.Environment(autoescape=True).from_string(source).render(values=values, n=4)
    assert ours == theirs and "<script>" not in ours and "&lt;script&gt;" in ours
