"""Applications: what the user applied for, where each stands, and its stage history."""

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlmodel import Session, func, select

from internapp.core.changes import Kind
from internapp.core.clock import local_zone, today_local, utcnow
from internapp.core.models import Application, ApplicationEvent, Organization, Stage, StageRole
from internapp.core.services import organizations, stages
from internapp.core.services.errors import NotFoundError, ValidationError
from internapp.core.services.fields import (
    boolean,
    clean,
    name_key,
    parse_date,
    parse_instant,
    string_list,
    text,
    url,
)
from internapp.core.store import Store

SCHEMA = {
    "organization": text(required=True),
    "role": text(required=True),
    "stage": text(),
    "source": text(max_length=80),
    "url": url,
    "location": text(),
    "remote": boolean,
    "applied_on": parse_date,
    "deadline": parse_date,
    "follow_up_on": parse_date,
    "pay": text(max_length=80),
    "notes": text(multiline=True, max_length=20_000, default=""),
    "close_reason": text(max_length=500),
    "tags": string_list(max_length=40),
}


@dataclass(frozen=True)
class ApplicationRow:
    """One application as lists and tables show it."""

    id: uuid.UUID
    organization: str
    role: str
    stage: str
    stage_closed: bool
    source: str | None
    url: str | None
    location: str | None
    applied_on: date | None
    deadline: date | None
    follow_up_on: date | None
    pay: str | None
    tags: list[str]
    updated_at: datetime


@dataclass(frozen=True)
class HistoryItem:
    stage: str
    at: datetime
    note: str | None


def create(store: Store, *, at: datetime | None = None, **values) -> Application:
    """Creates an application in ``stage`` (Saved by default) and records that first step."""
    cleaned = clean(values, SCHEMA, required=["organization", "role"])
    with store.write([Kind.APPLICATIONS, Kind.ORGANIZATIONS]) as session:
        stage = (stages.find(session, cleaned.pop("stage")) if cleaned.get("stage")
                 else stages.by_role(session, StageRole.SAVED))
        cleaned.pop("stage", None)
        organization = organizations.find_or_create(session, cleaned.pop("organization"))
        _refuse_duplicate(session, organization.id, cleaned["role"], cleaned.get("url"))
        if stage.role == StageRole.APPLIED and not cleaned.get("applied_on"):
            cleaned["applied_on"] = today_local()
        application = Application(organization_id=organization.id, stage_id=stage.id,
                                  **{k: v for k, v in cleaned.items() if v is not None})
        session.add(application)
        session.flush()
        session.add(ApplicationEvent(application_id=application.id, stage_id=stage.id,
                                     at=at or utcnow()))
    return application


def update(store: Store, application_id: uuid.UUID, **values) -> Application:
    """Changes fields; a stage change goes through ``move`` so that history is kept."""
    if "stage" in values:
        raise ValidationError("stage", "is changed by moving the application, not editing it")
    cleaned = clean(values, SCHEMA)
    with store.write([Kind.APPLICATIONS, Kind.ORGANIZATIONS]) as session:
        application = _get(session, application_id)
        for required in ("organization", "role"):
            if required in cleaned and not cleaned[required]:
                raise ValidationError(required, "must not be empty")
        if "organization" in cleaned:
            application.organization_id = organizations.find_or_create(
                session, cleaned.pop("organization")).id
        for name, value in cleaned.items():
            setattr(application, name, value)
        _refuse_duplicate(session, application.organization_id, application.role,
                          application.url, besides=application.id)
        session.add(application)
    return application


