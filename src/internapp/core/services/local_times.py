"""Stored instants shown as wall-clock times in one zone, fast enough for a million rows.

An export formats two instants per entry; ``astimezone`` and ``strftime`` per value cost most of
its time. The zone's offset is the same all day on all but a few days a year, so it is looked up
once per UTC day (of the stored text) and added to the parsed instant; on a day when the offset
changes the instant is converted exactly. ``date_and_time`` goes further: an offset of whole
minutes moves only the hour and minute (and sometimes the date), so it looks the stored HH:MM up
in a table of 1,440 per offset instead of making a datetime at all.
"""

from datetime import UTC, datetime, timedelta, timezone, tzinfo

_DAY_END = timedelta(days=1, microseconds=-1)


class LocalTimes:
    def __init__(self, zone: tzinfo) -> None:
        self.zone = zone
        self._days: dict[str, timedelta | None] = {}
        self._offset_texts: dict[timedelta, str] = {}
        self._minutes: dict[str, int | None] = {}  # by stored day: whole minutes, or None
        self._clocks: dict[int, dict[str, tuple[str, int]]] = {}  # offset -> HH:MM -> local
        self._dates: dict[tuple[str, int], str] = {}  # (stored day, days moved) -> local day
        self._zone_texts: dict[int, str] = {}  # offset in minutes -> "+01:00"

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
        if len(stored) == 26:  # as the codec stores: to the microsecond
            date_text, time_text = self.date_and_time(stored)
            minutes = self._minutes[stored[:10]]
            if minutes is not None:
                zone_text = self._zone_texts.get(minutes) or self._zone_text(minutes)
                if stored.endswith(".000000"):
                    return f"{date_text}T{time_text}{zone_text}"
                return f"{date_text}T{time_text}{stored[19:]}{zone_text}"
        offset = self.offset(stored)
        text = self._offset_texts.get(offset)
        if text is None:
            text = self._offset_texts[offset] = datetime(
                2000, 1, 1, tzinfo=timezone(offset)).isoformat()[19:]
        return (datetime.fromisoformat(stored) + offset).isoformat() + text

    def date_and_time(self, stored: str) -> tuple[str, str]:
        """(``2026-03-02``, ``10:15:00``): the local date and time of day of the stored instant,
        as ``wall(stored).isoformat()`` writes them (the time to the second)."""
        day = stored[:10]
        try:
            minutes = self._minutes[day]
        except KeyError:
            minutes = self._minutes[day] = self._whole_minutes(stored)
        if minutes is None or len(stored) < 19:  # the offset changes that day, or has seconds
            text = self.wall(stored).isoformat()
            return text[:10], text[11:19]
        clocks = self._clocks.get(minutes)
        if clocks is None:
            clocks = self._clocks[minutes] = {}
        hm = stored[11:16]
        local = clocks.get(hm)
        if local is None:
            moved = int(hm[:2]) * 60 + int(hm[3:]) + minutes
            local = clocks[hm] = (f"{moved % 1440 // 60:02d}:{moved % 60:02d}", moved // 1440)
        if local[1]:
            key = (day, local[1])
            date_text = self._dates.get(key)
            if date_text is None:
                date_text = self._dates[key] = (datetime.fromisoformat(day)
                                                + timedelta(days=local[1])).date().isoformat()
            return date_text, local[0] + stored[16:19]
        return day, local[0] + stored[16:19]

    def _zone_text(self, minutes: int) -> str:
        text = self._zone_texts[minutes] = datetime(
            2000, 1, 1, tzinfo=timezone(timedelta(minutes=minutes))).isoformat()[19:]
        return text

    def _whole_minutes(self, stored: str) -> int | None:
        offset = self.offset(stored)
        exact = self._days[stored[:10]]
        if exact is None or offset % timedelta(minutes=1):
            return None
        return offset // timedelta(minutes=1)
