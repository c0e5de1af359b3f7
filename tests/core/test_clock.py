"""The Clock an AppContext carries: the system's by default, a fixed one for tests."""

from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import pytest

from internapp.context import AppContext
from internapp.core.clock import Clock, local_zone_name, utcnow


def test_the_system_clock_is_now_in_the_system_zone():
    clock = Clock()
    before = utcnow()
    now = clock.now()
    assert before <= now <= utcnow() and now.tzinfo is UTC
    assert clock.zone_name() == local_zone_name()
    assert clock.zone() == ZoneInfo(local_zone_name())


def test_a_fixed_clock_keeps_its_instant_and_zone():
    at = datetime(2026, 3, 2, 23, 30, tzinfo=timezone(timedelta(hours=-5)))  # 04:30 UTC on the 3rd
    clock = Clock(at=at, zone="America/Los_Angeles")
    assert clock.now() == at and clock.now().tzinfo is UTC
    assert clock.local_now().utcoffset() == timedelta(hours=-8)
    assert clock.today() == date(2026, 3, 2)  # 20:30 on the 2nd in Los Angeles
    assert Clock(at=at, zone="Asia/Tokyo").today() == date(2026, 3, 3)


def test_a_fixed_clock_refuses_a_naive_instant_and_an_unknown_zone():
    with pytest.raises(ValueError, match="naive"):
        Clock(at=datetime(2026, 3, 2, 9, 0))
    with pytest.raises(ZoneInfoNotFoundError):
        Clock(zone="Mars/Olympus_Mons")


def test_the_context_carries_the_clock_it_is_given(store, paths):
    fixed = Clock(at=datetime(2026, 1, 1, tzinfo=UTC), zone="UTC")
    assert AppContext(paths, store, "test", clock=fixed).clock is fixed
    assert isinstance(AppContext(paths, store, "test").clock, Clock)
