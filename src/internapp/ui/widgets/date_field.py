"""A calendar day that may be empty: typed as YYYY-MM-DD or picked from a calendar. The one date
picker of the app (forms, the time entry, reports), so every date looks and works the same.

The text goes to the services as is, so a typo gets the service's message naming the field;
``value()`` is the text, ``set_value`` takes a date or None, ``date(field)`` parses it (a
ValidationError naming ``field`` when it is not a date).
"""

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QSizePolicy,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from internapp.core.clock import Clock
from internapp.core.services.errors import ValidationError
from internapp.ui.widgets.calendar import Calendar


class DateField(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, clock: Clock) -> None:
        """``clock``: the context's, for the day an empty field's calendar opens on (today in
        the user's zone, as the rest of the app tells it)."""
        super().__init__(parent)
        self._clock = clock
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.edit.setClearButtonEnabled(True)
        self.edit.setFixedWidth(128)
        self.edit.textChanged.connect(lambda _: self.changed.emit())
        row.addWidget(self.edit)
        self.button = QToolButton()
        self.button.setObjectName("MenuButton")
        self.button.setText("▾")
        self.button.setToolTip(self.tr("Pick a day"))
        self.button.setAccessibleName(self.tr("Pick a day"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.calendar = Calendar()
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        menu = QMenu(self.button)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        menu.aboutToShow.connect(self._sync_calendar)
        self.button.setMenu(menu)
        row.addWidget(self.button)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.setFocusProxy(self.edit)

    def value(self) -> str:
        return self.edit.text().strip()

    def set_value(self, value: date | None) -> None:
        self.edit.setText(value.isoformat() if value else "")

    def date(self, field: str) -> date | None:
        """The day typed (None when empty); a ValidationError naming ``field`` otherwise."""
        text = self.value()
        if not text:
            return None
        try:
            return date.fromisoformat(text)
        except ValueError:
            raise ValidationError(field, self.tr("{text} is not a date (use YYYY-MM-DD)").format(
                text=repr(text))) from None

    def _sync_calendar(self) -> None:
        parsed = QDate.fromString(self.value(), "yyyy-MM-dd")
        if not parsed.isValid():
            today = self._clock.today()
            parsed = QDate(today.year, today.month, today.day)
        self.calendar.setSelectedDate(parsed)

    def _picked(self, day: QDate) -> None:
        self.edit.setText(day.toString("yyyy-MM-dd"))
        self.button.menu().hide()
