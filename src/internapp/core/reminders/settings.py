"""The user's reminder settings: each kind on or off with its lead time, quiet hours, the time of
day all-day dates are reminded at, the no-reply wait and the forgotten-timer length.

Kept as one JSON value in the store's ``setting`` table (key ``reminders``), so they travel with
the data. ``read`` takes a plain sqlite3 connection (the background process reads them that way);
``save`` validates and writes through the Store.
"""

import json
import sqlite3
from dataclasses import replace
from datetime import time
from typing import Any

from internapp.core.reminders.model import KindSetting, ReminderSettings
from internapp.core.reminders.registry import load_builtin
from internapp.core.services.errors import ValidationError

SETTING_KEY = "reminders"
MAX_LEAD_MINUTES = 60 * 24 * 60  # 60 days


def read(conn: sqlite3.Connection) -> ReminderSettings:
    row = conn.execute("SELECT value FROM setting WHERE key = ?", (SETTING_KEY,)).fetchone()
    if row is None or row[0] is None:
        return ReminderSettings()
    try:
        return from_dict(json.loads(row[0]))
    except (ValueError, TypeError, ValidationError):
        return ReminderSettings()  # a damaged value: the defaults, rather than no reminders


def from_dict(data: Any) -> ReminderSettings:
    """Settings from their JSON form, validated (a ValidationError names the field)."""
    if not isinstance(data, dict):
        raise ValidationError("reminders", "must be an object")
    kinds_spec = load_builtin()
    kinds: dict[str, KindSetting] = {}
    for name, value in (data.get("kinds") or {}).items():
        if name not in kinds_spec:
            continue  # a kind this version does not know (a newer one wrote it): kept out
        if not isinstance(value, dict):
            raise ValidationError(f"kinds.{name}", "must be an object")
        enabled = value.get("enabled", kinds_spec[name].default_enabled)
        if not isinstance(enabled, bool):
            raise ValidationError(f"kinds.{name}.enabled", "must be true or false")
        lead = value.get("lead_minutes", kinds_spec[name].default_lead_minutes)
        if kinds_spec[name].default_lead_minutes is None:
            lead = None
        elif not isinstance(lead, int) or isinstance(lead, bool) or not 0 <= lead <= \
                MAX_LEAD_MINUTES:
            raise ValidationError(f"kinds.{name}.lead_minutes",
                                  f"must be a whole number of minutes from 0 to {MAX_LEAD_MINUTES}")
        kinds[name] = KindSetting(enabled, lead)
    quiet = data.get("quiet") or None
    quiet_start = quiet_end = None
    if quiet is not None:
        if not isinstance(quiet, dict):
            raise ValidationError("quiet", "must be an object with start and end")
        quiet_start = clock("quiet.start", quiet.get("start"))
        quiet_end = clock("quiet.end", quiet.get("end"))
        if quiet_start == quiet_end:
            raise ValidationError("quiet.end", "must differ from the start")
    result = ReminderSettings(kinds=kinds, quiet_start=quiet_start, quiet_end=quiet_end)
    if "day_time" in data:
        result = replace(result, day_time=clock("day_time", data["day_time"]))
    for name, low, high in (("no_reply_days", 1, 365), ("timer_max_minutes", 30, 24 * 60),
                            ("idle_minutes", 5, 240)):
        if name in data:
            value = data[name]
            if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
                raise ValidationError(name, f"must be a whole number from {low} to {high}")
            numbers: dict[str, Any] = {name: value}
            result = replace(result, **numbers)
    return result


def to_dict(settings: ReminderSettings) -> dict:
    data: dict[str, Any] = {
        "kinds": {name: {"enabled": k.enabled, "lead_minutes": k.lead_minutes}
                  for name, k in settings.kinds.items()},
        "day_time": settings.day_time.strftime("%H:%M"),
        "no_reply_days": settings.no_reply_days,
        "timer_max_minutes": settings.timer_max_minutes,
        "idle_minutes": settings.idle_minutes,
    }
    if settings.quiet_start is not None and settings.quiet_end is not None:
        data["quiet"] = {"start": settings.quiet_start.strftime("%H:%M"),
                         "end": settings.quiet_end.strftime("%H:%M")}
    return data


def clock(field: str, value: Any) -> time:
    if isinstance(value, time):
        return value.replace(second=0, microsecond=0, tzinfo=None)
    if isinstance(value, str):
        try:
            parsed = time.fromisoformat(value.strip())
        except ValueError:
            pass
        else:
            if parsed.tzinfo is None:
                return parsed.replace(second=0, microsecond=0)
    raise ValidationError(field, f"{value!r} is not a time of day (use HH:MM)")


def load(store) -> ReminderSettings:
    """The settings from an open Store (on its plain read path)."""
    with store.reading() as conn:
        return read(conn)


def save(store, settings: ReminderSettings | dict) -> ReminderSettings:
    """Validates and keeps the settings (one transaction); returns what was kept."""
    from internapp.core.changes import Kind
    from internapp.core.services import preferences

    checked = from_dict(settings if isinstance(settings, dict) else to_dict(settings))
    with store.write([Kind.SETTINGS]) as session:
        preferences.write(session, SETTING_KEY, to_dict(checked))
    return checked
