"""A small form in a dialog whose OK hands the values to a service: a ValidationError keeps the
dialog open and shows its message (naming the field) above the buttons, so nothing typed is lost."""

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from internapp.core.services.errors import ValidationError


class FormDialog(QDialog):
    def __init__(self, title: str, ok_text: str, submit: Callable[[dict[str, Any]], Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.setMinimumWidth(460)
        self._submit = submit
        self.result_value: Any = None
        layout = QVBoxLayout(self)
        self.form = QFormLayout()
        self.form.setHorizontalSpacing(14)
        self.form.setVerticalSpacing(10)
        layout.addLayout(self.form)
        self.error_label = QLabel()
        self.error_label.setObjectName("Error")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self.ok_button.setObjectName("Primary")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def values(self) -> dict[str, Any]:
        raise NotImplementedError

    def submit(self) -> bool:
        try:
            self.result_value = self._submit(self.values())
        except ValidationError as error:
            self.error_label.setText(str(error))
            self.error_label.show()
            return False
        self.accept()
        return True
