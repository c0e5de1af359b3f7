"""Engagements: the work an application turned into, with its budget, fee and milestones."""

import uuid
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, func, select

from internapp.core.changes import Kind
from internapp.core.models import Engagement, EngagementStatus, Milestone, Organization, TimeEntry
from internapp.core.services import organizations
from internapp.core.services.errors import NotFoundError, ValidationError
from internapp.core.services.fields import (
    boolean,
    choice,
    clean,
    currency,
    name_key,
    number,
    parse_date,
    reference,
    text,
)
from internapp.core.store import Store

SCHEMA = {
    "title": text(required=True),
    "organization": text(),
    "application_id": reference,
    "platform": text(max_length=80),
    "start_on": parse_date,
    "due_on": parse_date,
    "ended_on": parse_date,
    "hours_estimate": number(minimum=0, maximum=10_000),
    "weekly_cap_hours": number(minimum=0, maximum=168),
    "fee_cents": number(minimum=0, integer=True),
    "currency": currency,
    "paid_on": parse_date,
    "status": choice(EngagementStatus),
    "deliverables": text(multiline=True, max_length=20_000, default=""),
    "outcome": text(multiline=True, max_length=20_000, default=""),
    "feedback": text(multiline=True, max_length=20_000, default=""),
    "reference_ok": boolean,
    "notes": text(multiline=True, max_length=20_000, default=""),
}


@dataclass(frozen=True)
class EngagementRow:
    id: uuid.UUID
    title: str
    organization: str | None
    status: str
    start_on: date | None
    due_on: date | None
    hours_estimate: float | None
    weekly_cap_hours: float | None
    fee_cents: int | None
    currency: str
    logged_seconds: int


def create(store: Store, **values) -> Engagement:
    cleaned = clean(values, SCHEMA, required=["title"])
    with store.write([Kind.ENGAGEMENTS, Kind.ORGANIZATIONS]) as session:
        organization = cleaned.pop("organization", None)
        if organization:
            cleaned["organization_id"] = organizations.find_or_create(session, organization).id
        engagement = Engagement(**{k: v for k, v in cleaned.items() if v is not None})
        _check_dates(engagement)
        session.add(engagement)
    return engagement


def update(store: Store, engagement_id: uuid.UUID, **values) -> Engagement:
    cleaned = clean(values, SCHEMA)
    if "title" in cleaned and not cleaned["title"]:
        raise ValidationError("title", "must not be empty")
    with store.write([Kind.ENGAGEMENTS, Kind.ORGANIZATIONS]) as session:
        engagement = _get(session, engagement_id)
        if "organization" in cleaned:
            name = cleaned.pop("organization")
            engagement.organization_id = (
                organizations.find_or_create(session, name).id if name else None
            )
        for name, value in cleaned.items():
            setattr(engagement, name, value)
        _check_dates(engagement)
        session.add(engagement)
    return engagement


def get(store: Store, engagement_id: uuid.UUID) -> Engagement:
    with store.read() as session:
        return _get(session, engagement_id)


def find_by_title(session: Session, title: str) -> Engagement | None:
    """The engagement with this title (case and spacing ignored); the newest if several share it."""
    key = name_key(title)
    for engagement in session.exec(select(Engagement).order_by(Engagement.created_at.desc())):
        if name_key(engagement.title) == key:
            return engagement
    return None


def list_rows(store: Store) -> list[EngagementRow]:
    logged = (
        select(TimeEntry.engagement_id, func.sum(TimeEntry.seconds).label("seconds"))
        .group_by(TimeEntry.engagement_id)
        .subquery()
    )
    with store.read() as session:
        rows = session.exec(
            select(Engagement, Organization.name, logged.c.seconds)
            .outerjoin(Organization, Organization.id == Engagement.organization_id)
            .outerjoin(logged, logged.c.engagement_id == Engagement.id)
            .order_by(Engagement.start_on.desc(), Engagement.title)
        )
        return [
            EngagementRow(
                id=e.id, title=e.title, organization=org, status=e.status, start_on=e.start_on,
                due_on=e.due_on, hours_estimate=e.hours_estimate,
                weekly_cap_hours=e.weekly_cap_hours, fee_cents=e.fee_cents, currency=e.currency,
                logged_seconds=int(seconds or 0),
            )
            for e, org, seconds in rows
        ]


def delete(store: Store, engagement_id: uuid.UUID) -> None:
    """Deletes the engagement with its milestones, time entries and links."""
    with store.write([Kind.ENGAGEMENTS, Kind.TIME, Kind.CONTACTS, Kind.SKILLS]) as session:
        session.delete(_get(session, engagement_id))


def add_milestone(store: Store, engagement_id: uuid.UUID, title: str,
                  due_on: date | str | None = None) -> Milestone:
    title = text(required=True)("title", title)
    due = parse_date("due_on", due_on)
    with store.write([Kind.ENGAGEMENTS]) as session:
        _get(session, engagement_id)
        count = session.exec(
            select(func.count()).select_from(Milestone).where(
                Milestone.engagement_id == engagement_id)
        ).one()
        milestone = Milestone(engagement_id=engagement_id, title=title, due_on=due, position=count)
        session.add(milestone)
    return milestone


def milestones(store: Store, engagement_id: uuid.UUID) -> list[Milestone]:
    with store.read() as session:
        return list(session.exec(
            select(Milestone).where(Milestone.engagement_id == engagement_id)
            .order_by(Milestone.position)
        ))


def _get(session: Session, engagement_id: uuid.UUID) -> Engagement:
    engagement = session.get(Engagement, engagement_id)
    if engagement is None:
        raise NotFoundError("engagement", engagement_id)
    return engagement


def _check_dates(engagement: Engagement) -> None:
    start = engagement.start_on
    for field in ("due_on", "ended_on"):
        value = getattr(engagement, field)
        if start and value and value < start:
            raise ValidationError(field, f"{value.isoformat()} is before the start date "
                                         f"{start.isoformat()}")
