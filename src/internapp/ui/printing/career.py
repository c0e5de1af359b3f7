"""Exporting career outcomes to a file, the same way from the window (in a worker thread) and from
``internapp export portfolio|jsonresume|credit-report``: the format from the file's extension,
the data read, the file written whole. Qt is needed for PDF only (a QGuiApplication must exist;
the CLI makes an offscreen one), and is imported only then."""

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from internapp.core.clock import Clock
from internapp.core.safe_files import check_target
from internapp.core.services import portfolio as portfolio_service
from internapp.core.services.errors import ValidationError

PORTFOLIO_FORMATS = {".pdf": "pdf", ".html": "html", ".htm": "html", ".md": "markdown",
                     ".markdown": "markdown"}
CREDIT_FORMATS = {".pdf": "pdf", ".csv": "csv"}
Progress = Callable[[str], None]


@dataclass(frozen=True)
class Written:
    path: Path
    format: str
    engagements: int
    seconds: int = 0
    folder: Path | None = None  # the HTML portfolio's folder of files


def format_for(path: Path | str, formats: dict[str, str]) -> str:
    suffix = Path(path).suffix.casefold()
    if suffix not in formats:
        choices = " or ".join(dict.fromkeys(formats))
        raise ValidationError("file", f"{Path(path).name!r} must end in {choices} "
                                      f"(got {suffix or 'no extension'})")
    return formats[suffix]


def export_portfolio(store, path: Path | str, *, target: str | None = None,
                     engagement_ids: list[uuid.UUID] | None = None, page_size: str = "a4",
                     contact_details: bool = False,
                     progress: Progress | None = None) -> Written:
    path = Path(path)
    kind = format_for(path, PORTFOLIO_FORMATS)
    check_target(path)
    say = progress or (lambda _text: None)
    say("Reading the engagements")
    built = portfolio_service.build(store, engagement_ids, target,
                                    contact_details=contact_details)
    say(f"Writing {path.name}")
    if kind == "markdown":
        from internapp.core.interchange import portfolio_markdown

        portfolio_markdown.export(built, path)
    elif kind == "html":
        from internapp.core.interchange import portfolio_html

        portfolio_html.export(built, path)
    else:
        from internapp.ui.printing import portfolio_pdf

        portfolio_pdf.export(built, path, page_size)
    folder = path.parent / f"{path.stem}_files" if kind == "html" else None
    return Written(path, kind, len(built.engagements), built.total_seconds, folder)


def export_json_resume(store, path: Path | str, *, target: str | None = None,
                       engagement_ids: list[uuid.UUID] | None = None,
                       contact_details: bool = False) -> Written:
    from internapp.core.interchange import json_resume

    path = check_target(path, (".json",))
    built = portfolio_service.build(store, engagement_ids, target,
                                    contact_details=contact_details)
    json_resume.export(built, path)
    return Written(path, "jsonresume", len(built.engagements), built.total_seconds)


def export_credit_report(store, path: Path | str, *, engagement_id: uuid.UUID | None = None,
                         first: date | None = None, last: date | None = None,
                         page_size: str = "a4", progress: Progress | None = None,
                         clock: Clock | None = None) -> Written:
    """One engagement's whole time, or every engagement's time from ``first`` to ``last``, in
    ``clock``'s zone (the context's; the system's when none is given)."""
    from internapp.core.services import credit_report, profile

    path = Path(path)
    kind = format_for(path, CREDIT_FORMATS)
    check_target(path)
    if (engagement_id is None) == (first is None or last is None):
        raise ValidationError("engagement", "give one engagement, or a first and a last day")
    say = progress or (lambda _text: None)
    say("Adding up the hours")
    clock = clock or Clock()
    zone = clock.zone()
    if engagement_id is not None:
        report = credit_report.for_engagement(store, engagement_id, zone)
    else:
        assert first is not None and last is not None  # checked above
        report = credit_report.for_period(store, first, last, zone)
    say(f"Writing {path.name}")
    if kind == "csv":
        from internapp.core.interchange import credit_csv

        credit_csv.export(report, path)
    else:
        from internapp.ui.printing import credit_report_pdf

        credit_report_pdf.export(report, profile.get(store), path, page_size=page_size,
                                 today=clock.today())
    return Written(path, kind, len(report.sections), report.seconds)
