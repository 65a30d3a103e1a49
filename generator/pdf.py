"""Catalog → print HTML (site_templates/print) → WeasyPrint PDFs: one per brief, and the dossier.

This module owns the printable output: `render_pdfs` returns {docs-relative path: PDF bytes}
(`pdf/<slug>.pdf` per brief, `pdf/dossier.pdf`), and `brief_html` / `dossier_html` give the
print HTML it converts, so tests can look at either.

- A brief is a meeting brief: key points first (who, what, when, each with its `¶` paragraph),
  then actors, timeline (one row per sentence, a week written as its dates), quotes, and the
  source with a one-line provenance note. The source block is never split, so a last page never
  holds a block's tail alone.
- The dossier: cover (period covered; the build date only when the settings give one, never the
  clock), overview (key events of the period, most active people, countries and bodies), contents
  grouped by month (newest first, undated last), the briefs in that order, and an index whose page
  numbers are printed as text, ranges compressed ("12–14"): each brief section lays out exactly as
  its standalone PDF (every brief starts a page; same stylesheet), so the anchors' pages are known
  from the brief documents before the dossier is laid out, and checked on the laid-out dossier
  (laid out again with the found pages on any difference). Entities named in many briefs print a
  count and their entity page instead of a wall of numbers.
- The data comes from `pages.Views.brief_page`, the same view model as the web page, so the
  PDF and the page cannot disagree about a brief.
- The Jinja environment autoescapes: article text is text, never HTML or template source.
  Only the editor's `about` text is Markdown, rendered with markdown-it-py (raw HTML off).
- Bytes are reproducible: the PDF dates come from the content (`dcterms.created`), never the
  clock, and WeasyPrint 70 names font subsets by a hash of their content.
- Incremental: with a `PdfCache`, a PDF whose inputs (its print HTML, the stylesheets, the font
  files, WeasyPrint's version and options) are unchanged is taken from the cache folder instead of
  being laid out again.
- Cost is linear in the number of briefs: each brief is one small document; the dossier is capped
  at the newest `DOSSIER_LIMIT` briefs (its cover says so), because one WeasyPrint document is
  laid out in memory as a whole.
"""
from __future__ import annotations

import bisect
import contextlib
import datetime as dt
import hashlib
import json
import os
import re
from collections import Counter, defaultdict
from functools import lru_cache
from pathlib import Path, PurePath

import jinja2
from markupsafe import Markup

from .config import Settings
from .model import KINDS, Brief, Catalog
from .pages import TEMPLATES, Views, format_value, load_labels, sort_key, week_range

PRINT = TEMPLATES / "print"
# The dossier holds at most this many briefs (the newest). Measured: 100 briefs make 229 pages in
# 31 s and 0.5 GB; 200 briefs made 457 pages in 211 s and 1 GB (one document's layout grows
# faster than linearly, the per-brief PDFs do not).
DOSSIER_LIMIT = 100
# Printed lengths: a timeline row's sentence, a key point, the running header's title.
EVENT_CHARS, POINT_CHARS, HEADER_CHARS = 160, 200, 95
# Key points: people named in the "who" line; overview: events, people, countries, bodies.
WHO_PEOPLE, KEY_EVENTS, ACTIVE_PEOPLE, OVERVIEW_NAMES = 3, 8, 8, 12
# An index entry naming more briefs than this prints its count and its entity page, not pages.
INDEX_CAP = 12
# Tagged PDF (structure tree, reading order, /Lang): screen readers and reflow read it; the look
# is the same (tested by comparing page images); the cost was measured in benchmarks/RESULTS.md.
PDF_OPTIONS = {"pdf_tags": True}


def render_pdfs(catalog: Catalog, settings: Settings, cache: "PdfCache | None" = None) -> dict[str, bytes]:
    """{docs-relative path: PDF bytes}: pdf/<brief slug>.pdf for each brief and pdf/dossier.pdf.

    With a cache, PDFs whose inputs did not change come from it (`cache.reused` counts them)."""
    printer = _Printer(catalog, settings)
    files, layouts = {}, {}
    for brief in catalog.briefs:
        rel = f"pdf/{printer.views.slug[brief.article.id]}.pdf"
        files[rel], layouts[brief.article.id] = printer.brief_pdf(brief, cache, rel)
    files["pdf/dossier.pdf"] = printer.dossier_pdf(layouts, cache)
    return files


def brief_html(catalog: Catalog, settings: Settings, brief: Brief) -> str:
    """The print HTML of one brief (what WeasyPrint lays out for pdf/<slug>.pdf)."""
    return _Printer(catalog, settings).brief_html(brief)


