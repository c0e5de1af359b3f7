"""Long work off the UI thread: a function run in a QThread, its result or error delivered back."""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal


class _Runner(QObject):
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self._work = work

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as error:  # delivered to the UI thread and shown there
            self.failed.emit(error)
        else:
            self.finished.emit(result)


class BackgroundTask(QObject):
    """Runs ``work`` on its own thread. Connect ``finished``/``failed``, then call ``start()``."""

    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._runner = _Runner(work)
        self._runner.moveToThread(self._thread)
        self._thread.started.connect(self._runner.run)
        self._runner.finished.connect(self._on_finished)
        self._runner.failed.connect(self._on_failed)

    def start(self) -> None:
        self._thread.start()

    def wait(self, msecs: int = 30_000) -> bool:
        return self._thread.wait(msecs)

    def _on_finished(self, result: Any) -> None:
        self._stop()
        self.finished.emit(result)

    def _on_failed(self, error: Exception) -> None:
        self._stop()
        self.failed.emit(error)

    def _stop(self) -> None:
        self._thread.quit()
        self._thread.wait()
