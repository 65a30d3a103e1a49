"""Catalog + Jinja templates → {path: text}: every generated page, the JSON data and the feed.

A generated page is front matter (marked `body: html`) and an HTML body: MkDocs takes the body as
it is, without Markdown (generator/mkdocs_hook.py), and adds theme, navigation, table of
contents and search. Article text reaches a page only through the escaping filters of escape.py
(`|text`, `|piece`, `|attr`) in autoescaped templates, so nothing in an article can become HTML,
Markdown or template code. Article text is never used as template source.
"""
from __future__ import annotations

import bisect
import functools
import hashlib
import heapq
import json
import pickle
import re
import shutil
from collections import Counter, defaultdict
from dataclasses import dataclass, field, fields, is_dataclass
from pathlib import Path
from typing import Callable, Iterable

import jinja2
import yaml
from markupsafe import Markup, escape

from .confidence import role_certainty, speaker_certainty
from .config import Settings
from .escape import autoescape, html_attr, html_piece, html_text, safe
from .files import write_quietly
from .graph import KIND_COLOURS, Node, cooccurrence, render_bars, render_svg, strongest_edges, xml_text
from .lexicon import MAX_SLUG, fold, slugify
from . import depindex, periods
from .model import KINDS, Brief, Catalog, DateMention, Span, to_record

TEMPLATES = Path(__file__).resolve().parent.parent / "site_templates"
# Newest briefs on the home page, entries in the feed, actors in the home "most mentioned" list.
HOME_BRIEFS, FEED_ENTRIES, HOME_ACTORS = 10, 50, 15
# Timeline and quote lines are shortened to this many characters.
EVENT_CHARS = 220
# Related briefs listed per brief.
RELATED = 5
# An entity named in more than this many briefs brings no related-brief candidates of its own: it
# only adds its weight (1/√n ≤ 0.08) to briefs found through rarer entities. Scanning its list for
# every brief that names it is what made related briefs quadratic ("Korea Utara" is in most
# briefs), and its weight is too small to lift a brief into the top 5 past one shared rare name.
# A collection where every entity is this common still gets candidates (the rarest entity's list).
RELATED_SCAN = 150
# Entity pages: partners listed under "appears most with", nodes in the neighbourhood picture.
APPEARS_WITH, NEIGHBOURS = 10, 15
# Home page picture: the most connected entities, and each one's heaviest edges among them.
GRAPH_NODES, GRAPH_EDGES_PER_NODE = 40, 3
# Entity pages rank above briefs in search results (briefs carry boost 2).
ENTITY_BOOST = 4

@functools.lru_cache(maxsize=1)
def _pronouns() -> frozenset[str]:
    """Pronouns that refer back to the person a passage is about (speech.yaml `pronouns`)."""
    from .lexicon import LANG_DIR, LANGUAGE
    data = safe_yaml((LANG_DIR / LANGUAGE / "speech.yaml").read_text(encoding="utf-8")) or {}
    return frozenset(w.lower() for w in data.get("pronouns", []))


def name_the_pronoun(views: "Views", brief: Brief, sentence: Span) -> str:
    """A timeline row's text; a row that opens with a bare pronoun ("Ia menambahkan ...") names
    its actor after it ("Ia (Kim Jong Un) menambahkan ..."): the speaker of a quote or statement
    cued inside the sentence, else the person named last before it in the body."""
    text = sentence.of(brief.article.text)
    first = text.split(maxsplit=1)
    if not first or first[0].lower().strip(",") not in _pronouns():
        return text
    name = None
    for fact in (*brief.statements, *brief.quotes):
        cue = fact.cue
        if cue is not None and sentence.start <= cue.start < sentence.end and fact.speaker_key:
            entity_id = views.catalog.entity_id(brief, fact.speaker_key)
            name = views.catalog.entities[entity_id].name if entity_id else fact.speaker
            break
    if name is None:
        # The nearest person named before it in the body (its paragraph first, else the ones before).
        floor = brief.layout.body[0].start if brief.layout.body else 0
        best = -1
        for actor in brief.actors:
            if actor.kind != "person":
                continue
            for m in actor.mentions:
                if floor <= m.span.start < sentence.start and m.span.start > best:
                    best = m.span.start
                    entity_id = views.catalog.entity_id(brief, actor.key)
                    name = views.catalog.entities[entity_id].name if entity_id else actor.name
    if not name:
        return text
    head = text[: len(text) - len(text.lstrip())] + first[0]
    return f"{head} ({name}){text[len(head):]}"


# Finer first: the date a sentence's event stands under when it names several.
_PRECISION = {"day": 0, "week": 1, "month": 2, "year": 3}


def shorten(text: str, limit: int = EVENT_CHARS) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0] + " …"


# briefs/index.md and briefs/years/ are the brief lists: no article may take those names.
RESERVED_SLUGS = ("index", "years")


def _plain_id(article_id: str) -> bool:
    """A file name that is already a good address: lowercase ASCII letters and digits, words joined
    by single hyphens or underscores (`2024-06-21-zinoviev`, `000_bb3a51`)."""
    return article_id.isascii() and all(part.isalnum() and part == part.lower()
                                        for part in re.split(r"[-_]", article_id))


def brief_slug(article_id: str) -> str:
    """The address of a brief, a function of its own article id only, so that a brief keeps its
    address whatever other files arrive or go: a plain lowercase id is its own address; any
    other (capitals, spaces, accents, `A-B` beside `a-b`) is slugified and given 8 hex digits of
    the id's hash (`A B` → `a-b-1f0c…`), so two ids never share an address."""
    if len(article_id) <= MAX_SLUG and _plain_id(article_id) and article_id not in RESERVED_SLUGS:
        return article_id
    digest = hashlib.sha256(article_id.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    return f"{slugify(article_id)[:MAX_SLUG - 9].rstrip('-')}-{digest}"


def brief_slugs(catalog: Catalog) -> dict[str, str]:
    """Unique, URL-safe slugs for article ids (ids may hold spaces, brackets, non-ASCII letters)."""
    slugs: dict[str, str] = {}
    used: set[str] = set(RESERVED_SLUGS)
    for brief in catalog.briefs:
        slug = base = brief_slug(brief.article.id)
        n = 2
        while slug in used:          # only for an id crafted to equal another's hashed address
            slug, n = f"{base}-{n}", n + 1
        used.add(slug)
        slugs[brief.article.id] = slug
    return slugs


def sort_key(value: str | None) -> str:
    """Sortable form of an ISO value at any precision; undated sorts first (oldest)."""
    if not value:
        return ""
    if "-W" in value:
        import datetime as dt
        year, week = value.split("-W")
        return dt.date.fromisocalendar(int(year), int(week), 1).isoformat()
    return value


def format_value(value: str | None, language: str, labels: dict) -> str:
    """ISO value → a reader's date in the interface language (`18 November 2022`, `Juli 2023`)."""
    if not value:
        return labels["no_date"]
    key = (value, language, labels["week"])
    found = _FORMATTED.get(key)
    if found is None:
        if len(_FORMATTED) >= FORMATTED_MAX:
            _FORMATTED.clear()
        found = _FORMATTED[key] = _format_value(*key)
    return found


# Dates formatted in this process, (value, language, week label) → text (format_value): Babel is
# slow (~25 µs a call, and importing it ~0.02 s) and a site formats the same few hundred dates tens
# of thousands of times. A build keeps them for the next one (formatted_dates, keep_formatted: a
# rebuild in a fresh process then neither imports Babel nor formats a date it formatted before).
_FORMATTED: dict[tuple[str, str, str], str] = {}
FORMATTED_MAX = 65536


def formatted_context() -> str:
    """What a formatted date depends on besides its key: this code and the libraries' versions
    (Babel's among them: its calendar data)."""
    return depindex.value_signature("dates", [depindex.code_digest(), depindex.libraries()])


def formatted_dates() -> list:
    """The dates formatted in this process, as plain data: [value, language, week label, text, ...]."""
    return [x for key, text in _FORMATTED.items() for x in (*key, text)]


def keep_formatted(flat) -> None:
    """Take dates formatted by an earlier build (formatted_dates, under the same formatted_context:
    the caller checks); anything spoilt is left out (it is formatted again)."""
    if not isinstance(flat, list) or len(flat) % 4 or len(flat) // 4 > FORMATTED_MAX - len(_FORMATTED):
        return
    for i in range(0, len(flat), 4):
        value, language, week, text = flat[i:i + 4]
        if isinstance(value, str) and isinstance(language, str) and isinstance(week, str) and isinstance(text, str):
            _FORMATTED.setdefault((value, language, week), text)


@functools.lru_cache(maxsize=8)
def babel_locale(language: str):
    """Babel's Locale of a language code, parsed once (Babel parses a code string on every call)."""
    from babel import Locale
    return Locale.parse(language)


@functools.lru_cache(maxsize=4096)
def week_range(value: str, language: str) -> str | None:
    """An ISO week (`2024-W44`) as the dates it covers, Monday to Sunday, in the interface
    language: `28 Okt–3 Nov 2024`, `4–10 Nov 2024`, `30 Des 2024–5 Jan 2025`. None when the value
    is not a week. The one place a week becomes dates (print and pages use it)."""
    from babel.dates import format_date
    import datetime as dt
    locale = babel_locale(language)
    try:
        year, number = value.split("-W")
        first = dt.date.fromisocalendar(int(year), int(number), 1)
    except (ValueError, TypeError):
        return None
    last = first + dt.timedelta(days=6)
    end = format_date(last, "d MMM y", locale=locale)
    if first.year != last.year:
        return f"{format_date(first, 'd MMM y', locale=locale)}–{end}"
    if first.month != last.month:
        return f"{format_date(first, 'd MMM', locale=locale)}–{end}"
    return f"{first.day}–{end}"


def _format_value(value: str, language: str, week: str) -> str:
    """format_value through Babel (memoised there: _FORMATTED); the precision is implied by the
    value's shape."""
    from babel.dates import format_date
    import datetime as dt
    try:
        if "-W" in value:
            return week_range(value, language) or value
        locale = babel_locale(language)
        parts = value.split("-")
        if len(parts) == 3:
            return format_date(dt.date(*map(int, parts)), "d MMMM y", locale=locale)
        if len(parts) == 2:
            return format_date(dt.date(int(parts[0]), int(parts[1]), 1), "LLLL y", locale=locale)
        return value
    except (ValueError, TypeError):
        return value


@functools.lru_cache(maxsize=8)
def icon(name: str) -> Markup:
    """A Material icon inline, as Material's emoji extension writes `:material-file-pdf-box:` in
    Markdown (`<span class="twemoji"><svg ...></span>`), read from the installed theme."""
    from importlib.resources import files
    svg = (files("material") / "templates" / ".icons" / f"{name}.svg").read_text(encoding="utf-8")
    return Markup(f'<span class="twemoji">{svg}</span>')


# What `x.name` finds on a dict as an attribute (a method) before its item, as Jinja looks.
_DICT_ATTRIBUTES = frozenset(dir(dict))


class _Template(jinja2.Template):
    """A page template whose autoescaping of `{{ value }}` is escape.autoescape (the same text as
    markupsafe's escape, which the compiled code imports by name into the template's namespace)."""

    @classmethod
    def _from_namespace(cls, environment, namespace, globals):
        namespace["escape"] = autoescape
        return super()._from_namespace(environment, namespace, globals)


class _Environment(jinja2.Environment):
    """Jinja reads `row.name` as getattr(row, "name") first and, that failing, row["name"]: on the
    dicts of the view models every such read raised and caught an AttributeError (1.7 million at
    1,000 news articles). A plain dict's item is read first here when the name is no attribute
    of dict, which finds what Jinja finds."""

    template_class = _Template

    def getattr(self, obj, attribute):
        if type(obj) is dict and attribute not in _DICT_ATTRIBUTES:
            try:
                return obj[attribute]
            except KeyError:
                return self.undefined(obj=obj, name=attribute)
        return super().getattr(obj, attribute)


# Small pieces several pages share, one call per row (a Jinja macro call costs about twenty times
# as much: 106,000 of them at 1,000 news articles). Values from an article go through the same
# escaping as in a template: html_text for element text, html_attr for attribute values, and
# markupsafe's escape for what a template's autoescaping would escape.
def _pieces(labels: dict) -> dict[str, Callable]:
    mark, in_text = html_attr(labels["uncertain_mark"]), escape(labels["in_text"])

    def doubt(reason) -> Markup:
        """The "?" of an uncertain attribution, its reason on hover."""
        if not reason:
            return safe("")
        why = html_attr(reason)
        return safe(f' <abbr class="doubt" title="{mark}: {why}" aria-label="{mark}: {why}">?</abbr>')

    def para(source: dict, link: str | None = None) -> Markup:
        """¶n: a link to a fact's mark in the article text (on the brief page, `#id`)."""
        return safe(f'<a href="{autoescape(link or "#" + str(source["id"]))}" title="{in_text}">¶{autoescape(source["n"])}</a>')

    def linked(name, link) -> Markup:
        """A name, linked to its page when it has one."""
        return safe(f'<a href="{autoescape(link)}">{html_text(name)}</a>' if link else html_text(name))

    def quote(text) -> Markup:
        return safe(f"<blockquote>\n<p>\u201c{html_text(text)}\u201d</p>\n</blockquote>")
    return {"doubt": doubt, "para": para, "linked": linked, "quote": quote}


class _TemplateStore(jinja2.FileSystemBytecodeCache):
    """Jinja's compiled templates kept between builds (a rebuild that renders a few pages compiled
    their templates in every fresh process: about 0.03 s). Jinja takes a template's code from here
    only while the template's source has the checksum it was compiled from (and for this Python);
    the folder is named after what else the code depends on (template_store). A store that cannot
    be written costs the next build the compilation, nothing else."""

    def dump_bytecode(self, bucket) -> None:
        try:
            super().dump_bytecode(bucket)
        except OSError:
            pass


def template_store(cache_dir: Path | None) -> jinja2.BytecodeCache | None:
    """The store of compiled templates under `cache_dir` (None without one, or when it cannot be
    made): cache_dir/templates/<key>, the key a digest of the generator's code (the environment's
    options are in this file) and Jinja's version; the folders of other keys are removed."""
    if cache_dir is None:
        return None
    key = depindex.value_signature("templates", [depindex.code_digest(), jinja2.__version__])[:16]
    root = Path(cache_dir) / "templates"
    try:
        (root / key).mkdir(parents=True, exist_ok=True)
        for other in root.iterdir():
            if other.name != key and other.is_dir():
                shutil.rmtree(other, ignore_errors=True)
    except OSError:
        return None
    return _TemplateStore(str(root / key))


def _env(labels: dict, store: jinja2.BytecodeCache | None = None) -> jinja2.Environment:
    """Pages are HTML: autoescaping is on, so any value a template forgets to filter is still
    escaped; article text goes through |text, |piece or |attr (escape.py), whose output is marked
    safe, and the pictures built escaped in graph.py through |safe. The templates are read once a
    build (no check of their files before every page: `auto_reload` off). `store`: compiled
    templates kept between builds (template_store)."""
    env = _Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES / "pages")),
                       undefined=jinja2.StrictUndefined, autoescape=True, auto_reload=False,
                       keep_trailing_newline=True, trim_blocks=True, lstrip_blocks=True, bytecode_cache=store)
    env.filters.update(text=lambda v: safe(html_text(v)), piece=lambda v: safe(html_piece(v)),
                       attr=lambda v: safe(html_attr(v)), shorten=shorten,
                       json_ascii=lambda v: Markup(json.dumps(v, ensure_ascii=True)))
    env.globals["icon"] = icon
    env.globals.update(_pieces(labels))
    env.globals["L"] = labels
    # Colour key of the co-occurrence pictures: (kind, label, colour).
    env.globals["graph_legend"] = [(k, labels[f"kind_{k}"], KIND_COLOURS[k]) for k in KINDS]
    return env


