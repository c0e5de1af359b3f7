"""What the Income tabs share: a read-only table and a summary card."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from internapp.ui.widgets.table_columns import ColumnFitter

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def table(headers: list[str], *, elide: tuple[int, ...] = (0,),
          hide_first: tuple[int, ...] = ()) -> QTableWidget:
    """A read-only, row-selecting table whose columns fit (widgets/table_columns.ColumnFitter):
    the ``elide`` columns take the spare width and shorten long text (the full text in a
    tooltip); when even that does not fit, the ``hide_first`` columns are hidden in that order."""
    view = QTableWidget(0, len(headers))
    view.setHorizontalHeaderLabels(headers)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(30)
    view.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft
                                                | Qt.AlignmentFlag.AlignVCenter)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    ColumnFitter(view, elide=elide, hide_first=hide_first)
    return view


def fill(view: QTableWidget, rows: list[list[str]], *, right_from: int = 1,
         left: tuple[int, ...] = (), colours: dict[int, str] | None = None) -> None:
    """Puts ``rows`` in ``view``: columns from ``right_from`` on (but not ``left``) are
    right-aligned (amounts); ``colours`` gives a row its text colour."""
    view.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            if c >= right_from and c not in left:
                item.setTextAlignment(RIGHT)
            if colours and r in colours:
                item.setForeground(QBrush(QColor(colours[r])))
            view.setItem(r, c, item)
    fit_height(view)


def fit_height(view: QTableWidget, most: int = 12) -> None:
    """As tall as its rows (up to ``most``): the screen scrolls, not each table."""
    rows = min(max(view.rowCount(), 1), most)
    height = view.horizontalHeader().height() + rows * view.verticalHeader().defaultSectionSize()
    view.setFixedHeight(height + 2 * view.frameWidth() + 4)


def card(title: str) -> tuple[QFrame, QLabel, QLabel]:
    frame = QFrame()
    frame.setObjectName("Card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(14, 10, 14, 10)
    layout.setSpacing(2)
    caption = QLabel(title.upper())
    caption.setObjectName("CardTitle")
    value = QLabel("–")
    value.setObjectName("CardValue")
    value.setWordWrap(True)
    note = QLabel()
    note.setObjectName("ItemDetail")
    note.setWordWrap(True)
    for label in (caption, value, note):
        layout.addWidget(label)
    return frame, value, note
