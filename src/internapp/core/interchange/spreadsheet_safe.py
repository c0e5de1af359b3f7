"""Cells that a spreadsheet would run as a formula are neutralised before export (OWASP CSV
injection): a leading = + - @, tab or carriage return gets a leading apostrophe."""

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: object) -> object:
    """The value, with text that starts like a formula made inert; numbers pass unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value
