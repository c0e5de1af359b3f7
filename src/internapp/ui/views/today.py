"""Today: the screen the app opens on — what is running, what is due, what needs doing."""

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from internapp.context import AppContext
from internapp.core.changes import ALL_KINDS
from internapp.core.clock import today_local
from internapp.core.services import overview
from internapp.core.store import Store
from internapp.ui.models.rows_table_model import Column, RowsTableModel
from internapp.ui.views.base import Screen
from internapp.ui.views.shell import Shell
from internapp.ui.widgets.empty_state import EmptyState

KIND_LABELS = {"deadline": "Deadline", "follow-up": "Follow up", "milestone": "Milestone"}

DUE_COLUMNS = [
    Column("When", lambda d: d.day, text=lambda d: _when(d.day, today_local())),
    Column("What", lambda d: d.kind, text=lambda d: KIND_LABELS[d.kind]),
    Column("Item", lambda d: d.title),
    Column("For", lambda d: d.detail),
]


def _card(title: str) -> tuple[QFrame, QLabel]:
    card = QFrame()
    card.setObjectName("Card")
    layout = QVBoxLayout(card)
    layout.setContentsMargins(16, 12, 16, 14)
    caption = QLabel(title.upper())
    caption.setObjectName("CardTitle")
    value = QLabel("–")
    value.setObjectName("CardValue")
    layout.addWidget(caption)
    layout.addWidget(value)
    return card, value


def _when(day: date, today: date) -> str:
    delta = (day - today).days
    if delta < 0:
        return f"{-delta} day{'s' if delta != -1 else ''} overdue"
    if delta == 0:
        return "today"
    if delta == 1:
        return "tomorrow"
    return day.strftime("%a %d %b")


class TodayView(Screen):
    watches = ALL_KINDS

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__("Today", today_local().strftime("%A %d %B %Y"), parent)
        self._store = store
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        grid = QGridLayout()
        grid.setSpacing(12)
        self.cards = {}
        for column, (key, title) in enumerate([("apps", "Open applications"),
                                               ("engagements", "Active engagements"),
                                               ("week", "Hours this week"),
                                               ("contacts", "Contacts")]):
            card, value = _card(title)
            self.cards[key] = value
            grid.addWidget(card, 0, column)
        layout.addLayout(grid)
        heading = QLabel("Coming up in the next 7 days")
        heading.setObjectName("EmptyTitle")
        layout.addWidget(heading)
        self.due_model = RowsTableModel(DUE_COLUMNS, self)
        self.due_table = QTableView()
        self.due_table.setModel(self.due_model)
        self.due_table.setAlternatingRowColors(True)
        self.due_table.setShowGrid(False)
        self.due_table.verticalHeader().hide()
        self.due_table.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.due_table.horizontalHeader().setStretchLastSection(True)
        self.due_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.due_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout.addWidget(self.due_table, 1)
        self.nothing_due = QLabel("Nothing due in the next 7 days.")
        self.nothing_due.setObjectName("Muted")
        layout.addWidget(self.nothing_due)
        empty = EmptyState(
            "today", "Your day starts here",
            "Once you track applications, engagements, time and contacts, this screen gathers "
            "what needs you today: the running timer, deadlines and follow-ups this week, budgets "
            "running out and people to get back in touch with.",
            hint="New here? Fill the app with a realistic sample history from a terminal: "
                 "internapp demo",
        )
        self.set_pages(content, empty)

    def refresh(self) -> None:
        today = today_local()
        data = overview.overview(self._store, today)
        self.show_empty(data.is_empty)
        self.cards["apps"].setText(str(data.open_applications))
        self.cards["engagements"].setText(str(data.active_engagements))
        self.cards["week"].setText(f"{data.week_seconds / 3600:.1f} h")
        self.cards["contacts"].setText(str(data.contacts))
        self._today = today
        self.due_model.set_rows(data.due)
        self.due_table.setVisible(bool(data.due))
        self.nothing_due.setVisible(not data.due)
        self.due_table.resizeColumnsToContents()
        for column in range(self.due_model.columnCount() - 1):
            self.due_table.setColumnWidth(column, self.due_table.columnWidth(column) + 24)


def create_screen(context: AppContext, shell: Shell) -> TodayView:
    return TodayView(context.store)
