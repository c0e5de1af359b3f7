"""Services name their fields in their signatures. An update's field the caller left out is
``UNSET`` (``name: str | Unset = UNSET``; None clears a field), and ``given(...)`` keeps the
fields a caller gave, for validation. A module of its own: the hot paths (``log add``, the timer)
use it without the validators of fields.py."""

from typing import Any


class Unset:
    """The type of UNSET: a field not given."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "UNSET"


UNSET = Unset()


def given(**fields: Any) -> dict[str, Any]:
    """The fields of an update that were given (not UNSET)."""
    return {name: value for name, value in fields.items() if value is not UNSET}


def supplied(**fields: Any) -> dict[str, Any]:
    """The fields of a new record that have a value (None: the field's default)."""
    return {name: value for name, value in fields.items() if value is not None}
