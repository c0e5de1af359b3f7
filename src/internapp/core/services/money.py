"""Exact money: amounts in integer minor units of an ISO 4217 currency, never floats.

The one rounding rule
    Stored amounts are whole minor units (cents; yen for JPY; fils for KWD). A computed amount
    that falls between two minor units — hours × an hourly rate, a percentage of a payment
    (a platform's cut, the tax set-aside), a fee divided by hours — is kept exact (a Fraction)
    while it is summed, and rounded only when it is shown or becomes an invoice line, **half up**
    (0.5 of a minor unit goes away from zero) to the currency's minor unit. An invoice's lines
    are rounded so that they add up to its rounded total: the line with the largest amount (the
    first of equal ones) absorbs the difference (``invoice_lines.rounded_lines``).

Currencies are checked against the ISO 4217 table (the ``iso4217`` package, imported on first
use); fund and metal codes (XAU, XDR…) are refused. Amounts in different currencies are never
added: ``Totals`` keeps one sum per currency, and adding two ``Money`` values of different
currencies raises ``MixedCurrencyError``.
"""

import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from fractions import Fraction
from functools import cache
from typing import Any

from internapp.core.services.errors import ValidationError

ROUNDING = ROUND_HALF_UP
MAX_AMOUNT = Decimal("1000000000")  # a billion in major units: far beyond any engagement
AMOUNT = re.compile(r"^\s*(?P<sign>[-+])?\s*(?P<body>\d[\d,\s]*(?:\.\d*)?|\.\d+)\s*$")


class MixedCurrencyError(ValueError):
    """Two amounts in different currencies were about to be added."""


@cache
def _table() -> dict[str, int | None]:
    from iso4217 import Currency

    return {currency.code: currency.exponent for currency in Currency}


def currency_code(field: str, value: Any) -> str | None:
    """An ISO 4217 code in capitals, or None for empty input; anything else names the field."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    code = str(value).strip().upper()
    if not re.fullmatch(r"[A-Z]{3}", code):
        raise ValidationError(field, f"{value!r} is not a three-letter currency code (e.g. USD)")
    table = _table()
    if code not in table:
        raise ValidationError(field, f"{code} is not an ISO 4217 currency code")
    if table[code] is None:
        raise ValidationError(field, f"{code} is a fund, metal or testing code, not a currency")
    return code


def exponent(currency: str) -> int:
    """Digits after the decimal point of ``currency`` (2 for USD, 0 for JPY, 3 for KWD)."""
    found = _table().get(currency)
    return 2 if found is None else found


def parse_amount(field: str, value: Any, currency: str, *, allow_zero: bool = False) -> int | None:
    """Text ("1,250.50"), an int or a Decimal in major units → minor units of ``currency``.

    Refused, naming the field: negative, non-numeric, zero (unless ``allow_zero``), more decimals
    than the currency has, absurdly large, and floats (they are not exact)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, (bool, float)):
        raise ValidationError(field, "must be given as text or a Decimal, not a float")
    if isinstance(value, int):
        amount = Decimal(value)
    elif isinstance(value, Decimal):
        amount = value
    else:
        found = AMOUNT.match(str(value))
        if found is None:
            raise ValidationError(field, f"{value!r} is not an amount (e.g. 600 or 1,250.50)")
        try:
            amount = Decimal(found["body"].replace(",", "").replace(" ", ""))
        except InvalidOperation:
            raise ValidationError(field, f"{value!r} is not an amount") from None
        if found["sign"] == "-":
            amount = -amount
    if not amount.is_finite():
        raise ValidationError(field, "must be a finite amount")
    if amount < 0:
        raise ValidationError(field, f"must not be negative (got {value})")
    if amount == 0 and not allow_zero:
        raise ValidationError(field, "must be more than zero")
    if amount > MAX_AMOUNT:
        raise ValidationError(field, f"{value} is too large")
    places = exponent(currency)
    minor = amount.scaleb(places)
    if minor != minor.to_integral_value():
        raise ValidationError(field, f"{value} has more decimals than {currency} allows ({places})")
    return int(minor)


