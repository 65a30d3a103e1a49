"""End to end: the seeds plus a folder of broken and hostile files build into a site where every
bad file is reported once and named, hostile text is inert, rebuilds use the cache, stale pages
go, and a killed or failed build leaves the previous site as it was."""
from __future__ import annotations

import codecs
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.build import BuildError, build, source_date_epoch
from generator.cli import cli
from generator.config import load_settings
from generator.pages import brief_slug

ROOT = Path(__file__).resolve().parent.parent
HOSTILE = Path(__file__).resolve().parent / "data" / "hostile"
pytestmark = pytest.mark.slow


def make_workspace(path: Path, *, hostile: bool = False) -> Path:
    """A copy of content/ (seeds, register, overlays) and mkdocs.yml under `path`."""
    content = path / "content"
    shutil.copytree(ROOT / "content", content, ignore=shutil.ignore_patterns("*.pdf"))
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    (path / "mkdocs.yml").write_text(config.replace(
        "custom_dir: site_templates/overrides", f"custom_dir: {ROOT / 'site_templates' / 'overrides'}"),
        encoding="utf-8")
    if hostile:
        for source in HOSTILE.glob("*.txt"):
            shutil.copy(source, content / "articles" / source.name)
        (content / "articles" / "besar sekali.txt").write_bytes(b"Judul\n\n" + b"kata " * 60_000)
    return path


def settings_for(ws: Path, **overrides):
    values = dict(docs_dir=ws / "build" / "docs", site_dir=ws / "site", cache_dir=ws / ".cache",
                  config_file=ws / "mkdocs.yml", pdf=False)
    values.update(overrides)
    return load_settings(ws / "content", **values)


def run_cli(ws: Path, *args: str):
    """`briefing build` in the workspace (relative default paths resolve there)."""
    old = os.getcwd()
    os.chdir(ws)
    try:
        return CliRunner().invoke(cli, ["build", "--no-pdf", *args], catch_exceptions=False)
    finally:
        os.chdir(old)


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory):
    ws = make_workspace(tmp_path_factory.mktemp("hostile"), hostile=True)
    result = run_cli(ws)
    return ws, result


