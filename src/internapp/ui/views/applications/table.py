"""The applications as a table: every column sorts, the filter narrows the model's own list."""

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from internapp.core.clock import Clock
from internapp.core.models import StageRole
from internapp.core.services.applications import ApplicationRow
from internapp.ui import formats
from internapp.ui.i18n import QT_TRANSLATE_NOOP
from internapp.ui.models.rows_table_model import Column, RowsTableModel
from internapp.ui.widgets.table_columns import ColumnFitter


def columns(clock: Clock) -> list[Column]:
    """The table's columns; "No reply" counts the days to the clock's today."""

    def waiting(row: ApplicationRow) -> int | None:
        """Days without a reply, for applications still waiting in the Applied stage."""
        if row.stage_role != StageRole.APPLIED:
            return None
        return row.days_without_reply(clock.today())

    def days(row: ApplicationRow) -> str:
        waited = waiting(row)
        return "" if waited is None else QCoreApplication.translate(
            "ApplicationsTable", "{days} d").format(days=formats.number(waited))

    def title(text: str) -> str:
        return QCoreApplication.translate("ApplicationsTable", text)

    return [
        Column(title(QT_TRANSLATE_NOOP("ApplicationsTable", "Organization")), lambda r: r.organization),
        Column(title(QT_TRANSLATE_NOOP("ApplicationsTable", "Role")), lambda r: r.role),
        Column(title(QT_TRANSLATE_NOOP("ApplicationsTable", "Stage")), lambda r: r.stage_position,
               text=lambda r: r.stage),
        Column(title(QT_TRANSLATE_NOOP("ApplicationsTable", "Deadline")), lambda r: r.deadline,
               searchable=False),
        Column(title(QT_TRANSLATE_NOOP("ApplicationsTable", "No reply")), waiting, text=days,
               align_right=True, searchable=False),
        Column(title(QT_TRANSLATE_NOOP("ApplicationsTable", "Applied")), lambda r: r.applied_on,
               searchable=False),
        Column(title(QT_TRANSLATE_NOOP("ApplicationsTable", "Source")), lambda r: r.source),
        Column(title(QT_TRANSLATE_NOOP("ApplicationsTable", "Tags")), lambda r: ", ".join(r.tags)),
        Column(title(QT_TRANSLATE_NOOP("ApplicationsTable", "Follow up")), lambda r: r.follow_up_on,
               searchable=False),
        Column(title(QT_TRANSLATE_NOOP("ApplicationsTable", "Pay")), lambda r: r.pay,
               searchable=False),
        Column(title(QT_TRANSLATE_NOOP("ApplicationsTable", "Updated")), lambda r: r.updated_at,
               searchable=False),
    ]
ELIDING = [0, 1, 7]  # organization, role, tags
HIDE_FIRST = [10, 9, 8, 7, 5, 6, 4, 3, 2]  # the detail pane shows them all


class ApplicationsTable(QTableView):
    selected = Signal(object)  # an application id or None

    def __init__(self, parent: QWidget | None = None, *, clock: Clock) -> None:
        super().__init__(parent)
        self.setObjectName("ApplicationsTable")
        self.model_ = RowsTableModel(columns(clock), self)
        self.setModel(self.model_)
        self.setSortingEnabled(True)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(30)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        ColumnFitter(self, elide=ELIDING, hide_first=HIDE_FIRST)
        self.selectionModel().currentRowChanged.connect(self._current_changed)

    def set_rows(self, rows: list[ApplicationRow]) -> None:
        self.model_.set_rows(rows)

    def set_filter(self, text: str) -> None:
        self.model_.set_filter(text)

    def select(self, application_id, quietly: bool = False) -> bool:
        """Selects the application's row; ``quietly`` does not announce it (a reselection)."""
        for number, row in enumerate(self.model_.rows()):
            if row.id == application_id:
                self.selectionModel().blockSignals(quietly)
                self.selectRow(number)
                self.selectionModel().blockSignals(False)
                self.scrollTo(self.model_.index(number, 0))
                return True
        return False

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.selected.emit(self.model_.row_at(current.row()).id if current.isValid() else None)
