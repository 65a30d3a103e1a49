"""PDF briefs and the dossier, read back with pypdf: text, page counts, outline, metadata.

Two sources of catalogs: the seed catalog (whatever the extraction stages give today) and small
hand-built catalogs, so the print layout is tested on its own, whatever the extractors return.
"""
from __future__ import annotations

import dataclasses
import io
import re
from collections import Counter

import pytest
from pypdf import PdfReader

from generator import pdf as pdf_module
from generator.config import Settings
from generator.model import Actor, Article, Brief, Catalog, DateMention, Entity, Layout, Mention, Quote, Sentence, Span
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
    pages = [squash(p) for p in pdftotext_pages(data)]
    contents = next(p for p in pages if p.startswith(squash("Daftar Isi")))
    bookmarks = [squash(t) for t in outline_titles(data)]
    for brief in seed_catalog.briefs:
        assert squash(brief.title) in contents, brief.title
        assert squash(brief.title) in bookmarks, brief.title


def test_pdf_seed_dossier_newest_first_undated_last(seed_catalog):
    """Sections (and contents) run newest first; a brief with no date comes last, never first."""
    data = seed_pdfs(seed_catalog)["pdf/dossier.pdf"]
    titles = {squash(b.title): b for b in seed_catalog.briefs}
    order = [titles[t] for t in map(squash, outline_titles(data)) if t in titles]
    dated = [b for b in order if b.published and b.published.value]
    undated = [b for b in order if not (b.published and b.published.value)]
    assert order == dated + undated and undated, "the seeds hold an undated brief: it must be last"
    keys = [sort_key(b.published.value) for b in dated]
    assert keys == sorted(keys, reverse=True) and len(order) == len(seed_catalog.briefs)
    contents = next(p for p in pdftotext_pages(data) if p.startswith("Daftar Isi"))
    months = [line for line in contents.splitlines() if re.fullmatch(r"\w+ \d{4}|tanpa tanggal", line.strip())]
    assert months[-1].strip() == "tanpa tanggal" and len(months) >= 3, months


def test_pdf_seed_briefs_open_with_key_points(seed_catalog):
    """Key points first: who (the most named person), what (the lead), when; each with its ¶."""
    files = seed_pdfs(seed_catalog)
    for brief in seed_catalog.briefs:
        first = pdftotext_pages(files[f"pdf/{brief_slugs(seed_catalog)[brief.article.id]}.pdf"])[0]
        flat = " ".join(first.split())
        assert "Pokok" in flat and flat.index("Pokok") < flat.index("Aktor"), brief.article.id
        people = sorted((a for a in brief.actors if a.kind == "person"), key=lambda a: -len(a.mentions))
        who = re.search(r"Siapa: (.+?) ¶(\d+)", flat)
        assert who and people[0].name in who.group(1), (brief.article.id, flat[:400])
        what = re.search(r"Apa: (.+?) ¶(\d+)", flat)
        lead = " ".join(brief.summary[0].of(brief.article.text).split())
        assert what and lead.startswith(what.group(1).rstrip(" …")[:60]), (brief.article.id, what)
        assert re.search(r"Kapan: .+", flat), brief.article.id
        assert flat.index("Pokok") < flat.index("Siapa") < flat.index("Apa:") < flat.index("Kapan")


def test_pdf_seed_dossier_overview_page(seed_catalog):
    """Page 2: the period, key events with their pages, the most active people, countries, bodies."""
    data = seed_pdfs(seed_catalog)["pdf/dossier.pdf"]
    page = " ".join(pdftotext_pages(data)[1].split())
    assert page.startswith("Ikhtisar")
    assert "Periode: 22 November 2022 – 21 Desember 2025" in page
    for heading in ("Peristiwa utama", "Tokoh paling aktif", "Negara yang terlibat", "Lembaga yang terlibat"):
        assert heading in page, heading
    # The person named in most briefs is listed first among the most active.
    counts = Counter()
    for brief in seed_catalog.briefs:
        counts.update({seed_catalog.entity_id(brief, a.key) for a in brief.actors if a.kind == "person"} - {None})
    top = seed_catalog.entities[counts.most_common(1)[0][0]].name
    assert re.search(re.escape(top) + r" \S+ %d ringkasan" % counts.most_common(1)[0][1], page), page
    assert "Korea Utara" in page.split("Negara yang terlibat")[1]
    assert not WEEK.search(page)
    # Key events are dated rows with the page of their brief.
    events = page.split("Peristiwa utama")[1].split("Tokoh paling aktif")[0]
    assert len(re.findall(r"\d{4} .+? (\d+)", events)) >= 3


