"""Detailed-report CSV files (Toggl, Clockify) into parsed entries.

Both write one row per entry with a project, a description, tags ("a, b"), a start date and time,
an end (or stop) date and time, and a duration. Times are wall-clock times in the exporting
user's zone, taken here as the zone given (the system's by default). A row whose end is missing
gets start + duration. Every row that cannot be read is reported with its line and the reason.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from internapp.core.interchange.report import RejectedRow
from internapp.core.interchange.time_formats import (
    CsvFile,
    CsvRow,
    DateReader,
    parse_clock,
    parse_hms,
    read_csv,
)
from internapp.core.interchange.time_import import (
    Parsed,
    ParsedEntry,
    clean_note,
    clean_project,
    clean_tags,
    external_id,
)
from internapp.core.services.errors import ValidationError
from internapp.core.services.time_input import local_to_utc


@dataclass(frozen=True)
class Layout:
    """Which columns hold what (header names casefolded); the first present alternative wins."""

    name: str  # "Toggl detailed CSV"
    start_date: tuple[str, ...]
    start_time: tuple[str, ...]
    end_date: tuple[str, ...]
    end_time: tuple[str, ...]
    duration: tuple[str, ...]
    project: tuple[str, ...] = ("project",)
    client: tuple[str, ...] = ("client",)
    description: tuple[str, ...] = ("description",)
    task: tuple[str, ...] = ("task",)
    tags: tuple[str, ...] = ("tags",)


def parse(path: Path, tz: str, fmt: str, layout: Layout) -> Parsed:
    csv_file = read_csv(path)
    columns = {name: _pick(csv_file, getattr(layout, name)) for name in (
        "start_date", "start_time", "end_date", "end_time", "duration", "project", "client",
        "description", "task", "tags")}
    missing = [layout.start_date[0], layout.start_time[0]] if not (
        columns["start_date"] and columns["start_time"]) else []
    if not missing and not ((columns["end_date"] and columns["end_time"]) or columns["duration"]):
        missing = [f"{layout.end_date[0]}/{layout.end_time[0]} or {layout.duration[0]}"]
    if missing:
        raise ValidationError("file", f"is not a {layout.name}: it has no "
                                      f"{', '.join(repr(m.title()) for m in missing)} column "
                                      f"(found: {', '.join(csv_file.headers) or 'nothing'})")
    dates = DateReader([row.values.get(columns[c], "") for row in csv_file.rows
                        for c in ("start_date", "end_date") if columns[c]])
    parsed = Parsed(notes=list(csv_file.notes) + ([dates.note] if dates.note else []))
    zone = ZoneInfo(tz)
    for row in csv_file.rows:
        try:
            parsed.entries.append(_entry(csv_file, row, columns, dates, zone, fmt))
        except ValidationError as error:
            parsed.rejected.append(_rejected(row, error))
    if not csv_file.rows:
        parsed.notes.append("the file has a header but no entries")
    return parsed


def _entry(csv_file: CsvFile, row: CsvRow, columns: dict, dates: DateReader, zone,
           fmt: str) -> ParsedEntry:
    problem = csv_file.shape_problem(row)
    if problem:
        raise ValidationError("row", problem)

    def cell(name: str) -> str:
        return row.values.get(columns[name], "") if columns[name] else ""

    start = _instant(cell("start_date"), cell("start_time"), dates, zone, "start")
    end = None
    if cell("end_date") or cell("end_time"):
        end = _instant(cell("end_date") or cell("start_date"), cell("end_time"), dates, zone,
                       "end")
    elif cell("duration"):
        end = start + timedelta(seconds=parse_hms(columns["duration"], cell("duration")))
    else:
        raise ValidationError("end", "is missing and so is the duration")
    project = clean_project(cell("project"))
    note = clean_note(" — ".join(p for p in (cell("task"), cell("description")) if p))
    tags = clean_tags(cell("tags").split(","))
    return ParsedEntry(row.line, project, start, end, note, tags,
                       external_id(fmt, project, note, start.isoformat(), end.isoformat(), *tags),
                       cell("client") or None)


def _instant(day_text: str, clock_text: str, dates: DateReader, zone, field: str) -> datetime:
    if not day_text:
        raise ValidationError(f"{field} date", "is empty")
    if not clock_text:
        raise ValidationError(f"{field} time", "is empty")
    day = dates.parse(f"{field} date", day_text)
    clock = parse_clock(f"{field} time", clock_text)
    return local_to_utc(field, datetime.combine(day, clock), zone)


def _pick(csv_file: CsvFile, names: tuple[str, ...]) -> str | None:
    return next((name for name in names if name in csv_file.headers), None)


def _rejected(row: CsvRow, error: ValidationError) -> RejectedRow:
    return RejectedRow(row.line, error.reason, error.field)
