"""The store's change notices as one Qt signal, on the UI thread, coalesced per event-loop turn.

A write notifies after its commit, from whichever thread made it; the notice crosses to the UI
thread (a queued signal), joins every other notice of the same turn, and ``changed(Change)`` is
emitted once, on the next turn, with all their kinds and origins. So a user action that writes
several times, or several listeners reacting to one write, still cause one refresh per view.
"""

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from internapp.core.changes import Change
from internapp.core.store import Store


class StoreSignals(QObject):
    """``changed(Change)`` once per event-loop turn in which the store committed writes."""

    changed = Signal(object)
    _arrived = Signal(object)

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pending: Change | None = None
        self._arrived.connect(self._collect, Qt.ConnectionType.QueuedConnection)
        self._unsubscribe = store.changes.subscribe(self._arrived.emit)
        self.destroyed.connect(lambda *_: self._unsubscribe())

    @Slot(object)
    def _collect(self, change: Change) -> None:
        if self._pending is None:
            self._pending = change
            QTimer.singleShot(0, self, self._deliver)
        else:
            self._pending = self._pending | change

    def _deliver(self) -> None:
        change, self._pending = self._pending, None
        if change is not None:
            self.changed.emit(change)