def parse_percent(field: str, value: Any) -> int | None:
    """A percentage 0–100 with at most two decimals ("12.5", "12,5 %") → basis points (1250)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool | float):
        raise ValidationError(field, "must be given as text or a Decimal, not a float")
    text = str(value).strip().removesuffix("%").strip().replace(",", ".")
    try:
        percent = Decimal(text)
    except InvalidOperation:
        raise ValidationError(field, f"{value!r} is not a percentage") from None
    if not percent.is_finite() or percent < 0 or percent > 100:
        raise ValidationError(field, "must be a percentage from 0 to 100")
    points = percent * 100
    if points != points.to_integral_value():
        raise ValidationError(field, "use at most two decimals")
    return int(points)


def percent_text(basis_points: int | None) -> str:
    if basis_points is None:
        return ""
    return f"{Decimal(basis_points) / 100:f}".rstrip("0").rstrip(".")


def round_minor(value: Fraction | int) -> int:
    """An exact amount in minor units rounded half up to a whole minor unit (the one rule)."""
    value = Fraction(value)
    sign = -1 if value < 0 else 1
    magnitude = abs(value)
    whole = magnitude.numerator // magnitude.denominator
    if magnitude - whole >= Fraction(1, 2):
        whole += 1
    return sign * whole


def share(amount: Fraction | int, basis_points: int) -> Fraction:
    """``basis_points`` (hundredths of a percent) of ``amount``, exact."""
    return Fraction(amount * basis_points, 10_000)


def to_decimal(minor: Fraction | int, currency: str) -> Decimal:
    """Minor units (rounded by the rule if exact fractions) → a Decimal in major units with the
    currency's places: 60000 USD → Decimal("600.00")."""
    places = exponent(currency)
    return Decimal(round_minor(minor)).scaleb(-places).quantize(Decimal(1).scaleb(-places))


def decimal_string(minor: Fraction | int | None, currency: str) -> str | None:
    """The amount as a plain decimal string for JSON and CSV ("600.00"); None stays None."""
    return None if minor is None else str(to_decimal(minor, currency))


def format_money(minor: Fraction | int | None, currency: str, *, code: bool = True) -> str:
    """"1,250.50 USD" (thousands separated, the currency's places), rounded by the rule."""
    if minor is None:
        return "—"
    amount = to_decimal(minor, currency)
    text = f"{amount:,}"
    return f"{text} {currency}" if code else text


def minor_text(minor: int | None, currency: str) -> str:
    """The amount as typed in a form: "1250.50" (no separators), "" for None."""
    return "" if minor is None else str(to_decimal(minor, currency))


@dataclass(frozen=True)
class Money:
    minor: int
    currency: str

    def __add__(self, other: "Money") -> "Money":
        if other.currency != self.currency:
            raise MixedCurrencyError(f"cannot add {other.currency} to {self.currency} without a "
                                     "rate you entered")
        return Money(self.minor + other.minor, self.currency)

    def __str__(self) -> str:
        return format_money(self.minor, self.currency)


class Totals:
    """One exact sum per currency: amounts in different currencies are never added together."""

    def __init__(self, items: Iterable[tuple[str, Fraction | int]] = ()) -> None:
        self._sums: dict[str, Fraction] = {}
        for currency, amount in items:
            self.add(currency, amount)

    def add(self, currency: str, amount: Fraction | int) -> None:
        self._sums[currency] = self._sums.get(currency, Fraction(0)) + Fraction(amount)

    def get(self, currency: str) -> Fraction:
        return self._sums.get(currency, Fraction(0))

    def currencies(self) -> list[str]:
        return sorted(self._sums)

    def items(self) -> list[tuple[str, Fraction]]:
        return [(c, self._sums[c]) for c in self.currencies()]

    def __bool__(self) -> bool:
        return bool(self._sums)

    def text(self) -> str:
        """"600.00 USD + 450.00 EUR": never one number for several currencies."""
        return " + ".join(format_money(v, c) for c, v in self.items()) or "—"
