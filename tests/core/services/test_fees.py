"""Hours per engagement and local day, month or year (what hourly fees earn and the income
views weigh rates by): summed in SQL, on the local day of each entry's start."""

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from internapp.core.services import engagements, fees, local_days, time_entries

KOLKATA = ZoneInfo("Asia/Kolkata")  # UTC+5:30: local midnight is not on a UTC hour


@pytest.fixture
def logged(store):
    e = engagements.create(store, title="Cleaning", rate="30", start_on="2025-12-01")
    # 18:45 UTC is 00:15 the next day in Kolkata; 18:15 UTC is 23:45 the same day
    for start, minutes in ((datetime(2025, 12, 31, 18, 45, tzinfo=UTC), 30),
                           (datetime(2025, 12, 31, 18, 15, tzinfo=UTC), 20),
                           (datetime(2026, 2, 10, 9, tzinfo=UTC), 60)):
        time_entries.add(store, e.id, start=start, duration=f"{minutes}m")
    return store, e.id


def test_each_entry_counts_on_its_local_day_even_half_an_hour_off_utc(logged):
    store, key = logged
    assert local_days.ensure(store, KOLKATA)
    with store.reading() as conn:
        assert fees.hours_by_day(conn, KOLKATA) == {
            (key, date(2025, 12, 31)): 1200, (key, date(2026, 1, 1)): 1800,
            (key, date(2026, 2, 10)): 3600}
        assert fees.hours_by_day(conn, KOLKATA, unit="month") == {
            (key, date(2025, 12, 1)): 1200, (key, date(2026, 1, 1)): 1800,
            (key, date(2026, 2, 1)): 3600}
        assert fees.hours_by_day(conn, KOLKATA, unit="year", since=date(2026, 1, 1),
                                 until=date(2027, 1, 1)) == {(key, date(2026, 1, 1)): 5400}


def test_without_the_zone_kept_the_hour_of_the_start_decides(logged):
    """A store that keeps another zone's days (read-only, say) sums per UTC hour instead."""
    store, key = logged
    assert local_days.ensure(store, ZoneInfo("Europe/Berlin"))
    with store.reading() as conn:
        found = fees.hours_by_day(conn, ZoneInfo("America/New_York"), unit="year")
    assert found == {(key, date(2025, 1, 1)): 3000, (key, date(2026, 1, 1)): 3600}


def test_bounds_must_begin_the_unit(logged):
    store, _ = logged
    with store.reading() as conn, pytest.raises(ValueError, match="must each begin a month"):
        fees.hours_by_day(conn, UTC, unit="month", since=date(2026, 1, 15))
