"""The imperative shell: discover articles, extract, resolve, render, write, run MkDocs, publish.

The only module that touches the file system apart from `read_article`. A bad article becomes a
Problem and the rest still builds; the new site replaces the old one only when the whole build
succeeded (built into a sibling folder, then swapped in with renames).
"""
from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import errno
import gc
import html
import hashlib
import json
import multiprocessing
import os
import shutil
import subprocess
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from .cache import BriefCache
from .config import Settings
from .document import letter_words
from .extract import STOPPED, ArticleError, extract, name_problem, printable_path, read_article
from .lexicon import Lexicon, LexiconError, load_lexicon
from .model import Article, Brief, Catalog, Problem
from .pages import (TEMPLATES, RenderCache, RenderPool, cooccurrence_state, formatted_context, formatted_dates,
                    keep_formatted, render_pages, sort_key)
from .resolve import catalog_from_state, resolution_input, resolution_state, resolve
from .sources import content_files
from . import depindex, files, fork, prefilter, regexes, sitebuild


class BuildError(RuntimeError):
    """The site could not be built at all (bad register, MkDocs failed); nothing was published."""


@dataclass
class Report:
    """What a build did, for the summary line and the exit status."""

    problems: list[Problem] = field(default_factory=list)
    articles: int = 0
    extracted: int = 0
    cached: int = 0
    entities: int = 0
    written: int = 0
    removed: int = 0
    rendered: int = 0          # pages rendered from templates (the rest reused from the last build)
    reused: int = 0
    pdfs: int = 0              # PDF briefs and dossier made
    pdfs_reused: int = 0       # of which taken from the PDF cache (inputs unchanged)
    site_inputs: str = ""      # digest of everything MkDocs reads (site_inputs)
    site_reused: bool = False  # MkDocs not run: the published site was built from the same inputs
    docs: dict[str, str] = field(default_factory=dict)   # docs-tree file → digest of its bytes
    doc_sizes: dict[str, int] = field(default_factory=dict)   # docs-tree file → its length in bytes
    site_pages: int = 0        # pages MkDocs built (all of them, or the changed ones and the nav pages)
    site_partial: bool = False  # MkDocs built only those, merged into the previous site (sitebuild.py)
    # The dependency index (depindex.py): "used", or why every page group was rendered; the groups
    # (a brief's page, an entity's pages) taken from the last build and those rendered.
    index: str = ""
    groups_reused: int = 0
    groups_rendered: int = 0
    site_halves: bool = False   # a full build made by two MkDocs processes, one per half of the pages
    generator_mb: float = 0.0   # peak resident memory of the process that generated the docs tree (benchmarks)
    resolution: str = ""        # "kept": the last build's resolution, no brief gave resolve anything new; or "resolved"

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "warning"]

    def summary(self) -> str:
        # `briefing pdf` renders no page: its line says what it made instead.
        pages = (f"{self.rendered} pages rendered ({self.reused} unchanged), "
                 if self.rendered or self.reused else "")
        pdfs = f"{self.pdfs} PDFs ({self.pdfs_reused} unchanged), " if self.pdfs else ""
        pages = pages + ("site unchanged (MkDocs not run), " if self.site_reused else "")
        pages = pages + (f"MkDocs rebuilt {self.site_pages} pages, " if self.site_partial else "")
        return (f"{self.articles} briefs ({self.extracted} extracted, {self.cached} from cache), "
                f"{self.entities} entities, {pages}{pdfs}"
                f"{self.written} files written, {self.removed} removed; "
                f"{len(self.errors)} errors, {len(self.warnings)} warnings")


def discover(articles_dir: Path, report: "Report | None" = None) -> list[Path]:
    """Article files in a stable order (`*.txt`, any name: spaces, brackets, non-ASCII letters).

    Only regular files inside the folder (sources.content_files): links, hidden files, folders
    and FIFOs named `*.txt` become Problems on `report`, never read and never silently skipped."""
    files, refused = content_files(articles_dir, ".txt")
    if report is not None:
        report.problems += [Problem(str(r.path), "read", r.reason, severity=r.severity) for r in refused]
    return files


def read_all(paths: list[Path], report: Report) -> list:
    """Read every article; unreadable ones and duplicates of an earlier file become Problems."""
    articles, seen = [], {}
    for path in paths:
        try:
            article = read_article(path)
        except ArticleError as error:
            report.problems.append(Problem(printable_path(path), "read", str(error)))
            continue
        except OSError as error:
            report.problems.append(Problem(printable_path(path), "read", f"cannot be read: {error.strerror or error}"))
            continue
        problem = name_problem(path)
        if problem:
            report.problems.append(Problem(article.path, "read", problem, severity="warning"))
        digest = hashlib.sha256(article.text.encode("utf-8")).hexdigest()
        if digest in seen:
            report.problems.append(Problem(article.path, "read", f"same text as {seen[digest]}; built once",
                                           severity="warning"))
            continue
        seen[digest] = Path(article.path).name
        articles.append(article)
    return articles


# Extraction runs in worker processes only when there is enough to extract: starting a pool and
# shipping the lexicon costs about a second, which 200 articles (~1 s of work at ~200/s) repay.
PARALLEL_MIN = 200
# Articles handed to a worker at a time: large enough to amortise pickling, small enough that
# progress moves and the cores finish together.
CHUNK = 25
# Language check: at least this many words, of which under this share are Indonesian function
# words (Indonesian news prose has 15-30 %; English prose near 0 %).
LANGUAGE_MIN_WORDS, LANGUAGE_MIN_SHARE = 40, 0.04
# Capitalised "function words" the lexicon lists that are English, not Indonesian (titles and
# headline words in English names); they must not count as evidence of Indonesian.
_ENGLISH = frozenset({"the", "a", "an", "of", "and", "in", "on", "at", "mr", "mrs", "ms"})


def indonesian_words(lex: Lexicon) -> frozenset[str]:
    """Common Indonesian words from the language data: function words, date prepositions, cue verbs."""
    known = {w.lower() for w in lex.words("function_words", "capitalised")}
    known |= {w.lower() for w in lex.words("calendar", "date_prepositions")}
    known |= {w.lower() for w in lex.words("speech", "cues_after") + lex.words("speech", "cues_before")}
    return frozenset(known - _ENGLISH)


def _language_problem(article: Article, known: frozenset[str]) -> Problem | None:
    """A warning when an article does not read as Indonesian (it is still built)."""
    words = letter_words(article.text[:20_000].lower())
    if len(words) < LANGUAGE_MIN_WORDS:
        return None
    share = sum(1 for w in words if w in known) / len(words)
    if share >= LANGUAGE_MIN_SHARE:
        return None
    return Problem(article.path, "read", f"does not read as Indonesian ({share:.0%} of {len(words)} words are "
                   "common Indonesian words); built, but expect few facts", severity="warning")


def _language_problem_of(article: Article, key: str, checked: dict[str, str | None],
                         known: frozenset[str]) -> Problem | None:
    """The language check's warning for an article, as the last build found it for the same cache
    key (`checked`), else checked now."""
    if key in checked:
        message = checked[key]
        return Problem(article.path, "read", message, severity="warning") if message else None
    return _language_problem(article, known)


