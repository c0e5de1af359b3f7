"""Time on the command line: ``timer start|stop|status``, ``log add|list``, ``report``, imports from
Toggl, Clockify, Watson and Timewarrior, and ``export time-csv|time-json``.

TIME is ISO 8601 (without an offset: local time in the system zone), a time of day such as 14:30,
or a relative time such as ``20m ago``. An engagement is given by its name; ``timer start`` and
``log add`` create it when it does not exist yet, and say so.

The timer, ``log add``, ``log list``, ``report`` and the exports run on the store's plain path
and import no ORM (a test checks the modules they load): each is a fast whole process. A new
engagement named by ``log add`` or ``timer start`` is created in the same transaction as its entry
(a refused entry leaves no engagement behind; two programs naming it at once create it once).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from internapp.cli.common import add_command, cli_context, print_json

if TYPE_CHECKING:  # the hot commands are read without argparse (cli/quick.py)
    import argparse

IMPORTERS = {
    "toggl": ("Toggl Track detailed report CSV", "internapp.core.interchange.toggl"),
    "clockify": ("Clockify detailed report CSV", "internapp.core.interchange.clockify"),
    "watson": ("Watson's frames file (JSON)", "internapp.core.interchange.watson"),
    "timewarrior": ("the output of `timew export` (JSON)", "internapp.core.interchange.timewarrior"),
}
REPORT_BY = ("engagement", "week", "day", "tag")


def register(commands) -> None:
    timer = commands.add_parser("timer", help="start, stop or show the timer",
                                description="Start, stop or show the timer (one runs at a time).")
    timer_commands = timer.add_subparsers(dest="timer_command", metavar="ACTION", required=True)
    start = add_command(timer_commands, "start", timer_start,
                        "start a timer on ENGAGEMENT (stops the one running)")
    start.add_argument("engagement", metavar="ENGAGEMENT", help="its name (created if new)")
    start.add_argument("--at", metavar="TIME", help="when it started (default: now), e.g. '20m ago'")
    start.add_argument("--note", metavar="TEXT")
    start.add_argument("--tag", action="append", default=[], metavar="TAG")
    stop = add_command(timer_commands, "stop", timer_stop, "stop the running timer")
    stop.add_argument("--at", metavar="TIME", help="when it stopped (default: now)")
    status = add_command(timer_commands, "status", timer_status, "show the running timer")
    status.add_argument("--json", action="store_true", help="print it as JSON")

    log = commands.add_parser("log", help="add or list time entries",
                              description="Add or list time entries.")
    log_commands = log.add_subparsers(dest="log_command", metavar="ACTION", required=True)
    add = add_command(log_commands, "add", log_add, "log time on ENGAGEMENT")
    add.add_argument("engagement", metavar="ENGAGEMENT", help="its name (created if new)")
    add.add_argument("--start", required=True, metavar="TIME")
    span = add.add_mutually_exclusive_group(required=True)
    span.add_argument("--end", metavar="TIME")
    span.add_argument("--duration", metavar="DURATION", help="e.g. 1:30, 90m or 1h30m")
    add.add_argument("--note", metavar="TEXT")
    add.add_argument("--tag", action="append", default=[], metavar="TAG")
    add.add_argument("--trim", action="store_true",
                     help="on an overlap, keep the free part of the span instead of refusing")
    listing = add_command(log_commands, "list", log_list, "list time entries, oldest first")
    _add_period(listing)
    listing.add_argument("--json", action="store_true", help="print them as JSON")

    report = add_command(commands, "report", show_report,
                         "hours per engagement, week, day or tag over a period")
    report.add_argument("--by", choices=REPORT_BY, default="engagement")
    _add_period(report)
    report.add_argument("--json", action="store_true",
                        help="print a list of objects (with --by engagement: engagement, seconds)")


def register_imports(import_formats) -> None:
    from internapp.cli.interchange import add_import_command

    for name, (what, module) in IMPORTERS.items():
        add_import_command(import_formats, name, f"import time entries from {what}",
                           f"{module}:run")


def register_exports(export_formats) -> None:
    for name, what in (("time-csv", "time entries as CSV with Toggl's column names"),
                       ("time-json", "time entries and totals as JSON")):
        parser = add_command(export_formats, name, export_time, f"export {what}")
        parser.add_argument("file", metavar="FILE", type=Path)
        _add_period(parser)


def _add_period(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from", dest="first", metavar="DATE", help="first day (YYYY-MM-DD)")
    parser.add_argument("--to", dest="last", metavar="DATE", help="last day, included")


# --- timer ---------------------------------------------------------------------------------------


def timer_start(args: argparse.Namespace) -> int:
    from internapp.core.services import timer

    with cli_context(args) as context:
        started = timer.start_on(context.store, args.engagement, at=args.at, note=args.note,
                                 tags=args.tag)
        title = started.engagement
        if started.engagement_created:
            print(f"created engagement {title!r}")
        if started.stopped is not None:
            print(f"stopped the timer on {_title_of(started.stopped, context.store)} after "
                  f"{_length(started.stopped.seconds)}")
    print(f"timer running on {title!r} since {_local(started.entry.started_at)}")
    return 0


def timer_stop(args: argparse.Namespace) -> int:
    from internapp.core.services import timer

    with cli_context(args) as context:
        entry = timer.stop(context.store, at=args.at)
        title = _title_of(entry, context.store)
    print(f"stopped {title}: {_span(entry.started_at, entry.ended_at)} "
          f"({_length(entry.seconds)})")
    return 0


def timer_status(args: argparse.Namespace) -> int:
    from internapp.core.services import timer_state  # not timer: status asks often, and little

    with cli_context(args) as context:
        current = timer_state.running(context.store)
    if args.json:
        print_json({"running": False} if current is None else {
            "running": True, "engagement": current.engagement,
            "engagement_id": current.engagement_id, "entry_id": current.entry_id,
            "started_at": current.started_at, "elapsed_seconds": current.elapsed_seconds(),
            "note": current.note, "tags": list(current.tags)})
    elif current is None:
        print("no timer running")
    else:
        print(f"running on {current.engagement!r} since {_local(current.started_at)} "
              f"({_length(current.elapsed_seconds())})")
    return 0


# --- log -----------------------------------------------------------------------------------------


def log_add(args: argparse.Namespace) -> int:
    from internapp.core.services import time_entries

    with cli_context(args) as context:
        logged = time_entries.add_to(context.store, args.engagement, start=args.start,
                                     end=args.end, duration=args.duration, note=args.note,
                                     tags=args.tag, trim=args.trim)
    entry, title = logged.entry, logged.engagement
    if logged.engagement_created:
        print(f"created engagement {title!r}")
    print(f"logged {_length(entry.seconds)} on {title!r}: "
          f"{_span(entry.started_at, entry.ended_at)}")
    return 0


def log_list(args: argparse.Namespace) -> int:
    from internapp.core.services import reports

    zone = _zone()
    period = _period(args, zone)
    with cli_context(args) as context:
        rows = list(reports.entries(context.store, period))
    if args.json:
        print_json([{"id": r.id, "engagement": r.engagement, "start": r.started_at.astimezone(zone),
                     "end": r.ended_at.astimezone(zone) if r.ended_at else None,
                     "seconds": r.seconds, "note": r.note, "tags": r.tags, "source": r.source}
                    for r in rows])
        return 0
    for r in rows:
        end = r.ended_at.astimezone(zone).strftime("%H:%M") if r.ended_at else "…"
        tags = f"  [{', '.join(r.tags)}]" if r.tags else ""
        print(f"{r.started_at.astimezone(zone):%Y-%m-%d %H:%M}–{end}  "
              f"{_length(r.seconds) if r.seconds else 'running':>10}  {r.engagement}"
              f"{'  — ' + r.note.splitlines()[0] if r.note else ''}{tags}")
    if not rows:
        print("no time entries in that period")
    return 0


# --- report and export ---------------------------------------------------------------------------


def show_report(args: argparse.Namespace) -> int:
    from internapp.core.services import reports

    zone = _zone()
    with cli_context(args) as context:
        rows = reports.report(context.store, args.by, _period(args, zone), zone)
    if args.json:
        print_json(rows)
        return 0
    if not rows:
        print("no time logged in that period")
        return 0
    width = max(len(str(row[args.by] or "(no tag)")) for row in rows)
    for row in rows:
        print(f"{row[args.by] or '(no tag)'!s:<{width}}  {_length(row['seconds']):>11}  "
              f"{row['entries']:>6} {'entry' if row['entries'] == 1 else 'entries'}")
    if args.by != "tag":  # an entry with two tags counts twice there
        total = sum(row["seconds"] for row in rows)
        print(f"{'total':<{width}}  {_length(total):>11}")
    return 0


def export_time(args: argparse.Namespace) -> int:
    from internapp.core.interchange import time_csv

    zone = _zone()
    write = time_csv.export_csv if args.format == "time-csv" else time_csv.export_json
    with cli_context(args) as context:
        count = write(context.store, args.file, zone, _period(args, zone))
    print(f"exported {count} time entries to {args.file}")
    return 0


# --- helpers -------------------------------------------------------------------------------------


def _title_of(entry, store) -> str:
    from internapp.core.services import engagement_titles

    return repr(engagement_titles.title_of(store, entry.engagement_id))


def _period(args: argparse.Namespace, zone):
    from internapp.core.services.errors import ValidationError
    from internapp.core.services.fields import parse_date
    from internapp.core.services.reports import Period

    first, last = parse_date("from", args.first), parse_date("to", args.last)
    if first and last and last < first:
        raise ValidationError("to", f"{last.isoformat()} is before --from {first.isoformat()}")
    return Period.of_days(first, last, zone)


def _zone():
    from internapp.core.clock import local_zone

    return local_zone()


def _local(instant) -> str:
    return instant.astimezone(_zone()).strftime("%Y-%m-%d %H:%M")


def _span(start, end) -> str:
    from internapp.core.services.time_input import describe_span

    return describe_span(start, end, _zone())


def _length(seconds) -> str:
    from internapp.core.durations import duration_text

    return duration_text(seconds)

