"""What every time entry is made of, shared by the plain path (timer, ``log add``, the hot
commands) and the ORM services (edit, split, merge, imports): the validators of its fields, the
span rule, and the entry as a plain row.

No SQLAlchemy here: ``Entry`` is a plain NamedTuple with the fields of ``models.TimeEntry``, read
and written with plain SQL through the store's codec.
"""

import json
import sqlite3
import uuid
from datetime import datetime, timedelta
from typing import NamedTuple
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from internapp.core.clock import local_zone_name, utcnow
from internapp.core.services import time_rules
from internapp.core.services.errors import NotFoundError, ValidationError
from internapp.core.services.fields import reference, string_list, text
from internapp.core.services.time_input import duration_seconds, parse_duration, parse_moment
from internapp.core.store.codec import decode, decode_optional, encode

NOTE = text(multiline=True, max_length=5000, default="")
TAGS = string_list(max_length=40)


class Entry(NamedTuple):
    """A time entry as a plain row (the fields of ``models.TimeEntry``)."""

    id: uuid.UUID
    engagement_id: uuid.UUID
    started_at: datetime  # aware UTC
    ended_at: datetime | None  # None: the running timer
    seconds: int | None
    tz: str
    note: str
    tags: list[str]
    source: str | None = None
    external_id: str | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None


def zone_for(name: str | None) -> ZoneInfo:
    """The IANA zone ``name`` (the system's when None); a ValidationError for an unknown one."""
    name = name or local_zone_name()
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationError("tz", f"{name!r} is not a time zone (use an IANA name such as "
                                    "Europe/Berlin)") from None


def engagement_ref(value: object) -> uuid.UUID:
    found = reference("engagement", value)
    if found is None:
        raise ValidationError("engagement", "is required")
    return found


def entry_ref(value: object) -> uuid.UUID:
    found = reference("entry", value)
    if found is None:
        raise ValidationError("entry", "is required")
    return found


def span(start: object, end: object, duration: object, *, zone: ZoneInfo,
         now: datetime) -> tuple[datetime, datetime]:
    """A finished span in UTC from a start and an end or a duration, checked against the rules."""
    begin = parse_moment("start", start, zone=zone, now=now)
    if begin is None:
        raise ValidationError("start", "is required")
    finish = parse_moment("end", end, zone=zone, now=now)
    seconds = parse_duration("duration", duration)
    if finish is None and seconds is None:
        raise ValidationError("end", "is required (or give a duration)")
    if finish is not None and seconds is not None and duration_seconds(begin, finish) != seconds:
        raise ValidationError("duration", "does not match the start and the end; give one of "
                                          "the end or the duration")
    if finish is None:
        assert seconds is not None
        finish = begin + timedelta(seconds=seconds)
    time_rules.check_span(begin, finish, zone=zone)
    time_rules.check_not_far_ahead(begin, now, zone=zone)
    return begin, finish


# --- plain SQL -----------------------------------------------------------------------------------

COLUMNS = ("id, engagement_id, started_at, ended_at, seconds, tz, note, tags, source, "
           "external_id, created_at, updated_at")


def from_row(row: tuple) -> Entry:
    i, engagement_id, start, end, seconds, tz, note, tags, source, external, created, updated = row
    return Entry(uuid.UUID(hex=i), uuid.UUID(hex=engagement_id), decode(start),
                 decode_optional(end), seconds, tz, note, json.loads(tags), source, external,
                 decode_optional(created), decode_optional(updated))


def running_entry(conn: sqlite3.Connection) -> Entry | None:
    row = conn.execute(f"SELECT {COLUMNS} FROM time_entry WHERE ended_at IS NULL").fetchone()
    return from_row(row) if row else None


def insert(conn: sqlite3.Connection, engagement_id: uuid.UUID, started_at: datetime,
           ended_at: datetime | None, *, tz: str, note: str, tags: list[str]) -> Entry:
    """Inserts a new entry (its seconds computed from the span) in the caller's transaction."""
    stamp = utcnow()
    seconds = duration_seconds(started_at, ended_at) if ended_at else None
    entry = Entry(uuid.uuid4(), engagement_id, started_at, ended_at, seconds, tz, note,
                  list(tags), created_at=stamp, updated_at=stamp)
    conn.execute(
        "INSERT INTO time_entry (id, engagement_id, started_at, ended_at, seconds, tz, note, "
        "tags, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (entry.id.hex, engagement_id.hex, encode(started_at),
         encode(ended_at) if ended_at else None, seconds, tz, note, json.dumps(entry.tags),
         encode(stamp), encode(stamp)))
    return entry


def finish(conn: sqlite3.Connection, entry: Entry, ended_at: datetime) -> Entry:
    """Sets the end of a running entry (its seconds too) in the caller's transaction."""
    stamp = utcnow()
    seconds = duration_seconds(entry.started_at, ended_at)
    conn.execute("UPDATE time_entry SET ended_at = ?, seconds = ?, updated_at = ? WHERE id = ?",
                 (encode(ended_at), seconds, encode(stamp), entry.id.hex))
    return Entry(entry.id, entry.engagement_id, entry.started_at, ended_at, seconds, entry.tz,
                 entry.note, entry.tags, entry.source, entry.external_id, entry.created_at, stamp)


def engagement_title(conn: sqlite3.Connection, engagement_id: uuid.UUID) -> str:
    """The engagement's title; NotFoundError when there is none with that id."""
    row = conn.execute("SELECT title FROM engagement WHERE id = ?",
                       (engagement_id.hex,)).fetchone()
    if row is None:
        raise NotFoundError("engagement", engagement_id)
    return row[0]
