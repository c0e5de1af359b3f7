"""``internapp apps interview add|list|edit|cancel``: interviews on an application."""

import argparse

from internapp.cli.common import add_command, cli_context, print_json

KIND_CHOICES = ("phone", "video", "on-site", "take-home")


def register(actions) -> None:
    interview = actions.add_parser("interview", help="add, list, edit and cancel interviews",
                                   description="add, list, edit and cancel interviews")
    commands = interview.add_subparsers(dest="interview_command", metavar="ACTION", required=True)

    add = add_command(commands, "add", add_interview,
                      "add an interview to an application; prints its id")
    add.add_argument("application", metavar="APP", help="the application id (or its first "
                                                        "characters)")
    _fields(add, required_at=True)

    listing = add_command(commands, "list", list_interviews, "list interviews, soonest first")
    listing.add_argument("application", metavar="APP", nargs="?",
                         help="only this application's interviews")
    listing.add_argument("--upcoming", action="store_true", help="only those still to come")
    listing.add_argument("--json", action="store_true", help="print a JSON list")

    edit = add_command(commands, "edit", edit_interview,
                       "change an interview: reschedule it (--at, --tz), its people, outcome…")
    edit.add_argument("id", metavar="ID", help="the interview id (or its first characters)")
    _fields(edit, required_at=False)
    edit.add_argument("--outcome", help="how it went, what was said, the next step")

    cancel = add_command(commands, "cancel", cancel_interview,
                         "cancel an interview (it stays in the application's record)")
    cancel.add_argument("id", metavar="ID", help="the interview id (or its first characters)")


def _fields(parser: argparse.ArgumentParser, *, required_at: bool) -> None:
    parser.add_argument("--at", required=required_at, metavar="TIME",
                        help="when, e.g. 2026-03-09T10:00 (in --tz; an offset may be given)")
    parser.add_argument("--tz", metavar="ZONE",
                        help="IANA time zone it was arranged in (default: this computer's)")
    parser.add_argument("--minutes", metavar="N", help="length in minutes (default 60)")
    parser.add_argument("--kind", choices=KIND_CHOICES)
    parser.add_argument("--with", dest="people", action="append", metavar="CONTACT",
                        help="a contact's id or name (repeat for several)")
    parser.add_argument("--where", metavar="TEXT", help="an address, a room or a video link")
    parser.add_argument("--notes", help="preparation notes")


def _values(args: argparse.Namespace, store) -> dict:
    from internapp.core.services import contacts

    values = {"at": args.at, "tz": args.tz, "duration_minutes": args.minutes, "kind": args.kind,
              "location": args.where, "notes": args.notes,
              "outcome": getattr(args, "outcome", None)}
    values = {k: v for k, v in values.items() if v is not None}
    if args.people is not None:
        values["people"] = [contacts.resolve(store, ref).id for ref in args.people]
    return values


def add_interview(args: argparse.Namespace) -> int:
    from internapp.core.services import applications, interviews

    with cli_context(args) as context:
        application_id = applications.find_id(context.store, args.application)
        values = _values(args, context.store)
        added = interviews.add(context.store, application_id, **values)
    print(added.id)
    return 0


def edit_interview(args: argparse.Namespace) -> int:
    from internapp.core.services import interviews

    with cli_context(args) as context:
        interview_id = interviews.find_id(context.store, args.id)
        values = _values(args, context.store)
        if "tz" in values and "at" not in values:  # the same wall-clock time in the new zone
            values["at"] = interviews.get(context.store, interview_id).local_at.replace(
                tzinfo=None).isoformat()
        interviews.update(context.store, interview_id, **values)
        row = interviews.get(context.store, interview_id)
    print(f"{row.id} {row.title.lower()} on {row.local_at:%a %d %b %Y %H:%M} ({row.tz})")
    return 0


def cancel_interview(args: argparse.Namespace) -> int:
    from internapp.core.services import interviews

    with cli_context(args) as context:
        interview_id = interviews.find_id(context.store, args.id)
        interviews.cancel(context.store, interview_id)
    print(f"{interview_id} cancelled")
    return 0


def list_interviews(args: argparse.Namespace) -> int:
    from internapp.core.clock import utcnow
    from internapp.core.services import applications, interviews

    with cli_context(args) as context:
        application_id = (applications.find_id(context.store, args.application)
                          if args.application else None)
        found = interviews.rows(context.store, application_id=application_id)
    if args.upcoming:
        now = utcnow()
        found = [r for r in found if r.ends_at >= now and not r.cancelled]
    if args.json:
        print_json([{
            "id": r.id, "application_id": r.application_id, "organization": r.organization,
            "role": r.role, "at": r.at, "local": r.local_at, "tz": r.tz,
            "minutes": r.duration_minutes, "kind": r.kind, "where": r.location,
            "with": [{"contact_id": p.contact_id, "name": p.name} for p in r.people],
            "notes": r.notes, "outcome": r.outcome, "cancelled_at": r.cancelled_at,
        } for r in found])
        return 0
    for r in found:
        people = f" with {', '.join(p.name for p in r.people)}" if r.people else ""
        mark = "  [cancelled]" if r.cancelled else ""
        print(f"{r.id.hex[:8]}  {r.local_at:%Y-%m-%d %H:%M} {r.tz}  {r.title} — {r.role} at "
              f"{r.organization}{people}{mark}")
    if not found:
        print("no interviews")
    return 0
