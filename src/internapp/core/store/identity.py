"""What a file on disk is, read without changing a byte of it.

An internapp store carries ``PRAGMA application_id`` = APPLICATION_ID and ``PRAGMA user_version`` =
its schema version (the number of the newest migration applied to it).
"""

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from internapp.core.store.wal import wal_size

APPLICATION_ID = 0x494E5450  # "INTP"
SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True)
class FileIdentity:
    application_id: int
    schema_version: int
    has_tables: bool


def read_identity(path: Path) -> FileIdentity | None:
    """The identity of an existing SQLite file; None if it is not one (or is empty).

    Reads the 100-byte header directly. When a write-ahead log sits beside the file its header may
    be stale, so then SQLite is asked, read-only.
    """
    with path.open("rb") as handle:
        header = handle.read(100)
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        return None
    if wal_size(path) > 0:
        return _read_identity_via_sqlite(path)
    schema_version = int.from_bytes(header[60:64], "big", signed=True)
    application_id = int.from_bytes(header[68:72], "big", signed=True)
    page_count = int.from_bytes(header[28:32], "big")
    return FileIdentity(application_id, schema_version, has_tables=page_count > 1)


def _read_identity_via_sqlite(path: Path) -> FileIdentity:
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        application_id = connection.execute("PRAGMA application_id").fetchone()[0]
        schema_version = connection.execute("PRAGMA user_version").fetchone()[0]
        tables = connection.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    finally:
        connection.close()
    return FileIdentity(application_id, schema_version, has_tables=tables > 0)
