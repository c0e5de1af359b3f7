"""Reminders while the window is open: the same pass as the background process (desktop/agent.py),
driven by this window's event loop, so that a click on a notification opens the record here and a
forgotten timer's Stop now / Stop at last activity / Keep act on this window's timer.

No Python thread of its own: a collection of garbage can run in whichever thread allocates, and
on any thread but Qt's it frees the widgets left in cycles there — a crash now and then. So a
QTimer starts each pass, the pass itself (reading the store, showing notifications over D-Bus)
runs as a BackgroundTask (which pauses the collector, ui/worker.py), and clicks are read on the
UI thread when the notification connection's socket has something to read. One lock keeps the
pass and the reading of clicks from using the connection at once.

The window that owns the data folder holds the presence lock (ui/single_instance.py, through
desktop/presence.py): the background process, if it runs, leaves notifying to it meanwhile.
Where no notification service can be reached the reason is kept (Settings → Notifications shows
it) and nothing runs.
"""

import threading
import uuid
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal

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
from internapp.ui.worker import BackgroundTask

if TYPE_CHECKING:
    from internapp.desktop.idle import IdleClock


class _WindowAgent(Agent):
    def __init__(self, *args, on_click, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._on_click = on_click

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
        self.agent: _WindowAgent | None = None
        self._task: BackgroundTask | None = None
        self._socket: QSocketNotifier | None = None
        self._idle: IdleClock | None = None
        self._connection = threading.Lock()  # the pass and the reading of clicks, one at a time
        self._ticks = QTimer(self)
        try:
            delivery: Notifier = make_notifier()
        except NotificationsUnavailable as error:
            self.unavailable = str(error)
            return
        self.agent = _WindowAgent(paths.database, delivery, defer_to_window=False,
                                  on_click=self._clicked, idle=self._idle_seconds)
        descriptor = delivery.fileno()
        if descriptor is not None:
            self._socket = QSocketNotifier(descriptor, QSocketNotifier.Type.Read, self)
            self._socket.activated.connect(self._read_clicks)
        self._ticks.setInterval(round(interval * 1000))
        self._ticks.timeout.connect(self._tick)
        self._ticks.start()
        QTimer.singleShot(0, self, self._tick)  # the first pass at once

    def _idle_seconds(self) -> float | None:  # on the pass's thread
        if self._idle is None:
            from internapp.desktop.idle import IdleClock

            self._idle = IdleClock()
        return self._idle.seconds()

    def _tick(self) -> None:
        if self.agent is None or (self._task is not None and self._task.running()):
            return
        agent, connection = self.agent, self._connection

        def work() -> list[Reminder]:
            with connection:
                return agent.tick()

        self._task = BackgroundTask(work, self)
        self._task.finished.connect(self._ticked)
        self._task.failed.connect(self._tick_failed)
        self._task.start()

    def _ticked(self, shown: list[Reminder]) -> None:
        if shown:
            self.delivered.emit(shown)
        self._read_clicks()  # clicks the pass read off the connection while it showed

    def _tick_failed(self, error: Exception) -> None:
        if self.agent is not None:
            self.agent.report_failure(error)
        self._read_clicks()

    def _read_clicks(self, *_) -> None:
        """The connection has something to read (or a pass just ended): the clicks, here."""
        if self.agent is None:
            return
        if not self._connection.acquire(blocking=False):  # a pass is using it; it reads on
            if self._socket is not None:
                self._socket.setEnabled(False)  # until the pass ends (no spinning meanwhile)
            return
        try:
            clicks = self.agent.notifier.poll(0.0)
        finally:
            self._connection.release()
            if self._socket is not None:
                self._socket.setEnabled(True)
        self.agent.act_on(clicks)  # the connection let go first: opening a record may take a while

    def _clicked(self, reminder: Reminder, action: str) -> None:
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
        self._ticks.stop()
        if self._socket is not None:
            self._socket.setEnabled(False)
        if self._task is not None:
            self._task.wait()
        if self.agent is not None:
            self.agent.notifier.close()
            self.agent = None
        if self._idle is not None:
            self._idle.close()
            self._idle = None
