"""Looking after the store while the window is open, off the UI thread: SQLite's quick check once
at start (a damaged file is offered its newest backup), then a backup a day with the rotation,
checked again every hour (a window left open overnight makes the next day's)."""

from PySide6.QtCore import QObject, QTimer, Signal

from internapp.core.store import Store
from internapp.core.store.backup import daily_backup
from internapp.core.store.integrity import quick_check
from internapp.ui.worker import BackgroundTask

HOUR_MS = 60 * 60 * 1000


class StoreCare(QObject):
    damaged = Signal(str)  # why, in words
    backed_up = Signal(object)  # the new daily backup's path
    failed = Signal(object)  # an error while backing up

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._task: BackgroundTask | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(HOUR_MS)
        self.timer.timeout.connect(self.back_up_if_due)

    def start(self) -> None:
        path = self._store.path
        self._run(lambda: quick_check(path), self._checked)
        self.timer.start()

    def back_up_if_due(self) -> None:
        if self._task is None or not self._task.running():
            store = self._store
            self._run(lambda: daily_backup(store), self._backed_up)

    def wait(self) -> None:
        if self._task is not None:
            self._task.wait()

    def _run(self, work, done) -> None:
        self._task = BackgroundTask(work, self)
        self._task.finished.connect(done)
        self._task.failed.connect(self.failed)
        self._task.start()

    def _checked(self, problem: str | None) -> None:
        if problem:
            self.damaged.emit(problem)
        else:
            self.back_up_if_due()

    def _backed_up(self, path) -> None:
        if path is not None:
            self.backed_up.emit(path)
