"""Income → Overview: this year's money in one currency at a glance (received, earned, owed, to
keep for taxes), the monthly chart, the figures by month, year, organization or platform, and
each engagement's effective hourly rate against the rate its estimate implied."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from internapp.core.clock import Clock
from internapp.core.services import income, payments
from internapp.core.services.errors import ValidationError
from internapp.core.services.money import percent_text, round_minor
from internapp.core.store import Store
from internapp.core.store.errors import StoreError
from internapp.ui import formats
from internapp.ui.charts.canvas import ChartCanvas
from internapp.ui.money_text import money, per_hour
from internapp.ui.theme import current_colors
from internapp.ui.views.income.common import card, fill, table
from internapp.ui.widgets.fields import ComboBox


def main_currency(report: income.IncomeReport, home: str | None = None) -> str:
    """The home currency if it has figures, else the one with the most received (then earned)."""
    found = set(report.received.currencies()) | set(report.earned.currencies())
    if home in found:
        return home
    if not found:
        return home or "USD"
    return max(sorted(found), key=lambda c: (report.received.get(c), report.earned.get(c)))


class OverviewTab(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None, *, clock: Clock) -> None:
        super().__init__(parent)
        self._store = store
        self._clock = clock
        self.year: int | None = None
        self.currency: str | None = None
        self.report: income.IncomeReport | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 10, 0, 0)
        layout.setSpacing(12)
        cards = QGridLayout()
        cards.setSpacing(10)
        self.values: dict[str, QLabel] = {}
        self.notes: dict[str, QLabel] = {}
        self.captions: dict[str, QLabel] = {}
        self.titles = {"received": self.tr("Received"), "earned": self.tr("Earned"),
                       "owed": self.tr("Still owed"), "aside": self.tr("Keep for taxes")}
        for column, (key, title) in enumerate(self.titles.items()):
            frame, self.values[key], self.notes[key] = card(title)
            caption = frame.findChild(QLabel, "CardTitle")
            assert caption is not None  # common.card makes one
            self.captions[key] = caption
            cards.addWidget(frame, 0, column, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(cards)
        self.chart = ChartCanvas()
        self.chart.setObjectName("ChartFrame")
        self.chart.setFixedHeight(260)
        self.chart.setAccessibleName(self.tr("Income chart: earned and received by month"))
        layout.addWidget(self.chart)
        tools = QHBoxLayout()
        tools.addWidget(QLabel(self.tr("By")))
        self.by_box = ComboBox()
        for label, key in ((self.tr("Month"), "month"), (self.tr("Year"), "year"),
                           (self.tr("Organization"), "organization"),
                           (self.tr("Platform"), "platform")):
            self.by_box.addItem(label, key)
        self.by_box.currentIndexChanged.connect(lambda _i: self.refresh())
        tools.addWidget(self.by_box)
        tools.addStretch(1)
        self.export_button = QPushButton(self.tr("Export chart…"))
        self.export_button.clicked.connect(self.export_dialog)
        tools.addWidget(self.export_button)
        layout.addLayout(tools)
        self.table = table([self.tr("Period"), self.tr("Currency"), self.tr("Earned"),
                            self.tr("Received"), self.tr("Withheld"), self.tr("Keep for taxes"),
                            self.tr("Rate / h"), self.tr("Estimate / h")],
                           hide_first=(7, 6, 4))
        layout.addWidget(self.table)
        self.converted_label = QLabel()
        self.converted_label.setObjectName("Muted")
        self.converted_label.setWordWrap(True)
        layout.addWidget(self.converted_label)
        rates_title = QLabel(self.tr("Effective hourly rate per engagement"))
        rates_title.setObjectName("SectionTitle")
        layout.addWidget(rates_title)
        self.rates = table([self.tr("Engagement"), self.tr("Fee"), self.tr("Hours"),
                            self.tr("Rate / h"), self.tr("Estimate / h"), self.tr("Of estimate")],
                           hide_first=(5, 4))
        layout.addWidget(self.rates)
        note = QLabel(self.tr("Earned: a fixed fee when delivered, hours × rate when logged, a "
                              "milestone's fee when done. Received: payments by the day they "
                              "came in. Currencies are never added together; a total in your "
                              "home currency appears once you enter a rate for each (Year end)."))
        note.setObjectName("Muted")
        note.setWordWrap(True)
        layout.addWidget(note)

    def show_year(self, year: int, currency: str | None) -> None:
        self.year, self.currency = year, currency
        self.refresh()

    def refresh(self) -> None:
        by = self.by_box.currentData()
        year = None if by == "year" else self.year
        self.report = report = income.income(self._store, by=by, year=year)
        months = income.income(self._store, by="month", year=self.year)
        currency = self.currency or main_currency(months)
        self._cards(months, currency)
        self._draw(months, currency)
        rows = [[r.key, r.currency, money(r.earned, r.currency, code=False),
                 money(r.received, r.currency, code=False),
                 money(r.withheld, r.currency, code=False),
                 money(r.set_aside, r.currency, code=False),
                 per_hour(r.effective_rate, r.currency) if r.effective_rate else "—",
                 per_hour(r.implied_rate, r.currency) if r.implied_rate else "—"]
                for r in report.rows]
        header = self.table.horizontalHeaderItem(0)
        if header is not None:  # common.table labels every column
            header.setText({"month": self.tr("Month"), "year": self.tr("Year"),
                            "organization": self.tr("Organization"),
                            "platform": self.tr("Platform")}[by])
        fill(self.table, rows, right_from=2)
        converted = report.converted
        self.converted_label.setVisible(converted is not None)
        if converted is not None:
            rates = ", ".join(f"1 {code} = {rate} {converted.currency}"
                              for code, rate in converted.rates.items())
            self.converted_label.setText(self.tr(
                "All currencies at your rates ({rates}): {received} received, {earned} earned."
            ).format(rates=rates, received=money(converted.received, converted.currency),
                     earned=money(converted.earned, converted.currency)))
        colors = current_colors()
        rate_rows, colours = [], {}
        for index, r in enumerate(income.engagement_rates(self._store)):
            ratio = r.ratio
            rate_rows.append([r.title, money(r.fee, r.currency) if r.fee is not None else "—",
                              formats.duration(float(r.hours) * 3600), per_hour(r.effective_rate, r.currency)
                              if r.effective_rate is not None else "—",
                              per_hour(r.implied_rate, r.currency)
                              if r.implied_rate is not None else "—",
                              formats.percent(float(ratio)) if ratio is not None else "—"])
            if ratio is not None and ratio < 1:
                colours[index] = colors.warning
        fill(self.rates, rate_rows, colours=colours)

    def _cards(self, months: income.IncomeReport, currency: str) -> None:
        for key, title in self.titles.items():  # the currency in the caption: the value fits
            self.captions[key].setText(f"{title} · {currency}".upper())
        rows = [r for r in months.rows if r.currency == currency]
        received = sum((r.received for r in rows), 0)
        earned = sum((r.earned for r in rows), 0)
        aside = sum((r.set_aside for r in rows), 0)
        self.values["received"].setText(money(received, currency, code=False))
        others = [c for c in months.received.currencies() if c != currency]
        self.notes["received"].setText(
            self.tr("in {year}").format(year=self.year) + (
                " · " + self.tr("also {amounts}").format(amounts=", ".join(
                    money(months.received.get(c), c) for c in others)) if others else ""))
        self.values["earned"].setText(money(earned, currency, code=False))
        self.notes["earned"].setText(self.tr("delivered or logged in {year}").format(
            year=self.year))
        states = [s for s in payments.all_states(self._store).values() if s.currency == currency]
        owed = sum((s.owed or 0 for s in states), 0)
        overdue = sum(s.overdue_cents for s in states)
        self.values["owed"].setText(money(round_minor(owed), currency, code=False))
        self.notes["owed"].setText(self.tr("{amount} overdue").format(amount=money(
            overdue, currency)) if overdue else self.tr("nothing overdue"))
        bp = months.set_aside_bp
        self.values["aside"].setText(money(aside, currency, code=False) if bp else "—")
        self.notes["aside"].setText(self.tr("{percent} % of what you received").format(
            percent=percent_text(bp)) if bp else self.tr("choose a share under Year end"))
        colors = current_colors()
        self.values["owed"].setStyleSheet(f"color: {colors.danger}" if overdue else "")

    def _draw(self, months: income.IncomeReport, currency: str) -> None:
        from internapp.ui.charts.income_figure import draw_income, income_series
        from internapp.ui.charts.style import chart_style

        today = self._clock.today()
        self.series = income_series(months, self.year or today.year, currency)
        figure = self.chart.figure()
        draw_income(self.series, chart_style(current_colors()), figure, today=today,
                    labels=self._chart_labels())
        self.chart.draw()

    def export_dialog(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export the income chart"),
                                              f"income-{self.year}.png",
                                              self.tr("PNG image (*.png);;SVG drawing (*.svg)"))
        if name:
            try:
                self.export(name)
            except (ValidationError, StoreError, OSError) as error:
                QMessageBox.warning(self, self.tr("Could not export the chart"), str(error))

    def export(self, path):
        """Saves the chart in the light style, with its title (for print)."""
        from internapp.ui.charts.export import chart_format, save_figure
        from internapp.ui.charts.income_figure import draw_income
        from internapp.ui.charts.style import style_for

        chart_format(path)
        return save_figure(draw_income(self.series, style_for(dark=False), title=True,
                                       labels=self._chart_labels()), path)

    def _chart_labels(self):
        from internapp.ui.charts.income_figure import IncomeLabels

        return IncomeLabels(
            earned=self.tr("Earned"), received=self.tr("Received"),
            so_far=self.tr("Received so far"),
            per_month_axis=self.tr("per month ({currency})"),
            so_far_axis=self.tr("so far ({currency})"),
            title=self.tr("Income {year} in {currency}: {total} received"),
            months=tuple(formats.short_month(m) for m in range(1, 13)))