@contextlib.contextmanager
def no_collections(*, freeze: bool = False):
    """No garbage collection meanwhile (what runs makes no reference cycles: decoding cached briefs,
    about a third of whose time collections took, walking objects that all stay alive).

    `freeze`: what was made meanwhile lives until the caller's gc.unfreeze (gc.freeze before the
    collector is on again): else the first allocation after it sets off a collection of the young
    generation, which walks every object made meanwhile once (~0.05 s for 1,000 decoded briefs)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if freeze:
            gc.freeze()
        if enabled:
            gc.enable()


_WORKER: tuple[Lexicon, BriefCache] | None = None


def _init_worker(lex: Lexicon, cache_root: Path) -> None:
    global _WORKER, _ANALYSED  # noqa: PLW0603 - one lexicon and cache per worker process, set once by the pool
    _WORKER = (lex, BriefCache(cache_root, lex.digest))
    prefilter.known(cache_root / PREFILTER_ANALYSES)
    _ANALYSED = prefilter.analysed()
    regexes.known(cache_root / REGEX_STORE)
    regexes.install()            # this process only extracts: patterns compile through the store
    global _COMPILED  # noqa: PLW0603
    _COMPILED = regexes.added()  # (a forked worker: what its parent compiled, the parent stored)


# Patterns the worker's store of prefilter analyses held when it last wrote it (or read it), and
# the patterns it had compiled when it last wrote the store of compiled patterns.
_ANALYSED = 0
_COMPILED = 0


def _extract_chunk(articles: list[Article]) -> list[Brief | str]:
    """Extract and cache a chunk in a worker (the JSON encoding runs in parallel too). A brief
    comes back as its cache entry's text where it has one (`BriefCache.decoded` reads it: a
    third of the time unpickling the brief took the parent, which does it while the workers
    extract, and no pickling here), else as the Brief."""
    assert _WORKER is not None
    lex, cache = _WORKER
    briefs: list[Brief | str] = []
    for article in articles:
        brief = extract(article, lex)
        briefs.append(cache.put(brief) or brief)
    global _ANALYSED  # noqa: PLW0603
    if prefilter.analysed() > _ANALYSED:
        # A full build leaves the store too, so the first rebuild after it does not parse the
        # rules again (the workers write the same analyses of the same patterns; the last wins).
        prefilter.remember(cache.root.parent / PREFILTER_ANALYSES)
        _ANALYSED = prefilter.analysed()
    global _COMPILED  # noqa: PLW0603
    if regexes.added() > _COMPILED:
        regexes.remember(cache.root.parent / REGEX_STORE)
        _COMPILED = regexes.added()
    return briefs


class Progress:
    """`extracting 120/1000` on one rewritten line, only when stderr is a terminal (quiet in CI)."""

    def __init__(self, total: int, label: str, *, stream=None):
        self.stream = stream or sys.stderr
        self.total, self.label, self.done, self.last = total, label, 0, 0.0
        self.on = total >= 50 and self.stream.isatty() and not os.environ.get("CI")

    def step(self, n: int = 1) -> None:
        self.done += n
        now = time.monotonic()
        if self.on and (now - self.last > 0.2 or self.done >= self.total):
            self.last = now
            self.stream.write(f"\r{self.label} {self.done}/{self.total}")
            self.stream.flush()

    def close(self) -> None:
        if self.on:
            self.stream.write("\r\033[K")
            self.stream.flush()


class Stages:
    """A line per stage of a long build on stderr (`extract   82 articles (82 new, 0 cached)  3.4 s`),
    so a build says what it does while it runs; silent when stderr is no terminal, under CI, with
    `--quiet`, and for collections under LONG_BUILD articles (they finish before a line helps)."""

    LONG_BUILD = 50

    def __init__(self, *, quiet: bool = False, stream=None):
        self.stream = stream or sys.stderr
        self.allowed = not quiet and self.stream.isatty() and not os.environ.get("CI")
        self.on = False

    def start(self, articles: int) -> None:
        self.on = self.allowed and articles >= self.LONG_BUILD

    def done(self, stage: str, what: str, seconds: float) -> None:
        if self.on:
            self.stream.write(f"\r\033[K{stage:<8} {what}  {seconds:.1f} s\n")
            self.stream.flush()

    def begin(self, stage: str, what: str) -> None:
        """A line for a stage that runs in another process (MkDocs), rewritten by its `done`."""
        if self.on:
            self.stream.write(f"\r\033[K{stage:<8} {what} ...")
            self.stream.flush()


def workers(settings: Settings, pending: int) -> int:
    if settings.jobs == 1 or pending < PARALLEL_MIN:
        return 1
    return max(1, min(settings.jobs or os.cpu_count() or 1, pending // CHUNK))


def extract_all(articles: list, lex: Lexicon, settings: Settings, report: Report, *,
                prune: bool = True, quiet: bool = False, keys: dict[str, str] | None = None,
                language: dict[str, str | None] | None = None, freeze: bool = False) -> list[Brief]:
    """Briefs for the articles, from the cache where the key matches, else extracted (in parallel
    for large collections) and cached. Counts both in the report. `briefing check` reads through
    the cache without pruning it (prune=False). `keys`, when given, receives each article's cache
    key (article id → key; a brief cut by the time limit gets a key of its own that never
    repeats: its content is not a function of the key), for the dependency index (depindex.py).
    `language`, when given, holds the language check's message (or None) by cache key from the
    last build of the same code (its text and the lexicon are in the key), and is left holding
    this build's. `freeze`: the cached briefs go out of the collector's sight (gc.freeze) as they are
    decoded; the caller unfreezes."""
    # A cached brief's rest is decoded when first read (cache.StoredBrief); should it be spoilt by
    # then, the article is extracted again.
    # A build that prunes the cache keeps its entries' heads in one store (cache.HeadStore).
    cache = BriefCache(settings.cache_dir, lex.digest, remake=lambda article: extract(article, lex), heads=prune)
    briefs: dict[int, Brief] = {}
    pending: list[tuple[int, Article]] = []
    known = indonesian_words(lex)
    checked = dict(language or {})
    if language is not None:
        language.clear()
    article_keys = [cache.key(article) for article in articles]
    # Decoded briefs hold no reference cycles: nothing for a collection to find.
    with no_collections(freeze=freeze):
        for i, (article, key) in enumerate(zip(articles, article_keys)):
            problem, cached = _language_problem_of(article, key, checked, known), cache.get(article)
            if language is not None:
                language[key] = problem.message if problem else None
            if problem:
                report.problems.append(problem)
            if cached is not None:
                briefs[i] = cached
            else:
                pending.append((i, article))
    progress = Progress(len(pending), "extracting")
    progress.on = progress.on and not quiet
    n_workers = workers(settings, len(pending))
    if n_workers == 1:
        _extract_here(pending, briefs, lex, settings, cache, progress)
    else:
        # The first article is extracted here before the workers are forked: it compiles the
        # patterns (and reads the furniture rules) once, in this process, and the forked workers
        # inherit them, where each of them paid the same ~0.5 s in its first chunk before (on a
        # cold build, with no store of compiled programs). Where workers are not forked they
        # compile as before.
        forked = fork.available()
        rest = pending
        if forked:
            _extract_here(pending[:1], briefs, lex, settings, cache, progress)
            rest = pending[1:]
        chunks = [rest[k:k + CHUNK] for k in range(0, len(rest), CHUNK)]
        context = multiprocessing.get_context("fork") if forked else None
        with ProcessPoolExecutor(n_workers, mp_context=context, initializer=_init_worker,
                                 initargs=(lex, settings.cache_dir)) as pool:
            for chunk, done in zip(chunks, pool.map(_extract_chunk, [[a for _, a in c] for c in chunks])):
                with no_collections():     # decoded briefs hold no reference cycles
                    for (i, article), brief in zip(chunk, done):
                        if isinstance(brief, str):
                            cache.note(article, brief)
                        briefs[i] = cache.decoded(brief, article) if isinstance(brief, str) else brief
                progress.step(len(chunk))
    progress.close()
    if prune:
        cache.save_heads()
        cache.prune()   # every key this build needs was marked by cache.get above
    if cache.unwritable:
        report.problems.append(_cache_warning(settings, cache.unwritable))
    report.extracted, report.cached = len(pending), len(articles) - len(pending)
    if keys is not None:
        for i, article in enumerate(articles):
            stopped = any(p.message.startswith(STOPPED) for p in briefs[i].problems)
            keys[article.id] = depindex.unstable() if stopped else article_keys[i]
    return [briefs[i] for i in range(len(articles))]


def _extract_here(pending: list[tuple[int, Article]], briefs: dict[int, Brief], lex: Lexicon, settings: Settings,
                  cache: BriefCache, progress: Progress) -> None:
    """Extract and cache these articles in this process."""
    if not pending:
        return
    # What the furniture rules' patterns cannot match without, as the last build read it
    # (prefilter.analyse): a rebuild of one article need not parse every rule again.
    # So are the programs its regular expressions compile to (regexes.kept).
    analyses = settings.cache_dir / PREFILTER_ANALYSES
    prefilter.known(analyses)
    before = prefilter.analysed()
    with regexes.kept(settings.cache_dir / REGEX_STORE):
        for i, article in pending:
            briefs[i] = extract(article, lex)
            cache.put(briefs[i])
            progress.step()
    if prefilter.analysed() > before:
        prefilter.remember(analyses)


# cache_dir/lexicon.pickle: the loaded lexicon (lexicon.load_lexicon's store).
LEXICON_STORE = "lexicon.pickle"
# cache_dir/prefilter.analyses (JSON; not named *.json: that is an extraction-cache entry).
PREFILTER_ANALYSES = "prefilter.analyses"
# cache_dir/regexes.pickle: compiled regular expressions' programs (regexes.kept).
REGEX_STORE = "regexes.pickle"


def _cache_warning(settings: Settings, reason: str) -> Problem:
    return Problem(str(settings.cache_dir), "cache", f"cannot be written ({reason}): the next build extracts "
                   "and renders everything again", severity="warning")


def assets() -> dict[str, bytes]:
    """Static files copied into the docs tree (stylesheets)."""
    root = TEMPLATES / "assets"
    return {str(p.relative_to(root)).replace(os.sep, "/"): p.read_bytes()
            for p in sorted(root.rglob("*")) if p.is_file()} | {}


class DocsWriter:
    """Writes the docs tree file by file as pages are rendered, so no build holds every page in
    memory (at 10,000 articles the pages are about 0.9 GB of Python strings). A file whose bytes
    are unchanged is not rewritten (it keeps its mtime, so `mkdocs serve` reloads only what
    changed); `finish` removes the files this build did not write. `docs` maps every file to the
    digest of its bytes (site_inputs, sitebuild's manifest) and `sizes` to its length in bytes."""

    def __init__(self, docs_dir: Path):
        self.docs_dir = docs_dir
        self.docs: dict[str, str] = {}
        self.sizes: dict[str, int] = {}
        self.stamps: dict[str, list] = {}     # file → its stamp (`stamp`), for the next build's render cache
        self.written = self.removed = 0
        docs_dir.mkdir(parents=True, exist_ok=True)

    def __call__(self, rel: str, content, *, digest: str | None = None, stamp: list | None = None) -> None:
        """Write one file: a str, bytes, or an iterable of str or bytes parts (written as they come).
        `digest`: the caller has just read this very content from the file and checked it has
        that sha256 (a page the render cache reused): nothing to write. With a `stamp` instead of
        the content (None), the file is as the last build left it (RenderCache.stamped)."""
        if content is None and digest is not None and stamp is not None:
            self.docs[rel], self.sizes[rel], self.stamps[rel] = digest, stamp[0], stamp
            return
        if not isinstance(content, (str, bytes)):
            self._stream(rel, content)
            return
        data = content.encode("utf-8") if isinstance(content, str) else content
        self.docs[rel], self.sizes[rel] = digest or sitebuild.digest(data), len(data)
        target = self.docs_dir / rel
        if digest is not None:
            self._stamp(rel, target)
            return
        try:
            if target.stat().st_size == len(data) and target.read_bytes() == data:
                self._stamp(rel, target)
                return
        except OSError:
            pass
        files.write_atomically(target, data)
        self.written += 1
        self._stamp(rel, target)

    def adopt(self, rel: str, digest: str, size: int, stamp: list | None, written: int) -> None:
        """A file another process wrote for this writer (pages.RenderPool), with what it recorded."""
        self.docs[rel], self.sizes[rel] = digest, size
        if stamp is not None:
            self.stamps[rel] = stamp
        else:
            self.stamps.pop(rel, None)
        self.written += written

    def _stamp(self, rel: str, target: Path) -> None:
        """Record the file's stamp now that it holds the bytes of `docs[rel]` (written or read)."""
        try:
            self.stamps[rel] = stamp(os.stat(target), self.docs[rel])
        except OSError:
            self.stamps.pop(rel, None)            # no stamp: the next build reads the file

    def _stream(self, rel: str, parts) -> None:
        target = self.docs_dir / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f"{target.name}.{os.getpid()}.tmp")   # never shared with another process
        digest, size = hashlib.sha256(), 0
        try:
            with tmp.open("wb") as handle:
                for part in parts:
                    data = part if isinstance(part, bytes) else part.encode("utf-8")
                    digest.update(data)
                    size += len(data)
                    handle.write(data)
            self.docs[rel], self.sizes[rel] = digest.hexdigest(), size
            try:
                same = target.stat().st_size == size and sitebuild.file_digest(target) == self.docs[rel]
            except OSError:
                same = False
            if same:
                tmp.unlink()
            else:
                os.replace(tmp, target)
                self.written += 1
            self._stamp(rel, target)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise

    def finish(self, *, keep: tuple[str, ...] = ()) -> tuple[int, int]:
        """Remove the files (and folders left empty) this build did not write; (written, removed)."""
        wanted, root = self.docs, os.fspath(self.docs_dir)
        for folder, _, names in os.walk(root, topdown=False):
            prefix = os.path.relpath(folder, root).replace(os.sep, "/") + "/"
            prefix = "" if prefix == "./" else prefix
            for name in names:
                rel, path = prefix + name, os.path.join(folder, name)
                if rel not in wanted and not rel.startswith(keep) and os.path.isfile(path):
                    os.unlink(path)
                    self.removed += 1
            if folder != root and not os.listdir(folder):
                os.rmdir(folder)
        return self.written, self.removed


