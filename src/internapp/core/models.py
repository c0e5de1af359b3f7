"""Every table internapp stores. Behaviour lives in core/services; this module only says what is kept.

Conventions
- Every row has a UUID primary key (stable across devices, so exports merge) and aware-UTC
  ``created_at`` / ``updated_at``.
- Instants are ``UTCDateTime`` columns: stored as UTC, read back aware. Calendar days are ``date``.
- Money is kept in minor units (``fee_cents``) beside an ISO 4217 ``currency``.
- Short lists (emails, phones, tags) are JSON arrays of strings.
- No ORM relationships: services query explicitly and hand back detached rows.
- Skill levels (current, self-rated and target) are on a 0–5 scale.
"""

import uuid
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, CheckConstraint, Index, LargeBinary, UniqueConstraint, text
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


# --- organizations and the application pipeline -------------------------------------------------


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
    __tablename__ = "interview"
    __table_args__ = (Index("ix_interview_at", "at"),)

    application_id: uuid.UUID = Field(foreign_key="application.id", ondelete="CASCADE",
                                      index=True)
    at: datetime = Field(sa_type=UTCDateTime)
    duration_minutes: int | None = None
    kind: str | None = None  # phone screen, technical, final...
    location: str | None = None  # a room or a video link
    contact_id: uuid.UUID | None = Field(default=None, foreign_key="contact.id",
                                         ondelete="SET NULL")
    notes: str = ""


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


# --- engagements and time ------------------------------------------------------------------------


class Engagement(Record, table=True):
    __tablename__ = "engagement"
    __table_args__ = (Index("ix_engagement_status", "status"),)

    application_id: uuid.UUID | None = Field(
        default=None, foreign_key="application.id", ondelete="SET NULL", unique=True
    )
    organization_id: uuid.UUID | None = Field(
        default=None, foreign_key="organization.id", ondelete="RESTRICT", index=True
    )
    title: str = Field(index=True)
    platform: str | None = None
    start_on: date | None = None
    due_on: date | None = None
    ended_on: date | None = None
    hours_estimate: float | None = None
    weekly_cap_hours: float | None = None
    fee_cents: int | None = None
    currency: str = "USD"
    paid_on: date | None = None
    status: str = EngagementStatus.PLANNED
    deliverables: str = ""
    outcome: str = ""
    feedback: str = ""
    reference_ok: bool | None = None
    notes: str = ""


class Milestone(Record, table=True):
    __tablename__ = "milestone"

    engagement_id: uuid.UUID = Field(foreign_key="engagement.id", ondelete="CASCADE", index=True)
    title: str
    position: int = 0
    due_on: date | None = None
    done_on: date | None = None


class TimeEntry(Record, table=True):
    """Hours on an engagement. ``ended_at`` is null while the timer runs (at most one such row).

    ``seconds`` is the exact duration computed from the aware start and end (null while running);
    it is stored so totals are a SUM over a covering index rather than date arithmetic per row.
    ``tz`` is the IANA zone the entry was made in, for showing it in local time.
    """

    __tablename__ = "time_entry"
    __table_args__ = (
        CheckConstraint("ended_at IS NULL OR ended_at > started_at", name="ck_time_entry_order"),
        CheckConstraint("seconds IS NULL OR seconds > 0", name="ck_time_entry_seconds"),
        # covering index for per-engagement totals over a period
        Index("ix_time_entry_engagement_totals", "engagement_id", "started_at", "seconds"),
        Index("ix_time_entry_started", "started_at"),
        # at most one running entry
        Index("ux_time_entry_running", text("(ended_at IS NULL)"), unique=True,
              sqlite_where=text("ended_at IS NULL")),
        # an imported entry is recognised when the same file is imported again
        Index("ux_time_entry_external", "source", "external_id", unique=True,
              sqlite_where=text("external_id IS NOT NULL")),
    )

    engagement_id: uuid.UUID = Field(foreign_key="engagement.id", ondelete="CASCADE")
    started_at: datetime = Field(sa_type=UTCDateTime)
    ended_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    seconds: int | None = None
    tz: str = "UTC"
    note: str = ""
    tags: list[str] = Field(default_factory=list, sa_type=JSON)
    source: str | None = None  # "toggl", "clockify", "watson", "timewarrior"; None when typed here
    external_id: str | None = None


