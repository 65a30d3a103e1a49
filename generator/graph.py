"""Co-occurrence of entities across briefs, drawn as a static, accessible SVG with links.

Pure functions, no randomness: nodes sit on a circle in order of how connected they are
(most connected at the top, clockwise), so two builds draw the same bytes. The SVG is inlined
in a page's HTML body (it holds no blank line, so it would also stand in a Markdown raw HTML
block), and every name in it is XML-escaped (and stripped of characters XML 1.0 forbids).
"""
from __future__ import annotations

import functools
import math
import re
from collections import Counter
from dataclasses import dataclass
from itertools import combinations
from xml.sax.saxutils import escape, quoteattr

# Characters XML 1.0 does not allow in a document, even as references.
_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# Colours per kind (Material's indigo/red palette neighbours; legible on white and in print).
KIND_COLOURS = {"person": "#3f51b5", "organization": "#00897b", "country": "#e53935", "place": "#f9a825"}
# Labels longer than this are cut (the full name stays in the node's <title>).
LABEL_CHARS = 26


def xml_text(text: object) -> str:
    """Text safe inside an XML element: forbidden characters dropped, &<> escaped."""
    return escape(_XML_FORBIDDEN.sub("", str(text)))


def xml_attr(text: object) -> str:
    """A quoted XML attribute value (quotes included)."""
    return quoteattr(_XML_FORBIDDEN.sub("", " ".join(str(text).split())))


def cooccurrence(entity_sets: list[set[str]]) -> Counter:
    """(a, b) with a < b → number of briefs that mention both. O(sum of k²) for k entities per brief."""
    pairs: Counter = Counter()
    for ids in entity_sets:
        pairs.update(combinations(sorted(ids), 2))     # counted in C, pairs in the same order
    return pairs


@dataclass(frozen=True)
class Node:
    id: str
    name: str
    kind: str
    kind_label: str
    briefs: int          # how many briefs mention it (node size)
    href: str            # final URL relative to the page the SVG is inlined in


def _label(name: str, limit: int | None = LABEL_CHARS) -> str:
    name = " ".join(name.split())
    return name if limit is None or len(name) <= limit else name[: limit - 1].rstrip() + "…"


@functools.lru_cache(maxsize=65536)
def _f(x: float) -> str:
    """Coordinates rounded to 0.1 and printed the same way on every platform (memoised: the
    pictures of a site repeat most of their coordinates)."""
    value = round(x, 1)
    if value == 0:
        return "0"
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def _radius(briefs: int, most: int) -> float:
    return 4.0 + 8.0 * math.sqrt(briefs / most) if most else 5.0


def _edge_width(weight: int, heaviest: int) -> float:
    return 0.6 + 3.4 * (weight / heaviest) if heaviest else 1.0


def render_svg(nodes: list[Node], edges: list[tuple[str, str, int]], *, label: str, centre: Node | None = None,
               ring: float = 220.0, units: str = "", label_chars: int | None = LABEL_CHARS) -> str:
    """An SVG of `nodes` on a circle (and `centre` in the middle), `edges` as (id, id, weight).

    `label` is the accessible name of the whole picture; `units` follows each count in a node's
    <title> ("3 ringkasan").
    """
    margin = 20 + 6.6 * max((len(_label(n.name, label_chars)) for n in nodes), default=0)
    half = ring + margin
    size = 2 * half
    place: dict[str, tuple[float, float, float]] = {}   # id → (x, y, angle in degrees)
    for i, node in enumerate(nodes):
        angle = -90.0 + 360.0 * i / max(len(nodes), 1)
        rad = math.radians(angle)
        place[node.id] = (half + ring * math.cos(rad), half + ring * math.sin(rad), angle)
    if centre is not None:
        place[centre.id] = (half, half, 0.0)
    every = nodes + ([centre] if centre else [])
    most = max((n.briefs for n in every), default=1)
    heaviest = max((w for _, _, w in edges), default=1)
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {_f(size)} {_f(size)}" '
           # A group, not an image: it holds links (an image's content is presentational, so
           # links inside role=img are nested interactive elements a screen reader cannot reach).
           f'width="{_f(size)}" height="{_f(size)}" role="group" aria-label={xml_attr(label)} class="cooccurrence">',
           f"<title>{xml_text(label)}</title>",
           '<g class="edges" fill="none" stroke="#5c6bc0" stroke-linecap="round">']
    for a, b, weight in edges:
        if a not in place or b not in place:
            continue
        (x1, y1, _), (x2, y2, _) = place[a][:3], place[b][:3]
        # Chords bend towards the centre so edges between ring nodes do not cover the labels.
        cx, cy = half + 0.35 * ((x1 + x2) / 2 - half), half + 0.35 * ((y1 + y2) / 2 - half)
        opacity = 0.25 + 0.5 * weight / heaviest
        out.append(f'<path d="M{_f(x1)} {_f(y1)}Q{_f(cx)} {_f(cy)} {_f(x2)} {_f(y2)}" '
                   f'stroke-width="{_f(_edge_width(weight, heaviest))}" stroke-opacity="{_f(opacity)}"/>')
    out.append("</g>")
    out.append('<g class="nodes" font-size="13" font-family="sans-serif">')
    for node in every:
        x, y, angle = place[node.id]
        r = _radius(node.briefs, most)
        title = f"{node.name} ({node.kind_label}, {node.briefs}{' ' + units if units else ''})"
        out.append(f'<a href={xml_attr(node.href)}><title>{xml_text(title)}</title>'
                   f'<circle cx="{_f(x)}" cy="{_f(y)}" r="{_f(r)}" fill="{KIND_COLOURS.get(node.kind, "#757575")}" '
                   f'stroke="#fff" stroke-width="1.5"/>')
        text = xml_text(_label(node.name, label_chars))
        if node is centre:
            out.append(f'<text x="{_f(x)}" y="{_f(y + r + 15)}" text-anchor="middle" font-weight="bold">{text}</text></a>')
            continue
        # Labels radiate outwards; on the left half they are turned over so they read left to right.
        left = math.cos(math.radians(angle)) < -1e-9
        rotate = angle + 180.0 if left else angle
        lx = x + (r + 5) * math.cos(math.radians(angle))
        ly = y + (r + 5) * math.sin(math.radians(angle))
        out.append(f'<text x="{_f(lx)}" y="{_f(ly)}" dy="0.35em" text-anchor="{"end" if left else "start"}" '
                   f'transform="rotate({_f(rotate)} {_f(lx)} {_f(ly)})">{text}</text></a>')
    out.append("</g>")
    out.append("</svg>")
    return "".join(out)