def stamp(stat: os.stat_result, digest: str) -> list:
    """What the render cache keeps of a docs-tree file it wrote or read, to know it unchanged in
    the next build without reading it: size, modification and change times, inode, device, and
    the sha256 of its bytes. Any write changes a time or the inode (a file of the tree is only
    replaced by rename), and the change time cannot be set back."""
    return [stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns, stat.st_ino, stat.st_dev, digest]


# A stamp is trusted only for a file last written this long before the stamps were saved: a file
# written again within the file system's clock tick of the stat would keep its times (the "racy
# git" problem; some file systems count time in 2-second steps). Such a file is read instead.
RACY_NS = 3_000_000_000


def source_date_epoch(build_date: str | None) -> str:
    """Seconds since 1970 of the build date (UTC midnight), for SOURCE_DATE_EPOCH.

    MkDocs stamps sitemap.xml's <lastmod> and the gzip header of sitemap.xml.gz with the build
    time unless SOURCE_DATE_EPOCH is set; the build date (a setting, or the newest brief's date)
    makes both a function of the content, so two builds are byte-identical.
    """
    import calendar
    import datetime as dt

    day = dt.date(1970, 1, 1)
    if build_date:
        parts = (sort_key(build_date)[:10].split("-") + ["1", "1"])[:3]   # "2023" → 2023-01-01
        try:
            day = dt.date(*map(int, parts))
        except ValueError:
            pass
    return str(calendar.timegm(day.timetuple()))


