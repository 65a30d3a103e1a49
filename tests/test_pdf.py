"""PDF briefs and the dossier, read back with pypdf: text, page counts, outline, metadata.

Two sources of catalogs: the seed catalog (whatever the extraction stages give today) and small
hand-built catalogs, so the print layout is tested on its own, whatever the extractors return.
"""
from __future__ import annotations

import dataclasses
import io
import re

import pytest
from pypdf import PdfReader

from generator import pdf as pdf_module
from generator.config import Settings
from generator.model import Actor, Article, Brief, Catalog, DateMention, Entity, Layout, Mention, Quote, Span
from generator.pages import brief_slugs, sort_key
from generator.pdf import brief_html, dossier_html, render_pdfs

ID, EN = Settings(ui_language="id"), Settings(ui_language="en")


# ---- helpers (fixtures live in conftest.py; these are plain functions) ------------------------

def squash(text: str) -> str:
    """Compare text without its whitespace: the layout breaks lines wherever it must."""
    return re.sub(r"\s+", "", text)


def pdf_text(data: bytes, pages: slice = slice(None)) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages[pages])


def page_count(data: bytes) -> int:
    return len(PdfReader(io.BytesIO(data)).pages)


def outline_titles(data: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(data))
    titles: list[str] = []

    def walk(items):
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                titles.append(item.title)
    walk(reader.outline)
    return titles


def make_brief(name: str, headline: str, sentences: list[str], *, published: str | None = "2024-06-21",
               actors: tuple = (), quotes: tuple = (), dates: tuple = ()) -> Brief:
    """A Brief whose spans point into a text built from its parts.

    actors: (name, kind, role, affiliation); quotes: (words, speaker name); dates: (text, value).
    Every name, quote and date text must occur in `sentences`.
    """
    body = " ".join(sentences)
    text = f"{headline}\n{body}\n"
    start = len(headline) + 1
    at = lambda s: Span(text.index(s), text.index(s) + len(s))  # noqa: E731
    actor_objs = tuple(
        Actor(key=f"k{n}", kind=kind, name=person, role=role, affiliation=aff,
              mentions=(Mention(at(person), person, kind, f"k{n}", "test"),))
        for n, (person, kind, role, aff) in enumerate(actors))
    keys = {a.name: a.key for a in actor_objs}
    quote_objs = tuple(Quote(at(words), words, speaker, keys.get(speaker), None, "test") for words, speaker in quotes)
    date_objs = tuple(DateMention(at(t), t, value, "day", "test") for t, value in dates)
    layout = Layout(headline=Span(0, len(headline)), outlet="Kompas", outlet_span=None, dateline=None,
                    published=None, body=(Span(start, start + len(body)),), captions=(), furniture=())
    return Brief(article=Article(id=name, path=f"/somewhere/{name}.txt", text=text), layout=layout,
                 published=DateMention(Span(0, 0), published, published, "day", "test") if published else None,
                 sentences=(), summary=(Span(start, start + len(body)),), actors=actor_objs,
                 dates=date_objs, quotes=quote_objs)


def make_catalog(*briefs: Brief) -> Catalog:
    """Entities by name: the same name in two briefs is one entity (as resolve.py would make it)."""
    entities, entity_of = {}, {}
    for brief in briefs:
        for actor in brief.actors:
            entity_id = re.sub(r"\W+", "-", actor.name.lower())
            entities[entity_id] = Entity(entity_id, actor.kind, actor.name)
            entity_of[(brief.article.id, actor.key)] = entity_id
    return Catalog(briefs=tuple(briefs), entities=entities, entity_of=entity_of)


PUTIN = ("Vladimir Putin", "person", "Presiden", "Rusia")
KIM = ("Kim Jong-un", "person", "pemimpin", "Korea Utara")
SHOIGU = ("Sergei Šoigu", "person", "Menteri Pertahanan", "Rusia")
TRONG = ("Nguyễn Phú Trọng", "person", "Sekretaris Jenderal", "Vietnam")
MOSKOW = ("Moskow", "place", None, None)


def small_catalog() -> Catalog:
    first = make_brief(
        "a_first", "Putin dan Kim bertemu di Vostochny",
        ["Presiden Vladimir Putin menerima Kim Jong-un di Moskow pada 13 September 2023.",
         "Menteri Pertahanan Sergei Šoigu ikut hadir, begitu pula Nguyễn Phú Trọng.",
         "“Kami akan membantu membangun satelit,” kata Putin."],
        published="2023-09-13", actors=(PUTIN, KIM, SHOIGU, TRONG, MOSKOW),
        quotes=(("Kami akan membantu membangun satelit,", "Vladimir Putin"),),
        dates=(("13 September 2023", "2023-09-13"),))
    second = make_brief(
        "b_second", "Korea Selatan memanggil duta besar Rusia",
        ["Seoul memprotes perjanjian Vladimir Putin dengan Pyongyang di Moskow.",
         "“Ini ancaman bagi keamanan kami,” ujar seorang pejabat."],
        published="2024-06-21", actors=(PUTIN, MOSKOW),
        quotes=(("Ini ancaman bagi keamanan kami,", None),))
    return make_catalog(second, first)   # out of date order on purpose


