"""Interviews on an application: when (an instant, shown in the zone it was arranged in), how long,
what kind, where or which link, with whom (contacts), preparation notes and the outcome.

Rescheduling is an update of ``at`` (and ``tz``); cancelling keeps the interview in the
application's record, marked, and takes it off Today, the timeline, reminders and calendars.
A wall-clock time the clocks skipped (a spring-forward night) is refused, not guessed.
"""

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlmodel import Session, col, select

from internapp.core.changes import Kind
from internapp.core.clock import utcnow
from internapp.core.enums import INTERVIEW_KIND_LABELS, interview_title
from internapp.core.models import (
    Application,
    Contact,
    Interview,
    InterviewContact,
    InterviewKind,
    Organization,
)
from internapp.core.services.errors import NotFoundError, ValidationError
from internapp.core.services.fields import choice, id_by_prefix, number, text
from internapp.core.services.time_entries import zone_for
from internapp.core.services.time_input import local_to_utc
from internapp.core.store import Store

KINDS = tuple(InterviewKind)
DEFAULT_MINUTES = 60
KIND_LABELS = INTERVIEW_KIND_LABELS

SCHEMA = {
    "duration_minutes": number(minimum=5, maximum=24 * 60, integer=True),
    "kind": choice(KINDS),
    "location": text(max_length=2000),
    "notes": text(multiline=True, max_length=20_000, default=""),
    "outcome": text(multiline=True, max_length=2000, default=""),
}
EDITABLE = frozenset({"at", "tz", "people", *SCHEMA})
KINDS_CHANGED = (Kind.APPLICATIONS, Kind.CONTACTS)


@dataclass(frozen=True)
class Person:
    contact_id: uuid.UUID
    name: str


@dataclass(frozen=True)
class InterviewRow:
    """One interview as lists, Today and the detail pane show it."""

    id: uuid.UUID
    application_id: uuid.UUID
    organization: str
    role: str
    at: datetime  # aware UTC
    tz: str
    duration_minutes: int | None
    kind: str | None
    location: str | None
    notes: str
    outcome: str
    cancelled_at: datetime | None
    external_uid: str | None = None
    people: list[Person] = field(default_factory=list)

    @property
    def local_at(self) -> datetime:
        """The start in the zone it was arranged in."""
        return self.at.astimezone(zone_for(self.tz))

    @property
    def ends_at(self) -> datetime:
        return self.at + timedelta(minutes=self.duration_minutes or DEFAULT_MINUTES)

    @property
    def cancelled(self) -> bool:
        return self.cancelled_at is not None

    @property
    def title(self) -> str:
        """"Video interview" — the kind, or just "Interview"."""
        return interview_title(self.kind)


# --- validation ----------------------------------------------------------------------------------


def resolve_start(at: Any, tz: str | None) -> tuple[datetime, str]:
    """The instant and zone name of a start given as text or a datetime, in ``tz`` (the system's
    zone when None). A time with its own offset keeps it; a time the clocks skipped is refused."""
    zone = zone_for(tz)
    if at is None or (isinstance(at, str) and not at.strip()):
        raise ValidationError("at", "is required")
    if isinstance(at, str):
        try:
            at = datetime.fromisoformat(at.strip())
        except ValueError:
            raise ValidationError("at", f"{at!r} is not a date and time (use ISO 8601, e.g. "
                                        "2026-03-09T10:00)") from None
    if not isinstance(at, datetime):
        raise ValidationError("at", "must be a date and time")
    if at.tzinfo is None or at.utcoffset() is None:
        return local_to_utc("at", at, zone), zone.key
    return at.astimezone(UTC), zone.key


def _clean(values: dict[str, Any]) -> dict[str, Any]:
    unknown = sorted(set(values) - EDITABLE)
    if unknown:
        raise ValidationError(unknown[0], "is not a field of an interview")
    cleaned = {name: SCHEMA[name](name, value) for name, value in values.items() if name in SCHEMA}
    if "at" in values or "tz" in values:
        if "at" not in values:
            raise ValidationError("at", "give the start again with its new time zone")
        cleaned["at"], cleaned["tz"] = resolve_start(values["at"], values.get("tz"))
    if "people" in values:
        cleaned["people"] = _people_ids(values["people"])
    return cleaned


def _people_ids(people: Iterable[Any] | None) -> list[uuid.UUID]:
    ids: list[uuid.UUID] = []
    for value in people or ():
        try:
            contact_id = value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))
        except ValueError:
            raise ValidationError("people", f"{value!r} is not a contact id") from None
        if contact_id not in ids:
            ids.append(contact_id)
    return ids


def _set_people(session: Session, interview_id: uuid.UUID, contact_ids: list[uuid.UUID]) -> None:
    for contact_id in contact_ids:
        if session.get(Contact, contact_id) is None:
            raise NotFoundError("contact", contact_id, "people")
    current = {p.contact_id: p for p in session.exec(
        select(InterviewContact).where(InterviewContact.interview_id == interview_id))}
    for contact_id, person in current.items():
        if contact_id not in contact_ids:
            session.delete(person)
    for contact_id in contact_ids:
        if contact_id not in current:
            session.add(InterviewContact(interview_id=interview_id, contact_id=contact_id))


# --- use cases -----------------------------------------------------------------------------------


