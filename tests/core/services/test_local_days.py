"""All-time reports by day, week and tag read totals the triggers keep; days are the user's local
days, whatever the zone's offset (half and three-quarter hours, daylight saving)."""

from collections import defaultdict
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from internapp.core.services import engagements, local_days, reports, time_entries, timer
from internapp.core.services.reports import Period

# starts chosen around local midnights: a UTC day would put most of them on the wrong day
STARTS = [datetime(2026, 3, 28, 23, 30, tzinfo=UTC),  # Berlin: 00:30 on the 29th (CET)
          datetime(2026, 3, 29, 22, 30, tzinfo=UTC),  # Berlin: 00:30 on the 30th (CEST)
          datetime(2026, 3, 30, 18, 20, tzinfo=UTC),  # Kolkata 23:50 / Kathmandu 00:05 next day
          datetime(2026, 10, 24, 22, 15, tzinfo=UTC),  # Berlin: 00:15 on the 25th (CEST)
          datetime(2026, 10, 25, 23, 10, tzinfo=UTC),  # Berlin: 00:10 on the 26th (CET)
          datetime(2026, 11, 1, 4, 40, tzinfo=UTC)]  # New York: 23:40 / 00:40 around its change
ZONES = ["Europe/Berlin", "Asia/Kolkata", "Asia/Kathmandu", "America/New_York",
         "Australia/Lord_Howe", "Pacific/Chatham", "UTC"]


@pytest.fixture
def logged(store):
    engagement = engagements.create(store, title="Dashboard", status="active")
    for n, start in enumerate(STARTS):
        time_entries.add(store, engagement.id, start=start, duration=f"{20 + n}m", tz="UTC",
                         tags=["meeting"] if n % 2 else [])
    return engagement


def _expected(zone: ZoneInfo) -> dict[date, int]:
    days: dict[date, int] = defaultdict(int)
    for n, start in enumerate(STARTS):
        days[start.astimezone(zone).date()] += (20 + n) * 60
    return dict(days)


@pytest.mark.parametrize("name", ZONES)
def test_days_are_local_days_in_every_kind_of_zone(store, logged, name):
    zone = ZoneInfo(name)
    found = {b.start: b.seconds for b in reports.by_day(store, Period(), zone) if b.seconds}
    with store.reading() as conn:
        assert local_days.kept_zone(conn) == name  # read from the kept totals
    assert found == _expected(zone)
    weeks: dict[date, int] = defaultdict(int)
    for day, seconds in _expected(zone).items():
        weeks[day - timedelta(days=day.weekday())] += seconds
    assert {b.start: b.seconds for b in reports.by_week(store, Period(), zone) if b.seconds} \
        == dict(weeks)


def test_kept_totals_follow_every_write_and_match_the_summed_entries(store, logged):
    zone = ZoneInfo("Europe/Berlin")
    reports.by_day(store, Period(), zone)  # starts keeping Berlin's days
    entry = time_entries.add(store, logged.id, start=datetime(2026, 3, 29, 23, 0, tzinfo=UTC),
                             duration="1h", tz="UTC", tags=["writing"])
    time_entries.update(store, entry.id, start=datetime(2026, 4, 2, 10, 0, tzinfo=UTC),
                        duration="2h", tags=["writing", "meeting"])
    first = time_entries.list_recent(store)[-1]
    time_entries.delete(store, first.id)
    timer.start(store, logged.id, at=datetime(2026, 11, 2, 9, 0, tzinfo=UTC),
                now=datetime(2026, 11, 2, 10, 0, tzinfo=UTC))
    timer.stop(store, now=datetime(2026, 11, 2, 10, 0, tzinfo=UTC))
    kept = reports.by_day(store, Period(), zone)
    whole_days = Period.of_days(date(2026, 3, 1), date(2026, 11, 30), zone)
    with store.reading() as conn:  # the same days summed from the entries (not whole days: scan)
        scanned = reports._by_day(conn, Period(whole_days.start, whole_days.end
                                               - timedelta(microseconds=1)), zone)
    assert [(b.start, b.seconds, b.entries) for b in kept if b.seconds] == \
        [(b.start, b.seconds, b.entries) for b in scanned if b.seconds]
    tags = {b.key: (b.seconds, b.entries) for b in reports.by_tag(store)}
    with store.reading() as conn:
        assert tags == {b.key: (b.seconds, b.entries) for b in reports._by_tag(
            conn, Period(datetime(2000, 1, 1, tzinfo=UTC), None))}
    assert tags["writing"] == (7200, 1) and None in tags


def test_another_zone_rebuilds_the_days_once(store, logged):
    reports.by_day(store, Period(), ZoneInfo("Europe/Berlin"))
    kolkata = ZoneInfo("Asia/Kolkata")
    assert {b.start: b.seconds for b in reports.by_day(store, Period(), kolkata) if b.seconds} \
        == _expected(kolkata)
    with store.reading() as conn:
        assert local_days.kept_zone(conn) == "Asia/Kolkata"


def test_a_period_of_whole_local_days_reads_the_kept_days(store, logged):
    zone = ZoneInfo("Europe/Berlin")
    days = reports.by_day(store, Period.of_days(date(2026, 3, 29), date(2026, 3, 30), zone), zone)
    assert [(b.key, b.seconds) for b in days] == [("2026-03-29", 1200), ("2026-03-30", 1260 + 1320)]


def test_offsets_cover_every_change_to_the_second():
    rows = local_days.offsets(ZoneInfo("Europe/Berlin"))
    changes = [row for row in rows if row[0].startswith("2026")]
    assert changes == [("2026-03-29 01:00:00.000000", 7200), ("2026-10-25 01:00:00.000000", 3600)]
    assert local_days.offsets(ZoneInfo("UTC")) == [("0001-01-01 00:00:00.000000", 0)]
