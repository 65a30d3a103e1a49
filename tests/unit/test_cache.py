"""The extraction cache key follows the extractor's own code, found from extract.py's imports."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator import cache

PACKAGE = Path(cache.__file__).parent


@pytest.fixture
def package(tmp_path):
    """A copy of the generator package to edit (its .py files and its language files)."""
    copy = tmp_path / "generator"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    return copy


def digest(package: Path) -> str:
    cache.extractor_digest.cache_clear()
    return cache.extractor_digest(package)


def test_the_extractor_is_extract_and_what_it_imports():
    modules = cache.extractor_modules()
    assert {"extract", "document", "layout", "segment", "actors", "dates", "quotes", "summary",
            "model", "lexicon"} <= set(modules)
    assert not {"pages", "build", "cli", "pdf", "serve", "cache"} & set(modules)


def test_a_new_stage_changes_the_key_once_extract_imports_it(package):
    before = digest(package)
    (package / "coref.py").write_text('"""A new stage."""\n', encoding="utf-8")
    assert digest(package) == before                       # not used by extraction yet
    extract = package / "extract.py"
    extract.write_text(extract.read_text(encoding="utf-8").replace(
        "from . import actors,", "from . import coref, actors,", 1), encoding="utf-8")
    imported = digest(package)
    assert imported != before
    (package / "coref.py").write_text('"""A new stage, edited."""\n', encoding="utf-8")
    assert digest(package) != imported


@pytest.mark.parametrize("imports", ["from .coref import salience\n", "from generator.coref import salience\n",
                                     "import generator.coref\n"])
def test_a_module_imported_by_a_stage_is_in_the_key(package, imports):
    (package / "coref.py").write_text("def salience():\n    pass\n", encoding="utf-8")
    dates = package / "dates.py"
    dates.write_text(imports + dates.read_text(encoding="utf-8"), encoding="utf-8")
    assert "coref" in cache.extractor_modules(package)
    before = digest(package)
    (package / "coref.py").write_text("def salience():\n    return 1\n", encoding="utf-8")
    assert digest(package) != before


def test_a_subpackage_is_one_module_of_the_key_with_every_file_in_it(package):
    # quotes/ is imported by extract.py as one module; its files import each other (`.x`) and the
    # package's modules (`..x`): each file is in the key, and what they import from the package too
    assert "quotes" in cache.extractor_modules(package)
    before = digest(package)
    (package / "quotes" / "new_part.py").write_text("from ..coref import salience\n", encoding="utf-8")
    (package / "coref.py").write_text("def salience():\n    pass\n", encoding="utf-8")
    assert "coref" in cache.extractor_modules(package) and "new_part" not in cache.extractor_modules(package)
    with_part = digest(package)
    assert with_part != before
    (package / "coref.py").write_text("def salience():\n    return 1\n", encoding="utf-8")
    assert digest(package) != with_part


def test_other_modules_leave_the_key_alone_and_language_files_change_it(package):
    before = digest(package)
    pages = package / "pages.py"
    pages.write_text(pages.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    assert digest(package) == before
    speech = package / "lang" / "id" / "speech.yaml"
    speech.write_text(speech.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    assert digest(package) != before


def test_the_memo_stands_for_the_digest_only_while_every_file_of_the_package_is_the_same(package, tmp_path):
    import json

    memo = tmp_path / "cache" / cache.EXTRACTOR_MEMO
    cold = digest(package)
    cache.extractor_digest.cache_clear()
    assert cache.extractor_digest(package, memo) == cold and memo.is_file()
    stored = json.loads(memo.read_text(encoding="utf-8"))
    memo.write_text(json.dumps(dict(stored, extractor="read from the memo")), encoding="utf-8")
    cache.extractor_digest.cache_clear()
    assert cache.extractor_digest(package, memo) == "read from the memo"      # the modules were not parsed
    pages = package / "pages.py"                     # not an extraction module, but a file of the package
    pages.write_text(pages.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    cache.extractor_digest.cache_clear()
    assert cache.extractor_digest(package, memo) == cold                      # computed again
    quotes = package / "quotes" / "__init__.py"
    quotes.write_text(quotes.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    cache.extractor_digest.cache_clear()
    assert cache.extractor_digest(package, memo) == digest(package) != cold
    memo.write_text("not json", encoding="utf-8")
    cache.extractor_digest.cache_clear()
    assert cache.extractor_digest(package, memo) == digest(package)


def test_a_cache_keys_articles_with_the_extractor_digest(tmp_path):
    from generator.model import Article

    article = Article("a", "a.txt", "Teks.")
    briefs = cache.BriefCache(tmp_path, "lexicon")
    assert briefs.key(article) == cache.cache_key(article, "lexicon")
    assert briefs.key(article) != cache.cache_key(article, "another lexicon")


def test_every_seed_brief_comes_back_from_the_cache_equal(seed_briefs, tmp_path):
    briefs = cache.BriefCache(tmp_path, "lexicon")
    for brief in seed_briefs.values():
        briefs.put(brief)
    assert all(briefs.get(brief.article) == brief for brief in seed_briefs.values())
    assert len(list(tmp_path.glob("briefs/*/*.json"))) == len(seed_briefs) >= 5


def test_an_extraction_worker_sends_a_brief_back_as_its_entry_text_unless_it_has_none(seed_briefs, tmp_path,
                                                                                    monkeypatch):
    """A worker returns each brief as the text of its cache entry, which the build decodes into
    the same brief; a brief cut by the time limit (never cached) comes back as the Brief."""
    import dataclasses

    from generator import build
    from generator.extract import STOPPED
    from generator.model import Problem

    brief = next(iter(seed_briefs.values()))
    cut = dataclasses.replace(brief, problems=(Problem("x.txt", "actors", f"{STOPPED} (1 s)", "warning"),))
    made = {"a": brief, "b": cut}
    monkeypatch.setattr(build, "extract", lambda article, lex: made[article])
    monkeypatch.setattr(build, "_WORKER", (None, cache.BriefCache(tmp_path, "lexicon")))
    text, same = build._extract_chunk(["a", "b"])
    assert isinstance(text, str) and same is cut
    back = cache.BriefCache.decoded(text, brief.article)
    assert back == brief and back is not brief and back.article is brief.article
    assert cache.BriefCache(tmp_path, "lexicon").get(brief.article) == brief


def test_a_cached_brief_keeps_every_kind_of_value_and_refuses_what_it_cannot_store(tmp_path):
    import dataclasses

    from generator.model import (Actor, Article, Brief, Credit, DateMention, Furniture, Layout, Mention,
                                 Problem, Quote, Sentence, Span, Statement)

    article = Article("x", "x.txt", "Kepala Dinas Marlo Tevanu berkata, “Kami siap.” Ia menegaskan bahwa rapat jalan.")
    brief = Brief(article=article,
                  layout=Layout(Span(0, 5), None, None, None, Span(1, 2), (Span(0, 10), Span(11, 20)), (),
                                (Furniture(Span(3, 4), "line:ad"),), (Credit(Span(5, 6), "author", "Rina"),)),
                  published=DateMention(Span(0, 4), "2024", "2024", "year", "y", None, False),
                  sentences=(Sentence(Span(0, 40), 0), Sentence(Span(41, 80), 1, True)), summary=(Span(0, 40),),
                  actors=(Actor("p1", "person", "Marlo Tevanu", (Mention(Span(13, 25), "Marlo Tevanu", "person", "p1", "r"),),
                                "Kepala Dinas", None, None, Span(0, 12)),),
                  dates=(), quotes=(Quote(Span(35, 45), "Kami siap.", "Marlo Tevanu", "p1", Span(26, 32), "curly",
                                          None, (Span(35, 40), Span(41, 45))),),
                  statements=(Statement(Span(49, 80), "rapat jalan", None, None, "menegaskan", Span(52, 62), "c"),),
                  problems=(Problem("x.txt", "dates", "odd", "warning", Span(1, 3), 4), Problem("x.txt", "read", "plain")))
    briefs = cache.BriefCache(tmp_path, "lexicon")
    briefs.put(brief)
    back = briefs.get(article)
    assert back == brief and back is not brief
    assert type(back.quotes[0].parts) is tuple and type(back.layout.body[0]) is Span
    # A list where the model has a tuple is not stored (a later build would read back another value).
    odd = dataclasses.replace(brief, article=Article("y", "y.txt", article.text), summary=[Span(0, 40)])
    briefs.put(odd)
    assert briefs.get(odd.article) is None
    # An entry for another article, or of another shape, is a miss.
    path = briefs._path(briefs.key(article))
    stored = path.read_text(encoding="utf-8")
    path.write_text(stored.replace('"x.txt"', '"z.txt"', 1), encoding="utf-8")
    assert briefs.get(article) is None
    path.write_text(stored.replace('"brief":[', '"brief":[1,', 1), encoding="utf-8")
    assert briefs.get(article) is None


def _small_brief():
    from generator.model import Actor, Article, Brief, Layout, Mention, Quote, Sentence, Span

    article = Article("q", "q.txt", "Menteri Tavo Relan tiba di Pelabuhan Dumar pada Senin. “Kami siap,” kata Relan.")
    return Brief(article=article, layout=Layout(Span(0, 5), None, None, None, None, (Span(0, 54),), (), (), ()),
                 published=None, sentences=(Sentence(Span(0, 54), 0),), summary=(Span(0, 54),),
                 actors=(Actor("p1", "person", "Tavo Relan", (Mention(Span(8, 18), "Tavo Relan", "person", "p1", "r"),),
                               "Menteri", None, None, None),
                         Actor("g1", "place", "Pelabuhan Dumar", (Mention(Span(27, 42), "Pelabuhan Dumar", "place", "g1", "r"),))),
                 dates=(), quotes=(Quote(Span(56, 65), "Kami siap", "Tavo Relan", "p1", Span(68, 72), "curly"),),
                 statements=(), problems=())


def _entry(briefs, article):
    import json

    head, rest = briefs._path(briefs.key(article)).read_text(encoding="utf-8").split("\n")
    return json.loads(head), json.loads(rest)


def _write_entry(briefs, article, head: dict, rest: list) -> None:
    import json

    rest_text = json.dumps(rest)
    head = dict(head, rest=len(rest_text))
    briefs._path(briefs.key(article)).write_text(json.dumps(head) + "\n" + rest_text, encoding="utf-8")


def test_a_stored_value_of_the_wrong_shape_in_a_brief_s_head_is_a_miss(tmp_path):
    """The decoders are written out per class (cache._decoder): a value one short, a span with a
    third end, an odd flat list of span ends or a wrong type in the part of the brief decoded when
    it is read (its head) is a miss; so is an entry cut short or without its rest."""
    import json

    brief = _small_brief()
    article = brief.article
    briefs = cache.BriefCache(tmp_path, "lexicon")
    briefs.put(brief)
    assert briefs.get(article) == brief
    good, rest = _entry(briefs, article)
    layout, summary, actors = 0, 3, 4
    # (fewer actors than lists of mentions: seen when the rest is read; the next test)
    for spoil, seen_in_the_head in ((lambda b: b[layout].__setitem__(0, [0, 5, 7]), True),   # a span with three ends
                                    (lambda b: b[summary].append(3), True),          # odd flat list of span ends
                                    (lambda b: b[actors][0].pop(), True),            # an actor one value short
                                    (lambda b: b[actors][0].append("extra"), True),  # an actor one value long
                                    (lambda b: b[layout].__setitem__(0, 7), True),   # a number where a span is
                                    (lambda b: b[actors].pop(), False)):
        data = json.loads(json.dumps(good))
        spoil(data["brief"])
        _write_entry(briefs, article, data, rest)
        assert briefs.get(article, lazy=False) is None, data["brief"]
        assert (briefs.get(article) is None) == seen_in_the_head, data["brief"]
    path = briefs._path(briefs.key(article))
    whole = json.dumps(good) + "\n" + json.dumps(rest)
    for cut in (whole[:len(whole) - 3], whole.split("\n")[0], whole.replace("\n", " ")):
        path.write_text(cut, encoding="utf-8")
        assert briefs.get(article) is None
    _write_entry(briefs, article, good, rest)
    assert briefs.get(article) == brief


def test_a_cached_brief_is_decoded_in_part_and_the_rest_when_first_read(tmp_path):
    """A warm build decodes each cached brief's head (title, dates, outlet, summary, actors' keys and
    roles); its sentences, dates, quotes, statements and mentions when one of them is first read,
    after which it is the model's own Brief (equal, hashable, picklable, replaceable as before)."""
    import copy
    import dataclasses
    import pickle

    from generator.model import Actor, Brief

    brief = _small_brief()
    briefs = cache.BriefCache(tmp_path, "lexicon")
    briefs.put(brief)
    back = briefs.get(brief.article)
    assert type(back) is cache.StoredBrief and all(type(a) is cache.StoredActor for a in back.actors)
    assert back.title == brief.title and [(a.key, a.role) for a in back.actors] == [("p1", "Menteri"), ("g1", None)]
    assert back.layout == brief.layout and back.summary == brief.summary and back.published is None
    assert type(back) is cache.StoredBrief                     # the head's fields read: nothing more decoded
    assert back.actors[1].mentions == brief.actors[1].mentions  # an actor's mentions: the whole rest decoded
    assert type(back) is Brief and all(type(a) is Actor for a in back.actors) and back.quotes == brief.quotes
    # However it is first touched, it is the same brief.
    for touch in (lambda b: b == brief, hash, repr, pickle.dumps, copy.deepcopy, lambda b: b.sentences,
                  lambda b: dataclasses.replace(b, problems=()), cache.brief_to_json, cache.loaded):
        again = briefs.get(brief.article)
        touch(again)
        assert type(again) is Brief and again == brief and hash(again) == hash(brief) and again is not brief
    assert pickle.loads(pickle.dumps(briefs.get(brief.article))) == brief
    assert briefs.get(brief.article) != dataclasses.replace(brief, quotes=())
    assert brief == briefs.get(brief.article) and not brief != briefs.get(brief.article)
    whole = briefs.get(brief.article, lazy=False)
    assert type(whole) is Brief and whole == brief


