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
from .graph import KIND_COLOURS, Node, cooccurrence, render_svg, strongest_edges, xml_text
from .lexicon import fold, slugify
from .model import KINDS, Brief, Catalog, DateMention, Entity, Span, to_record

TEMPLATES = Path(__file__).resolve().parent.parent / "site_templates"
# Newest briefs on the home page, entries in the feed, actors in the home "most mentioned" list.
HOME_BRIEFS, FEED_ENTRIES, HOME_ACTORS = 10, 50, 15
# Timeline and quote lines are shortened to this many characters.
EVENT_CHARS = 220
# Related briefs listed per brief.
RELATED = 5
# Entity pages: partners listed under "appears most with", nodes in the neighbourhood picture.
APPEARS_WITH, NEIGHBOURS = 10, 15
# Home page picture: the most connected entities, and each one's heaviest edges among them.
GRAPH_NODES, GRAPH_EDGES_PER_NODE = 40, 3
# Entity pages rank above briefs in search results (briefs carry boost 2).
ENTITY_BOOST = 4

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
    # Colour key of the co-occurrence pictures: (kind, label, colour).
    env.globals["graph_legend"] = [(k, labels[f"kind_{k}"], KIND_COLOURS[k]) for k in KINDS]
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
        # article id → entity ids it mentions; (a, b) → briefs mentioning both; id → partners.
        self.entities_in = {b.article.id: {catalog.entity_id(b, a.key) for a in b.actors} - {None}
                            for b in catalog.briefs}
        self.pairs = cooccurrence(list(self.entities_in.values()))
        self.partners: dict[str, Counter] = defaultdict(Counter)
        for (a, b), n in self.pairs.items():
            self.partners[a][b] = n
            self.partners[b][a] = n
        # Briefs per entity (distinct articles), the size of everything about an entity.
        self.brief_count = {eid: len({b.article.id for b, _ in apps}) for eid, apps in self.appearances.items()}
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

    @staticmethod
    def entity_url(entity_id: str, from_url: str) -> str:
        """Final URL of an entity page for raw HTML (the SVG), where MkDocs rewrites no `.md` link.

        `from_url` is the directory URL of the page holding the link: "" for the home page,
        "entities/x/" for an entity page (mkdocs.yml keeps `use_directory_urls: true`)."""
        return f"{'../' * from_url.count('/')}entities/{entity_id}/"

    def dated_events(self, brief: Brief):
        """(date, sentence span) of a brief, one per date value and sentence, in calendar order."""
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

    def entities_at(self, brief: Brief, span: Span) -> set[str]:
        """Entity ids mentioned inside `span` of a brief (the actors of one sentence)."""
        found = set()
        for actor in brief.actors:
            if any(span.start <= m.span.start and m.span.end <= span.end for m in actor.mentions):
                entity_id = self.catalog.entity_id(brief, actor.key)
                if entity_id:
                    found.add(entity_id)
        return found

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
        timeline = [{"date": self.date_text(d), "value": d.value, "text": shorten(sentence.of(text))}
                    for d, sentence in self.dated_events(brief)]
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
    pages["index.md"] = render_home(catalog, views, env, site)
    pages.update(render_entity_pages(catalog, views, env, site))
    pages.update(render_collection_pages(catalog, views, env, site))
    pages.update(render_data(catalog, views, settings))
    return pages


def _node(views: Views, entity_id: str, from_url: str) -> Node:
    entity = views.catalog.entities[entity_id]
    return Node(entity_id, entity.name, entity.kind, views.labels[f"kind_{entity.kind}"],
                views.brief_count.get(entity_id, 0), views.entity_url(entity_id, from_url))


def render_home(catalog: Catalog, views: Views, env: jinja2.Environment, site: dict) -> str:
    """Newest briefs, most mentioned actors, and the picture of the most connected entities."""
    labels = views.labels
    top = sorted(views.brief_count.items(), key=lambda kv: (-kv[1], catalog.entities[kv[0]].name, kv[0]))
    # Most connected: most distinct partners, then most briefs; ties by name, so the order is total.
    connected = sorted((eid for eid in views.partners),
                       key=lambda eid: (-len(views.partners[eid]), -views.brief_count.get(eid, 0),
                                        catalog.entities[eid].name, eid))[:GRAPH_NODES]
    graph = None
    if len(connected) >= 2:
        nodes = [_node(views, eid, "") for eid in connected]
        edges = strongest_edges(connected, views.pairs, per_node=GRAPH_EDGES_PER_NODE)
        graph = render_svg(nodes, edges, label=f"{labels['graph']}: {len(nodes)} {labels['graph_entities']}",
                           units=labels["briefs_count"], ring=200.0)
    return env.get_template("home.md.j2").render(
        site=site, briefs=[views.brief_row(b, "") for b in views.briefs_newest[:HOME_BRIEFS]],
        total=len(catalog.briefs), graph=graph,
        actors=[{"name": catalog.entities[eid].name, "link": views.entity_link(eid, ""), "count": n,
                 "kind": labels[f"kind_{catalog.entities[eid].kind}"]} for eid, n in top[:HOME_ACTORS]])


