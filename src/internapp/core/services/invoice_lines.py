"""An invoice's lines, built from what the engagement agreed, and the rounding that makes the
printed lines add up to the printed total.

- fixed fee: one line, the fee;
- per milestone: a line per milestone with a fee (or the one milestone invoiced);
- hourly: a line per week of hours logged in the period billed, the hours in hundredths of an
  hour (rounded half up) × the rate.

Rounding (money.py states the rule once): each line's exact amount is rounded half up to a minor
unit; if the rounded lines do not add up to the rounded exact total, the line with the largest
amount (the first of equal ones) absorbs the difference, so the lines always sum to the total.
"""

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from internapp.core.services.money import round_minor

HOUR_PLACES = Decimal("0.01")


@dataclass(frozen=True)
class Line:
    description: str
    quantity: Decimal  # 1 for a fee; hours for time
    unit: str  # "" or "h"
    unit_price_cents: int
    exact_cents: Fraction  # quantity × unit price, before rounding
    milestone_id: str | None = None


def rounded_lines(exact: list[Fraction]) -> list[int]:
    """Each amount rounded half up; the largest line (the first of equal ones) takes whatever
    difference remains, so the result sums to the rounded exact total."""
    if not exact:
        return []
    rounded = [round_minor(value) for value in exact]
    difference = round_minor(sum(exact, Fraction(0))) - sum(rounded)
    if difference:
        largest = max(range(len(exact)), key=lambda i: (abs(exact[i]), -i))
        rounded[largest] += difference
    return rounded


def fee_line(title: str, fee_cents: int) -> Line:
    return Line(title, Decimal(1), "", fee_cents, Fraction(fee_cents))


def milestone_line(title: str, milestone_title: str, fee_cents: int, milestone_id: str) -> Line:
    return Line(f"{title} — milestone: {milestone_title}", Decimal(1), "", fee_cents,
                Fraction(fee_cents), milestone_id)


def billed_hours(seconds: int) -> Decimal:
    """Hours in hundredths, rounded half up (36 seconds make 0.01 h)."""
    return (Decimal(seconds) / Decimal(3600)).quantize(HOUR_PLACES, rounding=ROUND_HALF_UP)


def hour_lines(title: str, rate_cents: int, entries: list[tuple[datetime, int]], zone) -> list[Line]:
    """A line per week (Monday to Sunday, in the user's zone) of the given (start, seconds)."""
    weeks: dict[date, int] = defaultdict(int)
    for started_at, seconds in entries:
        day = started_at.astimezone(zone).date()
        weeks[day - timedelta(days=day.weekday())] += seconds
    lines = []
    for monday in sorted(weeks):
        hours = billed_hours(weeks[monday])
        if hours == 0:
            continue
        sunday = monday + timedelta(days=6)
        lines.append(Line(f"{title} — hours, week of {monday:%d %b} – {sunday:%d %b %Y}", hours,
                          "h", rate_cents, Fraction(hours) * rate_cents))
    return lines
