"""The week grid: engagements down, the days of a week across, hours in each cell, totals at the
right and the bottom, and each engagement's weekly cap (its total turns red past it). Today's
column is marked. Double-clicking a cell adds an entry on that day for that engagement."""

import uuid
from datetime import date, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from internapp.core.clock import Clock
from internapp.core.services import reports, timer
from internapp.core.services.reports import GridRow, WeekGrid
from internapp.core.store import Store
from internapp.ui import formats
from internapp.ui.theme import current_colors
from internapp.ui.views.time.bars import fit_height
from internapp.ui.widgets.table_columns import ColumnFitter

NAME, FIRST_DAY, TOTAL, CAP = 0, 1, 8, 9


def _hours(seconds: int) -> str:
    return formats.duration(seconds) if seconds else ""


class WeekTab(QWidget):
    add_requested = Signal(object, object)  # engagement id, day

    def __init__(self, store: Store, parent: QWidget | None = None, *, clock: Clock) -> None:
        super().__init__(parent)
        self._store = store
        self._clock = clock
        self.monday = self._monday(clock.today())
        self.grid_data: WeekGrid | None = None
        self.running = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 10, 0, 0)
        layout.setSpacing(10)
        bar = QHBoxLayout()
        self.previous_button = QPushButton(self.tr("‹  Previous"))
        self.this_week_button = QPushButton(self.tr("This week"))
        self.next_button = QPushButton(self.tr("Next  ›"))
        self.week_label = QLabel()
        self.week_label.setObjectName("CardValue")
        self.week_label.setStyleSheet("font-size: 16px;")
        bar.addWidget(self.week_label, 1)
        for button in (self.previous_button, self.this_week_button, self.next_button):
            bar.addWidget(button)
        layout.addLayout(bar)

        self.table = QTableWidget(0, CAP + 1)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(36)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        ColumnFitter(self.table, elide=[NAME], hide_first=[CAP], minimum={NAME: 150})
        layout.addWidget(self.table)
        self.note_label = QLabel()
        self.note_label.setObjectName("Muted")
        self.note_label.setWordWrap(True)
        layout.addWidget(self.note_label)
        layout.addStretch(1)

        self.previous_button.clicked.connect(lambda: self.show_week(self.monday - timedelta(7)))
        self.next_button.clicked.connect(lambda: self.show_week(self.monday + timedelta(7)))
        self.this_week_button.clicked.connect(lambda: self.show_week(self._clock.today()))
        self.table.cellDoubleClicked.connect(self._on_double_click)

    @staticmethod
    def _monday(day: date) -> date:
        return day - timedelta(days=day.weekday())

    def show_week(self, day: date) -> None:
        self.monday = self._monday(day)
        self.refresh()

    def refresh(self) -> None:
        self.grid_data = reports.week_grid(self._store, self.monday, self._clock.zone())
        self.running = timer.running(self._store)
        self._render(self.grid_data)

    def _render(self, grid: WeekGrid) -> None:
        colors = current_colors()
        today = self._clock.today()
        sunday = self.monday + timedelta(days=6)
        iso = self.monday.isocalendar()
        self.week_label.setText(self.tr("Week {number}  ·  {monday} – {sunday}").format(
            number=iso.week, monday=formats.day(self.monday), sunday=formats.day_of_year(sunday)))
        self.this_week_button.setEnabled(self.monday != self._monday(today))
        labels = ([self.tr("Engagement")] + [formats.weekday_and_day(d) for d in grid.days]
                  + [self.tr("Total"), self.tr("Cap")])
        self.table.setHorizontalHeaderLabels(labels)
        self.table.horizontalHeaderItem(NAME).setTextAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        rows = list(grid.rows)
        live = self._running_cell(grid)
        if live and all(r.engagement_id != live[0] for r in rows):
            rows.append(GridRow(live[0], self.running.engagement, (0,) * 7, None))
        self.table.setRowCount(len(rows) + 1)
        bold = QFont()
        bold.setBold(True)
        for r, row in enumerate(rows):
            self._cell(r, NAME, row.engagement, left=True).setToolTip(row.engagement)
            extra = [0] * 7
            if live and live[0] == row.engagement_id:
                extra[live[1]] = live[2]
            for n, seconds in enumerate(row.days):
                item = self._cell(r, FIRST_DAY + n, _hours(seconds + extra[n]),
                                  data=(row.engagement_id, grid.days[n]),
                                  highlight=grid.days[n] == today)
                if extra[n]:
                    item.setText(f"● {formats.duration(seconds + extra[n])}")
                    item.setForeground(QBrush(QColor(colors.accent)))
                    item.setToolTip(self.tr("Includes the timer running now"))
            total = self._cell(r, TOTAL, formats.duration(row.total + sum(extra)), font=bold)
            cap = formats.hours(row.weekly_cap_hours) if row.weekly_cap_hours else "—"
            self._cell(r, CAP, cap).setForeground(QBrush(QColor(colors.muted)))
            if row.weekly_cap_hours and row.total + sum(extra) > row.weekly_cap_hours * 3600:
                total.setForeground(QBrush(QColor(colors.danger)))
                total.setToolTip(self.tr("Over the weekly cap of {hours}").format(
                    hours=formats.hours(row.weekly_cap_hours)))
        last = len(rows)
        self._cell(last, NAME, self.tr("All engagements"), font=bold, left=True)
        day_totals = list(grid.day_totals)
        if live:
            day_totals[live[1]] += live[2]
        for n, seconds in enumerate(day_totals):
            self._cell(last, FIRST_DAY + n, _hours(seconds), font=bold,
                       highlight=grid.days[n] == today)
        self._cell(last, TOTAL, formats.duration(sum(day_totals)), font=bold)
        self._cell(last, CAP, "")
        fit_height(self.table)
        self.note_label.setText(
            self.tr("No time logged this week — double-click a day to add an entry.") if not rows
            else self.tr("Double-click a day to add an entry for that engagement. Entries count "
                         "on the day they start."))

    def _running_cell(self, grid: WeekGrid) -> tuple | None:
        """(engagement id, day index, seconds) of the timer running now, if it is in this week."""
        running = self.running
        if running is None:
            return None
        day = running.started_at.astimezone(self._clock.zone()).date()
        if day not in grid.days:
            return None
        return (running.engagement_id, grid.days.index(day),
                running.elapsed_seconds(self._clock.now()))

    def _cell(self, row: int, column: int, text: str, *, data=None, font: QFont | None = None,
              highlight: bool = False, left: bool = False) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter if left
                              else Qt.AlignmentFlag.AlignCenter)
        if data is not None:
            item.setData(Qt.ItemDataRole.UserRole, data)
        if font is not None:
            item.setFont(font)
        if highlight:
            accent = QColor(current_colors().accent)
            accent.setAlpha(28)
            item.setBackground(QBrush(accent))
        self.table.setItem(row, column, item)
        return item

    def cell_text(self, engagement: str, day: int) -> str:
        """What the grid shows for ``engagement`` on day ``day`` (0 = Monday), for tests."""
        for row in range(self.table.rowCount()):
            if self.table.item(row, NAME).text() == engagement:
                return self.table.item(row, FIRST_DAY + day).text()
        raise KeyError(engagement)

    def _on_double_click(self, row: int, column: int) -> None:
        item = self.table.item(row, column)
        data = item.data(Qt.ItemDataRole.UserRole) if item else None
        if data:
            engagement_id, day = data
            self.add_requested.emit(engagement_id, day)
        elif FIRST_DAY <= column < TOTAL and self.grid_data is not None:
            self.add_requested.emit(None, self.grid_data.days[column - FIRST_DAY])

    def engagement_rows(self) -> list[uuid.UUID]:
        return [row.engagement_id for row in self.grid_data.rows] if self.grid_data else []
