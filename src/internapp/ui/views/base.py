"""What every screen shares: a title, a subtitle, and either its content or its empty state.

The header puts its actions beside the title while they fit and under it when they do not; the
whole screen sits in a scroll area, so a window smaller than a screen's minimum scrolls instead
of squeezing widgets over each other.
"""

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from internapp.core.changes import Kind

MARGINS = (28, 22, 28, 22)
SUBTITLE_MIN = 220  # the subtitle wraps, but not into a column narrower than this
HEADER_GAP = 24


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
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("ScreenScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(self.scroll)
        body = QWidget()
        body.setObjectName("ScreenBody")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(*MARGINS)
        layout.setSpacing(14)

        self.header = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.header.setSpacing(HEADER_GAP)
        titles = QVBoxLayout()
        titles.setSpacing(2)
        self.title_label = QLabel(title)
        self.title_label.setObjectName("ScreenTitle")
        self.title_label.setAccessibleName(title)
        self.subtitle_label = QLabel(subtitle)
        self.subtitle_label.setObjectName("ScreenSubtitle")
        self.subtitle_label.setWordWrap(True)
        self.subtitle_label.setMinimumWidth(SUBTITLE_MIN)
        titles.addWidget(self.title_label)
        titles.addWidget(self.subtitle_label)
        self.header.addLayout(titles, 1)
        self.header_actions = QHBoxLayout()
        self.header.addLayout(self.header_actions)
        self.header.setAlignment(self.header_actions, Qt.AlignmentFlag.AlignRight)
        layout.addLayout(self.header)

        self.pages = QStackedWidget()
        layout.addWidget(self.pages, 1)
        self.scroll.setWidget(body)
        self.stale = True

    def set_pages(self, content: QWidget, empty: QWidget) -> None:
        self.content = content
        self.empty = empty
        self.pages.addWidget(content)
        self.pages.addWidget(empty)

    def show_empty(self, empty: bool) -> None:
        self.pages.setCurrentWidget(self.empty if empty else self.content)

    # --- the header's two arrangements ------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_header()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fit_header()

    def fit_header(self) -> None:
        """Actions beside the title while both fit the width, else under it (left-aligned)."""
        width = self.scroll.viewport().width() - MARGINS[0] - MARGINS[2]
        titles = max(self.title_label.sizeHint().width(), SUBTITLE_MIN)
        actions = self.header_actions.sizeHint().width()
        beside = titles + HEADER_GAP + actions <= width
        direction = QBoxLayout.Direction.LeftToRight if beside else QBoxLayout.Direction.TopToBottom
        if self.header.direction() != direction:
            self.header.setDirection(direction)
            self.header.setSpacing(HEADER_GAP if beside else 10)
            self.header.setAlignment(self.header_actions, Qt.AlignmentFlag.AlignRight if beside
                                     else Qt.AlignmentFlag.AlignLeft)

    def refresh(self) -> None:
        """Reloads what the screen shows from the services. Subclasses override."""

    def open_record(self, record_id: object) -> None:
        """Shows one record (asked for from another screen). Subclasses override."""

    def layout_states(self) -> list[tuple[str, Callable[[], object]]]:
        """The states the layout check visits: (name, a function that puts the screen in it) —
        each tab, mode or opened record that lays the screen out differently. A screen with
        tabs or modes overrides this; the default is the screen as it is shown."""
        return [("", lambda: None)]
