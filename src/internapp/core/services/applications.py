"""Applications: what the user applied for, where each stands, and its stage history."""

import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import String, type_coerce
from sqlalchemy import select as sql_select
from sqlmodel import Session, col, func, select

from internapp.core.changes import Kind
from internapp.core.clock import local_zone, today_local, utcnow
from internapp.core.collection import collection_paused
from internapp.core.models import (
    Application,
    ApplicationEvent,
    Engagement,
    Organization,
    Stage,
    StageRole,
)
from internapp.core.services import engagements, organizations, stages
from internapp.core.services.errors import NotFoundError, ValidationError
from internapp.core.services.fields import (
    UNSET,
    Unset,
    boolean,
    clean,
    given,
    id_by_prefix,
    name_key,
    parse_date,
    parse_instant,
    string_list,
    supplied,
    text,
    url,
)
from internapp.core.services.waiting import NoReply, no_reply  # noqa: F401  (re-exported)
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
    "tags": string_list(max_length=200),
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
    stage_id: uuid.UUID | None = None
    stage_position: int = 0
    engagement_id: uuid.UUID | None = None  # the engagement an accepted offer became
    stage_role: str | None = None  # what the stage means (a StageRole), whatever it is called

    def days_without_reply(self, today: date) -> int | None:
        """Days since it was sent, while it waits in a stage whose role is Applied."""
        return None if self.applied_on is None else (today - self.applied_on).days


@dataclass(frozen=True)
class HistoryItem:
    stage: str
    at: datetime
    note: str | None


def create(store: Store, *, organization: str, role: str, stage: str | None = None,
           source: str | None = None, url: str | None = None, location: str | None = None,
           remote: bool | None = None, applied_on: date | str | None = None,
           deadline: date | str | None = None, follow_up_on: date | str | None = None,
           pay: str | None = None, notes: str | None = None, close_reason: str | None = None,
           tags: Sequence[str] | None = None,
           at: datetime | None = None) -> Application:
    """Creates an application in ``stage`` (Saved by default) and records that first step."""
    values = supplied(organization=organization, role=role, stage=stage, source=source, url=url,
                      location=location, remote=remote, applied_on=applied_on, deadline=deadline,
                      follow_up_on=follow_up_on, pay=pay, notes=notes, close_reason=close_reason,
                      tags=tags)
    cleaned = clean(values, SCHEMA, required=["organization", "role"])
    with store.write([Kind.APPLICATIONS, Kind.ORGANIZATIONS]) as session:
        first = (stages.find(session, cleaned.pop("stage")) if cleaned.get("stage")
                 else stages.by_role(session, StageRole.SAVED))
        if first is None:  # pragma: no cover - the built-in stage cannot be deleted
            raise ValidationError("stage", "there is no Saved stage")
        cleaned.pop("stage", None)
        owner = organizations.find_or_create(session, cleaned.pop("organization"))
        _refuse_duplicate(session, owner.id, cleaned["role"], cleaned.get("url"))
        if first.role == StageRole.APPLIED and not cleaned.get("applied_on"):
            cleaned["applied_on"] = today_local()
        application = Application(organization_id=owner.id, stage_id=first.id,
                                  **{k: v for k, v in cleaned.items() if v is not None})
        session.add(application)
        session.flush()
        session.add(ApplicationEvent(application_id=application.id, stage_id=first.id,
                                     at=at or utcnow()))
    return application


def update(store: Store, application_id: uuid.UUID, *, organization: str | Unset = UNSET,
           role: str | Unset = UNSET, source: str | Unset | None = UNSET,
           url: str | Unset | None = UNSET, location: str | Unset | None = UNSET,
           remote: bool | Unset | None = UNSET, applied_on: date | str | Unset | None = UNSET,
           deadline: date | str | Unset | None = UNSET,
           follow_up_on: date | str | Unset | None = UNSET, pay: str | Unset | None = UNSET,
           notes: str | Unset | None = UNSET, close_reason: str | Unset | None = UNSET,
           tags: Sequence[str] | Unset | None = UNSET) -> Application:
    """Changes the fields given; a stage change goes through ``move`` so that history is
    kept."""
    values = given(organization=organization, role=role, source=source, url=url, location=location,
                   remote=remote, applied_on=applied_on, deadline=deadline,
                   follow_up_on=follow_up_on, pay=pay, notes=notes, close_reason=close_reason,
                   tags=tags)
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
    """Moves an application to another stage and records the step in its history.

    Moving to the stage whose role is Accepted also creates the engagement the offer became
    (pre-filled from the application and linked to it), in the same transaction.
    """
    reason = text(max_length=500)("reason", reason)
    when = parse_instant("at", at) or utcnow()
    with store.write(MOVE_KINDS) as session:
        application = _get(session, application_id)
        target = stages.find(session, stage)
        return _move(session, application, target, reason, when)


