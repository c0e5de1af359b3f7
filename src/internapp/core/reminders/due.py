"""Everything the kinds collect for a moment, and which of it is due now.

A reminder is due when its time (moved past quiet hours) has come, it has not expired, it was
not delivered before, and it is not quiet hours now. Of several forgotten-timer notices due at
once only the latest is shown (the others are marked delivered with it).
"""

import sqlite3
from dataclasses import dataclass, field
from datetime import datetime, tzinfo

from internapp.core.reminders import schedule
from internapp.core.reminders.model import Reminder, ReminderSettings
from internapp.core.reminders.registry import Sources, load_builtin


@dataclass(frozen=True)
class Due:
    notify: list[Reminder] = field(default_factory=list)  # to show now, soonest first
    keys: frozenset[str] = frozenset()  # every key to mark delivered once they are shown


def collect(conn: sqlite3.Connection, now: datetime, zone: tzinfo, settings: ReminderSettings,
            *, idle_seconds: float | None = None) -> list[Reminder]:
    """Every reminder of the enabled kinds around ``now`` (delivered or not), by time."""
    sources = Sources(conn, now, zone, settings, idle_seconds)
    found: list[Reminder] = []
    for name, kind in load_builtin().items():
        if settings.kind(name).enabled:
            found.extend(kind.collect(sources))
    found.sort(key=lambda r: (r.fire_at, r.kind, r.title))
    return found


def fires_at(reminder: Reminder, settings: ReminderSettings, zone: tzinfo) -> datetime:
    """When it is shown: its time, or the end of the quiet hours it falls in."""
    return schedule.quiet_end(reminder.fire_at, settings.quiet_start, settings.quiet_end, zone)


def due_now(reminders: list[Reminder], now: datetime, zone: tzinfo, settings: ReminderSettings,
            delivered: set[str] | frozenset[str] = frozenset()) -> Due:
    if schedule.in_quiet_hours(now, settings.quiet_start, settings.quiet_end, zone):
        return Due()
    ready = [r for r in reminders if r.key not in delivered
             and fires_at(r, settings, zone) <= now < r.expires_at]
    timers = [r for r in ready if r.kind == "timer"]
    shown = [r for r in ready if r.kind != "timer"] + timers[-1:]
    shown.sort(key=lambda r: (r.fire_at, r.kind, r.title))
    return Due(shown, frozenset(r.key for r in ready))


def next_time(reminders: list[Reminder], now: datetime, zone: tzinfo,
              settings: ReminderSettings, delivered: set[str] | frozenset[str] = frozenset()
              ) -> datetime | None:
    """When the next reminder not yet delivered will be due (None: none in sight)."""
    times = [fires_at(r, settings, zone) for r in reminders
             if r.key not in delivered and r.expires_at > now]
    later = [t for t in times if t > now]
    return min(later) if later else None
