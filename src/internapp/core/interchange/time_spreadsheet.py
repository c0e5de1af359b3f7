"""Detailed-report CSV files (Toggl, Clockify) into parsed entries.

Both write one row per entry with a project, a description, tags ("a, b"), a start date and time,
an end (or stop) date and time, and a duration. Times are wall-clock times in the exporting
user's zone, taken here as the zone given (the system's by default). A row whose end is missing
gets start + duration. Every row that cannot be read is reported with its line and the reason.
"""

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from operator import itemgetter
from pathlib import Path
from zoneinfo import ZoneInfo

from internapp.core.interchange import time_halves
from internapp.core.interchange.time_formats import (
    YEAR_LAST,
    CsvFile,
    DateReader,
    parse_clock,
    parse_hms,
    read_csv,
)
from internapp.core.interchange.time_import import (
    Parsed,
    clean_note,
    clean_project,
    clean_tags,
    id_from_key,
    project_key,
    tags_json,
)
from internapp.core.services.errors import ValidationError
from internapp.core.services.time_input import local_to_utc
from internapp.core.store.codec import encode

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


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
    try:  # most files write ISO dates: one pass
        return _parse(csv_file, columns, tz, fmt, None)
    except _DayOrMonth:  # the file decides which comes first: read its dates, then the file
        dated = [columns[c] for c in ("start_date", "end_date")]
        dates = DateReader(_date_texts(csv_file, [c for c in dated if c is not None]))
        return _parse(csv_file, columns, tz, fmt, dates)


class _DayOrMonth(Exception):
    """A date written day and month first (03/04/2026): which comes first is decided from every
    date in the file."""


def _parse(csv_file: CsvFile, columns: dict, tz: str, fmt: str,
           dates: DateReader | None) -> Parsed:
    """The file's entries, its dates read by ``dates`` (None: ISO dates only, _DayOrMonth at
    the first date that is not); a long file of ISO dates in two halves (time_halves.py)."""
    reader_dates = dates or DateReader([])
    parsed = Parsed(notes=list(csv_file.notes) + ([reader_dates.note] if reader_dates.note else []))
    try:
        read = _reading(csv_file, columns, tz, fmt, dates)
        if dates is None and time_halves.worth_splitting(csv_file):
            header_end = _header_end(csv_file)
            rows = time_halves.parse_halves(
                csv_file, header_end, read, parsed, _read_second_half,
                (csv_file.path, csv_file.encoding, csv_file.delimiter, csv_file.headers, columns,
                 tz, fmt))
        else:
            rows = read(parsed, csv_file.records())
        if not rows:
            parsed.notes.append("the file has a header but no entries")
    except BaseException:
        parsed.close()
        raise
    return parsed


def _reading(csv_file: CsvFile, columns: dict, tz: str, fmt: str, dates: DateReader | None):
    """A function that reads records into a Parsed and says how many there were."""
    clock = LocalClock(ZoneInfo(tz))

    def read(parsed: Parsed, records) -> int:
        reader = _RowReader(csv_file, columns, dates or DateReader([]), clock, fmt, parsed,
                            iso_only=dates is None)
        rows = 0
        for line, cells in records:
            rows += 1
            try:
                reader.add(line, cells)
            except ValidationError as error:
                parsed.reject(line, error.reason, error.field)
        return rows

    return read


def _read_second_half(path: Path, encoding: str, delimiter: str, headers: list[str],
                      columns: dict, tz: str, fmt: str, offset: int) -> tuple | None:
    """Run by the second process (time_halves.py): the records from ``offset``, numbered from
    line 1; None when a date is written day or month first (the single pass decides)."""
    csv_file = CsvFile(path, headers, [], encoding, delimiter)
    try:
        return time_halves.read_part(Parsed(), time_halves.Records(csv_file, offset, 1),
                                     _reading(csv_file, columns, tz, fmt, None))
    except _DayOrMonth:
        return None


def _header_end(csv_file: CsvFile) -> int:
    """The offset of the first record after the header row."""
    header = time_halves.Records(csv_file, 0, 1)
    next(iter(header), None)
    return header.end


def _date_texts(csv_file: CsvFile, columns: list[int]) -> set[str]:
    """Every distinct date the file writes (a first pass: DateReader decides the order of day
    and month from all of them)."""
    found: set[str] = set()
    for _, cells in csv_file.records():
        for column in columns:
            if column < len(cells):
                found.add(cells[column])
    return {text.strip() for text in found}


