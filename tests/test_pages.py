"""Rendered pages of a fixed, hand-built mini-catalog: golden brief and entity pages, entity pages
that list exactly the briefs mentioning the entity, indexes, timeline grouping, graph and feed."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from generator.config import Settings
from generator.model import (Actor, Article, Brief, Catalog, DateMention, Entity, Layout, Mention, Quote,
                             Sentence, Span, Statement)
from generator.escape import md_inline
from generator.pages import render_pages

GOLDEN = Path(__file__).resolve().parent / "golden"

# Three small articles. Each actor: key → (kind, canonical name, surface forms, role, affiliation).
# Forms are found in the text in order; a form that occurs several times is a mention each time.
MINI = [
    {"id": "a_vostochny", "published": ("Rabu, 13 September 2023", "2023-09-13"),
     "text": ("Putin Sambut Kim di Vostochny\n"
              "Rabu, 13 September 2023\n"
              "Presiden Rusia Vladimir Putin menyambut Kim Jong-un di Vostochny pada 13 September 2023. "
              "Kim tiba dengan kereta lapis baja sehari sebelumnya.\n"
              "“Kami akan membantu [sahabat] kami,” kata Putin. "
              "Kim menegaskan bahwa Korut mendukung Rusia sepenuhnya.\n"),
     "actors": {"putin": ("person", "Vladimir Putin", ["Vladimir Putin", "Putin"], "Presiden", "Rusia"),
                "kim": ("person", "Kim Jong-un", ["Kim Jong-un", "Kim"], None, None),
                "rusia": ("country", "Rusia", ["Rusia"], None, None),
                "korut": ("country", "Korea Utara", ["Korut"], None, None),
                "vostochny": ("place", "Vostochny", ["Vostochny"], None, None)},
     "dates": [("13 September 2023", "2023-09-13", "day"), ("sehari sebelumnya", "2023-09-12", "day")],
     "quotes": [("Kami akan membantu [sahabat] kami,", "putin", "kata")],
     "statements": [("Korut mendukung Rusia sepenuhnya", "kim", "menegaskan")]},
    {"id": "b_kereta", "published": ("Kamis (14/9/2023)", "2023-09-14"),
     "text": ("Kim Jong Un Tiba di Rusia\n"
              "Kamis (14/9/2023)\n"
              "Pemimpin Korea Utara Kim Jong Un tiba di Rusia pada 12 September 2023. "
              "Pada 13 September 2023 Kim bertemu Putin dan Choe Son-hui.\n"
              "“Latihan kita <sah>,” ujar Menteri Luar Negeri Korea Utara Choe Son-hui.\n"),
     "actors": {"kim": ("person", "Kim Jong Un", ["Kim Jong Un", "Kim"], "Pemimpin", "Korea Utara"),
                "putin": ("person", "Putin", ["Putin"], None, None),
                "choe": ("person", "Choe Son-hui", ["Choe Son-hui"], "Menteri Luar Negeri", "Korea Utara"),
                "korut": ("country", "Korea Utara", ["Korea Utara"], None, None),
                "rusia": ("country", "Rusia", ["Rusia"], None, None)},
     "dates": [("12 September 2023", "2023-09-12", "day"), ("13 September 2023", "2023-09-13", "day")],
     "quotes": [("Latihan kita <sah>,", "choe", "ujar")],
     "statements": []},
    {"id": "c_seoul", "published": ("Selasa (22/11/2022)", "2022-11-22"),
     "text": ("Seoul Minta Rusia Menahan Korut\n"
              "Selasa (22/11/2022)\n"
              "Korea Selatan meminta Rusia menahan Korea Utara (Korut) pada Juli 2022. "
              "Duta Besar Rusia Andrey Kulik menolak.\n"
              "\u201cKami tidak *mendukung* sanksi,\u201d kata Kulik.\n"),
     "actors": {"kulik": ("person", "Andrey Kulik", ["Andrey Kulik", "Kulik"], "Duta Besar", "Rusia"),
                "rusia": ("country", "Rusia", ["Rusia"], None, None),
                "korut": ("country", "Korea Utara", ["Korea Utara", "Korut"], None, None),
                "korsel": ("country", "Korea Selatan", ["Korea Selatan"], None, None)},
     "dates": [("Juli 2022", "2022-07", "month")],
     "quotes": [("Kami tidak *mendukung* sanksi,", "kulik", "kata")],
     "statements": []},
]
ENTITY_IDS = {"Vladimir Putin": "vladimir-putin", "Putin": "vladimir-putin", "Kim Jong-un": "kim-jong-un",
              "Kim Jong Un": "kim-jong-un", "Choe Son-hui": "choe-son-hui", "Andrey Kulik": "andrey-kulik",
              "Rusia": "russia", "Korea Utara": "north-korea", "Korea Selatan": "south-korea",
              "Vostochny": "vostochny"}
ENTITIES = {
    "vladimir-putin": Entity("vladimir-putin", "person", "Vladimir Putin", frozenset({"Vladimir Putin", "Putin"})),
    "kim-jong-un": Entity("kim-jong-un", "person", "Kim Jong Un", frozenset({"Kim Jong Un", "Kim Jong-un", "Kim"})),
    "choe-son-hui": Entity("choe-son-hui", "person", "Choe Son-hui", frozenset({"Choe Son-hui"})),
    "andrey-kulik": Entity("andrey-kulik", "person", "Andrey Kulik", frozenset({"Andrey Kulik", "Kulik"})),
    "russia": Entity("russia", "country", "Rusia", frozenset({"Rusia", "Russia"})),
    "north-korea": Entity("north-korea", "country", "Korea Utara",
                          frozenset({"Korea Utara", "Korut", "North Korea", "DPRK"})),
    "south-korea": Entity("south-korea", "country", "Korea Selatan", frozenset({"Korea Selatan", "Korsel"})),
    "vostochny": Entity("vostochny", "place", "Vostochny", frozenset({"Vostochny", "Kosmodrom Vostochny"})),
}


def _find_all(text: str, form: str, start: int) -> list[Span]:
    spans = []
    for m in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", text[start:]):
        spans.append(Span(start + m.start(), start + m.end()))
    return spans


def make_brief(spec: dict) -> Brief:
    text = spec["text"]
    lines = text.split("\n")
    headline = Span(0, len(lines[0]))
    published_span = Span(text.index(spec["published"][0]), text.index(spec["published"][0]) + len(spec["published"][0]))
    body_start = published_span.end + 1
    body = []
    pos = body_start
    for line in text[body_start:].split("\n"):
        if line:
            body.append(Span(pos, pos + len(line)))
        pos += len(line) + 1
    sentences = []
    for paragraph, span in enumerate(body):
        for m in re.finditer(r"[^.]+(?:\.|$)", span.of(text)):
            chunk = m.group(0)
            lead = len(chunk) - len(chunk.lstrip())
            if chunk.strip():
                sentences.append(Sentence(Span(span.start + m.start() + lead, span.start + m.end()), paragraph))
    taken: set[int] = set()
    actors = []
    for key, (kind, name, forms, role, affiliation) in spec["actors"].items():
        mentions = []
        for form in forms:
            for span in _find_all(text, form, body_start):
                if not any(i in taken for i in range(span.start, span.end)):
                    taken.update(range(span.start, span.end))
                    mentions.append(Mention(span, form, kind, key, "test"))
        actors.append(Actor(key, kind, name, tuple(sorted(mentions, key=lambda m: m.span)), role, affiliation))

    def sentence_of(span: Span) -> Span:
        return next(s.span for s in sentences if s.span.start <= span.start < s.span.end)

    dates = []
    for surface, value, precision in spec["dates"]:
        for span in _find_all(text, surface, body_start):
            dates.append(DateMention(span, surface, value, precision, "test", sentence_of(span)))
    quotes = []
    for words, key, cue in spec["quotes"]:
        start = text.index(words)
        quotes.append(Quote(Span(start, start + len(words)), words, spec["actors"][key][1], key,
                            Span(text.index(cue, start), text.index(cue, start) + len(cue)), "test"))
    statements = []
    for words, key, verb in spec["statements"]:
        start = text.index(words)
        statements.append(Statement(Span(start, start + len(words)), words, spec["actors"][key][1], key, verb,
                                    Span(text.index(verb), text.index(verb) + len(verb)), "test"))
    published = DateMention(published_span, spec["published"][0], spec["published"][1], "day", "test")
    layout = Layout(headline, "Contoh News", None, None, published_span, tuple(body), (), ())
    return Brief(Article(spec["id"], f"{spec['id']}.txt", text), layout, published, tuple(sentences),
                 (sentences[0].span,), tuple(actors), tuple(sorted(dates, key=lambda d: d.span)),
                 tuple(quotes), tuple(statements))


def mini_catalog() -> Catalog:
    briefs = tuple(make_brief(spec) for spec in MINI)
    entity_of = {(b.article.id, a.key): ENTITY_IDS[a.name] for b in briefs for a in b.actors}
    return Catalog(briefs=briefs, entities=dict(ENTITIES), entity_of=entity_of)


@pytest.fixture(scope="module")
def pages():
    return render_pages(mini_catalog(), Settings(pdf=False, site_url="https://example.org/briefing/"))


@pytest.mark.parametrize("path, golden", [("briefs/a_vostochny.md", "brief.md"),
                                          ("entities/kim-jong-un.md", "entity.md")])
def test_pages_match_golden(pages, request, path, golden):
    target = GOLDEN / golden
    if request.config.getoption("--update-goldens"):
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(pages[path], encoding="utf-8")
    assert pages[path] == target.read_text(encoding="utf-8"), f"{path} differs from tests/golden/{golden}"


@pytest.mark.parametrize("entity_id, briefs", [
    ("kim-jong-un", {"a_vostochny", "b_kereta"}), ("vladimir-putin", {"a_vostochny", "b_kereta"}),
    ("andrey-kulik", {"c_seoul"}), ("north-korea", {"a_vostochny", "b_kereta", "c_seoul"}),
    ("vostochny", {"a_vostochny"}), ("choe-son-hui", {"b_kereta"})])
def test_pages_entity_lists_exactly_its_briefs(pages, entity_id, briefs):
    page = pages[f"entities/{entity_id}.md"]
    section = page.split("\n<h2>", 2)[1]   # the "mentioned in" section (after roles, or first)
    if not section.startswith(("Disebut", "Mentioned")):
        section = page.split("\n<h2>", 3)[2]
    linked = set(re.findall(r'href="\.\./briefs/([\w-]+)\.md"', section))
    assert linked == briefs


def test_pages_entity_newest_first_with_roles_and_quotes(pages):
    page = pages["entities/kim-jong-un.md"]
    assert page.index("b_kereta.md") < page.index("a_vostochny.md")   # 14 Sept before 13 Sept
    assert "Pemimpin" in page and "Korea Utara" in page                 # role with its brief
    assert "menegaskan" in page                                         # the indirect statement
    putin = pages["entities/vladimir-putin.md"]
    assert "Kami akan membantu &#91;sahabat&#93; kami" in putin         # quote, escaped


@pytest.mark.parametrize("entity_id, words", [("north-korea", ["Korut", "North Korea", "DPRK"]),
                                              ("kim-jong-un", ["Kim Jong-un"])])
def test_pages_entity_page_carries_every_spelling_for_search(pages, entity_id, words):
    page = pages[f"entities/{entity_id}.md"]
    assert "boost: 4" in page.split("---", 2)[1]
    for word in words:
        assert word.replace("-", "&#45;") in page or word in page


def test_pages_brief_links_actors_quotes_timeline(pages):
    page = pages["briefs/a_vostochny.md"]
    for entity_id in ("vladimir-putin", "kim-jong-un", "russia", "north-korea", "vostochny"):
        assert f'href="../entities/{entity_id}.md"' in page
    assert '\n<p class="quote-by">— <a href="../entities/vladimir-putin.md">Vladimir Putin</a> · <a href="#kutipan-1" ' in page
    assert page.index("12 September 2023") < page.index("<td>13 September 2023</td>")
    assert "<h2>Ringkasan terkait</h2>" in page and 'href="../briefs/b_kereta.md"' in page.split("<h2>Ringkasan terkait</h2>")[1]


def test_pages_timeline_groups_same_day_events_sharing_actors(pages):
    page = pages["timeline/index.md"]
    months = re.findall(r"^<h2>(.+)</h2>$", page, re.M)
    assert months == ["Juli 2022", "September 2023"]
    # 13 September: Vostochny (Putin, Kim) and the other brief (Kim, Putin) are one group.
    group = page.split("hari yang sama")[1].split("</ul>")[0]
    assert "a_vostochny" in group and "b_kereta" in group


def test_pages_actors_index_letters_and_counts(pages):
    page = pages["actors/index.md"]
    assert re.search(r'^<h3 id="person-k">K</h3>$', page, re.M)
    # A line per actor: its role, how many briefs, when last seen.
    assert '<a href="../entities/kim-jong-un.md">Kim Jong Un</a> · Pemimpin · 2 ringkasan · terakhir disebut 14 September 2023' in page
    assert '<a href="../entities/north-korea.md">Korea Utara</a> · 3 ringkasan · terakhir disebut 14 September 2023' in page


def test_pages_svg_is_valid_xml_with_links(pages):
    for path in ("index.md", "entities/kim-jong-un.md"):
        svg = re.search(r'<svg[^>]*class="cooccurrence".*?</svg>', pages[path], re.S).group(0)
        assert "\n\n" not in svg
        root = ET.fromstring(svg)
        assert root.get("role") == "group" and root.get("aria-label")     # it holds links: not an img
        links = root.findall("{http://www.w3.org/2000/svg}g/{http://www.w3.org/2000/svg}a")
        assert links and all(a.find("{http://www.w3.org/2000/svg}title") is not None for a in links)
    home_links = re.findall(r'<a href="([^"]+)"', pages["index.md"])
    assert "entities/kim-jong-un/" in home_links
    assert "../../entities/vladimir-putin/" in re.findall(r'<a href="([^"]+)"', pages["entities/kim-jong-un.md"])


def test_pages_svg_escapes_names():
    from generator.graph import Node, render_svg
    svg = render_svg([Node("x", "A & <b>\x07", "person", "orang", 1, "../x/"), Node("y", "Y\"", "place", "t", 2, "y/")],
                     [("x", "y", 1)], label="<g> & \"q\"")
    root = ET.fromstring(svg)
    assert "<b>" not in svg and "\x07" not in svg
    assert root.get("aria-label") == '<g> & "q"'


def test_pages_deterministic():
    settings = Settings(pdf=False)
    assert render_pages(mini_catalog(), settings) == render_pages(mini_catalog(), settings)


@pytest.mark.parametrize("language, label", [("id", "<h1>Aktor</h1>"), ("en", "<h1>Actors</h1>")])
def test_pages_ui_language_switches_labels(language, label):
    pages = render_pages(mini_catalog(), Settings(pdf=False, ui_language=language))
    assert label + "\n" in pages["actors/index.md"]


def test_pages_ui_language_reaches_material(tmp_path):
    from generator.build import mkdocs_env
    assert mkdocs_env(Settings(ui_language="en"))["BRIEFING_UI_LANGUAGE"] == "en"


def test_pages_feed_is_valid_xml_with_hostile_titles():
    catalog = mini_catalog()
    spec = dict(MINI[0], id="d_hostile")
    spec["text"] = "Judul <b>&amp;\x07\x1b ]]> {{ x }}\x0c\n" + spec["text"].split("\n", 1)[1]
    hostile = make_brief(spec)
    catalog = Catalog(briefs=catalog.briefs + (hostile,), entities=catalog.entities,
                      entity_of=dict(catalog.entity_of, **{}) | {(hostile.article.id, a.key): ENTITY_IDS[a.name]
                                                                  for a in hostile.actors})
    feed = render_pages(catalog, Settings(pdf=False, site_url="https://example.org/"))["feed.xml"]
    root = ET.fromstring(feed.encode("utf-8"))
    titles = [e.text for e in root.iter("{http://www.w3.org/2005/Atom}title")]
    assert "Judul <b>&amp; ]]> {{ x }}" in titles


def test_pages_article_text_never_becomes_markup():
    catalog = mini_catalog()
    pages = render_pages(catalog, Settings(pdf=False))
    assert "<sah>" not in pages["briefs/b_kereta.md"] and "<sah>" not in pages["quotes/index.md"]
    assert "*mendukung*" not in pages["quotes/index.md"]


def _rows(text: str) -> list[str]:
    return re.findall(r'href="(?:\.\./)+briefs/([\w-]+)\.md"', text)


def test_pages_large_collections_split_lists_into_bounded_pages(monkeypatch):
    """Past PAGE_ITEMS rows the briefs, timeline, quotes and actors lists split by year or letter
    into pages of at most PAGE_ITEMS rows; every row lands on exactly one of them."""
    import generator.pages as pages_module
    small = render_pages(mini_catalog(), Settings(pdf=False))
    monkeypatch.setattr(pages_module, "PAGE_ITEMS", 2)
    pages = render_pages(mini_catalog(), Settings(pdf=False))
    # Briefs: the index lists years; each year page holds its briefs, at most 2 a page.
    assert 'href="years/2023.md"' in pages["briefs/index.md"] and 'href="years/2022.md"' in pages["briefs/index.md"]
    listed = [r for path, text in pages.items() if path.startswith("briefs/years/") for r in _rows(text)]
    assert sorted(listed) == ["a_vostochny", "b_kereta", "c_seoul"]
    # Timeline: years with counts on the index, a page per calendar period: a year that fits
    # (2022, one event), else its quarters, months, thirds or days (2023: two events a day).
    index = pages["timeline/index.md"]
    assert "<strong>2023</strong>" in index and "<strong>2022</strong>" in index and 'href="2022.md"' in index
    parts = {path: text for path, text in pages.items() if path.startswith("timeline/") and path != "timeline/index.md"}
    assert sorted(parts) == ["timeline/2022.md", "timeline/2023-09-12.md", "timeline/2023-09-13.md"]
    events = lambda text: len(re.findall(r"<li>(?!\n<p><strong>[^<]+</strong> ·)", text))   # noqa: E731
    assert all(events(text.split("\n---\n", 1)[1]) <= 2 + 2 for text in parts.values())
    assert sum(len(_rows(t)) for t in parts.values()) == len(_rows(small["timeline/index.md"]))
    # Quotes: initials with counts, one page per initial.
    assert 'href="a.md"' in pages["quotes/index.md"] and "quotes/c.md" in pages and "quotes/v.md" in pages
    assert 'href="../entities/vladimir-putin.md"' in pages["quotes/v.md"]
    # Actors: kinds and letters on the index, rows on pages per kind.
    assert re.search(r'href="person(-\d)?\.md#person-k"', pages["actors/index.md"])
    kim = [p for p in pages if p.startswith("actors/person") and 'href="../entities/kim-jong-un.md"' in pages[p]]
    assert len(kim) == 1
    # The nav entries stay the same files whatever the size.
    for path in ("index.md", "briefs/index.md", "actors/index.md", "timeline/index.md", "quotes/index.md"):
        assert path in pages and path in small


def test_pages_small_collection_keeps_single_list_pages():
    pages = render_pages(mini_catalog(), Settings(pdf=False))
    assert not any(p.startswith(("timeline/2", "briefs/years/", "quotes/a")) for p in pages)
    assert sorted(set(_rows(pages["briefs/index.md"]))) == ["a_vostochny", "b_kereta", "c_seoul"]


def test_pages_related_order_does_not_depend_on_hash_seed(tmp_path):
    """Related briefs (float scores summed over shared entities) come out the same under any seed."""
    import subprocess
    import sys
    code = ("import hashlib, sys; sys.path.insert(0, 'tests'); from test_pages import mini_catalog; "
            "from generator.pages import render_pages; from generator.config import Settings; "
            "p = render_pages(mini_catalog(), Settings(pdf=False)); "
            "print(hashlib.sha256(repr(sorted(p.items())).encode()).hexdigest())")
    root = Path(__file__).resolve().parent.parent
    outs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=root, check=True,
                           env={**__import__("os").environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2", "3")}
    assert len(outs) == 1


def test_pages_render_cache_renders_only_changed_pages():
    """A second render with the same inputs renders nothing and gives the same bytes; changing one
    brief re-renders its page and the pages that show it, not the others."""
    from generator.pages import RenderCache
    catalog = mini_catalog()
    settings = Settings(pdf=False)
    first_cache = RenderCache()
    first = render_pages(catalog, settings, first_cache)
    assert first_cache.rendered > 0 and first_cache.reused == 0
    again = RenderCache(digests=first_cache.new, previous=first.get)
    assert render_pages(catalog, settings, again) == first
    assert again.rendered == 0 and again.reused == first_cache.rendered
    # Change c_seoul's headline: its page, lists that show its title, and pages of its entities change.
    spec = dict(MINI[2], text=MINI[2]["text"].replace("Seoul Minta", "Seoul Mendesak"))
    changed = Catalog(briefs=catalog.briefs[:2] + (make_brief(spec),), entities=catalog.entities,
                      entity_of=catalog.entity_of)
    warm = RenderCache(digests=first_cache.new, previous=first.get)
    pages = render_pages(changed, settings, warm)
    assert pages == render_pages(changed, settings)          # same bytes as a cold render
    assert "briefs/c_seoul.md" in warm.rendered_paths
    assert "entities/andrey-kulik.md" in warm.rendered_paths
    assert "entities/vostochny.md" not in warm.rendered_paths and "entities/choe-son-hui.md" not in warm.rendered_paths
    assert warm.reused > 0


@pytest.mark.parametrize("path", ["briefs/a_vostochny.md", "briefs/b_kereta.md", "briefs/c_seoul.md"])
def test_pages_every_quote_and_event_links_to_its_marked_place_in_the_text(pages, path):
    """Each ¶ link of a quote or a timeline row names a mark that exists once in the article
    text of the same page, inside the paragraph the link names."""
    page = pages[path]
    links = [(n, mark) for mark, n in re.findall(r'<a href="#((?:kutipan|tanggal)-\d+)" title="[^"]*">¶(\d+)</a>', page)]
    assert links, "no source links on the page"
    body = page.split('<div class="article-body">', 1)[1]
    for n, mark_id in links:
        assert body.count(f'id="{mark_id}"') == 1, mark_id
        paragraph = body.split(f'<p id="teks-{n}"', 1)[1].split("</p>", 1)[0]
        assert f'id="{mark_id}"' in paragraph, (n, mark_id)


def test_pages_marks_hold_exactly_the_fact_and_stay_text():
    """A quote's mark holds its words (escaped: article text never becomes markup); a date inside
    a quote gets no mark of its own and links to the quote's."""
    from generator.escape import md_piece
    from generator.pages import Views, load_labels
    catalog = mini_catalog()
    views = Views(catalog, Settings(pdf=False), load_labels("id"))
    for brief in catalog.briefs:
        paragraphs, where = views.source_text(brief)
        text = "".join(piece["text"] for p in paragraphs for piece in p["pieces"])
        assert text == "".join(brief.article.text[p["start"]:p["end"]] for p in paragraphs)
        for i, quote in enumerate(brief.quotes):
            marked = [piece["text"] for p in paragraphs for piece in p["pieces"]
                      if piece["mark"] and piece["mark"]["id"] == where[("quote", i)]["id"]]
            assert marked == [quote.text]
    page = render_pages(catalog, Settings(pdf=False))["briefs/b_kereta.md"]
    assert "<sah>" not in page and md_piece("Latihan kita <sah>,") in page


