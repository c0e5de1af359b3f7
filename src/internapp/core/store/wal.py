"""Reading a ``-wal`` file the way SQLite's recovery does, without letting SQLite apply it.

A write-ahead log is a 32-byte header (magic, format, page size, checkpoint sequence, two salts,
a checksum) followed by frames: a 24-byte header (page number, the database size in pages on a
commit frame, the salts, a cumulative checksum) and one page image. SQLite replays the frames whose
salts match the header and whose checksums chain without a break, up to the last commit frame.
"""

import struct
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

MAGIC_LITTLE = 0x377F0682  # checksums over little-endian words
MAGIC_BIG = 0x377F0683
HEADER = 32
FRAME_HEADER = 24


@dataclass(frozen=True)
class WalHeader:
    page_size: int
    checkpoint: int
    salts: tuple[int, int]
    big_endian: bool


def wal_path(database: Path) -> Path:
    return database.with_name(database.name + "-wal")


def wal_size(database: Path) -> int:
    """The size of the ``-wal`` beside ``database``; 0 when there is none — also when it vanishes
    while we look: another program's last connection removes it when it closes."""
    try:
        return wal_path(database).stat().st_size
    except FileNotFoundError:
        return 0


def read_header(data: bytes) -> WalHeader | None:
    """The header, or None when these bytes are not a write-ahead log SQLite would use."""
    if len(data) < HEADER:
        return None
    magic, version, page_size, checkpoint, salt1, salt2 = struct.unpack(">6I", data[:24])
    if magic not in (MAGIC_LITTLE, MAGIC_BIG) or version != 3007000:
        return None
    if page_size < 512 or page_size > 65536 or page_size & (page_size - 1):
        return None
    big = magic == MAGIC_BIG
    if _checksum(data[:24], (0, 0), big) != struct.unpack(">2I", data[24:32]):
        return None
    return WalHeader(page_size, checkpoint, (salt1, salt2), big)


def committed_pages(path: Path) -> Iterator[tuple[int, bytes]]:
    """(page number, page image) of every frame SQLite would replay, in log order."""
    with path.open("rb") as handle:
        raw = handle.read(HEADER)
        header = read_header(raw)
        if header is None:
            return
        sums = struct.unpack(">2I", raw[24:32])
        pending: list[tuple[int, bytes]] = []
        size = FRAME_HEADER + header.page_size
        while True:
            frame = handle.read(size)
            if len(frame) < size:
                return
            page, commit, salt1, salt2, sum1, sum2 = struct.unpack(">6I", frame[:FRAME_HEADER])
            if (salt1, salt2) != header.salts:
                return
            sums = _checksum(frame[:8], sums, header.big_endian)
            sums = _checksum(frame[FRAME_HEADER:], sums, header.big_endian)
            if sums != (sum1, sum2):
                return
            pending.append((page, frame[FRAME_HEADER:]))
            if commit:
                yield from pending
                pending = []


def _checksum(data: bytes, start: tuple[int, int], big_endian: bool) -> tuple[int, int]:
    words = struct.unpack(f"{'>' if big_endian else '<'}{len(data) // 4}I", data)
    s0, s1 = start
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & 0xFFFFFFFF
        s1 = (s1 + words[i + 1] + s0) & 0xFFFFFFFF
    return s0, s1
