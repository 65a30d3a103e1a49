"""`briefing check`: validate content/ and report each problem next to its file and line."""
from __future__ import annotations

import os
from pathlib import Path

from .build import Report, discover, read_all
from .config import SettingsError, load_settings
from .lexicon import LexiconError, load_lexicon
from .model import Problem


def check_content(content_dir: Path) -> list[Problem]:
    problems: list[Problem] = []
    try:
        load_settings(content_dir)
    except SettingsError as error:
        problems.append(Problem(str(content_dir / "briefing.yml"), "settings", str(error)))
    try:
        load_lexicon(content_dir)
    except LexiconError as error:
        problems.append(Problem(error.path, "register", str(error).split(": ", 1)[-1], line=error.line))
    report = Report()
    read_all(discover(content_dir / "articles"), report)
    problems.extend(report.problems)
    return problems


def format_problem(problem: Problem) -> str:
    """One line; under GitHub Actions an `::error file=…,line=…::` annotation shown next to the file."""
    if os.environ.get("GITHUB_ACTIONS") == "true":
        level = "error" if problem.severity == "error" else "warning"
        where = f"file={problem.path}" + (f",line={problem.line}" if problem.line else "")
        return f"::{level} {where}::{problem.message}"
    return str(problem)
