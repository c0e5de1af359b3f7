"""Skills: the built-in O*NET catalogue plus the user's own, and what each engagement practised.

A new name close to an existing one ("python3" beside "Python", "Power-BI" beside "Power BI",
"Programing" beside "Programming") is found by ``near_duplicates`` so the user can merge them;
``merge`` moves every engagement, application and target-role link onto the skill kept.
"""

import re
import uuid
from dataclasses import dataclass
from difflib import SequenceMatcher

from sqlmodel import Session, col, func, select

from internapp.core.changes import Kind
from internapp.core.models import (
    Application,
    ApplicationSkill,
    Engagement,
    EngagementSkill,
    Skill,
    TargetRoleSkill,
    TimeEntry,
)
from internapp.core.services.errors import NotFoundError, ValidationError
from internapp.core.services.fields import name_key, number, text
from internapp.core.store import Store

skill_name = text(required=True, max_length=80)
rating = number(minimum=0, maximum=5)

# a version or number at the end of a name: "python3", "Excel 2016", "Angular v17", "Python 3.11"
_TRAILING_VERSION = re.compile(r"(?:[\s._-]+v)?[\s._-]*\d+(?:\.\d+)*$")
# what is kept of a name when comparing loosely: letters, digits, and the + and # of C++ / C#
_LOOSE_DROP = re.compile(r"[^\w+#]|_")
SIMILARITY = 0.9  # SequenceMatcher ratio of two loose keys that counts as a likely typo


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
        .group_by(col(TimeEntry.engagement_id))
        .subquery()
    )
    weighted = func.coalesce(func.sum(EngagementSkill.weight * logged.c.seconds), 0)
    with store.read() as session:
        rows = session.exec(
            select(col(Skill.name), col(Skill.category), col(Skill.builtin), weighted,  # type: ignore[call-overload]  # select() is typed for four columns at most
                   func.count(col(EngagementSkill.engagement_id)))
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
            .join(EngagementSkill, col(EngagementSkill.skill_id) == col(Skill.id))
            .where(EngagementSkill.engagement_id == engagement_id)
            .order_by(col(EngagementSkill.weight).desc(), col(Skill.name))).all())


