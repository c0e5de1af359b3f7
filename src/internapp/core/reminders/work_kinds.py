"""The built-in kinds from the work: milestones, hand-in dates, budgets crossing 80 % and 100 %,
weekly caps, and a timer left running (past a chosen length, across midnight, or while the
machine sat idle) — that one offers Stop now / Stop at last activity / Keep."""

from collections.abc import Iterator
from datetime import time, timedelta

from internapp.core.durations import duration_text, hours_text
from internapp.core.reminders import schedule
from internapp.core.reminders.model import Reminder
from internapp.core.reminders.registry import ReminderKind, Sources, register
from internapp.core.reminders.values import day, day_text, record_id
from internapp.core.services.budgets import BudgetLevel, level_for, week_bounds
from internapp.core.services.markers import PLANNABLE
from internapp.core.store.codec import decode, encode

LOOK_BACK = timedelta(days=15)
STOP_NOW, STOP_AT_LAST_ACTIVITY, KEEP = "stop-now", "stop-at-last-activity", "keep"
_STATUSES = ",".join(f"'{s}'" for s in PLANNABLE)


def _today(sources: Sources):
    return sources.now.astimezone(sources.zone).date()


def milestones(sources: Sources) -> Iterator[Reminder]:
    lead = sources.lead("milestone")
    zone = sources.zone
    for milestone_id, title, engagement_id, engagement, due_on in sources.conn.execute(
            "SELECT m.id, m.title, e.id, e.title, m.due_on FROM milestone m "
            "JOIN engagement e ON e.id = m.engagement_id "
            f"WHERE m.due_on IS NOT NULL AND m.done_on IS NULL AND e.status IN ({_STATUSES}) "
            "AND m.due_on >= ?", ((_today(sources) - LOOK_BACK).isoformat(),)):
        when = day(due_on)
        yield Reminder(
            "milestone", f"milestone:{milestone_id}:{when}", record_id(engagement_id),
            "engagements", f"Milestone due {day_text(when)}: {title}", engagement,
            schedule.day_reminder(when, lead, sources.day_time, zone),
            schedule.at_wall_clock(when, time(0), zone),
            schedule.end_of_day(when + timedelta(days=3), zone))


def hand_ins(sources: Sources) -> Iterator[Reminder]:
    lead = sources.lead("hand-in")
    zone = sources.zone
    for engagement_id, title, due_on, deliverables in sources.conn.execute(
            "SELECT id, title, due_on, deliverables FROM engagement "
            f"WHERE due_on IS NOT NULL AND status IN ({_STATUSES}) AND due_on >= ?",
            ((_today(sources) - LOOK_BACK).isoformat(),)):
        when = day(due_on)
        yield Reminder(
            "hand-in", f"hand-in:{engagement_id}:{when}", record_id(engagement_id),
            "engagements", f"Hand in {day_text(when)}: {title}",
            (deliverables or "").splitlines()[0] if deliverables else "Engagement due",
            schedule.day_reminder(when, lead, sources.day_time, zone),
            schedule.at_wall_clock(when, time(0), zone), schedule.end_of_day(when, zone))


def budgets(sources: Sources) -> Iterator[Reminder]:
    """Once per engagement and level: when its logged hours reach 80 %, then 100 %, of the
    estimate (the later level only, when both were crossed since the last look)."""
    for engagement_id, title, estimate, seconds, last_end in sources.conn.execute(
            "SELECT e.id, e.title, e.hours_estimate, t.seconds, "
            "(SELECT max(x.ended_at) FROM time_entry x WHERE x.engagement_id = e.id) "
            "FROM engagement e JOIN time_total t ON t.engagement_id = e.id "
            f"WHERE e.status IN ({_STATUSES}) AND e.hours_estimate > 0"):
        hours = (seconds or 0) / 3600
        level = level_for(hours / estimate)
        if level == BudgetLevel.OK or last_end is None:
            continue
        crossed = decode(last_end)
        percent = 100 if level == BudgetLevel.OVER else 80
        yield Reminder(
            "budget", f"budget:{engagement_id}:{percent}:{estimate:g}", record_id(engagement_id),
            "engagements", f"{title}: {hours / estimate:.0%} of the hours budget used",
            f"{hours_text(hours)} of {hours_text(estimate)} logged", crossed, crossed,
            crossed + timedelta(days=7))