def strongest_edges(ids: list[str], pairs: Counter, *, per_node: int) -> list[tuple[str, str, int]]:
    """For each node its `per_node` heaviest edges inside `ids` (union), sorted: readable at any size."""
    rank = {node: i for i, node in enumerate(ids)}
    chosen: set[tuple[str, str]] = set()
    for node in ids:
        mine = []
        for other in ids:
            if other == node:
                continue
            key = (node, other) if node < other else (other, node)
            weight = pairs.get(key, 0)
            if weight:
                mine.append((-weight, rank[other], key))
        for _, _, key in sorted(mine)[:per_node]:
            chosen.add(key)
    return sorted((a, b, pairs[(a, b)]) for a, b in chosen)


def render_bars(bars: list[tuple[str, int, str]], *, label: str, ticks: dict[int, str] | None = None,
                colour: str = "#3f51b5") -> str:
    """A static bar chart (mentions over time): `bars` as (key, count, hover text) in order, one
    bar each, `ticks` as bar index → axis label (the years). Every text is XML-escaped, like the
    pictures above; the chart scales to its column (viewBox), one bar at least 3 units wide."""
    n = max(len(bars), 1)
    step = max(3.0, min(24.0, 720.0 / n))
    width, plot, top, bottom = step * n + 8, 96.0, 14.0, 18.0
    height = top + plot + bottom
    most = max((c for _, c, _ in bars), default=0) or 1
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {_f(width)} {_f(height)}" '
           f'width="{_f(width)}" height="{_f(height)}" role="img" aria-label={xml_attr(label)} class="mentions-chart">',
           f"<title>{xml_text(label)}</title>",
           f'<line x1="4" y1="{_f(top + plot)}" x2="{_f(width - 4)}" y2="{_f(top + plot)}" stroke="currentColor" '
           f'stroke-opacity="0.4" stroke-width="1"/>',
           f'<text x="4" y="{_f(top - 4)}" font-size="10" font-family="sans-serif" fill="currentColor">{most}</text>',
           f'<g fill="{colour}">']
    for i, (_, count, hover) in enumerate(bars):
        h = plot * count / most
        x = 4 + i * step + step * 0.15
        # Every bar, even an empty month, carries its hover text (a 1-unit stub marks "none").
        faint = "" if count else ' fill-opacity="0.25"'
        out.append(f'<rect x="{_f(x)}" y="{_f(top + plot - max(h, 1.0))}" width="{_f(step * 0.7)}" '
                   f'height="{_f(max(h, 1.0))}"{faint}><title>{xml_text(hover)}</title></rect>')
    out.append("</g>")
    out.append('<g font-size="10" font-family="sans-serif" fill="currentColor">')
    for i, text in sorted((ticks or {}).items()):
        x = 4 + i * step
        out.append(f'<line x1="{_f(x)}" y1="{_f(top + plot)}" x2="{_f(x)}" y2="{_f(top + plot + 4)}" '
                   f'stroke="currentColor" stroke-opacity="0.4"/>'
                   f'<text x="{_f(x)}" y="{_f(top + plot + 14)}">{xml_text(text)}</text>')
    out.append("</g></svg>")
    return "".join(out)
