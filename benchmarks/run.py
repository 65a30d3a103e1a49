"""Build synthetic corpora of N articles and write the figures into benchmarks/RESULTS.md.

    python benchmarks/run.py                 # N = 100, 1000, 10000 (10000 takes many minutes)
    python benchmarks/run.py --sizes 100 1000
    python benchmarks/run.py --style news --sizes 1000        # the realistic corpus, with the floor
    python benchmarks/run.py --style news --sizes 10000 --pages-only   # generator alone, no MkDocs

Each size is built cold in a fresh workspace (its own content/, build/docs, site/, .cache/), by a
child process so that its peak memory is its own. Figures per size go into benchmarks/results.json
(kept across runs, so sizes can be measured separately) and the Markdown section between the
markers in RESULTS.md is rewritten from all of them; the rest of RESULTS.md is left as it is.

`--style news` (make_corpus.py's realistic articles) keeps its figures apart (results-news.json, its
own section of RESULTS.md) and measures, in the same run, the floor: MkDocs + Material publishing the
same number of bare pages (the same paths, each a title and one sentence), so that the cost of the
pages we generate reads against what the site machinery costs anyway. It also records the largest
generated page (Markdown and HTML). `--pages-only` generates the pages without MkDocs (for sizes
where a full build would take too long on a shared machine).
"""
from __future__ import annotations

import argparse
import compileall
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
RESULTS_JSON = HERE / "results.json"
RESULTS_NEWS_JSON = HERE / "results-news.json"
RESULTS_MD = HERE / "RESULTS.md"
BEGIN, END = "<!-- speed-and-scale:begin -->", "<!-- speed-and-scale:end -->"
NEWS_BEGIN, NEWS_END = "<!-- realistic-scale:begin -->", "<!-- realistic-scale:end -->"
# Articles timed for single-core extraction throughput (enough to be stable, quick at any N).
THROUGHPUT_SAMPLE = 500

# The measuring child: one build of a workspace, timings and memory as JSON on stdout.
CHILD = r'''
import json, os, resource, sys, time
from pathlib import Path
from generator.build import build
from generator.config import load_settings
ws = Path(sys.argv[1]); search = sys.argv[2]; jobs = int(sys.argv[3])
mkdocs = len(sys.argv) < 5 or sys.argv[4] != "pages-only"
settings = load_settings(ws / "content", docs_dir=ws / "build" / "docs", site_dir=ws / "site",
                         cache_dir=ws / ".cache", config_file=ws / "mkdocs.yml", pdf=False,
                         search=search, jobs=jobs)
timings = {}
load = os.getloadavg()[0]
clock, cpu = time.perf_counter(), time.process_time()
report = build(settings, timings=timings, mkdocs=mkdocs)
timings["total"] = time.perf_counter() - clock
# CPU seconds of this process and of its children (the forked generator, extraction workers,
# MkDocs) over the build,
# and the machine's 1-minute load average before and after: on a shared machine wall time alone
# says as much about the neighbours as about the build.
children = resource.getrusage(resource.RUSAGE_CHILDREN)
timings["cpu"] = time.process_time() - cpu + children.ru_utime + children.ru_stime
timings["cpu_self"] = time.process_time() - cpu
timings["load"] = [load, os.getloadavg()[0]]
# The generator runs in a forked child (build.separate_generator): its peak is report.generator_mb.
self_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
children_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
import generator
from generator.cache import extractor_digest
assert Path(generator.__file__).parent.parent == Path.cwd(), generator.__file__
print(json.dumps({"timings": timings, "summary": report.summary(), "extracted": report.extracted,
                  "extractor": extractor_digest(),
                  "cached": report.cached, "entities": report.entities,
                  "index": report.index, "groups": [report.groups_reused, report.groups_rendered],
                  "self_mb": max(self_kb / 1024, report.generator_mb), "children_mb": children_kb / 1024,
                  "generator_mb": report.generator_mb, "halves": report.site_halves}))
'''

