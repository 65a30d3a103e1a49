"""A partial MkDocs build (only the changed pages and the nav pages, merged into the previous
site: generator/sitebuild.py) gives the same site as a clean full build, byte for byte, after an
article changes, after one is added (newer than the others: the build date moves) and after one
is removed; and a change every page shows falls back to a full build."""
from __future__ import annotations

import json
import logging
import os
import re
import shutil
import sys
from pathlib import Path

import pytest

from generator import sitebuild
from generator.build import Report, build, generate
from test_build import make_workspace, settings_for

pytestmark = pytest.mark.slow
SITE_URL = "https://briefing.example.org/arsip/"    # so that sitemap.xml lists every page
NEW_ARTICLE = ("Rusia dan Mongolia Bahas Jalur Kereta Baru\n\n"
               "ULAANBAATAR - Menteri Luar Negeri Mongolia Batbayar Tsend bertemu Duta Besar Rusia "
               "Pavel Orlov pada Senin (3/2/2031) untuk membahas jalur kereta baru antara kedua negara. "
               "\u201cJalur ini membuka pasar baru,\u201d kata Tsend.\n")


def tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def full_build(content: Path, tmp_path: Path, name: str) -> dict[str, bytes]:
    """The site a clean build of this content makes (a fresh workspace, no cache, no site)."""
    ws = make_workspace(tmp_path / name)
    shutil.rmtree(ws / "content")
    shutil.copytree(content, ws / "content")
    report = build(settings_for(ws, site_url=SITE_URL))
    assert not report.site_partial and not report.errors
    return tree(ws / "site")


def assert_same_site(partial: dict[str, bytes], full: dict[str, bytes]) -> None:
    assert sorted(partial) == sorted(full)
    different = [rel for rel in full if partial[rel] != full[rel]]
    assert different == []


def assert_plain_store(path: Path) -> None:
    """A store (sitebuild.dump_plain: the manifest, the render cache and index) holds only what its
    JSON round trip gives back the same: no tuple (JSON gives a list), no set."""
    stored = sitebuild.load_plain(path.read_bytes())
    assert stored == json.loads(json.dumps(stored))


