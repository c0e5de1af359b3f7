"""The one timestamp codec: how an instant is kept in the store, and read back.

SQLite has no datetime type; an instant is kept as naive UTC text with microseconds,
``2026-03-02 09:15:00.000000`` (the text SQLAlchemy's DateTime wrote, so stores written before this
module read the same). It sorts as the instants do, so ranges are plain text comparisons on an
index. The ORM's ``UTCDateTime`` column type and the plain-SQL paths both go through ``encode`` and
``decode``; nothing else formats or parses a stored instant. Standard library only.
"""

from datetime import UTC, datetime

# Bounds below and above every stored instant. Full timestamps: the columns have NUMERIC affinity,
# so a short text such as "0000" would be compared as the number 0.
LOWEST = "0001-01-01 00:00:00.000000"
HIGHEST = "9999-12-31 23:59:59.999999"


def encode(instant: datetime) -> str:
    """The stored text of an aware instant. A naive datetime is refused: its zone is unknown and
    guessing loses data."""
    if type(instant) is datetime and instant.tzinfo is UTC:  # most: "…+00:00" without the offset
        return instant.isoformat(" ", "microseconds")[:-6]
    if not isinstance(instant, datetime):
        raise TypeError(f"expected a datetime, got {type(instant).__name__}")
    if instant.tzinfo is not UTC:
        if instant.utcoffset() is None:
            raise ValueError("naive datetime given to a UTC column; attach a time zone first")
        instant = instant.astimezone(UTC)
    return instant.replace(tzinfo=None).isoformat(" ", "microseconds")


def decode(text: str) -> datetime:
    """The aware UTC instant of a stored text."""
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def decode_optional(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text).replace(tzinfo=UTC)
