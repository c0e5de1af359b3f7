"""Small helpers for the reminder kinds' plain SQL: stored dates and ids, and dates as
reminders say them. Instants go through the store's one codec (core/store/codec.py)."""

import uuid
from datetime import date, datetime, tzinfo


def day(value: str) -> date:
    """A stored date ("2026-03-10"); the queries ask only for rows that have one."""
    return date.fromisoformat(str(value))


def record_id(value: str) -> str:
    """A stored UUID (32 hex digits) in its usual text form."""
    return str(uuid.UUID(hex=str(value)))


def local_text(value: datetime, zone: tzinfo) -> str:
    """"Tue 10 Mar, 10:00" in the user's zone."""
    return value.astimezone(zone).strftime("%a %d %b, %H:%M")


def day_text(value: date) -> str:
    return value.strftime("%a %d %b")
