"""Where the hours went over a period: per engagement, per week, per day, per tag, and a week grid
(days by engagements). Aggregated in SQL; Python only touches the groups, never the entries.

Every function takes the Store and reads on its plain path (``store.reading()``): plain SQL, no
SQLAlchemy or SQLModel, so that ``internapp report`` as a whole process stays fast.

Periods are calendar days in the user's zone; an entry belongs to the day (week) it started in.
Weeks and days are cut at local midnight, turned into UTC bounds here (so daylight-saving weeks
have their true length) and passed to SQL as one JSON parameter. A running timer has no duration
yet and is not counted.
"""

import json
import sqlite3
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import NamedTuple

from internapp.core.services import local_days
from internapp.core.store import Store
from internapp.core.store.codec import HIGHEST, LOWEST, decode, decode_optional, encode

BY = ("engagement", "week", "day", "tag")


class Period(NamedTuple):
    """[start, end) in UTC; None on either side: open."""

    start: datetime | None = None
    end: datetime | None = None

    @classmethod
    def of_days(cls, first: date | None, last: date | None, zone: tzinfo) -> "Period":
        """From local midnight of ``first`` to the local midnight after ``last`` (inclusive)."""
        return cls(midnight(first, zone) if first else None,
                   midnight(last + timedelta(days=1), zone) if last else None)

    def bounds(self) -> tuple[str, str]:
        return (encode(self.start) if self.start else LOWEST,
                encode(self.end) if self.end else HIGHEST)


ALL_TIME = Period()


class EngagementTotal(NamedTuple):
    engagement_id: uuid.UUID
    engagement: str
    seconds: int
    entries: int


class BucketTotal(NamedTuple):
    """A week (key like ``2026-W09``), a day (``2026-03-02``) or a tag (None: untagged)."""

    key: str | None
    start: date | None
    seconds: int
    entries: int


class GridRow(NamedTuple):
    engagement_id: uuid.UUID
    engagement: str
    days: tuple[int, ...]  # seconds on each of the seven days
    weekly_cap_hours: float | None

    @property
    def total(self) -> int:
        return sum(self.days)

    @property
    def over_cap(self) -> bool:
        return self.weekly_cap_hours is not None and self.weekly_cap_hours > 0 \
            and self.total > self.weekly_cap_hours * 3600


class WeekGrid(NamedTuple):
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


# --- reports -------------------------------------------------------------------------------------


def by_engagement(store: Store, period: Period = ALL_TIME) -> list[EngagementTotal]:
    """Seconds and entries per engagement, most hours first.

    All time: the ``time_total`` rows the triggers keep (one per engagement, whatever the number
    of entries). A period: for each engagement SQLite reads the period's range of the covering
    index (engagement_id, started_at, seconds) and never the table.
    """
    with store.reading() as conn:
        return _by_engagement(conn, period)


def _by_engagement(conn: sqlite3.Connection, period: Period) -> list[EngagementTotal]:
    if period.start is None and period.end is None:
        rows = conn.execute(
            "SELECT e.id, e.title, s.seconds, s.entries FROM time_total s "
            "JOIN engagement e ON e.id = s.engagement_id WHERE s.entries > 0 ORDER BY 3 DESC, 2")
        return [EngagementTotal(uuid.UUID(hex=i), title, int(total), n)
                for i, title, total, n in rows]
    return _by_engagement_scan(conn, period)


def by_engagement_scan(store: Store, period: Period = ALL_TIME) -> list[EngagementTotal]:
    """``by_engagement`` summed over the covering index, whatever the period."""
    with store.reading() as conn:
        return _by_engagement_scan(conn, period)


def _by_engagement_scan(conn: sqlite3.Connection, period: Period) -> list[EngagementTotal]:
    rows = conn.execute(
        "SELECT e.id, e.title, SUM(t.seconds), COUNT(t.seconds) FROM engagement e "
        "JOIN time_entry t INDEXED BY ix_time_entry_engagement_totals ON t.engagement_id = e.id "
        "AND t.started_at >= ? AND t.started_at < ? "
        "GROUP BY e.id HAVING COUNT(t.seconds) > 0 ORDER BY 3 DESC, 2", period.bounds())
    return [EngagementTotal(uuid.UUID(hex=i), title, int(total), n) for i, title, total, n in rows]


def by_week(store: Store, period: Period, zone: tzinfo) -> list[BucketTotal]:
    local_days.ensure(store, zone)
    with store.reading() as conn:
        return _by_week(conn, period, zone)


