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
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from fractions import Fraction
from typing import TYPE_CHECKING

from internapp.core.enums import EngagementStatus, FeeKind
from internapp.core.services import local_days
from internapp.core.store.codec import HIGHEST, LOWEST, decode, encode

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


UNITS = {"day": 10, "month": 7, "year": 4}  # characters of the ISO day that name the period


def hours_by_day(conn: sqlite3.Connection, zone: tzinfo,
                 engagement_ids: list[uuid.UUID] | None = None, *, since: date | None = None,
                 until: date | None = None, unit: str = "day") -> dict[tuple[uuid.UUID, date], int]:
    """Seconds logged per engagement and local day (of the entry's start), summed in SQL; only
    the days ``since`` ≤ day < ``until`` when given. ``unit`` "month" or "year" sums per local
    month or year instead, keyed by its first day (``since`` and ``until`` then begin one).

    Where the store keeps local days in ``zone`` (local_days.ensure) SQL finds each entry's day
    exactly; otherwise it sums per UTC hour and the hour's local day counts (exact for zones a
    whole number of hours from UTC)."""
    width = UNITS[unit]
    if any(bound is not None and _period_start(bound.isoformat()[:width]) != bound
           for bound in (since, until)):
        raise ValueError(f"since and until must each begin a {unit}")
    where, args = _among("t.engagement_id", engagement_ids)
    # the stored instants a local day can start from: a day either side covers every offset
    low = encode(datetime.combine(since - timedelta(days=1), time(0), UTC)) if since else LOWEST
    high = encode(datetime.combine(until + timedelta(days=1), time(0), UTC)) if until else HIGHEST
    condition = f"t.seconds IS NOT NULL AND t.started_at >= ? AND t.started_at < ? AND {where}"
    key = local_days.zone_key(zone)
    if key is not None and local_days.kept_zone(conn) == key:
        rows = ((engagement, _period_start(period), seconds)
                for engagement, period, seconds in conn.execute(
                    f"SELECT t.engagement_id, substr({local_days.LOCAL_DAY}, 1, {width}) "
                    f"AS period, SUM(t.seconds) FROM time_entry t WHERE {condition} "
                    "GROUP BY t.engagement_id, period", (low, high, *args)))
    else:
        rows = ((engagement, _period_start(
                    decode(f"{hour}:00:00").astimezone(zone).date().isoformat()[:width]), seconds)
                for engagement, hour, seconds in conn.execute(
                    "SELECT t.engagement_id, substr(t.started_at, 1, 13) AS hour, "
                    f"SUM(t.seconds) FROM time_entry t WHERE {condition} "
                    "GROUP BY t.engagement_id, hour", (low, high, *args)))
    ids: dict[str, uuid.UUID] = {}
    result: dict[tuple[uuid.UUID, date], int] = defaultdict(int)
    for engagement, start, seconds in rows:
        if (since is None or start >= since) and (until is None or start < until):
            if engagement not in ids:
                ids[engagement] = uuid.UUID(hex=engagement)
            result[(ids[engagement], start)] += int(seconds)
    return dict(result)


def _period_start(text: str) -> date:
    """The first day of "2026", "2026-03" or "2026-03-14"."""
    return date.fromisoformat(text + "-01-01"[len(text) - 4:])


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
