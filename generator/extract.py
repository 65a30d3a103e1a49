"""Reads one article file (the reading edge) and composes the stages into a Brief."""
from __future__ import annotations

import datetime as dt

import codecs
import dataclasses
import errno
import gc
import os
import re
import signal
import threading
import time
from pathlib import Path

from . import actors, bodies, dates, document, layout, quotes, segment, summary
from .lexicon import Lexicon, TimeLimitExceeded, fold
from .model import Actor, Article, Brief, DateMention, Layout, Problem
from .sources import LINK, read_regular

# Over this, an article is refused as a dump, not a news article: the largest seed is 6 kB and a
# long-read feature 30-60 kB, so 256 kB is 40x the largest seed. Realistic prose of that size
# extracts in about a second; adversarial text (thousands of names and cue verbs in one line) is
# far slower because some stages grow faster than linearly, so the limit also bounds that.
MAX_BYTES = 256 * 1024
# Share of control characters above which bytes are binary, not text.
BINARY_CONTROL_SHARE = 0.02
# Unicode category Cc (U+0000-001F, U+007F-009F) but tab and newline: one regex pass, where a
# category call per character took ~0.4 ms an article.
CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


# Letters of the scripts whose capitals and small letters look like Latin ones (Cyrillic а е о р с
# х, Greek ο ν): a word mixing them with Latin letters is a look-alike (typed or planted), which
# would make a second entity of a name. One regex pass; the word check runs only when one is found.
LOOKALIKE_SCRIPTS = re.compile("[\u0370-\u03ff\u0400-\u052f]")
_MIXED_WORD = re.compile(r"\w*[\u0370-\u03ff\u0400-\u052f]\w*")


def lookalike_words(text: str, limit: int = 5) -> list[tuple[int, str, str]]:
    """(offset, word, the first foreign letter) of words mixing Latin letters with Cyrillic or
    Greek ones, at most `limit`."""
    if not LOOKALIKE_SCRIPTS.search(text):
        return []
    found = []
    for match in _MIXED_WORD.finditer(text):
        word = match.group()
        if any(c.isalpha() and c < "\u0250" for c in word):       # a Latin letter (ASCII to Latin Extended-B)
            found.append((match.start(), word, LOOKALIKE_SCRIPTS.search(word).group()))
            if len(found) >= limit:
                break
    return found


# Combining accents (U+0300-036F) written after their letter, as some editors and macOS copies do
# (`o` + U+0301 for `ó`): the text is kept as read (no NFC, DESIGN.md), so a name with one may be
# cut at the mark; the first words with one are reported.
_COMBINING = re.compile("[\u0300-\u036f]")
_DECOMPOSED_WORD = re.compile(r"\w*[\u0300-\u036f][\w\u0300-\u036f]*")


def lookalike_problems(article: Article) -> list[Problem]:
    """A warning for each word of the article that mixes Latin letters with look-alikes, and for
    each written with a separate combining accent (at most 5 of each)."""
    problems = []
    if _COMBINING.search(article.text):                 # one pass of one class; the words only when found
        for match in list(_DECOMPOSED_WORD.finditer(article.text))[:5]:
            mark = next(c for c in match.group() if "\u0300" <= c <= "\u036f")
            problems.append(Problem(article.path, "read", f"`{match.group()}` at character {match.start()} writes an "
                                    f"accent as a separate mark (U+{ord(mark):04X}): names are still read whole and "
                                    "matched, but search and copied text work best when the file is saved with "
                                    "composed letters (NFC)", severity="warning"))
    for offset, word, letter in lookalike_words(article.text):
        script = "Greek" if "\u0370" <= letter <= "\u03ff" else "Cyrillic"
        problems.append(Problem(article.path, "read", f"`{word}` at character {offset} mixes Latin letters with the "
                                f"{script} letter {letter} (U+{ord(letter):04X}), which looks like a Latin one: "
                                "retype the word", severity="warning"))
    return problems


