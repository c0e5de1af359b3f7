"""A small form in a dialog whose OK hands the values to a service: a ValidationError keeps the
dialog open and shows its message (naming the field) above the buttons, so nothing typed is lost."""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
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

    @property
    def created_id(self) -> Any:
        """The id of the record the service returned, for a dialog that creates one."""
        return getattr(self.result_value, "id", None)

    def values(self) -> dict[str, Any]:
        raise NotImplementedError

    def showEvent(self, event: QShowEvent) -> None:
        # The buttons are made before a subclass adds its fields, so they come first in the focus
        # chain: start in the first field instead (Tab still reaches the buttons after the last).
        super().showEvent(event)
        if self.focusWidget() in (None, *self.buttons.buttons()):
            first = self.form.itemAt(0, QFormLayout.ItemRole.FieldRole)
            if first is not None and first.widget() is not None:
                first.widget().setFocus(Qt.FocusReason.OtherFocusReason)

    def submit(self) -> bool:
        """Closes the dialog if the service takes the values, else shows why and stays open."""
        try:
            self.result_value = self._submit(self.values())
        except ValidationError as error:
            self.error_label.setText(str(error))
            self.error_label.show()
            return False
        super().accept()
        return True

    def accept(self) -> None:
        """Whoever accepts the dialog submits it first: it never closes on refused values."""
        self.submit()
