"""Hours against budgets: for each engagement the hours logged against its estimate (amber from
80 %, red from 100 %), this week's hours against its weekly cap, and the effective hourly rate
(fee divided by hours logged) — the number that says when an engagement eats more than it pays."""

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from internapp.core.clock import Clock
from internapp.core.services import budgets
from internapp.core.services.budgets import Budget, BudgetLevel
from internapp.core.store import Store
from internapp.ui import formats, labels
from internapp.ui.i18n import QT_TRANSLATE_NOOP
from internapp.ui.money_text import per_hour
from internapp.ui.theme import current_colors
from internapp.ui.views.time.bars import SHARE_ROLE, BarDelegate, fit_height
from internapp.ui.widgets.table_columns import ColumnFitter

HEADERS = [QT_TRANSLATE_NOOP("BudgetsTab", "Engagement"), QT_TRANSLATE_NOOP("BudgetsTab", "Status"),
           QT_TRANSLATE_NOOP("BudgetsTab", "Logged"), QT_TRANSLATE_NOOP("BudgetsTab", "Estimate"),
           QT_TRANSLATE_NOOP("BudgetsTab", "Used"), QT_TRANSLATE_NOOP("BudgetsTab", "This week"),
           QT_TRANSLATE_NOOP("BudgetsTab", "Weekly cap"),
           QT_TRANSLATE_NOOP("BudgetsTab", "Effective rate")]
USED, WEEK = 4, 5


def hours(value: float | None) -> str:
    return "—" if value is None else formats.hours(value)


def money(cents: int | None, currency: str) -> str:
    """A rate per hour, exact (ui/money_text.py)."""
    return per_hour(cents, currency)


class BudgetsTab(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None, *, clock: Clock) -> None:
        super().__init__(parent)
        self._store = store
        self._clock = clock
        self.budgets: list[Budget] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 10, 0, 0)
        layout.setSpacing(10)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.summary_label)
        self.table = QTableWidget(0, len(HEADERS))
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("BudgetsTab", h) for h in HEADERS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(34)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # the engagement elides; the rate, the estimate and the status make room first
        ColumnFitter(self.table, elide=[0], hide_first=[7, 3, 1],
                     minimum={0: 150, USED: 150, WEEK: 150})
        levels = BarDelegate(self.table, levels=True)
        self.table.setItemDelegateForColumn(USED, levels)
        self.table.setItemDelegateForColumn(WEEK, levels)
        layout.addWidget(self.table)
        note = QLabel(self.tr("Logged counts finished entries; a running timer counts once it "
                              "stops. Weeks run Monday to Sunday."))
        note.setObjectName("Muted")
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addStretch(1)

    def refresh(self) -> None:
        self.budgets = budgets.budgets(self._store, self._clock.today(), self._clock.zone())
        colors = current_colors()
        self.table.setRowCount(len(self.budgets))
        for row, b in enumerate(self.budgets):
            cells = [b.title, labels.engagement_status(b.status), hours(b.logged_hours),
                     hours(b.hours_estimate), None, None, hours(b.weekly_cap_hours),
                     money(b.effective_rate_cents, b.currency)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text or "")
                if column >= 2 and text is not None:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
            used = self.table.item(row, USED)
            if b.used_share is not None:
                used.setData(SHARE_ROLE, b.used_share)
                used.setToolTip(self.tr("{share} of the {hours} estimate").format(
                    share=formats.percent(b.used_share), hours=formats.hours(b.hours_estimate)))
            else:
                used.setText(self.tr("no estimate"))
                used.setForeground(QBrush(QColor(colors.muted)))
            week = self.table.item(row, WEEK)
            finished = b.status in ("delivered", "paid")
            if finished and not b.week_hours:
                week.setText(self.tr("finished"))
                week.setForeground(QBrush(QColor(colors.muted)))
            elif b.weekly_cap_hours:
                week.setData(SHARE_ROLE, b.week_hours / b.weekly_cap_hours)
                week.setToolTip(self.tr("{part} this week").format(
                    part=formats.part_of(hours(b.week_hours), hours(b.weekly_cap_hours))))
            else:
                week.setText(self.tr("{hours} (no cap)").format(hours=hours(b.week_hours)))
                week.setForeground(QBrush(QColor(colors.muted)))
            if b.level == BudgetLevel.OVER:
                self.table.item(row, 2).setForeground(QBrush(QColor(colors.danger)))
        fit_height(self.table)
        self.summary_label.setText(self._summary())

    def _summary(self) -> str:
        if not self.budgets:
            return self.tr("No engagements yet.")
        c = current_colors()
        over = [b.title for b in self.budgets if b.level == BudgetLevel.OVER]
        warning = [b.title for b in self.budgets if b.level == BudgetLevel.WARNING]
        capped = [b.title for b in self.budgets if b.over_cap]
        parts = []
        for colour, label, titles in ((c.danger, self.tr("Over budget"), over),
                                      (c.warning, self.tr("Past 80 % of the estimate"), warning),
                                      (c.danger, self.tr("Over the weekly cap this week"), capped)):
            if titles:
                parts.append(f"<span style='color:{colour}; font-weight:600'>{label}:</span> "
                             + ", ".join(html.escape(t) for t in titles))
        return "<br>".join(parts) or self.tr("Every engagement is within its estimate and "
                                             "weekly cap.")