def test_pages_date_inside_a_quote_links_to_the_quote():
    spec = dict(MINI[0], text=MINI[0]["text"].replace("“Kami akan membantu [sahabat] kami,”",
                                                      "“Kami akan membantu [sahabat] kami pada 13 September 2023,”"),
                quotes=[("Kami akan membantu [sahabat] kami pada 13 September 2023,", "putin", "kata")])
    brief = make_brief(spec)
    from generator.pages import Views, load_labels
    catalog = Catalog(briefs=(brief,), entities=mini_catalog().entities, entity_of=mini_catalog().entity_of)
    paragraphs, where = Views(catalog, Settings(pdf=False), load_labels("id")).source_text(brief)
    inner = [i for i, (d, _) in enumerate(Views(catalog, Settings(pdf=False), load_labels("id")).dated_events(brief))
             if d.span in brief.quotes[0].span]
    assert inner and all(where[("date", i)] == where[("quote", 0)] for i in inner)


@pytest.mark.parametrize("heads, label", [
    ([("Tahun 2025", "2025"), ("Januari 2025", "2025-01"), ("Agustus 2025", "2025-08")], "Januari 2025 – Agustus 2025"),
    ([("Tahun 2025", "2025")], "Tahun 2025"),
    ([("Maret 2024", "2024-03")], "Maret 2024"),
])
def test_pages_timeline_part_label_names_its_months(heads, label):
    """A part of a year's timeline is labelled by its months; a year-only heading only when alone."""
    from generator.pages import _span_label
    assert _span_label([(head, []) for head in heads]) == label