def test_partial_rebuilds_equal_a_full_build(tmp_path, monkeypatch):
    # Past half the pages a full build is chosen for speed; five articles share most entities, so
    # that choice is lifted here to test the merge on large changes too.
    monkeypatch.setattr(sitebuild, "PARTIAL_MAX_SHARE", 1.0)
    monkeypatch.delenv("CI", raising=False)          # CI builds keep no spare (build._link_spare)
    ws = make_workspace(tmp_path / "ws")
    settings = settings_for(ws, site_url=SITE_URL)
    articles = ws / "content" / "articles"
    cold = build(settings)
    assert not cold.site_partial and cold.site_pages > 50
    pages = cold.site_pages
    # The first site replaced none: its spare is a copy of hard links, for the first partial build.
    from generator.build import spare_path
    spare = spare_path(settings)
    assert tree(spare) == tree(ws / "site")
    assert (spare / "index.html").stat().st_ino == (ws / "site" / "index.html").stat().st_ino
    sitemap = (ws / "site" / "sitemap.xml").read_text(encoding="utf-8")
    assert sitemap.count("<url>") == pages               # the sitemap merge is exercised
    # The MkDocs process started while the docs were generated (build.prestart_site) takes the
    # partial build's job; which ones did is recorded here.
    given, give = [], sitebuild._give
    monkeypatch.setattr(sitebuild, "_give", lambda *a, **k: given.append(give(*a, **k)) or given[-1])

    # Nothing changed: MkDocs is not run; the copy of the site made meanwhile becomes the spare again.
    assert build(settings).site_reused and given == []
    assert tree(spare) == tree(ws / "site") and not list(ws.glob("site.new-*"))

    # One article changed: its brief, the pages it feeds and the nav pages are built again.
    first = sorted(articles.glob("*.txt"))[1]
    first.write_text(first.read_text(encoding="utf-8").replace("Rusia", "Federasi Rusia", 1), encoding="utf-8")
    changed = build(settings)
    assert changed.site_partial and 5 < changed.site_pages < pages
    assert_plain_store(ws / ".cache" / "site.manifest")
    assert len(given) == 1 and given[0] is not None
    assert_same_site(tree(ws / "site"), full_build(ws / "content", tmp_path, "full-changed"))

    # One article added, dated after every other: new pages, and a new build date in the sitemap
    # (told to the prestarted process with its job: SOURCE_DATE_EPOCH).
    (articles / "mongolia kereta.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    added = build(settings)
    assert added.site_partial and added.site_pages < pages
    assert len(given) == 2 and given[1] is not None
    site = tree(ws / "site")
    assert "2031-02-03" in site["sitemap.xml"].decode("utf-8")
    assert_same_site(site, full_build(ws / "content", tmp_path, "full-added"))

    # One article removed: its pages (and the entities only it named) leave the site.
    sorted(articles.glob("0*.txt"))[0].unlink()
    removed = build(settings)
    assert removed.site_partial and removed.site_pages < pages
    assert_same_site(tree(ws / "site"), full_build(ws / "content", tmp_path, "full-removed"))

    # The interface language changes every page's nav and labels: a full build, never a partial one.
    relabelled = build(settings_for(ws, site_url=SITE_URL, ui_language="en"))
    listed = (ws / "site" / "sitemap.xml").read_text(encoding="utf-8").count("<url>")
    assert not relabelled.site_partial and relabelled.site_pages == listed


@pytest.mark.parametrize("link, fails", [("[b](b.md)", False), ("[b](c.md)", True), ("[b](b.md#nowhere)", True)])
def test_strict_mode_fails_on_a_warning(tmp_path, link, fails):
    """mkdocs.yml's `strict: true` holds: a link to a missing page or anchor fails the build with
    MkDocs' own words (`mkdocs build --strict --quiet` never did: --quiet dropped the warnings
    before strict mode counted them)."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "index.md").write_text(f"# A\n\n{link}\n", encoding="utf-8")
    (docs / "b.md").write_text("# B\n", encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text("site_name: x\nstrict: true\nvalidation:\n  anchors: warn\n",
                                           encoding="utf-8")
    run = lambda: sitebuild.run(tmp_path / "mkdocs.yml", dict(os.environ), tmp_path / "site", None,  # noqa: E731
                                tmp_path / "work")
    if fails:
        with pytest.raises(sitebuild.MkDocsFailed, match="strict mode"):
            run()
    else:
        record = run()
        assert record["warnings"] == 0 and record["built"] == ["index.md", "b.md"]
        assert record["links"] == {"index.md": ["b.md"]}


def small_site(tmp_path: Path) -> Path:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "index.md").write_text("# A\n\n[b](b.md)\n", encoding="utf-8")
    (docs / "b.md").write_text("# B\n", encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text("site_name: x\nsite_url: https://x.example.org/\nstrict: true\nnav:\n  - index.md\n", encoding="utf-8")
    return tmp_path / "mkdocs.yml"


def test_a_prestarted_mkdocs_process_takes_a_job_only_with_the_same_environment_but_the_date(tmp_path):
    """sitebuild.prestart: the process loads its configuration, then waits for its job; the build
    date (SOURCE_DATE_EPOCH) comes with the job. Any other difference of the environment ends it
    and a new process builds; so does a process that is not given a job (stop)."""
    config, work = small_site(tmp_path), tmp_path / "work"
    env = dict(os.environ, SOURCE_DATE_EPOCH="0")
    fresh = sitebuild.run(config, dict(env, SOURCE_DATE_EPOCH="86400"), tmp_path / "fresh", {"b.md"}, work)
    early = sitebuild.prestart(config, env, tmp_path / "early", work)
    assert sitebuild._give(early, config, dict(env, SOURCE_DATE_EPOCH="86400"), tmp_path / "early", {"b.md"}, None)
    assert sitebuild._wait(early) == fresh and tree(tmp_path / "early") == tree(tmp_path / "fresh")
    sitemap = (tmp_path / "early" / "sitemap.xml").read_text(encoding="utf-8")
    assert "<lastmod>1970-01-02</lastmod>" in sitemap and "1970-01-01" not in sitemap

    early = sitebuild.prestart(config, env, tmp_path / "other", work)
    assert sitebuild._give(early, config, dict(env, BRIEFING_TITLE="y"), tmp_path / "other", {"b.md"}, None) is None
    assert early[0].poll() is not None and not early[2].exists()
    record = sitebuild.run(config, dict(env, SOURCE_DATE_EPOCH="86400"), tmp_path / "other", {"b.md"}, work,
                           early=sitebuild.prestart(config, env, tmp_path / "other", work))
    assert record == fresh

    # Its configuration could not be loaded when it started (the docs folder was not there yet): it
    # is loaded again with the job (the runner's main in this process, the folder put back while
    # it waits for its job).
    shutil.move(tmp_path / "docs", tmp_path / "docs.later")
    job = tmp_path / "late.json"
    job.write_text(json.dumps({"config_file": str(config), "site_dir": str(tmp_path / "late"), "only": None,
                               "theme": False, "record": str(tmp_path / "late.record"), "wait": True}))

    class Job:
        buffer = None                     # (MkDocs looks whether its configuration comes from stdin)

        def readline(self):
            shutil.move(tmp_path / "docs.later", tmp_path / "docs")
            return json.dumps({"only": ["b.md"], "theme_key": None, "env": {"SOURCE_DATE_EPOCH": "86400"},
                               "unset": []}) + "\n"
    with pytest.MonkeyPatch.context() as patch:
        mkdocs_log = logging.getLogger("mkdocs")        # (main sets it up: put back afterwards)
        patch.setattr(mkdocs_log, "handlers", list(mkdocs_log.handlers))
        for name in ("level", "propagate"):
            patch.setattr(mkdocs_log, name, getattr(mkdocs_log, name))
        patch.setattr(sys, "stdin", Job())
        patch.setenv("SOURCE_DATE_EPOCH", "0")
        assert sitebuild.main([str(job)]) == 0
    assert json.loads((tmp_path / "late.record").read_text()) == fresh

    idle = sitebuild.prestart(config, env, tmp_path / "idle", work)
    sitebuild.stop(idle)
    assert idle[0].poll() is not None and not idle[2].exists() and not (tmp_path / "idle").exists()


def test_the_theme_files_are_listed_once_per_key(tmp_path):
    """MkDocs' list of the theme's static files is kept in the work folder under the key it was
    listed with and read back while the key is the same (a planted entry shows it is read);
    another key lists the theme again."""
    config, work = small_site(tmp_path), tmp_path / "work"
    env = dict(os.environ, SOURCE_DATE_EPOCH="0")
    plain = sitebuild.run(config, env, tmp_path / "plain", None, work)
    first = sitebuild.run(config, env, tmp_path / "first", None, work, theme_key="k1")
    kept = json.loads((work / "theme.files").read_text(encoding="utf-8"))
    assert kept["key"] == "k1" and ["css/base.css", kept["files"][0][1]] in kept["files"]
    assert first == plain and tree(tmp_path / "first") == tree(tmp_path / "plain")
    planted = tmp_path / "planted"
    planted.mkdir()
    (planted / "extra.css").write_text("p {}", encoding="utf-8")
    kept["files"].append(["extra.css", str(planted)])
    (work / "theme.files").write_text(json.dumps(kept), encoding="utf-8")
    sitebuild.run(config, env, tmp_path / "kept", None, work, theme_key="k1")
    assert (tmp_path / "kept" / "extra.css").is_file()
    sitebuild.run(config, env, tmp_path / "again", None, work, theme_key="k2")
    assert tree(tmp_path / "again") == tree(tmp_path / "plain")
    assert json.loads((work / "theme.files").read_text(encoding="utf-8"))["key"] == "k2"


def test_the_icon_index_is_listed_once_while_material_and_its_icons_are_the_same(tmp_path):
    """Material's emoji index (the theme's icon files, listed by a glob in every MkDocs process) is
    kept in the work folder and read back while Material's and pymdownx's versions and the icon
    folders' times are the same (a planted icon shows it is read); the pages are those the glob
    makes; a store under another key is listed again."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "index.md").write_text("# A\n\n:material-home: :smile: :planted-icon:\n", encoding="utf-8")
    config = tmp_path / "mkdocs.yml"
    config.write_text("site_name: x\nstrict: true\ntheme:\n  name: material\nmarkdown_extensions:\n"
                      "  - pymdownx.emoji:\n      emoji_index: !!python/name:material.extensions.emoji.twemoji\n"
                      "      emoji_generator: !!python/name:material.extensions.emoji.to_svg\n", encoding="utf-8")
    work = tmp_path / "work"
    env = dict(os.environ, SOURCE_DATE_EPOCH="0")
    sitebuild.run(config, env, tmp_path / "first", None, work)
    kept = json.loads((work / "icons.index").read_text(encoding="utf-8"))
    assert len(kept["icons"]) > 10_000 and ":material-home:" in dict(kept["icons"])
    page = (tmp_path / "first" / "index.html").read_text(encoding="utf-8")
    assert "<svg" in page and ":planted-icon:" in page
    sitebuild.run(config, env, tmp_path / "again", None, work)
    assert tree(tmp_path / "again") == tree(tmp_path / "first")
    icon = tmp_path / "planted.svg"
    icon.write_text('<svg id="planted"></svg>', encoding="utf-8")
    (work / "icons.index").write_text(json.dumps(dict(kept, icons=kept["icons"] + [[":planted-icon:", str(icon)]])),
                                      encoding="utf-8")
    sitebuild.run(config, env, tmp_path / "planted", None, work)
    assert '<svg id="planted">' in (tmp_path / "planted" / "index.html").read_text(encoding="utf-8")
    (work / "icons.index").write_text(json.dumps(dict(kept, key=["another"], icons=[[":planted-icon:", str(icon)]])),
                                      encoding="utf-8")
    sitebuild.run(config, env, tmp_path / "listed", None, work)
    assert tree(tmp_path / "listed") == tree(tmp_path / "first")
    assert json.loads((work / "icons.index").read_text(encoding="utf-8")) == kept


