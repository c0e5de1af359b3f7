"""The list of time entries as the Time screen's table needs it, however long it is: filtered and
sorted in SQL, read a page at a time.

Each sort but the engagement's walks its own index (the start; migration 0004's end, duration,
note and tags, each with the start and then the rowid breaking ties). A page is read by keyset:
``page`` continues from the ``Mark`` (sort value, start, rowid) of the row next to it, so reading
on costs one page whatever its depth; ``jump`` reads a page far from any page read, walking the
index from the nearer end. Sorted by engagement, a page walks each engagement's range of the
(engagement, start) index in turn, the engagement's id in its ``Mark``; without a text filter
``groups`` counts each engagement's entries and ``group_page`` reads in them. ``count`` reads the
per-engagement totals the triggers keep when it can.

A text filter reads the full-text index (time_search.py): ``count`` counts its matches there;
a page walks the sort's index keeping the entries among them, so a filter matching many entries
fills a page after a few hundred rows, and ``keys`` lists all the matches in order (sorted when
they are few, where a page's walk could go a long way). ``rows`` then reads the entries of a
page. Like ``reports``, this reads on the store's plain path.

The walk tests each row against the matches. Left to itself SQLite lists every match of the
filter for each query (``MATCHING``: 500,000 rowids for "the" at a million entries, 0.1-0.2 s
for every sort and page). The matches depend on the words alone, so ``matches`` lists them once
(a ``Matches``: a bitmap of rowids, a byte each); ``count``, ``page``, ``jump`` and ``keys``
given it read each row's byte of the bitmap, bound as a blob (``BITMAP``: ~0.1 µs a row, in
SQLite; a Python function was 0.25 µs); its holder keeps it while the data does not change. A broad
filter's walk can still pass long runs of other entries: sorted by note descending, "the" passes
333,000 of them (the generated notes are six sentences) before its first match, 35 ms.
"""

import json
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime

from internapp.core.services import time_search
from internapp.core.services.reports import ALL_TIME, EntryRecord, Period
from internapp.core.services.time_search import TABLE as SEARCH
from internapp.core.services.time_search import match_expression
from internapp.core.store import Store
from internapp.core.store.codec import decode, decode_optional, encode

# sort -> (the sorted expression, whether it can be NULL: a running entry's end and duration)
SORTS = {
    "start": ("t.started_at", False),
    "end": ("t.ended_at", True),
    "duration": ("t.seconds", True),
    "note": ("t.note COLLATE NOCASE", False),
    "tags": ("t.tags", False),
}
INDEXES = {"start": "ix_time_entry_started", "end": "ix_time_entry_ended",
           "duration": "ix_time_entry_seconds", "note": "ix_time_entry_note",
           "tags": "ix_time_entry_tags"}  # the index each sort walks
INDEXED = frozenset(SORTS)  # served by an index: page() and jump(); "engagement" by groups()
MATCHING = f"t.rowid IN (SELECT rowid FROM {SEARCH} WHERE {SEARCH} MATCH ?)"
BY_ENGAGEMENT = "e.title COLLATE NOCASE {d}, e.id {d}, t.started_at {d}, t.rowid {d}"
BITMAP = "substr(?, t.rowid + 1, 1) = x'01'"  # the entry is among the Matches bound


@dataclass(frozen=True)
class EntryQuery:
    engagement_id: uuid.UUID | None = None
    text: str = ""  # every word must begin a word of the engagement, note or tags
    period: Period = ALL_TIME
    sort: str = "start"
    descending: bool = True

    @property
    def words(self) -> str | None:
        """The full-text query of ``text`` (None: no text filter)."""
        return match_expression(self.text) if self.text else None


@dataclass(frozen=True)
class Mark:
    """Where a row sits in its sort, for reading on from it."""

    value: object  # the sort column's value (None for the start sort, or a running entry's end)
    started_at: str  # as stored
    rowid: int


