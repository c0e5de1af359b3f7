"""A reminder, and the user's reminder settings."""

from dataclasses import dataclass, field
from datetime import datetime, time


@dataclass(frozen=True)
class Reminder:
    """Something to notify: ``fire_at`` is when (before quiet hours move it), ``expires_at`` when
    it is no longer worth saying. ``key`` is stable for the same thing at the same time, so it is
    notified once; a rescheduled interview has a new key."""

    kind: str
    key: str
    record_id: str  # the record's id (a UUID's text)
    screen: str  # where clicking it opens: applications, engagements, contacts, time, money…
    title: str
    body: str
    fire_at: datetime  # aware UTC
    due_at: datetime  # aware UTC: the thing itself (an interview's start, a day's midnight)
    expires_at: datetime  # aware UTC
    actions: tuple[tuple[str, str], ...] = ()  # (action key, label) offered with it
    last_activity: datetime | None = None  # a forgotten timer: the last sign of work

    def to_dict(self) -> dict:
        return {"kind": self.kind, "key": self.key, "record_id": self.record_id,
                "screen": self.screen, "title": self.title, "body": self.body,
                "fire_at": self.fire_at.isoformat(), "due_at": self.due_at.isoformat(),
                "expires_at": self.expires_at.isoformat(),
                "actions": [a for a, _ in self.actions],
                "last_activity": self.last_activity.isoformat() if self.last_activity else None}


@dataclass(frozen=True)
class KindSetting:
    enabled: bool
    lead_minutes: int | None  # None: the kind has no lead time (it fires when it happens)


@dataclass(frozen=True)
class ReminderSettings:
    kinds: dict[str, KindSetting] = field(default_factory=dict)
    quiet_start: time | None = None
    quiet_end: time | None = None
    day_time: time = time(9, 0)  # when the reminders of all-day dates are given
    no_reply_days: int = 14
    timer_max_minutes: int = 240  # a timer running longer is probably forgotten
    idle_minutes: int = 15  # idle this long while a timer runs: probably forgotten

    def kind(self, name: str) -> KindSetting:
        from internapp.core.reminders.registry import load_builtin

        found = self.kinds.get(name)
        if found is not None:
            return found
        spec = load_builtin()[name]
        return KindSetting(spec.default_enabled, spec.default_lead_minutes)
