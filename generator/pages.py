"""Catalog + Jinja templates → {path: text}: every generated page, the JSON data and the feed.

Article text reaches a page only through the escaping filters of escape.py (`|md`, `|md_block`,
`|attr`), so nothing in an article can become Markdown structure, HTML, or template code.
Article text is never used as template source.
"""
from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

import jinja2
import yaml

from .config import Settings
from .escape import html_attr, md_block, md_inline
from .lexicon import slugify
from .model import KINDS, Brief, Catalog, DateMention, Entity, to_record

TEMPLATES = Path(__file__).resolve().parent.parent / "site_templates"
# Newest briefs on the home page, entries in the feed, actors in the home "most mentioned" list.
HOME_BRIEFS, FEED_ENTRIES, HOME_ACTORS = 10, 50, 15
# Timeline and quote lines are shortened to this many characters.
EVENT_CHARS = 220
# Related briefs listed per brief.
RELATED = 5

def shorten(text: str, limit: int = EVENT_CHARS) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0] + " …"


@dataclass(frozen=True)
class Site:
    """Paths and addresses shared by all pages: one brief slug per article, one page per entity."""

    brief_slug: dict[str, str]          # article id → slug
    build_date: str | None


def brief_slugs(catalog: Catalog) -> dict[str, str]:
    """Unique, URL-safe slugs for article ids (ids may hold spaces, brackets, non-ASCII letters)."""
    slugs: dict[str, str] = {}
    used: set[str] = set()
    for brief in catalog.briefs:
        base = slugify(brief.article.id)
        slug, n = base, 2
        while slug in used:
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


def format_value(value: str | None, precision: str | None, language: str, labels: dict) -> str:
    """ISO value → a reader's date in the interface language (`18 November 2022`, `Juli 2023`)."""
    if not value:
        return labels["no_date"]
    from babel.dates import format_date
    import datetime as dt
    try:
        if "-W" in value:
            year, week = value.split("-W")
            return f"{labels['week']} {int(week)}, {year}"
        parts = value.split("-")
        if len(parts) == 3:
            return format_date(dt.date(*map(int, parts)), "d MMMM y", locale=language)
        if len(parts) == 2:
            return format_date(dt.date(int(parts[0]), int(parts[1]), 1), "LLLL y", locale=language)
        return value
    except (ValueError, TypeError):
        return value


def _env(labels: dict) -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES / "pages")),
                             undefined=jinja2.StrictUndefined, autoescape=False,
                             keep_trailing_newline=True, trim_blocks=True, lstrip_blocks=True)
    env.filters.update(md=md_inline, md_block=md_block, attr=html_attr, shorten=shorten,
                       json=lambda v: json.dumps(v, ensure_ascii=False))
    env.globals["L"] = labels
    return env


def load_labels(language: str) -> dict:
    return yaml.safe_load((TEMPLATES / "labels" / f"{language}.yaml").read_text(encoding="utf-8"))


# ---------------------------------------------------------------------------------------------
# View models: plain dicts the templates read, computed once per build.


