"""What the Income tabs share: a read-only table and a summary card."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def table(headers: list[str], *, stretch: int = 0, eliding: tuple[int, ...] = ()) -> QTableWidget:
    """A read-only, row-selecting table; column ``stretch`` takes the spare width and the
    ``eliding`` columns shorten long text (with the full text in a tooltip)."""
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
    header = view.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setProperty("elidingColumns", list(eliding) or [stretch])
    view.setProperty("stretchColumn", stretch)
    view.setProperty("scrollsSideways", True)  # eight money columns at 900 px (in German)
    keep_title_whole(view)
    return view


def keep_title_whole(view: QTableWidget) -> None:
    """The stretching column never gets narrower than its title (a German title is longer; at
    900 px the other columns would squeeze it): the table scrolls sideways instead."""
    header = view.horizontalHeader()
    column = view.property("stretchColumn")
    if column is not None:
        needed = header.sectionSizeFromContents(int(column)).width()
        header.setMinimumSectionSize(max(header.minimumSectionSize(), needed))


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
    keep_title_whole(view)  # its title may have changed (Month, Year, Organization…)
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
