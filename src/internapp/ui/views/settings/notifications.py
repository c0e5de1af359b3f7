"""Settings → Reminders: each kind of reminder on or off with its lead time, quiet hours, the time
of day dates are reminded at, the no-reply wait, the forgotten-timer length, and the login item
that keeps reminders coming while the window is closed."""

from datetime import time

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from internapp.core.reminders import settings as reminder_settings
from internapp.core.reminders.model import KindSetting, ReminderSettings
from internapp.core.reminders.registry import load_builtin
from internapp.core.services.errors import ValidationError
from internapp.core.store import Store
from internapp.desktop import autostart
from internapp.paths import Paths
from internapp.ui.widgets.detail_pane import DirtyTracking, message_label
from internapp.ui.widgets.fields import SpinBox, TimeEdit

MINUTES_PER_DAY = 24 * 60


def _qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


def _clock(edit: QTimeEdit) -> time:
    value = edit.time()
    return time(value.hour(), value.minute())


class _Offset:
    """Adds rows to a grid below the ones it has."""

    def __init__(self, grid: QGridLayout, first_row: int) -> None:
        self._grid = grid
        self._first = first_row

    def addWidget(self, widget, row: int, column: int) -> None:
        self._grid.addWidget(widget, self._first + row, column)

    def addLayout(self, layout, row: int, column: int) -> None:
        self._grid.addLayout(layout, self._first + row, column)


