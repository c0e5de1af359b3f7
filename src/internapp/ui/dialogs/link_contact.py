"""Link a contact to an application or engagement with a role (recruiter, interviewer…)."""

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from internapp.core.models import ContactRole


class LinkContactDialog(QDialog):
    def __init__(self, contacts: list[tuple[uuid.UUID, str, str | None]],
                 default_role: str = ContactRole.RECRUITER, parent: QWidget | None = None) -> None:
        """``contacts``: (id, name, organization) triples."""
        super().__init__(parent)
        self.setWindowTitle("Link a contact")
        self.setMinimumSize(420, 460)
        layout = QVBoxLayout(self)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText("Find a contact by name or organization…")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._filter)
        layout.addWidget(self.filter_edit)
        self.list = QListWidget()
        for contact_id, name, organization in contacts:
            item = QListWidgetItem(f"{name}  ·  {organization}" if organization else name)
            item.setData(Qt.ItemDataRole.UserRole, contact_id)
            self.list.addItem(item)
        layout.addWidget(self.list, 1)
        if not contacts:
            empty = QLabel("No contacts yet. Add people on the Contacts screen, then link them "
                           "here.")
            empty.setObjectName("Muted")
            empty.setWordWrap(True)
            layout.addWidget(empty)
        form = QFormLayout()
        self.role = QComboBox()
        for role in ContactRole:
            self.role.addItem(role.value.capitalize(), role.value)
        self.role.setCurrentIndex(self.role.findData(str(default_role)))
        form.addRow("Role", self.role)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Link")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.list.currentRowChanged.connect(lambda _row: self._update())
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self._update()

    def contact_id(self) -> uuid.UUID | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def chosen_role(self) -> str:
        return self.role.currentData()

    def _filter(self, text: str) -> None:
        words = text.casefold().split()
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(not all(word in item.text().casefold() for word in words))

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            self.contact_id() is not None)
