"""The timeline: engagements as spans across the weeks, the dated things around them (application
deadlines, interviews, milestones, follow-ups), and each week's load.

Weekly load, per week (Monday to Sunday in the user's zone):
- logged: hours of the time entries that started in the week (summed in SQL);
- planned: for each planned or active engagement with an estimate, its remaining hours
  (estimate − logged, never below 0) spread evenly over the days of its remaining span, from today
  (or its start, if later) to its due date. An engagement already past its due date with hours left
  asks for them today. Days before today plan nothing: the past is what was logged;
- cap: the sum of the weekly caps of the engagements (not cancelled, with a cap) running during
  the week; None when none of them has a cap ("no weekly cap" is not a cap of 0 h).
A week is over-asked when the hours of its capped engagements (logged + planned) exceed its cap;
hours of engagements without a cap are shown but never count against a cap.
"""

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy import case
from sqlmodel import col, func, select

from internapp.core.clock import local_zone, today_local
from internapp.core.models import (
    Engagement,
    EngagementStatus,
    Organization,
    TimeEntry,
)
from internapp.core.services.errors import ValidationError
from internapp.core.services.markers import PLANNABLE, Marker, dated_markers
from internapp.core.store import Store
from internapp.core.store.sessions import plain

DEFAULT_BEFORE = timedelta(weeks=4)  # the range shown reaches at least this far back...
DEFAULT_AFTER = timedelta(weeks=6)  # ...and this far ahead of today
MAX_SPAN = timedelta(weeks=104)


@dataclass(frozen=True)
class Bar:
    engagement_id: uuid.UUID
    title: str
    organization: str | None
    status: str
    start: date
    end: date  # the due date, the date it ended, or today while it runs without a due date
    end_kind: str  # "due", "ended" or "open"
    hours_estimate: float | None
    logged_hours: float
    weekly_cap_hours: float | None


@dataclass(frozen=True)
class WeekLoad:
    week_start: date
    logged_hours: float
    planned_hours: float
    cap_hours: float | None  # None: no engagement running that week has a weekly cap
    capped_hours: float | None = None  # logged + planned of the capped ones (None: all of them)

    @property
    def asked_hours(self) -> float:
        return self.logged_hours + self.planned_hours

    @property
    def over(self) -> bool:
        if self.cap_hours is None:
            return False
        against = self.asked_hours if self.capped_hours is None else self.capped_hours
        return against > self.cap_hours + 1e-9 and against > 0


@dataclass(frozen=True)
class Timeline:
    today: date
    start: date  # a Monday
    end: date  # the Sunday of the last week
    bars: list[Bar]
    markers: list[Marker]
    weeks: list[WeekLoad] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not self.bars and not self.markers


@dataclass(frozen=True)
class Plan:
    """What is left of one engagement to schedule: ``remaining_hours`` over [first_day, last_day]."""

    remaining_hours: float
    first_day: date
    last_day: date


# --- arithmetic (pure) ---------------------------------------------------------------------------


def monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def week_starts(start: date, end: date) -> list[date]:
    """The Mondays of every week from ``start``'s to ``end``'s."""
    first, last = monday(start), monday(end)
    return [first + timedelta(weeks=n) for n in range((last - first).days // 7 + 1)]


def plan_for(estimate: float | None, logged: float, start: date | None, due: date | None,
             today: date) -> Plan | None:
    """The remaining hours of an engagement and the days left to do them (None: nothing to plan)."""
    if not estimate or due is None:
        return None
    remaining = max(0.0, estimate - logged)
    if remaining == 0:
        return None
    first = max(today, start or today)
    last = max(due, first)  # past due: everything left is asked for now
    return Plan(remaining, first, last)


def planned_per_week(plans: list[Plan], weeks: list[date]) -> dict[date, float]:
    """Each plan's hours spread evenly over its days, summed per week (Monday -> hours)."""
    result = dict.fromkeys(weeks, 0.0)
    for plan in plans:
        days = (plan.last_day - plan.first_day).days + 1
        per_day = plan.remaining_hours / days
        for week in weeks:
            overlap = _overlap_days(week, week + timedelta(days=6), plan.first_day, plan.last_day)
            result[week] += per_day * overlap
    return result


def caps_per_week(spans: list[tuple[date, date, float]],
                  weeks: list[date]) -> dict[date, float | None]:
    """The sum of the weekly caps of the (start, end, cap) spans that touch each week; None for
    a week no capped span touches."""
    result: dict[date, float | None] = {}
    for week in weeks:
        touching = [cap for start, end, cap in spans
                    if _overlap_days(week, week + timedelta(days=6), start, end) > 0]
        result[week] = sum(touching) if touching else None
    return result


def _overlap_days(a_start: date, a_end: date, b_start: date, b_end: date) -> int:
    return max(0, (min(a_end, b_end) - max(a_start, b_start)).days + 1)


def weekly_load(weeks: list[date], logged: dict[date, float], plans: list[Plan],
                caps: list[tuple[date, date, float]], *,
                capped_logged: dict[date, float] | None = None,
                capped_plans: list[Plan] | None = None) -> list[WeekLoad]:
    """Each week's load. ``capped_logged`` and ``capped_plans`` are the part of ``logged`` and
    ``plans`` that belongs to engagements with a cap (when not given: all of it)."""
    planned = planned_per_week(plans, weeks)
    cap = caps_per_week(caps, weeks)
    if capped_logged is None and capped_plans is None:
        return [WeekLoad(w, logged.get(w, 0.0), planned[w], cap[w]) for w in weeks]
    capped_planned = planned_per_week(capped_plans or [], weeks)
    return [WeekLoad(w, logged.get(w, 0.0), planned[w], cap[w],
                     (capped_logged or {}).get(w, 0.0) + capped_planned[w]) for w in weeks]


# --- the query -----------------------------------------------------------------------------------


def timeline(store: Store, start: date | str | None = None, end: date | str | None = None, *,
             today: date | None = None, zone=None) -> Timeline:
    """Everything the timeline shows between ``start`` and ``end`` (whole weeks)."""
    today = today or today_local()
    zone = zone or local_zone()
    start, end = _day("from", start), _day("to", end)
    if start and end and end < start:
        raise ValidationError("to", f"{end.isoformat()} is before the start {start.isoformat()}")
    with store.read() as session:
        logged_total = dict(session.exec(
            select(TimeEntry.engagement_id, func.sum(TimeEntry.seconds))
            .group_by(col(TimeEntry.engagement_id))).all())
        engagements = session.exec(
            select(Engagement, Organization.name)
            .outerjoin(Organization, col(Organization.id) == col(Engagement.organization_id))
            .where(col(Engagement.start_on).is_not(None))).all()
        markers = dated_markers(plain(session), zone)
    bars = [_bar(e, org, (logged_total.get(e.id) or 0) / 3600, today) for e, org in engagements]
    start, end = _range(start, end, today, bars, markers)
    weeks = week_starts(start, end)
    capped_ids = [b.engagement_id for b in bars
                  if b.weekly_cap_hours and b.status != EngagementStatus.CANCELLED]
    logged = _logged_per_week(store, weeks, zone)
    capped_logged = _logged_per_week(store, weeks, zone, capped_ids) if capped_ids else {}
    plans = {b.engagement_id: plan for b in bars if b.status in PLANNABLE
             if (plan := plan_for(b.hours_estimate, b.logged_hours, b.start,
                                  b.end if b.end_kind == "due" else None, today))}
    caps = [(b.start, b.end, cap) for b in bars
            if b.engagement_id in capped_ids and (cap := b.weekly_cap_hours)]
    last = weeks[-1] + timedelta(days=6)
    shown_bars = sorted((b for b in bars if b.start <= last and b.end >= start),
                        key=lambda b: (b.start, b.end, b.title))
    shown_markers = sorted((m for m in markers if start <= m.day <= last),
                           key=lambda m: (m.day, m.kind, m.title))
    return Timeline(today, weeks[0], last, shown_bars, shown_markers,
                    weekly_load(weeks, logged, list(plans.values()), caps,
                                capped_logged=capped_logged,
                                capped_plans=[p for e, p in plans.items() if e in capped_ids]))


def _day(name: str, value: date | str | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise ValidationError(name, f"{value!r} is not a date (use YYYY-MM-DD)") from None


def _bar(e: Engagement, organization: str | None, logged: float, today: date) -> Bar:
    start = e.start_on if e.start_on is not None else today  # the query asks for a start
    if e.ended_on:
        end, kind = e.ended_on, "ended"
    elif e.due_on:
        end, kind = e.due_on, "due"
    else:
        end, kind = max(today, start), "open"
    return Bar(e.id, e.title, organization, e.status, start, max(end, start), kind,
               e.hours_estimate, logged, e.weekly_cap_hours)


def _range(start: date | None, end: date | None, today: date, bars: list[Bar],
           markers: list[Marker]) -> tuple[date, date]:
    if start is None:
        firsts = [b.start for b in bars] + [m.day for m in markers]
        start = max(min([today - DEFAULT_BEFORE, *firsts]), today - MAX_SPAN / 2)
    if end is None:
        lasts = [b.end for b in bars] + [m.day for m in markers]
        end = min(max([today + DEFAULT_AFTER, start, *lasts]), today + MAX_SPAN / 2)
        end = max(end, start)
    if end - start > MAX_SPAN:
        raise ValidationError("to", f"the range is longer than {MAX_SPAN.days // 7} weeks")
    return monday(start), monday(end) + timedelta(days=6)


def _logged_per_week(store: Store, weeks: list[date], zone,
                     engagement_ids: list[uuid.UUID] | None = None) -> dict[date, float]:
    """Hours logged per week (of ``engagement_ids`` only, when given), one GROUP BY over the
    started_at index (weeks in the user's zone)."""
    bounds = [datetime.combine(w, time(0), tzinfo=zone) for w in weeks]
    bounds.append(datetime.combine(weeks[-1] + timedelta(days=7), time(0), tzinfo=zone))
    bucket = case(*[(col(TimeEntry.started_at) < bounds[i + 1], i) for i in range(len(weeks))])
    with store.read() as session:
        rows = session.exec(
            select(bucket, func.sum(TimeEntry.seconds))
            .where(TimeEntry.started_at >= bounds[0], TimeEntry.started_at < bounds[-1],
                   col(TimeEntry.seconds).is_not(None),
                   *([col(TimeEntry.engagement_id).in_(engagement_ids)] if engagement_ids else []))
            .group_by(bucket)).all()
    return {weeks[index]: (seconds or 0) / 3600 for index, seconds in rows}
