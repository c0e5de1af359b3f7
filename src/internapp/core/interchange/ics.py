"""Calendar export (RFC 5545, written by the icalendar library): application deadlines, the due
dates of running engagements, interviews, milestones and follow-ups as events a calendar app
imports.

Every event's UID is derived from the record and the kind of date ("interview-<id>@internapp"),
so importing a newer export updates the events instead of adding them a second time; SEQUENCE and
LAST-MODIFIED follow the record's ``updated_at`` so calendars take the newer version. Deadlines,
milestones and follow-ups are all-day events; interviews keep their time (in UTC) and length.
"""

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlmodel import col, select

from internapp.core.clock import utcnow
from internapp.core.models import (
    Application,
    Contact,
    Deliverable,
    Engagement,
    Interaction,
    Interview,
    InterviewContact,
    Milestone,
    Organization,
    Stage,
)
from internapp.core.safe_files import atomic_output
from internapp.core.services import interviews
from internapp.core.services.timeline import PLANNABLE
from internapp.core.store import Store

PRODID = "-//internapp//internapp calendar export//EN"
UID_DOMAIN = "internapp"
_SEQUENCE_EPOCH = datetime(2020, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class CalendarEvent:
    kind: str  # deadline, engagement-due, application-follow-up, interview, milestone,
    # contact-follow-up
    record_id: uuid.UUID
    summary: str
    description: str
    start: date | datetime  # a date: all day; a datetime: aware
    end: date | datetime
    updated_at: datetime
    location: str | None = None

    @property
    def uid(self) -> str:
        return event_uid(self.kind, self.record_id)


def event_uid(kind: str, record_id: uuid.UUID) -> str:
    return f"{kind}-{record_id}@{UID_DOMAIN}"


def calendar_events(store: Store) -> list[CalendarEvent]:
    """Every dated thing worth a calendar entry, by date."""
    events: list[CalendarEvent] = []
    with store.read() as session:
        for app, org in session.exec(
                select(Application, Organization.name)
                .join(Organization, col(Organization.id) == col(Application.organization_id))
                .join(Stage, col(Stage.id) == col(Application.stage_id))
                .where(Stage.is_closed == False)):  # noqa: E712
            if app.deadline:
                events.append(_all_day("deadline", app.id, f"Deadline: {app.role} ({org})",
                                       _join(app.url, app.notes), app.deadline, app.updated_at))
            if app.follow_up_on:
                events.append(_all_day("application-follow-up", app.id,
                                       f"Follow up: {app.role} ({org})", _join(app.url),
                                       app.follow_up_on, app.updated_at))
        changed = _interviews_changed(session)
        for interview in interviews.query_rows(session, include_cancelled=False):
            people = ", ".join(p.name for p in interview.people)
            events.append(CalendarEvent(
                "interview", interview.id,
                f"{interview.title}: {interview.role} ({interview.organization})",
                _join(f"With {people}" if people else None, interview.notes),
                interview.at, interview.ends_at, changed[interview.id], interview.location))
        handed: dict[uuid.UUID, list[str]] = {}  # what each engagement hands in, and its last change
        handed_changed: dict[uuid.UUID, datetime] = {}
        for owner, title, updated in session.exec(
                select(Deliverable.engagement_id, Deliverable.title, Deliverable.updated_at)
                .order_by(col(Deliverable.position))):
            handed.setdefault(owner, []).append(title)
            handed_changed[owner] = max(updated, handed_changed.get(owner, updated))
        for engagement in session.exec(select(Engagement).where(
                col(Engagement.due_on).is_not(None), col(Engagement.status).in_(PLANNABLE))):
            if engagement.due_on is not None:  # the query asks for one
                events.append(_all_day("engagement-due", engagement.id,
                                       f"Hand in: {engagement.title}",
                                       "\n".join(handed.get(engagement.id, [])),
                                       engagement.due_on,
                                       max(engagement.updated_at,
                                           handed_changed.get(engagement.id,
                                                              engagement.updated_at))))
        for milestone, title in session.exec(
                select(Milestone, Engagement.title)
                .join(Engagement, col(Engagement.id) == col(Milestone.engagement_id))
                .where(col(Milestone.due_on).is_not(None))):
            done = " ✓" if milestone.done_on else ""
            if milestone.due_on is None:  # the query asks for one
                continue
            events.append(_all_day("milestone", milestone.id, f"{milestone.title}{done} ({title})",
                                   f"Milestone of {title}", milestone.due_on,
                                   milestone.updated_at))
        for interaction, name in session.exec(
                select(Interaction, Contact.display_name)
                .join(Contact, col(Contact.id) == col(Interaction.contact_id))
                .where(col(Interaction.follow_up_on).is_not(None),
                       Interaction.follow_up_done == False)):  # noqa: E712
            if interaction.follow_up_on is None:  # the query asks for one
                continue
            events.append(_all_day("contact-follow-up", interaction.id,
                                   f"Follow up with {name}", interaction.summary,
                                   interaction.follow_up_on, interaction.updated_at))
    events.sort(key=lambda e: (_sort_day(e.start), e.kind, e.summary))
    return events


def to_ical(events: list[CalendarEvent], *, stamp: datetime | None = None,
            feed: bool = True) -> bytes:
    """The events as one iCalendar text: a published feed (METHOD:PUBLISH and the calendar's
    name), or with ``feed`` False one CalDAV calendar object resource, which may not carry
    METHOD (RFC 4791 §4.1; iCloud's server refuses it)."""
    from icalendar import Calendar, Event

    stamp = stamp or utcnow()
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    if feed:
        calendar.add("method", "PUBLISH")
        calendar.add("x-wr-calname", "internapp")
    for item in events:
        event = Event()
        event.add("uid", item.uid)
        event.add("dtstamp", stamp)
        event.add("dtstart", item.start)
        event.add("dtend", item.end)
        event.add("summary", item.summary)
        if item.description:
            event.add("description", item.description)
        if item.location:
            event.add("location", item.location)
        event.add("categories", [item.kind.replace("-", " ")])
        event.add("last-modified", item.updated_at.astimezone(UTC))
        event.add("sequence", sequence(item.updated_at))
        event.add("transp", "TRANSPARENT" if isinstance(item.start, date)
                  and not isinstance(item.start, datetime) else "OPAQUE")
        calendar.add_component(event)
    return calendar.to_ical()


def sequence(updated_at: datetime) -> int:
    """A revision number that grows with every change of the record: minutes since 2020."""
    return max(0, int((updated_at - _SEQUENCE_EPOCH).total_seconds() // 60))


def export(store: Store, path: Path) -> int:
    """Writes the calendar to ``path`` (replacing it whole, never half-written); returns the number
    of events."""
    events = calendar_events(store)
    data = to_ical(events)
    with atomic_output(Path(path), "wb") as handle:
        handle.write(data)
    return len(events)


def _interviews_changed(session) -> dict[uuid.UUID, datetime]:
    """Each interview's last change, its people's included (a person added changes the event)."""
    from sqlmodel import func

    changed = dict(session.exec(select(Interview.id, Interview.updated_at)).all())
    for interview_id, latest in session.exec(
            select(InterviewContact.interview_id, func.max(InterviewContact.updated_at))
            .group_by(col(InterviewContact.interview_id))):
        if latest is not None and latest > changed[interview_id]:
            changed[interview_id] = latest
    return changed


def _all_day(kind: str, record_id: uuid.UUID, summary: str, description: str, day: date,
             updated_at: datetime) -> CalendarEvent:
    return CalendarEvent(kind, record_id, summary, description, day, day + timedelta(days=1),
                         updated_at)


def _join(*parts: str | None) -> str:
    return "\n\n".join(p for p in parts if p)


def _sort_day(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value