@dataclass(frozen=True)
class Page:
    rowids: list[int]  # in display order
    first: Mark | None = None
    last: Mark | None = None


@dataclass(frozen=True, eq=False)
class Matches:
    """The entries a text filter's words find, as they were when ``matches`` listed them."""

    words: str  # the full-text query (EntryQuery.words)
    total: int
    bitmap: bytes | None  # a byte per rowid, 1 for a match (None: rowids too sparse for one)


BITMAP_MAX = 1 << 24  # bytes of bitmap always allowed (16M entries); more for denser matches
SPARSE = 64  # rowids above SPARSE × matches and BITMAP_MAX: no bitmap (the index is read instead)


def matches(store: Store, query: EntryQuery) -> Matches:
    """Lists the matches of ``query``'s words (which it must have), once for every sort and page
    of them, as one JSON array (a row each to Python took 0.13 s of CPU for 500,000 matches; the
    array 0.045 s, read in 0.03 s, the bitmap 0.01 s): 1 MB of bitmap per million entries."""
    words = query.words
    if words is None:
        raise ValueError("matches() needs a text filter")
    with store.reading() as conn:
        listed = conn.execute(f"SELECT json_group_array(rowid) FROM {SEARCH} "
                              f"WHERE {SEARCH} MATCH ?", (words,)).fetchone()[0]
    rowids: list[int] = json.loads(listed)
    top = max(rowids, default=0)
    if top > max(SPARSE * len(rowids), BITMAP_MAX) or min(rowids, default=1) < 1:
        return Matches(words, len(rowids), None)  # rowids set by hand: no huge bitmap
    found = bytearray(top + 1)
    for rowid in rowids:
        found[rowid] = 1
    return Matches(words, len(rowids), bytes(found))


def count(store: Store, query: EntryQuery, *, matches: Matches | None = None) -> int:
    """How many entries match (the sort aside); ``matches``: the words' (see ``matches``)."""
    words = query.words
    where, params = _where(query, matches)
    filtered = query.engagement_id is not None or query.period != ALL_TIME
    if words is not None and matches is not None and not filtered:
        return matches.total
    with store.reading() as conn:
        if words is not None and not filtered:  # the index alone
            return conn.execute(f"SELECT COUNT(*) FROM {SEARCH} WHERE {SEARCH} MATCH ?",
                                (words,)).fetchone()[0]
        if not filtered or (words is None and query.period == ALL_TIME):
            # the totals the triggers keep, and a running entry
            owner, mine = ("WHERE engagement_id = ?", [query.engagement_id.hex]) \
                if query.engagement_id else ("", [])
            return conn.execute(
                f"SELECT (SELECT COALESCE(SUM(entries), 0) FROM time_total {owner}) + "
                f"(SELECT COUNT(*) FROM time_entry WHERE ended_at IS NULL "
                f"{owner.replace('WHERE', 'AND')})", mine * 2).fetchone()[0]
        # the engagement's or the period's range of an index, each entry checked against the
        # matches (SQLite would rather look up every match)
        index = "ix_time_entry_engagement_totals" if query.engagement_id else "ix_time_entry_started"
        return conn.execute(f"SELECT COUNT(*) FROM time_entry t INDEXED BY {index} WHERE {where}",
                            params).fetchone()[0]


def page(store: Store, query: EntryQuery, after: Mark | None, limit: int, *,
         backward: bool = False, matches: Matches | None = None) -> Page:
    """The ``limit`` rows after ``after`` (None: from the top) in display order; ``backward``:
    the rows before it (still in display order). For the sorts in INDEXED and the engagement's.
    ``matches``: the words' (see ``matches``)."""
    column, nullable = SORTS.get(query.sort, SORTS["start"])
    descending = query.descending != backward  # the direction of the walk
    found: list[tuple] = []
    with store.reading() as conn:
        if query.sort == "engagement":
            found = _by_engagement(conn, query, descending, after, limit, matches=matches)
        else:
            for clause, params in _segments(column, nullable, descending, after, query.sort):
                found += _read(conn, query, column, descending, clause, params,
                               limit - len(found), matches=matches)
                if len(found) >= limit:
                    break
    if backward:
        found.reverse()
    return _page(query, found)


