"""Exporting time: a CSV with Toggl's detailed-report column names (so Toggl, Clockify and
spreadsheets read it, and our own Toggl importer reads it back) and a JSON document with the
period's totals and every entry. Rows stream from SQL; text cells are made safe for spreadsheets.
Times are written in the user's zone, as Toggl writes them; running timers are left out of the
CSV (they have no end yet).
"""

import csv
import json
import sqlite3
from datetime import UTC, datetime, tzinfo
from pathlib import Path

from internapp.core.interchange.spreadsheet_safe import neutralise
from internapp.core.safe_files import atomic_output
from internapp.core.services import reports
from internapp.core.services.reports import ALL_TIME, Period

TOGGL_COLUMNS = ["User", "Email", "Client", "Project", "Task", "Description", "Billable",
                 "Start date", "Start time", "End date", "End time", "Duration", "Tags",
                 "Amount ()"]


def hms(seconds: int) -> str:
    return f"{seconds // 3600:02d}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"


def export_csv(conn: sqlite3.Connection, path: Path, zone: tzinfo,
               period: Period = ALL_TIME) -> int:
    """Writes the period's finished entries; returns how many."""
    count = 0
    with atomic_output(Path(path), encoding="utf-8-sig", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(TOGGL_COLUMNS)
        for entry in reports.entries(conn, period):
            if entry.ended_at is None:
                continue
            start, end = entry.started_at.astimezone(zone), entry.ended_at.astimezone(zone)
            out.writerow([neutralise(value) for value in (
                "", "", entry.organization or "", entry.engagement, "", entry.note, "",
                start.strftime("%Y-%m-%d"), start.strftime("%H:%M:%S"),
                end.strftime("%Y-%m-%d"), end.strftime("%H:%M:%S"), hms(entry.seconds),
                ", ".join(entry.tags), "")])
            count += 1
    return count


def export_json(conn: sqlite3.Connection, path: Path, zone: tzinfo,
                period: Period = ALL_TIME) -> int:
    """Writes {time_zone, period, totals, entries}; returns how many entries."""
    totals = reports.report(conn, "engagement", period, zone)
    records = [{
        "id": e.id, "engagement": e.engagement, "organization": e.organization,
        "start": e.started_at.astimezone(zone).isoformat(),
        "end": e.ended_at.astimezone(zone).isoformat() if e.ended_at else None,
        "seconds": e.seconds, "tz": e.tz, "note": e.note, "tags": e.tags, "source": e.source,
    } for e in reports.entries(conn, period)]
    document = {
        "exported_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "time_zone": getattr(zone, "key", str(zone)),
        "period": {"from": period.start.isoformat() if period.start else None,
                   "to": period.end.isoformat() if period.end else None},
        "totals": totals,
        "entries": records,
    }
    with atomic_output(Path(path)) as handle:
        handle.write(json.dumps(document, indent=2, ensure_ascii=False) + "\n")
    return len(records)
