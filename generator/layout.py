"""Where things are in an article: furniture, headline, outlet, dateline, publication date, body.

Nothing is deleted: furniture is *marked* as spans (each with the id of the furniture.yaml rule
that fired), and every later stage reads only the body, caption and headline spans.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from . import document, prefilter
from .lexicon import Lexicon, alternation, fold
from .model import Article, Credit, Furniture, Layout, Span

# A tail marker only cuts when it sits past this share of the text: a "next article" marker
# near the top is a site header, not the end of the article.
TAIL_MIN_POSITION = 0.4
# A line shorter than this cannot be told apart from a real sentence by being repeated.
MIN_REPEAT_CHARS = 20
# A caption printed twice on one line with its credit between: the copy's least length, the credit's most.
CAPTION_COPY_CHARS = 30
CAPTION_CREDIT_CHARS = 80
# Shorter copies count when the credit between them is a word in capitals glued to the copy.
CAPTION_GLUED_COPY_CHARS = 12
# Headlines: Indonesian news headlines run 4-30 words; longer lines are paragraphs.
HEADLINE_WORDS = (3, 30)
# The dateline sits at the start of one of the first few content lines.
DATELINE_LINES = 6
# A breadcrumb glued before a copy of the title is at most this many characters.
GLUED_CHROME = 60
# Below a page's widgets (an aggregator's labels and counts), a dateline alone on its line that names a
# known place ("Seoul -") still opens the lead, among this many first content lines.
DATELINE_OWN_LINES = 12
# Lines of at most this many words above the headline are site chrome ("detikNews", "Internasional");
# a longer one only when it is an outlet's name ("CNN Indonesia").
CHROME_WORDS = 2
# The lead after a dateline is a sentence of prose, not a time stamp or a credit.
LEAD_MIN_WORDS = 5
# A kicker (a topic label above the headline) has at most this many words.
KICKER_WORDS = 4
# An item of a bulleted teaser list is a headline: at least this many words (a list of names is shorter).
TEASER_ITEM_MIN_WORDS = 5
# ... and, in a list that has one such item, none has fewer words than this ("Negeri Timur Perluas Armada").
TEASER_ITEM_SHORT_WORDS = 4
# ... and the title under it is a full headline of at least this many words (not a byline's name).
KICKER_TITLE_MIN_WORDS = 6
# Short lines without a full stop after the last paragraph are tags or related topics.
TRAILING_TAG_WORDS = 5
# A "CITY:" dateline with no outlet needs a city of at least this many capital letters ("KYIV:").
COLON_CITY_MIN_LETTERS = 3
# A site's tagline after its name in the page header ("Situs - Berita Terpercaya Anda") runs to at
# most this many words.
TAGLINE_WORDS = 6
# A photo caption runs to at most this many words (the longest of every annotated set: 63); a longer
# paragraph closing on a credit-shaped run of capitals is prose with stray link text after it.
CAPTION_MAX_WORDS = 90
# An outlet given in the dateline as an abbreviation ("CITY, PR -") has at most this many letters.
ABBREVIATION_LETTERS = 5
# The line under an author box's caption that repeats this many characters of it is the box's too.
REPEATED_CREDIT_CHARS = 10
# Furniture rules whose lines may name the site itself ("Follow <site> on ...", "published on <site>",
# "news from <site> every day", "no reuse without the permission of <site>", "more news from <site>? follow
# us ...", the closing "(site.com - Section)" or "(site.com/Reporter)").
OUTLET_FURNITURE = ("line:share", "line:read-more-elsewhere", "line:copyright", "line:site-promo",
                    "line:reuse-notice", "tail:republished", "line:social-prompt", "line:section-tag")
# A line in the body written in Title Case is a teaser or section headline, not prose (Indonesian body
# prose is in sentence case): at least this many words ...
TITLE_CASE_MIN_WORDS = 3
# ... of which at least this share of the words that count (not the minor words of a title,
# furniture.yaml `title_case_minor_words`, nor numbers) start with a capital ...
TITLE_CASE_MIN_SHARE = 0.85
# ... and at most this many words that count in lower case (one slip of a site's title style).
TITLE_CASE_MAX_LOWER = 1
# ... except in a ticker of other stories' headlines run into one line, where each headline may carry
# its slip: one word in lower case allowed per this many words of the line.
TICKER_WORDS_PER_SLIP = 10
# ... and at most this many commas: a run of "Role, Name," pairs in capitals is prose listing people
# (or a caption), not a title.
TITLE_CASE_MAX_COMMAS = 2
_NAME_LINE = re.compile(r"[A-Z][\w'.-]+(?:[ \t]+[A-Z][\w'.-]+){1,3}")
# A section path in the page header, items of one or two words split by bars, dots or arrows
# ("News | Internasional | Asia"): chrome above the headline, never the headline itself.
# What a page adds after a title it shows again: a space, then a mark (a credit "/AGENSI/", "| Foto").
# (`\s\s*`, not `\s+`, and the bar or the space first, not an alternation: a pattern opening with one class of
# characters lets `re` skip to them, where one opening with a repeat or with two branches is tried at every
# position of a line. The same matches.)
_DECORATION = re.compile(r"\s\s*(?=[^\w\s\"“'‘])")
# What every title decoration holds (`_title_decorations`): a bar, or a dash right after a space.
_DECORATION_MARK = re.compile(r"[|\s](?:(?<=\|)|[–—-])")
_SECTION_PATH = re.compile(r"[\w.]+(?:[ \t]+[\w.]+)?(?:\s*[|·•»>/›]\s*[\w.]+(?:[ \t]+[\w.]+)?){1,4}")
_SENTENCE_END = (".", "!", "?", '"', "”", ":", ";")
# A time of day in a header stamp ("10:05", "10.05").
_CLOCK_TIME = re.compile(r"(?<!\d)\d{1,2}[:.]\d{2}(?!\d)")
# A list item's bullet: a dash, dot or star and a space.
_BULLET = re.compile(r"\s*[-–•·*]\s+(?=\S)")


@dataclass(slots=True)
class _Line:
    span: Span
    text: str
    kind: str = "content"          # content | blank | furniture | caption | credit
    rule: str = ""
    caption: bool = False          # a lead-in label said the rest of the line is a photo caption


def _lines(text: str) -> list[_Line]:
    lines, start = [], 0
    for raw in text.split("\n"):
        end = start + len(raw)
        lines.append(_Line(Span(start, end), raw, "blank" if not raw.strip() else "content"))
        start = end + 1
    return lines


def _rules(lex: Lexicon, group: str) -> list[tuple[dict, re.Pattern]]:
    """The furniture rules of one group, with {weekday}/{month} expanded, compiled once per lexicon
    (asked for a few hundred times an article: one dictionary lookup once built)."""
    groups: dict[str, list[tuple[dict, re.Pattern]]] = lex.memo("furniture.rules", dict)
    found = groups.get(group)
    if found is None:
        weekdays = alternation([*lex.weekdays, *lex.words("calendar", "header_weekdays")])
        months = alternation([*lex.months, *(w for ws in (lex.group("calendar", "header_months", {}) or {}).values() for w in ws)])
        outlets = _outlet_pattern(lex)
        sections = alternation(list(lex.words("furniture", "section_names")))
        # (`prefilter.scannable`: a caption credit's look-behind written so that only spaces are tried)
        found = groups[group] = [(rule, re.compile(prefilter.scannable(
            rule["pattern"].replace("{weekday}", weekdays).replace("{month}", months)
            .replace("{outlet}", outlets).replace("{section}", sections))))
            for rule in lex.group("furniture", group, []) or []]
    return found


# The groups of furniture rules find_layout reads: their rules' strings are looked for in a line in one scan.
RULE_GROUPS = ("lead_in", "tail", "header_date", "line", "teaser", "credits", "caption_credit", "inline", "midline")


def _ruleset(lex: Lexicon, group: str) -> prefilter.Rules:
    """The furniture rules of one group with what each cannot match without (`prefilter.Rules`):
    a line is searched only with the rules that may match it, derived from the patterns themselves,
    so a rule an editor adds in an overlay is gated (or, when it cannot be read, always run) alike."""
    sets = _LAST_RULESETS if _LAST_RULESETS[0] is lex else _rulesets(lex)
    found = sets[1].get(group)
    if found is None:
        found = sets[1][group] = prefilter.Rules(_rules(lex, group))
    return found


# The lexicon whose rule lists were asked for last, and those lists (asked a few hundred times a
# page: one identity test, not a memo look-up).
_LAST_RULESETS: tuple[Lexicon | None, dict[str, prefilter.Rules]] = (None, {})


def _rulesets(lex: Lexicon) -> tuple[Lexicon, dict[str, prefilter.Rules]]:
    global _LAST_RULESETS
    _LAST_RULESETS = (lex, lex.memo("furniture.rulesets", lambda: prefilter.rule_lists(
        {name: _rules(lex, name) for name in RULE_GROUPS})))
    return _LAST_RULESETS


def _first_match(lex: Lexicon, group: str, text: str, start: int = 0, end: int | None = None):
    """(rule, match) of the first rule of a group that matches text[start:end], or (None, None)."""
    return _ruleset(lex, group).first(text, start, end)


def _outlet_spellings(lex: Lexicon) -> list[str]:
    """Every spelling of every known outlet (outlets.yaml names: the canonical name and its variants)."""
    return [v for c, vs in (lex.group("outlets", "names", {}) or {}).items() for v in [c, *vs]]


def _outlet_word(lex: Lexicon) -> str:
    """A known outlet's spelling standing as words of its own (no word character or dot before it)."""
    return rf"(?<![\w.])(?:{alternation(_outlet_spellings(lex))})(?![\w])"


def _outlet_pattern(lex: Lexicon) -> str:
    """Every known outlet spelling, or a word shaped like a news site (`Sindonews.com`)."""
    suffixes = alternation([s.lstrip(".") for s in lex.words("outlets", "domain_suffixes")])
    return rf"(?:{alternation(_outlet_spellings(lex))}|[A-Za-z][\w-]*\.(?:{suffixes}))"


def _strip_span(text: str, span: Span) -> Span | None:
    """Shrink a span to exclude surrounding whitespace; None when nothing is left."""
    piece = text[span.start:span.end]
    left = len(piece) - len(piece.lstrip())
    right = len(piece.rstrip())
    if right <= left:
        return None
    return Span(span.start + left, span.start + right)


def _caption_marked(piece: str, lex: Lexicon) -> bool:
    """A photo caption's marks: who stands where in brackets ("(kiri)"), or the day it was taken
    ("(19/6/2024)"). Headlines carry neither."""
    rx = lex.memo("layout.caption_marks", lambda: re.compile(
        r"\(\s*(?:" + alternation(list(lex.words("furniture", "caption_positions")), ignore_case=True)
        + r")\s*\)|\(\s*\d{1,2}/\d{1,2}/\d{2,4}\s*\)", re.IGNORECASE))
    return rx.search(piece) is not None or _credit_closing(piece, lex)


# A caption closing on its picture's credit glued on with a slash ("... di stasiun/AGENSI").
_SLASH_CREDIT = re.compile(r"(?<=[a-z])/(?P<credit>[A-Z][\w.]{2,20})\s*$")


def _credit_closing(piece: str, lex: Lexicon) -> bool:
    """A line closing on a slash and an agency's or outlet's name ("... menuju Rusia dengan kereta/AGENSI"):
    a photo caption with its credit, no headline (a title names no source)."""
    m = _SLASH_CREDIT.search(piece)
    return m is not None and (m.group("credit").isupper() or _outlet_name(m.group("credit"), lex) is not None)


# What may stand before a title's first word: bracketed tags ("[VIDEO]", "(FOTO)") and marks ("!!!", "•").
# A line opening on an item number ("1. ...", "2) ..."): an item of a list (a page's menu of skip links above
# the title, a list in the body), never a headline.
_LIST_ITEM = re.compile(r"\s*\d{1,2}[.)]\s+\S")
_TITLE_TAG = re.compile(r"^\s*(?:(?:\[[^\]\n]{1,30}\]|\([^)\n]{1,30}\))\s*|[^\w\s\"“‘'\[(]+\s*)*")


def _minor(lex: Lexicon) -> frozenset[str]:
    """The minor words of a title in Title Case (furniture.yaml `title_case_minor_words`), lower case."""
    return lex.memo("layout.title_minor", lambda: frozenset(
        w.lower() for w in lex.words("furniture", "title_case_minor_words")))


def _looks_like_headline(text: str) -> bool:
    words = text.split()
    if not HEADLINE_WORDS[0] <= len(words) <= HEADLINE_WORDS[1]:
        return False
    if text.rstrip().endswith((".", ",", ";", ":")) or _LIST_ITEM.match(text):
        return False
    # Title case ("Korsel Desak Rusia ...") or sentence case ("Rusia tegaskan kerja sama ..."):
    # what matters is that it starts like a title and does not end like a sentence. A tag in
    # brackets or a run of marks before it ("[VIDEO] ...", "!!! ...") does not change that.
    opening = _TITLE_TAG.sub("", text)[:1]
    return opening.isupper() or opening.isdigit() or opening in "\"“‘'"


