"""The student's own details, filled in once: what an invoice prints as its sender and what a
résumé export uses as ``basics`` (name, e-mail, phone, website and links, postal address, tax id).

Kept as one preference (``profile``) so it travels with the data. ``update`` changes the fields it
is given (an empty value clears one) after validating all of them; nothing is written when one
is refused.
"""

import re
from dataclasses import asdict, dataclass, field, fields
from typing import Any

from internapp.core.changes import Kind
from internapp.core.services import preferences
from internapp.core.services.errors import ValidationError
from internapp.core.services.fields import clean, email, string_list, text, url
from internapp.core.store import Store

KEY = "profile"
PHONE = re.compile(r"^\+?[\d\s().\-/]{3,40}(\s*(ext\.?|x)\s*\d{1,6})?$", re.IGNORECASE)


def _email(field_name: str, value: Any) -> str | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return email(field_name, value)


def _phone(field_name: str, value: Any) -> str | None:
    value = text(max_length=40)(field_name, value)
    if value is not None and not PHONE.match(value):
        raise ValidationError(field_name, f"{value!r} is not a phone number (digits, spaces, + - ( ))")
    return value


def _country_code(field_name: str, value: Any) -> str | None:
    value = text(max_length=2)(field_name, value)
    if value is None:
        return None
    if not re.fullmatch(r"[A-Za-z]{2}", value):
        raise ValidationError(field_name, f"{value!r} is not a two-letter country code (e.g. PT, US)")
    return value.upper()


def _links(field_name: str, value: Any) -> list[str]:
    links = string_list(item=url, max_length=2000)(field_name, value)
    if len(links) > 12:
        raise ValidationError(field_name, "keep it to 12 links at most")
    return links


SCHEMA = {
    "name": text(max_length=120),
    "label": text(max_length=120),  # a headline: "Data analytics student"
    "email": _email,
    "phone": _phone,
    "website": url,
    "links": _links,  # LinkedIn, GitHub, a portfolio…
    "address": text(multiline=True, max_length=400),  # street lines
    "postal_code": text(max_length=20),
    "city": text(max_length=100),
    "region": text(max_length=100),
    "country": text(max_length=80),  # as printed: "Portugal"
    "country_code": _country_code,  # ISO 3166-1 alpha-2, for résumé formats
    "tax_id": text(max_length=60),  # VAT number, NIF, SSN/EIN… as the student writes it
}


# countries whose addresses put the city first ("Seattle, WA 98101"), and the postcode below it
CITY_FIRST = frozenset({"US", "CA", "AU"})
POSTCODE_BELOW = frozenset({"GB", "IE"})


@dataclass(frozen=True)
class Profile:
    name: str | None = None
    label: str | None = None
    email: str | None = None
    phone: str | None = None
    website: str | None = None
    links: list[str] = field(default_factory=list)
    address: str | None = None
    postal_code: str | None = None
    city: str | None = None
    region: str | None = None
    country: str | None = None
    country_code: str | None = None
    tax_id: str | None = None

    @property
    def is_empty(self) -> bool:
        return not any(getattr(self, f.name) for f in fields(self))

    def postal_lines(self) -> list[str]:
        """The address as it is printed: street lines, the town line, country. The town line is
        "city, region postal code" where the country writes it so (US, CA, AU), the city then
        the postcode on a line of its own in the UK, else "postal code city, region"."""
        lines = (self.address or "").splitlines()
        code = (self.country_code or "").upper()
        if code in CITY_FIRST:
            town = [", ".join(p for p in (self.city, " ".join(
                p for p in (self.region, self.postal_code) if p)) if p)]
        elif code in POSTCODE_BELOW:
            town = [", ".join(p for p in (self.city, self.region) if p), self.postal_code or ""]
        else:
            town = [", ".join(p for p in (" ".join(p for p in (self.postal_code, self.city) if p),
                                          self.region) if p)]
        return [line for line in (*lines, *town, self.country or "") if line]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def get(store: Store) -> Profile:
    with store.read() as session:
        return _from_stored(preferences.read(session, KEY, {}))


def update(store: Store, **values: Any) -> Profile:
    """Sets the given fields (None or "" clears one); the others keep their values."""
    cleaned = clean(values, SCHEMA)
    with store.write([Kind.SETTINGS]) as session:
        stored = dict(preferences.read(session, KEY, {}) or {})
        stored.update(cleaned)
        profile = _from_stored(stored)
        preferences.write(session, KEY, profile.to_dict())
    return profile


def _from_stored(stored: Any) -> Profile:
    known = {f.name for f in fields(Profile)}
    values = {k: v for k, v in (stored or {}).items() if k in known}
    values["links"] = list(values.get("links") or [])
    return Profile(**values)
