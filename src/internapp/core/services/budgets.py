"""Hours against budgets: each engagement's logged hours against its estimate (warnings at 80 % and
100 %), this week's hours against its weekly cap, and the effective hourly rate.

All-time hours come from the ``time_total`` rows the triggers keep; this week's are summed over
the covering index. Finished entries count; a running timer counts once it stops. Read on the
store's plain path (Today's first paint needs it).
"""

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from internapp.core.clock import local_zone, today_local
from internapp.core.enums import EngagementStatus
from internapp.core.services.fees import fee_of, milestone_fees, terms
from internapp.core.services.money import round_minor
from internapp.core.store import Store
from internapp.core.store.codec import encode

WARNING_SHARE = 0.8


class BudgetLevel(StrEnum):
    OK = "ok"
    WARNING = "warning"  # 80 % of the estimate or more
    OVER = "over"  # 100 % or more


@dataclass(frozen=True)
class Budget:
    engagement_id: uuid.UUID
    title: str
    status: str
    hours_estimate: float | None
    logged_hours: float
    used_share: float | None  # logged / estimate
    level: BudgetLevel
    weekly_cap_hours: float | None
    week_hours: float
    over_cap: bool
    fee_cents: int | None  # the fee (hourly: the rate × hours logged), rounded
    currency: str
    effective_rate_cents: int | None  # fee / logged hours (hourly: the rate), rounded


def week_bounds(day: date, zone=None) -> tuple[datetime, datetime]:
    """Monday 00:00 to the next Monday 00:00 of ``day``'s week, in the user's zone."""
    zone = zone or local_zone()
    monday = day - timedelta(days=day.weekday())
    start = datetime.combine(monday, time(0), tzinfo=zone)
    return start, datetime.combine(monday + timedelta(days=7), time(0), tzinfo=zone)


def level_for(share: float | None) -> BudgetLevel:
    if share is None or share < WARNING_SHARE:
        return BudgetLevel.OK
    return BudgetLevel.OVER if share >= 1 else BudgetLevel.WARNING


def budgets(store: Store, today: date | None = None, zone=None) -> list[Budget]:
    """Every engagement that is not cancelled, totals summed in SQL."""
    week_start, week_end = week_bounds(today or today_local(), zone)
    with store.reading() as conn:
        all_time = dict(conn.execute("SELECT engagement_id, seconds FROM time_total"))
        this_week = dict(conn.execute(
            "SELECT engagement_id, SUM(seconds) FROM time_entry "
            "WHERE started_at >= ? AND started_at < ? "
            "AND seconds IS NOT NULL GROUP BY engagement_id",
            (encode(week_start), encode(week_end))))
        engagements = conn.execute(
            "SELECT id, title, status, hours_estimate, weekly_cap_hours "
            "FROM engagement WHERE status != ? ORDER BY title",
            (EngagementStatus.CANCELLED.value,)).fetchall()
        fee_terms = {t.id: t for t in terms(conn)}
        by_milestone = milestone_fees(conn)
    result = []
    for key, title, status, estimate, cap in engagements:
        engagement_id = uuid.UUID(hex=key)
        seconds = all_time.get(key) or 0
        logged = seconds / 3600
        week = (this_week.get(key) or 0) / 3600
        share = logged / estimate if estimate else None
        fee = fee_of(fee_terms[engagement_id], int(seconds), by_milestone.get(engagement_id, []))
        rate = round_minor(fee.effective_rate) if fee.effective_rate is not None else None
        total = round_minor(fee.total) if fee.total is not None else None
        result.append(Budget(
            engagement_id=engagement_id, title=title, status=status,
            hours_estimate=estimate, logged_hours=logged, used_share=share,
            level=level_for(share), weekly_cap_hours=cap, week_hours=week,
            over_cap=bool(cap) and week > cap, fee_cents=total, currency=fee.currency,
            effective_rate_cents=rate,
        ))
    return result