def add(store: Store, application_id: uuid.UUID, *, at: Any, tz: str | None = None,
        people: Iterable[Any] = (), external_uid: str | None = None, **values) -> Interview:
    """Adds an interview to the application (one transaction with its people)."""
    cleaned = _clean({"at": at, "tz": tz, "people": list(people), **values})
    contact_ids = cleaned.pop("people")
    with store.write(KINDS_CHANGED) as session:
        if session.get(Application, application_id) is None:
            raise NotFoundError("application", application_id)
        interview = Interview(application_id=application_id, external_uid=external_uid,
                              **{k: v for k, v in cleaned.items() if v is not None})
        session.add(interview)
        session.flush()
        _set_people(session, interview.id, contact_ids)
    return interview


def update(store: Store, interview_id: uuid.UUID, **values) -> Interview:
    """Changes fields; ``at`` (with ``tz``) reschedules — a new time without a zone is in the
    zone the interview was arranged in —, ``people`` replaces the people."""
    if "at" in values and values.get("tz") is None:
        values["tz"] = get(store, interview_id).tz
    cleaned = _clean(values)
    contact_ids = cleaned.pop("people", None)
    with store.write(KINDS_CHANGED) as session:
        interview = _get(session, interview_id)
        for name, value in cleaned.items():
            setattr(interview, name, value)
        interview.updated_at = utcnow()
        session.add(interview)
        if contact_ids is not None:
            _set_people(session, interview.id, contact_ids)
    return interview


def reschedule(store: Store, interview_id: uuid.UUID, at: Any, tz: str | None = None) -> Interview:
    return update(store, interview_id, at=at, tz=tz)


def cancel(store: Store, interview_id: uuid.UUID, *, at: datetime | None = None) -> Interview:
    """Marks the interview cancelled (it stays in the application's record)."""
    with store.write(KINDS_CHANGED) as session:
        interview = _get(session, interview_id)
        if interview.cancelled_at is not None:
            raise ValidationError("interview", "is already cancelled")
        interview.cancelled_at = at or utcnow()
        interview.updated_at = utcnow()
        session.add(interview)
    return interview


def restore(store: Store, interview_id: uuid.UUID) -> Interview:
    """Takes back a cancellation."""
    with store.write(KINDS_CHANGED) as session:
        interview = _get(session, interview_id)
        if interview.cancelled_at is None:
            raise ValidationError("interview", "is not cancelled")
        interview.cancelled_at = None
        interview.updated_at = utcnow()
        session.add(interview)
    return interview


def delete(store: Store, interview_id: uuid.UUID) -> None:
    with store.write(KINDS_CHANGED) as session:
        session.delete(_get(session, interview_id))


# --- queries -------------------------------------------------------------------------------------


def rows(store: Store, *, application_id: uuid.UUID | None = None,
         include_cancelled: bool = True) -> list[InterviewRow]:
    """Interviews (of one application, or all), soonest first."""
    with store.read() as session:
        return query_rows(session, application_id=application_id,
                          include_cancelled=include_cancelled)


def query_rows(session: Session, *, application_id: uuid.UUID | None = None,
               include_cancelled: bool = True) -> list[InterviewRow]:
    """``rows`` inside a caller's session (Today, the timeline, the calendar)."""
    query = (select(Interview, Application.role, Organization.name)
             .join(Application, col(Application.id) == col(Interview.application_id))
             .join(Organization, col(Organization.id) == col(Application.organization_id))
             .order_by(col(Interview.at)))
    if application_id is not None:
        query = query.where(Interview.application_id == application_id)
    if not include_cancelled:
        query = query.where(col(Interview.cancelled_at).is_(None))
    found = session.exec(query).all()
    people: dict[uuid.UUID, list[Person]] = {}
    ids = [interview.id for interview, _, _ in found]
    if ids:
        for interview_id, contact_id, name in session.exec(
                select(InterviewContact.interview_id, Contact.id, Contact.display_name)
                .join(Contact, col(Contact.id) == col(InterviewContact.contact_id))
                .where(col(InterviewContact.interview_id).in_(ids))
                .order_by(col(InterviewContact.created_at), col(Contact.display_name))):
            people.setdefault(interview_id, []).append(Person(contact_id, name))
    return [_row(interview, role, org, people.get(interview.id, []))
            for interview, role, org in found]


def get(store: Store, interview_id: uuid.UUID) -> InterviewRow:
    with store.read() as session:
        interview = _get(session, interview_id)
        for row in query_rows(session, application_id=interview.application_id):
            if row.id == interview_id:
                return row
    raise NotFoundError("interview", interview_id)  # pragma: no cover - read just above


def find_id(store: Store, reference: str) -> uuid.UUID:
    """The interview whose id is ``reference`` or starts with it (at least 4 characters)."""
    with store.read() as session:
        return id_by_prefix(session.exec(select(Interview.id)), reference, "interview")


def by_external_uid(session: Session, external_uid: str) -> Interview | None:
    return session.exec(select(Interview).where(Interview.external_uid == external_uid)).first()


def _row(interview: Interview, role: str, organization: str,
         people: list[Person]) -> InterviewRow:
    return InterviewRow(
        id=interview.id, application_id=interview.application_id, organization=organization,
        role=role, at=interview.at, tz=interview.tz, duration_minutes=interview.duration_minutes,
        kind=interview.kind, location=interview.location, notes=interview.notes,
        outcome=interview.outcome, cancelled_at=interview.cancelled_at,
        external_uid=interview.external_uid, people=people)


def _get(session: Session, interview_id: uuid.UUID) -> Interview:
    interview = session.get(Interview, interview_id)
    if interview is None:
        raise NotFoundError("interview", interview_id)
    return interview
