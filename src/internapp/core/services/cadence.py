"""Keep-in-touch arithmetic, with no database: a contact's cadence and the date it falls due.
(Plain functions, so the background reminder process uses them without SQLAlchemy.)"""

from collections.abc import Iterable, Mapping
from datetime import date, datetime, timedelta, tzinfo

from internapp.core.services.fields import name_key


def effective_days(own_days: int | None, tags: Iterable[str],
                   tag_defaults: Mapping[str, int]) -> int | None:
    """The contact's own cadence, else the shortest default among its tags, else None."""
    if own_days:
        return own_days
    defaults = [tag_defaults[name_key(tag)] for tag in tags if name_key(tag) in tag_defaults]
    return min(defaults) if defaults else None


def due_date(days: int, last_contacted: datetime | None, created_at: datetime,
             zone: tzinfo) -> date:
    """``days`` after the latest interaction (or after the contact was added, when none)."""
    return (last_contacted or created_at).astimezone(zone).date() + timedelta(days=days)
