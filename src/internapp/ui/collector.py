"""The cyclic garbage collector, run on the UI thread only.

Python collects in whichever thread happens to allocate when a generation passes its threshold.
A widget or dialog left in a reference cycle (a slot that holds its own widget, an exception
that holds a frame) is then destroyed on that thread: when it is a worker's (ui/worker.py), Qt
touches the widget off its thread and the process dies with a segfault, rarely and at random —
once in five whole runs of the suite, in `internapp smoke` at 200 %. So the processes that show
a window turn the automatic collection off and a timer on the UI thread collects instead, with
Python's own thresholds (pyqtgraph's and Orange's answer to the same crash).
"""

import gc

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from internapp.ui.worker import wait_for_running_tasks

CHECK_EVERY_MS = 250


class UiThreadCollector(QObject):
    """Owned by the application: collects when Python would have, but only here."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.setObjectName("UiThreadCollector")
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(CHECK_EVERY_MS)

    def check(self) -> None:
        """Collects the oldest generation whose count passed its threshold, as Python would."""
        counts = gc.get_count()
        generation = -1
        for number in range(3):
            if counts[number] <= self.thresholds[number]:
                break
            generation = number
        if generation >= 0:
            gc.collect(generation)


def collect_on_ui_thread(app: QCoreApplication) -> UiThreadCollector:
    """Installs the collector once per application; returns it."""
    found = app.findChild(UiThreadCollector, "UiThreadCollector")
    return found if isinstance(found, UiThreadCollector) else UiThreadCollector(app)


def dispose(window: QWidget) -> None:
    """A closed window goes now, on the UI thread, once its background work has ended — not at
    the interpreter's exit, where the order Python and Qt tear things down in is left to chance."""
    wait_for_running_tasks()
    QCoreApplication.processEvents()  # the tasks' results, delivered to their widgets
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()  # the cycles its widgets leave, collected here rather than on a worker
