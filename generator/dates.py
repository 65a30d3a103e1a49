"""Date expressions → ISO values at the precision the text supports, given an explicit anchor.

Every word comes from the lexicon (CLDR month and weekday names from Babel, the rest from
`lang/id/calendar.yaml`); this module holds only the shapes of dates and the calendar arithmetic.
The anchor (publication date) is an argument, never the wall clock.

Which forms go where. dateparser 1.5.0 (`languages=['id']`, RELATIVE_BASE Tue 2023-09-19) was
measured on every form of issue 6: it is right on the absolute day forms but costs 0.3-0.8 ms a
call, and `search_dates` 42 ms for one seed article (~24 articles/s, against a budget of 200/s
for the whole extractor); and it is wrong or silent on most news forms. So names come from
Babel's CLDR data (+ calendar.yaml variants) and every form is parsed by the rules below;
dateparser stays a test oracle for the forms it gets right, never on the hot path. Forms are
written abstractly (<month> = a CLDR/calendar.yaml month name, <past> = a `past_markers` word ...)
so that no Indonesian word sits in this file.

| form                                  | dateparser 1.5.0 (measured)        | here                          |
|---------------------------------------|------------------------------------|-------------------------------|
| <d> <month> <yyyy>                    | right (day)                        | rule `dmy`                    |
| <weekday>, <d> <month> <yyyy>         | right                              | `weekday-dmy`                 |
| <weekday> (<d>/<m>/<yyyy>), d/m/yyyy  | right                              | `weekday-numeric`, `numeric`  |
| <weekday> (<d>/<m>) (no year)         | current year, ignores the weekday  | the weekday fixes the year    |
| abbreviated months (calendar.yaml)    | right                              | CLDR + calendar.yaml months   |
| <d> <month> (no year)                 | year of the base                   | year nearest the anchor       |
| <month> <yyyy>                        | borrows a day (2024-06-19)         | `month`, month precision      |
| <year-prefix> <yyyy>                  | borrows month and day              | `year`, year precision        |
| <month-prefix> <month>                | None; bare month borrows a day     | `month`, year from context    |
| relative_days (-1, 0, +1, -2)         | right                              | `relative-day` (same values)  |
| relative_days +2                      | None                               | `relative-day`                |
| bare <weekday>                        | always a week back                 | `weekday`: nearest, by tense  |
| <weekday> <past>                      | None                               | `weekday-relative`            |
| <week-unit> <past|current|future>     | None                               | `unit-relative` → ISO week    |
| <number-word> <unit> <past>           | None (digits only)                 | number_words from data        |
| <month|year-unit> <past|future>       | borrows a day                      | month / year precision        |
| <period> <unit> <current>, <month> <past> | None                           | `unit-relative`, `month`      |

Forms added for real news pages (issue 16), not measured against dateparser:

| form                                                  | here                                        |
|-------------------------------------------------------|---------------------------------------------|
| <weekday> <d> <month> <yyyy>, <weekday>, (<d>/<m>)    | `weekday-dmy`, `weekday-numeric`            |
| <weekday> <day-part> (<d>/<m>)                        | the part of the day is in the date's text   |
| <month> <d>, <yyyy> (English captions), yyyy-mm-dd    | `mdy`, `iso`                                |
| <weekday> (<d>/<m>), no year, no anchor               | the year the register's people and the      |
|                                                       | written years make most plausible, within   |
|                                                       | a year of the latest full date written      |
| <d> <month>, <month> (no year)                        | nearest the reference, a date ahead counts  |
|                                                       | double, a tense word weighs more            |
| <month> <and> <month>                                 | both months                                 |
| <period> <month|year-unit> (no marker)                | `period-unit`: the anchor's month or year   |
| <year-prefix> <yyyy>-<suffix> (a decade)              | not a date                                  |
| <time of year> <past|current|future> (no year)        | `seasonal`: the year that one began         |
| <d>-<d> <month> [<yyyy>] (a span of days)             | month precision                             |
| <d> <until> <d> <month> [<yyyy>] (day_range_links)    | one date: its first day                     |
| <yyyy>-<yyyy>, <yyyy>-<yy> (a span of years)          | no date (a period's name: a war, a term)    |
| <month> <year-prefix> <yyyy>                          | `month`, month precision (one date)         |
| <d> <month> (no year), the article's date only a year | that year                                   |
| <d> <month> <year-unit> <past|current|future>         | `dmy`: that day of the year the marker names |
| <n> <unit> <current> ("these thirty years")           | a span up to now, not a date                 |
| <month> <until|and|-> <month> <yyyy>                  | the first month takes the year (the one      |
|                                                       | before when it comes later in the calendar)  |
| <month>-<month> <yyyy> (a span of months)             | one date, year precision                     |
| <weekday> <past> (<d>/<m>)                            | one date, the bracket's day                  |
| <month> <past>, no anchor, a month written with year  | the last such month up to that one           |
| bare <month>, only "<since> <month> <yyyy>" written   | the first such month after the bound         |
| [<prep>] <yyyy> <current> ("<in> 2015 <this>")        | the article's year (published, year);        |
|                                                       | <month> <marker> then of that year           |
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from typing import Iterator

from . import document, prefilter, regexes
from .document import lower_pieces, word_pieces
from .lexicon import WORD_OPENINGS, Lexicon, alternation, case_class, fold, word_alternation
from .model import Article, DateMention, Precision, Sentence, Span, quick_init

CAL = "calendar"
# A bare day/month takes the year that puts it nearest the reference; a weekday with a day and
# month searches this many years either side of the years the article mentions (28-year cycle / 2).
WEEKDAY_YEAR_SEARCH = 14
# A first body line shorter than this with no closing mark (a wire's name alone) is a byline, not the lead.
LEAD_MIN_WORDS = 4
# The lead is the first sentences of the first body paragraph: a page whose paragraphs were pasted into
# one (no line breaks) holds the whole story in that paragraph, its background ("the invasion launched in
# <month> <yyyy>") sentences after the lead's own.
LEAD_SENTENCES = 2
# With no date above the body, the event its opening dates by a bare weekday is looked for in this many
# paragraphs (a deck line and a one-sentence lead may come first).
LEAD_PARAGRAPHS = 3
# Bare years outside this range are counts, not years (a count of 2000 after a preposition is a known risk).
YEAR_MIN, YEAR_MAX = 1900, 2099
# A day or month written without a year, and no marker: a date ahead of the reference counts this
# many times its distance (news mostly reports what happened), and a tense word in the sentence
# multiplies the weight of the side it points away from by TENSE_WEIGHT.
FUTURE_WEIGHT = 2.0
# A weekday's year before the latest year the article writes counts this many times its distance: the
# years written are the story's background, the article is seldom older than the latest of them.
# The month that stands for a part of a year (calendar.yaml period_modifiers) when it dates the story.
PART_MONTHS = {"start": 2, "middle": 7, "end": 11}
BACKGROUND_WEIGHT = 5.0
# A weekday and a day with no year, with the article's date known: a day its weekday puts more than this
# many days after the article, with no word for the future, is no day of the story.
WEEKDAY_AHEAD_DAYS = 60
# ... but a day and month that lie within this many days of the article's date are the story's own week:
# the weekday is the writer's slip (`<weekday> (23/10)` in a page of 25/10 whose calendar puts it on another).
WEEKDAY_SLIP_DAYS = 7
# A caption's day may follow the article's date by this many days (a header's date trailing the page's
# clock); further on, the photo is an archive's of a year before.
CAPTION_LAG_DAYS = 2
TENSE_WEIGHT = 3.0
# Rules that need the publication date: without an anchor they keep value None.
DEICTIC = frozenset({"relative-day", "weekday", "weekday-relative", "unit-relative", "period-unit", "seasonal",
                     "day-of-month"})
# Rules that write a calendar date or its year: all the publication date and its context need.
ABSOLUTE = frozenset({"weekday-dmy", "weekday-numeric", "dmy", "mdy", "iso", "numeric", "month", "year"})
# Rules that write a day and a month (and maybe a year).
DAY_RULES = frozenset({"weekday-dmy", "weekday-numeric", "dmy", "mdy", "iso", "numeric"})
# Preference when two rules find the same span (lower wins); longer spans always win first.
PRIORITY = ("weekday-dmy", "weekday-numeric", "dmy", "mdy", "iso", "numeric", "month", "year", "weekday-relative",
            "relative-day", "day-of-month", "unit-relative", "period-unit", "seasonal", "anaphoric", "weekday")


@quick_init
@dataclass(frozen=True, slots=True)
class _Hit:
    span: Span
    rule: str
    groups: dict          # the regex groups that matched (None dropped)
    sentence: Sentence


@quick_init
@dataclass(frozen=True, slots=True)
class _Context:
    anchor: dt.date | None
    reference: dt.date | None     # anchor, else the latest full date the article writes
    years: tuple[int, ...]        # years the article writes (or the anchor's year)
    terms: dict[int, int] | None = None   # year → register people named here in their post that year
    since: dt.date | None = None  # the latest "since <month> <yyyy>": the article is later than that
    since_month: bool = False     # that bound was written with its month
    period: str | None = None     # "month" or "year": the anchor was that coarse (reference = its middle)
    latest_full: dt.date | None = None    # the latest full date (day, month, year) the article writes
    basis: str | None = None      # no anchor: "day", "month" or "year", what the reference was read from
    latest: dt.date | None = None  # no anchor: the latest day the body writes, a year given or not,
    #                                else the middle of the latest month it writes with its year
    latest_is_day: bool = False
    # no anchor: (offset, paragraph, month) of each month or day the body writes with its year (not a
    # lower bound, not an archive photo's), in text order
    written: tuple[tuple[int, int, dt.date], ...] = ()


# ---------------------------------------------------------------------------------------------
# Patterns (built from the lexicon, compiled once per lexicon)


def _alt(words) -> str:
    """A case-folded trie alternation of literal words: half the cost of a flat `a|b|c` in `re`."""
    tree: dict = {}
    for word in {re.sub(r"\s+", " ", str(w).lower()) for w in words}:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [(r"\s+" if c == " " else re.escape(c)) + emit(node[c]) for c in sorted(node) if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return f"(?:{body})?"
        return body

    return emit(tree)


def _bounded_alt(words, before: str) -> str:
    """`(?<!{before})(?:{_alt(words)})` under re.IGNORECASE, written so that `re` skips to the characters a
    word can open with (`lexicon.word_alternation`): the first characters one class read case-sensitively
    (every character `re` takes for one of them), the look-behind after it on that same character, and a
    look-behind on each sending the match on to its words. The plain form when a word opens with anything
    but an ASCII letter or digit, or the words open with more than WORD_OPENINGS letters."""
    words = [str(w) for w in words]
    tree: dict = {}
    for word in {re.sub(r"\s+", " ", w.lower()) for w in words}:
        tree.setdefault(word[:1], set()).add(word[1:])
    firsts = sorted(c for c in tree if c)
    if not firsts or "" in tree or len(firsts) > WORD_OPENINGS or not all(c.isascii() and c.isalnum() for c in firsts):
        return f"(?<!{before})(?:{_alt(words)})"
    branches = []
    for c in firsts:
        rests = sorted(tree[c])
        rest = _alt([r for r in rests if r])
        body = "" if not rest else (f"(?:{rest})?" if "" in rests else rest)
        branches.append(f"(?<={c}){body}")
    return f"{case_class(firsts)}(?<!{before}.)(?:{'|'.join(branches)})"


def _patterns(lex: Lexicon) -> tuple[tuple[str, re.Pattern], ...]:
    return lex.memo("dates.patterns", lambda: _build_patterns(lex))


def _build_patterns(lex: Lexicon) -> tuple[tuple[str, re.Pattern], ...]:
    w = lambda name: _alt(lex.words(CAL, name))  # noqa: E731
    m = lambda name: _alt(map(str, (lex.group(CAL, name) or {})))  # noqa: E731
    months = _alt(lex.months)
    weekdays = _alt(lex.weekdays)
    bounded = lambda words: _bounded_alt(words or (), r"[\w'-]")  # noqa: E731  (the look-behind `b`, then the words)
    bounded_weekdays = bounded(lex.weekdays)
    markers = _alt(lex.words(CAL, "past_markers") + lex.words(CAL, "future_markers")
                   + lex.words(CAL, "current_markers"))
    units = _alt([*map(str, lex.group(CAL, "units") or {}), *map(str, lex.group(CAL, "counted_units") or {})])
    week_units = _alt([u for u, c in (lex.group(CAL, "units") or {}).items() if c == "week"])
    period_units = _alt([u for u, c in (lex.group(CAL, "units") or {}).items() if c in ("month", "year")])
    period = m("period_modifiers")
    numbers = m("number_words")
    prep = w("date_prepositions")
    b, e = r"(?<![\w'-])", r"(?![\w'-])"
    part = rf"(?:\s+(?:{w('day_parts')}){e})?"
    dpfx = rf"(?:(?:{w('day_prefixes')})\s+)?"
    # "9-12 <month>" (d2: the span's month) or "8 <until> 13 <month>" (d3: the span's first day)
    dmy = (rf"{dpfx}(?P<d>\d{{1,2}})(?:\s*(?:[-–]{{1,2}}|—)\s*(?P<d2>\d{{1,2}})|\s+(?:{w('day_range_links')})\s+(?P<d3>\d{{1,2}}))?"
           rf"\s+(?P<mon>{months})(?:\.(?=\s*\d))?"
           rf"(?:\s+(?P<y>\d{{4}})(?!\d))?")
    num = r"(?P<d>\d{1,2})/(?P<m>\d{1,2})(?:/(?P<y>\d{4}|\d{2}))?(?![\d/])"
    specs = {
        # the weekday and the date: "<wd>, <date>", "<wd> (<date>)", "<wd>, (<date>)", "<wd> <date>"
        # maybe with the part of the day between: "<wd> <morning> (<date>)"
        "weekday-dmy": rf"(?P<x>(?P<wd>{bounded_weekdays}){part}(?:\s*,\s*\(?\s*|\s*\(\s*|\s+){dmy}{e}(?:\s*\))?)",
        "weekday-numeric": rf"(?P<x>(?P<wd>{bounded_weekdays}){part}(?:\s*,\s*\(?\s*|\s*\(\s*|\s+){num}(?:\s*\))?)",
        # "<d> <month> <year-unit> <past>": that day of the year before, one date
        "dmy": rf"{b}(?P<x>{dmy}{e}(?:\s+(?:(?P<ypfx>{w('year_prefixes')})\s+)?(?P<mk>{markers}){e})?)",
        # month first, as English captions and US-made sites write it: "<month> 31, 2024"
        "mdy": rf"{b}(?P<x>(?P<mon>{months})\.?\s+(?P<d>\d{{1,2}})\s*,\s*(?P<y>\d{{4}}))(?!\d)",
        # ISO 8601 (index metadata and some header lines); a letter may be glued before it
        "iso": r"(?<![\d/.-])(?P<x>(?P<y>\d{4})(?P<isep>[-/])(?P<m>\d{2})(?P=isep)(?P<d>\d{2}))(?![\d-]|[^\W\dT])",
        "numeric": rf"(?:\((?P<x>{num})\)|(?<![\w/])(?P<x2>(?P<d_>\d{{1,2}})[/.-](?P<m_>\d{{1,2}})[/.-](?P<y_>\d{{4}}))(?![\w/]|\.\d))",
        "month": (rf"{b}(?:(?P<prep>{prep})\s+)?(?P<x>(?:(?P<per>{period})\s+)?(?:(?P<pfx>{w('month_prefixes')})\s+)?"
                  rf"(?P<mon>{months})(?:\.(?=\s*\d))?(?:[-–](?P<mon2>{months}){e}(?=\s+\d{{4}}))?{e}"
                  rf"(?:\s+(?:(?:(?:{w('year_prefixes')})\s+)?(?P<y>\d{{4}})(?!\d)|(?:(?P<ypfx>{w('year_prefixes')})\s+)?"
                  rf"(?P<mk>{markers}){e}))?)"),
        "year": (rf"{b}(?:(?P<prep>{prep})\s+)?(?P<x>(?:(?P<per>{period})\s+)?"
                 rf"(?:(?P<feast>{m('year_feasts')})\s+(?=\d{{4}}(?![\w.,/-]?\d))|(?P<pfx>{w('year_prefixes')})\s+)?"
                 rf"(?P<y>\d{{4}})(?:\s*[-–]\s*(?P<y2>\d{{4}}|\d{{2}})(?![\w.,/-]?\d))?)"
                 rf"(?![\w.,/]?\d)(?!-[^\W\d])"),   # "<yyyy>-<suffix>" is a decade, not a year
        # the day noun before it is part of its text ("<day> <wd> <past>"), and so is its date in brackets
        # after it ("<wd> <past> (3/9)": one date)
        "weekday-relative": (rf"{b}(?P<x>(?:(?P<hp>{w('weekday_prefixes')})\s+)?(?P<wd>{weekdays})\s+"
                             rf"(?:(?P<unit>{week_units})\s+)?(?P<mk>{markers}){e}(?:\s*\(\s*{num}\s*\))?)"),
        "relative-day": rf"{b}(?P<x>{m('relative_days')}){e}",
        # "<date-noun> 3", "<date-noun> 2 <month-unit> <current>": a day of the month the anchor (or the marker) names
        "day-of-month": (rf"(?P<x>{bounded(lex.words(CAL, 'day_prefixes'))}\s+(?P<d>\d{{1,2}})(?![\d/.,:-]\d)"
                         rf"(?:\s+(?P<unit>{period_units})\s+(?P<mk>{markers}){e})?)(?![\w/-])(?!\s+(?:{months}){e})"),
        "unit-relative": (rf"{b}(?P<x>(?:(?P<per>{period})\s+)?(?:(?P<n>\d{{1,3}}|{numbers})\s+)?"
                          rf"(?P<unit>{units})\s+(?P<mk>{markers}){e})"),
        # a part of the month or year with no marker ("<start> <year-unit>"): the current one
        "period-unit": rf"(?P<x>(?P<per>{bounded(lex.group(CAL, 'period_modifiers'))})\s+(?P<unit>{period_units})){e}(?!\s*\d)",
        # a time of year with a marker ("<autumn> <past>"): the year of the one before (after) the anchor
        "seasonal": rf"(?P<x>(?P<sea>{bounded(lex.group(CAL, 'season_starts'))})\s+(?P<mk>{markers})){e}",
        "anaphoric": rf"(?P<x>{bounded(lex.group(CAL, 'anaphoric'))}){e}",
        # a weekday alone, maybe with the part of the day after it ("<wd> <early-morning>"), not the start of
        # a part of a day named by its distance ("<wd> <morning> <earlier>": that part is no part of the weekday)
        "weekday": (rf"(?P<x>(?P<wd>{bounded_weekdays}){e}"
                    rf"(?:(?!\s+(?:{m('relative_days')}){e})\s+(?:{w('day_parts')}){e})?)"),
    }
    return tuple((rule, re.compile(specs[rule], re.IGNORECASE)) for rule in PRIORITY)


def _anchors(lex: Lexicon) -> tuple[tuple[re.Pattern, int] | None, ...]:
    """For each pattern of `_patterns`, in order: None, or (its core, tokens) for a pattern whose
    matches open with a few optional words (a preposition, a period, a prefix; a weekday and its part of
    the day) before a part it cannot match without (its core: a year's digits, a month, a unit and its
    marker, a day and a month joined by a mark). The core pattern matches wherever a match's core
    starts; `tokens` is the most whitespace-separated tokens the words before it may span."""
    return lex.memo("dates.anchors", lambda: _build_anchors(lex))


def _build_anchors(lex: Lexicon) -> tuple[tuple[re.Pattern, int] | None, ...]:
    def most(words) -> int:
        return max((len(str(word).split()) for word in words or ()), default=0)

    before = most(lex.words(CAL, "date_prepositions")) + most(lex.group(CAL, "period_modifiers"))
    units = [*map(str, lex.group(CAL, "units") or {}), *map(str, lex.group(CAL, "counted_units") or {})]
    markers = _alt(lex.words(CAL, "past_markers") + lex.words(CAL, "future_markers")
                   + lex.words(CAL, "current_markers"))
    cores = {
        "year": (r"\d{4}", before + max(most(lex.words(CAL, "year_prefixes")), most(lex.group(CAL, "year_feasts")))),
        "month": (_bounded_alt(lex.months, r"[\w'-]"), before + most(lex.words(CAL, "month_prefixes"))),
        "unit-relative": (_bounded_alt(units, r"[\w'-]") + rf"\s+(?:{markers})(?![\w'-])",
                          most(lex.group(CAL, "period_modifiers")) + max(1, most(lex.group(CAL, "number_words")))),
        # (the day's digits, maybe after a bracket)
        "numeric": (r"\d\d?[/.-]\d", 1),
        # (a weekday, its part of the day, then a comma and a bracket, each maybe a token of its own)
        "weekday-numeric": (r"\d\d?/\d", most(lex.weekdays) + most(lex.words(CAL, "day_parts")) + 2),
    }
    return tuple(None if rule not in cores else (re.compile(cores[rule][0], re.IGNORECASE), cores[rule][1])
                 for rule in PRIORITY)


def _anchored(rx: re.Pattern, anchor: tuple[re.Pattern, int], text: str, first: int, last: int) -> Iterator[re.Match]:
    """`rx.finditer(text, first, last)` for a pattern with a core (`_anchors`), searched from `tokens`
    tokens before the next place its core can start instead of at every position of the sentence.

    The same matches: a match starting at p has its core at some c >= p where the core pattern
    matches, with at most `tokens` tokens between p and c, so p lies at or after the start of the
    `tokens`-th token before c, itself at or after that of the first place c1 >= pos the core pattern
    matches (c >= c1): no match starts between pos and there. A search from there is the search from pos."""
    core, tokens = anchor
    pos = first
    while True:
        found = core.search(text, pos, last)
        if found is None:
            return
        head = text[pos:found.start()].rsplit(None, tokens)
        m = rx.search(text, pos + len(head[0]) if len(head) > tokens else pos, last)
        if m is None:
            return
        yield m
        pos = m.end()


# The shapes of digits a pattern cannot match without, beyond a digit: a year's four digits in a row
# (`year`), a day and a month joined by a mark (`numeric`: "5/3", "05.03.2024"), and the shapes below. Each
# is `\d` as the patterns write it, so a sentence without a digit holds none of them.
DIGIT_SHAPES = {"year": re.compile(r"\d{4}"), "joined": re.compile(r"\d[/.-]\d"),
                # a year and a month's two digits joined by a mark (`iso`: "2024-05-17")
                "iso": re.compile(r"\d{4}[-/]\d{2}"),
                # a day, a comma and a year (`mdy`: "<month> 31, 2024")
                "day-comma-year": re.compile(r"\d\s*,\s*\d{4}")}
# The same shapes in an ASCII sentence, where `\d` is 0-9 alone: a range `re` tests in one step, not a
# Unicode look-up per character.
ASCII_DIGIT_SHAPES = {shape: re.compile(rx.pattern.replace(r"\d", "[0-9]")) for shape, rx in DIGIT_SHAPES.items()}


def _gates(lex: Lexicon) -> tuple[tuple[str, tuple[frozenset[str], ...]] | None, ...]:
    """For each pattern of `_patterns`, in order, what a sentence must hold for it to match: a digit
    ("digit"), a shape of digits (a key of DIGIT_SHAPES) or none (""), and the word groups it
    cannot match without (one word of each), as the first pieces of the words folded
    (`prefilter.fold`); None when a word of a group has a letter whose case `re` folds unlike
    str.lower (the pattern always runs).

    In every pattern each of these words starts after a character that is no letter or digit (the
    look-behind, a space, a bracket) and its first piece ends before one (a space, a mark, the
    look-ahead), so a sentence where the pattern matches holds that piece among its own."""
    return lex.memo("dates.gates", lambda: _build_gates(lex))


def _build_gates(lex: Lexicon) -> tuple[tuple[str, tuple[frozenset[str], ...]] | None, ...]:
    def firsts(words) -> frozenset[str] | None:
        found = set()
        for word in words:
            word = str(word)
            if not all(map(prefilter.stable, word)):
                return None
            pieces = word_pieces(prefilter.fold(word))
            if not pieces:
                return None
            found.add(pieces[0])
        return frozenset(found)

    units = lex.group(CAL, "units") or {}
    months, weekdays = firsts(lex.months), firsts(lex.weekdays)
    markers = firsts(lex.words(CAL, "past_markers") + lex.words(CAL, "future_markers")
                     + lex.words(CAL, "current_markers"))
    needs = {
        "weekday-dmy": ("digit", weekdays, months),
        "weekday-numeric": ("joined", weekdays),
        "dmy": ("digit", months),
        "mdy": ("day-comma-year", months),
        "iso": ("iso",),
        "numeric": ("joined",),
        "month": ("", months),
        "year": ("year",),
        "weekday-relative": ("", weekdays, markers),
        "relative-day": ("", firsts(lex.group(CAL, "relative_days") or {})),
        "day-of-month": ("digit", firsts(lex.words(CAL, "day_prefixes"))),
        "unit-relative": ("", firsts([*units, *(lex.group(CAL, "counted_units") or {})]), markers),
        "period-unit": ("", firsts(lex.group(CAL, "period_modifiers") or {}),
                        firsts([u for u, c in units.items() if c in ("month", "year")])),
        "seasonal": ("", firsts(lex.group(CAL, "season_starts") or {}), markers),
        "anaphoric": ("", firsts(lex.group(CAL, "anaphoric") or {})),
        "weekday": ("", weekdays),
    }
    gates = []
    for rule in PRIORITY:         # a rule without a gate here always runs
        digit, *groups = needs.get(rule, ("", None))
        gates.append(None if any(g is None for g in groups) else (digit, tuple(groups)))
    return tuple(gates)


# ---------------------------------------------------------------------------------------------
# Scanning


def _triggers(lex: Lexicon) -> frozenset[str]:
    """Words without which a sentence holds no date: scanning only those sentences is ~10x faster."""
    def build() -> frozenset[str]:
        words = {*lex.months, *lex.weekdays}
        for group in ("units", "counted_units", "relative_days", "anaphoric", "season_starts"):
            words |= {str(k).split()[0].lower() for k in (lex.group(CAL, group) or {})}
        return frozenset(words)
    return lex.memo("dates.triggers", build)


def _may_hold_date(text: str, sentence: Sentence, lex: Lexicon, has_digit: bool) -> bool:
    """Whether the sentence holds a digit (`has_digit`: one character-class scan, which also fires
    on a digit inside a word: that only costs a scan) or a word that is a trigger (set operations)."""
    return has_digit or not _triggers(lex).isdisjoint(map(str.lower, word_pieces(text, sentence.span.start,
                                                                                   sentence.span.end)))


_ASCII_DIGIT = re.compile("[0-9]")


def _digit(lex: Lexicon) -> re.Pattern:
    def build() -> re.Pattern:
        # str.isdigit() holds for a few characters `\d` leaves out (superscripts, circled digits),
        # written as ranges: a class of 128 single characters, some past U+FFFF, is tried one by one
        # at every character of a sentence (six times slower).
        # The scan of every code point is a function of the Python alone: kept between builds
        # (regexes.value), a rebuild that extracts one article need not make it again. (A new
        # name when the scan changes: the store knows nothing of this code.)
        others = regexes.value("dates.digits.1", lambda: _ranges(
            [c for c in filter(str.isdigit, map(chr, range(0x110000))) if not re.match(r"\d", c)]))
        return re.compile(rf"[\d{others}]")
    return lex.memo("dates.digit", build)


def _ranges(chars: list[str]) -> str:
    """The body of a character class holding `chars` (in code point order), runs written as ranges."""
    runs: list[list[str]] = []
    for char in chars:
        if runs and ord(char) == ord(runs[-1][1]) + 1:
            runs[-1][1] = char
        else:
            runs.append([char, char])
    return "".join(re.escape(a) if a == b else f"{re.escape(a)}-{re.escape(b)}" for a, b in runs)


def _scan(article: Article, sentences: tuple[Sentence, ...], lex: Lexicon,
          rules: frozenset[str] | None = None) -> list[_Hit]:
    """Every candidate expression, longest first where they overlap, sorted by offset."""
    candidates = _candidates(article, sentences, lex, rules)
    chosen: list[_Hit] = []
    for _, _, _, hit in sorted(candidates, key=lambda c: c[:3]):
        if chosen and hit.span.start < chosen[-1].span.end:
            continue
        chosen.append(hit)
    return chosen


# The candidates of the last few (lexicon, text, sentences) scanned, by the rank of the rule that
# found them: the publication date read from the body and the dates of the same body are one scan
# (hits are frozen, the lists are never changed), and a scan for some rules runs only those. With
# them, the sentences that may hold a date as `_readable` read them (read once for both scans).
_SCANNED: list[tuple[Lexicon, str, tuple[Sentence, ...], dict[int, list[tuple[int, int, int, _Hit]]], list]] = []
SCANS_KEPT = 2


def _candidates(article: Article, sentences: tuple[Sentence, ...], lex: Lexicon,
                rules: frozenset[str] | None = None) -> list[tuple[int, int, int, _Hit]]:
    """(start, -length, rank, hit) of every plausible match of every rule (of `rules`), by rule."""
    text = article.text
    patterns = _patterns(lex)
    scanned = next((entry for entry in _SCANNED
                    if entry[0] is lex and entry[1] == text and entry[2] == sentences), None)
    if scanned is None:
        scanned = (lex, text, tuple(sentences), {}, [])
        _SCANNED.insert(0, scanned)
        del _SCANNED[SCANS_KEPT:]
    by_rank, readable = scanned[3], scanned[4]
    ranks = [rank for rank, (rule, _) in enumerate(patterns) if rules is None or rule in rules]
    missing = [rank for rank in ranks if rank not in by_rank]
    if missing:
        if not readable:
            readable.append(_readable(text, sentences, lex))
        by_rank.update(_matches(text, readable[0], lex, missing))
    return [c for rank in ranks for c in by_rank[rank]]


def _readable(text: str, sentences: tuple[Sentence, ...], lex: Lexicon) -> list[tuple[Sentence, bool, frozenset[str], dict, int]]:
    """The sentences that may hold a date (`_may_hold_date`), each with whether it holds a digit, the
    pieces of its words folded (`prefilter.fold`), which the patterns' gates read, and the patterns
    of its shapes of digits (`ASCII_DIGIT_SHAPES` on an ASCII sentence)."""
    digit, triggers = _digit(lex), _triggers(lex)
    found = []
    for sentence in sentences:
        first, last = sentence.span.start, _wrapped_end(text, sentence)
        piece = text[first:last]
        ascii = piece.isascii()
        if ascii:
            # (in ASCII the digits are 0-9 alone; a class of ASCII characters is tested in one step)
            has_digit = _ASCII_DIGIT.search(piece) is not None
            # (on ASCII, the fold is str.lower and the pieces of the lowered text are the lowered
            # pieces: one list of pieces answers both questions)
            pieces = lower_pieces(text, first, last)
            if not has_digit and triggers.isdisjoint(pieces):
                continue
        else:
            has_digit = digit.search(text, first, last) is not None
            if not _may_hold_date(text, Sentence(Span(first, last), sentence.paragraph, sentence.caption),
                                  lex, has_digit):
                continue
            pieces = frozenset(word_pieces(prefilter.fold(piece)))
        found.append((sentence, has_digit, pieces, ASCII_DIGIT_SHAPES if ascii else DIGIT_SHAPES, last))
    return found


def _wrapped_end(text: str, sentence: Sentence) -> int:
    """Where a date that opens in the sentence may end. A page pasted with its lines hard-wrapped breaks
    a sentence at every line's end, a date too ("<on> 24" / "<month> 2022", "<year-prefix>" / "2011."):
    a body line ending in a word or a number, no stop, and a line right after it, may hold the rest of
    a date that opens on it (the next line, to its end). Any other sentence ends where it ends."""
    end = sentence.span.end
    if sentence.caption or end + 1 >= len(text) or text[end] != "\n" or not text[end - 1].isalnum() \
            or text[end + 1].isspace():
        return end
    following = text.find("\n", end + 1)
    return len(text) if following < 0 else following


def _matches(text: str, readable: list[tuple[Sentence, bool, frozenset[str], dict, int]], lex: Lexicon,
             ranks: list[int]) -> dict[int, list[tuple[int, int, int, _Hit]]]:
    """The plausible matches of the rules at `ranks`, sentence by sentence (the sentences `_readable`)."""
    found: dict[int, list[tuple[int, int, int, _Hit]]] = {rank: [] for rank in ranks}
    patterns, anchors = _patterns(lex), _anchors(lex)
    words, known, needs = _gate_masks(lex)
    for sentence, has_digit, pieces, digit_shapes, last in readable:
        first, own_end = sentence.span.start, sentence.span.end
        held = 0                                          # the gates' word groups the sentence holds
        for word in pieces & known:
            held |= words[word]
        shapes = {"": True, "digit": has_digit}          # the shapes of digits asked so far
        for rank in ranks:
            need = needs[rank]
            if need is not None:
                shape, groups = need
                if groups & ~held:
                    continue      # a word it cannot match without is not in the sentence
                if not (shapes.get(shape) or _has_shape(shapes, shape, text, first, last, digit_shapes)):
                    continue      # nor digits it cannot match without
            rule, rx = patterns[rank]
            anchor = anchors[rank]
            for match in (rx.finditer(text, first, last) if anchor is None
                          else _anchored(rx, anchor, text, first, last)):
                groups = {k.rstrip("_"): v for k, v in match.groupdict().items() if v is not None}
                if "y" in groups and rule in DAY_RULES and not YEAR_MIN <= _year(groups["y"]) <= YEAR_MAX:
                    del groups["y"]    # "<weekday> (19/2/3035)": a slip of the keys, the day read as if no year
                key = "x" if match.group("x") is not None else "x2"
                start, end = match.span(key)
                if start >= own_end:
                    continue      # the wrapped line's own date is its own sentence's (`_wrapped_end`)
                hit = _Hit(Span(start, end), rule, groups, sentence)
                if _plausible(hit, text, lex):
                    found[rank].append((start, -(end - start), rank, hit))
    return found


def _gate_masks(lex: Lexicon) -> tuple[dict[str, int], frozenset[str], tuple[tuple[str, int] | None, ...]]:
    """`_gates` as bits: each word of a gate's groups -> the bits of the groups holding it (and the
    set of those words), and for each pattern (in order) its shape of digits and the bits of the
    groups it needs one word of each of (None: the pattern always runs)."""
    gates = _gates(lex)
    known = lex.memo("dates.gate_masks", lambda: [None, None])      # [the gates, their bits]
    if known[0] is not gates:
        known[:] = [gates, _masks(gates)]
    return known[1]


def _masks(gates) -> tuple[dict[str, int], frozenset[str], tuple[tuple[str, int] | None, ...]]:
    bits: dict[frozenset[str], int] = {}
    needs = []
    for gate in gates:
        if gate is None:
            needs.append(None)
            continue
        shape, groups = gate
        mask = 0
        for group in groups:
            mask |= bits.setdefault(group, 1 << len(bits))
        needs.append((shape, mask))
    words: dict[str, int] = {}
    for group, bit in bits.items():
        for word in group:
            words[word] = words.get(word, 0) | bit
    return words, frozenset(words), tuple(needs)


def _has_shape(shapes: dict[str, bool], shape: str, text: str, start: int, end: int,
               patterns: dict[str, re.Pattern] = DIGIT_SHAPES) -> bool:
    """Whether text[start:end] holds the shape of digits (looked for once a sentence, where it has a digit;
    with `patterns`: DIGIT_SHAPES, or ASCII_DIGIT_SHAPES where the text is ASCII)."""
    found = shapes.get(shape)
    if found is None:
        found = shapes[shape] = shapes["digit"] and patterns[shape].search(text, start, end) is not None
    return found


def _word_before(text: str, start: int) -> str:
    """The run of word characters, apostrophes and hyphens closing the 40 characters before `start` (spaces
    after it left out), lower-cased; "" where none. Read back from its end (`\\w` is a letter, digit or `_`,
    as `str.isalnum` says): a search for `([\\w'-]+)\\s*$` tried every word of the window."""
    piece = text[max(0, start - 40):start].rstrip()
    i = len(piece)
    while i and (piece[i - 1].isalnum() or piece[i - 1] in "_'-"):
        i -= 1
    return piece[i:].lower()


def _plausible(hit: _Hit, text: str, lex: Lexicon) -> bool:
    """Filters a regex cannot say: the week/last-weekday word, vague spans, bare names without context."""
    g, rule = hit.groups, hit.rule
    both = lex.memo("dates.week_weekdays", lambda: {u.lower() for u in (lex.group(CAL, "units") or {})} & set(lex.weekdays))
    sentence_initial = not text[hit.sentence.span.start:hit.span.start].strip(" \"'“‘(")
    if "wd" in g:
        word = g["wd"]
        if not word[:1].isupper() and not _lower_weekday_is_date(text, hit, lex, word.lower() in both):
            return False          # weekday names are capitalised in news text
        if word.lower() in both and sentence_initial and rule in ("weekday", "weekday-relative") and "hp" not in g:
            return False          # the week/last-weekday word opening a sentence is the week (not after the day noun)
        if word.lower() in both and rule == "weekday-relative" and "unit" not in g and g["mk"][:1].isupper():
            return False          # "<Week> <Past>" in a Title Case line: capitals say nothing, the week it is
        if word.lower() in both and rule == "weekday" and _title_case(text, hit.sentence.span, lex):
            return False          # likewise the bare week/last-weekday word in a Title Case headline
        if rule == "weekday" and _inside_name(text, hit, lex):
            return False
    if rule == "relative-day" and _word_before(text, hit.span.start) in lex.weekdays:
        return False              # "<weekday> <part of the day> <earlier>": the weekday dates it
    if rule == "unit-relative":
        unit = g["unit"]
        if unit.lower() in both and unit[:1].isupper() and not sentence_initial and not g["mk"][:1].isupper():
            return False          # capitalised mid-sentence it is the weekday, not the week
        before = _word_before(text, hit.span.start)
        if before in _lowered(lex, "vague_quantifiers"):
            return False
        if "n" in g and before in _lowered(lex, "duration_prefixes"):
            return False
        if "n" in g and g["mk"].lower() in _lowered(lex, "current_markers"):
            return False          # "<30> <years> <this>": these thirty years, a span up to now, no date
        if "n" not in g and _unit(lex, unit)[0] == "day":
            return False          # the day unit with a past marker needs a count
    if rule == "dmy" and not ({"y", "mk"} & g.keys()) and _quoted_name(text, hit):
        return False              # "“<sanctions> 24 <month>”": a measure named after its day, no date of the story
    if rule == "dmy" and not ({"y", "mk"} & g.keys()) \
            and _word_rx(lex, "recurrence_words").search(text, hit.sentence.span.start, hit.sentence.span.end):
        return False              # "<every year> ... <on> 9 <month>": a yearly occasion, no date of the story
    if rule == "day-of-month" and "unit" not in g \
            and _word_rx(lex, "day_recurrence_words").search(text, hit.sentence.span.start, hit.span.start):
        return False              # "<every> <date-noun> 3 <and> 17": a monthly timetable, no date of the story
    if rule in DAY_RULES and _EMBED_HANDLE.search(text, max(0, hit.span.start - 40), hit.span.start):
        return False              # "— <Name> (@handle) <month> 22, 2025": an embedded post's stamp, page furniture
    if rule == "month" and not ({"prep", "per", "pfx", "y", "mk"} & g.keys()) and not _coordinated(text, hit, lex):
        return False              # a bare month name needs a preposition, prefix, year, marker or a month before
    if rule == "month" and not ({"y", "mk"} & g.keys()) and not _full_month(lex, g["mon"]):
        return False              # an abbreviated month alone needs a day or a year
    if rule == "year":
        if not YEAR_MIN <= int(g["y"]) <= YEAR_MAX:
            return False
        if "y2" in g:
            # "<war> 1950-1953", "<since> 1941-1945": a span of years names a period (a war's, a term's), which
            # the annotators of real pages list as no date; "2024-05" is no span of years either, and the
            # year alone is no date where the pattern had to take the span
            return False
        if not ({"prep", "per", "pfx", "y2"} & g.keys()) and not _year_listed(text, hit, lex) \
                and not _year_of_a_name(text, hit, lex):
            return False
    return True


# An embedded social-media post's signature closes with its author's handle in brackets, then its date.
_EMBED_HANDLE = re.compile(r"\(@\w{1,30}\)\s*$")
# A name in quotation marks that a day and month close: a word or three opening it, the marks around.
_QUOTED_NAME_OPENING = re.compile(r"[“\"]\s*[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,2}\s+$")
_QUOTED_NAME_CLOSING = re.compile(r"\s*[”\"]")


def _quoted_name(text: str, hit: _Hit) -> bool:
    """A day and month closing a short name in quotation marks (“<sanctions> 24 <month>”): the name of a
    measure or a movement, as the day it is called after, not a date the story tells."""
    return (_QUOTED_NAME_CLOSING.match(text, hit.span.end) is not None
            and _QUOTED_NAME_OPENING.search(text, max(0, hit.span.start - 40), hit.span.start) is not None)


def _year_of_a_name(text: str, hit: _Hit, lex: Lexicon) -> bool:
    """A bare year right after a word, and then the sentence's end, a mark or a word that counts
    nothing (calendar.yaml year_followers): the year of an event or a name ("<the trade deal> 2015
    <with> ...", "<cup> <City> 1988 <and> ...", "<election> 2024."); not after a word that numbers
    things (number_words_before: a resolution's or a flight's number, a count) nor before a noun it counts;
    not the last word of a name in quotation marks ("“<Exercise> 2025”": the name, no date of the text)."""
    def build():
        followers = alternation(lex.words(CAL, "year_followers"))
        return (re.compile(r"(?<![\w'’-])(?P<word>[^\W\d_][\w'’-]*)[ \t]+$"),
                re.compile(rf"\s*(?:$|[.,;:!?)\]]|—|–)|[ \t]+(?i:{followers})(?![\w'-])"))
    before, after = lex.memo("dates.year_of_a_name", build)
    m = before.search(text, max(hit.sentence.span.start, hit.span.start - 40), hit.span.start)
    if m is None or m.group("word").lower() in _lowered(lex, "number_words_before"):
        return False
    return after.match(text, hit.span.end, hit.sentence.span.end) is not None


def _lower_weekday_is_date(text: str, hit: _Hit, lex: Lexicon, also_week: bool) -> bool:
    """A weekday in lower case is still one with its date ("<wd> (5/3)"), after the day noun
    ("<day> <wd>", weekday_prefixes), or after a date preposition unless the word is also the week."""
    if hit.rule in ("weekday-dmy", "weekday-numeric") or "hp" in hit.groups:
        return True
    before = _word_before(text, hit.span.start)
    if before in _lowered(lex, "weekday_prefixes"):
        return True
    return not also_week and before in _lowered(lex, "date_prepositions")


def _coordinated(text: str, hit: _Hit, lex: Lexicon) -> bool:
    """A bare month listed after another month ("<month>, <month> <and> <month>")."""
    return _listed_after(text, hit, lex, "month", 40,
                         lambda: rf"(?<![\w'-])(?:{_alt(lex.months)})\.?(?:\s+\d{{4}})?")


def _year_listed(text: str, hit: _Hit, lex: Lexicon) -> bool:
    """A bare year listed after another year ("<on> <year> 1961, 2000 <and> 2001", "<between> 2008 <and> 2012")."""
    return _listed_after(text, hit, lex, "year", 20, lambda: r"(?<![\w.,/])\d{4}")


def _listed_after(text: str, hit: _Hit, lex: Lexicon, kind: str, reach: int, item) -> bool:
    """The hit stands after another date of its kind (`item()`, a pattern built once per lexicon), then
    a comma, a coordinator or both ("2002, <and> 2011"), within `reach` characters of its sentence."""
    def build() -> re.Pattern:
        coordinators = _alt(lex.words(CAL, "date_coordinators"))
        return re.compile(rf"(?i){item()}\s*(?:,(?:\s*(?:{coordinators}))?|\s(?:{coordinators}))\s*$")

    rx = lex.memo(f"dates.listed.{kind}", build)
    return bool(rx.search(text, max(hit.sentence.span.start, hit.span.start - reach), hit.span.start))


# A line is Title Case (a headline) when this share of its words of four letters or more are capitalised.
TITLE_CASE_SHARE = 0.7


def _title_case(text: str, span: Span, lex: Lexicon) -> bool:
    words = [m.group() for m in document.words(text, span.start, span.end)
             if m.lastgroup == "word" and len(m.group()) >= 4]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= TITLE_CASE_SHARE * len(words)


def _inside_name(text: str, hit: _Hit, lex: Lexicon) -> bool:
    """A bare weekday between two capitalised words mid-sentence is a word of a name (a street, a club)."""
    before = lex.regex("dates.cap_before", r"(?<![\w'-])[A-Z][\w'-]*\s+$")
    after = lex.regex("dates.cap_after", r"\s+[A-Z][\w'-]*")
    start = max(hit.sentence.span.start, hit.span.start - 40)
    m = before.search(text, start, hit.span.start)
    if not m or not text[hit.sentence.span.start:m.start()].strip(" \"'“‘("):
        return False              # no capitalised word before, or it opens the sentence
    return bool(after.match(text, hit.span.end, hit.sentence.span.end))


def _full_month(lex: Lexicon, word: str) -> bool:
    number = lex.months[word.lower().rstrip(".")]
    longest = max((len(k) for k, v in lex.months.items() if v == number), default=0)
    return len(word) >= 4 or len(word) == longest


def _unit(lex: Lexicon, word: str) -> tuple[str, int | None]:
    word = word.lower()
    units = _table(lex, "units", str.lower)
    if word in units:
        return units[word], None
    unit, count = _table(lex, "counted_units", str.lower)[word]
    return unit, int(count)


def _direction(lex: Lexicon, marker: str | None) -> int:
    if marker is None:
        return 0
    marker = re.sub(r"\s+", " ", marker.lower())
    if marker in _lowered(lex, "past_markers"):
        return -1
    if marker in _lowered(lex, "future_markers"):
        return 1
    return 0


def _lookup(lex: Lexicon, group: str, phrase: str):
    return _table(lex, group, _spaced).get(_spaced(phrase))


def _word_start(phrases) -> str:
    r"""`(?<![\w-])(?:<phrases>)` for re.IGNORECASE, as `word_alternation` writes it (phrases in lower case,
    their spaces any run of spaces): the same matches as `(?i)(?<![\w-])(?:{_alt(phrases)})`, found faster."""
    return word_alternation(sorted({_spaced(str(p)) for p in phrases}), flags=re.IGNORECASE)


def _spaced(phrase: str) -> str:
    return re.sub(r"\s+", " ", phrase.lower())


def _lowered(lex: Lexicon, group: str) -> frozenset[str]:
    """The words of a calendar.yaml group in lower case (built once per lexicon)."""
    return lex.memo(f"dates.lowered.{group}", lambda: frozenset(w.lower() for w in lex.words(CAL, group)))


def _table(lex: Lexicon, group: str, key) -> dict:
    """A calendar.yaml mapping with its keys as `key` writes them (built once per lexicon)."""
    return lex.memo(f"dates.table.{group}.{key.__name__}",
                    lambda: {key(str(k)): v for k, v in (lex.group(CAL, group) or {}).items()})


# ---------------------------------------------------------------------------------------------
# Calendar arithmetic


def _iso_week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _add_months(year: int, month: int, n: int) -> tuple[int, int]:
    y, m = divmod(year * 12 + month - 1 + n, 12)
    return y, m + 1


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _year(text: str) -> int:
    return int(text) + 2000 if len(text) == 2 else int(text)


def _nearest_year(month: int, day: int, reference: dt.date, direction: int = 0, lean: int = 0,
                  weekday: int | None = None, ahead: float = FUTURE_WEIGHT) -> int | None:
    """The year that puts month/day nearest the reference, among the year before, its own and the next.

    direction -1 / +1 (a marker): on or before / on or after the reference, strictly. Otherwise a
    date ahead counts FUTURE_WEIGHT times its distance (news reports what happened), a past tense
    word in the sentence (lean -1) multiplies that by TENSE_WEIGHT, a future one (lean +1) weighs
    the dates behind instead. With a weekday, only the years where the day falls on it count, unless
    none does (then the weekday is a slip of the writer's and the day and month decide)."""
    options = []
    for year in (reference.year - 1, reference.year, reference.year + 1):
        date = _safe_date(year, month, day)
        if date is None or (direction < 0 and date > reference) or (direction > 0 and date < reference):
            continue
        gap = (date - reference).days
        weight = 1.0
        if lean > 0:
            weight = TENSE_WEIGHT if gap < 0 else 1.0
        elif gap > 0:
            weight = ahead * (TENSE_WEIGHT if lean < 0 else 1.0)
        fits = weekday is None or date.isoweekday() == weekday
        options.append((not fits, abs(gap) * weight, -year, year))
    return min(options)[3] if options else None


def _weekday_year(month: int, day: int, weekday: int, years: tuple[int, ...],
                  terms: dict[int, int] | None = None, since: dt.date | None = None,
                  latest_full: dt.date | None = None) -> int | None:
    """The year in which month/day falls on `weekday` that the article makes most plausible.

    Each year the article writes votes for itself and the year after it (what happened in a year is
    told in it or the next), each register entity it names for the years of its post or existence (`terms`);
    the most votes win, then the year nearest the latest written one, a year before it counting
    BACKGROUND_WEIGHT times its distance (news tells the present after its background), then the latest. A day
    before what the article reports as past (`since`) is out. Where the article writes full dates,
    the story is set around the latest (`latest_full`): a year further than one from it is no
    answer, and None says the weekday is the writer's slip (the caller takes the nearest year)."""
    terms = terms or {}
    pool = set(years) | set(terms)
    if not pool:
        return None
    options = []
    for year in range(min(pool) - WEEKDAY_YEAR_SEARCH, max(pool) + WEEKDAY_YEAR_SEARCH + 1):
        date = _safe_date(year, month, day)
        if date is None or date.isoweekday() != weekday or (since is not None and date <= since):
            continue
        if latest_full is not None and abs(year - latest_full.year) > 1:
            continue
        votes = terms.get(year, 0) + (1 if any(0 <= year - y <= 1 for y in years) else 0)
        distance = ((year - max(years) if year >= max(years) else (max(years) - year) * BACKGROUND_WEIGHT)
                    if years else 0)
        options.append((-votes, distance, -year, year))
    # Two years fitting alike go to the later: pasted news is mostly recent, and a null year would
    # also leave the page's published date and relative dates unresolved (a wrong guess scores no
    # worse than a null, a right one better)
    return min(options)[3] if options else None


def _term_votes(article: Article, lex: Lexicon, named: frozenset[str] = frozenset()) -> dict[int, int]:
    """Year → how many of the register's entities the article names were there that year: a person in
    their post, a body or a place in the years it existed (a news agency founded in 2014 names no
    story of 2006).

    The entities are those whose full name or alias the text writes, and `named` (the register ids
    the actors stage linked, bare surnames and spelling variants too). A term still running ends
    at its file's `as_of` year (without one, at the latest year the register writes)."""
    def build():
        owner, spans = {}, {}
        last = max((y for e in lex.register.entries.values() for t in e.terms for y in t if y), default=None)
        for entry in lex.register.entries.values():
            if not entry.terms:
                continue
            spans[entry.id] = frozenset(y for first, end in entry.terms for y in range(first, (end or last) + 1))
            for alias in entry.aliases:
                owner[fold(alias)] = entry.id
        names = [a for e in lex.register.entries.values() if e.id in spans for a in e.aliases]
        rx = re.compile(word_alternation(names, separator=r"[\s-]+") + r"(?![\w-])") if names else None
        return rx, owner, spans

    rx, owner, spans = lex.memo("dates.term_votes", build)
    votes: dict[int, int] = {}
    people = (({owner.get(fold(m.group())) for m in rx.finditer(article.text)} if rx else set()) | set(named)) & spans.keys()
    for person in people:
        for year in spans[person]:
            votes[year] = votes.get(year, 0) + 1
    for years in _era_years(article, lex):
        for year in years:
            votes[year] = votes.get(year, 0) + 1
    return votes


def _era_years(article: Article, lex: Lexicon) -> list[range | tuple[int, ...]]:
    """The years each event the article names by its phrase (calendar.yaml era_phrases) makes plausible: from
    its start up to the latest year the register's terms reach ("<the invasion of> <country>", 2022: the
    story is no older), or, for an event of given years (a list: a weapon's deployment, a series of tests),
    each of them and the year after (the news of an event is told in its year or the next). Events named by
    two words anywhere in the text (era_word_pairs: "<invasion>" and "<country>") count as well. One vote
    per event, however many of its phrases the text writes."""
    def build():
        eras = {_spaced(str(k)): v for k, v in (lex.group(CAL, "era_phrases") or {}).items()}
        starts = [v for v in eras.values() if isinstance(v, int)]
        last = max((y for e in lex.register.entries.values() for t in e.terms for y in t if y),
                   default=max(starts, default=0))
        # (word_alternation: `re` skips to the phrases' first letters, not a look-behind at every position)
        rx = re.compile(_word_start(eras) + r"(?![\w-])", re.IGNORECASE) if eras else None
        pairs = [(tuple(re.compile(_word_start([w]) + r"(?![\w-])", re.IGNORECASE) for w in pair["words"]), pair["year"])
                 for pair in lex.group(CAL, "era_word_pairs") or ()]
        return rx, eras, last, pairs

    def years(value) -> range | tuple[int, ...]:
        if isinstance(value, int):
            return range(value, last + 1)
        return tuple(sorted({y + lag for y in value for lag in (0, 1)}))

    rx, eras, last, pairs = lex.memo("dates.era_years", build)
    named = {_spaced(m.group()).lower() for m in rx.finditer(article.text)} if rx else set()
    events = {str(eras[k]): eras[k] for k in eras if k.lower() in named}
    for words, year in pairs:
        if all(w.search(article.text) for w in words):
            events.setdefault(str(year), year)
    return [years(value) for _, value in sorted(events.items())]


# With no tense word, a bare weekday lies ahead of the article only this many days on (news reports what
# happened: "<lodged a protest> <on> <weekday>", two days ahead of the article, is that weekday before).
BARE_WEEKDAY_AHEAD = 1


def _bare_weekday(weekday: int, anchor: dt.date, lean: int) -> dt.date:
    """The anchor's own weekday, else: a future lean takes the next such day, a past lean the last, no lean
    the last unless the next is the day after the anchor (BARE_WEEKDAY_AHEAD)."""
    back = (anchor.isoweekday() - weekday) % 7
    if back == 0:
        return anchor
    if lean > 0 or (lean == 0 and 7 - back <= BARE_WEEKDAY_AHEAD):
        return anchor + dt.timedelta(days=7 - back)
    return anchor - dt.timedelta(days=back)


def _lean(hit: _Hit, article: Article, lex: Lexicon) -> int:
    return _tense(lex, article.text, hit.sentence.span, hit.span)


def _word_rx(lex: Lexicon, name: str) -> re.Pattern:
    """lex.word_regex for a calendar.yaml group, looked up once (word_regex builds its pattern every call)."""
    return lex.memo(f"dates.words.{name}", lambda: lex.word_regex(CAL, name, re.IGNORECASE))


def _tense(lex: Lexicon, text: str, sentence: Span, at: Span) -> int:
    """+1 / -1 / 0 from the tense word nearest before the date in its sentence (else after it)."""
    future = _word_rx(lex, "tense_future")
    past = _word_rx(lex, "tense_past")
    found = [(m.start(), +1) for m in future.finditer(text, sentence.start, sentence.end)]
    found += [(m.start(), -1) for m in past.finditer(text, sentence.start, sentence.end)]
    found = [f for f in found if not at.start <= f[0] < at.end]
    # A tense word inside a quote that closes before the date is the quoted words' own tense, not
    # the speech act's: in '“... will become ...,” said X on <weekday>', the weekday is when X spoke.
    closers = document.DOUBLE_CLOSERS + document.STRAIGHT_QUOTE
    before = [f for f in found if f[0] < at.start
              and not any(c in text[f[0]:at.start] for c in closers)]
    if before:
        return max(before)[1]
    # After the date, a tense word counts only in the same clause: in "said on <weekday> that the
    # exchange will happen", "will" belongs to the reported clause, not to the weekday.
    breaks = _word_rx(lex, "clause_breaks")
    after = [f for f in found if f[0] >= at.end and not breaks.search(text, at.end, f[0])]
    return min(after)[1] if after else 0


# ---------------------------------------------------------------------------------------------
# Resolution


def _resolve(hit: _Hit, ctx: _Context, article: Article, lex: Lexicon) -> tuple[str | None, Precision | None]:
    g, rule, anchor = hit.groups, hit.rule, ctx.anchor
    if rule == "weekday-relative" and "d" in g:       # "<wd> <past> (3/9)": its date says the day
        return _resolve_day(hit, ctx, article, lex, anchor)
    if anchor is None and (rule in DEICTIC or (rule == "month" and "mk" in g) or (rule == "dmy" and "ypfx" in g)):
        anchor = _coarse_anchor(hit, ctx, lex)
    if rule in DEICTIC and anchor is None:
        return None, _precision_of(hit, lex)
    if rule in DAY_RULES:
        return _resolve_day(hit, ctx, article, lex, anchor)
    if rule == "month":
        return _resolve_month(hit, ctx, article, lex, anchor)
    if rule == "year":
        if "feast" in g:      # "<New Year> 2025": the feast's day of that year
            return f"{int(g['y']):04d}-{_lookup(lex, 'year_feasts', g['feast'])}", "day"
        return f"{int(g['y']):04d}", "year"
    if rule == "relative-day":
        offset = int(_lookup(lex, "relative_days", g["x"]))
        return (anchor + dt.timedelta(days=offset)).isoformat(), "day"
    if rule == "day-of-month":
        return _day_of_month(lex, g, anchor), "day"
    if rule == "weekday":
        weekday = lex.weekdays[g["wd"].lower()]
        lean = _tense(lex, article.text, hit.sentence.span, hit.span)
        return _bare_weekday(weekday, anchor, lean).isoformat(), "day"
    if rule == "weekday-relative":
        weekday = lex.weekdays[g["wd"].lower()]
        direction = _direction(lex, g["mk"])
        if "unit" in g:           # <weekday> <week-unit> <past>: that weekday of the week before
            week_start = anchor - dt.timedelta(days=anchor.isoweekday() - 1) + dt.timedelta(weeks=direction)
            return (week_start + dt.timedelta(days=weekday - 1)).isoformat(), "day"
        back = (anchor.isoweekday() - weekday) % 7
        if direction < 0:
            return (anchor - dt.timedelta(days=back or 7)).isoformat(), "day"
        if direction > 0:
            return (anchor + dt.timedelta(days=(7 - back) % 7 or 7)).isoformat(), "day"
        week_start = anchor - dt.timedelta(days=anchor.isoweekday() - 1)
        return (week_start + dt.timedelta(days=weekday - 1)).isoformat(), "day"
    if rule == "seasonal":
        return _time_of_year(lex, g, anchor), "year"
    if rule == "period-unit":
        unit = _unit(lex, g["unit"])[0]
        if unit == "month":
            return f"{anchor.year:04d}-{anchor.month:02d}", "month"
        return f"{anchor.year:04d}", "year"
    if rule == "unit-relative":
        unit, count = _unit(lex, g["unit"])
        if "n" in g:
            count = int(g["n"]) if g["n"].isdigit() else int(_lookup(lex, "number_words", g["n"]))
        shift = _direction(lex, g["mk"]) * (count or 1)
        if unit == "day":
            return (anchor + dt.timedelta(days=shift)).isoformat(), "day"
        if unit == "week":
            return _iso_week(anchor + dt.timedelta(weeks=shift)), "week"
        if unit == "month":
            year, month = _add_months(anchor.year, anchor.month, shift)
            return f"{year:04d}-{month:02d}", "month"
        return f"{anchor.year + shift:04d}", "year"
    return None, None


def _day_of_month(lex: Lexicon, g: dict, anchor: dt.date) -> str | None:
    """Day d of the month a marker names ("<month-unit> <current|past|future>"), else of the anchor's
    month when it is not after the anchor, else of the month before."""
    day = int(g["d"])
    if "unit" in g:
        if _unit(lex, g["unit"])[0] != "month":
            return None
        year, month = _add_months(anchor.year, anchor.month, _direction(lex, g["mk"]))
    else:
        year, month = (anchor.year, anchor.month) if day <= anchor.day else _add_months(anchor.year, anchor.month, -1)
    date = _safe_date(year, month, day)
    return date.isoformat() if date else None


def _time_of_year(lex: Lexicon, g: dict, anchor: dt.date) -> str:
    """The year a time of year (three months from its first) starts in: the last one over before the
    anchor ("<past>"), the one under way or last begun ("<current>"), the next to begin ("<future>")."""
    first = int(_lookup(lex, "season_starts", g["sea"]))
    direction = _direction(lex, g["mk"])
    began = anchor.year if anchor.month >= first else anchor.year - 1     # the latest start so far
    if direction < 0:
        ended = (anchor.year * 12 + anchor.month) - (began * 12 + first) >= 3
        return f"{began if ended else began - 1:04d}"
    if direction > 0:
        return f"{began + 1:04d}"
    return f"{began:04d}"


def _resolve_day(hit: _Hit, ctx: _Context, article: Article, lex: Lexicon,
                 anchor: dt.date | None) -> tuple[str | None, Precision | None]:
    """A day and month (and maybe a year or a weekday): its year written, else the one nearest the anchor."""
    g = hit.groups
    day, month = _day_month(g, lex)
    weekday = lex.weekdays[g["wd"].lower()] if "wd" in g else None
    if "y" in g:
        year = _year(g["y"])
    elif "ypfx" in g:       # <d> <month> <year-unit> <marker>: of the year the marker names
        if anchor is None:
            return None, "day"
        year = anchor.year + _direction(lex, g["mk"])
    elif anchor is not None:
        lean = _lean(hit, article, lex)
        year = _nearest_year(month, day, anchor, _direction(lex, g.get("mk")), lean, weekday)
        found = _safe_date(year, month, day) if year else None
        if weekday is not None and lean <= 0 and "mk" not in g and not hit.sentence.caption and found is not None \
                and found.isoweekday() == weekday and (found - anchor).days > WEEKDAY_AHEAD_DAYS:
            # Only a year after the article's puts the day on its weekday, and nothing says it is ahead:
            # the weekday is a slip, or the sentence another story's: no year fits, unless the day and month
            # alone fall within the article's week (then the weekday is the slip, the written day stands).
            near = _safe_date(_nearest_year(month, day, anchor, 0, lean) or anchor.year, month, day)
            if near is not None and abs((near - anchor).days) <= WEEKDAY_SLIP_DAYS:
                return near.isoformat(), "day"
            return None, "day"
        if weekday is not None and "mk" not in g and not hit.sentence.caption and found is not None \
                and (anchor - found).days > WEEKDAY_AHEAD_DAYS:
            # Only a year before the article's puts the day on its weekday, yet the day and month alone
            # fall within the article's week ("<between> <weekday> 23 <month> <and> 1 <month>" in a report
            # of the 23rd): the weekday is the writer's slip, not a story a year old.
            near = _safe_date(_nearest_year(month, day, anchor, 0, lean) or anchor.year, month, day)
            if near is not None and abs((near - anchor).days) <= WEEKDAY_SLIP_DAYS:
                return near.isoformat(), "day"
        if weekday is not None and hit.sentence.caption and found is not None \
                and (found.isoweekday() != weekday or (found - anchor).days > CAPTION_LAG_DAYS):
            # A photo's caption: its weekday names the day the photo was taken, often years before (an
            # archive photo), never after the article that shows it: the latest such day before the
            # article's, within the search span.
            year = next((y for y in range(anchor.year, anchor.year - WEEKDAY_YEAR_SEARCH, -1)
                         if (d := _safe_date(y, month, day)) is not None and d <= anchor
                         and d.isoweekday() == weekday), year)
    elif weekday is not None:
        year = _weekday_year(month, day, weekday, ctx.years, ctx.terms, ctx.since, ctx.latest_full)
        if year is None and ctx.reference:
            year = _nearest_year(month, day, ctx.reference, 0, _lean(hit, article, lex))
    else:
        # No date of the article: the reference is the latest date it writes, and the article is no
        # older than that, so a date after the reference is as likely as one before it (a past tense
        # says before the article, not before the reference). A header's month is the article's own.
        # A bare year elsewhere is the background's as often as the story's; a dateline's day (read
        # by read_date, outside any paragraph) is the article's own, and takes the article's year.
        if ctx.basis == "year" and hit.sentence.paragraph >= 0 and not _sentence_years(hit, article, lex) \
                and not (_story_year(ctx, article, lex) and not _since_in_sentence(hit, article, lex)):
            return None, "day"
        lean = _lean(hit, article, lex)
        open_ended = ctx.period is None
        if ctx.period == "year" and "mk" not in g and ctx.reference is not None:
            # The article's date known only as a year ("this year 2024"): a day without a year is in it.
            year = ctx.reference.year
        elif hit.sentence.paragraph < 0 and ctx.reference is not None and _voted_year(ctx) is not None:
            year = _voted_year(ctx)
        else:
            year = _nearest_year(month, day, ctx.reference, _direction(lex, g.get("mk")),
                                 max(0, lean) if open_ended else lean,
                                 ahead=1.0 if open_ended else FUTURE_WEIGHT) if ctx.reference else None
    date = _safe_date(year, month, day) if year else None
    if date is not None and "d2" in g:
        return f"{date.year:04d}-{month:02d}", "month"      # "9-12 <month>": a span of days, its month
    return (date.isoformat() if date else None), "day"


def _story_year(ctx: _Context, article: Article, lex: Lexicon) -> bool:
    """Only bare years written, the latest of them the story's own as far as the register tells: the people and
    events the article names were there in it as much as in any year (a year of history, before the leaders
    named took office, is background). No one named: nothing tells, the latest year stands."""
    votes = ctx.terms if ctx.terms is not None else _term_votes(article, lex)
    return not votes or votes.get(ctx.reference.year, 0) >= max(votes.values())


def _since_in_sentence(hit: _Hit, article: Article, lex: Lexicon) -> bool:
    """The hit's own sentence writes a year after a since-preposition ("<since> <year-prefix> 2005"): what it
    tells comes after some year, so the latest year written is no date of it."""
    rx = _years_rx(lex)
    return any(m.group("since") for m in rx.finditer(article.text, hit.sentence.span.start, hit.sentence.span.end))


def _day_month(g: dict, lex: Lexicon) -> tuple[int, int]:
    """The day and month a hit writes. A numeric date whose second number cannot be a month and whose
    first can ("Kamis (6/26)") was written month first, as English sources and machine translations
    of them write it: read so; otherwise day first, the Indonesian order."""
    if "mon" in g:
        return int(g["d"]), lex.months[g["mon"].lower().rstrip(".")]
    day, month = int(g["d"]), int(g["m"])
    if month > 12 and 1 <= day <= 12:
        return month, day
    return day, month


def _voted_year(ctx: _Context) -> int | None:
    """A dateline's day and month with no year ("KOTA, 29 <month> (AGENSI) -"): of the reference's year, the
    one before and the one after, the year the article makes most plausible as it does for a weekday's
    (each year it writes votes for itself and the next, each register person it names in their post for
    the years of it); None on a tie (the nearest year decides)."""
    votes = sorted(((ctx.terms or {}).get(y, 0) + (1 if any(0 <= y - w <= 1 for w in ctx.years) else 0), y)
                   for y in (ctx.reference.year - 1, ctx.reference.year, ctx.reference.year + 1))
    return votes[-1][1] if votes[-1][0] > votes[-2][0] else None


def _resolve_month(hit: _Hit, ctx: _Context, article: Article, lex: Lexicon,
                   anchor: dt.date | None) -> tuple[str | None, Precision | None]:
    """A month: with its year, relative to the anchor (the one before or after it), else the nearest one."""
    g = hit.groups
    month = lex.months[g["mon"].lower().rstrip(".")]
    if "mon2" in g:
        return f"{int(g['y']):04d}", "year"      # "<month>-<month> <yyyy>": a span of months, its year
    if "y" in g:
        return f"{int(g['y']):04d}-{month:02d}", "month"
    if "mk" not in g:
        joined = _range_year(hit, article.text, lex, month)
        if joined is not None:
            return f"{joined:04d}-{month:02d}", "month"
    if "mk" in g:
        if anchor is None and ctx.period == "year" and "ypfx" not in g:
            # The article's date known only as its year ("<in> 2015 <this>"): a month it names as past or
            # coming is of that year, as far as the text tells.
            return f"{ctx.reference.year:04d}-{month:02d}", "month"
        if anchor is None:
            return None, "month"
        direction = _direction(lex, g["mk"])
        if "ypfx" in g:       # <month> <year-unit> <past>: that month of the year before
            return f"{anchor.year + direction:04d}-{month:02d}", "month"
        year = anchor.year
        if direction < 0 and month >= anchor.month:
            year -= 1
        elif direction > 0 and month <= anchor.month:
            year += 1
        return f"{year:04d}-{month:02d}", "month"
    if ctx.reference is None and ctx.since is not None and ctx.since_month:
        # Only a lower bound written ("<since> <month> 2021"): what the article tells comes after it, a bare
        # month the first such one after the bound.
        return f"{ctx.since.year + (month <= ctx.since.month):04d}-{month:02d}", "month"
    if ctx.reference is None:
        return None, "month"
    if ctx.basis == "year":
        # Only bare years written: one elsewhere is background as often as not ("since 1991 ... in
        # <month>"); a year written in the month's own sentence dates it ("in 2019 ... in <month>").
        years = _sentence_years(hit, article, lex)
        if not years:
            return None, "month"
        return f"{max(years):04d}-{month:02d}", "month"
    told = _told_before(hit, ctx)
    if told is not None and month >= told.month:
        # "<in> <month> 2022, ... <and> <at the end of> <a later month> ...": the story goes on in the year the
        # paragraph last wrote, to a later month of it.
        return f"{told.year:04d}-{month:02d}", "month"
    year = _nearest_year(month, 15, ctx.reference, 0, _lean(hit, article, lex))
    return f"{year:04d}-{month:02d}", "month"


def _range_year(hit: _Hit, text: str, lex: Lexicon, month: int) -> int | None:
    """A bare month that opens a range or a list whose last month is written with its year ("<between> <month>
    <until> <month> 2024", "<month> <and> <month> 2024", "<month> - <month> 2024"): that year, or the one
    before when the month comes after the last one in the calendar (a range across the new year)."""
    rx = lex.memo("dates.range_year", lambda: re.compile(
        rf"(?i)\s*(?:[-–]|,|\s(?:{_alt(lex.words(CAL, 'day_range_links') + lex.words(CAL, 'date_coordinators'))}))\s*"
        rf"(?:(?:{_alt(lex.words(CAL, 'month_prefixes'))})\s+)?(?P<mon>{_alt(lex.months)})\.?"
        rf"\s+(?:(?:{_alt(lex.words(CAL, 'year_prefixes'))})\s+)?(?P<y>\d{{4}})(?!\d)"))
    m = rx.match(text, hit.span.end, hit.sentence.span.end)
    if m is None or not YEAR_MIN <= int(m.group("y")) <= YEAR_MAX:
        return None
    return int(m.group("y")) - (month > lex.months[m.group("mon").lower()])


def _told_before(hit: _Hit, ctx: _Context) -> dt.date | None:
    """No anchor: the last month or day the hit's paragraph writes with its year before the hit."""
    before = [date for start, paragraph, date in ctx.written
              if paragraph == hit.sentence.paragraph and start < hit.span.start]
    return before[-1] if before else None


# An anniversary's event phrase stands at most this many words after its count of years.
ANNIVERSARY_WORDS_BETWEEN = 5


def _anniversary_years(text: str, lex: Lexicon, start: int = 0, end: int | None = None) -> list[int]:
    """The years of the anniversaries written in text[start:end] ("<commemoration> <the 70th> <victory over>
    <the Nazis>", calendar.yaml anniversary_events): the event's year plus the count, as if written."""
    return [year for year, _ in _anniversaries(text, lex, start, end)]


def _anniversary_days(text: str, lex: Lexicon) -> list[dt.date]:
    """The days of the anniversaries the text writes of an event known to the day (calendar.yaml
    anniversary_events "YYYY-MM-DD"): a commemoration is held on its day, as if the text wrote that date."""
    return [day for _, day in _anniversaries(text, lex) if day is not None]


def _anniversaries(text: str, lex: Lexicon, start: int = 0, end: int | None = None) -> list[tuple[int, dt.date | None]]:
    """(year, day or None) of each anniversary written in text[start:end]."""
    def build():
        events = {_spaced(str(k)): str(v) for k, v in (lex.group(CAL, "anniversary_events") or {}).items()}
        # the event's name may stand in quotation marks ('<the 70th> "<Victory Day>" <of the North>')
        quote = "[\"'\u201c\u201d\u2018\u2019]?"
        names = _alt(events).replace(r"\s+", rf"{quote}\s+{quote}")
        rx = re.compile(rf"(?i)(?<![\w-])(?:{_alt(lex.words(CAL, 'anniversary_words'))})\s+"
                        rf"(?:(?:{_alt(lex.words(CAL, 'ordinal_prefixes'))})\s*)?(?P<n>\d{{1,3}})"
                        rf"(?!\d)(?:\s+(?:{_alt(lex.words(CAL, 'year_prefixes'))}))?\s+(?:[\w-]+\s+){{0,{ANNIVERSARY_WORDS_BETWEEN - 1}}}?"
                        rf"{quote}(?P<ev>{names})(?![\w-])") if events else None
        return rx, {k.lower(): v for k, v in events.items()}

    global _LAST_ANNIVERSARIES
    rx, events = lex.memo("dates.anniversaries", build)
    if rx is None:
        return []
    whole = start == 0 and end is None
    if whole and _LAST_ANNIVERSARIES[0] is text:
        return _LAST_ANNIVERSARIES[1]      # asked once per stage of one article: scanned once
    lowered = text[start:end].lower()
    words = lex.memo("dates.anniversary_words", lambda: tuple(w.lower() for w in lex.words(CAL, "anniversary_words")))
    found = [_anniversary(events[_spaced(re.sub("[\"'\u201c\u201d\u2018\u2019]", "", m.group("ev"))).lower()],
                          int(m.group("n")))
             for m in rx.finditer(text, start, len(text) if end is None else end)] \
        if any(w in lowered for w in words) else []     # a plain substring test first: the regex is slow
    if whole:
        _LAST_ANNIVERSARIES = (text, found)
    return found


def _anniversary(event: str, count: int) -> tuple[int, dt.date | None]:
    """The year (and day, for an event known to the day) of the count-th anniversary of an event."""
    year = int(event[:4]) + count
    day = _safe_date(year, int(event[5:7]), int(event[8:10])) if len(event) == 10 else None
    return year, day


# The text whose anniversaries were asked for last, and their years and days.
_LAST_ANNIVERSARIES: tuple[str | None, list[tuple[int, dt.date | None]]] = (None, [])


def _years_rx(lex: Lexicon) -> re.Pattern:
    """A year, and the since-preposition before it if any ("<since> <year-prefix> 2006")."""
    return lex.memo("dates.sentence_years", lambda: re.compile(
        rf"(?i)(?P<since>(?<![\w-])(?:{alternation(lex.words(CAL, 'since_prepositions'))})\s+"
        rf"(?:(?:{alternation(lex.words(CAL, 'year_prefixes'))})\s+)?)?(?<!\d)(?P<y>(?:19|20)\d\d)(?!\d)"))


def _sentence_years(hit: _Hit, article: Article, lex: Lexicon) -> list[int]:
    """The years written in the hit's own sentence (an anniversary's too), but those after a since-preposition
    ("<since> <year-prefix> 2006"): what the sentence tells comes after that year, so it dates none of its days
    or months."""
    rx = _years_rx(lex)
    return [int(m.group("y")) for m in rx.finditer(article.text, hit.sentence.span.start, hit.sentence.span.end)
            if not m.group("since")] + _anniversary_years(article.text, lex, hit.sentence.span.start, hit.sentence.span.end)


def _coarse_anchor(hit: _Hit, ctx: _Context, lex: Lexicon) -> dt.date | None:
    """An anchor known only to the month (or year) still anchors what needs no finer one: 'last
    year' from a month or a year, 'last month' and '<month> <past>' from a month; never a day or week.

    With no anchor at all, the article's own latest dates stand for its date at a month's or a
    year's precision, as a reader takes them: 'last month' and '<month> <past>' from the latest
    day the body writes (a year written or not), 'last year' and '<month> <year-unit> <past>' from
    that day or the latest month it writes with its year. A bare year is background too often to
    count, and so is a caption (an archive photo's date)."""
    if hit.rule in ("unit-relative", "period-unit"):
        need = _unit(lex, hit.groups["unit"])[0]
    elif hit.rule == "month":
        need = "year" if "ypfx" in hit.groups else "month"
    elif hit.rule == "dmy" and "ypfx" in hit.groups:
        need = "year"
    else:
        return None
    if ctx.period is None:
        if need == "month" and not ctx.latest_is_day and ctx.latest is not None and hit.rule == "month" \
                and _direction(lex, hit.groups["mk"]) < 0:
            # "<month> <past>" and only a month written with its year (the latest): the article is no older
            # than that month, and the month named is the last such one up to it (a year holds it).
            year, month = _add_months(ctx.latest.year, ctx.latest.month, 1)
            return dt.date(year, month, 1)
        if need == "month":
            return ctx.latest if ctx.latest_is_day else None
        return ctx.latest if need == "year" else None
    return ctx.reference if need == "year" or (need == "month" and ctx.period == "month") else None


def _precision_of(hit: _Hit, lex: Lexicon) -> Precision | None:
    if hit.rule in ("unit-relative", "period-unit"):
        return _unit(lex, hit.groups["unit"])[0]  # type: ignore[return-value]
    return "day"


def _parse_anchor(anchor: str | None) -> dt.date | None:
    if not anchor or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", anchor):
        return None               # a week, month or year cannot anchor day arithmetic
    return dt.date.fromisoformat(anchor)


def _context(hits: list[_Hit], anchor: str | None, article: Article, lex: Lexicon,
             named: frozenset[str] = frozenset()) -> _Context:
    """The reference for dates written without a year: the anchor, else what the article writes.

    An anchor coarser than a day (a header giving only the month) is made a day by the first
    weekday-dated full date the article writes inside that month or year, else it only gives the
    reference (the middle of its period) and the year."""
    day = _parse_anchor(anchor)
    if day is not None:
        return _Context(day, day, (day.year,))     # (a day's anchor is all: what the article writes is not read)
    years, told, full, weekday_full, months, since, written = [], [], [], [], [], [], []
    since_words = lex.memo("dates.since_words", lambda: frozenset(
        w.lower() for w in lex.words(CAL, "since_prepositions")))
    for hit in hits:
        g = hit.groups
        bound = hit.rule in ("month", "year") and "y" in g and (g.get("prep", "").lower() in since_words
                                                                 or _since_clause(article.text, hit, lex))
        if bound:
            # "<first> <since> <month> <yyyy>": what the article reports comes after that month
            month = lex.months[g["mon"].lower().rstrip(".")] if "mon" in g else 1
            since.append((dt.date(_year(g["y"]), month, 1), "mon" in g))
        if hit.rule in ABSOLUTE and "y" in g:
            years.append(_year(g["y"]))
            if _archive_caption(article.text, hit, lex):
                continue      # an archive photo's date is no date of the story
            if not bound:
                told.append(_year(g["y"]))
            if "mon" in g and "d" not in g and not bound:
                months.append(dt.date(_year(g["y"]), lex.months[g["mon"].lower().rstrip(".")], 15))
                written.append((hit.span.start, hit.sentence.paragraph, months[-1]))
            if "d" in g:
                day, month = _day_month(g, lex)
                date = _safe_date(_year(g["y"]), month, day)
                if date:
                    full.append(date)
                    if not bound:
                        written.append((hit.span.start, hit.sentence.paragraph, date))
                    if "wd" in g:
                        weekday_full.append(date)
    for year in _anniversary_years(article.text, lex):
        years.append(year)        # "<commemoration> <the 70th> <victory>": that year, as if written
        told.append(year)
    full.extend(_anniversary_days(article.text, lex))    # and its day, for an event known to the day
    day = None
    if anchor and re.fullmatch(r"\d{4}(?:-\d{2})?", anchor):
        inside = [d for d in weekday_full if d.isoformat().startswith(anchor)]
        if inside:
            day = inside[0]
        else:
            year, _, month = anchor.partition("-")
            middle = dt.date(int(year), int(month or 7), 15 if month else 1)
            return _Context(None, middle, (int(year),), period="month" if month else "year")
    if day is not None:
        return _Context(day, day, (day.year,))
    # The latest full date written, else the latest month written with its year (the middle of it),
    # else the middle of the latest year; a year written only as a lower bound ("since 2019") tells
    # when the story is not, so it is no reference.
    latest = [m for m in months if m.year == max(told)] if told else []
    reference = max(full or latest or [dt.date(max(told), 7, 1)]) if told else None
    basis = ("day" if full else "month" if latest else "year") if told else None
    # A weekday and a day with no year: the register's people named here help choose it.
    undated = any(h.rule in ("weekday-dmy", "weekday-numeric", "weekday-relative") and "d" in h.groups
                  and "y" not in h.groups for h in hits) or any(
        h.sentence.paragraph < 0 and h.rule in DAY_RULES and "y" not in h.groups for h in hits)
    terms = _term_votes(article, lex, named) if undated else None
    return _Context(None, reference, tuple(sorted(set(years))), terms, since=max(since)[0] if since else None,
                    since_month=max(since)[1] if since else False,
                    latest_full=max(full) if full else None, basis=basis, written=tuple(sorted(written)))


def _archive_caption(text: str, hit: _Hit, lex: Lexicon) -> bool:
    """The hit stands in the caption of an archive photo ("<in this> <archive photo> <from> <month> <yyyy>",
    calendar.yaml archive_words), not in a line read_date reads alone."""
    if not hit.sentence.caption or hit.sentence.paragraph < 0:
        return False
    return _word_rx(lex, "archive_words").search(text, hit.sentence.span.start, hit.sentence.span.end) is not None


# A since-preposition this many characters before a date, in its clause, makes the date a lower bound.
SINCE_CLAUSE_CHARS = 60


def _since_clause(text: str, hit: _Hit, lex: Lexicon) -> bool:
    """"<since> <an event> <on> <month> <yyyy>": the date of what the article's events come after, in a
    clause a since-preposition opens (no comma between): a lower bound of the story, as "<since> <month>
    <yyyy>" is."""
    rx = lex.memo("dates.since_clause", lambda: re.compile(
        rf"(?i)(?<![\w-])(?:{alternation(lex.words(CAL, 'since_prepositions'))})(?![\w-])[^,;.\n]*$"))
    start = max(hit.sentence.span.start, hit.span.start - SINCE_CLAUSE_CHARS)
    return rx.search(text, start, hit.span.start) is not None


def _latest(hits: list[_Hit], ctx: _Context, article: Article, lex: Lexicon) -> _Context:
    """`ctx` with the latest day the body writes (its year written or taken from the context), else
    the middle of the latest month the body writes with its year: the article's date as far as it shows."""
    body = [hit for hit in hits if not hit.sentence.caption]
    # A day whose year only a bare year gave is the background's as often as the story's, unless the
    # register makes that year the story's (then the day was read in it, and dates the article as well).
    days = [hit for hit in body if hit.rule in DAY_RULES]
    if ctx.basis == "year" and not (any("y" not in h.groups and "wd" not in h.groups for h in days)
                                    and _story_year(ctx, article, lex)):
        days = [hit for hit in days if "y" in hit.groups or "wd" in hit.groups]
    values = [_resolve(hit, ctx, article, lex) for hit in days]
    latest = max((dt.date.fromisoformat(v) for v, p in values if v and p == "day"), default=None)
    if latest is not None:
        return dataclasses.replace(ctx, latest=latest, latest_is_day=True)
    since_words = lex.memo("dates.since_words", lambda: frozenset(
        w.lower() for w in lex.words(CAL, "since_prepositions")))
    months = [dt.date(_year(h.groups["y"]), lex.months[h.groups["mon"].lower().rstrip(".")], 15)
              for h in body if h.rule == "month" and "y" in h.groups and not _since_clause(article.text, h, lex)
              and h.groups.get("prep", "").lower() not in since_words]
    # A part of a year written with it ("<start> 2023", "<end> 2022") dates the story as a month does; a
    # bare year does not, nor a year that only bounds it ("<since> <start> 2019").
    for h in body:
        g = h.groups
        if h.rule == "year" and "per" in g and "y2" not in g and g.get("prep", "").lower() not in since_words:
            month = PART_MONTHS.get(_lookup(lex, "period_modifiers", g["per"]))
            if month is not None:
                months.append(dt.date(_year(g["y"]), month, 15))
    return dataclasses.replace(ctx, latest=max(months, default=None))


def _mentions(article: Article, sentences: tuple[Sentence, ...], lex: Lexicon,
              anchor: str | None, rules: frozenset[str] | None = None,
              context: tuple[Sentence, ...] = (), named: frozenset[str] = frozenset()) -> tuple[DateMention, ...]:
    """The dates of `sentences`; the years and full dates of `context` count as the article's too."""
    hits = _scan(article, sentences, lex, rules)
    spans = {k.span for k in hits} if context else None
    more = [h for h in _scan(article, context, lex, ABSOLUTE) if h.span not in spans] if context else []
    ctx = _context(hits + more, anchor, article, lex, named)
    if ctx.anchor is None and ctx.period is None and ctx.reference is not None:
        ctx = _latest(hits, ctx, article, lex)
    found: list[DateMention] = []
    previous: DateMention | None = None
    own = _caption_days(hits, lex)
    for hit in hits:
        text = hit.span.of(article.text)
        if hit.rule == "anaphoric":
            value, precision = _anaphor(lex, text, previous)
            found.append(DateMention(hit.span, text, value, precision, hit.rule, hit.sentence.span, scored=False))
            continue
        if hit.rule == "relative-day" and _spoken_today(article.text, hit, lex):
            value, precision = _resolve(hit, ctx, article, lex)
            found.append(DateMention(hit.span, text, value, precision, hit.rule, hit.sentence.span, scored=False))
            continue
        if _counts_from_story(hit, lex):
            value = _before_told(hit, lex, previous)
            if value is not None:
                found.append(DateMention(hit.span, text, value, _precision_of(hit, lex), hit.rule, hit.sentence.span))
                continue
            found.append(DateMention(hit.span, text, None, _precision_of(hit, lex), "anaphoric", hit.sentence.span,
                                     scored=False))
            continue
        day = own.get(hit.sentence.span)
        if day is not None and (hit.rule in DEICTIC or (hit.rule == "month" and "mk" in hit.groups)):
            # "<place>, retaken <a year ago>, ..., <weekday> (8/7/2023). <Photo>: ...": a caption's
            # words for the past or the future count from the photo's own day, not the article's.
            value, precision = _resolve(hit, _Context(day, day, (day.year,)), article, lex)
        else:
            value, precision = _resolve(hit, ctx, article, lex)
        mention = DateMention(hit.span, text, value, precision, hit.rule, hit.sentence.span)
        found.append(mention)
        if value is not None:
            previous = mention
    return tuple(found)


def _counts_from_story(hit: _Hit, lex: Lexicon) -> bool:
    """A counted unit whose marker counts from the story's last event, not the day of writing ("<two> <year-unit>
    <before that>", calendar.yaml anaphoric_markers): no date of its own. A weekday with it ("<weekday> <before
    that>") is read as the last such day, as news writes it."""
    marker = hit.groups.get("mk")
    return (hit.rule == "unit-relative" and marker is not None
            and re.sub(r"\s+", " ", marker.lower()) in _lowered(lex, "anaphoric_markers"))


# Quotation marks that open and close direct speech.
_OPENING_QUOTES, _CLOSING_QUOTES, _STRAIGHT_QUOTE = "\u201c", "\u201d", '"'


def _spoken_today(text: str, hit: _Hit, lex: Lexicon) -> bool:
    """A word for today inside direct speech ("<I am glad that> <today> <we meet>"): the speaker's now, as often
    as not these days rather than the day of the report, which annotators do not list as a date. Inside: more
    marks open than close from the line's start to the hit (straight marks: an odd count)."""
    if int(_lookup(lex, "relative_days", hit.span.of(text)) or 0) != 0:
        return False
    start = text.rfind("\n", 0, hit.span.start) + 1
    before = text[start:hit.span.start]
    return before.count(_OPENING_QUOTES) > before.count(_CLOSING_QUOTES) or before.count(_STRAIGHT_QUOTE) % 2 == 1


def _before_told(hit: _Hit, lex: Lexicon, previous: DateMention | None) -> str | None:
    """A year or month counted back from the story ("<up> <from> <the year-unit> <before that>") when its own
    sentence wrote that time just before it ("<in> 2024 <up> <twelvefold> <from> <the year before>"): that time
    is what it counts from, so its year (month) less the count. Else None: the story's last event is unclear."""
    unit, count = _unit(lex, hit.groups["unit"])
    if previous is None or previous.value is None or previous.sentence != hit.sentence.span \
            or unit not in ("year", "month") or previous.precision not in ("year", "month", "day"):
        return None
    if "n" in hit.groups:
        count = int(hit.groups["n"]) if hit.groups["n"].isdigit() else int(_lookup(lex, "number_words", hit.groups["n"]))
    year, month = int(previous.value[:4]), int(previous.value[5:7] or 0)
    if unit == "year":
        return f"{year - (count or 1):04d}"
    if not month:
        return None
    year, month = _add_months(year, month, -(count or 1))
    return f"{year:04d}-{month:02d}"


def _caption_days(hits: list[_Hit], lex: Lexicon) -> dict[Span, dt.date]:
    """Caption sentence → the one day it writes in full (day, month and year): the photo's own day."""
    days: dict[Span, list[dt.date]] = {}
    for hit in hits:
        g = hit.groups
        if hit.sentence.caption and hit.rule in DAY_RULES and "y" in g:
            day, month = _day_month(g, lex)
            day = _safe_date(_year(g["y"]), month, day)
            if day is not None:
                days.setdefault(hit.sentence.span, []).append(day)
    return {span: found[0] for span, found in days.items() if len(set(found)) == 1}


def _anaphor(lex: Lexicon, text: str, previous: DateMention | None) -> tuple[str | None, Precision | None]:
    """An anaphoric phrase: the previous dated event, shifted by the phrase's day offset (calendar.yaml)."""
    offset = _lookup(lex, "anaphoric", text)
    if previous is None or previous.value is None:
        return None, None
    if str(offset) == "same":
        return previous.value, previous.precision
    if previous.precision != "day":
        return None, None
    day = dt.date.fromisoformat(previous.value) + dt.timedelta(days=int(offset))
    return day.isoformat(), "day"


# ---------------------------------------------------------------------------------------------
# Public stage functions


def find_dates(article: Article, sentences: tuple[Sentence, ...], lex: Lexicon, *,
               anchor: str | None, named: frozenset[str] = frozenset()) -> tuple[DateMention, ...]:
    """Every date expression in the sentences, resolved against `anchor` (the publication date);
    `named`: the register ids of the people the article names (for a year no date writes)."""
    return _mentions(article, sentences, lex, anchor, named=named)


def read_date(article: Article, span: Span, lex: Lexicon, named: frozenset[str] = frozenset()) -> DateMention | None:
    """The publication date written at `span` (a page-header date line, or a dateline's day).

    A weekday written just before the span belongs to it ("<CITY>, <weekday> (28/10) -"); a day
    and month with no year take it from the rest of the article (its written years and dates, the
    register's people it names), as a body date would."""
    before = lex.memo("dates.weekday_before", lambda: re.compile(
        rf"(?i)(?<![\w'-])(?:{_alt(lex.weekdays)})\s*,?\s*$"))
    m = before.search(article.text, max(0, span.start - 12), span.start)
    line = Sentence(span=Span(m.start(), span.end) if m else span, paragraph=-1, caption=True)
    whole = (Sentence(span=Span(0, len(article.text)), paragraph=-1, caption=True),)
    for context in ((), whole):
        mentions = _mentions(article, (line,), lex, None, ABSOLUTE, context, named)
        for mention in mentions:
            if mention.precision == "day" and mention.value:
                return DateMention(mention.span, mention.text, mention.value, "day", f"header:{mention.rule}", None)
        if not any(mention.rule in DAY_RULES for mention in mentions):
            break             # no day written here: the article cannot give it a year
    return _month_first(article, span, lex) or _header_month(article, span, lex) or _iso_month(article, span, lex)


def _month_first(article: Article, span: Span, lex: Lexicon) -> DateMention | None:
    """A header written month first, as US-made sites do ("<month> 24, 2024 9:22")."""
    rx = lex.memo("dates.month_first", lambda: re.compile(
        rf"(?i)(?<!\w)(?P<month>{_alt(lex.months)})\.?\s+(?P<day>\d{{1,2}})\s*,\s*(?P<year>\d{{4}})(?!\d)"))
    m = rx.search(article.text, span.start, span.end)
    if not m:
        return None
    day = _safe_date(int(m.group("year")), lex.months[m.group("month").lower()], int(m.group("day")))
    if day is None:
        return None
    return DateMention(Span(m.start(), m.end()), m.group(), day.isoformat(), "day", "header:month-first", None)


def _header_months(lex: Lexicon) -> dict[str, int]:
    """Month names read in page-header date lines only (calendar.yaml `header_months`), lower case."""
    return lex.memo("dates.header_months", lambda: {
        word.lower(): int(number) for number, words in (lex.group("calendar", "header_months", {}) or {}).items()
        for word in words})


def _header_month(article: Article, span: Span, lex: Lexicon) -> DateMention | None:
    """A header date with a month name that is a name too, read there only ("12 <May> 2025 14:05",
    "<May> 12, 2025")."""
    months = _header_months(lex)
    if not months:
        return None
    rx = lex.memo("dates.header_month", lambda: re.compile(
        rf"(?i)(?<![\w.])(?:(?P<d1>\d{{1,2}})\s+(?P<m1>{_alt(months)})\.?\s+(?P<y1>\d{{4}})"
        rf"|(?P<m2>{_alt(months)})\.?\s+(?P<d2>\d{{1,2}})\s*,\s*(?P<y2>\d{{4}}))(?!\d)"))
    m = rx.search(article.text, span.start, span.end)
    if not m:
        return None
    n = "1" if m.group("m1") else "2"
    day = _safe_date(int(m.group("y" + n)), months[m.group("m" + n).lower()], int(m.group("d" + n)))
    if day is None:
        return None
    return DateMention(Span(m.start(), m.end()), m.group(), day.isoformat(), "day", "header:header-month", None)


def _iso_month(article: Article, span: Span, lex: Lexicon) -> DateMention | None:
    """A header that gives only the month, in ISO form (an index's "date 2024-05"): month precision."""
    m = lex.regex("dates.iso_month", r"(?<![\d-])(?P<year>\d{4})-(?P<month>\d{2})(?![\d-])").search(
        article.text, span.start, span.end)
    if not m or not 1 <= int(m.group("month")) <= 12 or not YEAR_MIN <= int(m.group("year")) <= YEAR_MAX:
        return None
    return DateMention(Span(m.start(), m.end()), m.group(), m.group(), "month", "header:iso-month", None)


def published_from_body(article: Article, sentences: tuple[Sentence, ...], lex: Lexicon,
                        named: frozenset[str] = frozenset()) -> DateMention | None:
    """The date the brief is filed under when no header gives it.

    The first body date written with a weekday and a day that is set off by a comma shortly after
    a speech or source cue, as Indonesian news stamps the day of the report after its source or
    speaker (`<said> X, <weekday> (22/11/2022)`, `<quoting> X, <weekday> 21 <month> 2022,`), where
    an event's day follows a preposition (`<on> <weekday> (20/11)`); else the first body date written with a
    weekday and a day; else a day written with its year in brackets right after such a cue (`<quoted from> X
    (12/12/2022)`); else a full date (day, month, year) in the lead paragraph, else a day and month
    there whose year the article's other dates give (either: or a later day the body reports as done, no word
    for the future with it: the article is no older than that); else a month written with its year in the lead (month
    precision, not after a since-preposition), else a bare month there whose year the article's other dates
    give; else a year the body calls the current one (`<year-prefix> <yyyy> <current>`, year precision); None
    where the text gives no basis. The lead is the first LEAD_SENTENCES sentences of the first body
    paragraph, past a first line of a few words with no closing mark (a wire's name alone: a byline).
    """
    body = [s for s in sentences if not s.caption]
    if not body:
        return None
    written = [m for m in _mentions(article, sentences, lex, None, ABSOLUTE, named=named) if m.value]
    mentions = [m for m in written if m.precision == "day"]
    in_body = {s.span for s in body}
    dated = [m for m in mentions if m.sentence in in_body and m.rule in ("weekday-dmy", "weekday-numeric")]
    comma = lex.regex("dates.comma_before", r",\s*$")
    stamps = [m for m in dated if comma.search(article.text, max(0, m.span.start - 4), m.span.start)
              and _reported(article.text, m, lex)]
    if stamps or dated:
        if not stamps:
            later = (_stamped_weekday_after(article, sentences, lex, dated[0], comma)
                     or _lead_weekday_over(article, sentences, lex, body, dated[0]))
            if later is not None:
                return later
        if stamps:
            return _filed(stamps[0], "body-stamp")
        return _filed(_latest_weekday(article, dated, lex), "body-weekday")
    # "<quoted from> X (12/12/2022)": a day written with its year in brackets right after a source cue,
    # no weekday with it: the source's stamp as well.
    for mention in mentions:
        if (mention.sentence in in_body and mention.rule == "numeric" and re.search(r"\d{4}", mention.text)
                and article.text[mention.span.start - 1:mention.span.start] == "(" and _reported(article.text, mention, lex)):
            return _filed(mention, "body-stamp")
    # The lead: the first body paragraph of prose (a wire's name alone on a line above it, a few words with
    # no closing mark, is a byline).
    first = next((s for s in body if len(s.span.of(article.text).split()) >= LEAD_MIN_WORDS
                  or s.span.of(article.text).rstrip()[-1:] in ".!?\"”"), body[0])
    lead = {s.span for s in [s for s in body if s.paragraph == first.paragraph][:LEAD_SENTENCES]}
    for mention in mentions:
        if mention.sentence in lead and mention.rule in ("dmy", "numeric") and re.search(r"\d{4}", mention.text):
            return _filed(_latest_past(article, mention, mentions, in_body, lex), "lead-date")
    # The lead's event dated by day and month, its year given by the article's other dates
    # ("<on> 15 <month>, the minister left for ...", the visit of <month> 2023 written below): a month
    # or a day written with its year gives it, since a bare year is as often the background's.
    if any(m.precision in ("day", "month") and re.search(r"\d{4}", m.text) for m in written):
        for mention in mentions:
            if mention.sentence in lead and mention.rule == "dmy" and "-" not in mention.text:
                return _filed(_latest_past(article, mention, mentions, in_body, lex), "lead-day")
    # The lead's event dated by its month and year ("<at the start of> <month> <yyyy>, the resort ..."):
    # month precision; not a month the article reports as past ("<since> <month> <yyyy>").
    for mention in written:
        if (mention.sentence in lead and mention.precision == "month" and re.search(r"\d{4}", mention.text)
                and not _since_before(article.text, mention, lex) and not _ahead(article, mention, lex)):
            return _filed(mention, "lead-month")
    # The lead's event dated by its month alone ("<on> <month>", no marker: "<month> <past>" is what came
    # before), its year given by the other dates of the body (not a photo's caption: an archive photo's).
    if any(m.precision in ("day", "month") and re.search(r"\d{4}", m.text) and m.sentence in in_body
           for m in written):
        for mention in written:
            if (mention.sentence in lead and mention.precision == "month" and mention.rule == "month"
                    and mention.text.split()[-1].lower().rstrip(".") in lex.months
                    and not _since_before(article.text, mention, lex)):
                return _filed(mention, "lead-bare-month")
    return (_lead_weekday_on(article, sentences, lex, mentions, named)
            or _lead_weekday_after(article, sentences, lex, lead, mentions) or _current_year(article, body, lex))


def _lead_weekday_over(article: Article, sentences: tuple[Sentence, ...], lex: Lexicon, body: list[Sentence],
                       event: DateMention) -> DateMention | None:
    """The lead's first sentence dates its news by a bare weekday (`<the agency> <revealed> <on> <weekday> that ...`)
    and the body's first day with a weekday (`<on> <weekday> (17/12)`) comes further down, out of that sentence,
    no stamp of the report: the lead tells the newest, so its weekday is the first such day on or after the
    body's (no marker with it, no word for the future in its sentence)."""
    first = next((s for s in body if s.paragraph >= 0), None)
    if first is None or event.sentence is None or event.sentence.start < first.span.end:
        return None
    day = dt.date.fromisoformat(event.value)
    for hit in _scan(article, (first,), lex, frozenset({"weekday", "weekday-relative"})):
        if hit.rule != "weekday" or "mk" in hit.groups or _tense(lex, article.text, hit.sentence.span, hit.span) > 0:
            continue
        weekday = lex.weekdays[hit.groups["wd"].lower()]
        value = day + dt.timedelta(days=(weekday - day.isoweekday()) % 7)
        return _filed(DateMention(hit.span, hit.span.of(article.text), value.isoformat(), "day", hit.rule,
                                  hit.sentence.span), "lead-weekday-over")
    return None


def _latest_weekday(article: Article, dated: list[DateMention], lex: Lexicon) -> DateMention:
    """The first body date written with its weekday, or the latest one the body writes within a week after it
    (WEEKDAY_SLIP_DAYS) after a speech or source cue (or before one at its sentence's end), with no word for the future in its sentence (`<met> <on>
    <weekday> (3/2) ... <an official> <said so> <on> <weekday> (6/2)`): the day the event was told of; the
    article is no older than that. (A later event's day alone does not move it: the first stands.)"""
    first = dated[0]
    day = dt.date.fromisoformat(first.value)
    later = [m for m in dated[1:] if m.sentence is not None
             and 0 < (dt.date.fromisoformat(m.value) - day).days <= WEEKDAY_SLIP_DAYS
             and (_reported(article.text, m, lex) or _reported(article.text, _sentence_end(m), lex))
             and _tense(lex, article.text, m.sentence, m.span) <= 0]
    return max(later, key=lambda m: m.value) if later else first


def _sentence_end(mention: DateMention) -> DateMention:
    """A mention standing at the end of the sentence of `mention`: a cue after the date counts as before it
    ("<on> <weekday> (17/9/2023), X <ended> <the visit>, <reported> <a medium>")."""
    end = Span(mention.sentence.end, mention.sentence.end)
    return DateMention(end, "", None, "day", mention.rule, Span(mention.span.end, mention.sentence.end))


def _latest_past(article: Article, lead: DateMention, mentions: list[DateMention], in_body: set,
                 lex: Lexicon) -> DateMention:
    """The lead's day, or a later day the body writes (a day and month) with no word for the future in its
    sentence (`<wrote> <in a report> <on> 25 <month>`): the article is no older than what it reports as done."""
    later = [m for m in mentions if m.sentence in in_body and m.value > lead.value and m.rule in DAY_RULES
             and _tense(lex, article.text, m.sentence, m.span) <= 0]
    return max(later, key=lambda m: m.value) if later else lead


# The page's date may trail the day its body reports by this many days (an index's date, a clock in
# another time zone); further on, the body's day is an announcement's.
HEADER_LAG_DAYS = 2


def reported_after(article: Article, sentences: tuple[Sentence, ...], lex: Lexicon, header: DateMention,
                   named: frozenset[str] = frozenset()) -> DateMention | None:
    """The body's first day written with its weekday and no year ("<on> <weekday> (15/01)"), read against the
    page's date, when it falls after that date by at most HEADER_LAG_DAYS with no word for the future in its
    sentence: an article does not report as done what happens after it is published, so the page's date is
    an index's or a clock's, and the brief is filed under the body's day. None when that day is on or before
    the page's date (the page's date stands)."""
    body = tuple(s for s in sentences if not s.caption)
    rules = frozenset({"weekday-dmy", "weekday-numeric"})
    first = next((m for m in _mentions(article, body, lex, header.value, rules, named=named)
                  if m.value and not re.search(r"\d{4}", m.text)), None)
    if first is None or first.sentence is None:
        return None
    lag = (dt.date.fromisoformat(first.value) - dt.date.fromisoformat(header.value)).days
    limit = HEADER_LAG_DAYS if not _lead_report(article, body, first, lex) else REPORT_LAG_DAYS
    if not 0 < lag <= limit or _tense(lex, article.text, first.sentence, first.span) > 0:
        return None
    return _filed(first, "body-after-header")


# A lead that says a medium or a body reported on its day ("<the agency> <on> <weekday> (06/01) <reported>")
# tells of a report already out: a page's date this many days before it is an index's, not the article's.
REPORT_LAG_DAYS = 31
REPORT_CUE_AFTER_CHARS = 30


def _lead_report(article: Article, body: tuple[Sentence, ...], mention: DateMention, lex: Lexicon) -> bool:
    """The mention stands in the body's first sentence with a speech or source cue right before or after it."""
    first = next((s for s in body if s.paragraph >= 0), None)
    if first is None or mention.sentence != first.span:
        return False
    reach = min(first.span.end, mention.span.end + REPORT_CUE_AFTER_CHARS)
    after = DateMention(Span(reach, reach), "", None, "day", mention.rule, mention.sentence)
    return _reported(article.text, mention, lex) or _reported(article.text, after, lex)


def _lead_weekday_on(article: Article, sentences: tuple[Sentence, ...], lex: Lexicon,
                     mentions: list[DateMention], named: frozenset[str] = frozenset()) -> DateMention | None:
    """No date above the body; its opening (LEAD_PARAGRAPHS) dates the event by a bare weekday (`<the agency>
    <said> <on> <weekday>`, `<signed it> <on> <weekday> <past>`) and the latest day the article writes (a day
    written with its year, or one whose year those give: `<dated> 9 <month>`, a document `<published> <on> 18
    <month> 2024`, a commemoration's day `<marking> <the 70th> <armistice>`; not an archive photo's) falls on that
    weekday: that is the event's day, and the brief is
    filed under it. No day written with its year at all: the body's stamp of its source with a day and month
    (`<quoting> <agency> 28 <month>`), in the one year where it falls on that weekday that the register's
    people named here single out (`_stamp_on_weekday`)."""
    paragraphs = sorted({s.paragraph for s in sentences if not s.caption and s.paragraph >= 0})[:LEAD_PARAGRAPHS]
    opening = tuple(s for s in sentences if not s.caption and s.paragraph in paragraphs)
    hit = next((h for h in _scan(article, opening, lex, frozenset({"weekday", "weekday-relative"}))
                if "unit" not in h.groups and _direction(lex, h.groups.get("mk")) <= 0), None)
    if hit is None:
        return None
    weekday = lex.weekdays[hit.groups["wd"].lower()]
    archive = _word_rx(lex, "archive_words")
    days = [dt.date.fromisoformat(m.value) for m in mentions if m.rule in DAY_RULES and m.value
            and not (m.sentence and archive.search(article.text, m.sentence.start, m.sentence.end))]
    held = _anniversary_days(article.text, lex)     # a commemoration's day counts as a day written
    day = max(days + held) if held or (days and any(re.search(r"\d{4}", m.text) for m in mentions
                                                    if m.rule in DAY_RULES)) else None
    if day is not None and day.isoweekday() != weekday:
        day = None
    if day is None and not any(re.search(r"\d{4}", m.text) for m in mentions):
        day = _stamp_on_weekday(article, sentences, lex, hit, weekday, named)
    if day is None:
        return None
    return DateMention(hit.span, hit.span.of(article.text), day.isoformat(), "day", "lead-weekday:weekday",
                       hit.sentence.span)


def _stamp_on_weekday(article: Article, sentences: tuple[Sentence, ...], lex: Lexicon, hit: _Hit, weekday: int,
                      named: frozenset[str]) -> dt.date | None:
    """The first day and month after `hit` that the body writes right after a source cue, with no year
    (`<quoting> <agency> 28 <month>`), in the year where it falls on `weekday` that more of the register's people
    named here held their post in than any other such year (a leader in office for decades alone singles
    out none: then None)."""
    body = tuple(s for s in sentences if not s.caption)
    for stamp in _scan(article, body, lex, frozenset({"dmy"})):
        if "y" in stamp.groups or "mk" in stamp.groups or stamp.span.start < hit.span.end:
            continue
        mention = DateMention(stamp.span, stamp.span.of(article.text), None, "day", stamp.rule, stamp.sentence.span)
        if not _reported(article.text, mention, lex):
            continue
        terms = _term_votes(article, lex, named)
        if not terms:
            return None
        d, month = _day_month(stamp.groups, lex)
        votes = sorted(((terms.get(year, 0), year) for year in range(min(terms) - 1, max(terms) + 2)
                        if (day := _safe_date(year, month, d)) and day.isoweekday() == weekday), reverse=True)
        if not votes or votes[0][0] == 0 or (len(votes) > 1 and votes[1][0] == votes[0][0]):
            return None
        return _safe_date(votes[0][1], month, d)
    return None


def _lead_weekday_after(article: Article, sentences: tuple[Sentence, ...], lex: Lexicon, lead: set[Span],
                        mentions: list[DateMention]) -> DateMention | None:
    """The lead dates its event by a bare weekday (`<the media reported> <on> <weekday>`) and the article writes
    days in full only with their weekday, in a photo's caption or the background (`<in this photo> ...,
    <weekday>, 12 <month> 2025`): the report comes after what it shows, so the lead's weekday is the first
    such day on or after the latest of those days. Not where a full day is written with no weekday (a day
    announced ahead, which may lie after the report)."""
    full = [m for m in mentions if m.rule in DAY_RULES and re.search(r"\d{4}", m.text)]
    if not full or any(m.rule not in ("weekday-dmy", "weekday-numeric") for m in full):
        return None
    latest = max(dt.date.fromisoformat(m.value) for m in full)
    in_lead = tuple(s for s in sentences if s.span in lead and not s.caption)
    for hit in _scan(article, in_lead, lex, frozenset({"weekday"})):
        weekday = lex.weekdays[hit.groups["wd"].lower()]
        value = latest + dt.timedelta(days=(weekday - latest.isoweekday()) % 7)
        return DateMention(hit.span, hit.span.of(article.text), value.isoformat(), "day", "lead-weekday:weekday",
                           hit.sentence.span)
    return None


def _ahead(article: Article, mention: DateMention, lex: Lexicon) -> bool:
    """The lead says its month, written with its year, lies ahead (a future tense word for it: "<the option>
    <will> <expire> <in> <month> <yyyy>"): a deadline or a plan at any distance, not the month of the
    report. (A bare month ahead, "<will> <welcome> ... <in> <month>", is the near term: it still files
    the page, as the lead-bare-month rule reads it.)"""
    return mention.sentence is not None and _tense(lex, article.text, mention.sentence, mention.span) > 0


def _since_before(text: str, mention: DateMention, lex: Lexicon) -> bool:
    """A since-preposition right before the date (`<since> <month> <yyyy>`)."""
    rx = lex.memo("dates.since_before", lambda: re.compile(
        rf"(?i)(?<![\w-])(?:{alternation(lex.words(CAL, 'since_prepositions'))})\s+$"))
    return bool(rx.search(text, max(0, mention.span.start - 20), mention.span.start))


def _current_year(article: Article, body: list[Sentence], lex: Lexicon) -> DateMention | None:
    """`[<year-prefix>] <yyyy> <current>` ("this year 2024", "<in> 2024 <this>") in the body: the year the article
    is written in, year precision; not a number after a word that numbers things ("<resolution> 2270 <this>")."""
    rx = lex.memo("dates.current_year", lambda: re.compile(
        rf"(?i)(?P<before>[\w'-]+)\s+(?:(?:{alternation(lex.words(CAL, 'year_prefixes'))})\s+)?(?<![\w.,/])(?P<y>\d{{4}})\s+"
        rf"(?:{alternation(lex.words(CAL, 'current_markers'))})(?![\w-])"))
    # (the year and its marker alone, which every match holds: one quick scan of a sentence from its digits,
    # where the full pattern tries the word before a year at every word and backtracks through it)
    core = lex.memo("dates.current_year_core", lambda: re.compile(
        rf"(?i)\d(?<![\w.,/]\d)\d{{3}}\s+(?:{alternation(lex.words(CAL, 'current_markers'))})(?![\w-])"))
    for sentence in body:
        if core.search(article.text, sentence.span.start, sentence.span.end) is None:
            continue
        found = rx.search(article.text, sentence.span.start, sentence.span.end)
        if found and YEAR_MIN <= int(found.group("y")) <= YEAR_MAX \
                and found.group("before").lower() not in _lowered(lex, "number_words_before"):
            span = Span(found.start("y"), found.end("y"))
            return DateMention(span, found.group("y"), found.group("y"), "year", "body-current-year", sentence.span)
    return None


def _stamped_weekday_after(article: Article, sentences: tuple[Sentence, ...], lex: Lexicon, event: DateMention,
                           comma: re.Pattern) -> DateMention | None:
    """`<event> <on> <weekday> (27/5) ... , <said> X, <weekday>.`: a bare weekday set off by a comma after a speech
    cue stamps the report; it is the first such weekday of the body on or after the event's day. (The
    weekdays of every sentence are scanned, once for the dates of the article too; the headline's and
    the captions' are left out.)"""
    day = dt.date.fromisoformat(event.value)
    for hit in _scan(article, sentences, lex, frozenset({"weekday"})):
        if hit.sentence.caption:
            continue
        if hit.span.start <= event.span.end or not comma.search(article.text, max(0, hit.span.start - 4), hit.span.start):
            continue
        mention = DateMention(hit.span, hit.span.of(article.text), None, "day", hit.rule, hit.sentence.span)
        if not _reported(article.text, mention, lex):
            continue
        weekday = lex.weekdays[hit.groups["wd"].lower()]
        value = day + dt.timedelta(days=(weekday - day.isoweekday()) % 7)
        return _filed(DateMention(hit.span, mention.text, value.isoformat(), "day", hit.rule, hit.sentence.span),
                      "body-stamp")
    return None


# How far before a comma-set date a speech or source cue makes it the report's stamp.
STAMP_CUE_CHARS = 80


def _reported(text: str, mention: DateMention, lex: Lexicon) -> bool:
    """A speech or source cue (speech.yaml: cue verbs, relaying channels, statement nouns; calendar.yaml:
    report_cues) shortly before the date, in its sentence: "<said> X to reporters, <date>", "<quoting> X, <date>"."""
    def build():
        words = [w for group in ("cues_after", "cues_before", "suffixed", "channels", "statement_nouns")
                 for w in lex.words("speech", group)] + list(lex.words(CAL, "report_cues"))
        return re.compile(rf"(?i)(?<![\w-])(?:{alternation(words)})(?![\w-])") if words else None
    rx = lex.memo("dates.report_cues", build)
    start = max(mention.sentence.start if mention.sentence else 0, mention.span.start - STAMP_CUE_CHARS)
    return bool(rx and rx.search(text, start, mention.span.start))


def _filed(mention: DateMention, why: str) -> DateMention:
    return DateMention(mention.span, mention.text, mention.value, mention.precision,
                       f"{why}:{mention.rule}", mention.sentence)