class ArticleError(ValueError):
    """An article file that cannot be read as text; the message says why."""


def _utf8_with_stray_bytes(raw: bytes, how: str) -> tuple[str, str] | None:
    """UTF-8 text with a few bytes that are not UTF-8 (a stray byte from a copy, a cut sequence):
    those bytes become U+FFFD and `how` says how many and where the first was, instead of the
    whole file being read as cp1252. None when the file is not mostly UTF-8 (its non-ASCII
    characters are more often invalid than valid UTF-8: a legacy file)."""
    try:
        raw.decode("utf-8")
        return None
    except UnicodeDecodeError as error:
        first = error.start
    text = raw.decode("utf-8", errors="replace")
    replaced = text.count("\ufffd") - raw.count("\ufffd".encode("utf-8"))
    valid = len(text) - len(raw.decode("ascii", errors="ignore")) - replaced - raw.count("\ufffd".encode("utf-8"))
    if valid <= replaced:
        return None
    return text, f"{how} ({replaced} invalid byte {'sequence' if replaced == 1 else 'sequences'} replaced, first at byte {first})"


def decode(raw: bytes) -> tuple[str, str]:
    """Bytes → (text, how it was decoded). Raises ArticleError for what is not text."""
    if raw.startswith(codecs.BOM_UTF8):
        body = raw[len(codecs.BOM_UTF8):]
        repaired = _utf8_with_stray_bytes(body, "utf-8-sig")
        if repaired:
            return repaired
        try:
            return body.decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as error:
            raise ArticleError(f"starts with a UTF-8 byte-order mark but is not UTF-8: {error.reason} at byte "
                               f"{error.start + len(codecs.BOM_UTF8)}") from None
    for bom, name in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                      (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if raw.startswith(bom):
            try:
                return raw.decode(name), name
            except UnicodeDecodeError as error:
                raise ArticleError(f"starts with a {name} byte-order mark but does not decode: {error.reason}") from None
    if b"\x00" in raw:
        raise ArticleError("binary content (NUL bytes), not a text article")
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    repaired = _utf8_with_stray_bytes(raw, "utf-8")
    if repaired:
        return repaired
    # Legacy Windows encoding (curly quotes as 0x93/0x94) is what copy-paste produces most.
    try:
        return raw.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return raw.decode("latin-1"), "latin-1"


def decoding_problem(decoded_as: str) -> str | None:
    """The warning an article's decoding deserves, or None for clean UTF-8."""
    if decoded_as in ("utf-8", "utf-8-sig"):
        return None
    repaired = re.match(r"utf-8(?:-sig)? \((\d+) invalid byte sequences? replaced, first at byte (\d+)\)$", decoded_as)
    if repaired:
        count, first = repaired.groups()
        return (f"UTF-8 but for {count} invalid byte {'sequence' if count == '1' else 'sequences'} (the first at "
                f"byte {first}), shown as \ufffd (U+FFFD); fix the file there")
    return f"not UTF-8; decoded as {decoded_as}"


def printable_path(path: str | Path) -> str:
    """A path as text that can be written to any file or terminal: bytes of a file name that are
    not UTF-8 (Python keeps them as lone surrogates) become `\\xNN`."""
    text = str(path)
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return os.fsencode(text).decode("utf-8", "backslashreplace")


def name_problem(path: str | Path) -> str | None:
    """Why a file's name is a problem (it is still read), or None."""
    name = Path(path).name
    if printable_path(name) != name:
        return f"file name is not UTF-8 (shown as `{printable_path(name)}`); rename it"
    return None


def read_article(path: str | Path) -> Article:
    """Read a file as FORMATS.md defines "as read": decoded, BOM stripped, line endings → \\n."""
    path = Path(path)
    try:
        raw = read_regular(path, limit=MAX_BYTES + 1)    # never more: a huge file is refused, not read whole
    except OSError as error:
        if error.errno == errno.ELOOP:      # O_NOFOLLOW met a link: never read what it points at
            raise ArticleError(LINK[1]) from None
        if isinstance(error, IsADirectoryError):
            raise ArticleError("not a regular file: not read") from None
        raise
    if len(raw) > MAX_BYTES:
        size = path.stat().st_size
        raise ArticleError(f"{size:,} bytes is over the {MAX_BYTES:,}-byte limit for one article")
    text, how = decode(raw)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ArticleError("empty: the file holds no text" if not text else "holds only whitespace")
    controls = len(CONTROLS.findall(text))
    if controls > BINARY_CONTROL_SHARE * len(text):
        raise ArticleError(f"binary content ({controls} control characters), not a text article")
    shown = Path(printable_path(path))
    return Article(id=shown.stem, path=str(shown), text=text, decoded_as=how)


# Bounded cost per article (README, Limits): the news articles seen so far have at most ~35 actors,
# 10 quotes and 12 dates in 10 kB; a feature of 60 kB a few times that. An article over a cap keeps
# the first quotes, statements and dates and its most-mentioned actors (every kept quote's speaker
# among them), with a warning: a file of thousands of names must not make thousands of pages.
MAX_ACTORS = 300
MAX_QUOTES = 150
MAX_STATEMENTS = 150
MAX_DATES = 300
# CPU seconds of extraction one article may take (a news article takes 5-50 ms). A stage still
# running then is stopped; the stages after it are skipped; the article is built with what was found.
ARTICLE_SECONDS = 10.0
# How a brief cut by that limit says so (its Problem's message starts with this). What such a brief
# holds depends on the machine's speed, so the cache never keeps it: every build tries again.
STOPPED = "extraction stopped after"


class _Budget:
    """The time left for one article's stages, and which stages it stopped or skipped.

    Entered around the stages: the CPU-time signal's handler is set once an article (setting one
    costs more than the rest of a limit), and each stage arms the timer with the time left and
    disarms it after (`lexicon.time_limit` alike: CPU time, the main thread only, an enclosing limit
    paused and restored with its time left)."""

    def __init__(self, seconds: float):
        self.seconds = seconds
        self.deadline = time.process_time() + seconds
        self.cut: list[str] = []
        self.timed = False
        self.armed = 0.0

    def left(self) -> float:
        return self.deadline - time.process_time()

    def __enter__(self) -> _Budget:
        self.timed = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
        if self.timed:
            self.outer_left, _ = signal.setitimer(signal.ITIMER_PROF, 0)
            self.started = time.process_time()
            self.previous = signal.signal(signal.SIGPROF, self._expire)
        return self

    def __exit__(self, *exc) -> None:
        if self.timed:
            signal.setitimer(signal.ITIMER_PROF, 0)
            signal.signal(signal.SIGPROF, self.previous)
            if self.outer_left:
                signal.setitimer(signal.ITIMER_PROF,
                                 max(self.outer_left - (time.process_time() - self.started), 0.001))

    def _expire(self, signum, frame):
        raise TimeLimitExceeded(self.armed)

    def arm(self) -> None:
        if self.timed:
            self.armed = max(self.left(), 0.001)
            signal.setitimer(signal.ITIMER_PROF, self.armed)

    def disarm(self) -> None:
        if self.timed:
            signal.setitimer(signal.ITIMER_PROF, 0)


def _stage(problems: list[Problem], budget: _Budget, article: Article, name: str, default, call):
    """Run one stage within the article's time; an exception becomes a Problem naming the file
    and the stage."""
    if budget.cut:
        budget.cut.append(name)
        return default
    try:
        budget.arm()
        try:
            return call()
        finally:
            budget.disarm()
    except TimeLimitExceeded:
        budget.cut.append(name)
        return default
    except Exception as error:  # noqa: BLE001 - any stage failure is reported, never fatal
        problems.append(Problem(article.path, name, f"{type(error).__name__}: {error}"))
        return default


def _cap(article: Article, found_actors: tuple, found_dates: tuple, found_quotes: tuple,
         statements: tuple) -> tuple[tuple, tuple, tuple, tuple, Problem | None]:
    """The facts within the per-article caps, and a warning saying what was left out."""
    left_out = []
    if len(found_quotes) > MAX_QUOTES:
        left_out.append(f"{len(found_quotes) - MAX_QUOTES:,} of {len(found_quotes):,} quotes")
        found_quotes = tuple(found_quotes[:MAX_QUOTES])
    if len(statements) > MAX_STATEMENTS:
        left_out.append(f"{len(statements) - MAX_STATEMENTS:,} of {len(statements):,} statements")
        statements = tuple(statements[:MAX_STATEMENTS])
    if len(found_dates) > MAX_DATES:
        left_out.append(f"{len(found_dates) - MAX_DATES:,} of {len(found_dates):,} dates")
        found_dates = tuple(found_dates[:MAX_DATES])
    if len(found_actors) > MAX_ACTORS:
        speakers = {q.speaker_key for q in found_quotes} | {s.speaker_key for s in statements}
        ranked = sorted(range(len(found_actors)), key=lambda i: (
            found_actors[i].key not in speakers, -len(found_actors[i].mentions), i))
        keep = set(ranked[:MAX_ACTORS])
        left_out.append(f"{len(found_actors) - MAX_ACTORS:,} of {len(found_actors):,} names (the least mentioned)")
        found_actors = tuple(a for i, a in enumerate(found_actors) if i in keep)
    if not left_out:
        return found_actors, found_dates, found_quotes, statements, None
    return found_actors, found_dates, found_quotes, statements, Problem(
        article.path, "limits", f"over the per-article limits ({MAX_ACTORS} names, {MAX_QUOTES} quotes, "
        f"{MAX_STATEMENTS} statements, {MAX_DATES} dates); left out {', '.join(left_out)}", severity="warning")


def _outside_markup(found: tuple[Actor, ...], doc: document.Document) -> tuple[Actor, ...]:
    """The actors without their mentions inside a tag or an attribute value (`alt="Nama"`); an
    actor named only there is no actor."""
    if not doc.layer("markup"):
        return found
    kept = []
    for actor in found:
        mentions = tuple(m for m in actor.mentions if not doc.in_markup(m.span))
        if len(mentions) == len(actor.mentions):
            kept.append(actor)
        elif mentions:
            kept.append(dataclasses.replace(actor, mentions=mentions))
    return tuple(kept)


def _without_own_outlet(found: tuple[Actor, ...], page: Layout, lex: Lexicon) -> tuple[Actor, ...]:
    """The actors without the page's own outlet as a body (`kepada <medium kind> <Outlet>`: the page's
    reporter asked), a body the register knows too (`kepada NHK` on NHK's page): it is the brief's `outlet`,
    no organisation of the brief."""
    if not page.outlet:
        return found
    own = fold(page.outlet)
    forms = tuple(f for f in lex.memo("extract.outlet_forms", lambda: _outlet_forms(lex)).get(own, {own})
                  if len(f) >= OUTLET_FORM_MIN)

    def own_outlet(actor: Actor) -> bool:
        return actor.kind == "organization" and all(fold(m.text).endswith(forms) for m in actor.mentions)
    return tuple(a for a in found if not own_outlet(a)) if forms else found


def _outlet_forms(lex: Lexicon) -> dict[str, frozenset[str]]:
    """Every folded spelling of a known outlet -> all folded spellings of that outlet."""
    forms: dict[str, frozenset[str]] = {}
    for canonical, spellings in (lex.group("outlets", "names") or {}).items():
        group = frozenset({fold(str(canonical))} | {fold(str(f)) for f in spellings or ()})
        for form in group:
            forms[form] = forms.get(form, frozenset()) | group
    return forms


# An outlet's spelling shorter than this (a two-letter short form) names too much to drop a body by.
OUTLET_FORM_MIN = 3


# A date line above the headline with no time of day that is this many days after the day the body
# reports is the site's clock (a mirror's date of copying), not the article's date.
CLOCK_DAYS = 45


def _published(article: Article, page: Layout, sentences: tuple, lex: Lexicon, named: frozenset[str]):
    """The header's date, else the body's (a header it cannot read; a site's clock far after the body's day)."""
    header = dates.read_date(article, page.published, lex, named) if page.published else None
    if header is not None and header.precision == "day" and layout.site_clock(page, article.text):
        # The body's day, else the latest day a caption or the body writes with its year.
        body = dates.published_from_body(article, sentences, lex, named) or max(
            (d for d in dates.find_dates(article, sentences, lex, anchor=None, named=named)
             if d.precision == "day" and d.value and re.search(r"\d{4}", d.text)),
            key=lambda d: d.value, default=None)
        if body is not None and body.precision == "day" and body.value and (
                dt.date.fromisoformat(header.value) - dt.date.fromisoformat(body.value)).days > CLOCK_DAYS:
            return body
    if header is not None and header.precision == "day" and header.value:
        # A page date well before the day the body's source reported (`<quoted by> X, <weekday> 9 <month> 2024`,
        # written with its year): no date of this report (a mirror's or a template's), the body's stamp is.
        stamp = dates.published_from_body(article, sentences, lex, named)
        if (stamp is not None and stamp.rule.startswith("body-stamp") and stamp.precision == "day" and stamp.value
                and re.search(r"\d{4}", stamp.text)
                and (dt.date.fromisoformat(stamp.value) - dt.date.fromisoformat(header.value)).days > CLOCK_DAYS):
            return stamp
        # A page date a day or two before the day the body reports as done ("<said> <on> <weekday> (15/01)"):
        # an index's or a clock's, the body's day is the report's.
        later = dates.reported_after(article, sentences, lex, header, named)
        if later is not None:
            return later
    if header is not None and header.precision == "month" and header.value:
        # An index's line giving only the month ("date 2023-04") and a body that dates its report by a
        # weekday and a day of that month written without a year, as a report of that week writes it
        # ("<on> <weekday> (19/4)"): that day. A day written with its year is a source's, not this page's.
        captions = {s.span for s in sentences if s.caption}
        for found in dates.find_dates(article, sentences, lex, anchor=header.value, named=named):
            if found.sentence not in captions and found.rule in ("weekday-numeric", "weekday-dmy") \
                    and not re.search(r"\d{4}", found.text) and (found.value or "").startswith(header.value + "-"):
                return DateMention(found.span, found.text, found.value, "day", f"body-weekday:{found.rule}",
                                   found.sentence)
    return header or dates.published_from_body(article, sentences, lex, named)


def _with_dateline_day(found: tuple[DateMention, ...], published: DateMention | None, page: Layout,
                       text: str) -> tuple[DateMention, ...]:
    """The day a dateline writes after its city ("KOTA, 9 <month> 2023 -", "KOTA, 29 <month> (AGENSI) -") opens the
    lead: a date of the body as well as the page's (a date line of the page header above the body is not)."""
    if published is None or published.value is None or page.dateline is None or not published.rule.startswith("header:"):
        return found
    span = published.span
    if not page.dateline.end <= span.start or "\n" in text[page.dateline.start:span.end] \
            or any(d.span.start < span.end and span.start < d.span.end for d in found):
        return found
    mention = DateMention(span, published.text, published.value, published.precision, f"dateline:{published.rule}", None)
    return tuple(sorted((*found, mention), key=lambda d: d.span.start))


# Container objects one article's extraction may hold beyond those it found alive before the
# youngest generation's collection runs (Python's default: 700). A news article holds 700 to 2,000
# at its peak and leaves no cycles (`_extract` drops the one its document held), so at the default
# a collection ran in most articles and walked objects that reference counting frees anyway. The
# threshold is restored after the article (a build raises it further for all of its work).
ARTICLE_GC_THRESHOLD = 10_000


def extract(article: Article, lex: Lexicon) -> Brief:
    """All stages on one article; a failing stage yields a Problem, the rest still runs."""
    problems: list[Problem] = []
    threshold = gc.get_threshold()
    if threshold[0] < ARTICLE_GC_THRESHOLD:
        gc.set_threshold(ARTICLE_GC_THRESHOLD, *threshold[1:])
    try:
        with _Budget(ARTICLE_SECONDS) as budget:
            return _extract(article, lex, problems, budget)
    finally:
        gc.set_threshold(*threshold)


def _extract(article: Article, lex: Lexicon, problems: list[Problem], budget: _Budget) -> Brief:
    decoding = decoding_problem(article.decoded_as)
    if decoding:
        problems.append(Problem(article.path, "read", decoding, severity="warning"))
    empty_layout = Layout(None, None, None, None, None, (), (), ())
    page = _stage(problems, budget, article, "layout", empty_layout, lambda: layout.find_layout(article, lex))
    sentences = _stage(problems, budget, article, "segment", (), lambda: segment.split_sentences(article, page, lex))
    if not page.body:
        problems.append(Problem(article.path, "layout", "no article body left after removing page furniture",
                                severity="warning"))
    doc = document.build(article, sentences)
    found_actors = _stage(problems, budget, article, "actors", (), lambda: actors.find_actors(article, sentences, lex, doc))
    found_actors = _outside_markup(found_actors, doc)
    found_actors = _without_own_outlet(found_actors, page, lex)
    found_actors = actors.with_subhead_mentions(found_actors, page, article.text)
    named = frozenset(a.register_id for a in found_actors if a.register_id)   # for a year no date writes
    published: DateMention | None = _stage(
        problems, budget, article, "dates", None,
        lambda: _published(article, page, sentences, lex, named))
    anchor = published.value if published else None
    found_dates = _stage(problems, budget, article, "dates", (),
                         lambda: dates.find_dates(article, sentences, lex, anchor=anchor, named=named))
    found_dates = _with_dateline_day(found_dates, published, page, article.text)
    speech = _stage(problems, budget, article, "quotes", None,
                    lambda: quotes.read_speech(article, sentences, found_actors, lex, doc))
    found_quotes = speech.quotes if speech else ()
    found_actors = quotes.with_described_roles(found_actors, speech, article.text)
    statements = _stage(problems, budget, article, "quotes", (),
                        lambda: quotes.find_statements(article, sentences, found_actors, lex, speech)) if speech else ()
    found_actors = bodies.named(found_actors, lex, article.text)     # one name per body: the record's, the speaker's
    found_quotes, statements = bodies.spoken_by(found_quotes, found_actors), bodies.spoken_by(statements, found_actors)
    chosen = _stage(problems, budget, article, "summary", (),
                    lambda: summary.summarise(article, sentences, found_actors, doc))
    problems += lookalike_problems(article)
    if budget.cut:
        problems.append(Problem(article.path, budget.cut[0], f"{STOPPED} {budget.seconds:g} s (the "
                                f"per-article limit): the article is too long or too dense; what "
                                f"{', '.join(dict.fromkeys(budget.cut))} would have found is left out",
                                severity="warning"))
    found_actors, found_dates, found_quotes, statements, capped = _cap(
        article, found_actors, found_dates, found_quotes, statements)
    if capped:
        problems.append(capped)
    if not re.search(r"[.!?]", article.text):
        problems.append(Problem(article.path, "segment", "no sentence punctuation: the text was read as one sentence",
                                severity="warning"))
    # The quote pass's salience layer holds its context, which holds the document: a reference
    # cycle that only the garbage collector would free (with every actor, span and sentence it
    # reaches, about 430 objects an article, setting off a collection every second article). The
    # layers are no longer read: dropped here, the article's objects go when the last reference does.
    doc.layers.clear()
    return Brief(article=article, layout=page, published=published, sentences=sentences, summary=chosen,
                 actors=found_actors, dates=found_dates, quotes=found_quotes, statements=statements,
                 problems=tuple(problems))
