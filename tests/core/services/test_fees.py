"""Hours per engagement and local day, month or year (what hourly fees earn and the income
views weigh rates by): summed in SQL between the periods' local midnights, read only."""

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from internapp.core.services import engagements, fees, time_entries

KOLKATA = ZoneInfo("Asia/Kolkata")  # UTC+5:30: local midnight is not on a UTC hour
BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture
def logged(store):
    e = engagements.create(store, title="Cleaning", rate="30", start_on="2025-03-01")
    # 18:45 UTC is 00:15 the next day in Kolkata; 18:15 UTC is 23:45 the same day
    for start, minutes in ((datetime(2025, 12, 31, 18, 45, tzinfo=UTC), 30),
                           (datetime(2025, 12, 31, 18, 15, tzinfo=UTC), 20),
                           (datetime(2026, 2, 10, 9, tzinfo=UTC), 60),
                           # 00:30 in Berlin on the night summer time began: 22:30 UTC before
                           (datetime(2025, 3, 29, 23, 30, tzinfo=UTC), 10)):
        time_entries.add(store, e.id, start=start, duration=f"{minutes}m")
    return store, e.id


def test_each_entry_counts_on_its_local_day_even_half_an_hour_off_utc(logged):
    store, key = logged
    with store.reading() as conn:
        assert fees.hours_by_day(conn, KOLKATA) == {
            (key, date(2025, 3, 30)): 600, (key, date(2025, 12, 31)): 1200,
            (key, date(2026, 1, 1)): 1800, (key, date(2026, 2, 10)): 3600}
        assert fees.hours_by_day(conn, KOLKATA, unit="month") == {
            (key, date(2025, 3, 1)): 600, (key, date(2025, 12, 1)): 1200,
            (key, date(2026, 1, 1)): 1800, (key, date(2026, 2, 1)): 3600}
        assert fees.hours_by_day(conn, KOLKATA, unit="year", since=date(2026, 1, 1),
                                 until=date(2027, 1, 1)) == {(key, date(2026, 1, 1)): 5400}
        assert fees.hours_by_day(conn, BERLIN, unit="day", since=date(2025, 3, 30),
                                 until=date(2025, 3, 31)) == {(key, date(2025, 3, 30)): 600}


def test_reading_hours_changes_nothing_in_the_file(logged, paths):
    store, _ = logged
    store.close()  # everything checkpointed into the file
    before = paths.database.read_bytes()
    from internapp.core.store import open_store

    again = open_store(paths.database, backups_dir=paths.backups_dir)
    try:
        with again.reading() as conn:
            assert fees.hours_by_day(conn, ZoneInfo("America/New_York"), unit="month")
    finally:
        again.close()
    assert paths.database.read_bytes() == before


def test_bounds_must_begin_the_unit(logged):
    store, _ = logged
    with store.reading() as conn, pytest.raises(ValueError, match="must each begin a month"):
        fees.hours_by_day(conn, UTC, unit="month", since=date(2026, 1, 15))
    with store.reading() as conn:
        assert fees.hours_by_day(conn, UTC, since=date(2030, 1, 1), until=date(2030, 1, 1)) == {}


@pytest.mark.parametrize("unit", ["day", "month", "year"])
def test_the_seek_and_the_scan_plans_agree(logged, monkeypatch, unit):
    store, _ = logged
    with store.reading() as conn:
        seeks = fees.hours_by_day(conn, KOLKATA, unit=unit)
        monkeypatch.setattr(fees, "SEEKS", 0)  # as with many engagements over many periods
        assert fees.hours_by_day(conn, KOLKATA, unit=unit) == seeks
