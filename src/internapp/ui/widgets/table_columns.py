"""Columns that fit: every column as wide as its widest text (its title included), the room left
given to the free-text columns that elide ("…"), and — when even that does not fit the table's
width — the least important columns hidden (the detail pane still shows them) instead of a
column cut at the right edge.

    ColumnFitter(view, elide=[TITLE, NOTE], hide_first=[PAID, START, PLATFORM])

A delegate that draws more than the text (a progress bar) says how wide the cell must be in its
``sizeHint``; the fitter measures that (``drawn_width``).

The layout check (``ui/layout_check.py``) reads the ``elidingColumns`` property set here. A cell
whose text is elided shows the whole of it as a tooltip. A view that gets a new model calls
``rebind()``.
"""

from collections.abc import Iterable
from typing import cast

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFontMetrics, QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
)

SAMPLE_ROWS = 400  # rows measured beyond the visible ones (a paged model is never read whole)
ELIDE_MINIMUM = 110  # an eliding column keeps at least this much, or its title's width
PADDING = 10  # beyond the delegate's own margins, so text never touches the next column


class ColumnFitter(QObject):
    def __init__(self, view: QTableView, *, elide: Iterable[int] = (),
                 hide_first: Iterable[int] = (), minimum: dict[int, int] | None = None) -> None:
        super().__init__(view)
        self.view = view
        self.elide = list(elide)
        self.hide_first = list(hide_first)
        self.minimum = minimum or {}
        self._needed: dict[int, int] = {}
        view.setProperty("elidingColumns", self.elide)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setMinimumSectionSize(24)
        view.viewport().installEventFilter(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.fit)
        self.rebind()

    def rebind(self) -> None:
        """Follows the view's (new) model."""
        model = self.view.model()
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted,
                       model.rowsRemoved, model.dataChanged, model.headerDataChanged):
            signal.connect(self._remeasure)
        self._remeasure()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not shiboken6.isValid(self.view):  # the view is being destroyed
            return False
        if watched is self.view.viewport():
            if event.type() == QEvent.Type.Resize:
                self._arrange()
            elif event.type() == QEvent.Type.ToolTip:
                return self._elided_tooltip(cast(QHelpEvent, event))
        return False

    def _elided_tooltip(self, event: QHelpEvent) -> bool:
        """The whole text of a cell shown elided, unless the model has a tooltip of its own."""
        index = self.view.indexAt(event.pos())
        if not index.isValid() or index.data(Qt.ItemDataRole.ToolTipRole):
            return False
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        rect = self.view.visualRect(index)
        if text and QFontMetrics(self.view.font()).horizontalAdvance(text) + PADDING > rect.width():
            QToolTip.showText(event.globalPos(), text, self.view.viewport(), rect)
            return True
        return False

    def _remeasure(self, *_args) -> None:
        self._needed = {}
        self._timer.start(0)

    def fit(self) -> None:
        """Measures now (after a data change) and arranges the columns."""
        self._needed = self._measure()
        self._arrange()

    # --- measuring -------------------------------------------------------------------------

    def _measure(self) -> dict[int, int]:
        view, model = self.view, self.view.model()
        header = view.horizontalHeader()
        style = view.style()
        margin = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
        rows = set(range(min(model.rowCount(), SAMPLE_ROWS)))
        top = view.rowAt(0)
        if top >= 0:
            bottom = view.rowAt(view.viewport().height() - 1)
            rows |= set(range(top, (bottom if bottom >= 0 else model.rowCount() - 1) + 1))
        needed = {}
        metrics = QFontMetrics(view.font())
        for column in range(model.columnCount()):
            title = header.sectionSizeFromContents(column).width()
            if column in self.elide:
                needed[column] = max(title, self.minimum.get(column, ELIDE_MINIMUM))
                continue
            widest = 0
            for row in rows:
                index = model.index(row, column)
                text = index.data(Qt.ItemDataRole.DisplayRole)
                if text is None or text == "":
                    continue
                font = index.data(Qt.ItemDataRole.FontRole)
                fm = QFontMetrics(font) if font is not None else metrics
                width = max(fm.horizontalAdvance(line) for line in str(text).splitlines() or [""])
                if index.data(Qt.ItemDataRole.DecorationRole) is not None:
                    width += view.iconSize().width() + 4
                widest = max(widest, width, drawn_width(view, index) - margin - PADDING)
            needed[column] = max(title, widest + margin + PADDING,
                                 self.minimum.get(column, 0))
        return needed

    # --- arranging -------------------------------------------------------------------------

    def _arrange(self) -> None:
        if not self._needed:
            if not self._timer.isActive():
                self._needed = self._measure()
            else:
                return
        view = self.view
        available = view.viewport().width()
        columns = [c for c in range(view.model().columnCount()) if c in self._needed]
        shown = list(columns)
        for column in self.hide_first:
            if sum(self._needed[c] for c in shown) <= available:
                break
            if column in shown:
                shown.remove(column)
        for column in columns:
            view.setColumnHidden(column, column not in shown)
        widths = {c: self._needed[c] for c in shown}
        over = sum(widths.values()) - available
        for column in [c for c in shown if c in self.elide]:  # still too wide: eliding columns
            if over <= 0:                                     # give up their comfortable minimum
                break
            floor = self.view.horizontalHeader().sectionSizeFromContents(column).width()
            taken = min(over, max(0, widths[column] - floor))
            widths[column] -= taken
            over -= taken
        spare = max(0, available - sum(widths.values()))
        growing = [c for c in shown if c in self.elide] or shown[-1:]
        for column in shown:
            extra = spare // len(growing) if column in growing else 0
            if column == growing[-1]:
                extra = spare - (spare // len(growing)) * (len(growing) - 1)
            view.setColumnWidth(column, widths[column] + extra)


def drawn_width(view: QAbstractItemView, index) -> int:
    """The width a custom delegate asks for the cell (a bar beside the figures), 0 for the
    standard one (whose text the callers measure themselves)."""
    delegate = view.itemDelegateForIndex(index)
    if delegate is None or type(delegate) is QStyledItemDelegate:
        return 0
    option = QStyleOptionViewItem()
    option.font = view.font()
    option.fontMetrics = QFontMetrics(view.font())
    return delegate.sizeHint(option, index).width()