def test_pages_mark_an_inferred_speaker_on_every_page_that_lists_the_quote(seed_catalog):
    """A quote whose speaker was inferred from the passage carries the "?" with its reason on the
    brief, on the speaker's own page and on the quotes page; a quote whose speaker is named with
    it carries none (issue 18)."""
    from generator.confidence import speaker_certainty

    pages = render_pages(seed_catalog, Settings(pdf=False))
    judged = [(b, q, speaker_certainty(b, q)) for b in seed_catalog.briefs for q in b.quotes if q.speaker_key]
    guessed = [(b, q) for b, q, c in judged if not c.certain]
    named = [(b, q) for b, q, c in judged if c.certain]
    assert guessed and named
    expected: dict[str, list[bool]] = {}
    for brief, quote, found in judged:
        expected.setdefault(seed_catalog.entity_id(brief, quote.speaker_key), []).append(not found.certain)
    for entity_id, doubts in expected.items():
        page = pages[f"entities/{entity_id}.md"]
        said = [block.split("</p>")[0] for block in page.split('<p class="quote-by"')[1:]]
        assert sorted('class="doubt"' in block for block in said) == sorted(doubts), entity_id
    assert sum(p.count('class="doubt"') for path, p in pages.items() if path.startswith("quotes/")) \
        == len(guessed)


