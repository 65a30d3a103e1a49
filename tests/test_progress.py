"""A long build says what it does: a line per stage on a terminal, nothing when quiet, in CI, off
a terminal, or for a small collection."""
from __future__ import annotations

import io

import pytest

from generator.build import Stages


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("quiet, tty, ci, articles, shown", [
    (False, True, "", 82, True),        # a long build on a terminal
    (True, True, "", 82, False),        # --quiet
    (False, False, "", 82, False),      # stderr is a file or a pipe
    (False, True, "true", 82, False),   # CI
    (False, True, "", 5, False),        # five articles: done before a line would help
])
def test_progress_a_line_per_stage_only_on_long_builds_on_a_terminal(monkeypatch, quiet, tty, ci, articles, shown):
    monkeypatch.setenv("CI", ci)
    stream = Terminal() if tty else io.StringIO()
    stages = Stages(quiet=quiet, stream=stream)
    stages.start(articles)
    stages.done("extract", f"{articles} articles (3 extracted, 79 from cache)", 1.25)
    stages.begin("mkdocs", "site of 82 briefs")
    stages.done("mkdocs", "site of 82 briefs", 20.0)
    text = stream.getvalue()
    if shown:
        lines = [line.split("\r\033[K")[-1] for line in text.split("\n") if line]
        assert lines == ["extract  82 articles (3 extracted, 79 from cache)  1.2 s", "mkdocs   site of 82 briefs  20.0 s"]
    else:
        assert text == ""
