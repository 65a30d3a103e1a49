"""Files read by os.read (files.read_fd, read_bytes; sources.read_regular): the same bytes as Python's
file objects give."""
from __future__ import annotations

import os

import pytest

from generator import files
from generator.sources import read_regular


@pytest.mark.parametrize("size", [0, 1, 4000, 1 << 16, (1 << 16) + 1, 300_000])
def test_read_bytes_gives_the_whole_file(tmp_path, size):
    path = tmp_path / "a.txt"
    path.write_bytes(bytes(range(256)) * (size // 256) + b"x" * (size % 256))
    assert files.read_bytes(path) == path.read_bytes()
    assert read_regular(path) == path.read_bytes()


@pytest.mark.parametrize("limit", [0, 1, 999, 1000, 1001, 200_000])
def test_read_regular_stops_at_the_limit(tmp_path, limit):
    path = tmp_path / "a.txt"
    path.write_bytes(b"y" * 1000)
    assert read_regular(path, limit=limit) == (b"y" * 1000)[:limit]


def test_read_fd_reads_on_past_the_size_the_file_had_when_opened(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"z" * 10)
    fd = os.open(path, os.O_RDONLY)
    try:
        with open(path, "ab") as grow:
            grow.write(b"w" * 100_000)
        assert files.read_fd(fd, 10, None) == b"z" * 10 + b"w" * 100_000
    finally:
        os.close(fd)