def dossier_html(catalog: Catalog, settings: Settings) -> str:
    """The print HTML of the dossier (its index numbered from a layout of each brief)."""
    printer = _Printer(catalog, settings)
    layouts = {b.article.id: printer.layout(printer.brief_html(b))[1] for b in printer.chosen()}
    return printer.dossier_html(layouts)


def shorten(text: str, limit: int) -> str:
    """`text` on one line, cut at the last word boundary before `limit` with " …": what is printed
    is what a copy gives (the cut is in the text, never a CSS overflow that hides glyphs)."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    cut = cut.rsplit(" ", 1)[0] if " " in cut else cut
    return cut.rstrip(" ,;:–-") + " …"


def page_ranges(pages: list[int]) -> str:
    """[3, 4, 5, 9, 11, 12] → "3–5, 9, 11–12"."""
    runs: list[list[int]] = []
    for page in sorted(set(pages)):
        if runs and page == runs[-1][1] + 1:
            runs[-1][1] = page
        else:
            runs.append([page, page])
    return ", ".join(str(a) if a == b else f"{a}–{b}" for a, b in runs)


# ---------------------------------------------------------------------------------------------


def _env(labels: dict) -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(PRINT)),
                             undefined=jinja2.StrictUndefined, autoescape=True,
                             trim_blocks=True, lstrip_blocks=True)
    env.globals["L"] = labels
    return env


def _css_string(text: str) -> str:
    """A CSS string literal for a label (labels are our data, but may hold quotes)."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'


def _footer_css(collection: str, page_label: str) -> str:
    """The footer: the collection's name left, 'Halaman {page} dari {pages}' right, the
    placeholders becoming the paged-media counters counter(page) / counter(pages)."""
    parts = []
    for piece in re.split(r"(\{pages?\})", page_label):
        if piece in ("{page}", "{pages}"):
            parts.append(f"counter({piece[1:-1]})")
        elif piece:
            parts.append(_css_string(piece))
    return ("@page { @bottom-left { content: " + _css_string(collection) + "; }\n"
            "        @bottom-right { content: " + " ".join(parts) + "; } }\n")


@lru_cache(maxsize=4)
def _stylesheets(collection: str, page_label: str):
    """print.css and the footer rule, parsed once per process with their font configuration."""
    from weasyprint import CSS
    from weasyprint.text.fonts import FontConfiguration

    fonts = FontConfiguration()
    sheets = (CSS(filename=str(PRINT / "print.css"), font_config=fonts),
              CSS(string=_footer_css(collection, page_label), font_config=fonts))
    return sheets, fonts


@lru_cache(maxsize=1)
def _font_digest() -> str:
    """The font files print.css names (their bytes), WeasyPrint's version and the PDF options."""
    import weasyprint

    css = (PRINT / "print.css").read_text(encoding="utf-8")
    digest = hashlib.sha256(f"{weasyprint.__version__} {sorted(PDF_OPTIONS.items())}".encode())
    for path in sorted(set(re.findall(r'url\("file://([^"]+)"\)', css))):
        try:
            digest.update(path.encode() + Path(path).read_bytes())
        except OSError:
            digest.update(path.encode() + b" missing")
    return digest.hexdigest()


def _digest(html: str, settings: Settings, labels: dict) -> str:
    """What a PDF is a function of: its HTML, the stylesheets (print.css and the footer), fonts."""
    css = (PRINT / "print.css").read_text(encoding="utf-8") + _footer_css(settings.title, labels["page_x_of_y"])
    return hashlib.sha256("\0".join((html, css, _font_digest())).encode("utf-8")).hexdigest()[:40]


def _pdf_date(value: str | None) -> str | None:
    """An ISO value at any precision → a W3C date WeasyPrint accepts (weeks become their Monday)."""
    key = sort_key(value)
    try:
        return dt.date.fromisoformat(key).isoformat() if len(key) == 10 else key or None
    except ValueError:
        return None


