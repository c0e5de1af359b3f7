"""What each engagement is worth and when it was earned, exactly (Fractions of minor units).

The agreed fee of an engagement (``Fee.total``):
- fixed: the fee;
- hourly: the rate × the hours logged so far (finished entries);
- per milestone: the sum of the milestones' fees.

When it counts as earned (income views, "received vs earned"):
- fixed: on the day the engagement ended (delivered);
- hourly: each entry's hours × the rate, on the entry's local day;
- per milestone: each milestone's fee, on the day it was done.

Rates: the effective rate is the fee over the hours logged; the implied rate is the fee over the
hours estimate (for an hourly engagement both are its rate). While an engagement runs, the
income views use ``rate_so_far``: the fee over at least the estimated hours — a rate that can
only fall as more hours are logged, rather than a huge figure after the first hour.

Read on the store's plain path (a sqlite3 connection: ``store.reading()``, or ``sessions.plain``
under an ORM session), so that Today's budgets need no ORM.
"""

import json
import sqlite3
import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from fractions import Fraction
from typing import TYPE_CHECKING

from internapp.core.enums import EngagementStatus, FeeKind
from internapp.core.store.codec import decode, encode

if TYPE_CHECKING:
    from internapp.core.models import Engagement


@dataclass(frozen=True)
class Fee:
    engagement_id: uuid.UUID
    kind: str | None
    currency: str
    total: Fraction | None  # None: no fee agreed yet
    rate_cents: int | None
    logged_seconds: int
    hours_estimate: float | None
    finished: bool = True  # delivered, paid or cancelled (its hours will not grow)

    @property
    def logged_hours(self) -> Fraction:
        return Fraction(self.logged_seconds, 3600)

    @property
    def effective_rate(self) -> Fraction | None:
        """Minor units per hour actually logged."""
        if self.kind == FeeKind.HOURLY:
            return Fraction(self.rate_cents) if self.rate_cents is not None else None
        if self.total is None or not self.logged_seconds:
            return None
        return self.total / self.logged_hours

    @property
    def rate_so_far(self) -> Fraction | None:
        """The effective rate; while running, over at least the estimated hours."""
        if self.kind == FeeKind.HOURLY or self.finished or not self.hours_estimate:
            return self.effective_rate
        if self.total is None:
            return None
        return self.total / max(self.logged_hours, Fraction(str(self.hours_estimate)))

    @property
    def implied_rate(self) -> Fraction | None:
        """Minor units per hour the estimate promised (fee over estimated hours)."""
        if self.kind == FeeKind.HOURLY:
            return Fraction(self.rate_cents) if self.rate_cents is not None else None
        if self.total is None or not self.hours_estimate:
            return None
        return self.total / Fraction(str(self.hours_estimate))


@dataclass(frozen=True)
class Earning:
    engagement_id: uuid.UUID
    day: date
    currency: str
    amount: Fraction


@dataclass(frozen=True)
class Terms:
    """What an engagement's fee is made of, read with plain SQL (named as Engagement's fields)."""

    id: uuid.UUID
    fee_kind: str | None
    fee_cents: int | None
    rate_cents: int | None
    currency: str
    hours_estimate: float | None
    ended_on: date | None
    status: str


def kind_of(engagement: "Terms | Engagement") -> str | None:
    """The fee kind, a fee with no kind (older rows) counting as fixed."""
    if engagement.fee_kind:
        return engagement.fee_kind
    return FeeKind.FIXED if engagement.fee_cents is not None else None


def fee_of(engagement: "Terms | Engagement", logged_seconds: int, milestone_fees: list[int]) -> Fee:
    kind = kind_of(engagement)
    total: Fraction | None = None
    if kind == FeeKind.FIXED and engagement.fee_cents is not None:
        total = Fraction(engagement.fee_cents)
    elif kind == FeeKind.HOURLY and engagement.rate_cents is not None:
        total = Fraction(engagement.rate_cents * logged_seconds, 3600)
    elif kind == FeeKind.MILESTONES and milestone_fees:
        total = Fraction(sum(milestone_fees))
    finished = engagement.ended_on is not None or engagement.status in (
        EngagementStatus.DELIVERED, EngagementStatus.PAID, EngagementStatus.CANCELLED)
    return Fee(engagement.id, kind, engagement.currency, total, engagement.rate_cents,
               logged_seconds, engagement.hours_estimate, finished)


