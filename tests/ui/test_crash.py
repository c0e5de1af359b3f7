"""An unexpected error in the window is logged and shown with "Copy details"; a store fault is a
plain message; nothing vanishes."""

import sqlite3

from PySide6.QtWidgets import QApplication, QMessageBox

from internapp.logs import log_file
from internapp.ui.crash import CrashDialog, make_excepthook


def _raise(error):
    try:
        raise error
    except BaseException as caught:
        return type(caught), caught, caught.__traceback__


def test_an_unexpected_error_shows_the_crash_dialog_and_is_logged(qtbot, paths, monkeypatch):
    shown = []
    monkeypatch.setattr(CrashDialog, "exec", lambda self: shown.append(self) or 0)
    hook = make_excepthook(paths)
    hook(*_raise(KeyError("Jane's secret note")))
    [dialog] = shown
    qtbot.addWidget(dialog)
    details = dialog.details.toPlainText()
    assert "builtins.KeyError" in details and "test_crash.py" in details
    assert "Jane" not in details
    dialog.copy_button.click()
    assert QApplication.clipboard().text() == details
    assert dialog.copy_button.text() == "Copied"
    assert "builtins.KeyError" in log_file(paths).read_text()


def test_a_store_fault_is_said_in_words_not_as_a_crash(qtbot, paths, monkeypatch):
    boxes, crashes = [], []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: boxes.append(self.text()) or 0)
    monkeypatch.setattr(CrashDialog, "exec", lambda self: crashes.append(self) or 0)
    hook = make_excepthook(paths)
    hook(*_raise(sqlite3.OperationalError("database or disk is full")))
    hook(*_raise(sqlite3.OperationalError("attempt to write a readonly database")))
    assert crashes == []
    assert "is full" in boxes[0] and "read-only" in boxes[1]
