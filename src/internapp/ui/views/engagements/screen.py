"""Engagements: the micro-internships planned, in progress, delivered and paid — a list with the
hours logged against each budget, and the detail of the one in hand."""

import uuid

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from internapp.context import AppContext
from internapp.core.changes import Kind
from internapp.core.models import EngagementStatus
from internapp.core.services import engagements, organizations
from internapp.core.store import Store
from internapp.ui import formats
from internapp.ui.dialogs.new_engagement import NewEngagementDialog
from internapp.ui.i18n import QT_TRANSLATE_NOOP
from internapp.ui.models.rows_table_model import Column, RowsTableModel
from internapp.ui.money_text import money, per_hour
from internapp.ui.views.base import Screen
from internapp.ui.views.engagements.detail import EngagementDetail
from internapp.ui.views.shell import Shell
from internapp.ui.widgets.empty_state import EmptyState
from internapp.ui.widgets.progress_delegate import BAR_ROOM, ProgressDelegate
from internapp.ui.widgets.table_columns import ColumnFitter


def _hours(row) -> str:
    if row.hours_estimate:
        return formats.part_of(formats.duration(row.logged_seconds), formats.hours(row.hours_estimate))
    return formats.duration(row.logged_seconds)


def _fee(row) -> str:
    """The fee (hourly: the rate), and what is still owed once something was paid."""
    if row.fee_kind == "hourly" and row.rate_cents is not None:
        return per_hour(row.rate_cents, row.currency)
    return money(row.fee_cents, row.currency) if row.fee_cents is not None else ""


COLUMNS = [
    Column("Engagement", lambda r: r.title),
    Column("Organization", lambda r: r.organization),
    Column("Status", lambda r: list(EngagementStatus).index(r.status)
           if r.status in set(EngagementStatus) else 9, text=lambda r: r.status.capitalize()),
    Column("Hours", lambda r: r.progress if r.progress is not None else -1, text=_hours,
           searchable=False),
    Column("Due", lambda r: r.due_on, searchable=False),
    Column("Fee", lambda r: r.fee_cents, text=_fee, align_right=True, searchable=False),
    Column("Platform", lambda r: r.platform),
    Column("Start", lambda r: r.start_on, searchable=False),
    Column("Paid", lambda r: r.paid_on, searchable=False),
]
HOURS_COLUMN = 3
ELIDING = [0, 1]  # engagement and organization: free text
HIDE_FIRST = [8, 7, 5, 6, 4, 1, 2, 3]  # paid, start, fee, platform, due, …: the detail has them


