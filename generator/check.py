"""`briefing check`: validate content/ and report every problem next to its file and line.

What is checked (all problems are collected, not only the first):
- `articles/*.txt` decode as build reads them (`build.read_all`): empty, binary, oversized and
  undecodable files are errors; a legacy encoding (cp1252, UTF-16) or a duplicate text is a warning;
  a file in `articles/` that is not `.txt` is a warning (the build ignores it);
- `briefing.yml` parses, holds only known settings, and their values are valid;
- `register/*.yaml` parse; every entity is well-formed (known keys, kind, slug id, non-empty name,
  aliases a list of strings, CLDR code valid); no id twice; no alias claimed by two entities;
  `distinct:` groups are lists of two or more spellings, none two that fold to one name, none two
  aliases of one entity;
- `lang/*.yaml` overlays follow `generator/lang/schema.yaml`;
- finally the whole lexicon loads as the build loads it.

Last come notes for an editor, never errors (`identity_notes`): the spellings resolve joined into one
person, the ones it kept apart, and the near-misses it did not join, bounded and sorted.

Output: `PATH:LINE: error: message`, or GitHub's `::error file=PATH,line=N::message` workflow
command when `GITHUB_ACTIONS=true`, which Actions shows as an annotation next to the file (a note
is `::notice`).
"""
from __future__ import annotations

import os
from pathlib import Path

import yaml

from .build import Report, discover, extract_all, read_all
from .extract import decoding_problem, lookalike_problems, printable_path
from .config import FILE_KEYS, SETTINGS_FILE, SettingsError, load_settings
from .actor_kit import kit_of
from .lexicon import (LexiconError, YAMLLimitError, check_language_files, check_register, key_line, load_lexicon,
                      load_yaml_bounded)
from .model import Problem
from .sources import content_files


def check_content(content_dir: Path) -> list[Problem]:
    """All problems in content_dir, in a stable order (settings, register, language, articles)."""
    content_dir = Path(content_dir)
    if not content_dir.is_dir():
        return [Problem(str(content_dir), "content", "no such folder")]
    problems = _check_settings(content_dir)
    register_files, refused_register = content_files(content_dir / "register", ".yaml")
    lang_files, refused_lang = content_files(content_dir / "lang", ".yaml")
    problems += [Problem(str(r.path), "content", r.reason, severity=r.severity)
                 for r in refused_register + refused_lang]
    lexicon_problems = [*check_register(register_files), *check_language_files(lang_files)]
    problems += [_from_lexicon(error, "register" if "register" in Path(error.path).parts else "lang")
                 for error in lexicon_problems]
    lex = None
    if not lexicon_problems and not any(r.severity == "error" for r in refused_register + refused_lang):
        # the build's own loader, as a last net (base data, merging)
        try:
            lex = load_lexicon(content_dir)
            kit_of(lex)      # compiles the shapes (shapes.yaml): a word group a rule names must exist
        except LexiconError as error:
            problems.append(_from_lexicon(error, "lexicon"))
            lex = None
    article_problems, articles = _check_articles(content_dir / "articles")
    problems += article_problems
    if lex is not None and articles:
        problems += identity_notes(content_dir, lex, articles)
    return problems


# Each kind of identity note (joins, kept apart, near-misses) shows at most this many lines, sorted;
# one more line says how many were left out, so the output stays readable on a large collection.
NOTES_SHOWN = 20

_HOW = {"spelling": "a spelling variant", "word order": "the family name on the other side",
        "register": "a spelling the register's entry does not list"}


def identity_notes(content_dir: Path, lex, articles: list) -> list[Problem]:
    """Notes (never errors) for an editor to confirm cross-article identity: the spellings resolve
    joined into one person, those it kept apart and why, and the near-misses it did not join, each
    with the register line that settles it. The briefs come from the build's extraction cache
    (extracted and cached when missing), so after a build this costs little."""
    from .config import Settings
    from .resolve import REGISTER_DISTINCT, near_misses, resolve

    try:
        settings = load_settings(content_dir)
    except (SettingsError, TypeError, OSError, yaml.YAMLError):
        settings = Settings(content_dir=content_dir)
    catalog = resolve(extract_all(articles, lex, settings, Report(), prune=False), lex)
    first: dict[tuple[str, str], str] = {}      # (entity id, name as written) → first article's path
    for brief in catalog.briefs:
        for actor in brief.actors:
            entity_id = catalog.entity_of.get((brief.article.id, actor.key))
            first.setdefault((entity_id, actor.name), brief.article.path)
            first.setdefault((entity_id, ""), brief.article.path)

    def name(entity_id: str) -> str:
        return catalog.entities[entity_id].name

    def one_person(a: str, b: str) -> str:
        """The register line that makes a and b one person."""
        if a in lex.register.entries:
            return f"add “{name(b)}” to the aliases of {a}"
        return f"add the entity {{id: {a}, kind: person, name: {name(a)}, aliases: [{name(b)}]}}"

    joins = [(name(e), Problem(first.get((e, joining)) or first[(e, "")], "identity",
                               f"one person ({e}): “{joining}” joined “{joined}”, {_HOW.get(how, how)}; "
                               f"if two people, add [{joined}, {joining}] under distinct:", severity="note"))
             for e, joining, joined, how in catalog.merges]
    apart = [(name(a), Problem(first[(b, "")], "identity",
                               f"kept apart: “{name(a)}” ({a}) and “{name(b)}” ({b}), {why}; if one person, "
                               f"{one_person(a, b)}", severity="note"))
             for a, b, why in catalog.kept_apart if why != REGISTER_DISTINCT]
    near = [(name(a), Problem(first[(b, "")], "identity",
                              f"not joined: “{name(a)}” ({a}) and “{name(b)}” ({b}), "
                              f"{'one letter apart' if how == 'one letter' else 'a given-name variant'}; "
                              f"if one person, {one_person(a, b)}; if two, add [{name(a)}, {name(b)}] under "
                              "distinct:", severity="note"))
            for a, b, how in near_misses(catalog, lex)]
    notes: list[Problem] = []
    for what, found in (("joins", joins), ("kept apart", apart), ("near-misses", near)):
        found.sort(key=lambda item: (item[0].casefold(), item[1].message))
        notes += [problem for _, problem in found[:NOTES_SHOWN]]
        if len(found) > NOTES_SHOWN:
            notes.append(Problem(str(content_dir / "register"), "identity",
                                 f"{len(found) - NOTES_SHOWN} more {what} not shown ({len(found)} in all)",
                                 severity="note"))
    return notes


