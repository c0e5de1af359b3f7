"""Stored instants shown as wall-clock times in one zone, fast enough for a million rows.

An export formats two instants per entry; ``astimezone`` and ``strftime`` per value cost most of
its time. The zone's offset is the same all day on all but a few days a year, so it is looked up
once per UTC day (of the stored text) and added to the parsed instant; on a day when the offset
changes the instant is converted exactly.
"""

from datetime import UTC, datetime, timedelta, timezone, tzinfo

_DAY_END = timedelta(days=1, microseconds=-1)


class LocalTimes:
    def __init__(self, zone: tzinfo) -> None:
        self.zone = zone
        self._days: dict[str, timedelta | None] = {}
        self._offset_texts: dict[timedelta, str] = {}

    def offset(self, stored: str) -> timedelta:
        """The zone's UTC offset at the stored instant ``stored``."""
        day = stored[:10]
        try:
            found = self._days[day]
        except KeyError:
            start = datetime.fromisoformat(day).replace(tzinfo=UTC)
            first = start.astimezone(self.zone).utcoffset()
            last = (start + _DAY_END).astimezone(self.zone).utcoffset()
            found = self._days[day] = first if first == last else None
        if found is None:  # the offset changes that day: convert this instant exactly
            exact = datetime.fromisoformat(stored).replace(tzinfo=UTC).astimezone(self.zone)
            return exact.utcoffset() or timedelta(0)
        return found or timedelta(0)

    def wall(self, stored: str) -> datetime:
        """The naive local wall-clock time of the stored instant."""
        return datetime.fromisoformat(stored) + self.offset(stored)

    def iso(self, stored: str) -> str:
        """``2026-03-02T10:15:00+01:00``: the instant in the zone, as ``isoformat()`` writes it."""
        offset = self.offset(stored)
        text = self._offset_texts.get(offset)
        if text is None:
            text = self._offset_texts[offset] = datetime(
                2000, 1, 1, tzinfo=timezone(offset)).isoformat()[19:]
        return (datetime.fromisoformat(stored) + offset).isoformat() + text

