"""What must hold after a merge, checked in the transaction that applied the pulled rows:

- no orphan: a pulled row whose parent is gone (deleted on another device) moves to the row its
  parent was merged into, loses the reference (ON DELETE SET NULL), brings the parent back from
  its tombstone when it may not lose it (RESTRICT), or goes like its parent (CASCADE) — listed;
- no duplicate engagement names: a second engagement of the same name, from another device, is
  renamed "Name (2)" — the later-created one, so every device renames the same one;
- no silent overlap: time entries from two devices that overlap are listed as a conflict for the
  student to settle (never dropped);
- at most one running timer: settled while writing (``collisions``).

Fixes are written with the triggers on, so they go up with the next push.
"""

import sqlite3
from collections.abc import Callable

from internapp.core.services.fields import name_key
from internapp.core.sync import collisions, conflicts_log, local
from internapp.core.sync.outbox import decode
from internapp.core.sync.remote import Pulled
from internapp.core.sync.tables import SYNCED

MAX_ROUNDS = 20


def restore(connection: sqlite3.Connection, live: list[Pulled],
            fetch_row: Callable[[str, str], Pulled | None]) -> set[str]:
    changed = fix_orphans(connection, fetch_row)
    if any(row.tbl == "engagement" for row in live):
        changed |= rename_duplicate_engagements(connection)
    entries = [row.row_id for row in live if row.tbl == "time_entry"]
    if entries:
        list_overlaps(connection, entries)
    return changed


def fix_orphans(connection: sqlite3.Connection,
                fetch_row: Callable[[str, str], Pulled | None]) -> set[str]:
    changed: set[str] = set()
    for _ in range(MAX_ROUNDS):
        violations = connection.execute("PRAGMA foreign_key_check").fetchall()
        if not violations:
            return changed
        for table, rowid, parent, fkid in violations:
            changed.add(table)
            if table not in SYNCED:  # derived local data (time_total): it follows its source
                connection.execute(f'DELETE FROM "{table}" WHERE rowid = ?', (rowid,))
                continue
            _fix_orphan(connection, table, rowid, parent, fkid, fetch_row, changed)
    raise RuntimeError("could not settle the records left without their parent")


def _fix_orphan(connection, table, rowid, parent, fkid, fetch_row, changed) -> None:
    fk = next(f for f in connection.execute(f'PRAGMA foreign_key_list("{table}")') if f[0] == fkid)
    col, on_delete = fk[3], fk[6].upper()
    found = connection.execute(f'SELECT id, "{col}" FROM "{table}" WHERE rowid = ?',
                               (rowid,)).fetchone()
    if found is None:
        return
    row_id, missing = found
    alias = connection.execute(
        "SELECT other_row_id FROM sync_conflict WHERE kind = 'merged' AND tbl = ? AND row_id = ?",
        (parent, missing)).fetchone()
    if alias is not None:
        connection.execute(f'UPDATE "{table}" SET "{col}" = ? WHERE id = ?', (alias[0], row_id))
        return
    if on_delete == "SET NULL":
        connection.execute(f'UPDATE "{table}" SET "{col}" = NULL WHERE id = ?', (row_id,))
        return
    if on_delete != "CASCADE":
        tombstone = fetch_row(parent, missing)
        if tombstone is not None and tombstone.data:
            _bring_back(connection, parent, tombstone)
            changed.add(parent)
            conflicts_log.record(connection, "restored", parent, missing, other_row_id=row_id,
                                 detail=f"deleted on another device but a {table} row still "
                                        "uses it; brought back")
            return
    names = local.table_columns(connection, table)
    values = connection.execute(f'SELECT * FROM "{table}" WHERE id = ?', (row_id,)).fetchone()
    conflicts_log.record(
        connection, "removed", table, row_id, other_row_id=missing,
        lost={k: v for k, v in zip(names, values, strict=True) if not isinstance(v, bytes)},
        detail=f"its {parent} was deleted on another device")
    connection.execute(f'DELETE FROM "{table}" WHERE id = ?', (row_id,))


