"""The one connection factory: every connection to a store, plain or under SQLAlchemy, comes from
``connect`` and carries the same settings.

- ``foreign_keys``, ``synchronous = FULL`` and a busy timeout on a writable file;
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

# journal_mode = WAL is set once per store, before its first write (Store.ensure_wal), not on
# every connection: reading a file that is not in WAL mode yet (a backup copied over the store by
# hand) must leave it byte for byte as it is.
JOURNAL_MODE = "PRAGMA journal_mode = WAL"
# A new store's pages are 16 KiB (SQLite's default is 4 KiB), set with WAL mode before the file's
# first page: a bulk import of a million entries writes and checkpoints a quarter as many pages
# (18.0 s instead of 19.6 s measured whole), and a page is read in one go as before. A store made
# with other pages keeps them (SQLite changes them only by a VACUUM outside WAL mode).
PAGE_SIZE = 16_384
WRITE_PRAGMAS = (
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
        conn = sqlite3.connect(read_only_uri(Path(path)), uri=True,
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


def read_only_uri(path: Path) -> str:
    """``mode=ro``, or ``immutable=1`` for a file on a medium nothing can write to (a read-only
    folder where SQLite could not create the ``-shm`` a WAL database needs, and where no other
    program can change the file either)."""
    import os

    uri = Path(path).resolve().as_uri()
    shm = Path(path).with_name(Path(path).name + "-shm")
    folder_writable = os.access(Path(path).parent, os.W_OK | os.X_OK)
    if not folder_writable and not shm.exists():
        return f"{uri}?immutable=1"
    return f"{uri}?mode=ro"
