"""LinkedIn's Connections.csv (Settings → Data privacy → Get a copy of your data).

What the real export looks like: an optional UTF-8 byte order mark, a "Notes:" preamble of a few
lines (one of them a long quoted sentence) before the header
``First Name,Last Name,URL,Email Address,Company,Position,Connected On``, CRLF line ends, quoted
fields holding commas and doubled quotes, mostly empty emails and dates such as ``12 Mar 2024``.
Rows with no name at all (closed accounts) are reported, not imported. Python's csv module reads
the records; line numbers in the report are the file's.
"""

import csv
import io
import re
from datetime import date
from pathlib import Path

from internapp.core.interchange import contacts_import
from internapp.core.interchange.contacts_import import ContactDraft, ParsedFile
from internapp.core.interchange.report import ImportReport, RejectedRow
from internapp.core.services.errors import ValidationError
from internapp.core.store import Store

FORMAT = "linkedin"
HEADER = ("First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On")
MONTHS = {name: number for number, name in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1)}


def run_import(store: Store, path: Path, dry_run: bool, should_cancel=None) -> ImportReport:
    """The ``internapp import linkedin`` runner: preview, then (unless dry run) write."""
    return contacts_import.run(store, FORMAT, path, read_file, dry_run,
                               should_cancel=should_cancel)


def read_file(path: Path) -> ParsedFile:
    data = Path(path).read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ValidationError("file", f"{path} is not UTF-8 text (byte {error.start}); LinkedIn "
                                      "exports are UTF-8 — was the file re-saved?") from None
    return read_text(text, str(path))


def read_text(text: str, source: str = "the file") -> ParsedFile:
    parsed = ParsedFile()
    reader = csv.reader(io.StringIO(text, newline=""))
    columns: dict[str, int] | None = None
    line_after = 0  # the line the next record starts on is one after the last one read
    while True:
        start = line_after + 1
        try:
            record = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            parsed.rejected.append(RejectedRow(f"line {start}", f"unreadable CSV: {error}"))
            break
        line_after = reader.line_num
        if columns is None:
            if _is_header(record):
                columns = {name.strip().casefold(): i for i, name in enumerate(record)}
            continue  # the "Notes:" preamble, until the header
        if not any(cell.strip() for cell in record):
            continue
        row = _draft(record, columns, start, parsed)
        if row:
            parsed.drafts.append(row)
    if columns is None:
        raise ValidationError("file", f"{source} has no LinkedIn header line ({','.join(HEADER)})"
                                      " — is it Connections.csv?")
    return parsed


def _is_header(record: list[str]) -> bool:
    names = {cell.strip().casefold() for cell in record}
    return {"first name", "last name", "url"} <= names


def _draft(record: list[str], columns: dict[str, int], line: int,
           parsed: ParsedFile) -> ContactDraft | None:
    def cell(name: str) -> str:
        index = columns.get(name.casefold())
        return record[index].strip() if index is not None and index < len(record) else ""

    row = f"line {line}"
    first, last = cell("First Name"), cell("Last Name")
    name = " ".join(part for part in (first, last) if part)
    if not name:
        what = cell("URL") or cell("Company") or "no profile address"
        parsed.rejected.append(RejectedRow(row, f"the row has no name ({what})", "First Name"))
        return None
    values: dict[str, object] = {
              "display_name": name, "given_name": first or None, "family_name": last or None,
              "linkedin_url": cell("URL") or None, "emails": [cell("Email Address")]
              if cell("Email Address") else [], "organization": cell("Company") or None,
              "title": cell("Position") or None}
    connected = cell("Connected On")
    if connected:
        day = parse_connected_on(connected)
        if day is None:
            parsed.rejected.append(RejectedRow(
                row, f"{connected!r} is not a date like 12 Mar 2024 — {name}", "Connected On"))
            return None
        values["connected_on"] = day
    return ContactDraft(row, {k: v for k, v in values.items() if v not in (None, [])})


def parse_connected_on(value: str) -> date | None:
    """``12 Mar 2024`` (the export's form, English month names whatever the locale) or ISO."""
    value = value.strip()
    match = re.fullmatch(r"(\d{1,2})[ -]([A-Za-z]{3})[A-Za-z]*[ -](\d{4})", value)
    try:
        if match and match[2].casefold() in MONTHS:
            return date(int(match[3]), MONTHS[match[2].casefold()], int(match[1]))
        return date.fromisoformat(value)
    except ValueError:
        return None
