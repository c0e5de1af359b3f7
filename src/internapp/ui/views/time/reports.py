"""Reports for a chosen period — per engagement, per week, per day or per tag — with each group's
share drawn as a bar, and the period's entries exported as CSV (Toggl's columns) or JSON.
Reports and exports run off the UI thread on a connection of their own."""

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from internapp.core.clock import Clock
from internapp.core.interchange import time_csv
from internapp.core.services import reports
from internapp.core.services.errors import ValidationError
from internapp.core.services.reports import Period
from internapp.core.store import Store
from internapp.ui import formats
from internapp.ui.i18n import QT_TRANSLATE_NOOP
from internapp.ui.views.time.bars import SHARE_ROLE, BarDelegate, fit_height
from internapp.ui.wait import process_until
from internapp.ui.widgets.adaptive_row import AdaptiveRow
from internapp.ui.widgets.date_field import DateField
from internapp.ui.widgets.fields import ComboBox
from internapp.ui.widgets.table_columns import ColumnFitter
from internapp.ui.worker import BackgroundTask

# the keys, shown in the user's language
PRESETS = [QT_TRANSLATE_NOOP("ReportsTab", "This week"), QT_TRANSLATE_NOOP("ReportsTab", "Last week"),
           QT_TRANSLATE_NOOP("ReportsTab", "This month"),
           QT_TRANSLATE_NOOP("ReportsTab", "Last month"),
           QT_TRANSLATE_NOOP("ReportsTab", "Last 30 days"),
           QT_TRANSLATE_NOOP("ReportsTab", "This year"), QT_TRANSLATE_NOOP("ReportsTab", "All time"),
           QT_TRANSLATE_NOOP("ReportsTab", "Custom")]
GROUPS = [(QT_TRANSLATE_NOOP("ReportsTab", "Engagement"), QT_TRANSLATE_NOOP("ReportsTab", "By engagement"),
           "engagement"),
          (QT_TRANSLATE_NOOP("ReportsTab", "Week"), QT_TRANSLATE_NOOP("ReportsTab", "By week"), "week"),
          (QT_TRANSLATE_NOOP("ReportsTab", "Day"), QT_TRANSLATE_NOOP("ReportsTab", "By day"), "day"),
          (QT_TRANSLATE_NOOP("ReportsTab", "Tag"), QT_TRANSLATE_NOOP("ReportsTab", "By tag"), "tag")]


def preset_days(name: str, today: date) -> tuple[date | None, date | None]:
    monday = today - timedelta(days=today.weekday())
    first_of_month = today.replace(day=1)
    if name == "This week":
        return monday, monday + timedelta(days=6)
    if name == "Last week":
        return monday - timedelta(days=7), monday - timedelta(days=1)
    if name == "This month":
        following = (first_of_month + timedelta(days=32)).replace(day=1)
        return first_of_month, following - timedelta(days=1)
    if name == "Last month":
        last_day = first_of_month - timedelta(days=1)
        return last_day.replace(day=1), last_day
    if name == "Last 30 days":
        return today - timedelta(days=29), today
    if name == "This year":
        return today.replace(month=1, day=1), today.replace(month=12, day=31)
    return None, None


