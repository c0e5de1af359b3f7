"""A closed window goes at once, on the UI thread — not at the interpreter's exit."""

import gc

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QWidget

from internapp.ui.worker import wait_for_running_tasks


def delete_now(*widgets: QWidget) -> None:
    """Deletes ``widgets``, and whatever else waits for a deferred delete, now — once the
    background work has ended and delivered its results. (A deleteLater() asked for with no event
    loop running would otherwise wait for the next one, whenever and wherever that runs.)"""
    wait_for_running_tasks()
    QCoreApplication.processEvents()  # the tasks' results, delivered to their widgets
    for widget in widgets:
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def dispose(window: QWidget) -> None:
    """Deletes ``window`` now: left to the interpreter's exit, the order Python and Qt tear
    things down in would be chance."""
    delete_now(window)
    gc.collect()  # the cycles its widgets leave, collected here on the UI thread
