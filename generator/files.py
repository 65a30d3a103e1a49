"""Files written whole: a reader (another build, a worker, the next run) never sees half of one.

(`sitebuild.py` keeps its own writes: the MkDocs process loads it by its path, without this package.)"""
from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path


def read_fd(fd: int, size: int, limit: int | None) -> bytes:
    """Up to `limit` bytes of an open file, to its end, by os.read (a file object around the
    descriptor costs three times the reading: every build reads every article and every cached
    brief). `size`: what the file held when opened (it may have grown since: read on to the end)."""
    chunks, total = [], 0
    while limit is None or total < limit:
        want = max(size - total + 1, 1 << 16)
        chunk = os.read(fd, want if limit is None else min(want, limit - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    return b"".join(chunks)


def read_bytes(path: Path | str) -> bytes:
    """The bytes of a file (`read_fd`)."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
    try:
        return read_fd(fd, os.fstat(fd).st_size, None)
    finally:
        os.close(fd)


def write_atomically(target: Path, data: bytes) -> None:
    """Write through a temporary file beside the target, named for this process (never shared with
    another), then rename it over the target; the temporary file is gone whatever happens."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f"{target.name}.{os.getpid()}.tmp")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_quietly(target: Path, data: str | bytes) -> bool:
    """`write_atomically` for a file that only spares later work (a memo, a cache's index, a store
    of compiled work; text is written as UTF-8): False, with nothing left behind, when it cannot be
    written; the next run then does the work again."""
    try:
        write_atomically(target, data.encode("utf-8") if isinstance(data, str) else data)
    except OSError:
        return False
    return True


def module_stamp(module_file: str, *extra: str) -> str:
    """A stamp for what a module stores between processes and only it reads back: its own source
    and this Python (and `extra`), so another version of either never takes the store."""
    digest = hashlib.sha256(Path(module_file).read_bytes() + sys.version.encode())
    for part in extra:
        digest.update(part.encode())
    return digest.hexdigest()[:16]
