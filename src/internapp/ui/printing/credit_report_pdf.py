"""The credit report as a PDF for a university or placement office: who, which period, then per
engagement its supervisor and a week-by-week table (hours, entries, notes logged; the header
repeats on every page, so 120 hours and more stay readable) with its total, and lines for the
signatures and dates."""

from datetime import date
from pathlib import Path

from internapp.core.durations import duration_text
from internapp.core.interchange.credit_csv import decimal_hours
from internapp.core.interchange.portfolio_text import STATUS
from internapp.core.safe_files import check_target
from internapp.core.services.credit_report import CreditReport, CreditSection
from internapp.core.services.profile import Profile
from internapp.ui.printing.blocks import Document, escape
from internapp.ui.printing.pdf import PageSize, page_size_for, write_pdf
from internapp.ui.printing.printable import check_printable

HEADERS = ("Week", "Days", "Hours", "Entries", "Notes logged")
WIDTHS = (13, 19, 10, 11, 47)  # per cent: the figures never wrap at 10 pt on A4 or Letter
LINE = 'style="border-bottom: 1px solid #333333;"'  # a line to sign or date on


def export(report: CreditReport, student: Profile, path: Path | str, *,
           today: date, page_size: PageSize | str = PageSize.A4) -> Path:
    size = page_size_for(page_size)
    path = check_target(path, (".pdf",))
    check_printable(printed_texts(report, student))
    title = f"Credit report — {student.name}" if student.name else "Credit report"
    return write_pdf(document(report, student, today), path, page_size=size,
                     title=title, footer=title)


def _day(day: date, year: bool = True) -> str:
    """``5 Oct 2026`` (no leading zero), or ``5 Oct``."""
    return f"{day.day} {day:%b %Y}" if year else f"{day.day} {day:%b}"


def period_text(report: CreditReport) -> str:
    if report.first and report.last:
        return f"{_day(report.first)} to {_day(report.last)}"
    section = report.sections[0]
    if section.first_day and section.last_day:
        return (f"All time logged on the engagement: {_day(section.first_day)} to "
                f"{_day(section.last_day)}")
    return "All time logged on the engagement (none yet)"


def engagement_dates(section: CreditSection) -> str | None:
    if section.start_on and section.ended_on:
        return f"{_day(section.start_on)} to {_day(section.ended_on)}"
    if section.start_on:
        status = STATUS.get(section.status, section.status)
        return f"since {_day(section.start_on)}, {status[:1].lower()}{status[1:]}"
    return None


def document(report: CreditReport, student: Profile, today: date) -> Document:
    doc = Document().heading("Credit report: hours worked")
    who = [line for line in (student.name or "Name not filled in (Settings → Your profile)",
                             student.email) if line]
    doc.columns([["Student", *who], ["Period", period_text(report)],
                 ["Prepared", f"{_day(today)}"]], widths=[38, 42, 20])
    doc.paragraph(f"Hours are the time entries logged in internapp, each counted in the week "
                  f"(Monday to Sunday, {report.zone}) it started in; a timer still running is not "
                  "counted. The totals equal the app's time report for the same period.",
                  muted=True, small=True)
    if not report.sections:
        doc.paragraph("No time was logged in this period.", bold=True)
    for section in report.sections:
        _section(doc, section)
    if len(report.sections) > 1:
        doc.paragraph(f"Total, all engagements: {duration_text(report.seconds)} "
                      f"({decimal_hours(report.seconds)} h) in {report.entries} entries",
                      bold=True)
    _signatures(doc, report, student)
    return doc


def _section(doc: Document, section: CreditSection) -> None:
    doc.heading(f"{section.title} — {section.organization}" if section.organization
                else section.title, 2)
    pairs = [("Supervisor", ", ".join(p for p in (section.supervisor, section.supervisor_title)
                                      if p) or "not recorded")]
    if section.platform:
        pairs.append(("Platform", section.platform))
    dates = engagement_dates(section)
    if dates:
        pairs.append(("Engagement", dates))
    pairs.append(("Hours in this report", f"{duration_text(section.seconds)} "
                                          f"({decimal_hours(section.seconds)} h)"))
    doc.key_values(pairs)
    if not section.weeks:
        doc.paragraph("No hours logged on this engagement.", muted=True)
        return
    rows = [(week.key, f"{_day(week.first, year=False)}–{_day(week.last, year=False)}",
             decimal_hours(week.seconds),
             str(week.entries), "; ".join(week.notes)) for week in section.weeks]
    doc.table(HEADERS, rows, align="llrrl", widths=WIDTHS,
              footer=[("Total", "", decimal_hours(section.seconds), str(section.entries),
                       duration_text(section.seconds))])


def _signatures(doc: Document, report: CreditReport, student: Profile) -> None:
    doc.heading("Signatures", 2)
    people = [("Student", student.name or "")]
    supervisors = dict.fromkeys(s.supervisor or "" for s in report.sections) or {"": None}
    people += [("Supervisor", name) for name in supervisors]
    rows = "".join(
        f'<tr><td class="plain" width="34%"><span class="muted">{escape(role)}</span><br>'
        f'{escape(name) or "&nbsp;"}</td><td width="40%" {LINE}>&nbsp;</td>'
        f'<td class="plain" width="4%">&nbsp;</td><td width="22%" {LINE}>&nbsp;</td></tr>'
        '<tr><td class="plain"></td><td class="plain"><span class="muted small">Signature'
        '</span></td><td class="plain"></td><td class="plain"><span class="muted small">Date'
        '</span></td></tr>'
        for role, name in people)
    doc.raw(f'<table width="100%" cellspacing="0" cellpadding="4">{rows}</table>')


def printed_texts(report: CreditReport, student: Profile) -> list[tuple[str, str | None]]:
    texts: list[tuple[str, str | None]] = [("name", student.name), ("email", student.email)]
    for s in report.sections:
        where = f"engagement {s.title!r}"
        texts += [(f"{where}: title", s.title), (f"{where}: organization", s.organization),
                  (f"{where}: supervisor", s.supervisor), (f"{where}: platform", s.platform)]
        texts += [(f"{where}: notes of {w.key}", "; ".join(w.notes)) for w in s.weeks]
    return texts
