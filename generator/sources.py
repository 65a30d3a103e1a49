"""Which files under content/ may be read: regular files inside their folder, nothing else.

A symbolic link could point anywhere (`/etc/passwd`, a CI secret), and whatever is read is
published: on brief pages, in records.json and in the search index. So a link is refused, even
one that stays inside content/ (simpler to explain, and git keeps no other kind). Hidden files,
folders, FIFOs and sockets are reported, never read and never skipped without a word.
"""
from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

from . import files

# How a refused entry is reported: (severity, reason). A link is an error (it may be an attempt
# to publish a file from outside); the others are warnings (the rest builds as before).
LINK = ("error", "a symbolic link: refused, only regular files inside content/ are read "
                 "(copy the file in instead)")
HIDDEN = ("warning", "a hidden file (its name starts with '.'): not read")
NOT_A_FILE = ("warning", "not a regular file ({what}): not read")


@dataclass(frozen=True, slots=True)
class Refused:
    path: Path
    severity: str
    reason: str


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a device or special file"


def content_files(folder: Path, suffix: str) -> tuple[list[Path], list[Refused]]:
    """Regular files in `folder` whose name ends in `suffix` (any case), sorted by name, and the
    entries with that suffix that are refused, with the reason. Never follows a link."""
    if not folder.is_dir():
        return [], []
    files: list[Path] = []
    refused: list[Refused] = []
    for path in sorted(folder.iterdir(), key=lambda p: p.name):
        if not path.name.lower().endswith(suffix):
            continue
        mode = os.lstat(path).st_mode
        if stat.S_ISLNK(mode):
            refused.append(Refused(path, *LINK))
        elif not stat.S_ISREG(mode):
            severity, reason = NOT_A_FILE
            refused.append(Refused(path, severity, reason.format(what=_kind(mode))))
        elif path.name.startswith("."):
            refused.append(Refused(path, *HIDDEN))
        else:
            files.append(path)
    return files, refused


def read_regular(path: Path, limit: int | None = None) -> bytes:
    """The bytes of a regular file (at most `limit` of them), never through a link: O_NOFOLLOW
    closes the window between listing a folder and opening the file, O_NONBLOCK keeps a FIFO from
    blocking the build."""
    fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        found = os.fstat(fd)
        if not stat.S_ISREG(found.st_mode):
            raise IsADirectoryError(f"{path}: not a regular file")
        return files.read_fd(fd, found.st_size, limit)
    finally:
        os.close(fd)
