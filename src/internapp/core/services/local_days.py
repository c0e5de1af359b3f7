"""Seconds per local day, kept in SQL although SQL knows no time zones.

Migration 0004's triggers keep ``time_day_total`` (one row per local day) from the offsets in
``time_zone_offset``: for each UTC instant from which the zone's offset changes, the new offset.
``ensure(store, zone)`` writes those rows for the user's zone (every change from 1900 to 2100,
daylight saving and historical ones, to the second) and rebuilds the day totals once, when a
report first asks in a zone other than the one kept; after that the triggers keep them as entries
are added, changed or deleted, by either path. A read-only store that keeps another zone cannot be
rebuilt: reports then sum the entries themselves.
"""

import json
import sqlite3
from datetime import UTC, datetime, timedelta, tzinfo

from internapp.core.store import Store
from internapp.core.store.codec import LOWEST, encode

FIRST, LAST = datetime(1900, 1, 1, tzinfo=UTC), datetime(2100, 1, 1, tzinfo=UTC)
LOCAL_DAY = ("date(t.started_at, (SELECT z.offset_seconds FROM time_zone_offset z "
             "WHERE z.utc_from <= t.started_at ORDER BY z.utc_from DESC LIMIT 1) || ' seconds')")


def zone_key(zone: tzinfo) -> str | None:
    """The IANA name that identifies ``zone`` (None for a zone without one: not kept)."""
    return getattr(zone, "key", None)


def _offset(zone: tzinfo, instant: datetime) -> int:
    return int((instant.astimezone(zone).utcoffset() or timedelta(0)).total_seconds())


def offsets(zone: tzinfo) -> list[tuple[str, int]]:
    """(stored instant from which it holds, offset in seconds) for every change of ``zone``'s
    offset between 1900 and 2100, the first from the beginning of time."""
    rows = [(LOWEST, _offset(zone, FIRST))]
    day, current = FIRST, rows[0][1]
    step = timedelta(days=1)
    while day < LAST:
        following = day + step
        after = _offset(zone, following)
        if after != current:
            lo, hi = day, following  # the change lies in (lo, hi]: find its second
            while hi - lo > timedelta(seconds=1):
                middle = lo + (hi - lo) / 2
                middle = middle.replace(microsecond=0)
                if _offset(zone, middle) == current:
                    lo = middle
                else:
                    hi = middle
            rows.append((encode(hi), after))
            current = after
        day = following
    return rows


def kept_zone(conn: sqlite3.Connection) -> str | None:
    row = conn.execute("SELECT zone FROM time_day_zone WHERE id = 1").fetchone()
    return row[0] if row else None


def ensure(store: Store, zone: tzinfo) -> bool:
    """True when ``time_day_total`` holds local days of ``zone`` (rebuilt here if it held
    another); False when it cannot (a zone without a name, or a read-only store)."""
    key = zone_key(zone)
    if key is None:
        return False
    with store.reading() as conn:
        if kept_zone(conn) == key:
            return True
    if store.read_only:
        return False
    rows = offsets(zone)
    with store.writing([], origin="local-days") as conn:
        if kept_zone(conn) == key:  # another process did it meanwhile
            return True
        conn.execute("DELETE FROM time_zone_offset")
        conn.executemany("INSERT INTO time_zone_offset (utc_from, offset_seconds) VALUES (?, ?)",
                         rows)
        conn.execute("INSERT INTO time_day_zone (id, zone) VALUES (1, ?) "
                     "ON CONFLICT (id) DO UPDATE SET zone = excluded.zone", (key,))
        rebuild(conn)
    return True


TAG_TOTALS = ("INSERT INTO time_tag_total (tag, seconds, entries) "
              "SELECT tag, SUM(seconds), COUNT(*) FROM (SELECT j.value AS tag, t.seconds "
              "FROM time_entry t, json_each(t.tags) j WHERE t.seconds IS NOT NULL UNION ALL "
              "SELECT '', seconds FROM time_entry WHERE seconds IS NOT NULL "
              "AND json_array_length(tags) = 0) GROUP BY tag")


def rebuild_tags(conn: sqlite3.Connection) -> None:
    """Sums every finished entry into its tags again (in the caller's transaction)."""
    conn.execute("DELETE FROM time_tag_total")
    conn.execute(TAG_TOTALS)


def add_tags(conn: sqlite3.Connection, tag_lists: dict[str, list]) -> None:
    """Adds finished entries written with the triggers suspended to their tags' totals, as the
    insert trigger would one at a time (an entry without tags counts for the tag ""), given their
    seconds and count per tag list as stored (JSON): ``{'["a", "b"]': [seconds, entries]}``."""
    sums: dict[str, list[int]] = {}
    for tags, (seconds, entries) in tag_lists.items():
        for tag in json.loads(tags) or [""]:
            known = sums.setdefault(tag, [0, 0])
            known[0] += seconds
            known[1] += entries
    conn.executemany("INSERT INTO time_tag_total (tag, seconds, entries) VALUES (?, ?, ?) "
                     "ON CONFLICT (tag) DO UPDATE SET seconds = seconds + excluded.seconds, "
                     "entries = entries + excluded.entries",
                     [(tag, seconds, entries) for tag, (seconds, entries) in sums.items()])


def rebuild(conn: sqlite3.Connection) -> None:
    """Sums every finished entry into its local day again (in the caller's transaction)."""
    conn.execute("DELETE FROM time_day_total")
    if conn.execute("SELECT 1 FROM time_zone_offset LIMIT 1").fetchone() is None:
        return
    conn.execute("INSERT INTO time_day_total (day, seconds, entries) "
                 f"SELECT {LOCAL_DAY} AS day, SUM(t.seconds), COUNT(*) FROM time_entry t "
                 "WHERE t.seconds IS NOT NULL GROUP BY day")
