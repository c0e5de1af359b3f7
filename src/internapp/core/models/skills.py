"""Skills, what engagements practised and applications ask for, and target roles."""

import uuid

from sqlalchemy import Index, UniqueConstraint
from sqlmodel import Field

from internapp.core.models.base import Record


class Skill(Record, table=True):
    __tablename__ = "skill"

    name: str
    name_key: str = Field(unique=True)  # normalised for finding near-duplicates
    category: str = "Custom"
    builtin: bool = False
    self_rating: float | None = None  # 0–5; overrides the level computed from hours
    description: str | None = None


class EngagementSkill(Record, table=True):
    __tablename__ = "engagement_skill"
    __table_args__ = (UniqueConstraint("engagement_id", "skill_id"),
                      Index("ix_engagement_skill_skill", "skill_id"))

    engagement_id: uuid.UUID = Field(foreign_key="engagement.id", ondelete="CASCADE")
    skill_id: uuid.UUID = Field(foreign_key="skill.id", ondelete="CASCADE")
    weight: float = 1.0  # share of the engagement's hours that practised this skill (0–1]


class ApplicationSkill(Record, table=True):
    """A skill an opportunity asks for."""

    __tablename__ = "application_skill"
    __table_args__ = (UniqueConstraint("application_id", "skill_id"),
                      Index("ix_application_skill_skill", "skill_id"))

    application_id: uuid.UUID = Field(foreign_key="application.id", ondelete="CASCADE")
    skill_id: uuid.UUID = Field(foreign_key="skill.id", ondelete="CASCADE")
    level: float | None = None


class TargetRole(Record, table=True):
    __tablename__ = "target_role"

    name: str = Field(unique=True)
    builtin: bool = False
    description: str | None = None


class TargetRoleSkill(Record, table=True):
    __tablename__ = "target_role_skill"
    __table_args__ = (UniqueConstraint("role_id", "skill_id"),)

    role_id: uuid.UUID = Field(foreign_key="target_role.id", ondelete="CASCADE")
    skill_id: uuid.UUID = Field(foreign_key="skill.id", ondelete="CASCADE")
    level: float  # 0–5
