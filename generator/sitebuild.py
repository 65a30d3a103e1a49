"""MkDocs, whole or in part: the site's dependency record, and the merge of a partial build.

A full build runs MkDocs on the whole docs tree. After it, the manifest (`.cache/site.manifest`)
records what the published site was built from and what MkDocs output depends on across pages:
the digest of every docs-tree file, the configuration digest, the pages in MkDocs' order with
their URLs and output files, the nav (titles and URLs: every page carries it), and for every page
its anchors and the pages and anchors it links to.

The next build compares the docs tree just written with that record. The pages whose files
changed (a page's Markdown is everything MkDocs reads of it) are built again, with the nav pages
(their titles are in every page's nav); every other docs file is excluded (`exclude_docs`, set
per file by a plugin of the runner below). The partial output then goes into a copy of the
previous site (hard links: nothing is copied, and the published site is never written to), the
files of removed docs are deleted, and the two whole-site files are merged: Material's
`search/search_index.json` (entries per page, in MkDocs' page order) and `sitemap.xml` (a block
per page, in the same order) with its `.gz`. The result is byte-identical to a full build
(`tests/test_partial.py` compares every file).

A full build is run instead (never a guess) when: there is no manifest, or it is for another site
folder or an older record; the configuration changed (mkdocs.yml, theme overrides, the
environment MkDocs gets apart from the build date, MkDocs/Material/Pagefind versions); the last
build logged a MkDocs warning; more than half the pages changed (a full build is then as quick);
a nav page's title or URL changed; a page that was not rebuilt links to a removed file; a link
into or out of a rebuilt page names an anchor its target no longer has; a plugin adds files of
its own (they may depend on any page); mkdocs.yml has no nav (every page is then in every
page's nav); or a whole-site file does not have the shape the merge expects. A change of the build date (SOURCE_DATE_EPOCH) reaches
only the sitemap's `<lastmod>` and the `.gz` header, which the merge writes for every page.
(`mkdocs build --dirty` is no substitute: it writes a search index of the rebuilt pages only and
keeps nav labels of pages it did not read.)

A full build of a large site runs as two MkDocs processes at once (`run_halves`), each a partial
build of half of the pages (by bytes) plus the nav pages; the halves are joined the same way (the
second half's files beside the first's, the search index and sitemap page by page), anchor links
between the halves are checked at the join, and on any doubt one process builds the whole site.

The MkDocs side runs in its own process, this file run as a script (`command`: as `mkdocs build`
did before): it frees this process's memory for MkDocs, and MkDocs' state is never reused. The
file is loaded by its path, not as `generator.sitebuild`, so that the process does not import the
generator package (whose `__init__` imports the extractor: a tenth of a second of a partial build).
"""
from __future__ import annotations

import contextlib
import functools
import gc
import gzip
import hashlib
import io
import json
import marshal
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zlib
from json.decoder import scanstring
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

MANIFEST_VERSION = 1
SEARCH_INDEX = "search/search_index.json"
SITEMAP, SITEMAP_GZ = "sitemap.xml", "sitemap.xml.gz"
MERGED = (SEARCH_INDEX, SITEMAP, SITEMAP_GZ)
# A partial build past this share of the pages costs as much as a full one.
PARTIAL_MAX_SHARE = 0.5


class MkDocsFailed(RuntimeError):
    """MkDocs could not build; the message is MkDocs' own output."""


# ---------------------------------------------------------------------------------------------
# This process: run the MkDocs process, plan a partial build, merge it, keep the manifest.


# Runs this file by its path as a module of its own (it imports nothing of the generator), then its
# `main` (or `serve_site` with `--serve`) with the arguments that follow.
_RUNNER = ("import importlib.util, sys; spec = importlib.util.spec_from_file_location('briefing_sitebuild', "
           "sys.argv[1]); module = importlib.util.module_from_spec(spec); sys.modules[spec.name] = module; "
           "spec.loader.exec_module(module); sys.exit(module.entry(sys.argv[2:]))")


def command(*args: str) -> list[str]:
    """The command line of the MkDocs process with these arguments (a job file, or `--serve ...`)."""
    return [sys.executable, "-c", _RUNNER, str(Path(__file__).resolve()), *args]


def run(config_file: Path, env: dict[str, str], out_dir: Path, only: set[str] | None, work: Path,
        *, early: tuple | None = None, theme_key: str | None = None) -> dict:
    """Build the site into out_dir with MkDocs (all pages, or `only` these docs files plus the nav
    pages) in a child process; returns its record (pages, nav, anchors, links, warnings).

    `early`: a process `prestart` started for this configuration and folder while the docs tree
    was being written; it is given the job (and the build date, which only now is known) if it
    was started with the same environment apart from SOURCE_DATE_EPOCH, else ended and a new one
    started. `theme_key`: a digest of everything that decides the theme's files (build.site_config:
    mkdocs.yml, the overrides, the MkDocs and Material versions): the list of the theme's static
    files is kept under it in `work` and not listed again while it holds."""
    if early is not None:
        started = _give(early, config_file, env, out_dir, only, theme_key)
        if started is not None:
            return _wait(started)
    return _wait(_start(config_file, env, out_dir, only, work, theme_key=theme_key))


# What the environment of a prestarted MkDocs process may differ in from the build's: the build
# date, which is known only once the briefs are read (MkDocs reads it while it builds, never while
# it loads its configuration).
LATE_ENV = ("SOURCE_DATE_EPOCH",)


def prestart(config_file: Path, env: dict[str, str], out_dir: Path, work: Path) -> tuple:
    """Start an MkDocs process before the docs tree is written: it imports MkDocs, Material and the
    hook and loads the configuration (half of what a partial build of a few pages costs), then
    waits for its job (`run(early=...)`) on its standard input. On a machine with two cores this
    overlaps with the generator. End it with `stop` when it is not used."""
    return _start(config_file, env, out_dir, None, work, wait=True)


def _give(early: tuple, config_file: Path, env: dict[str, str], out_dir: Path, only: set[str] | None,
          theme_key: str | None) -> tuple | None:
    """Hand the job to a prestarted process; None (the process ended) when it cannot take it."""
    process, _output, _job, _record, (started_config, started_out, started_env) = early
    same = lambda e: {k: v for k, v in e.items() if k not in LATE_ENV}   # noqa: E731
    if (started_config, started_out) != (str(config_file), str(out_dir)) or same(started_env) != same(env):
        stop(early)
        return None
    line = json.dumps({"only": sorted(only) if only is not None else None, "theme_key": theme_key,
                       "env": {k: env[k] for k in LATE_ENV if k in env},
                       "unset": [k for k in LATE_ENV if k not in env]})
    try:
        process.stdin.write(line + "\n")
        process.stdin.close()
    except OSError:
        stop(early)
        return None
    return early[:4]


def stop(early: tuple | None) -> None:
    """End a prestarted MkDocs process that is not given a job (a full build, a current site)."""
    if early is None:
        return
    process, output, job, record, _ = early
    if process.poll() is None:
        process.kill()
    process.wait()
    for closing in (process.stdin, output):
        try:
            if closing is not None:
                closing.close()
        except OSError:
            pass
    job.unlink(missing_ok=True)
    record.unlink(missing_ok=True)