def test_pages_roles_one_row_per_role_folded(seed_catalog):
    pages = render_pages(seed_catalog, Settings(pdf=False))
    for path, page in pages.items():
        if not path.startswith("entities/") or "<table>" not in page:
            continue
        table = page.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
        keys = [tuple(c.split(" <abbr")[0].lower() for c in re.findall(r"<td>(.*?)</td>", row)[:2])
                for row in table.split("</tr>")[:-1]]
        assert keys
        assert len(keys) == len(set(keys)), path


@pytest.mark.parametrize("role, affiliation, shown", [
    ("Juru Bicara Kementerian Luar Negeri Rusia", "Kementerian Luar Negeri Rusia", "Juru Bicara"),
    ("anggota Partai Lurin", "partai lurin", "anggota"),
    # negative: a post serving someone else, a body that is the whole role, no affiliation
    ("Duta Besar Rusia untuk PBB", "Rusia", "Duta Besar Rusia untuk PBB"),
    ("Kementerian Luar Negeri", "Kementerian Luar Negeri", "Kementerian Luar Negeri"),
    ("Presiden", None, "Presiden"),
])
def test_pages_role_beside_its_affiliation_leaves_the_body_to_its_column(role, affiliation, shown):
    from generator.pages import role_beside
    assert role_beside(role, affiliation) == shown


def test_pages_role_stated_with_its_body_shares_the_short_roles_row():
    """"Juru Bicara Kementerian Luar Negeri Rusia" for that ministry is the row of "juru bicara" for
    it; a post serving someone else ("Duta Besar Rusia untuk PBB" for Russia) keeps a row of its own."""
    from types import SimpleNamespace
    from generator.pages import _add_role, _role_rows
    roles: dict = {}
    stated = [("Juru Bicara Kementerian Luar Negeri Rusia", "Kementerian Luar Negeri Rusia"),
              ("juru bicara", "Kementerian Luar Negeri Rusia"),
              ("Duta Besar Rusia untuk PBB", "Rusia"), ("Duta Besar", "Rusia")]
    for n, (role, affiliation) in enumerate(stated):
        _add_role(roles, SimpleNamespace(role=role, affiliation=affiliation), {"n": n}, {"unknown": "?"}, None)
    rows = _role_rows(roles)
    assert [(r["role"], r["count"]) for r in rows] == [
        ("Juru Bicara Kementerian Luar Negeri Rusia", 2), ("Duta Besar", 1), ("Duta Besar Rusia untuk PBB", 1)]


@pytest.mark.parametrize("path, facts", [("quotes/index.md", 4), ("timeline/index.md", 5),
                                         ("entities/kim-jong-un.md", 5), ("entities/vladimir-putin.md", 3)])
def test_pages_facts_on_other_pages_link_to_their_marked_passage(pages, path, facts):
    """Quotes, statements and timeline rows on entity, quote and timeline pages link to the mark
    of their words in the brief's article text (inside the paragraph the link names), not to the
    top of the brief."""
    page = pages[path]
    links = [(n, slug, mark) for slug, mark, n in re.findall(
        r'<a href="\.\./briefs/([\w-]+)\.md#((?:kutipan|pernyataan|tanggal)-\d+)" title="[^"]*">¶(\d+)</a>', page)]
    assert len(links) == facts, links
    for n, slug, mark_id in links:
        body = pages[f"briefs/{slug}.md"].split('<div class="article-body">', 1)[1]
        assert body.count(f'id="{mark_id}"') == 1, (slug, mark_id)
        paragraph = body.split(f'<p id="teks-{n}"', 1)[1].split("</p>", 1)[0]
        assert f'id="{mark_id}"' in paragraph, (slug, n, mark_id)
    # A brief without the fact in its body (an empty statement list) gets no link, never a dead one.
    assert "#pernyataan-" not in pages["entities/andrey-kulik.md"]


