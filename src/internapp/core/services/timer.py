"""The timer: a time entry with no end yet. At most one runs (the schema enforces it)."""

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlmodel import select

from internapp.core.models import Engagement, TimeEntry
from internapp.core.store import Store


@dataclass(frozen=True)
class RunningTimer:
    entry_id: uuid.UUID
    engagement_id: uuid.UUID
    engagement: str
    started_at: datetime  # aware UTC
    note: str


def running(store: Store) -> RunningTimer | None:
    """The running timer, if any."""
    with store.read() as session:
        found = session.exec(
            select(TimeEntry, Engagement.title)
            .join(Engagement, Engagement.id == TimeEntry.engagement_id)
            .where(TimeEntry.ended_at.is_(None))
        ).first()
    if found is None:
        return None
    entry, title = found
    return RunningTimer(entry.id, entry.engagement_id, title, entry.started_at, entry.note)
