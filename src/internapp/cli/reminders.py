"""``internapp remind``: what is due and would be notified now; ``--notify`` shows it once,
``--watch`` keeps delivering (the background process the login item starts), ``--autostart``
switches that login item. Light on purpose: plain sqlite3, no SQLAlchemy, no Qt."""

import argparse

from internapp.cli.common import add_command, fail, print_json


def register(commands) -> None:
    parser = add_command(commands, "remind", remind,
                         "what is due and would be notified now (deadlines, interviews, "
                         "follow-ups, budgets, a forgotten timer…)")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument("--all", action="store_true",
                        help="every reminder of the coming week, shown or not, with when it fires")
    parser.add_argument("--at", metavar="TIME", help="as if it were TIME (ISO 8601)")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--notify", action="store_true",
                      help="show what is due as desktop notifications, once")
    mode.add_argument("--watch", action="store_true",
                      help="keep delivering reminders until stopped (the login item runs this)")
    mode.add_argument("--autostart", choices=["on", "off", "status"],
                      help="start `remind --watch` at login (on), stop doing so (off), or say")


def remind(args: argparse.Namespace) -> int:
    from internapp.paths import resolve_paths

    paths = resolve_paths(getattr(args, "data_dir", None))
    if args.autostart:
        return _autostart(args.autostart, getattr(args, "data_dir", None))
    if args.watch:
        return _watch(paths, getattr(args, "data_dir", None))
    if args.notify:
        return _notify_once(paths)
    return _show(args, paths)


def _now(args: argparse.Namespace):
    from internapp.core.clock import utcnow
    from internapp.core.services.fields import parse_instant

    return parse_instant("at", args.at) if args.at else utcnow()


def _connection(paths):
    """The store read-only; a store that needs creating or migrating is opened the full way
    first (this command itself then only reads)."""
    from internapp.core.reminders.connection import StoreUnreadable, open_read_only

    try:
        return open_read_only(paths.database)
    except StoreUnreadable:
        from internapp.context import open_context

        open_context(paths).close()
        return open_read_only(paths.database)


def _show(args: argparse.Namespace, paths) -> int:
    from datetime import timedelta

    from internapp.core.clock import local_zone
    from internapp.core.reminders import due, settings
    from internapp.core.reminders.delivered import DeliveredLog

    now, zone = _now(args), local_zone()
    conn = _connection(paths)
    try:
        prefs = settings.read(conn)
        found = due.collect(conn, now, zone, prefs)
    finally:
        conn.close()
    delivered = DeliveredLog.beside(paths.database).keys()
    if args.all:
        horizon = now + timedelta(days=7)
        shown = [r for r in found if r.expires_at > now and due.fires_at(r, prefs, zone) <= horizon]
    else:
        shown = due.due_now(found, now, zone, prefs, delivered).notify
    if args.json:
        print_json([{**r.to_dict(), "fires_at": due.fires_at(r, prefs, zone).isoformat(),
                     "delivered": r.key in delivered} for r in shown])
        return 0
    for r in shown:
        when = due.fires_at(r, prefs, zone).astimezone(zone)
        mark = "  (shown)" if r.key in delivered else ""
        print(f"{when:%a %d %b %H:%M}  {r.kind:<14} {r.title} — {r.body}{mark}")
    if not shown:
        print("nothing due now" if not args.all else "no reminders in the coming week")
    return 0


def _notify_once(paths) -> int:
    from internapp.desktop.agent import Agent
    from internapp.desktop.notifications import NotificationsUnavailable, notifier

    try:
        delivery = notifier()
    except NotificationsUnavailable as error:
        return fail(f"notifications: {error}")
    try:
        shown = Agent(paths.database, delivery, defer_to_window=False).tick()
    finally:
        delivery.close()
    print(f"showed {len(shown)} reminder{'s' if len(shown) != 1 else ''}")
    return 0


def _watch(paths, data_dir) -> int:
    import signal
    import threading

    from internapp.desktop.agent import Agent
    from internapp.desktop.idle import IdleClock
    from internapp.desktop.notifications import NotificationsUnavailable, notifier

    try:
        delivery = notifier()
    except NotificationsUnavailable as error:
        return fail(f"notifications: {error}")
    stop = threading.Event()
    for number in (signal.SIGTERM, signal.SIGINT):
        signal.signal(number, lambda *_: stop.set())
    idle = IdleClock()
    try:
        return Agent(paths.database, delivery, data_dir_argument=data_dir,
                     idle=idle.seconds).run(stop)
    finally:
        idle.close()


def _autostart(choice: str, data_dir) -> int:
    import os
    from pathlib import Path

    from internapp.desktop import autostart
    from internapp.paths import DATA_DIR_ENV

    if choice == "on":  # a chosen data folder goes along: the login session will not know it
        chosen = data_dir or os.environ.get(DATA_DIR_ENV)
        where = autostart.enable(Path(chosen).expanduser().resolve() if chosen else None)
        print(f"reminders start at login: {where}")
    elif choice == "off":
        autostart.disable()
        print("reminders no longer start at login")
    else:
        print(f"reminders start at login: {'yes' if autostart.is_enabled() else 'no'} "
              f"({autostart.location()})")
    return 0
