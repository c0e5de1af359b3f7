"""When a reminder fires: lead times across daylight-saving changes, and quiet hours.

A lead time of whole days moves the wall clock ("a day before a 10:00 interview" is 10:00 the day
before, 23 or 25 hours earlier across a change); what is left over is taken in elapsed minutes
("an hour before" is 60 real minutes before). All-day dates (deadlines, milestones) fire at the
chosen time of day, ``lead`` days before. A wall-clock time the clocks skipped moves to the first
time that exists after it; in a repeated hour the first occurrence is taken.
"""

from datetime import UTC, date, datetime, time, timedelta, tzinfo

MINUTES_PER_DAY = 24 * 60


def at_wall_clock(day: date, clock: time, zone: tzinfo) -> datetime:
    """``day`` at ``clock`` in ``zone``, as aware UTC. A time the clocks skipped moves forward by
    the length of the jump (02:30 on a spring-forward night is 03:30); in a repeated hour the
    first occurrence is taken (PEP 495's fold=0 does both)."""
    return datetime.combine(day, clock).replace(tzinfo=zone, fold=0).astimezone(UTC)


def before(instant: datetime, lead_minutes: int, zone: tzinfo) -> datetime:
    """``lead_minutes`` before ``instant``: whole days on the wall clock in ``zone``, the rest in
    elapsed time."""
    days, minutes = divmod(max(0, lead_minutes), MINUTES_PER_DAY)
    local = instant.astimezone(zone)
    moved = at_wall_clock(local.date() - timedelta(days=days), local.time().replace(tzinfo=None),
                          zone) if days else instant.astimezone(UTC)
    return moved - timedelta(minutes=minutes)


def day_reminder(day: date, lead_minutes: int, clock: time, zone: tzinfo) -> datetime:
    """The reminder of an all-day date: ``clock`` on the day, whole days of lead earlier (a lead
    shorter than a day gives the reminder on the day itself)."""
    return at_wall_clock(day - timedelta(days=max(0, lead_minutes) // MINUTES_PER_DAY), clock, zone)


def end_of_day(day: date, zone: tzinfo) -> datetime:
    return at_wall_clock(day + timedelta(days=1), time(0), zone)


def in_quiet_hours(instant: datetime, start: time | None, end: time | None, zone: tzinfo) -> bool:
    """True when ``instant`` falls in the quiet hours [start, end) of its local day (the span may
    run past midnight, 22:00–07:00)."""
    if start is None or end is None or start == end:
        return False
    clock = instant.astimezone(zone).time().replace(tzinfo=None)
    if start < end:
        return start <= clock < end
    return clock >= start or clock < end


def quiet_end(instant: datetime, start: time | None, end: time | None, zone: tzinfo) -> datetime:
    """``instant`` itself outside quiet hours; inside them, the moment they end."""
    if end is None or not in_quiet_hours(instant, start, end, zone):
        return instant
    local = instant.astimezone(zone)
    day = local.date()
    if local.time().replace(tzinfo=None) >= end:  # evening part of a span past midnight
        day += timedelta(days=1)
    return at_wall_clock(day, end, zone)
