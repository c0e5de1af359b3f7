"""The kinds of reminder. Each is registered once with its label, its default lead time and a
collector: ``collect(sources) -> iterable of Reminder``, reading with the sources' connection.

A new kind (payments due, from the money area) is one ``register(ReminderKind(...))`` call in
the module that knows the data; ``kinds.py`` registers the built-in ones.
"""

import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, time, tzinfo

from internapp.core.reminders.model import Reminder, ReminderSettings


@dataclass(frozen=True)
class Sources:
    """What a collector reads from: the store, the moment, the user's zone and settings."""

    conn: sqlite3.Connection
    now: datetime  # aware UTC
    zone: tzinfo
    settings: ReminderSettings
    idle_seconds: float | None = None  # the machine's idle time, where the platform tells it

    def lead(self, kind: str) -> int:
        return self.settings.kind(kind).lead_minutes or 0

    @property
    def day_time(self) -> time:
        return self.settings.day_time


@dataclass(frozen=True)
class ReminderKind:
    name: str  # the key in settings and in ``internapp remind --json``
    label: str  # as Settings lists it
    description: str
    collect: Callable[[Sources], Iterable[Reminder]]
    default_lead_minutes: int | None = 0  # None: no lead time to choose
    default_enabled: bool = True
    lead_in_days: bool = True  # Settings offers days (all-day dates) or minutes (interviews)
    order: int = 100  # where Settings lists it


KINDS: dict[str, ReminderKind] = {}


def register(kind: ReminderKind) -> ReminderKind:
    KINDS[kind.name] = kind
    return kind


def load_builtin() -> dict[str, ReminderKind]:
    """Every kind, the built-in ones registered (importing their modules registers them)."""
    import internapp.core.reminders.kinds
    import internapp.core.reminders.money_kinds
    import internapp.core.reminders.work_kinds  # noqa: F401

    if list(KINDS) != sorted(KINDS, key=lambda name: KINDS[name].order):
        ordered = sorted(KINDS.items(), key=lambda item: item[1].order)
        KINDS.clear()
        KINDS.update(ordered)
    return KINDS