class Scanner(HTMLParser):
    """Every element, attribute and script a page really has (what a browser would build)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self.tag = None

    def handle_starttag(self, tag, attrs):
        self.tag = tag
        for name, value in attrs:
            value = (value or "").strip().lower()
            if name.startswith("on") and "alert" in value:
                self.found.append(f"<{tag} {name}={value}>")
            if name in ("href", "src", "action") and value.startswith("javascript:"):
                self.found.append(f"<{tag} {name}={value}>")
        if tag in ("img", "iframe", "svg") and dict(attrs).get("src") in ("x", "javascript:alert(4)"):
            self.found.append(f"<{tag}>")

    def handle_data(self, data):
        if self.tag in ("script", "style") and ("alert" in data or "display:none" in data):
            self.found.append(f"<{self.tag}>{data[:40]}")

    def handle_endtag(self, tag):
        self.tag = None


def without_title(html: str) -> str:
    return re.sub(r"<title>.*?</title>", "<title></title>", html, count=1, flags=re.S)


def test_build_reports_each_bad_file_once_by_name_and_fails(hostile_build):
    ws, result = hostile_build
    lines = result.output.strip().splitlines()
    assert result.exit_code == 1
    expected = {"kosong.txt": "error: empty", "spasi saja.txt": "error: holds only whitespace",
                "biner.txt": "error: binary", "besar sekali.txt": "limit",
                "cp1252 quotes.txt": "warning: not UTF-8; decoded as cp1252",
                "utf16 bom.txt": "warning: not UTF-8; decoded as utf-16",
                "english.txt": "warning: does not read as Indonesian",
                "tanpa tanda baca.txt": "warning: no sentence punctuation",
                "markup [html] Ünïcode.txt": "same text as duplikat (salinan).txt"}
    for name, message in expected.items():
        hits = [line for line in lines if f"articles/{name}:" in line]
        assert any(message in hit for hit in hits), (name, hits)
        if "error" in message:          # a refused file: one line, the reason
            assert len(hits) == 1, hits
    assert "; 4 errors, " in lines[-1], lines[-1]


def test_build_still_publishes_seeds_and_decodable_bad_files(hostile_build):
    ws, _ = hostile_build
    briefs = {p.name for p in (ws / "site" / "briefs").iterdir() if p.is_dir()}
    seeds = {brief_slug(p.stem) for p in (ROOT / "content" / "articles").glob("*.txt")}
    assert seeds <= briefs
    assert {brief_slug(name) for name in ("cp1252 quotes", "utf16 bom", "utf8 bom", "crlf endings", "english",
                                          "tanpa tanda baca", "duplikat (salinan)")} <= briefs
    assert brief_slug("markup [html] Ünïcode") not in briefs          # the duplicate is built once
    assert not any(brief_slug(name) in briefs for name in ("kosong", "spasi saja", "biner", "besar sekali"))


def test_build_decodes_legacy_text_to_the_real_characters(hostile_build):
    ws, _ = hostile_build
    page = (ws / "site" / "briefs" / brief_slug("cp1252 quotes") / "index.html").read_text(encoding="utf-8")
    assert "Ini tidak dapat diterima" in page and "\u201c" in page and "\ufffd" not in page


# The brief whose headline closes the title element: its page is covered by the title test.
TITLE_BREAKOUT = brief_slug("judul title-breakout")


def test_build_hostile_text_is_inert_in_every_page_body(hostile_build):
    ws, _ = hostile_build
    found = {}
    for path in (ws / "site").rglob("*.html"):
        if TITLE_BREAKOUT in path.parts:
            continue
        scanner = Scanner()
        scanner.feed(without_title(path.read_text(encoding="utf-8")))
        if scanner.found:
            found[str(path.relative_to(ws))] = scanner.found[:3]
    assert not found


def test_build_hostile_headline_is_inert_in_the_title_element(hostile_build):
    ws, _ = hostile_build
    for path in (ws / "site" / "briefs").rglob("*.html"):
        title = re.search(r"<title>(.*?)</title>", path.read_text(encoding="utf-8"), flags=re.S).group(1)
        assert "<" not in title, (path, title)


def test_build_hostile_text_survives_as_characters_in_search_and_data(hostile_build):
    import json

    ws, _ = hostile_build
    records = json.loads((ws / "site" / "data" / "records.json").read_text(encoding="utf-8"))
    hostile = next(r for r in records if r["article"] == "duplikat (salinan)")
    assert hostile["headline"].startswith("Menlu <img src=x onerror=alert(1)>")
    index = json.loads((ws / "site" / "search" / "search_index.json").read_text(encoding="utf-8"))
    titles = [d["title"] for d in index["docs"] if d["location"] == f"briefs/{brief_slug('duplikat (salinan)')}/"]
    # lunr's index holds HTML (Material renders it as such): the characters, escaped once.
    assert titles and "&lt;img src=x onerror=alert(1)&gt;" in titles[0]
    body = " ".join(d["text"] for d in index["docs"] if d["location"].startswith(f"briefs/{brief_slug('duplikat (salinan)')}/"))
    assert "{{ config.site_name }}" in body and "--8&lt;--" in body.replace("--8<--", "--8&lt;--")
    assert "<script>" not in body


@pytest.mark.parametrize("strict, status", [(False, 0), (True, 1)])
def test_build_strict_turns_warnings_into_failure(tmp_path, strict, status):
    ws = make_workspace(tmp_path)
    text = (HOSTILE / "cp1252 quotes.txt").read_bytes()
    (ws / "content" / "articles" / "legacy.txt").write_bytes(text)
    result = run_cli(ws, "--strict" if strict else "--no-strict")
    assert result.exit_code == status, result.output
    assert "legacy.txt: warning: not UTF-8; decoded as cp1252" in result.output
    assert (ws / "site" / "briefs" / "legacy" / "index.html").exists()   # built and published either way


def test_build_warm_rebuild_extracts_only_the_changed_article(tmp_path):
    ws = make_workspace(tmp_path)
    settings = settings_for(ws)
    cold = build(settings)
    assert (cold.extracted, cold.cached) == (5, 0)
    article = sorted((ws / "content" / "articles").glob("*.txt"))[2]
    with article.open("a", encoding="utf-8") as out:
        out.write("\nKedua delegasi dijadwalkan bertemu lagi pada bulan depan.\n")
    warm = build(settings)
    assert (warm.extracted, warm.cached) == (1, 4)
    assert "5 briefs (1 extracted, 4 from cache)" in warm.summary()
    again = build(settings)
    assert (again.extracted, again.cached) == (0, 5)


def test_build_removing_an_article_removes_its_pages(tmp_path):
    ws = make_workspace(tmp_path)
    settings = settings_for(ws)
    build(settings)
    victim = sorted((ws / "content" / "articles").glob("*.txt"))[0]
    slug = brief_slug(victim.stem)
    assert (ws / "build" / "docs" / "briefs" / f"{slug}.md").exists()
    victim.unlink()
    report = build(settings)
    assert report.removed >= 1 and report.articles == 4
    assert not (ws / "build" / "docs" / "briefs" / f"{slug}.md").exists()
    assert not (ws / "site" / "briefs" / slug).exists()


def test_build_register_change_invalidates_the_cache(tmp_path):
    ws = make_workspace(tmp_path)
    settings = settings_for(ws)
    build(settings, mkdocs=False)
    register = sorted((ws / "content" / "register").glob("*.yaml"))
    assert register, "the seed content has a register"
    with register[0].open("a", encoding="utf-8") as out:
        out.write("\n# an editorial note changes the register's digest\n")
    report = build(settings, mkdocs=False)
    assert (report.extracted, report.cached) == (5, 0)


def test_build_corrupt_cache_entries_are_misses_not_errors(tmp_path):
    ws = make_workspace(tmp_path)
    settings = settings_for(ws)
    build(settings, mkdocs=False)
    for entry in (ws / ".cache").rglob("*.json"):
        entry.write_text("{not json", encoding="utf-8")
    report = build(settings, mkdocs=False)
    assert (report.extracted, report.cached, report.errors) == (5, 0, [])


def test_build_failed_mkdocs_leaves_the_previous_site(tmp_path):
    ws = make_workspace(tmp_path)
    build(settings_for(ws))
    before = {p: p.read_bytes() for p in (ws / "site").rglob("*") if p.is_file()}
    (ws / "mkdocs.yml").write_text((ws / "mkdocs.yml").read_text() + "\nnot_a_setting: [\n")
    with pytest.raises(BuildError):
        build(settings_for(ws))
    after = {p: p.read_bytes() for p in (ws / "site").rglob("*") if p.is_file()}
    assert after == before
    assert not list(ws.glob("site.*"))


def site_bytes(site: Path) -> dict[str, bytes]:
    return {str(p.relative_to(site)): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def test_build_killed_midway_leaves_the_previous_site_serving(tmp_path):
    ws = make_workspace(tmp_path)
    build(settings_for(ws))
    before = site_bytes(ws / "site")
    # Make MkDocs slow: a large docs tree of extra pages, so the kill lands while it builds.
    extra = ws / "content" / "articles"
    for i in range(150):
        shutil.copy(sorted(extra.glob("0*.txt"))[i % 5], extra / f"salinan_{i:03d}.txt")
        with (extra / f"salinan_{i:03d}.txt").open("a", encoding="utf-8") as out:
            out.write(f"\nCatatan {i}.\n")
    env = dict(os.environ, CI="1")
    process = subprocess.Popen([sys.executable, "-m", "generator", "build", "--no-pdf"], cwd=ws, env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and not list(ws.glob("site.new-*")):
            assert process.poll() is None, "the build finished before it could be killed"
            time.sleep(0.05)
        assert list(ws.glob("site.new-*")), "MkDocs never started"
        time.sleep(0.5)
    finally:
        os.killpg(process.pid, signal.SIGKILL)    # the build and its MkDocs child, at once
        process.wait()
    assert site_bytes(ws / "site") == before
    # The next build cleans up after the killed one and publishes.
    for path in extra.glob("salinan_*.txt"):
        path.unlink()
    build(settings_for(ws))
    assert not list(ws.glob("site.new-*")) and not list(ws.glob("site.old"))


@pytest.mark.parametrize("seeds", [("1", "2")])
def test_build_twice_gives_byte_identical_sites(tmp_path, seeds):
    """Two builds of seeds + hostile files in separate processes (different hash seeds, cold caches)."""
    sites = []
    for n, seed in enumerate(seeds):
        ws = make_workspace(tmp_path / f"ws{n}", hostile=True)
        env = dict(os.environ, CI="1", PYTHONHASHSEED=seed)
        done = subprocess.run([sys.executable, "-m", "generator", "build", "--no-pdf"], cwd=ws, env=env,
                              capture_output=True, text=True)
        assert done.returncode == 1 and "site written" not in done.stderr   # the bad files fail it
        assert (ws / "site" / "index.html").exists(), done.stderr
        sites.append(site_bytes(ws / "site"))
    assert sites[0].keys() == sites[1].keys()
    differ = [name for name in sites[0] if sites[0][name] != sites[1][name]]
    assert not differ


@pytest.mark.parametrize("date, epoch", [(None, "0"), ("2023-09-13", "1694563200"), ("2024-06", "1717200000"),
                                         ("2022", "1640995200"), ("2023-W37", "1694390400")])
def test_source_date_epoch_follows_the_build_date(date, epoch):
    assert source_date_epoch(date) == epoch


def test_build_parallel_extraction_equals_serial(tmp_path, monkeypatch):
    import generator.build as build_module

    ws = make_workspace(tmp_path)
    serial = build_module.Report()
    articles = build_module.read_all(build_module.discover(ws / "content" / "articles"), serial)
    from generator.lexicon import load_lexicon
    lex = load_lexicon(ws / "content")
    one = build_module.extract_all(articles, lex, settings_for(ws, jobs=1, cache_dir=tmp_path / "c1"), serial)
    monkeypatch.setattr(build_module, "PARALLEL_MIN", 2)
    monkeypatch.setattr(build_module, "CHUNK", 2)
    report = build_module.Report()
    assert build_module.workers(settings_for(ws, jobs=2), len(articles)) == 2
    two = build_module.extract_all(articles, lex, settings_for(ws, jobs=2, cache_dir=tmp_path / "c2"), report)
    assert two == one and report.extracted == len(articles)


@pytest.mark.parametrize("tty, ci, shown", [(True, "", True), (False, "", False), (True, "1", False)])
def test_progress_only_on_a_terminal_outside_ci(monkeypatch, tty, ci, shown):
    import io

    from generator.build import Progress

    class Stream(io.StringIO):
        def isatty(self):
            return tty

    monkeypatch.setenv("CI", ci)
    stream = Stream()
    progress = Progress(100, "extracting", stream=stream)
    for _ in range(100):
        progress.step()
    progress.close()
    assert ("extracting 100/100" in stream.getvalue()) is shown


def test_cache_entries_are_json_not_pickle(tmp_path):
    import json

    ws = make_workspace(tmp_path)
    build(settings_for(ws), mkdocs=False)
    entries = list((ws / ".cache").rglob("*.json"))
    assert len(entries) == 5
    for entry in entries:
        head, rest = entry.read_text(encoding="utf-8").split("\n")      # two lines of JSON (cache.entry_text)
        data = json.loads(head)
        assert isinstance(data["brief"], list) and "text" not in data["article"]
        assert isinstance(json.loads(rest), list) and data["rest"] == len(rest)


def test_recover_restores_the_old_site_and_drops_dead_staging(tmp_path):
    from generator.build import publish, recover

    site = tmp_path / "site"
    (tmp_path / "site.old").mkdir()
    (tmp_path / "site.old" / "index.html").write_text("old")
    dead = tmp_path / "site.new-999999999"       # no such process
    dead.mkdir()
    recover(site)
    assert (site / "index.html").read_text() == "old" and not dead.exists()
    new = tmp_path / "site.new-1"
    new.mkdir()
    (new / "index.html").write_text("new")
    publish(new, site)
    assert (site / "index.html").read_text() == "new" and not new.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


def test_build_no_change_rebuild_lays_out_no_pdf_and_skips_mkdocs(tmp_path):
    """A rebuild with nothing changed takes every PDF from the cache and leaves the published site
    as it is (MkDocs is not run); a changed setting runs both again."""
    ws = make_workspace(tmp_path)
    settings = settings_for(ws, pdf=True)
    cold = build(settings)
    assert cold.pdfs == 6 and cold.pdfs_reused == 0 and not cold.site_reused
    index = ws / "site" / "index.html"
    before = (index.stat().st_mtime_ns, index.read_bytes())
    warm = build(settings)
    assert (warm.pdfs, warm.pdfs_reused, warm.written, warm.site_reused) == (6, 6, 0, True)
    assert "6 PDFs (6 unchanged)" in warm.summary() and "MkDocs not run" in warm.summary()
    assert (index.stat().st_mtime_ns, index.read_bytes()) == before
    retitled = build(settings_for(ws, pdf=True, title="Briefing Lain"))
    assert not retitled.site_reused and retitled.pdfs_reused == 0
    assert "Briefing Lain" in index.read_text(encoding="utf-8")
    shutil.rmtree(ws / "site")
    assert not build(settings_for(ws, pdf=True, title="Briefing Lain")).site_reused   # a missing site is built


def _pid_and_sum(numbers):
    return os.getpid(), sum(numbers)


def _refuse(path):
    raise OSError(28, "No space left on device", path)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the generator is forked on Linux only")
def test_in_child_returns_the_result_and_raises_the_error_of_a_forked_process():
    from generator.fork import in_child
    pid, total = in_child(_pid_and_sum, [1, 2, 3])
    assert total == 6 and pid != os.getpid()
    with pytest.raises(OSError) as caught:
        in_child(_refuse, "build/docs/x.md")
    assert caught.value.errno == 28 and caught.value.filename == "build/docs/x.md"
    assert any("_refuse" in note for note in caught.value.__notes__)     # the child's traceback


def test_build_in_a_forked_generator_equals_one_in_process(tmp_path, monkeypatch):
    import generator.build as build_module

    sites = {}
    for forked in (True, False):
        monkeypatch.setattr(build_module, "separate_generator", lambda forked=forked: forked)
        ws = make_workspace(tmp_path / str(forked))
        timings = {}
        report = build(settings_for(ws), timings=timings)
        assert not report.errors and report.articles > 3 and {"extract", "render", "mkdocs"} <= set(timings)
        sites[forked] = (report.summary(), {p.relative_to(ws / "site").as_posix(): p.read_bytes()
                                            for p in sorted((ws / "site").rglob("*")) if p.is_file()})
    assert sites[True] == sites[False]


def test_extraction_leaves_the_prefilter_store_for_the_next_process(tmp_path, monkeypatch):
    """A worker (a full build's extraction) and the build's own process (a rebuild of a few
    articles) leave cache_dir/prefilter.analyses: the next process takes the furniture rules'
    analyses from it instead of parsing every pattern again (prefilter.known)."""
    from generator import build as build_module, prefilter
    from generator.extract import read_article
    from generator.lexicon import load_lexicon

    root = Path(__file__).resolve().parent.parent
    article = read_article(sorted((root / "content" / "articles").glob("*.txt"))[0])
    lex = load_lexicon(root / "content")
    store = tmp_path / build_module.PREFILTER_ANALYSES
    monkeypatch.setattr(prefilter, "_ANALYSES", {})
    # A worker compiles its patterns through the regexes store for good; this process is no worker.
    monkeypatch.setattr(re._compiler, "compile", re._compiler.compile)
    build_module._init_worker(lex, tmp_path)
    assert not store.exists()
    build_module._extract_chunk([article])
    assert store.exists()
    stored = prefilter.analysed()
    monkeypatch.setattr(prefilter, "_ANALYSES", {})
    assert prefilter.known(store) == stored > 10
    # The build's own process: a miss extracted there rewrites the store when it learnt more.
    store.unlink()
    monkeypatch.setattr(prefilter, "_ANALYSES", {})
    settings = load_settings(root / "content", cache_dir=tmp_path / "cache", docs_dir=tmp_path / "docs",
                             site_dir=tmp_path / "site", pdf=False, jobs=1)
    report = build_module.Report()
    build_module.extract_all([article], load_lexicon(root / "content"), settings, report)   # a fresh process
    assert report.extracted == 1 and (tmp_path / "cache" / build_module.PREFILTER_ANALYSES).exists()


def test_pages_rendered_by_the_pool_equal_pages_rendered_here(tmp_path, monkeypatch):
    """pages.RenderPool (templates rendered and files written in a forked process) gives the docs
    tree, the writer's record and the render cache of rendering every page in this process, on a
    cold build and on a warm one after an article changed (pages sent with their digest taken)."""
    import generator.build as build_module
    from generator import pages, sitebuild

    started = []
    start = pages.RenderPool._start
    monkeypatch.setattr(pages.RenderPool, "_start", lambda self: (started.append(self.site), start(self)))
    monkeypatch.setattr(pages.RenderPool, "MIN_BRIEFS", 0)
    monkeypatch.setattr(pages.RenderPool, "START", 3)
    monkeypatch.setattr(pages.RenderPool, "BATCH", 4)
    monkeypatch.setattr(pages.RenderPool, "AHEAD", 1)
    seen = {}
    for jobs in (2, 1):
        ws = make_workspace(tmp_path / str(jobs))
        rounds = []
        for round_ in range(2):
            if round_:
                article = sorted((ws / "content" / "articles").glob("*.txt"))[0]
                text = article.read_text(encoding="utf-8")
                article.write_text(text.replace(".\n", ".\nMenlu Zorvan Kelmora tiba di Astana pada Senin.\n", 1),
                                   encoding="utf-8")
            report = build_module.Report()
            build_module.generate(settings_for(ws, jobs=jobs), report)
            digests = sitebuild.load_plain((ws / ".cache" / build_module.RENDER_CACHE).read_bytes())
            docs = ws / "build" / "docs"
            rounds.append((site_bytes(docs), report.docs, report.doc_sizes, report.rendered, report.reused, report.written,
                           digests["pages"], sorted(digests["stamps"])))
        seen[jobs] = rounds
        # Forked before extraction on the cold build (no site yet), late on the warm one.
        assert [bool(site) for site in started] == ([False, True] if jobs == 2 else [])
        started.clear()
    assert seen[2] == seen[1]
    assert seen[1][0][3] > 10 and 0 < seen[1][1][3] < seen[1][0][3]      # rendered: all, then a few
    assert seen[1][0][5] > 10 and 0 < seen[1][1][5] < seen[1][0][5]      # written: all, then the changed


def test_the_collector_is_left_as_it_was_after_generating(tmp_path):
    """Decoding cached briefs runs without collections (build.no_collections), and what lives until
    the build ends is frozen out of the collector while it runs (gc.freeze): after generating,
    nothing is frozen and the collector is on, with its threshold, as before; a collector turned
    off by the caller stays off."""
    import gc

    import generator.build as build_module

    ws = make_workspace(tmp_path / "ws")
    before = gc.get_threshold()
    for _ in range(2):                                  # cold (extracted), then warm (decoded)
        build_module.generate(settings_for(ws), build_module.Report())
        assert gc.get_freeze_count() == 0 and gc.isenabled() and gc.get_threshold() == before
    with build_module.no_collections():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with build_module.no_collections():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_what_is_decoded_without_collections_can_be_frozen_before_the_collector_is_on_again():
    """no_collections(freeze=True): what was made meanwhile is frozen before the collector is on
    again, so no collection of the young generation walks it (the first allocation after
    no_collections() would set one off); without it, it is left young, as before."""
    import gc

    import generator.build as build_module

    threshold = gc.get_threshold()
    gc.set_threshold(100_000, 50, 100)          # as while generating: no collection inside the test
    gc.collect()                                # (the young generation's count starts at 0)
    try:
        with build_module.no_collections():
            made = [[i] for i in range(5000)]
        assert gc.get_freeze_count() == 0 and gc.get_count()[0] >= 5000
        with build_module.no_collections(freeze=True):
            kept = [[i] for i in range(5000)]
        assert gc.get_freeze_count() >= 5000 and gc.get_count()[0] < 100 and gc.isenabled()
    finally:
        gc.unfreeze()
        gc.set_threshold(*threshold)
    assert len(made) == len(kept)
