"""Enumerations and the columns every table shares."""

import uuid
from datetime import datetime
from enum import StrEnum

from sqlmodel import Field, SQLModel

from internapp.core.clock import utcnow
from internapp.core.store.types import UTCDateTime


class EngagementStatus(StrEnum):
    PLANNED = "planned"
    ACTIVE = "active"
    DELIVERED = "delivered"
    PAID = "paid"
    CANCELLED = "cancelled"


class StageRole(StrEnum):
    """What a pipeline stage means, whatever the user renames it to."""

    SAVED = "saved"
    APPLIED = "applied"
    INTERVIEWING = "interviewing"
    OFFER = "offer"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"
    GHOSTED = "ghosted"


class ContactRole(StrEnum):
    SUPERVISOR = "supervisor"
    MENTOR = "mentor"
    RECRUITER = "recruiter"
    INTERVIEWER = "interviewer"
    REFERRER = "referrer"


class Channel(StrEnum):
    EMAIL = "email"
    CALL = "call"
    VIDEO = "video"
    COFFEE = "coffee"
    LINKEDIN = "linkedin"
    EVENT = "event"
    OTHER = "other"


class InterviewKind(StrEnum):
    PHONE = "phone"
    VIDEO = "video"
    ON_SITE = "on-site"
    TAKE_HOME = "take-home"


class DocumentKind(StrEnum):
    RESUME = "resume"
    COVER_LETTER = "cover_letter"
    PORTFOLIO = "portfolio"
    OTHER = "other"


class Record(SQLModel):
    """Columns every table shares."""

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, nullable=False)
    updated_at: datetime = Field(
        default_factory=utcnow, sa_type=UTCDateTime, nullable=False,
        sa_column_kwargs={"onupdate": utcnow},
    )
