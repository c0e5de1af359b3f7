"""Times and durations as people type them, and as they are shown back.

Moments: ISO 8601 (without an offset it is wall-clock time in the given zone), ``HH:MM`` (today),
``now``, and relative times such as ``-20m``, ``20 min ago`` or ``1h30m ago``. A wall-clock time
that does not exist (skipped by a spring-forward change) is refused rather than guessed.
Durations: ``1:30``, ``1:30:15``, ``90m``, ``1h30m``, ``1.5h``, ``2 hours``; a bare number is minutes.
Every instant that leaves this module is aware UTC.
"""

import re
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from internapp.core.services.errors import ValidationError
from internapp.core.services.fields import CALENDAR, FIRST_DAY, LAST_DAY

UNIT_SECONDS = {"s": 1, "sec": 1, "secs": 1, "second": 1, "seconds": 1,
                "m": 60, "min": 60, "mins": 60, "minute": 60, "minutes": 60,
                "h": 3600, "hr": 3600, "hrs": 3600, "hour": 3600, "hours": 3600}
UNIT_PART = re.compile(r"(\d+(?:[.,]\d+)?)\s*([a-z]+)")
CLOCK = re.compile(r"^(\d{1,3}):(\d{2})(?::(\d{2}))?$")
TIME_OF_DAY = re.compile(r"^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm)?$")


MAX_DURATION = 100 * 366 * 86400  # seconds; more is a typo, and would leave the calendar
CLOCK_TEXT = re.compile(r"^(\d{1,2})(?:[:.h]?(\d{2}))?\s*(am|pm|a|p)?$")


def parse_time_of_day(field: str, text: str) -> time:
    """A time of day as people type it: ``14:00``, ``14.00``, ``1400``, ``14``, ``9:05``,
    ``2pm``, ``2:30 pm``. Refused with the field's name when it is none of these."""
    folded = text.strip().casefold().replace(" ", "")
    match = CLOCK_TEXT.match(folded)
    if not match:
        raise ValidationError(field, f"{text.strip()!r} is not a time of day (type 14:00)")
    hour, minute = int(match[1]), int(match[2] or 0)
    if match[3]:
        if not 1 <= hour <= 12:
            raise ValidationError(field, f"{text.strip()!r} is not a time of day (type 2:30 pm)")
        hour = hour % 12 + (12 if match[3].startswith("p") else 0)
    if hour > 23 or minute > 59:
        raise ValidationError(field, f"{text.strip()!r} is not a time of day (type 14:00)")
    return time(hour, minute)


def duration_seconds(start: datetime, end: datetime) -> int:
    """Elapsed seconds between two aware instants, daylight-saving changes included.

    Both are converted to UTC first: Python subtracts two datetimes that share a tzinfo by wall
    clock, which would make 01:30–03:30 on a spring-forward night two hours instead of one.
    """
    return int((to_utc(end) - to_utc(start)).total_seconds())


def to_utc(value: datetime) -> datetime:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError("a naive datetime has no time zone; attach one before storing it")
    return value.astimezone(UTC)


