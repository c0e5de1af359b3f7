"""Applications as CSV: import from a spreadsheet or another tracker (columns found by header name,
with the aliases other tools use), and export with the stage history (RFC 4180, spreadsheet-safe).

The export's History column holds the steps as a JSON list ({"stage", "at", "note"}), so a file
exported here imports back with the same applications, stages and history.
"""

import csv
import io
import json
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from internapp.core.interchange.applications_export import export_records
from internapp.core.interchange.applications_plan import ImportPlan, apply, preview
from internapp.core.interchange.dates import lenient_date
from internapp.core.interchange.report import ImportReport
from internapp.core.interchange.spreadsheet_safe import FORMULA_TRIGGERS, neutralise
from internapp.core.safe_files import atomic_output
from internapp.core.services.errors import ValidationError
from internapp.core.store import Store

FORMAT = "applications-csv"

# canonical field -> header names it is known by (compared case- and punctuation-insensitively)
HEADER_ALIASES = {
    "organization": ["Organization", "Organisation", "Company", "Employer", "Company Name",
                     "Client"],
    "role": ["Role", "Title", "Position", "Job Title", "Job", "Job Position"],
    "stage": ["Stage", "Status", "Job Status"],
    "applied_on": ["Applied", "Applied Date", "Date Applied", "Applied On", "Application Date"],
    "pay": ["Pay", "Salary", "Compensation", "Rate"],
    "source": ["Source", "Platform", "Job Board", "Found On"],
    "url": ["URL", "Link", "Job URL", "Posting URL", "Job Link"],
    "location": ["Location"],
    "tags": ["Tags", "Labels"],
    "notes": ["Notes", "Note", "Comments"],
    "deadline": ["Deadline", "Due", "Apply By", "Closing Date"],
    "follow_up_on": ["Follow up", "Follow-up", "Follow up on", "Follow-up Date"],
    "remote": ["Remote"],
    "close_reason": ["Close reason", "Closed reason", "Reason"],
    "history": ["History", "Stage history"],
}
EXPORT_COLUMNS = [("Organization", "organization"), ("Role", "role"), ("Stage", "stage"),
                  ("Source", "source"), ("URL", "url"), ("Location", "location"),
                  ("Remote", "remote"), ("Applied", "applied_on"), ("Deadline", "deadline"),
                  ("Follow up", "follow_up_on"), ("Pay", "pay"), ("Tags", "tags"),
                  ("Notes", "notes"), ("Close reason", "close_reason"), ("History", "history")]
DATE_FIELDS = ("applied_on", "deadline", "follow_up_on")


def _header_key(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.casefold())


ALIASES = {_header_key(alias): canonical for canonical, names in HEADER_ALIASES.items()
           for alias in names}


def preview_file(store: Store, path: Path) -> ImportPlan:
    """Reads ``path`` and plans the import; the report lists every row it could not use."""
    report = ImportReport(FORMAT, str(path), dry_run=True)
    text = _read_text(Path(path), report)
    return preview(store, _records(text, report), report)


def import_file(store: Store, path: Path, dry_run: bool) -> ImportReport:
    """The CLI runner: preview, then (unless a dry run) write exactly the preview."""
    plan = preview_file(store, path)
    return plan.report if dry_run else apply(store, plan)


def export_file(store: Store, path: Path) -> int:
    """Writes every application with its history; returns how many. Written to a temporary file
    first and moved into place, so a failed export leaves no half file."""
    count = 0
    with atomic_output(Path(path), newline="") as stream:
        writer = csv.writer(stream, lineterminator="\r\n")  # RFC 4180
        writer.writerow([title for title, _ in EXPORT_COLUMNS])
        for record in export_records(store):
            writer.writerow([neutralise(_cell(record, key)) for _, key in EXPORT_COLUMNS])
            count += 1
    return count


def _cell(record: dict, key: str) -> str:
    value = record.get(key)
    if key == "history":
        return json.dumps(value, ensure_ascii=False)
    if key == "tags":
        return ", ".join(value or [])
    if key == "remote":
        return "" if value is None else ("yes" if value else "no")
    if isinstance(value, date):
        return value.isoformat()
    return "" if value is None else str(value)


def _read_text(path: Path, report: ImportReport) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        report.notes.append("the file is not UTF-8; read it as Windows-1252")
        return data.decode("cp1252", errors="replace")


def _records(text: str, report: ImportReport) -> Iterator[tuple[int, dict]]:
    sample = text[:8192]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    header = next(reader, None)
    if not header or not any(cell.strip() for cell in header):
        raise ValidationError("file", "is empty: expected a header row naming the columns")
    columns: dict[int, str] = {}
    for index, title in enumerate(header):
        canonical = ALIASES.get(_header_key(title))
        if canonical and canonical not in columns.values():
            columns[index] = canonical
        elif title.strip():
            report.notes.append(f"column {title.strip()!r} is not imported")
    for required in ("organization", "role"):
        if required not in columns.values():
            expected = ", ".join(HEADER_ALIASES[required])
            raise ValidationError("file", f"no column for {required} (one of: {expected})")
    for cells in reader:
        line = reader.line_num
        if not any(cell.strip() for cell in cells):
            continue
        record: dict[str, object] = {name: _unneutralise(cells[i]) for i, name in columns.items()
                                     if i < len(cells)}
        for name in DATE_FIELDS:  # optional: an unreadable one is left out, not the row
            if record.get(name):
                try:
                    record[name] = lenient_date(name, str(record[name]))
                except ValidationError as error:
                    record.pop(name)
                    report.leave_out(line, name, error.reason)
        if record.get("history"):
            try:
                record["history"] = _parse_history(str(record["history"]))
            except ValidationError as error:
                record.pop("history")
                report.leave_out(line, "history", error.reason)
        yield line, record


def _unneutralise(value: str) -> str:
    """Undoes the export's formula guard (a leading apostrophe before = + - @) and trims."""
    if value.startswith("'") and value[1:2] and value[1:].startswith(FORMULA_TRIGGERS):
        return value[1:]
    return value


def _parse_history(value: str) -> list:
    try:
        steps = json.loads(value)
    except json.JSONDecodeError:
        raise ValidationError("history", "is not the JSON list of steps an export writes") from None
    if not isinstance(steps, list):
        raise ValidationError("history", "must be a list of {stage, at} steps")
    return steps