class PdfCache:
    """PDFs of the last builds in `cache_dir/pdf/`, by input digest, with each one's layout (page
    count and the page of every anchor, which the dossier's index needs). A build keeps only the
    entries it used (`save`)."""

    INDEX = "pdf.digests"

    def __init__(self, cache_dir: Path):
        self.root = Path(cache_dir) / "pdf"
        try:
            self.layouts = json.loads((self.root / self.INDEX).read_text(encoding="utf-8"))
            if not isinstance(self.layouts, dict):
                self.layouts = {}
        except (OSError, ValueError):
            self.layouts = {}
        self.used: dict[str, dict] = {}
        self.rendered = self.reused = 0

    def get(self, digest: str) -> tuple[bytes, dict] | None:
        layout = self.layouts.get(digest)
        if layout is None:
            return None
        try:
            data = (self.root / f"{digest}.pdf").read_bytes()
        except OSError:
            return None
        if hashlib.sha256(data).hexdigest() != layout.get("sha256"):
            return None
        self.used[digest] = layout
        self.reused += 1
        return data, layout

    def put(self, digest: str, data: bytes, layout: dict) -> None:
        """Keep a PDF; a cache folder that cannot be written costs the next build time, nothing else."""
        self.rendered += 1
        tmp = self.root / f"{digest}.{os.getpid()}.tmp"
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            tmp.write_bytes(data)
            os.replace(tmp, self.root / f"{digest}.pdf")
        except OSError:
            with contextlib.suppress(OSError):
                tmp.unlink(missing_ok=True)
            return
        self.used[digest] = dict(layout, sha256=hashlib.sha256(data).hexdigest())

    def save(self) -> None:
        """Write the index of this build's entries and remove the PDFs no entry names."""
        tmp = self.root / f"{self.INDEX}.{os.getpid()}.tmp"
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            tmp.write_text(json.dumps(self.used, sort_keys=True), encoding="utf-8")
            os.replace(tmp, self.root / self.INDEX)
            for path in self.root.glob("*.pdf"):
                if path.stem not in self.used:
                    path.unlink(missing_ok=True)
        except OSError:
            pass


def key_events(views: list[dict], fmt) -> list[dict]:
    """The period's key events for the dossier's overview, newest first: the dates most briefs name
    (a day weighs more than a week, a week more than a month; a year alone is no event), one row per
    date, at most two per month, within the period the briefs were published in."""
    published = sorted(sort_key(v["brief"].published.value) for v in views
                       if v["brief"].published and v["brief"].published.value)
    rows: dict[str, list] = defaultdict(list)
    for v in views:
        for e in v["page"]["timeline"]:
            for value in e["values"]:
                if len(value or "") >= 7 and (not published or published[0][:7] <= sort_key(value)[:7] <= published[-1][:7]):
                    rows[value].append((e, v))
    weight = lambda value: 1.0 if len(value) == 10 else 0.7 if "-W" in value else 0.4  # noqa: E731
    ranked = sorted(rows, key=lambda value: (-len({v["anchor"] for _, v in rows[value]}) * weight(value),
                                             [-ord(c) for c in sort_key(value)]))
    chosen, per_month = [], Counter()
    for value in ranked:
        month = sort_key(value)[:7]
        if per_month[month] == 2:
            continue
        per_month[month] += 1
        e, v = max(rows[value], key=lambda ev: (min(len(ev[0]["text"]), 170), ev[1]["anchor"]))
        chosen.append({"date": fmt(value), "value": value, "text": shorten(e["text"], 170),
                       "anchor": v["anchor"], "title": v["page"]["brief"]["title"]})
        if len(chosen) == KEY_EVENTS:
            break
    chosen.sort(key=lambda e: sort_key(e["value"]), reverse=True)
    return chosen


