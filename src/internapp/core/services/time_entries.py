"""Time entries: hours on an engagement, typed in or from a timer (an entry with no end yet)."""

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlmodel import func, select

from internapp.core.changes import Kind
from internapp.core.clock import as_utc, local_zone_name
from internapp.core.models import Engagement, TimeEntry
from internapp.core.services.errors import NotFoundError, ValidationError
from internapp.core.services.fields import parse_instant, string_list, text
from internapp.core.store import Store

MAX_ENTRY = timedelta(hours=24)


def duration_seconds(start: datetime, end: datetime) -> int:
    """Elapsed seconds between two aware instants, daylight-saving changes included.

    Both are converted to UTC first: Python subtracts two datetimes that share a tzinfo by wall
    clock, which would make 01:30–03:30 on a spring-forward night two hours instead of one.
    """
    return int((as_utc(end) - as_utc(start)).total_seconds())


def add(store: Store, engagement_id: uuid.UUID, *, start, end, note: str | None = None,
        tags=None, tz: str | None = None) -> TimeEntry:
    start = parse_instant("start", start)
    end = parse_instant("end", end)
    if start is None:
        raise ValidationError("start", "is required")
    if end is None:
        raise ValidationError("end", "is required")
    seconds = duration_seconds(start, end)
    if seconds <= 0:
        raise ValidationError("end", "must be after the start")
    if seconds > MAX_ENTRY.total_seconds():
        raise ValidationError("end", "an entry cannot be longer than 24 hours")
    entry = TimeEntry(
        engagement_id=engagement_id, started_at=start, ended_at=end, seconds=seconds,
        tz=tz or local_zone_name(), note=text(multiline=True, max_length=5000, default="")(
            "note", note), tags=string_list(max_length=40)("tags", tags),
    )
    with store.write([Kind.TIME]) as session:
        if session.get(Engagement, engagement_id) is None:
            raise NotFoundError("engagement", engagement_id)
        session.add(entry)
    return entry


def seconds_by_engagement(store: Store) -> dict[uuid.UUID, int]:
    """All-time logged seconds per engagement, summed in SQL over the covering index."""
    with store.read() as session:
        rows = session.exec(
            select(TimeEntry.engagement_id, func.sum(TimeEntry.seconds))
            .group_by(TimeEntry.engagement_id)
        )
        return {engagement_id: int(total or 0) for engagement_id, total in rows}


def delete(store: Store, entry_id: uuid.UUID) -> None:
    with store.write([Kind.TIME]) as session:
        entry = session.get(TimeEntry, entry_id)
        if entry is None:
            raise NotFoundError("time entry", entry_id)
        session.delete(entry)


@dataclass(frozen=True)
class EntryRow:
    id: uuid.UUID
    engagement: str
    started_at: datetime
    ended_at: datetime | None
    seconds: int | None
    tz: str
    note: str
    tags: list[str]


def list_recent(store: Store, limit: int = 1000) -> list[EntryRow]:
    """The newest entries first, with their engagement's title."""
    with store.read() as session:
        rows = session.exec(
            select(TimeEntry, Engagement.title)
            .join(Engagement, Engagement.id == TimeEntry.engagement_id)
            .order_by(TimeEntry.started_at.desc())
            .limit(limit)
        )
        return [EntryRow(e.id, title, e.started_at, e.ended_at, e.seconds, e.tz, e.note,
                         list(e.tags)) for e, title in rows]
