"""The one engine factory: every connection gets the same pragmas."""

import sqlite3
from pathlib import Path

from sqlalchemy import Engine, create_engine, event

BUSY_TIMEOUT_MS = 5000

# journal_mode = WAL is not among them: it is set once, before the first write (Store.write), so
# that reading a file that is not in WAL mode yet (a backup copied by hand) does not change it.
JOURNAL_MODE = "PRAGMA journal_mode = WAL"
CONNECTION_PRAGMAS = (
    "PRAGMA foreign_keys = ON",
    "PRAGMA synchronous = FULL",
    f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}",
)


def apply_pragmas(dbapi_connection: sqlite3.Connection, _record=None) -> None:
    cursor = dbapi_connection.cursor()
    try:
        for pragma in CONNECTION_PRAGMAS:
            cursor.execute(pragma)
    finally:
        cursor.close()


def create_store_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
    event.listen(engine, "connect", apply_pragmas)
    return engine
