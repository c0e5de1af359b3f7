"""The rules every time entry obeys, whoever writes it (form, timer, CLI, importer):

- the end comes after the start; the duration is more than zero and at most 24 hours;
- the start is not far in the future (a day at most; a timer not at all);
- it does not overlap another entry (a running timer counts up to now). An overlap names the other
  entry and, when a piece of the new span is free, proposes it: "trim this entry to ...".

Checks take UTC instants; messages show times in the entry's zone. The store is queried with
plain SQL on the caller's connection (inside its write transaction), so the plain path and the
ORM services (which pass their session's connection, ``store.sessions.plain``) share these rules.
"""

import sqlite3
import uuid
from datetime import datetime, timedelta, tzinfo
from typing import NamedTuple

from internapp.core.durations import duration_text
from internapp.core.services.errors import ValidationError
from internapp.core.services.time_input import describe, describe_span, duration_seconds
from internapp.core.store.codec import decode, decode_optional, encode

MAX_SECONDS = 24 * 3600
FUTURE_LIMIT = timedelta(hours=24)  # a typed-in entry may be planned up to a day ahead
TIMER_SLACK = timedelta(minutes=1)  # a timer cannot start or stop in the future
MIN_TRIMMED_SECONDS = 60


class Neighbour(NamedTuple):
    """Another entry a span runs into."""

    id: uuid.UUID
    engagement: str
    started_at: datetime
    ended_at: datetime | None  # None: the running timer


class OverlapError(ValidationError):
    """The span runs into ``other``; ``trimmed`` is the largest free piece of it (or None)."""

    def __init__(self, field: str, other: Neighbour, trimmed: tuple[datetime, datetime] | None,
                 zone: tzinfo) -> None:
        self.other = other
        self.trimmed = trimmed
        what = "the running timer" if other.ended_at is None else "the entry"
        reason = (f"overlaps {what} on {other.engagement!r} "
                  f"({describe_span(other.started_at, other.ended_at, zone)})")
        if trimmed:
            reason += f"; trim this entry to {describe_span(*trimmed, zone)}?"
        else:
            reason += "; no part of this span is free"
        super().__init__(field, reason)


def check_span(start: datetime, end: datetime, *, zone: tzinfo, field: str = "end") -> int:
    """The duration in seconds of a finished span, or a ValidationError saying what is wrong."""
    if end < start:
        raise ValidationError(field, f"{describe(end, zone)} is before the start "
                                     f"{describe(start, zone)}")
    seconds = duration_seconds(start, end)
    if seconds == 0:
        raise ValidationError("duration", "is zero: the end is the same as the start")
    if seconds > MAX_SECONDS:
        raise ValidationError("duration", f"{duration_text(seconds)} is longer than 24 hours; "
                                          "log a long stretch as separate entries")
    return seconds


def check_not_far_ahead(start: datetime, now: datetime, *, zone: tzinfo,
                        limit: timedelta = FUTURE_LIMIT, field: str = "start") -> None:
    if start > now + limit:
        ahead = "in the future" if limit <= TIMER_SLACK else "more than a day in the future"
        raise ValidationError(field, f"{describe(start, zone)} is {ahead}")


_NEIGHBOUR = ("SELECT t.id, e.title, t.started_at, t.ended_at FROM time_entry t "
              "JOIN engagement e ON e.id = t.engagement_id ")


def _neighbour(row: tuple) -> Neighbour:
    return Neighbour(uuid.UUID(hex=row[0]), row[1], decode(row[2]), decode_optional(row[3]))


def neighbours(conn: sqlite3.Connection, start: datetime, end: datetime, *, now: datetime,
               exclude: frozenset[uuid.UUID] = frozenset()) -> list[Neighbour]:
    """Entries overlapping [start, end), the running one counted up to ``now``; oldest first.

    Finished entries last at most 24 hours, so only those starting in the day before ``end`` are
    looked at (a range on the start index, whatever the table's size).
    """
    found = [_neighbour(row) for row in conn.execute(
        _NEIGHBOUR + "WHERE t.started_at > ? AND t.started_at < ? AND t.ended_at > ?",
        (encode(start - timedelta(seconds=MAX_SECONDS)), encode(end), encode(start)))]
    found += [n for n in map(_neighbour, conn.execute(
        _NEIGHBOUR + "WHERE t.ended_at IS NULL AND t.started_at < ?", (encode(end),)))
        if start < max(now, n.started_at)]
    return sorted((n for n in found if n.id not in exclude), key=lambda n: n.started_at)


def free_piece(start: datetime, end: datetime, taken: list[Neighbour],
               now: datetime) -> tuple[datetime, datetime] | None:
    """The longest part of [start, end) that no neighbour covers (a minute at least), or None."""
    pieces = [(start, end)]
    for other in taken:
        other_end = other.ended_at or max(now, other.started_at)
        pieces = [part for lo, hi in pieces
                  for part in ((lo, min(hi, other.started_at)), (max(lo, other_end), hi))
                  if (part[1] - part[0]).total_seconds() >= MIN_TRIMMED_SECONDS]
    return max(pieces, key=lambda p: p[1] - p[0], default=None)


def overlap_field(start: datetime, other: Neighbour) -> str:
    """"start" when the span begins inside the other entry, else "end"."""
    return "start" if other.started_at <= start else "end"


def fit(conn: sqlite3.Connection, start: datetime, end: datetime, *, now: datetime, zone: tzinfo,
        trim: bool, exclude: frozenset[uuid.UUID] = frozenset()) -> tuple[datetime, datetime]:
    """[start, end) if it is free; trimmed to its largest free piece when ``trim``; else an
    OverlapError naming the first entry in the way."""
    taken = neighbours(conn, start, end, now=now, exclude=exclude)
    if not taken:
        return start, end
    piece = free_piece(start, end, taken, now)
    if trim and piece:
        return piece
    raise OverlapError(overlap_field(start, taken[0]), taken[0], piece, zone)


def running_in_the_way(conn: sqlite3.Connection, start: datetime, *,
                       exclude: frozenset[uuid.UUID] = frozenset()) -> list[Neighbour]:
    """Finished entries that end after ``start`` (a timer started then would run into them)."""
    rows = conn.execute(
        _NEIGHBOUR + "WHERE t.started_at > ? AND t.ended_at > ? ORDER BY t.started_at",
        (encode(start - timedelta(seconds=MAX_SECONDS)), encode(start)))
    return [n for n in map(_neighbour, rows) if n.id not in exclude]
