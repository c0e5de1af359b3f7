"""A skill's level (0–5) from the hours logged on the engagements that practised it.

The formula, in two saturating steps:

1. Each engagement that practised the skill contributes its *practice*: the hours logged on it
   times the skill's weight there (``x = weight × hours``), with diminishing returns,

       practice(x) = S × (1 − e^(−x / S))          S = ENGAGEMENT_SATURATION_HOURS = 20 h

   so one engagement never counts for more than 20 hours, however long it ran: 5 h count ≈ 4.4,
   20 h ≈ 12.6, 100 h ≈ 19.9.
2. The practices add up (P = Σ practice) and the level saturates towards 5,

       level(P) = 5 × (1 − e^(−P / T))             T = LEVEL_SCALE_HOURS = 25 h

   so the first hours move the level most: one 20-hour engagement gives 5 × (1 − e^(−12.6/25))
   ≈ 1.98; three of them ≈ 3.89; a single 100-hour engagement only ≈ 2.76. Breadth of practice
   (several engagements) is what raises a skill towards 5, which matches how skills are judged.

A skill's ``self_rating`` (0–5), when set, replaces the computed level.
"""

import math
import uuid
from collections import defaultdict
from dataclasses import dataclass

from sqlmodel import col, func, select

from internapp.core.models import EngagementSkill, Skill, TimeEntry
from internapp.core.store import Store

MAX_LEVEL = 5.0
ENGAGEMENT_SATURATION_HOURS = 20.0
LEVEL_SCALE_HOURS = 25.0


def engagement_practice(weighted_hours: float) -> float:
    """The practice one engagement contributes: its weighted hours with diminishing returns."""
    if weighted_hours <= 0:
        return 0.0
    return ENGAGEMENT_SATURATION_HOURS * (1 - math.exp(-weighted_hours / ENGAGEMENT_SATURATION_HOURS))


def level_from_practice(practice: float) -> float:
    if practice <= 0:
        return 0.0
    return MAX_LEVEL * (1 - math.exp(-practice / LEVEL_SCALE_HOURS))


def computed_level(weighted_hours_per_engagement: list[float]) -> float:
    """The level from the weighted hours of each engagement that practised the skill."""
    return level_from_practice(sum(engagement_practice(h) for h in weighted_hours_per_engagement))


@dataclass(frozen=True)
class SkillLevel:
    skill_id: uuid.UUID
    name: str
    category: str
    builtin: bool
    hours: float  # weighted hours, all engagements together
    engagements: int  # engagements that practised it (with hours or not)
    computed: float  # from hours, 0–5
    self_rating: float | None
    level: float  # the self-rating when set, else the computed level

    @property
    def rated(self) -> bool:
        return self.self_rating is not None


def levels(store: Store) -> list[SkillLevel]:
    """Every skill with its level; aggregated in SQL per (skill, engagement), highest level first."""
    logged = (
        select(TimeEntry.engagement_id, func.sum(TimeEntry.seconds).label("seconds"))
        .group_by(col(TimeEntry.engagement_id))
        .subquery()
    )
    with store.read() as session:
        skills = session.exec(select(Skill)).all()
        practised = session.exec(
            select(EngagementSkill.skill_id,
                   EngagementSkill.weight * func.coalesce(logged.c.seconds, 0) / 3600.0)
            .outerjoin(logged, logged.c.engagement_id == EngagementSkill.engagement_id)
        ).all()
    per_skill: dict[uuid.UUID, list[float]] = defaultdict(list)
    for skill_id, hours in practised:
        per_skill[skill_id].append(float(hours or 0))
    result = []
    for skill in skills:
        spent = per_skill.get(skill.id, [])
        computed = computed_level(spent)
        rating = skill.self_rating
        result.append(SkillLevel(
            skill_id=skill.id, name=skill.name, category=skill.category, builtin=skill.builtin,
            hours=sum(spent), engagements=len(spent), computed=computed, self_rating=rating,
            level=rating if rating is not None else computed))
    result.sort(key=lambda s: (-s.level, -s.hours, s.name.casefold()))
    return result


def level_by_name(store: Store) -> dict[str, float]:
    return {s.name: s.level for s in levels(store)}
