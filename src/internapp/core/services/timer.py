"""The timer: a time entry with no end yet. At most one runs (the schema enforces it), so it
survives quitting and restarting the app. Starting a timer stops the one running, at the same
instant. Start and stop may be back-dated ("I started 20 minutes ago"), never put in the future.

A gap while it runs (the machine slept) is resolved by the user: keep it, discard it (the entry
ends where the gap began) or split there (it ends at the gap and a new one runs from the wake-up).

All of it runs on the store's plain path (``internapp timer status|start|stop`` import no ORM),
with the same validators and rules as the ORM services (time_fields, time_rules).
"""

import sqlite3
import uuid
from datetime import datetime, timedelta
from enum import StrEnum
from typing import NamedTuple
from zoneinfo import ZoneInfo

from internapp.core.changes import Kind
from internapp.core.clock import local_zone_name, utcnow
from internapp.core.durations import duration_text
from internapp.core.enums import EngagementStatus
from internapp.core.services import engagement_titles, time_fields, time_rules
from internapp.core.services.errors import ValidationError
from internapp.core.services.time_fields import NOTE, TAGS, Entry, engagement_ref, zone_for
from internapp.core.services.time_input import describe, duration_seconds, parse_moment
from internapp.core.services.timer_state import RunningTimer, running
from internapp.core.store import Store
from internapp.core.store.codec import decode


class Started(NamedTuple):
    entry: Entry
    stopped: Entry | None = None  # the timer that was running before, now stopped
    engagement: str | None = None  # the engagement's title
    engagement_created: bool = False  # it was new, created with the timer (start_on)


class GapChoice(StrEnum):
    KEEP = "keep"  # the gap counts as work
    DISCARD = "discard"  # the entry ends where the gap began; no timer runs
    SPLIT = "split"  # the entry ends where the gap began; a new one runs from the wake-up


class Gap(NamedTuple):
    start: datetime  # aware UTC
    end: datetime

    @property
    def seconds(self) -> int:
        return duration_seconds(self.start, self.end)


class WakeWatch:
    """Notices that the machine slept: fed (wall clock, monotonic clock) samples on a regular
    tick, it reports a Gap when the wall clock ran on while the process did not.

    The monotonic clock stands still during suspend on Linux and macOS; where it does not, a wall
    clock that moved far more than the tick interval says the same.
    """

    def __init__(self, interval: float, threshold: timedelta = timedelta(minutes=10)) -> None:
        self.interval = interval  # seconds between ticks
        self.threshold = threshold
        self._last: tuple[datetime, float] | None = None

    def sample(self, wall: datetime, monotonic: float) -> Gap | None:
        last, self._last = self._last, (wall, monotonic)
        if last is None:
            return None
        wall_delta = (wall - last[0]).total_seconds()
        awake = min(max(monotonic - last[1], 0.0), self.interval)
        slept = wall_delta - awake
        if slept < self.threshold.total_seconds():
            return None
        return Gap(last[0], last[0] + timedelta(seconds=slept))

    def reset(self) -> None:
        self._last = None


class Choice(NamedTuple):
    engagement_id: uuid.UUID
    title: str


def choices(store: Store) -> list[Choice]:
    """Engagements a timer can run on (not cancelled), the most recently timed first."""
    with store.reading() as conn:
        found = conn.execute(  # one seek in the totals index per engagement
            "SELECT e.id, e.title, (SELECT max(t.started_at) FROM time_entry t "
            "WHERE t.engagement_id = e.id) FROM engagement e WHERE e.status != ?",
            (EngagementStatus.CANCELLED.value,)).fetchall()
    found.sort(key=lambda r: (r[2] is None, -(decode(r[2]).timestamp() if r[2] else 0),
                              r[1].casefold()))
    return [Choice(uuid.UUID(hex=engagement_id), title) for engagement_id, title, _ in found]


def start(store: Store, engagement_id: object, *, at: object = None, note: str | None = None,
          tags: object = None, tz: str | None = None, trim: bool = False,
          now: datetime | None = None) -> Started:
    """Starts a timer on the engagement at ``at`` (now by default; ``"20m ago"`` and ISO times
    work). A running timer is stopped at that instant first, in the same transaction."""
    return _start(store, engagement_ref(engagement_id), None, at=at, note=note, tags=tags, tz=tz,
                  trim=trim, now=now)


def start_on(store: Store, engagement: str, *, at=None, note: str | None = None, tags=None,
             tz: str | None = None, trim: bool = False, now: datetime | None = None) -> Started:
    """As ``start``, on the engagement called ``engagement``, created when there is none yet —
    in the same transaction as the timer (a refused start leaves no new engagement behind)."""
    return _start(store, None, engagement, at=at, note=note, tags=tags, tz=tz, trim=trim,
                  now=now)


