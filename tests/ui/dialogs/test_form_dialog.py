from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from internapp.core.services.errors import ValidationError
from internapp.ui.dialogs.form_dialog import FormDialog


class Created:
    id = 42


class NameDialog(FormDialog):
    def __init__(self) -> None:
        super().__init__("New thing", "Add thing", self.create)
        self.name_edit = QLineEdit()
        self.note_edit = QLineEdit()
        self.form.addRow("Name", self.name_edit)
        self.form.addRow("Note", self.note_edit)

    def create(self, values):
        if not values["name"]:
            raise ValidationError("name", "must not be empty")
        return Created()

    def values(self):
        return {"name": self.name_edit.text()}


def test_it_opens_in_the_first_field_and_tab_reaches_the_buttons_last(qtbot):
    dialog = NameDialog()
    qtbot.addWidget(dialog)
    dialog.open()
    assert dialog.focusWidget() is dialog.name_edit
    order = [dialog.name_edit]
    for _ in range(3):
        qtbot.keyClick(order[-1], Qt.Key.Key_Tab)
        order.append(dialog.focusWidget())
    assert order == [dialog.name_edit, dialog.note_edit, dialog.ok_button,
                     dialog.buttons.button(dialog.buttons.StandardButton.Cancel)]


def test_ok_enter_or_accept_submit_and_a_refusal_keeps_it_open(qtbot):
    dialog = NameDialog()
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.accept()
    assert dialog.isVisible() and dialog.error_label.text() == "name: must not be empty"
    assert dialog.created_id is None
    qtbot.keyClicks(dialog.name_edit, "Ada")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert dialog.result() == FormDialog.DialogCode.Accepted and dialog.created_id == 42
