"""The applications and engagements a contact is linked to, with their role there; links are
added, opened and removed from the contact's side (issue 3's editors add them from the other)."""

import uuid
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from internapp.core.services import applications, contact_links, engagements
from internapp.core.store import Store
from internapp.ui import labels
from internapp.ui.dialogs.contact_dialogs import LinkDialog
from internapp.ui.widgets.flow_layout import FlowLayout


class ContactLinksBox(QGroupBox):
    navigate = Signal(str, object)

    def __init__(self, store: Store, confirm: Callable[[str, str], bool], parent=None) -> None:
        super().__init__(QCoreApplication.translate("ContactLinksBox", "Applications and engagements"),
                         parent)
        self._store = store
        self._confirm = confirm
        self.contact_id: uuid.UUID | None = None
        self.name = ""
        layout = QVBoxLayout(self)
        self.links_list = QListWidget()
        self.links_list.itemDoubleClicked.connect(lambda _: self.open_link())
        self.links_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.links_list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.links_empty = QLabel(self.tr("Not linked to anything yet. Link them to an application "
                                          "or an engagement with their role there."))
        self.links_empty.setObjectName("Muted")
        self.links_empty.setWordWrap(True)
        layout.addWidget(self.links_list, 1)
        layout.addWidget(self.links_empty)
        buttons = QWidget()  # the buttons wrap onto a second line where the pane is narrow
        row = FlowLayout(buttons)
        self.add_link_button = QPushButton(self.tr("Add link…"))
        self.add_link_button.clicked.connect(self.add_link)
        self.open_link_button = QPushButton(self.tr("Open"))
        self.open_link_button.clicked.connect(self.open_link)
        self.remove_link_button = QPushButton(self.tr("Remove link"))
        self.remove_link_button.clicked.connect(self.remove_link)
        for button in (self.add_link_button, self.open_link_button, self.remove_link_button):
            row.addWidget(button)
        layout.addWidget(buttons)

    def show_records(self, contact_id: uuid.UUID, name: str) -> None:
        self.contact_id, self.name = contact_id, name
        self.links_list.clear()
        for record in contact_links.records_of(self._store, contact_id):
            role = labels.role(record.role)
            kind = self.tr("application") if record.kind == "application" else self.tr("engagement")
            item = QListWidgetItem(
                (self.tr("{role} — {title} at {organization}  ({kind})") if record.organization
                 else self.tr("{role} — {title}  ({kind})")).format(
                    role=role, title=record.title, organization=record.organization, kind=kind))
            item.setData(Qt.ItemDataRole.UserRole, record)
            item.setToolTip(item.text())
            self.links_list.addItem(item)
        has_links = self.links_list.count() > 0
        self.links_list.setVisible(has_links)
        self.links_empty.setVisible(not has_links)
        self.open_link_button.setVisible(has_links)
        self.remove_link_button.setVisible(has_links)
        self.links_list.setFixedHeight(min(6, max(1, self.links_list.count())) * 30 + 8)

    def link_dialog(self) -> LinkDialog:
        apps = [(a.id, f"{a.role} — {a.organization}") for a in applications.list_rows(self._store)]
        engs = [(e.id, e.title + (f" — {e.organization}" if e.organization else ""))
                for e in engagements.list_rows(self._store)]

        def submit(values):
            key = "application_id" if values["kind"] == "application" else "engagement_id"
            return contact_links.link(self._store, self.contact_id, values["role"],
                                      **{key: values["record_id"]})

        return LinkDialog(self.name, apps, engs, submit, self)

    def add_link(self) -> LinkDialog:
        dialog = self.link_dialog()
        dialog.open()
        return dialog

    def _selected(self):
        item = self.links_list.currentItem() or self.links_list.item(0)
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def open_link(self) -> None:
        record = self._selected()
        if record:
            self.navigate.emit("applications" if record.kind == "application" else "engagements",
                               record.record_id)

    def remove_link(self) -> None:
        record = self._selected()
        if record and self._confirm(self.tr("Remove this link?"), f"{record.role}: {record.title}"):
            contact_links.unlink(self._store, record.link_id)