class TimeTotal(SQLModel, table=True):
    """All-time seconds and finished entries per engagement: derived data, kept equal to the sums
    over ``time_entry`` by triggers (migration 0002), so all-time totals read one row per
    engagement however many entries there are. A running entry counts once it has stopped."""

    __tablename__ = "time_total"

    engagement_id: uuid.UUID = Field(primary_key=True, foreign_key="engagement.id",
                                     ondelete="CASCADE")
    seconds: int = 0
    entries: int = 0


# --- contacts ------------------------------------------------------------------------------------


class Contact(Record, table=True):
    __tablename__ = "contact"
    __table_args__ = (Index("ix_contact_display_name", "display_name"),)

    display_name: str  # as shown (vCard FN)
    given_name: str | None = None
    family_name: str | None = None
    middle_name: str | None = None
    prefix: str | None = None
    suffix: str | None = None
    nickname: str | None = None
    emails: list[str] = Field(default_factory=list, sa_type=JSON)
    phones: list[str] = Field(default_factory=list, sa_type=JSON)
    organization_id: uuid.UUID | None = Field(
        default=None, foreign_key="organization.id", ondelete="SET NULL", index=True
    )
    title: str | None = None
    linkedin_url: str | None = None
    how_met: str | None = None
    tags: list[str] = Field(default_factory=list, sa_type=JSON)
    notes: str = ""
    keep_in_touch_days: int | None = None  # None: the default for its tags, if any
    birthday: str | None = None  # ISO date, or --MM-DD when the year is unknown
    photo: bytes | None = Field(default=None, sa_type=LargeBinary)
    photo_mime: str | None = None
    connected_on: date | None = None
    external_uid: str | None = Field(default=None, index=True)  # vCard UID, for re-imports


class Interaction(Record, table=True):
    __tablename__ = "interaction"
    __table_args__ = (Index("ix_interaction_contact_at", "contact_id", "at"),)

    contact_id: uuid.UUID = Field(foreign_key="contact.id", ondelete="CASCADE")
    at: datetime = Field(sa_type=UTCDateTime)
    channel: str = Channel.OTHER
    summary: str = ""
    follow_up_on: date | None = None
    follow_up_done: bool = False


class ContactLink(Record, table=True):
    """A contact's role on an application or an engagement (exactly one of the two)."""

    __tablename__ = "contact_link"
    __table_args__ = (
        CheckConstraint(
            "(application_id IS NOT NULL) + (engagement_id IS NOT NULL) = 1",
            name="ck_contact_link_one_target",
        ),
        Index("ix_contact_link_contact", "contact_id"),
        Index("ix_contact_link_application", "application_id"),
        Index("ix_contact_link_engagement", "engagement_id"),
    )

    contact_id: uuid.UUID = Field(foreign_key="contact.id", ondelete="CASCADE")
    application_id: uuid.UUID | None = Field(default=None, foreign_key="application.id",
                                             ondelete="CASCADE")
    engagement_id: uuid.UUID | None = Field(default=None, foreign_key="engagement.id",
                                            ondelete="CASCADE")
    role: str  # a ContactRole


class TagCadence(Record, table=True):
    """Default keep-in-touch rhythm for contacts carrying a tag (mentor: every 30 days)."""

    __tablename__ = "tag_cadence"

    tag: str = Field(unique=True)
    days: int


# --- skills --------------------------------------------------------------------------------------


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


# --- preferences ---------------------------------------------------------------------------------


class Setting(Record, table=True):
    """Preferences that travel with the data (UI-only state such as window geometry does not)."""

    __tablename__ = "setting"

    key: str = Field(unique=True)
    value: Any = Field(default=None, sa_type=JSON)
