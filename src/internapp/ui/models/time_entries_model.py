"""The Time screen's table: a window over SQL, however many entries there are.

``rowCount`` is a count; ``data`` reads the page a row falls in (200 entries) the first time it
is shown and keeps the last pages it read. Filtering and sorting rebuild the query and happen in
SQL (see core/services/time_listing.py), never over Python rows: opening or re-sorting a million
entries costs a count (kept while only the sort changes) and one page. A page next to one already
read continues from it (keyset paging); a page far from any (a jump of the scroll bar) walks the
sort's index from the nearer end.

A text filter reads the full-text index off the UI thread (at a million entries it can take
longer than a frame): its matches (``time_listing.matches``: kept for every sort and page of the
same words until ``refresh``; a page walked tests rows against them), its count and first page
first — the rows shown until then stay, and ``loaded`` says when the new ones are in — then,
when there is more than a page, the list of all its matches in order, so that scrolling on reads
no query at all. Until that list is in, a page
far from both ends and from any page read (a jump of the scroll bar: a long walk of the index) is
left empty rather than walked on the UI thread; the list fills it.
"""

import threading
from collections import OrderedDict
from dataclasses import dataclass, replace
from datetime import tzinfo
from functools import partial
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from internapp.core.clock import Clock
from internapp.core.services import time_listing
from internapp.core.services.reports import EntryRecord
from internapp.core.services.time_listing import EntryQuery, Mark
from internapp.core.store import Store
from internapp.ui import formats
from internapp.ui.i18n import QT_TRANSLATE_NOOP
from internapp.ui.theme import current_colors
from internapp.ui.wait import process_until
from internapp.ui.worker import BackgroundTask

Index = QModelIndex | QPersistentModelIndex
PAGE = 200
KEPT_PAGES = 40
FEW = 5_000  # a text filter with at most this many matches lists them all at once
# sorted by engagement, the matches are sorted (~3 µs each: 75 ms) while they are at most this
# many: the walk for the first page goes through every engagement before the first with matches
# (it leaves out only the ones a word no note or tags holds rules out), so a filter on words
# of the notes of a few engagements late in the order would walk far
FEW_BY_ENGAGEMENT = 25_000
JUMP_NOW = 10 * PAGE  # while a filter's matches are listed, a jump skipping more rows waits for it

# (title, sort key)
COLUMNS = [(QT_TRANSLATE_NOOP("TimeEntriesModel", "Date"), "start"),
           (QT_TRANSLATE_NOOP("TimeEntriesModel", "Engagement"), "engagement"),
           (QT_TRANSLATE_NOOP("TimeEntriesModel", "Start"), "start"),
           (QT_TRANSLATE_NOOP("TimeEntriesModel", "End"), "end"),
           (QT_TRANSLATE_NOOP("TimeEntriesModel", "Duration"), "duration"),
           (QT_TRANSLATE_NOOP("TimeEntriesModel", "Note"), "note"),
           (QT_TRANSLATE_NOOP("TimeEntriesModel", "Tags"), "tags")]
DURATION = 4


@dataclass
class _Listing:
    """What a query found: how many rows, and how its pages are read."""

    count: int
    keys: list[int] | None = None  # every rowid in order (a text filter, once listed)
    groups: list[tuple[str, int]] | None = None  # the engagement sort: entries per engagement
    first: time_listing.Page | None = None  # the first page, when it was read with the count
    matches: time_listing.Matches | None = None  # a text filter's, for walking its pages


def _counted(query: EntryQuery) -> tuple:
    return query.engagement_id, query.words, query.period


