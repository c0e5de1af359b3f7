"""Time in one place: aware UTC for storage, the user's IANA zone for display and input."""

import os
import sys
from datetime import UTC, date, datetime
from zoneinfo import TZPATH, ZoneInfo, ZoneInfoNotFoundError


def utcnow() -> datetime:
    """The current instant as an aware UTC datetime."""
    return datetime.now(UTC)


def today_local() -> date:
    return datetime.now(local_zone()).date()


def local_zone_name() -> str:
    """The system's IANA zone name (for example ``Europe/Berlin``); ``UTC`` when it cannot be told."""
    name = _zone_name_at_once()
    if name is None:
        try:
            import tzlocal  # the other systems and configurations (it loads logging: ~20 ms)

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


def _zone_name_at_once() -> str | None:
    """The zone name as tzlocal would tell it, for the usual cases, from a few system calls:
    ``TZ`` naming a zone, else the zone ``/etc/localtime`` links to (and ``/etc/timezone`` when
    it agrees). None for anything else (tzlocal then decides)."""
    given = os.environ.get("TZ")
    if given is not None:
        given = given.removeprefix(":")
        return given if _zone_file(given) else None
    if sys.platform not in ("linux", "darwin") or any(
            os.path.exists(other) for other in ("/var/db/zoneinfo", "/etc/sysconfig/clock",
                                                "/etc/conf.d/clock")):
        return None
    linked = None
    if os.path.islink("/etc/localtime"):
        parts = os.path.realpath("/etc/localtime").split("/")
        linked = next(("/".join(parts[n:]) for n in range(1, len(parts))
                       if _zone_file("/".join(parts[n:]))), None)
        if linked is None:
            return None
    try:
        with open("/etc/timezone", encoding="ascii") as handle:
            written = handle.read().strip("/ \t\r\n").split("#")[0].split(" ")[0] or None
    except (OSError, UnicodeDecodeError):
        written = None
    if linked and written and linked != written:
        return None  # two answers: tzlocal weighs them
    return linked or (written if written and _zone_file(written) else None)


def _zone_file(name: str) -> bool:
    """Whether ``name`` is a zone of the system's database (the file, not a guess at tzdata)."""
    if not name or name.startswith("/") or ".." in name:
        return False
    return any(os.path.isfile(os.path.join(folder, name)) for folder in TZPATH)


def local_zone() -> ZoneInfo:
    return ZoneInfo(local_zone_name())


def as_utc(value: datetime) -> datetime:
    """An aware datetime converted to UTC. A naive one is refused: its meaning is unknown."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError("a naive datetime has no time zone; attach one before storing it")
    return value.astimezone(UTC)