def test_a_cached_brief_whose_rest_is_spoilt_is_extracted_again_or_refused(tmp_path):
    """The rest of an entry is read after the build took its head: spoilt then, the article is
    extracted again (`remake`) and its rest taken when the head is the same; never a different brief
    (SpoiltEntry). Either way the entry is removed, so the next build extracts the article."""
    import dataclasses
    import json

    brief = _small_brief()
    article = brief.article
    remade: list = []

    def remake(article_):
        remade.append(article_)
        return brief
    briefs = cache.BriefCache(tmp_path, "lexicon", remake=remake)
    briefs.put(brief)
    head, rest = _entry(briefs, article)
    path = briefs._path(briefs.key(article))
    sentences, mentions = 0, 4
    for spoil in (lambda r: r[sentences][0].pop(),                        # a sentence one value short
                  lambda r: r[mentions][0][0].append("extra"),            # a mention one value long
                  lambda r: r[mentions].__setitem__(0, 5),                # a number where mentions are
                  lambda r: r[mentions].pop()):                           # fewer mentions lists than actors
        spoilt = json.loads(json.dumps(rest))
        spoil(spoilt)
        _write_entry(briefs, article, head, spoilt)
        back = briefs.get(article)
        assert back is not None and remade == []                 # its head was fine
        assert back.quotes == brief.quotes and back == brief and remade == [article] and not path.exists()
        assert briefs.get(article, lazy=False) is None           # (the entry is gone)
        remade.clear()
        briefs.put(brief)
    other = cache.BriefCache(tmp_path, "lexicon", remake=lambda a: dataclasses.replace(brief, summary=()))
    for cache_ in (other, cache.BriefCache(tmp_path, "lexicon")):
        spoilt = json.loads(json.dumps(rest))
        spoilt[sentences] = "spoilt"
        _write_entry(briefs, article, head, spoilt)
        back = cache_.get(article)
        with pytest.raises(cache.SpoiltEntry):
            back.sentences
        assert not path.exists()
    briefs.put(brief)
    assert briefs.get(article) == brief and remade == []