class Views:
    """Everything the templates need, derived from the Catalog once."""

    def __init__(self, catalog: Catalog, settings: Settings, labels: dict):
        self.catalog, self.settings, self.labels = catalog, settings, labels
        self.slug = brief_slugs(catalog)
        self.language = settings.ui_language
        # entity id → [(brief, actor)]
        self.appearances: dict[str, list] = defaultdict(list)
        for brief in catalog.briefs:
            for actor in brief.actors:
                entity_id = catalog.entity_id(brief, actor.key)
                if entity_id:
                    self.appearances[entity_id].append((brief, actor))
        self.briefs_newest = sorted(catalog.briefs, key=lambda b: (sort_key(b.published.value if b.published else None),
                                                                   b.article.id), reverse=True)
        dated = [b.published.value for b in catalog.briefs if b.published and b.published.value]
        self.build_date = settings.build_date or (max(dated, key=sort_key) if dated else None)

    def date_text(self, mention: DateMention | None) -> str:
        if mention is None:
            return self.labels["no_date"]
        return format_value(mention.value, mention.precision, self.language, self.labels)

    def brief_link(self, brief: Brief, from_dir: str) -> str:
        return f"{'../' * from_dir.count('/') if from_dir else ''}briefs/{self.slug[brief.article.id]}.md"

    def entity_link(self, entity_id: str, from_dir: str) -> str:
        return f"{'../' * from_dir.count('/') if from_dir else ''}entities/{entity_id}.md"

    def brief_row(self, brief: Brief, from_dir: str) -> dict:
        return {"title": brief.title, "link": self.brief_link(brief, from_dir),
                "date": self.date_text(brief.published), "outlet": brief.layout.outlet or "",
                "dateline": brief.dateline or "", "id": brief.article.id}

    def brief_page(self, brief: Brief) -> dict:
        text, here = brief.article.text, "briefs/"
        cat = self.catalog
        people, groups = [], {k: [] for k in KINDS if k != "person"}
        for actor in brief.actors:
            entity_id = cat.entity_id(brief, actor.key)
            row = {"name": actor.name, "link": self.entity_link(entity_id, here) if entity_id else None,
                   "role": actor.role, "affiliation": actor.affiliation, "count": len(actor.mentions)}
            (people if actor.kind == "person" else groups[actor.kind]).append(row)
        by_key = {a.key: a for a in brief.actors}

        def speaker(key: str | None, name: str | None) -> dict:
            entity_id = cat.entity_id(brief, key) if key in by_key else None
            return {"name": name, "link": self.entity_link(entity_id, here) if entity_id else None}

        quotes = [{"text": q.text, "speaker": speaker(q.speaker_key, q.speaker), "channel": q.channel}
                  for q in brief.quotes]
        statements = [{"text": s.text, "verb": s.verb, "speaker": speaker(s.speaker_key, s.speaker)}
                      for s in brief.statements]
        timeline = []
        for d in sorted((d for d in brief.dates if d.value), key=lambda d: (sort_key(d.value), d.span.start)):
            sentence = d.sentence.of(text) if d.sentence else d.text
            timeline.append({"date": self.date_text(d), "value": d.value, "text": shorten(sentence)})
        credits = [{"role": self.labels.get(f"credit_{c.role}", c.role), "name": c.name} for c in brief.layout.credits]
        body = "\n".join(span.of(text) for span in brief.layout.body)
        return {
            "brief": self.brief_row(brief, here), "headline": brief.headline,
            "summary": [span.of(text) for span in brief.summary],
            "people": people, "groups": groups, "quotes": quotes, "statements": statements,
            "timeline": timeline, "credits": credits, "body": body,
            "published": self.date_text(brief.published) if brief.published else None,
            "related": self.related(brief, here),
            "pdf": f"../pdf/{self.slug[brief.article.id]}.pdf" if self.settings.pdf else None,
            "problems": [p.message for p in brief.problems],
        }

    def related(self, brief: Brief, from_dir: str) -> list[dict]:
        """Other briefs ranked by the entities they share with this one (rarer entities weigh more)."""
        own = {self.catalog.entity_id(brief, a.key) for a in brief.actors} - {None}
        scores: Counter = Counter()
        for entity_id in own:
            others = {b.article.id: b for b, _ in self.appearances[entity_id] if b is not brief}
            weight = 1.0 / len(self.appearances[entity_id]) ** 0.5
            for other_id in others:
                scores[other_id] += weight
        by_id = {b.article.id: b for b in self.catalog.briefs}
        shared = []
        for other_id, score in sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))[:RELATED]:
            other = by_id[other_id]
            common = own & {self.catalog.entity_id(other, a.key) for a in other.actors}
            shared.append(dict(self.brief_row(other, from_dir), shared=len(common)))
        return shared


# ---------------------------------------------------------------------------------------------


def render_pages(catalog: Catalog, settings: Settings) -> dict[str, str]:
    """Every generated file of the docs tree, as {relative path: text}."""
    labels = load_labels(settings.ui_language)
    env = _env(labels)
    views = Views(catalog, settings, labels)
    pages: dict[str, str] = {}
    site = {"title": settings.title, "about": settings.about, "pdf": settings.pdf,
            "build_date": views.build_date}
    for brief in catalog.briefs:
        pages[f"briefs/{views.slug[brief.article.id]}.md"] = env.get_template("brief.md.j2").render(
            site=site, page=views.brief_page(brief))
    pages["briefs/index.md"] = env.get_template("briefs.md.j2").render(
        site=site, briefs=[views.brief_row(b, "briefs/") for b in views.briefs_newest])
    top = sorted(((eid, len({b.article.id for b, _ in apps})) for eid, apps in views.appearances.items()),
                 key=lambda kv: (-kv[1], catalog.entities[kv[0]].name))
    pages["index.md"] = env.get_template("home.md.j2").render(
        site=site, briefs=[views.brief_row(b, "") for b in views.briefs_newest[:HOME_BRIEFS]],
        total=len(catalog.briefs),
        actors=[{"name": catalog.entities[eid].name, "link": views.entity_link(eid, ""), "count": n,
                 "kind": labels[f"kind_{catalog.entities[eid].kind}"]} for eid, n in top[:HOME_ACTORS]])
    pages.update(render_entity_pages(catalog, views, env, site))
    pages.update(render_collection_pages(catalog, views, env, site))
    pages.update(render_data(catalog, views, settings))
    return pages


