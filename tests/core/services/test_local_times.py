"""Stored instants as local dates and times, the fast way, agree with datetime's own conversion:
whole-hour, half-hour and 45-minute offsets, offsets with seconds (Amsterdam's of 1930), days
when daylight saving changes, instants near midnight that move to another date."""

import random
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from internapp.core.services.local_times import LocalTimes
from internapp.core.store.codec import encode

ZONES = ["UTC", "Europe/Berlin", "America/St_Johns", "Asia/Kathmandu", "Pacific/Kiritimati",
         "America/Los_Angeles", "Europe/Amsterdam"]


def _instants():
    rng = random.Random(11)
    found = []
    for first in (datetime(1930, 5, 1, tzinfo=UTC), datetime(2025, 3, 28, tzinfo=UTC),
                  datetime(2025, 10, 24, tzinfo=UTC), datetime(2025, 12, 30, tzinfo=UTC)):
        for _ in range(400):  # minutes across five days, some with microseconds
            moment = first + timedelta(minutes=rng.randrange(5 * 1440))
            found.append(moment.replace(microsecond=rng.choice([0, 0, 250_000, 7])))
    return found


@pytest.mark.parametrize("name", ZONES)
def test_local_dates_and_times_agree_with_datetime(name):
    zone = ZoneInfo(name)
    local = LocalTimes(zone)
    for instant in _instants():
        stored = encode(instant)
        exact = instant.astimezone(zone)
        wall = exact.replace(tzinfo=None).isoformat()
        assert local.date_and_time(stored) == (wall[:10], wall[11:19]), (name, stored)
        assert local.iso(stored) == exact.isoformat(), (name, stored)