def weekly_caps(sources: Sources) -> Iterator[Reminder]:
    start, end = week_bounds(_today(sources), sources.zone)
    for engagement_id, title, cap, seconds, last_end in sources.conn.execute(
            "SELECT e.id, e.title, e.weekly_cap_hours, sum(x.seconds), max(x.ended_at) "
            "FROM engagement e JOIN time_entry x ON x.engagement_id = e.id "
            f"WHERE e.status IN ({_STATUSES}) AND e.weekly_cap_hours > 0 "
            "AND x.started_at >= ? AND x.started_at < ? AND x.seconds IS NOT NULL "
            "GROUP BY e.id HAVING sum(x.seconds) > e.weekly_cap_hours * 3600",
            (encode(start), encode(end))):
        crossed = decode(last_end)
        yield Reminder(
            "weekly-cap", f"weekly-cap:{engagement_id}:{start.date()}", record_id(engagement_id),
            "engagements", f"{title}: over this week's cap",
            f"{hours_text(seconds / 3600)} this week of a {hours_text(cap)} cap", crossed, crossed,
            end.astimezone(crossed.tzinfo))


def forgotten_timer(sources: Sources) -> Iterator[Reminder]:
    """The running timer, when it ran past the chosen length, across midnight, or while the
    machine was idle. The last activity is known from the idle time (where the platform says)."""
    found = sources.conn.execute(
        "SELECT x.id, x.started_at, e.id, e.title FROM time_entry x "
        "JOIN engagement e ON e.id = x.engagement_id WHERE x.ended_at IS NULL").fetchone()
    if found is None:
        return
    entry_id, started_at, engagement_id, title = found
    start, now, zone = decode(started_at), sources.now, sources.zone
    settings = sources.settings
    idle = sources.idle_seconds
    last_activity = (max(start, now - timedelta(seconds=idle))
                     if idle is not None and idle >= settings.idle_minutes * 60 else None)
    actions = ((STOP_NOW, "Stop now"),
               *([(STOP_AT_LAST_ACTIVITY, "Stop at last activity")] if last_activity else []),
               (KEEP, "Keep"))
    elapsed = now - start
    running = duration_text(elapsed.total_seconds())

    def reminder(key: str, body: str, fire) -> Reminder:
        return Reminder("timer", f"timer:{entry_id}:{key}", record_id(engagement_id), "time",
                        f"Timer still running on {title} ({running})", body, fire, start,
                        fire + timedelta(hours=12), actions, last_activity)

    limit = timedelta(minutes=settings.timer_max_minutes)
    if elapsed >= limit:
        times = int(elapsed / limit)
        yield reminder(f"long:{times}", f"It has run longer than "
                       f"{duration_text(limit.total_seconds())}. Still working?",
                       start + limit * times)
    started_day = start.astimezone(zone).date()
    if now.astimezone(zone).date() > started_day:
        midnight = schedule.at_wall_clock(started_day + timedelta(days=1), time(0), zone)
        yield reminder(f"midnight:{started_day}",
                       f"It started {start.astimezone(zone):%a %H:%M} and ran past midnight.",
                       midnight)
    if last_activity is not None:
        period = int(last_activity.timestamp() // 600)  # one idle spell, one notice
        yield reminder(f"idle:{period}",
                       f"No activity since {last_activity.astimezone(zone):%H:%M} "
                       f"({duration_text(idle or 0)}).", now)


register(ReminderKind("milestone", "Milestones", "Before a milestone not yet done is due",
                      milestones, default_lead_minutes=24 * 60, order=60))
register(ReminderKind("hand-in", "Hand-in dates", "Before an engagement is due", hand_ins,
                      default_lead_minutes=24 * 60, order=70))
register(ReminderKind("budget", "Budgets at 80 % and 100 %",
                      "When an engagement's logged hours reach 80 %, then 100 %, of its budget",
                      budgets, default_lead_minutes=None, order=100))
register(ReminderKind("weekly-cap", "Weekly caps", "When this week's hours pass a weekly cap",
                      weekly_caps, default_lead_minutes=None, order=110))
register(ReminderKind("timer", "Forgotten timer",
                      "A timer running past the chosen length, across midnight or while idle",
                      forgotten_timer, default_lead_minutes=None, order=120))