def _by_week(conn: sqlite3.Connection, period: Period, zone: tzinfo) -> list[BucketTotal]:
    """Seconds per local week (Monday to Sunday), every week of the period, empty ones too."""
    starts = _week_starts(conn, period, zone)
    kept = _kept_days(conn, period, zone, starts[0] if starts else None,
                      starts[-1] + timedelta(days=6) if starts else None)
    if kept is not None:
        totals: dict[int, tuple[int, int]] = {}
        for day, seconds, entries in kept:
            n = (day - starts[0]).days // 7
            before = totals.get(n, (0, 0))
            totals[n] = (before[0] + seconds, before[1] + entries)
    else:
        totals = _bucket_totals(conn, _bucket_bounds(starts, zone, timedelta(days=7), period))
    return [BucketTotal(f"{d.isocalendar().year}-W{d.isocalendar().week:02d}", d, *totals.get(n, (0, 0)))
            for n, d in enumerate(starts)]


def by_day(store: Store, period: Period, zone: tzinfo) -> list[BucketTotal]:
    local_days.ensure(store, zone)
    with store.reading() as conn:
        return _by_day(conn, period, zone)


def _by_day(conn: sqlite3.Connection, period: Period, zone: tzinfo) -> list[BucketTotal]:
    """Seconds per local day of the period, empty days too."""
    first, last = _span_days(conn, period, zone)
    if first is None or last is None:
        return []
    days = [first + timedelta(days=n) for n in range((last - first).days + 1)]
    kept = _kept_days(conn, period, zone, first, last)
    if kept is not None:
        totals = {(day - first).days: (seconds, entries) for day, seconds, entries in kept}
    else:
        totals = _bucket_totals(conn, _bucket_bounds(days, zone, timedelta(days=1), period))
    return [BucketTotal(d.isoformat(), d, *totals.get(n, (0, 0))) for n, d in enumerate(days)]


def by_tag(store: Store, period: Period = ALL_TIME) -> list[BucketTotal]:
    """Seconds per tag, most first; an entry with two tags counts for both. ``key`` None: the
    entries without a tag.

    SQL sums per distinct tag list (a few dozen groups, however many entries); only those groups
    are split into tags here. All time, a plain scan of the table beats the start index.
    """
    with store.reading() as conn:
        return _by_tag(conn, period)


def _by_tag(conn: sqlite3.Connection, period: Period) -> list[BucketTotal]:
    if period.start is None and period.end is None:  # the totals the triggers keep
        kept = [BucketTotal(tag or None, None, seconds, n) for tag, seconds, n in conn.execute(
            "SELECT tag, seconds, entries FROM time_tag_total WHERE entries > 0")]
        return sorted(kept, key=lambda b: (b.key is None, -b.seconds, b.key or ""))
    rows = conn.execute(
        "SELECT tags, SUM(seconds), COUNT(seconds) FROM time_entry "
        "WHERE started_at >= ? AND started_at < ? AND seconds IS NOT NULL GROUP BY tags",
        period.bounds())
    totals: dict[str | None, list[int]] = {}
    for tags, seconds, entries in rows:
        for tag in json.loads(tags) or [None]:
            found = totals.setdefault(tag, [0, 0])
            found[0] += seconds
            found[1] += entries
    buckets = [BucketTotal(tag, None, seconds, n) for tag, (seconds, n) in totals.items()]
    return sorted(buckets, key=lambda b: (b.key is None, -b.seconds, b.key or ""))


def week_grid(store: Store, monday: date, zone: tzinfo) -> WeekGrid:
    """Seconds per engagement per day of the week starting ``monday`` (local)."""
    with store.reading() as conn:
        return _week_grid(conn, monday, zone)


def _week_grid(conn: sqlite3.Connection, monday: date, zone: tzinfo) -> WeekGrid:
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


class EntryRecord(NamedTuple):
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


def entries(store: Store, period: Period = ALL_TIME, *,
            newest_first: bool = False) -> Iterator[EntryRecord]:
    """The period's entries in start order, streamed from the cursor (one read transaction
    while the iterator runs)."""
    with store.reading() as conn:
        yield from _entries(conn, period, newest_first)


def _entries(conn: sqlite3.Connection, period: Period, newest_first: bool) -> Iterator[EntryRecord]:
    rows = conn.execute(
        "SELECT t.id, e.title, o.name, t.started_at, t.ended_at, t.seconds, t.tz, t.note, "
        "t.tags, t.source FROM time_entry t JOIN engagement e ON e.id = t.engagement_id "
        "LEFT JOIN organization o ON o.id = e.organization_id "
        "WHERE t.started_at >= ? AND t.started_at < ? "
        f"ORDER BY t.started_at {'DESC' if newest_first else 'ASC'}", period.bounds())
    for i, title, org, start, end, seconds, tz, note, tags, source in rows:
        yield EntryRecord(str(uuid.UUID(hex=i)), title, org, decode(start),
                          decode_optional(end), seconds, tz, note, json.loads(tags), source)


