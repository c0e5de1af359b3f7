"""A short list the student keeps in their own order — deliverables, results, stories, résumé
lines — with Add, Edit, Up, Down and Remove under it. The owner does the work: the list only
says what was asked (``add_requested``, ``edit_requested(item)``, ``remove_requested(item)``,
``reordered(items in the new order)``) and shows what it is given."""

from PySide6.QtCore import QRect, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

MAX_VISIBLE_ROWS = 6
ROW_PADDING = 12  # the stylesheet's item padding (5 px above and below) and a little air


class WrappingList(QListWidget):
    """A list whose rows wrap their text and which is as tall as its first rows (up to
    ``max_rows``, then it scrolls), never scrolling sideways."""

    def __init__(self, max_rows: int = MAX_VISIBLE_ROWS, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.max_rows = max_rows
        self.setObjectName("DetailList")
        self.setWordWrap(True)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)

    def fit(self) -> None:
        width = max(self.viewport().width() - 12, 60)
        metrics = self.fontMetrics()
        rows = [metrics.boundingRect(QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap,
                                     self.item(i).text()).height() + ROW_PADDING
                for i in range(min(self.count(), self.max_rows))]
        self.setFixedHeight(max(sum(rows), 28) + 2 * self.frameWidth() + 6)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit()


class OrderedList(QWidget):
    add_requested = Signal()
    edit_requested = Signal(object)
    remove_requested = Signal(object)
    reordered = Signal(list)

    def __init__(self, empty_text: str, add_text: str, parent: QWidget | None = None, *,
                 editable: bool = True) -> None:
        super().__init__(parent)
        self._loading = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.empty_label = QLabel(empty_text)
        self.empty_label.setObjectName("Muted")
        self.empty_label.setWordWrap(True)
        layout.addWidget(self.empty_label)
        self.list = WrappingList()
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.model().rowsMoved.connect(lambda *_: self._dropped())
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        if editable:
            self.list.itemDoubleClicked.connect(lambda item: self.edit_requested.emit(
                item.data(Qt.ItemDataRole.UserRole)))
        layout.addWidget(self.list)
        row = QHBoxLayout()
        row.setSpacing(6)
        self.add_button = QPushButton(add_text)
        self.add_button.clicked.connect(self.add_requested)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(lambda: self._emit(self.edit_requested))
        self.edit_button.setVisible(editable)
        self.up_button = QPushButton("↑")
        self.up_button.setToolTip(self.tr("Move up"))
        self.up_button.setAccessibleName(self.tr("Move up"))
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button = QPushButton("↓")
        self.down_button.setToolTip(self.tr("Move down"))
        self.down_button.setAccessibleName(self.tr("Move down"))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(lambda: self._emit(self.remove_requested))
        for button in (self.add_button, self.edit_button, self.up_button, self.down_button,
                       self.remove_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.set_items([])

    def set_items(self, items: list[tuple[str, object]], tooltips: list[str] | None = None,
                  muted: set[int] | None = None) -> None:
        """Shows (text, item) pairs in order; rows in ``muted`` are greyed."""
        self._loading = True
        current = self.current()
        self.list.clear()
        for index, (text, item) in enumerate(items):
            row = QListWidgetItem(text)
            row.setData(Qt.ItemDataRole.UserRole, item)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsDragEnabled)
            if tooltips and tooltips[index]:
                row.setToolTip(tooltips[index])
            if muted and index in muted:
                row.setForeground(self.palette().placeholderText())
            self.list.addItem(row)
            if item == current:
                self.list.setCurrentItem(row)
        self.list.setVisible(bool(items))
        self.empty_label.setVisible(not items)
        self._loading = False
        self.list.fit()
        self._update_buttons()

    def items(self) -> list[object]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]

    def current(self) -> object | None:
        row = self.list.currentItem()
        return row.data(Qt.ItemDataRole.UserRole) if row else None

    def select(self, row: int) -> None:
        self.list.setCurrentRow(row)

    def move_current(self, step: int) -> None:
        row = self.list.currentRow()
        items = self.items()
        if row >= 0 and 0 <= row + step < len(items):
            items[row], items[row + step] = items[row + step], items[row]
            self.list.setCurrentRow(row + step)
            self.reordered.emit(items)

    def _emit(self, signal) -> None:
        item = self.current()
        if item is not None:
            signal.emit(item)

    def _dropped(self) -> None:
        if not self._loading:  # after the drop has finished, not inside it
            items = self.items()
            QTimer.singleShot(0, lambda: self.reordered.emit(items))

    def _update_buttons(self) -> None:
        row = self.list.currentRow()
        self.edit_button.setEnabled(row >= 0)
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.list.count() - 1)
