"""Long work off the UI thread: a function run in a QThread, its result or error delivered back.

The worker thread must never hold the last reference to anything the UI thread owns (a widget,
a dialog, a session): if it did, that object would be destroyed — or garbage-collected, when the
collector happens to run there — on the wrong thread, which crashes Qt. So:

- a running task is kept alive by the module's ``_RUNNING`` set, not by its parent alone, and its
  thread quits by itself when the work ends, even if the parent was destroyed meanwhile;
- the work callable is released on the UI thread once the result is delivered, never on the
  worker thread;
- callers pass work that captures plain values (the store, a path, a ``threading.Event`` to
  cancel), not ``self``; a dialog waits for its task when it closes (``wait()``);
- the garbage collector is paused (core/collection.py) from before the thread starts until the
  UI thread learns it has ended, so no collection — which would free whatever cycles the UI
  thread left, widgets included — ever runs on a worker.
"""

import atexit
import contextlib
import warnings
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from internapp.core import collection

_RUNNING: set["BackgroundTask"] = set()


@atexit.register
def wait_for_running_tasks() -> None:
    """A thread still running when Python exits would abort the process ("QThread: Destroyed
    while thread is still running"): let the work end first."""
    for task in list(_RUNNING):
        task.wait()


class _Runner(QObject):
    finished = Signal(object)
    failed = Signal(object)
    done = Signal()

    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self.work: Callable[[], Any] | None = work

    @Slot()
    def run(self) -> None:
        work = self.work
        if work is None:  # already let go of (the task ended before it ran)
            return
        try:
            result = work()
        except Exception as error:  # delivered to the UI thread and shown there
            self.failed.emit(error)
        else:
            self.finished.emit(result)
        finally:
            del work  # the runner (released on the UI thread) still holds it
            self.done.emit()


class BackgroundTask(QObject):
    """Runs ``work`` on its own thread. Connect ``finished``/``failed``, then call ``start()``.

    ``parent`` is who the task works for, but not its Qt owner: a task must outlive a parent
    destroyed while the work runs (its results then go nowhere), so it is kept by whoever holds
    it and, while it runs, by ``_RUNNING``.
    """

    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__()  # no Qt parent, and no reference to it: see the class docstring
        self._thread = QThread()
        self._runner = _Runner(work)
        self._runner.moveToThread(self._thread)
        self._thread.started.connect(self._runner.run)
        # direct, not queued to the UI thread: the thread ends itself even when nothing there
        # runs an event loop any more (a parent gone, the interpreter exiting)
        self._runner.done.connect(self._thread.quit, Qt.ConnectionType.DirectConnection)
        self._runner.finished.connect(self._on_finished)
        self._runner.failed.connect(self._on_failed)
        self._thread.finished.connect(self._release)
        self._paused = False

    def start(self) -> None:
        _RUNNING.add(self)
        collection.pause()  # resumed in _release, on the UI thread, once the thread has ended
        self._paused = True
        self._thread.start()

    def running(self) -> bool:
        return self._thread.isRunning()

    def wait(self, msecs: int = 30_000) -> bool:
        return self._thread.wait(msecs)

    @Slot(object)
    def _on_finished(self, result: Any) -> None:
        self._stop()
        self.finished.emit(result)
        self._forget_receivers()

    @Slot(object)
    def _on_failed(self, error: Exception) -> None:
        self._stop()
        self.failed.emit(error)
        self._forget_receivers()

    def _forget_receivers(self) -> None:
        """Once delivered, the slots (often lambdas holding their widget) are let go, so that a
        widget and its finished task never form a cycle only the garbage collector — on
        whichever thread it happens to run — would free."""
        for signal in (self.finished, self.failed):
            with warnings.catch_warnings(), contextlib.suppress(RuntimeError, TypeError):
                warnings.simplefilter("ignore", RuntimeWarning)
                signal.disconnect()

    def _stop(self) -> None:
        self._thread.quit()
        self._thread.wait()
        self._release()

    @Slot()
    def _release(self) -> None:
        """On the UI thread, once the work is over: drop the work and stop keeping the task."""
        self._runner.work = None
        _RUNNING.discard(self)
        if self._paused:
            self._paused = False
            collection.resume()
