"""A new engagement added directly (most come from accepting an offer on the Applications
screen)."""

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from internapp.core.services import engagements
from internapp.core.services.errors import ValidationError
from internapp.core.store import Store
from internapp.ui.widgets.date_field import DateField


class NewEngagementDialog(QDialog):
    def __init__(self, store: Store, organizations: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.created_id = None
        self.setWindowTitle("New engagement")
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        form = QFormLayout()
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
            form.addRow(label, widget)
        layout.addLayout(form)
        self.error_label = QLabel()
        self.error_label.setObjectName("ErrorText")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Add engagement")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def values(self) -> dict:
        return {"title": self.title.text(), "organization": self.organization.currentText(),
                "platform": self.platform.text(), "start_on": self.start.value(),
                "due_on": self.due.value(), "hours_estimate": self.estimate.text(),
                "fee": self.fee.text(), "status": "planned"}

    def accept(self) -> None:
        try:
            created = engagements.create(self._store, **self.values())
        except ValidationError as error:
            self.error_label.setText(str(error))
            self.error_label.show()
            return
        self.created_id = created.id
        super().accept()
