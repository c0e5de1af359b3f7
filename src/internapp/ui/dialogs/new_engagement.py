"""A new engagement added directly (most come from accepting an offer on the Applications
screen)."""

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from internapp.core.services import engagements
from internapp.core.store import Store
from internapp.ui.dialogs.form_dialog import FormDialog
from internapp.ui.widgets.date_field import DateField


class NewEngagementDialog(FormDialog):
    def __init__(self, store: Store, organizations: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__("New engagement", "Add engagement",
                         lambda values: engagements.create(store, **values), parent)
        self.title = QLineEdit()
        self.title.setPlaceholderText("What the project is")
        self.organization = QComboBox()
        self.organization.setEditable(True)
        self.organization.addItems(organizations)
        self.organization.setCurrentIndex(-1)
        self.platform = QLineEdit()
        self.platform.setPlaceholderText("Parker Dewey, Riipen, direct…")
        self.start = DateField()
        self.due = DateField()
        self.estimate = QLineEdit()
        self.estimate.setPlaceholderText("hours")
        self.fee = QLineEdit()
        self.fee.setPlaceholderText("600.00 (USD)")
        for label, widget in (("Title", self.title), ("Organization", self.organization),
                              ("Platform", self.platform), ("Start", self.start),
                              ("Due", self.due), ("Hours estimate", self.estimate),
                              ("Fee", self.fee)):
            self.form.addRow(label, widget)

    def values(self) -> dict:
        return {"title": self.title.text(), "organization": self.organization.currentText(),
                "platform": self.platform.text(), "start_on": self.start.value(),
                "due_on": self.due.value(), "hours_estimate": self.estimate.text(),
                "fee": self.fee.text(), "status": "planned"}
