"""``internapp apps add|move|accept|list``, ``apps interview …`` (cli/interviews.py) and the
applications formats of import and export."""

import argparse
from pathlib import Path

from internapp.cli import interviews
from internapp.cli.common import add_command, cli_context, print_json
from internapp.cli.interchange import add_import_command


def register(commands) -> None:
    apps = commands.add_parser("apps", help="add, move and list applications",
                               description="add, move and list applications")
    actions = apps.add_subparsers(dest="apps_command", metavar="ACTION", required=True)

    add = add_command(actions, "add", add_application, "add an application; prints its id")
    add.add_argument("--org", required=True, help="the organization (created when new)")
    add.add_argument("--role", required=True, help="the role or project applied for")
    add.add_argument("--stage", help="the stage it is in (default: Saved)")
    add.add_argument("--source", help="platform or channel: Parker Dewey, Upwork, referral…")
    add.add_argument("--deadline", metavar="DATE", help="apply by (YYYY-MM-DD)")
    add.add_argument("--url", help="the posting")
    add.add_argument("--applied", metavar="DATE", help="the day it was sent (YYYY-MM-DD)")
    add.add_argument("--pay", help="as advertised: \"$25/h\", \"$600 fixed\"")
    add.add_argument("--location")
    add.add_argument("--tags", help="comma-separated")
    add.add_argument("--notes")

    move = add_command(actions, "move", move_application,
                       "move an application to another stage (recorded in its history)")
    move.add_argument("id", metavar="ID", help="the application id (or its first characters)")
    move.add_argument("stage", metavar="STAGE")
    move.add_argument("--reason", help="why it closed (for Rejected, Withdrawn, Ghosted…)")

    accept = add_command(actions, "accept", accept_offer,
                         "accept the offer: move to Accepted and create the engagement; "
                         "prints the engagement id")
    accept.add_argument("id", metavar="ID", help="the application id (or its first characters)")

    listing = add_command(actions, "list", list_applications,
                          "list applications with their stage history")
    listing.add_argument("--json", action="store_true", help="print a JSON list")
    listing.add_argument("--stage", help="only applications in this stage")

    interviews.register(actions)


def register_imports(import_formats) -> None:
    add_import_command(import_formats, "applications-csv",
                       "applications from a CSV file (a spreadsheet, Huntr, Teal, or an export "
                       "from here)", "internapp.core.interchange.applications_csv:import_file")
    add_import_command(import_formats, "applications-json",
                       "applications with their stage history from an internapp JSON export",
                       "internapp.core.interchange.applications_json:import_file")


def register_exports(export_formats) -> None:
    for name, help_text in (("applications-csv", "applications with their stage history to CSV"),
                            ("applications-json", "applications, stages and history to JSON")):
        parser = add_command(export_formats, name, export_applications, help_text)
        parser.add_argument("file", metavar="FILE", type=Path)
        parser.set_defaults(export_format=name)


def add_application(args: argparse.Namespace) -> int:
    from internapp.core.services import applications

    values = {"organization": args.org, "role": args.role, "stage": args.stage,
              "source": args.source, "deadline": args.deadline, "url": args.url,
              "applied_on": args.applied, "pay": args.pay, "location": args.location,
              "tags": args.tags, "notes": args.notes}
    with cli_context(args) as context:
        created = applications.create(context.store,
                                      **{k: v for k, v in values.items() if v is not None})
    print(created.id)
    return 0


def move_application(args: argparse.Namespace) -> int:
    from internapp.core.services import applications

    with cli_context(args) as context:
        application_id = applications.find_id(context.store, args.id)
        applications.move(context.store, application_id, args.stage, reason=args.reason)
        detail = applications.detail(context.store, application_id)
    print(f"{application_id} moved to {detail.stage.name}")
    if detail.engagement_id and detail.stage.role == "accepted":
        print(f"engagement {detail.engagement_id}")
    return 0


def accept_offer(args: argparse.Namespace) -> int:
    from internapp.core.services import applications

    with cli_context(args) as context:
        engagement = applications.accept_offer(context.store,
                                               applications.find_id(context.store, args.id))
    print(engagement.id)
    return 0


def list_applications(args: argparse.Namespace) -> int:
    from internapp.core.services import applications
    from internapp.core.services.fields import name_key

    with cli_context(args) as context:
        rows = applications.list_rows(context.store)
        histories = applications.histories(context.store)
    if args.stage:
        rows = [r for r in rows if name_key(r.stage) == name_key(args.stage)]
    if args.json:
        print_json([
            {"id": r.id, "organization": r.organization, "role": r.role, "stage": r.stage,
             "source": r.source, "url": r.url, "location": r.location,
             "applied_on": r.applied_on, "deadline": r.deadline, "follow_up_on": r.follow_up_on,
             "pay": r.pay, "tags": r.tags, "engagement_id": r.engagement_id,
             "history": [{"stage": h.stage, "at": h.at, **({"note": h.note} if h.note else {})}
                         for h in histories.get(r.id, [])]}
            for r in rows])
        return 0
    for r in rows:
        deadline = f"  due {r.deadline.isoformat()}" if r.deadline else ""
        print(f"{r.id.hex[:8]}  {r.stage:<13} {r.organization} — {r.role}{deadline}")
    if not rows:
        print("no applications")
    return 0


def export_applications(args: argparse.Namespace) -> int:
    from internapp.core.interchange import applications_csv, applications_json

    module = applications_csv if args.export_format == "applications-csv" else applications_json
    with cli_context(args) as context:
        count = module.export_file(context.store, args.file)
    print(f"exported {count} application{'s' if count != 1 else ''} to {args.file}")
    return 0
