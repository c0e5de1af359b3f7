"""Every dated thing around the engagements — open applications' deadlines and follow-ups,
interviews not cancelled, milestones, contacts' follow-ups not yet done — read on the store's plain path (the
Today screen's first paint and ``internapp today`` import no ORM). The timeline places them on its
weeks; Today lists the near ones."""

import sqlite3
import uuid
from dataclasses import dataclass
from datetime import date, tzinfo

from internapp.core.enums import EngagementStatus, interview_title
from internapp.core.store.codec import decode

PLANNABLE = (EngagementStatus.PLANNED, EngagementStatus.ACTIVE)


@dataclass(frozen=True)
class Marker:
    kind: str  # "deadline", "interview", "milestone", "follow-up"
    day: date
    title: str
    detail: str
    screen: str  # where it opens: "applications", "engagements" or "contacts"
    record_id: uuid.UUID
    engagement_id: uuid.UUID | None = None  # a milestone sits on its engagement's bar
    done: bool = False
    # the title as a fixed English template and its values, for the window to translate
    # (``title`` is it filled in, as the CLI, calendar files and reminders write it)
    template: str = "{subject}"
    values: tuple[tuple[str, str], ...] = ()


def titled(template: str, values: dict[str, str]) -> dict:
    """The ``title``, ``template`` and ``values`` of a marker (or a Today item)."""
    english = {k: interview_title(v) if k == "kind" else v for k, v in values.items()}
    return {"title": template.format(**english), "template": template,
            "values": tuple(values.items())}


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def dated_markers(conn: sqlite3.Connection, zone: tzinfo) -> list[Marker]:
    """Every dated thing, any date (callers choose the range)."""
    markers: list[Marker] = []
    for app_id, role, deadline, follow_up, org in conn.execute(
            "SELECT a.id, a.role, a.deadline, a.follow_up_on, o.name FROM application a "
            "JOIN organization o ON o.id = a.organization_id JOIN stage s ON s.id = a.stage_id "
            "WHERE NOT s.is_closed AND (a.deadline IS NOT NULL OR a.follow_up_on IS NOT NULL)"):
        record = uuid.UUID(hex=app_id)
        if deadline:
            markers.append(Marker("deadline", date.fromisoformat(deadline), detail=org,
                                  screen="applications", record_id=record,
                                  **titled("{subject}", {"subject": role})))
        if follow_up:
            markers.append(Marker("follow-up", date.fromisoformat(follow_up), detail=org,
                                  screen="applications", record_id=record,
                                  **titled("Follow up: {role}", {"role": role})))
    for app_id, kind, at, role, org in conn.execute(
            "SELECT i.application_id, i.kind, i.at, a.role, o.name FROM interview i "
            "JOIN application a ON a.id = i.application_id "
            "JOIN organization o ON o.id = a.organization_id WHERE i.cancelled_at IS NULL"):
        local = decode(at).astimezone(zone)
        markers.append(Marker("interview", local.date(), detail=f"{org}, {local:%H:%M}",
                              screen="applications", record_id=uuid.UUID(hex=app_id),
                              **titled("{kind}: {role}", {"kind": kind or "", "role": role})))
    for engagement_id, title, due, done, engagement in conn.execute(
            "SELECT m.engagement_id, m.title, m.due_on, m.done_on, e.title FROM milestone m "
            "JOIN engagement e ON e.id = m.engagement_id WHERE m.due_on IS NOT NULL"):
        record = uuid.UUID(hex=engagement_id)
        markers.append(Marker("milestone", date.fromisoformat(due), detail=engagement,
                              screen="engagements", record_id=record, engagement_id=record,
                              done=done is not None, **titled("{subject}", {"subject": title})))
    for contact_id, follow_up, summary, name in conn.execute(
            "SELECT i.contact_id, i.follow_up_on, i.summary, c.display_name FROM interaction i "
            "JOIN contact c ON c.id = i.contact_id "
            "WHERE i.follow_up_on IS NOT NULL AND NOT i.follow_up_done"):
        markers.append(Marker("follow-up", date.fromisoformat(follow_up), detail=summary,
                              screen="contacts", record_id=uuid.UUID(hex=contact_id),
                              **titled("Follow up with {name}", {"name": name})))
    return markers