def test_partial_rebuild_with_pagefind_equals_a_full_build(tmp_path):
    """With `search: pagefind` the merged site is indexed again as a whole. Every page is the same
    bytes; Pagefind's own files are compared by name shape only, as two full builds of the same
    site already differ there (its filter index is not written in a stable order)."""
    ws = make_workspace(tmp_path / "ws")
    settings = settings_for(ws, search="pagefind")
    assert not build(settings).site_partial
    article = sorted((ws / "content" / "articles").glob("*.txt"))[2]
    article.write_text(article.read_text(encoding="utf-8").replace("Korea", "Republik Korea", 1), encoding="utf-8")
    assert build(settings).site_partial
    full = make_workspace(tmp_path / "full")
    shutil.rmtree(full / "content")
    shutil.copytree(ws / "content", full / "content")
    assert not build(settings_for(full, search="pagefind")).site_partial
    site, other = tree(ws / "site"), tree(full / "site")
    index = {rel for rel in site if rel.startswith("pagefind/")}
    assert "pagefind/pagefind-entry.json" in index
    shape = lambda names: sorted(re.sub(r"[0-9a-f]{7,}", "#", rel) for rel in names)  # noqa: E731
    assert shape(index) == shape(rel for rel in other if rel.startswith("pagefind/"))
    assert_same_site({k: v for k, v in site.items() if k not in index},
                     {k: v for k, v in other.items() if not k.startswith("pagefind/")})


