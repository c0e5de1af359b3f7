"""Whether a ``-wal`` beside the store belongs to it: the guard row.

SQLite replays any valid ``-wal`` it finds beside a database, even one written to another file
(a copy, another store) or left over from before the file was replaced by a backup. Nothing in
the log itself ties it to the file, so the store adds the tie: the one row of ``store_guard``
holds a random ``generation`` (which file this is) and a ``seq`` that every write transaction
bumps first (``TOUCH``). Each commit in a log of ours therefore carries the guard's page, and a
log may be replayed only when those pages name this file's generation and continue from the main
file's ``seq``: the first commit in the log is the main file's ``seq + 1`` at the latest, and a
checkpoint that was cut short can have copied at most the log's last ``seq`` into the file.
"""

import sqlite3
from pathlib import Path
from typing import NamedTuple

from internapp.core.store.wal import committed_pages, read_header, wal_path

TABLE = "store_guard"
TOUCH = "UPDATE store_guard SET seq = seq + 1 WHERE id = 1"
TABLE_LEAF = 0x0D


class Guard(NamedTuple):
    generation: str
    seq: int


class MainGuard(NamedTuple):
    guard: Guard
    root_page: int
    page_size: int


def read_main(database: Path) -> MainGuard | None:
    """The guard as the main file alone holds it (any -wal ignored); None before schema 4.

    Raises sqlite3.DatabaseError when SQLite cannot read the file.
    """
    conn = sqlite3.connect(f"{database.resolve().as_uri()}?immutable=1", uri=True)
    try:
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE type = 'table' "
                            "AND name = ?", (TABLE,)).fetchone()
        if root is None:
            return None
        row = conn.execute("SELECT generation, seq FROM store_guard WHERE id = 1").fetchone()
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    finally:
        conn.close()
    if row is None:
        return None
    return MainGuard(Guard(row[0], int(row[1])), root[0], page_size)


def foreign_reason(database: Path) -> str | None:
    """None when the -wal beside ``database`` may be replayed; otherwise why it must not be."""
    wal = wal_path(database)
    with wal.open("rb") as handle:
        header = read_header(handle.read(32))
    if header is None:
        return "it is not a write-ahead log SQLite can read"
    main = read_main(database)
    seen: list[Guard | None] = []
    any_commit = False
    for page, image in committed_pages(wal):
        any_commit = True
        if main is not None and page == main.root_page:
            seen.append(parse_guard_page(image))
    if not any_commit or main is None:
        return None  # nothing to replay, or a store from before the guard: as SQLite would
    if header.page_size != main.page_size:
        return "it was written for a database with another page size"
    if not seen:
        return "none of its transactions was written by internapp to this file"
    if any(g is None or g.generation != main.guard.generation for g in seen):
        return "it was written to another internapp data file"
    first = min(g.seq for g in seen if g is not None)
    last = max(g.seq for g in seen if g is not None)
    if not first - 1 <= main.guard.seq <= last:
        return "the data file was replaced (by a copy or a backup) after the log was written"
    return None


def parse_guard_page(page: bytes) -> Guard | None:
    """The guard row from an image of its table's (only) page; None if it is not one."""
    if not page or page[0] != TABLE_LEAF:
        return None
    cells = int.from_bytes(page[3:5], "big")
    for n in range(cells):
        offset = int.from_bytes(page[8 + 2 * n:10 + 2 * n], "big")
        try:
            _, offset = _varint(page, offset)  # payload size
            rowid, offset = _varint(page, offset)
            values = _record(page, offset)
        except IndexError:
            return None
        if rowid == 1 and len(values) >= 3 and isinstance(values[1], str) \
                and isinstance(values[2], int):
            return Guard(values[1], values[2])
    return None


def _record(page: bytes, offset: int) -> list:
    header_size, cursor = _varint(page, offset)
    end = offset + header_size
    types = []
    while cursor < end:
        serial, cursor = _varint(page, cursor)
        types.append(serial)
    values: list = []
    body = end
    for serial in types:
        if serial == 0:
            values.append(None)
        elif 1 <= serial <= 6:
            width = (1, 2, 3, 4, 6, 8)[serial - 1]
            values.append(int.from_bytes(page[body:body + width], "big", signed=True))
            body += width
        elif serial in (8, 9):
            values.append(serial - 8)
        elif serial >= 13 and serial % 2:
            length = (serial - 13) // 2
            values.append(page[body:body + length].decode("utf-8", "replace"))
            body += length
        elif serial >= 12:
            length = (serial - 12) // 2
            values.append(page[body:body + length])
            body += length
        else:  # a float (7) or a reserved type: not a guard row
            values.append(object())
            body += 8
    return values


def _varint(data: bytes, offset: int) -> tuple[int, int]:
    value = 0
    for i in range(9):
        byte = data[offset + i]
        if i == 8:
            return (value << 8) | byte, offset + 9
        value = (value << 7) | (byte & 0x7F)
        if not byte & 0x80:
            return value, offset + i + 1
    raise IndexError  # pragma: no cover
