"""Importing time from Toggl, Clockify, Watson or Timewarrior: the preview first — what will be
added, what is already here, every row that cannot be imported and why — with each project sent
to a new engagement or an existing one of the user's choice; then exactly that is written, in one
transaction, or nothing. Reading and writing run off the UI thread."""

import uuid
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from internapp.core.interchange import clockify, time_import, timewarrior, toggl, watson
from internapp.core.interchange.time_import import TimePreview
from internapp.core.services import timer
from internapp.core.store import Store
from internapp.ui import formats
from internapp.ui.i18n import QT_TRANSLATE_NOOP
from internapp.ui.views.time.bars import fit_height
from internapp.ui.wait import process_until
from internapp.ui.widgets.fields import ComboBox
from internapp.ui.worker import BackgroundTask

FORMATS = {  # (name, file dialog filter): translated where shown
    "toggl": (QT_TRANSLATE_NOOP("TimeImportDialog", "Toggl Track (detailed CSV)"),
              QT_TRANSLATE_NOOP("TimeImportDialog", "CSV files (*.csv);;All files (*)")),
    "clockify": (QT_TRANSLATE_NOOP("TimeImportDialog", "Clockify (detailed CSV)"),
                 QT_TRANSLATE_NOOP("TimeImportDialog", "CSV files (*.csv);;All files (*)")),
    "watson": (QT_TRANSLATE_NOOP("TimeImportDialog", "Watson (frames file)"),
               QT_TRANSLATE_NOOP("TimeImportDialog",
                                 "Watson frames (frames *.json);;All files (*)")),
    "timewarrior": (QT_TRANSLATE_NOOP("TimeImportDialog", "Timewarrior (timew export)"),
                    QT_TRANSLATE_NOOP("TimeImportDialog", "JSON (*.json);;All files (*)")),
}


def format_name(fmt: str) -> str:
    """The format's name in the window's language."""
    return QCoreApplication.translate("TimeImportDialog", FORMATS[fmt][0])


def format_filter(fmt: str) -> str:
    """The file dialog's filter for the format, in the window's language."""
    return QCoreApplication.translate("TimeImportDialog", FORMATS[fmt][1])
CREATE = "create"


def make_preview(store: Store, fmt: str, path: Path, tz: str) -> TimePreview:
    """``tz``: the zone of times the file gives without one (the user's)."""
    if fmt == "timewarrior":
        parsed = timewarrior.parse(path, tz, frozenset(time_import.engagement_keys(store)))
    else:
        parsed = {"toggl": toggl, "clockify": clockify, "watson": watson}[fmt].parse(path, tz)
    try:
        return time_import.preview(store, fmt, path, parsed, tz=tz)
    except BaseException:
        parsed.close()
        raise


