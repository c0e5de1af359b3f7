"""Field validators shared by the services.

A validator takes ``(field, value)`` and returns the cleaned value or raises ValidationError
naming the field. ``clean`` applies a schema (field name -> validator) to a dict of values.

Services name their fields in their signatures (core/services/unset.py: ``UNSET``, ``given``,
``supplied``, re-exported here) and hand what was given to ``clean``.
"""

import re
import uuid
from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime
from typing import Any
from urllib.parse import urlsplit

from internapp.core.clock import local_zone
from internapp.core.services.errors import NotFoundError, ValidationError
from internapp.core.services.unset import UNSET, Unset, given, supplied  # noqa: F401 (services')

Validator = Callable[[str, Any], Any]

EMAIL_PATTERN = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
# The calendar internapp keeps: far enough for any record, near enough that adding a day or a
# time zone never leaves Python's calendar (years 1–9999).
FIRST_DAY = date(1900, 1, 1)
LAST_DAY = date(2999, 12, 31)
CALENDAR = f"{FIRST_DAY.year}–{LAST_DAY.year}"


def is_text(value: str) -> bool:
    """False for a string holding bytes that were not UTF-8 (decoded as lone surrogates, the way
    Python hands over such command-line arguments)."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def in_calendar(field: str, day: date) -> date:
    if not FIRST_DAY <= day <= LAST_DAY:
        raise ValidationError(field, f"{day.isoformat()} is outside the years {CALENDAR}")
    return day


def clean(values: Mapping[str, Any], schema: Mapping[str, Validator], *,
          required: Iterable[str] = ()) -> dict[str, Any]:
    """Validates every given value; unknown fields and missing required ones are rejected."""
    unknown = sorted(set(values) - set(schema))
    if unknown:
        raise ValidationError(unknown[0], "is not a field that can be set here")
    cleaned = {name: schema[name](name, value) for name, value in values.items()}
    for name in required:
        if cleaned.get(name) in (None, "", []):
            raise ValidationError(name, "is required")
    return cleaned


def clean_leniently(values: Mapping[str, Any], schema: Mapping[str, Validator], *,
                    required: Iterable[str] = ()) -> tuple[dict[str, Any], list[tuple[str, str]]]:
    """As ``clean``, for importers: an optional field that does not validate is left out rather
    than refusing the record. Returns the cleaned values and the (field, reason) pairs left out;
    a required field that does not validate still raises."""
    required = set(required)
    values = dict(values)
    left_out: list[tuple[str, str]] = []
    while True:
        try:
            return clean(values, schema, required=required), left_out
        except ValidationError as error:
            if error.field in required or error.field not in values:
                raise
            left_out.append((error.field, error.reason))
            kept = _readable_items(schema[error.field], error.field, values[error.field])
            if kept:  # a list keeps the items that can be read (one bad email of two)
                values[error.field] = kept
            else:
                values.pop(error.field)


def _readable_items(validate: Validator, field: str, value: Any) -> list | None:
    if not isinstance(value, list | tuple):
        return None
    kept = []
    for item in value:
        try:
            validate(field, [item])
        except ValidationError:
            continue
        kept.append(item)
    return kept or None


def name_key(name: str) -> str:
    """A name folded for comparing: case, accents kept, runs of whitespace collapsed."""
    return " ".join(name.casefold().split())


def text(*, required: bool = False, max_length: int = 200, multiline: bool = False,
         default: str | None = None) -> Validator:
    def validate(field: str, value: Any) -> str | None:
        if value is None:
            if required:
                raise ValidationError(field, "is required")
            return default
        if not isinstance(value, str):
            raise ValidationError(field, "must be text")
        if not is_text(value):
            raise ValidationError(field, "is not valid text: its bytes are not UTF-8")
        value = value.strip() if multiline else " ".join(value.split())
        if not value:
            if required:
                raise ValidationError(field, "must not be empty")
            return default
        if len(value) > max_length:
            raise ValidationError(field, f"is longer than {max_length} characters")
        return value

    return validate


def choice(options: Iterable[str], *, required: bool = False) -> Validator:
    allowed = {str(option).casefold(): str(option) for option in options}

    def validate(field: str, value: Any) -> str | None:
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                raise ValidationError(field, "is required")
            return None
        found = allowed.get(str(value).strip().casefold())
        if found is None:
            raise ValidationError(
                field, f"{value!r} is not one of: {', '.join(allowed.values())}"
            )
        return found

    return validate


def parse_date(field: str, value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        raise ValidationError(field, "must be a calendar date, not a date and time")
    if isinstance(value, date):
        return in_calendar(field, value)
    if isinstance(value, str):
        try:
            parsed = date.fromisoformat(value.strip())
        except ValueError:
            pass
        else:
            return in_calendar(field, parsed)
    raise ValidationError(field, f"{value!r} is not a date (use YYYY-MM-DD)")


def parse_instant(field: str, value: Any) -> datetime | None:
    """An aware datetime. ISO 8601 text without an offset is local time in the system zone."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.strip())
        except ValueError:
            raise ValidationError(
                field, f"{value!r} is not a date and time (use ISO 8601, e.g. 2026-03-01T14:30)"
            ) from None
    if not isinstance(value, datetime):
        raise ValidationError(field, "must be a date and time")
    if value.tzinfo is None or value.utcoffset() is None:
        value = value.replace(tzinfo=local_zone())
    in_calendar(field, value.date())
    return value


