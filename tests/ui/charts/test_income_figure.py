"""The income chart is a pure function of the monthly figures: bars for earned and received in
one currency, the running total stopping at this month; exported headless like the others."""

from datetime import date
from fractions import Fraction

from internapp.core.services.income import IncomeReport, IncomeRow
from internapp.core.services.money import Totals
from internapp.ui.charts.income_figure import draw_income, income_series
from internapp.ui.charts.style import style_for


def _report() -> IncomeReport:
    rows = [IncomeRow("2026-03", "USD", earned=Fraction(60000), received=Fraction(25000)),
            IncomeRow("2026-04", "USD", received=Fraction(35050)),
            IncomeRow("2026-04", "EUR", received=Fraction(99999))]
    return IncomeReport(by="month", year=2026, rows=rows, set_aside_bp=None, earned=Totals(),
                        received=Totals(), net=Totals())


def test_the_series_keeps_one_currency():
    series = income_series(_report(), 2026, "USD")
    assert series.received[2:4] == [25000, 35050] and sum(series.received) == 60050
    assert series.earned[2] == 60000 and not series.empty


def test_bars_running_total_and_title():
    figure = draw_income(income_series(_report(), 2026, "USD"), style_for(False), title=True,
                         today=date(2026, 5, 10))
    bars, line = figure.axes
    heights = [round(p.get_height(), 2) for p in bars.patches]
    assert heights[2] == 600.0 and heights[12 + 3] == 350.5  # earned March, received April
    assert list(line.lines[0].get_ydata()) == [0, 0, 250.0, 600.5, 600.5]  # up to May
    assert figure._suptitle.get_text() == "Income 2026 in USD: 600.50 USD received"


def test_the_cli_exports_it(tmp_path, capsys):
    from internapp.cli import run

    out = tmp_path / "income.svg"
    assert run(["export", "chart", "income", str(out), "--year", "2026", "--data-dir",
                str(tmp_path / "d")]) == 0
    assert out.read_text().lstrip().startswith("<?xml")


def test_the_chart_in_german(german):
    figure = draw_income(income_series(_report(), 2026, "USD"), style_for(False), title=True,
                         today=date(2026, 5, 10))
    ax = figure.axes[0]
    assert [t.get_text() for t in ax.get_xticklabels()][2:5] == ["Mär", "Apr", "Mai"]
    assert ax.get_legend_handles_labels()[1] == ["Verdient", "Erhalten"]
    assert ax.get_ylabel() == "pro Monat (USD)"
    assert figure._suptitle.get_text().startswith("Einkommen 2026 in USD: ")
