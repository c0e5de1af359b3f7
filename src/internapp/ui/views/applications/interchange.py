"""Import and export of applications from the window: the file is read, previewed, written and
exported on a worker thread, so the window stays responsive with thousands of rows."""

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from internapp.core.interchange import applications_csv, applications_json
from internapp.core.interchange.applications_plan import ImportPlan, apply
from internapp.core.store import Store
from internapp.ui.dialogs.import_preview import ImportPreviewDialog
from internapp.ui.worker import BackgroundTask

FORMATS = {"csv": applications_csv, "json": applications_json}


def _module(path: Path):
    return applications_json if path.suffix.casefold() == ".json" else applications_csv


class ApplicationsInterchange(QObject):
    """Runs the steps and reports through ``message`` (text, is_error) and ``busy``."""

    message = Signal(str, bool)
    busy = Signal(bool)

    def __init__(self, store: Store, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self._store = store
        self._parent = parent_widget
        self.task: BackgroundTask | None = None
        self.dialog: ImportPreviewDialog | None = None

    def choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self._parent, self.tr("Import applications"), str(Path.home()),
            self.tr("Applications (*.csv *.json);;CSV (*.csv);;JSON (*.json)"))
        if path:
            self.start_import(Path(path))

    def choose_export(self, kind: str) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self._parent, self.tr("Export applications"), str(Path.home() / f"applications.{kind}"),
            self.tr("CSV (*.csv)") if kind == "csv" else self.tr("JSON (*.json)"))
        if path:
            self.start_export(Path(path), kind)

    def start_import(self, path: Path) -> BackgroundTask:
        module = _module(path)
        return self._run(lambda: module.preview_file(self._store, path), self._show_preview,
                         self.tr("Reading {name}…").format(name=path.name))

    def start_export(self, path: Path, kind: str) -> BackgroundTask:
        module = FORMATS[kind]
        return self._run(lambda: module.export_file(self._store, path),
                         lambda count: self.message.emit(
                             self.tr("Exported %Ln applications with their history to {path}", "",
                                     count).format(path=path), False),
                         self.tr("Exporting to {name}…").format(name=path.name))

    def _show_preview(self, plan: ImportPlan) -> None:
        self.dialog = ImportPreviewDialog(plan, self._parent)
        self.dialog.accepted.connect(lambda: self._write(plan))
        self.dialog.open()

    def _write(self, plan: ImportPlan) -> None:
        def done(report) -> None:
            count = report.created.get("applications", 0)
            self.message.emit(self.tr("Imported %Ln applications", "", count)
                              + (self.tr("; %Ln rows were not imported", "", len(report.rejected))
                                 if report.rejected else ""), False)

        self._run(lambda: apply(self._store, plan), done, self.tr("Importing…"))

    def _run(self, work, on_done, status: str) -> BackgroundTask:
        self.busy.emit(True)
        self.message.emit(status, False)
        self.task = BackgroundTask(work, self)
        self.task.finished.connect(lambda result: (self.busy.emit(False), on_done(result)))
        self.task.failed.connect(lambda error: (self.busy.emit(False),
                                                self.message.emit(str(error), True)))
        self.task.start()
        return self.task