def _from_lexicon(error: LexiconError, stage: str) -> Problem:
    return Problem(error.path, stage, f"{error.key}: {error.message}", line=error.line)


def _check_settings(content_dir: Path) -> list[Problem]:
    path = content_dir / SETTINGS_FILE
    if path.is_symlink():
        return [Problem(str(path), "settings", "a symbolic link: refused, only regular files inside content/ are read")]
    if not path.exists():
        return []
    try:
        loaded = load_yaml_bounded(path)
    except YAMLLimitError as error:
        return [Problem(str(path), "settings", f"refused: {error}")]
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        return [Problem(str(path), "settings", f"not valid YAML: {getattr(error, 'problem', None) or error}",
                        line=mark.line + 1 if mark else None)]
    except UnicodeDecodeError as error:
        return [Problem(str(path), "settings", f"not UTF-8: {error}")]
    if loaded is None:
        return []
    if not isinstance(loaded, dict):
        return [Problem(str(path), "settings", "expected a mapping of settings", line=1)]
    unknown = [Problem(str(path), "settings", f"{key}: unknown setting; known: {', '.join(FILE_KEYS)}",
                       line=key_line(path, str(key)))
               for key in loaded if key not in FILE_KEYS]
    if unknown:
        return unknown
    try:
        load_settings(content_dir)
    except (SettingsError, TypeError) as error:
        message = str(error).removeprefix(f"{path}: ")
        key = message.split(":", 1)[0]
        return [Problem(str(path), "settings", message, line=key_line(path, key))]
    return []


def _check_articles(articles_dir: Path) -> tuple[list[Problem], list]:
    """The articles' problems, and the articles read."""
    if not articles_dir.is_dir():
        return [Problem(str(articles_dir), "read", "no articles folder", severity="warning")], []
    report = Report()
    articles = read_all(discover(articles_dir, report), report)
    problems = list(report.problems)
    for article in articles:
        problems += lookalike_problems(article)
        decoding = decoding_problem(article.decoded_as)
        if decoding:
            problems.append(Problem(article.path, "read", decoding + ("" if article.decoded_as.startswith("utf-8")
                                                                     else " (save it as UTF-8)"), severity="warning"))
    for path in sorted(articles_dir.iterdir(), key=lambda p: p.name):
        if path.is_file() and path.suffix.lower() != ".txt" and not path.name.startswith("."):
            problems.append(Problem(printable_path(path), "read", "not a .txt file; the build ignores it",
                                    severity="warning"))
    return sorted(problems, key=lambda p: p.path), articles


def _relative(path: str) -> str:
    """Paths relative to the working directory (the repository root on CI), as annotations need."""
    if not os.path.isabs(path):
        return path
    try:
        return str(Path(path).relative_to(Path.cwd()))
    except ValueError:
        return path


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def format_problem(problem: Problem) -> str:
    """One line: `PATH:LINE: error: message`, or under GitHub Actions an `::error file=…,line=…::`
    workflow command, which the run shows as an annotation next to the file."""
    path = printable_path(_relative(problem.path))
    level = problem.severity if problem.severity in ("error", "note") else "warning"
    if os.environ.get("GITHUB_ACTIONS") == "true":
        level = "notice" if level == "note" else level
        where = f"file={_escape_property(path)}" + (f",line={problem.line}" if problem.line else "")
        title = _escape_property(f"briefing check ({problem.stage})")
        return f"::{level} {where},title={title}::{_escape_data(problem.message)}"
    where = f"{path}:{problem.line}" if problem.line else path
    return f"{where}: {level}: {problem.message}"