def application_skills(store: Store, application_id: uuid.UUID) -> list[str]:
    """The skills an opportunity asks for."""
    with store.read() as session:
        return list(session.exec(
            select(Skill.name)
            .join(ApplicationSkill, col(ApplicationSkill.skill_id) == col(Skill.id))
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


def loose_key(name: str) -> str:
    """A name folded for near-duplicate detection: case, spacing, punctuation and a trailing
    version dropped ("Python 3.11", "python3" and "PYTHON" all give "python")."""
    folded = name.casefold().strip()
    stripped = _TRAILING_VERSION.sub("", folded)
    if sum(ch.isalpha() for ch in stripped) >= 2:  # "S3" and "R2" keep their digits
        folded = stripped
    return _LOOSE_DROP.sub("", folded)


def is_near(a: str, b: str) -> bool:
    """True when two names are probably the same skill written differently."""
    ka, kb = loose_key(a), loose_key(b)
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    return min(len(ka), len(kb)) >= 5 and SequenceMatcher(None, ka, kb).ratio() >= SIMILARITY


def near_duplicates(store: Store, name: str) -> list[Skill]:
    """Existing skills that ``name`` is close to (the skill of exactly that name included)."""
    name = skill_name("name", name)
    return [skill for skill in list_skills(store) if is_near(name, skill.name)]


@dataclass(frozen=True)
class DuplicatePair:
    keep: str  # the built-in one, else the one without a version number, else the one used most
    merge: str


def duplicate_pairs(store: Store) -> list[DuplicatePair]:
    """Pairs of existing skills that look like the same skill, the one to keep first."""
    usage = dict(_usage_counts(store))
    skills = list_skills(store)
    pairs = []
    for i, a in enumerate(skills):
        for b in skills[i + 1:]:
            if (a.builtin and b.builtin) or not is_near(a.name, b.name):
                continue
            keep, other = sorted((a, b), key=lambda s: (
                not s.builtin, bool(_TRAILING_VERSION.search(s.name.casefold())),
                -usage.get(s.id, 0), len(s.name)))
            pairs.append(DuplicatePair(keep.name, other.name))
    return sorted(pairs, key=lambda p: (p.keep.casefold(), p.merge.casefold()))


def _usage_counts(store: Store) -> list[tuple[uuid.UUID, int]]:
    with store.read() as session:
        return list(session.exec(
            select(col(EngagementSkill.skill_id), func.count()).group_by(col(EngagementSkill.skill_id))))


@dataclass(frozen=True)
class MergeResult:
    kept: str
    removed: str
    engagements: int  # links moved or folded into an existing one
    applications: int
    target_roles: int


def merge(store: Store, source: str, into: str) -> MergeResult:
    """Moves every link of ``source`` onto ``into`` and deletes ``source``. Where both were
    linked to the same record, the higher weight or level is kept. Built-in skills are never
    removed (merge a free-form skill into a built-in one, not the other way round)."""
    kinds = [Kind.SKILLS, Kind.ENGAGEMENTS, Kind.APPLICATIONS]
    with store.write(kinds) as session:
        gone, kept = find(session, source, "source"), find(session, into, "into")
        if gone.id == kept.id:
            raise ValidationError("into", "is the same skill as the one to merge")
        if gone.builtin:
            raise ValidationError("source", f"{gone.name!r} is in the built-in catalogue and is "
                                            "kept; merge the other skill into it instead")
        counts = [
            _move_links(session, EngagementSkill, "engagement_id", "weight", gone.id, kept.id),
            _move_links(session, ApplicationSkill, "application_id", "level", gone.id, kept.id),
            _move_links(session, TargetRoleSkill, "role_id", "level", gone.id, kept.id),
        ]
        if kept.self_rating is None and gone.self_rating is not None:
            kept.self_rating = gone.self_rating
            session.add(kept)
        session.flush()
        session.delete(gone)
    return MergeResult(kept.name, gone.name, *counts)


def _move_links(session: Session, model, owner: str, amount: str, source: uuid.UUID,
                target: uuid.UUID) -> int:
    existing = {getattr(link, owner): link for link in session.exec(
        select(model).where(model.skill_id == target))}
    moved = 0
    for link in session.exec(select(model).where(model.skill_id == source)).all():
        twin = existing.get(getattr(link, owner))
        if twin is None:
            link.skill_id = target
            session.add(link)
        else:
            values = [v for v in (getattr(twin, amount), getattr(link, amount)) if v is not None]
            setattr(twin, amount, max(values) if values else None)
            session.add(twin)
            session.delete(link)
        moved += 1
    session.flush()
    return moved


def set_self_rating(store: Store, name: str, value: float | None) -> Skill:
    """Sets (0–5) or clears (None) the self-rating that overrides a skill's computed level."""
    value = rating("self_rating", value)
    with store.write([Kind.SKILLS]) as session:
        skill = find(session, name)
        skill.self_rating = value
        session.add(skill)
    return skill


def remove_engagement_skill(store: Store, engagement_id: uuid.UUID, skill: str) -> None:
    with store.write([Kind.SKILLS, Kind.ENGAGEMENTS]) as session:
        found = find(session, skill)
        link = session.exec(select(EngagementSkill).where(
            EngagementSkill.engagement_id == engagement_id,
            EngagementSkill.skill_id == found.id)).first()
        if link is None:
            raise NotFoundError("engagement skill", skill, "skill")
        session.delete(link)


@dataclass(frozen=True)
class EngagementPractice:
    engagement_id: uuid.UUID
    title: str
    status: str
    hours: float  # logged on the engagement
    skills: list[tuple[str, float]]  # (skill, weight), heaviest first


def practice_by_engagement(store: Store) -> list[EngagementPractice]:
    """Every engagement with its logged hours and the skills it practised, newest first."""
    logged = (select(TimeEntry.engagement_id, func.sum(TimeEntry.seconds).label("seconds"))
              .group_by(col(TimeEntry.engagement_id)).subquery())
    with store.read() as session:
        engagements = session.exec(
            select(Engagement.id, Engagement.title, Engagement.status, logged.c.seconds)
            .outerjoin(logged, logged.c.engagement_id == Engagement.id)
            .order_by(col(Engagement.start_on).desc(), col(Engagement.title))).all()
        links = session.exec(
            select(EngagementSkill.engagement_id, Skill.name, EngagementSkill.weight)
            .join(Skill, col(Skill.id) == col(EngagementSkill.skill_id))
            .order_by(col(EngagementSkill.weight).desc(), col(Skill.name))).all()
    by_engagement: dict[uuid.UUID, list[tuple[str, float]]] = {}
    for engagement_id, name, weight in links:
        by_engagement.setdefault(engagement_id, []).append((name, weight))
    return [EngagementPractice(eid, title, status, (seconds or 0) / 3600,
                               by_engagement.get(eid, []))
            for eid, title, status, seconds in engagements]
