"""The built-in kinds from the pipeline and the people: application deadlines, follow-ups, no reply
after N days, interviews (the day before and shortly before), and keeping in touch."""

import json
from collections.abc import Iterator
from contextlib import suppress
from datetime import time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from internapp.core.enums import StageRole, interview_title
from internapp.core.reminders import schedule
from internapp.core.reminders.model import Reminder
from internapp.core.reminders.registry import ReminderKind, Sources, register
from internapp.core.reminders.values import day, day_text, local_text, record_id
from internapp.core.services.cadence import due_date, effective_days
from internapp.core.services.fields import name_key
from internapp.core.store.codec import decode, decode_optional, encode

LOOK_BACK = timedelta(days=15)  # dates further back have expired whatever the settings

_OPEN_APPLICATIONS = (
    "SELECT a.id, a.role, o.name, {column} FROM application a "
    "JOIN organization o ON o.id = a.organization_id JOIN stage s ON s.id = a.stage_id "
    "WHERE s.is_closed = 0 AND {column} IS NOT NULL AND {column} >= ?")


def _today(sources: Sources):
    return sources.now.astimezone(sources.zone).date()


def deadlines(sources: Sources) -> Iterator[Reminder]:
    since = (_today(sources) - LOOK_BACK).isoformat()
    lead = sources.lead("deadline")
    for app_id, role, organization, deadline in sources.conn.execute(
            _OPEN_APPLICATIONS.format(column="a.deadline"), (since,)):
        when = day(deadline)
        yield Reminder(
            "deadline", f"deadline:{app_id}:{when}", record_id(app_id), "applications",
            f"Apply by {day_text(when)}: {role}", f"{organization} · application deadline",
            schedule.day_reminder(when, lead, sources.day_time, sources.zone),
            schedule.at_wall_clock(when, time(0), sources.zone),
            schedule.end_of_day(when, sources.zone))


def follow_ups(sources: Sources) -> Iterator[Reminder]:
    since = (_today(sources) - LOOK_BACK).isoformat()
    lead = sources.lead("follow-up")
    zone = sources.zone
    for app_id, role, organization, follow_up in sources.conn.execute(
            _OPEN_APPLICATIONS.format(column="a.follow_up_on"), (since,)):
        when = day(follow_up)
        yield Reminder(
            "follow-up", f"follow-up:{app_id}:{when}", record_id(app_id), "applications",
            f"Follow up: {role}", f"{organization} · planned for {day_text(when)}",
            schedule.day_reminder(when, lead, sources.day_time, zone),
            schedule.at_wall_clock(when, time(0), zone),
            schedule.end_of_day(when + timedelta(days=7), zone))
    for interaction_id, contact_id, name, summary, follow_up in sources.conn.execute(
            "SELECT i.id, c.id, c.display_name, i.summary, i.follow_up_on FROM interaction i "
            "JOIN contact c ON c.id = i.contact_id WHERE i.follow_up_on IS NOT NULL "
            "AND i.follow_up_done = 0 AND i.follow_up_on >= ?", (since,)):
        when = day(follow_up)
        yield Reminder(
            "follow-up", f"follow-up:{interaction_id}:{when}", record_id(contact_id), "contacts",
            f"Follow up with {name}", summary or f"planned for {day_text(when)}",
            schedule.day_reminder(when, lead, sources.day_time, zone),
            schedule.at_wall_clock(when, time(0), zone),
            schedule.end_of_day(when + timedelta(days=7), zone))


def no_reply(sources: Sources) -> Iterator[Reminder]:
    days = sources.settings.no_reply_days
    today = _today(sources)
    for app_id, role, organization, applied_on in sources.conn.execute(
            "SELECT a.id, a.role, o.name, a.applied_on FROM application a "
            "JOIN organization o ON o.id = a.organization_id JOIN stage s ON s.id = a.stage_id "
            "WHERE s.role = ? AND a.applied_on IS NOT NULL AND a.applied_on <= ? "
            "AND a.applied_on >= ?",
            (StageRole.APPLIED.value, (today - timedelta(days=days)).isoformat(),
             (today - timedelta(days=days) - LOOK_BACK).isoformat())):
        sent = day(applied_on)
        when = sent + timedelta(days=days)
        yield Reminder(
            "no-reply", f"no-reply:{app_id}:{when}", record_id(app_id), "applications",
            f"No reply for {days} days: {role}",
            f"{organization} · sent {day_text(sent)}; time to follow up or move on",
            schedule.day_reminder(when, 0, sources.day_time, sources.zone),
            schedule.at_wall_clock(when, time(0), sources.zone),
            schedule.end_of_day(when + timedelta(days=7), sources.zone))


