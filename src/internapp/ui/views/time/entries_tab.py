"""The Time screen's list of entries: filter by engagement and text, sort by any column (in SQL),
add, edit (double-click), split, merge and delete. The table pages from SQL, so it opens as fast
with 100,000 entries as with ten."""

import uuid
from dataclasses import replace
from datetime import datetime, time, timedelta

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from internapp.core.clock import Clock
from internapp.core.services import time_entries, time_listing, timer
from internapp.core.services.errors import ValidationError
from internapp.core.services.reports import EntryRecord
from internapp.core.services.time_input import duration_seconds
from internapp.core.services.timer import Choice
from internapp.core.store import Store
from internapp.ui import formats
from internapp.ui.dialogs.time_entry_dialog import EntryDialog, SplitDialog
from internapp.ui.models.time_entries_model import TimeEntriesModel
from internapp.ui.theme import current_colors
from internapp.ui.widgets.adaptive_row import AdaptiveRow
from internapp.ui.widgets.fields import ComboBox
from internapp.ui.widgets.table_columns import ColumnFitter

FILTER_DELAY_MS = 250


class EntriesTab(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None, *, clock: Clock) -> None:
        super().__init__(parent)
        self._store = store
        self._clock = clock
        self._choices: list[Choice] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 10, 0, 0)
        layout.setSpacing(10)

        bar = AdaptiveRow()
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Filter by engagement, note or tag…"))
        self.search_edit.setClearButtonEnabled(True)
        self.engagement_filter = ComboBox()
        self.engagement_filter.setMinimumWidth(220)
        self.add_button = QPushButton(self.tr("Add entry"))
        self.add_button.setObjectName("Primary")
        self.add_button.setToolTip(self.tr("Log time you did not track with the timer (Ctrl+N)"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.split_button = QPushButton(self.tr("Split…"))
        self.merge_button = QPushButton(self.tr("Merge"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setObjectName("Danger")
        self.search_edit.setMinimumWidth(160)
        bar.add_lead(self.search_edit, 1)
        bar.add_lead(self.engagement_filter)
        for button in (self.edit_button, self.split_button, self.merge_button,
                       self.delete_button, self.add_button):
            bar.add_trail(button)
        layout.addWidget(bar)

        self.model = TimeEntriesModel(store, self, clock=clock)
        self.model.loaded.connect(self._update_count)  # a text filter comes in later
        self.model.unreadable.connect(self._show_unreadable)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # engagement, note and tags elide; tags make room first
        ColumnFitter(self.table, elide=[1, 5, 6], hide_first=[6], minimum={5: 140})
        layout.addWidget(self.table, 1)

        self.count_label = QLabel()
        self.count_label.setObjectName("Muted")
        layout.addWidget(self.count_label)

        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.apply_filter)
        self.search_edit.textChanged.connect(lambda _text: self._filter_timer.start())
        self.engagement_filter.activated.connect(lambda _i: self.apply_filter())
        self.add_button.clicked.connect(lambda: self.add_entry())
        self.edit_button.clicked.connect(self.edit_selected)
        self.split_button.clicked.connect(self.split_selected)
        self.merge_button.clicked.connect(self.merge_selected)
        # not connected directly: clicked(False) would go into ``confirm`` and skip the question
        self.delete_button.clicked.connect(lambda: self.delete_selected())
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_selected)
        self._update_buttons()
        self._style_disabled()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._style_disabled()

    def _style_disabled(self) -> None:
        """Buttons that do not apply to the selection look it (the app stylesheet gives every
        button the text colour, enabled or not)."""
        c = current_colors()
        wanted = f"QPushButton:disabled {{ color: {c.muted}; border-color: {c.border}; }}"
        if self.styleSheet() != wanted:
            self.setStyleSheet(wanted)

    # --- data ----------------------------------------------------------------------------

    def set_choices(self, choices: list[Choice]) -> None:
        self._choices = choices
        current = self.engagement_filter.currentData()
        self.engagement_filter.clear()
        self.engagement_filter.addItem(self.tr("All engagements"), None)
        for choice in sorted(choices, key=lambda c: c.title.casefold()):
            self.engagement_filter.addItem(choice.title, str(choice.engagement_id))
        index = self.engagement_filter.findData(current) if current else 0
        self.engagement_filter.setCurrentIndex(max(index, 0))

    def refresh(self) -> None:
        self.model.refresh()
        self._update_count()
        self._update_buttons()

    def filter_engagement(self) -> uuid.UUID | None:
        value = self.engagement_filter.currentData()  # item data are id strings
        return uuid.UUID(value) if value else None

    def show_engagement(self, engagement_id: uuid.UUID) -> None:
        index = self.engagement_filter.findData(str(engagement_id))
        self.engagement_filter.setCurrentIndex(max(index, 0))
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        self.apply_filter()

    def apply_filter(self) -> None:
        self._filter_timer.stop()
        query = replace(self.model.query, text=self.search_edit.text().strip(),
                        engagement_id=self.filter_engagement())
        self.model.set_query(query)
        self._update_count()
        self._update_buttons()

    def _update_count(self) -> None:
        shown = self.model.total_count()
        zone, now = self._clock.zone(), self._clock.now()
        today = datetime.combine(now.astimezone(zone).date(), time(0), tzinfo=zone)
        monday = today - timedelta(days=today.weekday())
        sums = time_listing.summary(self._store, {"today": today, "week": monday})
        running = timer.running(self._store)
        if running is not None:  # the timer counts here as it runs
            for name, since in (("today", today), ("week", monday)):
                sums[name] += duration_seconds(max(running.started_at, since), now)
        filtered = self.model.query.text or self.model.query.engagement_id
        what = (self.tr("%Ln entries match", "", shown) if filtered
                else self.tr("%Ln entries", "", shown))
        self.count_label.setText(self.tr("{entries}  ·  today {today}  ·  this week {week}").format(
            entries=what, today=formats.duration(sums["today"]),
            week=formats.duration(sums["week"])))

    def _show_unreadable(self, fault: Exception) -> None:
        """Rows that could not be read (a damaged file) are blank: say why, in words."""
        self.count_label.setText(self.tr("Some entries could not be read: {reason}").format(
            reason=fault))

    # --- selection and actions -----------------------------------------------------------

    def selected(self) -> list[EntryRecord]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [r for r in (self.model.record_at(row) for row in rows) if r is not None]

    def _update_buttons(self) -> None:
        chosen = self.selected()
        one = len(chosen) == 1
        self.edit_button.setEnabled(one)
        self.split_button.setEnabled(one and chosen[0].ended_at is not None)
        self.merge_button.setEnabled(len(chosen) >= 2)
        self.delete_button.setEnabled(bool(chosen))

    def add_entry(self, engagement_id: uuid.UUID | None = None, day=None) -> EntryDialog:
        engagement_id = engagement_id or self.filter_engagement()
        dialog = EntryDialog(self._store, self._choices, engagement_id=engagement_id, day=day,
                             parent=self, clock=self._clock)
        dialog.open()
        return dialog

    def edit_selected(self) -> EntryDialog | None:
        chosen = self.selected()
        if len(chosen) != 1:
            return None
        dialog = EntryDialog(self._store, self._choices, entry=chosen[0], parent=self,
                             clock=self._clock)
        dialog.open()
        return dialog

    def split_selected(self) -> SplitDialog | None:
        chosen = self.selected()
        if len(chosen) != 1 or chosen[0].ended_at is None:
            return None
        dialog = SplitDialog(self._store, chosen[0], parent=self, clock=self._clock)
        dialog.open()
        return dialog

    def merge_selected(self) -> bool:
        chosen = self.selected()
        try:
            time_entries.merge(self._store, [uuid.UUID(r.id) for r in chosen])
        except ValidationError as error:
            QMessageBox.warning(self, self.tr("Cannot merge these entries"), str(error))
            return False
        return True

    def delete_selected(self, confirm: bool = True) -> bool:
        chosen = self.selected()
        if not chosen:
            return False
        if confirm:
            total = formats.duration(sum(r.seconds or 0 for r in chosen))
            question = (self.tr("Delete the entry on {engagement} ({total})? This cannot be "
                                "undone.").format(engagement=chosen[0].engagement, total=total)
                        if len(chosen) == 1 else
                        self.tr("Delete %n entries ({total})? This cannot be undone.", "",
                                len(chosen)).format(total=total))
            answer = QMessageBox.question(self, self.tr("Delete time"), question)
            if answer != QMessageBox.StandardButton.Yes:
                return False
        time_entries.delete_many(self._store, [uuid.UUID(r.id) for r in chosen])
        return True

    def _context_menu(self, position) -> None:
        if not self.selected():
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Edit…"), self.edit_selected).setEnabled(self.edit_button.isEnabled())
        menu.addAction(self.tr("Split…"), self.split_selected).setEnabled(self.split_button.isEnabled())
        menu.addAction(self.tr("Merge"), self.merge_selected).setEnabled(self.merge_button.isEnabled())
        menu.addSeparator()
        menu.addAction(self.tr("Delete"), lambda: self.delete_selected())
        menu.popup(self.table.viewport().mapToGlobal(position))
