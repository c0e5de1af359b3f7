"""Import contacts from a vCard file or LinkedIn's Connections.csv: a preview first (who is added,
who is already known, what is rejected and why), then the import exactly as previewed. Both run
off the UI thread and can be cancelled; a cancelled import writes nothing."""

import threading
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication
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
from internapp.ui.i18n import QT_TRANSLATE_NOOP
from internapp.ui.models.rows_table_model import Column, RowsTableModel
from internapp.ui.worker import BackgroundTask

FORMATS = {"vcard": (QT_TRANSLATE_NOOP("ContactsImportDialog", "vCard"), vcard.read_file),
           "linkedin": (QT_TRANSLATE_NOOP("ContactsImportDialog", "LinkedIn connections"),
                        linkedin.read_file)}


def _tr(text: str) -> str:
    """A string marked with QT_TRANSLATE_NOOP("ContactsImportDialog", …) above or below."""
    return QCoreApplication.translate("ContactsImportDialog", text)


def new_columns() -> list[Column]:
    return [Column(_tr(QT_TRANSLATE_NOOP("ContactsImportDialog", "Name")), lambda p: p.name),
            Column(_tr(QT_TRANSLATE_NOOP("ContactsImportDialog", "Organization")),
                   lambda p: p.organization),
            Column(_tr(QT_TRANSLATE_NOOP("ContactsImportDialog", "Title")), lambda p: p.title),
            Column(_tr(QT_TRANSLATE_NOOP("ContactsImportDialog", "Emails")), lambda p: p.emails),
            Column(_tr(QT_TRANSLATE_NOOP("ContactsImportDialog", "Where")), lambda p: p.row)]


def known_columns() -> list[Column]:
    return [Column(_tr(QT_TRANSLATE_NOOP("ContactsImportDialog", "Name")), lambda k: k.name),
            Column(_tr(QT_TRANSLATE_NOOP("ContactsImportDialog", "Already there as")),
                   lambda k: k.existing),
            Column(_tr(QT_TRANSLATE_NOOP("ContactsImportDialog", "Because")), lambda k: k.why),
            Column(_tr(QT_TRANSLATE_NOOP("ContactsImportDialog", "Where")), lambda k: k.row)]


def rejected_columns() -> list[Column]:
    return [Column(_tr(QT_TRANSLATE_NOOP("ContactsImportDialog", "Where")), lambda r: str(r.row)),
            Column(_tr(QT_TRANSLATE_NOOP("ContactsImportDialog", "Field")), lambda r: r.field),
            Column(_tr(QT_TRANSLATE_NOOP("ContactsImportDialog", "Why")), lambda r: r.reason)]


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
        self.setWindowTitle(self.tr("Import {format}").format(format=_tr(label)))
        self.resize(860, 560)
        layout = QVBoxLayout(self)
        self.heading = QLabel(self.tr("Reading {file}…").format(file=self._path.name))
        self.heading.setObjectName("EmptyTitle")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.detail = QLabel(self.tr("Nothing is written until you choose Import."))
        self.detail.setObjectName("Muted")
        self.detail.setWordWrap(True)
        layout.addWidget(self.detail)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy
        layout.addWidget(self.progress)
        self.tabs = QTabWidget()
        self.new_view, self.new_model = _table(new_columns(), self)
        self.known_view, self.known_model = _table(known_columns(), self)
        self.rejected_view, self.rejected_model = _table(rejected_columns(), self)
        self.left_out_view, self.left_out_model = _table(rejected_columns(), self)
        self.tabs.addTab(self.new_view, self.tr("To add"))
        self.tabs.addTab(self.known_view, self.tr("Already in your contacts"))
        self.tabs.addTab(self.rejected_view, self.tr("Rejected"))
        self.tabs.addTab(self.left_out_view, self.tr("Added without a field"))
        layout.addWidget(self.tabs, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("Import"),
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
        self.heading.setText(self.tr("Importing {file}…").format(file=self._path.name))
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
        self.tabs.setTabText(0, self.tr("To add ({n})").format(n=len(plan.create)))
        self.tabs.setTabText(1, self.tr("Already in your contacts ({n})").format(n=len(plan.known)))
        self.tabs.setTabText(2, self.tr("Rejected ({n})").format(n=len(plan.report.rejected)))
        self.tabs.setTabText(3, self.tr("Added without a field ({n})").format(
            n=len(plan.report.left_out)))
        if not plan.create and plan.report.rejected:
            self.tabs.setCurrentIndex(2)

    def _previewed(self, plan: ImportPlan) -> None:
        self.plan = plan
        self._show(plan)
        n = len(plan.create)
        self.heading.setText(
            self.tr("%Ln new contacts to add from {file}", "", n).format(file=self._path.name)
            if n else self.tr("Nothing new to add from {file}").format(file=self._path.name))
        parts = [self.tr("%Ln are already in your contacts (matched by UID, email or LinkedIn profile)",
                         "", len(plan.known)),
                 self.tr("%Ln rejected — see why in the last tab", "", len(plan.report.rejected))]
        self.detail.setText("; ".join(parts) + ". " + " ".join(plan.report.notes[:3]))
        self.import_button.setText(self.tr("Import %Ln contacts", "", n))
        self.import_button.setEnabled(n > 0)

    def _imported(self, plan: ImportPlan) -> None:
        self.imported = plan
        self._show(plan)
        n = len(plan.create)
        self.heading.setText(self.tr("Imported %Ln contacts", "", n))
        self.detail.setText(self.tr("%Ln were already there", "", len(plan.known)) + "; "
                            + self.tr("%Ln could not be read.", "", len(plan.report.rejected)))
        self.import_button.hide()
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
        self._task = None

    def _failed(self, error: Exception) -> None:
        self.progress.hide()
        self._task = None
        if isinstance(error, ImportCancelled):
            self.heading.setText(self.tr("Cancelled — nothing was imported"))
        else:
            self.heading.setText(self.tr("This file cannot be imported"))
            self.detail.setText(str(error))
        self.import_button.setEnabled(False)
