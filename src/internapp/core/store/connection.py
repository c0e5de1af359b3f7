"""The one connection factory: every connection to a store, plain or under SQLAlchemy, comes from
``connect`` and carries the same settings.

- WAL, ``foreign_keys``, ``synchronous = FULL`` and a busy timeout on a writable file;
- a read-only store (``read_only=True``) is opened with a ``file:…?mode=ro`` URI and its journal
  mode is left alone (``PRAGMA journal_mode = WAL`` fails on a read-only file or folder);
- the driver's own transaction handling is off (``isolation_level=None``): the store begins every
  transaction itself, ``BEGIN IMMEDIATE`` for writes, so that checks and writes are atomic across
  processes (pysqlite would otherwise begin lazily, deferred, and two processes could both pass a
  check and both write).

Imports nothing but the standard library: the hot commands open their store through here without
SQLAlchemy.
"""

import sqlite3
from pathlib import Path

BUSY_TIMEOUT_MS = 5000

WRITE_PRAGMAS = (
    "PRAGMA journal_mode = WAL",
    "PRAGMA foreign_keys = ON",
    "PRAGMA synchronous = FULL",
    f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}",
)
READ_ONLY_PRAGMAS = (
    "PRAGMA foreign_keys = ON",
    f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}",
    "PRAGMA query_only = ON",
)


def connect(path: Path | str, *, read_only: bool = False) -> sqlite3.Connection:
    """A new connection to the store file at ``path`` with the store's pragmas.

    Usable from any thread, one thread at a time (``check_same_thread=False``: the store's pools
    hand a connection to one user at a time). In autocommit mode: begin transactions explicitly.
    """
    if read_only:
        conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True,
                               timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                               check_same_thread=False)
        pragmas: tuple[str, ...] = READ_ONLY_PRAGMAS
    else:
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                               check_same_thread=False)
        pragmas = WRITE_PRAGMAS
    try:
        for pragma in pragmas:
            conn.execute(pragma)
    except BaseException:
        conn.close()
        raise
    return conn
