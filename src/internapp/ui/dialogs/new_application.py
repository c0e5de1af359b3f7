"""A new application: the few fields needed to start tracking it (the rest in the detail pane)."""

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

from internapp.core.services import applications
from internapp.core.services.errors import ValidationError
from internapp.core.store import Store
from internapp.ui.widgets.date_field import DateField


class NewApplicationDialog(QDialog):
    """Creates the application on OK; a rejected field keeps the dialog open with the reason."""

    def __init__(self, store: Store, stage_names: list[str], organizations: list[str],
                 sources: list[str], stage: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.created_id = None
        self.setWindowTitle("New application")
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setHorizontalSpacing(14)
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
        form.addRow("Organization", self.organization)
        form.addRow("Role", self.role)
        form.addRow("Stage", self.stage)
        form.addRow("Source", self.source)
        form.addRow("Posting URL", self.url)
        form.addRow("Deadline", self.deadline)
        form.addRow("Pay", self.pay)
        layout.addLayout(form)
        self.error_label = QLabel()
        self.error_label.setObjectName("ErrorText")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Add application")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def values(self) -> dict:
        return {"organization": self.organization.currentText(), "role": self.role.text(),
                "stage": self.stage.currentText(), "source": self.source.currentText(),
                "url": self.url.text(), "deadline": self.deadline.value(),
                "pay": self.pay.text()}

    def accept(self) -> None:
        try:
            created = applications.create(self._store, **self.values())
        except ValidationError as error:
            self.error_label.setText(str(error))
            self.error_label.show()
            return
        self.created_id = created.id
        super().accept()
