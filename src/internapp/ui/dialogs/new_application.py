"""A new application: the few fields needed to start tracking it (the rest in the detail pane)."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QWidget

from internapp.core.clock import Clock
from internapp.core.services import applications
from internapp.core.store import Store
from internapp.ui.dialogs.form_dialog import FormDialog
from internapp.ui.widgets.date_field import DateField
from internapp.ui.widgets.fields import ComboBox


class NewApplicationDialog(FormDialog):
    """Creates the application on OK; a rejected field keeps the dialog open with the reason."""

    def __init__(self, store: Store, stage_names: list[str], organizations: list[str],
                 sources: list[str], stage: str | None = None,
                 parent: QWidget | None = None, *, clock: Clock) -> None:
        super().__init__(QCoreApplication.translate("NewApplicationDialog", "New application"),
                         QCoreApplication.translate("NewApplicationDialog", "Add application"),
                         lambda values: applications.create(store, **values), parent)
        self.setMinimumWidth(480)
        self.organization = ComboBox()
        self.organization.setEditable(True)
        self.organization.addItems(organizations)
        self.organization.setCurrentIndex(-1)
        self.organization.lineEdit().setPlaceholderText(self.tr("Company or client"))
        self.role = QLineEdit()
        self.role.setPlaceholderText(self.tr("Role or project"))
        self.stage = ComboBox()
        self.stage.addItems(stage_names)
        if stage in stage_names:
            self.stage.setCurrentText(stage)
        self.source = ComboBox()
        self.source.setEditable(True)
        self.source.addItems(sources)
        self.source.setCurrentIndex(-1)
        self.source.lineEdit().setPlaceholderText(self.tr("Parker Dewey, Upwork, referral…"))
        self.url = QLineEdit()
        self.url.setPlaceholderText(self.tr("https://…"))
        self.deadline = DateField(clock=clock)
        self.pay = QLineEdit()
        self.pay.setPlaceholderText(self.tr("$25/h, $600 fixed…"))
        self.form.addRow(self.tr("Organization"), self.organization)
        self.form.addRow(self.tr("Role"), self.role)
        self.form.addRow(self.tr("Stage"), self.stage)
        self.form.addRow(self.tr("Source"), self.source)
        self.form.addRow(self.tr("Posting URL"), self.url)
        self.form.addRow(self.tr("Deadline"), self.deadline)
        self.form.addRow(self.tr("Pay"), self.pay)

    def values(self) -> dict:
        return {"organization": self.organization.currentText(), "role": self.role.text(),
                "stage": self.stage.currentText(), "source": self.source.currentText(),
                "url": self.url.text(), "deadline": self.deadline.value(),
                "pay": self.pay.text()}
