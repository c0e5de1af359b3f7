"""Every table internapp stores. Behaviour lives in core/services; this module only says what is kept.

Conventions
- Every row has a UUID primary key (stable across devices, so exports merge) and aware-UTC
  ``created_at`` / ``updated_at``.
- Instants are ``UTCDateTime`` columns: stored as UTC, read back aware. Calendar days are ``date``.
- Money is kept in integer minor units (``fee_cents``, ``amount_cents``: cents, or yen for JPY)
  beside an ISO 4217 ``currency``; never a float.
- Short lists (emails, phones, tags) are JSON arrays of strings.
- No ORM relationships: services query explicitly and hand back detached rows.
- Skill levels (current, self-rated and target) are on a 0–5 scale.

One module per area; this package re-exports every table and enumeration, so importing it
registers the whole schema with SQLModel's metadata.
"""

from internapp.core.models.base import (
    Channel,
    ContactRole,
    DocumentKind,
    EngagementStatus,
    InterviewKind,
    Record,
    StageRole,
)
from internapp.core.models.calendar import (
    PublishedEvent,
)
from internapp.core.models.guard import StoreGuard
from internapp.core.models.money import (
    FeeKind,
    Invoice,
    InvoiceStatus,
    Payment,
)
from internapp.core.models.people import (
    Contact,
    ContactLink,
    Interaction,
    TagCadence,
)
from internapp.core.models.pipeline import (
    Application,
    ApplicationEvent,
    Document,
    Interview,
    InterviewContact,
    Organization,
    Stage,
)
from internapp.core.models.preferences import (
    Setting,
)
from internapp.core.models.skills import (
    ApplicationSkill,
    EngagementSkill,
    Skill,
    TargetRole,
    TargetRoleSkill,
)
from internapp.core.models.sync import (
    SyncChange,
    SyncClock,
    SyncConflict,
    SyncState,
)
from internapp.core.models.work import (
    Engagement,
    Milestone,
    TimeDayTotal,
    TimeDayZone,
    TimeEntry,
    TimeTagTotal,
    TimeTotal,
    TimeZoneOffset,
)

__all__ = [
    "Application",
    "ApplicationEvent",
    "ApplicationSkill",
    "Channel",
    "Contact",
    "ContactLink",
    "ContactRole",
    "Document",
    "DocumentKind",
    "Engagement",
    "EngagementSkill",
    "EngagementStatus",
    "FeeKind",
    "Interaction",
    "Interview",
    "InterviewContact",
    "InterviewKind",
    "Invoice",
    "InvoiceStatus",
    "Milestone",
    "Organization",
    "Payment",
    "PublishedEvent",
    "Record",
    "Setting",
    "Skill",
    "Stage",
    "StageRole",
    "StoreGuard",
    "SyncChange",
    "SyncClock",
    "SyncConflict",
    "SyncState",
    "TagCadence",
    "TargetRole",
    "TargetRoleSkill",
    "TimeDayTotal",
    "TimeDayZone",
    "TimeEntry",
    "TimeTagTotal",
    "TimeTotal",
    "TimeZoneOffset",
]
