"""The credit report as CSV: one row per engagement and week (hours, entries, the notes logged),
then a total row. Text cells are made safe for spreadsheets; written whole or not at all."""

import csv
import io
from pathlib import Path

from internapp.core.durations import duration_text as duration
from internapp.core.interchange.spreadsheet_safe import neutralise
from internapp.core.safe_files import check_target, write_atomic
from internapp.core.services.credit_report import CreditReport

COLUMNS = ["Engagement", "Organization", "Supervisor", "Week", "From", "To", "Hours",
           "Duration", "Entries", "Notes"]


def decimal_hours(seconds: int) -> str:
    """Hours with two decimals, rounded half up from whole seconds (no float)."""
    hundredths = (seconds * 100 + 1800) // 3600
    return f"{hundredths // 100}.{hundredths % 100:02d}"


def to_text(report: CreditReport) -> str:
    buffer = io.StringIO()
    out = csv.writer(buffer, lineterminator="\r\n")
    out.writerow(COLUMNS)
    for section in report.sections:
        for week in section.weeks:
            out.writerow([neutralise(str(v)) for v in (
                section.title, section.organization or "", section.supervisor or "", week.key,
                week.first.isoformat(), week.last.isoformat(), decimal_hours(week.seconds),
                duration(week.seconds), week.entries, "; ".join(week.notes))])
    out.writerow(["Total", "", "", "", "", "", decimal_hours(report.seconds),
                  duration(report.seconds), report.entries, ""])
    return buffer.getvalue()


def export(report: CreditReport, path: Path | str) -> Path:
    check_target(path, (".csv",))
    return write_atomic(path, to_text(report).encode("utf-8-sig"))