_small_cache: dict[str, dict[str, bytes]] = {}


def small_pdfs(language: str = "id") -> dict[str, bytes]:
    """The small catalog's PDFs, rendered once per language (the catalog is rebuilt identically)."""
    if language not in _small_cache:
        _small_cache[language] = render_pdfs(small_catalog(), Settings(ui_language=language))
    return _small_cache[language]


_seed_cache: dict[int, dict[str, bytes]] = {}


def seed_pdfs(catalog: Catalog) -> dict[str, bytes]:
    """Render the seed catalog once per test session (WeasyPrint takes seconds)."""
    if id(catalog) not in _seed_cache:
        _seed_cache[id(catalog)] = render_pdfs(catalog, ID)
    return _seed_cache[id(catalog)]


SEEDS = ["000_bb3a51cba430223e", "001_623a4fe61b1ac6d9", "002_f2c33afa57cce4e7",
         "003_d4f1ac2a88bca518", "004_0cc1f0da2c6609c2"]


# ---- the seed collection ---------------------------------------------------------------------

def test_pdf_one_file_per_brief_and_the_dossier(seed_catalog):
    files = seed_pdfs(seed_catalog)
    slugs = brief_slugs(seed_catalog)
    assert set(files) == {f"pdf/{slugs[b.article.id]}.pdf" for b in seed_catalog.briefs} | {"pdf/dossier.pdf"}
    assert all(data.startswith(b"%PDF-") for data in files.values())


@pytest.mark.parametrize("article", SEEDS)
def test_pdf_seed_brief_holds_title_actors_and_quotes(seed_catalog, article):
    brief = next(b for b in seed_catalog.briefs if b.article.id == article)
    data = seed_pdfs(seed_catalog)[f"pdf/{brief_slugs(seed_catalog)[article]}.pdf"]
    text = squash(pdf_text(data))
    assert squash(brief.title) in text
    for actor in brief.actors:
        assert squash(actor.name) in text, actor.name
    for quote in brief.quotes:
        assert squash(quote.text) in text, quote.text
    assert 1 <= page_count(data) <= 3


@pytest.mark.parametrize("article", SEEDS)
def test_pdf_seed_brief_with_gold_facts_fits_three_pages(seed_catalog, gold, article):
    """The seed brief with the gold actors, dates and quotes: as long as a brief should get."""
    brief = next(b for b in seed_catalog.briefs if b.article.id == article)
    record = gold[article]
    text = brief.article.text
    actors, n = [], 0
    for kind, field in (("person", "persons"), ("organization", "organizations"),
                        ("country", "countries"), ("place", "places")):
        for entry in record.get(field) or []:
            spans = [Span(m.start(), m.end()) for form in entry.get("forms", [entry["name"]])
                     for m in re.finditer(re.escape(form), text)] or [Span(0, 0)]
            actors.append(Actor(f"g{n}", kind, entry["name"], tuple(Mention(s, s.of(text), kind, f"g{n}", "gold") for s in spans),
                                entry.get("role"), entry.get("affiliation")))
            n += 1
    quotes = tuple(Quote(Span(0, 0), q["text"], q.get("speaker"), None, None, "gold") for q in record.get("quotes") or [])
    dates = tuple(DateMention(Span(0, 0), d["text"], str(d["value"]), None, "gold") for d in record.get("dates") or [])
    full = dataclasses.replace(brief, actors=tuple(actors), quotes=quotes, dates=dates)
    data = render_pdfs(make_catalog(full), ID)[f"pdf/{brief_slugs(make_catalog(full))[article]}.pdf"]
    extracted = squash(pdf_text(data))
    assert all(squash(a.name) in extracted for a in actors)
    assert all(squash(q.text) in extracted for q in quotes)
    assert page_count(data) <= 3


def test_pdf_seed_dossier_lists_every_brief_in_contents_and_bookmarks(seed_catalog):
    data = seed_pdfs(seed_catalog)["pdf/dossier.pdf"]
    contents = squash(pdf_text(data, slice(1, 2)))      # page 2, after the cover
    bookmarks = [squash(t) for t in outline_titles(data)]
    for brief in seed_catalog.briefs:
        assert squash(brief.title) in contents, brief.title
        assert squash(brief.title) in bookmarks, brief.title


def test_pdf_seed_dossier_sections_oldest_first(seed_catalog):
    data = seed_pdfs(seed_catalog)["pdf/dossier.pdf"]
    titles = {squash(b.title): b for b in seed_catalog.briefs}
    order = [titles[t] for t in map(squash, outline_titles(data)) if t in titles]
    keys = [(sort_key(b.published.value if b.published else None), b.article.id) for b in order]
    assert keys == sorted(keys) and len(order) == len(seed_catalog.briefs)


# ---- layout on a hand-built catalog ----------------------------------------------------------

@pytest.mark.parametrize("settings, footer", [(ID, "Halaman {page} dari {pages}"), (EN, "Page {page} of {pages}")])
def test_pdf_footer_counts_pages(settings, footer):
    data = small_pdfs(settings.ui_language)["pdf/a_first.pdf"]
    pages = page_count(data)
    assert squash(footer.format(page=1, pages=pages)) in squash(pdf_text(data, slice(0, 1)))


