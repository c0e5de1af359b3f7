"""Where the hours went over a period: per engagement, per week, per day, per tag, and a week grid
(days by engagements). Aggregated in SQL; Python only touches the groups, never the entries.

This module speaks plain SQL over a DB-API ``sqlite3`` connection and imports neither SQLAlchemy
nor SQLModel, so that ``internapp report`` as a whole process stays fast: ``open_current`` gives a
connection to a store file that needs no migration, ``connection(store)`` one from an open Store.

Periods are calendar days in the user's zone; an entry belongs to the day (week) it started in.
Weeks and days are cut at local midnight, turned into UTC bounds here (so daylight-saving weeks
have their true length) and passed to SQL as one JSON parameter. A running timer has no duration
yet and is not counted.
"""

import json
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from internapp.core.store import Store

# Bounds below and above every stored instant. Full timestamps: the columns have NUMERIC affinity,
# so a short text such as "0000" would be compared as the number 0.
LOWEST, HIGHEST = "0001-01-01 00:00:00.000000", "9999-12-31 23:59:59.999999"
BY = ("engagement", "week", "day", "tag")


@dataclass(frozen=True)
class Period:
    """[start, end) in UTC; None on either side: open."""

    start: datetime | None = None
    end: datetime | None = None

    @classmethod
    def of_days(cls, first: date | None, last: date | None, zone: tzinfo) -> "Period":
        """From local midnight of ``first`` to the local midnight after ``last`` (inclusive)."""
        return cls(midnight(first, zone) if first else None,
                   midnight(last + timedelta(days=1), zone) if last else None)

    def bounds(self) -> tuple[str, str]:
        return (stored(self.start) if self.start else LOWEST,
                stored(self.end) if self.end else HIGHEST)


ALL_TIME = Period()


@dataclass(frozen=True)
class EngagementTotal:
    engagement_id: uuid.UUID
    engagement: str
    seconds: int
    entries: int


@dataclass(frozen=True)
class BucketTotal:
    """A week (key like ``2026-W09``), a day (``2026-03-02``) or a tag (None: untagged)."""

    key: str | None
    start: date | None
    seconds: int
    entries: int


@dataclass(frozen=True)
class GridRow:
    engagement_id: uuid.UUID
    engagement: str
    days: tuple[int, ...]  # seconds on each of the seven days
    weekly_cap_hours: float | None

    @property
    def total(self) -> int:
        return sum(self.days)

    @property
    def over_cap(self) -> bool:
        return bool(self.weekly_cap_hours) and self.total > self.weekly_cap_hours * 3600


@dataclass(frozen=True)
class WeekGrid:
    monday: date
    rows: list[GridRow]

    @property
    def days(self) -> list[date]:
        return [self.monday + timedelta(days=n) for n in range(7)]

    @property
    def day_totals(self) -> list[int]:
        return [sum(row.days[n] for row in self.rows) for n in range(7)]

    @property
    def total(self) -> int:
        return sum(row.total for row in self.rows)


# --- connections ---------------------------------------------------------------------------------


@contextmanager
def connection(store: "Store") -> Iterator[sqlite3.Connection]:
    """The sqlite3 connection under one of the store's pooled connections, for these queries."""
    with store.engine.connect() as conn:
        yield conn.connection.driver_connection


def open_path(path: Path) -> sqlite3.Connection:
    """A query-only connection of its own to an open store's file (for a worker thread)."""
    conn = sqlite3.connect(path, timeout=5)
    conn.execute("PRAGMA query_only = ON")
    return conn