def number(*, minimum: float | None = 0, maximum: float | None = None,
           integer: bool = False) -> Validator:
    def validate(field: str, value: Any) -> float | int | None:
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        if isinstance(value, bool):
            raise ValidationError(field, "must be a number")
        try:
            parsed = float(str(value).replace(",", "").strip())
        except ValueError:
            raise ValidationError(field, f"{value!r} is not a number") from None
        if parsed != parsed or parsed in (float("inf"), float("-inf")):
            raise ValidationError(field, "must be a finite number")
        if integer:
            if parsed != int(parsed):
                raise ValidationError(field, "must be a whole number")
            parsed = int(parsed)
        if minimum is not None and parsed < minimum:
            raise ValidationError(field, f"must be at least {minimum:g}")
        if maximum is not None and parsed > maximum:
            raise ValidationError(field, f"must be at most {maximum:g}")
        return parsed

    return validate


def boolean(field: str, value: Any) -> bool | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return value
    folded = str(value).strip().casefold()
    if folded in {"1", "true", "yes", "y"}:
        return True
    if folded in {"0", "false", "no", "n"}:
        return False
    raise ValidationError(field, f"{value!r} is not yes or no")


def url(field: str, value: Any) -> str | None:
    value = text(max_length=2000)(field, value)
    if value is None:
        return None
    try:  # urlsplit raises on a "[" that does not open an IPv6 address
        parts = urlsplit(value if "://" in value else f"https://{value}")
        address = parts.geturl()
        host = parts.hostname or ""
    except ValueError:
        raise ValidationError(field, f"{value!r} is not a web address") from None
    if parts.scheme not in {"http", "https"} or "." not in host or " " in value:
        raise ValidationError(field, f"{value!r} is not a web address")
    return address


def email(field: str, value: Any) -> str:
    value = text(required=True, max_length=320)(field, value)
    if not EMAIL_PATTERN.match(value):
        raise ValidationError(field, f"{value!r} is not an email address")
    return value


def string_list(*, item: Validator | None = None, max_length: int = 100) -> Validator:
    """A list of strings (or one comma-separated string): trimmed, empties dropped, no repeats."""

    def validate(field: str, value: Any) -> list[str]:
        if value is None or value == "":
            return []
        if not isinstance(value, str | list | tuple):  # `"tags": false` in an imported file
            raise ValidationError(field, "must be a list of text")
        items = value.split(",") if isinstance(value, str) else list(value)
        result: list[str] = []
        seen: set[str] = set()
        for raw in items:
            if not isinstance(raw, str):
                raise ValidationError(field, "must be a list of text")
            cleaned = item(field, raw) if item else text(max_length=max_length)(field, raw)
            if cleaned and name_key(cleaned) not in seen:
                seen.add(name_key(cleaned))
                result.append(cleaned)
        return result

    return validate


def currency(field: str, value: Any) -> str | None:
    """An ISO 4217 currency code (checked against the ISO table: core/services/money.py)."""
    from internapp.core.services.money import currency_code

    return currency_code(field, value)


def reference(field: str, value: Any) -> uuid.UUID | None:
    """A record id given as a UUID or its text form."""
    if value is None or value == "":
        return None
    if isinstance(value, uuid.UUID):
        return value
    try:
        return uuid.UUID(str(value).strip())
    except ValueError:
        raise ValidationError(field, f"{value!r} is not a record id") from None


def id_by_prefix(ids: Iterable[uuid.UUID], reference: Any, kind: str) -> uuid.UUID:
    """The one id of ``ids`` that is ``reference`` or starts with it (at least 4 characters, as
    people copy them from a list); ``kind`` names the record in the message."""
    wanted = str(reference).strip().casefold().replace("-", "")
    if len(wanted) < 4:
        raise ValidationError("id", f"{reference!r} is too short to name {_a(kind)}")
    matches = [i for i in ids if i.hex.startswith(wanted)]
    if not matches:
        raise NotFoundError(kind, reference, "id")
    if len(matches) > 1:
        raise ValidationError("id", f"{reference!r} matches {len(matches)} {kind}s; "
                                    "give more of the id")
    return matches[0]


def _a(kind: str) -> str:
    return f"an {kind}" if kind[:1] in "aeiou" else f"a {kind}"