@dataclass
class _Page:
    """The state of find_layout over one article: its lines, and what the steps found so far."""

    text: str
    lex: Lexicon
    lines: list[_Line]
    furniture: list[Furniture] = field(default_factory=list)
    credits: list[Credit] = field(default_factory=list)
    captions: list[Span] = field(default_factory=list)
    trimmed: dict[int, Span] = field(default_factory=dict)    # line index -> its span, inline furniture cut
    header_dates: list[Span] = field(default_factory=list)
    published: Span | None = None
    holder: str | None = None           # the site a copyright line names as the holder
    chrome_outlet: str | None = None    # an outlet named in the page header, when no dateline names one
    lead_outlet: str | None = None      # an unknown word before the lead's dash: the outlet when nothing else names one
    content_idx: list[int] = field(default_factory=list)     # the lines still read as content
    dateline: Span | None = None
    outlet_span: Span | None = None
    outlet: str | None = None
    lead_index: int | None = None       # the line the dateline's lead opens
    headline: Span | None = None
    first_body: int | None = None       # the first line of the body

    def mark(self, line: _Line, rule: str, kind: str = "furniture") -> None:
        line.kind, line.rule = kind, rule
        span = _strip_span(self.text, line.span)
        if span:
            self.furniture.append(Furniture(span, rule))


def site_clock(layout: Layout, text: str) -> bool:
    """The publication line stands above the headline and gives no time of day: it may be the site's
    clock (a mirror's date of copying) rather than the article's date."""
    return (layout.published is not None and layout.headline is not None
            and layout.published.start < layout.headline.start
            and not _CLOCK_TIME.search(layout.published.of(text)))


def find_layout(article: Article, lex: Lexicon) -> Layout:
    """The page of an article: its steps, in order, each marking lines as furniture, credits,
    captions, the headline, the dateline, and cutting furniture off the body's lines."""
    _ruleset(lex, "line").forget()       # (what the lines hold is remembered for this page only)
    p = _Page(article.text, lex, _lines(article.text))
    for step in _STEPS:
        step(p)
    trimmed, lines, captions, furniture = p.trimmed, p.lines, p.captions, p.furniture
    credits = p.credits
    body = tuple(_midline_cut(p, trimmed[i]) for i in sorted(trimmed)
                 if lines[i].kind == "content" and trimmed[i] not in captions)
    body = tuple(part for parts in body for part in parts)
    furniture.sort(key=lambda f: (f.span.start, f.span.end))
    credits.sort(key=lambda c: (c.span.start, c.span.end))
    return Layout(headline=p.headline, outlet=p.outlet, outlet_span=p.outlet_span, dateline=p.dateline,
                  published=p.published, body=body, captions=tuple(sorted(captions, key=lambda c: c.start)),
                  furniture=tuple(furniture), credits=tuple(credits))


def _midline_cut(p: _Page, span: Span) -> list[Span]:
    """A body line with the furniture pasted inside it (`midline` rules) cut out: the parts around it."""
    rules = _ruleset(p.lex, "midline")
    if not rules.candidates(p.text, span.start, span.end):
        return [span]
    parts, start = [], span.start
    while True:
        rule, m = rules.first(p.text, start, span.end)
        if not rule:
            break
        cut = _strip_span(p.text, Span(m.start(), m.end()))
        if cut:
            p.furniture.append(Furniture(cut, f"midline:{rule['id']}"))
        before = _strip_span(p.text, Span(start, m.start()))
        if before:
            parts.append(before)
        start = m.end()
    after = _strip_span(p.text, Span(start, span.end))
    if after:
        parts.append(after)
    return parts


def _lead_ins(p: _Page) -> None:
    """Furniture glued to the start of a line, marked; the rest of the line is read on its own."""
    text, lex, lines, furniture, credits = p.text, p.lex, p.lines, p.furniture, p.credits
    # 0. Furniture glued to the start of a line (an index's date field, a header ending in a time zone,
    # a photo credit running into the dateline): marked, and the rest of the line is read on its own.
    for line in lines:
        if line.kind == "blank":
            continue
        found = _lead_in(line, lex)
        while found is not None:
            rule, cut, m = found
            piece = _strip_span(text, Span(line.span.start, line.span.start + cut))
            if piece:
                furniture.append(Furniture(piece, f"lead-in:{rule['id']}"))
            if m.groupdict().get("date") and p.published is None:
                p.published = Span(line.span.start + m.start("date"), line.span.start + m.end("date"))
            if m.groupdict().get("outlet") and p.holder is None:
                p.holder = m.group("outlet")      # (a logo's alt text: "situs news logo <lead>")
            if m.groupdict().get("name"):
                name = (m.group("name") + line.text[m.start("glued"):cut] if m.groupdict().get("glued")
                        else m.group("name")).strip()
                credits.append(Credit(piece or line.span, rule.get("role", "photo"), name))
            line.span, line.text = Span(line.span.start + cut, line.span.end), line.text[cut:]
            line.caption = line.caption or bool(rule.get("caption"))
            if not cut:
                break
            if not line.text.strip():
                line.kind, line.rule = "furniture", f"lead-in:{rule['id']}"
                break
            found = _lead_in(line, lex)


def _tail_markers(p: _Page) -> None:
    """Tail markers: everything from the marker on is furniture."""
    text, lex, lines = p.text, p.lex, p.lines
    # 1. Tail markers: everything from the marker on is furniture.
    for index, line in enumerate(lines):
        if line.kind == "blank" or line.span.start < TAIL_MIN_POSITION * len(text):
            continue
        hit, _ = _first_match(lex, "tail", line.text)
        if hit:
            for later in lines[index:]:
                if later.kind != "blank":
                    p.mark(later, f"tail:{hit['id']}")
            break


def _whole_lines(p: _Page) -> None:
    """Whole-line rules: header dates, furniture lines, teasers, credits (bylines)."""
    text, lex, lines, credits, header_dates = p.text, p.lex, p.lines, p.credits, p.header_dates
    # 2. Whole-line rules: credits (bylines), header dates, furniture lines, teasers.
    skip_next = block = skip_next_title = False
    block_lines = 0          # teaser headlines taken under the current label
    box: tuple[str, str] | None = None   # a credit line (its text, its rule) that the line under it may repeat
    for line in lines:
        if line.kind == "blank":
            # The list may start after a blank line under its label; it ends at the next one.
            block = block and block_lines == 0
            continue
        if line.kind != "content":
            continue
        if box is not None:
            (above, rule_above), box, below = box, None, line.text.strip()
            if len(below) >= REPEATED_CREDIT_CHARS and below in above:
                p.mark(line, rule_above)      # the author's post again under the portrait's caption
                continue
        if skip_next:
            skip_next = False
            if skip_next_title is False or _looks_like_headline(line.text):
                p.mark(line, "teaser:next-line")
                continue
        if block and not line.text.rstrip().endswith((".", "!", '"', "”")) \
                and not any(_first_match(lex, group, line.text)[0] for group in ("line", "teaser")):
            # The headlines listed under a "Pilihan Redaksi"/"Baca Juga" label, up to a blank line (a
            # headline may ask a question; a full stop closes prose).
            p.mark(line, "teaser:block")
            block_lines += 1
            continue
        block = False
        # A header date first (it may carry the reporter's name), then the furniture lines that say
        # what they are, and only then the bylines, some of which are guessed from a name's shape.
        rule, m = _first_match(lex, "header_date", line.text)
        if rule:
            header_dates.append(_strip_span(text, line.span) or line.span)
            if p.published is None:
                p.published = _strip_span(text, line.span)
            if m.groupdict().get("name"):
                credits.append(Credit(line.span, "author", m.group("name").strip()))
            if m.groupdict().get("editor"):
                credits.append(Credit(line.span, "editor", m.group("editor").strip()))
            if m.groupdict().get("segments") and p.chrome_outlet is None:
                p.chrome_outlet = _outlet_in_segments(m.group("segments"), lex)
            p.mark(line, f"header-date:{rule['id']}")
        if line.kind != "content":
            continue
        for group in ("line", "teaser"):
            rule, m = _first_match(lex, group, line.text)
            if rule and rule.get("first_line") and any(ln.kind != "blank" for ln in lines[:lines.index(line)]):
                rule = None       # (a logo's alt text names the site only at the top of the page)
            if rule:
                p.mark(line, f"{group}:{rule['id']}")
                if m.groupdict().get("outlet") and p.holder is None:
                    p.holder = m.group("outlet").strip().rstrip(".")
                skip_next = rule.get("next_line") in (True, "title")
                skip_next_title = rule.get("next_line") == "title"   # only a title-shaped line is its title
                block, block_lines = rule.get("next_line") == "block", 0
                break
        if line.kind != "content":
            continue
        rule, m = _first_match(lex, "credits", line.text)
        if rule:
            found = m.groupdict()
            credits.append(Credit(line.span, rule.get("role", "author"), found["name"].strip()))
            if found.get("editor"):
                credits.append(Credit(line.span, "editor", found["editor"].strip()))
            if found.get("outlet") and p.chrome_outlet is None:
                p.chrome_outlet = _outlet_name(found["outlet"], lex)
            p.mark(line, f"credit:{rule['id']}")
            if rule.get("next_line") == "repeated":
                box = (line.text, f"credit:{rule['id']}")


def _title_decorations(p: _Page) -> None:
    """What a site adds to the titles it prints: a bar or dash and its section closing the line
    ("<title> | Berita Dunia", "<title> – Dunia", with "Berita " before the title then too), or a bar
    and an ellipsis where an index cut it ("<title> |..."). Marked; the title is read without them."""
    text, lex = p.text, p.lex
    labels = lex.memo("layout.section_labels", lambda: alternation(list(lex.words("furniture", "section_labels"))))
    rx = lex.memo("layout.title_decoration", lambda: re.compile(
        rf"(?P<suffix>\s*\|\s*(?:\.{{3}}|…)\s*$|\s+[|–—-]\s*(?P<section>(?:(?i:{labels})\s+)?(?:"
        + r"(?i:" + alternation(list(lex.words("furniture", "section_names")), ignore_case=True) + r")))\s*$"
        + r"|\s+[|–—-]\s*(?P<site>(?i:" + _outlet_pattern(lex) + r"))\s*$)"))
    opening = lex.memo("layout.section_label_opening", lambda: re.compile(rf"\s*(?i:{labels})\s+(?=\S)"))
    reading = lex.memo("layout.title_label", lambda: re.compile(
        r"\s*(?i:" + alternation(list(lex.words("furniture", "title_labels")), ignore_case=True) + r")\s*:\s*(?=\S)"))
    for line in p.lines:
        # "Reading: <title>": the label of a theme's sticky bar before the title, cut off it.
        if line.kind == "content" and (m := reading.match(line.text)) and _looks_like_headline(line.text[m.end():]):
            p.furniture.append(Furniture(Span(line.span.start + m.start(), line.span.start + m.end()), "title-label"))
            line.span = Span(line.span.start + m.end(), line.span.end)
            line.text = line.text[m.end():]
        if line.kind != "content" or not _DECORATION_MARK.search(line.text):
            continue      # (no bar, and no dash after a space: no decoration; one quick scan, asked first)
        if len(line.text.split()) > HEADLINE_WORDS[1] + 3:
            continue
        m = rx.search(line.text)
        if m is None or not line.text[:m.start()].strip():
            continue
        if m.group("site"):
            if not _looks_like_headline(line.text[:m.start()]):
                continue      # ("... kata juru bicara itu kepada - Situs.com": prose)
            # "<title> | Situs.com": the page's title with its site, which names the outlet.
            p.chrome_outlet = p.chrome_outlet or _outlet_name(m.group("site"), lex)
        cut = _strip_span(text, Span(line.span.start + m.start(), line.span.end))
        if cut:
            p.furniture.append(Furniture(cut, "title-decoration"))
        keep = m.start()
        start = 0
        prefix = opening.match(line.text) if m.group("section") else None
        if prefix and _looks_like_headline(line.text[prefix.end():keep]):
            p.furniture.append(Furniture(Span(line.span.start + prefix.start(), line.span.start + prefix.end() - 1),
                                         "title-decoration"))
            start = prefix.end()
        line.span = Span(line.span.start + start, line.span.start + keep)
        line.text = line.text[start:keep]


