"""`briefing serve` like an editor uses it: the preview is up, and a new article appears in it
without restarting (content/ is watched, the docs tree regenerated, MkDocs reloads)."""
from __future__ import annotations

import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from test_build import make_workspace
from generator.pages import brief_slug

pytestmark = pytest.mark.slow
NEW_ARTICLE = ("Rusia dan Mongolia Bahas Jalur Kereta Baru\n\n"
               "ULAANBAATAR - Menteri Luar Negeri Mongolia bertemu duta besar Rusia pada Senin "
               "untuk membahas jalur kereta baru antara kedua negara.\n")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url: str, seconds: float) -> str | None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                return response.read().decode("utf-8")
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.5)
    return None


def test_serve_shows_a_new_article_without_a_restart(tmp_path):
    ws = make_workspace(tmp_path)
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "generator", "serve", "--content", "content",
                               "--dev-addr", f"127.0.0.1:{port}"], cwd=ws,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.extend(server.stdout), daemon=True)
    reader.start()

    def said(*words: str) -> bool:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if all(any(word in line for line in list(lines)) for word in words):
                return True
            time.sleep(0.2)
        return False
    try:
        base = f"http://127.0.0.1:{port}"
        home = wait_for(f"{base}/", 90)
        assert home is not None, "the preview did not come up"
        assert wait_for(f"{base}/briefs/000_bb3a51cba430223e/", 10) is not None
        (ws / "content" / "articles" / "mongolia kereta.txt").write_text(NEW_ARTICLE, encoding="utf-8")
        page = wait_for(f"{base}/briefs/{brief_slug('mongolia kereta')}/", 90)
        assert page is not None, "the new article's brief never appeared"
        assert "Mongolia" in page
        # The change went through the partial build (the new brief, the pages it feeds and the nav
        # pages only) and the open pages were told to reload.
        assert said("MkDocs rebuilt", "Reloading browsers"), "".join(lines)[-2000:]
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
    # Stopping the preview stops its MkDocs server too: nothing listens on the port any more
    # (SO_REUSEADDR so that closed connections still in TIME_WAIT do not count).
    with socket.socket() as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        s.bind(("127.0.0.1", port))


def test_the_preview_keeps_its_lexicon_while_the_language_and_register_files_are_the_same(tmp_path):
    """A regeneration reuses the last lexicon (its patterns compiled once) until a file it is read
    from changes: an overlay in content/lang, a register file, a file added or removed."""
    from generator.serve import Lexicons

    content = make_workspace(tmp_path) / "content"
    lexicons = Lexicons()
    first = lexicons(content)
    first.memo("test.compiled", lambda: "compiled once")
    assert lexicons(content) is first
    (content / "articles" / "baru.txt").write_text(NEW_ARTICLE, encoding="utf-8")   # articles: not read
    assert lexicons(content) is first
    register = sorted((content / "register").glob("*.yaml"))[0]
    register.write_text(register.read_text(encoding="utf-8") + "\n# a note\n", encoding="utf-8")
    second = lexicons(content)
    assert second is not first and second.digest != first.digest
    assert second.memo("test.compiled", lambda: "again") == "again"
    (content / "lang").mkdir(exist_ok=True)
    (content / "lang" / "titles.yaml").write_text("# no groups yet\n", encoding="utf-8")
    assert lexicons(content) is not second