def build_date_of(catalog: Catalog, settings: Settings) -> str | None:
    """The date shown as the build date: the setting, or the newest brief's (as pages.py does)."""
    dated = [b.published.value for b in catalog.briefs if b.published and b.published.value]
    return settings.build_date or (max(dated, key=sort_key) if dated else None)


# The MkDocs hook that takes generated pages' HTML bodies (mkdocs.yml `hooks:`).
HOOK = Path(__file__).resolve().parent / "mkdocs_hook.py"


def mkdocs_env(settings: Settings, build_date: str | None = None) -> dict[str, str]:
    from .pages import load_labels

    env = dict(os.environ)
    labels = load_labels(settings.ui_language)
    # NO_MKDOCS_2_WARNING: Material prints an advert for its successor on every build; the
    # build must print nothing but real warnings.
    # Material writes `config.site_name` into pages unescaped in most places (header, nav,
    # aria-label): the title goes to MkDocs already HTML-escaped, so an editor's `<` is text.
    env.update(NO_MKDOCS_2_WARNING="1", BRIEFING_TITLE=html.escape(settings.title), BRIEFING_SITE_URL=settings.site_url,
               BRIEFING_UI_LANGUAGE=settings.ui_language, BRIEFING_DOCS_DIR=str(settings.docs_dir.resolve()),
               SOURCE_DATE_EPOCH=source_date_epoch(build_date), PYTHONHASHSEED="0",
               # mkdocs.yml: Material's search plugin is off when Pagefind serves the search box.
               BRIEFING_SEARCH=settings.search,
               # mkdocs.yml: the palette toggle's names in the interface language.
               BRIEFING_DARK_LABEL=labels["toggle_dark"], BRIEFING_LIGHT_LABEL=labels["toggle_light"],
               # mkdocs.yml: the names of a Pagefind result's kind and date.
               BRIEFING_KIND_LABEL=labels["kind"], BRIEFING_DATE_LABEL=labels["published"],
               BRIEFING_MATERIAL_SEARCH="false" if settings.search == "pagefind" else "true",
               # mkdocs.yml `hooks:`: generated pages reach MkDocs as HTML (mkdocs_hook.py).
               BRIEFING_HOOK=str(HOOK))
    return env


_RENAME_EXCHANGE = 2


def release_memory() -> None:
    """Collect garbage and hand freed heap back to the system (glibc), so that this process does
    not hold the Catalog's memory while MkDocs, which needs as much again, runs beside it."""
    gc.collect()
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL(ctypes.util.find_library("c")).malloc_trim(0)
        except (OSError, AttributeError):
            pass


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths in one atomic step (Linux renameat2 RENAME_EXCHANGE); False if unsupported."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd = -100
    return renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), _RENAME_EXCHANGE) == 0


def publish(new_site: Path, site_dir: Path, spare: Path | None = None) -> None:
    """Swap the freshly built site in: site_dir is at every instant either the old or the new site.

    On Linux the two folders are exchanged in one renameat2 call; elsewhere the old site is renamed
    aside first, and `recover` puts it back if the process dies between the two renames. The old
    site becomes `spare` when given (the next partial build makes its copy of the site from it:
    sitebuild._link_tree), else it is removed; when there was no old site, a spare is made of
    hard links to the new one (_link_spare).
    """
    if site_dir.exists() and _exchange(new_site, site_dir):
        _retire(new_site, spare)                      # now holds the old site
        return
    old = site_dir.with_name(site_dir.name + ".old")
    if old.exists():
        shutil.rmtree(old)
    if site_dir.exists():
        os.replace(site_dir, old)
    os.replace(new_site, site_dir)
    if old.exists():
        _retire(old, spare)
    elif spare is not None and not spare.exists() and not os.environ.get("CI"):
        _link_spare(site_dir, spare)


def _link_spare(site_dir: Path, spare: Path) -> None:
    """A first site replaces none, so no spare is left: one is made of hard links to its files
    (nothing copied), so that the first partial build after it mirrors the spare (a walk) instead
    of making a folder and a link per page (at 1,000 articles 1.5 s of its time). Where links are
    refused (the cache on another file system), none is made; nor under CI, whose build is one-shot
    (site/ is not kept, so no partial build follows) and whose cache would carry it as a copy."""
    try:
        spare.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(site_dir, spare, copy_function=os.link, symlinks=True)
    except (OSError, shutil.Error):
        shutil.rmtree(spare, ignore_errors=True)


def _retire(old_site: Path, spare: Path | None) -> None:
    if spare is not None:
        try:
            if spare.exists():
                shutil.rmtree(spare)
            spare.parent.mkdir(parents=True, exist_ok=True)
            os.replace(old_site, spare)
            return
        except OSError:
            pass                # (another file system: removed instead)
    shutil.rmtree(old_site, ignore_errors=True)


