"""The money preferences the student chooses, kept in the store (preference ``money``):

- ``set_aside_bp``: the share of what they receive to keep for taxes (basis points: 2500 = 25 %);
- ``home_currency`` and ``rates``: the rates they entered ("1 EUR = 1.08 USD"), the only way
  amounts in different currencies are ever shown as one total;
- invoice numbering: ``invoice_prefix`` (``{year}`` becomes the invoice's year), ``invoice_digits``
  and ``invoice_next`` — "2026-007" — and ``payment_terms_days`` (due date = issue + N days).
"""

from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from internapp.core.changes import Kind
from internapp.core.services import preferences
from internapp.core.services.errors import ValidationError
from internapp.core.services.fields import UNSET, Unset, clean, given, number, text
from internapp.core.services.money import currency_code, parse_percent
from internapp.core.store import Store

KEY = "money"


@dataclass(frozen=True)
class MoneySettings:
    set_aside_bp: int | None = None
    home_currency: str | None = None
    rates: dict[str, str] = field(default_factory=dict)  # currency -> home units per 1, exact text
    invoice_prefix: str = "{year}-"
    invoice_digits: int = 3
    invoice_next: int = 1
    payment_terms_days: int = 14

    def rate(self, currency: str) -> Decimal | None:
        """Home-currency units per one ``currency`` (1 for the home currency itself)."""
        if currency == self.home_currency:
            return Decimal(1)
        found = self.rates.get(currency)
        return Decimal(found) if found is not None else None


def _rates(field_name: str, value: Any) -> dict[str, str]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise ValidationError(field_name, "must map currency codes to rates")
    cleaned: dict[str, str] = {}
    for code, rate in value.items():
        checked = currency_code(field_name, code)
        if checked is None:
            continue
        code = checked
        if rate is None or str(rate).strip() == "":
            continue
        if isinstance(rate, float):
            raise ValidationError(field_name, "give rates as text, not floats")
        try:
            exact = Decimal(str(rate).strip().replace(",", "."))
        except InvalidOperation:
            raise ValidationError(field_name, f"{rate!r} is not a rate for {code}") from None
        if not exact.is_finite() or exact <= 0:
            raise ValidationError(field_name, f"the rate for {code} must be more than zero")
        cleaned[code] = str(exact)
    return cleaned


def _prefix(field_name: str, value: Any) -> str:
    value = text(max_length=30)(field_name, value) or ""
    probe = value.replace("{year}", "")
    if "{" in probe or "}" in probe:
        raise ValidationError(field_name, "only {year} can stand in braces")
    return value


SCHEMA = {
    "set_aside_bp": lambda f, v: parse_percent(f, v) if isinstance(v, str) else
    number(minimum=0, maximum=10_000, integer=True)(f, v),
    "set_aside_percent": parse_percent,  # "25" or "12.5 %": sets set_aside_bp
    "home_currency": currency_code,
    "rates": _rates,
    "invoice_prefix": _prefix,
    "invoice_digits": number(minimum=1, maximum=8, integer=True),
    "invoice_next": number(minimum=1, maximum=99_999_999, integer=True),
    "payment_terms_days": number(minimum=0, maximum=365, integer=True),
}


def get(store: Store) -> MoneySettings:
    with store.read() as session:
        return read(session)


def read(session) -> MoneySettings:
    return from_stored(preferences.read(session, KEY, {}))


def from_stored(stored: dict | None) -> MoneySettings:
    """The settings from the stored preference's value (names it does not know left out)."""
    known = set(MoneySettings.__dataclass_fields__)
    return MoneySettings(**{k: v for k, v in (stored or {}).items() if k in known})


def update(store: Store, *, set_aside_bp: int | str | Unset | None = UNSET,
           set_aside_percent: Decimal | int | str | Unset | None = UNSET,
           home_currency: str | Unset | None = UNSET,
           rates: Mapping[str, object] | Unset | None = UNSET,
           invoice_prefix: str | Unset | None = UNSET,
           invoice_digits: int | str | Unset | None = UNSET,
           invoice_next: int | str | Unset | None = UNSET,
           payment_terms_days: int | str | Unset | None = UNSET) -> MoneySettings:
    """Sets the fields given (``set_aside_percent``: "25" or "12.5 %" sets ``set_aside_bp``;
    ``rates``: merged into the stored ones, an empty rate removes its currency)."""
    values = given(set_aside_bp=set_aside_bp, set_aside_percent=set_aside_percent,
                   home_currency=home_currency, rates=rates, invoice_prefix=invoice_prefix,
                   invoice_digits=invoice_digits, invoice_next=invoice_next,
                   payment_terms_days=payment_terms_days)
    cleaned = clean(values, SCHEMA)
    if "set_aside_percent" in cleaned:
        cleaned["set_aside_bp"] = cleaned.pop("set_aside_percent")
    for name in ("invoice_digits", "invoice_next", "payment_terms_days"):
        if name in cleaned and cleaned[name] is None:
            cleaned.pop(name)
    with store.write([Kind.SETTINGS]) as session:
        current = asdict(read(session))
        if "rates" in values and values["rates"] is not None:
            cleaned["rates"] = {**current["rates"], **cleaned["rates"]}
            for code, rate in values["rates"].items():
                if rate is None or str(rate).strip() == "":
                    cleaned["rates"].pop(str(code).upper(), None)
        current.update(cleaned)
        settings = MoneySettings(**current)
        preferences.write(session, KEY, asdict(settings))
    return settings