def _repeated_lines(p: _Page) -> None:
    """Repeated and truncated lines."""
    lines = p.lines
    # 3. Repeated and truncated lines (a headline or caption shown twice, an alt text cut short).
    seen: dict[str, int] = {}
    contents = [ln for ln in lines if ln.kind in ("content",)]
    keys = [" ".join(ln.text.split()) for ln in contents]     # (marking a line leaves its text as it is)
    for line, key in zip(contents, keys):
        if len(key) >= MIN_REPEAT_CHARS and key in seen:
            p.mark(line, "repeated-line")
        else:
            seen.setdefault(key, line.span.start)
    # The lines in sorted order: the ones a key begins are found by a bisection, not a scan per line.
    longer = sorted({key for ln, key in zip(contents, keys) if ln.kind == "content"})
    for line, key in zip(contents, keys):
        if line.kind != "content":
            continue
        if len(key) >= MIN_REPEAT_CHARS and _begins_another(key, longer) \
                and not _title_over_caption(key, longer, seen, p.lex):
            # A cut-off copy of a longer line ("... apa yang dikat") or a headline repeated as alt text.
            p.mark(line, "truncated-line")
        elif _decorated_copy(key, seen):
            # The title again with the photo's credit after it ("<title> /AGENSI/"): a caption.
            p.mark(line, "repeated-line")
        elif (cut := _caption_twice(line.text)) is not None:
            # A caption, its credit glued to its end and the caption again ("<caption>.Agensi <caption>"),
            # as a page prints a photo's alt text beside its caption: the credit and the copy are furniture,
            # the caption stays.
            span = _strip_span(p.text, Span(line.span.start + cut, line.span.end))
            if span:
                p.furniture.append(Furniture(span, "caption-copy"))
            line.span = Span(line.span.start, line.span.start + cut)
            line.text = line.text[:cut]
            line.caption = True
    # The page's first lines: a line whose words all stand inside the line right above it, after a name
    # and before a credit ("Nama, Profesor di X. Foto/istimewa" then "Profesor di X"): the photo's
    # caption or an author box shown again, no title.
    head = [(ln, key) for ln, key in zip(contents, keys)][:DATELINE_LINES]
    for (above, above_key), (line, key) in zip(head, head[1:]):
        if line.kind == "content" and len(key) >= MIN_REPEAT_CHARS and len(above_key) > len(key) \
                and not key.endswith(_SENTENCE_END) and _inside_words(key, above_key):
            p.mark(line, "repeated-line")
    # A breadcrumb run into the title ("HomeRubrikJudul ..."), the title again on its own line: the glued
    # copy is the page's chrome (dashes of either length alike; the glued part at most GLUED_CHROME chars).
    dashless = {_dashes_alike(key) for ln, key in zip(contents, keys) if ln.kind == "content"}
    # (a glued copy's title is one of these lines: where it may start in a line follows from their lengths)
    lengths = sorted({len(key) for key in dashless if len(key) >= MIN_REPEAT_CHARS})
    for line, key in zip(contents, keys):
        if line.kind != "content":
            continue
        key = _dashes_alike(key)
        if not key.endswith(_SENTENCE_END) and _glued_copy(key, dashless, lengths):
            p.mark(line, "glued-copy")
    # The page cut inside its last line, a copy of a line already furniture (a sign-up prompt again).
    last = next((ln for ln in reversed(lines) if ln.kind != "blank"), None)
    if last is not None and last.kind == "content" and not last.text.rstrip().endswith(_SENTENCE_END):
        key = " ".join(last.text.split())
        if len(key) >= MIN_REPEAT_CHARS and any(
                ln.kind == "furniture" and ln is not last and " ".join(ln.text.split()).startswith(key) for ln in lines):
            p.mark(last, "truncated-line")


def _inline_furniture(p: _Page) -> None:
    """Inline furniture closing a paragraph, photo credits; the body's spans."""
    text, lex, lines, furniture = p.text, p.lex, p.lines, p.furniture
    credits, captions, trimmed = p.credits, p.captions, p.trimmed
    # 4. Inline furniture: agency codes and reporter names closing a paragraph; photo credits.
    bracket_open = False     # a paragraph closed with "(Baca juga:": the next line is the teaser, up to ")"
    for index, line in enumerate(lines):
        if line.kind == "blank":
            continue
        if bracket_open and line.kind == "content" and line.text.rstrip().endswith(")") and "(" not in line.text:
            p.mark(line, "teaser:bracketed")
        bracket_open = False
        if line.kind != "content":
            continue
        span = line.span
        rule, m = _first_match(lex, "caption_credit", line.text)
        if rule:
            credit = Span(span.start + m.start(), span.start + m.end())
            name = (m.groupdict().get("name") or m.group(0)).strip()
            credits.append(Credit(_strip_span(text, credit) or credit, rule.get("role", "photo"), name))
            furniture.append(Furniture(_strip_span(text, credit) or credit, f"caption-credit:{rule['id']}"))
            span = Span(span.start, credit.start)
            if len(text[span.start:span.end].split()) <= CAPTION_MAX_WORDS:
                line.kind = "caption"
        inline = _ruleset(lex, "inline")
        may = inline.candidates(text, span.start, span.end)      # (asked again when the span is cut)
        for index_, (rule, rx) in enumerate(inline.rules):
            m = rx.search(text, span.start, span.end) if index_ in may else None
            if m and m.end() == span.end or (m and not text[m.end():span.end].strip()):
                cut = _strip_span(text, Span(m.start(), m.end()))
                if cut:
                    furniture.append(Furniture(cut, f"inline:{rule['id']}"))
                    if "name" in (m.groupdict() or {}) and m.group("name"):
                        credits.append(Credit(cut, rule.get("role", "reporter"), m.group("name")))
                bracket_open = bracket_open or rule.get("next_line") == "closing-bracket"
                span = Span(span.start, m.start())
                may = inline.candidates(text, span.start, span.end)
        stripped = _strip_span(text, span)
        if stripped is None:
            line.kind = "furniture"
            continue
        trimmed[index] = stripped
        if line.caption:
            line.kind = "caption"
        if line.kind == "caption":
            captions.append(stripped)


def _dateline(p: _Page) -> None:
    """Dateline and outlet."""
    text, lex, lines, trimmed = p.text, p.lex, p.lines, p.trimmed
    # 5. Dateline and outlet: "CITY, OUTLET - ", "OUTLET, CITY - ", "CITY (AGENCY) - ", "CITY - ".
    p.content_idx = [i for i, ln in enumerate(lines) if ln.kind == "content" and i in trimmed]
    p.dateline = p.outlet_span = p.outlet = p.lead_index = None
    header_names: list[str] = []     # the site's own name as the page header spells it ("NamaSitus.co.id")
    rank, in_box = -1, False    # the line's rank among the first lines, a highlights box's points counted as one
    for n, i in enumerate(p.content_idx[:DATELINE_OWN_LINES]):
        # The points of a highlights box above the lead (bullet lines) are one block, not lines of the
        # page's header: they do not push the lead out of the first lines.
        point = _BULLET.match(trimmed[i].of(text)) is not None
        if not (point and in_box):
            rank += 1
        in_box = point
        found = _find_dateline(text, trimmed[i], lex, header_names)
        if rank >= DATELINE_LINES and not (found and found[0] is not None and found[3] >= trimmed[i].end
                                        and _known_place(found[0].of(text), lex)) \
                and not (found and found[0] is None and found[1] is not None and found[2] is not None
                         and _outlet_name(found[2].of(text), lex)):
            continue     # further down, only a known place's dateline on its own line, or a known outlet's lead-in
            #              ("SITUS.COM - <lead>" below a caption and an editor's line)
        named = _outlet_name(trimmed[i].of(text), lex)
        if named:
            header_names.append(trimmed[i].of(text))
        if found and found[3] >= trimmed[i].end and n + 1 >= len(p.content_idx):
            found = None   # a dateline alone on the last line has no lead to open
        if found and found[1] is None and found[0] is not None and not _known_place(found[0].of(text), lex) \
                and found[3] < trimmed[i].end and _outlet_dateline_below(p, n, header_names):
            # "MEREK – <title>" above "KOTA, OUTLET – <lead>": a word glued before the title with a dash (a
            # spam or section prefix), not the dateline; the outlet's dateline below is the page's.
            prefix = _strip_span(text, Span(trimmed[i].start, found[3]))
            if prefix:
                p.furniture.append(Furniture(prefix, "lead-in:title-prefix"))
            trimmed[i] = Span(found[3], trimmed[i].end)
            continue
        if found and found[1] is None and found[0] is not None and not _known_place(found[0].of(text), lex) \
                and found[3] < trimmed[i].end \
                and _title_case(text[found[3]:trimmed[i].end].strip(), _minor(lex), closing="?!"):
            # "Namasitus – <Title Case subhead>": a title after the dash, no lead of prose: the site's name
            # branding its subhead, not a dateline (below the body's first paragraph: a subhead, skipped).
            if _prose_above(p, n):
                continue
            p.chrome_outlet = p.chrome_outlet or found[0].of(text).strip()
            prefix = _strip_span(text, Span(trimmed[i].start, found[3]))
            if prefix:
                p.furniture.append(Furniture(prefix, "lead-in:site-prefix"))
            trimmed[i] = Span(found[3], trimmed[i].end)
            continue
        if found and found[1] is None and found[0] is not None and _capitals_brand(text, found[0].of(text), lex) \
                and not text[found[0].end:found[3]].strip(" \t-–—|l"):
            # "NAMASITUS - <lead>": an unknown name in capitals, never written as a place: the outlet.
            found = (None, found[0].of(text).strip(), found[0], *found[3:])
        if found and _lead_site(text, found, lex):
            # "Namasitus - <lead>": the site's name opening its lead, no dateline; the outlet unless the page
            # names one elsewhere.
            p.lead_outlet = found[0].of(text).strip()
            found = (None, None, None, *found[3:])
        if found:
            p.dateline, p.outlet, p.outlet_span, lead_start, dated = found
            if p.published is None and dated is not None:
                p.published = dated      # "KOTA, 12 Mei 2025 -": the dateline carries the day
            p.lead_index = i
            if lead_start >= trimmed[i].end:
                # The dateline has its own line; the lead is the next paragraph.
                lines[i].kind = "dateline"
                del trimmed[i]
            else:
                trimmed[i] = Span(lead_start, trimmed[i].end)
            break
    if p.dateline is None:
        _caption_then_dateline(p)
    if p.dateline is not None and p.published is not None and p.published.start > p.dateline.end \
            and p.published in p.header_dates and not _CLOCK.search(text, p.published.start, p.published.end):
        # A bare date alone on a line below the dateline's lead (no time of day) dates a teaser of
        # another story, not the page.
        p.published = None

    p.content_idx = [i for i in p.content_idx if i in trimmed]


def _prose_above(p: _Page, n: int) -> bool:
    """A paragraph of prose (a sentence of a lead's length, closed by a full stop) among the first n content
    lines: the body has begun, and a line below it is the body's (a subhead), not the page's header."""
    for i in p.content_idx[:n]:
        piece = p.trimmed[i].of(p.text).rstrip() if i in p.trimmed else ""
        if piece.endswith(".") and len(piece.split()) >= 2 * LEAD_MIN_WORDS:
            return True
    return False


def _caption_then_dateline(p: _Page) -> None:
    """`Caption. (Sumber: AGENSI)KOTA - Lead` on one of the first content lines: the caption (its words
    count), the credit (furniture), the dateline, and the lead after the dash as the line's body."""
    for i in p.content_idx[:DATELINE_LINES]:
        span = p.trimmed.get(i)
        if span is None:
            continue
        rule, m = _first_match(p.lex, "caption_then_dateline", span.of(p.text))
        if not rule:
            continue
        at = span.start
        p.captions.append(Span(at + m.start("caption"), at + m.end("caption")))
        credit = Span(at + m.start("credit"), at + m.end("credit"))
        p.furniture.append(Furniture(credit, f"caption-credit:{rule['id']}"))
        p.credits.append(Credit(credit, "photo", m.group("name").strip()))
        p.dateline, p.lead_index = Span(at + m.start("city"), at + m.end("city")), i
        p.trimmed[i] = Span(at + m.end(), span.end)
        return


# A time of day in a date line ("21:33", "09.15"): a page's own stamp.
_CLOCK = re.compile(r"(?<!\d)\d{1,2}[:.]\d{2}(?!\d)")


def _outlet_dateline_below(p: _Page, n: int, header_names: list[str]) -> bool:
    """Whether one of the first content lines after the n-th opens with a dateline naming an outlet."""
    for i in p.content_idx[n + 1:DATELINE_LINES]:
        found = _find_dateline(p.text, p.trimmed[i], p.lex, header_names)
        if found and found[1] is not None:
            return True
    return False


def _title_glued_to_caption(p: _Page) -> None:
    """"<Title in Title Case>Ilustrasi — <caption>" on one of the first lines, above the lead: the title with the
    lead picture's caption glued on, its label's capital right after the title's last letter. The title stays
    the line (for the headline step); the caption is a caption."""
    end = p.lead_index if p.lead_index is not None else len(p.lines)
    rx = p.lex.memo("layout.glued_caption", lambda: re.compile(
        rf"(?P<title>[^\n]{{10,200}}?[a-z0-9])(?:{alternation(list(p.lex.words('furniture', 'glued_caption_labels')))})"
        r"[ \t]*[-–—:][ \t]*(?P<caption>\S[^\n]*)"))
    first = [i for i, ln in enumerate(p.lines[:end]) if ln.kind in ("content", "caption") and i in p.trimmed]
    for i in first[:DATELINE_LINES]:
        span = p.trimmed[i]
        m = rx.match(p.text, span.start, span.end)
        if m is None or m.end() != span.end:
            continue
        title = m.group("title")
        if _looks_like_headline(title) and _title_case(title, _minor(p.lex)):
            # (the line read as a caption whole, its credit closing it: the caption is only its end)
            p.captions = [c for c in p.captions if not (span.start <= c.start < span.end)]
            p.captions.append(Span(m.start("caption"), m.end("caption")))
            p.trimmed[i] = Span(m.start("title"), m.end("title"))
            p.lines[i].kind = "content"
            p.content_idx = sorted({*p.content_idx, i})
            return


