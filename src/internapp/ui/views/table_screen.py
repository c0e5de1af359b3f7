"""A screen that lists records in a sortable, filterable table (or shows its empty state)."""

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from internapp.ui.models.rows_table_model import Column, RowsTableModel
from internapp.ui.views.base import Screen
from internapp.ui.widgets.empty_state import EmptyState


class TableScreen(Screen):
    def __init__(self, title: str, subtitle: str, columns: Sequence[Column],
                 load: Callable[[], Sequence[Any]], empty: EmptyState, *,
                 filter_placeholder: str = "Filter…", parent: QWidget | None = None) -> None:
        super().__init__(title, subtitle, parent)
        self._load = load
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(filter_placeholder)
        self.filter_edit.setClearButtonEnabled(True)
        layout.addWidget(self.filter_edit)

        self.model = RowsTableModel(columns, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        layout.addWidget(self.table, 1)

        self.count_label = QLabel()
        self.count_label.setObjectName("Muted")
        layout.addWidget(self.count_label)
        self.filter_edit.textChanged.connect(self._on_filter)
        self.set_pages(content, empty)

    def refresh(self) -> None:
        rows = self._load()
        self.model.set_rows(rows)
        self.show_empty(not rows)
        if rows:
            self.table.resizeColumnsToContents()
            for column in range(self.model.columnCount()):
                width = self.table.columnWidth(column)
                self.table.setColumnWidth(column, min(max(width + 16, 90), 320))
        self._update_count()

    def _on_filter(self, text: str) -> None:
        self.model.set_filter(text)
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total_count()
        self.count_label.setText(f"{total} in all" if shown == total else f"{shown} of {total} shown")
