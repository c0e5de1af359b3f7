"""Time entries: hours on an engagement, typed in or from a timer (an entry with no end yet).

Add with a start and an end or a duration, edit, split one in two, merge adjacent ones, delete.
Every write goes through the rules in time_rules (order, length, future, overlap; ``trim=True``
fits the entry into the free part of its span instead of refusing it).

``add`` runs on the store's plain path (``internapp log add`` imports no ORM); the edits use ORM
sessions, importing SQLAlchemy when first called. Both take their validators from time_fields
and their rules from time_rules.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, NamedTuple
from zoneinfo import ZoneInfo

from internapp.core.changes import Kind
from internapp.core.clock import utcnow
from internapp.core.services import engagement_titles, time_fields, time_rules
from internapp.core.services.errors import NotFoundError, ValidationError
from internapp.core.services.time_fields import (
    NOTE,
    TAGS,
    Entry,
    engagement_ref,
    entry_ref,
    span,
    zone_for,
)
from internapp.core.services.time_input import (
    describe,
    describe_span,
    duration_seconds,
    parse_moment,
)
from internapp.core.services.unset import UNSET, Unset, given
from internapp.core.store import Store
from internapp.core.store.sessions import plain

if TYPE_CHECKING:
    from sqlmodel import Session

    from internapp.core.models import TimeEntry

__all__ = ["MAX_ENTRY", "EntryRow", "Logged", "add", "add_to", "delete", "delete_many",
           "duration_seconds", "get", "list_recent", "merge", "seconds_by_engagement", "split",
           "update"]

MAX_ENTRY = timedelta(seconds=time_rules.MAX_SECONDS)


class Logged(NamedTuple):
    entry: Entry
    engagement: str  # its title
    engagement_created: bool  # the engagement was new, created with the entry


def add(store: Store, engagement_id: object, *, start: object, end: object = None,
        duration: object = None, note: str | None = None, tags: object = None,
        tz: str | None = None, trim: bool = False, now: datetime | None = None) -> Entry:
    """A finished entry from ``start`` to ``end`` (or ``start`` + ``duration``)."""
    engagement_id = engagement_ref(engagement_id)
    return _add(store, engagement_id, None, start=start, end=end, duration=duration, note=note,
                tags=tags, tz=tz, trim=trim, now=now).entry


def add_to(store: Store, engagement: str, *, start, end=None, duration=None,
           note: str | None = None, tags=None, tz: str | None = None, trim: bool = False,
           now: datetime | None = None) -> Logged:
    """As ``add``, on the engagement called ``engagement``, which is created when there is none
    yet — in the same transaction: a refused entry leaves no new engagement behind, and two
    programs logging on the same new name at once create it once."""
    return _add(store, None, engagement, start=start, end=end, duration=duration, note=note,
                tags=tags, tz=tz, trim=trim, now=now)


def _add(store: Store, engagement_id: uuid.UUID | None, title: str | None, *, start, end,
         duration, note, tags, tz, trim, now) -> Logged:
    now = now or utcnow()
    zone = zone_for(tz)
    begin, finish = span(start, end, duration, zone=zone, now=now)
    text, tag_list = NOTE("note", note), TAGS("tags", tags)
    kinds = [Kind.TIME] if title is None else [Kind.TIME, Kind.ENGAGEMENTS]
    with store.writing(kinds) as conn:  # BEGIN IMMEDIATE: the checks below hold until commit
        if engagement_id is None:
            engagement_id, name, created = engagement_titles.find_or_create(conn, title)
        else:
            name, created = time_fields.engagement_title(conn, engagement_id), False  # or gone
        begin, finish = time_rules.fit(conn, begin, finish, now=now, zone=zone, trim=trim)
        entry = time_fields.insert(conn, engagement_id, begin, finish, tz=zone.key,
                                   note=text or "", tags=tag_list)
    return Logged(entry, name, created)


def update(store: Store, entry_id: uuid.UUID, *, engagement_id: object = UNSET,
           engagement: str | Unset = UNSET, start: object = UNSET, end: object = UNSET,
           duration: object = UNSET, note: str | Unset | None = UNSET, tags: object = UNSET,
           trim: bool = False, now: datetime | None = None) -> TimeEntry:
    """Changes the fields given: engagement_id (or ``engagement``: a title, created in the same
    transaction when new), start, end, duration, note, tags.

    A new start keeps the end (give ``duration`` to keep the length instead). A running entry
    stays running unless an end or a duration is given.
    """
    changes = given(engagement_id=engagement_id, engagement=engagement, start=start, end=end,
                    duration=duration, note=note, tags=tags)
    from internapp.core.models import Engagement

    now = now or utcnow()
    kinds = [Kind.TIME, Kind.ENGAGEMENTS] if "engagement" in changes else [Kind.TIME]
    with store.write(kinds) as session:
        entry = _get(session, entry_id)
        zone = zone_for(entry.tz)
        if "engagement_id" in changes:
            engagement_id = engagement_ref(changes["engagement_id"])
            if session.get(Engagement, engagement_id) is None:
                raise NotFoundError("engagement", engagement_id)
            entry.engagement_id = engagement_id
        if "engagement" in changes:
            entry.engagement_id = engagement_titles.find_or_create(plain(session),
                                                                 changes["engagement"])[0]
        if "note" in changes:
            entry.note = NOTE("note", changes["note"])
        if "tags" in changes:
            entry.tags = TAGS("tags", changes["tags"])
        if {"start", "end", "duration"} & set(changes):
            _move(session, entry, changes, zone=zone, now=now, trim=trim)
        entry.updated_at = utcnow()
        session.add(entry)
    return entry


def _move(session: Session, entry: TimeEntry, changes: dict, *, zone: ZoneInfo, now: datetime,
          trim: bool) -> None:
    start = changes.get("start", entry.started_at)
    running = entry.ended_at is None and not ({"end", "duration"} & set(changes))
    if running:
        start = parse_moment("start", start, zone=zone, now=now)
        if start is None:
            raise ValidationError("start", "is required")
        time_rules.check_not_far_ahead(start, now, zone=zone, limit=time_rules.TIMER_SLACK)
        in_the_way = time_rules.running_in_the_way(plain(session), start,
                                                   exclude=frozenset({entry.id}))
        if in_the_way:
            other = in_the_way[-1]
            ended = other.ended_at or now
            trimmed = (ended, now) if ended < now else None
            if not (trim and trimmed):
                raise time_rules.OverlapError("start", other, trimmed, zone)
            start = ended
        entry.started_at = start
        return
    end = changes.get("end")
    if end is None and "duration" not in changes:
        end = entry.ended_at
    start, end = span(start, end, changes.get("duration"), zone=zone, now=now)
    start, end = time_rules.fit(plain(session), start, end, now=now, zone=zone, trim=trim,
                                exclude=frozenset({entry.id}))
    entry.started_at, entry.ended_at = start, end
    entry.seconds = duration_seconds(start, end)


def split(store: Store, entry_id: uuid.UUID, at, *,
          now: datetime | None = None) -> tuple[TimeEntry, TimeEntry]:
    """Cuts a finished entry in two at ``at``; both halves keep its engagement, note and tags."""
    from internapp.core.models import TimeEntry

    now = now or utcnow()
    with store.write([Kind.TIME]) as session:
        entry = _get(session, entry_id)
        zone = zone_for(entry.tz)
        if entry.ended_at is None:
            raise ValidationError("at", "a running timer cannot be split; stop it first")
        cut = parse_moment("at", at, zone=zone, now=now)
        if cut is None:
            raise ValidationError("at", "is required")
        if not entry.started_at < cut < entry.ended_at:
            raise ValidationError("at", f"{describe(cut, zone)} is not inside the entry "
                                        f"({describe_span(entry.started_at, entry.ended_at, zone)})")
        second = TimeEntry(engagement_id=entry.engagement_id, started_at=cut,
                           ended_at=entry.ended_at, seconds=duration_seconds(cut, entry.ended_at),
                           tz=entry.tz, note=entry.note, tags=list(entry.tags),
                           source=entry.source)
        entry.ended_at = cut
        entry.seconds = duration_seconds(entry.started_at, cut)
        entry.updated_at = utcnow()
        session.add(entry)
        session.add(second)
    return entry, second


def merge(store: Store, entry_ids, *, now: datetime | None = None) -> TimeEntry:
    """Joins adjacent finished entries of one engagement into the first: from the first start to
    the last end, notes joined, tags combined. Nothing may lie between them."""
    ids = list(dict.fromkeys(entry_ref(i) for i in entry_ids))
    if len(ids) < 2:
        raise ValidationError("entries", "choose at least two entries to merge")
    now = now or utcnow()
    with store.write([Kind.TIME]) as session:
        entries = sorted((_get(session, i) for i in ids), key=lambda e: e.started_at)
        first, zone = entries[0], zone_for(entries[0].tz)
        if any(e.ended_at is None for e in entries):
            raise ValidationError("entries", "a running timer cannot be merged; stop it first")
        titles = {e.engagement_id: _title(session, e.engagement_id) for e in entries}
        if len(titles) > 1:
            raise ValidationError("entries", "belong to different engagements ("
                                  + ", ".join(sorted(titles.values())) + "); merge entries of one "
                                  "engagement only")
        end = max(e.ended_at for e in entries if e.ended_at is not None)  # none runs (above)
        between = time_rules.neighbours(plain(session), first.started_at, end, now=now,
                                        exclude=frozenset(ids))
        if between:
            other = between[0]
            raise ValidationError("entries", "are not adjacent: the entry on "
                                  f"{other.engagement!r} "
                                  f"({describe_span(other.started_at, other.ended_at, zone)}) "
                                  "lies between them")
        seconds = time_rules.check_span(first.started_at, end, zone=zone)
        notes = list(dict.fromkeys(e.note for e in entries if e.note))
        first.ended_at, first.seconds = end, seconds
        first.note = NOTE("note", "; ".join(notes))
        first.tags = TAGS("tags", [tag for e in entries for tag in e.tags])
        first.updated_at = utcnow()
        session.add(first)
        for merged in entries[1:]:
            session.delete(merged)
    return first


def delete(store: Store, entry_id: uuid.UUID) -> None:
    delete_many(store, [entry_id])


def delete_many(store: Store, entry_ids) -> int:
    """Deletes these entries in one transaction (all of them, or none if one is missing)."""
    ids = list(dict.fromkeys(entry_ref(i) for i in entry_ids))
    with store.write([Kind.TIME]) as session:
        for entry_id in ids:
            session.delete(_get(session, entry_id))
    return len(ids)


def get(store: Store, entry_id: uuid.UUID) -> TimeEntry:
    with store.read() as session:
        return _get(session, entry_ref(entry_id))


def seconds_by_engagement(store: Store) -> dict[uuid.UUID, int]:
    """All-time logged seconds per engagement (the totals the triggers keep)."""
    with store.reading() as conn:
        rows = conn.execute("SELECT engagement_id, seconds FROM time_total").fetchall()
    return {uuid.UUID(hex=engagement_id): int(total) for engagement_id, total in rows}


class EntryRow(NamedTuple):
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
    with store.reading() as conn:
        rows = conn.execute(
            f"SELECT {', '.join('t.' + c for c in time_fields.COLUMNS.split(', '))}, e.title "
            "FROM time_entry t JOIN engagement e ON e.id = t.engagement_id "
            "ORDER BY t.started_at DESC LIMIT ?", (limit,)).fetchall()
    return [EntryRow(e.id, row[-1], e.started_at, e.ended_at, e.seconds, e.tz, e.note, e.tags)
            for row in rows for e in (time_fields.from_row(row[:-1]),)]


def _get(session: Session, entry_id: uuid.UUID) -> TimeEntry:
    from internapp.core.models import TimeEntry

    entry = session.get(TimeEntry, entry_id)
    if entry is None:
        raise NotFoundError("time entry", entry_id)
    return entry


def _title(session: Session, engagement_id: uuid.UUID) -> str:
    from internapp.core.models import Engagement

    engagement = session.get(Engagement, engagement_id)
    return engagement.title if engagement else str(engagement_id)

