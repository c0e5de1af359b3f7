"""Small contact dialogs: a new contact, a link to an application or engagement, tag cadences."""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
)

from internapp.core.models import ContactRole
from internapp.core.services.keep_in_touch import TagCadenceRow
from internapp.ui import labels
from internapp.ui.dialogs.form_dialog import FormDialog
from internapp.ui.widgets.fields import ComboBox, SpinBox
from internapp.ui.widgets.table_columns import ColumnFitter


class NewContactDialog(FormDialog):
    """The few fields to start a contact; the rest are filled on its page."""

    def __init__(self, submit: Callable[[dict[str, Any]], Any], parent=None) -> None:
        super().__init__(QCoreApplication.translate("NewContactDialog", "New contact"),
                         QCoreApplication.translate("NewContactDialog", "Add contact"), submit, parent)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("As you would write it, in any script"))
        self.org_edit = QLineEdit()
        self.title_edit = QLineEdit()
        self.email_edit = QLineEdit()
        self.email_edit.setPlaceholderText(self.tr("name@example.org (several: separate with commas)"))
        self.tags_edit = QLineEdit()
        self.tags_edit.setPlaceholderText(self.tr("mentor, recruiter…"))
        self.form.addRow(self.tr("Name"), self.name_edit)
        self.form.addRow(self.tr("Organization"), self.org_edit)
        self.form.addRow(self.tr("Title"), self.title_edit)
        self.form.addRow(self.tr("Emails"), self.email_edit)
        self.form.addRow(self.tr("Tags"), self.tags_edit)

    def values(self) -> dict[str, Any]:
        return {"display_name": self.name_edit.text(), "organization": self.org_edit.text(),
                "title": self.title_edit.text(), "emails": self.email_edit.text(),
                "tags": self.tags_edit.text()}


class LinkDialog(FormDialog):
    """Link the contact to one application or engagement, with a role."""

    def __init__(self, name: str, applications: list[tuple[Any, str]],
                 engagements: list[tuple[Any, str]], submit: Callable[[dict[str, Any]], Any],
                 parent=None) -> None:
        super().__init__(
            QCoreApplication.translate("LinkDialog", "Link {name} to an application or engagement")
            .format(name=name), QCoreApplication.translate("LinkDialog", "Add link"), submit, parent)
        self._choices = {"application": applications, "engagement": engagements}
        self.kind_combo = ComboBox()
        self.kind_combo.addItem(self.tr("An application"), "application")
        self.kind_combo.addItem(self.tr("An engagement"), "engagement")
        self.record_combo = ComboBox()
        self.record_combo.setMinimumContentsLength(40)
        self.role_combo = ComboBox()
        for role in ContactRole:
            self.role_combo.addItem(labels.role(role), role.value)
        self.form.addRow(self.tr("Link to"), self.kind_combo)
        self.form.addRow(self.tr("Which"), self.record_combo)
        self.form.addRow(self.tr("Their role"), self.role_combo)
        self.kind_combo.currentIndexChanged.connect(self._fill_records)
        self._fill_records()

    def _fill_records(self) -> None:
        self.record_combo.clear()
        for record_id, label in self._choices[self.kind_combo.currentData()]:
            self.record_combo.addItem(label, record_id)
        self.ok_button.setEnabled(self.record_combo.count() > 0)

    def values(self) -> dict[str, Any]:
        return {"kind": self.kind_combo.currentData(), "record_id": self.record_combo.currentData(),
                "role": self.role_combo.currentData()}


class TagCadencesDialog(FormDialog):
    """Default keep-in-touch rhythm per tag: every tag in use, 0 for none."""

    def __init__(self, rows: list[TagCadenceRow], submit: Callable[[dict[str, Any]], Any],
                 parent=None) -> None:
        super().__init__(QCoreApplication.translate("TagCadencesDialog",
                                                    "Keep-in-touch defaults by tag"),
                         QCoreApplication.translate("TagCadencesDialog", "Save"), submit, parent)
        self.setMinimumWidth(520)
        note = QLabel(self.tr("A contact without its own rhythm uses the shortest default among "
                              "its tags. The rhythm restarts at every interaction you log."))
        note.setWordWrap(True)
        note.setObjectName("Muted")
        self.form.addRow(note)
        self.table = QTableWidget(len(rows), 3)
        self.table.setHorizontalHeaderLabels([self.tr("Tag"), self.tr("Contacts"),
                                              self.tr("Every (days)")])
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        ColumnFitter(self.table, elide=[0], minimum={2: 130})  # the days field
        self.spins: dict[str, QSpinBox] = {}
        for row, item in enumerate(rows):
            tag = QTableWidgetItem(item.tag)
            tag.setFlags(Qt.ItemFlag.ItemIsEnabled)
            count = QTableWidgetItem(str(item.contacts))
            count.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(row, 0, tag)
            self.table.setItem(row, 1, count)
            spin = SpinBox()
            spin.setRange(0, 3650)
            spin.setSpecialValueText(self.tr("no default"))
            spin.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)  # type the days
            spin.setValue(item.days or 0)
            spin.setAccessibleName(self.tr("Every (days) for {tag}").format(tag=item.tag))
            spin.setAccessibleDescription(self.tr("0: no default rhythm for this tag"))
            self.table.setCellWidget(row, 2, spin)
            self.spins[item.tag] = spin
        self.table.setMinimumHeight(min(420, 40 + 34 * max(3, len(rows))))
        self.form.addRow(self.table)
        if not rows:
            self.form.addRow(QLabel(self.tr("No contact has a tag yet. Add tags such as “mentor” "
                                            "on a contact's page, then come back to set their "
                                            "rhythm.")))

    def values(self) -> dict[str, Any]:
        return {tag: (spin.value() or None) for tag, spin in self.spins.items()}
