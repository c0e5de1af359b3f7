"""Time in one place: aware UTC for storage, the user's IANA zone for display and input."""

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


def utcnow() -> datetime:
    """The current instant as an aware UTC datetime."""
    return datetime.now(UTC)


def today_local() -> date:
    return datetime.now(local_zone()).date()


def local_zone_name() -> str:
    """The system's IANA zone name (for example ``Europe/Berlin``); ``UTC`` when it cannot be told."""
    try:
        import tzlocal

        name = tzlocal.get_localzone_name()
    except Exception:  # no zone configured, or one tzlocal cannot name
        name = None
    if not name:
        return "UTC"
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return "UTC"
    return name


def local_zone() -> ZoneInfo:
    return ZoneInfo(local_zone_name())


def as_utc(value: datetime) -> datetime:
    """An aware datetime converted to UTC. A naive one is refused: its meaning is unknown."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError("a naive datetime has no time zone; attach one before storing it")
    return value.astimezone(UTC)