def test_a_build_s_cache_takes_the_briefs_heads_from_one_store_and_each_rest_from_its_entry(tmp_path):
    """A build's cache (heads=True) keeps the head lines of the entries it used in one store, and
    the next build takes them from there while each entry is as it was (its size and mtime); a
    brief's rest is read from its entry when first needed, only while that entry's head is still the
    one taken. An entry rewritten or removed since is read again (a miss when spoilt or gone); a rest
    spoilt behind an unchanged stamp is extracted again, the entry and the store removed, never a
    different brief (SpoiltEntry). A spoilt or missing store is no store."""
    import dataclasses
    import os

    brief = _small_brief()
    other = dataclasses.replace(_small_brief(), article=dataclasses.replace(brief.article, id="b", path="b.txt"))
    first = cache.BriefCache(tmp_path, "lexicon", heads=True)
    first.put(brief)
    first.put(other)
    first.save_heads()
    store = tmp_path / cache.HEADS_STORE
    path = first._path(first.key(brief.article))
    good = path.read_text(encoding="utf-8")

    def spoil(text: str) -> None:
        """The entry's bytes replaced by as many others, its mtime kept."""
        stat = path.stat()
        assert len(text.encode("utf-8")) == stat.st_size
        path.write_text(text, encoding="utf-8")
        os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))

    def fresh(remake=None) -> cache.BriefCache:
        return cache.BriefCache(tmp_path, "lexicon", heads=True, remake=remake)

    for cache_ in (fresh(), cache.BriefCache(tmp_path, "lexicon")):
        back = cache_.get(brief.article)
        assert type(back) is cache.StoredBrief and back == brief and type(back) is cache.Brief
    # Taken from the store: the head's line spoilt behind its stamp is not read.
    head, rest = good.split("\n")
    spoil("{" * len(head) + "\n" + rest)
    assert cache.BriefCache(tmp_path, "lexicon").get(brief.article) is None
    remade: list = []
    back = fresh(lambda a: remade.append(a) or brief).get(brief.article)
    assert back is not None and back.layout == brief.layout and remade == []
    assert back.quotes == brief.quotes and remade == [brief.article]       # (its rest: the entry is not the same)
    assert not path.exists() and not store.exists()
    # Written again by a build that used both entries; a rest spoilt behind its stamp, made again
    # the same, or else refused.
    again = fresh()
    again.put(brief)
    again.get(other.article)
    again.save_heads()
    assert store.is_file()
    for remake, same in ((lambda a: brief, True), (lambda a: dataclasses.replace(brief, summary=()), False)):
        spoil(head + "\n" + "[" * len(rest))
        back = fresh(remake).get(brief.article)
        assert back is not None
        if same:
            assert back.quotes == brief.quotes
        else:
            with pytest.raises(cache.SpoiltEntry):
                back.quotes
        assert not path.exists() and not store.exists()
        again.put(brief)
        again.save_heads()
    # An entry rewritten since (another size or mtime) is read again: a miss when spoilt, or gone.
    path.write_text("{not json", encoding="utf-8")
    assert fresh().get(brief.article) is None
    path.unlink()
    assert fresh().get(brief.article) is None
    # A spoilt store is no store.
    again.put(brief)
    again.save_heads()
    for spoilt in (b"", b"briefing marshal", store.read_bytes()[:-7]):
        store.write_bytes(spoilt)
        assert fresh().get(brief.article) == brief
    # A build that used only one of them keeps only its head.
    only = fresh()
    only.get(other.article)
    only.save_heads()
    assert list(only.heads._load()) == [only.key(other.article)]