def jump(store: Store, query: EntryQuery, offset: int, limit: int, total: int, *,
         matches: Matches | None = None) -> Page:
    """The page at ``offset`` when no page next to it was read: the index (or the matches) is
    walked from the nearer end of the ``total`` rows. ``matches``: the words' (see ``matches``)."""
    column, _ = SORTS.get(query.sort, SORTS["start"])
    from_end = offset + limit / 2 > total / 2
    skip, take = offset, limit
    if from_end:
        skip = max(total - offset - limit, 0)
        take = min(limit, total - offset)
    with store.reading() as conn:
        if query.sort == "engagement":
            found = _by_engagement(conn, query, query.descending != from_end, None, take, skip,
                                   matches=matches)
        else:
            found = _read(conn, query, column, query.descending != from_end, "1", [], take, skip,
                          matches=matches)
    if from_end:
        found.reverse()
    return _page(query, found)


def groups(store: Store, query: EntryQuery) -> list[tuple[str, int]]:
    """Sorted by engagement without a text filter: (engagement id as stored, matching entries) in
    display order, from the totals (all time) or counted over the (engagement, start) index.
    ``group_page`` pages through them, so no sort of the entries is needed."""
    where, params = ("WHERE e.id = ? ", [query.engagement_id.hex]) if query.engagement_id else ("", [])
    direction = "DESC" if query.descending else "ASC"
    if query.period == ALL_TIME:
        counted = ("SELECT COALESCE((SELECT entries FROM time_total s WHERE s.engagement_id = e.id),"
                   " 0) + (SELECT COUNT(*) FROM time_entry t WHERE t.engagement_id = e.id AND "
                   "t.ended_at IS NULL)")
        bounds: list = []
    else:
        counted = ("SELECT COUNT(*) FROM time_entry t WHERE t.engagement_id = e.id "
                   "AND t.started_at >= ? AND t.started_at < ?")
        bounds = list(query.period.bounds())
    with store.reading() as conn:
        found = conn.execute(f"SELECT e.id, ({counted}) FROM engagement e {where}"
                             f"ORDER BY e.title COLLATE NOCASE {direction}, e.id {direction}",
                             [*bounds, *params])
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
                f"ORDER BY started_at {direction}, rowid {direction} LIMIT ? OFFSET ?",
                (engagement, lo, hi, limit - len(rowids), offset))]
            offset = 0
            if len(rowids) >= limit:
                break
    return rowids


DENSE = 8  # matches above 1 in DENSE entries are listed walking the sort's index (see keys)
CANCEL_STEPS = 100_000  # keys asks should_cancel every so many steps of SQLite's VM (~1 ms)


class ListingCancelled(Exception):
    """``keys`` stopped: its caller no longer wanted the list."""


def keys(store: Store, query: EntryQuery, *, matches: Matches | None = None,
         should_cancel: Callable[[], bool] | None = None) -> list[int]:
    """The rowids of every matching entry in display order, sorted once in SQLite: for a text
    filter (its matches) and the engagement sort with one; then each page is a slice. Given
    the ``matches`` of a broad filter, the sort's index is walked instead (no sort: 0.25 s for
    500,000 matches of a million entries against 0.8 s; 1.7 µs a match sorted, 0.25 µs an
    entry walked). ``should_cancel`` is asked now and then; when it says so, ListingCancelled
    (a list superseded by a new sort or filter stops taking CPU from the one that replaced it)."""
    with store.reading() as conn, _cancellable(conn, should_cancel):
        return _keys(conn, query, matches)


@contextmanager
def _cancellable(conn: sqlite3.Connection,
                 should_cancel: Callable[[], bool] | None) -> Iterator[None]:
    if should_cancel is None:
        yield
        return
    conn.set_progress_handler(should_cancel, CANCEL_STEPS)
    try:
        yield
    except sqlite3.OperationalError as error:
        if should_cancel():
            raise ListingCancelled() from error
        raise
    finally:
        conn.set_progress_handler(None, 0)


