"""Help → Keyboard shortcuts (F1): every key the app answers to, on one page. The window's own
shortcuts are read from its actions, so the sheet cannot fall behind the menus; the keys that
widgets handle themselves (the board, lists, dialogs) are listed here."""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QMainWindow,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from internapp.ui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "ShortcutsDialog"

# (section, [(keys, what)]) for the keys widgets handle themselves
WIDGET_KEYS = (
    (QT_TRANSLATE_NOOP(CONTEXT, "Applications board"), (
        ("←  →  ↑  ↓", QT_TRANSLATE_NOOP(CONTEXT, "Move between cards and columns")),
        ("Ctrl+←  Ctrl+→", QT_TRANSLATE_NOOP(CONTEXT, "Move the card to the previous or next stage")),
        ("Ctrl+M", QT_TRANSLATE_NOOP(CONTEXT, "Move the card to a stage you choose (also the menu key)")),
        ("Enter", QT_TRANSLATE_NOOP(CONTEXT, "Open the card")),
        ("Esc", QT_TRANSLATE_NOOP(CONTEXT, "Close the detail pane")),
    )),
    (QT_TRANSLATE_NOOP(CONTEXT, "Lists and tables"), (
        ("Enter  Space", QT_TRANSLATE_NOOP(CONTEXT, "Open the focused item (Today, lists)")),
        ("Del", QT_TRANSLATE_NOOP(CONTEXT, "Delete the selected time entries (after asking)")),
        ("Shift+↑  Shift+↓", QT_TRANSLATE_NOOP(CONTEXT, "Select several time entries")),
    )),
    (QT_TRANSLATE_NOOP(CONTEXT, "Everywhere"), (
        ("Tab  Shift+Tab", QT_TRANSLATE_NOOP(CONTEXT, "Move to the next or previous control")),
        ("Alt+letter", QT_TRANSLATE_NOOP(CONTEXT, "Open a menu by its underlined letter")),
        ("Enter  Esc", QT_TRANSLATE_NOOP(CONTEXT, "Confirm or cancel a dialog")),
    )),
)


def window_shortcuts(window: QMainWindow) -> list[tuple[str, str]]:
    """(keys, what) for every action of the window that has a shortcut, in menu order."""
    found = []
    for action in window.actions():
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        if keys and action.isVisible():
            found.append((keys, action.text().replace("&", "").rstrip("…")))
    return found


class ShortcutsDialog(QDialog):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        grid = QGridLayout(body)
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(6)
        self.rows: list[tuple[str, str]] = []
        sections = [(self.tr("Menus and the whole window"), window_shortcuts(window))]
        sections += [(QCoreApplication.translate(CONTEXT, title),
                      [(keys, QCoreApplication.translate(CONTEXT, what)) for keys, what in rows])
                     for title, rows in WIDGET_KEYS]
        row = 0
        for title, entries in sections:
            heading = QLabel(title)
            heading.setObjectName("SectionTitle")
            grid.addWidget(heading, row, 0, 1, 2)
            row += 1
            for keys, what in entries:
                key_label = QLabel(keys)
                key_label.setObjectName("Chip")
                key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
                text = QLabel(what)
                text.setWordWrap(True)
                grid.addWidget(key_label, row, 0, Qt.AlignmentFlag.AlignLeft)
                grid.addWidget(text, row, 1)
                self.rows.append((keys, what))
                row += 1
            grid.setRowMinimumHeight(row, 10)
            row += 1
        grid.setColumnStretch(1, 1)
        scroll.setWidget(body)
        layout.addWidget(scroll, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, min(640, window.height()))