def test_pages_entity_chart_counts_briefs_per_month_escaped():
    from generator.graph import render_bars
    svg = render_bars([("2023-01", 2, "Januari <2023>"), ("2023-02", 0, "Februari & co")],
                      label='A "<b>"', ticks={0: "2023"})
    root = ET.fromstring(svg)
    rects = root.findall(".//{http://www.w3.org/2000/svg}rect")
    assert [r.find("{http://www.w3.org/2000/svg}title").text for r in rects] == ["Januari <2023>", "Februari & co"]
    assert float(rects[0].get("height")) > float(rects[1].get("height"))     # an empty month is a stub
    assert "<b>" not in svg and root.get("aria-label") == 'A "<b>"'


def test_pages_entity_page_chart_years_and_people_only():
    page = render_pages(mini_catalog(), Settings(pdf=False))["entities/north-korea.md"]
    chart = re.search(r'<svg[^>]*class="mentions-chart".*?</svg>', page, re.S).group(0)
    bars = ET.fromstring(chart).findall(".//{http://www.w3.org/2000/svg}rect")
    assert len(bars) == 11                       # November 2022 to September 2023, empty months too
    # Briefs grouped by year, newest first; only the newest year open.
    years = re.findall(r'<details class="entity-year"( open="open")?>\n<summary>(\d+) \((\d+)\)', page)
    assert years == [(' open="open"', "2023", "2"), ("", "2022", "1")]
    # Co-occurring people only (no country), every person it appears with.
    section = page.split("<h2>Orang yang sering muncul bersama</h2>")[1]
    assert "entities/russia.md" not in section and "entities/south-korea.md" not in section
    assert "entities/andrey-kulik.md" in section and "entities/kim-jong-un.md" in section


def test_pages_entity_people_ranked_by_specificity_not_raw_count():
    """Kim appears with Putin in two briefs, with Choe in one: but Choe is only ever named beside
    Kim, and Putin... also only beside Kim; a person named in every brief would rank last."""
    from generator.pages import Views, _specificity, load_labels
    catalog = mini_catalog()
    views = Views(catalog, Settings(pdf=False), load_labels("id"))
    # Korea Utara (3 briefs) with Kim (2 briefs, 2 together) and Kulik (1 brief, 1 together):
    # Kulik's link is as specific (1/√3) as Kim's (2/√6); Rusia, in every brief, is with everyone.
    assert _specificity(views, "north-korea", "andrey-kulik", 1) == pytest.approx(1 / 3 ** 0.5)
    assert _specificity(views, "north-korea", "kim-jong-un", 2) == pytest.approx(2 / 6 ** 0.5)
    assert _specificity(views, "choe-son-hui", "vladimir-putin", 1) > _specificity(views, "choe-son-hui", "russia", 1)


def test_pages_entity_lists_are_bounded(monkeypatch):
    """Each list of an entity page shows a bounded number of rows; the rest is folded."""
    import generator.pages as pages_module
    monkeypatch.setattr(pages_module, "ENTITY_BRIEFS", 1)
    monkeypatch.setattr(pages_module, "ENTITY_EVENTS", 2)
    page = render_pages(mini_catalog(), Settings(pdf=False))["entities/kim-jong-un.md"]
    newest = page.split('<details class="entity-year" open="open">')[1].split('<details class="more"')[0]
    assert newest.count('href="../briefs/') == 1
    assert "1 lainnya" in page and "2 peristiwa sebelumnya" in page


def test_pages_search_tags_bring_each_name_to_its_own_page():
    """Entity pages carry their names' words as search tags (weighed above titles): a body's own
    words twice, the words that, as written, are another body's, country's or place's whole name
    once, so `Korut` weighs more on Korea Utara than on the ministry named after it, while the
    ministry still holds every word of its names. Each word at most twice. A person's name stays
    whole (`Un` of Kim Jong Un is not the UN)."""
    from generator.pages import Views, load_labels, pagefind_names, search_tags
    catalog = mini_catalog()
    extra = {"nk-mfa": Entity("nk-mfa", "organization", "Kementerian Luar Negeri Korea Utara",
                              frozenset({"Kementerian Luar Negeri Korea Utara", "Kemenlu Korut"})),
             "united-nations": Entity("united-nations", "organization", "Perserikatan Bangsa-Bangsa",
                                      frozenset({"PBB", "UN"}))}
    catalog = Catalog(briefs=catalog.briefs, entities={**catalog.entities, **extra}, entity_of=catalog.entity_of)
    views = Views(catalog, Settings(pdf=False), load_labels("id"))
    country, ministry = search_tags(views, "north-korea"), search_tags(views, "nk-mfa")
    assert country.count("korut") == 2 and country.count("korea") == 2 and country.count("utara") == 2
    assert ministry.count("korut") == 1 and ministry.count("korea") == 1 and ministry.count("utara") == 1
    # Its own words twice, though two spellings hold "Kementerian Luar Negeri" and one "Kemenlu".
    assert ministry.count("kemenlu") == 2 and ministry.count("kementerian") == 2 and ministry.count("negeri") == 2
    assert set(search_tags(views, "kim-jong-un")) == {"kim", "jong", "un"}
    # Pagefind's `names` metadata: the page's own words only (the ministry is not found by `Korut`
    # through it), with a hyphenated spelling as written (Pagefind keeps `jong-un` one word).
    assert pagefind_names(views, "nk-mfa").split() == ["kementerian", "luar", "negeri", "kemenlu"]
    assert "korut" in pagefind_names(views, "north-korea").split()
    assert pagefind_names(views, "kim-jong-un").split() == ["kim", "jong", "un", "jong-un"]
    assert "un" in search_tags(views, "united-nations")
    page = render_pages(catalog, Settings(pdf=False))["entities/nk-mfa.md"]
    assert page.split("---")[1].count("\ntags: [") == 1
    assert 'data-names="kementerian luar negeri kemenlu" data-kind="Organisasi"' in page


@pytest.mark.parametrize("value, language, text", [
    ("2024-W44", "id", "28 Okt–3 Nov 2024"), ("2024-W45", "id", "4–10 Nov 2024"),
    ("2025-W01", "id", "30 Des 2024–5 Jan 2025"), ("2024-W44", "en", "28 Oct–3 Nov 2024")])
def test_pages_week_written_as_its_dates(value, language, text):
    from generator.pages import format_value, load_labels
    assert format_value(value, language, load_labels(language)) == text