def open_current(path: Path, notes: list[str] | None = None) -> sqlite3.Connection | None:
    """A query-only connection to the store at ``path`` if it is ours and needs no migration;
    None when it must be opened the full way (missing, foreign, older or newer). The checks made
    before opening (core/store/preopen.py) run first; what they did is added to ``notes``."""
    from internapp.core.store import preopen
    from internapp.core.store.connection import connect
    from internapp.core.store.faults import read_only_reason
    from internapp.core.store.identity import APPLICATION_ID
    from internapp.core.store.migrate import SCHEMA_VERSION

    if not path.is_file():
        return None
    inspection = preopen.inspect(path, path.parent / "backups", schema_version=SCHEMA_VERSION)
    if notes is not None:
        notes.extend(inspection.notes)
    identity = inspection.identity
    if identity is None or identity.application_id != APPLICATION_ID \
            or identity.schema_version != SCHEMA_VERSION:
        return None
    if read_only_reason(path):  # a read-only file or medium: SQLite may not even add a -shm
        return connect(path, read_only=True)
    return open_path(path)


# --- reports -------------------------------------------------------------------------------------


def by_engagement(conn: sqlite3.Connection, period: Period = ALL_TIME) -> list[EngagementTotal]:
    """Seconds and entries per engagement, most hours first.

    All time: the ``time_total`` rows the triggers keep (one per engagement, whatever the number
    of entries). A period: for each engagement SQLite reads the period's range of the covering
    index (engagement_id, started_at, seconds) and never the table.
    """
    if period.start is None and period.end is None:
        rows = conn.execute(
            "SELECT e.id, e.title, s.seconds, s.entries FROM time_total s "
            "JOIN engagement e ON e.id = s.engagement_id WHERE s.entries > 0 ORDER BY 3 DESC, 2")
        return [EngagementTotal(uuid.UUID(hex=i), title, int(total), n)
                for i, title, total, n in rows]
    return by_engagement_scan(conn, period)


def by_engagement_scan(conn: sqlite3.Connection, period: Period = ALL_TIME) -> list[EngagementTotal]:
    """``by_engagement`` summed over the covering index, whatever the period."""
    rows = conn.execute(
        "SELECT e.id, e.title, SUM(t.seconds), COUNT(t.seconds) FROM engagement e "
        "JOIN time_entry t INDEXED BY ix_time_entry_engagement_totals ON t.engagement_id = e.id "
        "AND t.started_at >= ? AND t.started_at < ? "
        "GROUP BY e.id HAVING COUNT(t.seconds) > 0 ORDER BY 3 DESC, 2", period.bounds())
    return [EngagementTotal(uuid.UUID(hex=i), title, int(total), n) for i, title, total, n in rows]


def by_week(conn: sqlite3.Connection, period: Period, zone: tzinfo) -> list[BucketTotal]:
    """Seconds per local week (Monday to Sunday), every week of the period, empty ones too."""
    starts = _week_starts(conn, period, zone)
    totals = _bucket_totals(conn, _bucket_bounds(starts, zone, timedelta(days=7), period))
    return [BucketTotal(f"{d.isocalendar().year}-W{d.isocalendar().week:02d}", d, *totals.get(n, (0, 0)))
            for n, d in enumerate(starts)]


def by_day(conn: sqlite3.Connection, period: Period, zone: tzinfo) -> list[BucketTotal]:
    """Seconds per local day of the period, empty days too."""
    first, last = _span_days(conn, period, zone)
    if first is None:
        return []
    days = [first + timedelta(days=n) for n in range((last - first).days + 1)]
    totals = _bucket_totals(conn, _bucket_bounds(days, zone, timedelta(days=1), period))
    return [BucketTotal(d.isoformat(), d, *totals.get(n, (0, 0))) for n, d in enumerate(days)]


