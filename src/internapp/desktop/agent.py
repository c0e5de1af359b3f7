"""The small background process that delivers reminders while the window is closed
(``internapp remind --watch``, started at login by the login item).

It reads the store through a read-only SQLite connection (never for writing), computes what is
due with core/reminders, shows it through the desktop's notifications and records what it showed
in the delivered log beside the store. While a window is open on the same data it leaves the
notifying to the window. A click opens the record in a window (``internapp --open``); a
forgotten timer's Stop now / Stop at last activity runs ``internapp timer stop`` — the one
writing there is that command's, as if the user had typed it.

No Qt, no SQLAlchemy: it stays well under 30 MB (benchmarks/reminders.py measures it).
"""

import logging
import subprocess
import sys
import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from internapp.core.clock import local_zone, utcnow
from internapp.core.reminders import due, settings
from internapp.core.reminders.connection import StoreUnreadable, open_read_only
from internapp.core.reminders.delivered import DeliveredLog
from internapp.core.reminders.model import Reminder
from internapp.core.reminders.work_kinds import KEEP, STOP_AT_LAST_ACTIVITY, STOP_NOW
from internapp.desktop.notifications import DEFAULT_ACTION, Click, Notice, Notifier
from internapp.desktop.presence import window_open

TICK_SECONDS = 60
MAX_SEPARATE = 3  # more due at once (the first start, a return from a trip): one summary
log = logging.getLogger("internapp.reminders")


def base_command() -> list[str]:
    """How to run this installation's ``internapp``."""
    if getattr(sys, "frozen", False):  # pragma: no cover - the bundle
        return [sys.executable]
    return [sys.executable, "-m", "internapp"]


def notice_for(reminder: Reminder) -> Notice:
    return Notice(reminder.key, reminder.title, reminder.body, reminder.actions)


class Agent:
    def __init__(self, database: Path, notifier: Notifier, *, data_dir_argument: Path | None = None,
                 idle: Callable[[], float | None] | None = None,
                 clock: Callable[[], datetime] = utcnow, zone=None,
                 launch: Callable[[list[str]], object] | None = None,
                 defer_to_window: bool = True) -> None:
        self.database = Path(database)
        self.notifier = notifier
        self.delivered = DeliveredLog.beside(self.database)
        self.shown: dict[str, Reminder] = {}
        self._data_dir_argument = data_dir_argument
        self._idle = idle or (lambda: None)
        self._clock = clock
        self._zone = zone
        self._launch = launch or _detached
        self._defer = defer_to_window
        self.last_error: str | None = None

    # --- one pass ---------------------------------------------------------------------------

    def tick(self) -> list[Reminder]:
        """Shows what is due now and not yet shown; returns it."""
        if self._defer and window_open(self.database.parent):
            return []
        now = self._clock()
        zone = self._zone or local_zone()
        try:
            conn = open_read_only(self.database)
        except StoreUnreadable as error:
            self._report(str(error))
            return []
        try:
            prefs = settings.read(conn)
            found = due.collect(conn, now, zone, prefs, idle_seconds=self._idle())
        finally:
            conn.close()
        with self.delivered.locked() as entries:
            result = due.due_now(found, now, zone, prefs, set(entries))
            shown = grouped(result.notify, now)
            for reminder in shown:
                self.notifier.show(notice_for(reminder))
                self.shown[reminder.key] = reminder
            for key in result.keys:
                entries.setdefault(key, now.isoformat())
        self.last_error = None
        return shown

    # --- clicks -----------------------------------------------------------------------------

    def handle_clicks(self, timeout: float = 0.0) -> list[Click]:
        clicks = self.notifier.poll(timeout)
        self.act_on(clicks)
        return clicks

    def act_on(self, clicks: list[Click]) -> None:
        for click in clicks:
            reminder = self.shown.get(click.key)
            if reminder is not None:
                self.act(reminder, click.action)

    def act(self, reminder: Reminder, action: str) -> None:
        if action == KEEP:
            return
        if action == STOP_NOW:
            self._run(["timer", "stop"])
        elif action == STOP_AT_LAST_ACTIVITY and reminder.last_activity is not None:
            self._run(["timer", "stop", "--at", reminder.last_activity.isoformat()])
        elif action == DEFAULT_ACTION:
            target = (f"{reminder.screen}:{reminder.record_id}" if reminder.record_id
                      else reminder.screen)
            self._run(["--open", target])

    def _run(self, arguments: list[str]) -> None:
        argv = [*base_command(), *arguments]
        if self._data_dir_argument is not None:
            argv += ["--data-dir", str(self._data_dir_argument)]
        self._launch(argv)

    # --- the loop ---------------------------------------------------------------------------

    def run(self, stop: threading.Event, interval: float = TICK_SECONDS) -> int:
        while not stop.is_set():
            try:
                self.tick()
            except Exception as error:  # keep running: the next tick may succeed
                self.report_failure(error)
            waited = 0.0
            while waited < interval and not stop.is_set():
                self.handle_clicks(timeout=min(1.0, interval - waited))
                waited += 1.0
        self.notifier.close()
        return 0

    def report_failure(self, error: Exception) -> None:
        """A pass failed: logged, said once, and the next pass may succeed."""
        log.error("reminder pass failed", exc_info=error)
        self._report(f"reminders could not be computed: {error}")

    def _report(self, message: str) -> None:
        if message != self.last_error:
            print(f"internapp reminders: {message}", file=sys.stderr, flush=True)
            self.last_error = message


def grouped(reminders: list[Reminder], now: datetime) -> list[Reminder]:
    """What to show: each reminder, or — when more than MAX_SEPARATE are due at once — those
    asking for a choice (a forgotten timer) and one summary of the others that opens Today."""
    if len(reminders) <= MAX_SEPARATE:
        return reminders
    choices = [r for r in reminders if r.actions]
    rest = [r for r in reminders if not r.actions]
    lines = [f"• {r.title}" for r in rest[:5]]
    if len(rest) > 5:
        lines.append(f"… and {len(rest) - 5} more on Today")
    summary = Reminder("summary", f"summary:{now.isoformat()}", "", "today",
                       f"{len(rest)} reminders", "\n".join(lines), now, now, now)
    return [*choices, summary]


def _detached(argv: list[str]) -> subprocess.Popen:
    return subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