def test_pages_one_timeline_row_per_sentence_under_its_most_precise_date():
    """A sentence naming a month and a day stands once, under the day, naming both dates (as the
    print does); a sentence with one date is unchanged."""
    from generator.pages import Views, load_labels
    spec = dict(MINI[2], id="d_dua", text=MINI[2]["text"].replace(
        "pada Juli 2022.", "pada Juli 2022, tepatnya 14 Juli 2022."),
        dates=[("Juli 2022", "2022-07", "month"), ("14 Juli 2022", "2022-07-14", "day")])
    brief = make_brief(spec)
    catalog = Catalog(briefs=(brief,), entities=dict(ENTITIES),
                      entity_of={(brief.article.id, a.key): ENTITY_IDS[a.name] for a in brief.actors})
    views = Views(catalog, Settings(pdf=False), load_labels("id"))
    rows = views.sentence_events(brief)
    assert [(d.value, when) for _, d, _, when in rows] == [("2022-07-14", "Juli 2022; 14 Juli 2022")]
    page = render_pages(catalog, Settings(pdf=False))["timeline/index.md"]
    assert page.count("Korea Selatan meminta Rusia") == 1


def test_pages_home_briefs_what_happened_lately_and_who():
    """The home page opens with the newest events (none dated after the build date, each with its
    ¶ link) and the people most in the news lately (people only, no country)."""
    page = render_pages(mini_catalog(), Settings(pdf=False))["index.md"]
    lately = page.split("<h2>Yang terjadi belakangan</h2>")[1].split("<h2>")[0]
    assert lately.index("13 September 2023") < lately.index("12 September 2023")
    assert re.search(r'<a href="briefs/[\w-]+\.md#tanggal-\d+" title="[^"]*">¶\d+</a>', lately)
    people = page.split("<h2>Orang yang paling sering diberitakan belakangan</h2>")[1].split("<h2>")[0]
    assert "entities/kim-jong-un.md" in people and "entities/vladimir-putin.md" in people
    assert "entities/north-korea.md" not in people and "entities/russia.md" not in people
    graph = re.search(r'<svg[^>]*class="cooccurrence".*?</svg>', page, re.S).group(0)
    assert "entities/russia/" not in graph and "entities/kim-jong-un/" in graph


def test_pages_timeline_row_of_a_bare_pronoun_names_its_actor():
    """A dated sentence that opens with a pronoun names the person it refers back to (the last
    person named before it in its paragraph); a sentence opening with a name is unchanged."""
    spec = dict(MINI[2], id="e_ia", text=MINI[2]["text"].replace(
        "Duta Besar Rusia Andrey Kulik menolak.", "Duta Besar Rusia Andrey Kulik menolak. Ia menambahkan sikap itu pada Agustus 2022."),
        dates=[("Juli 2022", "2022-07", "month"), ("Agustus 2022", "2022-08", "month")])
    brief = make_brief(spec)
    catalog = Catalog(briefs=(brief,), entities=dict(ENTITIES),
                      entity_of={(brief.article.id, a.key): ENTITY_IDS[a.name] for a in brief.actors})
    page = render_pages(catalog, Settings(pdf=False))["timeline/index.md"]
    assert "Ia &#40;Andrey Kulik&#41; menambahkan sikap itu" in page          # escaped brackets
    assert "Korea Selatan meminta Rusia" in page and "&#40;Korea Selatan&#41; meminta" not in page


# A larger invented collection: briefs three days apart through 2024, each naming the place Lurin,
# the envoy Dara Kolsen (a role of her own in each brief) and one of many invented officials.
_MONTHS_ID = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
              "Oktober", "November", "Desember"]
_GIVEN = ["Arven", "Belit", "Corin", "Dovan", "Elsar", "Fenno", "Gavri", "Holme"]
_FAMILY = ["Tamsk", "Verol", "Quist", "Marrow", "Ulden"]


def _lurin_spec(i: int, day) -> dict:
    when = f"{day.day} {_MONTHS_ID[day.month - 1]} {day.year}"
    stamp = f"Senin ({day.day}/{day.month}/{day.year})"
    official = f"{_GIVEN[i % len(_GIVEN)]} {_FAMILY[i // len(_GIVEN) % len(_FAMILY)]}"
    return {"id": f"lurin_{i:03d}", "published": (stamp, day.isoformat()),
            "text": (f"Kabar Ke-{i} dari Lurin\n{stamp}\n"
                     f"Utusan Dara Kolsen tiba di Lurin pada {when} bersama {official}.\n"),
            "actors": {"lurin": ("place", "Lurin", ["Lurin"], None, None),
                       "kolsen": ("person", "Dara Kolsen", ["Dara Kolsen"], f"Utusan Wilayah {i % 20}", "Arvenia"),
                       "official": ("person", official, [official], None, None)},
            "dates": [(when, day.isoformat(), "day")], "quotes": [], "statements": []}


def lurin_catalog(n: int = 60, extra: list[dict] = ()) -> Catalog:
    import datetime as dt
    specs = [_lurin_spec(i, dt.date(2024, 1, 2) + dt.timedelta(days=3 * i)) for i in range(n)] + list(extra)
    briefs = tuple(make_brief(spec) for spec in specs)
    ids = {"Lurin": "lurin", "Dara Kolsen": "dara-kolsen"}
    entities = {"lurin": Entity("lurin", "place", "Lurin", frozenset({"Lurin"})),
                "dara-kolsen": Entity("dara-kolsen", "person", "Dara Kolsen", frozenset({"Dara Kolsen"}))}
    entity_of = {}
    for brief in briefs:
        for actor in brief.actors:
            entity_id = ids.get(actor.name) or actor.name.lower().replace(" ", "-")
            entities.setdefault(entity_id, Entity(entity_id, "person", actor.name, frozenset({actor.name})))
            entity_of[(brief.article.id, actor.key)] = entity_id
    return Catalog(briefs=briefs, entities=entities, entity_of=entity_of)


def _split_limits(monkeypatch) -> None:
    import generator.pages as pages_module
    monkeypatch.setattr(pages_module, "PAGE_ITEMS", 8)
    monkeypatch.setattr(pages_module, "ENTITY_WHOLE", {"briefs": 12, "people": 12, "roles": 12, "events": 12})
    monkeypatch.setattr(pages_module, "ENTITY_PART_ROWS", {"briefs": 8, "people": 10, "roles": 5})


def test_pages_timeline_one_event_added_changes_one_page(monkeypatch):
    """The split timeline is cut by calendar period: a dated sentence added to a period changes
    that period's page and no other (the index's counts aside); a new period adds one page."""
    import datetime as dt
    _split_limits(monkeypatch)
    settings = Settings(pdf=False)
    before = render_pages(lurin_catalog(), settings)
    timeline = lambda pages: {p: t for p, t in pages.items() if p.startswith("timeline/") and p != "timeline/index.md"}  # noqa: E731
    assert len(timeline(before)) > 5
    for i, day in ((900, dt.date(2024, 1, 5)), (901, dt.date(2024, 3, 13)), (902, dt.date(2024, 6, 28))):
        after = render_pages(lurin_catalog(extra=[_lurin_spec(i, day)]), settings)
        assert set(timeline(after)) == set(timeline(before)), day
        changed = [p for p in timeline(after) if after[p] != before[p]]
        assert len(changed) == 1 and f"lurin_{i}" in after[changed[0]], (day, changed)
    # Every event on exactly one page, none over the bound.
    rows = [r for t in timeline(before).values() for r in re.findall(r'href="\.\./briefs/([\w-]+)\.md#tanggal', t)]
    assert sorted(rows) == sorted(f"lurin_{i:03d}" for i in range(60))
    assert all(len(re.findall(r"#tanggal-", t)) <= 8 for t in timeline(before).values())