def recover(site_dir: Path) -> None:
    """Undo what a killed build left: restore `site.old` if `site` is missing; drop dead staging dirs."""
    old = site_dir.with_name(site_dir.name + ".old")
    if old.is_dir() and not site_dir.exists():
        os.replace(old, site_dir)
    for staging in site_dir.parent.glob(f"{site_dir.name}.new-*"):
        pid = staging.name.rsplit("-", 1)[-1]
        if pid.isdigit() and not _alive(int(pid)):
            shutil.rmtree(staging, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


# Allocations of container objects between two collections of the youngest generation while
# generating (Python's default is 700). A build makes millions of small acyclic objects (decoded
# briefs, view models) that live until it ends; with the default every few hundred of them set
# off a collection that walks the young ones, and every tenth of those the older ones: a third of
# a warm build's time at 1,000 articles. Reference counting frees everything that is not a cycle
# anyway; cycles wait a little longer.
GC_THRESHOLD = (100_000, 50, 100)


@contextlib.contextmanager
def fewer_collections():
    before = gc.get_threshold()
    gc.set_threshold(*GC_THRESHOLD)
    try:
        yield
    finally:
        gc.set_threshold(*before)


def generate(settings: Settings, report: Report, lex: Lexicon | None = None, *,
             timings: dict | None = None, stages: Stages | None = None) -> Catalog:
    """Articles → Catalog → docs tree (everything but MkDocs)."""
    with fewer_collections(), contextlib.ExitStack() as stack:
        return _generate(settings, report, lex, timings=timings, stages=stages, stack=stack)


def _generate(settings: Settings, report: Report, lex: Lexicon | None = None, *,
              timings: dict | None = None, stages: Stages | None = None,
              stack: contextlib.ExitStack | None = None) -> Catalog:
    timings = {} if timings is None else timings
    stages = stages or Stages(quiet=True)
    clock = time.perf_counter()
    lex = lex or load_lexicon(settings.content_dir)
    articles = read_all(discover(settings.articles_dir, report), report)
    timings["read"] = time.perf_counter() - clock
    stages.start(len(articles))
    stages.done("read", f"{len(articles)} articles", timings["read"])
    clock = time.perf_counter()
    keys: dict[str, str] = {}
    render_cache = load_render_cache(settings)
    # A build that renders every page forks its render pool now, while this process is small.
    pool = RenderPool.early(settings, len(articles), render_cache, DocsWriter) if stack is not None else None
    if pool is not None:
        stack.callback(pool.close)
    if stack is not None:   # What lives until the build ends is frozen out of the collector (gc.freeze:
        stack.callback(gc.unfreeze)   # cached briefs as decoded, the rest below) until it ends.
    briefs = extract_all(articles, lex, settings, report, quiet=not stages.allowed, keys=keys,
                         language=render_cache.language, freeze=stack is not None)
    for brief in briefs:
        report.problems.extend(brief.problems)
    if stack is not None:
        gc.freeze()
    timings["extract"] = time.perf_counter() - clock
    stages.done("extract", f"{len(articles)} articles ({report.extracted} extracted, {report.cached} from cache)",
                timings["extract"])
    clock = time.perf_counter()
    stored = load_resolution(settings)
    catalog, resolution, kept = resolve_kept(briefs, lex, keys, stored)
    del stored
    report.resolution = "kept" if kept is not None else "resolved"
    report.articles, report.entities = len(catalog.briefs), len(catalog.entities)
    timings["resolve"] = time.perf_counter() - clock
    stages.done("resolve", f"{report.entities} entities", timings["resolve"])
    clock = time.perf_counter()
    render_cache.keys, render_cache.lex_digest = keys, lex.digest
    render_cache.entity_signatures = kept
    render_cache.kept_cooccurrence = resolution.get("cooccurrence") if kept is not None else None
    # Pages go to the docs tree as they are made (DocsWriter): never all in memory at once.
    writer = DocsWriter(settings.docs_dir)
    render_pages(catalog, settings, render_cache, sink=writer, pool=pool)
    report.rendered, report.reused = render_cache.rendered, render_cache.reused
    tracker = render_cache.tracker
    if tracker is not None:
        report.index = tracker.reason or "used"
        report.groups_reused, report.groups_rendered = tracker.reused, tracker.fresh_groups
    for rel, data in assets().items():
        writer(f"assets/{rel}", data)
    timings["render"] = time.perf_counter() - clock
    stages.done("render", f"{report.rendered} pages rendered, {report.reused} unchanged", timings["render"])
    if settings.pdf:
        clock = time.perf_counter()
        from .pdf import PdfCache, render_pdfs
        pdf_cache = PdfCache(settings.cache_dir)      # a PDF is laid out again only when its inputs change
        pdfs = render_pdfs(catalog, settings, pdf_cache)
        pdf_cache.save()
        report.pdfs, report.pdfs_reused = len(pdfs), pdf_cache.reused
        for rel, data in pdfs.items():
            writer(rel, data)
        del pdfs
        timings["pdf"] = time.perf_counter() - clock
        stages.done("pdf", f"{report.pdfs} PDFs", timings["pdf"])
    clock = time.perf_counter()
    report.written, report.removed = writer.finish()
    report.docs, report.doc_sizes = writer.docs, writer.sizes
    report.site_inputs = site_inputs(report.docs, settings, build_date_of(catalog, settings))
    unwritable = save_render_cache(settings, render_cache, writer.stamps)
    if render_cache.cooccurrence is not None:
        resolution["cooccurrence"] = cooccurrence_state(*render_cache.cooccurrence)
    save_resolution(settings, resolution, render_cache.tracker)
    if unwritable and not any(p.stage == "cache" for p in report.problems):
        report.problems.append(_cache_warning(settings, unwritable))
    timings["write"] = time.perf_counter() - clock
    stages.done("write", f"{report.written} files written, {report.removed} removed", timings["write"])
    fork.keep(articles, briefs, render_cache, writer, resolution)     # (a forked generator ends without freeing them)
    return catalog


# A store of plain data (sitebuild.dump_plain); not named *.json so it is not taken for an
# extraction-cache entry (tests count those).
RENDER_CACHE = "pages.digests"

# cache_dir/resolution.store: the last build's resolution (resolve_kept), a store of plain data.
RESOLUTION_STORE = "resolution.store"
# Bumped when the store's shape or what it holds changes.
RESOLUTION_VERSION = 1


def _resolution_context(lex: Lexicon) -> str:
    """What a resolution depends on besides the briefs: this code (resolve.py among it) and the lexicon."""
    return f"{RESOLUTION_VERSION}:{depindex.code_digest()}:{lex.digest}"


def load_resolution(settings: Settings) -> dict | None:
    try:
        stored = sitebuild.load_plain((settings.cache_dir / RESOLUTION_STORE).read_bytes())
    except (OSError, ValueError):
        return None
    return stored if isinstance(stored, dict) else None


def resolve_kept(briefs: list[Brief], lex: Lexicon, keys: dict[str, str],
                 stored: dict | None) -> tuple[Catalog, dict, dict[str, str] | None]:
    """The Catalog of these briefs: the last build's resolution (`stored`, load_resolution) when
    every brief gives resolve what it gave it then (resolve.resolution_input, the same articles,
    code and lexicon), else resolve's. A brief whose cache key is the one the last build saw gives
    the same (its content is a function of the key; a brief cut by the time limit has a key of its
    own, never repeated), so only the changed briefs are digested. Also (this build's resolution,
    for save_resolution, with the last build's co-occurrence of entities when it was kept
    (pages.Views: it reads only which entities each article names); the last build's `e:`, `k:` and
    `w:` signatures of the entities when it
    was kept, else None: they read only the entities and which articles name them, and are taken
    only in the index context they were computed in: pages.RenderCache.entity_signatures)."""
    context = _resolution_context(lex)
    old = stored if stored is not None and stored.get("context") == context else None
    old_inputs = old.get("inputs") if old is not None else None
    old_inputs = old_inputs if isinstance(old_inputs, dict) else {}
    inputs: dict[str, list] = {}
    for brief in briefs:
        article_id = brief.article.id
        key = keys.get(article_id)
        found = old_inputs.get(article_id)
        if (key and not key.startswith("unstable-") and isinstance(found, list) and len(found) == 2
                and found[0] == key and isinstance(found[1], str)):
            inputs[article_id] = found
        else:
            inputs[article_id] = [key, resolution_input(brief)]
    if old is not None and len(old_inputs) == len(inputs) and all(
            isinstance(old_inputs.get(a), list) and old_inputs[a][1:] == v[1:] for a, v in inputs.items()):
        try:
            catalog = catalog_from_state(briefs, old["state"])
            signatures = old.get("signatures")
            actors = sum(len(b.actors) for b in briefs)
            if (len(catalog.entity_of) == actors and set(catalog.entity_of.values()) == set(catalog.entities)
                    and all((b.article.id, a.key) in catalog.entity_of for b in briefs for a in b.actors)
                    and isinstance(signatures, dict)):
                return catalog, {"context": context, "inputs": inputs, "state": old["state"],
                                 "cooccurrence": old.get("cooccurrence")}, signatures
        except (KeyError, TypeError, ValueError, IndexError):
            pass
    catalog = resolve(briefs, lex)
    return catalog, {"context": context, "inputs": inputs, "state": resolution_state(catalog)}, None


def save_resolution(settings: Settings, resolution: dict, tracker: depindex.Tracker | None) -> None:
    """Keep this build's resolution for the next one, with the entities' `e:`, `k:` and `w:`
    signatures the render computed (none without them: the next build resolves again). A store that
    cannot be written costs the next build a resolve, nothing else."""
    target = settings.cache_dir / RESOLUTION_STORE
    tmp = target.with_name(f"{target.name}.{os.getpid()}.tmp")
    try:
        if tracker is None:
            target.unlink(missing_ok=True)
            return
        signatures = {"context": tracker.context,
                      "values": {k: v for k, v in tracker.signatures.items() if k[:2] in ("e:", "k:", "w:")}}
        settings.cache_dir.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(sitebuild.dump_plain(dict(resolution, signatures=signatures)))
        os.replace(tmp, target)
    except OSError:
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass


def load_render_cache(settings: Settings) -> RenderCache:
    """Last build's page digests (cache_dir/pages.digests) and a reader for its docs-tree files;
    pages.py reuses a file only when both its input and its output digest match."""
    index, language, stamps, stamped_at = None, {}, {}, 0
    try:
        stored = sitebuild.load_plain((settings.cache_dir / RENDER_CACHE).read_bytes())
        digests = stored["pages"] if stored.get("docs_dir") == str(settings.docs_dir.resolve()) else {}
        index = stored.get("index") if digests else None
        if digests and isinstance(stored.get("stamps"), dict) and isinstance(stored.get("stamped_at"), int):
            stamps, stamped_at = stored["stamps"], stored["stamped_at"]
        checked = stored.get("language") or {}
        if checked.get("code") == depindex.code_digest() and isinstance(checked.get("found"), dict):
            language = checked["found"]
        dates = stored.get("dates")
        if isinstance(dates, dict) and dates.get("context") == formatted_context():
            keep_formatted(dates.get("values"))      # the dates the last build formatted (pages.format_value)
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        digests = {}

    def previous(rel: str) -> str | None:
        try:
            return (settings.docs_dir / rel).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return None
    def previous_bytes(rel: str) -> bytes | None:
        try:
            return (settings.docs_dir / rel).read_bytes()
        except OSError:
            return None
    docs = os.path.join(os.fspath(settings.docs_dir), "")     # (a string: a Path per page cost a third of this)

    def stamped(rel: str) -> tuple[str, list] | None:
        entry = stamps.get(rel)
        if not isinstance(entry, list) or len(entry) != 6 or not isinstance(entry[5], str):
            return None
        try:
            found = stamp(os.stat(docs + rel), entry[5])
        except OSError:
            return None
        # (An entry equal to the file's stamp holds its integers: its times are read from the stamp,
        # and no entry is checked number by number, 4,000 a rebuild.)
        if found != entry or max(found[1], found[2]) > stamped_at - RACY_NS:
            return None
        return entry[5], found
    return RenderCache(digests=digests if isinstance(digests, dict) else {}, previous=previous, previous_bytes=previous_bytes,
                       index=index if isinstance(index, dict) else None, language=language, stamped=stamped)


def save_render_cache(settings: Settings, cache: RenderCache, stamps: dict[str, list] | None = None) -> str | None:
    """Store this build's page digests (and the docs-tree files' `stamps`, with the time they
    were saved: RACY_NS); the reason when the cache folder cannot be written (that costs the next
    build time, nothing else)."""
    target = settings.cache_dir / RENDER_CACHE
    tmp = target.with_name(f"{target.name}.{os.getpid()}.tmp")
    try:
        settings.cache_dir.mkdir(parents=True, exist_ok=True)
        index = cache.tracker.to_json() if cache.tracker is not None else None
        language = {"code": depindex.code_digest(), "found": cache.language}
        tmp.write_bytes(sitebuild.dump_plain({"docs_dir": str(settings.docs_dir.resolve()), "pages": cache.new,
                                              "index": index, "language": language, "stamps": stamps or {},
                                              "dates": {"context": formatted_context(), "values": formatted_dates()},
                                              "stamped_at": time.time_ns()}))
        os.replace(tmp, target)
    except OSError as error:
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass
        return error.strerror or str(error)
    return None


def run_pagefind(site_dir: Path) -> None:
    """Index the built site with Pagefind (its PyPI package ships the binary) into site/pagefind/."""
    command = [sys.executable, "-m", "pagefind", "--site", str(site_dir), "--force-language", "id"]
    try:
        done = subprocess.run(command, capture_output=True, text=True)
    except OSError as error:
        raise BuildError(f"pagefind could not start: {error}") from None
    if done.returncode != 0:
        raise BuildError(f"pagefind failed ({done.returncode}); is the `pagefind` package installed "
                         f"(pip install 'briefing[search]')?\n{(done.stdout + done.stderr).strip()}")


def describe_os_error(error: OSError) -> str:
    """`cannot write build/docs/x.md: Permission denied`: the file and the reason, for an editor."""
    where = error.filename
    if where is not None:
        where = printable_path(os.fsdecode(where) if isinstance(where, bytes) else where)
        if error.filename2 is not None:
            where += f" → {printable_path(error.filename2)}"
    reason = error.strerror or str(error)
    hint = {errno.ENOSPC: " (the disk is full; the old site is kept)",
            errno.EDQUOT: " (over the disk quota; the old site is kept)",
            errno.EROFS: " (read-only file system)",
            errno.EACCES: " (check the folder's permissions)",
            errno.EPERM: " (check the folder's permissions)",
            errno.ENAMETOOLONG: " (rename the file: at most 255 bytes a name)"}.get(error.errno or 0, "")
    return f"cannot write {where}: {reason}{hint}" if where else f"{reason}{hint}"


@contextlib.contextmanager
def build_lock(settings: Settings):
    """Hold `<docs_dir>.lock` (build/docs.lock) for a build: a second `build` or `serve` on the same
    folders is refused with a clear message instead of racing on the same files. The lock is an
    flock, released by the kernel when the process ends however it ends (no stale lock)."""
    import fcntl

    path = settings.docs_dir.with_name(settings.docs_dir.name + ".lock")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(path, "a+", encoding="utf-8")
    except OSError:
        yield            # cannot even create the lock: writing the docs tree will say why
        return
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            raise BuildError(f"another build is running ({holder} holds {path}); wait for it to finish, "
                             "then build again") from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()}")
        handle.flush()
        yield
    finally:
        handle.close()   # releases the flock


