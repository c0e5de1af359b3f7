"""What a screen shows before it has anything: what will appear here, and how to add the first one."""

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from internapp.ui.icons import tinted_pixmap
from internapp.ui.theme import current_colors

TEXT_WIDTH = 500


class EmptyState(QWidget):
    action_triggered = Signal()

    def __init__(self, icon: str, title: str, body: str, hint: str | None = None,
                 action_text: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("EmptyState")
        layout = QVBoxLayout(self)
        layout.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.setSpacing(12)

        self._icon = icon
        self.icon_label = QLabel()
        self.icon_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._tint()
        layout.addWidget(self.icon_label)

        self.title_label = QLabel(title)
        self.title_label.setObjectName("EmptyTitle")
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.title_label)

        self.body_label = QLabel(body)
        self.body_label.setObjectName("EmptyBody")
        self.body_label.setWordWrap(True)
        self.body_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body_label.setFixedWidth(TEXT_WIDTH)  # a wrapped label in a centred layout
        # otherwise shrinks to a narrow column and clips its last lines
        layout.addWidget(self.body_label, 0, Qt.AlignmentFlag.AlignHCenter)

        self.hint_label = None
        if hint:
            self.hint_label = QLabel(hint)
            self.hint_label.setObjectName("EmptyHint")
            self.hint_label.setWordWrap(True)
            self.hint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.hint_label.setFixedWidth(TEXT_WIDTH)
            layout.addWidget(self.hint_label, 0, Qt.AlignmentFlag.AlignHCenter)

        self.button = None
        self.buttons_row = QHBoxLayout()
        self.buttons_row.setSpacing(10)
        layout.addLayout(self.buttons_row)
        layout.setAlignment(self.buttons_row, Qt.AlignmentFlag.AlignHCenter)
        if action_text:
            self.button = self.add_button(action_text, primary=True)
            self.button.clicked.connect(self.action_triggered)

    def add_button(self, text: str, primary: bool = False) -> QPushButton:
        """A button under the text (the first-run ways in)."""
        button = QPushButton(text)
        if primary:
            button.setObjectName("Primary")
        self.buttons_row.addWidget(button)
        return button

    def _tint(self) -> None:
        self.icon_label.setPixmap(tinted_pixmap(self._icon, current_colors().muted, 56))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # the theme switched
            self._tint()
