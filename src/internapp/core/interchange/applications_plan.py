"""What the applications importers share: turning read records into a plan (the preview), and
writing exactly that plan in one transaction.

A record is a dict of canonical fields (organization, role, stage, source, url, location, remote,
applied_on, deadline, follow_up_on, pay, tags, notes, close_reason, history) with text values as
read from the file. ``preview`` validates every record with the applications service's schema,
resolves stages, recognises applications already in the store (same organization, role and URL)
and reports every record it cannot use; ``apply`` writes the planned rows with Core inserts and
checks nothing changed underneath (else it raises and writes nothing).
"""

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import insert
from sqlmodel import Session, col, func, select

from internapp.core.changes import Kind
from internapp.core.clock import local_zone, utcnow
from internapp.core.interchange.report import ImportReport
from internapp.core.models import Application, ApplicationEvent, Organization, Stage, StageRole
from internapp.core.services import applications
from internapp.core.services.errors import ValidationError
from internapp.core.services.fields import clean_leniently, name_key, parse_instant
from internapp.core.store import Store
from internapp.core.store.backup import backup_before_import

FIELDS = ("organization", "role", "stage", "source", "url", "location", "remote", "applied_on",
          "deadline", "follow_up_on", "pay", "tags", "notes", "close_reason")

# Stage names other trackers use (Huntr, Teal, spreadsheets), by the role of our stage.
STAGE_ALIASES = {
    StageRole.SAVED: ["wishlist", "bookmarked", "interested", "to apply", "applying", "saved"],
    StageRole.APPLIED: ["applied", "submitted", "application sent", "sent"],
    StageRole.INTERVIEWING: ["interview", "interviews", "interviewing", "screening",
                             "phone screen", "in progress"],
    StageRole.OFFER: ["offer", "offered", "offer received", "negotiating", "negotiation"],
    StageRole.ACCEPTED: ["accepted", "hired", "signed", "won"],
    StageRole.REJECTED: ["rejected", "not selected", "declined", "turned down", "lost"],
    StageRole.WITHDRAWN: ["withdrawn", "withdrew", "i withdrew", "archived", "cancelled"],
    StageRole.GHOSTED: ["ghosted", "no response", "no reply", "no answer"],
}


@dataclass(frozen=True)
class StageSpec:
    """A stage a JSON file declares. One with a role is the store's built-in stage of that role,
    whatever either side calls it; one without is created by ``apply`` when the store lacks it."""

    name: str
    closed: bool
    role: str | None = None


@dataclass
class PlannedApplication:
    row: int | str
    organization: str
    values: dict  # cleaned Application fields besides organization and stage
    stage: str  # the stage's name in the store (or a StageSpec's name)
    history: list[tuple[str, datetime, str | None]]  # (stage name, instant, note), in order


@dataclass
class ImportPlan:
    report: ImportReport
    applications: list[PlannedApplication] = field(default_factory=list)
    new_stages: list[StageSpec] = field(default_factory=list)

    @property
    def history_count(self) -> int:
        return sum(len(p.history) for p in self.applications)


class _Stages:
    """The store's stages by name, by role and by the aliases other tools use."""

    def __init__(self, stages: list[Stage], declared: Iterable[StageSpec] = ()) -> None:
        self.by_key = {name_key(s.name): s.name for s in stages}
        self.closed = {s.name: s.is_closed for s in stages}
        by_role = {s.role: s.name for s in stages if s.role}
        for spec in declared:
            same = by_role.get(spec.role) if spec.role else spec.name
            if same is not None:
                self.by_key.setdefault(name_key(spec.name), same)
            self.closed.setdefault(spec.name, spec.closed)
        for role, aliases in STAGE_ALIASES.items():
            for alias in aliases:
                if role in by_role:
                    self.by_key.setdefault(alias, by_role[role])
        self.names = ", ".join(s.name for s in stages)

    def resolve(self, value: str | None, field_name: str = "stage") -> str:
        found = self.by_key.get(name_key(value or ""))
        if not found:
            raise ValidationError(field_name, f"{value!r} is not a stage (stages: {self.names})")
        return found


