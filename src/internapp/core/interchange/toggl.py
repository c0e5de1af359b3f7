"""Toggl Track's detailed report CSV: the legacy columns (Start date, Start time, End date, End
time, Duration) and the newer Stop date / Stop time variant; a UTF-8 BOM, CRLF line endings and
HH:MM:SS durations. Projects become engagements (Client becomes a new engagement's organization);
Description (after Task, when there is one) becomes the note; Tags the tags.

Toggl's CSV has no entry ids: a re-import recognises an entry by its project, note, tags, start
and end.
"""

from pathlib import Path

from internapp.core.interchange import time_import, time_spreadsheet
from internapp.core.interchange.report import ImportReport
from internapp.core.interchange.time_import import Parsed
from internapp.core.store import Store

FORMAT = "toggl"
LAYOUT = time_spreadsheet.Layout(
    name="Toggl detailed CSV",
    start_date=("start date",), start_time=("start time",),
    end_date=("end date", "stop date"), end_time=("end time", "stop time"),
    duration=("duration",),
)


def parse(path: Path, tz: str) -> Parsed:
    return time_spreadsheet.parse(path, tz, FORMAT, LAYOUT)


def run(store: Store, path: Path, dry_run: bool) -> ImportReport:
    return time_import.run(store, path, dry_run, FORMAT, parse)
