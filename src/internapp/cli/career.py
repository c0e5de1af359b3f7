"""Career outcomes on the command line: ``cv lines``, and ``export jsonresume``, ``export
portfolio`` (PDF, HTML with its folder, Markdown) and ``export credit-report`` (PDF, CSV).

An ENGAGEMENT is its title, its id or the first characters of its id. Without ``--engagement``
the portfolio and the JSON Resume take every finished (delivered or paid) engagement.
"""

import argparse
import os
from pathlib import Path

from internapp.cli.common import add_command, cli_context, fail, print_json


def register(commands) -> None:
    cv = commands.add_parser("cv", help="résumé lines from finished engagements",
                             description="Résumé lines from finished engagements.")
    cv_commands = cv.add_subparsers(dest="cv_command", metavar="ACTION", required=True)
    lines = add_command(cv_commands, "lines", cv_lines,
                        "the kept and suggested résumé lines of each finished engagement")
    lines.add_argument("--engagement", metavar="ENGAGEMENT",
                       help="only this engagement (finished or not)")
    lines.add_argument("--json", action="store_true", help="print JSON")


def register_exports(export_formats) -> None:
    resume = add_command(export_formats, "jsonresume", export_jsonresume,
                         "a JSON Resume (jsonresume.org) from finished engagements")
    resume.add_argument("file", metavar="FILE", type=Path, help="ending in .json")
    _portfolio_options(resume)
    folio = add_command(export_formats, "portfolio", export_portfolio,
                        "a portfolio as PDF, HTML (with a folder of files beside it) or Markdown")
    folio.add_argument("file", metavar="FILE", type=Path, help="ending in .pdf, .html or .md")
    _portfolio_options(folio)
    folio.add_argument("--page-size", choices=["a4", "letter"], default="a4",
                       help="PDF page size (default a4)")
    credit = add_command(export_formats, "credit-report", export_credit_report,
                         "week-by-week hours for a university or placement office (PDF or CSV)")
    credit.add_argument("file", metavar="FILE", type=Path, help="ending in .pdf or .csv")
    which = credit.add_mutually_exclusive_group(required=True)
    which.add_argument("--engagement", metavar="ENGAGEMENT", help="all the time of one engagement")
    which.add_argument("--from", dest="first", metavar="DATE",
                       help="first day (YYYY-MM-DD), with --to: every engagement in the period")
    credit.add_argument("--to", dest="last", metavar="DATE", help="last day, included")
    credit.add_argument("--page-size", choices=["a4", "letter"], default="a4",
                        help="PDF page size (default a4)")


def _portfolio_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--target", metavar="ROLE",
                        help="a target role: order engagements and lines by its skills")
    parser.add_argument("--engagement", action="append", default=[], metavar="ENGAGEMENT",
                        help="include this engagement (repeat for several; default: every "
                             "finished one)")
    parser.add_argument("--contact-details", action="store_true",
                        help="also include your phone and the e-mail of supervisors who agreed "
                             "to be a reference")


def cv_lines(args: argparse.Namespace) -> int:
    from internapp.core.services import engagement_facts, engagements, resume_lines

    with cli_context(args) as context:
        store = context.store
        ids = ([engagements.find_id(store, args.engagement)] if args.engagement
               else engagement_facts.finished_ids(store))
        found = resume_lines.lines_for(store, engagement_facts.facts_of(store, ids))
    if args.json:
        print_json([{"engagement_id": e.engagement_id, "engagement": e.title,
                     "organization": e.organization, "finished": e.finished,
                     "lines": [{"text": line.text, "kept": line.kept, "suggestion": line.key,
                                "missing": line.missing, "skills": list(line.skills)}
                               for line in [*e.kept, *e.suggested]]} for e in found])
        return 0
    if not found:
        print("no finished engagements yet — mark one delivered or paid, or pass --engagement")
    for e in found:
        print(f"{e.title}" + (f" — {e.organization}" if e.organization else ""))
        for line in e.kept:
            print(f"  • {line.text}")
        for line in e.suggested:
            print(f"  ◦ {line.text}  (suggested)")
    return 0


def _engagement_ids(store, names: list[str]):
    from internapp.core.services import engagements

    return [engagements.find_id(store, name) for name in names] or None


def _headless_qt() -> None:
    from internapp.ui.printing.headless import gui_application

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    gui_application()


def export_jsonresume(args: argparse.Namespace) -> int:
    from internapp.ui.printing.career import export_json_resume

    with cli_context(args) as context:
        written = export_json_resume(context.store, args.file, target=args.target,
                                     engagement_ids=_engagement_ids(context.store, args.engagement),
                                     contact_details=args.contact_details)
    print(f"wrote a JSON Resume of {written.engagements} engagement"
          f"{'s' if written.engagements != 1 else ''} to {written.path}")
    return 0


def export_portfolio(args: argparse.Namespace) -> int:
    from internapp.ui.printing.career import PORTFOLIO_FORMATS, export_portfolio, format_for

    if format_for(args.file, PORTFOLIO_FORMATS) == "pdf":
        _headless_qt()
    with cli_context(args) as context:
        written = export_portfolio(context.store, args.file, target=args.target,
                                   engagement_ids=_engagement_ids(context.store, args.engagement),
                                   page_size=args.page_size,
                                   contact_details=args.contact_details)
    also = f" and its files in {written.folder}" if written.folder else ""
    print(f"wrote a portfolio of {written.engagements} engagement"
          f"{'s' if written.engagements != 1 else ''} to {written.path}{also}")
    return 0


def export_credit_report(args: argparse.Namespace) -> int:
    from internapp.core.durations import duration_text
    from internapp.core.services import engagements
    from internapp.core.services.fields import parse_date
    from internapp.ui.printing.career import CREDIT_FORMATS, export_credit_report, format_for

    kind = format_for(args.file, CREDIT_FORMATS)
    first, last = parse_date("from", args.first), parse_date("to", args.last)
    if args.engagement is None and (first is None or last is None):
        return fail("give --engagement, or both --from and --to")
    if args.engagement and args.last:
        return fail("--to goes with --from, not with --engagement")
    if kind == "pdf":
        _headless_qt()
    with cli_context(args) as context:
        engagement_id = (engagements.find_id(context.store, args.engagement)
                         if args.engagement else None)
        written = export_credit_report(context.store, args.file, engagement_id=engagement_id,
                                       first=first, last=last, page_size=args.page_size)
    print(f"wrote a credit report of {duration_text(written.seconds)} over {written.engagements} "
          f"engagement{'s' if written.engagements != 1 else ''} to {written.path}")
    return 0