@pytest.mark.parametrize("which", ["briefs", "dossier"])
def test_pdf_seed_pages_read_as_printed(seed_catalog, which):
    """pdftotext page by page: no last page holding fewer than five lines, no week numbers, no
    index entry pointing at a page without its name; most briefs on one page."""
    files = seed_pdfs(seed_catalog)
    problems, one_page = check_pdfs(files)
    assert not [p for p in problems if (p[0] == "pdf/dossier.pdf") == (which == "dossier")], problems
    assert one_page >= 0.6


# ---- print checks shared by the seed tests and the evaluation articles' test ---------------

def pdftotext_pages(data: bytes) -> list[str]:
    """Text per page as poppler's pdftotext gives it (what a reader copying a page gets)."""
    import subprocess
    import tempfile
    with tempfile.NamedTemporaryFile(suffix=".pdf") as f:
        f.write(data)
        f.flush()
        out = subprocess.run(["pdftotext", "-layout", f.name, "-"], capture_output=True, text=True, check=True).stdout
    return out.split("\f")[:-1] if out.endswith("\f") else out.split("\f")


def body_lines(page: str) -> list[str]:
    """A page's lines without the running header (first line) and footer (last line)."""
    lines = [line for line in page.splitlines() if line.strip()]
    return lines[1:-1] if lines and "Halaman" not in lines[0] else lines[:-1]


WEEK = re.compile(r"\b(pekan|week) \d+", re.I)


def check_pdfs(files: dict[str, bytes]) -> tuple[list[tuple], float]:
    """Problems found in the PDFs ((file, page, what)) and the share of briefs on one page."""
    problems, single, briefs = [], 0, 0
    for rel, data in sorted(files.items()):
        pages = pdftotext_pages(data)
        for n, page in enumerate(pages, start=1):
            if WEEK.search(page):
                problems.append((rel, n, f"week number: {WEEK.search(page).group(0)}"))
        if rel != "pdf/dossier.pdf":
            briefs += 1
            single += len(pages) == 1
            if len(pages) > 1 and len(body_lines(pages[-1])) < 5:
                problems.append((rel, len(pages), f"last page holds {len(body_lines(pages[-1]))} lines"))
            continue
        # Dossier: the last page of every brief (the page before the next one starts) and the
        # index: each entry's pages hold its name.
        flat = [" ".join(p.split()) for p in pages]
        starts = [n for n, p in enumerate(flat) if re.match(r"^.{0,200}? Ringkasan \| ", p)]
        for a, b in zip(starts, starts[1:] + [next(n for n, p in enumerate(flat) if p.startswith("Indeks Entitas"))]):
            if b - a > 1 and len(body_lines(pages[b - 1])) < 5:
                problems.append((rel, b, f"last page of a brief holds {len(body_lines(pages[b - 1]))} lines"))
        index_at = next(n for n, p in enumerate(flat) if p.startswith("Indeks Entitas"))
        lines = [line.strip() for line in pdftotext_raw(data, index_at + 1, len(pages)).splitlines() if line.strip()]
        entry = re.compile(r"(\D*\D) (\d+(?:–\d+)?(?:, \d+(?:–\d+)?)*)")
        for i, line in enumerate(lines):
            found = entry.fullmatch(line)
            if not found and i + 1 < len(lines) and not entry.fullmatch(lines[i + 1]):
                found = entry.fullmatch(f"{line} {lines[i + 1]}")     # an entry wrapped in its column
            if not found:
                continue
            name, refs = found.group(1).strip(), found.group(2)
            for part in refs.split(", "):
                lo, _, hi = part.partition("–")
                for page_no in range(int(lo), int(hi or lo) + 1):
                    if page_no > len(pages) or squash(name) not in squash(pages[page_no - 1]):
                        problems.append((rel, page_no, f"index entry {name!r} not on its page"))
    return problems, (single / briefs if briefs else 1.0)


