"""Reading the store's stored values in plain SQL: how SQLAlchemy wrote them to SQLite."""

import uuid
from datetime import UTC, date, datetime, tzinfo

# Stage roles and engagement statuses as stored (the enumerations in core/models; a test keeps
# them equal — importing the models would load SQLAlchemy).
APPLIED = "applied"
PLANNABLE = ("planned", "active")


def instant(value: str | None) -> datetime | None:
    """A UTCDateTime column's text ("2026-03-09 17:00:00.000000") as aware UTC."""
    if value is None:
        return None
    return datetime.fromisoformat(str(value)).replace(tzinfo=UTC)


def stored(value: datetime) -> str:
    """An aware instant as the column stores it, for comparing in SQL."""
    return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def day(value: str | None) -> date | None:
    return None if value is None else date.fromisoformat(str(value))


def record_id(value: str) -> str:
    """A stored UUID (32 hex digits) in its usual text form."""
    return str(uuid.UUID(hex=str(value)))


def local_text(value: datetime, zone: tzinfo) -> str:
    """"Tue 10 Mar, 10:00" in the user's zone."""
    return value.astimezone(zone).strftime("%a %d %b, %H:%M")


def day_text(value: date) -> str:
    return value.strftime("%a %d %b")