def _start(config_file: Path, env: dict[str, str], out_dir: Path, only: set[str] | None, work: Path,
           *, name: str = "", theme: bool = False, wait: bool = False, theme_key: str | None = None) -> tuple:
    """Start the MkDocs process (`theme`: a partial build that still copies the theme's files;
    `wait`: it loads its configuration, then waits for the rest of its job on standard input)."""
    work.mkdir(parents=True, exist_ok=True)
    stem = f"{os.getpid()}{name}{'w' if wait else ''}"
    job, record = work / f"job.{stem}.json", work / f"record.{stem}.json"
    job.write_text(json.dumps({"config_file": str(config_file), "site_dir": str(out_dir),
                               "only": sorted(only) if only is not None else None, "theme": theme,
                               "record": str(record), "templates": str(work / "templates"),
                               "theme_files": str(work / "theme.files"), "theme_key": theme_key,
                               "icons": str(work / "icons.index"),
                               "wait": wait}), encoding="utf-8")
    output = tempfile.TemporaryFile("w+", encoding="utf-8", errors="replace")
    try:
        process = subprocess.Popen(command(str(job)), env=env, stdout=output, stderr=subprocess.STDOUT, text=True,
                                   stdin=subprocess.PIPE if wait else subprocess.DEVNULL)
    except BaseException:
        output.close()
        job.unlink(missing_ok=True)
        raise
    if wait:
        return process, output, job, record, (str(config_file), str(out_dir), dict(env))
    return process, output, job, record


def _wait(started: tuple) -> dict:
    process, output, job, record = started[:4]
    try:
        process.wait()
        output.seek(0)
        text = output.read().strip()
        if process.returncode != 0:
            raise MkDocsFailed(f"mkdocs build failed ({process.returncode}):\n{text}")
        if text:
            print(text, file=sys.stderr)
        return json.loads(record.read_text(encoding="utf-8"))
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        output.close()
        job.unlink(missing_ok=True)
        record.unlink(missing_ok=True)


# ---------------------------------------------------------------------------------------------
# A full build in two MkDocs processes, one per half of the pages, joined into one site.


def split(sizes: dict[str, int]) -> tuple[set[str], set[str]]:
    """The docs files in two halves of about the same Markdown bytes (MkDocs' time follows them):
    the largest page first, each to the lighter half. Every other file (stylesheets, data, PDFs)
    goes to the second half, whose process does not copy the theme's files (the first one does)."""
    halves: tuple[set[str], set[str]] = (set(), set())
    weight = [0, 0]
    for rel in sorted((r for r in sizes if r.endswith(".md")), key=lambda r: (-sizes[r], r)):
        lighter = 0 if weight[0] <= weight[1] else 1
        halves[lighter].add(rel)
        weight[lighter] += sizes[rel]
    halves[1].update(rel for rel in sizes if not rel.endswith(".md"))
    return halves


def half_dir(out_dir: Path) -> Path:
    """Where run_halves has the second half built."""
    return out_dir.with_name(out_dir.name + ".half")


def prestart_halves(config_file: Path, env: dict[str, str], out_dir: Path, work: Path) -> list[tuple]:
    """The two MkDocs processes of a full build in halves (`run_halves(early=...)`), started before
    the docs tree is written: each imports MkDocs, Material and the hook and loads the
    configuration, then waits for its half. End them with `stop` when they are not used."""
    started = [_start(config_file, env, out_dir, None, work, name="a", theme=True, wait=True)]
    try:
        started.append(_start(config_file, env, half_dir(out_dir), None, work, name="b", wait=True))
    except BaseException:
        stop(started[0])
        raise
    return started


def run_halves(config_file: Path, env: dict[str, str], out_dir: Path, sizes: dict[str, int],
               work: Path, *, theme_key: str | None = None, early: list[tuple] | None = None) -> dict | None:
    """A full build into out_dir made by two MkDocs processes at once, each building half of the
    pages (and the nav pages), joined: the second half's files moved in beside the first's, the
    search index and sitemap merged page by page in MkDocs' order. The same site as one process
    makes (tests/test_partial.py compares them byte for byte). None (out_dir left for the caller
    to delete) when the halves cannot stand for a full build: a half failed or logged a warning,
    or a link between the halves names an anchor its target does not have (the checks a single
    process makes); the caller then builds in one process, which reports what is wrong.
    `early`: the two processes `prestart_halves` started for this configuration and out_dir; each
    is given its half (or ended, and a new one started, when it cannot take it)."""
    halves = split(sizes)
    second = half_dir(out_dir)
    shutil.rmtree(second, ignore_errors=True)
    early = list(early) if early is not None else [None, None]

    def start(i: int, target: Path, **kwargs) -> tuple:
        given = _give(early[i], config_file, env, target, halves[i], theme_key) if early[i] is not None else None
        early[i] = None
        return given if given is not None else _start(config_file, env, target, halves[i], work, **kwargs)
    try:
        started = [start(0, out_dir, name="a", theme=True, theme_key=theme_key)]
    except BaseException:
        stop(early[1])
        raise
    try:
        started.append(start(1, second, name="b", theme_key=theme_key))
        records = []
        for one in started:
            try:
                records.append(_wait(one))
            except MkDocsFailed:
                records.append(None)
        if None in records:
            return None
        if not records[0]["partial"]:
            return records[0]                  # a plugin made it build every page: a full build
        return join(records, out_dir, second)
    finally:
        for process, *_ in started:
            if process.poll() is None:
                process.kill()
                process.wait()
        shutil.rmtree(second, ignore_errors=True)


def join(records: list[dict], first: Path, second: Path) -> dict | None:
    """Join two halves' records and sites (run_halves) into the record and site of a full build."""
    a, b = records
    if not b["partial"] or a["warnings"] or b["warnings"]:
        return None
    if any(a[key] != b[key] for key in ("pages", "statics", "nav", "search")):
        return None
    built = set(a["built"]) | set(b["built"])
    if built != {src for src, _, _ in a["pages"]}:
        return None
    joined = {key: a[key] for key in ("pages", "statics", "nav", "search")}
    joined.update(partial=False, warnings=0, built=[src for src, _, _ in a["pages"]])
    for key in ("anchors", "anchor_links", "links"):
        joined[key] = {**b[key], **a[key]}
    for src, targets in joined["anchor_links"].items():        # links between the halves
        for target, wanted in targets.items():
            if target in joined["anchors"] and not set(wanted) <= set(joined["anchors"][target]):
                return None
    merged = {}
    in_a = set(a["built"])
    if joined["search"]:
        merged[SEARCH_INDEX] = _join_search(joined["pages"], in_a, first / SEARCH_INDEX, second / SEARCH_INDEX)
    if (first / SITEMAP).exists():
        sitemap = _join_sitemap(joined["pages"], a["built"], b["built"], first / SITEMAP, second / SITEMAP)
        merged[SITEMAP] = sitemap
        merged[SITEMAP_GZ] = _gzip_like(first / SITEMAP_GZ, sitemap) if sitemap is not None else None
    if any(value is None for value in merged.values()):
        return None
    _move_in(os.fspath(second), os.fspath(first))
    _write_merged(first, merged)
    return joined


