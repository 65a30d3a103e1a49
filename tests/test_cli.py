"""The CLI: every command answers --help, extract prints the records, bad files are named,
and the README documents every command and every setting (sqlite-utils' rule)."""
from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import cli
from generator.config import Settings

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(cli.commands)


@pytest.mark.parametrize("command", COMMANDS)
def test_cli_command_has_help(command):
    result = CliRunner().invoke(cli, [command, "--help"])
    assert result.exit_code == 0 and "Usage:" in result.output


@pytest.mark.parametrize("command", COMMANDS)
def test_cli_readme_lists_every_command(command):
    assert f"`briefing {command}" in README


@pytest.mark.parametrize("setting", [f.name for f in dataclasses.fields(Settings)])
def test_cli_readme_lists_every_setting(setting):
    assert re.search(rf"\| `{setting}` \|", README), setting


def test_cli_extract_prints_records_for_every_file():
    files = sorted(str(p) for p in (ROOT / "content" / "articles").glob("*.txt"))
    result = CliRunner().invoke(cli, ["extract", "--json", *files])
    assert result.exit_code == 0, result.output
    records = json.loads(result.stdout)
    assert [r["article"] for r in records] == [Path(f).stem for f in files]
    for record in records:
        for field in ("article", "headline", "outlet", "published", "dateline", "summary", "persons",
                      "organizations", "countries", "places", "dates", "quotes"):
            assert field in record


@pytest.mark.parametrize("content, reason", [
    (b"", "empty"),
    (b"   \n\t\n", "whitespace"),
    (b"\x00\x01\x02binary\x00", "binary"),
])
def test_cli_extract_names_a_bad_file_and_keeps_the_rest(tmp_path, content, reason):
    bad = tmp_path / "bad article.txt"
    bad.write_bytes(content)
    good = ROOT / "content" / "articles" / "001_623a4fe61b1ac6d9.txt"
    result = CliRunner().invoke(cli, ["extract", "--json", str(bad), str(good)])
    assert result.exit_code == 1
    assert "bad article.txt" in result.stderr and reason in result.stderr
    assert '"article": "001_623a4fe61b1ac6d9"' in result.stdout


@pytest.mark.slow
def test_cli_pdf_writes_a_pdf_per_brief_and_the_dossier_and_says_so(tmp_path, monkeypatch):
    content = tmp_path / "content"
    import shutil
    shutil.copytree(ROOT / "content", content)
    out = tmp_path / "out"
    monkeypatch.chdir(tmp_path)          # the cache folder is relative to where the command runs
    result = CliRunner().invoke(cli, ["pdf", "--content", str(content), "--out", str(out)])
    assert result.exit_code == 0, result.output
    articles = sorted((content / "articles").glob("*.txt"))
    written = sorted(p.name for p in out.glob("*.pdf"))
    assert len(written) == len(articles) + 1 and "dossier.pdf" in written
    assert all(p.read_bytes().startswith(b"%PDF") for p in out.glob("*.pdf"))
    summary = result.output.strip().splitlines()[-1]
    assert summary.startswith(f"{len(articles)} briefs (") and f"{len(written)} PDFs" in summary, summary
    assert "pages rendered" not in summary and " 0 entities" not in summary, summary


SNIPPET = ("Seoul (ANTARA) - Kantor Berita Yonhap melaporkan bahwa Kementerian Luar Negeri Korea Selatan "
           "memanggil duta besar Rusia di Seoul pada Senin.\n")


def test_cli_extract_from_outside_the_project_uses_its_register_and_says_so(tmp_path, monkeypatch):
    article = tmp_path / "snippet.txt"
    article.write_text(SNIPPET, encoding="utf-8")
    monkeypatch.chdir(tmp_path)          # no content/ here nor above: the project's own is used
    result = CliRunner().invoke(cli, ["extract", str(article)])
    assert result.exit_code == 0, result.output
    assert f"register {ROOT / 'content' / 'register'}" in result.stderr
    record = json.loads(result.stdout)[0]
    assert "yonhap" in [o["id"] for o in record["organizations"]]      # known only from the register
    assert "seoul" in [p["id"] for p in record["places"]]


def test_cli_extract_prefers_the_content_folder_where_it_runs_and_takes_content(tmp_path, monkeypatch):
    from generator.cli import find_content

    (tmp_path / "content" / "register").mkdir(parents=True)
    (tmp_path / "sub").mkdir()
    assert find_content(tmp_path / "sub") == (tmp_path / "content").resolve()
    assert find_content(ROOT / "generator") == ROOT / "content"
    article = tmp_path / "snippet.txt"
    article.write_text(SNIPPET, encoding="utf-8")
    monkeypatch.chdir(tmp_path / "sub")
    result = CliRunner().invoke(cli, ["extract", str(article)])
    assert result.exit_code == 0, result.output
    assert f"register {(tmp_path / 'content' / 'register').resolve()}" in result.stderr
    assert "yonhap" not in [o["id"] for o in json.loads(result.stdout)[0]["organizations"]]
    result = CliRunner().invoke(cli, ["extract", "--content", str(ROOT / "content"), str(article)])
    assert f"register {ROOT / 'content' / 'register'}" in result.stderr
    assert "yonhap" in [o["id"] for o in json.loads(result.stdout)[0]["organizations"]]
    missing = CliRunner().invoke(cli, ["extract", "--content", str(tmp_path / "nowhere"), str(article)])
    assert missing.exit_code == 2 and "nowhere" in missing.output
