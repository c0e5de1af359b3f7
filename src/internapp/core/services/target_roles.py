"""Target roles (the roles the user wants next, each a set of skills with target levels) and the
gap between the current skill levels and one of them.

Five roles are built in (migration 0003) and cannot be changed or deleted; the user saves roles
of their own (a built-in one can be copied under another name and adjusted).
"""

import uuid
from dataclasses import dataclass, field
from datetime import date

from sqlmodel import Session, col, select

from internapp.core.changes import Kind
from internapp.core.models import (
    Application,
    ApplicationSkill,
    Organization,
    Skill,
    Stage,
    StageRole,
    TargetRole,
    TargetRoleSkill,
)
from internapp.core.services import skill_levels, skills
from internapp.core.services.errors import NotFoundError, ValidationError
from internapp.core.services.fields import name_key, text
from internapp.core.store import Store

role_name = text(required=True, max_length=80)
MIN_SKILLS = 3  # fewer axes do not make a radar
TOP_GAPS = 3  # the gaps for which matching applications are looked up


@dataclass(frozen=True)
class Role:
    id: uuid.UUID
    name: str
    builtin: bool
    description: str | None
    skills: dict[str, float]  # skill name -> target level 0–5, highest first


def list_roles(store: Store) -> list[Role]:
    """Every target role, built-in ones first, then by name."""
    with store.read() as session:
        roles = session.exec(select(TargetRole)).all()
        links = session.exec(
            select(TargetRoleSkill.role_id, Skill.name, TargetRoleSkill.level)
            .join(Skill, col(Skill.id) == col(TargetRoleSkill.skill_id))
            .order_by(col(TargetRoleSkill.level).desc(), col(Skill.name))).all()
    by_role: dict[uuid.UUID, dict[str, float]] = {}
    for role_id, name, level in links:
        by_role.setdefault(role_id, {})[name] = level
    result = [Role(r.id, r.name, r.builtin, r.description, by_role.get(r.id, {})) for r in roles]
    return sorted(result, key=lambda r: (not r.builtin, r.name.casefold()))


def get_role(store: Store, name: str, field_name: str = "target") -> Role:
    key = name_key(role_name(field_name, name))
    for role in list_roles(store):
        if name_key(role.name) == key:
            return role
    known = ", ".join(r.name for r in list_roles(store))
    raise ValidationError(field_name, f"no target role is called {name!r} (known: {known})")


def save_role(store: Store, name: str, levels: dict[str, float], *, description: str | None = None,
              replace: str | None = None) -> Role:
    """Creates a role of the user's, or replaces the one called ``replace``; every skill must
    exist and every level be 0–5."""
    name = role_name("name", name)
    description = text(max_length=500)("description", description)
    if len(levels) < MIN_SKILLS:
        raise ValidationError("skills", f"a role needs at least {MIN_SKILLS} skills to compare")
    cleaned = {skill: skills.rating(f"level of {skill}", level) for skill, level in levels.items()}
    if any(level is None for level in cleaned.values()):
        raise ValidationError("skills", "every skill needs a target level")
    with store.write([Kind.SKILLS]) as session:
        role = _replaced(session, replace) if replace else None
        clash = session.exec(select(TargetRole).where(TargetRole.name != (role.name if role else ""))
                             ).all()
        if any(name_key(other.name) == name_key(name) for other in clash):
            raise ValidationError("name", f"a target role called {name!r} exists")
        found = {skill: skills.find(session, skill, "skills") for skill in cleaned}
        if len({s.id for s in found.values()}) != len(found):
            raise ValidationError("skills", "a skill is listed twice")
        if role is None:
            role = TargetRole(name=name, description=description)
        else:
            role.name, role.description = name, description
            for link in session.exec(select(TargetRoleSkill).where(
                    TargetRoleSkill.role_id == role.id)):
                session.delete(link)
        session.add(role)
        session.flush()
        for skill, level in cleaned.items():
            session.add(TargetRoleSkill(role_id=role.id, skill_id=found[skill].id, level=level))
    return get_role(store, name)