# Invented articles for the dependency index (generator/depindex.py): one person written two ways
# (`Park Min-seo`, `Park Min Seo`: one entity, named by the commoner spelling), and a spelling
# (`Matvey Sokolev`) that another article's `Matvei Sokolev` would join.
INVENTED = {
    "100_pelabuhan.txt": (
        "Rusia dan Korea Selatan Bahas Kerja Sama Pelabuhan\n\n"
        "SEOUL - Wakil Menteri Luar Negeri Korea Selatan Park Min-seo bertemu delegasi Rusia pada Selasa "
        "(12/3/2024) di Seoul untuk membahas kerja sama pelabuhan antara Vladivostok dan Busan.\n\n"
        "\u201cKami ingin jalur kapal yang lebih cepat antara kedua kota,\u201d kata Park kepada wartawan.\n\n"
        "Kedua pihak sepakat membentuk kelompok kerja yang akan bertemu pada Juni 2024.\n"),
    "110_gandum.txt": (
        "Rusia Siap Kirim Gandum ke Korea Selatan\n\n"
        "SEOUL - Duta Besar Rusia untuk Korea Selatan Matvey Sokolev menawarkan pasokan gandum kepada "
        "pemerintah Korea Selatan pada Kamis (14/3/2024).\n\n"
        "\u201cPanen tahun ini cukup untuk kedua negara,\u201d ujar Sokolev dalam jumpa pers di kedutaan.\n\n"
        "Menurut Sokolev, pengiriman pertama dapat dilakukan pada April 2024.\n"),
    "120_energi.txt": (
        "Seoul dan Moskow Sepakati Forum Energi\n\n"
        "BUSAN - Wakil Menteri Luar Negeri Korea Selatan Park Min-seo dan Direktur Badan Energi Busan "
        "Lee Han-gyeol membuka forum energi pada Senin (18/3/2024).\n\n"
        "\u201cForum ini membuka pintu bagi investasi baru,\u201d kata Lee dalam sambutannya.\n\n"
        "Park menambahkan forum berikutnya digelar pada September 2024 di Vladivostok.\n"),
    "130_forum.txt": (
        "Pejabat Korea Selatan Hadiri Forum Timur\n\n"
        "VLADIVOSTOK - Wakil Menteri Luar Negeri Korea Selatan Park Min Seo menghadiri Forum Timur pada "
        "Rabu (20/3/2024) bersama pejabat Rusia.\n\n"
        "\u201cKami datang untuk mendengar,\u201d kata Park singkat.\n"),
    # Not Indonesian: a warning on every build (the check is remembered by the index's file).
    "150_english.txt": (
        "Port Talks Resume in Busan\n\n"
        "BUSAN - Officials from the two countries met again on Friday to talk about the port, the ships and "
        "the new rail line that should link the harbour with the inland depots before the end of the year. "
        "They said that the working group would report to the ministers in the autumn and that more "
        "meetings were planned for the winter.\n"),
}
ADDED_ARTICLE = (
    "Busan Tuan Rumah Pameran Kapal\n\n"
    "BUSAN - Direktur Badan Energi Busan Lee Han-gyeol membuka pameran kapal pada Jumat (22/3/2024) "
    "yang dihadiri Wakil Menteri Luar Negeri Korea Selatan Park Min-seo.\n\n"
    "\u201cPelabuhan kami siap untuk kapal generasi baru,\u201d kata Lee.\n")


def docs_tree(ws: Path) -> dict[str, bytes]:
    return tree(ws / "build" / "docs")


def cold_docs(content: Path, tmp_path: Path, name: str, **overrides) -> tuple[dict[str, bytes], list[str]]:
    """The docs tree a clean render of this content makes (a fresh workspace, no cache), and the
    problems it reports."""
    ws = make_workspace(tmp_path / name)
    shutil.rmtree(ws / "content")
    shutil.copytree(content, ws / "content")
    report = Report()
    generate(settings_for(ws, **overrides), report)
    assert report.index == "no index of the last build"
    return docs_tree(ws), said(report)


def said(report: Report) -> list[str]:
    """A build's problems, each with its file's name (the workspaces differ)."""
    return sorted(f"{Path(p.path).name}: {p.severity}: {p.message}" for p in report.problems)


