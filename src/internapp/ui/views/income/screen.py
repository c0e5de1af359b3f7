"""Income: what the engagements paid and what is still owed, over time — an overview with the
chart, every payment, the invoice register and the year-end summary for taxes."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QTabWidget, QVBoxLayout, QWidget

from internapp.context import AppContext
from internapp.core.changes import Kind
from internapp.core.clock import Clock
from internapp.core.services import income, money_settings, payments
from internapp.core.store import Store
from internapp.ui.views.base import Screen
from internapp.ui.views.income.invoices_tab import InvoicesTab
from internapp.ui.views.income.overview import OverviewTab, main_currency
from internapp.ui.views.income.payments_tab import PaymentsTab
from internapp.ui.views.income.year_tab import YearTab
from internapp.ui.views.shell import Shell
from internapp.ui.widgets.empty_state import EmptyState
from internapp.ui.widgets.fields import ComboBox

TABS = ("overview", "payments", "invoices", "year")


class IncomeView(Screen):
    watches = frozenset({Kind.PAYMENTS, Kind.ENGAGEMENTS, Kind.TIME, Kind.SETTINGS})

    def __init__(self, store: Store, parent: QWidget | None = None, *, clock: Clock) -> None:
        super().__init__(
            QCoreApplication.translate("IncomeView", "Income"),
            QCoreApplication.translate("IncomeView", "What your engagements paid, what is still owed, and "
                                                     "what to keep for taxes"),
            parent)
        self._clock = clock
        self._store = store
        self.year_box = ComboBox()
        self.year_box.setAccessibleName(self.tr("Year"))
        self.year_box.currentIndexChanged.connect(lambda _i: self._show())
        self.currency_box = ComboBox()
        self.currency_box.setAccessibleName(self.tr("Currency of the chart and cards"))
        self.currency_box.currentIndexChanged.connect(lambda _i: self._show())
        year_label = QLabel(self.tr("Year"))
        self.header_actions.addWidget(year_label)
        self.header_actions.addWidget(self.year_box)
        self.header_actions.addWidget(self.currency_box)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.overview = OverviewTab(store, clock=clock)
        self.payments = PaymentsTab(store, clock=clock)
        self.payments.open_engagement.connect(lambda i: self.navigate.emit("engagements", i))
        self.invoices = InvoicesTab(store)
        self.year_end = YearTab(store)
        for widget, title in ((self.overview, self.tr("Overview")),
                              (self.payments, self.tr("Payments")),
                              (self.invoices, self.tr("Invoices")),
                              (self.year_end, self.tr("Year end"))):
            self.tabs.addTab(widget, title)
        self.tabs.currentChanged.connect(lambda _i: self._show())
        layout.addWidget(self.tabs)
        empty = EmptyState(
            "income", self.tr("No money recorded yet"),
            self.tr("Give an engagement its fee (fixed, by the hour or per milestone) and record "
                    "what it paid: this screen then shows what you earned and received each "
                    "month, what is still owed, your invoices and what to keep for taxes."),
            hint=self.tr("Open an engagement and use its Money section."))
        self.set_pages(content, empty)

    def refresh(self) -> None:
        report = income.income(self._store, by="year")
        has_money = bool(report.rows) or bool(payments.list_rows(self._store))
        self.show_empty(not has_money)
        years = sorted({int(r.key) for r in report.rows} | {self._clock.today().year}, reverse=True)
        currencies = sorted(set(report.received.currencies()) | set(report.earned.currencies()))
        main = main_currency(report, money_settings.get(self._store).home_currency)
        self._fill_box(self.year_box, [str(y) for y in years])
        if self.currency_box.count() == 0:
            self.currency_box.addItem(main)
        self._fill_box(self.currency_box, [main, *(c for c in currencies if c != main)])
        self.currency_box.setVisible(len(currencies) > 1)
        self._show()

    def _fill_box(self, box: QComboBox, items: list[str]) -> None:
        current = box.currentText()
        box.blockSignals(True)
        box.clear()
        box.addItems(items)
        box.setCurrentIndex(max(box.findText(current), 0))
        box.blockSignals(False)

    def _show(self) -> None:
        if not self.year_box.count():
            return
        year = int(self.year_box.currentText())
        tab = self.tabs.currentWidget()
        if tab is self.overview:
            self.overview.show_year(year, self.currency_box.currentText() or None)
        elif tab is self.payments:
            self.payments.show_year(year)
        elif tab is self.invoices:
            self.invoices.refresh()
        else:
            self.year_end.show_year(year)

    def show_tab(self, key: str) -> None:
        self.tabs.setCurrentIndex(TABS.index(key))

    def layout_states(self):
        return [(key, lambda k=key: self.show_tab(k)) for key in TABS]


def create_screen(context: AppContext, shell: Shell) -> IncomeView:
    return IncomeView(context.store, clock=context.clock)
