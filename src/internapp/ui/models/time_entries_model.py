"""The Time screen's table: a window over SQL, however many entries there are.

``rowCount`` is a COUNT; ``data`` reads the page a row falls in (200 entries) the first time it
is shown and keeps the last pages it read. Filtering and sorting rebuild the query and happen in
SQL (see core/services/time_listing.py), never over Python rows: opening 100,000 entries costs a
count and one page.
"""

from collections import OrderedDict
from dataclasses import replace
from datetime import tzinfo
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from internapp.core.clock import local_zone
from internapp.core.services import reports, time_listing
from internapp.core.services.reports import EntryRecord
from internapp.core.services.time_listing import EntryQuery
from internapp.core.store import Store
from internapp.ui import formats
from internapp.ui.theme import current_colors

Index = QModelIndex | QPersistentModelIndex
PAGE = 200
KEPT_PAGES = 40

# (title, sort key)
COLUMNS = [("Date", "start"), ("Engagement", "engagement"), ("Start", "start"), ("End", "end"),
           ("Duration", "duration"), ("Note", "note"), ("Tags", "tags")]
DURATION = 4


class TimeEntriesModel(QAbstractTableModel):
    def __init__(self, store: Store, parent=None) -> None:
        super().__init__(parent)
        self._store = store
        self._query = EntryQuery()
        self._count = 0
        self._keys: list[int] | None = None  # all rowids in order, for sorts no index serves
        self._pages: OrderedDict[int, list[EntryRecord]] = OrderedDict()
        self._zone: tzinfo = local_zone()
        self.pages_read = 0  # how many pages came from SQL (tests check scrolling reads few)

    # --- query ---------------------------------------------------------------------------

    @property
    def query(self) -> EntryQuery:
        return self._query

    def set_query(self, query: EntryQuery) -> None:
        self.beginResetModel()
        self._query = query
        self._load()
        self.endResetModel()

    def refresh(self) -> None:
        self.set_query(self._query)

    def total_count(self) -> int:
        return self._count

    def record_at(self, row: int) -> EntryRecord | None:
        if not 0 <= row < self._count:
            return None
        page = self._page(row // PAGE)
        offset = row % PAGE
        return page[offset] if offset < len(page) else None

    def _load(self) -> None:
        self._pages.clear()
        self._zone = local_zone()
        with reports.connection(self._store) as conn:
            if self._query.sort == "start":
                self._keys = None
                self._count = time_listing.count(conn, self._query)
            else:
                self._keys = time_listing.keys(conn, self._query)
                self._count = len(self._keys)

    def _page(self, number: int) -> list[EntryRecord]:
        if number in self._pages:
            self._pages.move_to_end(number)
            return self._pages[number]
        with reports.connection(self._store) as conn:
            if self._keys is None:
                rowids = time_listing.page(conn, self._query, number * PAGE, PAGE)
            else:
                rowids = self._keys[number * PAGE:(number + 1) * PAGE]
            records = time_listing.rows(conn, rowids)
        self.pages_read += 1
        self._pages[number] = records
        while len(self._pages) > KEPT_PAGES:
            self._pages.popitem(last=False)
        return records

    # --- Qt model ------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section][0]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self.record_at(index.row())
        if record is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(record, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(record, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == DURATION:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and record.ended_at is None:
            return QColor(current_colors().accent)
        if role == Qt.ItemDataRole.FontRole and record.ended_at is None:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.UserRole:
            return record
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column][1] if 0 <= column < len(COLUMNS) else "start"
        descending = order == Qt.SortOrder.DescendingOrder if 0 <= column < len(COLUMNS) else True
        if (key, descending) != (self._query.sort, self._query.descending):
            self.set_query(replace(self._query, sort=key, descending=descending))

    # --- cells ---------------------------------------------------------------------------

    def _text(self, r: EntryRecord, column: int) -> str:
        start = r.started_at.astimezone(self._zone)
        if column == 0:
            return start.strftime("%a %d %b %Y")
        if column == 1:
            return r.engagement
        if column == 2:
            return start.strftime("%H:%M")
        if column == 3:
            if r.ended_at is None:
                return "…"
            end = r.ended_at.astimezone(self._zone)
            return end.strftime("%H:%M") + ("" if end.date() == start.date() else " +1d")
        if column == DURATION:
            return "● running" if r.seconds is None else formats.duration(r.seconds)
        if column == 5:
            return r.note.splitlines()[0] if r.note else ""
        return ", ".join(r.tags)

    def _tooltip(self, r: EntryRecord, column: int) -> str | None:
        if column == 5 and "\n" in r.note:
            return r.note
        if column in (0, 2, 3) and r.tz != getattr(self._zone, "key", None):
            from zoneinfo import ZoneInfo

            try:
                there = r.started_at.astimezone(ZoneInfo(r.tz)).strftime("%H:%M")
            except (ValueError, KeyError):
                return None
            return f"Logged in {r.tz} (started {there} there)"
        if r.source and column == 1:
            return f"Imported from {r.source.title()}"
        return None
