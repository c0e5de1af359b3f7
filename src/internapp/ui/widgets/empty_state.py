"""What a screen shows before it has anything: what will appear here, and how to add the first one."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from internapp.ui.icons import tinted_pixmap
from internapp.ui.theme import current_colors

COLUMN_WIDTH = 520


class EmptyState(QWidget):
    action_triggered = Signal()

    def __init__(self, icon: str, title: str, body: str, hint: str | None = None,
                 action_text: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("EmptyState")
        # A fixed-width column, centred: word-wrapped labels then get their full height (in a
        # layout aligned to the centre they would be sized for a guessed width and cut off).
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        column = QWidget()
        column.setFixedWidth(COLUMN_WIDTH)
        row.addWidget(column)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(1)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)

        self.icon_label = QLabel()
        self.icon_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.icon_label.setPixmap(tinted_pixmap(icon, current_colors().muted, 56))
        layout.addWidget(self.icon_label)

        self.title_label = QLabel(title)
        self.title_label.setObjectName("EmptyTitle")
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.title_label)

        self.body_label = QLabel(body)
        self.body_label.setObjectName("EmptyBody")
        self.body_label.setWordWrap(True)
        self.body_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.body_label)

        self.hint_label = None
        if hint:
            self.hint_label = QLabel(hint)
            self.hint_label.setObjectName("EmptyHint")
            self.hint_label.setWordWrap(True)
            self.hint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(self.hint_label)

        self.button = None
        if action_text:
            self.button = QPushButton(action_text)
            self.button.setObjectName("Primary")
            self.button.clicked.connect(self.action_triggered)
            layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