def accept_offer(store: Store, application_id: uuid.UUID, *,
                 at: datetime | None = None) -> Engagement:
    """Moves the application to Accepted (unless it is there) and returns its engagement, created
    from the application when it has none yet."""
    when = parse_instant("at", at) or utcnow()
    with store.write(MOVE_KINDS) as session:
        application = _get(session, application_id)
        accepted = stages.by_role(session, StageRole.ACCEPTED)
        if accepted is None:  # pragma: no cover - the built-in stage cannot be deleted
            raise ValidationError("stage", "there is no Accepted stage")
        if application.stage_id != accepted.id:
            _move(session, application, accepted, None, when)
        found = engagements.for_application(session, application.id)
        return found or engagements.create_for_application(
            session, application, when.astimezone(local_zone()).date())


MOVE_KINDS = (Kind.APPLICATIONS, Kind.ENGAGEMENTS, Kind.SKILLS)


def _move(session: Session, application: Application, target: Stage, reason: str | None,
          when: datetime) -> ApplicationEvent:
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
    application.close_reason = reason if target.is_closed else None
    if target.role == StageRole.APPLIED and application.applied_on is None:
        application.applied_on = when.astimezone(local_zone()).date()
    session.add(application)
    session.add(event)
    if target.role == StageRole.ACCEPTED and engagements.for_application(
            session, application.id) is None:
        session.flush()
        engagements.create_for_application(session, application,
                                           when.astimezone(local_zone()).date())
    return event


def history(store: Store, application_id: uuid.UUID) -> list[HistoryItem]:
    with store.read() as session:
        _get(session, application_id)
        rows = session.exec(
            select(Stage.name, ApplicationEvent.at, ApplicationEvent.note)
            .join(Stage, col(Stage.id) == col(ApplicationEvent.stage_id))
            .where(ApplicationEvent.application_id == application_id)
            .order_by(col(ApplicationEvent.at), col(ApplicationEvent.created_at))
        )
        return [HistoryItem(name, at, note) for name, at, note in rows]


def histories(store: Store) -> dict[uuid.UUID, list[HistoryItem]]:
    """Every application's history at once (one query), by application id."""
    with store.read() as session:
        result: dict[uuid.UUID, list[HistoryItem]] = {}
        for application_id, name, at, note in session.exec(
            select(ApplicationEvent.application_id, Stage.name, ApplicationEvent.at,
                   ApplicationEvent.note)
            .join(Stage, col(Stage.id) == col(ApplicationEvent.stage_id))
            .order_by(col(ApplicationEvent.application_id), col(ApplicationEvent.at),
                      col(ApplicationEvent.created_at))
        ):
            result.setdefault(application_id, []).append(HistoryItem(name, at, note))
        return result


def find_id(store: Store, reference: str) -> uuid.UUID:
    """The application whose id is ``reference`` or starts with it (at least 4 characters)."""
    with store.read() as session:
        return id_by_prefix(session.exec(select(Application.id)), reference, "application")


def get(store: Store, application_id: uuid.UUID) -> Application:
    with store.read() as session:
        return _get(session, application_id)