def parse_duration(field: str, value) -> int | None:
    """Seconds from ``1:30``, ``90m``, ``1h 30m``, ``1.5h``, a bare number of minutes, or a
    timedelta. None when empty. Zero and negative durations are refused."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, timedelta):
        seconds = int(value.total_seconds())
    elif isinstance(value, bool):
        raise ValidationError(field, "must be a duration such as 1:30 or 90m")
    elif isinstance(value, int | float):
        seconds = int(value) if value == value and abs(value) < MAX_DURATION * 2 else MAX_DURATION + 1
    else:
        try:
            seconds = _duration_text(field, str(value))
        except OverflowError:  # "1e400 h"
            seconds = MAX_DURATION + 1
    if abs(seconds) > MAX_DURATION:
        raise ValidationError(field, f"{value!r} is longer than any span internapp keeps")
    if seconds < 0:
        raise ValidationError(field, "is negative; a duration must be more than zero")
    if seconds == 0:
        raise ValidationError(field, "is zero; an entry must last at least a second")
    return seconds


def _duration_text(field: str, raw: str) -> int:
    text = raw.strip().casefold()
    sign = -1 if text.startswith("-") else 1
    text = text.lstrip("+-").strip()
    if match := CLOCK.match(text):
        hours, minutes, seconds = int(match[1]), int(match[2]), int(match[3] or 0)
        if minutes > 59 or seconds > 59:
            raise ValidationError(field, f"{raw!r} is not a duration (minutes and seconds go to 59)")
        return sign * (hours * 3600 + minutes * 60 + seconds)
    try:
        return sign * round(float(text.replace(",", ".")) * 60)  # a bare number is minutes
    except ValueError:
        pass
    parts = UNIT_PART.findall(text)
    if parts and UNIT_PART.sub("", text).strip() == "":
        total = 0.0
        for amount, unit in parts:
            if unit not in UNIT_SECONDS:
                break
            total += float(amount.replace(",", ".")) * UNIT_SECONDS[unit]
        else:
            return sign * round(total)
    raise ValidationError(field, f"{raw!r} is not a duration (use 1:30, 90m or 1h30m)")


def parse_moment(field: str, value, *, zone: tzinfo, now: datetime) -> datetime | None:
    """An aware UTC instant from a datetime or the text forms in the module's docstring, within
    the calendar internapp keeps (fields.FIRST_DAY to fields.LAST_DAY)."""
    try:
        moment = _moment(field, value, zone=zone, now=now)
    except OverflowError:
        moment = None
        far = True
    else:
        far = moment is not None and not FIRST_DAY <= moment.date() <= LAST_DAY
    if far:
        raise ValidationError(field, f"{value!r} is too far from today (internapp keeps the "
                                     f"years {CALENDAR})")
    return moment


def _moment(field: str, value, *, zone: tzinfo, now: datetime) -> datetime | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        return to_utc(value) if value.tzinfo else local_to_utc(field, value, zone)
    if isinstance(value, date):
        raise ValidationError(field, "needs a time of day, not only a date")
    if not isinstance(value, str):
        raise ValidationError(field, "must be a date and time")
    text = value.strip()
    folded = text.casefold()
    if folded == "now":
        return to_utc(now)
    relative = _relative(folded)
    if relative is not None:
        return to_utc(now) - timedelta(seconds=relative)
    if match := TIME_OF_DAY.match(folded):
        hour, minute, second = int(match[1]), int(match[2]), int(match[3] or 0)
        if match[4]:
            if not 1 <= hour <= 12:
                raise ValidationError(field, f"{text!r} is not a time of day")
            hour = hour % 12 + (12 if match[4] == "pm" else 0)
        if hour > 23 or minute > 59 or second > 59:
            raise ValidationError(field, f"{text!r} is not a time of day")
        today = to_utc(now).astimezone(zone).date()
        return local_to_utc(field, datetime.combine(today, time(hour, minute, second)), zone)
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        raise ValidationError(
            field, f"{text!r} is not a date and time (use ISO 8601 such as 2026-03-01T14:30, "
                   "a time such as 14:30, or 20m ago)") from None
    return to_utc(parsed) if parsed.tzinfo else local_to_utc(field, parsed, zone)


def _relative(folded: str) -> int | None:
    """Seconds back from now for ``-20m``, ``20m ago``, ``1:30 ago``; None when not relative."""
    if folded.endswith(" ago"):
        body = folded[:-4].strip()
    elif folded.startswith("-") and not re.match(r"^-\d{4}-", folded):
        body = folded[1:].strip()
    else:
        return None
    try:
        seconds = _duration_text("time", body)
    except ValidationError:
        return None
    return seconds if seconds >= 0 else None


def local_to_utc(field: str, wall: datetime, zone: tzinfo) -> datetime:
    """A naive wall-clock time in ``zone`` as UTC. A time the clocks skipped is refused; in a
    repeated hour (fall-back night) the first occurrence is taken, as ``fold=0`` says."""
    aware = wall.replace(tzinfo=zone)
    back = aware.astimezone(UTC).astimezone(zone)
    if back.replace(tzinfo=None) != wall.replace(tzinfo=None, fold=0):
        raise ValidationError(
            field, f"{wall:%Y-%m-%d %H:%M} does not exist in {zone_label(zone)}: the clocks "
                   "jumped forward over it that night")
    return aware.astimezone(UTC)


def zone_label(zone: tzinfo) -> str:
    return getattr(zone, "key", None) or str(zone)


def describe(instant: datetime, zone: tzinfo, *, with_date: bool = True) -> str:
    """``Sun 30 Mar 2025 03:30`` in ``zone`` (an offset is added on a fall-back night's repeat)."""
    local = instant.astimezone(zone)
    text = local.strftime("%a %d %b %Y %H:%M" if with_date else "%H:%M")
    if local.fold:
        text += f" ({local.strftime('%Z') or local.strftime('%z')})"
    return text


def describe_span(start: datetime, end: datetime | None, zone: tzinfo) -> str:
    """``Sun 30 Mar 2025 01:30–03:30``; the end's date is added when it is another day."""
    if end is None:
        return f"{describe(start, zone)}–now (running)"
    same_day = start.astimezone(zone).date() == end.astimezone(zone).date()
    return f"{describe(start, zone)}–{describe(end, zone, with_date=not same_day)}"