class _RowReader:
    """Turns records into entries. Dates, clock times and tag lists repeat across a file, so each
    distinct text is read once (a text that cannot be read is read again, to say why); an instant
    is a day's UTC midnight plus a time of day, except on a day whose offset changes."""

    def __init__(self, csv_file: CsvFile, columns: dict, dates: DateReader,
                 clock: "LocalClock", fmt: str, parsed: Parsed, iso_only: bool) -> None:
        self.csv_file = csv_file
        self.iso_only = iso_only
        self.width = len(csv_file.headers)
        # the cells of FIELDS in order; a column the file lacks reads the "" appended to a record
        self.cells = itemgetter(*[self.width if columns[name] is None else columns[name]
                                  for name in FIELDS])
        self.duration_header = (csv_file.headers[columns["duration"]]
                                if columns["duration"] is not None else "duration")
        self.dates = dates
        self.clock = clock
        self.fmt = fmt
        self.parsed = parsed
        self._days: dict[str, tuple[date, int | None]] = {}  # (day, its UTC midnight: seconds)
        self._clocks: dict[str, tuple[time, int]] = {}  # (time, seconds into the day)
        self._day_texts: dict[int, str] = {}  # days since 1970: stored text of the UTC date
        self._clock_texts: dict[int, str] = {}  # seconds into a UTC day: stored text
        self._tags: dict[str, tuple[str, str]] = {}
        self._projects: dict[str, tuple[str, str, str]] = {}  # (name, its key, start of an id)
        self.stage = parsed.staging.add

    def add(self, line: int, cells: list[str]) -> None:
        if len(cells) != self.width:
            raise ValidationError("row", self.csv_file.shape_problem(cells) or "has the wrong "
                                         "number of cells")
        cells.append("")
        (start_date, start_time, end_date, end_time, duration, project, client, description,
         task, tags) = map(str.strip, self.cells(cells))
        start = self._instant(start_date, start_time, "start")
        if end_date or end_time:
            end = self._instant(end_date or start_date, end_time, "end")
        elif duration:
            end = start + parse_hms(self.duration_header, duration)
        else:
            raise ValidationError("end", "is missing and so is the duration")
        known = self._projects.get(project)
        if known is None:
            name = clean_project(project)
            known = self._projects[project] = (name, project_key(name), f"{self.fmt}\x1f{name}")
        note = clean_note(f"{task} — {description}" if task and description
                          else task or description)
        tags_text, tags_key = self._tag_list(tags)
        # as Parsed.add_stored would; the id as external_id(start, fmt, name, note, end, *tags)
        self.stage((line, known[0], known[1], client or None, self._stored(start),
                    self._stored(end), end - start, note, tags_text,
                    id_from_key(start, f"{known[2]}\x1f{note}\x1f{end}{tags_key}")))

    def _instant(self, day_text: str, clock_text: str, field: str) -> int:
        """The instant as whole seconds since 1970 (UTC): a file's times have no fractions."""
        day = self._days.get(day_text)
        if day is None:
            if not day_text:
                raise ValidationError(f"{field} date", "is empty")
            if self.iso_only and YEAR_LAST.match(day_text):
                raise _DayOrMonth
            parsed = self.dates.parse(f"{field} date", day_text)
            day = self._days[day_text] = (parsed, self.clock.midnight(parsed))
        clock = self._clocks.get(clock_text)
        if clock is None:
            if not clock_text:
                raise ValidationError(f"{field} time", "is empty")
            moment = parse_clock(f"{field} time", clock_text)
            clock = self._clocks[clock_text] = (
                moment, moment.hour * 3600 + moment.minute * 60 + moment.second)
        if day[1] is None:  # the offset changes that day
            return int(self.clock.to_utc(field, datetime.combine(day[0], clock[0])).timestamp())
        return day[1] + clock[1]

    def _stored(self, seconds: int) -> str:
        """``codec.encode`` of an instant in whole seconds since 1970, from the texts of its day
        and its time of day (each made once): a million ``isoformat`` calls took seconds."""
        day, moment = divmod(seconds, 86_400)
        day_text = self._day_texts.get(day)
        if day_text is None:
            day_text = self._day_texts[day] = encode(EPOCH + timedelta(days=day))[:11]
        clock_text = self._clock_texts.get(moment)
        if clock_text is None:
            clock_text = self._clock_texts[moment] = encode(EPOCH + timedelta(seconds=moment))[11:]
        return day_text + clock_text

    def _tag_list(self, text: str) -> tuple[str, str]:
        """The tags of a cell as stored (JSON), and as they end an id's key."""
        found = self._tags.get(text)
        if found is None:
            tag_list = clean_tags(text.split(",")) if text else ()
            found = self._tags[text] = (tags_json(tag_list),
                                        "".join(f"\x1f{tag}" for tag in tag_list))
        return found


class LocalClock:
    """Wall-clock times of one zone to UTC, fast: a day without a daylight-saving change has one
    offset (worked out once per day); a day with one goes through ``local_to_utc``, which also
    refuses the skipped times."""

    def __init__(self, zone: ZoneInfo) -> None:
        self.zone = zone

    def midnight(self, day: date) -> int | None:
        """The UTC instant of the day's local midnight (seconds since 1970), when the day has one
        offset throughout; None when it changes that day."""
        first = datetime.combine(day, time(0), tzinfo=self.zone).utcoffset()
        last = datetime.combine(day, time(23, 59, 59), tzinfo=self.zone).utcoffset()
        if first != last or first is None:
            return None
        return int((datetime.combine(day, time(0), tzinfo=UTC) - first).timestamp())

    def to_utc(self, field: str, wall: datetime) -> datetime:
        return local_to_utc(field, wall, self.zone)
