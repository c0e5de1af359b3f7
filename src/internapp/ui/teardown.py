"""A closed window goes at once, on the UI thread — not at the interpreter's exit."""

import gc

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QWidget

from internapp.ui.worker import wait_for_running_tasks


def dispose(window: QWidget) -> None:
    """Deletes ``window`` now, once its background work has ended: left to the interpreter's
    exit, the order Python and Qt tear things down in would be chance."""
    wait_for_running_tasks()
    QCoreApplication.processEvents()  # the tasks' results, delivered to their widgets
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()  # the cycles its widgets leave, collected here on the UI thread
