"""Nothing unexpected vanishes: an exception that reaches the event loop is logged (its type and
where it happened, no personal data) and shown. A fault of the store or the disk (busy, read-only,
full, damaged) is said in plain words; anything else is a bug, shown in a dialog whose "Copy
details" puts what a bug report needs on the clipboard."""

import sys
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from internapp.logs import details_text, log_error, log_file
from internapp.paths import Paths

Hook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


class CrashDialog(QDialog):
    """Something went wrong that internapp did not expect: what to do, and the details."""

    def __init__(self, details: str, log: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Something went wrong"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("internapp ran into an error it did not expect"))
        heading.setObjectName("DialogTitle")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        explain = QLabel(self.tr(
            "What you were doing was not finished, and nothing was half-saved: your data is as "
            "it was before. You can carry on working. If it happens again, please report it "
            "with the details below — they name where in internapp it happened, not your "
            "data. They were also written to the log:\n{log}").format(log=log))
        explain.setWordWrap(True)
        explain.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(explain)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Details of the error"))
        self.details.setAccessibleDescription(self.tr("What a bug report needs; Copy details puts "
                                                      "it on the clipboard"))
        self.details.setMinimumHeight(140)
        layout.addWidget(self.details, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(self.tr("Copy details"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def copy_details(self) -> None:
        QApplication.clipboard().setText(self.details.toPlainText())
        self.copy_button.setText(self.tr("Copied"))


def make_excepthook(paths: Paths, parent: Callable[[], QWidget | None] = lambda: None) -> Hook:
    """The hook for ``sys.excepthook``: logs, then shows a message (a store or disk fault) or
    the crash dialog (anything else). ``parent`` gives the window to show it over."""
    showing: list[QWidget] = []  # one dialog at a time: an error in a repaint repeats

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        error.__traceback__ = tb
        from internapp.core.store.faults import translate

        fault = translate(error, paths.database, paths.backups_dir)
        log = log_error(paths, error, "window")
        if showing or QApplication.instance() is None:
            return
        if fault is not None:
            box = QMessageBox(QMessageBox.Icon.Warning, "internapp", str(fault),
                              QMessageBox.StandardButton.Ok, parent())
            showing.append(box)
            box.exec()
        else:
            dialog = CrashDialog(details_text(kind, error, tb), str(log), parent())
            showing.append(dialog)
            dialog.exec()
        showing.clear()

    return hook


def install_excepthook(paths: Paths, parent: Callable[[], QWidget | None]) -> Hook:
    hook = make_excepthook(paths, parent)
    sys.excepthook = hook
    return hook


__all__ = ["CrashDialog", "install_excepthook", "log_file", "make_excepthook"]
