"""A new engagement added directly (most come from accepting an offer on the Applications
screen)."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QWidget

from internapp.core.clock import Clock
from internapp.core.services import engagements
from internapp.core.store import Store
from internapp.ui.dialogs.form_dialog import FormDialog
from internapp.ui.widgets.date_field import DateField
from internapp.ui.widgets.fields import ComboBox


class NewEngagementDialog(FormDialog):
    def __init__(self, store: Store, organizations: list[str],
                 parent: QWidget | None = None, *, clock: Clock) -> None:
        super().__init__(QCoreApplication.translate("NewEngagementDialog", "New engagement"),
                         QCoreApplication.translate("NewEngagementDialog", "Add engagement"),
                         lambda values: engagements.create(store, **values), parent)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("What the project is"))
        self.organization = ComboBox()
        self.organization.setEditable(True)
        self.organization.addItems(organizations)
        self.organization.setCurrentIndex(-1)
        self.platform = QLineEdit()
        self.platform.setPlaceholderText(self.tr("Parker Dewey, Riipen, direct…"))
        self.start = DateField(clock=clock)
        self.due = DateField(clock=clock)
        self.estimate = QLineEdit()
        self.estimate.setPlaceholderText(self.tr("hours"))
        self.fee = QLineEdit()
        self.fee.setPlaceholderText(self.tr("600.00 (USD)"))
        for label, widget in ((self.tr("Title"), self.title),
                              (self.tr("Organization"), self.organization),
                              (self.tr("Platform"), self.platform), (self.tr("Start"), self.start),
                              (self.tr("Due"), self.due), (self.tr("Hours estimate"), self.estimate),
                              (self.tr("Fee"), self.fee)):
            self.form.addRow(label, widget)

    def values(self) -> dict:
        return {"title": self.title.text(), "organization": self.organization.currentText(),
                "platform": self.platform.text(), "start_on": self.start.value(),
                "due_on": self.due.value(), "hours_estimate": self.estimate.text(),
                "fee": self.fee.text(), "status": "planned"}
