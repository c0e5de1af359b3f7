"""A time of day typed as people type it (14:00, 1400, 2pm): a line edit, not a spin box — a click
selects what is there, so typing replaces it; Up and Down step 5 minutes, Page Up and Page Down an
hour. What cannot be read is kept and marked, and the form's service names the field."""

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from internapp.core.services.errors import ValidationError
from internapp.core.services.time_input import parse_time_of_day

STEPS = {Qt.Key.Key_Up: 5, Qt.Key.Key_Down: -5, Qt.Key.Key_PageUp: 60, Qt.Key.Key_PageDown: -60}


class TimeField(QLineEdit):
    timeChanged = Signal(QTime)

    def __init__(self, field: str = "time", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.setPlaceholderText(QCoreApplication.translate("TimeField", "HH:MM"))
        self.setToolTip(QCoreApplication.translate(
            "TimeField", "Type a time such as 14:00, 1400 or 2pm; ↑ ↓ change it by 5 minutes"))
        self.setMaxLength(8)
        fm = self.fontMetrics()
        self.setMinimumWidth(fm.horizontalAdvance("00:00 pm") + 28)
        self.textEdited.connect(self._on_edited)
        self.editingFinished.connect(self._normalise)

    # --- value ---------------------------------------------------------------------------

    def value(self) -> dt.time:
        """The time typed; a ValidationError naming the field when it is not one."""
        return parse_time_of_day(self.field, self.text())

    def time(self) -> QTime:
        """The time typed, or an invalid QTime."""
        try:
            parsed = self.value()
        except ValidationError:
            return QTime()
        return QTime(parsed.hour, parsed.minute)

    def setTime(self, value: QTime | dt.time) -> None:
        hour, minute = (value.hour(), value.minute()) if isinstance(value, QTime) else (
            value.hour, value.minute)
        self.setText(f"{hour:02d}:{minute:02d}")
        self._mark(True)
        self.timeChanged.emit(QTime(hour, minute))

    # --- typing ---------------------------------------------------------------------------

    def _on_edited(self, _text: str) -> None:
        parsed = self.time()
        self._mark(parsed.isValid() or not self.text().strip())
        if parsed.isValid():
            self.timeChanged.emit(parsed)

    def _normalise(self) -> None:
        parsed = self.time()
        if parsed.isValid() and self.text() != parsed.toString("HH:mm"):
            self.setText(parsed.toString("HH:mm"))

    def _mark(self, valid: bool) -> None:
        if bool(self.property("invalid")) == (not valid):
            return
        self.setProperty("invalid", not valid)
        self.style().unpolish(self)
        self.style().polish(self)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """The click that brings the cursor here selects the time, so typing replaces it."""
        arriving = not self.hasFocus()
        super().mousePressEvent(event)
        if arriving:
            self.selectAll()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = STEPS.get(Qt.Key(event.key()))
        current = self.time()
        if step is not None and current.isValid():
            self.setTime(current.addSecs(step * 60))
            self.selectAll()
            return
        super().keyPressEvent(event)