def list_rows(store: Store) -> list[ApplicationRow]:
    """Every application, by stage then most recently changed first.

    This feeds the board and the table at 10,000 rows, so it reads plain column values without
    the ORM's per-value processing (regular expressions for dates, a UUID object for every id),
    converts them with the C-level ``fromisoformat`` parsers, sorts in Python (cheaper than
    SQLite's temporary B-tree over wide rows) and fills each row's ``__dict__`` directly (a
    frozen dataclass's ``__init__`` sets fields one by one through ``object.__setattr__``).
    """
    # tens of thousands of objects and no cycle among them: no collector passes (+70 ms on
    # every other load of 10,000 rows)
    with store.read() as session, collection_paused():
        stage_by_id = {_raw_uuid(s.id): (s.id, s.name, s.is_closed, s.position, s.role)
                       for s in session.exec(select(Stage))}
        found = list(session.connection().execute(
            sql_select(  # type: ignore[call-overload]  # typed for ten columns at most
                _text(col(Application.id)), col(Organization.name), col(Application.role),
                _text(Application.stage_id), Application.source, Application.url,
                Application.location, _text(Application.applied_on),
                _text(Application.deadline), _text(Application.follow_up_on),
                Application.pay, _text(Application.tags), _text(Application.updated_at),
                _text(Engagement.id))
            .join(Organization, Organization.id == Application.organization_id)
            .outerjoin(Engagement, Engagement.application_id == Application.id)
        ).fetchall())
        found.sort(key=lambda r: str(r[12]), reverse=True)  # newest change first...
        stages = [stage_by_id[_raw_uuid(r[3])] for r in found]
        order = sorted(range(len(found)), key=lambda i: stages[i][3])  # ...within each stage
        return [_row(found[i], stages[i]) for i in order]


def _row(values: tuple, stage: tuple) -> ApplicationRow:
    (id_, org, role, _, source, link, location, applied_on, deadline, follow_up_on, pay, tags,
     updated_at, engagement_id) = values
    stage_uuid, stage_name, closed, position, stage_role = stage
    row = object.__new__(ApplicationRow)
    row.__dict__.update(
        id=_uuid(id_), organization=org, role=role, stage=stage_name, stage_closed=closed,
        source=source, url=link, location=location, applied_on=_day(applied_on),
        deadline=_day(deadline), follow_up_on=_day(follow_up_on), pay=pay, tags=_tags(tags),
        updated_at=_instant(updated_at), stage_id=stage_uuid, stage_position=position,
        engagement_id=_uuid(engagement_id) if engagement_id else None, stage_role=stage_role)
    return row


def _text(column):
    """The column's stored value, without the ORM's conversion (see the helpers below)."""
    return type_coerce(column, String)


def _raw_uuid(value) -> str:
    if isinstance(value, str) and len(value) == 32:
        return value
    return value.hex if isinstance(value, uuid.UUID) else str(value).replace("-", "")


def _uuid(value) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(value)


def _day(value) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) else value


def _instant(value) -> datetime:
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value


def _tags(value) -> list[str]:
    if not isinstance(value, str):
        return list(value or ())
    if value == "[]":
        return []
    if "\\" not in value and value.startswith('["') and value.endswith('"]'):
        return value[2:-2].split('", "')  # json.dumps of plain strings, no escapes to undo
    return json.loads(value)


@dataclass(frozen=True)
class ApplicationDetail:
    """Everything the detail pane shows besides skills, contacts and documents."""

    application: Application
    organization: str
    stage: Stage
    engagement_id: uuid.UUID | None
    history: list[HistoryItem]


def detail(store: Store, application_id: uuid.UUID) -> ApplicationDetail:
    with store.read() as session:
        application = _get(session, application_id)
        organization = session.get(Organization, application.organization_id)
        engagement = engagements.for_application(session, application_id)
        steps = [HistoryItem(name, at, note) for name, at, note in session.exec(
            select(Stage.name, ApplicationEvent.at, ApplicationEvent.note)
            .join(Stage, col(Stage.id) == col(ApplicationEvent.stage_id))
            .where(ApplicationEvent.application_id == application_id)
            .order_by(col(ApplicationEvent.at), col(ApplicationEvent.created_at)))]
        stage = session.get(Stage, application.stage_id)
        if organization is None or stage is None:  # pragma: no cover - foreign keys forbid it
            raise NotFoundError("application", application_id)
        return ApplicationDetail(application, organization.name, stage,
                                 engagement.id if engagement else None, steps)


def sources(store: Store) -> list[str]:
    """Every source or platform used so far, most used first (for pickers)."""
    with store.read() as session:
        return [source for source in session.exec(
            select(col(Application.source)).where(col(Application.source).is_not(None))
            .group_by(col(Application.source)).order_by(func.count().desc(), col(Application.source))
        ).all() if source is not None]


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


