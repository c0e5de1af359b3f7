"""``internapp calendar setup|publish|feed`` (the user's own calendar: a CalDAV collection and a
subscribable .ics file) and ``internapp import ics`` (interview invitations)."""

import argparse
import sys
from pathlib import Path

from internapp.cli.common import add_command, cli_context, fail, print_json


def register(commands) -> None:
    calendar = commands.add_parser("calendar", help="publish to your own calendar",
                                   description="Publish deadlines, interviews, milestones and "
                                               "follow-ups to your own calendar.")
    actions = calendar.add_subparsers(dest="calendar_command", metavar="ACTION", required=True)
    setup = add_command(actions, "setup", calendar_setup,
                        "set the CalDAV calendar to publish to (the password goes to the "
                        "system keyring)")
    setup.add_argument("url", metavar="URL", help="the calendar collection's address")
    setup.add_argument("--user", required=True, metavar="USER")
    setup.add_argument("--password-stdin", action="store_true",
                       help="read the password from standard input (checked, then kept in the "
                            "system keyring)")
    publish = add_command(actions, "publish", calendar_publish,
                          "bring the CalDAV calendar (and the .ics file) up to date")
    publish.add_argument("--password-stdin", action="store_true",
                         help="read the password from standard input instead of the keyring")
    publish.add_argument("--json", action="store_true", help="print the counts as JSON")
    feed = add_command(actions, "feed", calendar_feed,
                       "keep internapp.ics current in FOLDER for calendar apps to subscribe to")
    feed.add_argument("folder", metavar="FOLDER", nargs="?", type=Path)
    feed.add_argument("--off", action="store_true", help="stop keeping the file")


def register_imports(import_formats) -> None:
    invitation = add_command(import_formats, "ics", import_invitation,
                             "an interview invitation (.ics): creates or updates the interview "
                             "on its application")
    invitation.add_argument("file", metavar="FILE", type=Path)
    invitation.add_argument("--application", metavar="APP",
                            help="the application (id or its first characters); without it, "
                                 "the organizer's address or organization decides")
    invitation.add_argument("--dry-run", action="store_true",
                            help="show what would be imported and change nothing")
    invitation.add_argument("--json", action="store_true", help="print the report as JSON")


def _password(args: argparse.Namespace) -> str | None:
    if not args.password_stdin:
        return None
    password = sys.stdin.readline().rstrip("\r\n")
    if not password:
        raise _Refused("password: standard input gave an empty password")
    return password


class _Refused(Exception):
    pass


def calendar_setup(args: argparse.Namespace) -> int:
    from internapp.core import secrets
    from internapp.core.calendar import settings
    from internapp.core.calendar.caldav_client import CalDavError

    try:
        password = _password(args)
        with cli_context(args) as context:
            chosen = settings.setup(context.store, args.url, args.user, password)
    except (_Refused, CalDavError, secrets.SecretsUnavailable) as error:
        return fail(f"{error}; nothing was changed")
    kept = "password kept in the system keyring" if password else (
        "no password given: publish will ask for one (--password-stdin) unless the keyring "
        "has it")
    print(f"calendar: {chosen.caldav_url} as {chosen.caldav_user} ({kept})")
    return 0


def calendar_publish(args: argparse.Namespace) -> int:
    from internapp.core import secrets
    from internapp.core.calendar import feed, settings
    from internapp.core.calendar.caldav_client import CalDavError
    from internapp.core.calendar.publish import PublishError, publish

    try:
        password = _password(args)
    except _Refused as error:
        return fail(str(error))
    with cli_context(args) as context:
        chosen = settings.load(context.store)
        written = None
        if chosen.feed_folder:
            try:
                written = feed.write(context.store, chosen)
            except OSError as error:
                return fail(f"calendar file: {error}")
        if not chosen.caldav_configured:
            if written is None:
                return fail("calendar: nothing is set up (internapp calendar setup URL --user "
                            "USER, or internapp calendar feed FOLDER)")
            print(f"calendar file {written} is up to date")
            return 0
        try:
            result = publish(context.store, chosen, password)
        except PublishError as error:
            if args.json:
                print_json(error.result.to_dict())
            return fail(str(error))
        except (CalDavError, secrets.SecretsUnavailable) as error:
            return fail(f"calendar: {error}; nothing was published")
    if args.json:
        print_json(result.to_dict())
    else:
        print(f"published to {chosen.caldav_url}: {result.created} created, {result.updated} "
              f"updated, {result.deleted} deleted, {result.unchanged} unchanged")
    for refused in result.refused:
        print(f"internapp: refused: {refused}", file=sys.stderr)
    if result.refused:
        return fail(f"the server refused {len(result.refused)} event"
                    f"{'s' if len(result.refused) != 1 else ''}; the others are published")
    return 0


def calendar_feed(args: argparse.Namespace) -> int:
    from internapp.core.calendar import feed, settings

    if not args.off and args.folder is None:
        return fail("give a FOLDER, or --off")
    with cli_context(args) as context:
        chosen = settings.set_feed_folder(context.store, None if args.off else args.folder)
        written = feed.write(context.store, chosen)
    print(f"keeping {written} current" if written else "no longer keeping a calendar file")
    return 0


def import_invitation(args: argparse.Namespace) -> int:
    from internapp.core.calendar import invitations
    from internapp.core.services import applications

    if not args.file.is_file():
        return fail(f"file: {args.file} does not exist or is not a file")
    with cli_context(args) as context:
        application_id = (applications.find_id(context.store, args.application)
                          if args.application else None)
        report = invitations.import_file(context.store, args.file, args.dry_run,
                                         application_id=application_id)
    if args.json:
        print_json(report.to_dict())
    else:
        print(report.summary())
    if report.rejected and not report.created and not report.duplicates:
        return 1
    return 3 if report.rejected else 0