def _move_in(source: str, target: str, rel: str = "") -> None:
    """Every file under `source` that `target` does not hold moved in beside the target's (the
    whole-site files, MERGED, left out). A folder the target does not have moves whole, in one
    rename: each page of a half is a folder of its own (`entities/x/index.html`), and making a
    folder in the target for each, then removing the emptied one (on a file system mounted with
    `discard` every removed folder costs a discard), took seconds of the join at 1,000 articles."""
    with os.scandir(source) as listing:
        entries = sorted(listing, key=lambda entry: entry.name)
    for entry in entries:
        name, path = rel + entry.name, os.path.join(target, entry.name)
        if entry.is_dir():
            if not os.path.lexists(path) and not any(m.startswith(name + "/") for m in MERGED):
                os.rename(entry.path, path)
            else:
                _move_in(entry.path, path, name + "/")
        elif entry.is_file() and name not in MERGED and not os.path.exists(path):
            os.replace(entry.path, path)


def _join_search(pages: list, in_first: set[str], first: Path, second: Path) -> bytes | None:
    """The search index of the whole site: each page's entries from the half that built it."""
    try:
        halves = [json.loads(path.read_text(encoding="utf-8")) for path in (first, second)]
    except (OSError, ValueError):
        return None
    if halves[0].get("config") != halves[1].get("config"):
        return None
    groups: list[dict[str, list]] = [{}, {}]
    for group, half in zip(groups, halves):
        for entry in half["docs"]:
            group.setdefault(_page_of(entry["location"]), []).append(entry)
    docs = []
    for src, url, _dest in pages:
        docs += groups[0 if src in in_first else 1].get(url, [])
    data = {"config": halves[0]["config"], "docs": docs}
    return json.dumps(data, separators=(",", ":"), default=str).encode("utf-8")


def _join_sitemap(pages: list, built_first: list[str], built_second: list[str], first: Path,
                  second: Path) -> bytes | None:
    """sitemap.xml of the whole site: a `<url>` block per page, from the half that built it (each
    half's blocks are its built pages in MkDocs' order); without a site_url both list no page."""
    try:
        halves = [_blocks(path.read_text(encoding="utf-8")) for path in (first, second)]
    except OSError:
        return None
    if not halves[0][1] and not halves[1][1]:
        return (halves[0][0] + halves[0][2]).encode("utf-8") if halves[0] == halves[1] else None
    order = {src: i for i, (src, _, _) in enumerate(pages)}
    blocks: dict[str, str] = {}
    for half, built in zip(reversed(halves), (built_second, built_first)):   # the first half's win
        srcs = sorted(built, key=order.__getitem__)
        if len(half[1]) != len(srcs):
            return None
        blocks.update(zip(srcs, half[1]))
    if len(blocks) != len(pages):
        return None
    return (halves[0][0] + "".join(blocks[src] for src, _, _ in pages) + halves[0][2]).encode("utf-8")


# Stores only this program reads back (the manifest; build.py's render cache and dependency index)
# are written in Python's marshal format: at 1,000 news articles (6-8 MB each) 5-7 times quicker to
# write than JSON and a third quicker to read. Plain data only (dicts, lists, strings, numbers,
# booleans, None), as JSON would hold (a tuple would come back a tuple where JSON gives a list:
# none is stored; tests compare a store read back with its JSON round trip). The format belongs to
# one Python version: a store is marked with this one's, and another's is not read (the build
# then does the work again, as without a store).
_PLAIN = b"briefing marshal " + sys.version.encode("utf-8", "replace").replace(b"\n", b" ") + b"\n"


def dump_plain(data) -> bytes:
    """`data` as a store (`load_plain` reads it back)."""
    return _PLAIN + marshal.dumps(data)


def load_plain(raw: bytes):
    """What `dump_plain` stored; ValueError when `raw` is no store of this Python's."""
    if not raw.startswith(_PLAIN):
        raise ValueError("not a store of this Python")
    collecting = gc.isenabled()
    gc.disable()                 # what it reads holds no reference cycles (half the time of reading)
    try:
        return marshal.loads(memoryview(raw)[len(_PLAIN):])
    except (EOFError, TypeError) as error:
        raise ValueError(f"spoilt store: {error}") from None
    finally:
        if collecting:
            gc.enable()


def load_manifest(path: Path) -> dict | None:
    try:
        data = load_plain(path.read_bytes())
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and data.get("version") == MANIFEST_VERSION else None


def save_manifest(path: Path, manifest: dict | None) -> None:
    """Write (or, with None, remove) the manifest; a manifest that cannot be written only costs the
    next build a full MkDocs run."""
    try:
        if manifest is None:
            path.unlink(missing_ok=True)
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        tmp.write_bytes(dump_plain(manifest))
        os.replace(tmp, path)
    except OSError:
        try:
            path.unlink(missing_ok=True)
        except OSError:
            pass


def plan(previous: dict | None, docs: dict[str, str], config: str, site_dir: Path) -> set[str] | None:
    """The docs files to build again, or None when only a full build is safe (module docstring)."""
    if (previous is None or previous.get("site_dir") != str(site_dir) or previous.get("config") != config
            or previous.get("warnings") != 0 or not (site_dir / "index.html").is_file()):
        return None
    before = previous.get("docs") or {}
    changed = {rel for rel, digest in docs.items() if before.get(rel) != digest}
    pages = sum(1 for rel in docs if rel.endswith(".md"))
    if sum(1 for rel in changed if rel.endswith(".md")) > PARTIAL_MAX_SHARE * max(pages, 1):
        return None
    return changed


def manifest_of(record: dict, previous: dict | None, docs: dict[str, str], config: str, epoch: str,
                site_dir: Path) -> dict | None:
    """This build's manifest: the record's fresh facts for the pages it built, the previous
    manifest's for the others (None when a page was neither built nor recorded before)."""
    built = set(record["built"])
    fields = ("anchors", "anchor_links", "links")
    kept = {name: {} for name in fields}
    for src, _url, _dest in record["pages"]:
        source = record if src in built else previous
        if source is None:
            return None
        for name in fields:
            value = source[name].get(src)
            if value is None and src not in built and name == "anchors":
                return None
            if value is not None:
                kept[name][src] = value
    return {"version": MANIFEST_VERSION, "site_dir": str(site_dir), "config": config, "epoch": epoch,
            "docs": docs, "pages": record["pages"], "statics": record["statics"], "nav": record["nav"],
            "warnings": record["warnings"], "search": record["search"], **kept}


def links_hold(previous: dict, record: dict) -> bool:
    """Every link of the site still resolves after a partial build: no page kept from the
    previous site links to a removed file, and every link to an anchor, into or out of a rebuilt
    page, finds it (what MkDocs' validation checks for a full build)."""
    built = set(record["built"])
    present = {src for src, _, _ in record["pages"]} | set(record["statics"])
    removed = ({src for src, _, _ in previous["pages"]} | set(previous["statics"])) - present
    kept = [src for src, _, _ in record["pages"] if src not in built]
    if removed and any(removed.intersection(previous["links"].get(src, ())) for src in kept):
        return False

    def anchors(src: str) -> set[str] | None:
        source = record if src in built else previous
        ids = source["anchors"].get(src)
        return set(ids) if ids is not None else None
    cache: dict[str, set[str] | None] = {}
    for src in record["built"]:                                  # out of rebuilt pages
        for target, wanted in record["anchor_links"].get(src, {}).items():
            if target not in present:
                return False
            ids = cache[target] if target in cache else cache.setdefault(target, anchors(target))
            if ids is not None and not set(wanted) <= ids:
                return False
    for src in kept:                                             # into rebuilt pages
        for target, wanted in previous["anchor_links"].get(src, {}).items():
            if target in built:
                ids = cache[target] if target in cache else cache.setdefault(target, anchors(target))
                if ids is not None and not set(wanted) <= ids:
                    return False
            elif target not in present:
                return False
    return True


