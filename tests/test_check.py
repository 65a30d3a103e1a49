"""`briefing check`: every content problem is reported with its file and line, in the plain
compiler form or as a GitHub Actions annotation; the real content/ passes."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import cli
from generator.lexicon import LexiconError, check_register, load_register

ROOT = Path(__file__).resolve().parent.parent

BROKEN_ENTRY = """\
entities:
  - id: kim-jong-un
    kind: person
    name: Kim Jong Un
  - id: sergei-lavrov
    kind: martian
    name: Sergei Lavrov
"""
DUPLICATE_ALIAS = """\
entities:
  - id: kim-jong-un
    kind: person
    name: Kim Jong Un
    aliases: [Kim Jong-un]
  - id: kim-jong-il
    kind: person
    name: Kim Jong Il
    aliases: [Kim Jong-un]
"""
MANY_PROBLEMS = """\
entities:
  - id: Not A Slug
    kind: person
    name: A
  - id: b
    kind: person
    name: ""
  - id: c
    kind: person
    name: C
    aliases: Cee
  - id: d
    kind: country
    name: D
    cldr: XX1
    colour: red
"""


def run_check(content: Path, monkeypatch, github: bool):
    """Run `briefing check` from the folder holding `content`, as CI does from the repository root."""
    monkeypatch.chdir(content.parent)
    if github:
        monkeypatch.setenv("GITHUB_ACTIONS", "true")
    else:
        monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    return CliRunner().invoke(cli, ["check", "--content", content.name])


def write(root: Path, rel: str, data: str | bytes) -> str:
    """Write root/content/rel; return the path as check prints it (relative to root)."""
    path = root / "content" / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, encoding="utf-8")
    return f"content/{rel}"


@pytest.mark.parametrize("github, expected", [
    (False, "{path}:6: error: kind: 'martian' is not one of"),
    (True, "::error file={path},line=6,title=briefing check (register)::kind: 'martian' is not one of"),
])
def test_check_reports_broken_register_entry_with_file_and_line(tmp_path, monkeypatch, github, expected):
    path = write(tmp_path, "register/people.yaml", BROKEN_ENTRY)
    result = run_check(tmp_path / "content", monkeypatch, github)
    assert result.exit_code == 1
    assert expected.format(path=path) in result.stdout


@pytest.mark.parametrize("github", [False, True])
def test_check_reports_duplicate_alias_with_both_ids(tmp_path, monkeypatch, github):
    path = write(tmp_path, "register/people.yaml", DUPLICATE_ALIAS)
    result = run_check(tmp_path / "content", monkeypatch, github)
    assert result.exit_code == 1
    [line] = [line for line in result.stdout.splitlines() if "already claimed" in line]
    assert "'kim-jong-il'" in line and "'kim-jong-un'" in line
    assert (f"file={path},line=9" if github else f"{path}:9: error:") in line   # the clashing `aliases:`


def test_check_reports_every_problem_not_only_the_first(tmp_path, monkeypatch):
    path = write(tmp_path, "register/people.yaml", MANY_PROBLEMS)
    result = run_check(tmp_path / "content", monkeypatch, github=False)
    assert result.exit_code == 1
    for line, fragment in [(2, "not a slug"), (7, "name: missing or empty"), (11, "aliases: expected a list"),
                           (16, "colour: unknown key"), (15, "cldr: 'XX1' is not a CLDR territory code")]:
        assert any(out.startswith(f"{path}:{line}: error: ") and fragment in out
                   for out in result.stdout.splitlines()), (line, fragment, result.stdout)


@pytest.mark.parametrize("name, data, fragment", [
    ("rusak.txt", b"\xff\xfe\x00\x00\x01\x02", "does not decode"),
    ("kosong.txt", b"", "empty"),
    ("biner.txt", bytes(range(32)) * 40, "binary"),
])
def test_check_reports_unreadable_article_with_file_name(tmp_path, monkeypatch, name, data, fragment):
    write(tmp_path, f"articles/{name}", data)
    write(tmp_path, "articles/baik.txt", "Seoul - Korea Utara dan Rusia menandatangani perjanjian.\n")
    result = run_check(tmp_path / "content", monkeypatch, github=False)
    assert result.exit_code == 1
    [line] = [line for line in result.stdout.splitlines() if name in line]
    assert ": error: " in line and fragment in line
    assert "baik.txt" not in result.stdout


@pytest.mark.parametrize("github, expected", [
    (False, "{path}: warning: not UTF-8; decoded as cp1252"),
    (True, "::warning file={path},title=briefing check (read)::not UTF-8; decoded as cp1252"),
])
def test_check_warns_on_legacy_encoding_without_failing(tmp_path, monkeypatch, github, expected):
    path = write(tmp_path, "articles/lama.txt", "Menteri \u201cLuar\u201d Negeri bertemu di Moskwa.\n".encode("cp1252"))
    result = run_check(tmp_path / "content", monkeypatch, github)
    assert result.exit_code == 0
    assert expected.format(path=path) in result.stdout


@pytest.mark.parametrize("rel, content, expected", [
    ("briefing.yml", "title: x\ncolour: red\n", "briefing.yml:2: error: colour: unknown setting"),
    ("briefing.yml", "ui_language: fr\n", "briefing.yml:1: error: ui_language:"),
    ("lang/furniture.yaml", "line: []\nnonsense: [a]\n", "furniture.yaml:1: error: line: expected a non-empty list"),
    ("lang/furniture.yaml", "line: []\nnonsense: [a]\n", "furniture.yaml:2: error: nonsense: unknown group"),
    ("lang/speech.yaml", "cues_after: [\n", "speech.yaml:2: error: (yaml): not valid YAML"),
    ("register/people.yaml", "entities: []\nextra: 1\n", "people.yaml:2: error: extra: unknown key"),
    ("lang/shapes.yaml", "appositions:\n  - id: x\n    example: a\n    pattern: [{kind: name}]\n",
     "shapes.yaml:1: error: appositions: [0]: each rule needs `id`, `example`, `counter_example` and `pattern`"),
    ("lang/shapes.yaml", "appositions:\n  - {id: x, example: a, counter_example: b, pattern: [{lower: {in: nope}}]}\n",
     "shapes.yaml: error: appositions: rule 'x'.pattern[0].lower: unknown group 'nope'"),
])
def test_check_reports_settings_and_language_problems_with_line(tmp_path, monkeypatch, rel, content, expected):
    write(tmp_path, rel, content)
    result = run_check(tmp_path / "content", monkeypatch, github=False)
    assert result.exit_code == 1
    assert expected in result.stdout


def test_check_annotation_escapes_percent(tmp_path, monkeypatch):
    write(tmp_path, "register/people.yaml", "entities:\n  - id: a\n    kind: \"50%\"\n    name: A\n")
    result = run_check(tmp_path / "content", monkeypatch, github=True)
    [line] = [line for line in result.stdout.splitlines() if line.startswith("::error")]
    assert "kind: '50%25" in line   # `%` is escaped as %25 in workflow commands


def test_check_passes_on_real_content(monkeypatch):
    result = run_check(ROOT / "content", monkeypatch, github=False)
    assert result.exit_code == 0, result.stdout
    assert ": error: " not in result.stdout


@pytest.mark.parametrize("text", [BROKEN_ENTRY, DUPLICATE_ALIAS, MANY_PROBLEMS])
def test_check_register_collects_while_load_register_raises_the_first(tmp_path, text):
    path = tmp_path / write(tmp_path, "people.yaml", text)
    problems = check_register([path])
    assert problems and all(p.path == str(path) and p.line for p in problems)
    with pytest.raises(LexiconError) as error:
        load_register([path])
    assert (error.value.key, error.value.line) == (problems[0].key, problems[0].line)


# --- Editor data is bounded (issue 15): regexes that backtrack catastrophically, YAML bombs ------

SLOW_RULE = "line:\n  - id: rakus\n    pattern: '^([A-Za-z]+\\s?)+$'\n"
SOUND_RULE = "line:\n  - id: promo-kilat\n    pattern: '(?i)^\\s*promo kilat\\b.*$'\n"


@pytest.mark.parametrize("pattern", [
    r"^([A-Za-z]+\s?)+$", r"(\w+\s?)*$", r"^(a|aa)+$", r"(.*,)*$", r"^(\s*x?)+y", r"(?i)^(\w+[ ]*)+:$",
])
def test_slow_pattern_finds_catastrophic_backtracking(pattern):
    import time

    from generator.lexicon import slow_pattern
    started = time.perf_counter()
    assert "backtracks catastrophically" in (slow_pattern(pattern) or "")
    assert time.perf_counter() - started < 5


@pytest.mark.parametrize("pattern", [
    r"^\s*(\d+)\s*$", r"(?i)^\s*promo kilat\b.*$", r"^([A-Za-z]++\s?)+$", r"^(?>[A-Za-z]+\s?)+$",
    r"^\s*(?:#\s*[\w-]+(?:[ \t]+[\w-]+){0,4}\s*)+$", r"\(\s*[A-Za-z]{1,6}(?:\s*/\s*[A-Za-z]{1,6}){1,3}\s*\)\s*$",
])
def test_slow_pattern_accepts_sound_patterns(pattern):
    from generator.lexicon import slow_pattern
    assert slow_pattern(pattern) is None


def test_every_shipped_furniture_rule_passes_the_backtracking_probe():
    """The shipped rules are not probed at load (no build pays for it): this test does it."""
    import yaml

    from generator.lexicon import LANG_DIR, slow_pattern
    data = yaml.safe_load((LANG_DIR / "id" / "furniture.yaml").read_text(encoding="utf-8"))
    rules = [rule for group in data.values() if isinstance(group, list) for rule in group if isinstance(rule, dict)]
    assert len(rules) > 50
    slow = {rule["id"]: slow_pattern(rule["pattern"], 1.0) for rule in rules}
    assert not {k: v for k, v in slow.items() if v}


def test_check_and_build_refuse_a_catastrophic_editor_regex_naming_file_and_rule(tmp_path, monkeypatch):
    import time

    from generator.build import BuildError, build
    from generator.config import load_settings
    path = write(tmp_path, "lang/furniture.yaml", SLOW_RULE)
    write(tmp_path, "articles/a.txt", "Seoul - Korea Utara dan Rusia menandatangani perjanjian baru.\n")
    started = time.perf_counter()
    result = run_check(tmp_path / "content", monkeypatch, github=False)
    assert result.exit_code == 1
    assert f"{path}:1: error: line.rakus: pattern backtracks catastrophically" in result.stdout
    settings = load_settings(tmp_path / "content", docs_dir=tmp_path / "docs", site_dir=tmp_path / "site",
                             cache_dir=tmp_path / "cache", pdf=False)
    with pytest.raises(BuildError, match=r"furniture\.yaml: line\.rakus: pattern backtracks"):
        build(settings)
    assert time.perf_counter() - started < 20
    assert not (tmp_path / "docs").exists()


def test_check_accepts_a_sound_editor_regex(tmp_path, monkeypatch):
    write(tmp_path, "lang/furniture.yaml", SOUND_RULE)
    write(tmp_path, "articles/a.txt", "Seoul - Korea Utara dan Rusia menandatangani perjanjian baru.\n")
    result = run_check(tmp_path / "content", monkeypatch, github=False)
    assert result.exit_code == 0, result.stdout


def _alias_bomb(first_key: str = "a") -> str:
    """Nine levels of nine aliases each: 387 bytes that expand to 9**9 (387 million) strings."""
    lines = [f'{first_key}: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    lines += [f"{c}: &{c} [" + ",".join([f"*{p}"] * 9) + "]" for p, c in zip("abcdefgh", "bcdefghi")]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("rel, content, fragment", [
    ("register/bom.yaml", _alias_bomb() + "entities:\n  - id: bom\n    kind: person\n    name: Bom\n    aliases: *i\n",
     "register/bom.yaml: error: (yaml): refused: expands to over 200,000 values"),
    ("lang/speech.yaml", _alias_bomb("cues_after"), "lang/speech.yaml: error: (yaml): refused: expands to over"),
    ("briefing.yml", _alias_bomb("title"), "briefing.yml: error: refused: expands to over"),
    ("register/lingkar.yaml", "suppress: &a [x, *a]\n", "register/lingkar.yaml: error: (yaml): refused: an alias "
     "refers to the value that contains it"),
    ("lang/titles.yaml", "heads: [" + ",".join(["Menteri"] * 400_000) + "]\n", "refused: 3,200,009 bytes is over the 2,097,152-byte limit"),
])
def test_check_refuses_yaml_over_its_limits_fast_and_small(tmp_path, monkeypatch, rel, content, fragment):
    import resource
    import time
    write(tmp_path, rel, content)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    result = run_check(tmp_path / "content", monkeypatch, github=False)
    assert time.perf_counter() - started < 10
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 200_000   # kB: no expansion
    assert result.exit_code == 1
    assert fragment in result.stdout, result.stdout
    assert "Traceback" not in result.stdout + result.stderr


def test_build_refuses_a_register_alias_bomb_with_the_file_named(tmp_path):
    from generator.build import BuildError, build
    from generator.config import load_settings
    write(tmp_path, "register/bom.yaml", _alias_bomb() + "entities:\n  - id: bom\n    kind: person\n    name: Bom\n"
          "    aliases: *i\n")
    write(tmp_path, "articles/a.txt", "Seoul - Korea Utara dan Rusia menandatangani perjanjian baru.\n")
    settings = load_settings(tmp_path / "content", docs_dir=tmp_path / "docs", site_dir=tmp_path / "site",
                             cache_dir=tmp_path / "cache", pdf=False)
    with pytest.raises(BuildError, match=r"bom\.yaml: \(yaml\): refused: expands to over"):
        build(settings)


def test_yaml_aliases_within_the_limit_still_load(tmp_path):
    from generator.lexicon import load_yaml_bounded
    path = tmp_path / "x.yaml"
    path.write_text("base: &b [Menteri, Duta Besar]\nheads: *b\n", encoding="utf-8")
    assert load_yaml_bounded(path) == {"base": ["Menteri", "Duta Besar"], "heads": ["Menteri", "Duta Besar"]}
@pytest.mark.parametrize("text, line, fragment", [
    # `distinct:` groups: a list of two or more spellings that are not one name once folded, and not
    # two aliases of one entry.
    ("distinct:\n  - [Andrei Sokolinsky]\n", 2, "expected a list of two or more spellings"),
    ("distinct:\n  - [A B, C D]\n  - Andrei Sokolinsky\n", 3, "expected a list of two or more spellings"),
    ("distinct: Andrei Sokolinsky\n", 1, "expected a list of [spelling, spelling, ...] groups"),
    ("distinct:\n  - [Park Sang-hoon, Park Sang Hoon]\n", 2, "one name once case, accents"),
    ("distinct:\n  - [Kim Jong Un, Kim Jong-un]\n", 2, "one name once case, accents"),
    ("distinct:\n  - [Kim Yo-jong, Kim Jong Un]\n  - [Yuri Trutnev, Yury Trutnev, Yurii Trutnev]\n", 3,
     "'yuri-trutnev' holds two of these"),
])
def test_check_reports_bad_distinct_groups_with_line(tmp_path, monkeypatch, text, line, fragment):
    import shutil
    shutil.copytree(ROOT / "content" / "register", tmp_path / "content" / "register")
    path = write(tmp_path, "register/editor.yaml", text)
    result = run_check(tmp_path / "content", monkeypatch, github=False)
    assert result.exit_code == 1
    [found] = [l for l in result.stdout.splitlines() if l.startswith(f"{path}:")]
    assert found.startswith(f"{path}:{line}: error: distinct: ") and fragment in found, result.stdout


def test_check_accepts_a_good_distinct_group(tmp_path, monkeypatch):
    write(tmp_path, "register/editor.yaml", "distinct:\n  - [Kim Hong-kyun, Kim Hong-gyun]\n"
                                            "  - [Andrei Sokolinsky, Andrey Sokolinsky, Andriy Sokolinsky]\n")
    result = run_check(tmp_path / "content", monkeypatch, github=False)
    assert ": error: " not in result.stdout, result.stdout


# ---------------------------------------------------------------------------------------------
# Identity notes: the joins resolve made and the near-misses it did not, for an editor to confirm
# (invented names; notes never fail the check).

def _articles(root: Path, texts: dict[str, str]) -> None:
    for name, text in texts.items():
        write(root, f"articles/{name}.txt", text)


def _notes(result) -> list[str]:
    return [line for line in result.stdout.splitlines() if ": note: " in line or line.startswith("::notice")]


def test_check_notes_a_join_with_the_article_and_the_line_that_undoes_it(tmp_path, monkeypatch):
    _articles(tmp_path, {"a1": "Pejabat senior Koo Byoung-tae tiba di Jakarta pada Senin.\n",
                         "a2": "Pejabat senior Koo Byung-tae tiba di Jakarta pada Selasa.\n",
                         "a3": "Pejabat senior Lim Dae-sung tiba di Jakarta pada Rabu.\n"})
    result = run_check(tmp_path / "content", monkeypatch, github=False)
    assert result.exit_code == 0, result.stdout
    assert _notes(result) == ["content/articles/a2.txt: note: one person (koo-byoung-tae): “Koo Byung-tae” joined "
                              "“Koo Byoung-tae”, a spelling variant; if two people, add [Koo Byoung-tae, Koo Byung-tae] "
                              "under distinct:"]
    assert "0 errors, 0 warnings, 1 notes" in result.stderr
    github = run_check(tmp_path / "content", monkeypatch, github=True)
    assert _notes(github)[0].startswith("::notice file=content/articles/a2.txt,title=briefing check (identity)::")


@pytest.mark.parametrize("first, second, how", [
    ("Takumi Hasegawa", "Takuma Hasegawa", "one letter apart"),
    ("Aleksandr Petrovsky", "Alexander Petrovsky", "a given-name variant"),
])
def test_check_notes_a_near_miss_until_the_register_settles_it(tmp_path, monkeypatch, first, second, how):
    _articles(tmp_path, {"a1": f"Pejabat senior {first} tiba di Jakarta pada Senin.\n",
                         "a2": f"Pejabat senior {second} tiba di Jakarta pada Selasa.\n"})
    [note] = _notes(run_check(tmp_path / "content", monkeypatch, github=False))
    assert "note: not joined: " in note and f"“{first}” " in note and f"“{second}” " in note and how in note
    # Two people: the distinct group the note proposes silences it.
    write(tmp_path, "register/editor.yaml", f"distinct:\n  - [{first}, {second}]\n")
    assert _notes(run_check(tmp_path / "content", monkeypatch, github=False)) == []
    # One person: the entity the note proposes joins them, and nothing is left to confirm.
    entry = note.split("if one person, add the entity ")[1].split("; if two")[0]
    write(tmp_path, "register/editor.yaml", f"entities:\n  - {entry}\n")
    result = run_check(tmp_path / "content", monkeypatch, github=False)
    assert result.exit_code == 0 and _notes(result) == [], result.stdout


def test_check_notes_nothing_for_different_people(tmp_path, monkeypatch):
    # Negative: people sharing a family name, and spellings more than one letter apart.
    _articles(tmp_path, {"a1": "Pejabat senior Kim Jong-ho tiba di Jakarta pada Senin.\n",
                         "a2": "Pejabat senior Kim Yo-sung tiba di Jakarta pada Selasa.\n",
                         "a3": "Pejabat senior Kim Hong-seok tiba di Jakarta pada Rabu.\n"})
    assert _notes(run_check(tmp_path / "content", monkeypatch, github=False)) == []


def test_check_notes_are_sorted_and_bounded(tmp_path, monkeypatch):
    import generator.check
    monkeypatch.setattr(generator.check, "NOTES_SHOWN", 2)
    pairs = [("Moon Joo-hwan", "Moon Ju-hwan"), ("Andrei Sokolinsky", "Andrey Sokolinsky"),
             ("Yuri Kalmykin", "Yury Kalmykin")]
    _articles(tmp_path, {f"a{i}{j}": f"Pejabat senior {name} tiba di Jakarta pada Senin.\n"
                         for i, pair in enumerate(pairs) for j, name in enumerate(pair)})
    notes = _notes(run_check(tmp_path / "content", monkeypatch, github=False))
    assert len(notes) == 3
    assert "(andrei-sokolinsky)" in notes[0] and "(moon-joo-hwan)" in notes[1]
    assert notes[2] == "content/register: note: 1 more joins not shown (3 in all)"


def test_check_reads_through_the_build_cache_without_pruning_it(tmp_path, monkeypatch):
    _articles(tmp_path, {"a1": "Pejabat senior Koo Byoung-tae tiba di Jakarta pada Senin.\n"})
    other = tmp_path / ".cache" / "briefs" / "zz" / "another-build.json"
    other.parent.mkdir(parents=True)
    other.write_text("{}", encoding="utf-8")
    run_check(tmp_path / "content", monkeypatch, github=False)
    cached = sorted((tmp_path / ".cache" / "briefs").glob("*/*.json"))
    assert other in cached and len(cached) == 2


def test_check_does_not_ask_again_what_the_register_settled(tmp_path, monkeypatch):
    _articles(tmp_path, {"a1": "Pejabat senior Koo Byoung-tae tiba di Jakarta pada Senin.\n",
                         "a2": "Pejabat senior Koo Byung-tae tiba di Jakarta pada Selasa.\n"})
    assert len(_notes(run_check(tmp_path / "content", monkeypatch, github=False))) == 1
    write(tmp_path, "register/editor.yaml", "distinct:\n  - [Koo Byoung-tae, Koo Byung-tae]\n")
    result = run_check(tmp_path / "content", monkeypatch, github=False)
    assert result.exit_code == 0 and _notes(result) == [], result.stdout