class EngagementsView(Screen):
    watches = frozenset({Kind.ENGAGEMENTS, Kind.TIME, Kind.ORGANIZATIONS, Kind.CONTACTS})
    new_record_text = QT_TRANSLATE_NOOP("EngagementsView", "New engagement")

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__("Engagements", "Your micro-internships, from planned to paid", parent)
        self._store = store
        self.new_dialog: NewEngagementDialog | None = None
        self.new_button = QPushButton("New engagement")
        self.new_button.setObjectName("Primary")
        self.new_button.clicked.connect(self.new_engagement)
        self.header_actions.addWidget(self.new_button)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        bar = QHBoxLayout()
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText("Filter by engagement, organization, status or "
                                            "platform…")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setMaximumWidth(420)
        self.filter_edit.textChanged.connect(self._apply_filter)
        bar.addWidget(self.filter_edit, 1)
        self.status_box = QComboBox()
        self.status_box.addItem("All statuses", None)
        for status in EngagementStatus:
            self.status_box.addItem(status.value.capitalize(), status.value)
        self.status_box.currentIndexChanged.connect(lambda _i: self.refresh())
        bar.addWidget(self.status_box)
        self.count_label = QLabel()
        self.count_label.setObjectName("Muted")
        bar.addWidget(self.count_label)
        bar.addStretch(1)
        layout.addLayout(bar)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.model = RowsTableModel(COLUMNS, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(HOURS_COLUMN,
                                            ProgressDelegate(lambda r: r.progress, self.table))
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(34)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        ColumnFitter(self.table, elide=ELIDING, hide_first=HIDE_FIRST,  # the bar beside the hours
                     minimum={HOURS_COLUMN: 170}, extra={HOURS_COLUMN: BAR_ROOM})
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _prev: self._select_row(current.row()))
        self.splitter.addWidget(self.table)
        self.detail = EngagementDetail(store)
        self.detail.hide()
        self.detail.navigate.connect(self.navigate)
        self.detail.closed.connect(self.close_detail)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 1)
        layout.addWidget(self.splitter, 1)

        empty = EmptyState(
            "engagements", "No engagements yet",
            "When an application is accepted it becomes an engagement: its hours budget and weekly "
            "cap, fee, milestones, supervisor and feedback live here, with a bar of the hours "
            "logged against the estimate.",
            hint="Accept an offer on the Applications screen, or add one with “New engagement”.",
            action_text="New engagement")
        empty.action_triggered.connect(self.new_engagement)
        self.set_pages(content, empty)
        for keys, slot in (("Escape", self.close_detail),):  # Ctrl+N: the window's File → New
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def refresh(self) -> None:
        rows = engagements.list_rows(self._store)
        self.show_empty(not rows)
        status = self.status_box.currentData()
        self._total = len(rows)
        self.model.set_rows([r for r in rows if status is None or r.status == status])
        self.model.set_filter(self.filter_edit.text())
        self._update_count()
        if self.detail.isVisible() and self.detail.engagement_id is not None:
            if any(r.id == self.detail.engagement_id for r in rows):
                self.detail.load(self.detail.engagement_id)
                self._select_in_table(self.detail.engagement_id)
            else:
                self.close_detail()

    def open_record(self, record_id: object) -> None:
        """Shows the engagement (from Today, Applications or Time)."""
        engagement_id = record_id if isinstance(record_id, uuid.UUID) else uuid.UUID(
            str(record_id))
        if not self._select_in_table(engagement_id):
            self.filter_edit.clear()
            self.status_box.setCurrentIndex(0)
            self.refresh()
            self._select_in_table(engagement_id)
        self.show_detail(engagement_id)

    def show_detail(self, engagement_id: uuid.UUID) -> None:
        self.detail.load(engagement_id)
        self.detail.reveal(self.splitter, 470, 320)

    def layout_states(self):
        """The list, and the list with the first engagement open."""
        states = [("list", self.close_detail)]
        if self.model.rowCount():
            states.append(("detail", lambda: self.open_record(self.model.row_at(0).id)))
        return [*states, ("", self.close_detail)]

    def new_record(self) -> NewEngagementDialog:
        return self.new_engagement()

    def focus_filter(self) -> bool:
        self.filter_edit.setFocus()
        self.filter_edit.selectAll()
        return True

    def close_detail(self) -> None:
        self.detail.hide()
        self.detail.engagement_id = None

    def new_engagement(self) -> NewEngagementDialog:
        self.new_dialog = NewEngagementDialog(
            self._store, [o.name for o in organizations.list_all(self._store)], self)
        self.new_dialog.accepted.connect(lambda: self.open_record(self.new_dialog.created_id))
        self.new_dialog.open()
        return self.new_dialog

    def _select_row(self, row: int) -> None:
        if row >= 0:
            engagement_id = self.model.row_at(row).id
            if engagement_id != self.detail.engagement_id or not self.detail.isVisible():
                self.show_detail(engagement_id)

    def _select_in_table(self, engagement_id: uuid.UUID) -> bool:
        for number, row in enumerate(self.model.rows()):
            if row.id == engagement_id:
                self.table.selectionModel().blockSignals(True)
                self.table.selectRow(number)
                self.table.selectionModel().blockSignals(False)
                return True
        return False

    def _apply_filter(self, text: str) -> None:
        self.model.set_filter(text)
        self._update_count()

    def _update_count(self) -> None:
        shown = self.model.rowCount()
        total = getattr(self, "_total", shown)
        self.count_label.setText(f"{total} engagements" if shown == total
                                 else f"{shown} of {total} shown")


def create_screen(context: AppContext, shell: Shell) -> EngagementsView:
    return EngagementsView(context.store)
