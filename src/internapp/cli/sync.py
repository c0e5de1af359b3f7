"""``internapp sync ...``: set up sync with a PostgreSQL server, sync, look at conflicts.

The password is read from standard input (``--password-stdin``), never from the command line (it
would show in the process list), and goes to the system keyring.
"""

import argparse
import sys

from internapp.cli.common import add_command, cli_context, fail, print_json


def register(commands) -> None:
    parser = commands.add_parser(
        "sync", help="sync with a PostgreSQL server: setup, now, status, conflicts, forget",
        description="Sync this data file with other devices through a PostgreSQL server.")
    sub = parser.add_subparsers(dest="sync_command", metavar="ACTION", required=True)

    setup = add_command(sub, "setup", setup_sync,
                        "check the server, store the password in the keyring, start syncing")
    setup.add_argument("url", metavar="URL",
                       help="postgresql://user@host:port/database[?sslmode=verify-full&…]")
    _password_stdin(setup)
    setup.add_argument("--allow-unencrypted", action="store_true",
                       help="accept a server on another machine without TLS (sslmode not "
                            "require/verify-full)")

    now = add_command(sub, "now", sync_now, "push this device's changes and pull the others'")
    _password_stdin(now, once=True)
    now.add_argument("--json", action="store_true",
                     help='print {"pushed": N, "pulled": N, "conflicts": N}')

    status = add_command(sub, "status", sync_status, "the server, the last sync, what is pending")
    status.add_argument("--json", action="store_true", help="print JSON")

    conflicts = add_command(sub, "conflicts", list_conflicts, "values that lost a merge")
    conflicts.add_argument("--json", action="store_true", help="print JSON")
    conflicts.add_argument("--all", action="store_true", help="settled ones too")

    resolve = add_command(sub, "resolve", resolve_conflict, "settle a conflict")
    resolve.add_argument("conflict", metavar="ID", type=int, help="the conflict's id")
    resolve.add_argument("--use", choices=["kept", "other"], required=True,
                         help="keep the value in the record, or write the other one")

    add_command(sub, "forget", forget_sync,
                "remove the server settings and the keyring entry; keep every record")

    init = add_command(sub, "init-server", init_server,
                       "create or upgrade internapp's schema on a server (its administrator)")
    init.add_argument("url", metavar="URL", help="an administrator's postgresql:// URL")
    _password_stdin(init, once=True)


def _password_stdin(parser: argparse.ArgumentParser, once: bool = False) -> None:
    parser.add_argument("--password-stdin", action="store_true",
                        help="read the password from standard input" +
                             (" (used for this run only, stored nowhere)" if once else
                              " (it is stored in the system keyring)"))


def _read_password(args: argparse.Namespace) -> str | None:
    if not args.password_stdin:
        return None
    text = sys.stdin.readline()
    return text.rstrip("\r\n") or None


def _confirm(question: str) -> bool:
    if not sys.stdin.isatty():
        return False
    answer = input(f"{question} [y/N] ")
    return answer.strip().casefold() in ("y", "yes")


def setup_sync(args: argparse.Namespace) -> int:
    from internapp.core import secrets
    from internapp.core.services.errors import ValidationError
    from internapp.core.sync import errors, service
    from internapp.core.sync.settings import parse_url

    password = _read_password(args)
    settings = parse_url(args.url)
    confirmed = args.allow_unencrypted
    if settings.needs_confirmation and not confirmed and not args.password_stdin:
        confirmed = _confirm(f"{settings.host} is not this computer and sslmode="
                             f"{settings.sslmode} does not require TLS; send your password and "
                             "records unencrypted?")
    with cli_context(args) as context:
        try:
            result = service.setup(context.store, args.url, password,
                                   confirm_unencrypted=confirmed)
        except errors.PasswordNeeded as error:
            if password is not None or not sys.stdin.isatty():
                return fail(f"{error}; give it with --password-stdin")
            import getpass

            password = getpass.getpass(f"Password for {settings.describe()}: ")
            try:
                result = service.setup(context.store, args.url, password,
                                       confirm_unencrypted=confirmed)
            except errors.SyncError as again:
                return fail(str(again))
        except ValidationError as error:
            if error.field == "url" and settings.needs_confirmation:
                return fail(f"{error}: add --allow-unencrypted")
            raise
        except errors.SyncError as error:
            return fail(str(error))
    print(f"sync set up with {result.settings.describe()} "
          f"(sslmode={result.settings.sslmode})")
    if result.password_stored:
        print("the password is in the system keyring")
    elif result.keyring_problem:
        print(f"the password could not be stored: {result.keyring_problem}. Run "
              "`internapp sync now --password-stdin` to sync (nothing is stored)")
    elif password is None:
        status = secrets.status()
        print("no password: the server let this role in without one"
              + ("" if status.usable else f" (keyring: {status.reason})"))
    return 0


def sync_now(args: argparse.Namespace) -> int:
    from internapp.core.sync import errors
    from internapp.core.sync.run import sync_now as run_sync

    password = _read_password(args)
    with cli_context(args) as context:
        try:
            result = run_sync(context.store, password=password, app_version=context.version)
        except errors.SyncError as error:
            return fail(str(error))
    if args.json:
        print_json(result.to_dict())
    else:
        print(f"pushed {result.pushed}, pulled {result.pulled}, conflicts {result.conflicts}")
    return 0


def sync_status(args: argparse.Namespace) -> int:
    from internapp.core.sync import service

    with cli_context(args) as context:
        status = service.status(context.store)
    if args.json:
        print_json(status)
    elif not status.configured:
        print("sync is not set up")
    else:
        last = ("never" if status.last_sync_at is None else
                f"{status.last_sync_at} ({'ok' if status.last_ok else status.last_message})")
        print(f"server: {status.server} (sslmode={status.sslmode})\nlast sync: {last}\n"
              f"pending changes: {status.pending_changes}\nopen conflicts: "
              f"{status.open_conflicts}\nkeyring: {status.keyring}")
    return 0


def list_conflicts(args: argparse.Namespace) -> int:
    from internapp.core.sync import conflicts

    with cli_context(args) as context:
        rows = conflicts.list_conflicts(context.store, include_resolved=args.all)
    if args.json:
        print_json(rows)
        return 0
    if not rows:
        print("no conflicts")
    for row in rows:
        what = f"{row.column}: kept {row.kept!r}, other {row.other!r}" if row.column else \
            row.detail
        print(f"{row.id}\t{row.kind_text}\t{row.table} {row.record}\t{what}")
    return 0


def resolve_conflict(args: argparse.Namespace) -> int:
    from internapp.core.sync import conflicts

    with cli_context(args) as context:
        row = conflicts.resolve(context.store, args.conflict, use_other=args.use == "other")
    print(f"conflict {row.id} settled")
    return 0


def forget_sync(args: argparse.Namespace) -> int:
    from internapp.core.sync import service

    with cli_context(args) as context:
        note = service.forget(context.store)
    print("sync forgotten: server settings and keyring entry removed; every record kept")
    if note:
        print(note, file=sys.stderr)
    return 0


def init_server(args: argparse.Namespace) -> int:
    from internapp.core.sync import errors, server_schema
    from internapp.core.sync.settings import parse_url

    settings = parse_url(args.url)
    try:
        version = server_schema.prepare_as_admin(settings, _read_password(args))
    except errors.SyncError as error:
        return fail(str(error))
    print(f"{settings.describe()} holds internapp's sync schema version {version}. Add a "
          "student: CREATE ROLE name LOGIN PASSWORD '…' IN ROLE internapp_sync_user;")
    return 0