def by_tag(conn: sqlite3.Connection, period: Period = ALL_TIME) -> list[BucketTotal]:
    """Seconds per tag, most first; an entry with two tags counts for both. ``key`` None: the
    entries without a tag.

    SQL sums per distinct tag list (a few dozen groups, however many entries); only those groups
    are split into tags here. All time, a plain scan of the table beats the start index.
    """
    scan = "NOT INDEXED" if period.start is None and period.end is None else ""
    rows = conn.execute(
        f"SELECT tags, SUM(seconds), COUNT(seconds) FROM time_entry {scan} "
        "WHERE started_at >= ? AND started_at < ? AND seconds IS NOT NULL GROUP BY tags",
        period.bounds())
    totals: dict[str | None, list[int]] = {}
    for tags, seconds, entries in rows:
        for tag in json.loads(tags) or [None]:
            found = totals.setdefault(tag, [0, 0])
            found[0] += seconds
            found[1] += entries
    found = [BucketTotal(tag, None, seconds, n) for tag, (seconds, n) in totals.items()]
    return sorted(found, key=lambda b: (b.key is None, -b.seconds, b.key or ""))


def week_grid(conn: sqlite3.Connection, monday: date, zone: tzinfo) -> WeekGrid:
    """Seconds per engagement per day of the week starting ``monday`` (local)."""
    monday -= timedelta(days=monday.weekday())
    days = [monday + timedelta(days=n) for n in range(7)]
    bounds = _bucket_bounds(days, zone, timedelta(days=1), ALL_TIME)
    rows = conn.execute(
        _BUCKETS + "SELECT b.i, e.id, (SELECT SUM(t.seconds) FROM time_entry t "
        "INDEXED BY ix_time_entry_engagement_totals WHERE t.engagement_id = e.id "
        "AND t.started_at >= b.lo AND t.started_at < b.hi) AS s "
        "FROM b CROSS JOIN engagement e WHERE s IS NOT NULL", (bounds,))
    cells: dict[str, list[int]] = {}
    for day, engagement_id, total in rows:
        cells.setdefault(engagement_id, [0] * 7)[day] = int(total or 0)
    if not cells:
        return WeekGrid(monday, [])
    marks = ",".join("?" * len(cells))
    info = {i: (title, cap) for i, title, cap in conn.execute(
        f"SELECT id, title, weekly_cap_hours FROM engagement WHERE id IN ({marks})", list(cells))}
    grid = [GridRow(uuid.UUID(hex=i), info[i][0], tuple(days_), info[i][1])
            for i, days_ in cells.items()]
    return WeekGrid(monday, sorted(grid, key=lambda r: (-r.total, r.engagement.casefold())))


@dataclass(frozen=True)
class EntryRecord:
    """One entry as exports and listings need it (a plain row, never an ORM object)."""

    id: str
    engagement: str
    organization: str | None
    started_at: datetime  # aware UTC
    ended_at: datetime | None
    seconds: int | None
    tz: str
    note: str
    tags: list[str]
    source: str | None


def entries(conn: sqlite3.Connection, period: Period = ALL_TIME, *,
            newest_first: bool = False) -> Iterator[EntryRecord]:
    """The period's entries in start order, streamed from the cursor."""
    rows = conn.execute(
        "SELECT t.id, e.title, o.name, t.started_at, t.ended_at, t.seconds, t.tz, t.note, "
        "t.tags, t.source FROM time_entry t JOIN engagement e ON e.id = t.engagement_id "
        "LEFT JOIN organization o ON o.id = e.organization_id "
        "WHERE t.started_at >= ? AND t.started_at < ? "
        f"ORDER BY t.started_at {'DESC' if newest_first else 'ASC'}", period.bounds())
    for i, title, org, start, end, seconds, tz, note, tags, source in rows:
        yield EntryRecord(str(uuid.UUID(hex=i)), title, org, from_stored(start),
                          from_stored(end) if end else None, seconds, tz, note,
                          json.loads(tags), source)


