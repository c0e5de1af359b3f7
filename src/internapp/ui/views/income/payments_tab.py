"""Income → Payments: every payment, expected ones first (overdue in red), with what to keep for
taxes from each one received; a payment opens its engagement."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from internapp.core.clock import Clock
from internapp.core.services import money_settings, payments
from internapp.core.services.money import share
from internapp.core.store import Store
from internapp.ui import formats
from internapp.ui.money_text import money
from internapp.ui.theme import current_colors
from internapp.ui.views.income.common import fill, table
from internapp.ui.widgets.fields import ComboBox


def _day(day, today) -> str:
    """"Wed 2 Dec", with the year when it is not this year's."""
    text = formats.day(day)
    return text if day.year == today.year else f"{text} {day.year}"


class PaymentsTab(QWidget):
    open_engagement = Signal(object)

    def __init__(self, store: Store, parent: QWidget | None = None, *, clock: Clock) -> None:
        super().__init__(parent)
        self._store = store
        self._clock = clock
        self.year: int | None = None
        self.rows: list[payments.PaymentRow] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 10, 0, 0)
        tools = QHBoxLayout()
        tools.addWidget(QLabel(self.tr("Show")))
        self.filter_box = ComboBox()
        for label, key in ((self.tr("Owed and this year's"), "year"),
                           (self.tr("Still owed"), "owed"), (self.tr("All"), "all")):
            self.filter_box.addItem(label, key)
        self.filter_box.currentIndexChanged.connect(lambda _i: self.refresh())
        tools.addWidget(self.filter_box)
        tools.addStretch(1)
        self.count_label = QLabel()
        self.count_label.setObjectName("Muted")
        tools.addWidget(self.count_label)
        layout.addLayout(tools)
        self.table = table([self.tr("When"), self.tr("Engagement"), self.tr("Paid by"),
                            self.tr("Amount"), self.tr("Withheld"), self.tr("Keep for taxes")],
                           elide=(1, 2), hide_first=(5, 4))
        self.table.setAccessibleName(self.tr("Payments"))
        self.table.cellDoubleClicked.connect(
            lambda row, _c: self.open_engagement.emit(self.rows[row].engagement_id))
        layout.addWidget(self.table)
        hint = QLabel(self.tr("Double-click a payment to open its engagement, where you record, "
                              "edit and invoice payments."))
        hint.setObjectName("Muted")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addStretch(1)

    def show_year(self, year: int) -> None:
        self.year = year
        self.refresh()

    def refresh(self) -> None:
        key = self.filter_box.currentData()
        found = payments.list_rows(self._store, owed=key == "owed")
        if key == "year":
            found = [p for p in found if not p.received or p.day.year == self.year]
        self.rows = found
        bp = money_settings.get(self._store).set_aside_bp or 0
        today = self._clock.today()
        colors = current_colors()
        rows, colours = [], {}
        for index, p in enumerate(found):
            if p.received:
                when = self.tr("received {day}").format(day=_day(p.received_on, today))
            elif p.days_overdue(today):
                when = self.tr("{days} days overdue").format(days=p.days_overdue(today))
                colours[index] = colors.danger
            else:
                when = self.tr("expected {day}").format(day=_day(p.expected_on, today))
            rows.append([when, p.engagement, p.payer, money(p.amount_cents, p.currency),
                         money(p.withheld_cents, p.currency, code=False),
                         money(share(p.net_cents, bp), p.currency, code=False)
                         if p.received and bp else "—"])
        fill(self.table, rows, right_from=3, colours=colours)
        self.count_label.setText(self.tr("%n payments", "", len(found)))