class TimeImportDialog(QDialog):
    def __init__(self, store: Store, fmt: str, path, parent: QWidget | None = None, *,
                 tz: str) -> None:
        super().__init__(parent)
        self._store = store
        self._tz = tz  # the user's zone (the context's clock)
        self._fmt = fmt
        self._path = Path(path)
        self.plan: TimePreview | None = None
        self.result_report = None
        self._task: BackgroundTask | None = None
        self._busy = False
        self.setWindowTitle(self.tr("Import from {name}").format(name=format_name(fmt)))
        self.resize(760, 560)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        self.file_label = QLabel(self.tr("From {name}  ·  {folder}").format(
            name=self._path.name, folder=self._path.parent))
        self.file_label.setObjectName("Muted")
        self.summary_label = QLabel(self.tr("Reading the file…"))
        self.summary_label.setObjectName("EmptyTitle")
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.file_label)

        self.projects_label = QLabel(self.tr("Projects → engagements"))
        self.projects_label.setObjectName("CardTitle")
        self.projects = QTableWidget(0, 4)
        self.projects.setHorizontalHeaderLabels([self.tr("Project in the file"), self.tr("Entries"),
                                                 self.tr("Hours"), self.tr("Goes to")])
        self.rejected_label = QLabel()
        self.rejected_label.setObjectName("CardTitle")
        self.rejected = QTableWidget(0, 3)
        self.rejected.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Field"),
                                                 self.tr("Why it was not imported")])
        for table, stretch in ((self.projects, 0), (self.rejected, 2)):
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
            table.verticalHeader().hide()
            table.setShowGrid(False)
            table.setAlternatingRowColors(True)
            table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            table.setWordWrap(False)
            header = table.horizontalHeader()
            header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        self.projects.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.projects.verticalHeader().setDefaultSectionSize(34)  # room for the combo boxes
        layout.addWidget(self.projects_label)
        layout.addWidget(self.projects)
        layout.addWidget(self.rejected_label)
        layout.addWidget(self.rejected, 1)
        self.notes_label = QLabel()
        self.notes_label.setObjectName("Muted")
        self.notes_label.setWordWrap(True)
        layout.addWidget(self.notes_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setObjectName("Primary")
        self.import_button.setText(self.tr("Import"))
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.commit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for widget in (self.projects_label, self.projects, self.rejected_label, self.rejected):
            widget.hide()
        self.preview()

    # --- preview -------------------------------------------------------------------------

    def preview(self) -> None:
        self.import_button.setEnabled(False)
        self._busy = True
        self._task = BackgroundTask(partial(make_preview, self._store, self._fmt, self._path, self._tz),
                                    self)
        self._task.finished.connect(self._show_preview)
        self._task.failed.connect(self._show_failure)
        self._task.start()

    def wait(self) -> None:
        """Returns when the preview or the import in progress is done (tests, screenshots)."""
        process_until(lambda: not self._busy)

    def _show_failure(self, error: Exception) -> None:
        self._busy = False
        self.summary_label.setText(
            self.tr("Nothing can be imported from this file. {error}").format(error=error))
        self.import_button.setEnabled(False)

    def _show_preview(self, plan: TimePreview) -> None:
        self._busy = False
        if self.plan is not None:
            self.plan.close()  # the entries staged for the previous preview
        self.plan = plan
        count = plan.count
        parts = [self.tr("%Ln entries to import", "", count)]
        if plan.duplicates:
            parts.append(self.tr("%Ln already here", "", plan.duplicates))
        if plan.rejected:
            parts.append(self.tr("%Ln rows cannot be imported", "", len(plan.rejected)))
        self.summary_label.setText(" · ".join(parts))
        self._fill_projects(plan)
        self._fill_rejected(plan)
        notes = [*plan.timer_notes(), *plan.notes]
        self.notes_label.setText("\n".join(notes))
        self.notes_label.setVisible(bool(notes))
        self.import_button.setText(self.tr("Import %Ln entries", "", count))
        self.import_button.setEnabled(count > 0)

    def _fill_projects(self, plan: TimePreview) -> None:
        choices = timer.choices(self._store)
        self.projects.setRowCount(len(plan.projects))
        for row, (key, project) in enumerate(plan.projects.items()):
            self.projects.setItem(row, 0, QTableWidgetItem(project.name))
            for column, text in ((1, formats.number(project.entries)),
                                 (2, formats.duration(project.seconds))):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.projects.setItem(row, column, item)
            combo = ComboBox()
            combo.setAccessibleName(self.tr("Engagement for {project}").format(project=project.name))
            combo.setAccessibleDescription(self.tr("Where the entries of this project go"))
            combo.addItem(self.tr("A new engagement “{name}”").format(name=project.name), CREATE)
            for choice in choices:
                combo.addItem(choice.title, str(choice.engagement_id))  # ids as text: findData
            if project.engagement_id is not None:
                combo.setCurrentIndex(max(combo.findData(str(project.engagement_id)), 0))
            combo.setProperty("project_key", key)
            self.projects.setCellWidget(row, 3, combo)
        fit_height(self.projects, most_rows=6)
        visible = bool(plan.projects)
        self.projects_label.setVisible(visible)
        self.projects.setVisible(visible)

    def _fill_rejected(self, plan: TimePreview) -> None:
        self.rejected.setRowCount(len(plan.rejected))
        for row, rejected in enumerate(plan.rejected):
            for column, text in enumerate((str(rejected.row), rejected.field or "",
                                           rejected.reason)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.rejected.setItem(row, column, item)
        self.rejected_label.setText(self.tr("Rows that will not be imported ({n})").format(
            n=formats.number(len(plan.rejected))))
        self.rejected_label.setVisible(bool(plan.rejected))
        self.rejected.setVisible(bool(plan.rejected))

    def mapping_combo(self, project_name: str) -> QComboBox:
        for row in range(self.projects.rowCount()):
            if self.projects.item(row, 0).text() == project_name:
                return self.projects.cellWidget(row, 3)
        raise KeyError(project_name)

    # --- commit --------------------------------------------------------------------------

    def commit(self) -> None:
        if self.plan is None:
            return
        for row in range(self.projects.rowCount()):
            combo: QComboBox = self.projects.cellWidget(row, 3)
            value = combo.currentData()
            self.plan.map_project(combo.property("project_key"),
                                  None if value == CREATE else uuid.UUID(value),
                                  combo.currentText())
        self.import_button.setEnabled(False)
        self.summary_label.setText(self.tr("Importing…"))
        self._busy = True
        self._task = BackgroundTask(partial(time_import.commit, self._store, self.plan), self)
        self._task.finished.connect(self._on_committed)
        self._task.failed.connect(self._on_commit_failed)
        self._task.start()

    def done(self, result: int) -> None:
        super().done(result)
        if self.plan is not None and not self._busy:
            self.plan.close()  # the staged entries: written, or not wanted

    def _on_committed(self, report) -> None:
        self._busy = False
        self.result_report = report
        self.accept()

    def _on_commit_failed(self, error: Exception) -> None:
        self._busy = False
        self.summary_label.setText(self.tr("Nothing was imported: {error}").format(error=error))
        self.preview()
