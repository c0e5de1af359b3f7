"""The list of time entries as the Time screen's table needs it, however long it is: filtered and
sorted in SQL, read a page at a time.

Sorted by start (the usual way), ``count`` and ``page`` walk the start index: opening the table
costs a count and one page, whatever its length. Other sorts fetch ``keys`` once (the rowids in
order — integers, not rows). ``rows`` then reads one page of entries by rowid. Like ``reports``,
this reads on the store's plain path.
"""

import json
import uuid
from dataclasses import dataclass
from datetime import datetime

from internapp.core.services.reports import ALL_TIME, EntryRecord, Period
from internapp.core.store import Store
from internapp.core.store.codec import decode, decode_optional, encode

SORTS = {
    "start": "t.started_at",
    "end": "t.ended_at",
    "engagement": "e.title COLLATE NOCASE",
    "duration": "t.seconds",
    "note": "t.note COLLATE NOCASE",
    "tags": "t.tags",
}


@dataclass(frozen=True)
class EntryQuery:
    engagement_id: uuid.UUID | None = None
    text: str = ""  # every word must appear in the engagement, note or tags
    period: Period = ALL_TIME
    sort: str = "start"
    descending: bool = True


def count(store: Store, query: EntryQuery) -> int:
    where, params = _where(query)
    with store.reading() as conn:
        return conn.execute(f"SELECT COUNT(*) FROM time_entry t {_join(query)}WHERE {where}",
                            params).fetchone()[0]


def page(store: Store, query: EntryQuery, offset: int, limit: int) -> list[int]:
    """The rowids of one page in display order. Sorted by start, SQLite walks the start index
    to the offset (a few ms at 100,000 entries); other sorts should use ``keys`` once instead."""
    where, params = _where(query)
    with store.reading() as conn:
        return [rowid for (rowid,) in conn.execute(
            f"SELECT t.rowid FROM time_entry t {_join(query)}WHERE {where} "
            f"ORDER BY {_order(query)} LIMIT ? OFFSET ?", [*params, limit, offset])]


def keys(store: Store, query: EntryQuery) -> list[int]:
    """The rowids of every matching entry in display order: one sort in SQLite, for the sorts
    no index serves (then every page is a lookup by rowid)."""
    where, params = _where(query)
    with store.reading() as conn:
        return [rowid for (rowid,) in conn.execute(
            f"SELECT t.rowid FROM time_entry t {_join(query)}WHERE {where} "
            f"ORDER BY {_order(query)}", params)]


def rows(store: Store, rowids: list[int]) -> list[EntryRecord]:
    """The entries with these rowids, in the order given (missing ones are skipped)."""
    if not rowids:
        return []
    marks = ",".join("?" * len(rowids))
    found = {}
    with store.reading() as conn:
        fetched = conn.execute(
            "SELECT t.rowid, t.id, e.title, o.name, t.started_at, t.ended_at, t.seconds, t.tz, "
            "t.note, t.tags, t.source FROM time_entry t "
            "JOIN engagement e ON e.id = t.engagement_id "
            "LEFT JOIN organization o ON o.id = e.organization_id "
            f"WHERE t.rowid IN ({marks})", rowids).fetchall()
    for rowid, i, title, org, start, end, seconds, tz, note, tags, source in fetched:
        found[rowid] = EntryRecord(str(uuid.UUID(hex=i)), title, org, decode(start),
                                   decode_optional(end), seconds, tz, note, json.loads(tags),
                                   source)
    return [found[r] for r in rowids if r in found]


def summary(store: Store, starts: dict[str, datetime]) -> dict[str, int]:
    """Seconds logged since each named instant (e.g. today, this week), finished entries only."""
    with store.reading() as conn:
        return {name: int(conn.execute(
            "SELECT COALESCE(SUM(seconds), 0) FROM time_entry WHERE started_at >= ?",
            (encode(since),)).fetchone()[0]) for name, since in starts.items()}


def _join(query: EntryQuery) -> str:
    needed = query.text or query.sort == "engagement"
    return "JOIN engagement e ON e.id = t.engagement_id " if needed else ""


def _order(query: EntryQuery) -> str:
    direction = "DESC" if query.descending else "ASC"
    order = f"{SORTS.get(query.sort, SORTS['start'])} {direction}"
    return order if query.sort == "start" else f"{order}, t.started_at {direction}"


def _where(query: EntryQuery) -> tuple[str, list]:
    lo, hi = query.period.bounds()
    clauses, params = ["t.started_at >= ? AND t.started_at < ?"], [lo, hi]
    if query.engagement_id is not None:
        clauses.append("t.engagement_id = ?")
        params.append(query.engagement_id.hex)
    for word in query.text.split():
        pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        clauses.append("(e.title LIKE ? ESCAPE '\\' OR t.note LIKE ? ESCAPE '\\' "
                       "OR t.tags LIKE ? ESCAPE '\\')")
        params += [pattern, pattern, pattern]
    return " AND ".join(clauses), params
