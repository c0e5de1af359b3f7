"""Time entries: hours on an engagement, typed in or from a timer (an entry with no end yet).

Add with a start and an end or a duration, edit, split one in two, merge adjacent ones, delete.
Every write goes through the rules in time_rules (order, length, future, overlap; ``trim=True``
fits the entry into the free part of its span instead of refusing it).
"""

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlmodel import Session, func, select

from internapp.core.changes import Kind
from internapp.core.clock import local_zone_name, utcnow
from internapp.core.models import Engagement, TimeEntry
from internapp.core.services import engagements, time_rules
from internapp.core.services.errors import NotFoundError, ValidationError
from internapp.core.services.fields import reference, string_list, text
from internapp.core.services.time_input import (
    describe,
    describe_span,
    duration_seconds,
    parse_duration,
    parse_moment,
)
from internapp.core.store import Store

__all__ = ["MAX_ENTRY", "EntryRow", "Logged", "add", "add_to", "delete", "delete_many",
           "duration_seconds", "get", "list_recent", "merge", "seconds_by_engagement", "split",
           "update"]

MAX_ENTRY = timedelta(seconds=time_rules.MAX_SECONDS)
NOTE = text(multiline=True, max_length=5000, default="")
TAGS = string_list(max_length=40)
EDITABLE = frozenset({"engagement_id", "engagement", "start", "end", "duration", "note", "tags"})


def zone_for(name: str | None) -> ZoneInfo:
    """The IANA zone ``name`` (the system's when None); a ValidationError for an unknown one."""
    name = name or local_zone_name()
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationError("tz", f"{name!r} is not a time zone (use an IANA name such as "
                                    "Europe/Berlin)") from None


def span(start, end, duration, *, zone: ZoneInfo, now: datetime) -> tuple[datetime, datetime]:
    """A finished span in UTC from a start and an end or a duration, checked against the rules."""
    start = parse_moment("start", start, zone=zone, now=now)
    if start is None:
        raise ValidationError("start", "is required")
    end = parse_moment("end", end, zone=zone, now=now)
    seconds = parse_duration("duration", duration)
    if end is None and seconds is None:
        raise ValidationError("end", "is required (or give a duration)")
    if end is not None and seconds is not None and duration_seconds(start, end) != seconds:
        raise ValidationError("duration", "does not match the start and the end; give one of "
                                          "the end or the duration")
    if end is None:
        end = start + timedelta(seconds=seconds)
    time_rules.check_span(start, end, zone=zone)
    time_rules.check_not_far_ahead(start, now, zone=zone)
    return start, end


@dataclass(frozen=True)
class Logged:
    entry: TimeEntry
    engagement: str  # its title
    engagement_created: bool  # the engagement was new, created with the entry


def add(store: Store, engagement_id, *, start, end=None, duration=None, note: str | None = None,
        tags=None, tz: str | None = None, trim: bool = False,
        now: datetime | None = None) -> TimeEntry:
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
    start, end = span(start, end, duration, zone=zone, now=now)
    note, tags = NOTE("note", note), TAGS("tags", tags)
    kinds = [Kind.TIME] if title is None else [Kind.TIME, Kind.ENGAGEMENTS]
    with store.write(kinds) as session:  # BEGIN IMMEDIATE: the checks below hold until commit
        if title is not None:
            engagement, created = engagements.find_or_create(session, title)
        else:
            engagement, created = session.get(Engagement, engagement_id), False
            if engagement is None:
                raise NotFoundError("engagement", engagement_id)
        start, end = time_rules.fit(session, start, end, now=now, zone=zone, trim=trim)
        entry = TimeEntry(engagement_id=engagement.id, started_at=start, ended_at=end,
                          seconds=duration_seconds(start, end), tz=zone.key, note=note, tags=tags)
        session.add(entry)
    return Logged(entry, engagement.title, created)


def update(store: Store, entry_id: uuid.UUID, *, trim: bool = False, now: datetime | None = None,
           **changes) -> TimeEntry:
    """Changes some of: engagement_id (or ``engagement``: a title, created in the same
    transaction when new), start, end, duration, note, tags.

    A new start keeps the end (give ``duration`` to keep the length instead). A running entry
    stays running unless an end or a duration is given.
    """
    unknown = sorted(set(changes) - EDITABLE)
    if unknown:
        raise ValidationError(unknown[0], "is not a field of a time entry that can be set")
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
            entry.engagement_id = engagements.find_or_create(session, changes["engagement"])[0].id
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
        in_the_way = time_rules.running_in_the_way(session, start, exclude=frozenset({entry.id}))
        if in_the_way:
            other = in_the_way[-1]
            trimmed = (other.ended_at, now) if other.ended_at < now else None
            if not (trim and trimmed):
                raise time_rules.OverlapError("start", other, trimmed, zone)
            start = other.ended_at
        entry.started_at = start
        return
    end = changes.get("end")
    if end is None and "duration" not in changes:
        end = entry.ended_at
    start, end = span(start, end, changes.get("duration"), zone=zone, now=now)
    start, end = time_rules.fit(session, start, end, now=now, zone=zone, trim=trim,
                                exclude=frozenset({entry.id}))
    entry.started_at, entry.ended_at = start, end
    entry.seconds = duration_seconds(start, end)


def split(store: Store, entry_id: uuid.UUID, at, *,
          now: datetime | None = None) -> tuple[TimeEntry, TimeEntry]:
    """Cuts a finished entry in two at ``at``; both halves keep its engagement, note and tags."""
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
    ids = list(dict.fromkeys(_entry_ref(i) for i in entry_ids))
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
        end = max(e.ended_at for e in entries)
        between = time_rules.neighbours(session, first.started_at, end, now=now,
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
        for other in entries[1:]:
            session.delete(other)
    return first


def delete(store: Store, entry_id: uuid.UUID) -> None:
    delete_many(store, [entry_id])


def delete_many(store: Store, entry_ids) -> int:
    """Deletes these entries in one transaction (all of them, or none if one is missing)."""
    ids = list(dict.fromkeys(_entry_ref(i) for i in entry_ids))
    with store.write([Kind.TIME]) as session:
        for entry_id in ids:
            session.delete(_get(session, entry_id))
    return len(ids)


def get(store: Store, entry_id: uuid.UUID) -> TimeEntry:
    with store.read() as session:
        return _get(session, _entry_ref(entry_id))


def seconds_by_engagement(store: Store) -> dict[uuid.UUID, int]:
    """All-time logged seconds per engagement, summed in SQL over the covering index."""
    with store.read() as session:
        rows = session.exec(
            select(TimeEntry.engagement_id, func.sum(TimeEntry.seconds))
            .group_by(TimeEntry.engagement_id)
        )
        return {engagement_id: int(total or 0) for engagement_id, total in rows}


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


def _get(session: Session, entry_id: uuid.UUID) -> TimeEntry:
    entry = session.get(TimeEntry, entry_id)
    if entry is None:
        raise NotFoundError("time entry", entry_id)
    return entry


def _title(session: Session, engagement_id: uuid.UUID) -> str:
    engagement = session.get(Engagement, engagement_id)
    return engagement.title if engagement else str(engagement_id)


def engagement_ref(value) -> uuid.UUID:
    found = reference("engagement", value)
    if found is None:
        raise ValidationError("engagement", "is required")
    return found


def _entry_ref(value) -> uuid.UUID:
    found = reference("entry", value)
    if found is None:
        raise ValidationError("entry", "is required")
    return found
