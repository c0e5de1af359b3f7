"""Hours against budgets: each engagement's logged hours against its estimate (warnings at 80 % and
100 %), this week's hours against its weekly cap, and the effective hourly rate.

All-time hours come from the ``time_total`` rows the triggers keep; this week's are summed over
the covering index. Finished entries count; a running timer counts once it stops. Read on the
store's plain path (Today's first paint needs it).
"""

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from internapp.core.clock import today_local
from internapp.core.enums import EngagementStatus
from internapp.core.services.budget_levels import (  # noqa: F401  (re-exported)
    WARNING_SHARE,
    BudgetLevel,
    level_for,
    week_bounds,
)
from internapp.core.services.fee_rules import Terms, fee_of
from internapp.core.services.money import round_minor
from internapp.core.store import Store
from internapp.core.store.codec import encode


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
    with store.reading() as conn:
        all_time = dict(conn.execute("SELECT engagement_id, seconds FROM time_total"))
        this_week = dict(conn.execute(
            "SELECT engagement_id, SUM(seconds) FROM time_entry "
            "WHERE started_at >= ? AND started_at < ? "
            "AND seconds IS NOT NULL GROUP BY engagement_id",
            (encode(week_start), encode(week_end))))
        engagements = conn.execute(
            "SELECT id, title, status, hours_estimate, weekly_cap_hours, fee_kind, fee_cents, "
            "rate_cents, currency, ended_on FROM engagement WHERE status != ? ORDER BY title",
            (EngagementStatus.CANCELLED.value,)).fetchall()
        milestone_fees: dict[str, list[int]] = defaultdict(list)
        for key, fee_cents in conn.execute(
                "SELECT engagement_id, fee_cents FROM milestone WHERE fee_cents IS NOT NULL"):
            milestone_fees[key].append(fee_cents)
    result = []
    for key, title, status, estimate, cap, kind, fee_cents, rate_cents, currency, ended in \
            engagements:
        seconds = all_time.get(key) or 0
        logged = seconds / 3600
        week = (this_week.get(key) or 0) / 3600
        share = logged / estimate if estimate else None
        terms = Terms(uuid.UUID(hex=key), kind, fee_cents, rate_cents, currency, estimate,
                      date.fromisoformat(ended) if ended else None, status)
        fee = fee_of(terms, int(seconds), milestone_fees.get(key, []))
        rate = round_minor(fee.effective_rate) if fee.effective_rate is not None else None
        total = round_minor(fee.total) if fee.total is not None else None
        result.append(Budget(
            engagement_id=terms.id, title=title, status=status, hours_estimate=estimate,
            logged_hours=logged, used_share=share, level=level_for(share),
            weekly_cap_hours=cap, week_hours=week, over_cap=bool(cap) and week > cap,
            fee_cents=total, currency=currency, effective_rate_cents=rate,
        ))
    return result