# Words as the search index splits them (mkdocs.yml, plugins.search.separator).
_SEARCH_SEPARATOR = re.compile(r'[\s\-\u2010-\u2015"“”„‘’‚«»()\[\]{}<>,.;:!?/\\|]+')


def _search_words(text: str) -> list[str]:
    return [w for w in _SEARCH_SEPARATOR.split(text.lower()) if w]


def load_labels(language: str) -> dict:
    """The interface's labels (name → text), a dict of the caller's own. The file is parsed once per
    process and text: a build asks for them several times (the MkDocs environment, the site's
    configuration digest, the render), each parse about 0.01 s."""
    return dict(_parse_labels((TEMPLATES / "labels" / f"{language}.yaml").read_text(encoding="utf-8")))


@functools.lru_cache(maxsize=4)
def _parse_labels(text: str) -> dict:
    return safe_yaml(text)


def safe_yaml(text: str):
    """`yaml.safe_load`, through libyaml's parser where PyYAML has it (the same data, a fifth of
    the time: the labels are parsed in each process of a build, the build's own, the generator's)."""
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # noqa: S506 - a safe loader


# ---------------------------------------------------------------------------------------------
# View models: plain dicts the templates read, computed once per build.


def cooccurrence_state(pairs: Counter, partners: dict[str, Counter]) -> list:
    """Views' `pairs` and `partners` as plain data, in their order (for Views' `kept`):
    [a, b, n, ...] and {a: [b, n, ...]}."""
    return [[x for (a, b), n in pairs.items() for x in (a, b, n)],
            {a: [x for b, n in counts.items() for x in (b, n)] for a, counts in partners.items()}]


def _cooccurrence(entities_in: dict[str, frozenset], kept: list | None) -> tuple[Counter, dict[str, Counter], bool]:
    """(a, b) → briefs naming both, and each entity's partners with those counts; and whether
    they were `kept`: the last build's (cooccurrence_state), given when its catalog's entities and
    the articles naming each are this one's (build.resolve_kept), taken unless spoilt."""
    found = _cooccurrence_from_state(kept) if kept is not None else None
    if found is not None:
        return (*found, True)
    pairs = cooccurrence(list(entities_in.values()))
    partners: dict[str, Counter] = defaultdict(Counter)
    for (a, b), n in pairs.items():
        partners[a][b] = n
        partners[b][a] = n
    return pairs, partners, False


def _cooccurrence_from_state(state) -> tuple["PairsOfPartners", dict[str, Counter]] | None:
    """(pairs, partners) of cooccurrence_state, in the same order; None when spoilt. The pairs are
    read from the partners (PairsOfPartners: the same counts, 91,000 pairs not made again at 1,000
    news articles)."""
    try:
        flat, partners = state
        if len(flat) % 3 or any(len(row) % 2 for row in partners.values()):
            return None
        by_entity: dict[str, Counter] = defaultdict(Counter)
        for a, row in partners.items():
            by_entity[a] = Counter(dict(zip(row[0::2], row[1::2])))
    except (TypeError, ValueError, AttributeError):
        return None
    return PairsOfPartners(by_entity), by_entity


class PairsOfPartners:
    """(a, b) → briefs naming both, as a Counter of pairs answers `get` and `[]` (0 when none), read
    from each entity's partners: `partners[a][b]` is the count of the pair (cooccurrence_state keeps
    both, made from the same pairs)."""

    __slots__ = ("partners",)

    def __init__(self, partners: dict[str, Counter]):
        self.partners = partners

    def get(self, key: tuple[str, str], default=None):
        row = self.partners.get(key[0])
        return default if row is None else row.get(key[1], default)

    def __getitem__(self, key: tuple[str, str]) -> int:
        return self.get(key, 0)


def _appearances(catalog: Catalog) -> tuple[dict[str, list], dict[str, frozenset]]:
    """Views' entity id → [(brief, actor)] and article id → the entity ids it mentions, each
    actor's entity read from the catalog's table once (catalog.entity_id: 27,000 actors at 1,000
    news articles)."""
    appearances: dict[str, list] = defaultdict(list)
    entities_in: dict[str, frozenset] = {}
    entity_of = catalog.entity_of
    for brief in catalog.briefs:
        article_id, ids = brief.article.id, set()
        for actor in brief.actors:
            entity_id = entity_of.get((article_id, actor.key)) if actor.key is not None else None
            if entity_id is not None:
                ids.add(entity_id)
                if entity_id:
                    appearances[entity_id].append((brief, actor))
        entities_in[article_id] = frozenset(ids)
    return appearances, entities_in


class Views:
    """Everything the templates need, derived from the Catalog once."""

    def __init__(self, catalog: Catalog, settings: Settings, labels: dict, kept: list | None = None):
        self.catalog, self.settings, self.labels = catalog, settings, labels
        self.slug = brief_slugs(catalog)
        self.language = settings.ui_language
        self.by_id = {b.article.id: b for b in catalog.briefs}
        self.tracker: depindex.Tracker | None = None      # the render's (set by _render_all)
        # entity id → [(brief, actor)]; article id → entity ids it mentions.
        self.appearances, self.entities_in = _appearances(catalog)
        self.briefs_newest = sorted(catalog.briefs, key=lambda b: (sort_key(b.published.value if b.published else None),
                                                                   b.article.id), reverse=True)
        # (a, b) → briefs mentioning both; id → partners.
        # entity id → the distinct article ids naming it, in collection order (inverted lists).
        self.briefs_of: dict[str, list[str]] = defaultdict(list)
        for brief in catalog.briefs:
            for entity_id in sorted(self.entities_in[brief.article.id]):
                self.briefs_of[entity_id].append(brief.article.id)
        self.pairs, self.partners, self.cooccurrence_kept = _cooccurrence(self.entities_in, kept)
        # Briefs per entity (distinct articles), the size of everything about an entity.
        self.brief_count = {eid: len(ids) for eid, ids in self.briefs_of.items()}
        dated = [b.published.value for b in catalog.briefs if b.published and b.published.value]
        self.build_date = settings.build_date or (max(dated, key=sort_key) if dated else None)
        self._rows: dict[tuple[str, str], dict] = {}
        self._events: dict[str, list] = {}
        self._sources: dict[str, tuple] = {}
        self._name_runs: dict[tuple, set] | None = None
        self._name_words: dict[str, tuple[list[str], list[str]]] = {}   # name_words, per entity (read-only)
        self._rows_by_sentence: dict[str, list] = {}
        self._marks_by_brief: dict[str, tuple[list, list]] = {}
        # entity id → the quotes page (under quotes/) holding its quotes; set by render_quotes.
        self.speaker_pages: dict[str, str] = {}

    def date_text(self, mention: DateMention | None) -> str:
        if mention is None:
            return self.labels["no_date"]
        return format_value(mention.value, self.language, self.labels)

    def brief_link(self, brief: Brief, from_dir: str) -> str:
        return f"{'../' * from_dir.count('/') if from_dir else ''}briefs/{self.slug[brief.article.id]}.md"

    def entity_link(self, entity_id: str, from_dir: str) -> str:
        return f"{'../' * from_dir.count('/') if from_dir else ''}entities/{entity_id}.md"

    @staticmethod
    def entity_url(entity_id: str, from_url: str) -> str:
        """Final URL of an entity page for raw HTML (the SVG), where MkDocs rewrites no `.md` link.

        `from_url` is the directory URL of the page holding the link: "" for the home page,
        "entities/x/" for an entity page (mkdocs.yml keeps `use_directory_urls: true`)."""
        return f"{'../' * from_url.count('/')}entities/{entity_id}/"

    def dated_events(self, brief: Brief):
        """(date, sentence span) of a brief, one per date value and sentence, in calendar order
        (computed once per brief: the brief page, its entities' pages and the timeline all ask)."""
        found = self._events.get(brief.article.id)
        if found is None:
            found = self._events[brief.article.id] = self._dated_events(brief)
        return found

    def _dated_events(self, brief: Brief):
        seen, events = set(), []
        for d in sorted((d for d in brief.dates if d.value), key=lambda d: (sort_key(d.value), d.span.start)):
            sentence = d.sentence
            if sentence is None:
                found = brief.sentence_of(d.span)
                sentence = found.span if found else d.span
            if (d.value, sentence) in seen:
                continue
            seen.add((d.value, sentence))
            events.append((d, sentence))
        return events

    def sentence_events(self, brief: Brief) -> list[tuple[int, DateMention, Span, str]]:
        """The rows of a timeline: one per sentence (never the same sentence under two dates), as
        (index into dated_events, the date it stands under, the sentence, the date text). The row
        stands under the sentence's most precise date (a day before a week, a month, a year; the
        first such in the text) and its text names every date of the sentence, as print does
        (`3 Juni 2024; 5 Juni 2024`)."""
        found = self._rows_by_sentence.get(brief.article.id)
        if found is not None:
            return found
        groups: dict[Span, list] = {}
        for i, (d, sentence) in enumerate(self.dated_events(brief)):
            groups.setdefault(sentence, []).append((i, d))
        rows = []
        for sentence, dates in groups.items():
            i, primary = min(dates, key=lambda e: (_PRECISION.get(e[1].precision, 9), e[1].span.start))
            values = list(dict.fromkeys(d.value for _, d in sorted(dates, key=lambda e: e[1].span.start)))
            rows.append((i, primary, sentence, "; ".join(format_value(v, self.language, self.labels) for v in values)))
        rows.sort(key=lambda r: (sort_key(r[1].value), r[1].span.start))
        self._rows_by_sentence[brief.article.id] = rows
        return rows

    def entities_at(self, brief: Brief, span: Span) -> set[str]:
        """Entity ids mentioned inside `span` of a brief (the actors of one sentence): those with a
        mention that starts and ends inside it (a brief's mentions sorted by start once, so each
        sentence looks only at the mentions that start in it)."""
        marks = self._marks_by_brief.get(brief.article.id)
        if marks is None:
            found = []
            for actor in brief.actors:
                entity_id = self.catalog.entity_id(brief, actor.key)
                if entity_id:
                    found += [(m.span.start, m.span.end, entity_id) for m in actor.mentions]
            found.sort(key=lambda mark: mark[0])
            marks = self._marks_by_brief[brief.article.id] = ([mark[0] for mark in found], found)
        starts, found = marks
        end = span.end
        return {entity_id for _, stop, entity_id in found[bisect.bisect_left(starts, span.start):bisect.bisect_right(starts, end)]
                if stop <= end}

    def brief_row(self, brief: Brief, from_dir: str) -> dict:
        """One brief as a list row (shared, read-only: templates and callers copy before changing)."""
        key = (brief.article.id, from_dir)
        row = self._rows.get(key)
        if row is None:
            row = self._rows[key] = self._brief_row(brief, from_dir)
        return row

    def _brief_row(self, brief: Brief, from_dir: str) -> dict:
        return {"title": brief.title, "link": self.brief_link(brief, from_dir),
                "date": self.date_text(brief.published), "outlet": brief.layout.outlet or "",
                "dateline": brief.dateline or "", "id": brief.article.id}

    def source_text(self, brief: Brief) -> tuple[list[dict], dict[tuple[str, int], dict]]:
        """(paragraphs, where) of `_source_text`: the brief page shows the paragraphs (cut into
        pieces here, once: no other page needs them), and every page listing one of its facts
        links to `where`'s marks."""
        paragraphs, where, kept = self._marks(brief)
        return self._pieces(brief, paragraphs, where, kept), where

    def _marks(self, brief: Brief) -> tuple[list[dict], dict, list]:
        found = self._sources.get(brief.article.id)
        if found is None:
            found = self._sources[brief.article.id] = self._source_text(brief)
        return found

    def source(self, brief: Brief, kind: str, index: int, from_dir: str) -> dict | None:
        """Link from a page in `from_dir` to fact `index` of `kind` (quote, statement, date: the
        brief's timeline event) marked in the brief's article text: {"n", "link"}; None when the
        fact stands outside the body (a headline or caption) and has no mark."""
        found = self._marks(brief)[1].get((kind, index))
        if found is None:
            return None
        return {"n": found["n"], "link": f"{self.brief_link(brief, from_dir)}#{found['id']}"}

    # The ids of the marks in the article text, per kind of fact.
    MARK_IDS = {"quote": "kutipan", "statement": "pernyataan", "date": "tanggal"}

    def _source_text(self, brief: Brief) -> tuple[list[dict], dict[tuple[str, int], dict], list]:
        """The article body as numbered paragraphs of pieces, the quotes, the indirect statements
        and the timeline's dates marked where they stand, so every fact links to its place in the text.

        Returns (paragraphs, where, kept marks); `_pieces` fills the paragraphs: a paragraph is {"n",
        "start", "end", "pieces": [{"text", "mark": None | {"id", "kind"}}]}; `where[(kind, i)]` is
        {"id", "n"} for quote i, statement i and timeline event i. Marks never nest: a date inside a
        quote links to the quote's mark."""
        text = brief.article.text
        marks: list[tuple[int, int, str, int, bool]] = []      # start, end, kind, index, anchor
        for i, q in enumerate(brief.quotes):
            for j, part in enumerate(q.parts or (q.span,)):
                marks.append((part.start, part.end, "quote", i, j == 0))
        for i, st in enumerate(brief.statements):
            marks.append((st.span.start, st.span.end, "statement", i, True))
        for i, (d, _) in enumerate(self.dated_events(brief)):
            marks.append((d.span.start, d.span.end, "date", i, True))
        marks.sort(key=lambda m: (m[0], -m[1], m[2]))
        paragraphs = [{"n": n, "start": span.start, "end": span.end}
                      for n, span in enumerate((s for s in brief.layout.body if s.of(text).strip()), start=1)]
        starts = [p["start"] for p in paragraphs]
        kept: list[tuple[int, int, str, int, bool]] = []
        where: dict[tuple[str, int], dict] = {}
        for start, end, kind, index, anchor in marks:
            at = bisect.bisect_right(starts, start) - 1
            if at < 0 or end > paragraphs[at]["end"] or start >= end:
                continue                                    # outside the body (headline, caption)
            n = paragraphs[at]["n"]
            if kept and start < kept[-1][1]:                # overlaps a kept mark: no mark of its own
                inside = next((k for k in reversed(kept) if k[0] <= start and end <= k[1]), None)
                found = where.get((inside[2], inside[3])) if inside is not None else None
                if found is not None and (kind, index) not in where:
                    where[(kind, index)] = dict(found)
                continue
            kept.append((start, end, kind, index, anchor))
            if anchor:
                where[(kind, index)] = {"id": f"{self.MARK_IDS[kind]}-{index + 1}", "n": n}
        return paragraphs, where, kept

    @staticmethod
    def _pieces(brief: Brief, skeleton: list[dict], where: dict, kept: list) -> list[dict]:
        """The paragraphs of `_source_text` cut into pieces at the kept marks."""
        text = brief.article.text
        paragraphs = [dict(p, pieces=[]) for p in skeleton]
        for paragraph in paragraphs:
            at = paragraph["start"]
            for start, end, kind, index, anchor in kept:
                if not paragraph["start"] <= start < paragraph["end"]:
                    continue
                if start > at:
                    paragraph["pieces"].append({"text": text[at:start], "mark": None})
                mark_id = where[(kind, index)]["id"] if anchor else None
                paragraph["pieces"].append({"text": text[start:end], "mark": {"id": mark_id, "kind": kind}})
                at = end
            if at < paragraph["end"]:
                paragraph["pieces"].append({"text": text[at:paragraph["end"]], "mark": None})
        return paragraphs

    def doubt(self, found) -> str | None:
        """The hover text of an uncertain attribution in the interface language; None when certain."""
        if found is None or found.certain:
            return None
        return self.labels[f"uncertain_{found.code}"].format(**dict(found.detail))

    def brief_page(self, brief: Brief, deps: set[str] | None = None, soft: set[str] | None = None) -> dict:
        """The view of one brief. `deps` receives the depindex keys it reads: the brief and its
        entities' names; `soft` those its related list reads (other briefs' entities and rows, its
        entities' counts), which the next build can check by ranking again."""
        text, here = brief.article.text, "briefs/"
        if deps is not None:
            deps.add(f"a:{brief.article.id}")
            deps.update(f"k:{eid}" for eid in self.entities_in[brief.article.id])
        cat = self.catalog
        people, groups = [], {k: [] for k in KINDS if k != "person"}
        for actor in brief.actors:
            entity_id = cat.entity_id(brief, actor.key)
            row = {"name": actor.name, "link": self.entity_link(entity_id, here) if entity_id else None,
                   "role": role_beside(actor.role, actor.affiliation), "affiliation": actor.affiliation,
                   "count": len(actor.mentions), "role_doubt": self.doubt(role_certainty(brief, actor))}
            (people if actor.kind == "person" else groups[actor.kind]).append(row)
        by_key = {a.key: a for a in brief.actors}

        def speaker(key: str | None, name: str | None) -> dict:
            entity_id = cat.entity_id(brief, key) if key in by_key else None
            return {"name": name, "link": self.entity_link(entity_id, here) if entity_id else None}

        paragraphs, where = self.source_text(brief)
        quotes = [{"text": q.text, "speaker": speaker(q.speaker_key, q.speaker), "channel": q.channel,
                   "source": where.get(("quote", i)), "doubt": self.doubt(speaker_certainty(brief, q))}
                  for i, q in enumerate(brief.quotes)]
        statements = [{"text": s.text, "verb": s.verb, "speaker": speaker(s.speaker_key, s.speaker),
                       "source": where.get(("statement", i))} for i, s in enumerate(brief.statements)]
        timeline = [{"date": when, "value": d.value, "text": shorten(name_the_pronoun(self, brief, sentence)),
                     "source": where.get(("date", i))} for i, d, sentence, when in self.sentence_events(brief)]
        credits = [{"role": self.labels.get(f"credit_{c.role}", c.role), "name": c.name} for c in brief.layout.credits]
        return {
            "brief": self.brief_row(brief, here), "headline": brief.headline,
            "summary": [span.of(text) for span in brief.summary],
            "people": people, "groups": groups, "quotes": quotes, "statements": statements,
            "timeline": timeline, "credits": credits, "paragraphs": paragraphs,
            "published": self.date_text(brief.published) if brief.published else None,
            "related": self.related(brief, here, soft if soft is not None else deps),
            "pdf": f"../pdf/{self.slug[brief.article.id]}.pdf" if self.settings.pdf else None,
            "problems": [p.message for p in brief.problems],
        }

    def related(self, brief: Brief, from_dir: str, deps: set[str] | None = None) -> list[dict]:
        """Other briefs ranked by the entities they share with this one (rarer entities weigh more).

        Score = sum of 1/√(briefs naming the entity) over shared entities, summed in entity-id
        order (floating-point sums then never depend on set order or the hash seed); ties go to
        the smaller article id. Candidates come from the inverted lists of the brief's entities
        named in at most RELATED_SCAN briefs; commoner entities only add their weight to those
        candidates, so the work per brief is bounded, not proportional to the collection."""
        me = brief.article.id
        mine = self.entities_in[me]
        own = sorted(mine)
        rare = [eid for eid in own if self.brief_count[eid] <= RELATED_SCAN]
        if not rare and own:             # only common names: candidates from the rarest one's list
            rare = [min(own, key=lambda eid: (self.brief_count[eid], eid))]
        candidates = {other_id for eid in rare for other_id in self.briefs_of[eid][:RELATED_SCAN + 1]} - {me}
        if deps is not None:       # (depindex: what the ranking reads of other briefs and entities)
            deps.update(f"s:{other_id}" for other_id in candidates)
            deps.update(f"e:{eid}" for eid in own)
        weights = {eid: 1.0 / self.brief_count[eid] ** 0.5 for eid in own}
        scores: dict[str, float] = {}
        for other_id in candidates:
            theirs = self.entities_in[other_id]
            score = 0.0
            for entity_id in own:             # sorted: the same sum, bit for bit, on every build
                if entity_id in theirs:
                    score += weights[entity_id]
            scores[other_id] = score
        best = heapq.nsmallest(RELATED, scores.items(), key=lambda kv: (-kv[1], kv[0]))
        if deps is not None:
            deps.update(f"r:{other_id}" for other_id, _ in best)
        return [dict(self.brief_row(self.by_id[other_id], from_dir), shared=len(mine & self.entities_in[other_id]))
                for other_id, _ in best]