def test_records_made_directly_by_the_decoder_are_the_model_s_own():
    """A record with slots is made by setting its fields (cache._decoder): equal, hashable, frozen,
    and the same as one made by its constructor; a class with a __post_init__ goes through it."""
    import dataclasses

    import pytest

    from generator.model import Mention, Span

    _, decode = cache._dataclass_codec(Mention)
    made = decode([[3, 9], "Tavo Relan", "person", "p1", "r"])
    assert made == Mention(Span(3, 9), "Tavo Relan", "person", "p1", "r") and type(made.span) is Span
    assert hash(made) == hash(Mention(Span(3, 9), "Tavo Relan", "person", "p1", "r"))
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.text = "x"

    @dataclasses.dataclass(frozen=True, slots=True)
    class Checked:
        start: int
        end: int

        def __post_init__(self):
            if self.end < self.start:
                raise ValueError("backwards")
    assert not cache._plain_init(Checked) and cache._plain_init(Mention)
    decode_checked = cache._decoder(Checked, [int, int], [None, None])
    assert decode_checked([1, 2]) == Checked(1, 2)
    with pytest.raises(ValueError):
        decode_checked([2, 1])


def test_imports_read_from_compiled_code_are_those_of_the_syntax_tree(tmp_path):
    """`_imported` reads a module's imports from its compiled code, `_imported_by_tree` from its syntax tree:
    the same modules for every module of the package, and for invented ones importing in every way and
    place (a function, a class, a try block, `from . import a, b`, `import <package>.x as y`, a name past
    the 256th constant, which the code writes with an extended argument); none from a docstring."""
    package = Path(cache.__file__).resolve().parent
    for path in sorted(p for p in package.rglob("*.py") if "__pycache__" not in p.parts):
        assert cache._imported(path, package) == cache._imported_by_tree(path, package), path.name
    invented = tmp_path / "pkg"
    invented.mkdir()
    for name in ("alpha", "beta", "gamma", "delta", "eps", "zeta", "eta"):
        (invented / f"{name}.py").write_text("", encoding="utf-8")
    constants = "\n".join(f"    x{i} = {i + 1000}" for i in range(300))
    module = invented / "stage.py"
    module.write_text(
        '"""Docs: from .eta import nothing\n import pkg.eta\n"""\n'
        "from . import alpha, beta\n"
        "import os.path, pkg.gamma as g\n"
        "class C:\n    from .delta import thing\n"
        "def f():\n" + constants + "\n    from .eps import other\n    return x0\n"
        "try:\n    from pkg.zeta import z\nexcept ImportError:\n    pass\n", encoding="utf-8")
    assert cache._imported(module, invented) == cache._imported_by_tree(module, invented) == {
        "alpha", "beta", "gamma", "delta", "eps", "zeta"}