class TimeEntriesModel(QAbstractTableModel):
    loaded = Signal()  # the rows of the latest query are in
    unreadable = Signal(object)  # a page could not be read (the error): its rows stay empty

    def __init__(self, store: Store, parent=None, *, clock: Clock) -> None:
        super().__init__(parent)
        self._store = store
        self._clock = clock  # its zone shows the times
        self._query = EntryQuery()
        self._listing = _Listing(0)
        self._counts: dict[tuple, int] = {}  # by filter: a new sort keeps the count
        self._matches: time_listing.Matches | None = None  # the latest text filter's
        self._generation = 0  # of the data: refresh() moves it on (a read begun before is stale)
        self._pages: OrderedDict[int, list[EntryRecord]] = OrderedDict()
        self._marks: dict[int, tuple[Mark | None, Mark | None]] = {}  # each page's ends
        self._zone: tzinfo = clock.zone()
        self.pages_read = 0  # how many pages came from SQL (tests check scrolling reads few)
        self._task: BackgroundTask | None = None
        self._wanted: EntryQuery | None = None  # a query being read off the UI thread
        self._listing_task: BackgroundTask | None = None  # all matches of a text filter
        self._stop_listing = threading.Event()  # set: that listing is not wanted any more
        self._waiting = False  # a page was left empty for the listing to fill

    # --- query ---------------------------------------------------------------------------

    @property
    def query(self) -> EntryQuery:
        return self._query

    def set_query(self, query: EntryQuery) -> None:
        if query.words is not None:
            self._load_in_background(query)
            return
        self._wanted = None
        self._install(query, self._read(query, self._store, self._counts.get(_counted(query))))
        if self._listing.count:  # shown at once: read here, where an error reaches the caller
            self._page(0, quietly=False)

    @property
    def busy(self) -> bool:
        return self._wanted is not None

    @property
    def listing(self) -> bool:
        """The matches of a text filter are being listed (the first page is shown)."""
        return self._listing_task is not None

    def wait(self) -> None:
        """Returns when the latest query's rows are in (tests, benchmarks)."""
        process_until(lambda: not self.busy)

    def _load_in_background(self, query: EntryQuery) -> None:
        self._wanted = query
        self._stop_listing.set()  # the list of the rows shown is not wanted: CPU for this read
        if self._task is not None:
            return  # the running read picks up the newest query when it ends
        store, known, matches = self._store, self._counts.get(_counted(query)), self._matches
        read, generation = self._read, self._generation

        def work():
            listing = read(query, store, known, matches)
            rowids = listing.first.rowids if listing.first else (listing.keys or [])[:PAGE]
            return query, generation, listing, time_listing.rows(store, rowids)

        self._task = BackgroundTask(work, self)
        self._task.finished.connect(self._background_done)
        self._task.failed.connect(self._background_failed)
        self._task.start()

    def _background_done(self, result) -> None:
        self._task = None
        query, generation, listing, first = result
        if self._wanted != query or generation != self._generation:
            # typed on meanwhile, or the data changed: read the newest
            if self._wanted is not None:
                self._load_in_background(self._wanted)
            return
        self._wanted = None
        self._install(query, listing, first)
        if listing.keys is None and listing.groups is None and listing.count > PAGE:
            self._list_in_background(query)

    def _background_failed(self, error: Exception) -> None:
        self._task = None
        self._wanted = None
        self._listing_task = None  # stopped when this read began: the pages shown are walked
        raise error  # the app's excepthook shows it; the rows shown stay

    def _list_in_background(self, query: EntryQuery) -> None:
        """Lists every match of the text filter shown, in order (pages then are slices)."""
        store, matches = self._store, self._listing.matches
        self._stop_listing = stop = threading.Event()
        task = BackgroundTask(lambda: time_listing.keys(store, query, matches=matches,
                                                        should_cancel=stop.is_set), self)

        def done(keys: list[int]) -> None:
            if self._listing_task is task:
                self._listing_task = None
                if self._query == query and self._wanted is None:
                    self._listing.keys = keys
                    if self._waiting:  # the pages left empty can be shown now
                        self._waiting = False
                        self.dataChanged.emit(self.index(0, 0), self.index(
                            self._listing.count - 1, len(COLUMNS) - 1))

        def failed(error: Exception) -> None:
            if isinstance(error, time_listing.ListingCancelled):
                return  # a new query is read: its install (or failure) lets go of this one
            if self._listing_task is task:
                self._listing_task = None
            raise error

        task.finished.connect(done)
        task.failed.connect(failed)
        self._listing_task = task
        task.start()

    def refresh(self) -> None:
        """Reads the query again (the data changed): the one being read, if any."""
        self._counts.clear()
        self._matches = None
        self._generation += 1
        self.set_query(self._wanted or self._query)

    def total_count(self) -> int:
        return self._listing.count

    def record_at(self, row: int) -> EntryRecord | None:
        if not 0 <= row < self._listing.count:
            return None
        page = self._page(row // PAGE)
        offset = row % PAGE
        return page[offset] if offset < len(page) else None

    @staticmethod
    def _read(query: EntryQuery, store: Store, known: int | None,
              matches: time_listing.Matches | None = None) -> _Listing:
        """What ``query`` finds (any thread): the count (``known`` when it is), and for a text
        filter its matches (``matches`` when they are the same words'), and its first page or
        all of them in order when they are few."""
        if query.words is None:
            matches = None
        elif matches is None or matches.words != query.words:
            matches = time_listing.matches(store, query)
        count = time_listing.count(store, query, matches=matches) if known is None else known
        if query.sort not in time_listing.INDEXED and query.words is None:
            return _Listing(count, groups=time_listing.groups(store, query))
        if query.words is None:
            return _Listing(count)
        if count <= (FEW_BY_ENGAGEMENT if query.sort == "engagement" else FEW):
            return _Listing(count, keys=time_listing.keys(store, query), matches=matches)
        return _Listing(count, matches=matches,
                        first=time_listing.page(store, query, None, PAGE, matches=matches))

    def _install(self, query: EntryQuery, listing: _Listing,
                 first: list[EntryRecord] | None = None) -> None:
        self._listing_task = None  # a listing of the previous query is not wanted
        self._stop_listing.set()
        self._waiting = False
        self.beginResetModel()
        self._query = query
        self._listing = listing
        self._counts[_counted(query)] = listing.count
        if listing.matches is not None:
            self._matches = listing.matches
        self._pages.clear()
        self._marks.clear()
        self._zone = self._clock.zone()
        if first is not None and listing.count:
            self._pages[0] = first
            if listing.first is not None:
                self._marks[0] = (listing.first.first, listing.first.last)
            self.pages_read += 1
        self.endResetModel()
        self.loaded.emit()

    def _page(self, number: int, quietly: bool = True) -> list[EntryRecord]:
        """The page's rows, read when not kept. ``quietly`` (from data(), where Qt could only
        print an error): a page that cannot be read (a damaged file) is shown empty and
        ``unreadable`` says why, on the next turn of the event loop."""
        if number in self._pages:
            self._pages.move_to_end(number)
            return self._pages[number]
        if self._for_the_listing(number):
            self._waiting = True
            return []
        try:
            records = self._read_page(number)
        except Exception as error:
            from internapp.core.store.faults import translate

            fault = translate(error, self._store.path, self._store.backups_dir)
            if not quietly or fault is None:  # not a fault of the file: a bug, said as one
                raise
            self._pages[number] = []
            QTimer.singleShot(0, self, partial(self.unreadable.emit, fault))
            return []
        self.pages_read += 1
        self._pages[number] = records
        while len(self._pages) > KEPT_PAGES:
            self._pages.popitem(last=False)
        return records

    def _read_page(self, number: int) -> list[EntryRecord]:
        listing, query = self._listing, self._query
        if listing.groups is not None:
            rowids = time_listing.group_page(self._store, query, listing.groups,
                                             number * PAGE, PAGE)
        elif listing.keys is not None:
            rowids = listing.keys[number * PAGE:(number + 1) * PAGE]
        else:
            rowids = self._walk(number)
        return time_listing.rows(self._store, rowids)

    def _for_the_listing(self, number: int) -> bool:
        """Whether page ``number`` waits for the matches being listed: a jump (no page next to
        it read) skipping more than JUMP_NOW rows from the nearer end."""
        if self._listing_task is None or self._listing.keys is not None:
            return False
        if (self._marks.get(number - 1, (None, None))[1] is not None
                or self._marks.get(number + 1, (None, None))[0] is not None):
            return False
        offset, total = number * PAGE, self._listing.count
        return min(offset, max(total - offset - PAGE, 0)) > JUMP_NOW

    def _walk(self, number: int) -> list[int]:
        """Page ``number`` of an indexed sort: on from the page before it or back from the one
        after it when either was read, else a jump."""
        store, query, matches = self._store, self._query, self._listing.matches
        if number == 0:
            found = time_listing.page(store, query, None, PAGE, matches=matches)
        elif (before := self._marks.get(number - 1)) and before[1] is not None:
            found = time_listing.page(store, query, before[1], PAGE, matches=matches)
        elif (after := self._marks.get(number + 1)) and after[0] is not None:
            found = time_listing.page(store, query, after[0], PAGE, backward=True,
                                      matches=matches)
        else:
            found = time_listing.jump(store, query, number * PAGE, PAGE, self._listing.count,
                                      matches=matches)
        self._marks[number] = (found.first, found.last)
        return found.rowids

    # --- Qt model ------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._listing.count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("TimeEntriesModel", COLUMNS[section][0])
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
            return formats.day_of_year(start.date())
        if column == 1:
            return r.engagement
        if column == 2:
            return formats.clock(start)
        if column == 3:
            if r.ended_at is None:
                return "…"
            end = r.ended_at.astimezone(self._zone)
            return formats.clock(end) + ("" if end.date() == start.date() else
                                         self.tr(" +{days}d").format(days=(end.date() - start.date()).days))
        if column == DURATION:
            return self.tr("● running") if r.seconds is None else formats.duration(r.seconds)
        if column == 5:
            return r.note.splitlines()[0] if r.note else ""
        return ", ".join(r.tags)

    def _tooltip(self, r: EntryRecord, column: int) -> str | None:
        if column == 5 and "\n" in r.note:
            return r.note
        if column in (0, 2, 3) and r.tz != getattr(self._zone, "key", None):
            from zoneinfo import ZoneInfo

            try:
                there = formats.clock(r.started_at.astimezone(ZoneInfo(r.tz)))
            except (ValueError, KeyError):
                return None
            return self.tr("Logged in {zone} (started {time} there)").format(zone=r.tz, time=there)
        if r.source and column == 1:
            return self.tr("Imported from {tool}").format(tool=r.source.title())
        return None