def test_incremental_render_equals_a_cold_render_after_each_kind_of_change(tmp_path):
    """The dependency index renders only the page groups whose inputs changed; after every kind of
    change the docs tree (everything MkDocs reads) is the one a cold render makes, byte for byte,
    and the changes that move identities across articles, or the settings, fall back to a full
    render."""
    ws = make_workspace(tmp_path / "ws")
    articles = ws / "content" / "articles"
    for name, text in INVENTED.items():
        (articles / name).write_text(text, encoding="utf-8")
    settings = settings_for(ws)

    def again(**overrides) -> Report:
        report = Report()
        generate(settings_for(ws, **overrides) if overrides else settings, report)
        docs, problems = cold_docs(ws / "content", tmp_path, f"cold-{len(checked)}", **overrides)
        assert docs_tree(ws) == docs
        assert said(report) == problems
        assert_plain_store(ws / ".cache" / "pages.digests")
        assert any("does not read as Indonesian" in p for p in problems)
        checked.append(report)
        return report

    def edit(name: str, old: str, new: str) -> None:
        path = articles / name
        text = path.read_text(encoding="utf-8")
        assert old in text
        path.write_text(text.replace(old, new), encoding="utf-8")

    checked: list[Report] = []
    cold = again()
    groups = cold.groups_rendered
    assert cold.index == "no index of the last build" and groups > 20 and cold.groups_reused == 0
    assert cold.resolution == "resolved"

    # Nothing changed: every group comes from the index, no page is rendered.
    same = again()
    assert same.index == "used" and same.groups_rendered == 0 and same.groups_reused == groups
    assert same.rendered == 0
    # No brief gives resolve anything new: the last build's resolution is taken (build.resolve_kept).
    assert same.resolution == "kept"

    # A sentence naming no one, appended: its brief's page and the timeline change, but what the
    # article says of each entity it names does not (pages.contribution, checked for the entity
    # pages' soft keys), so no entity's pages are built again.
    edit("110_gandum.txt", "pada April 2024.\n", "pada April 2024.\n\nPengiriman kedua direncanakan pada Mei 2024.\n")
    appended = again()
    assert appended.index == "used" and appended.groups_rendered == 1 and appended.rendered > 1
    assert appended.resolution == "kept"        # the same actors, names, roles and spellings
    # Words changed in what it says of its entities (a quote, the line of context their pages
    # show): their pages are built again.
    edit("110_gandum.txt", "Panen tahun ini cukup", "Panen tahun ini lebih dari cukup")
    quoted = again()
    assert quoted.index == "used" and quoted.groups_rendered > 1
    edit("110_gandum.txt", "menawarkan pasokan gandum", "menawarkan pasokan gandum dan jagung")
    context = again()
    assert context.index == "used" and context.groups_rendered > 2

    # One article's text: its brief, the briefs ranked beside it and its entities' pages.
    edit("120_energi.txt", "dalam sambutannya.", "dalam sambutannya. \u201cKami juga menunggu mitra dari Rusia,\u201d "
         "tambah Lee.")
    text = again()
    assert text.index == "used" and 0 < text.groups_rendered < groups / 2 and text.rendered > 0
    assert text.resolution == "resolved"        # a new mention (`Lee`): a spelling resolve reads

    # A spelling becomes the commoner one: the entity's name changes on every page that shows it,
    # also on pages of articles that did not change.
    edit("120_energi.txt", "Korea Selatan Park Min-seo dan", "Korea Selatan Park Min Seo dan")
    renamed = again()
    assert renamed.index == "used" and ">Park Min Seo</h1>" in (ws / "build/docs/entities/park-min-seo.md").read_text()
    assert renamed.resolution == "resolved"

    # An article added, one removed (its brief and the entities only it named go).
    (articles / "140_pameran.txt").write_text(ADDED_ARTICLE, encoding="utf-8")
    added = again()
    assert added.index == "used" and added.groups_rendered < groups and added.resolution == "resolved"
    (articles / "130_forum.txt").unlink()
    removed = again()
    assert removed.index == "used" and removed.groups_rendered < groups and removed.resolution == "resolved"

    # A page file edited by hand is rendered again (each reused file is checked against its digest).
    page = ws / "build" / "docs" / "entities" / "lee-han-gyeol.md"
    page.write_text(page.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    touched = again()
    assert touched.index == "used" and touched.groups_rendered == 1 and touched.resolution == "kept"

    # `Matvei Sokolev` in an earlier article: `Matvey Sokolev` of an unchanged one joins it, so
    # identities moved across articles and every group is rendered.
    edit("100_pelabuhan.txt", "pada Juni 2024.\n", "pada Juni 2024.\n\nDuta Besar Rusia untuk Korea Selatan "
         "Matvei Sokolev juga hadir dalam pertemuan itu.\n")
    merged = again()
    assert merged.index.startswith("resolution changed for an unchanged article (110_gandum)")
    assert merged.groups_reused == 0 and merged.groups_rendered > groups / 2 and merged.resolution == "resolved"
    assert "matvey-sokolev.md" not in {p.name for p in (ws / "build/docs/entities").iterdir()}

    # A setting every page may show: a full render.
    retitled = again(title="Arsip Uji")
    assert retitled.index == "code, templates, labels, settings or lexicon changed"
    # The same resolution, but the entities' signatures kept with it were computed in another
    # index context: computed again (the docs tree is a cold render's all the same).
    assert retitled.resolution == "kept"


def test_the_entities_file_is_kept_only_while_every_entity_and_the_set_of_them_are_the_last_build_s(tmp_path, monkeypatch):
    """data/entities.json is left as the last build wrote it (pages.kept_entities: not made, not
    read) only while the entities are the same ones, each with the `e:` it had (its name, kind,
    aliases and the briefs naming it); after every change the docs tree is a cold render's: a
    sentence naming no one (kept), a spelling that renames an entity, an article added, one
    removed, the file edited by hand (each written again)."""
    from generator import pages

    kept: list[bool] = []
    real = pages.kept_entities
    monkeypatch.setattr(pages, "kept_entities", lambda *a: kept.append(real(*a) is not None) or real(*a))
    ws = make_workspace(tmp_path / "ws")
    articles = ws / "content" / "articles"
    for name, text in INVENTED.items():
        (articles / name).write_text(text, encoding="utf-8")
    settings = settings_for(ws)
    entities = ws / "build" / "docs" / "data" / "entities.json"

    def again() -> bool:
        kept.clear()
        generate(settings, Report())
        seen.append(kept[:])
        assert docs_tree(ws) == cold_docs(ws / "content", tmp_path, f"cold-{len(seen)}")[0]
        return seen[-1] == [True]

    def edit(name: str, old: str, new: str) -> None:
        path = articles / name
        text = path.read_text(encoding="utf-8")
        assert old in text
        path.write_text(text.replace(old, new), encoding="utf-8")

    seen: list[list] = []
    assert not again()                              # no index: made
    assert again()                                  # nothing changed
    inode = entities.stat().st_ino
    edit("110_gandum.txt", "pada April 2024.\n", "pada April 2024.\n\nPengiriman kedua direncanakan pada Mei 2024.\n")
    assert again() and entities.stat().st_ino == inode
    edit("120_energi.txt", "Korea Selatan Park Min-seo dan", "Korea Selatan Park Min Seo dan")
    assert not again() and '"name": "Park Min Seo"' in entities.read_text(encoding="utf-8")
    (articles / "140_pameran.txt").write_text(ADDED_ARTICLE, encoding="utf-8")
    assert not again()
    assert again()
    (articles / "130_forum.txt").unlink()
    assert not again()
    entities.write_text(entities.read_text(encoding="utf-8").replace("[\n", "[ \n", 1), encoding="utf-8")
    assert not again() and entities.read_text(encoding="utf-8").startswith("[\n")


def test_timeline_and_quotes_rows_kept_per_brief_equal_a_cold_render(tmp_path, monkeypatch):
    """The timeline's and the quotes pages' rows of a brief are kept in the index and taken again
    only while nothing they read changed (the brief, the names of the entities it names); after
    each change the docs tree is a cold render's, with the pages split small so that rows move
    between parts: nothing changed (no brief's rows made), a date moved to another month (only
    that brief's), an entity renamed by another article (also the rows of an unchanged article
    that name it), an article removed, identities moved (the index is not used: every brief's).
    A timeline or quotes part whose rows are all kept, in the same places, is taken by its page key
    without digesting its view model."""
    from generator import pages

    digested: list[str] = []                  # titles of the timeline and quotes parts digested whole
    mine: list[str] = []                      # those of the render under test (not the cold one's)

    class CountingJson:
        def __getattr__(self, name):
            return getattr(json, name)

        def dumps(self, value, **options):
            if options.get("default") is pages._plain and isinstance(value, dict) and value.get("title") and (
                    "months" in value or "speakers" in value):
                digested.append(value["title"])
            return json.dumps(value, **options)
    monkeypatch.setattr(pages, "json", CountingJson())

    monkeypatch.setitem(pages.LIST_ROWS, "timeline", 3)
    monkeypatch.setitem(pages.LIST_ROWS, "quotes", 2)
    made: list[str] = []
    for name in ("_timeline_entries", "_quote_entries"):
        real = getattr(pages, name)
        monkeypatch.setattr(pages, name, lambda views, brief, real=real: made.append(brief.article.id) or real(views, brief))
    ws = make_workspace(tmp_path / "ws")
    articles = ws / "content" / "articles"
    for name, text in INVENTED.items():
        (articles / name).write_text(text, encoding="utf-8")
    # A row that opens with a pronoun names the person before it (pages.name_the_pronoun).
    pronoun = articles / "100_pelabuhan.txt"
    pronoun.write_text(pronoun.read_text(encoding="utf-8") + "\nIa juga akan berkunjung ke Busan pada Mei 2024.\n",
                       encoding="utf-8")
    settings = settings_for(ws)

    def again() -> set[str]:
        made.clear()
        digested.clear()
        generate(settings, Report())
        found, mine[:] = set(made), digested
        assert docs_tree(ws) == cold_docs(ws / "content", tmp_path, f"cold-{len(seen)}")[0]
        seen.append(found)
        return found

    def edit(name: str, old: str, new: str) -> None:
        path = articles / name
        text = path.read_text(encoding="utf-8")
        assert old in text
        path.write_text(text.replace(old, new), encoding="utf-8")

    def timeline() -> str:
        return "".join(p.read_text(encoding="utf-8") for p in sorted((ws / "build/docs/timeline").glob("*.md")))

    seen: list[set] = []
    everything = again()
    assert {"100_pelabuhan", "110_gandum"} <= everything
    assert len(list((ws / "build/docs/timeline").glob("*.md"))) > 3 and len(list((ws / "build/docs/quotes").glob("*.md"))) > 3
    assert "Ia &#40;Park Min-seo&#41; juga akan berkunjung" in timeline()
    parts = len(mine)
    assert parts > 6
    assert again() == set() and mine == []
    edit("110_gandum.txt", "pada April 2024.", "pada Agustus 2024.")
    assert again() == {"110_gandum"} and 0 < len(mine) < parts
    # The commoner spelling changes the entity's name: 100_pelabuhan's rows name it, made again.
    edit("120_energi.txt", "Korea Selatan Park Min-seo dan", "Korea Selatan Park Min Seo dan")
    assert {"120_energi", "100_pelabuhan"} <= again() < everything
    assert "Ia &#40;Park Min Seo&#41; juga akan berkunjung" in timeline()
    (articles / "130_forum.txt").unlink()
    assert again() < everything
    edit("100_pelabuhan.txt", "pada Juni 2024.\n", "pada Juni 2024.\n\nDuta Besar Rusia untuk Korea Selatan "
         "Matvei Sokolev juga hadir dalam pertemuan itu.\n")
    assert again() == everything - {"130_forum"}


def test_reused_pages_are_known_by_their_stamp_and_a_file_changed_in_place_is_noticed(tmp_path, monkeypatch):
    """A warm render takes an unchanged page from the docs tree without reading it when the file
    has the size, times and inode the last build recorded; a file written since (even keeping its
    size and modification time) is read, found changed and rendered again; a stamp taken within
    RACY_NS of a file's last write is not trusted."""
    from generator import build as build_module

    ws = make_workspace(tmp_path / "ws")
    for name, text in INVENTED.items():
        (ws / "content" / "articles" / name).write_text(text, encoding="utf-8")
    settings = settings_for(ws)
    load = build_module.load_render_cache
    read: list[str] = []

    def counting(settings):
        cache = load(settings)
        previous = cache.previous
        cache.previous = lambda rel: read.append(rel) or previous(rel)
        return cache
    monkeypatch.setattr(build_module, "load_render_cache", counting)

    def again() -> Report:
        read.clear()
        report = Report()
        generate(settings, report)
        return report

    again()
    cold = docs_tree(ws)
    fresh = again()                           # every stamp is younger than RACY_NS: every page read
    assert fresh.groups_rendered == 0 and len([r for r in read if r.endswith(".md")]) > 20
    monkeypatch.setattr(build_module, "RACY_NS", 0)
    again()
    same = again()
    assert same.groups_rendered == 0 and same.rendered == 0
    assert [r for r in read if r.endswith(".md")] == [] and docs_tree(ws) == cold

    page = ws / "build" / "docs" / "entities" / "lee-han-gyeol.md"
    before = page.stat()
    text = page.read_text(encoding="utf-8")
    assert "Lee Han-gyeol" in text
    page.write_text(text.replace("Lee Han-gyeol", "Lee Han-gyeoX", 1), encoding="utf-8")   # same size
    os.utime(page, ns=(before.st_atime_ns, before.st_mtime_ns))                          # same mtime
    assert page.stat().st_size == before.st_size and page.stat().st_ino == before.st_ino
    touched = again()
    assert touched.groups_rendered == 1 and "entities/lee-han-gyeol.md" in read
    assert docs_tree(ws) == cold
    # records.json keeps the unchanged briefs' lines of the last build's file: one written since
    # (same size and modification time) is found changed, and every line is made again.
    records = ws / "build" / "docs" / "data" / "records.json"
    before, text = records.stat(), records.read_text(encoding="utf-8")
    assert "Lee Han-gyeol" in text
    records.write_text(text.replace("Lee Han-gyeol", "Lee Han-gyeoX", 1), encoding="utf-8")
    os.utime(records, ns=(before.st_atime_ns, before.st_mtime_ns))
    again()
    assert docs_tree(ws) == cold


@pytest.mark.parametrize("ci, kept", [("", True), ("1", False)])
def test_a_first_publish_leaves_a_spare_of_hard_links_except_under_ci(tmp_path, monkeypatch, ci, kept):
    from generator.build import publish

    monkeypatch.setenv("CI", ci)
    new, site, spare = tmp_path / "new", tmp_path / "site", tmp_path / "cache" / "site.spare"
    (new / "a").mkdir(parents=True)
    (new / "index.html").write_text("home")
    (new / "a" / "index.html").write_text("a")
    publish(new, site, spare)
    assert tree(site) == {"index.html": b"home", "a/index.html": b"a"} and not new.exists()
    assert spare.exists() is kept
    if kept:
        assert tree(spare) == tree(site) and (spare / "a" / "index.html").stat().st_ino == (site / "a" / "index.html").stat().st_ino
    (new / "a").mkdir(parents=True)                   # a second publish: the old site is the spare
    (new / "index.html").write_text("home 2")
    (new / "a" / "index.html").write_text("a")
    publish(new, site, spare)
    assert tree(site)["index.html"] == b"home 2" and tree(spare)["index.html"] == b"home"


def test_link_tree_turns_a_spare_site_into_a_linked_copy_and_never_writes_the_source(tmp_path):
    """The site the last publish replaced (the spare) becomes the new copy of the site: the same
    folders and files, each a hard link to the published file; stale, extra and missing files and
    folders are set right by rename or removal, never by writing into a shared file."""
    site, spare, copy = tmp_path / "site", tmp_path / "spare", tmp_path / "copy"
    for rel, text in {"index.html": "home", "a/index.html": "a new", "b/c/index.html": "c", "s.json": "{}"}.items():
        (site / rel).parent.mkdir(parents=True, exist_ok=True)
        (site / rel).write_text(text)
    sitebuild._link_tree(site, spare)                       # no spare yet: linked copy
    assert tree(spare) == tree(site)
    (spare / "a" / "index.html").unlink()
    (spare / "a" / "index.html").write_text("a old")         # changed since (another file)
    (spare / "gone" / "x").mkdir(parents=True)
    (spare / "gone" / "x" / "index.html").write_text("removed page")
    (spare / "b" / "c" / "index.html").unlink()              # missing
    (site / "new").mkdir()
    (site / "new" / "index.html").write_text("added page")
    before = tree(site)
    sitebuild._link_tree(site, copy, spare)
    assert not spare.exists() and tree(copy) == before == tree(site)
    assert all((copy / rel).stat().st_ino == (site / rel).stat().st_ino for rel in before)
    assert sorted(p.relative_to(copy).as_posix() for p in copy.rglob("*") if p.is_dir()) == ["a", "b", "b/c", "new"]

    # A folder where the site has a file: the spare is given up and the copy made afresh.
    shutil.rmtree(copy)
    sitebuild._link_tree(site, spare)
    (spare / "s.json").unlink()
    (spare / "s.json").mkdir()
    sitebuild._link_tree(site, copy, spare)
    assert tree(copy) == tree(site) == before
def test_two_mkdocs_processes_build_the_same_site_as_one(tmp_path, monkeypatch):
    """A full build split into two MkDocs processes (one per half of the pages, joined: the
    second half's files beside the first's, search index and sitemap merged page by page) is the
    site one process builds, byte for byte; its manifest serves the next partial rebuild."""
    import generator.build as build_module

    monkeypatch.setattr(build_module, "HALVES_MIN", 0)           # forced on for a small site
    # Both processes started while the docs were generated (build.prestart_halves) take the halves.
    monkeypatch.setattr(build_module, "PRESTART_HALVES_ARTICLES", 0)
    given, give = [], sitebuild._give
    monkeypatch.setattr(sitebuild, "_give", lambda *a, **k: given.append(give(*a, **k)) or given[-1])
    ws = make_workspace(tmp_path / "ws")
    settings = settings_for(ws, site_url=SITE_URL)
    halves = build(settings)
    assert halves.site_halves and not halves.site_partial and halves.site_pages > 50
    assert len(given) == 2 and None not in given
    site = tree(ws / "site")
    assert site["sitemap.xml"].decode("utf-8").count("<url>") == halves.site_pages
    one = make_workspace(tmp_path / "one")
    single = build(settings_for(one, site_url=SITE_URL, jobs=1))      # jobs: 1 keeps one process
    assert not single.site_halves and single.site_pages == halves.site_pages
    assert_same_site(site, tree(one / "site"))

    article = sorted((ws / "content" / "articles").glob("*.txt"))[1]
    article.write_text(article.read_text(encoding="utf-8").replace("Rusia", "Federasi Rusia", 1), encoding="utf-8")
    changed = build(settings)
    assert changed.site_partial and not changed.site_halves
    assert len(given) == 3 and given[2] is not None and len(given[2]) == 4     # the prestarted partial process
    assert_same_site(tree(ws / "site"), full_build(ws / "content", tmp_path, "full-changed"))


def test_prestarted_halves_that_are_not_used_are_ended(tmp_path, monkeypatch):
    """A cold build too small for halves (build.halves) ends the two MkDocs processes it started
    while the docs were generated and builds in one process: the same site, no process left."""
    import generator.build as build_module

    monkeypatch.setattr(build_module, "PRESTART_HALVES_ARTICLES", 0)
    monkeypatch.setattr(build_module, "HALVES_MIN", 10**9)
    started, start = [], sitebuild._start
    monkeypatch.setattr(sitebuild, "_start", lambda *a, **k: started.append(start(*a, **k)) or started[-1])
    ws = make_workspace(tmp_path / "ws")
    report = build(settings_for(ws, site_url=SITE_URL))
    assert not report.site_halves and not report.site_partial
    assert len(started) == 3 and all(len(s) == 5 for s in started[:2]) and len(started[2]) == 4
    assert all(s[0].poll() is not None for s in started) and not any(s[2].exists() for s in started)
    one = make_workspace(tmp_path / "one")
    assert_same_site(tree(ws / "site"), tree(one / "site") if build(settings_for(one, site_url=SITE_URL, jobs=1))
                     else None)


def test_halves_split_the_pages_by_bytes_and_fall_back_when_a_link_between_them_breaks(tmp_path, monkeypatch):
    sizes = {"a.md": 50, "b.md": 30, "c.md": 20, "d.md": 10, "assets/x.css": 500, "index.md": 5}
    first, second = sitebuild.split(sizes)
    assert first == {"a.md", "d.md"} and second == {"b.md", "c.md", "index.md", "assets/x.css"}   # 60 and 55
    # b links to an anchor of a that a does not have: each half alone cannot see it, the join does.
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "index.md").write_text("# I\n\n[a](a.md) [b](b.md)\n", encoding="utf-8")
    (docs / "a.md").write_text("# A\n\n## Here\n" + "x " * 40 + "\n", encoding="utf-8")
    (docs / "b.md").write_text("# B\n\n[a](a.md#nowhere)\n", encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text("site_name: x\nsite_url: https://x.example.org/\nstrict: true\nnav:\n  - index.md\n"
                                           "validation:\n  anchors: warn\n", encoding="utf-8")
    sizes = {rel: (docs / rel).stat().st_size for rel in ("index.md", "a.md", "b.md")}
    assert sitebuild.split(sizes) == ({"a.md"}, {"index.md", "b.md"})
    joined = []
    monkeypatch.setattr(sitebuild, "join", lambda *args, real=sitebuild.join: joined.append(real(*args)) or joined[-1])
    out = tmp_path / "site"
    assert sitebuild.run_halves(tmp_path / "mkdocs.yml", dict(os.environ), out, sizes, tmp_path / "work") is None
    assert joined == [None]            # both halves built without a warning: the join refused
    (docs / "b.md").write_text("# B\n\n[a](a.md#here)\n", encoding="utf-8")
    shutil.rmtree(out)
    record = sitebuild.run_halves(tmp_path / "mkdocs.yml", dict(os.environ), out, sizes, tmp_path / "work")
    assert record is not None and sorted(record["built"]) == ["a.md", "b.md", "index.md"]
    assert (out / "a" / "index.html").is_file() and (out / "b" / "index.html").is_file()


@pytest.mark.parametrize("plain", [0, 10**9])
def test_the_keeper_gives_each_page_its_html_back_held_as_it_is_or_compressed(plain):
    """The MkDocs process's Keeper holds a page's HTML from its rendering until its template: as it
    is up to its budget of memory, compressed past it; either way the same text comes back."""
    from types import SimpleNamespace

    keeper = sitebuild._keeper()
    keeper.PLAIN = plain
    pages = [SimpleNamespace(file=SimpleNamespace(src_uri=f"entities/e{i}.md"), markdown="# x", content=None)
             for i in range(3)]
    texts = ["<h1>Zorvan</h1>", "<p>“Kelmora” — é \udcff</p>", ""]
    for page, text in zip(pages, texts):
        assert keeper.on_page_content(text, page, None, None) == "" and page.markdown == ""
    assert all(isinstance(held, str if plain else bytes) for held in keeper.held.values())
    for page, text in zip(pages, texts):
        keeper.on_page_context({}, page, None, None)
        assert page.content == text
    assert keeper.held == {} and keeper.plain == 0
