"""Budget arithmetic, with no database: the 80 % and 100 % levels and the bounds of a week.
(Plain functions, so the background reminder process uses them without SQLAlchemy.)"""

from datetime import date, datetime, time, timedelta
from enum import StrEnum

from internapp.core.clock import local_zone

WARNING_SHARE = 0.8


class BudgetLevel(StrEnum):
    OK = "ok"
    WARNING = "warning"  # 80 % of the estimate or more
    OVER = "over"  # 100 % or more


def week_bounds(day: date, zone=None) -> tuple[datetime, datetime]:
    """Monday 00:00 to the next Monday 00:00 of ``day``'s week, in the user's zone."""
    zone = zone or local_zone()
    monday = day - timedelta(days=day.weekday())
    start = datetime.combine(monday, time(0), tzinfo=zone)
    return start, datetime.combine(monday + timedelta(days=7), time(0), tzinfo=zone)


def level_for(share: float | None) -> BudgetLevel:
    if share is None or share < WARNING_SHARE:
        return BudgetLevel.OK
    return BudgetLevel.OVER if share >= 1 else BudgetLevel.WARNING