class _Printer:
    """Print view models and HTML for one catalog; `pdf()` converts HTML to bytes."""

    def __init__(self, catalog: Catalog, settings: Settings):
        self.catalog, self.settings = catalog, settings
        self.labels = load_labels(settings.ui_language)
        self.views = Views(catalog, settings, self.labels)
        self.env = _env(self.labels)
        self.language = settings.ui_language

    def fmt(self, value: str | None) -> str:
        """A date value as a reader's date; a week as the dates it covers."""
        if value and "-W" in value:
            return week_range(value, self.language) or value
        return format_value(value, self.language, self.labels)

    # -- view models ------------------------------------------------------------------------

    def paragraph_of(self, brief: Brief):
        """A function: offset → the `¶` number of the body paragraph holding it (as the site
        numbers them: non-empty body spans from 1), or None outside the body."""
        text = brief.article.text
        spans = [s for s in brief.layout.body if s.of(text).strip()]
        starts = [s.start for s in spans]

        def number(offset: int) -> int | None:
            at = bisect.bisect_right(starts, offset) - 1
            return at + 1 if at >= 0 and offset < spans[at].end else None
        return number

    def key_points(self, brief: Brief, page: dict, timeline: list[dict]) -> list[dict]:
        """Who, what, when: drawn from the extraction, each with the paragraph it comes from."""
        L, text = self.labels, brief.article.text
        para = self.paragraph_of(brief)
        points = []
        people = sorted((a for a in brief.actors if a.kind == "person"),
                        key=lambda a: (-len(a.mentions), min(m.span.start for m in a.mentions)))
        if not people:     # no person: the most named body or country acts
            people = sorted((a for a in brief.actors if a.kind in ("organization", "country")),
                            key=lambda a: (-len(a.mentions), min(m.span.start for m in a.mentions)))[:1]
        if people:
            parts = []
            for actor in people[:WHO_PEOPLE]:
                what = ", ".join(x for x in (actor.role, actor.affiliation) if x)
                parts.append(f"{actor.name} ({what})" if what else actor.name)
            first = min(people[0].mentions, key=lambda m: m.span.start)
            points.append({"label": L["kp_who"], "text": "; ".join(parts), "n": para(first.span.start)})
        lead = next((s for s in brief.summary if s.of(text).strip()), None)
        if lead is not None:
            points.append({"label": L["kp_what"], "text": shorten(lead.of(text), POINT_CHARS), "n": para(lead.start)})
        published = brief.published.value if brief.published else None
        event = None
        if timeline:
            # The event nearest the publication date, not after it; else the first dated row.
            before = [e for e in timeline if published and sort_key(e["value"]) <= sort_key(published)]
            event = max(before, key=lambda e: sort_key(e["value"])) if before else timeline[0]
        when = []
        if event:
            when.append(event["date"])
        if brief.dateline:
            when.append(brief.dateline)
        if published and not (event and event["values"] == [published]):
            when.append(f"{L['published'].lower()} {self.fmt(published)}")
        if when:
            points.append({"label": L["kp_when"], "text": " · ".join(when), "n": event["n"] if event else None})
        return points

    def timeline(self, brief: Brief) -> list[dict]:
        """One row per sentence (its dates together, in calendar order), cut at a word boundary."""
        text = brief.article.text
        para = self.paragraph_of(brief)
        rows: dict[tuple[int, int], dict] = {}
        for d, sentence in self.views.dated_events(brief):
            row = rows.setdefault((sentence.start, sentence.end), {
                "values": [], "value": d.value, "n": para(d.span.start),
                "text": shorten(sentence.of(text), EVENT_CHARS)})
            if d.value not in row["values"]:
                row["values"].append(d.value)
        out = []
        for row in rows.values():
            dates = [self.fmt(v) for v in row["values"]]
            out.append({"date": "; ".join(dates), "value": row["value"], "values": row["values"],
                        "n": row["n"], "text": row["text"]})
        return out

    def view(self, brief: Brief) -> dict:
        """`Views.brief_page` plus what print needs: key points, rows per sentence, a section
        anchor and one anchor per actor row (named as the entity, so the index finds its name)."""
        page = self.views.brief_page(brief)
        slug = self.views.slug[brief.article.id]
        anchor = f"brief-{slug}"
        # Pair brief_page's rows with their actors by kind and name (not by position, so a change
        # of order in pages.py cannot mislabel a row), to give each row an anchor and an entity.
        waiting: dict[tuple[str, str], list] = defaultdict(list)
        for actor in brief.actors:
            waiting[(actor.kind, actor.name)].append(actor)
        entities = []

        def anchored(kind: str, row: dict) -> dict:
            actor = waiting[(kind, row["name"])].pop(0) if waiting[(kind, row["name"])] else None
            entity_id = self.catalog.entity_id(brief, actor.key) if actor else None
            entity = self.catalog.entities.get(entity_id) if entity_id else None
            name = entity.name if entity else row["name"]
            row = dict(row, anchor=f"{anchor}-a{len(entities)}", name=name,
                       written=row["name"] if row["name"] != name else None)
            entities.append((entity_id or f"{kind}:{name}", kind, name, row["anchor"]))
            return row

        people = [anchored("person", row) for row in page["people"]]
        groups = {kind: [anchored(kind, row) for row in rows] for kind, rows in page["groups"].items()}
        timeline = self.timeline(brief)
        page = dict(page, people=people, groups=groups, timeline=timeline)
        # The file name only: an absolute path would differ between machines (and leak one).
        file = PurePath(brief.article.path).name if brief.article.path else brief.article.id
        source = ", ".join(x for x in (brief.layout.outlet, page["published"], file) if x)
        return {"page": page, "anchor": anchor, "file": file, "has_groups": any(groups.values()),
                "entities": entities, "key_points": self.key_points(brief, page, timeline),
                "short_title": shorten(brief.title, HEADER_CHARS),
                "provenance": self.labels["provenance"].format(source=source),
                "brief": brief}

    def doc(self, title: str, date: str | None) -> dict:
        return {"lang": self.settings.ui_language, "title": title, "collection": self.settings.title,
                "date": date or _pdf_date(self.views.build_date) or "1970-01-01"}

    # -- HTML -------------------------------------------------------------------------------

    def brief_html(self, brief: Brief) -> str:
        published = _pdf_date(brief.published.value if brief.published else None)
        return self.env.get_template("brief.html.j2").render(
            doc=self.doc(brief.title, published), v=self.view(brief))

    def chosen(self) -> list[Brief]:
        """The dossier's briefs in its order: newest first, undated last (the newest
        DOSSIER_LIMIT of the dated ones when there are more)."""
        def key(b: Brief):
            return (sort_key(b.published.value if b.published else None), b.article.id)
        dated = sorted((b for b in self.catalog.briefs if b.published and b.published.value), key=key, reverse=True)
        undated = sorted((b for b in self.catalog.briefs if not (b.published and b.published.value)), key=key)
        return (dated + undated)[:DOSSIER_LIMIT]

    def months(self, views: list[dict]) -> list[tuple[str, list[dict]]]:
        """Contents groups: one per month (newest first), then the undated briefs."""
        groups: dict[str, list[dict]] = {}
        for v in views:
            value = v["brief"].published.value if v["brief"].published else None
            key = sort_key(value)[:7] if value else ""
            label = self.fmt(key) if len(key) == 7 else (key or self.labels["no_date"])
            groups.setdefault(label, []).append(v)
        return list(groups.items())

    def overview(self, views: list[dict]) -> dict:
        """The period at a glance: its key events (the timeline's rows that most briefs share a
        date with, then the most named), the most active people, the countries and bodies."""
        counts: dict[str, Counter] = {k: Counter() for k in KINDS}
        names: dict[str, str] = {}
        roles: dict[str, Counter] = defaultdict(Counter)
        for v in views:
            for key, kind, name, _ in {e[:3] + ("",) for e in v["entities"]}:
                counts[kind][key] += 1
                names[key] = name
            for p in v["page"]["people"]:
                if p.get("role"):
                    roles[p["name"]][p["role"]] += 1
        chosen = key_events(views, self.fmt)

        def top(kind: str, n: int) -> list[dict]:
            ranked = sorted(counts[kind].items(), key=lambda kv: (-kv[1], names[kv[0]].casefold()))[:n]
            return [{"name": names[k], "count": c,
                     "role": roles[names[k]].most_common(1)[0][0] if roles.get(names[k]) else None}
                    for k, c in ranked]
        return {"events": chosen, "people": top("person", ACTIVE_PEOPLE),
                "countries": top("country", OVERVIEW_NAMES), "bodies": top("organization", OVERVIEW_NAMES)}

    def layout(self, html: str) -> tuple[bytes, dict]:
        """Lay out HTML: (PDF bytes, {"pages": n, "anchors": {anchor: page from 1}})."""
        document = self.document(html)
        anchors = {name: n for n, page in enumerate(document.pages, start=1) for name in page.anchors}
        return self.write(document), {"pages": len(document.pages), "anchors": anchors}

    def brief_pdf(self, brief: Brief, cache: "PdfCache | None", rel: str) -> tuple[bytes, dict]:
        html = self.brief_html(brief)
        digest = _digest(html, self.settings, self.labels)
        found = cache.get(digest) if cache else None
        if found:
            return found
        data, layout = self.layout(html)
        if cache:
            cache.put(digest, data, layout)
        return data, layout

    def front_pages(self, doc: dict, overview: dict, months: list) -> int:
        """Pages taken by the cover, the overview and the contents (laid out alone)."""
        html = self.env.get_template("dossier.html.j2").render(doc=doc, overview=overview, months=months,
                                                               briefs=[], index=[], front_only=True)
        return len(self.document(html).pages)

    def dossier_html(self, layouts: dict[str, dict], checked: dict[str, int] | None = None) -> str:
        return self._dossier(layouts, checked)[0]

    def _dossier(self, layouts: dict[str, dict], checked: dict[str, int] | None = None):
        labels, total = self.labels, len(self.catalog.briefs)
        chosen = self.chosen()
        views = [self.view(b) for b in chosen]
        values = [b.published.value for b in chosen if b.published and b.published.value]
        first, last = (min(values, key=sort_key), max(values, key=sort_key)) if values else (None, None)
        date_range = None
        if first:
            date_range = self.fmt(first) if first == last else f"{self.fmt(first)} – {self.fmt(last)}"
        doc = self.doc(self.settings.title, _pdf_date(self.views.build_date))
        doc.update(
            range=date_range,
            count_text=f"{len(chosen)} {labels['briefs_count']}",
            capped=labels["dossier_capped"].format(shown=len(chosen), total=total) if total > len(chosen) else None,
            # A build date only when one was given (settings or --build-date): never the clock,
            # and never the newest article's date presented as a compilation date.
            build_date=self.fmt(self.settings.build_date) if self.settings.build_date else None,
            about_html=_markdown(self.settings.about))
        overview, months = self.overview(views), self.months(views)
        pages = checked
        if pages is None:
            # Each brief starts a page and lays out as its standalone PDF: its anchors' pages are
            # the front matter's pages plus the pages of the briefs before it.
            pages, at = {}, self.front_pages(doc, overview, months)
            for v in views:
                layout = layouts[v["brief"].article.id]
                pages.update({name: at + n for name, n in layout["anchors"].items()})
                at += layout["pages"]
        index = self.index(views, pages)
        html = self.env.get_template("dossier.html.j2").render(doc=doc, overview=overview, months=months,
                                                               briefs=views, index=index, front_only=False)
        return html, index

    def dossier_pdf(self, layouts: dict[str, dict], cache: "PdfCache | None") -> bytes:
        html, index = self._dossier(layouts)
        digest = _digest(html, self.settings, self.labels)
        found = cache.get(digest) if cache else None
        if found:
            return found[0]
        document = self.document(html)
        actual = {name: n for n, page in enumerate(document.pages, start=1) for name in page.anchors}
        printed = {a: p for _, entries in index for e in entries for a, p in e["pages"].items()}
        if any(actual.get(a) != p for a, p in printed.items()):
            # A brief laid out differently inside the dossier: number the index from this layout.
            html, _ = self._dossier(layouts, actual)
            document = self.document(html)
        data = self.write(document)
        if cache:
            cache.put(digest, data, {"pages": len(document.pages), "anchors": {}})
        return data

    def index(self, views: list[dict], pages: dict[str, int]) -> list[tuple[str, list[dict]]]:
        """Entities by kind, then name: the pages (ranges compressed) where each is named, or for
        the most named, the number of briefs and their entity page."""
        found: dict[str, dict] = {}
        for v in views:
            for key, kind, name, anchor in v["entities"]:
                entry = found.setdefault(key, {"name": name, "kind": kind, "pages": {}, "briefs": set()})
                entry["briefs"].add(v["anchor"])
                if anchor in pages:
                    entry["pages"][anchor] = pages[anchor]
        base = self.settings.site_url.rstrip("/") + "/" if self.settings.site_url else ""
        by_kind: dict[str, list] = defaultdict(list)
        for key, entry in found.items():
            n = len(entry["briefs"])
            entry["refs"] = page_ranges(list(entry["pages"].values()))
            entry["capped"] = (self.labels["see_entity"].format(n=n, url=f"{base}entities/{key}/")
                               if n > INDEX_CAP and key in self.catalog.entities else None)
            by_kind[entry["kind"]].append(entry)
        return [(self.labels[{"person": "people", "organization": "organizations",
                              "country": "countries", "place": "places"}[k]],
                 sorted(by_kind[k], key=lambda e: (e["name"].casefold(), e["name"])))
                for k in KINDS if by_kind[k]]

    # -- PDF --------------------------------------------------------------------------------

    def document(self, html: str):
        from weasyprint import HTML

        sheets, fonts = _stylesheets(self.settings.title, self.labels["page_x_of_y"])
        return HTML(string=html, base_url=str(PRINT) + "/").render(stylesheets=list(sheets), font_config=fonts,
                                                                   **PDF_OPTIONS)

    def write(self, document) -> bytes:
        return document.write_pdf(**PDF_OPTIONS)

    def pdf(self, html: str) -> bytes:
        return self.write(self.document(html))


def _markdown(text: str | None) -> Markup | None:
    """The editor's Markdown (site about text) → HTML; raw HTML in it is escaped, not passed on."""
    if not text:
        return None
    from markdown_it import MarkdownIt

    return Markup(MarkdownIt("commonmark", {"html": False}).render(text))
