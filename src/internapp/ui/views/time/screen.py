"""Time: the timer, the entries (paged from SQL), the week grid, reports and budgets.

``open_record(engagement_id)`` shows that engagement's entries (the Today and Engagements screens
navigate here with it).
"""

import uuid

from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMenu,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from internapp.context import AppContext
from internapp.core.changes import Kind
from internapp.core.services import time_listing
from internapp.core.store import Store
from internapp.ui.dialogs.time_import_dialog import (
    FORMATS,
    TimeImportDialog,
    format_filter,
    format_name,
)
from internapp.ui.i18n import QT_TRANSLATE_NOOP
from internapp.ui.timer_session import TimerSession
from internapp.ui.views.base import Screen
from internapp.ui.views.shell import Shell
from internapp.ui.views.time.budgets import BudgetsTab
from internapp.ui.views.time.entries_tab import EntriesTab
from internapp.ui.views.time.reports import ReportsTab
from internapp.ui.views.time.week import WeekTab
from internapp.ui.widgets.empty_state import EmptyState
from internapp.ui.widgets.timer_control import TimerControl

TABS = ("entries", "week", "reports", "budgets")


class TimeView(Screen):
    watches = frozenset({Kind.TIME, Kind.ENGAGEMENTS})
    new_record_text = QT_TRANSLATE_NOOP("TimeView", "New time entry")

    def __init__(self, store: Store, session: TimerSession,
                 parent: QWidget | None = None) -> None:
        """``session``: the window's one timer (its clock is the context's)."""
        super().__init__(QCoreApplication.translate("TimeView", "Time"),
                         QCoreApplication.translate(
                             "TimeView",
                             "Where your hours went, against each "
                                                                    "budget and weekly cap"),
                         parent)
        self._store = store
        self.session = session
        clock = session.clock
        self.import_dialog: TimeImportDialog | None = None

        self.import_button = QPushButton(self.tr("Import…"))
        import_menu = QMenu(self.import_button)
        for key in FORMATS:
            import_menu.addAction(format_name(key), lambda k=key: self.import_file(k))
        self.import_button.setMenu(import_menu)
        self.header_actions.addWidget(self.import_button)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        self.timer_card = TimerControl(self.session, compact=False)
        layout.addWidget(self.timer_card)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.entries = EntriesTab(store, clock=clock)
        self.week = WeekTab(store, clock=clock)
        self.reports = ReportsTab(store, clock=clock)
        self.budgets = BudgetsTab(store, clock=clock)
        for widget, title in ((self.entries, self.tr("Entries")), (self.week, self.tr("Week")),
                              (self.reports, self.tr("Reports")), (self.budgets, self.tr("Budgets"))):
            self.tabs.addTab(widget, title)
        layout.addWidget(self.tabs, 1)

        self.empty_state = EmptyState(
            "time", self.tr("No hours logged yet"),
            self.tr("Time you track on an engagement — from the timer above every screen or typed "
                    "in afterwards — is listed here, with a week grid, reports, and each "
                    "engagement's hours against its budget and weekly cap."),
            hint=self.tr("Press Ctrl+T to start the timer, add an entry by hand, or import your "
                         "history from Toggl, Clockify, Watson or Timewarrior (Import… above)."),
            action_text=self.tr("Add an entry"))
        self.empty_state.action_triggered.connect(self._add_from_empty)
        _fit_wrapped(self.empty_state.body_label, 520)
        _fit_wrapped(self.empty_state.hint_label, 520, padding=(15, 11))
        self.set_pages(content, self.empty_state)
        self.tabs.currentChanged.connect(lambda _i: self._refresh_tab())
        self.week.add_requested.connect(
            lambda engagement_id, day: self.entries.add_entry(engagement_id, day))

    def refresh(self) -> None:
        empty = time_listing.count(self._store, time_listing.EntryQuery()) == 0
        self.show_empty(empty)
        self.entries.set_choices(self.session.choices)
        if not empty:
            self.entries.refresh()
            self._refresh_tab()

    def _refresh_tab(self) -> None:
        current = self.tabs.currentWidget()
        if current is not self.entries:
            current.refresh()

    def show_tab(self, key: str) -> None:
        self.tabs.setCurrentIndex(TABS.index(key))

    def layout_states(self):
        """Each tab."""
        return [*((self.tabs.tabText(n), lambda k=key: self.show_tab(k)) for n, key in enumerate(TABS)),
                ("", lambda: self.show_tab("entries"))]

    def new_record(self) -> object:
        self.entries.set_choices(self.session.choices)
        return self.entries.add_entry()

    def focus_filter(self) -> bool:
        self.show_empty(False)
        self.show_tab("entries")
        self.entries.search_edit.setFocus()
        self.entries.search_edit.selectAll()
        return True

    def start_transfer(self, direction: str, fmt: str) -> object:
        if direction == "import":
            return self.import_file(fmt)
        self.show_empty(False)
        self.show_tab("reports")
        return self.reports.export(fmt)

    def open_record(self, record_id: object) -> None:
        """Shows the entries of the engagement ``record_id``."""
        engagement_id = record_id if isinstance(record_id, uuid.UUID) else uuid.UUID(str(record_id))
        self.show_empty(False)
        self.entries.set_choices(self.session.choices)
        self.show_tab("entries")
        self.entries.show_engagement(engagement_id)
        self.timer_card.select_engagement(engagement_id)

    def _add_from_empty(self) -> None:
        self.entries.set_choices(self.session.choices)
        self.entries.add_entry()

    def import_file(self, fmt: str, path=None) -> TimeImportDialog | None:
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import from {tool}").format(tool=format_name(fmt)), "",
                format_filter(fmt))
            if not chosen:
                return None
            path = chosen
        self.import_dialog = TimeImportDialog(self._store, fmt, path, self,
                                              tz=self.session.clock.zone_name())
        self.import_dialog.open()
        return self.import_dialog


def _fit_wrapped(label: QLabel, width: int, padding: tuple[int, int] = (0, 0)) -> None:
    """Gives a word-wrapped label in a centring layout the size its text needs at ``width``
    (such a layout sizes it from a guess and, with stylesheet padding, cuts lines off).
    ``padding``: the stylesheet's horizontal and vertical padding plus border, in pixels."""
    across, down = padding
    label.setFixedWidth(width)
    inner = QRect(0, 0, width - 2 * across, 10_000)
    needed = label.fontMetrics().boundingRect(inner, Qt.TextFlag.TextWordWrap, label.text())
    label.setFixedHeight(needed.height() + 2 * down + 8)


def create_screen(context: AppContext, shell: Shell) -> TimeView:
    return TimeView(context.store, shell.timer_session())