def pdftotext_raw(data: bytes, first: int, last: int) -> str:
    """pdftotext without -layout (reading order) for pages first..last: one index entry a line."""
    import subprocess
    import tempfile
    with tempfile.NamedTemporaryFile(suffix=".pdf") as f:
        f.write(data)
        f.flush()
        return subprocess.run(["pdftotext", "-f", str(first), "-l", str(last), f.name, "-"],
                              capture_output=True, text=True, check=True).stdout


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
    # Cover: the collection's name and the period of its briefs; no build date unless one is set.
    assert squash("Briefing Korea–Rusia") in pages[0]
    assert squash("Periode: 13 September 2023 – 21 Juni 2024") in pages[0]
    assert squash("Disusun") not in pages[0]
    contents = next(n for n, p in enumerate(pages) if p.startswith(squash("Daftar Isi")))
    # Contents with each brief's first page, newest first, grouped by month.
    start = {t: next(n for n, p in enumerate(pages) if n > contents and t in p) + 1 for t in (first, second)}
    assert start[second] < start[first]
    for title in (first, second):
        assert re.search(re.escape(title) + r"[.]*" + str(start[title]), pages[contents]), title
    assert pages[contents].index(squash("Juni 2024")) < pages[contents].index(squash("September 2023"))
    # Index: Putin appears in both briefs; the index gives both pages, a run compressed.
    index = pages[-1]
    assert squash("Indeks Entitas") in index
    expected = pdf_module.page_ranges([start[first], start[second]])
    assert f"VladimirPutin{squash(expected)}" in index
    assert f"SergeiŠoigu{start[first]}" in index
    # Bookmarks: overview, contents, each brief, the index.
    titles = [squash(t) for t in outline_titles(data)]
    assert titles[:2] == [squash("Ikhtisar"), squash("Daftar Isi")] and titles[-1] == squash("Indeks Entitas")
    assert titles.index(second) < titles.index(first)


def test_pdf_dossier_build_date_only_when_given():
    html = dossier_html(small_catalog(), Settings(build_date="2024-07-01"))
    assert "Disusun: 1 Juli 2024" in html


@pytest.mark.parametrize("pages, expected", [([3, 4, 5, 9, 11, 12], "3–5, 9, 11–12"), ([7], "7"),
                                             ([2, 2, 1], "1–2"), ([], "")])
def test_pdf_page_ranges_compress(pages, expected):
    assert pdf_module.page_ranges(pages) == expected


@pytest.mark.parametrize("text, limit, expected", [
    ("Satu dua tiga empat lima", 100, "Satu dua tiga empat lima"),
    ("Satu dua tiga empat lima", 16, "Satu dua tiga …"),
    ("Satu dua, tiga empat lima", 12, "Satu dua …"),          # no comma left before the ellipsis
    ("Satuduatigaempat", 8, "Satudua …"),
])
def test_pdf_shorten_cuts_at_a_word(text, limit, expected):
    assert pdf_module.shorten(text, limit) == expected


@pytest.mark.parametrize("value, language, expected", [
    ("2024-W44", "id", "28 Okt–3 Nov 2024"), ("2024-W45", "id", "4–10 Nov 2024"),
    ("2025-W01", "en", "30 Dec 2024–5 Jan 2025"), ("2024-11", "id", None)])
def test_week_as_date_range(value, language, expected):
    from generator.pages import week_range
    assert week_range(value, language) == expected