def _start(store: Store, engagement_id: uuid.UUID | None, title: str | None, *, at, note, tags,
           tz, trim, now) -> Started:
    now = now or utcnow()
    zone = zone_for(tz or local_zone_name())
    begin = parse_moment("start", at, zone=zone, now=now) or now.replace(microsecond=0)
    time_rules.check_not_far_ahead(begin, now, zone=zone, limit=time_rules.TIMER_SLACK)
    note, tag_list = NOTE("note", note), TAGS("tags", tags)
    kinds = [Kind.TIME] if title is None else [Kind.TIME, Kind.ENGAGEMENTS]
    with store.writing(kinds) as conn:  # BEGIN IMMEDIATE: the checks below hold until commit
        if engagement_id is None:
            engagement_id, name, created = engagement_titles.find_or_create(conn, title)
        else:
            name, created = time_fields.engagement_title(conn, engagement_id), False  # or gone
        current = time_fields.running_entry(conn)
        stopped = None
        if current is not None:
            if begin <= current.started_at:
                raise ValidationError(
                    "start", f"{describe(begin, zone)} is not after the running timer's start "
                             f"({describe(current.started_at, zone)}); stop that one first")
            stopped = _finish(conn, current, begin, zone_for(current.tz))
        exclude = frozenset({current.id}) if current else frozenset()
        begin = _clear_start(conn, begin, now=now, zone=zone, trim=trim, exclude=exclude)
        entry = time_fields.insert(conn, engagement_id, begin, None, tz=zone.key,
                                   note=note or "", tags=tag_list)
    return Started(entry, stopped, name, created)


def stop(store: Store, *, at: object = None, now: datetime | None = None) -> Entry:
    """Stops the running timer at ``at`` (now by default) and returns the finished entry."""
    now = now or utcnow()
    with store.writing([Kind.TIME]) as conn:
        current = time_fields.running_entry(conn)
        if current is None:
            raise ValidationError("timer", "is not running")
        zone = zone_for(current.tz)
        end = parse_moment("end", at, zone=zone, now=now) or now.replace(microsecond=0)
        time_rules.check_not_far_ahead(end, now, zone=zone, limit=time_rules.TIMER_SLACK,
                                       field="end")
        return _finish(conn, current, end, zone)


def discard(store: Store) -> None:
    """Deletes the running timer's entry (started by mistake)."""
    with store.writing([Kind.TIME]) as conn:
        current = time_fields.running_entry(conn)
        if current is None:
            raise ValidationError("timer", "is not running")
        conn.execute("DELETE FROM time_entry WHERE id = ?", (current.id.hex,))


def resolve_gap(store: Store, gap: Gap, choice: GapChoice | str, *,
                now: datetime | None = None) -> RunningTimer | None:
    """Applies the user's choice about a gap in the running timer; returns what runs after."""
    choice = GapChoice(choice)
    current = running(store)
    if current is None or choice == GapChoice.KEEP:
        return current
    end = max(gap.start, current.started_at + timedelta(seconds=1))
    if choice == GapChoice.DISCARD:
        stop(store, at=end, now=now)
        return None
    stop(store, at=end, now=now)
    start(store, current.engagement_id, at=max(gap.end, end), note=current.note,
          tags=list(current.tags), tz=current.tz, now=now)
    return running(store)


def _finish(conn: sqlite3.Connection, entry: Entry, end: datetime, zone: ZoneInfo) -> Entry:
    if end <= entry.started_at:
        raise ValidationError("end", f"{describe(end, zone)} is not after the timer's start "
                                     f"({describe(entry.started_at, zone)})")
    seconds = duration_seconds(entry.started_at, end)
    if seconds < 1:
        raise ValidationError("end", "the timer ran less than a second; discard it instead")
    if seconds > time_rules.MAX_SECONDS:
        raise ValidationError(
            "end", f"the timer ran {duration_text(seconds)}, longer than the 24 hours one entry may "
                   f"last; stop it at an earlier time (it started "
                   f"{describe(entry.started_at, zone)})")
    return time_fields.finish(conn, entry, end)


def _clear_start(conn: sqlite3.Connection, begin: datetime, *, now: datetime, zone: ZoneInfo,
                 trim: bool, exclude: frozenset[uuid.UUID]) -> datetime:
    """``begin`` when nothing finished after it; with ``trim``, the end of what is in the way."""
    in_the_way = time_rules.running_in_the_way(conn, begin, exclude=exclude)
    if not in_the_way:
        return begin
    last = max(in_the_way, key=lambda n: n.ended_at or now)
    ended = last.ended_at or now
    trimmed = (ended, now) if ended < now else None
    if trim and trimmed:
        return ended
    raise time_rules.OverlapError("start", last, trimmed, zone)
