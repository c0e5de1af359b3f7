"""Sync while the window is open: on start, every few minutes and on demand, always off the UI
thread; the last sync's time and state in the status bar. The CLI may sync the same store at the
same time: core/sync takes turns through its lock, and a run that finds the lock taken is skipped.
"""

from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QStatusBar

from internapp.context import AppContext
from internapp.core.sync import errors, service
from internapp.core.sync.run import SyncResult
from internapp.core.sync.run import sync_now as run_sync
from internapp.ui import formats
from internapp.ui.worker import BackgroundTask

INTERVAL_MS = 5 * 60 * 1000
FIRST_DELAY_MS = 1500


class SyncRunner(QObject):
    """``changed`` after a sync starts or ends (read ``status_text()``), ``finished(result)`` and
    ``failed(error)`` after each run."""

    changed = Signal()
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._task: BackgroundTask | None = None
        self.last_error: str = ""
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.sync_now)

    @property
    def running(self) -> bool:
        return self._task is not None

    def configured(self) -> bool:
        try:
            return service.status(self._context.store).configured
        except Exception:  # a store too old or busy to read: no sync now
            return False

    def start(self) -> None:
        """Syncs soon after start and then every few minutes, when sync is set up."""
        self.timer.start()
        if self.configured():
            QTimer.singleShot(FIRST_DELAY_MS, self.sync_now)

    def sync_now(self, password: str | None = None) -> bool:
        """Starts a sync in the background; False when one runs already or none is set up."""
        if self._task is not None or not self.configured():
            return False
        store, version = self._context.store, self._context.version
        self._task = BackgroundTask(
            lambda: run_sync(store, password=password, app_version=version), self)
        self._task.finished.connect(self._done)
        self._task.failed.connect(self._failed)
        self._task.start()
        self.changed.emit()
        return True

    def _done(self, result: SyncResult) -> None:
        self._task = None
        self.last_error = ""
        self.changed.emit()
        self.finished.emit(result)

    def _failed(self, error: Exception) -> None:
        self._task = None
        if isinstance(error, errors.SyncBusy):
            self.changed.emit()
            return  # the CLI (or another window) is syncing this file right now
        self.last_error = str(error)
        self.changed.emit()
        self.failed.emit(error)

    def status_text(self) -> str:
        if self._task is not None:
            return self.tr("Syncing…")
        try:
            status = service.status(self._context.store)
        except Exception:
            return ""
        if not status.configured:
            return ""
        if status.last_sync_at is None:
            return self.tr("Not synced yet")
        at = local_time(status.last_sync_at)
        if status.last_ok:
            if status.open_conflicts:
                return self.tr("Synced {time} · conflicts: %n", "", status.open_conflicts).format(
                    time=at)
            return self.tr("Synced {time}").format(time=at)
        return self.tr("Sync failed {time}").format(time=at)

    def shutdown(self, wait_ms: int = 10_000) -> None:
        self.timer.stop()
        if self._task is not None:
            self._task.wait(wait_ms)


def local_time(iso: str) -> str:
    """When a sync ran, in the window's locale: its time today, the day and time before."""
    moment = datetime.fromisoformat(iso).astimezone()
    today = datetime.now().astimezone().date()
    if moment.date() == today:
        return formats.clock(moment)
    day = formats.day if moment.year == today.year else formats.short_date
    return f"{day(moment.date())} {formats.clock(moment)}"


class SyncStatusLabel(QLabel):
    """The status bar's permanent sync state; empty while sync is not set up."""

    def __init__(self, runner: SyncRunner, bar: QStatusBar) -> None:
        super().__init__()
        self.setObjectName("Muted")
        self._runner = runner
        runner.changed.connect(self.update_text)
        bar.addPermanentWidget(self)
        self.update_text()

    def update_text(self) -> None:
        self.setText(self._runner.status_text())
        self.setToolTip(self._runner.last_error)