class NotificationsSection(QGroupBox, DirtyTracking):
    def __init__(self, store: Store, paths: Paths, unavailable: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Reminders"))
        self._store = store
        self._paths = paths
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("What internapp reminds you of, and how long before. Reminders "
                               "arrive as desktop notifications; a click opens the record."))
        intro.setObjectName("Muted")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setObjectName("WarningText" if unavailable else "Muted")
        self.status_label.setText(
            self.tr("Desktop notifications are unavailable here: {why}").format(why=unavailable)
            if unavailable else self.tr("Desktop notifications: ready."))
        layout.addWidget(self.status_label)
        self.message_label = message_label()
        layout.addWidget(self.message_label)

        grid_holder = QWidget()
        grid = QGridLayout(grid_holder)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        self.enabled: dict[str, QCheckBox] = {}
        self.leads: dict[str, QSpinBox] = {}
        for row, (name, kind) in enumerate(load_builtin().items()):
            box = QCheckBox(self._label(name, kind.label))
            box.setToolTip(self._description(name, kind.description))
            box.toggled.connect(self._mark_dirty)
            self.enabled[name] = box
            grid.addWidget(box, row, 0)
            if kind.default_lead_minutes is None:
                note = QLabel(self._when_note(name))
                note.setObjectName("Muted")
                grid.addWidget(note, row, 1)
                continue
            spin = SpinBox()
            spin.setFixedWidth(150)
            if kind.lead_in_days:
                spin.setRange(0, 60)
                spin.setSpecialValueText(self.tr("on the day"))
                spin.valueChanged.connect(lambda n, box=spin: box.setSuffix(
                    self.tr(" day before") if n == 1 else self.tr(" days before")))
            else:
                spin.setRange(0, 3 * MINUTES_PER_DAY)
                spin.setSingleStep(15)
                spin.setSuffix(self.tr(" min before"))
            spin.valueChanged.connect(self._mark_dirty)
            spin.setAccessibleName(self.tr("{kind}: how long before").format(
                kind=self._label(name, kind.label)))
            box.toggled.connect(spin.setEnabled)
            self.leads[name] = spin
            grid.addWidget(spin, row, 1)
        grid.setColumnStretch(2, 1)
        layout.addWidget(grid_holder)
        # the timing rows continue the same grid, so their fields line up with the leads above
        timing = _Offset(grid, len(self.enabled))
        self.quiet_box = QCheckBox(self.tr("Quiet hours from"))
        self.quiet_start = TimeEdit()
        self.quiet_end = TimeEdit()
        for edit in (self.quiet_start, self.quiet_end):
            edit.setDisplayFormat("HH:mm")
            edit.setFixedWidth(80)
            edit.timeChanged.connect(self._mark_dirty)
            self.quiet_box.toggled.connect(edit.setEnabled)
        self.quiet_box.toggled.connect(self._mark_dirty)
        self.quiet_start.setAccessibleName(self.tr("Quiet hours start"))
        self.quiet_end.setAccessibleName(self.tr("Quiet hours end"))
        quiet_row = QHBoxLayout()
        quiet_row.addWidget(self.quiet_start)
        quiet_row.addWidget(QLabel(self.tr("to")))
        quiet_row.addWidget(self.quiet_end)
        quiet_row.addStretch(1)
        timing.addWidget(self.quiet_box, 0, 0)
        timing.addLayout(quiet_row, 0, 1)
        self.day_time = TimeEdit()
        self.day_time.setDisplayFormat("HH:mm")
        self.day_time.setFixedWidth(80)
        self.day_time.timeChanged.connect(self._mark_dirty)
        self.day_time.setAccessibleName(self.tr("Remind of dates at"))
        timing.addWidget(QLabel(self.tr("Remind of dates at")), 1, 0)
        timing.addWidget(self.day_time, 1, 1)
        self.no_reply_days = SpinBox()
        self.no_reply_days.setFixedWidth(150)
        self.no_reply_days.setRange(1, 365)
        self.no_reply_days.setSuffix(self.tr(" days"))
        self.no_reply_days.valueChanged.connect(self._mark_dirty)
        self.no_reply_days.setAccessibleName(self.tr("No reply after"))
        timing.addWidget(QLabel(self.tr("No reply after")), 2, 0)
        timing.addWidget(self.no_reply_days, 2, 1)
        self.timer_hours = SpinBox()
        self.timer_hours.setFixedWidth(150)
        self.timer_hours.setRange(1, 24)
        self.timer_hours.setSuffix(self.tr(" h"))
        self.timer_hours.valueChanged.connect(self._mark_dirty)
        self.timer_hours.setAccessibleName(self.tr("A timer is forgotten after"))
        timing.addWidget(QLabel(self.tr("A timer is forgotten after")), 3, 0)
        timing.addWidget(self.timer_hours, 3, 1)
        self.idle_minutes = SpinBox()
        self.idle_minutes.setFixedWidth(150)
        self.idle_minutes.setRange(5, 240)
        self.idle_minutes.setSuffix(self.tr(" min idle"))
        self.idle_minutes.valueChanged.connect(self._mark_dirty)
        self.idle_minutes.setAccessibleName(self.tr("A timer is forgotten after this long idle"))
        timing.addWidget(QLabel(self.tr("…or after")), 4, 0)
        timing.addWidget(self.idle_minutes, 4, 1)

        self.login_box = QCheckBox(self.tr("Keep reminding me while internapp is closed (starts "
                                           "a small helper when I log in)"))
        self.login_box.setChecked(autostart.is_enabled())
        self.login_box.toggled.connect(self.set_login_item)
        layout.addWidget(self.login_box)

        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save reminders"))
        self.save_button.setObjectName("Primary")
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Revert"))
        self.revert_button.clicked.connect(self.load)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.revert_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.load()

    # --- words ------------------------------------------------------------------------------

    def _label(self, name: str, fallback: str) -> str:
        return {"deadline": self.tr("Application deadlines"), "follow-up": self.tr("Follow-ups"),
                "no-reply": self.tr("No reply"),
                "interview-day": self.tr("Interviews, the day before"),
                "interview-soon": self.tr("Interviews, shortly before"),
                "keep-in-touch": self.tr("Keeping in touch"), "milestone": self.tr("Milestones"),
                "hand-in": self.tr("Hand-in dates"),
                "budget": self.tr("Budgets at 80 % and 100 %"),
                "weekly-cap": self.tr("Weekly caps"), "timer": self.tr("Forgotten timer"),
                "payment": self.tr("Payments due")}.get(name, fallback)

    def _description(self, name: str, fallback: str) -> str:
        return fallback

    def _when_note(self, name: str) -> str:
        return {"no-reply": self.tr("after the days set below"),
                "timer": self.tr("after the length set below, at midnight or when idle")}.get(
            name, self.tr("when it happens"))

    # --- loading and saving -------------------------------------------------------------------

    def load(self) -> None:
        self._loading = True
        chosen = reminder_settings.load(self._store)
        for name, box in self.enabled.items():
            setting = chosen.kind(name)
            box.setChecked(setting.enabled)
            spin = self.leads.get(name)
            if spin is not None:
                spin.setEnabled(setting.enabled)
                lead = setting.lead_minutes or 0
                spin.setValue(lead // MINUTES_PER_DAY if load_builtin()[name].lead_in_days
                              else lead)
        quiet = chosen.quiet_start is not None and chosen.quiet_end is not None
        self.quiet_box.setChecked(quiet)
        self.quiet_start.setTime(_qtime(chosen.quiet_start or time(22)))
        self.quiet_end.setTime(_qtime(chosen.quiet_end or time(7)))
        for edit in (self.quiet_start, self.quiet_end):
            edit.setEnabled(quiet)
        self.day_time.setTime(_qtime(chosen.day_time))
        self.no_reply_days.setValue(chosen.no_reply_days)
        self.timer_hours.setValue(max(1, chosen.timer_max_minutes // 60))
        self.idle_minutes.setValue(chosen.idle_minutes)
        self._loading = False
        self._set_dirty(False)
        self.message_label.hide()

    def values(self) -> ReminderSettings:
        kinds = {}
        for name, box in self.enabled.items():
            spin = self.leads.get(name)
            lead = None
            if spin is not None:
                lead = spin.value() * (MINUTES_PER_DAY if load_builtin()[name].lead_in_days
                                       else 1)
            kinds[name] = KindSetting(box.isChecked(), lead)
        quiet = self.quiet_box.isChecked()
        return ReminderSettings(
            kinds=kinds,
            quiet_start=_clock(self.quiet_start) if quiet else None,
            quiet_end=_clock(self.quiet_end) if quiet else None,
            day_time=_clock(self.day_time), no_reply_days=self.no_reply_days.value(),
            timer_max_minutes=self.timer_hours.value() * 60,
            idle_minutes=self.idle_minutes.value())

    def save(self) -> bool:
        try:
            reminder_settings.save(self._store, self.values())
        except ValidationError as error:
            self.message_label.setObjectName("ErrorText")
            self.message_label.setText(str(error))
            self.message_label.show()
            return False
        self._set_dirty(False)
        self.message_label.setObjectName("InfoText")
        self.message_label.setText(self.tr("Saved. Reminders follow these settings from now on."))
        self.message_label.show()
        return True

    def set_login_item(self, on: bool) -> None:
        from internapp.paths import DATA_DIR_ENV

        try:
            if on:
                import os

                chosen = os.environ.get(DATA_DIR_ENV)
                autostart.enable(self._paths.data_dir if chosen else None)
            else:
                autostart.disable()
        except OSError as error:
            self.message_label.setObjectName("ErrorText")
            self.message_label.setText(self.tr("The login item could not be changed: {why}")
                                       .format(why=error))
            self.message_label.show()
            self.login_box.blockSignals(True)
            self.login_box.setChecked(autostart.is_enabled())
            self.login_box.blockSignals(False)