def _keys(conn: sqlite3.Connection, query: EntryQuery, matches: Matches | None) -> list[int]:
    if matches is not None and matches.bitmap is not None and \
            matches.total * DENSE > len(matches.bitmap):
        everything = len(matches.bitmap)  # at least as many as the matches
        column, _ = SORTS.get(query.sort, SORTS["start"])
        if query.sort == "engagement":
            walked = _by_engagement(conn, query, query.descending, None, everything,
                                    matches=matches, rowids_only=True)
        else:
            walked = _read(conn, query, column, query.descending, "1", [], everything,
                           matches=matches, rowids_only=True)
        return [row[0] for row in walked]
    words = query.words
    where, params = _where(query, matching=f"{SEARCH} MATCH ?")  # the index drives the join
    source = _matches(query) if words is not None else "time_entry t"
    if query.sort == "engagement":
        source += " CROSS JOIN engagement e ON e.id = t.engagement_id"
    return [rowid for (rowid,) in conn.execute(
        f"SELECT t.rowid FROM {source} WHERE {where} ORDER BY {_order(query)}", params)]


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


# --- the SQL ---------------------------------------------------------------------------------


def _matches(query: EntryQuery) -> str:
    """The entries matching the text filter: the index first, each match found by rowid."""
    return f"{SEARCH} CROSS JOIN time_entry t ON t.rowid = {SEARCH}.rowid"


def _read(conn, query: EntryQuery, column: str, descending: bool, clause: str, params: list,
          limit: int, offset: int = 0, *, matches: Matches | None = None,
          rowids_only: bool = False) -> list[tuple]:
    """(rowid, sort value, start) of up to ``limit`` rows walking the sort's index in
    ``descending`` order; (rowid,) ``rowids_only``."""
    if limit <= 0:
        return []
    where, filters = _where(query, matches)
    d = "DESC" if descending else "ASC"
    order = f"t.started_at {d}, t.rowid {d}"
    if query.sort != "start":
        order = f"{column} {d}, {order}"
    read = "t.rowid" if rowids_only else f"t.rowid, {column}, t.started_at"
    return conn.execute(
        f"SELECT {read} FROM time_entry t "
        f"INDEXED BY {INDEXES.get(query.sort, INDEXES['start'])} WHERE {where} AND {clause} "
        f"ORDER BY {order} LIMIT ? OFFSET ?", [*filters, *params, limit, offset]).fetchall()


def _by_engagement(conn, query: EntryQuery, descending: bool, after: Mark | None, limit: int,
                   skip: int = 0, *, matches: Matches | None = None,
                   rowids_only: bool = False) -> list[tuple]:
    """(rowid, engagement, start) of up to ``limit`` rows sorted by engagement (``rowids_only``:
    (rowid,)), after ``after`` or past the first ``skip``: each engagement's entries in turn,
    walking its (engagement, start) index range. Nothing sorts the matches, so a broad text
    filter fills a page soon; a skip counts the engagements it passes. Words of the filter that
    no note or tags hold leave out the engagements whose title lacks them (typing an
    engagement's name walks only it)."""
    d = "DESC" if descending else "ASC"
    where, filters = _where(query, matches)
    owner = ("WHERE id = ?", [query.engagement_id.hex]) if query.engagement_id else ("", [])
    titles = dict(conn.execute(f"SELECT id, title FROM engagement {owner[0]} "
                               f"ORDER BY title COLLATE NOCASE {d}, id {d}", owner[1]))
    order = list(titles)
    bound = time_search.titles_only(conn, query.text) if query.words is not None else None
    if bound is not None:  # words no note or tags holds: only the engagements they name
        named = time_search.matching_titles(bound, titles)
        order = [engagement for engagement in order if engagement in named]
    if after is not None:  # on from its engagement (gone: nothing after it)
        order = order[order.index(after.value):] if after.value in order else []
    read = "t.rowid" if rowids_only else "t.rowid, t.engagement_id, t.started_at"
    walk = (f"FROM time_entry t INDEXED BY ix_time_entry_engagement_totals "
            f"WHERE t.engagement_id = ? AND {where} AND ")
    found: list[tuple] = []
    for engagement in order:
        clause, params = "1", []
        if after is not None and engagement == after.value:
            clause = f"(t.started_at, t.rowid) {'<' if descending else '>'} (?, ?)"
            params = [after.started_at, after.rowid]
        if skip:
            n = conn.execute(f"SELECT COUNT(*) {walk}{clause}",
                             [engagement, *filters, *params]).fetchone()[0]
            if skip >= n:
                skip -= n
                continue
        found += conn.execute(
            f"SELECT {read} {walk}{clause} "
            f"ORDER BY t.started_at {d}, t.rowid {d} LIMIT ? OFFSET ?",
            [engagement, *filters, *params, limit - len(found), skip]).fetchall()
        skip = 0
        if len(found) >= limit:
            break
    return found


