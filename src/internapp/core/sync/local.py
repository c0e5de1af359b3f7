"""The store side of a sync: a plain connection from the store's one factory
(core/store/connection.py), write transactions begun with BEGIN IMMEDIATE that carry the store's
guard like every write (core/store/guard.py), and the sync state kept in ``sync_state``.

A sync holds one connection for its whole run (it reads between its writes and must see its own
commits at once), so it opens its own rather than borrowing the store's pooled ones.
"""

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from internapp.core.store.connection import connect as store_connect
from internapp.core.store.guard import TOUCH

if TYPE_CHECKING:
    from internapp.core.store import Store

# sync_state keys
URL = "url"
ACKED = "acked_seq"  # every change up to this sequence is on the server
CURSOR = "pull_cursor"  # every server change up to this number has been pulled
PROGRESS = "push_progress"  # {"upto": seq, "after": [tbl, row_id]} of an unfinished push
LAST = "last_result"  # {"at", "ok", "pushed", "pulled", "conflicts", "message"}
DATA_KEYS = (URL, ACKED, CURSOR, PROGRESS, LAST)


@contextmanager
def opened(store: "Store", *, writes: bool = True) -> Iterator[sqlite3.Connection]:
    """A connection to ``store``'s file for a sync or a sync setting; ``writes`` puts the file in
    WAL mode first, as before any write."""
    if writes:
        store.ensure_wal()
    connection = store_connect(store.path, read_only=store.read_only)
    try:
        yield connection
    finally:
        connection.close()


@contextmanager
def write(connection: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One transaction, begun with BEGIN IMMEDIATE; committed as a whole or rolled back."""
    connection.execute("BEGIN IMMEDIATE")
    try:
        connection.execute(TOUCH)  # every commit carries the store's guard
        yield connection
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    connection.execute("COMMIT")


def get(connection: sqlite3.Connection, key: str, default: Any = None) -> Any:
    row = connection.execute("SELECT value FROM sync_state WHERE key = ?", (key,)).fetchone()
    return default if row is None else json.loads(row[0])


def put(connection: sqlite3.Connection, key: str, value: Any) -> None:
    if value is None:
        connection.execute("DELETE FROM sync_state WHERE key = ?", (key,))
        return
    connection.execute("INSERT INTO sync_state (key, value) VALUES (?, ?) "
                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                       (key, json.dumps(value)))


def device_id(connection: sqlite3.Connection) -> str | None:
    row = connection.execute("SELECT device_id FROM sync_clock WHERE id = 1").fetchone()
    return row[0] if row else None


def advance_clock(connection: sqlite3.Connection, seen: int) -> None:
    """The receive rule: the device's clock moves past every clock it has seen."""
    connection.execute("UPDATE sync_clock SET hlc = MAX(hlc, ?) WHERE id = 1", (seen,))


def set_applying(connection: sqlite3.Connection, applying: bool) -> None:
    connection.execute("UPDATE sync_clock SET applying = ? WHERE id = 1", (int(applying),))


def table_columns(connection: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')]