def build(settings: Settings, *, mkdocs: bool = True, timings: dict | None = None, quiet: bool = False) -> Report:
    """The whole build. Raises BuildError when no site could be published: an unreadable register,
    MkDocs failing, another build running, a folder that cannot be written (the message names it).

    `timings`, when given, receives the seconds spent generating and in MkDocs (benchmarks).
    On a terminal, a long build prints a line per stage on stderr (Stages) unless `quiet`.
    """
    try:
        # Fewer collections here too: the last site's manifest and the merge's search index are
        # large acyclic structures that default collections would walk again and again.
        with build_lock(settings), fewer_collections():
            return _build(settings, mkdocs=mkdocs, timings=timings, quiet=quiet)
    except OSError as error:
        raise BuildError(describe_os_error(error)) from None


def _build(settings: Settings, *, mkdocs: bool, timings: dict | None, quiet: bool = False) -> Report:
    timings = {} if timings is None else timings
    clock = time.perf_counter()
    stages = Stages(quiet=quiet)
    prepared = child = None
    try:
        if mkdocs and separate_generator():
            # The generator runs in a child process that ends before MkDocs starts: a process's heap
            # does not shrink back after a large build (freed objects leave most of its memory pages
            # partly used), and MkDocs would otherwise run beside it (at 10,000 articles ~1 GB held).
            child = fork.Child(_generate_all, settings, stages)
            # Meanwhile, when the last build left what a partial MkDocs build needs, an MkDocs
            # process starts and loads its configuration on the other core (prestart_site).
            prepared = prestart_site(settings) or prestart_halves(settings)
            report, generated, build_date, stages.on = child.result()   # (the child still ending: reaped below)
        else:
            report, generated, build_date, _ = _generate_all(settings, stages)
            release_memory()
        timings.update(generated)
        timings["generate"] = time.perf_counter() - clock
        if mkdocs:
            # First undo what a killed build left (a staging folder, a site moved aside), also when the
            # site turns out to be current and MkDocs is not run.
            recover(settings.site_dir.resolve())
        if mkdocs and site_is_current(settings, report.site_inputs):
            report.site_reused = True
        elif mkdocs:
            build_site(settings, report, build_date, stages=stages, timings=timings, prepared=prepared)
    finally:
        if prepared is not None:
            prepared.release()
        if child is not None:
            child.stop()            # (waits for it to end once its result came; else ends it)
    return report


