"""Reading the pieces other time trackers write: CSV files (any BOM, line ending, delimiter or
legacy encoding), calendar dates in the user's locale, clock times with or without AM/PM, and
HH:MM:SS durations. Shared by the Toggl and Clockify importers."""

import codecs
import csv
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, time
from pathlib import Path

from internapp.core.services.errors import ValidationError

CLOCK_TIME = re.compile(r"^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*([ap])\.?\s*m?\.?$|"
                        r"^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$", re.IGNORECASE)
YEAR_FIRST = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$")
YEAR_LAST = re.compile(r"^(\d{1,2})([-/.])(\d{1,2})[-/.](\d{2}|\d{4})$")
HMS = re.compile(r"^(\d+):(\d{2})(?::(\d{2}))?$")


@dataclass(frozen=True)
class CsvFile:
    """A CSV file with a header row, read a record at a time (``records`` reads it again each
    time it is called): a million rows are never in memory at once."""

    path: Path
    headers: list[str]  # casefolded, trimmed
    notes: list[str]
    encoding: str
    delimiter: str

    def column(self, *names: str) -> int | None:
        """The index of the first of ``names`` the header has (casefolded), or None."""
        return next((self.headers.index(name) for name in names if name in self.headers), None)

    def shape_problem(self, cells: list[str]) -> str | None:
        """Why a record does not line up with the header, or None."""
        if len(cells) == len(self.headers):
            return None
        return (f"has {len(cells)} cells where the header has {len(self.headers)} "
                "(a delimiter inside an unquoted field?)")

    def records(self) -> Iterator[tuple[int, list[str]]]:
        """(the file line the record starts on — the header is line 1 —, its cells as read);
        blank lines are not records."""
        with open(self.path, encoding=self.encoding, errors="replace", newline="") as handle:
            reader = csv.reader(handle, delimiter=self.delimiter)
            next(reader, None)
            line = reader.line_num + 1
            for record in reader:
                if len(record) > 1 or (record and record[0].strip()):
                    yield line, record
                line = reader.line_num + 1


def read_text(path: Path) -> tuple[str, list[str]]:
    """The file's text without a BOM; UTF-8, or Windows-1252 (said in a note) when it is not."""
    data = Path(path).read_bytes()
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), [NOT_UTF8]


NOT_UTF8 = "the file is not UTF-8; it was read as Windows-1252 (check accented names)"


def text_encoding(path: Path) -> tuple[str, list[str]]:
    """How to read the file: UTF-8 (a BOM aside) when all of it is, else Windows-1252 (and a note
    that says so). Read in pieces, not kept."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        with open(path, "rb") as handle:
            while piece := handle.read(1 << 20):
                decoder.decode(piece)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return "cp1252", [NOT_UTF8]
    return "utf-8-sig", []


def read_csv(path: Path) -> CsvFile:
    """A CSV file with a header row. The delimiter (comma, semicolon or tab) is told from the
    header; quoted fields may hold delimiters and line breaks; CRLF is fine."""
    path = Path(path)
    encoding, notes = text_encoding(path)
    with open(path, encoding=encoding, errors="replace", newline="") as handle:
        first = handle.readline().rstrip("\r\n")
        if not first.strip():
            raise ValidationError("file", "is empty or has no header row")
        delimiter = max([",", ";", "\t"], key=first.count)
        handle.seek(0)
        headers = [h.strip().casefold() for h in next(csv.reader(handle, delimiter=delimiter))]
    return CsvFile(path, headers, notes, encoding, delimiter)


def parse_clock(field: str, value: str) -> time:
    """``14:05``, ``14:05:30``, ``2:05 PM``, ``02:05:30 pm``, ``2:05pm``."""
    match = CLOCK_TIME.match(value.strip())
    if not match:
        raise ValidationError(field, f"{value!r} is not a time of day")
    if match[1] is not None:
        hour, minute, second = int(match[1]), int(match[2]), int(match[3] or 0)
        if not 1 <= hour <= 12:
            raise ValidationError(field, f"{value!r} is not a time of day")
        hour = hour % 12 + (12 if match[4].casefold() == "p" else 0)
    else:
        hour, minute, second = int(match[5]), int(match[6]), int(match[7] or 0)
    if hour > 23 or minute > 59 or second > 59:
        raise ValidationError(field, f"{value!r} is not a time of day")
    return time(hour, minute, second)


def parse_hms(field: str, value: str) -> int:
    """Seconds from ``HH:MM:SS`` (hours may pass 24) or ``HH:MM``."""
    match = HMS.match(value.strip())
    if not match or int(match[2]) > 59 or int(match[3] or 0) > 59:
        raise ValidationError(field, f"{value!r} is not a duration (HH:MM:SS)")
    return int(match[1]) * 3600 + int(match[2]) * 60 + int(match[3] or 0)


class DateReader:
    """Calendar dates as a locale writes them: ``2026-09-15``, ``09/15/2026`` (US), ``15/09/2026``,
    ``15.09.2026``, ``15-09-2026``, two-digit years too.

    Whether ``03/04/2026`` is March or April is decided once for the whole file from the dates
    that can only be read one way; when none can, month first (Clockify's and Toggl's default),
    and ``note`` says so.
    """

    def __init__(self, samples: Iterable[str]) -> None:
        self.day_first: bool | None = None
        self.note: str | None = None
        month_first_only = day_first_only = ambiguous = False
        for sample in set(samples):
            match = YEAR_LAST.match(sample.strip())
            if not match:
                continue
            a, sep, b = int(match[1]), match[2], int(match[3])
            if sep == "." or a > 12 >= b:
                day_first_only = True
            elif b > 12 >= a:
                month_first_only = True
            elif a != b:
                ambiguous = True
        if day_first_only and month_first_only:
            self.note = ("the dates mix day-first and month-first orders; each date was read in "
                         "the order its own numbers allow, month first when both could be")
        self.day_first = day_first_only and not month_first_only
        if ambiguous and not day_first_only and not month_first_only:
            self.note = ("dates such as 03/04 could be read either way; they were read month "
                         "first (US), as Clockify and Toggl write them by default")

    def parse(self, field: str, value: str) -> date:
        text = value.strip()
        try:
            if match := YEAR_FIRST.match(text):
                return date(int(match[1]), int(match[2]), int(match[3]))
            if match := YEAR_LAST.match(text):
                a, sep, b, year = int(match[1]), match[2], int(match[3]), int(match[4])
                year += 2000 if year < 100 else 0
                day_first = sep == "." or a > 12 or (self.day_first and b <= 12)
                return date(year, b, a) if day_first else date(year, a, b)
        except ValueError:
            raise ValidationError(field, f"{value!r} is not a valid date") from None
        raise ValidationError(field, f"{value!r} is not a date")
