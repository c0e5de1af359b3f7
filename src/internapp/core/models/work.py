"""Engagements and the time logged on them."""

import uuid
from datetime import date, datetime

from sqlalchemy import JSON, CheckConstraint, Index, text
from sqlmodel import Field, SQLModel

from internapp.core.models.base import EngagementStatus, Record
from internapp.core.store.types import UTCDateTime


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
    # Money (core/services/money.py): amounts in the currency's minor unit. ``fee_kind`` says
    # which of the fee (fixed), the rate per hour (hourly) or the milestones' fees applies;
    # ``withheld_bp`` is a platform's or service's cut, in hundredths of a percent (1000 = 10 %).
    # What was paid is in ``payment`` rows (core/models/money.py).
    fee_kind: str | None = None
    fee_cents: int | None = None
    rate_cents: int | None = None
    currency: str = "USD"
    withheld_bp: int | None = None
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
    fee_cents: int | None = None  # when the engagement is paid per milestone


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
        # the Time table's sorts (migration 0004), the start breaking ties
        Index("ix_time_entry_ended", "ended_at", "started_at"),
        Index("ix_time_entry_seconds", "seconds", "started_at"),
        Index("ix_time_entry_note", text("note COLLATE NOCASE"), "started_at"),
        Index("ix_time_entry_tags", "tags", "started_at"),
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


class TimeDayTotal(SQLModel, table=True):
    """Seconds and finished entries per local day (in the zone of ``TimeDayZone``), kept by
    triggers (migration 0004) so that all-time reports by day and by week read one row per day."""

    __tablename__ = "time_day_total"

    day: str = Field(primary_key=True)  # YYYY-MM-DD in the zone the offsets describe
    seconds: int = 0
    entries: int = 0


class TimeTagTotal(SQLModel, table=True):
    """Seconds and finished entries per tag ("" for the untagged), kept by triggers (0004)."""

    __tablename__ = "time_tag_total"

    tag: str = Field(primary_key=True)
    seconds: int = 0
    entries: int = 0


class TimeZoneOffset(SQLModel, table=True):
    """The user's zone as SQL can use it: from each UTC instant (stored text) on, its offset from
    UTC, until the next row. Written by services/local_days.py for the zone in TimeDayZone; the
    day triggers turn an entry's start into its local day with it (daylight saving included)."""

    __tablename__ = "time_zone_offset"

    utc_from: str = Field(primary_key=True)
    offset_seconds: int


class TimeDayZone(SQLModel, table=True):
    """The one zone time_day_total is kept in (one row, or none until a report asks)."""

    __tablename__ = "time_day_zone"

    id: int = Field(default=1, primary_key=True)
    zone: str