def render_entity_pages(catalog: Catalog, views: Views, env: jinja2.Environment, site: dict) -> dict[str, str]:
    pages = {}
    template = env.get_template("entity.md.j2")
    index: dict[str, list] = {k: [] for k in KINDS}
    for entity_id, entity in sorted(catalog.entities.items()):
        apps = views.appearances.get(entity_id, [])
        briefs = sorted({b.article.id: b for b, _ in apps}.values(),
                        key=lambda b: (sort_key(b.published.value if b.published else None), b.article.id), reverse=True)
        mentions = [{"brief": views.brief_row(b, "entities/"),
                     "context": _context(b, [a for bb, a in apps if bb is b])} for b in briefs]
        roles = []
        for b, actor in apps:
            if actor.role:
                roles.append({"role": actor.role, "affiliation": actor.affiliation,
                              "brief": views.brief_row(b, "entities/")})
        said = []
        for b, actor in apps:
            for q in b.quotes:
                if q.speaker_key == actor.key:
                    said.append({"text": q.text, "brief": views.brief_row(b, "entities/")})
        page = {"entity": entity, "kind": views.labels[f"kind_{entity.kind}"],
                "aliases": sorted(a for a in entity.aliases if a != entity.name),
                "briefs": mentions, "roles": roles, "said": said}
        pages[f"entities/{entity_id}.md"] = template.render(site=site, page=page)
        index[entity.kind].append({"name": entity.name, "link": f"../entities/{entity_id}.md", "count": len(briefs)})
    for rows in index.values():
        rows.sort(key=lambda r: r["name"].lower())
    pages["actors/index.md"] = env.get_template("actors.md.j2").render(site=site, index=index)
    return pages


def _context(brief: Brief, actors) -> str:
    """One line of context: the first sentence where the entity is mentioned."""
    text = brief.article.text
    first = min((m.span for a in actors for m in a.mentions), default=None)
    if first is None:
        return ""
    sentence = brief.sentence_of(first)
    return shorten(sentence.span.of(text) if sentence else first.of(text), 180)


def render_collection_pages(catalog: Catalog, views: Views, env: jinja2.Environment, site: dict) -> dict[str, str]:
    """The site-wide Timeline and Quotes pages."""
    events = []
    for brief in catalog.briefs:
        for d in brief.dates:
            if not d.value:
                continue
            text = d.sentence.of(brief.article.text) if d.sentence else d.text
            events.append({"key": sort_key(d.value), "value": d.value, "date": views.date_text(d),
                           "text": shorten(text), "brief": views.brief_row(brief, "")})
    events.sort(key=lambda e: (e["key"], e["brief"]["id"]))
    months: dict[str, list] = defaultdict(list)
    for event in events:
        months[event["key"][:7] or "?"].append(event)
    month_titles = {m: format_value(m, "month", views.language, views.labels) if len(m) == 7 else m for m in months}
    quotes_by: dict[str, list] = defaultdict(list)
    names: dict[str, dict] = {}
    for brief in catalog.briefs:
        for q in brief.quotes:
            entity_id = catalog.entity_id(brief, q.speaker_key)
            key = entity_id or "~"
            names[key] = {"name": catalog.entities[entity_id].name if entity_id else views.labels["speaker_unknown"],
                          "link": views.entity_link(entity_id, "") if entity_id else None}
            quotes_by[key].append({"text": q.text, "brief": views.brief_row(brief, "")})
    speakers = sorted(quotes_by, key=lambda k: (k == "~", names[k]["name"].lower()))
    return {
        "timeline.md": env.get_template("timeline.md.j2").render(
            site=site, months=[(month_titles[m], months[m]) for m in sorted(months)]),
        "quotes.md": env.get_template("quotes.md.j2").render(
            site=site, speakers=[(names[k], quotes_by[k]) for k in speakers]),
    }


def render_data(catalog: Catalog, views: Views, settings: Settings) -> dict[str, str]:
    """Data for other tools: records, entities, and an Atom feed of the newest briefs."""
    records = [to_record(b, catalog) for b in catalog.briefs]
    entities = [{"id": e.id, "kind": e.kind, "name": e.name, "aliases": sorted(e.aliases),
                 "wikidata": e.wikidata, "description": e.description,
                 "briefs": sorted({b.article.id for b, _ in views.appearances.get(e.id, [])})}
                for e in sorted(catalog.entities.values(), key=lambda e: e.id)]
    dump = lambda v: json.dumps(v, ensure_ascii=False, indent=1, sort_keys=True) + "\n"  # noqa: E731
    return {"data/records.json": dump(records), "data/entities.json": dump(entities),
            "feed.xml": atom_feed(catalog, views, settings)}


def atom_feed(catalog: Catalog, views: Views, settings: Settings) -> str:
    from xml.sax.saxutils import escape

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
