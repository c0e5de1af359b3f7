"""Parts of the application detail pane that list linked things: the skills the opportunity asks
for, the people involved, and the stage history."""

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from internapp.core.services import contact_links, contacts, skills
from internapp.core.services.applications import HistoryItem
from internapp.core.services.errors import ValidationError
from internapp.core.store import Store
from internapp.ui import formats, labels
from internapp.ui.dialogs.link_contact import LinkContactDialog
from internapp.ui.dialogs.pick_skills import PickSkillsDialog
from internapp.ui.theme import current_colors
from internapp.ui.widgets.flow_layout import FlowLayout, chip


class SkillsSection(QWidget):
    message = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._application_id: uuid.UUID | None = None
        self.dialog: PickSkillsDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.chips = QWidget()
        self.flow = FlowLayout(self.chips)
        layout.addWidget(self.chips)
        self.empty_label = QLabel(self.tr("None noted yet — add what the posting asks for to "
                                          "see your skill gaps."))
        self.empty_label.setObjectName("Muted")
        self.empty_label.setWordWrap(True)
        layout.addWidget(self.empty_label)
        row = QHBoxLayout()
        self.edit_button = QPushButton(self.tr("Choose skills…"))
        self.edit_button.clicked.connect(self.open_picker)
        row.addWidget(self.edit_button)
        row.addStretch(1)
        layout.addLayout(row)

    def set_application(self, application_id: uuid.UUID) -> None:
        self._application_id = application_id
        self.reload()

    def names(self) -> list[str]:
        return skills.application_skills(self._store, self._application_id)

    def reload(self) -> None:
        self.flow.clear()
        names = self.names() if self._application_id else []
        for name in names:
            self.flow.addWidget(chip(name))
        self.chips.setVisible(bool(names))
        self.empty_label.setVisible(not names)

    def open_picker(self) -> PickSkillsDialog:
        catalogue = [(s.name, s.category) for s in skills.list_skills(self._store)]
        self.dialog = PickSkillsDialog(catalogue, self.names(), self)
        self.dialog.accepted.connect(lambda: self.save(self.dialog.chosen()))
        self.dialog.open()
        return self.dialog

    def save(self, names: list[str]) -> None:
        try:
            skills.set_application_skills(self._store, self._application_id, names)
        except ValidationError as error:
            self.message.emit(str(error))
        self.reload()


class PeopleSection(QWidget):
    message = Signal(str)
    open_contact = Signal(object)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._application_id: uuid.UUID | None = None
        self.dialog: LinkContactDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        self.list.setObjectName("DetailList")
        self.list.itemDoubleClicked.connect(
            lambda item: self.open_contact.emit(item.data(Qt.ItemDataRole.UserRole).contact_id))
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        layout.addWidget(self.list)
        self.empty_label = QLabel(self.tr("Nobody linked. Link the recruiter, the interviewer or "
                                          "whoever referred you, to follow up with them later."))
        self.empty_label.setObjectName("Muted")
        self.empty_label.setWordWrap(True)
        layout.addWidget(self.empty_label)
        row = QHBoxLayout()
        self.link_button = QPushButton(self.tr("Link contact…"))
        self.link_button.clicked.connect(self.open_linker)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.clicked.connect(self._open_selected)
        self.unlink_button = QPushButton(self.tr("Unlink"))
        self.unlink_button.clicked.connect(self.unlink_selected)
        for button in (self.link_button, self.open_button, self.unlink_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)

    def set_application(self, application_id: uuid.UUID) -> None:
        self._application_id = application_id
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        linked = (contact_links.contacts_of(self._store, application_id=self._application_id)
                  if self._application_id else [])
        for link in linked:
            item = QListWidgetItem(self.tr("{name}  ·  {role}").format(name=link.name,
                                                                      role=labels.role(link.role)))
            item.setData(Qt.ItemDataRole.UserRole, link)
            self.list.addItem(item)
        self.list.setVisible(bool(linked))
        self.list.setFixedHeight(min(max(len(linked), 1), 5) * 30 + 8)
        self.empty_label.setVisible(not linked)
        self._update_buttons()

    def open_linker(self) -> LinkContactDialog:
        people = [(c.id, c.display_name, c.organization) for c in contacts.list_rows(self._store)]
        self.dialog = LinkContactDialog(people, parent=self)
        self.dialog.accepted.connect(
            lambda: self.link(self.dialog.contact_id(), self.dialog.chosen_role()))
        self.dialog.open()
        return self.dialog

    def link(self, contact_id: uuid.UUID | None, role: str) -> None:
        if contact_id is None:
            return
        try:
            contact_links.link(self._store, contact_id, role, application_id=self._application_id)
        except ValidationError as error:
            self.message.emit(str(error))
        self.reload()

    def unlink_selected(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            contact_links.unlink(self._store, item.data(Qt.ItemDataRole.UserRole).link_id)
            self.reload()

    def _open_selected(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.open_contact.emit(item.data(Qt.ItemDataRole.UserRole).contact_id)

    def _update_buttons(self) -> None:
        has = self.list.currentItem() is not None
        self.open_button.setVisible(self.list.count() > 0)
        self.unlink_button.setVisible(self.list.count() > 0)
        self.open_button.setEnabled(has)
        self.unlink_button.setEnabled(has)


class HistorySection(QWidget):
    """The stage history, newest first: stage, when (local time), and the reason if any."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(8)

    def set_history(self, items: list[HistoryItem], colors: dict[str, str]) -> None:
        while self._layout.count():
            taken = self._layout.takeAt(0)
            if taken is not None and (widget := taken.widget()) is not None:
                widget.hide()  # gone from the pane now, not when the loop gets to it
                widget.deleteLater()
        for number, item in enumerate(reversed(items)):
            row = QHBoxLayout()
            row.setSpacing(10)
            dot = QLabel("●")
            dot.setStyleSheet(f"color: {colors.get(item.stage, '#888888')};")
            dot.setAlignment(Qt.AlignmentFlag.AlignTop)
            when = formats.moment(item.at)
            verb = (self.tr("Added to {stage}") if number == len(items) - 1
                    else self.tr("Moved to {stage}")).format(stage=_escape(item.stage))
            muted = current_colors().muted
            text = (f"<b>{verb}</b><br>"
                    f"<span style='font-weight: 400; color: {muted}'>{when}</span>")
            if item.note:
                text += f"<br><span style='font-weight: 400'>“{_escape(item.note)}”</span>"
            label = QLabel(text)
            label.setObjectName("HistoryItem")
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            row.addWidget(dot)
            row.addWidget(label, 1)
            holder = QWidget()
            holder.setLayout(row)
            row.setContentsMargins(0, 0, 0, 0)
            self._layout.addWidget(holder)

    def texts(self) -> list[str]:
        found = [holder.findChild(QLabel, "HistoryItem") for i in range(self._layout.count())
                 if (item := self._layout.itemAt(i)) and (holder := item.widget())]
        return [label.text() for label in found if label is not None]


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def confirm(parent: QWidget, title: str, text: str) -> bool:
    return QMessageBox.question(parent, title, text) == QMessageBox.StandardButton.Yes
