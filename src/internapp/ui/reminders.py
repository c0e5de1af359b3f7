"""Reminders while the window is open: the same pass as the background process (desktop/agent.py)
in a thread of the window, so that a click on a notification opens the record here and a
forgotten timer's Stop now / Stop at last activity / Keep act on this window's timer.

The window that owns the data folder holds the presence lock (ui/single_instance.py, through
desktop/presence.py): the background process, if it runs, leaves notifying to it meanwhile.
Where no notification service can be reached the reason is kept (Settings → Notifications shows
it) and nothing runs.
"""

import threading
import uuid
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from internapp.core.collection import collection_paused
from internapp.core.reminders.model import Reminder
from internapp.core.reminders.work_kinds import KEEP, STOP_AT_LAST_ACTIVITY, STOP_NOW
from internapp.desktop.agent import Agent
from internapp.desktop.notifications import (
    DEFAULT_ACTION,
    NotificationsUnavailable,
    Notifier,
    notifier,
)
from internapp.paths import Paths

if TYPE_CHECKING:
    from internapp.desktop.idle import IdleClock


class _WindowAgent(Agent):
    def __init__(self, *args, on_click, on_shown, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._on_click = on_click
        self._on_shown = on_shown

    def tick(self) -> list[Reminder]:
        with collection_paused():  # on the reminders thread: no collection here
            shown = super().tick()
        if shown:
            self._on_shown(shown)
        return shown

    def act(self, reminder: Reminder, action: str) -> None:
        self._on_click(reminder, action)


class WindowReminders(QObject):
    open_record = Signal(str, object)  # screen key, record id
    stop_timer = Signal(object)  # None: now; a datetime: at the last activity
    delivered = Signal(list)  # the reminders just shown

    def __init__(self, paths: Paths, parent: QObject | None = None, *,
                 make_notifier=notifier, interval: float = 60.0) -> None:
        super().__init__(parent)
        self.unavailable: str | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.agent: _WindowAgent | None = None
        try:
            delivery: Notifier = make_notifier()
        except NotificationsUnavailable as error:
            self.unavailable = str(error)
            return
        self.agent = _WindowAgent(paths.database, delivery, defer_to_window=False,
                                  on_click=self._clicked, on_shown=self.delivered.emit,
                                  idle=self._idle_seconds)
        self._interval = interval
        self._idle: IdleClock | None = None
        self._thread = threading.Thread(target=self._run, name="internapp-reminders",
                                        daemon=True)
        self._thread.start()

    def _idle_seconds(self) -> float | None:
        if self._idle is None:
            from internapp.desktop.idle import IdleClock

            self._idle = IdleClock()
        return self._idle.seconds()

    def _run(self) -> None:
        if self.agent is not None:
            self.agent.run(self._stop, self._interval)
        if self._idle is not None:
            self._idle.close()

    def _clicked(self, reminder: Reminder, action: str) -> None:  # on the reminders thread
        if action == DEFAULT_ACTION:
            self.open_record.emit(reminder.screen,
                                  uuid.UUID(reminder.record_id) if reminder.record_id else None)
        elif action == STOP_NOW:
            self.stop_timer.emit(None)
        elif action == STOP_AT_LAST_ACTIVITY and isinstance(reminder.last_activity, datetime):
            self.stop_timer.emit(reminder.last_activity)
        elif action == KEEP:
            pass

    def shutdown(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