def test_pdf_timeline_one_row_per_sentence_weeks_as_dates():
    """Two dates in one sentence are one row; a week prints as its dates; a long sentence is cut
    at a word, and the copied text is the printed text."""
    long_tail = " ".join(["kata"] * 80)
    brief = make_brief("t_rows", "Judul uji linimasa",
                       ["Rapat digelar pada 3 Juni 2024 dan diulang pada 5 Juni 2024.",
                        f"Pekan lalu delegasi tiba di Moskow {long_tail}."],
                       dates=(("3 Juni 2024", "2024-06-03"), ("5 Juni 2024", "2024-06-05"),
                              ("Pekan lalu", "2024-W22")))
    text = brief.article.text
    cuts = [text.index(s) for s in ("Rapat", "Pekan lalu")] + [len(text) - 1]
    brief = dataclasses.replace(brief, sentences=tuple(Sentence(Span(a, b), 0) for a, b in zip(cuts, cuts[1:])))
    catalog = make_catalog(brief)
    html = brief_html(catalog, ID, brief)
    assert html.count('<td class="date">') == 2
    assert "3 Juni 2024; 5 Juni 2024" in html and "27 Mei–2 Jun 2024" in html
    assert "pekan 22" not in html.lower()
    text = " ".join(pdf_text(render_pdfs(catalog, ID)["pdf/t_rows.pdf"]).split())
    assert re.search(r"Pekan lalu delegasi tiba di Moskow( kata)+ …", text)


def test_pdf_labels_copy_as_they_read():
    css = (pdf_module.PRINT / "print.css").read_text(encoding="utf-8")
    rules = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    assert "letter-spacing" not in rules and "text-overflow" not in rules
    text = pdf_text(small_pdfs()["pdf/a_first.pdf"])
    assert "Aktor" in text and "A K T O R" not in text
    assert "Moskow" in text


def test_pdf_is_tagged():
    reader = PdfReader(io.BytesIO(small_pdfs()["pdf/a_first.pdf"]))
    root = reader.trailer["/Root"]
    assert "/StructTreeRoot" in root and root["/MarkInfo"]["/Marked"] and root["/Lang"] == "id"


def test_pdf_cache_lays_out_only_what_changed(tmp_path):
    cache = pdf_module.PdfCache(tmp_path)
    first = render_pdfs(small_catalog(), ID, cache)
    cache.save()
    assert (cache.rendered, cache.reused) == (3, 0)
    again = pdf_module.PdfCache(tmp_path)
    assert render_pdfs(small_catalog(), ID, again) == first
    again.save()
    assert (again.rendered, again.reused) == (0, 3)
    # One brief changes: it and the dossier are laid out again, the other brief is reused.
    briefs = list(small_catalog().briefs)
    briefs[0] = dataclasses.replace(briefs[0], published=dataclasses.replace(briefs[0].published, value="2024-06-22"))
    changed = pdf_module.PdfCache(tmp_path)
    render_pdfs(make_catalog(*briefs), ID, changed)
    changed.save()
    assert (changed.rendered, changed.reused) == (2, 1)
    assert len(list((tmp_path / "pdf").glob("*.pdf"))) == 3      # stale entries removed


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


@pytest.mark.slow
def test_pdf_evaluation_articles_read_as_printed(lex):
    """The same print checks on the seeds plus every evaluation article of tests/data (88 briefs,
    a dossier of ~100 pages): about a minute of WeasyPrint, hence slow."""
    from generator.build import Report, read_all
    from generator.extract import extract
    from generator.resolve import resolve
    from pathlib import Path

    root = Path(__file__).resolve().parent
    paths = sorted((root.parent / "content" / "articles").glob("*.txt")) + sorted(root.glob("data/*/articles/*.txt"))
    catalog = resolve([extract(a, lex) for a in read_all(paths, Report())], lex)
    problems, one_page = check_pdfs(render_pdfs(catalog, ID))
    assert not problems, problems
    assert one_page >= 0.5, one_page      # measured 0.52 (43 of 82): the rest hold many quotes or dated rows