def _page_chrome(p: _Page) -> None:
    """Page chrome above the headline: the site's name, a section label."""
    text, lex, lines, furniture, trimmed = p.text, p.lex, p.lines, p.furniture, p.trimmed
    # 6. Page chrome above the headline: the site's name, a section label ("Internasional").
    # 6a. A ticker of other stories' headlines run into one line above the lead: longer than any
    #     headline, and written in Title Case throughout.
    minor = lex.memo("layout.title_minor", lambda: frozenset(
        w.lower() for w in lex.words("furniture", "title_case_minor_words")))
    for i in p.content_idx[:DATELINE_LINES]:
        if i == p.lead_index:
            break
        piece = trimmed[i].of(text)
        words = len(piece.split())
        if words > HEADLINE_WORDS[1] and _title_case(
                piece, minor, closing="!?", max_lower=max(TITLE_CASE_MAX_LOWER, words // TICKER_WORDS_PER_SLIP)):
            p.mark(lines[i], "teaser:ticker")
    p.content_idx = [i for i in p.content_idx if lines[i].kind == "content"]
    chrome: list[str] = []
    for i in p.content_idx:
        piece = trimmed[i].of(text)
        named = _outlet_name(piece, lex) or _tagline_outlet(piece, p.outlet, lex) or _outlet_sections(piece, lex)
        words = [w for w in piece.split() if any(c.isalnum() for c in w)]     # not the "-" of "Nasional - Asia"
        if i == p.lead_index or (len(words) > CHROME_WORDS and not named and not _SECTION_PATH.fullmatch(piece)) \
                or piece.endswith((".", "!", "?")):
            break
        if p.chrome_outlet is None:
            p.chrome_outlet = named or _logo_then_title(chrome, piece, lex)
        chrome.append(piece)
        p.mark(lines[i], "page-chrome")
        furniture.sort(key=lambda f: f.span.start)
    # The site's domain alone on a line among the first lines, even under a caption: chrome naming the outlet.
    for i in p.content_idx[:DATELINE_LINES]:
        piece = trimmed[i].of(text)
        if i == p.lead_index:
            break
        if lines[i].kind == "content" and len(piece.split()) == 1 and _domain_shaped(piece, lex):
            p.chrome_outlet = p.chrome_outlet or _outlet_name(piece, lex)
            p.mark(lines[i], "page-chrome")
    furniture.sort(key=lambda f: f.span.start)
    p.content_idx = [i for i in p.content_idx if lines[i].kind == "content"]
    if p.outlet is None and p.chrome_outlet is not None:
        p.outlet = p.chrome_outlet
    elif p.outlet is not None and p.chrome_outlet is not None and p.outlet_span is not None \
            and fold(p.chrome_outlet) != fold(p.outlet) \
            and fold(p.chrome_outlet).startswith(fold(p.outlet_span.of(text))):
        # "CITY, BRAND -" under a header naming the brand's own site ("Brand.id"): the site is the outlet.
        p.outlet = p.chrome_outlet


_LOWER_WORD = re.compile(r"[^\W\d_A-Z]+", re.UNICODE)


def _runs_on(lines: list, i: int) -> bool:
    """Line i is a sentence broken over lines: the next line goes on with it in lower case and runs as
    long as prose ("Pada hari ini, menurut kantor berita X, Kementerian Y" / "memprotes duta besar ...")."""
    if i + 1 >= len(lines):
        return False
    following = lines[i + 1].text.split()
    # (a first word with a dot or a capital inside is a site's name opening the lead: "jpnn.com, SEOUL -")
    return bool(following) and _LOWER_WORD.fullmatch(following[0]) is not None and len(following) > HEADLINE_WORDS[0] * 2


def _headline(p: _Page) -> None:
    """Headline: a title-shaped line before the lead (or before the first paragraph)."""
    text, lex, lines, furniture = p.text, p.lex, p.lines, p.furniture
    trimmed, header_dates = p.trimmed, p.header_dates
    # 7. Headline: a title-shaped line before the lead (or before the first paragraph).
    p.headline = None
    p.first_body = p.lead_index
    if p.first_body is None:
        p.first_body = next((i for i in p.content_idx
                           if not _looks_like_headline(lines[i].text) and len(lines[i].text.split()) > 8), None)
    candidates = []
    for i in p.content_idx:
        if p.first_body is not None and i >= p.first_body:
            break
        piece = trimmed[i].of(text)
        if _looks_like_headline(piece) and not _caption_marked(piece, lex) and not _runs_on(lines, i):
            candidates.append(i)
        elif _LIST_ITEM.match(piece) and not candidates:
            continue    # a numbered menu above the title ("1. <skip to content>"): chrome, the title may follow
        elif _credit_closing(piece, lex) and not candidates:
            continue    # the lead picture's caption, its credit glued on, above the title: the title may follow
        elif len(piece.split()) > CHROME_WORDS:
            # A standfirst or caption before any headline means none; after one, the title block ends.
            break
    if candidates:
        # The page prints its title twice (the title, then the title again as the image's alt text or
        # the share title): a candidate repeated further down is the headline. Otherwise the first,
        # unless it is a short kicker ("Konflik Kawasan") right above a longer title-shaped line.
        # A copy right under the line (blank lines aside) is a caption and its alt text, not the title
        # shown again: it counts only for the first candidate.
        copies = {}
        for j, ln in enumerate(lines):
            if ln.rule == "repeated-line":
                copies.setdefault(" ".join(ln.text.split()), []).append(j)

        def shown_twice(i: int) -> bool:
            later = [j for j in copies.get(" ".join(trimmed[i].of(text).split()), []) if j > i]
            return bool(later) and (i == candidates[0]
                                    or any(lines[k].kind != "blank" for k in range(i + 1, later[0]))) \
                and not _photo_credit_between(lines, i, later[0])
        # The first title-shaped line, the page's date line with its time right under it: the title, whatever
        # is shown twice below the date (a gallery's captions).
        chosen = candidates[0] if _dated_below(p, candidates[0]) else None
        if chosen is None:
            chosen = next((i for i in candidates if shown_twice(i)), None)
        if chosen is None:
            chosen = candidates[0]
            title = trimmed[candidates[1]].of(text) if len(candidates) > 1 else ""
            if title and len(trimmed[chosen].of(text).split()) <= KICKER_WORDS \
                    and len(title.split()) >= KICKER_TITLE_MIN_WORDS and not _NAME_LINE.fullmatch(title) \
                    and not any(lines[j].kind == "content" for j in p.content_idx if chosen < j < candidates[1]):
                chosen = candidates[1]
        if _mid_article(p, chosen) or _one_of_question_subheads(p, chosen):
            p.mark(lines[chosen], "subhead:mid-article")
            return
        p.headline = _one_copy(text, trimmed[chosen])
        lines[chosen].kind = "headline"
        # A bare date above the headline is the site's clock (today's date in the page header); the
        # article's own date line stands under its headline. A stamp with a time above it stays.
        below = [span for span in header_dates if span.start > p.headline.start]
        if below and p.published is not None and p.published.start < p.headline.start \
                and not _CLOCK_TIME.search(p.published.of(text)):
            p.published = below[0]
        # Nothing of the article stands above its headline: what is left there is the site's chrome
        # (a kicker, a series name, a section label).
        for i in p.content_idx:
            if i >= chosen:
                break
            if lines[i].kind == "content":
                p.mark(lines[i], "page-chrome:above-headline")
                p.outlet = p.outlet or _outlet_written(trimmed[i].of(text), lex)
        furniture.sort(key=lambda f: f.span.start)
        p.content_idx = [i for i in p.content_idx if lines[i].kind in ("content", "headline")]


def _one_copy(text: str, span: Span) -> Span:
    """A title printed twice with nothing between ("<Title><Title>": the title and its alt text run together):
    the first copy; any other line as it is."""
    piece = span.of(text)
    half = len(piece) // 2
    if len(piece) % 2 == 0 and half >= 10 and piece[:half] == piece[half:]:
        return Span(span.start, span.start + half)
    return span


def _photo_credit_between(lines: list[_Line], first: int, copy: int) -> bool:
    """A line, a photo's credit line ("Foto: AGENSI/Nama") and the line again: a picture's caption printed
    above and below its credit (as its alt text), not the title shown twice."""
    between = [ln for ln in lines[first + 1:copy] if ln.kind != "blank"]
    return bool(between) and all((ln.rule or "").startswith("credit:photographer") for ln in between)


# A title glued before its lead on one line has at least this many words.
GLUED_TITLE_MIN_WORDS = 5
_GLUED_TITLE = re.compile(r"(?P<title>[^.!?\n]{10,200}?)\.[ \t]+(?=[A-Z\"“])")


def _glued_title(p: _Page) -> None:
    """No headline above the body, and the first line of the body opens on a sentence in Title Case, every
    word that counts capitalised (a sentence of prose full of names still has its verb in lower case), then
    prose ("Lurinia Kirim Kapal ke Varna Pekan Ini. Angkatan laut Lurinia mengirim ..."): the page's title
    pasted onto its lead, the headline; the lead starts after it."""
    i = p.lead_index if p.lead_index is not None else p.first_body
    if p.headline is not None or i is None or i not in p.trimmed or p.lines[i].kind != "content":
        return
    span = p.trimmed[i]
    m = _GLUED_TITLE.match(p.text, span.start, span.end)
    if m is None:
        return
    title, rest = m.group("title").strip(), p.text[m.end():span.end]
    abbreviations = p.lex.memo("layout.abbreviations", lambda: frozenset(
        a.lower().rstrip(".") for a in p.lex.words("segment", "abbreviations")))
    if title.split()[-1].lower() in abbreviations or len(title.split()[-1]) == 1:
        return          # "... Palembang, Dr. Nama": a title's abbreviation or an initial, no full stop
    minor = _minor(p.lex)
    first = re.split(r"(?<=[.!?])\s", rest, maxsplit=1)[0]
    if len(title.split()) < GLUED_TITLE_MIN_WORDS or not _title_case(title, minor, max_lower=0) \
            or len(first.split()) < LEAD_MIN_WORDS or _title_case(first.rstrip(".!?"), minor):
        return
    p.headline = _strip_span(p.text, Span(m.start("title"), m.end("title")))
    p.trimmed[i] = Span(m.end(), span.end)


# A section's subhead has at most this many words (a headline has 7 or more in nearly every page read).
SUBHEAD_MAX_WORDS = 6


def _mid_article(p: _Page, chosen: int) -> bool:
    """The first paragraph below the chosen line opens on a word that goes on from a paragraph before it
    (furniture.yaml continuation_openers: "Sementara itu, ..."): the pasted text begins mid-article, and the
    line is a section's subhead."""
    rx = p.lex.memo("layout.continuation", lambda: re.compile(
        rf"\s*(?:{alternation(list(p.lex.words('furniture', 'continuation_openers')), ignore_case=True)})\s*,",
        re.IGNORECASE))
    if len(p.trimmed[chosen].of(p.text).split()) > SUBHEAD_MAX_WORDS:
        return False      # a line of a headline's length is the page's title, however the body opens
    below = next((i for i in p.content_idx if i > chosen and p.lines[i].kind == "content"), None)
    return below is not None and below == p.first_body and rx.match(p.text, p.trimmed[below].start) is not None


# A question standing alone as a section's subhead has at most this many words.
QUESTION_SUBHEAD_MAX_WORDS = 10


def _one_of_question_subheads(p: _Page, chosen: int) -> bool:
    """The chosen line a question in sentence case ("Bagaimana hal itu memengaruhi ...?"), and a question of
    the same shape stands alone between the paragraphs below: an explainer's section subheads, the page
    pasted from one of them on; no title."""
    piece = p.trimmed[chosen].of(p.text).strip()
    if not _one_question(piece) or _title_case(piece.rstrip("?"), _minor(p.lex)):
        return False
    for i in p.content_idx:
        if i <= chosen + 1 or p.lines[i].kind != "content":
            continue
        line = p.trimmed[i].of(p.text).strip()
        if _one_question(line) and len(line.split()) <= QUESTION_SUBHEAD_MAX_WORDS and line[:1].isupper() \
                and not _title_case(line.rstrip("?"), _minor(p.lex)):
            return True
    return False


def _one_question(piece: str) -> bool:
    """One sentence, a question: no sentence's end before its question mark ("Apa artinya?", not "X terjadi.
    Lalu apa?" nor "Mengapa A? Atau B?")."""
    return piece.endswith("?") and not re.search(r"[.!?…]", piece[:-1])


def _dated_below(p: _Page, i: int) -> bool:
    """The page's date line with its time of day stands right under line i (blank lines aside): the
    article's title, which the page dates under it ("<Title>" / "<weekday>, 15 <month> 2023 - 13:32 WIB")."""
    below = next((ln for ln in p.lines[i + 1:] if ln.kind != "blank"), None)
    return (below is not None and below.rule.startswith("header-date:")
            and _CLOCK_TIME.search(below.text) is not None)


def _byline(p: _Page) -> None:
    """A bare name alone on its line between the headline and the lead is the byline."""
    text, lex, lines, credits, trimmed = p.text, p.lex, p.lines, p.credits, p.trimmed
    # 8. A bare name alone on its line between the headline and the lead is the byline.
    if p.headline is not None and p.first_body is not None:
        for i in p.content_idx:
            if lines[i].kind != "content" or not p.headline.start < lines[i].span.start < lines[p.first_body].span.start:
                continue
            piece = trimmed[i].of(text)
            named = _outlet_name(piece, lex)
            if named is not None:
                # The site's name alone under the byline ("BBC News Indonesia"): chrome naming the outlet.
                p.outlet = p.outlet or named
                p.mark(lines[i], "page-chrome")
            elif _NAME_LINE.fullmatch(piece):
                credits.append(Credit(trimmed[i], "author", piece))
                p.mark(lines[i], "credit:bare-name")


def _deck(p: _Page) -> None:
    """Bullet lines and prose between the headline and the dateline's lead."""
    text, lines, captions, trimmed = p.text, p.lines, p.captions, p.trimmed
    # 8a. Bullet lines between the headline and the dateline's lead: the page's highlights box, a
    # summary of the article printed again above it (often glued to the sections' first words).
    if p.lead_index is not None:
        for i in p.content_idx:
            if i >= p.lead_index:
                break
            if lines[i].kind == "content" and (p.headline is None or lines[i].span.start > p.headline.start) \
                    and _BULLET.match(trimmed[i].of(text)):
                p.mark(lines[i], "deck-bullet")
        # The article's body starts at its dateline: prose between the headline and the dateline's
        # lead is a photo caption or a standfirst. Its words still count; no summary opens with it.
        for i in p.content_idx:
            if i >= p.lead_index:
                break
            if lines[i].kind == "content" and p.headline is not None and lines[i].span.start > p.headline.start:
                lines[i].kind = "caption"
                captions.append(trimmed[i])


def _title_lines(p: _Page) -> None:
    """Title Case lines in the body area: teaser headlines, section headlines."""
    text, lex, lines, furniture, trimmed = p.text, p.lex, p.lines, p.furniture, p.trimmed
    # 8b. Title Case lines in the body area: teaser headlines no label announced, section headlines.
    if p.headline is not None or p.first_body is not None:
        after = p.headline.start if p.headline is not None else lines[p.first_body].span.start - 1
        minor = lex.memo("layout.title_minor", lambda: frozenset(
            w.lower() for w in lex.words("furniture", "title_case_minor_words")))
        # A run of two or more bulleted lines, each a title (it may close with "?" or "!"), one at least of a
        # headline's length and none shorter than a short one's: a teaser list. Not the items of a list a
        # line ending with ":" introduces (a delegation's members in Title Case).
        run: list[int] = []
        full = False        # an item of the run has a headline's length
        for n, i in enumerate(p.content_idx + [-1]):
            m = _BULLET.match(trimmed[i].of(text)) if i in trimmed and lines[i].kind == "content" \
                and lines[i].span.start > after else None
            item = trimmed[i].of(text)[m.end():].strip() if m else ""
            if m and len(item.split()) >= TEASER_ITEM_SHORT_WORDS and _title_case(item, minor, closing="?!"):
                if run and not all(lines[j].kind == "blank" for j in range(run[-1] + 1, i)):
                    run, full = [], False
                if not run and n and trimmed[p.content_idx[n - 1]].of(text).rstrip().endswith((":", "：")):
                    continue
                run.append(i)
                full = full or len(item.split()) >= TEASER_ITEM_MIN_WORDS
                continue
            if len(run) >= 2 and full:
                for j in run:
                    p.mark(lines[j], "teaser:bullet-list")
            run, full = [], False
        previous = ""
        in_list = False      # the items of a list that a line ending with ":" introduces stay in the body
        for i in p.content_idx:
            line = lines[i]
            if line.span.start <= after or i not in trimmed:
                continue
            piece = trimmed[i].of(text).strip()
            if line.kind == "content" and _title_case(piece, minor, closing="?"):
                if p.headline is None and _restates_lead(p, piece):
                    # The page's title printed below its lead, which says the same words: the headline.
                    p.headline, line.kind = trimmed[i], "headline"
                elif not in_list and not previous.endswith((":", "：")):
                    p.mark(line, "title-case-line")
                else:
                    in_list = True
            else:
                in_list = False
            previous = piece
        furniture.sort(key=lambda f: f.span.start)


def _restates_lead(p: _Page, piece: str) -> bool:
    """Whether a Title Case line says, word for word (case aside), what the first sentence of the lead
    after the dateline says ("Rusia Kirim Minyak ke Korut" under "OUTLET - Rusia kirim minyak ke Korut.")."""
    if p.lead_index is None or p.lead_index not in p.trimmed:
        return False
    lead = p.trimmed[p.lead_index].of(p.text)
    first = re.split(r"(?<=[.!?])\s", lead, maxsplit=1)[0]
    words = [fold(m.group()) for m in document.WORD.finditer(piece)]
    return len(words) >= KICKER_TITLE_MIN_WORDS and words == [fold(m.group()) for m in document.WORD.finditer(first)]


# A quote cut by the end of the pasted text says something from this many words on (`“Selagi Ki` does not).
CUT_QUOTE_WORDS = 3


def _trailing_tags(p: _Page) -> None:
    """Short unpunctuated lines closing the page: tags, topics."""
    lines = p.lines
    # 9. Short unpunctuated lines closing the page, after the last paragraph: tags, topics.
    tail_lines = [ln for ln in lines if ln.kind == "content"]
    if len(tail_lines) > 1:
        trailing = []
        for line in reversed(tail_lines[1:]):
            piece = line.text.strip()
            if len(piece.split()) > TRAILING_TAG_WORDS or piece.endswith(_SENTENCE_END):
                break
            if (piece[:1] in document.DOUBLE_OPENERS + document.STRAIGHT_QUOTE and piece[1:2].isalpha()
                    and len(piece.split()) >= CUT_QUOTE_WORDS):
                break     # a quote cut by the end of the pasted text ('“Bantuan X bisa sangat'): body, no tag
            trailing.append(line)
        if len(trailing) < len(tail_lines) - 1:
            for line in trailing:
                p.mark(line, "trailing-tags")


def _closing_captions(p: _Page) -> None:
    """Captions closing the page after a teaser headline."""
    lines, furniture, captions, trimmed = p.lines, p.furniture, p.captions, p.trimmed
    # 9b. Captions closing the page after a teaser headline, with no paragraph after them: the teaser's
    # picture and its caption, not the article's.
    pending: list[int] = []
    for i in range(len(lines) - 1, -1, -1):
        line = lines[i]
        if line.kind == "caption":
            pending.append(i)
        elif line.kind == "furniture" and (line.rule == "title-case-line" or line.rule.startswith("teaser:")):
            for j in pending:
                lines[j].kind = "furniture"
                if j in trimmed:
                    furniture.append(Furniture(trimmed[j], "teaser:caption"))
                    if trimmed[j] in captions:
                        captions.remove(trimmed[j])
            break
        elif line.kind not in ("blank", "furniture"):
            break


def _outlet(p: _Page) -> None:
    """The outlet named by the page's own prompts and credits."""
    text, lex, lines, furniture = p.text, p.lex, p.lines, p.furniture
    credits, trimmed = p.credits, p.trimmed
    # 10. The outlet named by the page's own prompts and credits, when no header or dateline names it.
    if p.outlet is None:
        p.outlet = _outlet_in_furniture(text, furniture, credits, lex)
    if p.outlet is None and p.holder is not None:
        p.outlet = _outlet_name(p.holder, lex) or p.holder
    if p.outlet is None:
        # The page's own address above its first paragraph ("https://www.situs.com/...").
        first = min((trimmed[i].start for i in trimmed if lines[i].kind == "content"), default=len(text))
        for piece in furniture:
            if piece.rule == "line:url" and piece.span.start < first:
                site = _site_of_url(piece.span.of(text), lex)
                if site:
                    p.outlet = _outlet_name(site, lex)
                    break
    if p.outlet is None:
        # A photo credit naming a news site by its domain ("(Situs.id / Nama Fotografer)"): the site's own
        # photographer; wire agencies credit by their name, not a domain.
        # (A bare "(situs.net)" under a picture credits a source of the picture, not a photographer.)
        for credit in credits:
            site, _, who = credit.name.partition("/") if credit.role == "photo" else ("", "", "")
            site = site.strip()
            if site and who.strip() and len(site.split()) == 1 and _domain_shaped(site, lex) \
                    and site.lower() not in lex.words("outlets", "stock_image_sites"):
                p.outlet = _outlet_name(site, lex) or site
                break
    if p.outlet is None:
        p.outlet = _outlet_interviewing(text, [trimmed[i] for i in sorted(trimmed) if lines[i].kind == "content"], lex)
    if p.outlet is None:
        p.outlet = _outlet_relaying(text, [trimmed[i] for i in sorted(trimmed) if lines[i].kind == "content"], lex)
    if p.outlet is None:
        p.outlet = p.lead_outlet
    elif _outlet_name(p.outlet, lex) is None and p.outlet.isupper() and " " in p.outlet.strip() \
            and any(_site_spelling_brand(p.outlet, site) for site in _relaying_names(text, lex).values()):
        # "PR KOTA -" opening the lead, "dikutip PikiranRakyat-Kota.com dari ..." in the body: the site's
        # own name, which the brand abbreviates.
        p.outlet = next(site for site in _relaying_names(text, lex).values() if _site_spelling_brand(p.outlet, site))
    elif _outlet_name(p.outlet, lex) is None and _abbreviation_shaped(p.outlet):
        # "CITY, PR -": an unknown abbreviation in the dateline, where the page itself names the
        # outlet in full (its header, its follow prompt, its copyright line) with those initials.
        full = p.chrome_outlet or _outlet_in_furniture(text, furniture, credits, lex)
        if full and _initials(full) == p.outlet.upper():
            p.outlet = full
        else:
            # The page writes the name out once with the abbreviation after it in brackets ("Nama Kantor
            # Berita (NKB)", a sign-off line): that name, however its initials fall.
            p.outlet = _spelled_out(text, p.outlet) or p.outlet
    if p.outlet is None:
        p.outlet = _brand_first_line(p)


# A brand's one word, its case changing inside it ("SitusNews", "situsNEWS", "ABCnews.com"): no word of prose.
_BRAND = re.compile(r"(?=[\w.]{3,24}$)[A-Za-z.]*(?:[a-z][A-Z]|[A-Z]{2}[a-z])[\w.]*")


def _brand_first_line(p: _Page) -> str | None:
    """The page's first line, one word shaped as a brand (its logo's text): the outlet, known or not."""
    first = next((ln for ln in p.lines if ln.kind != "blank"), None)
    if first is None or not _BRAND.fullmatch(first.text.strip()):
        return None
    return _outlet_name(first.text.strip(), p.lex) or first.text.strip()


_STEPS = (_lead_ins, _tail_markers, _whole_lines, _title_decorations, _repeated_lines, _inline_furniture, _dateline,
          _page_chrome, _title_glued_to_caption, _headline, _glued_title, _byline, _deck, _title_lines, _trailing_tags, _closing_captions, _outlet)

def _lead_in(line: _Line, lex: Lexicon) -> tuple[dict, int, re.Match] | None:
    """The first lead-in rule matching at the start of the line: (rule, where the rest starts, match).

    A rule with `city_suffix` cuts inside its `glued` capital word, before the longest end of it that
    names a known place ("...FOTOGRAFERKYIV" -> "KYIV"); without such an end it does not fire.
    """
    for rule, m in _ruleset(lex, "lead_in").matches(line.text, whole=True):
        if not m.end() and not rule.get("caption"):
            continue      # (a caption rule may only look ahead: the whole line is the caption)
        if not rule.get("city_suffix"):
            return rule, m.end(), m
        glued = m.group("glued")
        for cut in range(1, len(glued) - 2):
            if _known_place(glued[cut:], lex):
                return rule, m.start("glued") + cut, m
    return None


def _lead_words(text: str, start: int, end: int) -> int:
    """Words of the lead after a dateline on its line; a line broken inside a sentence (its last word in
    lower case, the next line right below it) goes on with the next line's words."""
    words = text[start:end].split()
    if words and words[-1][:1].islower() and text[end:end + 1] == "\n" and text[end + 1:end + 2].strip():
        words += text[end + 1:text.find("\n", end + 1) % (len(text) + 1)].split()
    return len(words)


def _stamp_after_dash(rest: str, lex: Lexicon) -> bool:
    """"Nama Penulis - <weekday>, 10 <month> 2026 | 14:15": a byline's date stamp after the dash (a weekday,
    in Indonesian or English, then the day, and a time of day on the line), not a lead after a dateline."""
    weekdays = lex.memo("layout.stamp_weekdays", lambda: frozenset(
        w.lower() for w in (*lex.weekdays, *lex.words("calendar", "header_weekdays"))))
    head = rest.split(",", 1)[0].strip().lower()
    return head in weekdays and _CLOCK_TIME.search(rest) is not None


def _site_then_city(text: str, a: str, b: str, lex: Lexicon) -> bool:
    """"Nama Berita, Kota -": a first piece named like a news outlet, then a known place; or "NAMASITUS,
    Kota -": an unknown name in capitals, then a known city (not a country: "KOTA, Negara" is a city)."""
    if _outlet_name(a, lex):
        return False
    return (_media_named(a, lex) and not _known_place(a, lex) and _known_place(b, lex)
            or not _outlet_name(b, lex) and _capitals_brand(text, a, lex) and _known_city(b, lex)
            or _unknown_word_then_city(a, b, lex))


def _unknown_word_then_city(a: str, b: str, lex: Lexicon) -> bool:
    """"Namasitus, Jakarta –": one word no register or place list knows, then a city they do (the register's
    or an Indonesian dateline city, not a country or a province): the site's name, then its city. A city
    before its region is known itself ("Sleman, Yogyakarta" is in the dateline cities)."""
    word = a.strip()
    if " " in word or not word[:1].isupper() or _known_place(word, lex) or _dateline_city(word, lex):
        return False
    return _known_city(b.strip(), lex) or _dateline_city(b.strip(), lex)


def _lead_site(text: str, found: tuple, lex: Lexicon) -> bool:
    """A dateline of one word alone before the dash (no outlet, no second piece, no day) that no place list
    knows (every dateline city is in one) and the story does not write again: a site's name, not a city."""
    city, outlet, _, lead_start, dated = found
    if outlet is not None or city is None or dated is not None:
        return False
    word = city.of(text).strip()
    marks = " \t-–—" + "".join(lex.words("furniture", "mangled_dashes"))
    return not text[city.end:lead_start].strip(marks) and _site_word(word, lex) and word not in text[lead_start:]


def _site_word(piece: str, lex: Lexicon) -> bool:
    """One word, not in capitals (those are `_capitals_brand`'s), that neither the register (a place, a
    person, a body) nor the dateline cities know: before a lead's dash, a site's name, not a city."""
    word = piece.strip()
    return (" " not in word and not word.isupper() and word[:1].isupper() and not _known_place(word, lex)
            and not _dateline_city(word, lex) and (lex.register is None or lex.register.lookup(word) is None))


def _dateline_city(piece: str, lex: Lexicon) -> bool:
    cities = lex.memo("layout.dateline_cities", lambda: frozenset(fold(w) for w in lex.words("places", "dateline_cities")))
    return fold(piece) in cities


def _capitals_brand(text: str, piece: str, lex: Lexicon) -> bool:
    """An unknown name written in capitals ("NAMASITUS", "KOTA SITUS") that the text never writes in Title
    Case: a site's name before the dash, not a city. A city a dateline gives in capitals is a place the
    register knows, or comes back in the body as "Kota"; a site spells its name the same way each time."""
    name = piece.strip()
    cities = lex.memo("layout.dateline_cities", lambda: frozenset(fold(w) for w in lex.words("places", "dateline_cities")))
    return (name.isupper() and _city_shaped(name) and not _known_place(name, lex) and fold(name) not in cities
            and (name.title() not in text or fold(name) in _relaying_names(text, lex)))


def _relaying_names(text: str, lex: Lexicon) -> dict[str, str]:
    """The names (folded, to their spelling) the text says relay another medium ("dikutip <Name> dari <source>"): a site
    names itself so, known to the outlet list or not; a city never relays."""
    rx = lex.memo("layout.relaying_rx", lambda: re.compile(
        rf"(?<!\w)(?i:{alternation(list(lex.words('outlets', 'relay_cues')))})\s+(?P<outlet>[A-Z][\w.-]*?)\s+"
        rf"(?i:{alternation(list(lex.words('outlets', 'relay_links')))})\s+\w"))
    return {fold(m.group("outlet")): m.group("outlet").rstrip(".") for m in rx.finditer(text)}


def _site_spelling_brand(brand: str, site: str) -> bool:
    """Whether a brand in capitals abbreviates a site's name word by word ("PR KOTA" for
    "PikiranRakyat-Kota.com"): each word of the brand is the next piece of the name, or the initials of
    the next pieces (a network's regional sites write their name so in the dateline)."""
    base = re.sub(r"\.[a-z.]+$", "", site.strip(), flags=re.IGNORECASE)
    pieces = [w.lower() for w in re.split(r"[\s._-]+|(?<=[a-z])(?=[A-Z])", base) if w]
    at = 0
    for word in brand.lower().split():
        if at < len(pieces) and pieces[at] == word:
            at += 1
        elif "".join(w[0] for w in pieces[at:at + len(word)]) == word and len(word) > 1:
            at += len(word)
        else:
            return False
    return at == len(pieces)


def _known_place(piece: str, lex: Lexicon) -> bool:
    """A city, region or country the register or places.yaml knows, in any case."""
    entry = lex.register.lookup(piece) if lex.register else None
    if entry is not None and entry.kind in ("place", "country"):
        return True
    aliases = lex.memo("layout.place_aliases", lambda: frozenset(
        fold(str(w)) for k, v in (lex.group("places", "aliases", {}) or {}).items() for w in (k, v)))
    return fold(piece) in aliases


def _inside_words(key: str, longer: str) -> bool:
    """`key` stands in `longer` neither at its start nor at its end, as whole words."""
    at = longer.find(key, 1)
    while at > 0:
        end = at + len(key)
        if end < len(longer) and not longer[at - 1].isalnum() and not longer[end].isalnum():
            return True
        at = longer.find(key, at + 1)
    return False


def _begins_another(key: str, ordered: list[str]) -> bool:
    """Whether a string of the sorted list other than `key` starts with `key` (those sort right after
    it) and goes on with more words: a cut copy. A longer line that adds only marks and what follows
    them ("<key> /AGENSI/") is `key` decorated, not its whole."""
    index = bisect_left(ordered, key)
    if index < len(ordered) and ordered[index] == key:
        index += 1
    while index < len(ordered) and ordered[index].startswith(key):
        if not _DECORATION.match(ordered[index], len(key)):
            return True
        index += 1
    return False


# The stops that may close a title where a longer line goes on from it with a sentence of its own.
_TITLE_STOPS = frozenset(".!?")


def _title_over_caption(key: str, ordered: list[str], seen: dict[str, int], lex: Lexicon) -> bool:
    """A title-shaped line that every longer line starting with it, further down, goes on from with a space
    and a sentence of its own (a capital, then at least LEAD_MIN_WORDS words, or a caption's word closed by
    the photo's credit: "<Title> Ilustrasi. (Agensi/Nama)"): the page's title, printed again as the opening
    of its photo's caption ("<Title>" ... "<Title> <Caption of the photo ...>"), not a cut copy of those
    lines (a cut copy stops inside a word or a sentence, never on a credit). So is one that a standfirst opens
    on as its first sentence ("<Title>" ... "<Title>. <Title> and more ...")."""
    if not _looks_like_headline(key):
        return False
    index = bisect_left(ordered, key)
    if index < len(ordered) and ordered[index] == key:
        index += 1
    found = False
    while index < len(ordered) and ordered[index].startswith(key):
        longer = ordered[index]
        # (the title may close on its stop there: a summary that opens on the title as its first sentence)
        rest = longer[len(key) + (longer[len(key):len(key) + 1] in _TITLE_STOPS):]
        if not (rest[:1].isspace() and rest.lstrip()[:1].isupper()
                and (len(rest.split()) >= LEAD_MIN_WORDS or _first_match(lex, "caption_credit", rest)[0])
                and seen.get(longer, -1) > seen.get(key, -1)):
            return False
        found = True
        index += 1
    return found


def _glued_copy(key: str, lines: set[str], lengths: list[int]) -> bool:
    """Whether `key` is one of `lines` (of these `lengths`) with up to GLUED_CHROME characters glued
    before it, the copy opening with a capital."""
    # (the lengths that leave 1 to GLUED_CHROME - 1 characters before them, found by bisection)
    for length in lengths[bisect_left(lengths, len(key) - GLUED_CHROME + 1):bisect_left(lengths, len(key))]:
        i = len(key) - length
        if key[i].isupper() and key[i:] in lines:
            return True
    return False


def _caption_twice(text: str) -> int | None:
    """Where the credit starts in a line that ends with a whole copy of its beginning, at least
    CAPTION_COPY_CHARS long (CAPTION_GLUED_COPY_CHARS when the credit is a word in capitals glued to the
    copy: "<caption> AGENSI<caption>"), with at most CAPTION_CREDIT_CHARS between the two copies (a credit
    glued to the first): "<caption>.Agensi <caption>". Prose never closes a line by repeating its opening."""
    text = text.rstrip()
    head = text[:CAPTION_GLUED_COPY_CHARS]
    if len(head) < CAPTION_GLUED_COPY_CHARS or head != head.lstrip():
        return None
    at = text.find(head, CAPTION_GLUED_COPY_CHARS)
    while at >= 0:
        tail = text[at:]
        if len(tail) <= at <= len(tail) + CAPTION_CREDIT_CHARS and text.startswith(tail) \
                and text[len(tail):at].strip() and (
                    len(tail) >= CAPTION_COPY_CHARS or (tail[:1].isupper() and _CAPITALS_GLUED.search(text, len(tail), at))):
            # A copy cut short ("<caption>. (AGENSI) <capt"): the caption runs on to the credit in brackets
            # right before the copy, not to the copy's length.
            credit = _BRACKETED_CREDIT.search(text, len(tail), at)
            return credit.start() if credit else len(tail)
        at = text.find(head, at + 1)
    return None


# A credit in brackets closing the first copy of a caption, right before the second ("... (AGENSI via X) ").
_BRACKETED_CREDIT = re.compile(r"\s*\([^()\n]{2,60}\)\s*$")


# An agency's name in capitals glued to the capital that opens a caption's copy ("... AFPPresiden ...").
_CAPITALS_GLUED = re.compile(r"(?<!\w)[A-Z]{2,}$")


def _dashes_alike(key: str) -> str:
    return key.replace("–", "-").replace("—", "-")


def _decorated_copy(key: str, seen: dict[str, int]) -> bool:
    """Whether `key` is an earlier line followed by a mark and what the mark opens ("<title> /AGENSI/")."""
    for m in _DECORATION.finditer(key):
        if m.start() >= MIN_REPEAT_CHARS and key[:m.start()] in seen:
            return True
    return False


def _title_case(piece: str, minor: frozenset[str], *, closing: str = "", max_lower: int = TITLE_CASE_MAX_LOWER) -> bool:
    """A line shaped like a headline: several words, nearly all capitalised, no sentence end, not a quote.

    `closing` lists the sentence ends a title may still close with (a teaser's "?"); `max_lower` the
    words in lower case that count a title still tolerates.
    """
    words = piece.split()
    if len(words) < TITLE_CASE_MIN_WORDS or (piece.endswith(_SENTENCE_END + (",",)) and piece[-1:] not in closing) \
            or piece[:1] in "\"“”‘'«(-–—[" or piece.count(",") > TITLE_CASE_MAX_COMMAS:
        return False
    upper = lower = 0
    for word in words:
        core = word.strip("\"“”‘’'«»()[],.:;!?")
        letters = [c for c in core if c.isalpha()]
        if not letters or core.lower() in minor:
            continue
        if letters[0].isupper() or core[:1].isdigit():
            upper += 1
        else:
            lower += 1
    counted = upper + lower
    return counted >= TITLE_CASE_MIN_WORDS - 1 and lower <= max_lower \
        and upper / counted >= TITLE_CASE_MIN_SHARE


def _outlet_in_furniture(text: str, furniture: list[Furniture], credits: list[Credit],
                         lex: Lexicon) -> str | None:
    """A known outlet in a share prompt or syndication note, or a reporter credit "(Outlet/Name)"."""
    for credit in credits:
        if credit.role == "reporter":
            named = _outlet_name(credit.name.split("/")[0], lex)
            if named:
                return named
    names = lex.memo("layout.outlet_words", lambda: re.compile(_outlet_word(lex), re.IGNORECASE))
    for piece in furniture:
        if piece.rule.startswith(OUTLET_FURNITURE):
            m = names.search(text, piece.span.start, piece.span.end)
            if m:
                return _outlet_name(m.group(), lex)
    for piece in furniture:
        # An unknown site named by its domain in its own prompt ("... di Saluran WhatsApp situs.com").
        if piece.rule.startswith(OUTLET_FURNITURE):
            for token in piece.span.of(text).split():
                token = token.strip(".,;:!?()[]\"'")
                if "@" not in token and "/" not in token and _domain_shaped(token, lex):
                    return _outlet_name(token, lex)
    return None


def _tagline_outlet(piece: str, outlet: str | None, lex: Lexicon) -> str | None:
    """The outlet of a header line "OUTLET - short tagline" (the site's name, then its slogan).

    The name is a known outlet, a domain, or the outlet the dateline already gave.
    """
    m = re.match(r"^(?P<name>\S+(?:\s\S+){0,2}?)\s+[-–—|]\s+(?P<tagline>[^-–—|]+)$", piece.strip())
    if not m or len(m.group("tagline").split()) > TAGLINE_WORDS or piece.rstrip().endswith(_SENTENCE_END):
        return None
    name = m.group("name")
    named = _outlet_name(name, lex)
    if named is None and outlet is not None and name.lower() == outlet.lower():
        named = outlet
    return named


def _logo_then_title(above: list[str], piece: str, lex: Lexicon) -> str | None:
    """The page's first line one capitalised word (the logo's text) and the next line that word and a few
    more ("Namasitus" / "Namasitus Update"): the site's name. Not a section's name or a place."""
    if len(above) != 1 or len(above[0].split()) != 1:
        return None
    word = above[0].strip()
    sections = lex.memo("layout.section_words", lambda: frozenset(
        fold(w) for w in (*lex.words("furniture", "section_names"), *lex.words("furniture", "section_labels"))))
    if not (word.isalpha() and word[:1].isupper()) or fold(word) in sections or _known_place(word, lex) \
            or not piece.startswith(word + " "):
        return None
    return word


def _outlet_written(piece: str, lex: Lexicon) -> str | None:
    """A known outlet written in a line as the outlet list spells it, case and all ("<Open> <site> DW <more>"
    in the page's skip links above its title): that outlet."""
    rx = lex.memo("layout.outlet_written", lambda: re.compile(_outlet_word(lex)))
    m = rx.search(piece)
    return _outlet_name(m.group(), lex) if m else None


def _outlet_sections(piece: str, lex: Lexicon) -> str | None:
    """The outlet of a header line "<Outlet> <section> <section>": a known outlet's name (up to three words),
    then only a few words in lower case (its sections, as a breadcrumb with its marks lost prints them)."""
    words = piece.split()
    for n in (3, 2, 1):
        rest = words[n:]
        if not rest or len(rest) > TAGLINE_WORDS or not all(w.isalpha() and w.islower() for w in rest):
            continue
        named = _outlet_name(" ".join(words[:n]), lex)
        if named:
            return named
    return None


def _domain_shaped(piece: str, lex: Lexicon) -> bool:
    """One token ending in a domain suffix: "situsberita.com", "SITUS.CO.ID"."""
    piece = piece.strip()
    return " " not in piece and "." in piece.strip(".") and \
        any(piece.lower().endswith(suffix) for suffix in lex.words("outlets", "domain_suffixes"))


def _site_of_url(url: str, lex: Lexicon) -> str | None:
    """The site a page address belongs to: its host without the subdomain ("internasional.situs.com"
    -> "situs.com", "www.situs.co.id" -> "situs.co.id"); None for a picture's address (a CDN's)."""
    m = re.match(r"(?i)(?:https?://)?([^/\s:?#]+)([^\s?#]*)", url.strip())
    if not m or re.search(r"(?i)\.(?:jpe?g|png|gif|webp|svg|mp4)$", m.group(2)):
        return None
    labels = m.group(1).lower().split(".")
    second_level = lex.memo("layout.second_level", lambda: frozenset(
        s.strip(".").split(".")[0] for s in lex.words("outlets", "domain_suffixes") if s.strip(".").count(".") == 1))
    keep = 3 if len(labels) >= 3 and labels[-2] in second_level else 2
    site = ".".join(labels[-keep:])
    return site if _domain_shaped(site, lex) else None


def _outlet_relaying(text: str, body: list[Span], lex: Lexicon) -> str | None:
    """An outlet (known, or shaped like a news site's domain) that the body says relays another medium
    ("dilansir <Outlet> dari <Source>"): the page's own outlet citing its source."""
    rx = lex.memo("layout.relay_rx", lambda: re.compile(
        rf"(?<!\w)(?i:{alternation(list(lex.words('outlets', 'relay_cues')))})\s+(?P<outlet>[\w.-]+?)\s+"
        rf"(?i:{alternation(list(lex.words('outlets', 'relay_links')))})\s+[A-Z]"))
    for span in body:
        for m in rx.finditer(text, span.start, span.end):
            named = _outlet_name(m.group("outlet"), lex)
            if named is not None:
                return named
    return None


def _outlet_interviewing(text: str, body: list[Span], lex: Lexicon) -> str | None:
    """A known outlet the body names as the one spoken to ("kata X kepada <Outlet>"): outlets name
    themselves so when their own reporter asked; not in a body taken from another medium."""
    rx = lex.memo("layout.interview_rx", lambda: re.compile(
        rf"(?<!\w)(?i:{alternation(list(lex.words('outlets', 'interview_cues')))})\s+"
        rf"(?:(?i:{alternation(list(lex.words('outlets', 'interview_kinds')))})\s+)?"
        rf"(?P<outlet>{alternation(_outlet_spellings(lex))})"
        r"(?![\w.])"))   # the outlet as the list spells it: "kepada bisnis" is no outlet
    # A body that says it is taken from another medium ("dikutip dari Kantor Berita X") relays that
    # medium's interview: the one spoken to is not the page's outlet.
    relayed = lex.memo("layout.relayed_from_rx", lambda: re.compile(
        rf"(?<!\w)(?i:{alternation(list(lex.words('outlets', 'relay_cues')))})\s+"
        rf"(?i:{alternation(list(lex.words('outlets', 'relay_links')))})\s+"
        rf"(?:(?i:{alternation(list(lex.words('outlets', 'interview_kinds')))})\s+)?[A-Z]"))
    if any(relayed.search(text, span.start, span.end) for span in body):
        return None
    for span in body:
        m = rx.search(text, span.start, span.end)
        if m:
            return _outlet_name(m.group("outlet"), lex)
    return None


def _spelled_out(text: str, abbreviation: str) -> str | None:
    """The capitalised name of two to six words written right before "(<abbreviation>)", else None."""
    found = re.search(r"((?:[A-Z][\w’'.&-]*[ \t]+){1,5}[A-Z][\w’'.&-]*)[ \t]*\(" + re.escape(abbreviation.strip()) + r"\)",
                      text)
    return found.group(1) if found else None


def _abbreviation_shaped(piece: str) -> bool:
    letters = piece.replace(".", "")
    return 2 <= len(letters) <= ABBREVIATION_LETTERS and letters.isalpha() and letters.isupper()


def _initials(name: str) -> str:
    """The initials of an outlet's name, without a domain suffix ("NamaMedia.com" -> "NM")."""
    base = re.sub(r"\.[a-z.]+$", "", name.strip(), flags=re.IGNORECASE)
    base = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", base)      # "NamaMedia" is two words
    return "".join(word[0] for word in re.split(r"[\s-]+", base) if word).upper()


def _outlet_name(piece: str, lex: Lexicon) -> str | None:
    """The canonical outlet for a dateline piece, by the outlet list or by the shape of a domain."""
    folded = piece.strip().lower()
    known = lex.memo("layout.outlet_names", lambda: {
        v.lower(): canonical
        for canonical, variants in reversed(list((lex.group("outlets", "names", {}) or {}).items()))
        for v in [*variants, canonical]})     # reversed: the first outlet listed wins a shared spelling
    if folded in known:
        return known[folded]
    if not any(c.isspace() for c in folded) and \
            any(folded.endswith(suffix) for suffix in lex.words("outlets", "domain_suffixes")):
        return piece.strip()
    return None


def _site_key(name: str) -> str:
    """A site's name folded without its domain suffix: "NamaSitus.co.id" and "Nama Situs" -> "namasitus"."""
    return fold(re.sub(r"\.[a-z.]+$", "", name.strip(), flags=re.IGNORECASE))


def _dateline_rx(lex: Lexicon) -> re.Pattern:
    """The dateline's shape: city or outlet pieces, a day, an agency in brackets, the dash."""
    weekdays = lex.memo("layout.weekdays", lambda: alternation(list(lex.weekdays), ignore_case=True))
    mangled = lex.memo("layout.mangled_dashes", lambda: alternation(list(lex.words("furniture", "mangled_dashes"))))
    rx = lex.regex("layout.dateline", r"""
        ^(?P<a>[A-Z][\w.'’]*(?:/[A-Z][\w.'’]*)?(?:\s+[\w.'’]+){0,3}?)  # first piece: city (or "CITY/CITY") or outlet
        (?:\s*,\s*(?!(?i:{weekdays})\b)                            # (a weekday is the day, not a piece)
           (?P<b>[A-Za-z][\w.'’]*(?:\s+[\w.'’]+){0,3}?))?         # optional second piece
        (?:\s*,?\s*(?P<date>(?:(?i:{weekdays})\s*,?\s*)?           # the day: "Kota, 12 <month> 2025 -",
                  (?:\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{4}           # "KOTA (12/5) -",
                  |\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)              # "Kota, <weekday> (28/10) -",
                  |\d{1,2}\s+[A-Za-z]{3,9}\.?(?=\s*\([A-Za-z]))))?  # a wire's "KOTA, 29 Des (AGENSI) -"
        (?:\s*,?\s*\((?P<agency>[A-Za-z][\w.]{1,20}(?:-[\w.]{1,20})?(?:\x20[A-Z][\w.]{1,20}){0,2})(?:/[\w.]{1,20}){0,3}\))?   # "(ANTARA)", "(ANTARA/JACX)", "(Nama Situs)", "Kota, (Situs/7/7/2017)"
        (?:(?<=[A-Z])\s+[l|](?=\s+[-–—]))?   # a bar (or the "l" typed for it) between a name in capitals and the dash
        \s*,?\s*(?:(?P<sep>[-–—]{1,2}|,-|:|{mangled})(?:\s+|\s*$)   # the dash (or colon) that ends a dateline,
                   |—(?=[A-Z"“])                     # or an em dash glued to the lead ("CITY—Lead"),
                   |(?<=\s)(?P<glued>[-–]{1,2})(?=[A-Z"“]))   # or a dash spaced before, glued after ("SITUS -Lead")
        """.replace("{weekdays}", weekdays).replace("{mangled}", mangled), re.VERBOSE)
    return rx


def _find_dateline(text: str, span: Span, lex: Lexicon,
                   header_names: list[str] | None = None) -> tuple[Span | None, str | None, Span | None, int, Span | None] | None:
    rx = _dateline_rx(lex)
    piece = text[span.start:min(span.end, span.start + 120)]
    site_led = _other_shapes(text, span, piece, lex)
    if site_led is not None:
        return site_led
    m = rx.match(piece)
    if not m:
        return None
    a, b, agency = m.group("a"), m.group("b"), m.group("agency")
    lead_start = span.start + m.end()
    if text[lead_start:lead_start + 1].islower():
        return None      # "Nama Maskapai – yang dulu ...": a dash of apposition; a lead opens with a capital
    # A dateline opens a paragraph of prose ("Kompas.com - 14/11/2024, 09:15 WIB" is a header),
    # or stands alone on its line with the lead below it ("Jakarta, CNN Indonesia --").
    rest = _lead_words(text, lead_start, span.end)
    if 0 < rest < LEAD_MIN_WORDS or _stamp_after_dash(text[lead_start:span.end], lex):
        return None
    city_group = outlet = None
    outlet_group = None
    if agency and b is None and _own_address(a, agency, lex):
        outlet, outlet_group = _outlet_name(a, lex) or a.strip(), "a"
    elif agency:
        outlet, outlet_group = _outlet_name(agency, lex) or agency, "agency"
        # "Kota, Provinsi (AGENCY) -": the agency is the outlet; the second piece is the city's region.
        city_group = "a"
    if b is not None and not agency and _site_then_city(text, a, b, lex):
        # "Nama Berita, Kota -", "NAMASITUS, Kota -": the outlet and its city.
        outlet, outlet_group, city_group = a.strip(), "a", "b"
    elif b is not None and not _outlet_name(a, lex) and (agency or _known_place(b, lex) and not _outlet_name(b, lex)):
        city_group = "a"    # "KOTA, Negara -": a city and its country or region, no outlet named
    elif b is not None:
        out_a, out_b = _outlet_name(a, lex), _outlet_name(b, lex)
        if out_b and not out_a:
            outlet, outlet_group, city_group = out_b, "b", "a"
        elif out_a and not out_b:
            outlet, outlet_group, city_group = out_a, "a", "b"
        elif out_a and out_b:
            return None
        elif header_names and _site_key(a) in (sites := {_site_key(h) for h in header_names}) \
                and _site_key(b) not in sites:
            # "Nama Situs, CITY -": the first piece spells the site the page header names.
            outlet, outlet_group, city_group = a.strip(), "a", "b"
        elif _section_name(b, lex) and not _known_place(a, lex):
            # "Nama Situs, Internasional -": the site, then its section; no city.
            outlet, outlet_group = a.strip(), "a"
        else:
            # Neither is a known outlet: the Indonesian convention is "CITY, OUTLET".
            outlet, outlet_group, city_group = b.strip(), "b", "a"
    elif not agency:
        known = _outlet_name(a, lex)
        glued = None if known else _domain_then_city(a, lex)
        if known:
            outlet, outlet_group = known, "a"
        elif glued is not None:
            # "NAMA SITUS.ID Kota -": the site's address, then the city, no comma between.
            at = span.start + m.start("a")
            dated = Span(span.start + m.start("date"), span.start + m.end("date")) if m.group("date") else None
            return Span(at + glued, at + len(a.rstrip())), a[:glued].strip(), Span(at, at + len(a[:glued].rstrip())), \
                lead_start, dated
        elif (_media_named(a, lex) or _regional_edition(a, lex) or _camel_case(a)) and not _known_place(a, lex):
            # "NAMA EKSPRES - lead": a piece named like a news outlet is the outlet, and there is no city;
            # so is a known outlet's regional edition ("Situs Jabar - lead": the outlet, then a region).
            outlet, outlet_group = a.strip(), "a"
        else:
            city_group = "a"
    if m.group("sep") == ":" and not (b is not None and outlet_group in ("a", "b")
                                      and _outlet_name(m.group(outlet_group), lex)) \
            and not _capital_colon_dateline(text, span, m.group("a"), b, agency, lex):
        return None      # "Lavrov: ..." is a headline; only "OUTLET, CITY:" (RRI's "KBRN, Jakarta:") is a dateline
    if city_group and not _city_shaped(m.group(city_group)):
        return None
    if m.group("glued") and city_group and not _known_place(m.group(city_group), lex):
        return None      # "Kata -Lead" with an unknown word: a typo's dash after a known site or city only
    city = Span(span.start + m.start(city_group), span.start + m.end(city_group)) if city_group else None
    outlet_span = (Span(span.start + m.start(outlet_group), span.start + m.end(outlet_group))
                   if outlet_group else None)
    dated = Span(span.start + m.start("date"), span.start + m.end("date")) if m.group("date") else None
    return city, outlet, outlet_span, lead_start, dated


def _section_name(piece: str, lex: Lexicon) -> bool:
    """A site's section ("Internasional", "Dunia"), as a header or a dateline after the site's name gives it."""
    sections = lex.memo("layout.section_names", lambda: frozenset(fold(w) for w in lex.words("furniture", "section_names")))
    return fold(piece) in sections


def _domain_then_city(piece: str, lex: Lexicon) -> int | None:
    """Where the city starts in "NAMA SITUS.ID Kota" (a site's address, then a known place, one piece with no
    comma): the offset of the place's first word; None for any other piece."""
    words = list(re.finditer(r"\S+", piece))
    for k, word in enumerate(words[:-1]):
        if _domain_shaped(word.group(), lex):
            rest = piece[words[k + 1].start():].strip()
            return words[k + 1].start() if _known_place(rest, lex) else None
    return None


def _own_address(name: str, bracket: str, lex: Lexicon) -> bool:
    """"NAMA SITUS (nama-situs.com) -": the site's name, then its own address in brackets: the outlet, no city."""
    return _domain_shaped(bracket, lex) and _site_key(bracket) == _site_key(name)


def _other_shapes(text: str, span: Span, piece: str, lex: Lexicon):
    """The datelines `_find_dateline`'s pattern does not read: led by a site or an agency, a site and a
    city with no dash, a city alone on its line."""
    return (_site_led_dateline(text, span, piece, lex) or _agency_led(text, span, piece, lex)
            or _outlet_city_dateline(text, span, piece, lex) or _city_site_line(text, span, lex)
            or _outlet_dot_city(text, span, lex) or _outlet_dot_lead(text, span, lex) or _city_alone(text, span, lex))


def _agency_led(text: str, span: Span, piece: str, lex: Lexicon):
    """"(NAMAKANTOR) - Lead": the outlet alone in brackets, then the dash and a lead of prose; no city."""
    m = lex.regex("layout.agency_led", r"\((?P<agency>[A-Za-z][\w.]{1,20})\)[ \t]*[-–—]{1,2}[ \t]+(?=[A-Z\"“])").match(piece)
    if m is None or _known_place(m.group("agency"), lex) or len(piece[m.end():].split()) < LEAD_MIN_WORDS:
        return None
    return (None, _outlet_name(m.group("agency"), lex) or m.group("agency"),
            Span(span.start + m.start("agency"), span.start + m.end("agency")), span.start + m.end(), None)


def _city_alone(text: str, span: Span, lex: Lexicon):
    """"ISTANBUL" alone on its line in capitals, a line of prose right below it: a wire's dateline with no
    outlet and no dash (a city the register knows, not a country); the lead is the next paragraph."""
    piece = text[span.start:span.end].strip()
    if not piece.isupper() or len(piece.split()) > 2 or not _known_city(piece, lex):
        return None
    below = re.match(r"[ \t]*\n[ \t]*(?P<lead>[A-Z][^\n]*)", text[span.end:])
    if below is None or len(below.group("lead").split()) < LEAD_MIN_WORDS or below.group("lead").rstrip()[-1:] not in ".!?\"”":
        return None
    start = span.start + text[span.start:span.end].index(piece)
    return Span(start, start + len(piece)), None, None, span.end, None


def _outlet_dot_lead(text: str, span: Span, lex: Lexicon):
    """"NamaSitus. Presiden ... (a sentence of prose)": the site's name written as one word the way sites write
    it (a known outlet, a domain, or capitals inside the word), a full stop (or a bar: "situs.co | Presiden
    ..."), then the lead; no city."""
    m = lex.regex("layout.outlet_dot_lead", r"(?P<outlet>[A-Za-z][\w.-]*?)(?:\.|[ \t]*\|)[ \t]+(?=[A-Z][a-z])").match(
        text, span.start, span.end)
    if m is None or len(text[m.end():span.end].split()) < LEAD_MIN_WORDS:
        return None
    piece = m.group("outlet")
    outlet = _outlet_name(piece, lex) or (piece if _camel_case(piece) and not _known_place(piece, lex) else None)
    if outlet is None:
        return None
    return None, outlet, Span(m.start("outlet"), m.end("outlet")), m.end(), None


def _outlet_dot_city(text: str, span: Span, lex: Lexicon):
    """"Nama News. Kota, Negara 18 Juni 2025 — Lead": an outlet (known, or named like one), a full stop, then
    the city, perhaps its country or region and the day, and the dash."""
    m = lex.regex("layout.outlet_dot_city", r"""
        (?P<outlet>[A-Z][\w.'’]*(?:[ \t]+[\w.'’]+){0,3}?)\.[ \t]+
        (?P<city>[A-Z][\w'’]*(?:[ \t]+[A-Z][\w'’]*){0,2}?)
        (?:[ \t]*,[ \t]*[A-Z][\w'’]*(?:[ \t]+[A-Z][\w'’]*){0,2}?)?          # its country or region
        (?:[ \t]*,?[ \t]*(?P<date>\d{1,2}[ \t]+[A-Za-z]{3,9}\.?[ \t]+\d{4}))?   # the day
        [ \t]*[-–—]{1,2}[ \t]+(?=[A-Z"“])""", re.VERBOSE).match(text, span.start, span.end)
    if m is None or _outlet_name(m.group("city"), lex) or not (
            _outlet_name(m.group("outlet"), lex) or _media_named(m.group("outlet"), lex)):
        return None
    dated = Span(m.start("date"), m.end("date")) if m.group("date") else None
    return (Span(m.start("city"), m.end("city")), _outlet_name(m.group("outlet"), lex) or m.group("outlet"),
            Span(m.start("outlet"), m.end("outlet")), m.end(), dated)


def _city_site_line(text: str, span: Span, lex: Lexicon):
    """A line that is only "Kota, SITUS.ID" (a known place, then the site's domain or a listed outlet) with
    no dash: a dateline on its own line, the lead below it. The lead may follow on the same line when the
    site is a domain in capitals ("Kota, SITUS.COM Pemerintah ..."): a dateline that lost its dash."""
    m = lex.regex("layout.city_site_line", r"(?P<a>[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*){0,2})\s*,\s*(?P<b>\S+)\s*$").fullmatch(
        text, span.start, span.end)
    lead_start = span.end
    if m is None:
        m = lex.regex("layout.city_site_lead", r"(?P<a>[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*){0,2})\s*,\s*"
                                                r"(?P<b>[A-Z0-9-]+(?:\.[A-Z]+)+)[ \t]+(?=[A-Z\"“])").match(
            text, span.start, span.end)
        if m is None:
            return None
        lead_start = m.end()
    if not _known_place(m.group("a"), lex):
        return None
    outlet = _outlet_name(m.group("b"), lex)     # (by the outlet list or by the shape of a domain)
    if not outlet:
        return None
    return Span(m.start("a"), m.end("a")), outlet, Span(m.start("b"), m.end("b")), lead_start, None


def _site_led_dateline(text: str, span: Span, piece: str, lex: Lexicon):
    """A lead opened by the site's domain: "situs.id - Lead", "SITUS.CO.ID - KOTA. Lead",
    "SITUS.ID.Kota,Senin 28 April 2025.Lead".

    The piece after the domain is the city only when it is in capitals or a known place, and it ends
    with a full stop or comma (then perhaps a date and a full stop); otherwise the lead starts right
    after the dash and there is no city.
    """
    suffixes = lex.memo("layout.domain_rx", lambda: re.compile(
        r"(?P<site>[A-Za-z][\w-]*(?:\.(?:" + alternation([s.lstrip(".") for s in lex.words("outlets", "domain_suffixes")],
                                                        ignore_case=True) + r")))(?:(?![\w-])|(?=-(?-i:[A-Z])))", re.IGNORECASE))
    m = suffixes.match(piece)
    if not m:
        return None
    site = m.group("site")
    rest = piece[m.end():]
    sep = re.match(r"\s*(?:[-–—]{1,2}|,)\s*|\.(?=[A-Z])", rest)
    if sep is None and rest[:1] == "." and rest[1:2].isalpha():
        sep = re.match(r"\.", rest)
    if not sep:
        return None
    after = m.end() + sep.end()
    # The city ends with a full stop or a comma ("SITUS.ID - KOTA. Lead"), or with a dash after the
    # comma that followed the site ("situs.com, KOTA - Lead").
    city_end = r"(?:[.,]\s*|\s+[-–—]{1,2}\s+)" if sep.group().strip() == "," else r"[.,]\s*"
    city_m = re.match(r"(?P<city>[A-Z][\w'’]*(?:[ \t]+[A-Z][\w'’]*){0,2})\s*"
                      r"(?:,\s*(?P<date>[^.\n]{4,40}?\d{4})\s*)?" + city_end + r"(?=[A-Z\"“])", piece[after:])
    city = None
    if city_m:
        name = city_m.group("city")
        letters = [c for c in name if c.isalpha()]
        if (len(letters) >= COLON_CITY_MIN_LETTERS and all(c.isupper() for c in letters)) or _known_place(name, lex):
            city = Span(span.start + after + city_m.start("city"), span.start + after + city_m.end("city"))
            after += city_m.end()
    if city is None and not re.match(r"\s*[-–—]", rest) and not (
            sep.group().strip() == "," and site.islower() and piece[after:after + 1].isupper()):
        # "situs.id.Lead" without a dash and a city is no dateline; "situs.id, Lead" (the site as its
        # address writes it, in lower case, a comma, then the lead) is the outlet opening its lead.
        return None
    if len(text[span.start + after:span.end].split()) < LEAD_MIN_WORDS:
        return None
    outlet_span = Span(span.start + m.start("site"), span.start + m.end("site"))
    dated = (Span(span.start + m.end() + sep.end() + city_m.start("date"), span.start + m.end() + sep.end() + city_m.end("date"))
             if city is not None and city_m.group("date") else None)
    return city, _outlet_name(site, lex) or site, outlet_span, span.start + after, dated


def _regional_edition(piece: str, lex: Lexicon) -> bool:
    """A known outlet's name, then one or two capitalised words naming its region or city
    ("Situs Jabar", "Situs Jawa Timur"): the regional edition of the outlet, not a city."""
    words = piece.split()
    return 2 <= len(words) <= 3 and _outlet_name(words[0], lex) is not None \
        and all(w[:1].isupper() for w in words[1:]) and not any(c.isdigit() for c in piece)


def _media_named(piece: str, lex: Lexicon) -> bool:
    """A name built with a word news outlets are named with ("Kota Ekspres", "Radar Kota")."""
    words = lex.memo("layout.media_words", lambda: frozenset(w.lower() for w in lex.words("outlets", "name_words")))
    return any(w.lower().strip(".,") in words for w in piece.split())


def _outlet_in_segments(segments: str, lex: Lexicon) -> str | None:
    """The known outlet among a header line's segments ("Rubrik | situs | <date>")."""
    pieces = (piece.strip() for piece in re.split(r"[|·•\-–—]", segments))
    return next((named for piece in pieces if piece and (named := _outlet_name(piece, lex))), None)


def _camel_case(piece: str) -> bool:
    """One word with a capital inside it after small letters ("NamaSitus"), or capitals run into a
    capitalised word ("ABCSitus"): how sites write their name; a city is never written so."""
    word = piece.strip()
    return " " not in word and re.search(r"[a-z][A-Z]|[A-Z]{3}[a-z]", word) is not None


def _city_shaped(piece: str) -> bool:
    words = piece.split()
    return 1 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and not any(c.isdigit() for c in piece)


def _capital_colon_dateline(text: str, span: Span, city: str, second: str | None, agency: str | None,
                            lex: Lexicon) -> bool:
    """ "CITY: lead ..." (CNA's style), "Kota: lead ...": a city in capitals or a known city, then a
    paragraph of prose that ends like one.

    A speaker or kicker before a colon ("Lavrov: ...", a headline's "EKSKLUSIF: ...") is neither a
    city in capitals nor a known place, or opens a line that does not end with a full stop.
    """
    letters = [c for c in city if c.isalpha()]
    return (second is None and agency is None and len(letters) >= COLON_CITY_MIN_LETTERS
            and (all(c.isupper() for c in letters) or _known_city(city, lex))
            and text[span.start:span.end].rstrip().endswith((".", "!", "?", '"', "”")))


def _known_city(piece: str, lex: Lexicon) -> bool:
    """A city or region the register knows (not a country: "Rusia: ..." opens a claim, not a dateline;
    "KOTA, Negara" names a city and its country)."""
    entry = lex.register.lookup(piece.strip()) if lex.register else None
    return entry is not None and entry.kind == "place"


_OUTLET_CITY = re.compile(r"(?P<outlet>[A-Za-z][\w.]*(?:[ \t][A-Z][\w.]*){0,2})\s+[-–—]{1,2}\s+"
                          r"(?P<city>[A-Z][\w'’]*(?:[ \t][A-Z][\w'’]*){0,2})\s+[-–—]{1,2}\s+(?=[A-Z\"“])")


def _outlet_city_dateline(text: str, span: Span, piece: str, lex: Lexicon):
    """ "NamaSitus – Kota – Lead ...": the site's name, a dash, a known city, a dash, then the lead."""
    m = _OUTLET_CITY.match(piece)
    if m is None or not _known_city(m.group("city"), lex):
        return None
    outlet = m.group("outlet")
    named = _outlet_name(outlet, lex)
    if named is None and not (_camel_case(outlet) or _media_named(outlet, lex)) or _known_place(outlet, lex):
        return None
    if len(text[span.start + m.end():span.end].split()) < LEAD_MIN_WORDS:
        return None
    return (Span(span.start + m.start("city"), span.start + m.end("city")), named or outlet.strip(),
            Span(span.start + m.start("outlet"), span.start + m.end("outlet")), span.start + m.end(), None)
