"""Exporting time: a CSV with Toggl's detailed-report column names (so Toggl, Clockify and
spreadsheets read it, and our own Toggl importer reads it back) and a JSON document with the
period's totals and every entry. Times are written in the user's zone, as Toggl writes them;
running timers are left out of the CSV (they have no end yet).

Both stream: rows come from the store's plain path in chunks and are written as they come (a
million entries in a few seconds and a few tens of MB), into a temporary file moved into place at
the end. Text cells are made safe for spreadsheets; an engagement's cells are built once.
"""

import csv
import functools
import io
import json
from collections.abc import Iterator
from datetime import UTC, datetime, tzinfo
from json.encoder import encode_basestring  # the C encoder, as json.dumps(ensure_ascii=False)
from pathlib import Path

from internapp.core.interchange.spreadsheet_safe import FORMULA_TRIGGERS, neutralise
from internapp.core.safe_files import atomic_output
from internapp.core.services import reports
from internapp.core.services.local_times import LocalTimes
from internapp.core.services.reports import ALL_TIME, Period
from internapp.core.store import Store

TOGGL_COLUMNS = ["User", "Email", "Client", "Project", "Task", "Description", "Billable",
                 "Start date", "Start time", "End date", "End time", "Duration", "Tags",
                 "Amount ()"]
CHUNK = 5000


def hms(seconds: int) -> str:
    return f"{seconds // 3600:02d}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"


def export_csv(store: Store, path: Path, zone: tzinfo, period: Period = ALL_TIME) -> int:
    """Writes the period's finished entries; returns how many."""
    split = LocalTimes(zone).date_and_time
    durations: dict[int, str] = {}  # few distinct lengths
    count = 0
    with atomic_output(Path(path), encoding="utf-8-sig", newline="") as handle:
        buffer = io.StringIO()  # a chunk's rows, written (and encoded) at once
        out = csv.writer(buffer)
        out.writerow(TOGGL_COLUMNS)
        with store.reading() as conn:
            names = {i: (neutralise(org or ""), neutralise(title))
                     for i, title, org in _engagements(conn)}
            for chunk in _chunks(conn.execute(
                    "SELECT engagement_id, started_at, ended_at, seconds, note, tags "
                    "FROM time_entry WHERE started_at >= ? AND started_at < ? "
                    "AND ended_at IS NOT NULL ORDER BY started_at", period.bounds())):
                rows = []
                for engagement_id, start, end, seconds, note, tags in chunk:
                    org, title = names[engagement_id]
                    begin, finish = split(start), split(end)
                    length = durations.get(seconds)
                    if length is None:
                        length = durations[seconds] = hms(seconds)
                    rows.append(("", "", org, title, "",
                                 "'" + note if note.startswith(FORMULA_TRIGGERS) else note, "",
                                 begin[0], begin[1], finish[0], finish[1], length,
                                 _tags_cell(tags), ""))
                out.writerows(rows)
                count += len(rows)
                handle.write(buffer.getvalue())
                buffer.seek(0)
                buffer.truncate()
        handle.write(buffer.getvalue())
    return count


def export_json(store: Store, path: Path, zone: tzinfo, period: Period = ALL_TIME) -> int:
    """Writes {exported_at, time_zone, period, totals, entries}; returns how many entries."""
    iso, quote = LocalTimes(zone).iso, '"'
    count = 0
    head = {
        "exported_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "time_zone": getattr(zone, "key", str(zone)),
        "period": {"from": period.start.isoformat() if period.start else None,
                   "to": period.end.isoformat() if period.end else None},
        "totals": reports.report(store, "engagement", period, zone),
    }
    with atomic_output(Path(path), newline="") as out:
        out.write(json.dumps(head, indent=2, ensure_ascii=False)[:-2] + ',\n  "entries": [')
        with store.reading() as conn:
            names = {i: (encode_basestring(title), _json_or_null(org))
                     for i, title, org in _engagements(conn)}
            for chunk in _chunks(conn.execute(
                    "SELECT id, engagement_id, started_at, ended_at, seconds, tz, note, tags, "
                    "source FROM time_entry WHERE started_at >= ? AND started_at < ? "
                    "ORDER BY started_at", period.bounds())):
                parts = []
                for i, engagement_id, start, end, seconds, tz, note, tags, source in chunk:
                    title, org = names[engagement_id]
                    parts.append(
                        f'\n    {{"id": "{i[:8]}-{i[8:12]}-{i[12:16]}-{i[16:20]}-{i[20:]}", '
                        f'"engagement": {title}, "organization": {org}, '
                        f'"start": "{iso(start)}", '
                        f'"end": {"null" if end is None else f"{quote}{iso(end)}{quote}"}, '
                        f'"seconds": {"null" if seconds is None else seconds}, '
                        f'"tz": {_json_or_null(tz)}, "note": {encode_basestring(note)}, '
                        f'"tags": {_tags_json(tags)}, "source": {_json_or_null(source)}}}')
                out.write(("," if count else "") + ",".join(parts))
                count += len(parts)
        out.write("\n  ]\n}\n" if count else "]\n}\n")
    return count


def _engagements(conn) -> list[tuple[str, str, str | None]]:
    return conn.execute("SELECT e.id, e.title, o.name FROM engagement e "
                        "LEFT JOIN organization o ON o.id = e.organization_id").fetchall()


def _chunks(cursor) -> Iterator[list]:
    while rows := cursor.fetchmany(CHUNK):
        yield rows


@functools.lru_cache(maxsize=4096)  # a history has few distinct tag lists
def _tags_cell(stored: str) -> str:
    return str(neutralise(", ".join(json.loads(stored))))


@functools.lru_cache(maxsize=4096)
def _tags_json(stored: str) -> str:
    return json.dumps(json.loads(stored), ensure_ascii=False)


@functools.lru_cache(maxsize=256)  # zones and sources: a few
def _json_or_null(value: str | None) -> str:
    return "null" if value is None else encode_basestring(value)
