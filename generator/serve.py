"""`briefing serve`: regenerate the docs tree when content or templates change; MkDocs reloads."""
from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

from .build import Report, build_lock, describe_os_error, generate, mkdocs_env
from .config import Settings
from .pages import TEMPLATES

# Seconds between looks at content/ and site_templates/ (polling works on every file system).
POLL_SECONDS = 1.0


def _stamp(roots: list[Path]) -> tuple:
    """What changed under the roots: path, time and size of every entry (never following a link,
    and a file removed while it is listed is simply not in it)."""
    entries = []
    for root in roots:
        if not root.exists():
            continue
        for path in root.rglob("*"):
            try:
                info = path.lstat()
            except OSError:
                continue
            entries.append((str(path), info.st_mtime_ns, info.st_size))
    return tuple(sorted(entries))


def _regenerate(settings: Settings) -> None:
    """One regeneration of the docs tree; every problem is printed with its file, then the summary,
    and a failure is one line: the preview keeps serving the last good pages."""
    report = Report()
    try:
        with build_lock(settings):
            generate(settings, report)
    except OSError as error:
        print(f"error: {describe_os_error(error)}", file=sys.stderr)
        return
    except Exception as error:  # noqa: BLE001 - keep serving the last good pages
        print(f"error: {error}", file=sys.stderr)
        return
    for problem in report.problems:
        print(problem, file=sys.stderr)
    print(report.summary(), file=sys.stderr)


def serve(settings: Settings, dev_addr: str) -> None:
    roots = [settings.content_dir, TEMPLATES]
    report = Report()
    with build_lock(settings):    # a `briefing build` running on the same folders is refused, and waits
        generate(settings, report)
    for problem in report.problems:
        print(problem, file=sys.stderr)
    print(report.summary(), file=sys.stderr)
    child = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "-f", str(settings.config_file),
                              "--dev-addr", dev_addr, "--livereload"], env=mkdocs_env(settings))
    stamp = _stamp(roots)
    # A terminated preview takes its MkDocs child with it (SIGTERM would otherwise skip `finally`).
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    try:
        while child.poll() is None:
            time.sleep(POLL_SECONDS)
            now = _stamp(roots)
            if now != stamp:
                stamp = now
                _regenerate(settings)
    except KeyboardInterrupt:
        pass
    finally:
        child.terminate()
        child.wait()