def _among(column: str, engagement_ids: list[uuid.UUID] | None) -> tuple[str, tuple]:
    """A WHERE term keeping ``column`` to the ids given (none: every row)."""
    if engagement_ids is None:
        return "1", ()
    return (f"{column} IN (SELECT value FROM json_each(?))",
            (json.dumps([i.hex for i in engagement_ids]),))


def terms(conn: sqlite3.Connection, engagement_ids: list[uuid.UUID] | None = None) -> list[Terms]:
    where, args = _among("id", engagement_ids)
    return [Terms(uuid.UUID(hex=key), kind, fee, rate, currency, estimate,
                  date.fromisoformat(ended) if ended else None, status)
            for key, kind, fee, rate, currency, estimate, ended, status in conn.execute(
                "SELECT id, fee_kind, fee_cents, rate_cents, currency, hours_estimate, ended_on, "
                f"status FROM engagement WHERE {where}", args)]


def milestone_fees(conn: sqlite3.Connection,
                   engagement_ids: list[uuid.UUID] | None = None) -> dict[uuid.UUID, list[int]]:
    where, args = _among("engagement_id", engagement_ids)
    found: dict[uuid.UUID, list[int]] = defaultdict(list)
    for key, fee in conn.execute("SELECT engagement_id, fee_cents FROM milestone "
                                 f"WHERE fee_cents IS NOT NULL AND {where}", args):
        found[uuid.UUID(hex=key)].append(fee)
    return dict(found)


def fees(conn: sqlite3.Connection,
         engagement_ids: list[uuid.UUID] | None = None) -> dict[uuid.UUID, Fee]:
    """Every engagement's fee (or those listed), in three queries."""
    where, args = _among("engagement_id", engagement_ids)
    seconds = {uuid.UUID(hex=key): total for key, total in conn.execute(
        f"SELECT engagement_id, seconds FROM time_total WHERE {where}", args)}
    by_milestone = milestone_fees(conn, engagement_ids)
    return {t.id: fee_of(t, int(seconds.get(t.id) or 0), by_milestone.get(t.id, []))
            for t in terms(conn, engagement_ids)}


UNITS = ("day", "month", "year")
SEEKS = 50_000  # engagements × periods up to which each pair is one index seek
BUCKETS = ("WITH b(i, lo, hi) AS MATERIALIZED (SELECT CAST(key AS INTEGER), "
           "json_extract(value, '$[0]'), json_extract(value, '$[1]') FROM json_each(?)) ")


