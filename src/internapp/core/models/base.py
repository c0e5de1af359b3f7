"""Enumerations and the columns every table shares."""

import uuid
from datetime import datetime

from sqlmodel import Field, SQLModel

from internapp.core.clock import utcnow
from internapp.core.enums import (  # noqa: F401  (re-exported: the tables' enumerations)
    Channel,
    ContactRole,
    DocumentKind,
    EngagementStatus,
    InterviewKind,
    StageRole,
)
from internapp.core.store.types import UTCDateTime


class Record(SQLModel):
    """Columns every table shares."""

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, nullable=False)
    updated_at: datetime = Field(
        default_factory=utcnow, sa_type=UTCDateTime, nullable=False,
        sa_column_kwargs={"onupdate": utcnow},
    )