THROUGHPUT = r'''
import json, sys, time
from pathlib import Path
from generator.extract import extract, read_article
from generator.lexicon import load_lexicon
ws = Path(sys.argv[1]); n = int(sys.argv[2])
lex = load_lexicon(ws / "content")
articles = [read_article(p) for p in sorted((ws / "content" / "articles").glob("*.txt"))[:n]]
extract(articles[0], lex)  # compile the lexicon's regexes outside the timing
clock = time.process_time()
for a in articles:
    extract(a, lex)
cpu = time.process_time() - clock
print(json.dumps({"articles": len(articles), "cpu_s": cpu, "per_s": len(articles) / cpu}))
'''


# The floor: MkDocs + Material publishing bare pages at the paths of a generated docs tree (each a
# title and one sentence; the other files, the stylesheet and script, copied as they are), with
# the same mkdocs.yml, theme, plugins and environment, timed like the real build's MkDocs stage.
# With a second argument "stock": the same bare pages, theme, plugins and environment, but the
# mkdocs.yml without its `hooks:` (the project's hook, whose speed-ups of Material make the first
# floor faster too): what stock MkDocs + Material needs for the same pages.
BARE = r'''
import json, re, shutil, subprocess, sys, time
from pathlib import Path
from generator.build import mkdocs_env
from generator.config import load_settings
ws = Path(sys.argv[1]); docs = ws / "build" / "docs"; bare = ws / "bare"
stock = sys.argv[2:] == ["stock"]
shutil.rmtree(bare, ignore_errors=True)
pages = 0
for path in sorted(docs.rglob("*")):
    if not path.is_file():
        continue
    target = bare / "docs" / path.relative_to(docs)
    target.parent.mkdir(parents=True, exist_ok=True)
    if path.suffix == ".md":
        pages += 1
        target.write_text(f"# Halaman {pages}\n\nSebuah halaman tanpa isi lain.\n", encoding="utf-8")
    else:
        shutil.copy(path, target)
config_file = ws / "mkdocs.yml"
if stock:
    text, hooks = re.subn(r"(?m)^hooks:\n(?:[ \t]+-.*\n)+", "", config_file.read_text(encoding="utf-8"))
    assert hooks == 1, "mkdocs.yml: no hooks: list to take out"
    config_file = ws / "mkdocs-stock.yml"
    config_file.write_text(text, encoding="utf-8")
settings = load_settings(ws / "content", docs_dir=bare / "docs", site_dir=bare / "site",
                         cache_dir=ws / ".cache", config_file=config_file, pdf=False)
env = mkdocs_env(settings)
if stock:
    env.pop("BRIEFING_HOOK")
clock = time.perf_counter()
done = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "-f", str(settings.config_file),
                       "--site-dir", str(bare / "site")], env=env, capture_output=True, text=True)
elapsed = time.perf_counter() - clock
if done.returncode:
    sys.exit(done.stdout + done.stderr)
shutil.rmtree(bare, ignore_errors=True)
print(json.dumps({"pages": pages, "mkdocs": elapsed}))
'''


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f", {kb / 1024 / 1024:.0f} GB RAM"
    except (OSError, ValueError, IndexError):
        pass
    return (f"{cpu}, {os.cpu_count()} cores{mem}; {platform.system()} {platform.release()}; "
            f"Python {platform.python_version()}")


def snapshot(root: Path) -> Path:
    """A frozen copy of the generator and its templates: the children import this copy, so a stage
    edited while a long benchmark runs cannot change (and invalidate the cache of) a later build.
    Its modules are compiled once, as an installed package's are: where PYTHONDONTWRITEBYTECODE is
    set (this host), every child would otherwise compile what it imports from source (the MkDocs
    process its hook and sitebuild.py, ~20 ms of CPU a build; a build run as `python -m generator`
    0.2 s)."""
    code = root / "code"
    if not code.exists():
        for name in ("generator", "site_templates"):
            shutil.copytree(ROOT / name, code / name, ignore=shutil.ignore_patterns("__pycache__"))
        compileall.compile_dir(code / "generator", quiet=1)
    return code


