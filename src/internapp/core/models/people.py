"""Contacts, their interactions, their roles on applications and engagements, keep-in-touch rhythms."""

import uuid
from datetime import date, datetime

from sqlalchemy import JSON, CheckConstraint, Index, LargeBinary
from sqlmodel import Field

from internapp.core.models.base import Channel, Record
from internapp.core.store.types import UTCDateTime


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