def search_tags(views: Views, entity_id: str) -> list[str]:
    """The words of an entity's name and spellings that search should find its page by. A body's
    or place's own words are written twice, the words that, as written, are another body's,
    country's or place's whole name once (`Korut` in `Kemenlu Korut` names Korea Utara): lunr
    weighs a word by how often a field holds it, so `Korut` brings Korea Utara before the
    ministry, and `Kemenlu Korut` the ministry (it holds both words) before the country. Each
    word at most twice, however many spellings repeat it, so a body with many spellings does
    not outweigh one with few. A person's name is kept whole (`Kim` of Kim Yo Jong, `Un` of Kim
    Jong Un, which is not `UN`). Lower case, in order; only printable characters of the BMP
    (YAML readers disagree on the rest)."""
    entity = views.catalog.entities[entity_id]
    if entity.kind == "person":
        return [w for name in [entity.name, *sorted(entity.aliases)] for w in _search_words(name)
                if w.isprintable() and all(ord(c) < 0xD800 for c in w)]
    own, others = name_words(views, entity_id)
    return [w for w in own for _ in range(2)] + [w for w in others if w not in own]


def pagefind_names(views: Views, entity_id: str) -> str:
    """Pagefind's `names` metadata of an entity page: the words its names hold as their own
    (name_words), and each hyphenated spelling of them as written (`kim jong un jong-un`:
    Pagefind keeps `Jong-un` a word, which `jong` does not begin)."""
    own = name_words(views, entity_id)[0]
    mine = set(own)
    entity = views.catalog.entities[entity_id]
    joined = [w for name in [entity.name, *sorted(entity.aliases)] for w in name.lower().split()
              if "-" in w and all(part in mine for part in _search_words(w))]
    return " ".join(dict.fromkeys([*own, *joined]))


def name_words(views: Views, entity_id: str) -> tuple[list[str], list[str]]:
    """(own, others): the distinct words of an entity's names, lower case, in order; `others` are
    the words that, as written, are another body's, country's or place's whole name inside one
    of its names (`Korut` in `Kemenlu Korut`), unless the entity's own names also hold them as
    their own. A person's words are all its own."""
    if views._name_runs is None:
        views._name_runs = defaultdict(set)
        for eid, other in views.catalog.entities.items():
            if other.kind == "person":
                continue
            for name in {other.name, *other.aliases}:
                words = tuple(_SEARCH_SEPARATOR.split(name.strip()))
                if words and all(words):
                    views._name_runs[words].add(eid)
    found = views._name_words.get(entity_id)
    if found is None:
        found = views._name_words[entity_id] = _name_words(views, entity_id)
    return found


def _name_words(views: Views, entity_id: str) -> tuple[list[str], list[str]]:
    entity = views.catalog.entities[entity_id]
    own: dict[str, None] = {}
    others: dict[str, None] = {}
    for name in [entity.name, *sorted(entity.aliases)]:
        written = [w for w in _SEARCH_SEPARATOR.split(name) if w]
        words = [w.lower() for w in written]
        other = [False] * len(words)
        if entity.kind != "person":
            for i in range(len(words)):
                for j in range(i + 1, min(len(words), i + 8) + 1):
                    owners = views._name_runs.get(tuple(written[i:j]))
                    if owners and entity_id not in owners and (i, j) != (0, len(words)):
                        other[i:j] = [True] * (j - i)
        for word, taken in zip(words, other):
            if word.isprintable() and all(ord(c) < 0xD800 for c in word):
                (others if taken else own)[word] = None
    return list(own), [w for w in others if w not in own]


# ---------------------------------------------------------------------------------------------


# Rows on one list page (timeline events, quotes, briefs, index entries). A collection that fits
# on one page keeps a single page (the seeds read as before); a larger one is split by year or
# letter, and a year or letter above the bound continues on numbered parts, so no list page grows
# with the collection (~400 rows ≈ 100-250 kB of Markdown).
PAGE_ITEMS = 400
# Rows a list page holds before it splits, per list: PAGE_ITEMS bounds the Markdown, these bound
# the page a reader scrolls (under 8,000 px at 1280 px wide, measured on 82 briefs: a quote with
# its line under it takes ~130 px, a timeline row ~100 px, an actor with its spellings ~70 px, a
# brief row ~40 px).
LIST_ROWS = {"briefs": 150, "timeline": 60, "quotes": 50, "actors": 90}


def list_limit(kind: str) -> int:
    return min(PAGE_ITEMS, LIST_ROWS[kind])
# Bump when the view models change shape without a template change (invalidates the render cache).
RENDER_VERSION = "1"


@dataclass
class RenderCache:
    """Incremental rendering: a page whose inputs did not change is not rendered again.

    A page is a pure function of its template set, the labels and the context the template
    receives, so its digest is taken over exactly those (the whole view model, not a hand-made
    list of dependencies that could miss one). `digests` holds last build's path → [input digest,
    output digest]; `previous(path)` returns last build's text of a page (build.py reads it from
    the docs tree), used only when both digests match. `new` collects this build's digests."""

    digests: dict[str, list] = field(default_factory=dict)
    previous: Callable[[str], str | None] = lambda path: None
    previous_bytes: Callable[[str], bytes | None] = lambda path: None      # its bytes (records.json)
    new: dict[str, list] = field(default_factory=dict)
    rendered: int = 0
    reused: int = 0
    rendered_paths: list[str] = field(default_factory=list)
    # The dependency index (depindex.py): last build's, the cache key of each brief this build
    # (article id → key; a brief without one is digested whole) and the lexicon's digest. The
    # render leaves this build's index in `tracker`.
    index: dict | None = None
    keys: dict[str, str] = field(default_factory=dict)
    lex_digest: str = ""
    tracker: depindex.Tracker | None = None
    # Pages taken from the docs tree and checked against their digest this build (path → sha256
    # of the file): the writer need not compare them again.
    verified: dict[str, str] = field(default_factory=dict)
    # (build.py's, kept in the same file) the language check's message per brief cache key.
    language: dict[str, str | None] = field(default_factory=dict)
    # `stamped(path)`: (sha256, stamp) of a docs-tree file that is as the last build left it (its
    # size, times and inode what that build recorded; build.py), else None: it is read instead.
    stamped: Callable[[str], tuple[str, list] | None] = lambda path: None
    # The `e:`, `k:` and `w:` signatures of every entity, when the catalog's entities and the
    # articles naming each are the last build's (build.resolve_kept): {"context": the index context
    # they were computed in, "values": {key: signature}}, taken only in the same context; None:
    # computed.
    entity_signatures: dict | None = None
    # The last build's co-occurrence of entities (cooccurrence_state), given under the same
    # condition; and this render's (pairs, partners) when it did not take them (build.py keeps them
    # for the next build).
    kept_cooccurrence: list | None = None
    cooccurrence: tuple | None = None


