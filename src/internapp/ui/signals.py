"""The store's change notifications as a Qt signal, delivered on the UI thread."""

from PySide6.QtCore import QObject, Signal

from internapp.core.changes import Kind
from internapp.core.store import Store


class StoreSignals(QObject):
    """``changed(frozenset[Kind])`` after every committed write, whichever thread made it."""

    changed = Signal(object)

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._unsubscribe = store.changes.subscribe(self._forward)
        self.destroyed.connect(lambda *_: self._unsubscribe())

    def _forward(self, kinds: frozenset[Kind]) -> None:
        self.changed.emit(kinds)
