"""The income chart: for one currency and one year, each month's earned and received amounts as
paired bars, with the running total received as a line (on the right axis).

``income_series`` shapes an ``IncomeReport`` (core/services/income.py) into the plain
``IncomeSeries``; ``draw_income`` is a pure function of it and a ``ChartStyle`` (no Qt), so it is
tested without a window and the CLI exports it headless. Amounts are exact until here; the bars'
heights are the only floats, and the labels are written from the exact amounts.
"""

from dataclasses import dataclass
from datetime import date
from fractions import Fraction
from typing import NamedTuple

import internapp.ui.charts.mpl  # noqa: F401  # isort: skip  # first: loads matplotlib safely
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter

from internapp.core.services.income import IncomeReport
from internapp.core.services.money import format_money, to_decimal
from internapp.ui.charts.style import ChartStyle

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


class IncomeLabels(NamedTuple):
    """The chart's words, English by default; the window passes them translated ({currency},
    {year} and {total} are filled in here)."""
    earned: str = "Earned"
    received: str = "Received"
    so_far: str = "Received so far"
    per_month_axis: str = "per month ({currency})"
    so_far_axis: str = "so far ({currency})"
    title: str = "Income {year} in {currency}: {total} received"
    months: tuple[str, ...] = MONTHS


ENGLISH = IncomeLabels()


@dataclass(frozen=True)
class IncomeSeries:
    year: int
    currency: str
    earned: list[Fraction]  # twelve months, minor units
    received: list[Fraction]

    @property
    def empty(self) -> bool:
        return not any(self.earned) and not any(self.received)


def income_series(report: IncomeReport, year: int, currency: str) -> IncomeSeries:
    """Twelve months of ``report`` (made ``by="month"``) in ``currency``."""
    earned = [Fraction(0)] * 12
    received = [Fraction(0)] * 12
    for row in report.rows:
        if row.currency == currency and row.key.startswith(f"{year}-"):
            month = int(row.key[5:7]) - 1
            earned[month] += row.earned
            received[month] += row.received
    return IncomeSeries(year, currency, earned, received)


def draw_income(series: IncomeSeries, style: ChartStyle, figure: Figure | None = None, *,
                title: bool = False, today: date | None = None,
                labels: IncomeLabels = ENGLISH) -> Figure:
    figure = figure if figure is not None else Figure(figsize=(8.0, 3.6), dpi=100)
    figure.clear()
    figure.set_facecolor(style.background)
    ax = figure.add_subplot()
    ax.set_facecolor(style.panel)
    major = [float(to_decimal(v, series.currency)) for v in series.received]
    earned = [float(to_decimal(v, series.currency)) for v in series.earned]
    positions = list(range(12))
    width = 0.38
    ax.bar([p - width / 2 for p in positions], earned, width, color=style.target, alpha=0.85,
           label=labels.earned, zorder=3)
    ax.bar([p + width / 2 for p in positions], major, width, color=style.accent,
           label=labels.received, zorder=3)
    running, total = [], Fraction(0)
    for value in series.received:
        total += value
        running.append(float(to_decimal(total, series.currency)))
    shown = 12
    if today is not None and today.year == series.year:
        shown = today.month  # the running total stops at this month, not in the future
    elif today is not None and today.year < series.year:
        shown = 0
    line_ax = ax.twinx()
    line_ax.plot(positions[:shown], running[:shown], color=style.success, linewidth=1.8, marker="o",
                 markersize=3, label=labels.so_far, zorder=4)
    line_ax.set_ylim(bottom=0, top=max([*running, 1]) * 1.12)
    ax.set_ylim(bottom=0, top=max(earned + major + [1]) * 1.18)
    ax.set_xticks(positions)
    ax.set_xticklabels(labels.months, color=style.muted, fontsize=8)
    money_axis = FuncFormatter(lambda value, _pos: f"{value:,.0f}")
    for axis in (ax, line_ax):
        axis.yaxis.set_major_formatter(money_axis)
        axis.tick_params(colors=style.muted, labelsize=8)
        for spine in axis.spines.values():
            spine.set_color(style.grid)
    ax.grid(axis="y", color=style.grid, linewidth=0.6, zorder=0)
    ax.set_ylabel(labels.per_month_axis.format(currency=series.currency), color=style.muted, fontsize=8)
    line_ax.set_ylabel(labels.so_far_axis.format(currency=series.currency), color=style.muted, fontsize=8)
    if today is not None and today.year == series.year:
        ax.axvline(today.month - 1 + 0.5, color=style.grid, linewidth=0.8, linestyle=":")
    handles = [*ax.get_legend_handles_labels()[0], *line_ax.get_legend_handles_labels()[0]]
    names = [*ax.get_legend_handles_labels()[1], *line_ax.get_legend_handles_labels()[1]]
    ax.legend(handles, names, loc="upper left", frameon=False, fontsize=8, ncol=3,
              labelcolor=style.text)
    if title:
        figure.suptitle(labels.title.format(year=series.year, currency=series.currency,
                                            total=format_money(total, series.currency)),
                        color=style.text, fontsize=11, fontweight="bold")
    figure.subplots_adjust(left=0.09, right=0.9, top=0.86 if title else 0.95, bottom=0.12)
    return figure
