"""Extraction speed on one core: articles/s of `generator.extract.extract` (CPU time, best of several runs).

    python benchmarks/extract_speed.py                # measure, print, rewrite the section in RESULTS.md
    python benchmarks/extract_speed.py --no-write     # measure and print only
    python benchmarks/extract_speed.py --profile news # cProfile of one pass over a set, hottest first
    python benchmarks/extract_speed.py --baseline DIR # also measure the generator of another checkout
                                                      # (e.g. `git worktree add DIR main`), same sets, same run

Two sets: the realistic corpus (`make_corpus.py --style news`, 300 articles of about 3 kB with page
furniture and a long tail of names, written to a temporary folder) and the repository's own
evaluation articles (tests/data/*/articles/*.txt). Each set is read once; the lexicon is loaded and
its patterns compiled by a first extraction outside the timing; then every article of the set is
extracted 5 times (--runs) in a row and the best run's CPU time (time.process_time, this process alone,
one core) gives the figure. The section between the markers in RESULTS.md is rewritten; the rest of
the file is left as it is.
"""
from __future__ import annotations

import argparse
import cProfile
import gc
import json
import os
import pstats
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
# --code DIR: import the generator of another checkout (the baseline a comparison runs in a child).
CODE = Path(sys.argv[sys.argv.index("--code") + 1]).resolve() if "--code" in sys.argv[:-1] else ROOT
sys.path.insert(0, str(CODE))
sys.path.insert(0, str(HERE))

from make_corpus import make_corpus  # noqa: E402

from generator.cache import extractor_digest  # noqa: E402
from generator.extract import extract, read_article  # noqa: E402
from generator.lexicon import load_lexicon  # noqa: E402

from run import machine, put_section  # noqa: E402 - one description of the machine for every benchmark (benchmarks/ is on sys.path)

BEGIN, END = "<!-- extract-speed:begin -->", "<!-- extract-speed:end -->"
NEWS_ARTICLES = 300
RUNS = 5
GOAL = 200


def commit(where: Path = ROOT) -> str:
    try:
        out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=where, capture_output=True, text=True)
        return out.stdout.strip() or "?"
    except OSError:
        return "?"


def sets(tmp: Path) -> dict[str, list[Path]]:
    news = make_corpus(NEWS_ARTICLES, tmp / "news", style="news")
    evaluation = sorted(ROOT.glob("tests/data/*/articles/*.txt"))
    return {"news": news, "evaluation": evaluation}


def measure(paths: list[Path], lex, runs: int) -> dict:
    articles = [read_article(p) for p in paths]
    extract(articles[0], lex)          # compile the lexicon's patterns outside the timing
    times = []
    for _ in range(runs):
        gc.collect()
        clock = time.process_time()
        for article in articles:
            extract(article, lex)
        times.append(time.process_time() - clock)
    best = min(times)
    size = sum(len(a.text.encode("utf-8")) for a in articles) / len(articles)
    return {"articles": len(articles), "kb": size / 1000, "best_s": best, "per_s": len(articles) / best,
            "runs": [len(articles) / t for t in times]}


def profile(paths: list[Path], lex, top: int) -> None:
    articles = [read_article(p) for p in paths]
    extract(articles[0], lex)
    profiler = cProfile.Profile()
    profiler.enable()
    for article in articles:
        extract(article, lex)
    profiler.disable()
    stats = pstats.Stats(profiler)
    stats.sort_stats("cumulative").print_stats(top)
    stats.sort_stats("tottime").print_stats(top)


SET_NAMES = {"news": "realistic corpus (`make_corpus.py --style news`)",
             "evaluation": "evaluation articles (tests/data/*/articles)"}


def section(figures: dict[str, dict], runs: int, baseline: dict | None = None, load: tuple[float, float] | None = None) -> str:
    stamp = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")

    def row(label: str, f: dict) -> str:
        return (f"| {label} | {f['articles']} | {f['kb']:.1f} kB | {f['per_s']:.0f} articles/s | "
                f"{1000 * f['best_s'] / f['articles']:.2f} ms | {min(f['runs']):.0f}–{max(f['runs']):.0f} |")

    rows = []
    for name, f in figures.items():
        rows.append(row(SET_NAMES[name], f))
        if baseline:
            rows.append(row(f"same set, baseline `{baseline['commit']}`", baseline["figures"][name]))
    return "\n".join([
        BEGIN,
        "## Extraction speed on one core (issues 16, 17, 20)",
        "",
        f"`python benchmarks/extract_speed.py` extracts every article of a set {runs} times in one process and "
        "keeps the best run's CPU time (`time.process_time`: one core, this process alone), after a first "
        "extraction that compiles the lexicon's patterns. Goal: at least "
        f"{GOAL} real-size articles/s.",
        "",
        f"Machine: {machine()}. Measured {stamp}, commit `{commit()}`, extractor `{extractor_digest()}`"
        + (f"; the baseline rows are the generator of `{baseline['commit']}` measured in the same run, "
           "on the same articles and register." if baseline else "."),
        "",
        "| set | articles | mean size | best run | per article | all runs (articles/s) |",
        "|---|---:|---:|---:|---:|---:|",
        *rows,
        "",
        "The machine is shared with other work, so single runs vary; the best of several is the figure that "
        "least depends on the neighbours"
        + (f" (load average {load[0]:.1f} when the measurement began, {load[1]:.1f} when it ended)." if load else "."),
        END,
    ])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=RUNS)
    parser.add_argument("--set", choices=sorted(SET_NAMES), help="measure one set only")
    parser.add_argument("--no-write", action="store_true", help="print the figures, leave RESULTS.md as it is")
    parser.add_argument("--profile", choices=sorted(SET_NAMES), help="profile one pass over a set instead")
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--baseline", type=Path, help="a checkout whose generator is measured too (in a child)")
    parser.add_argument("--code", type=Path, help=argparse.SUPPRESS)      # read before the imports above
    parser.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    assert Path(sys.modules["generator"].__file__).resolve().parent.parent == CODE
    lex = load_lexicon(ROOT / "content")
    baseline = None
    started_load = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="extract-speed-") as tmp:
        chosen = sets(Path(tmp))
        if args.profile:
            profile(chosen[args.profile], lex, args.top)
            return
        figures: dict[str, dict] = {}
        for name, paths in chosen.items():
            if args.baseline:     # the baseline first, then this checkout, set by set: the same conditions
                out = subprocess.run([sys.executable, __file__, "--code", str(args.baseline), "--json",
                                      "--runs", str(args.runs), "--set", name], capture_output=True, text=True, check=True)
                baseline = baseline or {"commit": commit(args.baseline), "figures": {}}
                baseline["figures"][name] = json.loads(out.stdout)[name]
            if args.set in (None, name):
                figures[name] = measure(paths, lex, args.runs)
    if args.json:
        print(json.dumps(figures))
        return
    for name, f in figures.items():
        print(f"{name}: {f['articles']} articles, {f['kb']:.1f} kB mean, best {f['per_s']:.0f} articles/s "
              f"(runs: {', '.join(f'{r:.0f}' for r in f['runs'])})")
        if baseline:
            b = baseline["figures"][name]
            print(f"  baseline {baseline['commit']}: best {b['per_s']:.0f} articles/s "
                  f"(runs: {', '.join(f'{r:.0f}' for r in b['runs'])})")
    if not args.no_write:
        put_section(section(figures, args.runs, baseline, (started_load, os.getloadavg()[0])), BEGIN, END)


if __name__ == "__main__":
    main()
