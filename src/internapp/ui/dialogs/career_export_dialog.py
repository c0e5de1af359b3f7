"""Exporting career outcomes from the window: a portfolio (PDF, HTML, Markdown), a JSON Resume or
a credit report (PDF, CSV). The file is written off the UI thread (``ui/worker.BackgroundTask``)
with its progress shown; a refused choice (an unwritable folder, a character the PDF fonts lack)
is said in the dialog, which stays open, and nothing is left behind."""

import uuid
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from internapp.core.clock import Clock
from internapp.core.services import engagements, target_roles
from internapp.core.services.engagement_facts import FINISHED
from internapp.core.services.errors import ValidationError
from internapp.core.services.fields import parse_date
from internapp.core.store import Store
from internapp.ui import formats
from internapp.ui.widgets.date_field import DateField
from internapp.ui.widgets.fields import ComboBox
from internapp.ui.worker import BackgroundTask

PORTFOLIO, JSON_RESUME, CREDIT = "portfolio", "jsonresume", "credit"
# (format key, suffix); the labels are translated in the dialog
FORMATS = {PORTFOLIO: [("pdf-a4", ".pdf"), ("pdf-letter", ".pdf"), ("html", ".html"),
                       ("markdown", ".md")],
           JSON_RESUME: [("json", ".json")],
           CREDIT: [("pdf-a4", ".pdf"), ("pdf-letter", ".pdf"), ("csv", ".csv")]}
DEFAULT_NAMES = {PORTFOLIO: "portfolio", JSON_RESUME: "resume", CREDIT: "credit-report"}