def _newest_first(brief: Brief) -> tuple:
    return (sort_key(brief.published.value if brief.published else None), brief.article.id)


def entity_page(catalog: Catalog, views: Views, entity_id: str) -> dict:
    """The view of one entity: linear in the briefs that mention it."""
    entity, here, labels = catalog.entities[entity_id], "entities/", views.labels
    apps = views.appearances.get(entity_id, [])
    by_brief: dict[str, list] = defaultdict(list)
    for brief, actor in apps:
        by_brief[brief.article.id].append(actor)
    briefs = sorted({b.article.id: b for b, _ in apps}.values(), key=_newest_first, reverse=True)
    mentions = [{"brief": views.brief_row(b, here), "context": _context(b, by_brief[b.article.id])} for b in briefs]
    roles, said, statements, events = [], [], [], []
    for brief in briefs:
        row = views.brief_row(brief, here)
        actors = by_brief[brief.article.id]
        keys = {a.key for a in actors}
        for actor in actors:
            if actor.role or actor.affiliation:
                role = (actor.role or labels["unknown"], actor.affiliation)
                # Newest first; a role stated again in the next older brief joins the same line.
                if roles and (roles[-1]["role"], roles[-1]["affiliation"]) == role:
                    if roles[-1]["briefs"][-1] is not row:
                        roles[-1]["briefs"].append(row)
                else:
                    roles.append({"role": role[0], "affiliation": role[1], "briefs": [row]})
        said += [{"text": q.text, "channel": q.channel, "brief": row} for q in brief.quotes if q.speaker_key in keys]
        statements += [{"text": s.text, "verb": s.verb, "brief": row}
                       for s in brief.statements if s.speaker_key in keys]
        # Its own timeline: the dated sentences of its briefs that mention it.
        spans = [m.span for a in actors for m in a.mentions]
        for d, sentence in views.dated_events(brief):
            if any(sentence.start <= m.start and m.end <= sentence.end for m in spans):
                events.append({"key": sort_key(d.value), "date": views.date_text(d),
                               "text": shorten(sentence.of(brief.article.text)), "brief": row})
    events.sort(key=lambda e: (e["key"], e["brief"]["id"]))
    partners = sorted(views.partners.get(entity_id, Counter()).items(),
                      key=lambda kv: (-kv[1], catalog.entities[kv[0]].name, kv[0]))
    with_rows = [{"name": catalog.entities[eid].name, "link": views.entity_link(eid, here), "count": n,
                  "kind": labels[f"kind_{catalog.entities[eid].kind}"]} for eid, n in partners[:APPEARS_WITH]]
    graph = None
    if partners:
        from_url = f"entities/{entity_id}/"
        ring_ids = [eid for eid, _ in partners[:NEIGHBOURS]]
        edges = [(min(entity_id, eid), max(entity_id, eid), n) for eid, n in partners[:NEIGHBOURS]]
        edges += strongest_edges(ring_ids, views.pairs, per_node=2)
        graph = render_svg([_node(views, eid, from_url) for eid in ring_ids], sorted(set(edges)),
                           centre=_node(views, entity_id, from_url), ring=150.0, units=labels["briefs_count"],
                           label=f"{labels['neighbourhood']}: {entity.name}")
    # Every spelling the collection knows goes into the page text, so search finds the page by it.
    aliases = sorted(set(entity.aliases) - {entity.name}, key=lambda a: (a.lower(), a))
    return {"entity": entity, "kind": labels[f"kind_{entity.kind}"], "aliases": aliases,
            "briefs": mentions, "roles": roles, "said": said, "statements": statements,
            "timeline": events, "appears_with": with_rows, "graph": graph, "boost": ENTITY_BOOST}


def _letter(name: str) -> str:
    """A–Z heading of a name: its first letter without accents; digits and signs under "#"."""
    folded = fold(name[:1]) if name else ""
    return folded.upper() if folded.isalpha() else "#"


