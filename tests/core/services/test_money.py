"""Exact money: parsing, ISO 4217 currencies, the half-up rule, never adding currencies."""

from decimal import Decimal
from fractions import Fraction

import pytest

from internapp.core.services import money
from internapp.core.services.errors import ValidationError
from internapp.core.services.invoice_lines import rounded_lines
from internapp.core.services.money import MixedCurrencyError, Money, Totals


@pytest.mark.parametrize(("text", "currency", "minor"), [
    ("600", "USD", 60000), ("1,250.50", "USD", 125050), (" 0.07 ", "EUR", 7),
    ("1500", "JPY", 1500), ("1.234", "KWD", 1234), (Decimal("19.99"), "GBP", 1999), (12, "USD", 1200),
])
def test_amounts_become_exact_minor_units_of_their_currency(text, currency, minor):
    assert money.parse_amount("amount", text, currency) == minor


@pytest.mark.parametrize(("value", "reason"), [
    ("-5", "must not be negative"), ("abc", "is not an amount"), ("12.345", "more decimals than USD"),
    ("0", "must be more than zero"), (12.5, "not a float"), ("1e400", "is not an amount"),
    ("99999999999", "is too large"),
])
def test_bad_amounts_name_the_field(value, reason):
    with pytest.raises(ValidationError, match=reason) as refused:
        money.parse_amount("amount", value, "USD")
    assert refused.value.field == "amount"


def test_currencies_are_checked_against_iso_4217():
    assert money.currency_code("currency", "eur") == "EUR"
    with pytest.raises(ValidationError, match="XYZ is not an ISO 4217 currency code"):
        money.currency_code("currency", "XYZ")
    with pytest.raises(ValidationError, match="XAU is a fund, metal or testing code"):
        money.currency_code("currency", "xau")
    with pytest.raises(ValidationError, match="three-letter"):
        money.currency_code("currency", "euro")


def test_rounding_is_half_up_and_only_at_display():
    assert money.round_minor(Fraction(5, 2)) == 3 and money.round_minor(Fraction(7, 2)) == 4
    assert money.round_minor(Fraction(249, 100)) == 2
    assert money.decimal_string(Fraction(1, 2), "USD") == "0.01"
    assert money.format_money(123456789, "USD") == "1,234,567.89 USD"
    assert money.format_money(1500, "JPY") == "1,500 JPY"
    # three thirds of a cent are a cent exactly: summed first, rounded once
    third = Fraction(1, 3)
    assert money.decimal_string(third + third + third, "USD") == "0.01"


def test_rounded_invoice_lines_add_up_to_the_rounded_total_the_largest_line_absorbing():
    exact = [Fraction(1005, 10), Fraction(2005, 10), Fraction(3005, 10)]  # 100.5 + 200.5 + 300.5
    lines = rounded_lines(exact)
    assert sum(lines) == money.round_minor(sum(exact)) == 602
    assert lines == [101, 201, 300]  # each rounds up to 603; the largest gives the cent back
    assert rounded_lines([Fraction(1, 3)] * 3) == [1, 0, 0]


def test_different_currencies_are_never_added():
    assert Money(100, "USD") + Money(250, "USD") == Money(350, "USD")
    with pytest.raises(MixedCurrencyError, match="cannot add EUR to USD"):
        Money(100, "USD") + Money(100, "EUR")
    totals = Totals([("USD", 100), ("EUR", 250), ("USD", 50)])
    assert totals.items() == [("EUR", 250), ("USD", 150)]
    assert totals.text() == "2.50 EUR + 1.50 USD"


def test_percentages_are_basis_points():
    assert money.parse_percent("p", "25") == 2500 and money.parse_percent("p", "12,5 %") == 1250
    assert money.share(10_000, 2500) == 2500
    with pytest.raises(ValidationError, match="from 0 to 100"):
        money.parse_percent("p", "120")
    with pytest.raises(ValidationError, match="two decimals"):
        money.parse_percent("p", "1.234")