class CareerExportDialog(QDialog):
    progress = Signal(str)  # from the worker thread: what it is doing now

    def __init__(self, store: Store, kind: str, folder: Path | None = None,
                 engagement_id=None, parent: QWidget | None = None, *, clock: Clock) -> None:
        super().__init__(parent)
        self._store = store
        self._clock = clock
        self.kind = kind
        self.task: BackgroundTask | None = None
        self.written: Path | None = None
        self.setWindowTitle({PORTFOLIO: self.tr("Export a portfolio"),
                             JSON_RESUME: self.tr("Export a JSON Resume"),
                             CREDIT: self.tr("Export a credit report")}[kind])
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel({
            PORTFOLIO: self.tr("Your finished engagements with their hours, résumé lines, "
                               "deliverables, results and stories. A target role puts what "
                               "shows its skills first and adds the skill radar."),
            JSON_RESUME: self.tr("A résumé in the JSON Resume format (jsonresume.org) that "
                                 "résumé themes and job sites read."),
            CREDIT: self.tr("Hours week by week with the notes you logged, for a university or "
                            "placement office, with lines to sign."),
        }[kind])
        intro.setWordWrap(True)
        intro.setObjectName("Muted")
        layout.addWidget(intro)
        self.form = QFormLayout()
        self.form.setHorizontalSpacing(14)
        layout.addLayout(self.form)
        rows = engagements.list_rows(store)
        if kind == CREDIT:
            self._build_credit(rows, engagement_id)
        else:
            self._build_portfolio(rows)
        layout.insertWidget(layout.indexOf(self.form), self.empty_label)  # above the form, in
        self.empty_label.setVisible(not rows)  # the whole width, where the list would be
        self.format_box = ComboBox()
        labels = {"pdf-a4": self.tr("PDF, A4"), "pdf-letter": self.tr("PDF, Letter"),
                  "html": self.tr("HTML page with a folder of files"),
                  "markdown": self.tr("Markdown"), "json": self.tr("JSON Resume (.json)"),
                  "csv": self.tr("CSV spreadsheet")}
        for key, suffix in FORMATS[kind]:
            self.format_box.addItem(labels[key], (key, suffix))
        self.format_box.currentIndexChanged.connect(lambda _i: self._match_suffix())
        self.form.addRow(self.tr("Format"), self.format_box)
        self.path_edit = QLineEdit(str((folder or Path.home()) / (DEFAULT_NAMES[kind]
                                                                  + FORMATS[kind][0][1])))
        self.path_edit.setCursorPosition(0)
        self.path_edit.setAccessibleName(self.tr("Save as"))
        self.path_edit.setAccessibleDescription(self.tr("The file to write"))
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(lambda: self.choose_file())
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(choose)
        self.form.addRow(self.tr("Save as"), path_row)

        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.hide()
        layout.addWidget(self.status_label)
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 0)  # busy: the work is short and has no steps to count
        self.progress_bar.setTextVisible(False)
        self.progress_bar.hide()
        layout.addWidget(self.progress_bar)
        self.buttons = QDialogButtonBox()
        self.close_button = self.buttons.addButton(self.tr("Close"),
                                                   QDialogButtonBox.ButtonRole.RejectRole)
        self.export_button = self.buttons.addButton(self.tr("Export"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("Primary")
        self.open_button = self.buttons.addButton(self.tr("Open"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.hide()
        self.open_button.clicked.connect(self.open_written)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.progress.connect(self._show_progress)
        self._update_export()

    # --- building --------------------------------------------------------------------------

    def _build_portfolio(self, rows) -> None:
        self.engagement_list = QListWidget()
        for row in rows:
            item = QListWidgetItem(row.title + (f" — {row.organization}" if row.organization
                                                else ""))
            item.setData(Qt.ItemDataRole.UserRole, str(row.id))
            item.setToolTip(item.text())  # a long name is cut short in the list
            item.setCheckState(_checked(row.status in FINISHED))
            self.engagement_list.addItem(item)
        self.engagement_list.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # both ends show
        self.engagement_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.engagement_list.ensurePolished()  # the stylesheet's row padding, before measuring
        row_height = max(self.engagement_list.sizeHintForRow(0) if rows else 0,
                         self.engagement_list.fontMetrics().lineSpacing() + 4)
        frame = 2 * self.engagement_list.frameWidth() + 6
        self.engagement_list.setMinimumHeight(2 * row_height + frame)  # shrinks, never overlaps
        self.engagement_list.setMaximumHeight(min(max(len(rows), 2), 8) * row_height + frame)
        self.engagement_list.setToolTip(self.tr("The finished ones are ticked; tick any other"))
        self.engagement_list.itemChanged.connect(lambda _item: self._update_export())
        self.empty_label = self._empty_label(self.tr(
            "No engagements yet. Add one with “New engagement”, or accept an offer on the "
            "Applications screen; it appears here, ticked once it is finished."))
        self.ticked_label = QLabel()  # how many are ticked, or that one must be: a line always
        self.ticked_label.setObjectName("Muted")  # there, so unticking the last one does not
        self.ticked_label.setWordWrap(True)  # squeeze the list by a row
        self.form.addRow(self.tr("Engagements"), self.engagement_list)
        self.form.addRow("", self.ticked_label)
        for row in (self.engagement_list, self.ticked_label):
            self.form.setRowVisible(row, bool(rows))  # the empty label says why there are none
        self.target_box = ComboBox()
        self.target_box.addItem(self.tr("None (your order, no radar)"), None)
        for role in target_roles.list_roles(self._store):
            self.target_box.addItem(role.name, role.name)
        self.form.addRow(self.tr("Target role"), self.target_box)
        self.contact_box = QCheckBox(self.tr("Include contact details"))
        self.contact_box.setToolTip(self.tr("Your phone number, and the e-mail of supervisors who "
                                            "agreed to be a reference. Left out unless ticked."))
        self.form.addRow("", self.contact_box)

    def _build_credit(self, rows, engagement_id) -> None:
        self.one_radio = QRadioButton(self.tr("One engagement"))
        self.period_radio = QRadioButton(self.tr("Every engagement in a period"))
        group = QButtonGroup(self)
        group.addButton(self.one_radio)
        group.addButton(self.period_radio)
        self.one_radio.setChecked(True)
        self.engagement_box = ComboBox()
        for row in rows:
            self.engagement_box.addItem(row.title, str(row.id))
        if engagement_id is not None:
            self.engagement_box.setCurrentIndex(max(self.engagement_box.findData(
                str(engagement_id)), 0))
        self.first_edit, self.last_edit = DateField(clock=self._clock), DateField(clock=self._clock)
        self.first_edit.edit.setAccessibleName(self.tr("First day"))
        self.last_edit.edit.setAccessibleName(self.tr("Last day"))
        period = QHBoxLayout()
        period.addWidget(self.first_edit)
        period.addWidget(QLabel(self.tr("to")))
        period.addWidget(self.last_edit)
        period.addStretch(1)
        self.form.addRow(self.one_radio)
        self.form.addRow(self.tr("Engagement"), self.engagement_box)
        self.form.addRow(self.period_radio)
        self.form.addRow(self.tr("Days"), period)
        self.empty_label = self._empty_label(self.tr(
            "No engagements yet, so no hours to report. Add one with “New engagement”, or accept "
            "an offer on the Applications screen, and log its hours."))
        for row in (self.one_radio, self.engagement_box, self.period_radio, period):
            self.form.setRowVisible(row, bool(rows))  # the empty label says why there are none
        for field in (self.first_edit, self.last_edit):
            field.changed.connect(lambda: self.period_radio.setChecked(True))
        self.engagement_box.activated.connect(lambda _i: self.one_radio.setChecked(True))

    def _empty_label(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("EmptyBody")  # as the other empty lists say it (conflicts, contacts)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)  # under the
        return label  # intro; the height the dialog takes from its narrower hint goes below

    # --- choosing --------------------------------------------------------------------------

    def chosen_engagements(self) -> list[uuid.UUID]:
        return [uuid.UUID(self.engagement_list.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(self.engagement_list.count())
                if self.engagement_list.item(i).checkState() == _checked(True)]

    def _update_export(self) -> None:
        """Export only with something to export: an engagement ticked (or, for a credit report,
        one there); under the list, how many are ticked or that one must be."""
        if self.kind == CREDIT:
            ready = self.engagement_box.count() > 0
        else:
            ticked = len(self.chosen_engagements())
            ready = ticked > 0
            self.ticked_label.setText(
                self.tr("%Ln of {total} ticked", "", ticked).format(
                    total=formats.number(self.engagement_list.count())) if ready
                else self.tr("Tick at least one engagement to export."))
        if not self._busy():  # the export's end enables it again
            self.export_button.setEnabled(ready)

    def _busy(self) -> bool:
        return self.task is not None and not self.close_button.isEnabled()

    def _match_suffix(self) -> None:
        _key, suffix = self.format_box.currentData()
        path = Path(self.path_edit.text().strip() or DEFAULT_NAMES[self.kind])
        self.path_edit.setText(str(path.with_suffix(suffix)))

    def choose_file(self, path: str | None = None) -> None:
        if path is None:
            _key, suffix = self.format_box.currentData()
            path, _ = QFileDialog.getSaveFileName(self, self.windowTitle(), self.path_edit.text(),
                                                  f"*{suffix}")
        if path:
            self.path_edit.setText(path)
            self._match_suffix()

    # --- writing ---------------------------------------------------------------------------

    def job(self):
        """The export as a function for the worker, with every choice read here, on the UI
        thread (the worker never touches a widget). Refuses an incomplete choice at once."""
        from internapp.ui.printing import career

        key, _suffix = self.format_box.currentData()
        path = Path(self.path_edit.text().strip())
        page = "letter" if key == "pdf-letter" else "a4"
        say = self.progress.emit  # a signal: safe to emit from the worker
        store, clock = self._store, self._clock  # plain values, not the dialog (ui/worker.py)
        if self.kind == CREDIT:
            if self.engagement_box.count() == 0:  # nor a period of them: no report to write
                raise ValidationError("engagement", "there is no engagement yet")
            if self.one_radio.isChecked():
                engagement_id = uuid.UUID(self.engagement_box.currentData())
                return lambda: career.export_credit_report(
                    store, path, engagement_id=engagement_id, page_size=page, progress=say,
                    clock=clock)
            first = parse_date("from", self.first_edit.value())
            last = parse_date("to", self.last_edit.value())
            if first is None or last is None:
                raise ValidationError("period", "give the first and the last day")
            return lambda: career.export_credit_report(store, path, first=first, last=last,
                                                       page_size=page, progress=say, clock=clock)
        chosen = self.chosen_engagements()
        if not chosen:
            raise ValidationError("engagements", "tick at least one engagement")
        target, details = self.target_box.currentData(), self.contact_box.isChecked()
        if self.kind == JSON_RESUME:
            return lambda: career.export_json_resume(store, path, target=target,
                                                     engagement_ids=chosen,
                                                     contact_details=details)
        return lambda: career.export_portfolio(store, path, target=target,
                                               engagement_ids=chosen, page_size=page,
                                               contact_details=details, progress=say)

    def start(self) -> BackgroundTask | None:
        from internapp.ui.printing.fonts import ensure_fonts

        try:
            job = self.job()
        except ValidationError as error:
            self._failed(error)
            return None
        ensure_fonts()  # registered on the UI thread, before the worker lays out a page
        self.export_button.setEnabled(False)
        self.close_button.setEnabled(False)
        self.open_button.hide()
        self.progress_bar.show()
        self._show_progress(self.tr("Starting…"))
        self.task = BackgroundTask(job, self)
        self.task.finished.connect(self._finished)
        self.task.failed.connect(self._failed)
        self.task.start()
        return self.task

    @Slot(str)
    def _show_progress(self, text: str) -> None:
        self.status_label.setObjectName("Muted")
        self._restyle(text)

    def _finished(self, written) -> None:
        self.written = written.path
        self._done()
        self.status_label.setObjectName("InfoText")
        self._restyle(self.tr("Wrote {path}").format(path=written.path)
                      + (" " + self.tr("and its files in {folder}").format(folder=written.folder)
                         if written.folder else ""))
        self.open_button.show()

    def _failed(self, error: Exception) -> None:
        self._done()
        self.status_label.setObjectName("ErrorText")
        self._restyle(str(error) if isinstance(error, ValidationError)
                      else self.tr("The export failed: {error}").format(error=error))

    def _done(self) -> None:
        self.progress_bar.hide()
        self.close_button.setEnabled(True)
        self._update_export()

    def _restyle(self, text: str) -> None:
        self.status_label.style().unpolish(self.status_label)
        self.status_label.style().polish(self.status_label)
        self.status_label.setText(text)
        self.status_label.show()

    def open_written(self) -> None:
        if self.written is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.written)))

    def reject(self) -> None:
        if self._busy():
            return  # still writing: the file is finished first
        super().reject()


def _checked(on: bool) -> Qt.CheckState:
    return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
