"""A chart and its text alternative: the same data as a table (Chart | Table switch above it),
for keyboard and screen-reader users and for anyone who wants the numbers. The table is a plain
QTableWidget a screen reader walks cell by cell; the chart keeps a one-line summary as its
accessible description."""

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from internapp.ui.widgets.page_stack import PageStack
from internapp.ui.widgets.segmented import segmented
from internapp.ui.widgets.table_columns import ColumnFitter


class ChartAlternative(QWidget):
    def __init__(self, chart: QWidget, headers: list[str], *, eliding: list[int],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = chart
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.switch, row = segmented(self, [self.tr("Chart"), self.tr("Table")])
        self.switch.button(0).setToolTip(self.tr("Show the chart"))
        self.switch.button(1).setToolTip(self.tr("Show the same data as a table (for a screen "
                                                 "reader, or to read the numbers)"))
        bar = QHBoxLayout()
        bar.addLayout(row)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.table = QTableWidget(0, len(headers))
        self.table.setObjectName("ChartTable")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        ColumnFitter(self.table, elide=eliding)
        self.pages = PageStack()
        self.pages.addWidget(chart)
        self.pages.addWidget(self.table)
        layout.addWidget(self.pages, 1)
        self.switch.idClicked.connect(self.pages.setCurrentIndex)

    def show_table(self, shown: bool = True) -> None:
        self.pages.setCurrentIndex(1 if shown else 0)
        self.switch.button(1 if shown else 0).setChecked(True)

    def set_rows(self, rows: list[list[str]], summary: str) -> None:
        """The table's rows (texts, one per column) and the chart's one-line description."""
        self.table.setRowCount(len(rows))
        for number, cells in enumerate(rows):
            for column, text in enumerate(cells):
                self.table.setItem(number, column, QTableWidgetItem(text))
        self.chart.setAccessibleName(summary.split(":")[0])
        self.chart.setAccessibleDescription(summary)
