"""Waiting for background work from the UI thread without blocking its event loop (for tests,
screenshots and scripts; never in a user-facing path). BackgroundTask delivers its result through
the event loop, so waiting on its thread alone would only time out."""

import time

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication


def process_until(condition, timeout: float = 30.0) -> bool:
    """Runs the event loop until ``condition()`` holds or ``timeout`` seconds pass."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.005)
    return True


def deliver_notices() -> None:
    """Lets the store's change notices reach the views: they are coalesced and delivered on the
    next turn of the event loop (ui/signals.py), so code that writes and then reads a view in the
    same turn (tests, scripts) drains the queued signal and the zero timer first."""
    for _ in range(3):
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