def cut_site(site: Path) -> dict:
    """What `merge` reads of a published site, read and cut ahead (while the generator works): its
    search index (text, and its entries per page: _search_runs) and its sitemap's blocks."""
    before: dict = {}
    try:
        text = (site / SEARCH_INDEX).read_text(encoding="utf-8")
        before[SEARCH_INDEX] = (text, _search_runs(text))
    except OSError:
        pass
    try:
        before[SITEMAP] = _blocks((site / SITEMAP).read_text(encoding="utf-8"))
    except OSError:
        pass
    return before


def merge(previous: dict, record: dict, partial: Path, site: Path, staging: Path,
          spare: Path | None = None, *, copy: Path | None = None, before: dict | None = None) -> bool:
    """Make `staging` the site a full build would make: the previous site (hard links; made from
    `spare`, an older site kept for this, when there is one: _link_tree; or `copy`, such a copy
    made while the docs were generated: copy_site), the partial build's files over it, removed
    docs' files deleted, the search index and sitemap merged. False (staging left for the caller
    to delete; `copy` left as it is) when the partial build cannot stand for a full one. `before`:
    cut_site of `site`, taken ahead."""
    if [tuple(n) for n in record["nav"]] != [tuple(n) for n in previous["nav"]]:
        return False                                   # a nav title or URL changed: every page's nav did
    if record["warnings"] or record["search"] != previous["search"] or not links_hold(previous, record):
        return False
    merged = {}
    if record["search"]:
        merged[SEARCH_INDEX] = _merge_search(previous, record, site / SEARCH_INDEX, partial / SEARCH_INDEX,
                                             (before or {}).get(SEARCH_INDEX))
    sitemap = _merge_sitemap(previous, record, site / SITEMAP, partial / SITEMAP, (before or {}).get(SITEMAP))
    if sitemap is not None:
        merged[SITEMAP] = sitemap
        merged[SITEMAP_GZ] = _gzip_like(partial / SITEMAP_GZ, sitemap)
    if any(value is None for value in merged.values()) or (partial / SITEMAP).exists() != (SITEMAP in merged):
        return False
    if copy is not None and copy.is_dir():
        os.replace(copy, staging)
    else:
        _link_tree(site, staging, spare)
    for path in sorted(partial.rglob("*")):
        rel = path.relative_to(partial).as_posix()
        if path.is_file() and rel not in MERGED:
            target = staging / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(path, target)
    dests = {dest for _, _, dest in record["pages"]} | set(record["statics"].values())
    for src, _url, dest in previous["pages"]:
        if dest not in dests:
            _remove(staging, dest)
    for src, dest in previous["statics"].items():
        if dest not in dests:
            _remove(staging, dest)
    _write_merged(staging, merged)
    return True


def _store(path: Path, text: str) -> None:
    """Write a file of the MkDocs process's own cache whole or not at all (a failure only costs the
    next build the work the file saves)."""
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        tmp.unlink(missing_ok=True)


def _write_merged(root: Path, merged: dict[str, bytes]) -> None:
    """The merged files (search index, sitemap) replace their copies under `root` whole."""
    for rel, data in merged.items():
        target = root / rel
        tmp = target.with_name(target.name + ".merge")
        tmp.write_bytes(data)
        os.replace(tmp, target)


def _remove(root: Path, rel: str) -> None:
    path = root / rel
    path.unlink(missing_ok=True)
    for parent in path.parents:                        # drop the folders left empty, as a full build has none
        if parent == root or not parent.is_relative_to(root):
            break
        try:
            parent.rmdir()
        except OSError:
            break


def copy_site(site: Path, target: Path, spare: Path | None = None) -> Path | None:
    """A copy of the published site made of hard links (_link_tree) ahead of a partial build, for
    `merge(copy=...)`; None when it cannot be made. The site does not change until the build
    publishes (the build holds its lock); `put_back` keeps an unused copy as the next spare."""
    if target.exists():
        shutil.rmtree(target)
    try:
        _link_tree(site, target, spare)
    except (OSError, shutil.Error):
        shutil.rmtree(target, ignore_errors=True)
        return None
    return target


def put_back(copy: Path, spare: Path | None) -> None:
    """An unused copy_site becomes the spare again (a later build mirrors it), else is removed."""
    if not copy.exists():
        return
    if spare is not None and not spare.exists():
        try:
            os.replace(copy, spare)
            return
        except OSError:
            pass
    shutil.rmtree(copy, ignore_errors=True)


def _link_tree(source: Path, target: Path, spare: Path | None = None) -> None:
    """A copy of a folder made of hard links (a real copy where the file system refuses them): its
    files are then only ever replaced by rename in the copy, so the source never changes.

    With a `spare` (the site the last publish replaced, build.publish), the spare becomes the copy:
    it is made to mirror the source (_mirror), which costs a walk and the files that differ,
    instead of a folder and a link per page and, after the publish, removing as many folders
    (on a file system mounted with `discard`, 4,000 folders took 15 s to remove)."""
    if spare is not None and spare.is_dir():
        try:
            os.replace(spare, target)
            _mirror(source, target)
            return
        except OSError:
            shutil.rmtree(target, ignore_errors=True)
    try:
        shutil.copytree(source, target, copy_function=os.link, symlinks=True)
    except (OSError, shutil.Error):
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(source, target, symlinks=True)


def _mirror(source: Path, target: Path) -> None:
    """Make `target` hold exactly the folders and files of `source`, each file a hard link to the
    source's (one already linked is left as it is; any other is replaced by rename, never written
    to); what `source` does not hold is removed. An OSError (a link refused, a symbolic link, a
    folder where a file is) leaves the caller to copy instead. One walk over both trees side by
    side, each folder listed once (os.scandir) and each file's and its copy's lstat taken once."""

    def walk(here: str, there: str) -> None:
        with os.scandir(here) as listing:
            entries = list(listing)
        with os.scandir(there) as listing:
            present = {entry.name: entry for entry in listing}
        for entry in entries:
            copy = present.pop(entry.name, None)
            path = os.path.join(there, entry.name)
            if entry.is_symlink():
                raise OSError(f"not a regular file: {entry.path}")
            if entry.is_dir(follow_symlinks=False):
                if copy is None:
                    os.mkdir(path)
                elif copy.is_symlink() or not copy.is_dir(follow_symlinks=False):
                    raise OSError(f"not a folder: {path}")
                walk(entry.path, path)
                continue
            if not entry.is_file(follow_symlinks=False):
                raise OSError(f"not a regular file: {entry.path}")
            if copy is not None and os.path.samestat(entry.stat(follow_symlinks=False), copy.stat(follow_symlinks=False)):
                continue
            tmp = path + ".mirror"
            if os.path.lexists(tmp):
                os.unlink(tmp)
            os.link(entry.path, tmp)
            os.replace(tmp, path)
        for name, copy in present.items():              # what the source does not hold
            path = os.path.join(there, name)
            if copy.is_dir(follow_symlinks=False):
                shutil.rmtree(path)
            else:
                os.unlink(path)

    walk(os.fspath(source), os.fspath(target))


