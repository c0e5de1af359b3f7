"""The one way internapp writes a length of time: ``1 h 31 min``, ``45 min``, ``2 h``.

Used by the command line, exports and chart labels; the window writes the same format through
``ui/formats.py`` (Qt's translated plurals, the user's locale). Lengths are rounded to the
nearest minute; a length under half a minute but above zero is ``< 1 min`` (never a misleading
``0 min`` for time that was logged).
"""



def whole_minutes(seconds: float | int) -> int:
    """``seconds`` rounded to the nearest minute (halves up, away from zero)."""
    from decimal import ROUND_HALF_UP, Decimal  # here: the hot commands import no decimal

    value = Decimal(str(seconds)) / 60
    return int(value.copy_abs().quantize(Decimal(1), rounding=ROUND_HALF_UP)) * (-1 if value < 0 else 1)


def split(seconds: float | int) -> tuple[int, int, int]:
    """(sign, hours, minutes) of ``seconds`` rounded to the minute; sign is -1 or 1."""
    minutes = whole_minutes(seconds)
    hours, rest = divmod(abs(minutes), 60)
    return (-1 if minutes < 0 else 1), hours, rest


def duration_text(seconds: float | int | None) -> str:
    """``1 h 31 min`` / ``45 min`` / ``2 h`` / ``0 min`` / ``< 1 min``; ``""`` for None."""
    if seconds is None:
        return ""
    if 0 < abs(seconds) < 30:
        return "< 1 min"
    sign, hours, minutes = split(seconds)
    parts = ([f"{hours} h"] if hours else []) + ([f"{minutes} min"] if minutes or not hours else [])
    return ("−" if sign < 0 else "") + " ".join(parts)


def hours_text(hours: float | int | None) -> str:
    """A length given in hours (an estimate, a weekly cap) written the same way: 1.5 → ``1 h 30 min``."""
    if hours is None:
        return ""
    return duration_text(float(hours) * 3600)
