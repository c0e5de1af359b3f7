"""The interviews of the application in the detail pane: each with its day and time (in the zone
it was arranged in, and the user's when that differs), kind, place and people; add, edit,
reschedule, cancel (or take the cancellation back) and delete."""

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from internapp.core.clock import local_zone
from internapp.core.services import contacts, interviews
from internapp.core.services.errors import ValidationError
from internapp.core.services.interviews import InterviewRow
from internapp.core.store import Store
from internapp.ui import formats
from internapp.ui.dialogs.interview_dialog import InterviewDialog


class InterviewsSection(QWidget):
    message = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._application_id: uuid.UUID | None = None
        self.rows: list[InterviewRow] = []
        self.dialog: InterviewDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        self.list.setObjectName("DetailList")
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)  # the full text in the tooltip
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.itemDoubleClicked.connect(lambda _item: self.edit_selected())
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        layout.addWidget(self.list)
        self.empty_label = QLabel(self.tr("No interview yet. Add one when it is arranged — or "
                                          "import the invitation (.ics) from the e-mail with "
                                          "internapp import ics — to be reminded the day before "
                                          "and an hour before."))
        self.empty_label.setObjectName("Muted")
        self.empty_label.setWordWrap(True)
        layout.addWidget(self.empty_label)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add interview…"))
        self.add_button.clicked.connect(lambda: self.open_editor())
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.more_button = QToolButton()
        self.more_button.setObjectName("MenuButton")
        self.more_button.setText(self.tr("More"))
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.more_button)
        self.cancel_action = menu.addAction(self.tr("Cancel interview"), self.toggle_cancelled)
        self.delete_action = menu.addAction(self.tr("Delete…"), self.delete_selected)
        self.more_button.setMenu(menu)
        for button in (self.add_button, self.edit_button, self.more_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def set_application(self, application_id: uuid.UUID) -> None:
        self._application_id = application_id
        self.reload()

    def reload(self) -> None:
        selected = self.selected()
        self.list.clear()
        self.rows = (interviews.rows(self._store, application_id=self._application_id)
                     if self._application_id else [])
        for row in self.rows:
            text = self.describe(row)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setToolTip(text)
            if row.cancelled:
                font = item.font()
                font.setStrikeOut(True)
                item.setFont(font)
            self.list.addItem(item)
        chosen = selected.id if selected is not None else self._soonest()
        if chosen is not None:
            self.select(chosen)
        self.list.setVisible(bool(self.rows))
        shown = min(len(self.rows), 4)
        height = sum(self.list.sizeHintForRow(i) for i in range(shown)) if shown else 0
        self.list.setFixedHeight(height + 2 * self.list.frameWidth() + 6)
        self.empty_label.setVisible(not self.rows)
        self._update_buttons()

    def describe(self, row: InterviewRow) -> str:
        """"Tue 10 Mar, 10:00 (America/New_York) · Video interview · 45 min" and a second line
        with the place, the people and the outcome."""
        local = row.local_at
        when = f"{formats.day(local.date())}, {formats.clock(local)}"
        mine = row.at.astimezone(local_zone())
        if mine.utcoffset() != local.utcoffset():
            when += self.tr(" ({zone}; {time} yours)").format(zone=row.tz,
                                                              time=formats.clock(mine))
        kind = {"phone": self.tr("Phone interview"), "video": self.tr("Video interview"),
                "on-site": self.tr("On-site interview"),
                "take-home": self.tr("Take-home interview")}.get(row.kind or "",
                                                                  self.tr("Interview"))
        first = " · ".join(p for p in (when, kind, formats.duration(
            (row.duration_minutes or interviews.DEFAULT_MINUTES) * 60)) if p)
        if row.cancelled:
            first = self.tr("Cancelled: {what}").format(what=first)
        details = [row.location or ""]
        if row.people:
            details.append(self.tr("with {names}").format(
                names=", ".join(p.name for p in row.people)))
        if row.outcome:
            details.append(row.outcome.splitlines()[0])
        second = " · ".join(d for d in details if d)
        return f"{first}\n{second}" if second else first

    def _soonest(self):
        """The next interview to come, else the latest: what an edit most likely concerns."""
        from internapp.core.clock import utcnow

        now = utcnow()
        upcoming = [r for r in self.rows if not r.cancelled and r.ends_at >= now]
        if upcoming:
            return upcoming[0].id
        return self.rows[-1].id if self.rows else None

    def selected(self) -> InterviewRow | None:
        item = self.list.currentItem()
        if item is None:
            return None
        wanted = item.data(Qt.ItemDataRole.UserRole)
        return next((r for r in self.rows if r.id == wanted), None)

    def select(self, interview_id: uuid.UUID) -> None:
        for index in range(self.list.count()):
            if self.list.item(index).data(Qt.ItemDataRole.UserRole) == interview_id:
                self.list.setCurrentRow(index)

    # --- actions ----------------------------------------------------------------------------

    def open_editor(self, interview: InterviewRow | None = None) -> InterviewDialog:
        assert self._application_id is not None, "the section shows an application"
        people = [(c.id, c.display_name, c.organization) for c in contacts.list_rows(self._store)]
        self.dialog = InterviewDialog(self._store, self._application_id, people, interview, self)
        self.dialog.accepted.connect(self._saved)
        self.dialog.open()
        return self.dialog

    def edit_selected(self) -> InterviewDialog | None:
        row = self.selected()
        return self.open_editor(row) if row is not None else None

    def _saved(self) -> None:
        self.reload()
        created = self.dialog.created_id if self.dialog else None
        if created is not None:
            self.select(created)

    def toggle_cancelled(self) -> None:
        row = self.selected()
        if row is None:
            return
        try:
            if row.cancelled:
                interviews.restore(self._store, row.id)
            else:
                interviews.cancel(self._store, row.id)
        except ValidationError as error:
            self.message.emit(str(error))
        self.reload()

    def delete_selected(self, confirm_first: bool = True) -> None:
        row = self.selected()
        if row is None:
            return
        if confirm_first and QMessageBox.question(
                self, self.tr("Delete interview"),
                self.tr("Delete this interview for good? To keep it in the record, cancel it "
                        "instead.")) != QMessageBox.StandardButton.Yes:
            return
        interviews.delete(self._store, row.id)
        self.reload()

    def _update_buttons(self) -> None:
        row = self.selected()
        has_rows = bool(self.rows)
        for button in (self.edit_button, self.more_button):
            button.setVisible(has_rows)
            button.setEnabled(row is not None)
        self.cancel_action.setText(self.tr("Take back the cancellation")
                                   if row is not None and row.cancelled
                                   else self.tr("Cancel interview"))
