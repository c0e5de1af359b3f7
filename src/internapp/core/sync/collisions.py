"""Pulled rows that collide with local ones on a unique key other than the id — the same
organization, skill or stage created on two devices, the same pair linked twice, the same
imported entry, or a timer running on each device — are settled the same way on every device:

- two running timers: the one started later runs on; the other stops where it started;
- any other duplicate: the row with the smaller id survives, references to the other move to it,
  and the other is deleted (listed as "merged", so its values can be looked at).

The fixes are written with the triggers on, so they reach the server like any edit; since every
device decides the same, their edits agree.
"""

import sqlite3
from datetime import UTC, datetime, timedelta
from typing import Any

from internapp.core.sync import conflicts_log, local
from internapp.core.sync.tables import SYNCED

STORED = "%Y-%m-%d %H:%M:%S.%f"
_SQL: dict[tuple[str, tuple[str, ...]], str] = {}


def _upsert_sql(tbl: str, cols: tuple[str, ...]) -> str:
    sql = _SQL.get((tbl, cols))
    if sql is None:
        names = ", ".join(f'"{c}"' for c in cols)
        updates = ", ".join(f'"{c}" = excluded."{c}"' for c in cols if c != "id")
        sql = (f'INSERT INTO "{tbl}" ({names}) VALUES ({", ".join("?" * len(cols))}) '
               f"ON CONFLICT (id) DO " + (f"UPDATE SET {updates}" if updates else "NOTHING"))
        _SQL[(tbl, cols)] = sql
    return sql


def upsert_many(connection: sqlite3.Connection, tbl: str,
                rows: list[dict[str, Any]]) -> list[bool]:
    """Writes rows that share their columns in one statement; when one collides, row by row."""
    cols = tuple(rows[0])
    connection.execute("SAVEPOINT sync_many")
    try:
        connection.executemany(_upsert_sql(tbl, cols), ([r[c] for c in cols] for r in rows))
    except sqlite3.IntegrityError:
        connection.execute("ROLLBACK TO sync_many")
        connection.execute("RELEASE sync_many")
        return [upsert(connection, tbl, row) for row in rows]
    connection.execute("RELEASE sync_many")
    return [True] * len(rows)


def upsert(connection: sqlite3.Connection, tbl: str, values: dict[str, Any]) -> bool:
    """Inserts or updates one pulled row; False when it was merged into a local duplicate."""
    cols = tuple(values)
    sql = _upsert_sql(tbl, cols)
    for _ in range(4):  # each round settles one colliding key
        try:
            connection.execute(sql, [values[c] for c in cols])
            return True
        except sqlite3.IntegrityError as error:
            if "UNIQUE" not in str(error):
                raise
            outcome = settle(connection, tbl, values)
            if outcome is None:
                raise
            if not outcome:
                return False
    return False


def settle(connection: sqlite3.Connection, tbl: str, values: dict[str, Any]) -> bool | None:
    """Settles the collision of ``values`` with a local row: True to write it again, False when
    it was merged into the local row, None when no colliding row was found."""
    incoming = values["id"]
    if tbl == "time_entry" and values.get("ended_at") is None:
        running = connection.execute("SELECT id, started_at FROM time_entry WHERE "
                                     "ended_at IS NULL AND id <> ?", (incoming,)).fetchone()
        if running is not None:
            _stop_earlier_timer(connection, values, running)
            return True
    for cols in unique_keys(connection, tbl):
        if any(values.get(c) is None for c in cols):
            continue
        where = " AND ".join(f'"{c}" = ?' for c in cols)
        other = connection.execute(f'SELECT id FROM "{tbl}" WHERE {where} AND id <> ?',
                                   [*(values[c] for c in cols), incoming]).fetchone()
        if other is not None:
            return _merge(connection, tbl, local_id=other[0], incoming=values)
    return None


def unique_keys(connection: sqlite3.Connection, tbl: str) -> list[list[str]]:
    keys = []
    for _, name, unique, origin, _partial in connection.execute(f'PRAGMA index_list("{tbl}")'):
        if not unique or origin == "pk":
            continue
        cols = [row[2] for row in connection.execute(f'PRAGMA index_info("{name}")')]
        if cols and all(cols):  # an expression index has no column names
            keys.append(cols)
    return keys


def _merge(connection: sqlite3.Connection, tbl: str, *, local_id: str,
           incoming: dict[str, Any]) -> bool:
    survivor, loser = sorted((local_id, incoming["id"]))
    names = local.table_columns(connection, tbl)
    found = connection.execute(f'SELECT * FROM "{tbl}" WHERE id = ?', (local_id,)).fetchone()
    loser_values = incoming if loser == incoming["id"] else dict(zip(names, found, strict=True))
    conflicts_log.record(connection, "merged", tbl, loser, other_row_id=survivor,
                         lost={k: v for k, v in loser_values.items() if not isinstance(v, bytes)},
                         detail="the same record was created on two devices; kept one")
    local.set_applying(connection, False)
    try:
        if survivor == incoming["id"]:
            repoint(connection, tbl, local_id, survivor)
            connection.execute(f'DELETE FROM "{tbl}" WHERE id = ?', (local_id,))
            return True
        conflicts_log.log_change(connection, tbl, loser, "D")  # its tombstone goes up
        return False
    finally:
        local.set_applying(connection, True)


def repoint(connection: sqlite3.Connection, tbl: str, old: str, new: str) -> None:
    """Moves every reference to ``tbl`` row ``old`` onto ``new``; references that would then be
    duplicates are dropped."""
    for child in SYNCED:
        for fk in connection.execute(f'PRAGMA foreign_key_list("{child}")').fetchall():
            if fk[2] != tbl:
                continue
            col = fk[3]
            connection.execute(f'UPDATE OR IGNORE "{child}" SET "{col}" = ? WHERE "{col}" = ?',
                               (new, old))
            connection.execute(f'DELETE FROM "{child}" WHERE "{col}" = ?', (old,))


def _stop_earlier_timer(connection: sqlite3.Connection, values: dict[str, Any],
                        running: tuple[str, str]) -> None:
    other_id, other_start = running
    mine_later = (values["started_at"], values["id"]) > (other_start, other_id)
    later_start = values["started_at"] if mine_later else other_start
    stop_id = other_id if mine_later else values["id"]
    stop_start = other_start if mine_later else values["started_at"]
    end = max(_parse(later_start), _parse(stop_start).replace(microsecond=0) + _SECOND)
    seconds = int((end - _parse(stop_start)).total_seconds())
    ended = end.strftime(STORED)
    conflicts_log.record(connection, "timer", "time_entry", stop_id, other_row_id=(
        values["id"] if mine_later else other_id),
        detail="timers ran on two devices at once; the earlier one was stopped")
    if mine_later:
        local.set_applying(connection, False)
        connection.execute("UPDATE time_entry SET ended_at = ?, seconds = ? WHERE id = ?",
                           (ended, seconds, other_id))
        local.set_applying(connection, True)
    else:
        values["ended_at"], values["seconds"] = ended, seconds
        # written with the pulled row (triggers quiet), so the stop is logged for the server
        conflicts_log.log_change(connection, "time_entry", values["id"], "U",
                                 cols="|ended_at|seconds|")


_SECOND = timedelta(seconds=1)


def _parse(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)
