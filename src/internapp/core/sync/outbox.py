"""What a device pushes: its change log since the last acknowledged change, folded per row into
the changed columns (with the clock of each column's last change) and their current values.

Values travel exactly as SQLite stores them (hex ids, naive-UTC timestamp text, JSON text, 0/1),
so a row written on one device is byte-for-byte the same on another; bytes (a contact's photo)
travel as ``{"$b64": …}``.
"""

import base64
import hashlib
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from internapp.core.sync.local import table_columns
from internapp.core.sync.merge import Outgoing

BYTES = "$b64"
CHUNK = 900  # ids per IN (...) query


@dataclass
class RowChanges:
    tbl: str
    row_id: str
    inserted: int | None = None  # hlc of the insert (every column)
    clocks: dict[str, int] = field(default_factory=dict)  # column -> hlc of its last update
    deleted: int | None = None
    restored: int | None = None

    def add(self, op: str, cols: str | None, hlc: int) -> None:
        if op == "I":
            self.inserted, self.deleted = hlc, None
        elif op == "R":
            self.inserted = self.restored = hlc
        elif op == "D":
            self.deleted = hlc
        else:
            for col in (cols or "").strip("|").split("|"):
                if col:
                    self.clocks[col] = hlc


def encode(value: Any) -> Any:
    if isinstance(value, bytes | memoryview):
        return {BYTES: base64.b64encode(bytes(value)).decode("ascii")}
    return value


def decode(value: Any) -> Any:
    if isinstance(value, dict) and BYTES in value:
        return base64.b64decode(value[BYTES])
    return value


def last_seq(connection: sqlite3.Connection) -> int:
    return connection.execute("SELECT COALESCE(MAX(seq), 0) FROM sync_change").fetchone()[0]


def pending(connection: sqlite3.Connection, after: int, upto: int) -> list[RowChanges]:
    """Changes in (after, upto], one per row, ordered by (table, row id)."""
    rows: dict[tuple[str, str], RowChanges] = {}
    for tbl, row_id, op, cols, hlc in connection.execute(
            "SELECT tbl, row_id, op, cols, hlc FROM sync_change WHERE seq > ? AND seq <= ? "
            "ORDER BY seq", (after, upto)):
        key = (tbl, row_id)
        if key not in rows:
            rows[key] = RowChanges(tbl, row_id)
        rows[key].add(op, cols, hlc)
    return [rows[key] for key in sorted(rows)]


def read_rows(connection: sqlite3.Connection, tbl: str,
              ids: list[str]) -> dict[str, dict[str, Any]]:
    names = table_columns(connection, tbl)
    found: dict[str, dict[str, Any]] = {}
    for start in range(0, len(ids), CHUNK):
        part = ids[start:start + CHUNK]
        for row in connection.execute(
                f'SELECT * FROM "{tbl}" WHERE id IN ({",".join("?" * len(part))})', part):
            values = dict(zip(names, row, strict=True))
            found[values["id"]] = values
    return found


def outgoing(connection: sqlite3.Connection, changes: list[RowChanges]) -> list[Outgoing]:
    """The rows to send for ``changes``, with their current values."""
    by_table: dict[str, list[RowChanges]] = {}
    for change in changes:
        by_table.setdefault(change.tbl, []).append(change)
    result: list[Outgoing] = []
    for tbl, group in by_table.items():
        current = read_rows(connection, tbl, [c.row_id for c in group])
        for change in group:
            row = current.get(change.row_id)
            if row is None:
                if change.deleted is not None:
                    result.append(Outgoing(tbl, change.row_id, deleted=change.deleted))
                continue
            clocks = dict.fromkeys(row, change.inserted) if change.inserted is not None else {}
            for col, hlc in change.clocks.items():
                if col in row:
                    clocks[col] = max(clocks.get(col) or 0, hlc)
            values = {col: encode(row[col]) for col in clocks}
            result.append(Outgoing(tbl, change.row_id, values, clocks, restored=change.restored))
    return result


def batches(changes: list[RowChanges], size: int) -> Iterator[list[RowChanges]]:
    for start in range(0, len(changes), size):
        yield changes[start:start + size]


def document_files(batch: list[Outgoing],
                   documents_dir: Path) -> dict[str, Callable[[], bytes | None]]:
    """For each live document in ``batch``, its SHA-256 and a reader of the stored copy (None
    when the copy is missing or no longer matches its digest)."""
    files: dict[str, Callable[[], bytes | None]] = {}
    for out in batch:
        if out.tbl != "document" or out.deleted is not None:
            continue
        sha, stored = out.values.get("sha256"), out.values.get("stored_name")
        if sha and stored:
            files[sha] = _reader(documents_dir / stored, sha)
    return files


def _reader(path: Path, sha: str) -> Callable[[], bytes | None]:
    def read() -> bytes | None:
        try:
            content = path.read_bytes()
        except OSError:
            return None
        return content if hashlib.sha256(content).hexdigest() == sha else None

    return read
