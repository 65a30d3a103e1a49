"""Only regular files inside content/ are read: links (to anything, inside or out), hidden files,
folders and FIFOs are refused or reported with the file named, never published or skipped
without a word (issue 15, item 1)."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from generator.build import Report, discover, read_all
from generator.check import check_content
from generator.config import SettingsError, load_settings
from generator.extract import ArticleError, read_article
from generator.lexicon import LexiconError, load_lexicon

ROOT = Path(__file__).resolve().parent.parent
SECRET = "RAHASIA-4d1f-token-yang-tidak-boleh-terbit"
ARTICLE = ("Jepang Protes Uji Rudal\n\nTokyo - Pemerintah Jepang memprotes uji rudal Korea Utara pada "
           "Kamis (3/11/2022), kata juru bicara Hirokazu Matsuno.\n")


@pytest.fixture
def content(tmp_path):
    """A content folder with one good article and a secret file outside it."""
    root = tmp_path / "content"
    (root / "articles").mkdir(parents=True)
    (root / "register").mkdir()
    (root / "articles" / "baik.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "secret.txt").write_text(f"Berita {SECRET} di Seoul.\n" * 5, encoding="utf-8")
    return root


def _make(entry: Path, how: str, tmp_path: Path) -> None:
    if how == "absolute link":
        entry.symlink_to(tmp_path / "secret.txt")
    elif how == "relative link":
        entry.symlink_to(Path("..") / ".." / "secret.txt")
    elif how == "link inside content":
        entry.symlink_to("baik.txt")
    elif how == "broken link":
        entry.symlink_to(tmp_path / "nowhere.txt")
    elif how == "folder":
        entry.mkdir()
    elif how == "fifo":
        os.mkfifo(entry)


@pytest.mark.parametrize("how, severity", [
    ("absolute link", "error"), ("relative link", "error"), ("link inside content", "error"),
    ("broken link", "error"), ("folder", "warning"), ("fifo", "warning"),
])
def test_discover_reports_every_entry_that_is_not_a_regular_file(content, tmp_path, how, severity):
    entry = content / "articles" / "x.txt"
    _make(entry, how, tmp_path)
    report = Report()
    paths = discover(content / "articles", report)
    assert paths == [content / "articles" / "baik.txt"]
    [problem] = report.problems
    assert problem.path == str(entry) and problem.severity == severity
    assert ("symbolic link" in problem.message) == ("link" in how)


def test_discover_reports_a_hidden_file_and_does_not_read_it(content):
    (content / "articles" / ".tersembunyi.txt").write_text(ARTICLE.replace("Jepang", "Kanada"), encoding="utf-8")
    report = Report()
    articles = read_all(discover(content / "articles", report), report)
    assert [a.id for a in articles] == ["baik"]
    [problem] = report.problems
    assert problem.severity == "warning" and "hidden" in problem.message


@pytest.mark.parametrize("how", ["absolute link", "relative link"])
def test_read_article_never_follows_a_link(content, tmp_path, how):
    entry = content / "articles" / "x.txt"
    _make(entry, how, tmp_path)
    with pytest.raises(ArticleError, match="symbolic link"):
        read_article(entry)


def test_read_article_refuses_a_fifo_without_blocking(content):
    entry = content / "articles" / "pipa.txt"
    os.mkfifo(entry)
    with pytest.raises(ArticleError, match="not a regular file"):
        read_article(entry)


@pytest.mark.parametrize("how", ["absolute link", "relative link"])
def test_check_names_a_linked_article_as_an_error(content, tmp_path, how):
    entry = content / "articles" / "x.txt"
    _make(entry, how, tmp_path)
    problems = check_content(content)
    assert [(p.path, p.severity) for p in problems if "symbolic link" in p.message] == [(str(entry), "error")]


def test_a_linked_register_file_is_refused_by_check_and_by_the_loader(content, tmp_path):
    (tmp_path / "orang.yaml").write_text("entities:\n  - id: x\n    kind: person\n    name: Budi Santoso\n",
                                         encoding="utf-8")
    (content / "register" / "orang.yaml").symlink_to(tmp_path / "orang.yaml")
    problems = check_content(content)
    assert any(p.severity == "error" and p.path.endswith("orang.yaml") and "symbolic link" in p.message
               for p in problems)
    with pytest.raises(LexiconError, match="symbolic link"):
        load_lexicon(content)


def test_a_linked_settings_file_is_refused(content, tmp_path):
    (tmp_path / "briefing.yml").write_text(f"title: {SECRET}\n", encoding="utf-8")
    (content / "briefing.yml").symlink_to(tmp_path / "briefing.yml")
    with pytest.raises(SettingsError, match="symbolic link"):
        load_settings(content)
    assert any(p.severity == "error" and "symbolic link" in p.message for p in check_content(content))


@pytest.mark.slow
def test_build_publishes_nothing_from_outside_content(tmp_path):
    from generator.build import build

    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    (tmp_path / "secret.txt").write_text(f"Berita {SECRET} di Seoul.\n" * 5, encoding="utf-8")
    (content / "articles" / "bocor.txt").symlink_to(tmp_path / "secret.txt")
    (content / "articles" / "bocor-relatif.txt").symlink_to(Path("..") / ".." / "secret.txt")
    settings = load_settings(content, docs_dir=tmp_path / "docs", site_dir=tmp_path / "site",
                             cache_dir=tmp_path / "cache", pdf=False)
    report = build(settings)
    refused = sorted(Path(p.path).name for p in report.errors if "symbolic link" in p.message)
    assert refused == ["bocor-relatif.txt", "bocor.txt"]
    assert report.articles == 5          # the seeds still build
    leaked = [p for p in (tmp_path / "site").rglob("*") if p.is_file() and SECRET.encode() in p.read_bytes()]
    leaked += [p for p in (tmp_path / "docs").rglob("*") if p.is_file() and SECRET.encode() in p.read_bytes()]
    assert leaked == []