def _bring_back(connection: sqlite3.Connection, tbl: str, tombstone: Pulled) -> None:
    columns = set(local.table_columns(connection, tbl))
    values = {c: decode(v) for c, v in tombstone.data.items() if c in columns}
    local.set_applying(connection, True)
    try:
        collisions.upsert(connection, tbl, values)
    finally:
        local.set_applying(connection, False)
    conflicts_log.log_change(connection, tbl, tombstone.row_id, "R")


def rename_duplicate_engagements(connection: sqlite3.Connection) -> set[str]:
    groups: dict[str, list[tuple[str, str, str]]] = {}
    for row_id, title, created in connection.execute(
            "SELECT id, title, created_at FROM engagement ORDER BY created_at, id"):
        groups.setdefault(name_key(title), []).append((row_id, title, created))
    taken = set(groups)
    changed: set[str] = set()
    for rows in groups.values():
        for row_id, title, _ in rows[1:]:
            number = 2
            while name_key(f"{title} ({number})") in taken:
                number += 1
            new = f"{title} ({number})"
            taken.add(name_key(new))
            connection.execute("UPDATE engagement SET title = ? WHERE id = ?", (new, row_id))
            conflicts_log.record(connection, "renamed", "engagement", row_id, col="title",
                                 kept=new, lost=title, other_row_id=rows[0][0],
                                 detail="two engagements had the same name")
            changed.add("engagement")
    return changed


SWEEP_ABOVE = 2000  # pulled entries: above this, one pass over the start index is cheaper


def list_overlaps(connection: sqlite3.Connection, entry_ids: list[str]) -> int:
    """Lists every pair of overlapping entries that involves a pulled one; returns how many.

    Few pulled entries: a range on the start index around each. Many (a first sync): one pass
    in start order finds the entries that begin before an earlier one ended, and only those are
    looked at.
    """
    if len(entry_ids) > SWEEP_ABOVE:
        far = "9999-12-31 00:00:00.000000"
        late = [row[0] for row in connection.execute(f"""
            SELECT id FROM (SELECT id, started_at, MAX(COALESCE(ended_at, '{far}')) OVER (
                ORDER BY started_at, id ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS before
                FROM time_entry) WHERE started_at < before""")]
        if not late:
            return 0
        pulled = set(entry_ids)
        partners = _overlap_pairs(connection, late)
        found = {pair for pair in partners if pair[0] in pulled or pair[1] in pulled}
        return _record_overlaps(connection, found)
    return _record_overlaps(connection, _overlap_pairs(connection, entry_ids))


def _overlap_pairs(connection: sqlite3.Connection, entry_ids: list[str]) -> set[tuple[str, str]]:
    connection.execute("CREATE TEMP TABLE IF NOT EXISTS sync_pulled_entry (id TEXT PRIMARY KEY)")
    connection.execute("DELETE FROM temp.sync_pulled_entry")
    connection.executemany("INSERT OR IGNORE INTO temp.sync_pulled_entry VALUES (?)",
                           ((i,) for i in entry_ids))
    far = "9999-12-31 00:00:00.000000"
    # finished neighbours: a range on the start index (an entry lasts at most a day)
    pairs = connection.execute(f"""
        SELECT a.id, b.id FROM temp.sync_pulled_entry p
        JOIN time_entry a ON a.id = p.id
        JOIN time_entry b ON b.started_at > datetime(a.started_at, '-1 day')
             AND b.started_at < COALESCE(a.ended_at, '{far}') AND b.id <> a.id
        WHERE COALESCE(b.ended_at, '{far}') > a.started_at""").fetchall()
    # the running timer (at most one), whenever it started
    for running_id, running_start in connection.execute(
            "SELECT id, started_at FROM time_entry WHERE ended_at IS NULL").fetchall():
        pairs += connection.execute(f"""
            SELECT a.id, ? FROM temp.sync_pulled_entry p JOIN time_entry a ON a.id = p.id
            WHERE a.id <> ? AND COALESCE(a.ended_at, '{far}') > ?""",
            (running_id, running_id, running_start)).fetchall()
    return {tuple(sorted(pair)) for pair in pairs}


def _record_overlaps(connection: sqlite3.Connection, found: set[tuple[str, str]]) -> int:
    for first, second in sorted(found):
        conflicts_log.record(connection, "overlap", "time_entry", first, col=second,
                             other_row_id=second,
                             detail="two time entries from different devices overlap")
    return len(found)
