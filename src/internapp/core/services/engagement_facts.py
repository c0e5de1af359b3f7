"""Everything recorded about a set of engagements, read in a few queries: what résumé lines,
the portfolio and the JSON Resume are built from. Nothing here is guessed: a missing value stays
None (or empty) and the writers say it is missing."""

import uuid
from dataclasses import dataclass
from datetime import date

from sqlmodel import col, func, select

from internapp.core.clock import local_zone
from internapp.core.models import (
    Contact,
    ContactLink,
    ContactRole,
    Engagement,
    EngagementSkill,
    EngagementStatus,
    Milestone,
    Organization,
    Skill,
    TimeEntry,
)
from internapp.core.services.errors import NotFoundError
from internapp.core.services.outcomes import Outcomes, outcomes_of

FINISHED = (EngagementStatus.DELIVERED, EngagementStatus.PAID)


@dataclass(frozen=True)
class Supervisor:
    contact_id: uuid.UUID
    name: str
    title: str | None
    emails: list[str]


@dataclass(frozen=True)
class EngagementFacts:
    id: uuid.UUID
    title: str
    organization: str | None
    platform: str | None
    status: str
    start_on: date | None
    ended_on: date | None  # the end date, else the due date once finished
    seconds: int  # finished time entries
    first_day: date | None  # of the time logged (local day of the first and last entry)
    last_day: date | None
    skills: list[tuple[str, float]]  # (name, weight 0–1), heaviest first
    milestones_total: int
    milestones_done: int
    milestones_on_time: int  # done on or before their due date
    outcomes: Outcomes
    supervisor: Supervisor | None

    @property
    def finished(self) -> bool:
        return self.status in FINISHED

    @property
    def hours(self) -> float:
        return self.seconds / 3600

    def skill_hours(self) -> list[tuple[str, float]]:
        """(skill, weight × hours logged), the most practised first."""
        return sorted(((name, weight * self.hours) for name, weight in self.skills),
                      key=lambda p: (-p[1], p[0].casefold()))

    @property
    def first(self) -> date | None:
        return self.start_on or self.first_day

    @property
    def last(self) -> date | None:
        return self.ended_on or self.last_day


def finished_ids(store) -> list[uuid.UUID]:
    """Every delivered or paid engagement, the most recently ended first."""
    with store.read() as session:
        rows = session.exec(select(Engagement.id, col(Engagement.ended_on), col(Engagement.due_on),
                                   Engagement.title)
                            .where(col(Engagement.status).in_(FINISHED))).all()
    return [r[0] for r in sorted(rows, key=lambda r: (-(r[1] or r[2] or date.min).toordinal(),
                                                      r[3].casefold()))]


def facts_of(store, engagement_ids: list[uuid.UUID]) -> list[EngagementFacts]:
    """The facts of each engagement, in the order given."""
    if not engagement_ids:
        return []
    ids = list(dict.fromkeys(engagement_ids))
    with store.read() as session:
        engagements = {e.id: (e, org) for e, org in session.exec(
            select(Engagement, Organization.name)
            .outerjoin(Organization, col(Organization.id) == col(Engagement.organization_id))
            .where(col(Engagement.id).in_(ids)))}
        missing = [i for i in ids if i not in engagements]
        if missing:
            raise NotFoundError("engagement", missing[0])
        logged = {i: (seconds, first, last) for i, seconds, first, last in session.exec(
            select(TimeEntry.engagement_id, func.sum(TimeEntry.seconds),
                   func.min(TimeEntry.started_at), func.max(TimeEntry.started_at))
            .where(col(TimeEntry.engagement_id).in_(ids), col(TimeEntry.seconds).is_not(None))
            .group_by(col(TimeEntry.engagement_id)))}
        practised = session.exec(
            select(EngagementSkill.engagement_id, Skill.name, EngagementSkill.weight)
            .join(Skill, col(Skill.id) == col(EngagementSkill.skill_id))
            .where(col(EngagementSkill.engagement_id).in_(ids))
            .order_by(col(EngagementSkill.weight).desc(), col(Skill.name))).all()
        milestones = session.exec(
            select(Milestone.engagement_id, col(Milestone.due_on), col(Milestone.done_on))
            .where(col(Milestone.engagement_id).in_(ids))).all()
        supervisors = session.exec(
            select(ContactLink.engagement_id, Contact)
            .join(Contact, col(Contact.id) == col(ContactLink.contact_id))
            .where(col(ContactLink.engagement_id).in_(ids),
                   ContactLink.role == ContactRole.SUPERVISOR)
            .order_by(col(ContactLink.created_at))).all()
    outcomes = outcomes_of(store, ids)
    skills: dict[uuid.UUID, list[tuple[str, float]]] = {}
    for engagement_id, name, weight in practised:
        skills.setdefault(engagement_id, []).append((name, weight))
    counts: dict[uuid.UUID, list[int]] = {}
    for engagement_id, due_on, done_on in milestones:
        count = counts.setdefault(engagement_id, [0, 0, 0])
        count[0] += 1
        count[1] += done_on is not None
        count[2] += done_on is not None and due_on is not None and done_on <= due_on
    supervisor_of: dict[uuid.UUID, Supervisor] = {}
    for engagement_id, contact in supervisors:
        supervisor_of.setdefault(engagement_id, Supervisor(
            contact.id, contact.display_name, contact.title, list(contact.emails)))
    zone = local_zone()
    result = []
    for i in ids:
        engagement, organization = engagements[i]
        seconds, first, last = logged.get(i, (0, None, None))
        total, done, on_time = counts.get(i, [0, 0, 0])
        ended = engagement.ended_on or (engagement.due_on if engagement.status in FINISHED
                                        else None)
        result.append(EngagementFacts(
            id=i, title=engagement.title, organization=organization,
            platform=engagement.platform, status=engagement.status,
            start_on=engagement.start_on, ended_on=ended, seconds=int(seconds or 0),
            first_day=first.astimezone(zone).date() if first else None,
            last_day=last.astimezone(zone).date() if last else None,
            skills=skills.get(i, []), milestones_total=total, milestones_done=done,
            milestones_on_time=on_time, outcomes=outcomes[i], supervisor=supervisor_of.get(i)))
    return result


def supervised_by(store, contact_id: uuid.UUID) -> list[EngagementFacts]:
    """The engagements ``contact_id`` supervised, the latest first (for their contact page)."""
    with store.read() as session:
        rows = session.exec(
            select(Engagement.id, col(Engagement.start_on), Engagement.title)
            .join(ContactLink, col(ContactLink.engagement_id) == col(Engagement.id))
            .where(ContactLink.contact_id == contact_id,
                   ContactLink.role == ContactRole.SUPERVISOR)).all()
    ordered = sorted(rows, key=lambda r: (-(r[1] or date.min).toordinal(), r[2].casefold()))
    return facts_of(store, [r[0] for r in ordered])
