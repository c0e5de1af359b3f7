"""A table model over a plain list of row objects that sorts and filters its own list.

Never put a QSortFilterProxyModel over this (measured here: 24 s to sort 100,000 rows that way);
``sort`` reorders the list itself (tens of milliseconds) and ``set_filter`` narrows it with a
lowercase haystack per row, built on the first filter (so loading a big table does not pay it).
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from internapp.ui import formats

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    title: str
    value: Callable[[Any], Any]  # the sort key and, unless ``text`` is given, what is shown
    text: Callable[[Any], str] | None = None
    align_right: bool = False
    searchable: bool = True


def format_value(value: Any) -> str:
    """What a cell shows for its value: dates and moments as the locale writes them (the sort
    still goes by the value itself)."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return formats.date_and_time(value)
    if isinstance(value, date):
        return formats.medium_date(value)
    if isinstance(value, list | tuple):
        return ", ".join(map(str, value))
    return str(value)


def _iso_dates(columns: Sequence[Column], row: Any) -> str:
    """The row's dates as ISO too (``2026-01-05``), so a filter finds them as typed that way."""
    dates = [value for value in (column.value(row) for column in columns)
             if isinstance(value, date)]
    return "".join(f" {value.isoformat()}" for value in dates)


class RowsTableModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], parent=None, *,
                 search_text: Callable[[Any], str] | None = None) -> None:
        """``search_text(row)``, when given, adds text the filter searches beyond the columns."""
        super().__init__(parent)
        self._columns = list(columns)
        self._search_text = search_text
        self._all: list[Any] = []
        self._haystacks: dict[int, str] = {}
        self._rows: list[Any] = []
        self._filter = ""
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # --- data in ---------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._all = list(rows)
        self._haystacks = {}
        self._rows = self._filtered()
        if self._sort:
            self._sort_rows(*self._sort)
        self.endResetModel()

    def set_filter(self, text: str) -> None:
        words = text.casefold().split()
        self.beginResetModel()
        self._filter = " ".join(words)
        self._rows = self._filtered()
        if self._sort:
            self._sort_rows(*self._sort)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def rows(self) -> list[Any]:
        return list(self._rows)

    def total_count(self) -> int:
        return len(self._all)

    # --- Qt model --------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self._columns[index.column()]
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell_text(column, row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].title
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        if 0 <= column < len(self._columns):
            self._sort = (column, order)
            self._sort_rows(column, order)
        else:  # no sort column: back to the order the rows were given in
            self._sort = None
            self._rows = self._filtered()
        self.layoutChanged.emit()

    # --- internals -------------------------------------------------------------------------

    def _cell_text(self, column: Column, row: Any) -> str:
        return column.text(row) if column.text else format_value(column.value(row))

    def _filtered(self) -> list[Any]:
        if not self._filter:
            return list(self._all)
        if not self._haystacks:
            searchable = [column for column in self._columns if column.searchable]
            extra = self._search_text
            self._haystacks = {
                id(row): (" ".join(self._cell_text(column, row) for column in searchable)
                          + _iso_dates(searchable, row)
                          + (" " + extra(row) if extra else "")).casefold()
                for row in self._all
            }
        words = self._filter.split()
        return [row for row in self._all
                if all(word in self._haystacks[id(row)] for word in words)]

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        key = self._columns[column].value

        def sort_key(row: Any) -> tuple:
            value = key(row)
            if value is None or value == "":
                return (1, "")  # blanks last in either order
            if isinstance(value, str):
                value = value.casefold()
            return (0, value)

        descending = order == Qt.SortOrder.DescendingOrder
        filled = [row for row in self._rows if sort_key(row)[0] == 0]
        blank = [row for row in self._rows if sort_key(row)[0] == 1]
        filled.sort(key=sort_key, reverse=descending)
        self._rows = filled + blank