def hours_by_day(conn: sqlite3.Connection, zone: tzinfo,
                 engagement_ids: list[uuid.UUID] | None = None, *, since: date | None = None,
                 until: date | None = None, unit: str = "day") -> dict[tuple[uuid.UUID, date], int]:
    """Seconds logged per engagement and local day (of each entry's start), summed in SQL; only
    the days ``since`` ≤ day < ``until`` when given. ``unit`` "month" or "year" sums per local
    month or year instead, keyed by its first day (``since`` and ``until`` then begin one).

    The periods' local midnights are turned into UTC here (daylight saving and half-hour zones
    included) and SQL sums the entries between them over the start index: exact, and read only."""
    if unit not in UNITS:
        raise ValueError(f"unit must be one of {', '.join(UNITS)}")
    if any(bound is not None and _period_start(bound, unit) != bound for bound in (since, until)):
        raise ValueError(f"since and until must each begin a {unit}")
    first, last = since, until
    if first is None or last is None:
        ends = [conn.execute(f"SELECT started_at FROM time_entry ORDER BY started_at {order} "
                             "LIMIT 1").fetchone() for order in ("ASC", "DESC")]
        if ends[0] is None:
            return {}
        first = first or _period_start(decode(ends[0][0]).astimezone(zone).date(), unit)
        last = last or _next(_period_start(decode(ends[1][0]).astimezone(zone).date(), unit), unit)
    starts = []
    while first < last:
        starts.append(first)
        first = _next(first, unit)
    if not starts:
        return {}
    edges = [encode(datetime.combine(day, time(0), tzinfo=zone)) for day in (*starts, last)]
    buckets = json.dumps([[edges[i], edges[i + 1]] for i in range(len(starts))])
    where, args = _among("e.engagement_id", engagement_ids)
    logging = conn.execute(f"SELECT COUNT(*) FROM time_total e WHERE {where}", args).fetchone()[0]
    if logging * len(starts) <= SEEKS:  # each engagement's periods read off its covering index
        rows = conn.execute(
            BUCKETS + "SELECT e.engagement_id, b.i, (SELECT SUM(t.seconds) FROM time_entry t "
            "INDEXED BY ix_time_entry_engagement_totals WHERE t.engagement_id = e.engagement_id "
            "AND t.started_at >= b.lo AND t.started_at < b.hi) AS s "
            f"FROM b CROSS JOIN time_total e WHERE s IS NOT NULL AND {where}", (buckets, *args))
    else:  # many engagements and periods: one pass over the start index
        where, args = _among("t.engagement_id", engagement_ids)
        rows = conn.execute(
            BUCKETS + "SELECT t.engagement_id, b.i, SUM(t.seconds) FROM b CROSS JOIN time_entry t "
            "INDEXED BY ix_time_entry_started ON t.started_at >= b.lo AND t.started_at < b.hi "
            f"WHERE t.seconds IS NOT NULL AND {where} GROUP BY t.engagement_id, b.i",
            (buckets, *args))
    ids: dict[str, uuid.UUID] = {}
    result: dict[tuple[uuid.UUID, date], int] = {}
    for engagement, index, seconds in rows:
        if engagement not in ids:
            ids[engagement] = uuid.UUID(hex=engagement)
        result[(ids[engagement], starts[index])] = int(seconds)
    return result


def _period_start(day: date, unit: str) -> date:
    return day if unit == "day" else day.replace(month=day.month if unit == "month" else 1, day=1)


def _next(start: date, unit: str) -> date:
    if unit == "day":
        return start + timedelta(days=1)
    if unit == "year":
        return start.replace(year=start.year + 1)
    if start.month == 12:
        return start.replace(year=start.year + 1, month=1)
    return start.replace(month=start.month + 1)


def earnings(conn: sqlite3.Connection, zone: tzinfo, found: dict[uuid.UUID, Fee] | None = None,
             hours: dict[tuple[uuid.UUID, date], int] | None = None) -> list[Earning]:
    """Every amount earned, dated (see the module's rules). ``hours``: hours_by_day's answer when
    the caller has it already (hourly fees are earned on those days only)."""
    found = found if found is not None else fees(conn)
    result: list[Earning] = []
    hourly = [i for i, f in found.items() if f.kind == FeeKind.HOURLY and f.rate_cents is not None]
    if hourly:
        chosen = set(hourly)
        logged = (hours_by_day(conn, zone, hourly) if hours is None
                  else {k: v for k, v in hours.items() if k[0] in chosen})
        for (engagement_id, day), seconds in logged.items():
            fee = found[engagement_id]
            assert fee.rate_cents is not None
            result.append(Earning(engagement_id, day, fee.currency,
                                  Fraction(fee.rate_cents * seconds, 3600)))
    fixed = [i for i, f in found.items() if f.kind == FeeKind.FIXED and f.total is not None]
    for t in terms(conn, fixed) if fixed else []:
        total = found[t.id].total
        if t.ended_on and total is not None:
            result.append(Earning(t.id, t.ended_on, t.currency, total))
    milestones = [i for i, f in found.items() if f.kind == FeeKind.MILESTONES]
    where, args = _among("engagement_id", milestones)
    for key, fee, done_on in (conn.execute(
            "SELECT engagement_id, fee_cents, done_on FROM milestone WHERE fee_cents IS NOT NULL "
            f"AND done_on IS NOT NULL AND {where}", args) if milestones else []):
        engagement_id = uuid.UUID(hex=key)
        result.append(Earning(engagement_id, date.fromisoformat(done_on),
                              found[engagement_id].currency, Fraction(fee)))
    result.sort(key=lambda e: (e.day, str(e.engagement_id)))
    return result
