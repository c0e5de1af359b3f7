"""Income → Year end: the year's payments per payer and per currency (gross, withheld, net, to
keep for taxes) — what a tax return or a payer's year-end form asks for — exported as CSV or PDF;
and the money preferences: the set-aside share, the home currency and the student's rates."""

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from internapp.core.services import income, money_settings, profile
from internapp.core.services.errors import ValidationError
from internapp.core.services.money import percent_text
from internapp.core.store import Store
from internapp.core.store.errors import StoreError
from internapp.ui.money_text import money
from internapp.ui.views.income.common import fill, table


class YearTab(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.year: int | None = None
        self.summary: income.YearSummary | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 10, 0, 0)
        layout.setSpacing(10)
        self.heading = QLabel()
        self.heading.setObjectName("SectionTitle")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.table = table([self.tr("Paid by"), self.tr("Currency"), self.tr("Payments"),
                            self.tr("Gross"), self.tr("Withheld"), self.tr("Net"),
                            self.tr("Keep for taxes")], hide_first=(2, 6))
        self.table.setAccessibleName(self.tr("Year-end totals per payer"))
        layout.addWidget(self.table)
        self.converted_label = QLabel()
        self.converted_label.setObjectName("Muted")
        self.converted_label.setWordWrap(True)
        layout.addWidget(self.converted_label)
        exports = QHBoxLayout()
        self.csv_button = QPushButton(self.tr("Export CSV…"))
        self.csv_button.clicked.connect(lambda: self.export_dialog(".csv"))
        self.pdf_button = QPushButton(self.tr("Export PDF…"))
        self.pdf_button.clicked.connect(lambda: self.export_dialog(".pdf"))
        exports.addWidget(self.csv_button)
        exports.addWidget(self.pdf_button)
        exports.addStretch(1)
        layout.addLayout(exports)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        layout.addWidget(self.message_label)

        box = QGroupBox(self.tr("Taxes and currencies"))
        form = QFormLayout(box)
        self.aside_edit = QLineEdit()
        self.aside_edit.setMaximumWidth(90)
        self.aside_edit.setPlaceholderText("25")
        self.home_edit = QLineEdit()
        self.home_edit.setMaximumWidth(90)
        self.home_edit.setPlaceholderText("USD")
        self.rates_edit = QLineEdit()
        self.rates_edit.setPlaceholderText(self.tr("EUR=1.08, GBP=1.27"))
        self.rates_edit.setToolTip(self.tr("One unit of each currency in your home currency, as "
                                           "you want it counted (e.g. the rate your tax office "
                                           "publishes for the year)"))
        form.addRow(self.tr("Keep for taxes (%)"), self.aside_edit)
        form.addRow(self.tr("Home currency"), self.home_edit)
        form.addRow(self.tr("Your rates"), self.rates_edit)
        self.settings_message = QLabel()
        self.settings_message.setObjectName("ErrorText")
        self.settings_message.setWordWrap(True)
        self.settings_message.hide()
        form.addRow(self.settings_message)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.clicked.connect(self.save_settings)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        form.addRow(buttons)
        layout.addWidget(box)
        layout.addStretch(1)

    def show_year(self, year: int) -> None:
        self.year = year
        self.refresh()

    def refresh(self) -> None:
        self.summary = summary = income.year_summary(self._store, self.year)
        self.heading.setText(self.tr("Payments received in {year}, per payer and currency")
                             .format(year=self.year))
        rows = [[t.payer, t.currency, str(t.payments), money(t.gross, t.currency, code=False),
                 money(t.withheld, t.currency, code=False), money(t.net, t.currency, code=False),
                 money(t.set_aside, t.currency, code=False) if summary.set_aside_bp else "—"]
                for t in (*summary.payers, *summary.totals)]
        for cells in rows[len(summary.payers):]:
            cells[0] = self.tr("All payers")
        fill(self.table, rows, right_from=2)
        for row in range(len(summary.payers), self.table.rowCount()):
            for column in range(self.table.columnCount()):
                item = self.table.item(row, column)
                if item is not None:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
        converted = summary.converted
        self.converted_label.setText(
            self.tr("At your rates: {gross} gross, {net} net in {currency}.").format(
                gross=money(converted.received, converted.currency),
                net=money(converted.net, converted.currency), currency=converted.currency)
            if converted else self.tr("Each currency is totalled on its own; enter your rates "
                                      "below to see one total in your home currency."))
        settings = money_settings.get(self._store)
        self.aside_edit.setText(percent_text(settings.set_aside_bp))
        self.home_edit.setText(settings.home_currency or "")
        self.rates_edit.setText(", ".join(f"{c}={r}" for c, r in settings.rates.items()))

    def save_settings(self) -> bool:
        try:
            rates: dict[str, str | None] = {}
            for part in filter(None, (p.strip() for p in self.rates_edit.text().split(","))):
                code, sep, rate = part.partition("=")
                if not sep:
                    raise ValidationError("rates", f"{part!r} is not CUR=RATE (e.g. EUR=1.08)")
                rates[code.strip()] = rate.strip()
            current = money_settings.get(self._store).rates
            rates.update({code: None for code in current if code not in rates})
            money_settings.update(self._store, set_aside_percent=self.aside_edit.text() or "0",
                                  home_currency=self.home_edit.text(), rates=rates)
        except ValidationError as error:
            self.settings_message.setText(str(error))
            self.settings_message.show()
            return False
        self.settings_message.hide()
        self.refresh()
        return True

    def export_dialog(self, suffix: str) -> None:
        kind = self.tr("CSV (*.csv)") if suffix == ".csv" else self.tr("PDF (*.pdf)")
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export the year-end summary"),
                                              str(Path.home() / f"income-{self.year}{suffix}"),
                                              kind)
        if name:
            self.export(Path(name) if Path(name).suffix else Path(name + suffix))

    def export(self, path: Path) -> Path | None:
        if self.summary is None:
            return None
        try:
            if path.suffix.casefold() == ".csv":
                from internapp.core.interchange import income_csv

                income_csv.export(self.summary, path)
            else:
                from internapp.ui.printing.income_pdf import write_income_pdf

                write_income_pdf(self.summary, path, name=profile.get(self._store).name or "")
        except (ValidationError, StoreError, OSError) as error:
            self._say(str(error), error=True)
            return None
        self._say(self.tr("Saved {path}").format(path=path))
        return path

    def _say(self, text: str, error: bool = False) -> None:
        self.message_label.setObjectName("ErrorText" if error else "InfoText")
        self.message_label.style().unpolish(self.message_label)
        self.message_label.style().polish(self.message_label)
        self.message_label.setText(text)
        self.message_label.show()
