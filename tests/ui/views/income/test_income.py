"""The Income screen on the demo: each tab shows real figures, currencies apart; the year-end
exports write files; the layout check passes at 900×600 on every tab."""

import csv
import io

import pytest

from internapp.core import demo
from internapp.core.services import money_settings
from internapp.ui.layout_check import check

pytestmark = pytest.mark.window_size(900, 600)


@pytest.fixture
def income_screen(window, context, qtbot):
    demo.fill(context.store)
    window.show_screen("income")
    screen = window.screen("income")
    qtbot.waitUntil(lambda: screen.year_box.count() > 0)
    return screen


def test_the_overview_shows_usd_first_and_never_adds_currencies(income_screen):
    tab = income_screen.overview
    assert income_screen.currency_box.currentText() == "USD"  # the home currency
    assert tab.captions["received"].text() == "RECEIVED · USD"
    assert tab.values["received"].text() == "787.50"
    assert "also 200.00 EUR" in tab.notes["received"].text()
    assert tab.notes["owed"].text() == "150.00 USD overdue"
    assert tab.values["aside"].text() == "196.88"
    assert tab.chart.built
    currencies = {tab.table.item(row, 1).text() for row in range(tab.table.rowCount())}
    assert currencies == {"USD", "EUR"}
    income_screen.currency_box.setCurrentText("EUR")
    assert (tab.captions["received"].text(), tab.values["received"].text()) == (
        "RECEIVED · EUR", "200.00")


def test_the_chart_exports_like_the_others(income_screen, tmp_path):
    out = income_screen.overview.export(tmp_path / "income.png")
    assert out.read_bytes().startswith(b"\x89PNG")


def test_payments_tab_marks_the_overdue_one(income_screen):
    income_screen.show_tab("payments")
    tab = income_screen.payments
    whens = [tab.table.item(row, 0).text() for row in range(tab.table.rowCount())]
    assert "20 days overdue" in whens


def test_year_end_exports_csv_and_pdf(income_screen, tmp_path, pdf_text):
    income_screen.show_tab("year")
    tab = income_screen.year_end
    assert tab.table.rowCount() == len(tab.summary.payers) + len(tab.summary.totals)
    rows = list(csv.DictReader(io.StringIO(
        tab.export(tmp_path / "y.csv").read_text("utf-8-sig"))))
    assert {r["Currency"] for r in rows} == {"USD", "EUR"}
    text = pdf_text(tab.export(tmp_path / "y.pdf"))
    assert "Per payer" in text and "Alex Rivera" in text


def test_year_end_settings_refuse_a_bad_rate_and_keep_the_old_ones(income_screen, context):
    income_screen.show_tab("year")
    tab = income_screen.year_end
    tab.rates_edit.setText("EUR=abc")
    assert not tab.save_settings()
    assert tab.settings_message.text() == "rates: 'abc' is not a rate for EUR"
    assert money_settings.get(context.store).rates == {"EUR": "1.08"}
    tab.rates_edit.setText("EUR=1.10, GBP=1.27")
    tab.aside_edit.setText("30")
    assert tab.save_settings()
    saved = money_settings.get(context.store)
    assert saved.rates == {"EUR": "1.10", "GBP": "1.27"} and saved.set_aside_bp == 3000


def test_invoice_register_and_numbering(income_screen, context):
    income_screen.show_tab("invoices")
    tab = income_screen.invoices
    assert tab.table.item(0, 0).text().endswith("-001")
    assert "next: " in tab.preview_label.text()
    tab.next_edit.setText("zero")
    assert not tab.save() and tab.message_label.text().startswith("invoice_next:")


@pytest.mark.parametrize("tab", ["overview", "payments", "invoices", "year"])
def test_every_tab_passes_the_layout_check_at_900_by_600(income_screen, window, qtbot, tab):
    income_screen.show_tab(tab)
    qtbot.wait(10)
    assert [str(p) for p in check(window, f"Income › {tab}")] == []