@pytest.mark.parametrize("needle", ["Vladimir Putin", "Kim Jong-un", "Sergei Šoigu", "Nguyễn Phú Trọng",
                                    "Kami akan membantu membangun satelit,", "Presiden", "Korea Utara",
                                    "13 September 2023", "Kompas", "a_first.txt"])
def test_pdf_brief_shows_facts_and_diacritics(needle):
    data = small_pdfs()["pdf/a_first.pdf"]
    assert squash(needle) in squash(pdf_text(data))


def test_pdf_brief_fonts_are_embedded():
    data = small_pdfs()["pdf/a_first.pdf"]
    reader = PdfReader(io.BytesIO(data))
    fonts = [f.get_object() for page in reader.pages for f in page["/Resources"]["/Font"].values()]
    assert fonts
    for font in fonts:
        descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
        assert "/FontFile2" in descriptor or "/FontFile3" in descriptor, font["/BaseFont"]


@pytest.mark.parametrize("hostile", ["<script>alert(1)</script>", "{{ 7*7 }}", "{% raw %}", "<b>&amp;</b>"])
def test_pdf_hostile_article_text_is_printed_literally(hostile):
    brief = make_brief("hostile", f"Judul {hostile}",
                       [f"Tokoh {hostile} berkata.", f"“{hostile} kutipan,” katanya."],
                       actors=((f"Tokoh {hostile}", "person", hostile, None),),
                       quotes=((f"{hostile} kutipan,", f"Tokoh {hostile}"),))
    catalog = make_catalog(brief)
    assert "<script>" not in brief_html(catalog, ID, brief)
    files = render_pdfs(catalog, ID)
    for name in ("pdf/hostile.pdf", "pdf/dossier.pdf"):
        text = squash(pdf_text(files[name]))
        assert squash(f"Judul {hostile}") in text
        assert squash(f"{hostile} kutipan,") in text
        assert "49" not in text


@pytest.mark.parametrize("language", ["id", "en"])
def test_pdf_is_byte_identical_on_rerender(language):
    settings = Settings(ui_language=language)
    assert render_pdfs(small_catalog(), settings) == render_pdfs(small_catalog(), settings)


def test_pdf_dates_come_from_the_content():
    files = small_pdfs()
    brief = PdfReader(io.BytesIO(files["pdf/a_first.pdf"])).metadata
    assert brief["/CreationDate"].startswith("D:20230913")
    dossier = PdfReader(io.BytesIO(files["pdf/dossier.pdf"])).metadata
    assert dossier["/CreationDate"].startswith("D:20240621")     # the newest brief: the build date


def test_pdf_dossier_contents_index_and_bookmarks():
    data = small_pdfs()["pdf/dossier.pdf"]
    reader = PdfReader(io.BytesIO(data))
    pages = [squash(p.extract_text()) for p in reader.pages]
    first = squash("Putin dan Kim bertemu di Vostochny")
    second = squash("Korea Selatan memanggil duta besar Rusia")
    # Cover: the collection's name and the date range of its briefs.
    assert squash("Briefing Korea–Rusia") in pages[0]
    assert squash("13 September 2023 – 21 Juni 2024") in pages[0]
    # Contents on page 2 with each brief's first page (oldest first).
    start = {t: next(n for n, p in enumerate(pages) if n > 1 and t in p) + 1 for t in (first, second)}
    assert start[first] < start[second]
    for title in (first, second):
        assert re.search(re.escape(title) + r"[.]*" + str(start[title]), pages[1]), title
    # Index: Putin appears in both briefs; the index gives both pages.
    index = pages[-1]
    assert squash("Indeks Entitas") in index
    assert f"VladimirPutin{start[first]},{start[second]}" in index
    assert f"SergeiŠoigu{start[first]}" in index
    # Bookmarks: contents, each brief, the index.
    titles = [squash(t) for t in outline_titles(data)]
    assert titles[0] == squash("Daftar Isi") and titles[-1] == squash("Indeks Entitas")
    assert titles.index(first) < titles.index(second)


def test_pdf_dossier_is_capped_to_the_newest(monkeypatch):
    monkeypatch.setattr(pdf_module, "DOSSIER_LIMIT", 1)
    html = dossier_html(small_catalog(), ID)
    assert "Korea Selatan memanggil duta besar Rusia" in html      # newest kept
    assert "Putin dan Kim bertemu di Vostochny" not in html         # oldest left out
    assert "1 ringkasan terbaru dari 2" in html


@pytest.mark.parametrize("label, expected", [
    ("Halaman {page} dari {pages}", '"Halaman " counter(page) " dari " counter(pages)'),
    ("Page {page} of {pages}", '"Page " counter(page) " of " counter(pages)'),
    ('{page}/{pages} "x"', 'counter(page) "/" counter(pages) " \\"x\\""'),
])
def test_pdf_footer_label_becomes_page_counters(label, expected):
    assert f"content: {expected};" in pdf_module._footer_css("Briefing", label)