def delete_role(store: Store, name: str) -> None:
    with store.write([Kind.SKILLS]) as session:
        session.delete(_replaced(session, name))


def _replaced(session: Session, name: str) -> TargetRole:
    for role in session.exec(select(TargetRole)):
        if name_key(role.name) == name_key(name):
            if role.builtin:
                raise ValidationError("target", f"{role.name!r} is built in and cannot be changed; "
                                                "save a copy under another name")
            return role
    raise NotFoundError("target role", name, "target")


def closest_role(store: Store, roles: list[Role] | None = None) -> str | None:
    """The role whose targets the current levels come nearest (the smallest mean gap)."""
    roles = roles if roles is not None else list_roles(store)
    levels = skill_levels.level_by_name(store)
    scored = [(sum(max(0.0, goal - levels.get(skill, 0.0)) for skill, goal in r.skills.items())
               / len(r.skills), r.name) for r in roles if r.skills]
    return min(scored)[1] if scored else None


@dataclass(frozen=True)
class Axis:
    skill: str
    current: float
    target: float
    gap: float  # how far the current level is below the target (0 when reached)


@dataclass(frozen=True)
class Opening:
    """An open application that lists skills of the top gaps: taking it would practise them."""

    application_id: uuid.UUID
    organization: str
    role: str
    stage: str
    deadline: date | None
    closes: list[str]  # the top-gap skills it lists


@dataclass(frozen=True)
class Radar:
    """Current levels against a target role: the plain data the radar figure is drawn from."""

    target: str
    description: str | None
    axes: list[Axis]  # in the role's order (highest target first)
    gaps: list[Axis]  # axes below their target, largest gap first
    openings: dict[str, list[Opening]] = field(default_factory=dict)  # top-gap skill -> openings

    @property
    def reached(self) -> int:
        return sum(1 for a in self.axes if a.gap == 0)


def rank_gaps(axes: list[Axis]) -> list[Axis]:
    """The axes still below target, the largest gap first (then the higher target, then name)."""
    return sorted((a for a in axes if a.gap > 0), key=lambda a: (-a.gap, -a.target, a.skill))


def radar(store: Store, target: str, top: int = TOP_GAPS) -> Radar:
    role = get_role(store, target)
    current = skill_levels.level_by_name(store)
    axes = [Axis(skill, round(current.get(skill, 0.0), 2), goal,
                 round(max(0.0, goal - current.get(skill, 0.0)), 2))
            for skill, goal in role.skills.items()]
    gaps = rank_gaps(axes)
    return Radar(role.name, role.description, axes, gaps,
                 openings_for(store, [g.skill for g in gaps[:top]]))


def openings_for(store: Store, skill_names: list[str]) -> dict[str, list[Opening]]:
    """For each skill, the open applications (saved, applied or further, not yet accepted or
    closed) that list it; the ones listing more of these skills first, then soonest deadline."""
    if not skill_names:
        return {}
    with store.read() as session:
        rows = session.exec(
            select(Application, Organization.name, Stage.name, Skill.name)
            .join(ApplicationSkill, col(ApplicationSkill.application_id) == col(Application.id))
            .join(Skill, col(Skill.id) == col(ApplicationSkill.skill_id))
            .join(Stage, col(Stage.id) == col(Application.stage_id))
            .join(Organization, col(Organization.id) == col(Application.organization_id))
            .where(col(Skill.name).in_(skill_names), col(Stage.is_closed) == False,  # noqa: E712
                   (col(Stage.role).is_(None)) | (col(Stage.role) != StageRole.ACCEPTED))).all()
    listed: dict[uuid.UUID, tuple[Application, str, str, list[str]]] = {}
    for app, organization, stage, skill in rows:
        listed.setdefault(app.id, (app, organization, stage, []))[3].append(skill)
    openings = [Opening(app.id, org, app.role, stage, app.deadline,
                        [s for s in skill_names if s in names])
                for app, org, stage, names in listed.values()]
    openings.sort(key=lambda o: (-len(o.closes), o.deadline or date.max, o.organization, o.role))
    return {skill: [o for o in openings if skill in o.closes] for skill in skill_names}
