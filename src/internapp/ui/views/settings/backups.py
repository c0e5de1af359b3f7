"""Settings → Backups: every backup with its date, why it was made, its size and what it holds;
back up now, restore the chosen one, open the folder. The list is read off the UI thread (each
backup is opened to count its records)."""

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from internapp.core.store import Store
from internapp.core.store.catalog import BackupInfo, catalog, counts
from internapp.ui import formats
from internapp.ui.dialogs.restore_dialog import RestoreDialog, counts_text, kind_text
from internapp.ui.models.rows_table_model import Column, RowsTableModel
from internapp.ui.widgets.table_columns import ColumnFitter
from internapp.ui.worker import BackgroundTask


@dataclass(frozen=True)
class BackupRow:
    backup: BackupInfo
    counts: dict[str, int]


HOLDS_COLUMN = 3


def _count(key: str) -> Callable[[BackupRow], int]:
    return lambda row: row.counts.get(key, 0)


def _columns() -> list[Column]:
    return [
        Column(QCoreApplication.translate("Backups", "Made"), lambda r: r.backup.created_at,
               text=lambda r: formats.moment(r.backup.created_at)),
        Column(QCoreApplication.translate("Backups", "Why"), lambda r: kind_text(r.backup.label)),
        Column(QCoreApplication.translate("Backups", "Size"), lambda r: r.backup.size_bytes,
               text=lambda r: formats.file_size(r.backup.size_bytes), align_right=True),
        Column(QCoreApplication.translate("Backups", "What it holds"), _count("time_entries"),
               text=lambda r: counts_text(r.counts)),
    ]


def load_rows(backups_dir: Path) -> list[BackupRow]:
    return [BackupRow(b, counts(b.path)) for b in catalog(backups_dir)]


class BackupsSection(QGroupBox):
    def __init__(self, store: Store, on_restore: Callable[[BackupInfo], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Backups"))
        self._store, self._on_restore = store, on_restore
        self._loading: BackgroundTask | None = None
        self._backing_up: BackgroundTask | None = None
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.model = RowsTableModel(_columns(), self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # the columns fit the width (never sideways scrolling); what a backup holds gets the rest
        # and wraps in a narrow window, never cut
        ColumnFitter(self.table, elide=[HOLDS_COLUMN], minimum={HOLDS_COLUMN: 200})
        self.table.setWordWrap(True)
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        self.table.setMinimumHeight(180)
        self.table.doubleClicked.connect(lambda _: self.restore_selected())
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.backup_button.setObjectName("Primary")
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(self.tr("Restore…"))
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore_selected)
        folder = QPushButton(self.tr("Open backups folder"))
        folder.clicked.connect(lambda: QDesktopServices.openUrl(
            QUrl.fromLocalFile(str(store.backups_dir))))
        for button in (self.backup_button, self.restore_button, folder):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.restore_button.setEnabled(self.selected() is not None))

    # --- the list ----------------------------------------------------------------------------

    def refresh(self) -> None:
        if self._loading is not None and self._loading.running():
            return
        folder = self._store.backups_dir
        self._loading = BackgroundTask(lambda: load_rows(folder), self)
        self._loading.finished.connect(self._show)
        self._loading.failed.connect(lambda error: self.summary.setText(str(error)))
        self._loading.start()

    def loading(self) -> bool:
        """True while the list is being read (each backup is opened to count what it holds)."""
        return self._loading is not None and self._loading.running()

    def _show(self, rows: list[BackupRow]) -> None:
        self.model.set_rows(rows)
        self.table.resizeRowsToContents()
        if rows:
            self.summary.setText(self.tr(
                "%Ln backups in {folder}. internapp makes one every day the window is open, "
                "and before every upgrade and import; the last 7 days, 4 weeks and 12 months "
                "are kept.", "", len(rows)).format(folder=self._store.backups_dir))
            if self.selected() is None:
                self.table.selectRow(0)
        else:
            self.summary.setText(self.tr(
                "No backups yet. internapp makes one every day the window is open, and before "
                "every upgrade and import; you can make one at any time."))

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row_at(rows[0].row()).backup

    # --- actions -----------------------------------------------------------------------------

    def back_up_now(self) -> None:
        self.backup_button.setEnabled(False)
        self.backup_button.setText(self.tr("Backing up…"))
        store = self._store
        self._backing_up = BackgroundTask(lambda: store.backup("manual"), self)
        self._backing_up.finished.connect(self._backup_done)
        self._backing_up.failed.connect(self._backup_failed)
        self._backing_up.start()

    def _backup_done(self, _path) -> None:
        self.backup_button.setEnabled(True)
        self.backup_button.setText(self.tr("Back up now"))
        self.refresh()

    def _backup_failed(self, error: Exception) -> None:
        self.backup_button.setEnabled(True)
        self.backup_button.setText(self.tr("Back up now"))
        QMessageBox.warning(self, self.tr("Backup failed"), str(error))

    def restore_selected(self) -> RestoreDialog | None:
        backup = self.selected()
        if backup is None:
            return None
        row = self.model.row_at(self.table.selectionModel().selectedRows()[0].row())
        dialog = RestoreDialog(backup, row.counts, self)
        dialog.accepted.connect(lambda: self._on_restore(backup))
        dialog.open()
        self.restore_dialog = dialog
        return dialog
