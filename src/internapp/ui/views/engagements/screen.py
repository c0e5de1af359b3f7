"""Engagements: the micro-internships planned, in progress, delivered and paid — a list with the
hours logged against each budget, and the detail of the one in hand."""

import uuid
from functools import partial

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from internapp.context import AppContext
from internapp.core.changes import Kind
from internapp.core.clock import Clock
from internapp.core.models import EngagementStatus
from internapp.core.services import engagement_facts, engagements, organizations
from internapp.core.store import Store
from internapp.ui import formats, labels
from internapp.ui.dialogs.career_export_dialog import (
    CREDIT,
    JSON_RESUME,
    PORTFOLIO,
    CareerExportDialog,
)
from internapp.ui.dialogs.new_engagement import NewEngagementDialog
from internapp.ui.i18n import QT_TRANSLATE_NOOP
from internapp.ui.models.rows_table_model import Column, RowsTableModel
from internapp.ui.money_text import money, per_hour
from internapp.ui.views.base import Screen
from internapp.ui.views.engagements.detail import EngagementDetail
from internapp.ui.views.shell import Shell
from internapp.ui.widgets.empty_state import EmptyState
from internapp.ui.widgets.fields import ComboBox
from internapp.ui.widgets.progress_delegate import ProgressDelegate
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


def _title(text: str) -> str:
    return QCoreApplication.translate("EngagementsTable", text)


def columns() -> list[Column]:
    """The table's columns, titled in the window's language."""
    return [
        Column(_title(QT_TRANSLATE_NOOP("EngagementsTable", "Engagement")), lambda r: r.title),
        Column(_title(QT_TRANSLATE_NOOP("EngagementsTable", "Organization")),
               lambda r: r.organization),
        Column(_title(QT_TRANSLATE_NOOP("EngagementsTable", "Status")),
               lambda r: list(EngagementStatus).index(r.status)
               if r.status in set(EngagementStatus) else 9,
               text=lambda r: labels.engagement_status(r.status)),
        Column(_title(QT_TRANSLATE_NOOP("EngagementsTable", "Hours")),
               lambda r: r.progress if r.progress is not None else -1, text=_hours,
               searchable=False),
        Column(_title(QT_TRANSLATE_NOOP("EngagementsTable", "Due")), lambda r: r.due_on,
               searchable=False),
        Column(_title(QT_TRANSLATE_NOOP("EngagementsTable", "Fee")), lambda r: r.fee_cents,
               text=_fee, align_right=True, searchable=False),
        Column(_title(QT_TRANSLATE_NOOP("EngagementsTable", "Platform")), lambda r: r.platform),
        Column(_title(QT_TRANSLATE_NOOP("EngagementsTable", "Start")), lambda r: r.start_on,
               searchable=False),
        Column(_title(QT_TRANSLATE_NOOP("EngagementsTable", "Paid")), lambda r: r.paid_on,
               searchable=False),
    ]
HOURS_COLUMN = 3
ELIDING = [0, 1]  # engagement and organization: free text
HIDE_FIRST = [8, 7, 5, 6, 4, 1, 2, 3]  # paid, start, fee, platform, due, …: the detail has them


DETAIL_WIDTH = 470  # the detail pane's width when it opens, at least