def render_entity_pages(catalog: Catalog, views: Views, env: jinja2.Environment, site: dict) -> dict[str, str]:
    pages = {}
    template = env.get_template("entity.md.j2")
    index: dict[str, list] = {k: [] for k in KINDS}
    for entity_id, entity in sorted(catalog.entities.items()):
        page = entity_page(catalog, views, entity_id)
        pages[f"entities/{entity_id}.md"] = template.render(site=site, page=page)
        index[entity.kind].append({"name": entity.name, "link": f"../entities/{entity_id}.md",
                                   "count": len(page["briefs"]), "aliases": page["aliases"]})
    letters: dict[str, list] = {}
    for kind, rows in index.items():
        rows.sort(key=lambda r: (fold(r["name"]), r["name"]))
        groups: dict[str, list] = defaultdict(list)
        for row in rows:
            groups[_letter(row["name"])].append(row)
        letters[kind] = sorted(groups.items(), key=lambda kv: (kv[0] == "#", kv[0]))
    pages["actors/index.md"] = env.get_template("actors.md.j2").render(
        site=site, index=letters, totals={k: len(v) for k, v in index.items()})
    return pages


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


def timeline_groups(catalog: Catalog, views: Views) -> list[tuple[str, list]]:
    """Every dated event of every brief, by month; same-day events of different briefs that
    share an actor are one group (connected components, so A–B and B–C put A, B, C together)."""
    events = []
    for brief in catalog.briefs:
        for d, sentence in views.dated_events(brief):
            events.append({"key": sort_key(d.value), "value": d.value, "date": views.date_text(d),
                           "text": shorten(sentence.of(brief.article.text)), "brief": views.brief_row(brief, ""),
                           "actors": views.entities_at(brief, sentence)})
    events.sort(key=lambda e: (e["key"], e["value"], e["brief"]["id"], e["text"]))
    by_day: dict[str, list] = defaultdict(list)
    for event in events:
        by_day[event["value"]].append(event)
    months: dict[str, list] = defaultdict(list)
    for value in sorted(by_day, key=lambda v: (sort_key(v), v)):
        day = by_day[value]
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
            briefs = {m["brief"]["id"] for m in members}
            # The actors that tie the group together: named in the events of two briefs or more.
            holders: dict[str, set] = defaultdict(set)
            for m in members:
                for entity_id in m["actors"]:
                    holders[entity_id].add(m["brief"]["id"])
            shared = {e for e, ids in holders.items() if len(ids) > 1}
            group = {"date": members[0]["date"], "events": members, "together": len(briefs) > 1,
                     "shared": sorted((catalog.entities[e].name for e in shared), key=str.lower)}
            months[sort_key(value)[:7]].append(group)
    titles = {m: format_value(m, "month", views.language, views.labels) if len(m) == 7 else m for m in months}
    return [(titles[m], months[m]) for m in sorted(months)]


def render_collection_pages(catalog: Catalog, views: Views, env: jinja2.Environment, site: dict) -> dict[str, str]:
    """The site-wide Timeline and Quotes pages."""
    quotes_by: dict[str, list] = defaultdict(list)
    statements_by: dict[str, list] = defaultdict(list)
    names: dict[str, dict] = {}

    def speaker(brief: Brief, key: str | None) -> str:
        entity_id = catalog.entity_id(brief, key)
        names.setdefault(entity_id or "~", {
            "name": catalog.entities[entity_id].name if entity_id else views.labels["speaker_unknown"],
            "link": views.entity_link(entity_id, "") if entity_id else None})
        return entity_id or "~"

    for brief in views.briefs_newest:
        for q in brief.quotes:
            quotes_by[speaker(brief, q.speaker_key)].append(
                {"text": q.text, "channel": q.channel, "brief": views.brief_row(brief, "")})
        for s in brief.statements:
            statements_by[speaker(brief, s.speaker_key)].append(
                {"text": s.text, "verb": s.verb, "brief": views.brief_row(brief, "")})
    keys = sorted(set(quotes_by) | set(statements_by), key=lambda k: (k == "~", fold(names[k]["name"]), k))
    speakers = [{"speaker": names[k], "quotes": quotes_by.get(k, []), "statements": statements_by.get(k, [])}
                for k in keys]
    return {
        "timeline.md": env.get_template("timeline.md.j2").render(site=site, months=timeline_groups(catalog, views)),
        "quotes.md": env.get_template("quotes.md.j2").render(site=site, speakers=speakers),
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
