"""Catalog → print HTML (site_templates/print) → WeasyPrint PDFs: one per brief, and the dossier.

This module owns the printable output: `render_pdfs` returns {docs-relative path: PDF bytes}
(`pdf/<slug>.pdf` per brief, `pdf/dossier.pdf`), and `brief_html` / `dossier_html` give the
print HTML it converts, so tests can look at either.

- The data comes from `pages.Views.brief_page`, the same view model as the web page, so the
  PDF and the page cannot disagree about a brief.
- The Jinja environment autoescapes: article text is text, never HTML or template source.
  Only the editor's `about` text is Markdown, rendered with markdown-it-py (raw HTML off).
- Bytes are reproducible: the PDF dates come from the content (`dcterms.created`), never the
  clock, and WeasyPrint 70 names font subsets by a hash of their content.
- Cost is linear in the number of briefs: each brief is one small document; the dossier is capped
  at the newest `DOSSIER_LIMIT` briefs (its cover says so), because one WeasyPrint document is
  laid out in memory as a whole.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from functools import lru_cache
from pathlib import PurePath

import jinja2
from markupsafe import Markup

from .config import Settings
from .model import KINDS, Brief, Catalog
from .pages import TEMPLATES, Views, format_value, load_labels, sort_key

PRINT = TEMPLATES / "print"
# The dossier holds at most this many briefs (the newest). Measured: 100 briefs make 229 pages in
# 31 s and 0.5 GB; 200 briefs made 457 pages in 211 s and 1 GB (one document's layout grows
# faster than linearly, the per-brief PDFs do not).
DOSSIER_LIMIT = 100


def render_pdfs(catalog: Catalog, settings: Settings) -> dict[str, bytes]:
    """{docs-relative path: PDF bytes}: pdf/<brief slug>.pdf for each brief and pdf/dossier.pdf."""
    printer = _Printer(catalog, settings)
    files = {f"pdf/{printer.views.slug[b.article.id]}.pdf": printer.pdf(printer.brief_html(b))
             for b in catalog.briefs}
    files["pdf/dossier.pdf"] = printer.pdf(printer.dossier_html())
    return files


def brief_html(catalog: Catalog, settings: Settings, brief: Brief) -> str:
    """The print HTML of one brief (what WeasyPrint lays out for pdf/<slug>.pdf)."""
    return _Printer(catalog, settings).brief_html(brief)


def dossier_html(catalog: Catalog, settings: Settings) -> str:
    """The print HTML of the dossier."""
    return _Printer(catalog, settings).dossier_html()


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


def _pdf_date(value: str | None) -> str | None:
    """An ISO value at any precision → a W3C date WeasyPrint accepts (weeks become their Monday)."""
    key = sort_key(value)
    try:
        return dt.date.fromisoformat(key).isoformat() if len(key) == 10 else key or None
    except ValueError:
        return None


class _Printer:
    """Print view models and HTML for one catalog; `pdf()` converts HTML to bytes."""

    def __init__(self, catalog: Catalog, settings: Settings):
        self.catalog, self.settings = catalog, settings
        self.labels = load_labels(settings.ui_language)
        self.views = Views(catalog, settings, self.labels)
        self.env = _env(self.labels)
        # Oldest first, as in the dossier; the index numbers anchors in this order.
        self.oldest = sorted(catalog.briefs, key=lambda b: (sort_key(b.published.value if b.published else None),
                                                            b.article.id))

    # -- view models ------------------------------------------------------------------------

    def view(self, brief: Brief) -> dict:
        """`Views.brief_page` plus what print needs: a section anchor and one anchor per actor row."""
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
            row = dict(row, anchor=f"{anchor}-a{len(entities)}")
            actor = waiting[(kind, row["name"])].pop(0) if waiting[(kind, row["name"])] else None
            entity_id = self.catalog.entity_id(brief, actor.key) if actor else None
            entity = self.catalog.entities.get(entity_id) if entity_id else None
            entities.append((entity_id or f"{kind}:{row['name']}", kind,
                             entity.name if entity else row["name"], row["anchor"]))
            return row

        people = [anchored("person", row) for row in page["people"]]
        groups = {kind: [anchored(kind, row) for row in rows] for kind, rows in page["groups"].items()}
        page = dict(page, people=people, groups=groups)
        # The file name only: an absolute path would differ between machines (and leak one).
        file = PurePath(brief.article.path).name if brief.article.path else brief.article.id
        return {"page": page, "anchor": anchor, "file": file, "has_groups": any(groups.values()),
                "entities": entities}

    def doc(self, title: str, date: str | None) -> dict:
        return {"lang": self.settings.ui_language, "title": title, "collection": self.settings.title,
                "date": date or _pdf_date(self.views.build_date) or "1970-01-01"}

    # -- HTML -------------------------------------------------------------------------------

    def brief_html(self, brief: Brief) -> str:
        published = _pdf_date(brief.published.value if brief.published else None)
        return self.env.get_template("brief.html.j2").render(
            doc=self.doc(brief.title, published), v=self.view(brief))

    def dossier_html(self) -> str:
        labels, total = self.labels, len(self.oldest)
        chosen = self.oldest[-DOSSIER_LIMIT:] if total > DOSSIER_LIMIT else self.oldest
        views = [self.view(b) for b in chosen]
        values = [b.published.value for b in chosen if b.published and b.published.value]
        first, last = (min(values, key=sort_key), max(values, key=sort_key)) if values else (None, None)
        date_range = None
        if first:
            fmt = lambda v: format_value(v, self.settings.ui_language, labels)  # noqa: E731
            date_range = fmt(first) if first == last else f"{fmt(first)} – {fmt(last)}"
        doc = self.doc(self.settings.title, _pdf_date(self.views.build_date))
        doc.update(
            range=date_range,
            count_text=f"{len(chosen)} {labels['briefs_count']}",
            capped=labels["dossier_capped"].format(shown=len(chosen), total=total) if total > len(chosen) else None,
            build_date=format_value(self.views.build_date, self.settings.ui_language, labels)
            if self.views.build_date else None,
            about_html=_markdown(self.settings.about))
        return self.env.get_template("dossier.html.j2").render(doc=doc, briefs=views, index=self.index(views))

    def index(self, views: list[dict]) -> list[tuple[str, list[dict]]]:
        """Entities by kind, then name: each with one anchor per brief it appears in."""
        found: dict[str, dict] = {}
        seen: set[tuple[str, str]] = set()
        for v in views:
            for key, kind, name, anchor in v["entities"]:
                if (key, v["anchor"]) in seen:      # one page reference per brief is enough
                    continue
                seen.add((key, v["anchor"]))
                found.setdefault(key, {"name": name, "kind": kind, "anchors": []})["anchors"].append(anchor)
        by_kind: dict[str, list] = defaultdict(list)
        for entry in found.values():
            by_kind[entry["kind"]].append(entry)
        return [(self.labels[{"person": "people", "organization": "organizations",
                              "country": "countries", "place": "places"}[k]],
                 sorted(by_kind[k], key=lambda e: (e["name"].casefold(), e["name"])))
                for k in KINDS if by_kind[k]]

    # -- PDF --------------------------------------------------------------------------------

    def pdf(self, html: str) -> bytes:
        from weasyprint import HTML

        sheets, fonts = _stylesheets(self.settings.title, self.labels["page_x_of_y"])
        return HTML(string=html, base_url=str(PRINT) + "/").write_pdf(stylesheets=list(sheets), font_config=fonts)


def _markdown(text: str | None) -> Markup | None:
    """The editor's Markdown (site about text) → HTML; raw HTML in it is escaped, not passed on."""
    if not text:
        return None
    from markdown_it import MarkdownIt

    return Markup(MarkdownIt("commonmark", {"html": False}).render(text))