def _interviews(sources: Sources, kind: str) -> Iterator[Reminder]:
    lead = sources.lead(kind)
    people: dict[str, list[str]] = {}
    rows = sources.conn.execute(
        "SELECT i.id, i.application_id, i.at, i.tz, i.kind, i.location, a.role, o.name "
        "FROM interview i JOIN application a ON a.id = i.application_id "
        "JOIN organization o ON o.id = a.organization_id "
        "WHERE i.cancelled_at IS NULL AND i.at >= ? ORDER BY i.at",
        (encode(sources.now - timedelta(days=1)),)).fetchall()
    if rows:
        marks = ",".join("?" * len(rows))
        for interview_id, name in sources.conn.execute(
                f"SELECT p.interview_id, c.display_name FROM interview_contact p "
                f"JOIN contact c ON c.id = p.contact_id WHERE p.interview_id IN ({marks}) "
                f"ORDER BY p.created_at", [r[0] for r in rows]):
            people.setdefault(interview_id, []).append(name)
    for interview_id, app_id, at, tz, format_, location, role, organization in rows:
        start = decode(at)
        fire = schedule.before(start, lead, sources.zone)
        title = f"{interview_title(format_)} {local_text(start, sources.zone)}"
        if tz and tz != getattr(sources.zone, "key", tz):  # arranged in another zone: say both
            with suppress(ZoneInfoNotFoundError, ValueError):
                title += f" ({start.astimezone(ZoneInfo(tz)):%H:%M} {tz})"
        details = [organization]
        if location:
            details.append(location)
        if people.get(interview_id):
            details.append("with " + ", ".join(people[interview_id]))
        # the day-before notice missed by half a day says nothing the next one will not
        expires = min(start, fire + timedelta(hours=12)) if lead >= 12 * 60 else start
        yield Reminder(
            kind, f"{kind}:{interview_id}:{encode(start)}:{lead}", record_id(app_id),
            "applications", f"{title} — {role}", " · ".join(details), fire, start, expires)


def interviews_day_before(sources: Sources) -> Iterator[Reminder]:
    return _interviews(sources, "interview-day")


def interviews_soon(sources: Sources) -> Iterator[Reminder]:
    return _interviews(sources, "interview-soon")


def keep_in_touch(sources: Sources) -> Iterator[Reminder]:
    lead = sources.lead("keep-in-touch")
    zone = sources.zone
    today = _today(sources)
    defaults = {name_key(tag): days for tag, days in sources.conn.execute(
        "SELECT tag, days FROM tag_cadence")}

    for contact_id, name, own, tags, created_at, last_at in sources.conn.execute(
            "SELECT c.id, c.display_name, c.keep_in_touch_days, c.tags, c.created_at, "
            "(SELECT max(i.at) FROM interaction i WHERE i.contact_id = c.id) FROM contact c"):
        days = effective_days(own, json.loads(tags or "[]"), defaults)
        if days is None:
            continue
        due = due_date(days, decode_optional(last_at), decode(created_at), zone)
        if due < today - LOOK_BACK:
            continue
        yield Reminder(
            "keep-in-touch", f"keep-in-touch:{contact_id}:{due}", record_id(contact_id),
            "contacts", f"Get back in touch with {name}",
            f"every {days} days; " + (f"last contact {day_text(decode(last_at).astimezone(zone).date())}"
                                      if last_at else "no contact logged yet"),
            schedule.day_reminder(due, lead, sources.day_time, zone),
            schedule.at_wall_clock(due, time(0), zone),
            schedule.end_of_day(due + timedelta(days=14), zone))


register(ReminderKind("deadline", "Application deadlines",
                      "Before an open application's deadline", deadlines,
                      default_lead_minutes=2 * 24 * 60, order=10))
register(ReminderKind("follow-up", "Follow-ups",
                      "On the day you planned to follow up (applications and contacts)",
                      follow_ups, order=20))
register(ReminderKind("no-reply", "No reply",
                      "When an application has waited the chosen number of days for a reply",
                      no_reply, default_lead_minutes=None, order=30))
register(ReminderKind("interview-day", "Interviews, the day before",
                      "The day before an interview, at the same time", interviews_day_before,
                      default_lead_minutes=24 * 60, order=40))
register(ReminderKind("interview-soon", "Interviews, shortly before",
                      "Shortly before an interview starts", interviews_soon,
                      default_lead_minutes=60, lead_in_days=False, order=50))
register(ReminderKind("keep-in-touch", "Keeping in touch",
                      "When a contact's keep-in-touch date comes", keep_in_touch, order=90))
