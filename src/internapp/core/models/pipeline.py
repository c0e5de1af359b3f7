"""Organizations and the application pipeline: stages, applications, their history, interviews, documents."""

import uuid
from datetime import date, datetime

from sqlalchemy import JSON, CheckConstraint, Index, UniqueConstraint, text
from sqlmodel import Field

from internapp.core.clock import utcnow
from internapp.core.models.base import DocumentKind, Record
from internapp.core.store.types import UTCDateTime


class Organization(Record, table=True):
    __tablename__ = "organization"

    name: str
    name_key: str = Field(unique=True)  # casefolded, spaces collapsed: one organization per name
    website: str | None = None
    notes: str = ""


class Stage(Record, table=True):
    """A column of the applications board. Users rename, reorder and add stages."""

    __tablename__ = "stage"

    name: str = Field(unique=True)
    position: int
    is_closed: bool = False
    role: str | None = Field(default=None, unique=True)  # a StageRole, or None for user stages


class Application(Record, table=True):
    __tablename__ = "application"
    __table_args__ = (
        Index("ix_application_stage", "stage_id"),
        Index("ix_application_organization", "organization_id"),
        Index("ix_application_deadline", "deadline"),
        Index("ix_application_follow_up", "follow_up_on"),
    )

    organization_id: uuid.UUID = Field(foreign_key="organization.id", ondelete="RESTRICT")
    role: str
    source: str | None = None  # platform or channel: Parker Dewey, Upwork, LinkedIn, referral...
    url: str | None = None
    location: str | None = None
    remote: bool | None = None
    stage_id: uuid.UUID = Field(foreign_key="stage.id", ondelete="RESTRICT")
    applied_on: date | None = None
    deadline: date | None = None
    follow_up_on: date | None = None
    pay: str | None = None  # as advertised: "$25/h", "$600 fixed"
    notes: str = ""
    close_reason: str | None = None
    tags: list[str] = Field(default_factory=list, sa_type=JSON)


class ApplicationEvent(Record, table=True):
    """One step of an application's stage history."""

    __tablename__ = "application_event"
    __table_args__ = (Index("ix_application_event_application_at", "application_id", "at"),)

    application_id: uuid.UUID = Field(foreign_key="application.id", ondelete="CASCADE")
    from_stage_id: uuid.UUID | None = Field(
        default=None, foreign_key="stage.id", ondelete="SET NULL"
    )
    stage_id: uuid.UUID = Field(foreign_key="stage.id", ondelete="RESTRICT")
    at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    note: str | None = None  # the close reason when moving to a closed stage


class Interview(Record, table=True):
    """An interview on an application. ``at`` is the instant (UTC); ``tz`` the IANA zone it was
    arranged in, so it is shown as agreed ("10:00 Pacific") wherever the user is. A cancelled
    interview stays in the application's record but leaves reminders and calendars."""

    __tablename__ = "interview"
    __table_args__ = (
        Index("ix_interview_at", "at"),
        # an imported invitation is recognised when it is imported again
        Index("ux_interview_external", "external_uid", unique=True,
              sqlite_where=text("external_uid IS NOT NULL")),
    )

    application_id: uuid.UUID = Field(foreign_key="application.id", ondelete="CASCADE",
                                      index=True)
    at: datetime = Field(sa_type=UTCDateTime)
    tz: str = "UTC"
    duration_minutes: int | None = None
    kind: str | None = None  # an InterviewKind
    location: str | None = None  # an address, a room or a video link
    notes: str = ""  # preparation notes
    outcome: str = ""  # how it went, what was said, the next step
    cancelled_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    external_uid: str | None = None  # the invitation's UID (or a stable key) when imported


class InterviewContact(Record, table=True):
    """One of the people an interview is with (contacts; several per interview)."""

    __tablename__ = "interview_contact"
    __table_args__ = (UniqueConstraint("interview_id", "contact_id",
                                       name="ux_interview_contact"),
                      Index("ix_interview_contact_contact", "contact_id"))

    interview_id: uuid.UUID = Field(foreign_key="interview.id", ondelete="CASCADE")
    contact_id: uuid.UUID = Field(foreign_key="contact.id", ondelete="CASCADE")


class Document(Record, table=True):
    """A file as it was sent (résumé, cover letter), copied into the data dir's documents folder."""

    __tablename__ = "document"
    __table_args__ = (
        CheckConstraint(
            "(application_id IS NOT NULL) + (engagement_id IS NOT NULL) = 1",
            name="ck_document_one_owner",
        ),
    )

    application_id: uuid.UUID | None = Field(default=None, foreign_key="application.id",
                                             ondelete="CASCADE", index=True)
    engagement_id: uuid.UUID | None = Field(default=None, foreign_key="engagement.id",
                                            ondelete="CASCADE", index=True)
    kind: str = DocumentKind.OTHER
    original_name: str
    stored_name: str  # relative to Paths.documents_dir
    sha256: str
    size_bytes: int
