"""The hybrid logical clock: milliseconds since the epoch shifted left by 16 bits, plus a counter
for changes within the same millisecond. Every captured change takes ``max(now, last + 1)``, and
a device that pulls a later clock moves its own past it, so an edit made after seeing another
always orders after it, whatever the devices' wall clocks say. Ties between devices are broken by
the device id.

The triggers compute the same value in SQL (``SQL_NOW``), inside the writing transaction.
"""

import time
from datetime import UTC, datetime

SHIFT = 16
# Milliseconds since the epoch, exactly (strftime('%f') is SS.SSS), shifted like in Python.
SQL_NOW_MS = ("(CAST(strftime('%s', 'now') AS INTEGER) * 1000 "
              "+ CAST(substr(strftime('%f', 'now'), 4) AS INTEGER))")
SQL_NOW = f"({SQL_NOW_MS} << {SHIFT})"


def sql_ms_of(column: str) -> str:
    """SQL for the milliseconds of a stored naive-UTC timestamp column."""
    return (f"(CAST(strftime('%s', {column}) AS INTEGER) * 1000 "
            f"+ CAST(substr(strftime('%f', {column}), 4) AS INTEGER))")


def now(wall_ms: int | None = None) -> int:
    return (wall_ms if wall_ms is not None else time.time_ns() // 1_000_000) << SHIFT


def to_datetime(hlc: int) -> datetime:
    return datetime.fromtimestamp((hlc >> SHIFT) / 1000, UTC)