def report(store: Store, by: str, period: Period, zone: tzinfo) -> list[dict]:
    """The report as plain dicts (for JSON and the CLI): each has its key and ``seconds``."""
    if by not in BY:
        raise ValueError(f"unknown report {by!r}; choose one of {', '.join(BY)}")
    if by in ("day", "week"):
        local_days.ensure(store, zone)
    with store.reading() as conn:
        return _report(conn, by, period, zone)


def _report(conn: sqlite3.Connection, by: str, period: Period, zone: tzinfo) -> list[dict]:
    if by == "engagement":
        return [{"engagement": r.engagement, "engagement_id": str(r.engagement_id),
                 "seconds": r.seconds, "hours": round(r.seconds / 3600, 2), "entries": r.entries}
                for r in _by_engagement(conn, period)]
    if by in ("week", "day"):
        rows = _by_week(conn, period, zone) if by == "week" else _by_day(conn, period, zone)
        return [{by: r.key, "start": r.start.isoformat() if r.start else None, "seconds": r.seconds,
                 "hours": round(r.seconds / 3600, 2), "entries": r.entries} for r in rows]
    if by == "tag":
        return [{"tag": r.key, "seconds": r.seconds, "hours": round(r.seconds / 3600, 2),
                 "entries": r.entries} for r in _by_tag(conn, period)]
    raise ValueError(f"unknown report {by!r}; choose one of {', '.join(BY)}")


# --- helpers -------------------------------------------------------------------------------------

_BUCKETS = ("WITH b(i, lo, hi) AS MATERIALIZED (SELECT CAST(key AS INTEGER), json_extract(value, '$[0]'), "
            "json_extract(value, '$[1]') FROM json_each(?)) ")


def midnight(day: date, zone: tzinfo) -> datetime:
    return datetime.combine(day, time(0), tzinfo=zone).astimezone(UTC)


def _kept_days(conn: sqlite3.Connection, period: Period, zone: tzinfo, first: date | None,
               last: date | None) -> list[tuple[date, int, int]] | None:
    """(day, seconds, entries) of the local days first..last from ``time_day_total``; None when
    the totals are not kept in ``zone`` or the period is not whole local days (then the entries
    are summed instead)."""
    if first is None or last is None or local_days.kept_zone(conn) != local_days.zone_key(zone):
        return None
    if any(bound is not None and midnight(bound.astimezone(zone).date(), zone) != bound
           for bound in (period.start, period.end)):
        return None
    return [(date.fromisoformat(day), seconds, entries) for day, seconds, entries in conn.execute(
        "SELECT day, seconds, entries FROM time_day_total WHERE day >= ? AND day <= ? "
        "AND entries > 0", (first.isoformat(), last.isoformat()))]


def _span_days(conn: sqlite3.Connection, period: Period, zone: tzinfo) -> tuple[date | None, date | None]:
    """The first and last local day of the period, the data's own ends where it is open."""
    lo, hi = period.bounds()
    ends = [conn.execute(  # each reads one end of the start index
        f"SELECT started_at FROM time_entry WHERE started_at >= ? AND started_at < ? "
        f"ORDER BY started_at {order} LIMIT 1", (lo, hi)).fetchone() for order in ("ASC", "DESC")]
    if ends[0] is None:
        return None, None
    first, last = ends[0][0], ends[1][0]
    start = period.start or decode(first)
    end = (period.end - timedelta(microseconds=1)) if period.end else decode(last)
    return start.astimezone(zone).date(), end.astimezone(zone).date()


def _week_starts(conn: sqlite3.Connection, period: Period, zone: tzinfo) -> list[date]:
    first, last = _span_days(conn, period, zone)
    if first is None or last is None:
        return []
    monday = first - timedelta(days=first.weekday())
    return [monday + timedelta(weeks=n) for n in range((last - monday).days // 7 + 1)]


def _bucket_bounds(starts: list[date], zone: tzinfo, length: timedelta, period: Period) -> str:
    """The buckets as a JSON array of [lo, hi] stored-instant pairs, clipped to the period."""
    lo_limit, hi_limit = period.bounds()
    pairs = [[max(encode(midnight(d, zone)), lo_limit), min(encode(midnight(d + length, zone)), hi_limit)]
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
