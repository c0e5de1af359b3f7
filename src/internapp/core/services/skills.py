"""Skills: the built-in O*NET catalogue plus the user's own, and what each engagement practised."""

import uuid
from dataclasses import dataclass

from sqlmodel import Session, func, select

from internapp.core.changes import Kind
from internapp.core.models import (
    Application,
    ApplicationSkill,
    Engagement,
    EngagementSkill,
    Skill,
    TimeEntry,
)
from internapp.core.services.errors import NotFoundError, ValidationError
from internapp.core.services.fields import name_key, number, text
from internapp.core.store import Store

skill_name = text(required=True, max_length=80)


def list_skills(store: Store) -> list[Skill]:
    with store.read() as session:
        return list(session.exec(select(Skill).order_by(Skill.category, Skill.name)))


def find(session: Session, name: str, field: str = "skill") -> Skill:
    key = name_key(skill_name(field, name))
    found = session.exec(select(Skill).where(Skill.name_key == key)).first()
    if found is None:
        raise NotFoundError("skill", name, field)
    return found


def create(store: Store, name: str, *, category: str = "Custom") -> Skill:
    name = skill_name("name", name)
    category = text(required=True, max_length=80)("category", category)
    with store.write([Kind.SKILLS]) as session:
        if session.exec(select(Skill.id).where(Skill.name_key == name_key(name))).first():
            raise ValidationError("name", f"a skill called {name!r} exists")
        skill = Skill(name=name, name_key=name_key(name), category=category)
        session.add(skill)
    return skill


def set_engagement_skill(store: Store, engagement_id: uuid.UUID, skill: str,
                         weight: float = 1.0) -> EngagementSkill:
    """Records that an engagement practised ``skill`` with ``weight`` (0–1] of its hours."""
    weight = number(minimum=0.01, maximum=1)("weight", weight)
    with store.write([Kind.SKILLS, Kind.ENGAGEMENTS]) as session:
        if session.get(Engagement, engagement_id) is None:
            raise NotFoundError("engagement", engagement_id)
        found = find(session, skill)
        link = session.exec(select(EngagementSkill).where(
            EngagementSkill.engagement_id == engagement_id,
            EngagementSkill.skill_id == found.id)).first()
        link = link or EngagementSkill(engagement_id=engagement_id, skill_id=found.id)
        link.weight = weight
        session.add(link)
    return link


@dataclass(frozen=True)
class SkillHours:
    name: str
    category: str
    builtin: bool
    hours: float  # hours logged on engagements that practised it, times the weight
    engagements: int


def hours_by_skill(store: Store) -> list[SkillHours]:
    """Every skill with the weighted hours practised, aggregated in SQL; most practised first."""
    logged = (
        select(TimeEntry.engagement_id, func.sum(TimeEntry.seconds).label("seconds"))
        .group_by(TimeEntry.engagement_id)
        .subquery()
    )
    weighted = func.coalesce(func.sum(EngagementSkill.weight * logged.c.seconds), 0)
    with store.read() as session:
        rows = session.exec(
            select(Skill.name, Skill.category, Skill.builtin, weighted,
                   func.count(EngagementSkill.engagement_id))
            .outerjoin(EngagementSkill, EngagementSkill.skill_id == Skill.id)
            .outerjoin(logged, logged.c.engagement_id == EngagementSkill.engagement_id)
            .group_by(Skill.id)
            .order_by(weighted.desc(), Skill.name)
        )
        return [SkillHours(name, category, builtin, float(seconds) / 3600, count)
                for name, category, builtin, seconds, count in rows]


def engagement_skills(store: Store, engagement_id: uuid.UUID) -> list[tuple[str, float]]:
    """The skills an engagement practised, with their weights, heaviest first."""
    with store.read() as session:
        return list(session.exec(
            select(Skill.name, EngagementSkill.weight)
            .join(EngagementSkill, EngagementSkill.skill_id == Skill.id)
            .where(EngagementSkill.engagement_id == engagement_id)
            .order_by(EngagementSkill.weight.desc(), Skill.name)).all())


def application_skills(store: Store, application_id: uuid.UUID) -> list[str]:
    """The skills an opportunity asks for."""
    with store.read() as session:
        return list(session.exec(
            select(Skill.name)
            .join(ApplicationSkill, ApplicationSkill.skill_id == Skill.id)
            .where(ApplicationSkill.application_id == application_id)
            .order_by(Skill.name)).all())


def set_application_skills(store: Store, application_id: uuid.UUID, names: list[str]) -> None:
    """Replaces the skills an opportunity asks for; every name must be a known skill."""
    with store.write([Kind.SKILLS, Kind.APPLICATIONS]) as session:
        if session.get(Application, application_id) is None:
            raise NotFoundError("application", application_id)
        wanted = {find(session, name, "skills").id for name in names}
        current = {link.skill_id: link for link in session.exec(select(ApplicationSkill).where(
            ApplicationSkill.application_id == application_id))}
        for skill_id, link in current.items():
            if skill_id not in wanted:
                session.delete(link)
        for skill_id in wanted - set(current):
            session.add(ApplicationSkill(application_id=application_id, skill_id=skill_id))