def _segments(column: str, nullable: bool, descending: bool, after: Mark | None,
              sort: str) -> list[tuple[str, list]]:
    """The conditions for the rows after ``after`` in a walk, each read in turn until a page is
    full. A row value comparison keeps the walk on its index; NULL (a running entry, at most one)
    sorts below every value, so its rows come in a segment of their own."""
    op = "<" if descending else ">"
    if after is None:
        return [("1", [])]
    if sort == "start":
        return [(f"(t.started_at, t.rowid) {op} (?, ?)", [after.started_at, after.rowid])]
    if after.value is None and nullable:
        same = (f"{column} IS NULL AND (t.started_at, t.rowid) {op} (?, ?)",
                [after.started_at, after.rowid])
        return [same] if descending else [same, (f"{column} IS NOT NULL", [])]
    tail = (f"({column}, t.started_at, t.rowid) {op} (?, ?, ?)",
            [after.value, after.started_at, after.rowid])
    return [tail, (f"{column} IS NULL", [])] if descending and nullable else [tail]


def _page(query: EntryQuery, found: list[tuple]) -> Page:
    if not found:
        return Page([])
    start = query.sort == "start"

    def mark(row: tuple) -> Mark:
        return Mark(None if start else row[1], row[2], row[0])

    return Page([row[0] for row in found], mark(found[0]), mark(found[-1]))


def _order(query: EntryQuery) -> str:
    d = "DESC" if query.descending else "ASC"
    if query.sort == "engagement":
        return BY_ENGAGEMENT.format(d=d)
    column, _ = SORTS.get(query.sort, SORTS["start"])
    order = f"t.started_at {d}, t.rowid {d}"
    return order if query.sort == "start" else f"{column} {d}, {order}"


def _where(query: EntryQuery, matches: Matches | None = None, *,
           matching: str = MATCHING) -> tuple[str, list]:
    """The filter: the words (``matching``: how an entry is kept among the matches; with
    ``matches``, its bitmap), the period and the engagement. An open period needs no
    clause at all."""
    clauses: list[str] = []
    params: list = []
    words = query.words
    if words is not None and matches is not None and matches.words != words:
        raise ValueError(f"matches of {matches.words!r} given for {words!r}")
    if words is not None and matches is not None and matches.bitmap is not None:
        clauses.append(BITMAP)
        params.append(matches.bitmap)
    elif words is not None:
        clauses.append(matching)
        params.append(words)
    if query.period.start is not None or query.period.end is not None:
        lo, hi = query.period.bounds()
        clauses.append("t.started_at >= ? AND t.started_at < ?")
        params += [lo, hi]
    if query.engagement_id is not None:
        clauses.append("t.engagement_id = ?")
        params.append(query.engagement_id.hex)
    return " AND ".join(clauses) or "1", params
