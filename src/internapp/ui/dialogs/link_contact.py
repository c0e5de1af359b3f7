"""Link a contact to an application or engagement with a role (recruiter, interviewer…)."""

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from internapp.core.models import ContactRole
from internapp.ui import labels
from internapp.ui.widgets.fields import ComboBox
from internapp.ui.widgets.list_filter import list_filter_edit


class LinkContactDialog(QDialog):
    def __init__(self, contacts: list[tuple[uuid.UUID, str, str | None]],
                 default_role: str = ContactRole.RECRUITER, parent: QWidget | None = None) -> None:
        """``contacts``: (id, name, organization) triples."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Link a contact"))
        self.setMinimumSize(420, 460)
        layout = QVBoxLayout(self)
        self.list = QListWidget()
        for contact_id, name, organization in contacts:
            item = QListWidgetItem(f"{name}  ·  {organization}" if organization else name)
            item.setData(Qt.ItemDataRole.UserRole, contact_id)
            self.list.addItem(item)
        self.filter_edit = list_filter_edit(self.list, self.tr("Find a contact by name or organization…"))
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.list, 1)
        if not contacts:
            empty = QLabel(self.tr("No contacts yet. Add people on the Contacts screen, then link "
                                   "them here."))
            empty.setObjectName("Muted")
            empty.setWordWrap(True)
            layout.addWidget(empty)
        form = QFormLayout()
        self.role = ComboBox()
        for role in ContactRole:
            self.role.addItem(labels.role(role), role.value)
        self.role.setCurrentIndex(self.role.findData(str(default_role)))
        form.addRow(self.tr("Role"), self.role)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Link"))
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

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            self.contact_id() is not None)
