"""Applying what was pulled to the store, in one write transaction: upserts in declaration order,
then deletions in reverse order, with the triggers quiet (``applying``) so pulled changes are not
logged again, and foreign keys checked at commit (``defer_foreign_keys``), since a batch holds
children and parents in any order.

A column this device changed after its last push is kept when its clock is later (it goes up with
the next push); when the pulled clock is later the local value is listed as a conflict. Then the
invariants are restored (``invariants``), with their own edits logged so they reach the server.
"""

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from internapp.core.services import time_totals
from internapp.core.sync import collisions, conflicts_log, invariants, local
from internapp.core.sync.merge import DELETED
from internapp.core.sync.outbox import decode, pending
from internapp.core.sync.remote import Pulled
from internapp.core.sync.tables import META_COLUMNS, SYNCED

BULK_ENTRIES = 2000  # pulled time entries above which totals are summed once, not per row


@dataclass
class Applied:
    rows: int = 0
    tables: set[str] = field(default_factory=set)
    conflicts: int = 0


def apply(connection: sqlite3.Connection, pulled: list[Pulled], *, acked: int, cursor: int,
          fetch_row: Callable[[str, str], Pulled | None]) -> Applied:
    """Writes ``pulled`` and moves the pull cursor to ``cursor``, as one transaction."""
    applied = Applied()
    with local.write(connection):
        before = _conflict_count(connection)
        connection.execute("PRAGMA defer_foreign_keys = ON")
        local.set_applying(connection, True)
        mine = {(c.tbl, c.row_id): c for c in pending(connection, acked, 1 << 62)}
        columns: dict[str, set[str]] = {}
        required: dict[str, dict[str, Any]] = {}
        for t in SYNCED:
            columns[t], required[t] = _columns(connection, t)
        order = {t: i for i, t in enumerate(SYNCED)}
        # parents before children; within a table in the order the rows were created, which
        # is the order of most of its indexes (the server sends them by id: random, and writing
        # 100,000 time entries in that order costs twice the CPU)
        known = sorted((p for p in pulled if p.tbl in SYNCED and columns[p.tbl]),
                       key=lambda p: (order[p.tbl], str((p.data or {}).get("created_at") or "")))
        # the receive rule first, so that every fix logged below orders after what was pulled
        local.advance_clock(connection, max((row.newest for row in known), default=0))
        live: list[Pulled] = []
        group: list[tuple[Pulled, dict[str, Any]]] = []

        def flush() -> None:
            if group:
                written = collisions.upsert_many(connection, group[0][0].tbl,
                                                 [values for _, values in group])
                for (row, _), ok in zip(group, written, strict=True):
                    if ok:
                        live.append(row)
                        applied.tables.add(row.tbl)
                applied.rows += sum(written)
                group.clear()

        derived = time_totals.suspend(connection) if sum(
            row.tbl == "time_entry" for row in known) > BULK_ENTRIES else None
        for row in known:
            if row.deleted:
                continue
            values = _values(connection, row, columns[row.tbl], mine.get((row.tbl, row.row_id)))
            if values is not None and not required[row.tbl].keys() <= values.keys():
                _fill_older_columns(connection, row, values, required[row.tbl])
            if values is None:
                continue
            if group and (group[0][0].tbl, tuple(group[0][1])) != (row.tbl, tuple(values)):
                flush()
            group.append((row, values))
        flush()
        for row in reversed(known):
            if row.deleted and _delete(connection, row, mine.get((row.tbl, row.row_id))):
                applied.rows += 1
                applied.tables.add(row.tbl)
        if derived is not None:
            time_totals.resume(connection, derived)
        local.set_applying(connection, False)
        applied.tables |= invariants.restore(connection, live, fetch_row)
        local.put(connection, local.CURSOR, cursor)
        applied.conflicts = _conflict_count(connection) - before
    return applied


