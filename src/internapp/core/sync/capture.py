"""Change capture by the database itself: for every synced table, AFTER INSERT / UPDATE / DELETE
triggers append a row to ``sync_change`` (table, row id, changed columns, the per-device sequence
and the hybrid logical clock computed in SQL), inside the writing transaction.

So every write path — ORM sessions, the plain-sqlite3 hot paths, bulk imports, a migration's data
step — is captured, and a rolled-back transaction leaves no log behind. While pulled changes are
applied, ``sync_clock.applying`` is 1 in that transaction and the triggers log nothing.

The triggers exist only while sync is set up (``install``; ``remove`` drops them), so a store that
never syncs pays nothing. They are generated from the table's current columns, so after any
migration ``refresh`` re-creates them (a batch migration copies a table and drops its triggers).
"""

import sqlite3
import uuid

from internapp.core.sync import clock
from internapp.core.sync.tables import SYNCED

PREFIX = "sync_"
_GUARD = "(SELECT applying FROM sync_clock WHERE id = 1) = 0"
_TICK = (f"UPDATE sync_clock SET hlc = MAX(hlc + 1, {clock.SQL_NOW}) WHERE id = 1;")
_LOG = ("INSERT INTO sync_change (tbl, row_id, op, cols, hlc) VALUES "
        "('{table}', {row}.id, '{op}', {cols}, (SELECT hlc FROM sync_clock WHERE id = 1));")


def columns(connection: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')]


def trigger_statements(connection: sqlite3.Connection, table: str) -> dict[str, str]:
    """The CREATE TRIGGER statements for ``table``, by trigger name."""
    cols = columns(connection, table)
    changed = " OR ".join(f'OLD."{c}" IS NOT NEW."{c}"' for c in cols)
    names = " || ".join(f"CASE WHEN OLD.\"{c}\" IS NOT NEW.\"{c}\" THEN '{c}|' ELSE '' END"
                        for c in cols)
    body = {
        "ins": ("AFTER INSERT", _GUARD, _LOG.format(table=table, row="NEW", op="I", cols="NULL")),
        "upd": ("AFTER UPDATE", f"{_GUARD} AND ({changed})",
                _LOG.format(table=table, row="NEW", op="U", cols=f"'|' || {names}")),
        "del": ("AFTER DELETE", _GUARD, _LOG.format(table=table, row="OLD", op="D", cols="NULL")),
    }
    return {
        f"{PREFIX}{short}_{table}":
            f'CREATE TRIGGER "{PREFIX}{short}_{table}" {event} ON "{table}" WHEN {guard} '
            f"BEGIN {_TICK} {log} END"
        for short, (event, guard, log) in body.items()
    }


def enabled(connection: sqlite3.Connection) -> bool:
    """True once sync is set up (the clock row exists)."""
    try:
        return connection.execute("SELECT 1 FROM sync_clock WHERE id = 1").fetchone() is not None
    except sqlite3.OperationalError:  # a store from before migration 0004
        return False


def existing_tables(connection: sqlite3.Connection) -> list[str]:
    present = {row[0] for row in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'")}
    return [table for table in SYNCED if table in present]


def drop_triggers(connection: sqlite3.Connection) -> None:
    for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE ? ESCAPE '\\'",
            (PREFIX.replace("_", "\\_") + "%",)).fetchall():
        connection.execute(f'DROP TRIGGER "{name}"')


def create_triggers(connection: sqlite3.Connection) -> None:
    for table in existing_tables(connection):
        for statement in trigger_statements(connection, table).values():
            connection.execute(statement)


def refresh(connection: sqlite3.Connection) -> None:
    """Re-creates the triggers from the tables' current columns, when sync is set up. Runs inside
    the caller's transaction (the migration's)."""
    if enabled(connection):
        drop_triggers(connection)
        create_triggers(connection)


def install(connection: sqlite3.Connection, device_id: uuid.UUID | None = None) -> str:
    """Sets sync up inside the caller's write transaction: the device's clock row, the triggers,
    and a snapshot of every synced row as the first changes to push. Returns the device id.

    A snapshot row's clock is its ``updated_at``; a row every store is born with (a seeded stage,
    skill or role: a name-based UUID, never edited) gets clock 0, so any edit on any device wins
    over it.
    """
    device = (device_id or uuid.uuid4()).hex[:16]  # 64 random bits: short in every clock
    connection.execute("DELETE FROM sync_change")
    connection.execute("DELETE FROM sync_clock")
    connection.execute("INSERT INTO sync_clock (id, device_id, hlc, applying) VALUES (1, ?, ?, 0)",
                       (device, clock.now()))
    drop_triggers(connection)
    create_triggers(connection)
    for table in existing_tables(connection):
        cols = columns(connection, table)
        stamp = (f"CASE WHEN substr(id, 13, 1) = '5' AND created_at = updated_at THEN 0 "
                 f"ELSE {clock.sql_ms_of('updated_at')} << {clock.SHIFT} END"
                 if "updated_at" in cols else clock.SQL_NOW)
        connection.execute(
            f"INSERT INTO sync_change (tbl, row_id, op, cols, hlc) "
            f"SELECT '{table}', id, 'I', NULL, {stamp} FROM \"{table}\" ORDER BY {stamp}")
    connection.execute(
        "UPDATE sync_clock SET hlc = MAX(hlc, (SELECT COALESCE(MAX(hlc), 0) + 1 FROM sync_change))")
    return device


def remove(connection: sqlite3.Connection) -> None:
    """Stops capturing inside the caller's transaction: triggers, log and clock go."""
    drop_triggers(connection)
    connection.execute("DELETE FROM sync_change")
    connection.execute("DELETE FROM sync_clock")