def move(store: Store, application_id: uuid.UUID, stage: str, *, reason: str | None = None,
         at: datetime | None = None) -> ApplicationEvent:
    """Moves an application to another stage and records the step in its history."""
    reason = text(max_length=500)("reason", reason)
    when = parse_instant("at", at) if at is not None else utcnow()
    with store.write([Kind.APPLICATIONS]) as session:
        application = _get(session, application_id)
        target = stages.find(session, stage)
        if target.id == application.stage_id:
            raise ValidationError("stage", f"the application is already in {target.name!r}")
        latest = session.exec(select(func.max(ApplicationEvent.at)).where(
            ApplicationEvent.application_id == application.id)).one()
        if latest is not None and when < latest:
            raise ValidationError("at", f"{when.isoformat()} is before the previous stage change "
                                        f"({latest.isoformat()})")
        event = ApplicationEvent(application_id=application.id, from_stage_id=application.stage_id,
                                 stage_id=target.id, at=when, note=reason)
        application.stage_id = target.id
        if target.is_closed:
            application.close_reason = reason
        if target.role == StageRole.APPLIED and application.applied_on is None:
            application.applied_on = when.astimezone(local_zone()).date()
        session.add(application)
        session.add(event)
    return event


def history(store: Store, application_id: uuid.UUID) -> list[HistoryItem]:
    with store.read() as session:
        _get(session, application_id)
        rows = session.exec(
            select(Stage.name, ApplicationEvent.at, ApplicationEvent.note)
            .join(Stage, Stage.id == ApplicationEvent.stage_id)
            .where(ApplicationEvent.application_id == application_id)
            .order_by(ApplicationEvent.at, ApplicationEvent.created_at)
        )
        return [HistoryItem(name, at, note) for name, at, note in rows]


def get(store: Store, application_id: uuid.UUID) -> Application:
    with store.read() as session:
        return _get(session, application_id)


def list_rows(store: Store) -> list[ApplicationRow]:
    with store.read() as session:
        rows = session.exec(
            select(Application, Organization.name, Stage.name, Stage.is_closed)
            .join(Organization, Organization.id == Application.organization_id)
            .join(Stage, Stage.id == Application.stage_id)
            .order_by(Stage.position, Application.updated_at.desc())
        )
        return [
            ApplicationRow(
                id=a.id, organization=org, role=a.role, stage=stage, stage_closed=closed,
                source=a.source, url=a.url, location=a.location, applied_on=a.applied_on,
                deadline=a.deadline, follow_up_on=a.follow_up_on, pay=a.pay, tags=list(a.tags),
                updated_at=a.updated_at,
            )
            for a, org, stage, closed in rows
        ]


def delete(store: Store, application_id: uuid.UUID) -> None:
    with store.write([Kind.APPLICATIONS, Kind.ENGAGEMENTS, Kind.CONTACTS]) as session:
        session.delete(_get(session, application_id))


def _get(session: Session, application_id: uuid.UUID) -> Application:
    application = session.get(Application, application_id)
    if application is None:
        raise NotFoundError("application", application_id)
    return application


def _refuse_duplicate(session: Session, organization_id: uuid.UUID, role: str, link: str | None,
                      besides: uuid.UUID | None = None) -> None:
    candidates = session.exec(
        select(Application).where(Application.organization_id == organization_id)
    )
    for other in candidates:
        if (other.id != besides and name_key(other.role) == name_key(role)
                and (other.url or "") == (link or "")):
            raise ValidationError(
                "role", f"an application for {role!r} at this organization"
                f"{' with this URL' if link else ''} already exists"
            )


@dataclass(frozen=True)
class NoReply:
    application_id: uuid.UUID
    organization: str
    role: str
    applied_on: date
    days_waiting: int


def no_reply(store: Store, days: int = 14, today: date | None = None) -> list[NoReply]:
    """Applications still waiting in the Applied stage ``days`` or more after they were sent,
    longest wait first."""
    today = today or today_local()
    with store.read() as session:
        rows = session.exec(
            select(Application, Organization.name)
            .join(Organization, Organization.id == Application.organization_id)
            .join(Stage, Stage.id == Application.stage_id)
            .where(Stage.role == StageRole.APPLIED, Application.applied_on.is_not(None),
                   Application.applied_on <= today - timedelta(days=days))
            .order_by(Application.applied_on)
        )
        return [NoReply(a.id, org, a.role, a.applied_on, (today - a.applied_on).days)
                for a, org in rows]
