"""What every screen shares: a title, a subtitle, and either its content or its empty state."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from internapp.core.changes import Kind


class Screen(QWidget):
    """A page of the main window.

    ``watches`` lists the kinds of records the screen shows; the window calls ``refresh`` when one
    of them changes (and when the screen is first shown). ``navigate(screen_key, record_id)`` asks
    the window to open a record on another screen.
    """

    navigate = Signal(str, object)
    watches: frozenset[Kind] = frozenset()

    def __init__(self, title: str, subtitle: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(28, 22, 28, 22)
        outer.setSpacing(14)

        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(2)
        self.title_label = QLabel(title)
        self.title_label.setObjectName("ScreenTitle")
        self.subtitle_label = QLabel(subtitle)
        self.subtitle_label.setObjectName("ScreenSubtitle")
        titles.addWidget(self.title_label)
        titles.addWidget(self.subtitle_label)
        header.addLayout(titles, 1)
        self.header_actions = QHBoxLayout()
        header.addLayout(self.header_actions)
        outer.addLayout(header)

        self.pages = QStackedWidget()
        outer.addWidget(self.pages, 1)
        self.stale = True

    def set_pages(self, content: QWidget, empty: QWidget) -> None:
        self.content = content
        self.empty = empty
        self.pages.addWidget(content)
        self.pages.addWidget(empty)

    def show_empty(self, empty: bool) -> None:
        self.pages.setCurrentWidget(self.empty if empty else self.content)

    def refresh(self) -> None:
        """Reloads what the screen shows from the services. Subclasses override."""

    def open_record(self, record_id: object) -> None:
        """Shows one record (asked for from another screen). Subclasses override."""