def preview(store: Store, records: Iterable[tuple[int | str, dict]], report: ImportReport,
            declared_stages: Iterable[StageSpec] = ()) -> ImportPlan:
    """Validates ``records`` (row label, fields) into a plan; rejected rows go to the report."""
    with store.read() as session:
        stage_rows = list(session.exec(select(Stage).order_by(col(Stage.position))))
        known_stage_keys = {name_key(s.name) for s in stage_rows}
        declared_stages = list(declared_stages)
        new_stages = [s for s in declared_stages
                      if not s.role and name_key(s.name) not in known_stage_keys]
        stages = _Stages(stage_rows, declared_stages)
        organizations = {key: name for key, name in session.exec(
            select(Organization.name_key, Organization.name))}
        existing = _existing_keys(session)
    plan = ImportPlan(report, new_stages=new_stages)
    seen: dict[tuple, int | str] = {}
    new_organizations: set[str] = set()
    now = utcnow()
    for row, record in records:
        try:
            planned, left_out = _plan_one(row, record, stages, now)
        except ValidationError as error:
            report.reject(row, error.reason, error.field)
            continue
        for name, why in left_out:
            report.leave_out(row, name, why)
        key = _key(planned.organization, planned.values["role"], planned.values.get("url"))
        if key in existing:
            report.duplicates += 1
            continue
        if key in seen:
            report.reject(row, f"same organization, role and URL as row {seen[key]}", "role")
            continue
        seen[key] = row
        org_key = name_key(planned.organization)
        if org_key not in organizations and org_key not in new_organizations:
            new_organizations.add(org_key)
        plan.applications.append(planned)
    report.count("applications", len(plan.applications))
    report.count("stage changes", plan.history_count)
    report.count("organizations", len(new_organizations))
    report.count("stages", len(plan.new_stages))
    return plan


def apply(store: Store, plan: ImportPlan) -> ImportReport:
    """Writes exactly the planned rows in one transaction; if the store changed so that the plan
    no longer holds (a stage gone, a duplicate added meanwhile), raises and writes nothing."""
    report = plan.report
    report.dry_run = False
    if not plan.applications and not plan.new_stages:
        return report
    now = utcnow()
    backup_before_import(store)
    with store.write([Kind.APPLICATIONS, Kind.ORGANIZATIONS, Kind.STAGES]) as session:
        stage_ids = _create_stages(session, plan.new_stages, now)
        existing = _existing_keys(session)
        organizations = dict(session.exec(select(Organization.name_key, Organization.id)).all())
        new_organizations, rows, events = [], [], []
        for planned in plan.applications:
            values = planned.values
            if _key(planned.organization, values["role"], values.get("url")) in existing:
                raise ValidationError("role", f"row {planned.row}: {values['role']!r} at "
                                              f"{planned.organization} was added meanwhile")
            org_key = name_key(planned.organization)
            if org_key not in organizations:
                organizations[org_key] = uuid.uuid4()
                new_organizations.append({"id": organizations[org_key], "name":
                                          planned.organization, "name_key": org_key,
                                          "notes": "", "created_at": now, "updated_at": now})
            application_id = uuid.uuid4()
            first_at = planned.history[0][1]
            rows.append({**_defaults(), **values, "id": application_id,
                         "organization_id": organizations[org_key],
                         "stage_id": _stage_id(stage_ids, planned.stage, planned.row),
                         "created_at": first_at, "updated_at": now})
            previous = None
            for stage_name, at, note in planned.history:
                stage_id = _stage_id(stage_ids, stage_name, planned.row)
                events.append({"id": uuid.uuid4(), "application_id": application_id,
                               "from_stage_id": previous, "stage_id": stage_id, "at": at,
                               "note": note, "created_at": now, "updated_at": now})
                previous = stage_id
        if new_organizations:
            session.execute(insert(Organization), new_organizations)
        if rows:  # a file may declare only new stages
            session.execute(insert(Application), rows)
            session.execute(insert(ApplicationEvent), events)
    return report


