"""What a finished engagement leaves behind: deliverables, results, interview stories and the
résumé lines the student keeps.

The supervisor's feedback quote stays on ``Engagement.feedback`` and their agreement to be a
reference on ``Engagement.reference_ok``. Each list keeps the student's order in ``position``.
"""

import uuid

from sqlalchemy import Index, UniqueConstraint
from sqlmodel import Field

from internapp.core.models.base import Record


class Deliverable(Record, table=True):
    """Something handed over: a title with a link, or a document already attached to the
    engagement (or neither, when there is nothing to show)."""

    __tablename__ = "deliverable"
    __table_args__ = (Index("ix_deliverable_engagement", "engagement_id", "position"),)

    engagement_id: uuid.UUID = Field(foreign_key="engagement.id", ondelete="CASCADE")
    title: str
    url: str | None = None
    document_id: uuid.UUID | None = Field(default=None, foreign_key="document.id",
                                          ondelete="SET NULL")
    position: int = 0


class EngagementResult(Record, table=True):
    """A result in the student's own words, with an optional figure ("−89 %", "3 h → 20 min")."""

    __tablename__ = "engagement_result"
    __table_args__ = (Index("ix_engagement_result_engagement", "engagement_id", "position"),)

    engagement_id: uuid.UUID = Field(foreign_key="engagement.id", ondelete="CASCADE")
    text: str
    figure: str | None = None
    position: int = 0


class Story(Record, table=True):
    """An interview story: situation, task, action, result (STAR)."""

    __tablename__ = "story"
    __table_args__ = (Index("ix_story_engagement", "engagement_id", "position"),)

    engagement_id: uuid.UUID = Field(foreign_key="engagement.id", ondelete="CASCADE")
    title: str
    situation: str = ""
    task: str = ""
    action: str = ""
    result: str = ""
    position: int = 0


class StorySkill(Record, table=True):
    """A skill a story shows."""

    __tablename__ = "story_skill"
    __table_args__ = (UniqueConstraint("story_id", "skill_id"),
                      Index("ix_story_skill_skill", "skill_id"))

    story_id: uuid.UUID = Field(foreign_key="story.id", ondelete="CASCADE")
    skill_id: uuid.UUID = Field(foreign_key="skill.id", ondelete="CASCADE")


class ResumeLine(Record, table=True):
    """A résumé bullet the student kept (as suggested or edited). ``suggestion`` is the key of the
    suggestion it came from, so that one is not offered again; None for a line of their own."""

    __tablename__ = "resume_line"
    __table_args__ = (Index("ix_resume_line_engagement", "engagement_id", "position"),)

    engagement_id: uuid.UUID = Field(foreign_key="engagement.id", ondelete="CASCADE")
    text: str
    suggestion: str | None = None
    position: int = 0