def _page_of(location: str) -> str:
    return location.split("#", 1)[0]


def _merge_search(previous: dict, record: dict, old: Path, new: Path, cut: tuple | None = None) -> bytes | None:
    """Material's search index (`{"config": ..., "docs": [entry, ...]}`, each entry's location a
    page URL with an optional `#anchor`, entries in MkDocs' page order) merged: the rebuilt pages'
    entries from the partial build, the others' from the previous site. Written the way Material
    writes it (json.dumps, compact separators): each page's entries are taken as the text they are
    in their file (_search_runs: the previous site's index is not parsed, at 1,000 articles 14 MB),
    or, when a file is not shaped as expected, parsed and written again. `cut`: the previous index's
    text and its runs, taken ahead (cut_site)."""
    try:
        before_text, after_text = cut[0] if cut else old.read_text(encoding="utf-8"), new.read_text(encoding="utf-8")
    except OSError:
        return None
    before_runs, after_runs = cut[1] if cut else _search_runs(before_text), _search_runs(after_text)
    if before_runs is not None and after_runs is not None and before_runs[0] == after_runs[0]:
        kept, fresh = before_runs[1], after_runs[1]
        built = set(record["built"])
        runs = [(fresh if src in built else kept).get(url) for src, url, _dest in record["pages"]]
        return (after_runs[0] + ",".join(run for run in runs if run) + "]}").encode("utf-8")
    try:
        before, after = json.loads(before_text), json.loads(after_text)
    except ValueError:
        return None
    if before.get("config") != after.get("config"):
        return None
    groups: dict[str, list] = {}
    for entry in before["docs"]:
        groups.setdefault(_page_of(entry["location"]), []).append(entry)
    fresh: dict[str, list] = {}
    for entry in after["docs"]:
        fresh.setdefault(_page_of(entry["location"]), []).append(entry)
    built = set(record["built"])
    docs = []
    for src, url, _dest in record["pages"]:
        docs += fresh.get(url, []) if src in built else groups.get(url, [])
    data = {"config": after["config"], "docs": docs}
    return json.dumps(data, separators=(",", ":"), default=str).encode("utf-8")


# Material writes every entry as an object whose first key is its location. Inside a JSON string
# every `"` is written `\"`, so this text occurs only where an entry begins.
_ENTRY = '{"location":"'
_NEXT_ENTRY = re.compile(re.escape("," + _ENTRY))
_DOCS = ',"docs":['


def _search_runs(text: str) -> tuple[str, dict[str, str], str] | None:
    """A search index cut without parsing its entries: the text up to the first entry (the config
    and `"docs":[`), each page's entries as they are written ({page URL: text}, in file order; a
    page's entries are together), and what follows the last (`]}`). None when the text is not
    shaped that way, or holds a character json.dumps writes escaped (then it is parsed instead)."""
    head = text.find(_DOCS)
    if not text.startswith('{"config":') or head < 0 or not text.endswith("]}") or not text.isascii():
        return None
    head += len(_DOCS)
    body = text[head:-2]
    runs: dict[str, str] = {}
    if not body:
        return text[:head], runs, "]}"
    if not body.startswith(_ENTRY):
        return None
    starts = [0] + [m.start() + 1 for m in _NEXT_ENTRY.finditer(body)]
    page, first = None, 0
    try:
        for start in starts:
            location = scanstring(body, start + len(_ENTRY))[0]
            here = _page_of(location)
            if here != page:
                if page is not None:
                    runs[page] = body[first:start - 1]
                if here in runs:
                    return None                   # a page's entries apart: not the expected shape
                page, first = here, start
    except ValueError:
        return None
    runs[page] = body[first:]
    return text[:head], runs, "]}"


_URL_BLOCK = re.compile(r"\s*<url>.*?</url>", re.S)
_LASTMOD = re.compile(r"<lastmod>[^<]*</lastmod>")


def _blocks(text: str) -> tuple[str, list[str], str]:
    found = list(_URL_BLOCK.finditer(text))
    if not found:
        return text, [], ""
    return text[:found[0].start()], [m.group(0) for m in found], text[found[-1].end():]


def _merge_sitemap(previous: dict, record: dict, old: Path, new: Path, cut: tuple | None = None) -> bytes | None:
    """sitemap.xml has a `<url>` block per page in MkDocs' page order: the previous site's blocks
    belong to the previous manifest's pages, the partial build's to the pages it built. Kept
    blocks take the new build date (`<lastmod>`, the same on every page). Without a `site_url`
    MkDocs lists no page: both are then the same empty sitemap. `cut`: the previous sitemap's blocks,
    taken ahead (cut_site)."""
    if not new.exists():
        return None if old.exists() else b""
    try:
        before, after = cut or _blocks(old.read_text(encoding="utf-8")), _blocks(new.read_text(encoding="utf-8"))
    except OSError:
        return None
    built = [src for src, _, _ in record["pages"] if src in set(record["built"])]
    if not before[1] and not after[1]:
        return (after[0] + after[2]).encode("utf-8") if before == after else None
    if len(before[1]) != len(previous["pages"]) or len(after[1]) != len(built):
        return None
    old_blocks = {src: block for (src, _, _), block in zip(previous["pages"], before[1])}
    new_blocks = dict(zip(built, after[1]))
    lastmods = {m.group(0) for block in after[1] for m in _LASTMOD.finditer(block)}
    if len(lastmods) > 1:
        return None
    lastmod = next(iter(lastmods), None)
    out = []
    for src, url, _dest in record["pages"]:
        block = new_blocks.get(src)
        if block is None:
            block = old_blocks.get(src)
            if block is None or f"{url}</loc>" not in block.replace("&amp;", "&"):
                return None
            if lastmod is not None:
                block = _LASTMOD.sub(lastmod, block)
        out.append(block)
    return (after[0] + "".join(out) + after[2]).encode("utf-8")


def _gzip_like(model: Path, data: bytes) -> bytes | None:
    """data gzipped as MkDocs gzips the sitemap: the header's name and time taken from the
    partial build's own `.gz` (file name and build timestamp)."""
    try:
        head = model.read_bytes()[:10]
    except OSError:
        return None
    if len(head) < 10 or head[:2] != b"\x1f\x8b":
        return None
    buffer = io.BytesIO()
    mtime = int.from_bytes(head[4:8], "little")
    with gzip.GzipFile(fileobj=buffer, filename=str(model), mode="wb", mtime=mtime) as out:
        out.write(data)
    return buffer.getvalue()


def digest(data: str | bytes) -> str:
    return hashlib.sha256(data.encode("utf-8") if isinstance(data, str) else data).hexdigest()