def _plan_one(row: int | str, record: dict, stages: _Stages,
              now: datetime) -> tuple[PlannedApplication, list[tuple[str, str]]]:
    """The planned application and the optional fields left out (field, why): an application is
    never lost over a field it can do without."""
    values = {k: v for k, v in record.items() if k in FIELDS and v not in (None, "")}
    cleaned, left_out = clean_leniently(values, applications.SCHEMA,
                                        required=["organization", "role"])
    organization = cleaned.pop("organization")
    stage_value = cleaned.pop("stage", None)
    history = _history(record.get("history") or [], stages)
    if stage_value:
        stage = stages.resolve(stage_value)
    elif history:
        stage = history[-1][0]
    else:
        stage = stages.resolve("applied" if cleaned.get("applied_on") else "saved")
    if not history:
        history = [(stage, _start(cleaned.get("applied_on"), now), cleaned.get("close_reason"))]
    elif history[-1][0] != stage:  # the file's stage column was edited after its history
        history.append((stage, max(now, history[-1][1]), cleaned.get("close_reason")))
    if not stages.closed.get(stage):
        cleaned.pop("close_reason", None)
    cleaned = {k: v for k, v in cleaned.items() if v is not None}
    return PlannedApplication(row, organization, cleaned, stage, history), left_out


def _history(items: list, stages: _Stages) -> list[tuple[str, datetime, str | None]]:
    if not isinstance(items, list):
        raise ValidationError("history", "must be a list of {stage, at} steps")
    steps: list[tuple[str, datetime, str | None]] = []
    for item in items:
        if not isinstance(item, dict) or not item.get("stage") or not item.get("at"):
            raise ValidationError("history", "every step needs a stage and an at (date and time)")
        at = parse_instant("history", item["at"])
        if at is None:
            raise ValidationError("history", "every step needs an at (date and time)")
        note = item.get("note")
        if note is not None and not isinstance(note, str):
            raise ValidationError("history", "a step's note must be text")
        steps.append((stages.resolve(item["stage"], "history"), at, note or None))
    steps.sort(key=lambda step: step[1])
    return steps


def _start(applied_on: date | None, now: datetime) -> datetime:
    """When a record without history entered its stage: its applied day (noon local), or now."""
    if applied_on is None:
        return now
    return min(now, datetime.combine(applied_on, datetime.min.time().replace(hour=12),
                                     tzinfo=local_zone()))


def _key(organization: str, role: str, link: str | None) -> tuple[str, str, str]:
    return (name_key(organization), name_key(role), link or "")


def _existing_keys(session: Session) -> set[tuple[str, str, str]]:
    return {(org_key, name_key(role), link or "") for org_key, role, link in session.exec(
        select(Organization.name_key, Application.role, Application.url)
        .join(Organization, col(Organization.id) == col(Application.organization_id)))}


def _create_stages(session: Session, specs: list[StageSpec], now: datetime) -> dict[str, uuid.UUID]:
    ids = {s.name: s.id for s in session.exec(select(Stage))}
    taken = {name_key(name) for name in ids}
    position = session.exec(select(func.max(Stage.position))).one() or 0
    for spec in specs:
        if name_key(spec.name) in taken:
            continue
        position += 1
        taken.add(name_key(spec.name))
        stage = Stage(name=spec.name, position=position, is_closed=spec.closed,
                      created_at=now, updated_at=now)
        session.add(stage)
        ids[spec.name] = stage.id
    session.flush()
    return ids


def _stage_id(stage_ids: dict[str, uuid.UUID], name: str, row: int | str) -> uuid.UUID:
    if name not in stage_ids:
        raise ValidationError("stage", f"row {row}: the stage {name!r} no longer exists")
    return stage_ids[name]


def _defaults() -> dict:
    return {"source": None, "url": None, "location": None, "remote": None, "applied_on": None,
            "deadline": None, "follow_up_on": None, "pay": None, "notes": "",
            "close_reason": None, "tags": []}
