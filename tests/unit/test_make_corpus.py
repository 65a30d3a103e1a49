"""The benchmark corpus generator (benchmarks/make_corpus.py): deterministic, and the news style has
the shapes it promises (real-size articles, furniture, quotes, dates, a long tail of names)."""
from __future__ import annotations

import importlib.util
import re
import statistics
from pathlib import Path

import pytest

_PATH = Path(__file__).resolve().parents[2] / "benchmarks" / "make_corpus.py"
_spec = importlib.util.spec_from_file_location("make_corpus", _PATH)
make_corpus = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(make_corpus)


def _texts(n: int, **kw) -> list[str]:
    return [text for text, _ in make_corpus.articles(n, **kw)]


@pytest.mark.parametrize("style", ["easy", "news"])
def test_same_seed_same_articles_other_seed_other_articles(style):
    assert _texts(30, style=style) == _texts(30, style=style)
    assert _texts(30, style=style, seed=12) != _texts(30, style=style)


def test_files_written_are_the_texts(tmp_path):
    paths = make_corpus.make_corpus(5, tmp_path, style="news")
    assert [p.name for p in paths] == [f"news_{i:05d}.txt" for i in range(5)]
    assert [p.read_text(encoding="utf-8") for p in paths] == _texts(5, style="news")


def test_unknown_style_is_refused():
    with pytest.raises(ValueError):
        list(make_corpus.articles(1, style="hard"))


def test_news_articles_are_real_size_with_furniture_quotes_and_dates():
    texts = _texts(200, style="news")
    sizes = [len(t.encode("utf-8")) for t in texts]
    assert 2700 <= statistics.mean(sizes) <= 3600 and min(sizes) >= 1500 and max(sizes) <= 6000
    easy = [len(t.encode("utf-8")) for t in _texts(200, style="easy")]
    assert statistics.mean(easy) < 2000          # the easy corpus stays what it was
    furniture = re.compile(r"^(BACA JUGA|Baca [Jj]uga|ADVERTISEMENT|SCROLL TO|Editor:|Penulis:|Tag:|Home ›|Bagikan|"
                           r"Simak |Ikuti kami|Artikel Berikutnya|Baca berita)", re.M)
    with_furniture = sum(len(furniture.findall(t)) >= 2 for t in texts)
    assert with_furniture >= 190
    quotes = [len(re.findall(r"[“\"][A-Z][^”\"]{20,}[,.][”\"]", t)) for t in texts]
    assert 2 <= statistics.mean(quotes) <= 5
    dated = [len(re.findall(r"\((\d{1,2})/(\d{1,2})(?:/\d{4})?\)|\b\d{1,2} [A-Z][a-z]+ \d{4}\b", t)) for t in texts]
    assert statistics.mean(dated) >= 2
    assert all(re.search(r"\(\d{1,2}/\d{1,2}/\d{4}\)", t) for t in texts)   # the lead's date


def test_news_names_have_a_long_tail():
    seen: dict[tuple[str, str], int] = {}
    for _, entities in make_corpus.articles(1000, style="news"):
        for entity in entities:
            seen[entity] = seen.get(entity, 0) + 1
    kinds = {kind for kind, _ in seen}
    assert kinds == {"person", "organization", "place"}
    assert 1500 <= len(seen) <= 3500                       # about 5,000 at 10,000 articles
    once = sum(1 for count in seen.values() if count == 1)
    assert once > len(seen) / 3                            # most names are rare ...
    assert max(seen.values()) > 50                         # ... and a few recur in many articles
