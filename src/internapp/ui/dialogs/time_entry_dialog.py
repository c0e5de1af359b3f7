"""Adding or correcting a time entry, and splitting one in two.

Times are wall-clock times in the entry's zone (the system's for a new one). An end earlier than
the start is the next day, as in Toggl. The services check everything; their message is shown
under the form, and for an overlap a button offers the trimmed span they propose.
"""

import uuid
from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from internapp.core.clock import Clock
from internapp.core.services import time_entries
from internapp.core.services.errors import ValidationError
from internapp.core.services.reports import EntryRecord
from internapp.core.services.time_rules import OverlapError
from internapp.core.services.timer import Choice
from internapp.core.store import Store
from internapp.ui import formats
from internapp.ui.widgets.date_field import DateField
from internapp.ui.widgets.fields import ComboBox
from internapp.ui.widgets.page_stack import PageStack
from internapp.ui.widgets.time_field import TimeField


class _Form(QDialog):
    """The error line and the trim button both dialogs share."""

    def _error_widgets(self, layout: QVBoxLayout) -> None:
        self.error_label = QLabel()
        self.error_label.setObjectName("FormError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: palette(bright-text);")
        self.error_label.hide()
        self.trim_button = QPushButton()
        self.trim_button.hide()
        row = QHBoxLayout()
        row.addWidget(self.error_label, 1)
        row.addWidget(self.trim_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(row)

    def show_error(self, error: ValidationError, zone) -> None:
        self.error_label.setText(str(error))
        self.error_label.show()
        trimmed = getattr(error, "trimmed", None) if isinstance(error, OverlapError) else None
        self.trim_button.setVisible(bool(trimmed))
        if trimmed:
            first, last = trimmed
            self.trim_button.setText(QCoreApplication.translate("TimeEntryDialog", "Trim to {span}")
                                     .format(span=formats.span(first, last, zone)))


class EntryDialog(_Form):
    def __init__(self, store: Store, choices: list[Choice], *, entry: EntryRecord | None = None,
                 engagement_id: uuid.UUID | None = None, day: date | None = None,
                 parent: QWidget | None = None, clock: Clock) -> None:
        super().__init__(parent)
        self._store = store
        self._clock = clock
        self._entry = entry
        self._choices = choices
        self.saved_id: uuid.UUID | None = None
        from zoneinfo import ZoneInfo

        self._zone = ZoneInfo(entry.tz) if entry else clock.zone()
        running = entry is not None and entry.ended_at is None
        self.setWindowTitle(self.tr("Edit time entry") if entry else self.tr("Add time entry"))
        self.setMinimumWidth(460)

        self.engagement_combo = ComboBox()
        self.engagement_combo.setEditable(True)
        self.engagement_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for choice in choices:
            self.engagement_combo.addItem(choice.title, str(choice.engagement_id))
        self.engagement_combo.lineEdit().setPlaceholderText(self.tr("An engagement, or a new name"))
        self.date_edit = DateField(clock=clock)  # the app's one date picker
        self.start_edit = TimeField("start")
        self.mode_combo = ComboBox()
        self.mode_combo.addItems([self.tr("Ends at"), self.tr("Lasts")])
        self.end_edit = TimeField("end")
        self.duration_edit = QLineEdit()
        self.duration_edit.setPlaceholderText(self.tr("1:30, 90m or 1h30m"))
        self.end_stack = PageStack()  # as high as the field shown, whichever it is
        self.end_stack.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.end_stack.addWidget(self.end_edit)
        self.end_stack.addWidget(self.duration_edit)
        if running:
            self.end_stack.addWidget(QLabel(self.tr("still running")))
            self.end_stack.setCurrentIndex(2)
            self.mode_combo.setEnabled(False)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setPlaceholderText(self.tr("What did you do?"))
        self.note_edit.setFixedHeight(72)
        self.tags_edit = QLineEdit()
        self.tags_edit.setPlaceholderText(self.tr("analysis, meeting"))
        self.hint_label = QLabel()
        self.hint_label.setObjectName("Muted")

        form = QFormLayout()
        form.addRow(self.tr("Engagement"), self.engagement_combo)
        form.addRow(self.tr("Date"), self.date_edit)
        form.addRow(self.tr("Start"), self.start_edit)
        end_row = QHBoxLayout()
        end_row.addWidget(self.mode_combo)
        end_row.addWidget(self.end_stack, 1)
        form.addRow(self.tr("End"), end_row)
        form.addRow(self.tr("Note"), self.note_edit)
        form.addRow(self.tr("Tags"), self.tags_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint_label)
        self._error_widgets(layout)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setObjectName("Primary")
        layout.addWidget(self.buttons)

        self._fill(entry, engagement_id, day)
        self.mode_combo.currentIndexChanged.connect(self._on_mode)
        for signal in (self.start_edit.timeChanged, self.end_edit.timeChanged):
            signal.connect(self._update_hint)
        self.engagement_combo.currentTextChanged.connect(self._update_hint)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.trim_button.clicked.connect(lambda: self.save(trim=True))
        self._update_hint()

    def _fill(self, entry: EntryRecord | None, engagement_id, day: date | None) -> None:
        if entry is not None:
            start = entry.started_at.astimezone(self._zone)
            self.engagement_combo.setCurrentText(entry.engagement)
            self.date_edit.set_value(start.date())
            self.start_edit.setTime(QTime(start.hour, start.minute))
            if entry.ended_at is not None:
                end = entry.ended_at.astimezone(self._zone)
                self.end_edit.setTime(QTime(end.hour, end.minute))
            self.note_edit.setPlainText(entry.note)
            self.tags_edit.setText(", ".join(entry.tags))
            return
        now = self._clock.now().astimezone(self._zone)
        index = self.engagement_combo.findData(str(engagement_id)) if engagement_id else 0
        self.engagement_combo.setCurrentIndex(max(index, 0))
        self.date_edit.set_value(day or now.date())
        start = now - timedelta(hours=1)
        self.start_edit.setTime(QTime(start.hour, 0 if start.minute < 30 else 30))
        self.end_edit.setTime(self.start_edit.time().addSecs(3600))

    def _on_mode(self, index: int) -> None:
        self.end_stack.setCurrentIndex(index)
        self._update_hint()

    def _update_hint(self, *_args) -> None:
        hints = []
        start, end = self.start_edit.time(), self.end_edit.time()
        if self.end_stack.currentIndex() == 0 and start.isValid() and end.isValid() and end < start:
            hints.append(self.tr("Ends the next day."))
        title = self.engagement_combo.currentText().strip()
        if title and self.engagement_combo.findText(title, Qt.MatchFlag.MatchFixedString) < 0:
            hints.append(self.tr("A new engagement “{title}” will be created.").format(title=title))
        self.hint_label.setText(" ".join(hints))
        self.hint_label.setVisible(bool(hints))

    # --- saving --------------------------------------------------------------------------

    def values(self) -> dict:
        day = self.date_edit.date("date")
        if day is None:
            raise ValidationError("date", "is required")
        start = datetime.combine(day, self.start_edit.value())
        values = {"start": start, "note": self.note_edit.toPlainText(),
                  "tags": self.tags_edit.text()}
        mode = self.end_stack.currentIndex()
        if mode == 0:
            end = datetime.combine(day, self.end_edit.value())
            values["end"] = end + timedelta(days=1) if end < start else end
        elif mode == 1:
            values["duration"] = self.duration_edit.text()
        return values

    def save(self, trim: bool = False) -> bool:
        try:
            engagement_id = self._engagement_id()
            values = self.values()
            now = self._clock.now()
            if self._entry is None and engagement_id is None:  # a new engagement, with its entry
                entry = time_entries.add_to(self._store, self._new_title(), tz=self._zone.key,
                                            trim=trim, now=now, **values).entry
            elif self._entry is None:
                entry = time_entries.add(self._store, engagement_id, tz=self._zone.key,
                                         trim=trim, now=now, **values)
            else:
                which = ({"engagement_id": engagement_id} if engagement_id is not None
                         else {"engagement": self._new_title()})
                entry = time_entries.update(self._store, uuid.UUID(self._entry.id), trim=trim,
                                            now=now, **which, **values)
        except ValidationError as error:
            self.show_error(error, self._zone)
            return False
        self.saved_id = entry.id
        self.accept()
        return True

    def _engagement_id(self) -> uuid.UUID | None:
        """The chosen engagement; None for a new name (created together with the entry)."""
        title = self.engagement_combo.currentText().strip()
        index = self.engagement_combo.findText(title, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return uuid.UUID(self.engagement_combo.itemData(index))
        if not title:
            raise ValidationError("engagement", "is required")
        return None

    def _new_title(self) -> str:
        return self.engagement_combo.currentText().strip()


class SplitDialog(_Form):
    """Cuts an entry in two at a chosen moment (the middle by default)."""

    def __init__(self, store: Store, entry: EntryRecord, parent: QWidget | None = None, *,
                 clock: Clock) -> None:
        super().__init__(parent)
        from zoneinfo import ZoneInfo

        self._store = store
        self._entry = entry
        self._zone = ZoneInfo(entry.tz)
        self.setWindowTitle(self.tr("Split time entry"))
        start = entry.started_at.astimezone(self._zone)
        end = entry.ended_at.astimezone(self._zone)
        middle = (entry.started_at + (entry.ended_at - entry.started_at) / 2).astimezone(self._zone)
        self.at_date = DateField(clock=clock)
        self.at_date.set_value(middle.date())
        self.at_time = TimeField("at")
        self.at_time.setTime(middle.time())
        at_row = QHBoxLayout()
        at_row.addWidget(self.at_date)
        at_row.addWidget(self.at_time)
        at_row.addStretch(1)
        self._bounds = (start, end)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("{engagement}: {span}\nBoth parts keep the engagement, note and tags.")
                       .format(engagement=entry.engagement,
                               span=formats.span(start, end)))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        form.addRow(self.tr("Split at"), at_row)
        layout.addLayout(form)
        self._error_widgets(layout)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Split"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def save(self) -> bool:
        try:
            day = self.at_date.date("at")
            if day is None:
                raise ValidationError("at", "is required")
            at = datetime.combine(day, self.at_time.value())
            time_entries.split(self._store, uuid.UUID(self._entry.id), at)
        except ValidationError as error:
            self.show_error(error, self._zone)
            return False
        self.accept()
        return True
