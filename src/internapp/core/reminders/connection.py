"""The store file opened read-only, for processes that must never write to it."""

import sqlite3
from pathlib import Path

from internapp.core.store.identity import APPLICATION_ID, read_identity
from internapp.core.store.migrate import SCHEMA_VERSION

BUSY_TIMEOUT_S = 5


class StoreUnreadable(RuntimeError):
    """The file cannot be read here; the message says why and what to do."""


def open_read_only(path: Path) -> sqlite3.Connection:
    """A connection that cannot write (SQLite's ``mode=ro``; ``query_only`` as well), after
    checking the file is an internapp store of this version's schema."""
    path = Path(path)
    if not path.is_file():
        raise StoreUnreadable(f"there is no data file at {path} yet; open internapp once")
    identity = read_identity(path)
    if identity is None or identity.application_id != APPLICATION_ID:
        raise StoreUnreadable(f"{path} is not an internapp data file")
    if identity.schema_version != SCHEMA_VERSION:
        newer = identity.schema_version > SCHEMA_VERSION
        raise StoreUnreadable(
            f"{path} has schema version {identity.schema_version}; this internapp reads "
            f"{SCHEMA_VERSION}: " + ("update internapp" if newer else
                                     "open internapp once to update the data file"))
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                           timeout=BUSY_TIMEOUT_S, check_same_thread=False)
    conn.execute("PRAGMA query_only = ON")
    return conn
