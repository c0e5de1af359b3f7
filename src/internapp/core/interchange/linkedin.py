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
from datetime import date
from pathlib import Path

from internapp.core.interchange import contacts_import
from internapp.core.interchange.contacts_import import ContactDraft, ParsedFile
from internapp.core.interchange.dates import lenient_date
from internapp.core.interchange.report import ImportReport, RejectedRow
from internapp.core.services.errors import ValidationError
from internapp.core.store import Store

FORMAT = "linkedin"
HEADER = ("First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On")


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
    draft = ContactDraft(row, {k: v for k, v in values.items() if v not in (None, [])})
    if connected:
        try:
            draft.values["connected_on"] = lenient_date("Connected On", connected)
        except ValidationError as error:  # the contact is kept; the report says what was not
            draft.left_out.append(("Connected On", error.reason))
    return draft


def parse_connected_on(value: str) -> date | None:
    """``12 Mar 2024`` (the export's form) and every other shape of a date that leaves no doubt
    (interchange/dates.py: ``12-Mar-24``, ``Mar 12, 2024``, ISO…); None when it does."""
    try:
        return lenient_date("Connected On", value)
    except ValidationError:
        return None