class EngagementsView(Screen):
    watches = frozenset({Kind.ENGAGEMENTS, Kind.TIME, Kind.ORGANIZATIONS, Kind.CONTACTS})
    new_record_text = QT_TRANSLATE_NOOP("EngagementsView", "New engagement")

    def __init__(self, store: Store, parent: QWidget | None = None, *, clock: Clock) -> None:
        super().__init__(QCoreApplication.translate("EngagementsView", "Engagements"),
                         QCoreApplication.translate(
                             "EngagementsView",
                             "Your micro-internships, from "
                                                                           "planned to paid"), parent)
        self._store = store
        self._clock = clock
        self.new_dialog: NewEngagementDialog | None = None
        self.export_dialog: CareerExportDialog | None = None
        self.export_button = QPushButton(self.tr("Export"))
        self.export_button.setToolTip(self.tr("A portfolio, a JSON Resume or a credit report "
                                              "from your engagements"))
        menu = QMenu(self.export_button)
        for text, kind in ((self.tr("Portfolio…"), PORTFOLIO), (self.tr("JSON Resume…"),
                                                                JSON_RESUME),
                           (self.tr("Credit report…"), CREDIT)):
            menu.addAction(text, partial(self.open_export, kind))
        self.export_button.setMenu(menu)
        self.header_actions.addWidget(self.export_button)
        self.new_button = QPushButton(self.tr("New engagement"))
        self.new_button.setObjectName("Primary")
        self.new_button.clicked.connect(self.new_engagement)
        self.header_actions.addWidget(self.new_button)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        bar = QHBoxLayout()
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter by engagement, organization, status "
                                                    "or platform…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setMaximumWidth(420)
        self.filter_edit.textChanged.connect(self._apply_filter)
        bar.addWidget(self.filter_edit, 1)
        self.status_box = ComboBox()
        self.status_box.addItem(self.tr("All statuses"), None)
        for status in EngagementStatus:
            self.status_box.addItem(labels.engagement_status(status.value), status.value)
        self.status_box.currentIndexChanged.connect(lambda _i: self.refresh())
        bar.addWidget(self.status_box)
        self.count_label = QLabel()
        self.count_label.setObjectName("Muted")
        bar.addWidget(self.count_label)
        bar.addStretch(1)
        layout.addLayout(bar)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.model = RowsTableModel(columns(), self)
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
        ColumnFitter(self.table, elide=ELIDING, hide_first=HIDE_FIRST,  # the delegate sizes the bar
                     minimum={HOURS_COLUMN: 170})
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _prev: self._select_row(current.row()))
        self.splitter.addWidget(self.table)
        self.detail = EngagementDetail(store, clock=clock)
        self.detail.hide()
        self.detail.navigate.connect(self.navigate)
        self.detail.closed.connect(self.close_detail)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 1)
        layout.addWidget(self.splitter, 1)

        empty = EmptyState(
            "engagements", self.tr("No engagements yet"),
            self.tr("When an application is accepted it becomes an engagement: its hours budget "
                    "and weekly cap, fee, milestones, supervisor and feedback live here, with a "
                    "bar of the hours logged against the estimate."),
            hint=self.tr("Accept an offer on the Applications screen, or add one with “New "
                         "engagement”."),
            action_text=self.tr("New engagement"))
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
        # 470 px, or a third of a wide window: outcomes and résumé lines are sentences, and at
        # 1920 px they wrapped every few words beside a half-empty table (two fifths cut the
        # table's titles and last column)
        self.detail.reveal(self.splitter, max(DETAIL_WIDTH, self.splitter.width() // 3), 320)

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
            self._store, [o.name for o in organizations.list_all(self._store)], self,
            clock=self._clock)
        self.new_dialog.accepted.connect(lambda: self.open_record(self.new_dialog.created_id))
        self.new_dialog.open()
        return self.new_dialog

    def open_latest_finished(self) -> bool:
        """Opens the engagement finished last (its outcomes, for the layout check); False when
        none is finished."""
        finished = engagement_facts.finished_ids(self._store)
        if finished:
            self.open_record(finished[0])
        return bool(finished)

    def open_export(self, kind: str) -> CareerExportDialog:
        """The export dialog for a portfolio, a JSON Resume or a credit report (of the engagement
        open in the detail, if one is)."""
        shown = self.detail.engagement_id if self.detail.isVisible() else None
        self.export_dialog = CareerExportDialog(self._store, kind, engagement_id=shown,
                                                parent=self, clock=self._clock)
        self.export_dialog.open()
        return self.export_dialog

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
        self.count_label.setText(
            self.tr("%Ln engagements", "", total) if shown == total
            else self.tr("{shown} of %Ln shown", "", total).format(shown=formats.number(shown)))


def create_screen(context: AppContext, shell: Shell) -> EngagementsView:
    return EngagementsView(context.store, clock=context.clock)
