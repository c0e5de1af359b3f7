"""The month calendar every date picker pops up: weeks start on the locale's first day, and it
asks for the height its rows need (QCalendarWidget's own estimate ignores the stylesheet's
padding, and the month bar then hid the weekday names)."""

from PySide6.QtCore import QLocale, QSize
from PySide6.QtWidgets import QCalendarWidget, QTableView, QWidget


class Calendar(QCalendarWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setGridVisible(False)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.setFirstDayOfWeek(QLocale().firstDayOfWeek())
        self.setObjectName("Calendar")

    def _needed(self, base: QSize) -> QSize:
        view = self.findChild(QTableView)
        bar = self.findChild(QWidget, "qt_calendar_navigationbar")
        if view is None or bar is None:
            return base
        rows = view.model().rowCount() if view.model() else 7
        floor = view.verticalHeader().minimumSectionSize()  # rows never get less than this
        row = max([floor, *(view.sizeHintForRow(r) for r in range(rows))])
        height = bar.sizeHint().height() + rows * row + 2 * view.frameWidth() + 4
        return QSize(max(base.width(), view.sizeHint().width()), max(base.height(), height))

    def minimumSizeHint(self) -> QSize:
        # QCalendarWidget.sizeHint() calls this one: ask the base class, never sizeHint()
        return self._needed(QCalendarWidget.minimumSizeHint(self))

    def sizeHint(self) -> QSize:
        return self._needed(super().sizeHint())
