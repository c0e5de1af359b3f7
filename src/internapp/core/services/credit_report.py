"""The credit report for a university or placement office: one engagement (all its time) or a
date range (every engagement with time in it), week by week with the notes logged, the
supervisor's name, and totals that equal ``internapp report`` for the same period.

Like ``reports`` it reads the store with plain SQL (``store.reading()``, one snapshot) and counts
what the reports count: finished entries (a running timer has no duration yet), each in the local week it
started in. Weeks run Monday to Sunday; the first and last are cut at the period's ends. Sums and
the distinct notes are grouped in SQL per (week, note); Python only lays the groups out.
"""

import sqlite3
import uuid
from dataclasses import dataclass
from datetime import date, timedelta, tzinfo

from internapp.core.services.errors import NotFoundError, ValidationError
from internapp.core.services.reports import (
    _BUCKETS,
    ALL_TIME,
    Period,
    _bucket_bounds,
    _by_engagement,
)
from internapp.core.store import Store
from internapp.core.store.codec import decode


@dataclass(frozen=True)
class CreditWeek:
    monday: date
    first: date  # the week's first day inside the period
    last: date
    seconds: int
    entries: int
    notes: list[str]  # distinct, in the order first logged

    @property
    def key(self) -> str:
        year, week, _ = self.monday.isocalendar()
        return f"{year}-W{week:02d}"


@dataclass(frozen=True)
class CreditSection:
    engagement_id: uuid.UUID
    title: str
    organization: str | None
    platform: str | None
    status: str
    start_on: date | None
    ended_on: date | None
    supervisor: str | None
    supervisor_title: str | None
    weeks: list[CreditWeek]  # from the week of its first entry to the week of its last
    first_day: date | None = None  # the local days of its first and last entry in the report
    last_day: date | None = None

    @property
    def seconds(self) -> int:
        return sum(w.seconds for w in self.weeks)

    @property
    def entries(self) -> int:
        return sum(w.entries for w in self.weeks)


@dataclass(frozen=True)
class CreditReport:
    first: date | None  # the period's first and last day (None: the engagement's whole time)
    last: date | None
    zone: str
    sections: list[CreditSection]

    @property
    def seconds(self) -> int:
        return sum(s.seconds for s in self.sections)

    @property
    def entries(self) -> int:
        return sum(s.entries for s in self.sections)


def for_engagement(store: Store, engagement_id: uuid.UUID, zone: tzinfo) -> CreditReport:
    """All the time logged on one engagement (it may have none: the report says so)."""
    with store.reading() as conn:
        section = _section(conn, engagement_id.hex, ALL_TIME, zone)
    if section is None:
        raise NotFoundError("engagement", engagement_id)
    return CreditReport(None, None, _zone_name(zone), [section])


def for_period(store: Store, first: date, last: date, zone: tzinfo) -> CreditReport:
    """Every engagement with time logged from ``first`` to ``last`` (inclusive), most hours
    first — the rows of ``internapp report --from first --to last``."""
    if last < first:
        raise ValidationError("to", f"{last.isoformat()} is before {first.isoformat()}")
    period = Period.of_days(first, last, zone)
    with store.reading() as conn:
        sections = [_section(conn, total.engagement_id.hex, period, zone)
                    for total in _by_engagement(conn, period)]
    return CreditReport(first, last, _zone_name(zone), [s for s in sections if s is not None])


def _section(conn: sqlite3.Connection, engagement: str, period: Period,
             zone: tzinfo) -> CreditSection | None:
    info = conn.execute(
        "SELECT e.title, o.name, e.platform, e.status, e.start_on, e.ended_on, e.due_on, "
        "(SELECT c.display_name || char(31) || coalesce(c.title, '') FROM contact_link l "
        " JOIN contact c ON c.id = l.contact_id WHERE l.engagement_id = e.id "
        " AND l.role = 'supervisor' ORDER BY l.created_at LIMIT 1) "
        "FROM engagement e LEFT JOIN organization o ON o.id = e.organization_id WHERE e.id = ?",
        (engagement,)).fetchone()
    if info is None:
        return None
    title, organization, platform, status, start_on, ended_on, due_on, supervisor = info
    name, _sep, role = (supervisor or "").partition("\x1f")
    done = status in ("delivered", "paid")
    weeks, first_day, last_day = _weeks(conn, engagement, period, zone)
    return CreditSection(
        uuid.UUID(hex=engagement), title, organization, platform, status,
        date.fromisoformat(start_on) if start_on else None,
        date.fromisoformat(ended_on or due_on) if (ended_on or (done and due_on)) else None,
        name or None, role or None, weeks, first_day, last_day)


def _weeks(conn: sqlite3.Connection, engagement: str, period: Period,
           zone: tzinfo) -> tuple[list[CreditWeek], date | None, date | None]:
    lo, hi = period.bounds()
    first, last = conn.execute(
        "SELECT MIN(started_at), MAX(started_at) FROM time_entry "
        "INDEXED BY ix_time_entry_engagement_totals WHERE engagement_id = ? "
        "AND started_at >= ? AND started_at < ? AND seconds IS NOT NULL",
        (engagement, lo, hi)).fetchone()
    if first is None:
        return [], None, None
    first_day = decode(first).astimezone(zone).date()
    last_day = decode(last).astimezone(zone).date()
    monday = first_day - timedelta(days=first_day.weekday())
    mondays = [monday + timedelta(weeks=n) for n in range((last_day - monday).days // 7 + 1)]
    groups = conn.execute(
        _BUCKETS + "SELECT b.i, t.note, SUM(t.seconds), COUNT(t.seconds), MIN(t.started_at) "
        "FROM b JOIN time_entry t INDEXED BY ix_time_entry_engagement_totals "
        "ON t.engagement_id = ? AND t.started_at >= b.lo AND t.started_at < b.hi "
        "WHERE t.seconds IS NOT NULL GROUP BY b.i, t.note ORDER BY b.i, 5",
        (_bucket_bounds(mondays, zone, timedelta(days=7), period), engagement))
    totals: dict[int, list] = {}
    for index, note, seconds, entries, _first in groups:
        week = totals.setdefault(index, [0, 0, []])
        week[0] += seconds
        week[1] += entries
        if note and note.strip():
            week[2].append(" ".join(note.split()))
    lo_day = _local_day(period.start, zone)
    hi_day = _local_day(period.end, zone, before=True)
    weeks = [CreditWeek(m, max(m, lo_day) if lo_day else m,
                        min(m + timedelta(days=6), hi_day) if hi_day else m + timedelta(days=6),
                        *totals.get(n, (0, 0, [])))
             for n, m in enumerate(mondays)]
    return weeks, first_day, last_day


def _local_day(instant, zone: tzinfo, before: bool = False) -> date | None:
    if instant is None:
        return None
    if before:
        instant -= timedelta(microseconds=1)
    return instant.astimezone(zone).date()


def _zone_name(zone: tzinfo) -> str:
    return getattr(zone, "key", None) or str(zone)
