"""The store's change notices as a Qt signal."""

from PySide6.QtCore import QObject, Signal

from internapp.core.changes import Change
from internapp.core.store import Store


class StoreSignals(QObject):
    """``changed(Change)`` after every committed write."""

    changed = Signal(object)

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._unsubscribe = store.changes.subscribe(self._forward)
        self.destroyed.connect(lambda *_: self._unsubscribe())

    def _forward(self, change: Change) -> None:
        self.changed.emit(change)