def workspace(root: Path, n: int, style: str = "easy") -> Path:
    sys.path.insert(0, str(HERE))
    from make_corpus import make_corpus

    ws = root / f"{style}{n}"
    content = ws / "content"
    content.mkdir(parents=True)
    for name in ("briefing.yml",):
        shutil.copy(ROOT / "content" / name, content / name)
    for folder in ("register", "lang"):
        if (ROOT / "content" / folder).is_dir():
            shutil.copytree(ROOT / "content" / folder, content / folder)
    make_corpus(n, content / "articles", style=style)
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    config = config.replace("custom_dir: site_templates/overrides",
                            f"custom_dir: {snapshot(root) / 'site_templates' / 'overrides'}")
    (ws / "mkdocs.yml").write_text(config, encoding="utf-8")
    return ws


class ChildFailed(RuntimeError):
    pass


def tree_rss_mb(root: int) -> float:
    """Resident memory of a process and all its descendants now (Linux /proc), in MB."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            parents[int(entry.name)] = int(fields[1])
            rss[int(entry.name)] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, IndexError, ValueError):
            continue
    tree, grew = {root}, True
    while grew:
        grew = False
        for pid, parent in parents.items():
            if parent in tree and pid not in tree:
                tree.add(pid)
                grew = True
    return sum(rss.get(pid, 0) for pid in tree) / 2**20


def child(code: str, *args: str, ci: bool = True) -> dict:
    """Run a measuring child; adds the peak resident memory of its whole process tree, sampled
    every 0.2 s (the generator, its extraction workers, MkDocs and Pagefind, as they overlap).
    `ci`: the child runs as under CI (`CI=1`: a one-shot build); False for a workspace an editor
    builds again and again (benchmarks/rebuild.py)."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        frozen = snapshot(Path(args[0]).parent)
        process = subprocess.Popen([sys.executable, "-c", code, *args], stdout=out, stderr=err, text=True,
                                   cwd=frozen, env=_env(frozen, ci))
        peak = 0.0
        while process.poll() is None:
            peak = max(peak, tree_rss_mb(process.pid))
            time.sleep(0.2)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    if process.returncode != 0:
        raise ChildFailed(f"benchmark child failed:\n{stderr[-4000:]}")
    result = json.loads(stdout.strip().splitlines()[-1])
    result["tree_peak_mb"] = peak
    return result


def _env(frozen: Path, ci: bool) -> dict[str, str]:
    env = dict(os.environ, PYTHONPATH=str(frozen))
    if ci:
        env["CI"] = "1"
    else:
        env.pop("CI", None)
    return env