@dataclass
class Prepared:
    """What prestart_site made ready for the partial MkDocs run while the generator worked: the
    last build's manifest, an MkDocs process that has loaded its configuration
    (sitebuild.prestart) and a copy of the published site made of hard links (sitebuild.copy_site),
    into which the partial build is merged. `release` ends the process and keeps the copy as the
    spare when they were not used. Or, for a cold build (prestart_halves), no manifest and the two
    MkDocs processes of a full build in halves (`halves`)."""

    previous: dict | None
    mkdocs: tuple | None = None
    copy: Path | None = None
    spare: Path | None = None
    halves: list[tuple] | None = None     # prestart_halves: the two processes of a full build
    config: str | None = None             # site_config (no part of it is the build date's)
    before: dict | None = None            # the published site's search index and sitemap, cut (sitebuild.cut_site)

    def take_halves(self) -> list[tuple] | None:
        halves, self.halves = self.halves, None
        return halves

    def take_copy(self) -> Path | None:
        copy, self.copy = self.copy, None
        return copy

    def stop_halves(self) -> None:
        for process in self.take_halves() or ():
            sitebuild.stop(process)

    def release(self) -> None:
        sitebuild.stop(self.mkdocs)
        self.mkdocs = None
        self.stop_halves()
        if self.copy is not None:
            sitebuild.put_back(self.copy, self.spare)
            self.copy = None


def prestart_site(settings: Settings, name: str = "site") -> Prepared | None:
    """Prepared, when the next MkDocs run is likely a partial one: the last build left a manifest
    of this site, built with this configuration. It costs a few tenths of a second of the other
    core while the generator works; a build that turns out to need a full MkDocs run, or none,
    releases it (_build, build_site)."""
    site_dir = settings.site_dir.resolve()
    previous = sitebuild.load_manifest(manifest_path(settings, name))
    config = site_config(settings, None) if previous is not None else None
    if (previous is None or previous.get("site_dir") != str(site_dir) or not (site_dir / "index.html").is_file()
            or not settings.docs_dir.is_dir() or previous.get("config") != config):
        return None
    prepared = Prepared(previous, spare=spare_path(settings, name), config=config)
    partial = site_dir.with_name(f"{site_dir.name}.new-part-{os.getpid()}")
    try:
        prepared.mkdocs = sitebuild.prestart(settings.config_file, mkdocs_env(settings, None), partial,
                                             settings.cache_dir / "sitebuild")
        prepared.copy = sitebuild.copy_site(site_dir, site_dir.with_name(f"{site_dir.name}.new-copy-{os.getpid()}"),
                                            prepared.spare)
        # What the merge reads of the published site (it stays as it is until this build publishes).
        prepared.before = sitebuild.cut_site(site_dir)
    except BaseException:
        prepared.release()
        raise
    return prepared


# A cold build of at least this many articles starts its two MkDocs processes (prestart_halves)
# while the generator works: an article makes its own page and feeds a few entity pages (1,000 news
# articles make 4,112 pages), so the site will likely reach HALVES_MIN pages.
PRESTART_HALVES_ARTICLES = 300


def prestart_halves(settings: Settings) -> Prepared | None:
    """Prepared with the two MkDocs processes of a full build in halves (sitebuild.prestart_halves),
    when the last build left no manifest to build a part from and the collection is large enough
    for halves: each imports MkDocs and loads its configuration on a core the generator leaves
    free part of the time (its start, its render stage) instead of after it. A build that turns
    out to need something else ends them (Prepared.release)."""
    if settings.jobs == 1 or (os.cpu_count() or 1) < 2 or manifest_path(settings).exists():
        return None
    try:
        with os.scandir(settings.articles_dir) as entries:
            if sum(1 for _ in entries) < PRESTART_HALVES_ARTICLES:
                return None
        # MkDocs checks that the docs folder exists when it loads the configuration.
        settings.docs_dir.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    site_dir = settings.site_dir.resolve()
    staging = site_dir.with_name(f"{site_dir.name}.new-{os.getpid()}")
    prepared = Prepared(None)
    prepared.halves = sitebuild.prestart_halves(settings.config_file, mkdocs_env(settings, None), staging,
                                                settings.cache_dir / "sitebuild")
    return prepared


def _generate_all(settings: Settings, stages: Stages) -> tuple[Report, dict, str | None, bool]:
    """Everything before MkDocs: (report, timings, build date, whether stage lines are shown)."""
    report, timings = Report(), {}
    try:
        lex = load_lexicon(settings.content_dir, store=settings.cache_dir / LEXICON_STORE)
    except LexiconError as error:
        raise BuildError(str(error)) from None
    catalog = generate(settings, report, lex, timings=timings, stages=stages)
    report.generator_mb = peak_memory_mb()
    return report, timings, build_date_of(catalog, settings), stages.on


def peak_memory_mb() -> float:
    """This process's peak resident memory in MB (0 where the platform does not say)."""
    try:
        import resource
    except ImportError:
        return 0.0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 1024


def separate_generator() -> bool:
    """Whether the generator runs in a forked child (Linux, where fork is safe and cheap)."""
    return fork.available()


# cache_dir/site.digest: what the published site was built from (site_inputs) and where it is.
SITE_DIGEST = "site.digest"


def site_config(settings: Settings, build_date: str | None) -> str:
    """A digest of everything `mkdocs build` reads apart from the docs tree and the build date:
    mkdocs.yml, the theme overrides, the MkDocs hook (mkdocs_hook.py), the environment it is given
    and the versions of MkDocs, Material and Pagefind. A partial build needs it equal to the last
    build's."""
    from importlib import metadata

    digest = hashlib.sha256()
    try:
        digest.update(Path(settings.config_file).read_bytes())
    except OSError:
        digest.update(b"no config")
    overrides = TEMPLATES / "overrides"
    for path in sorted(p for p in overrides.rglob("*") if p.is_file()):
        digest.update(str(path.relative_to(overrides)).encode("utf-8") + path.read_bytes())
    digest.update(HOOK.read_bytes())
    env = mkdocs_env(settings, build_date)
    digest.update(json.dumps({k: v for k, v in sorted(env.items()) if k.startswith("BRIEFING_")}).encode())
    for package in ("mkdocs", "mkdocs-material", "pagefind"):
        try:
            digest.update(f"{package}={metadata.version(package)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{package}=none".encode())
    return digest.hexdigest()


