"""Keeps the user's own calendar in step while the window is open: a few seconds after records
change, the .ics file in the chosen folder is rewritten and the CalDAV calendar published (when
set up, with the password from the keyring), off the window's thread. A failure is said in the
status bar and tried again after the next change; nothing is half published (core/calendar)."""

from PySide6.QtCore import QObject, QTimer, Signal

from internapp.core.changes import Change, Kind
from internapp.core.store import Store
from internapp.ui.signals import StoreSignals
from internapp.ui.worker import BackgroundTask

WATCHED = frozenset({Kind.APPLICATIONS, Kind.ENGAGEMENTS, Kind.CONTACTS, Kind.SETTINGS})
DELAY_MS = 5000


class CalendarSync(QObject):
    report = Signal(str)  # a line for the status bar

    def __init__(self, store: Store, parent: QObject | None = None,
                 delay_ms: int = DELAY_MS) -> None:
        super().__init__(parent)
        self._store = store
        self._task: BackgroundTask | None = None
        self._again = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(self.run)
        self._signals = StoreSignals(store, self)
        self._signals.changed.connect(self._changed)

    def _changed(self, change: Change) -> None:
        if change.touches(WATCHED):
            self.timer.start()

    def run(self) -> BackgroundTask | None:
        if self._task is not None:  # one at a time; the latest change is published after
            self._again = True
            return None
        store = self._store

        def work():
            from internapp.core.calendar import feed, settings
            from internapp.core.calendar.publish import publish

            chosen = settings.load(store)
            if chosen.feed_folder:
                feed.write(store, chosen)
            if chosen.caldav_configured and settings.password_for(chosen):
                return publish(store, chosen)
            return None

        self._task = BackgroundTask(work, self)
        self._task.finished.connect(self._done)
        self._task.failed.connect(self._failed)
        self._task.start()
        return self._task

    def _done(self, result) -> None:
        self._task = None
        if result is not None and result.sent:
            self.report.emit(self.tr("Calendar updated: {c} new, {u} changed, {d} removed")
                             .format(c=result.created, u=result.updated, d=result.deleted))
        self._next()

    def _failed(self, error: Exception) -> None:
        self._task = None
        self.report.emit(self.tr("Calendar not updated: {why}").format(why=error))
        self._next()

    def _next(self) -> None:
        if self._again:
            self._again = False
            self.timer.start()

    def shutdown(self) -> None:
        self.timer.stop()
        if self._task is not None:
            self._task.wait()