def _plain(value):
    """JSON form of what view models hold besides dicts and lists (sets sorted, dataclasses as dicts)."""
    if isinstance(value, (set, frozenset)):
        return sorted(value)
    if is_dataclass(value):
        return {f.name: getattr(value, f.name) for f in fields(value)}
    raise TypeError(f"cannot digest {type(value).__name__}")


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def _full_sha(text: str) -> str:
    """sha256 of a page's bytes (the digest build.py and sitebuild.py keep of docs files; its first
    32 digits are the page's output digest)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class RenderPool:
    """The second core renders templates while this process builds view models (issue 20).

    A page is a pure function of its template and its view model (RenderCache), so once the
    renderer has its context, the Jinja rendering and the writing of the file can happen
    elsewhere: in one forked process with its own Jinja environment (the same templates and
    labels), which reads only the contexts it is sent (pickled now, in batches) and writes each
    file as the docs writer does (unchanged bytes are not rewritten); it sends back the page's
    digests and the writer's record of the file, and `finish` waits for them. At most `AHEAD`
    batches wait for it, so contexts never pile up in memory.

    A cold build forks it before extraction (`early`), while this process holds little: the child
    never maps the catalog. Otherwise it is forked once the build has rendered `START` pages here
    (a rebuild that renders a few pages never starts it), with every object of this process frozen
    out of the garbage collector (`gc.freeze`), so the child copies only the memory it writes."""

    START = 100
    BATCH = 24
    AHEAD = 8
    MIN_BRIEFS = 200

    @staticmethod
    def wanted(settings: Settings, briefs: int) -> bool:
        import os
        from . import fork
        return (fork.available() and settings.jobs != 1 and (os.cpu_count() or 1) >= 2
                and briefs >= RenderPool.MIN_BRIEFS)

    @classmethod
    def early(cls, settings: Settings, articles: int, cache: RenderCache, writer_class) -> "RenderPool | None":
        """A pool forked now for a build that renders every page (no page digests from a last
        build), None otherwise."""
        if cache.digests or not cls.wanted(settings, articles):
            return None
        pool = cls(load_labels(settings.ui_language), writer_class, settings.docs_dir)
        pool._start()
        return pool

    def __init__(self, labels: dict, writer_class, docs_dir: Path):
        self.labels, self.writer_class, self.docs_dir = labels, writer_class, docs_dir
        self.site: dict = {}
        self.seen = 0
        self.executor = None
        self.batch: list[tuple] = []
        self.pending: list = []
        self.done: list[tuple] = []

    def take(self, path: str, template: str, context: dict, salt: str, digest: str | None = None) -> bool:
        """Queue a page for the pool (False: render it here). `digest`: its input digest, when
        taken already (else the pool takes it, as Renderer does)."""
        self.seen += 1
        if self.executor is None:
            if self.seen <= self.START:
                return False
            self._start()
        # Pickled now: the page is the view model as it is at this call, whatever happens to it later.
        self.batch.append((path, template, pickle.dumps(context, pickle.HIGHEST_PROTOCOL), salt, digest))
        if len(self.batch) >= self.BATCH:
            self._send()
        return True

    def _start(self) -> None:
        import gc
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor
        gc.freeze()
        try:
            self.executor = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork"),
                                                initializer=_pool_start,
                                                initargs=(self.labels, self.writer_class, self.docs_dir))
            self.executor.submit(int).result()        # forked now, while everything is frozen
        finally:
            gc.unfreeze()

    def _send(self) -> None:
        self.pending.append(self.executor.submit(_pool_render, self.site, self.batch))
        self.batch = []
        while len(self.pending) > self.AHEAD:
            self.done.extend(self.pending.pop(0).result())

    def finish(self) -> list[tuple]:
        """(path, [input digest, output digest], (file digest, size, stamp, written)) of every
        page sent, in order."""
        if self.executor is None:
            return []
        try:
            if self.batch:
                self._send()
            for future in self.pending:
                self.done.extend(future.result())
        finally:
            self.close()
        return self.done

    def close(self) -> None:
        if self.executor is not None:
            self.executor.shutdown(wait=True, cancel_futures=True)


_POOL: dict = {}


def _pool_start(labels: dict, writer_class, docs_dir: Path) -> None:
    """(In the forked child.)"""
    _POOL.update(env=_env(labels), writer=writer_class(docs_dir))


def _pool_render(site: dict, jobs: list[tuple]) -> list[tuple]:
    env, writer = _POOL["env"], _POOL["writer"]
    out = []
    for path, template, data, salt, digest in jobs:
        context = pickle.loads(data)
        if digest is None:
            digest = _sha(salt + template + json.dumps(context, default=_plain, sort_keys=True, ensure_ascii=False))
        text = env.get_template(template).render(site=site, **context)
        before = writer.written
        writer(path, text)
        out.append((path, [digest, _sha(text)], (writer.docs.pop(path), writer.sizes.pop(path),
                                                 writer.stamps.pop(path, None), writer.written - before)))
    return out


class Renderer:
    """Renders templates into pages, skipping those whose digest matches the last build."""

    def __init__(self, env: jinja2.Environment, site: dict, labels: dict, cache: RenderCache | None,
                 sink: Callable[..., None] | None = None):
        self.env, self.site, self.cache = env, site, cache
        # Each page is handed to `sink(path, text)` as soon as it is made (build.py writes it to
        # the docs tree), or kept in `pages` when there is no sink.
        self.sink = sink
        sources = [(name, (TEMPLATES / "pages" / name).read_text(encoding="utf-8"))
                   for name in sorted(env.list_templates())]
        self.salt = _sha(json.dumps([RENDER_VERSION, sources, labels, site], sort_keys=True, ensure_ascii=False))
        self.sources = sources
        self.pages: dict[str, str] = {}
        self.emitted: list[str] = []          # paths in the order they were made (groups: depindex)
        self.tracker: depindex.Tracker | None = None
        self.pool: RenderPool | None = None

    def reuse(self, group: str, verify: Callable[[dict], set[str] | None] | None = None) -> dict | None:
        """Last build's pages of a group none of whose depindex keys changed, each checked against
        its recorded digest; its record, or None when the group must be rendered. When only soft
        keys changed, `verify(record)` decides: the soft keys it read again, or None (render)."""
        cache, tracker = self.cache, self.tracker
        record = tracker.fresh(group) if tracker is not None and cache is not None else None
        if record is None:
            return None
        soft = None
        if tracker.soft_changed(record):
            soft = verify(record) if verify is not None else None
            if soft is None:
                return None
        found = []
        for path in record["pages"]:
            before = cache.digests.get(path)
            page = self._unchanged(path, before) if before else None
            if page is None:
                return None
            found.append((path, before, page))
        for path, before, page in found:
            self._keep(path, before, page)
        tracker.keep(group, record, soft)
        return record

    def _unchanged(self, path: str, before: list) -> tuple[str | None, str, list | None] | None:
        """Last build's page at `path` when its docs-tree file still has the output digest
        `before[1]`: (its text, the sha256 of its bytes, None), or, when the file is as the last
        build left it (`RenderCache.stamped`: nothing wrote it since) and a sink takes pages,
        (None, the recorded sha256, its stamp) without reading it. None when the page must be made."""
        cache = self.cache
        if self.sink is not None:
            known = cache.stamped(path)
            if known is not None and known[0][:32] == before[1]:
                return None, known[0], known[1]
        text = cache.previous(path)
        full = _full_sha(text) if text is not None else None
        if full is None or full[:32] != before[1]:
            return None
        return text, full, None

    def _keep(self, path: str, before: list, page: tuple[str | None, str, list | None]) -> None:
        text, full, stamp = page
        cache = self.cache
        cache.new[path] = before
        cache.reused += 1
        cache.verified[path] = full
        self._put(path, text, digest=full, stamp=stamp)

    def record(self, group: str, deps: set[str], start: int, **extra) -> None:
        """The pages made since `start` form a group that read `deps` (for the next build's index)."""
        if self.tracker is not None:
            self.tracker.record(group, deps, self.emitted[start:], **extra)

    def __call__(self, path: str, template: str, page_key: str | None = None, **context) -> str | None:
        """Render a page (or take last build's, when its view model is the same); its text, None
        when it was taken from the docs tree unread (`_unchanged`). `page_key`: a signature the
        caller took of everything the view model holds (a list page of kept entries: their
        signatures and places, its title and pager); a page whose key is the last build's is taken
        as it is without digesting its view model."""
        cache = self.cache
        if page_key is not None and cache is not None and self.tracker is not None:
            page_key = self.tracker.page_keys[path] = _sha(f"{self.salt}\0{template}\0{page_key}")
            before = cache.digests.get(path)
            page = self._unchanged(path, before) if before and self.tracker.kept_page_key(path) == page_key else None
            if page is not None:
                self._keep(path, before, page)
                return page[0]
        if cache is not None:
            before = cache.digests.get(path)
            # A page the last build did not make is rendered whatever its digest: the pool takes it
            # with the digest still to take (the same digest of the same view model, there).
            if before is None and self.pool is not None and self.pool.take(path, template, context, self.salt):
                return self._sent(path)
            digest = _sha(self.salt + template + json.dumps(context, default=_plain, sort_keys=True,
                                                            ensure_ascii=False))
            page = self._unchanged(path, before) if before and before[0] == digest else None
            if page is not None:
                self._keep(path, before, page)
                return page[0]
            if self.pool is not None and self.pool.take(path, template, context, self.salt, digest):
                return self._sent(path)
        text = self.env.get_template(template).render(site=self.site, **context)
        if cache is not None:
            cache.new[path] = [digest, _sha(text)]
            cache.rendered += 1
            cache.rendered_paths.append(path)
        self._put(path, text)
        return text

    def _sent(self, path: str) -> None:
        cache = self.cache
        cache.new[path] = [None, None]          # the digests come back from the pool (finish)
        cache.rendered += 1
        cache.rendered_paths.append(path)
        self.emitted.append(path)

    def finish(self) -> None:
        """Wait for the pages the pool renders; their digests and files go where `_put` puts them."""
        if self.pool is not None:
            pool, self.pool = self.pool, None
            for path, digests, (digest, size, stamp, written) in pool.finish():
                self.cache.new[path] = digests
                self.sink.adopt(path, digest, size, stamp, written)

    def _put(self, path: str, text: str | None, *, digest: str | None = None, stamp: list | None = None) -> None:
        """`digest`: the page is the docs tree's file, of this sha256 (not written): its text just
        read, or None with the file's `stamp` (RenderCache.stamped)."""
        if self.sink is None:
            self.pages[path] = text
        elif digest is not None:
            self.sink(path, text, digest=digest, stamp=stamp)
        else:
            self.sink(path, text)
        self.emitted.append(path)


def render_pages(catalog: Catalog, settings: Settings, cache: RenderCache | None = None,
                 sink: Callable[..., None] | None = None, pool: RenderPool | None = None) -> dict[str, str]:
    """Every generated file of the docs tree, as {relative path: text}.

    With a RenderCache, pages whose inputs are unchanged since the last build come from
    `cache.previous` instead of being rendered (the output is the same bytes either way).
    With a `sink`, each file goes to `sink(path, text)` as soon as it is made and the dict
    returned is empty: a large collection's pages are never all in memory at once.
    With a docs writer for sink, templates are rendered in a `RenderPool` (`pool`, or one started
    when the build has rendered enough pages)."""
    labels = load_labels(settings.ui_language)
    env = _env(labels, template_store(settings.cache_dir) if cache is not None else None)
    views = Views(catalog, settings, labels, cache.kept_cooccurrence if cache is not None else None)
    if cache is not None and not views.cooccurrence_kept:
        cache.cooccurrence = (views.pairs, views.partners)
    site = {"title": settings.title, "about": settings.about, "pdf": settings.pdf,
            "build_date": views.build_date}
    out = Renderer(env, site, labels, cache, sink)
    if cache is not None and hasattr(sink, "adopt"):
        if pool is None and RenderPool.wanted(settings, len(catalog.briefs)):
            pool = RenderPool(labels, type(sink), sink.docs_dir)
        if pool is not None:
            pool.site = site
            out.pool = pool
    try:
        _render_all(catalog, settings, views, out, cache, sink)
    finally:
        if out.pool is not None:
            out.pool.close()
    return out.pages


def _render_all(catalog: Catalog, settings: Settings, views: "Views", out: "Renderer", cache: RenderCache | None,
                sink: Callable[..., None] | None) -> None:
    env, site = out.env, out.site
    if cache is not None:
        context = _index_context(out, env, site, settings, cache.lex_digest)
        kept = cache.entity_signatures
        kept = kept.get("values") if isinstance(kept, dict) and kept.get("context") == context else None
        out.tracker = cache.tracker = depindex.Tracker(
            context=context, signatures=signatures(catalog, views, cache.keys, kept, _same_context(cache.index, context)),
            keys=dict(cache.keys),
            previous=cache.index)
        views.tracker = out.tracker
    for brief in catalog.briefs:
        group = f"brief:{brief.article.id}"

        def same_related(record: dict, brief: Brief = brief) -> set[str] | None:
            """A brief whose related list is the same as last build's shows the same page."""
            soft: set[str] = set()
            found = depindex.value_signature("related", views.related(brief, "briefs/", soft))
            return soft if found == record.get("related") else None

        if out.reuse(group, same_related) is None:
            deps: set[str] = set()
            soft: set[str] = set()
            start = len(out.emitted)
            page = views.brief_page(brief, deps, soft)
            out(f"briefs/{views.slug[brief.article.id]}.md", "brief.html.j2", page=page)
            out.record(group, deps, start, soft=soft, related=depindex.value_signature("related", page["related"]))
    render_brief_lists(views, out)
    render_home(catalog, views, out)
    render_collection_pages(catalog, views, out)      # first: entity pages link to the quotes pages
    if out.tracker is not None:
        out.tracker.add({f"q:{eid}": depindex.value_signature("q", path) for eid, path in views.speaker_pages.items()})
    render_entity_pages(catalog, views, out)
    out.finish()
    for path, text in render_data(catalog, views, settings, cache, unread=sink is not None).items():
        if isinstance(text, KeptFile):
            sink(path, text.text, digest=text.digest, stamp=text.stamp)     # the last build's file
        elif sink is None:
            out.pages[path] = text if isinstance(text, str) else b"".join(text).decode("utf-8")
        else:
            sink(path, text)                # records.json: an iterable of parts, written as they come
        if path == RECORDS and out.tracker is not None and out.tracker.records is not None:
            # The index's digest of records.json: the writer's sha256 of what it wrote.
            written = getattr(sink, "docs", {}).get(path) if sink is not None else _full_sha(out.pages[path])
            out.tracker.records["digest"] = written[:32] if isinstance(written, str) else None


# Templates of the page groups (depindex): the build date reaches them only if one of these reads it.
GROUP_TEMPLATES = ("brief.html.j2", "entity.html.j2", "entity_part.html.j2")


def _index_context(out: Renderer, env: jinja2.Environment, site: dict, settings: Settings, lex_digest: str) -> str:
    """What every page group depends on besides its keys: the templates and labels (the renderer's
    salt without the build date, which only the home page shows: it is in the context when a
    group's template, or one it includes or imports, names it), the generator's code and language
    files, the libraries that write page text, the settings and the lexicon."""
    group_site = dict(site)
    if not _groups_read_date(env, out.sources):
        group_site.pop("build_date", None)
    values = {f.name: str(getattr(settings, f.name)) for f in fields(settings) if f.name not in ("jobs", "strict")}
    return depindex.value_signature("context", [RENDER_VERSION, out.sources, out.env.globals["L"], group_site,
                                                depindex.code_digest(), depindex.libraries(), lex_digest, values])


def _groups_read_date(env: jinja2.Environment, sources: list[tuple[str, str]]) -> bool:
    """Whether a group's template, or one it includes or imports, names the build date. Parsing the
    templates to follow their includes took a fresh process 0.02 s: the answer is kept in the store
    of compiled templates (template_store: its folder is this code's and Jinja's) under a digest of
    every template's source (`sources`: Renderer.sources, the templates as this build reads them)."""
    store = env.bytecode_cache
    where = None
    if isinstance(store, _TemplateStore):
        key = _sha(json.dumps([GROUP_TEMPLATES, sources], ensure_ascii=False))[:32]
        where = Path(store.directory) / f"dated-{key}"
        try:
            found = where.read_text(encoding="utf-8")
            if found in ("0", "1"):
                return found == "1"
        except (OSError, UnicodeDecodeError):
            pass
    from jinja2 import meta
    seen, todo = set(), list(GROUP_TEMPLATES)
    while todo:
        name = todo.pop()
        if name not in seen and name is not None:
            seen.add(name)
            source = env.loader.get_source(env, name)[0]
            todo.extend(meta.find_referenced_templates(env.parse(source)))
    dated = any("build_date" in env.loader.get_source(env, name)[0] for name in seen)
    if where is not None:
        write_quietly(where, "1" if dated else "0")
    return dated


def _same_context(index: dict | None, context: str) -> dict[str, str]:
    """The last build's signatures (key → value) when its index was made in this `context` (the
    same code, templates, labels, settings and lexicon), else none."""
    try:
        if isinstance(index, dict) and index.get("context") == context:
            return {key: value for key, value in index["signatures"] if isinstance(value, str)}
    except (KeyError, TypeError, ValueError):
        pass
    return {}


def signatures(catalog: Catalog, views: "Views", keys: dict[str, str],
               kept: dict[str, str] | None = None, last: dict[str, str] | None = None) -> dict[str, str]:
    """This build's value of every depindex key: `a:`, `s:` and `r:` per brief, `e:`, `k:` and `w:`
    per entity (`q:` follows once the quotes pages are laid out). `kept`: the entities' `e:`, `k:`
    and `w:` as the last build computed them, given when its entities and the articles naming each
    are this build's (they read nothing else); taken when they name every entity. `last`: the last
    build's signatures, made in this context (_same_context): a brief's `s:` (the entities its
    actors join) and `r:` (its title, address, date, outlet, dateline) read nothing its `a:` (its
    content through its cache key, its address, the entity each actor joins) does not, so they are
    taken while its `a:` is the last build's."""
    found: dict[str, str] = {}
    last = last or {}
    entity_of = catalog.entity_of                  # (catalog.entity_id, read here once per actor)
    for brief in catalog.briefs:
        article_id = brief.article.id
        key = keys.get(article_id) or _content_digest(brief)
        resolution = [(actor.key, entity_of.get((article_id, actor.key)) if actor.key is not None else None)
                      for actor in brief.actors]
        a = found[f"a:{article_id}"] = (key if key.startswith("unstable-")
                                        else depindex.article_signature(key, views.slug[article_id], resolution))
        s, r = last.get(f"s:{article_id}"), last.get(f"r:{article_id}")
        if (not a.startswith("unstable-") and last.get(f"a:{article_id}") == a and s and r
                and depindex.ABSENT not in (s, r)):
            found[f"s:{article_id}"], found[f"r:{article_id}"] = s, r
            continue
        found[f"s:{article_id}"] = depindex.value_signature("s", sorted(views.entities_in[article_id]))
        found[f"r:{article_id}"] = depindex.value_signature("r", [
            brief.title, views.slug[article_id], brief.published.value if brief.published else None,
            brief.layout.outlet, brief.dateline])
    if kept is not None:
        try:
            found.update({f"{kind}:{entity_id}": kept[f"{kind}:{entity_id}"]
                          for entity_id in catalog.entities for kind in "ekw"})
            return found
        except (KeyError, TypeError):
            pass
    for entity_id, entity in catalog.entities.items():
        found[f"e:{entity_id}"], found[f"k:{entity_id}"] = depindex.entity_signatures(
            entity, views.briefs_of.get(entity_id, []))
        found[f"w:{entity_id}"] = depindex.value_signature(
            "w", [search_tags(views, entity_id), pagefind_names(views, entity_id)])
    return found


def _content_digest(brief: Brief) -> str:
    """A brief digested whole (when the build gave no cache key: unit tests, other callers)."""
    from .cache import brief_to_json
    return depindex.value_signature("brief", [brief_to_json(brief), brief.article.text])


def paginate(sections: list[tuple[object, list]], limit: int | None = None, weight=None) -> list[list[tuple[object, list]]]:
    """Ordered (heading, items) sections → pages of at most `limit` items (`weight(item)` each).

    A section that does not fit continues on the next page under the same heading; an item
    heavier than the limit gets a page of its own (default limit: PAGE_ITEMS)."""
    limit = PAGE_ITEMS if limit is None else limit
    pages: list[list[tuple[object, list]]] = []
    current: list[tuple[object, list]] = []
    size = 0
    for head, items in sections:
        for item in items:
            w = weight(item) if weight else 1
            if current and size + w > limit:
                pages.append(current)
                current, size = [], 0
            if not current or current[-1][0] is not head:
                current.append((head, []))
            current[-1][1].append(item)
            size += w
    if current:
        pages.append(current)
    return pages


def _parts(base: str, chunks: list) -> list[str]:
    """Paths of a bucket's pages: base.md, base-2.md, base-3.md, ..."""
    return [f"{base}.md" if i == 0 else f"{base}-{i + 1}.md" for i in range(len(chunks))]


def _pager(paths: list[str], i: int, folder: str, up: str = "index.md") -> dict:
    """Links from part i of a bucket to its neighbours and to the index (relative to `folder`)."""
    name = lambda path: path[len(folder):]   # noqa: E731
    return {"up": up, "prev": name(paths[i - 1]) if i > 0 else None,
            "next": name(paths[i + 1]) if i + 1 < len(paths) else None, "part": i + 1, "parts": len(paths)}


def render_brief_lists(views: Views, out: Renderer) -> None:
    """briefs/index.md: every brief newest first when they fit on a page; else the years with
    counts, and briefs/years/<year>.md (and numbered parts) per year."""
    here = "briefs/"
    rows = [views.brief_row(b, here) for b in views.briefs_newest]
    if len(rows) <= list_limit("briefs"):
        out("briefs/index.md", "briefs.html.j2", title=None, briefs=rows, years=None, pager=None)
        return
    by_year: dict[str, list] = defaultdict(list)
    for brief in views.briefs_newest:
        by_year[_year(brief.published.value if brief.published else None)].append(brief)
    years = []
    for year, briefs in by_year.items():          # newest year first, undated last
        chunks = paginate([(year, [views.brief_row(b, "briefs/years/") for b in briefs])], list_limit("briefs"))
        paths = _parts(f"briefs/years/{year}", chunks)
        title = year if year != "undated" else views.labels["no_date"]
        for i, (path, chunk) in enumerate(zip(paths, chunks)):
            out(path, "briefs.html.j2", title=title, briefs=chunk[0][1], years=None,
                pager=_pager(paths, i, "briefs/years/", up="../index.md"))
        years.append({"title": title, "count": len(briefs),
                      "parts": [{"link": path[len(here):], "count": len(c[0][1]),
                                 "label": f"{c[0][1][0]['date']} – {c[0][1][-1]['date']}"}
                                for path, c in zip(paths, chunks)]})
    out("briefs/index.md", "briefs.html.j2", title=None, briefs=[], years=years, pager=None)


def _year(value: str | None) -> str:
    key = sort_key(value)
    return key[:4] if key else "undated"


def _node(views: Views, entity_id: str, from_url: str) -> Node:
    entity = views.catalog.entities[entity_id]
    return Node(entity_id, entity.name, entity.kind, views.labels[f"kind_{entity.kind}"],
                views.brief_count.get(entity_id, 0), views.entity_url(entity_id, from_url))


# Home page: the window of "lately" (days before the build date), the events and people shown.
RECENT_DAYS, HOME_EVENTS, HOME_PEOPLE, HOME_GRAPH_PEOPLE = 60, 10, 10, 20


def _days_before(value: str, days: int) -> str:
    import datetime as dt
    key = sort_key(value)[:10]
    if len(key) < 10:
        return key
    return (dt.date.fromisoformat(key) - dt.timedelta(days=days)).isoformat()


def recent_events(views: Views, from_dir: str, count: int) -> list[dict]:
    """The newest dated events of the collection up to the build date (plans dated later are not
    news yet), newest first, one row per sentence, each with its ¶ link."""
    limit = sort_key(views.build_date) if views.build_date else "9999"
    rows = []
    for brief in views.briefs_newest:
        for i, event in timeline_entries(views, brief):       # the timeline's rows (their dates, texts)
            if event["key"] <= limit:
                rows.append((event["key"], brief.article.id, i, brief, event))
    rows = heapq.nlargest(count, rows, key=lambda r: (r[0], r[1], -r[2]))
    return [{"date": event["date"], "text": event["text"],
             "brief": views.brief_row(brief, from_dir), "source": views.source(brief, "date", i, from_dir)}
            for _, _, i, brief, event in rows]


def render_home(catalog: Catalog, views: Views, out: Renderer) -> str:
    """What happened lately (the newest events), the people most in the news lately, the newest
    briefs, and the picture of the people most connected lately."""
    labels = views.labels
    # People in the news lately: briefs of the last RECENT_DAYS before the build date naming them
    # (the whole collection when the window holds too few); people only, never countries.
    since = _days_before(views.build_date, RECENT_DAYS) if views.build_date else ""
    recent = [b for b in views.briefs_newest if b.published and b.published.value and sort_key(b.published.value) >= since]
    people: Counter = Counter()
    for pool in (recent, views.briefs_newest):
        people = Counter(eid for b in pool for eid in views.entities_in[b.article.id]
                         if catalog.entities[eid].kind == "person")
        if len(people) >= HOME_PEOPLE:
            break
    top = sorted(people.items(), key=lambda kv: (-kv[1], catalog.entities[kv[0]].name, kv[0]))[:HOME_PEOPLE]
    lately = [{"name": catalog.entities[eid].name, "link": views.entity_link(eid, ""), "count": n,
               "role": _main_role(views, eid), "last": _last_seen(views, eid)} for eid, n in top]
    # The picture: the people most connected to other people, full names.
    persons = {eid for eid in views.partners if catalog.entities[eid].kind == "person"}
    connected = sorted(persons, key=lambda eid: (-sum(1 for o in views.partners[eid] if o in persons),
                                                 -views.brief_count.get(eid, 0), catalog.entities[eid].name, eid))
    connected = connected[:HOME_GRAPH_PEOPLE]
    graph = None
    if len(connected) >= 2:
        nodes = [_node(views, eid, "") for eid in connected]
        edges = strongest_edges(connected, views.pairs, per_node=GRAPH_EDGES_PER_NODE)
        graph = render_svg(nodes, edges, label=f"{labels['graph']}: {len(nodes)} {labels['graph_people']}",
                           units=labels["briefs_count"], ring=170.0, label_chars=None)
    return out(
        "index.md", "home.html.j2", briefs=[views.brief_row(b, "") for b in views.briefs_newest[:HOME_BRIEFS]],
        total=len(catalog.briefs), graph=graph, events=recent_events(views, "", HOME_EVENTS),
        people=lately, since=views.date_text(DateMention(Span(0, 0), "", since, "day", "")) if recent and since else None)


def _main_role(views: Views, entity_id: str) -> str | None:
    """The role the briefs state most often for an entity (the newest on a tie)."""
    counts: Counter = Counter()
    for brief, actor in views.appearances.get(entity_id, []):
        if actor.role:
            counts[actor.role] += 1
    return max(counts.items(), key=lambda kv: kv[1])[0] if counts else None


def _last_seen(views: Views, entity_id: str) -> str:
    dated = [b.published for b, _ in views.appearances.get(entity_id, []) if b.published and b.published.value]
    return views.date_text(max(dated, key=lambda d: sort_key(d.value))) if dated else views.labels["no_date"]


def _newest_first(brief: Brief) -> tuple:
    return (sort_key(brief.published.value if brief.published else None), brief.article.id)


# Briefs listed on one row of an entity's roles table; the row says how many there are in all.
ROLE_BRIEFS = 3


def role_beside(role: str | None, affiliation: str | None) -> str | None:
    """A role as shown in the column next to its affiliation: without the affiliation's words when
    the role as stated ends with them (`Juru Bicara Kementerian Luar Negeri Rusia` beside that
    ministry reads `Juru Bicara`), so the row does not say the body twice."""
    if not role or not affiliation:
        return role
    words, body = role.split(), affiliation.split()
    if len(words) > len(body) and [w.casefold() for w in words[-len(body):]] == [w.casefold() for w in body]:
        return " ".join(words[:-len(body)])
    return role


def _role_key(text: str | None) -> str:
    """A role or affiliation folded for comparison (lexicon.fold: case, accents, hyphens, spacing)."""
    return fold(text or "")


def _add_role(roles: dict, actor, row: dict, labels: dict, doubt: str | None) -> None:
    """One row per role as the briefs state it (case and spelling folded), newest brief first:
    briefs come newest first, so the first seen is the last date and the latest seen the first."""
    # "Juru Bicara Kementerian Luar Negeri Rusia" for that ministry: the same row as "juru bicara".
    key = (_role_key(role_beside(actor.role, actor.affiliation)), _role_key(actor.affiliation))
    entry = roles.setdefault(key, {"role": actor.role or labels["unknown"], "affiliation": actor.affiliation,
                                   "last": row, "first": row, "briefs": [], "count": 0, "doubt": doubt})
    if not entry["briefs"] or entry["briefs"][-1] is not row:
        entry["count"] += 1
        entry["first"] = row
        if len(entry["briefs"]) < ROLE_BRIEFS:
            entry["briefs"].append(row)
    if doubt is None:
        entry["doubt"] = None       # stated next to the name in at least one brief


def _role_rows(roles: dict) -> list[dict]:
    """Most stated first, then the most recent."""
    return sorted(roles.values(), key=lambda r: (-r["count"], r["role"].lower()))


# Entity pages stay short however often an entity is in the news: each list shows this many
# rows, and the rest is folded (briefs of older years, earlier events) or linked (quotes pages).
ENTITY_BRIEFS, ENTITY_QUOTES, ENTITY_EVENTS, ENTITY_ROLES = 15, 5, 10, 8
# An entity page is its overview: a list stays whole on it (its first rows shown, the rest
# folded) while it holds at most ENTITY_WHOLE rows (folded rows cost bytes, not height: the
# bounds keep the page under ~100 kB). A longer list shows its first rows there and continues on
# the entity's part pages (entities/<id>/...), at most ENTITY_PART_ROWS rows each: its briefs by
# calendar period (periods.py: adding a brief changes one page), the people it appears with and
# its roles in numbered parts (rankings, reordered by any brief anyway). Its own timeline keeps
# the newest ENTITY_WHOLE["events"]; every event is on the timeline pages.
ENTITY_WHOLE = {"briefs": 100, "people": 150, "roles": 60, "events": 60}
# A part page stays under 8,000 px at 1280 px: a brief (title, date, outlet; no line of context,
# which took ~100 px a row) ~50 px, a role ~36 px; people are written as a run of names (~5 a
# line). 1,000 news articles give ~230 brief parts and ~90 people parts (4,093 pages in all,
# 3,675 before the entity pages were split).
ENTITY_PART_ROWS = {"briefs": 120, "people": 800, "roles": 150}
# Links from a part page (entities/<id>/x.md) reach as deep as from any folder two levels down.
PART_DIR = "entities/_/"


def _specificity(views: Views, entity_id: str, other: str, together: int) -> float:
    """How specific the link between two entities is: briefs naming both over the geometric mean
    of the briefs naming each (Ochiai). A name seen in every brief is with everyone and scores
    low; a name seen mostly beside this one scores high, whatever the raw counts."""
    return together / ((views.brief_count.get(entity_id, 1) * views.brief_count.get(other, 1)) ** 0.5)


def _chart(views: Views, entity_name: str, briefs: list[Brief]) -> str | None:
    """Briefs per month (by publication date) from the first month to the last, as a bar chart;
    None with fewer than two dated briefs."""
    months = Counter(sort_key(b.published.value)[:7] for b in briefs
                     if b.published and b.published.value and len(sort_key(b.published.value)) >= 7)
    if sum(months.values()) < 2:
        return None
    first, last = min(months), max(months)
    keys, (year, month) = [], (int(first[:4]), int(first[5:7]))
    while f"{year:04d}-{month:02d}" <= last:
        keys.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    labels, language = views.labels, views.language
    bars = [(k, months.get(k, 0), f"{format_value(k, language, labels)}: {months.get(k, 0)} {labels['briefs_count']}")
            for k in keys]
    ticks = {i: k[:4] for i, k in enumerate(keys) if i == 0 or k.endswith("-01")}
    label = labels["chart_label"].format(name=entity_name, first=format_value(first, language, labels),
                                         last=format_value(last, language, labels))
    return render_bars(bars, label=label, ticks=ticks)


def _entity_briefs(views: Views, entity_id: str, briefs: list[Brief], by_brief: dict,
                   contexts: dict | None = None) -> tuple[list, list]:
    """(the overview's briefs by year, the part pages) of an entity. Whole: every year, newest
    first, the newest open with its first rows and the rest folded. Split (more than
    ENTITY_WHOLE["briefs"]): the newest year's first rows, and every brief on a part page of its
    calendar period, newest first (`entities/<id>/briefs-2024-03.md`). `contexts`: each brief's
    line of context (`_context`) where already known (article id → line)."""
    labels, name, contexts = views.labels, views.catalog.entities[entity_id].name, contexts or {}
    split = len(briefs) > ENTITY_WHOLE["briefs"]
    years: dict[str, list] = {}
    for b in briefs:
        year = _year(b.published.value if b.published else None)
        if split and years and year not in years:
            break
        rows = years.setdefault(year, [])
        if not split or len(rows) < ENTITY_BRIEFS:
            context = contexts.get(b.article.id)
            rows.append({"brief": views.brief_row(b, "entities/"),
                         "context": context if context is not None else _context(b, by_brief[b.article.id])})
    by_year = [{"year": y if y != "undated" else labels["no_date"], "rows": rows, "open": i == 0,
                "count": len(rows) if not split else sum(1 for b in briefs if _year(b.published.value if b.published else None) == y),
                "shown": rows[:ENTITY_BRIEFS] if i == 0 else rows, "more": rows[ENTITY_BRIEFS:] if i == 0 else []}
               for i, (y, rows) in enumerate(years.items())]
    if not split:
        return by_year, []
    limit = ENTITY_PART_ROWS["briefs"]
    cut = periods.cut(briefs, lambda b: _row_periods(b.published.value if b.published else None), limit)
    # Newest period first, undated last; a period's parts stay in order (part 1: its newest rows).
    cut = [c for c in reversed(cut) if c[0] != periods.UNDATED] + [c for c in cut if c[0] == periods.UNDATED]
    pages = periods.parts(cut, limit)
    names = [f"briefs-{periods.page_name(period, part)}" for period, part, _ in pages]
    parts = []
    for i, (period, part, chunk) in enumerate(pages):
        label = _period_label(views, period)
        rows = [views.brief_row(b, PART_DIR) for b in chunk]
        parts.append({"name": names[i], "period": period, "part": part, "label": label,
                      "title": label if part == 1 else f"{label} ({part})",
                      "rows": rows, "pager": dict(_calendar_pager(names, i, f"../{entity_id}.md"), up_label=name)})
    return by_year, parts


def _calendar_index(views: Views, pages: list[tuple[str, str, int, str]]) -> list[dict]:
    """[(period, link, rows, label)] of calendar pages in reading order → the years, each with its
    months (or its quarters, or its own page), each linking to its first page, with counts."""
    years: dict[str, list] = {}
    for period, link, count, label in pages:
        at = periods.level(period) if period != periods.UNDATED else periods.YEAR
        key = period if at <= periods.MONTH else period[:7]
        entries = years.setdefault(period[:4] if period != periods.UNDATED else views.labels["no_date"], [])
        if entries and entries[-1]["key"] == key:
            entries[-1]["count"] += count
        else:
            entries.append({"key": key, "link": link, "count": count,
                            "label": label if at <= periods.QUARTER else _period_label(views, key)})
    return [{"title": year, "count": sum(e["count"] for e in entries), "parts": entries}
            for year, entries in years.items()]


def _ranked_parts(rows: list[dict], kind: str, entity_id: str, name: str) -> tuple[list[dict], list[dict]]:
    """A ranked list of an entity (people, roles) past ENTITY_WHOLE[kind] rows: (its first
    ENTITY_WHOLE[kind] rows for the overview, numbered part pages holding all of it)."""
    if len(rows) <= ENTITY_WHOLE[kind]:
        return rows, []
    chunks = [rows[i:i + ENTITY_PART_ROWS[kind]] for i in range(0, len(rows), ENTITY_PART_ROWS[kind])]
    names = [kind if i == 0 else f"{kind}-{i + 1}" for i in range(len(chunks))]
    return rows[:ENTITY_WHOLE[kind]], [{"name": names[i], "rows": chunk, "part": i + 1,
                                  "pager": {"up": f"../{entity_id}.md", "up_label": name,
                                            "prev": f"{names[i - 1]}.md" if i else None,
                                            "next": f"{names[i + 1]}.md" if i + 1 < len(names) else None,
                                            "part": i + 1, "parts": len(names)}}
                                 for i, chunk in enumerate(chunks)]


def _entity_facts(views: Views, briefs: list[Brief], by_brief: dict, contributions: dict | None = None,
                  contexts: dict | None = None) -> tuple[list, list, list, dict]:
    """(quotes, statements, its own timeline newest first, roles) of an entity's briefs; when
    given, each brief's `contribution` into `contributions` and its line of context into
    `contexts` (article id → digest, line)."""
    here, labels = "entities/", views.labels
    said, statements, events = [], [], []
    roles: dict[tuple[str, str], dict] = {}
    for brief in briefs:
        row = views.brief_row(brief, here)
        facts = _brief_facts(views, brief, by_brief[brief.article.id])
        if contributions is not None:
            context = _context(brief, by_brief[brief.article.id])
            if contexts is not None:
                contexts[brief.article.id] = context
            contributions[brief.article.id] = _contribution(views, brief, by_brief[brief.article.id], facts, context)
        for actor, doubt in facts[0]:
            _add_role(roles, actor, row, labels, doubt)
        said += [dict(entry, brief=row) for entry in facts[1]]
        statements += [dict(entry, brief=row) for entry in facts[2]]
        events += [(key, brief, i, sentence, when) for key, i, sentence, when in facts[3]]
    # Newest events first: the latest are what an analyst opens the page for.
    events.sort(key=lambda e: (e[0], e[1].article.id), reverse=True)
    return said, statements, events, roles


def _brief_facts(views: Views, brief: Brief, actors: list) -> tuple[list, list, list, list]:
    """What one brief says of an entity (its `actors` in it): (its roles as (actor, doubt), its
    quotes, its statements, its dated sentences that mention it as (key, index, sentence, date text))."""
    here = "entities/"
    keys = {a.key for a in actors}
    roles = [(actor, views.doubt(role_certainty(brief, actor))) for actor in actors if actor.role or actor.affiliation]
    said = [{"text": q.text, "channel": q.channel, "source": views.source(brief, "quote", i, here),
             "doubt": views.doubt(speaker_certainty(brief, q))}
            for i, q in enumerate(brief.quotes) if q.speaker_key in keys]
    statements = [{"text": s.text, "verb": s.verb, "source": views.source(brief, "statement", i, here)}
                  for i, s in enumerate(brief.statements) if s.speaker_key in keys]
    spans = [m.span for a in actors for m in a.mentions]
    events = [(sort_key(d.value), i, sentence, when) for i, d, sentence, when in views.sentence_events(brief)
              if any(sentence.start <= m.start and m.end <= sentence.end for m in spans)]
    return roles, said, statements, events


def contribution(views: Views, brief: Brief, actors: list) -> str:
    """A digest of everything an entity's pages read of one brief naming it (its `actors` in it),
    apart from the brief's row inputs (`r:`) and the entities it names (`s:`), which are depindex
    keys of their own: the row as shown, each actor's key, role and affiliation (its mentions reach
    the pages only through the line of context and the dated sentences, which are in it), the line
    of context, and every fact the brief gives the entity as the pages show it (roles with their
    doubt, quotes and statements with their marks in the text, the dated sentences with the names
    they are given). An entity's pages whose briefs changed (`a:`) only in ways that leave every
    such digest the same are the same pages (render_entity_pages)."""
    return _contribution(views, brief, actors, _brief_facts(views, brief, actors), _context(brief, actors))


def _contribution(views: Views, brief: Brief, actors: list, facts: tuple, context: str) -> str:
    roles, said, statements, events = facts
    # repr of str, numbers, None, lists, tuples and dicts (in the order the code builds them): exact and quick.
    value = (views.brief_row(brief, "entities/"), [(a.key, a.role, a.affiliation) for a in actors],
             context, [(actor.key, doubt) for actor, doubt in roles], said, statements,
             [(key, i, when, name_the_pronoun(views, brief, sentence), views.source(brief, "date", i, "entities/"))
              for key, i, sentence, when in events])
    return hashlib.sha256(repr(value).encode("utf-8", "surrogatepass")).hexdigest()[:24]


def _graph(catalog: Catalog, views: Views, entity_id: str, partners: Counter) -> str | None:
    """The neighbourhood picture: the most specific partners (people and bodies) around it."""
    ring = sorted(((eid, n) for eid, n in partners.items() if catalog.entities[eid].kind in ("person", "organization")),
                  key=lambda kv: (-_specificity(views, entity_id, kv[0], kv[1]), -kv[1],
                                  catalog.entities[kv[0]].name, kv[0]))[:NEIGHBOURS]
    if not ring:
        return None
    from_url = f"entities/{entity_id}/"
    ring_ids = [eid for eid, _ in ring]
    edges = [(min(entity_id, eid), max(entity_id, eid), n) for eid, n in ring]
    edges += strongest_edges(ring_ids, views.pairs, per_node=2)
    return render_svg([_node(views, eid, from_url) for eid in ring_ids], sorted(set(edges)),
                      centre=_node(views, entity_id, from_url), ring=150.0, units=views.labels["briefs_count"],
                      label=f"{views.labels['neighbourhood']}: {catalog.entities[entity_id].name}")


def entity_page(catalog: Catalog, views: Views, entity_id: str) -> dict:
    """The view of one entity: linear in the briefs that mention it. Bounded: a few rows of each
    list, the rest folded, linked or continued on part pages (`page["parts"]`: {kind: pages}), so
    neither the page's height nor its size grows with the collection."""
    entity, here, labels = catalog.entities[entity_id], "entities/", views.labels
    by_brief = _actors_by_brief(views, entity_id)
    apps = views.appearances.get(entity_id, [])
    briefs = sorted({b.article.id: b for b, _ in apps}.values(), key=_newest_first, reverse=True)
    contributions: dict[str, str] = {}
    contexts: dict[str, str] = {}
    said, statements, events, roles = _entity_facts(views, briefs, by_brief, contributions, contexts)
    by_year, brief_parts = _entity_briefs(views, entity_id, briefs, by_brief, contexts)
    timeline = [{"date": when, "text": shorten(name_the_pronoun(views, brief, sentence)),
                 "brief": views.brief_row(brief, here), "source": views.source(brief, "date", i, here)}
                for _, brief, i, sentence, when in events[:ENTITY_WHOLE["events"]]]
    # People it appears with, by how specific the link is (never countries or places: they are
    # with everyone); the raw count is shown, not ranked by.
    partners = views.partners.get(entity_id, Counter())
    people = sorted(((eid, n) for eid, n in partners.items() if catalog.entities[eid].kind == "person"),
                    key=lambda kv: (-_specificity(views, entity_id, kv[0], kv[1]), -kv[1],
                                    catalog.entities[kv[0]].name, kv[0]))
    with_rows, people_parts = _ranked_parts(
        [{"name": catalog.entities[eid].name, "link": views.entity_link(eid, here), "count": n,
          "part_link": views.entity_link(eid, PART_DIR)} for eid, n in people], "people", entity_id, entity.name)
    role_rows, role_parts = _ranked_parts(_role_rows(roles), "roles", entity_id, entity.name)
    dated = [b.published for b in briefs if b.published and b.published.value]
    # Every spelling the collection knows goes into the page text, so search finds the page by it.
    aliases = sorted(set(entity.aliases) - {entity.name}, key=lambda a: (a.lower(), a))
    quotes_page = views.speaker_pages.get(entity_id)
    return {"entity": entity, "kind": labels[f"kind_{entity.kind}"], "aliases": aliases,
            "count": len(briefs), "years": by_year, "chart": _chart(views, entity.name, briefs),
            "brief_index": _calendar_index(views, [(p["period"], f"{entity_id}/{p['name']}.md", len(p["rows"]), p["label"])
                                                   for p in brief_parts]) if brief_parts else None,
            "first_seen": views.date_text(min(dated, key=lambda d: sort_key(d.value))) if dated else None,
            "last_seen": views.date_text(max(dated, key=lambda d: sort_key(d.value))) if dated else None,
            "roles": role_rows[:ENTITY_ROLES], "roles_more": role_rows[ENTITY_ROLES:],
            "roles_all": {"count": len(roles), "link": f"{entity_id}/roles.md"} if role_parts else None,
            "said": said[:ENTITY_QUOTES], "said_count": len(said),
            "statements": statements[:ENTITY_QUOTES], "statements_count": len(statements),
            "quotes_link": f"../{quotes_page}#s-{entity_id}" if quotes_page else None,
            "timeline": timeline[:ENTITY_EVENTS], "timeline_more": timeline[ENTITY_EVENTS:],
            "timeline_rest": len(events) - len(timeline),
            "appears_with": with_rows[:APPEARS_WITH], "appears_with_more": with_rows[APPEARS_WITH:],
            "appears_with_all": {"count": len(people), "link": f"{entity_id}/people.md"} if people_parts else None,
            "graph": _graph(catalog, views, entity_id, partners), "boost": ENTITY_BOOST,
            "search_tags": search_tags(views, entity_id),
            "name_words": pagefind_names(views, entity_id),
            "parts": {"briefs": brief_parts, "people": people_parts, "roles": role_parts},
            "contributions": contributions}


def _actors_by_brief(views: Views, entity_id: str) -> dict[str, list]:
    """An entity's actors in each brief naming it (article id → actors, in the brief's order)."""
    by_brief: dict[str, list] = defaultdict(list)
    for brief, actor in views.appearances.get(entity_id, []):
        by_brief[brief.article.id].append(actor)
    return by_brief


def _letter(name: str) -> str:
    """A–Z heading of a name: its first letter without accents; digits and signs under "#"."""
    folded = fold(name[:1]) if name else ""
    return folded.upper() if folded.isalpha() else "#"


def entity_deps(views: Views, entity_id: str) -> tuple[set[str], set[str]]:
    """The depindex keys an entity's pages read: the entity (`e:`), its search words (`w:`) and
    quotes page (`q:`), the briefs naming it: their rows (`r:`), the entities they name with it
    (`s:`) and, as soft keys, the briefs whole (`a:`: what they say of it, checked through their
    `contribution`s), and of each entity named with it the name and kind (`k:`), and for people
    and bodies also the briefs naming them (`e:`: the "appears with" ranking and the picture weigh
    them by their counts and by how often two of them appear together). (deps, soft)."""
    deps = {f"e:{entity_id}", f"w:{entity_id}", f"q:{entity_id}"}
    briefs = views.briefs_of.get(entity_id, ())
    deps.update(f"{kind}:{article_id}" for article_id in briefs for kind in ("r", "s"))
    entities = views.catalog.entities
    for other in views.partners.get(entity_id, ()):
        deps.add(f"e:{other}" if entities[other].kind in ("person", "organization") else f"k:{other}")
    return deps, entity_soft(views, entity_id)


def entity_soft(views: Views, entity_id: str) -> set[str]:
    """entity_deps' soft keys alone (its hard keys are a large set for an entity most briefs name)."""
    return {f"a:{article_id}" for article_id in views.briefs_of.get(entity_id, ())}


def same_contributions(views: Views, entity_id: str, record: dict) -> set[str] | None:
    """The soft keys of an entity's pages (entity_deps) when every brief naming it that changed
    (`a:`) gives it what it gave before (`contribution`, recorded with its pages); None (render)
    when one gives something else or the record has none."""
    tracker, before = views.tracker, record.get("contributions")
    if tracker is None or not isinstance(before, dict):
        return None
    by_brief = None
    for article_id in views.briefs_of.get(entity_id, ()):
        if tracker.unchanged(f"a:{article_id}"):
            continue
        by_brief = by_brief or _actors_by_brief(views, entity_id)
        if before.get(article_id) != contribution(views, views.by_id[article_id], by_brief[article_id]):
            return None
    return entity_soft(views, entity_id)


def render_entity_pages(catalog: Catalog, views: Views, out: Renderer) -> None:
    index: dict[str, list] = {k: [] for k in KINDS}
    views.tracker = out.tracker
    for entity_id, entity in sorted(catalog.entities.items()):
        group = f"entity:{entity_id}"
        record = out.reuse(group, lambda record, entity_id=entity_id: same_contributions(views, entity_id, record))
        if record is not None:
            index[entity.kind].append(record["row"])
            continue
        start = len(out.emitted)
        page = entity_page(catalog, views, entity_id)
        parts, contributions = page.pop("parts"), page.pop("contributions")
        out(f"entities/{entity_id}.md", "entity.html.j2", page=page)
        for kind, pages in parts.items():
            for part in pages:
                out(f"entities/{entity_id}/{part['name']}.md", "entity_part.html.j2", kind=kind,
                    name=entity.name, part=part, pager=part["pager"])
        row = {"name": entity.name, "link": f"../entities/{entity_id}.md",
               "count": page["count"], "aliases": page["aliases"],
               "role": page["roles"][0]["role"] if page["roles"] else None,
               "last": page["last_seen"]}
        index[entity.kind].append(row)
        deps, soft = entity_deps(views, entity_id)
        out.record(group, deps, start, soft=soft, row=row, contributions=contributions)
    letters: dict[str, list] = {}
    for kind, rows in index.items():
        rows.sort(key=lambda r: (fold(r["name"]), r["name"]))
        groups: dict[str, list] = defaultdict(list)
        for row in rows:
            groups[_letter(row["name"])].append(row)
        letters[kind] = sorted(groups.items(), key=lambda kv: (kv[0] == "#", kv[0]))
    totals = {k: len(v) for k, v in index.items()}
    if sum(totals.values()) <= list_limit("actors"):
        out("actors/index.md", "actors.html.j2", index=letters, totals=totals, kinds=None, pager=None)
        return
    # Large: the index lists each kind's letters; actors/<kind>.md (and parts) hold the rows.
    kinds = {}
    for kind, groups in letters.items():
        chunks = paginate(groups, list_limit("actors")) or [[]]
        paths = _parts(f"actors/{kind}", chunks)
        where = {}
        for i, (path, chunk) in enumerate(zip(paths, chunks)):
            out(path, "actors.html.j2", index={kind: chunk}, totals=totals, kinds=None,
                pager=_pager(paths, i, "actors/"))
            for letter, _ in chunk:
                where.setdefault(letter, path[len("actors/"):])
        kinds[kind] = [{"letter": letter, "count": len(rows), "link": where[letter]} for letter, rows in groups]
    out("actors/index.md", "actors.html.j2", index=None, totals=totals, kinds=kinds, pager=None)


def _context(brief: Brief, actors) -> str:
    """One line of context: the first body sentence that mentions the entity (the headline, which
    the line above already shows, only when the body never names it)."""
    text = brief.article.text
    spans = sorted(m.span for a in actors for m in a.mentions)
    if not spans:
        return ""
    chosen = None
    for span in spans:
        sentence = brief.sentence_of(span)
        if sentence is not None and not sentence.caption:
            chosen = sentence.span
            break
    if chosen is None:
        sentence = brief.sentence_of(spans[0])
        chosen = sentence.span if sentence else spans[0]
        if brief.layout.headline and chosen.overlaps(brief.layout.headline):
            return ""
    return shorten(chosen.of(text), 180)


def brief_entries(views: Views, brief: Brief, kind: str, make: Callable[[], list]) -> list:
    """A brief's entries of a whole-collection page (`kind`: its timeline rows, its quotes and
    statements; `make()` makes them, plain data read only by the caller): with the render's
    dependency index, those the last build kept when nothing they read changed
    (depindex.entries_signature: the brief's `a:` and its entities' `k:` values), so the
    timeline and quotes pages do not make every brief's rows again for one changed article;
    kept in turn for the next build."""
    tracker = views.tracker
    if tracker is None:
        return make()
    article_id = brief.article.id
    signature = tracker.entry_signatures.get(article_id)
    if signature is None:
        names = tracker.signatures.get
        signature = tracker.entry_signatures[article_id] = depindex.entries_signature(
            names(f"a:{article_id}", ""), [names(f"k:{eid}", "") for eid in sorted(views.entities_in[article_id])])
    found = tracker.kept_entries(article_id, kind, signature)
    if found is None:
        found = make()
    tracker.keep_entries(article_id, kind, signature, found)
    return found


def timeline_entries(views: Views, brief: Brief) -> list[list]:
    """[index into dated_events, event] for each timeline row of a brief (`_timeline_entries`)."""
    return brief_entries(views, brief, "timeline", lambda: _timeline_entries(views, brief))


def page_key(places: dict, value: Callable[[], list]) -> str | None:
    """The `page_key` (Renderer) of a list page made of kept entries: `value()` names them by their
    places ("<brief_entries signature>:<index>"); None without an index (no places)."""
    return json.dumps(value(), ensure_ascii=False) if places else None


def _timeline_entries(views: Views, brief: Brief) -> list[list]:
    """A brief's events on the timeline, one per sentence (Views.sentence_events), as plain data
    (the entities of its sentence as sorted ids), each beside its index into dated_events: the last
    build's are taken when nothing they read changed (brief_entries)."""
    return [[i, {"key": sort_key(d.value), "value": d.value, "date": when,
                 "text": shorten(name_the_pronoun(views, brief, sentence)), "brief": views.brief_row(brief, "timeline/"),
                 "source": views.source(brief, "date", i, "timeline/"),
                 "actors": sorted(views.entities_at(brief, sentence))}]
            for i, d, sentence, when in views.sentence_events(brief)]


def timeline_groups(catalog: Catalog, views: Views, places: dict[int, str] | None = None) -> list[tuple[str, str, list]]:
    """Every dated event of every brief, by month; same-day events of different briefs that
    share an actor are one group (connected components, so A–B and B–C put A, B, C together).
    Returns (month key, month title, groups) in calendar order. `places`, when given and the
    render has an index, receives each event's place (`entry_place`), by the event's id()."""
    events = []
    for brief in catalog.briefs:
        found = timeline_entries(views, brief)
        events += [event for _, event in found]
        if places is not None and views.tracker is not None:
            signature = views.tracker.entry_signatures[brief.article.id]
            places.update((id(event), f"{signature}:{n}") for n, (_, event) in enumerate(found))
    events.sort(key=lambda e: (e["key"], e["value"], e["brief"]["id"], e["text"]))
    by_day: dict[str, list] = defaultdict(list)
    for event in events:
        by_day[event["value"]].append(event)
    months: dict[str, list] = defaultdict(list)
    for value in sorted(by_day, key=lambda v: (by_day[v][0]["key"], v)):
        day = by_day[value]
        month = months[day[0]["key"][:7]]      # (an event's "key" is sort_key of its value)
        if len(day) == 1:          # (most days: one event, one group, no brief beside it)
            month.append(_lone_group(day[0]))
            continue
        parent = list(range(len(day)))

        def root(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i
        if len(value) == 10:      # only events dated to the day are merged
            holder: dict[str, int] = {}
            for i, event in enumerate(day):
                for entity_id in sorted(event["actors"]):
                    j = holder.setdefault(entity_id, i)
                    parent[root(i)] = root(j)
        clusters: dict[int, list] = defaultdict(list)
        for i, event in enumerate(day):
            clusters[root(i)].append(event)
        for members in sorted(clusters.values(), key=lambda m: (m[0]["brief"]["id"], m[0]["text"])):
            if len(members) == 1:
                month.append(_lone_group(members[0]))
                continue
            briefs = {m["brief"]["id"] for m in members}
            # The actors that tie the group together: named in the events of two briefs or more.
            holders: dict[str, set] = defaultdict(set)
            for m in members:
                for entity_id in m["actors"]:
                    holders[entity_id].add(m["brief"]["id"])
            shared = {e for e, ids in holders.items() if len(ids) > 1}
            group = {"date": members[0]["date"], "events": members, "together": len(briefs) > 1,
                     "shared": sorted((catalog.entities[e].name for e in shared), key=str.lower)}
            month.append(group)
    # A month's events under its name; events dated only to a year under "Tahun 2025", before its months.
    titles = {m: format_value(m, views.language, views.labels) if len(m) == 7
              else views.labels["year_heading"].format(year=m) for m in months}
    return [(m, titles[m], months[m]) for m in sorted(months)]


def _lone_group(event: dict) -> dict:
    """timeline_groups' group of one event: no other brief's event beside it, no actor shared."""
    return {"date": event["date"], "events": [event], "together": False, "shared": []}


# Events on the timeline index (split collections) and on the home page: the newest ones.
LATEST_EVENTS = 12


def latest_events(views: Views, months: list, count: int = LATEST_EVENTS) -> list[dict]:
    """The newest events up to the build date (plans dated later are not news yet), newest first;
    one row per sentence of a brief."""
    limit = sort_key(views.build_date) if views.build_date else "9999"
    found, seen = [], set()
    for event in _events_from_last(months):
        if len(found) >= count and event["key"] < found[count - 1]["key"]:
            break           # (keys only fall from here: no later event is among the newest `count`)
        key = (event["brief"]["id"], event["text"])
        if event["key"] <= limit and key not in seen:
            seen.add(key)
            found.append(event)
    found.sort(key=lambda e: (e["key"], e["brief"]["id"]), reverse=True)
    return found[:count]


def _events_from_last(months: list):
    """timeline_groups' events from the last on: their keys never rise (months, days and a day's
    events are in calendar order)."""
    for _, _, groups in reversed(months):
        for group in reversed(groups):
            yield from reversed(group["events"])


def _row_periods(value: str | None) -> list[str]:
    """The calendar periods (periods.py) a dated row may be filed under, from its ISO value."""
    return periods.periods_of(sort_key(value), "week" if value and "-W" in value else None)


def _period_label(views: Views, period: str) -> str:
    return periods.label(period, lambda v: format_value(v, views.language, views.labels), views.labels["no_date"])


def _calendar_pager(names: list[str], i: int, up: str) -> dict:
    """Links of a calendar page to the pages before and after it and to the index; no "part i of
    n", which would change on every page when a period gains its first row."""
    return {"up": up, "prev": f"{names[i - 1]}.md" if i > 0 else None,
            "next": f"{names[i + 1]}.md" if i + 1 < len(names) else None, "part": i + 1, "parts": 1}


def render_timeline(catalog: Catalog, views: Views, out: Renderer) -> None:
    """timeline/index.md: the whole timeline when it fits on a page; else the years with their
    months and counts, and a page per calendar period (periods.py: a year, or when it holds more
    events than a page, its quarters, months, thirds of a month or days), so that adding an event
    changes the one page of its period, never renumbers the others."""
    places: dict[int, str] = {}
    months = timeline_groups(catalog, views, places)
    weight = lambda group: len(group["events"])   # noqa: E731
    total = sum(weight(g) for _, _, groups in months for g in groups)
    if total <= list_limit("timeline"):
        out("timeline/index.md", "timeline.html.j2", title=None, months=[(t, g) for _, t, g in months],
            years=None, pager=None, latest=[])
        return
    rows = [(key, title, group) for key, title, groups in months for group in groups]
    of_value: dict[str, list[str]] = {}      # (a day's groups are filed under the same periods)

    def row_periods(row: tuple) -> list[str]:
        value = row[2]["events"][0]["value"]
        found = of_value.get(value)
        if found is None:
            found = of_value[value] = _row_periods(value)
        return found
    cut = periods.cut(rows, row_periods, list_limit("timeline"), weight=lambda row: weight(row[2]))
    pages = periods.parts(cut, list_limit("timeline"), weight=lambda row: weight(row[2]))
    names = [periods.page_name(period, part) for period, part, _ in pages]
    entries = []
    for i, (period, part, chunk) in enumerate(pages):
        sections: list[tuple[str, list]] = []
        for key, title, group in chunk:
            if not sections or sections[-1][0] != key:
                sections.append((key, title, []))
            sections[-1][2].append(group)
        whole_year = periods.level(period) == periods.YEAR and any(len(k) > 4 for k, _, _ in sections)
        label = (_span_label([((t, k), g) for k, t, g in sections]) if whole_year
                 else views.labels["year_heading"].format(year=period) if periods.level(period) == periods.YEAR
                 else _period_label(views, period))
        title = label if part == 1 else f"{label} ({part})"
        pager = _calendar_pager(names, i, "index.md")
        # What the page shows is a function of its title, pager, month titles and its events'
        # places (each group's date, actors shared and names come from its events).
        key = page_key(places, lambda: [title, pager, [[t, [[places[id(e)] for e in g["events"]] for g in gs]]
                                                       for _, t, gs in sections]])
        out(f"timeline/{names[i]}.md", "timeline.html.j2", page_key=key, title=title,
            months=[(t, g) for _, t, g in sections], years=None, pager=pager, latest=[])
        entries.append((period, f"{names[i]}.md", sum(weight(group) for _, _, group in chunk), label))
    index = _calendar_index(views, entries)[::-1]        # newest year first, its months in order
    out("timeline/index.md", "timeline.html.j2", title=None, months=[], years=index, pager=None,
        latest=latest_events(views, months))


def _span_label(chunk: list) -> str:
    """'Maret 2024 – Juli 2024' for a part of a year's timeline, from its month headings (a
    year-only heading names the part only when it holds nothing else)."""
    heads = [head for head, _ in chunk]
    months = [title for title, key in heads if len(key) > 4] or [heads[0][0]]
    return months[0] if months[0] == months[-1] else f"{months[0]} – {months[-1]}"


# The quotes index of a split collection opens with the newest quotes themselves.
LATEST_QUOTES = 15


def _quote_entries(views: Views, brief: Brief, here: str = "quotes/") -> list[list]:
    """A brief's quotes, then its statements, on the quotes pages: [speaker's entity id, or "~"
    when none, entry] as plain data; the last build's are taken when nothing they read changed
    (brief_entries)."""
    catalog, found = views.catalog, []
    for i, q in enumerate(brief.quotes):
        found.append([catalog.entity_id(brief, q.speaker_key) or "~", {
            "text": q.text, "channel": q.channel, "brief": views.brief_row(brief, here), "kind": "quote",
            "source": views.source(brief, "quote", i, here), "doubt": views.doubt(speaker_certainty(brief, q))}])
    for i, st in enumerate(brief.statements):
        found.append([catalog.entity_id(brief, st.speaker_key) or "~", {
            "text": st.text, "verb": st.verb, "brief": views.brief_row(brief, here), "kind": "statement",
            "source": views.source(brief, "statement", i, here)}])
    return found


def render_quotes(catalog: Catalog, views: Views, out: Renderer) -> None:
    """quotes/index.md: every speaker's quotes when they fit on a page; else the speakers' initials
    with counts, and quotes/<letter>.md (numbered parts past the bound) per initial."""
    here = "quotes/"
    quotes_by: dict[str, list] = defaultdict(list)
    statements_by: dict[str, list] = defaultdict(list)
    names: dict[str, dict] = {}

    latest: list[dict] = []          # the newest quotes of the collection, for the index page
    places: dict[int, str] = {}      # id(entry) → its place (page_key), with an index
    for brief in views.briefs_newest:
        found = brief_entries(views, brief, "quotes", lambda brief=brief: _quote_entries(views, brief))
        if views.tracker is not None:
            signature = views.tracker.entry_signatures[brief.article.id]
            places.update((id(entry), f"{signature}:{n}") for n, (_, entry) in enumerate(found))
        for who, entry in found:
            if who not in names:
                names[who] = {"name": catalog.entities[who].name if who != "~" else views.labels["speaker_unknown"],
                              "link": views.entity_link(who, here) if who != "~" else None}
            if entry["kind"] == "quote":
                quotes_by[who].append(entry)
                if len(latest) < LATEST_QUOTES:
                    latest.append(dict(entry, speaker=names[who]))
            else:
                statements_by[who].append(entry)
    keys = sorted(set(quotes_by) | set(statements_by), key=lambda k: (k == "~", fold(names[k]["name"]), k))
    sections = [(k, quotes_by.get(k, []) + statements_by.get(k, [])) for k in keys]

    def speakers(chunk) -> list[dict]:
        return [{"speaker": names[k], "anchor": "s-unknown" if k == "~" else f"s-{k}", "quotes": [e for e in items if e["kind"] == "quote"],
                 "statements": [e for e in items if e["kind"] == "statement"]} for k, items in chunk]

    if sum(len(items) for _, items in sections) <= list_limit("quotes"):
        views.speaker_pages.update({k: "quotes/index.md" for k, _ in sections if k != "~"})
        out("quotes/index.md", "quotes.html.j2", title=None, speakers=speakers(sections), letters=None, pager=None, latest=[])
        return
    by_letter: dict[str, list] = defaultdict(list)
    for k, items in sections:
        by_letter["?" if k == "~" else _letter(names[k]["name"])].append((k, items))
    letters = []
    for letter in sorted(by_letter, key=lambda x: (x == "?", x == "#", x)):
        slug = {"?": "unknown", "#": "other"}.get(letter, letter.lower())
        title = views.labels["speaker_unknown"] if letter == "?" else letter
        chunks = paginate(by_letter[letter], list_limit("quotes"))
        paths = _parts(f"quotes/{slug}", chunks)
        for i, (path, chunk) in enumerate(zip(paths, chunks)):
            for k, _ in chunk:
                if k != "~":
                    views.speaker_pages.setdefault(k, path)
            pager = _pager(paths, i, here)
            key = page_key(places, lambda: [title, pager, [[k, names[k], [places[id(e)] for e in items]]
                                                           for k, items in chunk]])
            out(path, "quotes.html.j2", page_key=key, title=title, speakers=speakers(chunk), letters=None,
                pager=pager, latest=[])
        letters.append({"title": title, "speakers": len(by_letter[letter]),
                        "count": sum(len(items) for _, items in by_letter[letter]),
                        "parts": [path[len(here):] for path in paths]})
    out("quotes/index.md", "quotes.html.j2", title=None, speakers=[], letters=letters, pager=None, latest=latest)


def render_collection_pages(catalog: Catalog, views: Views, out: Renderer) -> None:
    """The site-wide Timeline and Quotes pages."""
    render_timeline(catalog, views, out)
    render_quotes(catalog, views, out)


RECORDS = "data/records.json"
ENTITIES = "data/entities.json"


@dataclass(frozen=True)
class KeptFile:
    """A docs-tree file the last build wrote, this build's as it is: its sha256, and its stamp when
    it is as that build left it (RenderCache.stamped: not read), else its text (read and checked)."""

    digest: str
    stamp: list | None = None
    text: str | None = None


def kept_entities(catalog: Catalog, cache: RenderCache | None) -> KeptFile | None:
    """data/entities.json as the last build wrote it, when it is what this build writes: the index
    was made in this context (the same code, settings and lexicon), it listed the same entities
    (a digest of their ids: none new, none gone, so the last build computed every one's `e:`) and
    every entity's `e:` (its name, kind, aliases, description, Wikidata id and the briefs naming
    it: all its line holds) is the last build's; and the file is the one that build wrote (its
    stamp, else its bytes have the digest recorded then). Else None: written again."""
    tracker = cache.tracker if cache is not None else None
    if tracker is None or tracker.previous is None:
        return None
    before = tracker.previous.get("entities_file")
    if (not isinstance(before, dict) or before.get("ids") != _entity_ids(catalog)
            or not isinstance(before.get("digest"), str)):
        return None
    if not all(tracker.unchanged(f"e:{entity_id}") for entity_id in catalog.entities):
        return None
    known = cache.stamped(ENTITIES)
    if known is not None and known[0] == before["digest"]:
        return KeptFile(known[0], known[1])
    text = cache.previous(ENTITIES)
    return KeptFile(before["digest"], None, text) if text is not None and _full_sha(text) == before["digest"] else None


def _entity_ids(catalog: Catalog) -> str:
    return hashlib.sha256("\0".join(sorted(catalog.entities)).encode("utf-8", "surrogatepass")).hexdigest()[:32]


def render_data(catalog: Catalog, views: Views, settings: Settings,
                cache: RenderCache | None = None, *, unread: bool = False) -> dict[str, str | Iterable[str] | KeptFile]:
    """Data for other tools: records, entities, and an Atom feed of the newest briefs. A brief's
    record is a function of its `a:` key (depindex): with an index, the line of an unchanged one is
    taken from the last build's file (checked against its recorded digest). `unread`: the caller
    (a writer) takes a file the last build wrote as it is (a KeptFile: data/entities.json,
    kept_entities)."""
    tracker = cache.tracker if cache is not None else None
    previous: dict[str, bytes] = {}
    if tracker is not None and tracker.previous is not None:
        before = tracker.previous.get("records") or {}
        raw = cache.previous_bytes(RECORDS) if before.get("digest") else None
        # A file as the last build left it (its stamp: RenderCache.stamped) has the digest recorded
        # then: 11 MB not hashed again at 1,000 articles; any other is checked against it. Its lines
        # stay bytes (written as they are: not decoded, not encoded again).
        known = cache.stamped(RECORDS) if raw is not None else None
        same = raw is not None and ((known is not None and known[0][:32] == before["digest"])
                                    or hashlib.sha256(raw).hexdigest()[:32] == before["digest"])
        lines = raw.split(b"\n")[1:-2] if same else []
        if len(lines) == len(before.get("ids") or ()):
            previous = {article_id: line.rstrip(b",") for article_id, line in zip(before["ids"], lines)}
    records = (previous[b.article.id] if b.article.id in previous and tracker.unchanged(f"a:{b.article.id}")
               else json.dumps(to_record(b, catalog), ensure_ascii=False, sort_keys=True).encode("utf-8")
               for b in catalog.briefs)
    kept = kept_entities(catalog, cache) if unread else None
    entities = [] if kept is not None else [
        {"id": e.id, "kind": e.kind, "name": e.name, "aliases": sorted(e.aliases),
         "wikidata": e.wikidata, "description": e.description, "briefs": sorted(views.briefs_of.get(e.id, []))}
        for e in sorted(catalog.entities.values(), key=lambda e: e.id)]
    # One item per line: a valid JSON array that diffs per brief, written by json's C encoder (the
    # indented form used the pure-Python one: a second per 1,000 briefs).
    dump = lambda items: "[\n" + ",\n".join(json.dumps(v, ensure_ascii=False, sort_keys=True)  # noqa: E731
                                            for v in items) + "\n]\n" if items else "[]\n"
    def lines():
        """records.json a line at a time, as bytes (10,000 records are ~0.1 GB as one string); its
        digest for the index is the writer's (_render_all: the sha256 of the bytes it wrote)."""
        first = True
        for line in records:
            yield (b"[\n" if first else b",\n") + line
            first = False
        yield b"[]\n" if first else b"\n]\n"
        if tracker is not None:
            tracker.records = {"ids": [b.article.id for b in catalog.briefs], "digest": None}
    entities_text = kept or dump(entities)
    if tracker is not None:
        tracker.entities_file = {"ids": _entity_ids(catalog),
                                 "digest": kept.digest if kept is not None else _full_sha(entities_text)}
    return {RECORDS: lines(), ENTITIES: entities_text, "feed.xml": atom_feed(views, settings)}


def atom_feed(views: Views, settings: Settings) -> str:
    """Atom 1.0; every value through xml_text, which also drops what XML 1.0 forbids (control
    characters), so a hostile headline cannot make the feed unreadable."""
    escape = xml_text

    base = settings.site_url.rstrip("/") + "/" if settings.site_url else ""
    updated = (sort_key(views.build_date) or "1970-01-01")[:10] + "T00:00:00Z"
    lines = ['<?xml version="1.0" encoding="utf-8"?>',
             '<feed xmlns="http://www.w3.org/2005/Atom">',
             f"  <title>{escape(settings.title)}</title>",
             f"  <id>{escape(base or 'urn:briefing:')}</id>",
             f'  <link href="{escape(base)}feed.xml" rel="self"/>',
             f"  <updated>{updated}</updated>"]
    for brief in views.briefs_newest[:FEED_ENTRIES]:
        slug = views.slug[brief.article.id]
        when = (sort_key(brief.published.value if brief.published else None) or updated)[:10]
        summary = " ".join(s.of(brief.article.text) for s in brief.summary)
        lines += ["  <entry>",
                  f"    <title>{escape(brief.title)}</title>",
                  f"    <id>{escape(base or 'urn:briefing:')}briefs/{slug}/</id>",
                  f'    <link href="{escape(base)}briefs/{slug}/"/>',
                  f"    <updated>{when}T00:00:00Z</updated>",
                  f"    <summary>{escape(summary)}</summary>",
                  "  </entry>"]
    lines.append("</feed>")
    return "\n".join(lines) + "\n"