def site_inputs(docs: dict[str, str], settings: Settings, build_date: str | None) -> str:
    """A digest of everything `mkdocs build` reads: the docs tree (digests of the files just
    written: DocsWriter.finish leaves nothing else in it), site_config and the build date. Equal digests
    make the same site."""
    digest = hashlib.sha256()
    for rel in sorted(docs):
        digest.update(rel.encode("utf-8") + b"\0" + docs[rel].encode())
    digest.update(site_config(settings, build_date).encode() + source_date_epoch(build_date).encode())
    return digest.hexdigest()


# cache_dir/<name>.manifest: what a published site was built from and what its pages depend on
# (sitebuild.py); `site` for `briefing build`, `serve` for the preview.
def manifest_path(settings: Settings, name: str = "site") -> Path:
    return settings.cache_dir / f"{name}.manifest"


# cache_dir/<name>.spare: the site the last build replaced, mostly hard links to the published
# one's files; the next partial build turns it into its copy of the site (sitebuild._link_tree).
def spare_path(settings: Settings, name: str = "site") -> Path:
    return settings.cache_dir / f"{name}.spare"


def build_site(settings: Settings, report: Report, build_date: str | None, *, name: str = "site",
               stages: Stages | None = None, timings: dict | None = None, prepared: Prepared | None = None) -> None:
    """MkDocs (and Pagefind) into a staging folder, then published in one swap. Only the changed
    pages and the nav pages are built, merged into a copy of the previous site, when the manifest
    shows that is the same site a full build makes (sitebuild.py); otherwise everything. `prepared`:
    what prestart_site made ready for the partial run (released when not used)."""
    try:
        _build_site(settings, report, build_date, name=name, stages=stages, timings=timings, prepared=prepared)
    finally:
        if prepared is not None:
            prepared.release()


def _build_site(settings: Settings, report: Report, build_date: str | None, *, name: str,
                stages: Stages | None, timings: dict | None, prepared: Prepared | None) -> None:
    stages = stages or Stages(quiet=True)
    timings = {} if timings is None else timings
    clock = time.perf_counter()
    site_dir = settings.site_dir.resolve()
    staging = site_dir.with_name(f"{site_dir.name}.new-{os.getpid()}")
    partial = site_dir.with_name(f"{site_dir.name}.new-part-{os.getpid()}")
    work = settings.cache_dir / "sitebuild"
    for folder in (staging, partial):
        if folder.exists():
            shutil.rmtree(folder)
    env = mkdocs_env(settings, build_date)
    # (site_config reads no build date: the one prestart_site took while the generator worked stands)
    config = prepared.config if prepared is not None and prepared.config else site_config(settings, build_date)
    epoch = source_date_epoch(build_date)
    where = manifest_path(settings, name)
    previous = prepared.previous if prepared is not None and prepared.previous is not None else sitebuild.load_manifest(where)
    only = sitebuild.plan(previous, report.docs, config, site_dir)
    what = f"site of {report.articles} briefs, {report.entities} entities"
    stages.begin("mkdocs", what)
    try:
        manifest = None
        if only is not None:
            early = None
            if prepared is not None:
                early, prepared.mkdocs = prepared.mkdocs, None
                prepared.stop_halves()
            record = sitebuild.run(settings.config_file, env, partial, only, work, early=early, theme_key=config)
            timings["mkdocs_partial"] = time.perf_counter() - clock
            if not record["partial"]:
                os.replace(partial, staging)       # the runner built every page: a full build
                manifest = sitebuild.manifest_of(record, None, report.docs, config, epoch, str(site_dir))
            elif sitebuild.merge(previous, record, partial, site_dir, staging, spare_path(settings, name),
                                 copy=prepared and prepared.take_copy(), before=prepared and prepared.before):
                manifest = sitebuild.manifest_of(record, previous, report.docs, config, epoch, str(site_dir))
                report.site_partial, report.site_pages = manifest is not None, len(record["built"])
            timings["merge"] = time.perf_counter() - clock - timings["mkdocs_partial"]
            for folder in (staging, partial) if manifest is None else (partial,):
                shutil.rmtree(folder, ignore_errors=True)
        if manifest is None and halves(settings, report):
            record = sitebuild.run_halves(settings.config_file, env, staging, report.doc_sizes, work, theme_key=config,
                                          early=prepared and prepared.take_halves())
            if record is not None:
                report.site_halves, report.site_partial, report.site_pages = True, False, len(record["built"])
                manifest = sitebuild.manifest_of(record, None, report.docs, config, epoch, str(site_dir))
            else:
                shutil.rmtree(staging, ignore_errors=True)
        if manifest is None:
            if prepared is not None:
                prepared.stop_halves()
            record = sitebuild.run(settings.config_file, env, staging, None, work, theme_key=config)
            report.site_partial, report.site_pages = False, len(record["built"])
            manifest = sitebuild.manifest_of(record, None, report.docs, config, epoch, str(site_dir))
        timings["mkdocs"] = time.perf_counter() - clock
        stages.done("mkdocs", what, timings["mkdocs"])
        if settings.search == "pagefind":
            clock = time.perf_counter()
            stages.begin("pagefind", "search index")
            shutil.rmtree(staging / "pagefind", ignore_errors=True)   # a merged site holds the last one
            run_pagefind(staging)
            timings["pagefind"] = time.perf_counter() - clock
            stages.done("pagefind", "search index", timings["pagefind"])
        sitebuild.save_manifest(where, None)      # from the swap on, the old record describes no site
        publish(staging, site_dir, spare_path(settings, name))
        if name == "site":       # site.digest lets `briefing build` skip MkDocs; the preview has its own folder
            save_site_inputs(settings, report.site_inputs)
        sitebuild.save_manifest(where, manifest)
    except sitebuild.MkDocsFailed as error:
        raise BuildError(str(error)) from None
    finally:
        for folder in (staging, partial):
            if folder.exists():
                shutil.rmtree(folder, ignore_errors=True)


# A full MkDocs build runs as two processes, one per half of the pages (sitebuild.run_halves), on a
# machine with two cores or more, from this many pages: each process pays about two seconds to
# start, read the configuration and list the files, which a site of this size repays.
HALVES_MIN = 1000


def halves(settings: Settings, report: Report) -> bool:
    """Whether a full build runs in two MkDocs processes (`jobs: 1` keeps it to one)."""
    pages = sum(1 for rel in report.doc_sizes if rel.endswith(".md"))
    return settings.jobs != 1 and (os.cpu_count() or 1) >= 2 and pages >= HALVES_MIN


def site_is_current(settings: Settings, inputs: str) -> bool:
    """True when the published site was built from exactly these inputs (MkDocs can be skipped)."""
    try:
        stored = json.loads((settings.cache_dir / SITE_DIGEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    site_dir = settings.site_dir.resolve()
    return (isinstance(stored, dict) and bool(inputs) and stored.get("inputs") == inputs
            and stored.get("site_dir") == str(site_dir) and (site_dir / "index.html").is_file())


def save_site_inputs(settings: Settings, inputs: str) -> None:
    # (not written: the next build runs MkDocs again, slower, never wrong)
    files.write_quietly(settings.cache_dir / SITE_DIGEST,
                        json.dumps({"inputs": inputs, "site_dir": str(settings.site_dir.resolve())}))
