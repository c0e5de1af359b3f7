"""Clockify's detailed report CSV: Start Date / Start Time / End Date / End Time in the user's
locale (09/15/2026 or 15/09/2026 or 15.09.2026, 02:00 PM or 14:00), Duration (h) as HH:MM:SS.
Projects become engagements (Client becomes a new engagement's organization); Description
(after Task) becomes the note; Tags the tags.

Clockify's CSV has no entry ids: a re-import recognises an entry by its project, note, tags,
start and end.
"""

from pathlib import Path

from internapp.core.interchange import time_import, time_spreadsheet
from internapp.core.interchange.report import ImportReport
from internapp.core.interchange.time_import import Parsed
from internapp.core.store import Store

FORMAT = "clockify"
LAYOUT = time_spreadsheet.Layout(
    name="Clockify detailed CSV",
    start_date=("start date",), start_time=("start time",),
    end_date=("end date",), end_time=("end time",),
    duration=("duration (h)", "duration"),
)


def parse(path: Path, tz: str) -> Parsed:
    return time_spreadsheet.parse(path, tz, FORMAT, LAYOUT)


def run(store: Store, path: Path, dry_run: bool) -> ImportReport:
    return time_import.run(store, path, dry_run, FORMAT, parse)
