from PySide6.QtWidgets import QLabel, QLineEdit, QSplitter, QVBoxLayout, QWidget

from internapp.core.services.errors import ValidationError
from internapp.ui.widgets.detail_pane import DetailPane


class NotePane(DetailPane):
    """The least a pane needs: a header, one field with Save and Revert, a delete button."""

    def __init__(self, store) -> None:
        super().__init__(store, 300)
        self.saved: list[str] = []
        self.reverted = 0
        self.deletes: list[bool] = []
        self.title_edit = QLineEdit()
        self.title_edit.textEdited.connect(self._mark_dirty)
        self.fields = {"title": self.title_edit}
        self.body.addWidget(self.title_edit)
        self.body.addLayout(self._save_revert_row(self.revert))
        self._end_body("Delete note")
        self.fill("First")

    def _build_header(self) -> QVBoxLayout:
        header, self.title_label = self._start_header(4)
        header.addWidget(QLabel("Written today"))
        return header

    def fill(self, title: str) -> None:
        self._loading = True
        self.title_edit.setText(title)
        self.title_edit.textEdited.emit(title)  # as if typed: loading must not count it
        self._loading = False
        self._set_dirty(False)

    def revert(self) -> None:
        self.reverted += 1
        self.fill("First")

    def save(self) -> bool:
        if not self.title_edit.text():
            return self._refused(ValidationError("title", "must not be empty"))
        self.saved.append(self.title_edit.text())
        self._set_dirty(False)
        return True

    def delete(self, confirm_first: bool = True) -> None:
        self.deletes.append(confirm_first)


def test_save_and_revert_are_enabled_only_by_an_edit(qtbot, store):
    pane = NotePane(store)
    qtbot.addWidget(pane)
    assert not pane.dirty
    assert not pane.save_button.isEnabled() and not pane.revert_button.isEnabled()
    qtbot.keyClicks(pane.title_edit, "!")
    assert pane.dirty and pane.save_button.isEnabled() and pane.revert_button.isEnabled()
    pane.revert_button.click()
    assert pane.reverted == 1 and pane.title_edit.text() == "First" and not pane.dirty
    qtbot.keyClicks(pane.title_edit, " draft")
    pane.save_button.click()
    assert pane.saved == ["First draft"] and not pane.save_button.isEnabled()


def test_a_refused_save_shows_the_reason_and_puts_the_cursor_in_the_field(qtbot, store):
    pane = NotePane(store)
    qtbot.addWidget(pane)
    pane.show()
    pane.delete_button.setFocus()
    pane.title_edit.clear()
    assert not pane.save()
    assert pane.message_label.isVisible()
    assert pane.message_label.text() == "title: must not be empty"
    assert pane.message_label.objectName() == "ErrorText"
    assert pane.focusWidget() is pane.title_edit
    pane.show_message("Saved as a copy", error=False)
    assert pane.message_label.objectName() == "InfoText"


def test_the_delete_button_asks_first_and_the_close_button_closes(qtbot, store):
    pane = NotePane(store)
    qtbot.addWidget(pane)
    pane.delete_button.click()
    assert pane.deletes == [True]
    assert pane.title_label.objectName() == "DetailTitle"
    with qtbot.waitSignal(pane.closed, timeout=1000):
        pane.close_button.click()


def test_reveal_opens_the_pane_at_its_width_once(qtbot, store):
    splitter = QSplitter()
    qtbot.addWidget(splitter)
    splitter.addWidget(QWidget())
    pane = NotePane(store)
    splitter.addWidget(pane)
    pane.hide()
    splitter.resize(1000, 600)
    splitter.show()
    pane.reveal(splitter, 400, 300)
    assert pane.isVisible()
    assert splitter.sizes()[1] == 400
    splitter.setSizes([700, 300])
    pane.reveal(splitter, 400, 300)  # already open: the width the user left it at stays
    assert splitter.sizes()[1] == 300