class ReportsTab(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None, *, clock: Clock) -> None:
        super().__init__(parent)
        self._store = store
        self._clock = clock
        self._task: BackgroundTask | None = None
        self._export: BackgroundTask | None = None
        self._running = 0  # reports and exports not finished yet
        self.rows: list[dict] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 10, 0, 0)
        layout.setSpacing(10)
        bar = AdaptiveRow()
        self.preset_combo = ComboBox()
        for key in PRESETS:
            self.preset_combo.addItem(self.tr(key), key)
        self.from_edit = DateField(clock=self._clock)  # the app's one date picker
        self.to_edit = DateField(clock=self._clock)
        self.group_combo = ComboBox()
        for _title, by, key in GROUPS:
            self.group_combo.addItem(self.tr(by), key)
        self.csv_button = QPushButton(self.tr("Export CSV…"))
        self.csv_button.setToolTip(self.tr("The period's entries with Toggl's column names"))
        self.json_button = QPushButton(self.tr("Export JSON…"))
        self.json_button.setToolTip(self.tr("The period's totals and entries"))
        for widget in (self.preset_combo, self.from_edit, QLabel(self.tr("to")), self.to_edit,
                       self.group_combo):
            bar.add_lead(widget)
        bar.lead.addStretch(1)
        bar.add_trail(self.csv_button)
        bar.add_trail(self.json_button)
        layout.addWidget(bar)

        self.total_label = QLabel()
        self.total_label.setObjectName("CardValue")
        self.detail_label = QLabel()
        self.detail_label.setObjectName("Muted")
        layout.addWidget(self.total_label)
        layout.addWidget(self.detail_label)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Engagement"), self.tr("Hours"),
                                              self.tr("Entries"), self.tr("Share")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(30)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        ColumnFitter(self.table, elide=[0], minimum={0: 150, 3: 200})  # the share bar
        self.table.setItemDelegateForColumn(3, BarDelegate(self.table))
        self.table.setWordWrap(False)
        layout.addWidget(self.table)
        layout.addStretch(1)

        self.preset_combo.currentIndexChanged.connect(
            lambda _i: self._on_preset(self.preset_combo.currentData()))
        self.from_edit.changed.connect(self._on_dates)
        self.to_edit.changed.connect(self._on_dates)
        self.group_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.csv_button.clicked.connect(lambda: self.export("csv"))
        self.json_button.clicked.connect(lambda: self.export("json"))
        self._on_preset(self.preset_combo.currentData(), refresh=False)

    # --- period --------------------------------------------------------------------------

    def _on_preset(self, name: str, refresh: bool = True) -> None:
        first, last = preset_days(name, self._clock.today())
        if name != "Custom":
            for edit, day in ((self.from_edit, first), (self.to_edit, last)):
                edit.blockSignals(True)
                edit.set_value(day or self._clock.today())
                edit.blockSignals(False)
        all_time = name == "All time"
        self.from_edit.setEnabled(not all_time)
        self.to_edit.setEnabled(not all_time)
        if refresh:
            self.refresh()

    def _on_dates(self) -> None:
        if self.preset_combo.currentData() != "Custom":
            self.preset_combo.blockSignals(True)
            self.preset_combo.setCurrentIndex(self.preset_combo.findData("Custom"))
            self.preset_combo.blockSignals(False)
        try:
            self._days()
        except ValidationError:
            return  # a day half typed: the report follows once it is a date
        self.refresh()

    def _days(self) -> tuple[date, date]:
        first, last = self.from_edit.date("from"), self.to_edit.date("to")
        if first is None or last is None:
            raise ValidationError("from" if first is None else "to", "is required")
        return first, last

    def period(self) -> Period:
        if self.preset_combo.currentData() == "All time":
            return Period()
        first, last = self._days()
        return Period.of_days(min(first, last), max(first, last), self._clock.zone())

    # --- report --------------------------------------------------------------------------

    def refresh(self) -> None:
        by, period, zone, store = self.group_combo.currentData(), self.period(), \
            self._clock.zone(), self._store

        def work():
            return by, reports.report(store, by, period, zone)

        self.detail_label.setText(self.tr("Adding up…"))
        self._task = BackgroundTask(work, self)
        self._task.finished.connect(self._show)
        self._task.failed.connect(self._failed)
        self._running += 1
        self._task.start()

    @property
    def busy(self) -> bool:
        return self._running > 0

    def _failed(self, error: Exception) -> None:
        self._running -= 1
        self.detail_label.setText(self.tr("Could not do that: {error}").format(error=error))

    def wait(self) -> None:
        """Returns when the report and export in progress are done (tests and screenshots)."""
        process_until(lambda: not self.busy)

    def _show(self, result) -> None:
        self._running -= 1
        by, rows = result
        if by != self.group_combo.currentData():
            return  # an older report finished after the choice changed
        self.rows = rows
        title = next(name for name, _by, key in GROUPS if key == by)
        self.table.setHorizontalHeaderItem(0, QTableWidgetItem(self.tr(title)))
        total = sum(r["seconds"] for r in rows)
        biggest = max((r["seconds"] for r in rows), default=0)
        shown = [r for r in rows if r["seconds"] or by == "engagement"]
        self.table.setRowCount(len(shown))
        for n, row in enumerate(shown):
            name = row[by] if row[by] is not None else self.tr("(no tag)")
            if by == "week":
                name = self.tr("{week}  ·  from {day}").format(
                    week=row["week"], day=formats.day_of_year(date.fromisoformat(row["start"])))
            elif by == "day":
                name = formats.day_of_year(date.fromisoformat(row["day"]))
            self.table.setItem(n, 0, QTableWidgetItem(name))
            hours = QTableWidgetItem(formats.duration(row["seconds"]))
            hours.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(n, 1, hours)
            entries = QTableWidgetItem(formats.number(row["entries"]))
            entries.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(n, 2, entries)
            share = QTableWidgetItem()
            base = biggest if by in ("week", "day") else total
            share.setData(SHARE_ROLE, row["seconds"] / base if base else 0.0)
            self.table.setItem(n, 3, share)
        fit_height(self.table)
        count = sum(r["entries"] for r in rows)
        if by == "tag":
            self.total_label.setText(self.tr("%Ln tags", "", len(shown)))
            self.detail_label.setText(self.tr("An entry with two tags counts for both.") if rows
                                      else self.tr("No time logged in this period."))
        else:
            self.total_label.setText(formats.duration(total))
            self.detail_label.setText(self.tr("%Ln entries", "", count) if rows else
                                      self.tr("No time logged in this period."))
        self.table.setHorizontalHeaderItem(3, QTableWidgetItem(
            self.tr("Share of the busiest") if by in ("week", "day") else self.tr("Share")))

    # --- export --------------------------------------------------------------------------

    def export(self, kind: str, path: Path | None = None) -> BackgroundTask | None:
        if path is None:
            suffix = "csv" if kind == "csv" else "json"
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export time"), str(Path.home() / f"internapp-time.{suffix}"),
                self.tr("CSV (*.csv)") if kind == "csv" else self.tr("JSON (*.json)"))
            if not chosen:
                return None
            path = Path(chosen)
        period, zone, store = self.period(), self._clock.zone(), self._store
        write = time_csv.export_csv if kind == "csv" else time_csv.export_json

        def work():
            return write(store, path, zone, period)

        self._export = BackgroundTask(work, self)
        self._export.finished.connect(lambda count: self._exported(count, path))
        self._export.failed.connect(self._failed)
        self._running += 1
        self._export.start()
        return self._export

    def _exported(self, count: int, path: Path) -> None:
        self._running -= 1
        self.detail_label.setText(self.tr("Exported %Ln entries to {path}", "", count).format(
            path=path))
