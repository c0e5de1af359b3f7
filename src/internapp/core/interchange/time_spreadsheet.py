"""Detailed-report CSV files (Toggl, Clockify) into parsed entries.

Both write one row per entry with a project, a description, tags ("a, b"), a start date and time,
an end (or stop) date and time, and a duration. Times are wall-clock times in the exporting
user's zone, taken here as the zone given (the system's by default). A row whose end is missing
gets start + duration. Every row that cannot be read is reported with its line and the reason.
"""

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
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


FIELDS = ("start_date", "start_time", "end_date", "end_time", "duration", "project", "client",
          "description", "task", "tags")


def parse(path: Path, tz: str, fmt: str, layout: Layout) -> Parsed:
    csv_file = read_csv(path)
    columns = {name: csv_file.column(*getattr(layout, name)) for name in FIELDS}
    missing = [] if columns["start_date"] is not None and columns["start_time"] is not None \
        else [layout.start_date[0], layout.start_time[0]]
    has_end = columns["end_date"] is not None and columns["end_time"] is not None
    if not missing and not (has_end or columns["duration"] is not None):
        missing = [f"{layout.end_date[0]}/{layout.end_time[0]} or {layout.duration[0]}"]
    if missing:
        raise ValidationError("file", f"is not a {layout.name}: it has no "
                                      f"{', '.join(repr(m.title()) for m in missing)} column "
                                      f"(found: {', '.join(csv_file.headers) or 'nothing'})")
    dates = DateReader([row.get(columns[c]) for row in csv_file.rows
                        for c in ("start_date", "end_date") if columns[c] is not None])
    parsed = Parsed(notes=list(csv_file.notes) + ([dates.note] if dates.note else []))
    reader = _RowReader(csv_file, columns, dates, LocalClock(ZoneInfo(tz)), fmt)
    for row in csv_file.rows:
        try:
            parsed.entries.append(reader.entry(row))
        except ValidationError as error:
            parsed.rejected.append(RejectedRow(row.line, error.reason, error.field))
    if not csv_file.rows:
        parsed.notes.append("the file has a header but no entries")
    return parsed


class _RowReader:
    """Turns records into entries. Dates, clock times and tag lists repeat across a file, so each
    distinct text is read once (a text that cannot be read is read again, to say why)."""

    def __init__(self, csv_file: CsvFile, columns: dict, dates: DateReader,
                 clock: "LocalClock", fmt: str) -> None:
        self.csv_file = csv_file
        self.width = len(csv_file.headers)
        self.indexes = [columns[name] for name in FIELDS]  # None: the file has no such column
        self.duration_header = (csv_file.headers[columns["duration"]]
                                if columns["duration"] is not None else "duration")
        self.dates = dates
        self.clock = clock
        self.fmt = fmt
        self._days: dict[str, date] = {}  # what each distinct text reads as
        self._clocks: dict[str, time] = {}
        self._tags: dict[str, tuple[str, ...]] = {}

    def entry(self, row: CsvRow) -> ParsedEntry:
        cells = row.cells
        if len(cells) != self.width:
            raise ValidationError("row", self.csv_file.shape_problem(row) or "has the wrong number "
                                         "of cells")
        (start_date, start_time, end_date, end_time, duration, project, client, description,
         task, tags) = [cells[i].strip() if i is not None else "" for i in self.indexes]
        start = self._instant(start_date, start_time, "start")
        if end_date or end_time:
            end = self._instant(end_date or start_date, end_time, "end")
        elif duration:
            end = start + timedelta(seconds=parse_hms(self.duration_header, duration))
        else:
            raise ValidationError("end", "is missing and so is the duration")
        project = clean_project(project)
        note = clean_note(f"{task} — {description}" if task and description
                          else task or description)
        tag_list = self._tag_list(tags)
        return ParsedEntry(row.line, project, start, end, note, tag_list,
                           external_id(start, self.fmt, project, note, int(end.timestamp()),
                                       *tag_list), client or None)

    def _instant(self, day_text: str, clock_text: str, field: str) -> datetime:
        day = self._days.get(day_text)
        if day is None:
            if not day_text:
                raise ValidationError(f"{field} date", "is empty")
            day = self._days[day_text] = self.dates.parse(f"{field} date", day_text)
        clock = self._clocks.get(clock_text)
        if clock is None:
            if not clock_text:
                raise ValidationError(f"{field} time", "is empty")
            clock = self._clocks[clock_text] = parse_clock(f"{field} time", clock_text)
        return self.clock.to_utc(field, datetime.combine(day, clock))

    def _tag_list(self, text: str) -> tuple[str, ...]:
        if text not in self._tags:
            self._tags[text] = clean_tags(text.split(",")) if text else ()
        return self._tags[text]


class LocalClock:
    """Wall-clock times of one zone to UTC, fast: a day without a daylight-saving change has one
    offset (worked out once per day); a day with one goes through ``local_to_utc``, which also
    refuses the skipped times."""

    def __init__(self, zone: ZoneInfo) -> None:
        self.zone = zone
        self._offsets: dict[date, timedelta | None] = {}

    def to_utc(self, field: str, wall: datetime) -> datetime:
        day = wall.date()
        if day in self._offsets:
            offset = self._offsets[day]
        else:
            first = datetime.combine(day, time(0), tzinfo=self.zone).utcoffset()
            last = datetime.combine(day, time(23, 59, 59), tzinfo=self.zone).utcoffset()
            offset = self._offsets[day] = first if first == last else None
        if offset is None:
            return local_to_utc(field, wall, self.zone)
        return (wall - offset).replace(tzinfo=UTC)
