"""The Time screen's table: a window over SQL, however many entries there are.

``rowCount`` is a COUNT; ``data`` reads the page a row falls in (200 entries) the first time it
is shown and keeps the last pages it read. Filtering and sorting rebuild the query and happen in
SQL (see core/services/time_listing.py), never over Python rows: opening 100,000 entries costs a
count and one page. A text filter has no index to walk (at a million entries it takes longer than
a frame): its count and first page are read off the UI thread, the rows shown until then stay,
and ``loaded`` says when the new ones are in.
"""

from collections import OrderedDict
from dataclasses import replace
from datetime import tzinfo
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont

from internapp.core.clock import local_zone
from internapp.core.services import time_listing
from internapp.core.services.reports import EntryRecord
from internapp.core.services.time_listing import EntryQuery
from internapp.core.store import Store
from internapp.ui import formats
from internapp.ui.theme import current_colors
from internapp.ui.wait import process_until
from internapp.ui.worker import BackgroundTask

Index = QModelIndex | QPersistentModelIndex
PAGE = 200
KEPT_PAGES = 40

# (title, sort key)
COLUMNS = [("Date", "start"), ("Engagement", "engagement"), ("Start", "start"), ("End", "end"),
           ("Duration", "duration"), ("Note", "note"), ("Tags", "tags")]
DURATION = 4


class TimeEntriesModel(QAbstractTableModel):
    loaded = Signal()  # the rows of the latest query are in

    def __init__(self, store: Store, parent=None) -> None:
        super().__init__(parent)
        self._store = store
        self._query = EntryQuery()
        self._count = 0
        self._keys: list[int] | None = None  # all rowids in order: the engagement sort, filtered
        self._groups: list[tuple[str, int]] | None = None  # the engagement sort, unfiltered
        self._pages: OrderedDict[int, list[EntryRecord]] = OrderedDict()
        self._zone: tzinfo = local_zone()
        self.pages_read = 0  # how many pages came from SQL (tests check scrolling reads few)
        self._task: BackgroundTask | None = None
        self._wanted: EntryQuery | None = None  # a query being read off the UI thread

    # --- query ---------------------------------------------------------------------------

    @property
    def query(self) -> EntryQuery:
        return self._query

    def set_query(self, query: EntryQuery) -> None:
        if query.text:
            self._load_in_background(query)
            return
        self._wanted = None
        self.beginResetModel()
        self._query = query
        self._install(self._read(query))
        self.endResetModel()
        self.loaded.emit()

    @property
    def busy(self) -> bool:
        return self._wanted is not None

    def wait(self) -> None:
        """Returns when the latest query's rows are in (tests, benchmarks)."""
        process_until(lambda: not self.busy)

    def _load_in_background(self, query: EntryQuery) -> None:
        self._wanted = query
        if self._task is not None:
            return  # the running read picks up the newest query when it ends
        store = self._store

        def work():
            state = self._read(query, store)
            return query, state, time_listing.rows(store, state[3])

        self._task = BackgroundTask(work, self)
        self._task.finished.connect(self._background_done)
        self._task.failed.connect(self._background_failed)
        self._task.start()

    def _background_done(self, result) -> None:
        self._task = None
        query, state, first = result
        if self._wanted != query:  # typed on meanwhile: read the newest
            if self._wanted is not None:
                self._load_in_background(self._wanted)
            return
        self._wanted = None
        self.beginResetModel()
        self._query = query
        self._install(state)
        if first or state[0]:
            self._pages[0] = first
            self.pages_read += 1
        self.endResetModel()
        self.loaded.emit()

    def _background_failed(self, error: Exception) -> None:
        self._task = None
        self._wanted = None
        raise error  # the app's excepthook shows it; the rows shown stay

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

    def _read(self, query: EntryQuery, store: Store | None = None):
        """(count, keys, groups, first page's rowids) of ``query`` (any thread)."""
        store = store or self._store
        keys = groups = None
        if query.sort in time_listing.INDEXED:
            count = time_listing.count(store, query)
            first = time_listing.page(store, query, 0, PAGE) if query.text else []
        elif not query.text:
            groups = time_listing.groups(store, query)
            count = sum(n for _, n in groups)
            first = []
        else:
            keys = time_listing.keys(store, query)
            count, first = len(keys), keys[:PAGE]
        return count, keys, groups, first

    def _install(self, state) -> None:
        self._pages.clear()
        self._zone = local_zone()
        self._count, self._keys, self._groups, _ = state

    def _page(self, number: int) -> list[EntryRecord]:
        if number in self._pages:
            self._pages.move_to_end(number)
            return self._pages[number]
        if self._groups is not None:
            rowids = time_listing.group_page(self._store, self._query, self._groups,
                                             number * PAGE, PAGE)
        elif self._keys is None:
            rowids = time_listing.page(self._store, self._query, number * PAGE, PAGE)
        else:
            rowids = self._keys[number * PAGE:(number + 1) * PAGE]
        records = time_listing.rows(self._store, rowids)
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
