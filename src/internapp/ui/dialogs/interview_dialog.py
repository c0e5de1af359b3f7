"""Add or edit an interview: day, time and the time zone it was arranged in, length, kind, where
(an address or a video link), the people from contacts, preparation notes and the outcome. The
service validates; a refusal keeps the dialog open and names the field."""

import uuid
import zoneinfo
from datetime import date, datetime, timedelta

from PySide6.QtCore import QSize, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from internapp.core.clock import Clock
from internapp.core.services import interviews
from internapp.core.services.interviews import InterviewRow
from internapp.core.store import Store
from internapp.ui.dialogs.form_dialog import FormDialog
from internapp.ui.widgets.date_field import DateField
from internapp.ui.widgets.fields import ComboBox, SpinBox, TimeEdit

DEFAULT_TIME = QTime(10, 0)


class InterviewDialog(FormDialog):
    def __init__(self, store: Store, application_id: uuid.UUID,
                 people: list[tuple[uuid.UUID, str, str | None]],
                 interview: InterviewRow | None = None, parent: QWidget | None = None, *,
                 clock: Clock) -> None:
        self._store = store
        self._clock = clock
        self._application_id = application_id
        self._interview = interview
        super().__init__("", "", self._save, parent)
        self.setWindowTitle(self.tr("Edit interview") if interview else self.tr("New interview"))
        self.ok_button.setText(self.tr("Save") if interview else self.tr("Add interview"))
        self.setMinimumWidth(520)

        when = QWidget()
        row = QHBoxLayout(when)
        row.setContentsMargins(0, 0, 0, 0)
        self.date_edit = DateField(clock=self._clock)
        self.time_edit = TimeEdit()
        self.time_edit.setDisplayFormat("HH:mm")
        self.time_edit.setFixedWidth(80)
        self.time_edit.setAccessibleName(self.tr("Time"))
        row.addWidget(self.date_edit)
        row.addWidget(self.time_edit)
        row.addStretch(1)
        self.zone_box = ComboBox()
        self.zone_box.setEditable(True)
        self.zone_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        zones = sorted(zoneinfo.available_timezones())
        self.zone_box.addItems(zones)
        completer = self.zone_box.completer()
        if completer is not None:  # an editable combo box has one
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.zone_box.setToolTip(self.tr("The time zone the interview was arranged in; it is "
                                         "shown in yours too"))
        self.length_box = SpinBox()
        self.length_box.setRange(5, 24 * 60)
        self.length_box.setSingleStep(15)
        self.length_box.setSuffix(self.tr(" min"))
        self.length_box.setFixedWidth(110)
        self.kind_box = ComboBox()
        for value, label in ((None, self.tr("Not said")), ("phone", self.tr("Phone")),
                             ("video", self.tr("Video")), ("on-site", self.tr("On-site")),
                             ("take-home", self.tr("Take-home"))):
            self.kind_box.addItem(label, value)
        self.where_edit = QLineEdit()
        self.where_edit.setPlaceholderText(self.tr("An address, a room or a video link"))
        self.people = PeoplePicker(people, self)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setPlaceholderText(self.tr("What to prepare: questions, the role, "
                                                   "who they are…"))
        self.notes_edit.setFixedHeight(64)
        self.outcome_edit = QPlainTextEdit()
        self.outcome_edit.setPlaceholderText(self.tr("How it went, what they said, the next "
                                                     "step"))
        self.outcome_edit.setFixedHeight(48)
        for label, widget in ((self.tr("When"), when), (self.tr("Time zone"), self.zone_box),
                              (self.tr("Length"), self.length_box),
                              (self.tr("Kind"), self.kind_box), (self.tr("Where"), self.where_edit),
                              (self.tr("With"), self.people),
                              (self.tr("Preparation"), self.notes_edit),
                              (self.tr("Outcome"), self.outcome_edit)):
            self.form.addRow(label, widget)
        self._fill(interview)

    def _fill(self, interview: InterviewRow | None) -> None:
        if interview is None:
            start = datetime.combine(self._clock.today() + timedelta(days=1), datetime.min.time())
            self.date_edit.set_value(start.date())
            self.time_edit.setTime(DEFAULT_TIME)
            self._set_zone(self._clock.zone_name())
            self.length_box.setValue(interviews.DEFAULT_MINUTES)
            return
        local = interview.local_at
        self.date_edit.set_value(local.date())
        self.time_edit.setTime(QTime(local.hour, local.minute))
        self._set_zone(interview.tz)
        self.length_box.setValue(interview.duration_minutes or interviews.DEFAULT_MINUTES)
        self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(interview.kind)))
        self.where_edit.setText(interview.location or "")
        self.where_edit.setCursorPosition(0)
        self.people.set_chosen([p.contact_id for p in interview.people])
        self.notes_edit.setPlainText(interview.notes)
        self.outcome_edit.setPlainText(interview.outcome)

    def _set_zone(self, name: str) -> None:
        index = self.zone_box.findText(name)
        if index >= 0:
            self.zone_box.setCurrentIndex(index)
        else:
            self.zone_box.setEditText(name)

    def values(self) -> dict:
        day = self.date_edit.value()
        clock = self.time_edit.time().toString("HH:mm")
        return {"at": f"{day}T{clock}" if day else "", "tz": self.zone_box.currentText().strip(),
                "duration_minutes": self.length_box.value(), "kind": self.kind_box.currentData(),
                "location": self.where_edit.text(), "people": self.people.chosen(),
                "notes": self.notes_edit.toPlainText(),
                "outcome": self.outcome_edit.toPlainText()}

    def _save(self, values: dict):
        if self._interview is None:
            return interviews.add(self._store, self._application_id, **values)
        return interviews.update(self._store, self._interview.id, **values)

    def set_day(self, day: date) -> None:
        self.date_edit.set_value(day)


class PeoplePicker(QWidget):
    """Contacts to tick, with a filter above them (the interview's people)."""

    def __init__(self, people: list[tuple[uuid.UUID, str, str | None]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Find a contact…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._filter)
        self.list = QListWidget()
        self.list.setObjectName("DetailList")
        self.list.setFixedHeight(92)
        self.list.setUniformItemSizes(True)
        for contact_id, name, organization in people:
            text = f"{name} · {organization}" if organization else name
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, contact_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setSizeHint(QSize(0, 24))
            self.list.addItem(item)
        self.empty_label = QLabel(self.tr("No contacts yet: add the recruiter or interviewer in "
                                          "Contacts to link them here."))
        self.empty_label.setObjectName("Muted")
        self.empty_label.setWordWrap(True)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.list)
        layout.addWidget(self.empty_label)
        has = bool(people)
        self.filter_edit.setVisible(has)
        self.list.setVisible(has)
        self.empty_label.setVisible(not has)

    def _items(self) -> list[QListWidgetItem]:
        return [self.list.item(i) for i in range(self.list.count())]

    def _filter(self, text: str) -> None:
        words = text.casefold().split()
        for item in self._items():
            item.setHidden(not all(w in item.text().casefold() for w in words))

    def chosen(self) -> list[uuid.UUID]:
        return [item.data(Qt.ItemDataRole.UserRole) for item in self._items()
                if item.checkState() == Qt.CheckState.Checked]

    def set_chosen(self, ids: list[uuid.UUID]) -> None:
        wanted = set(ids)
        for item in self._items():
            checked = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        # the chosen people first, so they are seen without scrolling
        for index, item in enumerate(sorted(self._items(),
                                            key=lambda i: i.checkState() != Qt.CheckState.Checked)):
            self.list.takeItem(self.list.row(item))
            self.list.insertItem(index, item)
