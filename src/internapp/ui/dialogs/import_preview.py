"""The preview of an applications import: what will be created, what is already here, and every
row that cannot be imported with the reason. Nothing is written until "Import" is pressed, and
then exactly what is shown here."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from internapp.core.interchange.applications_plan import ImportPlan
from internapp.ui import formats
from internapp.ui.models.rows_table_model import Column, RowsTableModel


def _table(columns: list[Column], rows: list, parent: QWidget) -> QTableView:
    table = QTableView(parent)
    model = RowsTableModel(columns, table)
    model.set_rows(rows)
    table.setModel(model)
    table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    table.setSortingEnabled(True)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.verticalHeader().hide()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setDefaultAlignment(
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.resizeColumnsToContents()
    return table


class ImportPreviewDialog(QDialog):
    def __init__(self, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        report = plan.report
        count = len(plan.applications)
        self.setWindowTitle(self.tr("Import applications"))
        self.resize(860, 560)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("%Ln applications ready to import", "", count))
        title.setObjectName("DialogTitle")
        layout.addWidget(title)
        parts = [self.tr("from {source}").format(source=report.source)]
        if report.created.get("organizations"):
            parts.append(self.tr("%Ln new organizations", "", report.created["organizations"]))
        if plan.new_stages:
            parts.append(self.tr("new stages: {names}").format(
                names=", ".join(s.name for s in plan.new_stages)))
        if report.duplicates:
            parts.append(self.tr("%Ln already here (skipped)", "", report.duplicates))
        parts.append(self.tr("%Ln rows cannot be imported", "", len(report.rejected)))
        self.summary_label = QLabel(" · ".join(parts))
        self.summary_label.setObjectName("Muted")
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)
        for note in report.notes:
            label = QLabel(self.tr("Note: {note}").format(note=note))
            label.setObjectName("Muted")
            layout.addWidget(label)
        self.tabs = QTabWidget()
        self.planned_table = _table(self._planned_columns(), plan.applications, self)
        self.rejected_table = _table(self._rejected_columns(), report.rejected, self)
        self.left_out_table = _table(self._rejected_columns(), report.left_out, self)
        self.tabs.addTab(self.planned_table, self.tr("To import ({n})").format(n=formats.number(count)))
        self.tabs.addTab(self.rejected_table, self.tr("Cannot import ({n})").format(
            n=formats.number(len(report.rejected))))
        if report.left_out:  # imported, without a field that could not be read
            self.tabs.addTab(self.left_out_table, self.tr("Imported without a field ({n})").format(
                n=formats.number(len(report.left_out))))
        else:  # on no tab: hidden, or it would be drawn in the dialog's top-left corner
            self.left_out_table.hide()
        if not count and report.rejected:
            self.tabs.setCurrentIndex(1)
        layout.addWidget(self.tabs, 1)
        hint = QLabel(self.tr("Nothing has been written yet. Import adds exactly the rows listed "
                              "under “To import”, all at once — or nothing, if the data changed "
                              "meanwhile."))
        hint.setObjectName("Muted")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("Import %Ln", "", count))
        self.import_button.setEnabled(count > 0)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _planned_columns(self) -> list[Column]:
        return [
            Column(self.tr("Row"), lambda p: p.row, align_right=True),
            Column(self.tr("Organization"), lambda p: p.organization),
            Column(self.tr("Role"), lambda p: p.values.get("role")),
            Column(self.tr("Stage"), lambda p: p.stage),
            Column(self.tr("Source"), lambda p: p.values.get("source")),
            Column(self.tr("Applied"), lambda p: p.values.get("applied_on")),
            Column(self.tr("History"), lambda p: len(p.history),
                   text=lambda p: self.tr("%Ln steps", "", len(p.history))),
        ]

    def _rejected_columns(self) -> list[Column]:
        return [Column(self.tr("Row"), lambda r: r.row, align_right=True),
                Column(self.tr("Field"), lambda r: r.field),
                Column(self.tr("Why"), lambda r: r.reason)]