def file_digest(path: Path) -> str:
    """digest() of a file's bytes, read in blocks."""
    with open(path, "rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


# ---------------------------------------------------------------------------------------------
# The MkDocs process: this file run by `command(JOB.json)`.


def _nav_files(nav) -> set[str] | None:
    """Docs files named in mkdocs.yml's nav (None when there is no nav: every page is in it)."""
    if nav is None:
        return None
    found: set[str] = set()

    def walk(item) -> None:
        if isinstance(item, str):
            if not urlsplit(item).scheme and item.endswith(".md"):
                found.add(item.lstrip("/"))
        elif isinstance(item, dict):
            for value in item.values():
                walk(value)
        elif isinstance(item, list):
            for value in item:
                walk(value)
    walk(nav)
    return found


_HREF = re.compile(r'(?:href|src)="([^"]*)"')


def _link_url(folder: str, href: str) -> str | None:
    """The site path a link of a page in `folder` (a URL path ending in `/`) points to, None for
    an external link or an anchor alone: `urljoin(folder, path)` unquoted, without the leading
    `/`. Memoised on the folder the link climbs to (`../../x/` from /entities/kim/ and from
    /entities/lee/ is /x/), since a site's pages share most of their links."""
    path = _link_path(href)
    if path is None:
        return None
    ups = 0
    while path.startswith("../", 3 * ups):
        ups += 1
    if ups:
        folder, path = folder[:-1].rsplit("/", ups)[0] + "/", path[3 * ups:]
    return _joined(folder, path)


@functools.lru_cache(maxsize=65536)
def _link_path(href: str) -> str | None:
    parts = urlsplit(href)
    return None if parts.scheme or parts.netloc or not parts.path else parts.path


@functools.lru_cache(maxsize=65536)
def _joined(folder: str, path: str) -> str:
    return unquote(urljoin(folder, path)).lstrip("/")


def _recorder(only: set[str] | None, record: dict, templates: str | None = None, job_theme: bool = False):
    from mkdocs.plugins import BasePlugin
    from mkdocs.structure.files import InclusionLevel

    class Recorder(BasePlugin):
        """Builds only `only` plus the nav pages (the other docs and theme files excluded), and
        records what the manifest needs. Runs after every other plugin's files event."""

        def on_files(self, files, config):
            docs_dir = os.path.abspath(config["docs_dir"])
            self.by_url: dict[str, str] = {}
            keep = None
            nav = _nav_files(config["nav"])
            if only is not None and nav is not None:
                keep = only | nav
            theme_kept = keep is not None and job_theme
            known = {os.path.abspath(d) for d in config["theme"].dirs} | {docs_dir}
            folders: dict[str, str] = {}       # a file's src_dir -> its absolute path (a handful)

            def folder(src_dir: str) -> str:
                found = folders.get(src_dir)
                if found is None:
                    found = folders[src_dir] = os.path.abspath(src_dir)
                return found
            for file in files:
                if file.generated_by is not None or (file.src_dir and folder(file.src_dir) not in known):
                    keep = None             # a plugin's file may depend on any page: build them all
            record["partial"] = keep is not None
            for file in files:
                ours = bool(file.src_dir) and folder(file.src_dir) == docs_dir
                included = file.inclusion.is_included()
                if ours and included:
                    _note(record, self.by_url, file)
                if keep is not None and included and not (
                        (ours and file.src_uri in keep) or (theme_kept and not ours)):
                    file.inclusion = InclusionLevel.EXCLUDED
            return files

        def on_nav(self, nav, config, files):
            self.nav = nav
            return nav

        def on_env(self, env, config, files):
            # Material's templates compiled once, not on every run (about a second of a partial build).
            if templates:
                import jinja2
                Path(templates).mkdir(parents=True, exist_ok=True)
                env.bytecode_cache = jinja2.FileSystemBytecodeCache(templates)
            return env

        def on_page_content(self, html, page, config, files):
            src = page.file.src_uri
            record["built"].append(src)
            record["anchors"][src] = sorted(page.present_anchor_ids or ())
            links = {target.src_uri: sorted(anchors) for target, anchors in (page.links_to_anchors or {}).items()}
            if links:
                record["anchor_links"][src] = links
            base = "/" + page.url
            folder = base[:base.rfind("/") + 1]
            targets = set()
            for href in set(_HREF.findall(html)):
                url = _link_url(folder, href)
                if url is None:
                    continue
                found = self.by_url.get(url)
                if found is not None and found != src:
                    targets.add(found)
            if targets:
                record["links"][src] = sorted(targets)
            return html

        def on_post_build(self, config):
            record["nav"] = [[p.file.src_uri, p.title, p.url] for p in self.nav.pages]
            record["search"] = (Path(config["site_dir"]) / SEARCH_INDEX).is_file()

    return Recorder()


def _note(record: dict, by_url: dict[str, str], file) -> None:
    """The Recorder's entry for a docs file the build includes: a page (its URL and destination)
    or a static file, and the file under its URL unquoted (links are matched by it)."""
    src, dest, url, plain, page = _taken(file)
    if page:
        record["pages"].append([src, url, dest])
    else:
        record["statics"][src] = dest
    by_url[plain] = src


def _keeper():
    from mkdocs.plugins import BasePlugin, event_priority

    class Keeper(BasePlugin):
        """Keeps MkDocs' memory bounded: MkDocs renders every page before it writes any (so that
        each page can show the whole nav), holding every page's Markdown and HTML at once (about
        1.7 GB at 10,000 articles). Once a page is rendered its source text is dropped (the title
        no longer reads it) and its HTML is kept until the page is written, compressed past the
        first PLAIN bytes held (compressing and decompressing every page was 3 % of MkDocs' time
        at 1,000 news articles, where a half holds about 70 MB); then it is dropped too."""

        PLAIN = 128 * 2**20

        def __init__(self):
            super().__init__()
            self.held: dict[str, bytes | str] = {}
            self.plain = 0          # the memory of the pages held as they are

        @event_priority(-100)       # after every other plugin (the Recorder reads the HTML here)
        def on_page_content(self, html, page, config, files):
            # Title: MkDocs reads page.markdown only while page.content is None (and its being
            # None), so an empty text gives the same title; the HTML comes back in on_page_context.
            page.markdown = ""
            size = sys.getsizeof(html)
            if self.plain + size <= self.PLAIN:
                self.plain += size
                self.held[page.file.src_uri] = html
            else:
                self.held[page.file.src_uri] = zlib.compress(html.encode("utf-8", "surrogatepass"), 1)
            return ""

        @event_priority(100)        # before every other plugin (Material's search reads the HTML here)
        def on_page_context(self, context, page, config, nav):
            held = self.held.pop(page.file.src_uri, None)
            if isinstance(held, str):
                self.plain -= sys.getsizeof(held)
                page.content = held
            elif held is not None:
                page.content = zlib.decompress(held).decode("utf-8", "surrogatepass")
            return context

        @event_priority(-100)
        def on_post_page(self, output, page, config):
            page.content = ""       # written: nothing reads a page's HTML after its own file
            return output

    return Keeper()


def serve_site(root: str, dev_addr: str, watch: str) -> int:
    """`command("--serve", ROOT, "HOST:PORT", WATCH)`: serve the built site in ROOT
    with MkDocs' live-reload server; browsers reload when a file under WATCH changes (the preview
    rewrites a stamp there after each publish). The 404 page is the site's own."""
    import logging

    from mkdocs.livereload import LiveReloadServer

    logger = logging.getLogger("mkdocs")
    logger.setLevel(logging.INFO)
    logger.addHandler(logging.StreamHandler(sys.stderr))
    host, port = dev_addr.rsplit(":", 1)
    Path(watch).mkdir(parents=True, exist_ok=True)
    server = LiveReloadServer(builder=lambda: None, host=host, port=int(port), root=root)

    def error_page(code: int) -> bytes | None:
        try:
            return (Path(root) / f"{code}.html").read_bytes() if code == 404 else None
        except OSError:
            return None
    server.error_handler = error_page
    server.watch(watch)
    try:
        server.serve()
    except KeyboardInterrupt:
        pass
    finally:
        server.shutdown()
    return 0


def main(argv: list[str]) -> int:
    """`mkdocs build --quiet -f CONFIG --site-dir DIR` (strict as mkdocs.yml says), with the Recorder.
    A job with `wait` (prestart) loads the configuration first, then reads the rest of its job, a
    line of JSON, from standard input (nothing: it ends without building)."""
    import logging

    job = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    record: dict = {"pages": [], "statics": {}, "built": [], "anchors": {}, "anchor_links": {}, "links": {},
                    "nav": [], "warnings": 0, "search": False}
    logger = logging.getLogger("mkdocs")
    logger.propagate = False
    # As `mkdocs build --quiet` means to: warnings and errors only. (`mkdocs build --strict --quiet`
    # sets the logger itself to ERROR, so warnings were never emitted and strict mode never failed
    # a build; here strict, from mkdocs.yml, fails on them.) Warnings are also counted: a build
    # that logged one is never the base of a partial build.

    class Count(logging.Handler):
        def emit(self, entry):
            record["warnings"] += 1
    stream = logging.StreamHandler(sys.stderr)
    stream.setFormatter(logging.Formatter("%(levelname)s - %(message)s"))
    logger.addHandler(stream)
    logger.addHandler(Count(logging.WARNING))
    logger.setLevel(logging.WARNING)
    from mkdocs.commands import build as mkdocs_build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    config = failed = None
    # A prestarted process holds what loading logs until it knows whether the load stands: a load
    # that failed is tried again with the job (the docs folder, say, may exist only then), and only
    # that attempt's messages are shown and counted.
    held: list[logging.LogRecord] = []
    hold = _holder(held)
    if job.get("wait"):
        handlers, logger.handlers = logger.handlers, [hold]
    _keep_icon_index(job["config_file"], job.get("icons"))
    try:
        config = load_config(config_file=job["config_file"], site_dir=job["site_dir"])
    except MkDocsException as error:
        failed = error
    early = _list_docs(config) if job.get("wait") and failed is None else None   # (_listed takes it)
    if early is not None:
        _search_language_ahead(config)
    if job.get("wait"):
        logger.handlers = handlers
        for entry in held if failed is None else ():
            logger.handle(entry)
        line = sys.stdin.readline()
        if not line.strip():
            return 0
        job.update(only=(rest := json.loads(line))["only"], theme_key=rest["theme_key"])
        os.environ.update(rest["env"])
        for name in rest["unset"]:
            os.environ.pop(name, None)
        if failed is not None:          # (the docs folder, say, may exist only now): once more
            failed, early = None, None
            try:
                config = load_config(config_file=job["config_file"], site_dir=job["site_dir"])
            except MkDocsException as error:
                failed = error
    only = set(job["only"]) if job["only"] is not None else None
    try:
        if failed is not None:
            raise failed
        config.plugins["briefing-recorder"] = _recorder(only, record, job.get("templates"), bool(job.get("theme")))
        config.plugins["briefing-keeper"] = _keeper()
        config.plugins.on_startup(command="build", dirty=False)
        try:
            with _theme_files(job.get("theme_files"), job.get("theme_key")), _listed(mkdocs_build, config, early), \
                    _documentation_pages():
                mkdocs_build.build(config)
        finally:
            config.plugins.on_shutdown()
    except MkDocsException as error:
        print(error.format_message() if hasattr(error, "format_message") else error, file=sys.stderr)
        return 1
    Path(job["record"]).write_text(json.dumps(record), encoding="utf-8")
    return 0


def _docs_names(docs_dir: str) -> set[str]:
    """Every file under the docs folder, as MkDocs walks it (links followed), relative, with `/`."""
    names = set()
    for folder, _dirs, files in os.walk(docs_dir, followlinks=True):
        rel = os.path.relpath(folder, docs_dir).replace(os.sep, "/")
        prefix = "" if rel == "." else rel + "/"
        names.update(prefix + name for name in files)
    return names


def _holder(held: list):
    """A logging handler that keeps every record it is given in `held`, to be shown (or not) later."""
    import logging

    class Hold(logging.Handler):
        def emit(self, entry):
            held.append(entry)
    return Hold(logging.DEBUG)


def _list_docs(config) -> tuple | None:
    """A prestarted process lists the docs folder as MkDocs' get_files does (a File per docs file,
    the exclusions applied: at 1,000 news articles a third of a partial build's time after its
    job comes) while the generator still writes it: (the Files, what get_files logged). `_listed`
    takes it only when the folder holds the same files when the job comes."""
    import logging

    from mkdocs.structure import files as mkdocs_files

    logged: list = []
    logger = logging.getLogger("mkdocs")
    saved, logger.handlers = logger.handlers, [_holder(logged)]
    try:
        files = mkdocs_files.get_files(config)
    except Exception:             # noqa: BLE001 - listed again when the job comes, as MkDocs does
        return None
    finally:
        logger.handlers = saved
    _take_ahead(files)
    return files, logged


# What the Recorder reads of a docs file, taken ahead (_take_ahead) as an attribute of the File.
_AHEAD = "_briefing_ahead"


def _take_ahead(files) -> None:
    """Reads ahead, in a prestarted process while the generator still works, what the Recorder's
    on_files reads of every docs file once the job comes: its URL as MkDocs makes it (`url`, from
    its `dest_uri`), the URL unquoted, whether it is a page (at 1,000 news articles about 20 ms of
    the job's 0.12 s of CPU, on the rebuild's critical path). MkDocs' own `url` is not cached here:
    a plugin may still set a file's `dest_uri` in its on_files, before MkDocs first reads the URL;
    `_taken` uses what was read ahead only while the file's src_uri, dest_uri and
    use_directory_urls are the very ones it was made from."""
    for file in files:
        try:
            src, dest = file.src_uri, file.dest_uri
            url = file._get_url()           # (MkDocs' `url` property, uncached)
        except Exception:         # noqa: BLE001 - another MkDocs: the Recorder reads it then, as before
            return
        setattr(file, _AHEAD, (src, dest, file.use_directory_urls, url, unquote(url), file.is_documentation_page()))


def _taken(file) -> tuple[str, str, str, str, bool]:
    """(src_uri, dest_uri, url, url unquoted, whether a page) of a docs file: as `_take_ahead`
    read them while they still hold (MkDocs' `url` then cached as what it would make), else read now."""
    ahead = getattr(file, _AHEAD, None)
    if ahead is not None and ahead[0] is file.src_uri and ahead[1] is file.dest_uri \
            and ahead[2] == file.use_directory_urls:
        url = file.__dict__.setdefault("url", ahead[3])
        if url is ahead[3]:
            return ahead[0], ahead[1], url, ahead[4], ahead[5]
    url = file.url
    return file.src_uri, file.dest_uri, url, unquote(url), file.is_documentation_page()


def _search_language_ahead(config) -> None:
    """Material's search plugin, in its on_config, takes the search language the theme's language
    names (`search.config.lang` of partials/language.html) when mkdocs.yml names none: a Jinja
    environment made and the template compiled, about a tenth of a partial build's job. A
    prestarted process takes it ahead, as the plugin does, while the generator still works; the
    plugin then finds it set. Nothing changes for another plugin, or where the value is set."""
    for plugin in config.plugins.values():
        if type(plugin).__module__ != "material.plugins.search.plugin":
            continue
        options = getattr(plugin, "config", None)
        try:
            if options is not None and options.enabled and not options.lang:
                options.lang = [plugin._translate(config, "search.config.lang")]
        except Exception:         # noqa: BLE001 - left to the plugin's on_config, as before
            pass


@contextlib.contextmanager
def _listed(mkdocs_build, config, early: tuple | None):
    """While MkDocs builds, its get_files gives the Files `_list_docs` made ahead when the docs
    folder holds exactly the files they stand for (the same names: a File is made from its name
    and the configuration alone; a file written or removed since, a writer's temporary file seen
    then, a file MkDocs dropped as conflicting with another: listed again), and logs what listing
    logged then. Otherwise MkDocs lists it as usual."""
    original = mkdocs_build.get_files

    def get_files(config_):
        if early is not None and config_ is config:
            files, logged = early
            if {f.src_uri for f in files} == _docs_names(config["docs_dir"]):
                import logging
                logger = logging.getLogger("mkdocs")
                for entry in logged:
                    logger.handle(entry)
                return files
        return original(config_)
    mkdocs_build.get_files = get_files
    try:
        yield
    finally:
        mkdocs_build.get_files = original


@contextlib.contextmanager
def _documentation_pages():
    """MkDocs takes the documentation pages out of its files six times a build (the nav, the
    pages read, the pages built, each theme template's context, the sitemap's date), asking each
    file whether it is a page, then its inclusion level's method: at 4,000 docs files 2-4 ms a pass,
    most of it the level's (an enum's `value` read twice a file), on a partial build's critical
    path. While MkDocs builds here, a pass asks each level once (InclusionLevel's own methods are
    functions of the level alone) and a file whether it is a page only when its level is taken:
    the same files in the same order. Any other `inclusion` is asked as before."""
    from mkdocs.structure.files import Files, InclusionLevel

    original = Files.documentation_pages
    levels = list(InclusionLevel)

    def documentation_pages(self, *, inclusion=InclusionLevel.is_included):
        if getattr(inclusion, "__qualname__", "").partition(".")[0] != "InclusionLevel":
            return original(self, inclusion=inclusion)
        taken = {id(level): bool(inclusion(level)) for level in levels}.get
        return [file for file in self if taken(id(file.inclusion), False) and file.is_documentation_page()]

    Files.documentation_pages = documentation_pages
    try:
        yield
    finally:
        Files.documentation_pages = original


def _keep_icon_index(config_file: str, path: str | None) -> None:
    """Material's emoji index (`pymdownx.emoji` with `material.extensions.emoji.twemoji`, as
    mkdocs.yml configures it) lists every icon file of the theme (about 18,000) in each MkDocs process
    that loads the configuration: a twentieth of a second of a partial build. The icons it found are
    kept at `path` under the versions of Material and pymdownx and the times of the icon folders,
    and the same index is made from them (the same entries in the same order) while those hold.
    Custom icon folders (`custom_icons`) are listed every time, as before; nothing changes when the
    configuration does not name the index or Material's function is not there."""
    try:
        if not path or "material.extensions.emoji" not in Path(config_file).read_text(encoding="utf-8"):
            return
        import material
        import pymdownx
        from material.extensions import emoji as material_emoji
        from pymdownx import twemoji_db
        original = material_emoji._load_twemoji_index
        root = os.path.join(os.path.dirname(material.__file__), "templates", ".icons")
        folders = sorted(entry.path for entry in os.scandir(root) if entry.is_dir())
        key = [getattr(material, "__version__", None), getattr(pymdownx, "__version__", None), root,
               [[folder, os.stat(folder).st_mtime_ns] for folder in [root, *folders]]]
    except (OSError, ImportError, AttributeError):
        return

    @functools.lru_cache(maxsize=None)
    def load_index(paths):
        if paths:
            return original(paths)
        try:
            kept = json.loads(Path(path).read_text(encoding="utf-8"))
            icons = kept["icons"] if kept.get("key") == key else None
        except (OSError, ValueError, AttributeError, KeyError, TypeError):
            icons = None
        if not isinstance(icons, list):
            index = original(paths)
            icons = [[name, entry["path"]] for name, entry in index["emoji"].items()
                     if isinstance(entry, dict) and set(entry) == {"name", "path"}]
            _store(Path(path), json.dumps({"key": key, "icons": icons}))
            return index
        index = {"name": "twemoji", "emoji": twemoji_db.emoji, "aliases": twemoji_db.aliases}
        for name, file in icons:
            if name not in index["emoji"] and name not in index["aliases"]:
                index["emoji"][name] = {"name": name, "path": file}
        return index

    material_emoji._load_twemoji_index = load_index


@contextlib.contextmanager
def _theme_files(path: str | None, key: str | None):
    """MkDocs lists every file of the theme's folders on each build to find its static files (for
    Material, thousands of icons it then filters out: a tenth of a second). With a `key` (a digest
    of everything that decides those files: the configuration, the overrides, the MkDocs and
    Material versions) the list found is kept in `path` and taken from there while the key holds;
    the same files are added in the same order, each still only when the docs do not have it."""
    from mkdocs.structure.files import File, Files

    original = Files.add_files_from_theme
    try:
        kept = json.loads(Path(path).read_text(encoding="utf-8")) if path and key else None
    except (OSError, ValueError):
        kept = None
    found = kept["files"] if isinstance(kept, dict) and kept.get("key") == key else None

    def add_files_from_theme(self, env, config):
        listed = found
        if listed is None:
            theme = Files([])                     # the theme's files, whatever the docs hold
            original(theme, env, config)
            listed = [[file.src_uri, file.src_dir] for file in theme]
            if path and key:
                _store(Path(path), json.dumps({"key": key, "files": listed}))
        for src, folder in listed:
            if self.get_file_from_path(src) is None:
                self.append(File(src, folder, config.site_dir, config.use_directory_urls))

    Files.add_files_from_theme = add_files_from_theme
    try:
        yield
    finally:
        Files.add_files_from_theme = original


def entry(argv: list[str]) -> int:
    if argv[:1] == ["--serve"]:
        return serve_site(*argv[1:4])
    status = main(argv)
    _quick_exit(status)
    return status


def _quick_exit(status: int) -> None:
    """End the MkDocs process without tearing down its interpreter: the record and every page are
    written and closed, and the build waits for this process to end. Freeing MkDocs' and
    Material's objects one by one (a docs file, page and nav entry each for 4,000 files, the
    theme's templates, the modules) cost 0.1-0.2 s of wall time after a partial build's last
    file, on the rebuild's critical path. The exit handlers (logging's flush) still run."""
    import atexit
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    os._exit(status)


if __name__ == "__main__":
    sys.exit(entry(sys.argv[1:]))