def _values(connection: sqlite3.Connection, row: Pulled, columns: set[str],
            mine) -> dict[str, Any] | None:
    """The pulled values to write, less the columns this device changed later."""
    if mine is not None and mine.deleted is not None and mine.inserted is None:
        return None  # deleted here since the last push: the deletion goes up next and wins
    data = row.data
    values = dict(data) if columns.issuperset(data) else {
        col: value for col, value in data.items() if col in columns}
    for col, value in values.items():
        if type(value) is dict:  # bytes travel as {BYTES: base64}
            values[col] = decode(value)
    if mine is None:
        return values
    changed = dict.fromkeys(columns, mine.inserted) if mine.inserted is not None else {}
    changed.update(mine.clocks)
    current = None
    for col, hlc in changed.items():
        theirs = row.clocks.get(col)
        if col not in values or theirs is None:
            continue
        if hlc is not None and hlc > theirs[0]:
            del values[col]  # ours is later: it stays, and is pushed next time
            continue
        if col in META_COLUMNS:
            continue
        if current is None:
            found = connection.execute(f'SELECT * FROM "{row.tbl}" WHERE id = ?',
                                       (row.row_id,)).fetchone()
            names = local.table_columns(connection, row.tbl)
            current = dict(zip(names, found, strict=True)) if found else {}
        if col in current and current[col] != values[col]:
            conflicts_log.record(connection, "field", row.tbl, row.row_id, col=col,
                                 kept=values[col], lost=current[col], lost_hlc=hlc or 0)
    return values


def _columns(connection: sqlite3.Connection, tbl: str) -> tuple[set[str], dict[str, Any]]:
    """This device's columns of ``tbl``, and those a row must have (NOT NULL, no default), each
    with a neutral value."""
    names: set[str] = set()
    required: dict[str, Any] = {}
    for _, name, kind, notnull, default, pk in connection.execute(f'PRAGMA table_info("{tbl}")'):
        names.add(name)
        if notnull and default is None and not pk:
            required[name] = 0 if any(t in kind.upper() for t in ("INT", "REAL", "NUM", "BOOL")) \
                else ""
    return names, required


def _fill_older_columns(connection: sqlite3.Connection, row: Pulled, values: dict[str, Any],
                        required: dict[str, Any]) -> None:
    """A row from a device whose newer schema dropped a column this one still requires (issue
    14 moved engagement.deliverables into rows): the local value is kept, a new row gets a
    neutral one; once this device upgrades, it pulls everything again (capture.after_upgrade)."""
    missing = [col for col in required if col not in values]
    names = ", ".join(f'"{col}"' for col in missing)
    found = connection.execute(f'SELECT {names} FROM "{row.tbl}" WHERE id = ?',
                               (row.row_id,)).fetchone()
    for i, col in enumerate(missing):
        values[col] = found[i] if found is not None else required[col]


def _delete(connection: sqlite3.Connection, row: Pulled, mine) -> bool:
    exists = connection.execute(f'SELECT 1 FROM "{row.tbl}" WHERE id = ?',
                                (row.row_id,)).fetchone()
    if exists is None:
        return False
    if mine is not None and (mine.clocks or mine.inserted):
        edited = {c: None for c in mine.clocks if c not in META_COLUMNS}
        if edited:
            conflicts_log.record(connection, "deleted", row.tbl, row.row_id, lost=list(edited),
                                 lost_hlc=row.clocks.get(DELETED, [0])[0],
                                 detail="deleted on another device after you edited it here")
    try:
        connection.execute("SAVEPOINT sync_delete")
        connection.execute(f'DELETE FROM "{row.tbl}" WHERE id = ?', (row.row_id,))
        connection.execute("RELEASE sync_delete")
    except sqlite3.IntegrityError:
        # still used here by rows that forbid it (ON DELETE RESTRICT): keep it, bring it back
        connection.execute("ROLLBACK TO sync_delete")
        connection.execute("RELEASE sync_delete")
        local.set_applying(connection, False)
        conflicts_log.log_change(connection, row.tbl, row.row_id, "R")
        local.set_applying(connection, True)
        conflicts_log.record(connection, "restored", row.tbl, row.row_id,
                             detail="deleted on another device but still used here; kept")
        return False
    return True


def _conflict_count(connection: sqlite3.Connection) -> int:
    return connection.execute("SELECT count(*) FROM sync_conflict").fetchone()[0]