def test_pages_big_entity_continues_on_part_pages(monkeypatch):
    """An entity in more briefs than its page holds keeps an overview (newest briefs, the index of
    its period pages) and lists every brief once on part pages of at most the bound; its people
    and roles continue on numbered parts. A small entity has no part pages."""
    _split_limits(monkeypatch)
    pages = render_pages(lurin_catalog(), Settings(pdf=False))
    overview = pages["entities/lurin.md"]
    parts = {p: t for p, t in pages.items() if p.startswith("entities/lurin/")}
    brief_parts = {p: t for p, t in parts.items() if p.startswith("entities/lurin/briefs-")}
    assert len(brief_parts) > 3
    listed = [r for t in brief_parts.values() for r in re.findall(r'href="\.\./\.\./briefs/([\w-]+)\.md"', t)]
    assert sorted(listed) == sorted(f"lurin_{i:03d}" for i in range(60))           # each brief once
    assert all(len(re.findall(r"^<li><a ", t, re.M)) <= 8 for t in brief_parts.values())
    # Every part is reached from the overview's links and the parts' previous/next links.
    seen, todo = set(), [f"entities/{link}" for link in re.findall(r'href="(lurin/[^"]+\.md)"', overview)]
    while todo:
        path = todo.pop()
        assert path in pages, path
        if path not in seen:
            seen.add(path)
            todo += [f"entities/lurin/{link}" for link in re.findall(r'href="([\w-]+\.md)"', pages[path])]
    assert seen == set(parts)
    # The overview shows the newest briefs of the newest year, not all 60.
    section = overview.split("<h2>Disebut dalam</h2>")[1].split("<h2>")[0]
    assert len(re.findall(r'href="\.\./briefs/lurin_\d+\.md"', section)) == 15
    # Part pages link back to the overview, to briefs and entities two folders up.
    for path, text in parts.items():
        assert 'href="../lurin.md"' in text, path
        for target in re.findall(r'href="\.\./\.\./([^"#]+\.md)', text):
            assert target in pages, (path, target)
    # 41 people (Dara Kolsen and 40 officials), 10 a part, each once, linked two folders up.
    people = [p for p in parts if p.startswith("entities/lurin/people")]
    assert people == ["entities/lurin/people.md"] + [f"entities/lurin/people-{i}.md" for i in range(2, 6)]
    named = [n for p in people for n in re.findall(r'href="\.\./\.\./entities/([\w-]+)\.md"', pages[p])]
    assert len(named) == len(set(named)) == 41 and "dara-kolsen" in named
    # Dara Kolsen's 20 roles (more than the 12 the overview holds): 5 a part, on roles.md … roles-4.md.
    roles = sorted(p for p in pages if p.startswith("entities/dara-kolsen/roles"))
    assert roles == ["entities/dara-kolsen/roles-2.md", "entities/dara-kolsen/roles-3.md",
                     "entities/dara-kolsen/roles-4.md", "entities/dara-kolsen/roles.md"]
    assert sum(pages[p].count("\n<li>Utusan Wilayah") for p in roles) == 20
    assert 'href="dara-kolsen/roles.md"' in pages["entities/dara-kolsen.md"]
    # A small entity: one page, no folder of parts.
    assert not any(p.startswith("entities/arven-tamsk/") for p in pages)


def test_pages_big_entity_pages_stay_the_same_size_as_the_collection_grows(monkeypatch):
    _split_limits(monkeypatch)
    small = render_pages(lurin_catalog(60), Settings(pdf=False))
    large = render_pages(lurin_catalog(120), Settings(pdf=False))
    assert len(large["entities/lurin.md"]) < 1.3 * len(small["entities/lurin.md"])
    biggest = lambda pages: max(len(t) for p, t in pages.items() if p.startswith("entities/"))  # noqa: E731
    assert biggest(large) < 1.3 * biggest(small)


@pytest.mark.parametrize("path, golden", [("entities/lurin.md", "entity_split.md"),
                                          ("entities/lurin/briefs-2024-03-d2.md", "entity_part.md")])
def test_pages_split_entity_matches_golden(monkeypatch, request, path, golden):
    _split_limits(monkeypatch)
    pages = render_pages(lurin_catalog(), Settings(pdf=False))
    target = GOLDEN / golden
    if request.config.getoption("--update-goldens"):
        target.write_text(pages[path], encoding="utf-8")
    assert pages[path] == target.read_text(encoding="utf-8"), f"{path} differs from tests/golden/{golden}"


def test_pages_entities_at_a_span_are_the_resolved_actors_with_a_mention_wholly_inside():
    """Views.entities_at (the actors of a timeline row's sentence): an entity with a mention that
    starts and ends inside the span, edges included; not one whose mention only overlaps it, nor an
    actor that resolved to no entity; the same answer however often and in whatever order asked."""
    from generator.pages import Views, load_labels
    text = "Menteri Rava Tolen bertemu Duta Besar Imo Sarkan di Pelabuhan Velda pada Senin."
    article = Article("e_at", "e_at.txt", text)

    def actor(key, name, kind):
        start = text.index(name)
        return Actor(key, kind, name, (Mention(Span(start, start + len(name)), name, kind, key, "r"),))
    actors = (actor("p1", "Rava Tolen", "person"), actor("p2", "Imo Sarkan", "person"),
              actor("l1", "Pelabuhan Velda", "place"))
    brief = Brief(article=article, layout=Layout(None, None, None, None, None, (Span(0, len(text)),), (), (), ()),
                  published=None, sentences=(Sentence(Span(0, len(text)), 0),), summary=(), actors=actors,
                  dates=(), quotes=(), statements=(), problems=())
    entities = {"rava-tolen": Entity("rava-tolen", "person", "Rava Tolen", frozenset()),
                "pelabuhan-velda": Entity("pelabuhan-velda", "place", "Pelabuhan Velda", frozenset())}
    catalog = Catalog(briefs=(brief,), entities=entities,
                      entity_of={("e_at", "p1"): "rava-tolen", ("e_at", "l1"): "pelabuhan-velda"})
    views = Views(catalog, Settings(pdf=False), load_labels("id"))
    rava, velda = text.index("Rava Tolen"), text.index("Pelabuhan Velda")
    assert views.entities_at(brief, Span(0, len(text))) == {"rava-tolen", "pelabuhan-velda"}   # p2 unresolved
    assert views.entities_at(brief, Span(rava, rava + len("Rava Tolen"))) == {"rava-tolen"}      # edges count
    assert views.entities_at(brief, Span(rava + 1, len(text))) == {"pelabuhan-velda"}          # starts before
    assert views.entities_at(brief, Span(0, velda + 5)) == {"rava-tolen"}                       # ends after
    assert views.entities_at(brief, Span(rava + 1, rava + 3)) == set()
    assert views.entities_at(brief, Span(0, len(text))) == {"rava-tolen", "pelabuhan-velda"}


