"""What every screen shares: a title, a subtitle, and either its content or its empty state.

The header puts its actions beside the title while they fit and under it when they do not; the
whole screen sits in a scroll area, so a window smaller than a screen's minimum scrolls instead
of squeezing widgets over each other.
"""

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from internapp.core.changes import Kind
from internapp.ui.widgets.adaptive_row import AdaptiveRow
from internapp.ui.widgets.page_stack import PageStack

MARGINS = (28, 22, 28, 22)
SUBTITLE_MIN = 220  # the subtitle wraps, but not into a column narrower than this
HEADER_GAP = 24
State = tuple[str, Callable[[], object]]  # a layout state: its name, and how to enter it


def in_turn(*steps: Callable[[], object]) -> Callable[[], None]:
    """One layout-state entry made of several steps (a tab, then a mode)."""
    def enter() -> None:
        for step in steps:
            step()
    return enter


class Screen(QWidget):
    """A page of the main window.

    ``watches`` lists the kinds of records the screen shows; the window calls ``refresh`` when one
    of them changes (and when the screen is first shown). ``navigate(screen_key, record_id)`` asks
    the window to open a record on another screen.
    """

    navigate = Signal(str, object)
    watches: frozenset[Kind] = frozenset()
    new_record_text = ""  # what File → New (Ctrl+N) says on this screen; "" when it adds nothing

    def __init__(self, title: str, subtitle: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.body_scroll = QScrollArea()
        self.body_scroll.setObjectName("ScreenScroll")
        self.body_scroll.setWidgetResizable(True)
        self.body_scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(self.body_scroll)
        body = QWidget()
        body.setObjectName("ScreenBody")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(*MARGINS)
        layout.setSpacing(14)

        # the actions go under the titles when both do not fit
        self.header = AdaptiveRow(gap=HEADER_GAP, wrapped_gap=10)
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
        self.header.lead.addLayout(titles, 1)
        self.header_actions = self.header.trail
        layout.addWidget(self.header)

        self.pages = PageStack()  # the empty state's size does not widen the content's
        layout.addWidget(self.pages, 1)
        self.body_scroll.setWidget(body)
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

    def theme_changed(self, visible: bool) -> None:
        """The theme switched: what the screen painted from the palette itself (charts, coloured
        tags) is drawn again — now if ``visible``, else when next shown."""
        if visible:
            self.refresh()
            self.stale = False
        else:
            self.stale = True

    def new_record(self) -> object:
        """File → New (Ctrl+N) here: opens the dialog that adds this screen's kind of record."""
        return None

    def focus_filter(self) -> bool:
        """Edit → Find (Ctrl+F): puts the cursor in the screen's filter; False when it has none."""
        return False

    def start_transfer(self, direction: str, fmt: str) -> object:
        """File → Import / Export: ``direction`` "import" or "export", ``fmt`` as menus.py names it."""
        return None

    def layout_states(self) -> list[State]:
        """The states the layout check visits: (name, a function that puts the screen in it) —
        each tab, mode or opened record that lays the screen out differently. A screen with
        tabs or modes overrides this; the default is the screen as it is shown."""
        return [("", lambda: None)]
