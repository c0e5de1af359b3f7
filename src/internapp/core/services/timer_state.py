"""The running timer, read on its own: ``internapp timer status`` — a shell prompt's or a panel's
question, asked often — loads this and the store, none of what starting and stopping a timer need
(their validators, rules and parsers: timer.py, which re-exports these)."""

import sqlite3
from datetime import UTC, datetime
from typing import TYPE_CHECKING, NamedTuple

from internapp.core.store import Store
from internapp.core.store.codec import decode

if TYPE_CHECKING:
    import uuid


class RunningTimer(NamedTuple):
    entry_id: "uuid.UUID"
    engagement_id: "uuid.UUID"
    engagement: str
    started_at: datetime  # aware UTC
    note: str
    tags: tuple[str, ...] = ()
    tz: str = "UTC"

    def elapsed_seconds(self, now: datetime | None = None) -> int:
        """Seconds since the start (both instants aware: subtracted in UTC)."""
        since = (now or datetime.now(UTC)).astimezone(UTC) - self.started_at.astimezone(UTC)
        return max(0, int(since.total_seconds()))


def running(store: Store) -> RunningTimer | None:
    """The running timer, if any."""
    with store.reading() as conn:
        return running_in(conn)


def running_in(conn: sqlite3.Connection) -> RunningTimer | None:
    """The running timer, read in the caller's transaction."""
    row = conn.execute(
        "SELECT t.id, t.engagement_id, e.title, t.started_at, t.note, t.tags, t.tz "
        "FROM time_entry t JOIN engagement e ON e.id = t.engagement_id "
        "WHERE t.ended_at IS NULL").fetchone()
    if row is None:
        return None
    import json  # here: with no timer running (a prompt's usual answer) neither is loaded
    import uuid

    entry_id, engagement_id, title, start, note, tags, tz = row
    return RunningTimer(uuid.UUID(hex=entry_id), uuid.UUID(hex=engagement_id), title,
                        decode(start), note, tuple(json.loads(tags)), tz)
