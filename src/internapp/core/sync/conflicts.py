"""The conflicts a sync found, for the student to look at and settle: pick the other value of a
field (an ordinary edit, so it syncs and wins everywhere), keep what is there, or — for two
overlapping time entries — change or delete one of them; such a conflict is settled once they no
longer overlap."""

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from internapp.core.clock import utcnow
from internapp.core.services.errors import NotFoundError, ValidationError
from internapp.core.store import Store
from internapp.core.store.codec import decode, decode_optional
from internapp.core.sync import local
from internapp.core.sync.tables import SYNCED

LABEL_COLUMNS = ("display_name", "title", "name", "role", "key", "tag", "original_name")
KIND_TEXT = {
    "field": "Changed on two devices",
    "deleted": "Edited and deleted",
    "overlap": "Overlapping time entries",
    "renamed": "Duplicate engagement name",
    "merged": "Created on two devices",
    "removed": "Removed with its parent",
    "restored": "Kept although deleted elsewhere",
    "timer": "Timers on two devices",
}
PICKABLE = frozenset({"field", "renamed"})
ORIGIN = "sync"  # who the notices of sync's writes name


@dataclass(frozen=True)
class EntrySpan:
    """A time entry a conflict is about, as the student knows it (times are aware, UTC)."""
    entry_id: str
    engagement_id: str | None
    engagement: str
    start: datetime
    end: datetime | None
    note: str


@dataclass(frozen=True)
class ConflictRow:
    id: int
    kind: str
    kind_text: str
    table: str
    row_id: str
    record: str  # what the student knows it by: a title, a name, an entry's start
    column: str
    kept: Any
    other: Any
    other_row_id: str | None
    detail: str
    found_at: str
    resolved_at: str | None
    entries: tuple[EntrySpan, ...] = ()  # the time entries it concerns (both, for an overlap)

    @property
    def can_pick_other(self) -> bool:
        return self.kind in PICKABLE and self.resolved_at is None


def list_conflicts(store: Store, *, include_resolved: bool = False) -> list[ConflictRow]:
    """Open conflicts, newest first (with the settled ones when asked). Overlaps that no longer
    overlap are settled here."""
    with local.opened(store) as db:
        _settle_overlaps(db)
        query = ("SELECT id, kind, tbl, row_id, col, kept, lost, other_row_id, detail, found_at, "
                 "resolved_at FROM sync_conflict")
        if not include_resolved:
            query += " WHERE resolved_at IS NULL"
        rows = db.execute(query + " ORDER BY id DESC").fetchall()
        return [ConflictRow(cid, kind, KIND_TEXT.get(kind, kind), tbl, row_id,
                            _label(db, tbl, row_id), col, _load(kept), _load(lost), other,
                            detail, found, resolved,
                            _spans(db, [row_id, *([other] if kind == "overlap" else [])])
                            if tbl == "time_entry" else ())
                for cid, kind, tbl, row_id, col, kept, lost, other, detail, found, resolved in rows]


def count_open(store: Store) -> int:
    with local.opened(store, writes=False) as db:
        return db.execute("SELECT count(*) FROM sync_conflict WHERE resolved_at IS NULL"
                          ).fetchone()[0]


def resolve(store: Store, conflict_id: int, *, use_other: bool) -> ConflictRow:
    """Settles a conflict: ``use_other`` writes the other value into the record (an ordinary,
    synced edit); otherwise the value there is kept."""
    with local.opened(store) as db:
        found = db.execute("SELECT kind, tbl, row_id, col, lost, resolved_at FROM sync_conflict "
                           "WHERE id = ?", (conflict_id,)).fetchone()
        if found is None:
            raise NotFoundError("conflict", conflict_id)
        kind, tbl, row_id, col, lost, resolved = found
        if resolved is not None:
            raise ValidationError("conflict", "is already settled")
        with local.write(db):
            if use_other:
                if kind not in PICKABLE or tbl not in SYNCED:
                    raise ValidationError("conflict", "has no other value to pick; keep it")
                if db.execute(f'SELECT 1 FROM "{tbl}" WHERE id = ?', (row_id,)).fetchone() is None:
                    raise ValidationError("conflict", "its record no longer exists")
                columns = local.table_columns(db, tbl)
                if col not in columns:
                    raise ValidationError("conflict", f"{tbl} has no column {col}")
                stamp = utcnow().replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")
                extra = ', "updated_at" = ?' if "updated_at" in columns and col != "updated_at" \
                    else ""
                db.execute(f'UPDATE "{tbl}" SET "{col}" = ?{extra} WHERE id = ?',
                           (_load(lost), stamp, row_id) if extra else (_load(lost), row_id))
            db.execute("UPDATE sync_conflict SET resolved_at = ? WHERE id = ?",
                       (utcnow().isoformat(timespec="seconds"), conflict_id))
    if use_other:
        store.changes.emit({SYNCED[tbl]}, ORIGIN)
    return next(c for c in list_conflicts(store, include_resolved=True) if c.id == conflict_id)


def _settle_overlaps(db) -> None:
    open_overlaps = db.execute("SELECT id, row_id, other_row_id FROM sync_conflict "
                               "WHERE kind = 'overlap' AND resolved_at IS NULL").fetchall()
    settled = []
    far = "9999-12-31 00:00:00.000000"
    for cid, first, second in open_overlaps:
        still = db.execute(
            f"SELECT 1 FROM time_entry a JOIN time_entry b ON b.id = ? WHERE a.id = ? "
            f"AND b.started_at < COALESCE(a.ended_at, '{far}') "
            f"AND COALESCE(b.ended_at, '{far}') > a.started_at", (second, first)).fetchone()
        if still is None:
            settled.append(cid)
    if settled:
        with local.write(db):
            now = utcnow().isoformat(timespec="seconds")
            db.executemany("UPDATE sync_conflict SET resolved_at = ? WHERE id = ?",
                           [(now, cid) for cid in settled])


def _label(db, tbl: str, row_id: str) -> str:
    if tbl not in SYNCED:
        return row_id
    columns = local.table_columns(db, tbl)
    if tbl == "time_entry":
        found = db.execute("SELECT t.started_at, t.ended_at, e.title FROM time_entry t LEFT JOIN "
                           "engagement e ON e.id = t.engagement_id WHERE t.id = ?",
                           (row_id,)).fetchone()
        if found:
            start, end, title = found
            return f"{title or 'entry'}: {start[:16]} – {(end or 'running')[:16]} UTC"
    for col in LABEL_COLUMNS:
        if col in columns:
            found = db.execute(f'SELECT "{col}" FROM "{tbl}" WHERE id = ?', (row_id,)).fetchone()
            if found and found[0]:
                return str(found[0])
    return f"{tbl.replace('_', ' ')} {row_id[:8]}"


def _spans(db, entry_ids: list[str]) -> tuple[EntrySpan, ...]:
    spans = []
    for entry_id in entry_ids:
        found = db.execute("SELECT t.engagement_id, e.title, t.started_at, t.ended_at, t.note "
                           "FROM time_entry t LEFT JOIN engagement e ON e.id = t.engagement_id "
                           "WHERE t.id = ?", (entry_id,)).fetchone()
        if found:
            engagement_id, title, start, end, note = found
            spans.append(EntrySpan(entry_id, engagement_id, title or "", decode(start),
                                   decode_optional(end), note or ""))
    return tuple(spans)


def _load(text: str | None) -> Any:
    return None if text is None else json.loads(text)
