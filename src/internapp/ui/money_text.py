"""Money on screen, exact: amounts in minor units (or exact Fractions of them) rounded once by
the rule in core/services/money.py, written with the locale's digit grouping and decimal mark
and the ISO code after (a student with several currencies reads "1,250.50 EUR" unambiguously).
No float on the way."""

from fractions import Fraction

from PySide6.QtCore import QLocale

from internapp.core.services.money import minor_text, to_decimal


def money(minor: Fraction | int | None, currency: str, *, code: bool = True) -> str:
    """``1,250.50 USD`` (``1.250,50 USD`` in German); ``—`` for None."""
    if minor is None:
        return "—"
    amount = to_decimal(minor, currency)
    sign = "−" if amount < 0 else ""
    whole, _, fraction = f"{abs(amount):f}".partition(".")
    locale = QLocale()
    if locale.language() == QLocale.Language.C:  # no locale set (a bare shell): write English
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    grouped = locale.toString(int(whole)) if len(whole) < 16 else whole
    text = grouped + (locale.decimalPoint() + fraction if fraction else "")
    return f"{sign}{text} {currency}" if code else f"{sign}{text}"


def per_hour(minor: Fraction | int | None, currency: str) -> str:
    return "—" if minor is None else f"{money(minor, currency)}/h"


def editable(minor: int | None, currency: str) -> str:
    """The amount as a form shows it for editing: ``1250.50`` (what the services parse)."""
    return minor_text(minor, currency)
