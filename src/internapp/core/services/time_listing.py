"""The list of time entries as the Time screen's table needs it, however long it is: filtered and
sorted in SQL, read a page at a time.

Every sort but the engagement's has an index (the start, and migration 0004's end, duration, note
and tags, each with the start breaking ties): ``count`` and ``page`` walk it, so opening or
re-sorting the table costs a count and one page, whatever its length (a page deep in the table
walks the index to its offset). Sorted by engagement, ``keys`` fetches the rowids in order once
(integers, not rows). ``rows`` then reads one page of entries by rowid. Like ``reports``, this
reads on the store's plain path.
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


INDEXED = frozenset({"start", "end", "duration", "note", "tags"})  # served by an index: page()


@dataclass(frozen=True)
class EntryQuery:
    engagement_id: uuid.UUID | None = None
    text: str = ""  # every word must appear in the engagement, note or tags
    period: Period = ALL_TIME
    sort: str = "start"
    descending: bool = True


def count(store: Store, query: EntryQuery) -> int:
    where, params = _where(query, walk=None)
    with store.reading() as conn:
        return conn.execute(f"SELECT COUNT(*) FROM time_entry t {_join(query)}WHERE {where}",
                            params).fetchone()[0]


def page(store: Store, query: EntryQuery, offset: int, limit: int) -> list[int]:
    """The rowids of one page in display order: SQLite walks the sort's index to the offset.
    Sorted by engagement (no index serves it), use ``keys`` once instead."""
    where, params = _where(query, walk=query.sort)
    with store.reading() as conn:
        return [rowid for (rowid,) in conn.execute(
            f"SELECT t.rowid FROM time_entry t {_join(query)}WHERE {where} "
            f"ORDER BY {_order(query)} LIMIT ? OFFSET ?", [*params, limit, offset])]


def groups(store: Store, query: EntryQuery) -> list[tuple[str, int]]:
    """Sorted by engagement without a text filter: (engagement id as stored, matching entries) in
    display order, counted over the (engagement, start) index. ``group_page`` pages through them,
    so no sort of the entries is needed."""
    lo, hi = query.period.bounds()
    where, params = ("WHERE e.id = ? ", [query.engagement_id.hex]) if query.engagement_id else ("", [])
    direction = "DESC" if query.descending else "ASC"
    with store.reading() as conn:
        found = conn.execute(
            "SELECT e.id, (SELECT COUNT(*) FROM time_entry t WHERE t.engagement_id = e.id "
            f"AND t.started_at >= ? AND t.started_at < ?) FROM engagement e {where}"
            f"ORDER BY e.title COLLATE NOCASE {direction}, e.id {direction}", [lo, hi, *params])
        return [(engagement, n) for engagement, n in found if n]


def group_page(store: Store, query: EntryQuery, found: list[tuple[str, int]], offset: int,
               limit: int) -> list[int]:
    """The rowids of one page sorted by engagement, from ``groups``' counts."""
    lo, hi = query.period.bounds()
    direction = "DESC" if query.descending else "ASC"
    rowids: list[int] = []
    with store.reading() as conn:
        for engagement, n in found:
            if offset >= n:
                offset -= n
                continue
            rowids += [rowid for (rowid,) in conn.execute(
                "SELECT rowid FROM time_entry INDEXED BY ix_time_entry_engagement_totals "
                "WHERE engagement_id = ? AND started_at >= ? AND started_at < ? "
                f"ORDER BY started_at {direction} LIMIT ? OFFSET ?",
                (engagement, lo, hi, limit - len(rowids), offset))]
            offset = 0
            if len(rowids) >= limit:
                break
    return rowids


def keys(store: Store, query: EntryQuery) -> list[int]:
    """The rowids of every matching entry in display order: one sort in SQLite, for the sorts
    no index serves (then every page is a lookup by rowid)."""
    where, params = _where(query, walk=None)
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
    # CROSS JOIN keeps the entries the outer loop: each finds its engagement by key (a filter
    # looked up the other way round reads the entries in random order)
    return "CROSS JOIN engagement e ON e.id = t.engagement_id " if needed else ""


def _order(query: EntryQuery) -> str:
    direction = "DESC" if query.descending else "ASC"
    order = f"{SORTS.get(query.sort, SORTS['start'])} {direction}"
    return order if query.sort == "start" else f"{order}, t.started_at {direction}"


def _where(query: EntryQuery, walk: str | None) -> tuple[str, list]:
    """The filter. ``walk``: the sort whose index the query should walk (for a page); the other
    columns' indexes are kept out of the plan (``+column``), or SQLite would rather take the range
    of the start index and sort it. An open period needs no clause at all."""
    plain = "" if walk in (None, "start") else "+"
    clauses: list[str] = []
    params: list = []
    if query.period.start is not None or query.period.end is not None:
        lo, hi = query.period.bounds()
        clauses.append(f"{plain}t.started_at >= ? AND {plain}t.started_at < ?")
        params += [lo, hi]
    if query.engagement_id is not None:
        clauses.append(f"{plain}t.engagement_id = ?")
        params.append(query.engagement_id.hex)
    if query.text and walk is None:  # a count or the key list: read the table in order
        clauses.append("t.rowid > 0")
    for word in query.text.split():
        pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        clauses.append("(e.title LIKE ? ESCAPE '\\' OR t.note LIKE ? ESCAPE '\\' "
                       "OR t.tags LIKE ? ESCAPE '\\')")
        params += [pattern, pattern, pattern]
    return " AND ".join(clauses) or "1", params