def size_of(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def largest(folder: Path, suffix: str) -> dict:
    """The largest file of a kind under a folder: {"path", "bytes"} (path relative to the folder)."""
    files = [(p.stat().st_size, p) for p in folder.rglob(f"*{suffix}") if p.is_file()]
    if not files:
        return {"path": None, "bytes": 0}
    size, path = max(files)
    return {"path": str(path.relative_to(folder)), "bytes": size}


def measure_news(n: int, root: Path, *, jobs: int, pages_only: bool) -> dict:
    """The realistic corpus: a cold build (or the pages alone), its largest pages, and the floor of
    the same page count measured right after it, in the same run."""
    ws = workspace(root, n, "news")
    print(f"[news N={n}] corpus written; cold {'generation' if pages_only else 'build'}", file=sys.stderr, flush=True)
    args = [str(ws), "material", str(jobs)] + (["pages-only"] if pages_only else [])
    load = os.getloadavg()[0]
    result: dict = {"n": n, "pages_only": pages_only, "cold": child(CHILD, *args)}
    docs = ws / "build" / "docs"
    result["pages"] = sum(1 for _ in docs.rglob("*.md"))
    result["largest_md"] = largest(docs, ".md")
    result["docs_bytes"] = size_of(docs)
    if not pages_only:
        result["largest_html"] = largest(ws / "site", ".html")
        result["site_bytes"] = size_of(ws / "site")
        print(f"[news N={n}] floor: MkDocs + Material on {result['pages']} bare pages", file=sys.stderr, flush=True)
        result["floor"] = child(BARE, str(ws))
        print(f"[news N={n}] stock floor: MkDocs + Material without the project's hook", file=sys.stderr, flush=True)
        result["floor_stock"] = child(BARE, str(ws), "stock")
    # The other work on the machine while this ran (1-minute load average, before and after).
    result["load"] = [round(load, 1), round(os.getloadavg()[0], 1)]
    shutil.rmtree(ws, ignore_errors=True)
    return result


def render_news(results: dict) -> str:
    rows = [results[k] for k in sorted(results, key=lambda k: (int(k.split("-")[0]), k))]
    out = [NEWS_BEGIN, "## Realistic corpus and the floor (issue 20)", "",
           f"Machine: {rows[-1].get('machine', machine())}.  ",
           "`python benchmarks/run.py --style news --sizes N` (`make_corpus.py --style news`: 3.2 kB articles with "
           "furniture, quotes and dates, a long tail of names), built cold with `--no-pdf` and Material search. "
           "The floor is MkDocs + Material publishing the same number of bare pages (the same paths and "
           "mkdocs.yml, each page a title and one sentence), measured in the same run right after the build. "
           "It builds with the project's mkdocs.yml, hook included, so the hook's speed-ups of Material "
           "(translations memo, search attributes) make it faster too. The stock floor, measured right after "
           "it in the same run: the same bare pages, theme, plugins and environment through stock MkDocs + "
           "Material, the mkdocs.yml without its `hooks:` (rows before it was measured show –). "
           "Largest page: the biggest generated Markdown file and the biggest HTML page of the site.", "",
           "| N | measured | pages | entities | cold build | generator | MkDocs | floor (bare pages) | "
           "build / floor | stock floor (no hook) | build / stock floor | peak memory (all processes) | "
           "largest Markdown page | largest HTML page |",
           "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |"]
    for r in rows:
        t = r["cold"]["timings"]
        md, html = r["largest_md"], r.get("largest_html")
        floor, stock = r.get("floor"), r.get("floor_stock")
        out.append(" | ".join([
            f"| {r['n']:,}" + (f" ({r['note']})" if r.get("note") else ""),
            f"{r.get('measured', '')}, `{r.get('commit', '')}`"
            + (f", load {r['load'][0]:g}–{r['load'][1]:g}" if r.get("load") else ""), f"{r['pages']:,}", f"{r['cold']['entities']:,}",
            "pages only" if r["pages_only"] else f"{t['total']:.1f} s", f"{t['generate']:.1f} s",
            "–" if r["pages_only"] else f"{t['mkdocs']:.1f} s",
            f"{floor['mkdocs']:.1f} s" if floor else "–",
            f"{t['total'] / floor['mkdocs']:.1f}×" if floor else "–",
            f"{stock['mkdocs']:.1f} s" if stock else "–",
            f"{t['total'] / stock['mkdocs']:.1f}×" if stock else "–",
            f"{r['cold'].get('tree_peak_mb', 0):,.0f} MB (generator {r['cold']['self_mb']:,.0f})",
            f"{mb(md['bytes'])} (`{md['path']}`)",
            f"{mb(html['bytes'])} (`{html['path']}`)" if html else "–"]) + " |")
    out += ["", NEWS_END]
    return "\n".join(out)


def put_section(section: str, begin: str, end: str, *, after: str | None = None) -> None:
    """Rewrite the part of RESULTS.md between the markers `begin` and `end` (which `section` carries);
    a first section goes right after the marker `after` when the file has it, else at the end."""
    text = RESULTS_MD.read_text(encoding="utf-8") if RESULTS_MD.exists() else "# Benchmark results\n\n"
    if begin in text and end in text:
        text = text[:text.index(begin)] + section + text[text.index(end) + len(end):]
    elif after is not None and after in text:
        text = text.replace(after, after + "\n\n" + section, 1)
    else:
        text = text.rstrip("\n") + "\n\n" + section + "\n"
    RESULTS_MD.write_text(text, encoding="utf-8")


def write_news_results(results: dict) -> None:
    RESULTS_NEWS_JSON.write_text(json.dumps(results, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    put_section(render_news(results), NEWS_BEGIN, NEWS_END, after=END)


def measure(n: int, root: Path, *, warm: bool, pagefind: bool, jobs: int) -> dict:
    ws = workspace(root, n)
    print(f"[N={n}] corpus written; timing extraction", file=sys.stderr, flush=True)
    result: dict = {"n": n, "throughput": child(THROUGHPUT, str(ws), str(min(n, THROUGHPUT_SAMPLE)))}
    print(f"[N={n}] cold build", file=sys.stderr, flush=True)
    result["cold"] = child(CHILD, str(ws), "material", str(jobs))
    site = ws / "site"
    result["site_bytes"] = size_of(site)
    result["search_index_bytes"] = size_of(site / "search" / "search_index.json")
    result["docs_bytes"] = size_of(ws / "build" / "docs")
    if warm:
        article = sorted((ws / "content" / "articles").glob("*.txt"))[n // 2]
        with article.open("a", encoding="utf-8") as out:
            out.write("Kedua delegasi dijadwalkan bertemu lagi pada bulan depan.\n")
        print(f"[N={n}] warm build (one article changed)", file=sys.stderr, flush=True)
        result["warm"] = child(CHILD, str(ws), "material", str(jobs))
    if pagefind:
        print(f"[N={n}] pagefind build", file=sys.stderr, flush=True)
        try:
            result["pagefind"] = child(CHILD, str(ws), "pagefind", str(jobs))
        except ChildFailed as error:
            print(error, file=sys.stderr)
            shutil.rmtree(ws, ignore_errors=True)
            return result
        result["pagefind_bytes"] = size_of(site / "pagefind")
        fragments = list((site / "pagefind").glob("index/*.pf_index"))
        result["pagefind_index_chunks"] = len(fragments)
        result["pagefind_largest_chunk_bytes"] = max((p.stat().st_size for p in fragments), default=0)
        result["pagefind_entry_bytes"] = sum(size_of(p) for p in (site / "pagefind").glob("pagefind*.js")) + \
            sum(size_of(p) for p in (site / "pagefind").glob("*.pf_meta")) + \
            sum(size_of(p) for p in (site / "pagefind").glob("wasm.*"))
    shutil.rmtree(ws, ignore_errors=True)
    return result


def mb(n: float) -> str:
    return f"{n / 1e6:.1f} MB" if n >= 1e5 else f"{n / 1e3:.0f} kB"


def render(results: dict) -> str:
    rows = [results[k] for k in sorted(results, key=int)]
    out = [BEGIN, "## Speed and scale (issue 11)", "",
           f"Machine: {results[str(rows[-1]['n'])].get('machine', machine())}.  ",
           "Synthetic corpora from `benchmarks/make_corpus.py`, built with `--no-pdf`, Material search; "
           "`python benchmarks/run.py` reproduces these. Generator = everything outside MkDocs "
           "(read, extract, resolve, render, write).", "",
           "| N | extraction, 1 core | generator | of which extract | of which render | MkDocs | total "
           "| generator share | peak memory (all processes) | site | search index |",
           "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for r in rows:
        c = r["cold"]
        t = c["timings"]
        share = t["generate"] / t["total"]
        out.append(f"| {r['n']:,} | {r['throughput']['per_s']:.0f} articles/s | {t['generate']:.1f} s | "
                   f"{t['extract']:.1f} s | {t['render']:.1f} s | {t['mkdocs']:.1f} s | {t['total']:.1f} s | "
                   f"{share:.0%} | {c.get('tree_peak_mb', 0):,.0f} MB (generator {c['self_mb']:,.0f}) | "
                   f"{mb(r['site_bytes'])} | "
                   f"{mb(r['search_index_bytes'])} |")
    out += ["", "Each size is measured separately; the extraction stages changed during the day, so rows can "
            "come from different extractor versions (`generator.cache.extractor_digest`): "
            + ", ".join(f"{r['n']:,}: `{r['cold'].get('extractor', 'not recorded')}`" for r in rows) + "."]
    warm = [r for r in rows if "warm" in r]
    if warm:
        out += ["", "Warm rebuild after changing one article (cache on):", "",
                "| N | summary line | generator, warm | generator, cold | warm / cold | total, warm |",
                "| ---: | --- | ---: | ---: | ---: | ---: |"]
        for r in warm:
            w, c = r["warm"]["timings"], r["cold"]["timings"]
            out.append(f"| {r['n']:,} | {r['warm']['summary'].split(';')[0]} | {w['generate']:.2f} s | "
                       f"{c['generate']:.1f} s | {w['generate'] / c['generate']:.1%} | {w['total']:.1f} s |")
    pf = [r for r in rows if "pagefind" in r]
    if pf:
        out += ["", "Search at scale: Material's lunr index (one JSON file every reader downloads before the "
                "first result) against Pagefind (`search: pagefind`; a reader downloads the entry files and "
                "then only the index chunks a query needs):", "",
                "| N | Material search_index.json | Pagefind total on disk | Pagefind entry files | "
                "index chunks (largest) | Pagefind indexing time | peak memory, build with Pagefind |",
                "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
        for r in pf:
            out.append(f"| {r['n']:,} | {mb(r['search_index_bytes'])} | {mb(r['pagefind_bytes'])} | "
                       f"{mb(r['pagefind_entry_bytes'])} | {r['pagefind_index_chunks']} "
                       f"({mb(r['pagefind_largest_chunk_bytes'])}) | "
                       f"{r['pagefind']['timings'].get('pagefind', 0):.1f} s | "
                       f"{r['pagefind'].get('tree_peak_mb', 0):,.0f} MB |")
    out += ["", "Goals (issue 11), read from the figures above:", ""]
    out += goals(results)
    out += ["", END]
    return "\n".join(out)


def rendered_clause(summary: str) -> str:
    """'4 pages rendered (1282 unchanged)' out of a build's summary line."""
    import re
    found = re.search(r"\d+ pages rendered \(\d+ unchanged\)", summary)
    return found.group(0) if found else "pages rendered: not recorded"


def goals(results: dict) -> list[str]:
    lines = []
    per_core = min(r["throughput"]["per_s"] for r in results.values())
    lines.append(f"- Extraction on one core: at least {per_core:.0f} articles/s (goal 200): "
                 f"{'met' if per_core >= 200 else 'not met'}.")
    if "1000" in results:
        t = results["1000"]["cold"]["timings"]
        share = t["generate"] / t["total"]
        lines.append(f"- Generator share at 1,000: {share:.0%} (goal 25%): {'met' if share <= 0.25 else 'not met'}; "
                     f"rendering pages (pages.py) is {t['render']:.1f} s of the generator's {t['generate']:.1f} s, "
                     f"extraction {t['extract']:.1f} s.")
        if "warm" in results["1000"]:
            w = results["1000"]["warm"]["timings"]
            ratio = w["generate"] / t["generate"]
            lines.append(f"- Warm rebuild at 1,000: generator {ratio:.0%} of cold (goal 5%): "
                         f"{'met' if ratio < 0.05 else 'not met'}; extraction drops to {w['extract']:.2f} s "
                         f"(one article extracted, every other record decoded from the cache) and only the "
                         f"pages whose inputs changed are rendered ({rendered_clause(results['1000']['warm']['summary'])}), "
                         f"but rendering still takes {w['render']:.1f} s: every page's view model is built and "
                         "hashed to prove it unchanged (a page's inputs reach across the catalog: related briefs, "
                         "partners, neighbourhood pictures), and reading that from a dependency index instead "
                         "is the next step.")
    if "10000" in results:
        r = results["10000"]
        peak = r["cold"].get("tree_peak_mb", 0)
        lines.append(f"- Peak memory at 10,000: {peak:,.0f} MB for the whole build (goal 2 GB): "
                     f"{'met' if peak < 2048 else 'not met'}"
                     + (f"; with Pagefind {r['pagefind'].get('tree_peak_mb', 0):,.0f} MB (the Pagefind binary "
                        "indexing 10,000 full pages)." if "pagefind" in r else "."))
        t = r["cold"]["timings"]
        if "1000" in results:
            small = results["1000"]["cold"]["timings"]["render"]
            growth = t["render"] / small
            lines.append(f"- Page generation: rendering takes {small:.1f} s at 1,000 and {t['render']:.0f} s at "
                         f"10,000 ({growth:.0f}x for 10x the articles): "
                         + ("linear within noise." if growth <= 13 else
                            "not linear; the pages whose size grows with the collection are the cause."))
        lines.append(f"- Search: Material's index is {mb(r['search_index_bytes'])} at 10,000, which every reader "
                     "downloads before a first result; Pagefind loads its entry files and the index chunks a "
                     "query needs (sizes above), so `search: pagefind` is the setting for large collections.")
    return lines


def write_results(results: dict) -> None:
    RESULTS_JSON.write_text(json.dumps(results, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    put_section(render(results), BEGIN, END)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000])
    parser.add_argument("--jobs", type=int, default=0, help="extraction processes (0 = one per core)")
    parser.add_argument("--no-pagefind", action="store_true")
    parser.add_argument("--style", choices=("easy", "news"), default="easy",
                        help="news: the realistic corpus, with the bare-page floor and the largest pages")
    parser.add_argument("--pages-only", action="store_true", help="news style: generate the pages, no MkDocs")
    parser.add_argument("--note", default="", help="news style: a word kept with the row (e.g. the code measured)")
    args = parser.parse_args()
    if args.style == "news":
        results = json.loads(RESULTS_NEWS_JSON.read_text()) if RESULTS_NEWS_JSON.exists() else {}
        with tempfile.TemporaryDirectory(prefix="briefing-bench-") as tmp:
            for n in args.sizes:
                started = time.time()
                result = measure_news(n, Path(tmp), jobs=args.jobs, pages_only=args.pages_only)
                result["machine"] = machine()
                result["measured"] = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
                result["commit"] = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT,
                                                  capture_output=True, text=True).stdout.strip()
                result["note"] = args.note
                key = "-".join(filter(None, [str(n), "pages" if args.pages_only else "", args.note]))
                results[key] = result
                write_news_results(results)
                print(f"[news N={n}] done in {time.time() - started:.0f} s", file=sys.stderr, flush=True)
        return
    results = json.loads(RESULTS_JSON.read_text()) if RESULTS_JSON.exists() else {}
    with tempfile.TemporaryDirectory(prefix="briefing-bench-") as tmp:
        for n in args.sizes:
            started = time.time()
            # Warm rebuilds are measured at 1,000 (the goal's size); at 10,000 a stage edited by
            # someone during the long cold build would invalidate the cache and void the figure.
            result = measure(n, Path(tmp), warm=1000 <= n < 5000, pagefind=n >= 1000 and not args.no_pagefind,
                             jobs=args.jobs)
            result["machine"] = machine()
            result["measured"] = time.strftime("%Y-%m-%d")
            results[str(n)] = result
            write_results(results)
            print(f"[N={n}] done in {time.time() - started:.0f} s", file=sys.stderr, flush=True)


if __name__ == "__main__":
    main()
