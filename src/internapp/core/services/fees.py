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
"""

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime
from fractions import Fraction

from sqlmodel import Session, func, select

from internapp.core.models import (
    Engagement,
    FeeKind,
    Milestone,
    TimeEntry,
    TimeTotal,
)
from internapp.core.services.fee_rules import Fee, fee_of, kind_of  # noqa: F401  (re-exported)


@dataclass(frozen=True)
class Earning:
    engagement_id: uuid.UUID
    day: date
    currency: str
    amount: Fraction


def fees(session: Session, engagement_ids: list[uuid.UUID] | None = None) -> dict[uuid.UUID, Fee]:
    """Every engagement's fee (or those listed), in three queries."""
    query = select(Engagement)
    if engagement_ids is not None:
        query = query.where(Engagement.id.in_(engagement_ids))
    engagements = list(session.exec(query))
    seconds = dict(session.exec(select(TimeTotal.engagement_id, TimeTotal.seconds)).all())
    milestone_fees: dict[uuid.UUID, list[int]] = defaultdict(list)
    for engagement_id, fee in session.exec(select(Milestone.engagement_id, Milestone.fee_cents)
                                           .where(Milestone.fee_cents.is_not(None))):
        milestone_fees[engagement_id].append(fee)
    return {e.id: fee_of(e, int(seconds.get(e.id, 0)), milestone_fees.get(e.id, []))
            for e in engagements}


def hours_by_day(session: Session, zone, engagement_ids: list[uuid.UUID] | None = None
                 ) -> dict[tuple[uuid.UUID, date], int]:
    """Seconds logged per engagement and local day, summed in SQL per UTC hour (so an entry
    counts on the local day its start hour falls on)."""
    hour = func.strftime("%Y-%m-%d %H", TimeEntry.started_at)
    query = (select(TimeEntry.engagement_id, hour, func.sum(TimeEntry.seconds))
             .where(TimeEntry.seconds.is_not(None)).group_by(TimeEntry.engagement_id, hour))
    if engagement_ids is not None:
        query = query.where(TimeEntry.engagement_id.in_(engagement_ids))
    result: dict[tuple[uuid.UUID, date], int] = defaultdict(int)
    for engagement_id, bucket, seconds in session.exec(query):
        start = datetime.strptime(bucket, "%Y-%m-%d %H").replace(tzinfo=UTC)
        result[(engagement_id, start.astimezone(zone).date())] += int(seconds)
    return dict(result)


def earnings(session: Session, zone, found: dict[uuid.UUID, Fee] | None = None) -> list[Earning]:
    """Every amount earned, dated (see the module's rules)."""
    found = found if found is not None else fees(session)
    result: list[Earning] = []
    engagements = {e.id: e for e in session.exec(select(Engagement).where(
        Engagement.id.in_(list(found))))}
    hourly = [i for i, f in found.items() if f.kind == FeeKind.HOURLY and f.rate_cents is not None]
    for (engagement_id, day), seconds in hours_by_day(session, zone, hourly).items():
        fee = found[engagement_id]
        result.append(Earning(engagement_id, day, fee.currency,
                              Fraction(fee.rate_cents * seconds, 3600)))
    for engagement_id, fee in found.items():
        engagement = engagements[engagement_id]
        if fee.kind == FeeKind.FIXED and fee.total is not None and engagement.ended_on:
            result.append(Earning(engagement_id, engagement.ended_on, fee.currency, fee.total))
    milestones = [i for i, f in found.items() if f.kind == FeeKind.MILESTONES]
    for m in session.exec(select(Milestone).where(Milestone.engagement_id.in_(milestones),
                                                  Milestone.fee_cents.is_not(None),
                                                  Milestone.done_on.is_not(None))):
        result.append(Earning(m.engagement_id, m.done_on, found[m.engagement_id].currency,
                              Fraction(m.fee_cents)))
    result.sort(key=lambda e: (e.day, str(e.engagement_id)))
    return result
