"""A new application: the few fields needed to start tracking it (the rest in the detail pane)."""

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from internapp.core.services import applications
from internapp.core.store import Store
from internapp.ui.dialogs.form_dialog import FormDialog
from internapp.ui.widgets.date_field import DateField


class NewApplicationDialog(FormDialog):
    """Creates the application on OK; a rejected field keeps the dialog open with the reason."""

    def __init__(self, store: Store, stage_names: list[str], organizations: list[str],
                 sources: list[str], stage: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__("New application", "Add application",
                         lambda values: applications.create(store, **values), parent)
        self.setMinimumWidth(480)
        self.organization = QComboBox()
        self.organization.setEditable(True)
        self.organization.addItems(organizations)
        self.organization.setCurrentIndex(-1)
        self.organization.lineEdit().setPlaceholderText("Company or client")
        self.role = QLineEdit()
        self.role.setPlaceholderText("Role or project")
        self.stage = QComboBox()
        self.stage.addItems(stage_names)
        if stage in stage_names:
            self.stage.setCurrentText(stage)
        self.source = QComboBox()
        self.source.setEditable(True)
        self.source.addItems(sources)
        self.source.setCurrentIndex(-1)
        self.source.lineEdit().setPlaceholderText("Parker Dewey, Upwork, referral…")
        self.url = QLineEdit()
        self.url.setPlaceholderText("https://…")
        self.deadline = DateField()
        self.pay = QLineEdit()
        self.pay.setPlaceholderText("$25/h, $600 fixed…")
        self.form.addRow("Organization", self.organization)
        self.form.addRow("Role", self.role)
        self.form.addRow("Stage", self.stage)
        self.form.addRow("Source", self.source)
        self.form.addRow("Posting URL", self.url)
        self.form.addRow("Deadline", self.deadline)
        self.form.addRow("Pay", self.pay)

    def values(self) -> dict:
        return {"organization": self.organization.currentText(), "role": self.role.text(),
                "stage": self.stage.currentText(), "source": self.source.currentText(),
                "url": self.url.text(), "deadline": self.deadline.value(),
                "pay": self.pay.text()}
