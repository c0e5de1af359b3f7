"""Hours against budgets: each engagement's logged hours against its estimate (warnings at 80 % and
100 %), this week's hours against its weekly cap, and the effective hourly rate.

All-time hours come from the ``time_total`` rows the triggers keep; this week's are summed over
the covering index. Finished entries count; a running timer counts once it stops.
"""

import uuid
from dataclasses import dataclass
from datetime import date

from sqlmodel import func, select

from internapp.core.clock import today_local
from internapp.core.models import Engagement, EngagementStatus, Milestone, TimeEntry, TimeTotal
from internapp.core.services.budget_levels import (  # noqa: F401  (re-exported)
    WARNING_SHARE,
    BudgetLevel,
    level_for,
    week_bounds,
)
from internapp.core.services.fees import fee_of
from internapp.core.services.money import round_minor
from internapp.core.store import Store


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


def budgets(store: Store, today: date | None = None, zone=None) -> list[Budget]:
    """Every engagement that is not cancelled, totals summed in SQL."""
    week_start, week_end = week_bounds(today or today_local(), zone)
    total = func.coalesce(func.sum(TimeEntry.seconds), 0)
    with store.read() as session:
        all_time = dict(session.exec(select(TimeTotal.engagement_id, TimeTotal.seconds)).all())
        this_week = dict(session.exec(
            select(TimeEntry.engagement_id, total)
            .where(TimeEntry.started_at >= week_start, TimeEntry.started_at < week_end)
            .group_by(TimeEntry.engagement_id)).all())
        engagements = session.exec(select(Engagement).where(
            Engagement.status != EngagementStatus.CANCELLED).order_by(Engagement.title)).all()
        milestone_fees: dict = {}
        for engagement_id, fee in session.exec(select(Milestone.engagement_id, Milestone.fee_cents)
                                               .where(Milestone.fee_cents.is_not(None))):
            milestone_fees.setdefault(engagement_id, []).append(fee)
    result = []
    for e in engagements:
        logged = all_time.get(e.id, 0) / 3600
        week = this_week.get(e.id, 0) / 3600
        share = logged / e.hours_estimate if e.hours_estimate else None
        fee = fee_of(e, int(all_time.get(e.id, 0)), milestone_fees.get(e.id, []))
        rate = round_minor(fee.effective_rate) if fee.effective_rate is not None else None
        total = round_minor(fee.total) if fee.total is not None else None
        result.append(Budget(
            engagement_id=e.id, title=e.title, status=e.status, hours_estimate=e.hours_estimate,
            logged_hours=logged, used_share=share, level=level_for(share),
            weekly_cap_hours=e.weekly_cap_hours, week_hours=week,
            over_cap=bool(e.weekly_cap_hours) and week > e.weekly_cap_hours,
            fee_cents=total, currency=e.currency, effective_rate_cents=rate,
        ))
    return result
