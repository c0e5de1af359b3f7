"""Import contacts from a vCard file or LinkedIn's Connections.csv: a preview first (who is added,
who is already known, what is rejected and why), then the import exactly as previewed. Both run
off the UI thread and can be cancelled; a cancelled import writes nothing."""

import threading
from functools import partial
from pathlib import Path

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QProgressBar,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from internapp.core.interchange import contacts_import, linkedin, vcard
from internapp.core.interchange.contacts_import import ImportCancelled, ImportPlan
from internapp.core.store import Store
from internapp.ui.models.rows_table_model import Column, RowsTableModel
from internapp.ui.worker import BackgroundTask

FORMATS = {"vcard": ("vCard", vcard.read_file), "linkedin": ("LinkedIn connections",
                                                             linkedin.read_file)}

NEW_COLUMNS = [Column("Name", lambda p: p.name), Column("Organization", lambda p: p.organization),
               Column("Title", lambda p: p.title), Column("Emails", lambda p: p.emails),
               Column("Where", lambda p: p.row)]
KNOWN_COLUMNS = [Column("Name", lambda k: k.name), Column("Already there as", lambda k: k.existing),
                 Column("Because", lambda k: k.why), Column("Where", lambda k: k.row)]
REJECTED_COLUMNS = [Column("Where", lambda r: str(r.row)), Column("Field", lambda r: r.field),
                    Column("Why", lambda r: r.reason)]


def _table(columns, parent) -> tuple[QTableView, RowsTableModel]:
    model = RowsTableModel(columns, parent)
    view = QTableView()
    view.setModel(model)
    view.verticalHeader().hide()
    view.setShowGrid(False)
    view.setAlternatingRowColors(True)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view, model


class ContactsImportDialog(QDialog):
    def __init__(self, store: Store, fmt: str, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        label, self._parser = FORMATS[fmt]
        self._store, self._fmt, self._path = store, fmt, Path(path)
        self._cancel = threading.Event()
        self._task: BackgroundTask | None = None
        self.plan: ImportPlan | None = None
        self.imported: ImportPlan | None = None
        self.setWindowTitle(f"Import {label}")
        self.resize(860, 560)
        layout = QVBoxLayout(self)
        self.heading = QLabel(f"Reading {self._path.name}…")
        self.heading.setObjectName("EmptyTitle")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.detail = QLabel("Nothing is written until you choose Import.")
        self.detail.setObjectName("Muted")
        self.detail.setWordWrap(True)
        layout.addWidget(self.detail)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy
        layout.addWidget(self.progress)
        self.tabs = QTabWidget()
        self.new_view, self.new_model = _table(NEW_COLUMNS, self)
        self.known_view, self.known_model = _table(KNOWN_COLUMNS, self)
        self.rejected_view, self.rejected_model = _table(REJECTED_COLUMNS, self)
        self.left_out_view, self.left_out_model = _table(REJECTED_COLUMNS, self)
        self.tabs.addTab(self.new_view, "To add")
        self.tabs.addTab(self.known_view, "Already in your contacts")
        self.tabs.addTab(self.rejected_view, "Rejected")
        self.tabs.addTab(self.left_out_view, self.tr("Added without a field"))
        layout.addWidget(self.tabs, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton("Import",
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("Primary")
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.start_import)
        self.buttons.rejected.connect(self.cancel)
        layout.addWidget(self.buttons)
        self._run(dry_run=True)

    # --- work ------------------------------------------------------------------------------

    def _run(self, dry_run: bool) -> None:
        # the work holds plain values and an Event, never the dialog (see ui/worker.py)
        self._cancel = cancel = threading.Event()
        self.progress.show()
        self._task = BackgroundTask(partial(contacts_import.run_plan, self._store, self._fmt,
                                            self._path, self._parser, dry_run,
                                            should_cancel=cancel.is_set), self)
        self._task.finished.connect(self._previewed if dry_run else self._imported)
        self._task.failed.connect(self._failed)
        self._task.start()

    def busy(self) -> bool:
        return self._task is not None and self._task.running()

    def start_import(self) -> None:
        self.import_button.setEnabled(False)
        self.heading.setText(f"Importing {self._path.name}…")
        self._run(dry_run=False)

    def cancel(self) -> None:
        self.reject()

    def done(self, result: int) -> None:
        """However the dialog ends (Cancel, Close, Escape, the window's close button), a running
        preview or import is told to stop and is waited for: it writes nothing and never
        outlives the dialog."""
        self._stop_work()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:  # also when closed without being shown
        self._stop_work()
        super().closeEvent(event)

    def _stop_work(self) -> None:
        if self.busy():
            self._cancel.set()  # the worker stops at its next record and writes nothing
            self._task.wait()

    # --- results ---------------------------------------------------------------------------

    def _show(self, plan: ImportPlan) -> None:
        self.progress.hide()
        self.new_model.set_rows(plan.create)
        self.known_model.set_rows(plan.known)
        self.rejected_model.set_rows(plan.report.rejected)
        self.left_out_model.set_rows(plan.report.left_out)
        for view, model in ((self.new_view, self.new_model), (self.known_view, self.known_model),
                            (self.rejected_view, self.rejected_model),
                            (self.left_out_view, self.left_out_model)):
            view.resizeColumnsToContents()
            for column in range(model.columnCount() - 1):
                view.setColumnWidth(column, min(view.columnWidth(column) + 16, 260))
        self.tabs.setTabText(0, f"To add ({len(plan.create)})")
        self.tabs.setTabText(1, f"Already in your contacts ({len(plan.known)})")
        self.tabs.setTabText(2, f"Rejected ({len(plan.report.rejected)})")
        self.tabs.setTabText(3, self.tr("Added without a field ({n})").format(
            n=len(plan.report.left_out)))
        if not plan.create and plan.report.rejected:
            self.tabs.setCurrentIndex(2)

    def _previewed(self, plan: ImportPlan) -> None:
        self.plan = plan
        self._show(plan)
        n = len(plan.create)
        self.heading.setText(f"{n} new contact{'s' if n != 1 else ''} to add from {self._path.name}"
                             if n else f"Nothing new to add from {self._path.name}")
        parts = [f"{len(plan.known)} already in your contacts (matched by UID, email or LinkedIn "
                 "profile)", f"{len(plan.report.rejected)} rejected — see why in the last tab"]
        self.detail.setText("; ".join(parts) + ". " + " ".join(plan.report.notes[:3]))
        self.import_button.setText(f"Import {n} contact{'s' if n != 1 else ''}")
        self.import_button.setEnabled(n > 0)

    def _imported(self, plan: ImportPlan) -> None:
        self.imported = plan
        self._show(plan)
        n = len(plan.create)
        self.heading.setText(f"Imported {n} contact{'s' if n != 1 else ''}")
        self.detail.setText(f"{len(plan.known)} were already there; "
                            f"{len(plan.report.rejected)} could not be read.")
        self.import_button.hide()
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("Close")
        self._task = None

    def _failed(self, error: Exception) -> None:
        self.progress.hide()
        self._task = None
        if isinstance(error, ImportCancelled):
            self.heading.setText("Cancelled — nothing was imported")
        else:
            self.heading.setText("This file cannot be imported")
            self.detail.setText(str(error))
        self.import_button.setEnabled(False)