def test_compiled_templates_are_kept_between_builds_under_the_code_that_compiled_them(tmp_path, monkeypatch):
    """pages.template_store: a second environment takes a template's compiled code from the store
    (nothing parsed), renders the same text, and compiles again a template whose source changed;
    the store's folder is named after the generator's code, a folder of other code is removed, and
    a cache folder that cannot be written gives no store (templates compiled as before)."""
    import jinja2

    from generator import depindex, pages

    labels = pages.load_labels("id")
    made = pages._env(labels, pages.template_store(tmp_path)).get_template("brief.html.j2")
    (folder,) = (tmp_path / "templates").iterdir()
    assert any(folder.iterdir())
    again = pages._env(labels, pages.template_store(tmp_path))
    monkeypatch.setattr(again, "_parse", lambda *a, **k: pytest.fail("compiled again"))
    assert again.get_template("brief.html.j2").blocks.keys() == made.blocks.keys()
    # A changed source is compiled again (Jinja's checksum of the source), with the same store.
    edited = jinja2.Environment(loader=jinja2.DictLoader({"t.j2": "a{{ x }}"}), bytecode_cache=pages.template_store(tmp_path))
    assert edited.get_template("t.j2").render(x=1) == "a1"
    edited = jinja2.Environment(loader=jinja2.DictLoader({"t.j2": "b{{ x }}"}), bytecode_cache=pages.template_store(tmp_path))
    assert edited.get_template("t.j2").render(x=1) == "b1"
    # Other code: another folder, the old one removed.
    depindex.code_digest.cache_clear()
    monkeypatch.setattr(depindex, "code_digest", lambda *a: "other code")
    pages.template_store(tmp_path)
    assert [p.name for p in (tmp_path / "templates").iterdir()] != [folder.name] and not folder.exists()
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the cache folder would be", encoding="utf-8")
    assert pages.template_store(blocked) is None and pages.template_store(None) is None


def test_dates_formatted_by_a_build_are_kept_for_the_next_one_under_the_code_and_libraries(tmp_path, monkeypatch):
    """pages.format_value memoises what Babel makes; build.save_render_cache keeps those dates and
    load_render_cache gives them back (a fresh process then formats none of them again) only under
    the same formatted_context (code, library versions); spoilt entries are left out."""
    from generator import build, depindex, pages
    from generator.config import load_settings

    monkeypatch.setattr(pages, "_FORMATTED", {})
    labels = pages.load_labels("id")
    made = pages.format_value("2024-03-05", "id", labels)
    assert made == "5 Maret 2024" and pages.format_value(None, "id", labels) == labels["no_date"]
    assert pages.formatted_dates() == ["2024-03-05", "id", labels["week"], made]
    settings = load_settings(tmp_path / "content", docs_dir=tmp_path / "docs", cache_dir=tmp_path / ".cache")
    build.save_render_cache(settings, pages.RenderCache())
    # A fresh process: the kept text is taken (here a marked one, to see where it comes from).
    stored = build.sitebuild.load_plain((tmp_path / ".cache" / build.RENDER_CACHE).read_bytes())
    assert stored["dates"]["values"] == ["2024-03-05", "id", labels["week"], made]
    stored["dates"]["values"] = ["2024-03-05", "id", labels["week"], "kept", "2024-03-06", "id", 7, "spoilt"]
    (tmp_path / ".cache" / build.RENDER_CACHE).write_bytes(build.sitebuild.dump_plain(stored))
    monkeypatch.setattr(pages, "_FORMATTED", {})
    build.load_render_cache(settings)
    assert pages.format_value("2024-03-05", "id", labels) == "kept"
    assert pages.format_value("2024-03-06", "id", labels) == "6 Maret 2024"          # spoilt: formatted again
    # Other libraries (another Babel): nothing taken.
    monkeypatch.setattr(pages, "_FORMATTED", {})
    monkeypatch.setattr(depindex, "libraries", lambda: {"babel": "another"})
    build.load_render_cache(settings)
    assert pages.format_value("2024-03-05", "id", labels) == made
    pages.keep_formatted(["2024-03-07", "id"])                                           # not whole entries
    assert ("2024-03-07", "id", labels["week"]) not in pages._FORMATTED


def test_whether_a_group_template_reads_the_build_date_is_kept_under_every_template_s_source(tmp_path, monkeypatch):
    """pages._groups_read_date: the answer (a group's template, or one it includes, names the build
    date) is found by parsing the templates once, then taken from the template store while every
    template's source is the same; another source is a new question; a spoilt answer is found
    again; without a store it is always found."""
    import jinja2

    from generator import pages

    def env(sources: dict[str, str], store=True):
        return jinja2.Environment(loader=jinja2.DictLoader(sources),
                                  bytecode_cache=pages.template_store(tmp_path) if store else None)
    dated = {"brief.html.j2": "{% include 'foot.j2' %}", "entity.html.j2": "e", "entity_part.html.j2": "p",
             "foot.j2": "{{ site.build_date }}"}
    plain = dict(dated, **{"foot.j2": "{{ site.title }}"})
    assert pages._groups_read_date(env(dated), sorted(dated.items())) is True
    assert pages._groups_read_date(env(plain), sorted(plain.items())) is False
    # The same sources again: taken from the store, nothing parsed.
    again = env(dated)
    monkeypatch.setattr(again, "parse", lambda *a, **k: pytest.fail("parsed again"))
    assert pages._groups_read_date(again, sorted(dated.items())) is True
    monkeypatch.undo()
    # A spoilt answer is found again and written again.
    (spoilt,) = [p for p in next((tmp_path / "templates").iterdir()).iterdir()
                 if p.name.startswith("dated-") and p.read_text(encoding="utf-8") == "0"]
    spoilt.write_text("?", encoding="utf-8")
    assert pages._groups_read_date(env(plain), sorted(plain.items())) is False
    assert spoilt.read_text(encoding="utf-8") == "0"
    # A template that only its neighbour names (not included by a group's template) does not count.
    unused = dict(plain, **{"home.j2": "{{ site.build_date }}"})
    assert pages._groups_read_date(env(unused, store=False), sorted(unused.items())) is False
    # The real templates: the group pages do not show the build date (only the home page does).
    labels = pages.load_labels("id")
    real = pages._env(labels, pages.template_store(tmp_path))
    sources = [(n, real.loader.get_source(real, n)[0]) for n in sorted(real.list_templates())]
    assert pages._groups_read_date(real, sources) is False


def test_a_brief_s_entities_and_row_signatures_are_taken_only_while_its_article_signature_holds():
    """pages.signatures takes a brief's `s:` and `r:` from the last build's index (made in this
    context: _same_context) only while its `a:` is the last build's; a brief whose resolution or
    content changed, an unstable one, or an index of another context gives them computed again."""
    from generator import depindex, pages as pages_module
    from generator.pages import Views, load_labels

    catalog = mini_catalog()
    views = Views(catalog, Settings(), load_labels("id"))
    keys = {b.article.id: f"key-{b.article.id}" for b in catalog.briefs}
    fresh = pages_module.signatures(catalog, views, keys)
    first = catalog.briefs[0].article.id
    index = {"context": "c", "signatures": [[k, "stale" if k[:2] in ("s:", "r:") else v] for k, v in fresh.items()]}
    last = pages_module._same_context(index, "c")
    taken = pages_module.signatures(catalog, views, keys, None, last)
    assert taken[f"s:{first}"] == taken[f"r:{first}"] == "stale"          # a: as last build's: taken
    assert pages_module._same_context(index, "other") == {} and pages_module._same_context(None, "c") == {}
    changed = dict(keys, **{first: "another key"})                          # its content changed
    again = pages_module.signatures(catalog, views, changed, None, last)
    assert again[f"s:{first}"] == fresh[f"s:{first}"] and again[f"r:{first}"] == fresh[f"r:{first}"]
    second = catalog.briefs[1].article.id
    assert again[f"s:{second}"] == "stale"
    moved = dict(last, **{f"a:{first}": "resolved otherwise"})              # an actor joined another entity
    assert pages_module.signatures(catalog, views, keys, None, moved)[f"r:{first}"] == fresh[f"r:{first}"]
    unstable = dict(keys, **{first: depindex.unstable()})
    last_unstable = dict(last, **{f"a:{first}": unstable[first]})
    assert pages_module.signatures(catalog, views, unstable, None, last_unstable)[f"s:{first}"] == fresh[f"s:{first}"]