def report(conn: sqlite3.Connection, by: str, period: Period, zone: tzinfo) -> list[dict]:
    """The report as plain dicts (for JSON and the CLI): each has its key and ``seconds``."""
    if by == "engagement":
        return [{"engagement": r.engagement, "engagement_id": str(r.engagement_id),
                 "seconds": r.seconds, "hours": round(r.seconds / 3600, 2), "entries": r.entries}
                for r in by_engagement(conn, period)]
    if by in ("week", "day"):
        rows = by_week(conn, period, zone) if by == "week" else by_day(conn, period, zone)
        return [{by: r.key, "start": r.start.isoformat(), "seconds": r.seconds,
                 "hours": round(r.seconds / 3600, 2), "entries": r.entries} for r in rows]
    if by == "tag":
        return [{"tag": r.key, "seconds": r.seconds, "hours": round(r.seconds / 3600, 2),
                 "entries": r.entries} for r in by_tag(conn, period)]
    raise ValueError(f"unknown report {by!r}; choose one of {', '.join(BY)}")


# --- helpers -------------------------------------------------------------------------------------

_BUCKETS = ("WITH b(i, lo, hi) AS MATERIALIZED (SELECT CAST(key AS INTEGER), json_extract(value, '$[0]'), "
            "json_extract(value, '$[1]') FROM json_each(?)) ")


def stored(instant: datetime) -> str:
    """The text SQLite holds for an instant: naive UTC, ``2026-03-02 09:15:00.000000``."""
    if instant.tzinfo is not UTC:
        instant = instant.astimezone(UTC)
    return instant.isoformat(" ", "microseconds")[:26]


def from_stored(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def midnight(day: date, zone: tzinfo) -> datetime:
    return datetime.combine(day, time(0), tzinfo=zone).astimezone(UTC)


def _span_days(conn: sqlite3.Connection, period: Period, zone: tzinfo) -> tuple[date | None, date | None]:
    """The first and last local day of the period, the data's own ends where it is open."""
    lo, hi = period.bounds()
    ends = [conn.execute(  # each reads one end of the start index
        f"SELECT started_at FROM time_entry WHERE started_at >= ? AND started_at < ? "
        f"ORDER BY started_at {order} LIMIT 1", (lo, hi)).fetchone() for order in ("ASC", "DESC")]
    if ends[0] is None:
        return None, None
    first, last = ends[0][0], ends[1][0]
    start = period.start or from_stored(first)
    end = (period.end - timedelta(microseconds=1)) if period.end else from_stored(last)
    return start.astimezone(zone).date(), end.astimezone(zone).date()


def _week_starts(conn: sqlite3.Connection, period: Period, zone: tzinfo) -> list[date]:
    first, last = _span_days(conn, period, zone)
    if first is None:
        return []
    monday = first - timedelta(days=first.weekday())
    return [monday + timedelta(weeks=n) for n in range((last - monday).days // 7 + 1)]


def _bucket_bounds(starts: list[date], zone: tzinfo, length: timedelta, period: Period) -> str:
    """The buckets as a JSON array of [lo, hi] stored-instant pairs, clipped to the period."""
    lo_limit, hi_limit = period.bounds()
    pairs = [[max(stored(midnight(d, zone)), lo_limit), min(stored(midnight(d + length, zone)), hi_limit)]
             for d in starts]
    return json.dumps(pairs)


def _bucket_totals(conn: sqlite3.Connection, bounds: str) -> dict[int, tuple[int, int]]:
    """Seconds and entries per bucket. One correlated subquery per bucket reads the bucket's
    range of the covering index for each engagement (a GROUP BY over the join would push every
    entry through a sorter: ten times slower at 1,000,000 entries). The subquery packs both
    figures in one integer: seconds * 2**32 + entries."""
    rows = conn.execute(
        _BUCKETS + "SELECT b.i, (SELECT SUM(t.seconds) * 4294967296 + COUNT(t.seconds) "
        "FROM engagement e CROSS JOIN time_entry t INDEXED BY ix_time_entry_engagement_totals "
        "ON t.engagement_id = e.id AND t.started_at >= b.lo AND t.started_at < b.hi) AS packed "
        "FROM b WHERE packed IS NOT NULL", (bounds,))
    return {i: (packed >> 32, packed & 0xFFFFFFFF) for i, packed in rows}
