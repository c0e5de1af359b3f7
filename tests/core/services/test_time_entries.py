from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from internapp.core.services import engagements, time_entries
from internapp.core.services.errors import NotFoundError, ValidationError

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.mark.parametrize(("day", "hours"), [((2025, 3, 30), 1), ((2025, 10, 26), 3)])
def test_durations_across_daylight_saving_changes(store, day, hours):
    e = engagements.create(store, title="X")
    entry = time_entries.add(store, e.id, start=datetime(*day, 1, 30, tzinfo=BERLIN),
                             end=datetime(*day, 3, 30, tzinfo=BERLIN), tz="Europe/Berlin")
    assert entry.seconds == hours * 3600


def test_end_must_follow_start_and_last_under_a_day(store):
    e = engagements.create(store, title="X")
    with pytest.raises(ValidationError, match="end: must be after the start"):
        time_entries.add(store, e.id, start="2026-03-01T10:00+00:00", end="2026-03-01T10:00+00:00")
    with pytest.raises(ValidationError, match="24 hours"):
        time_entries.add(store, e.id, start="2026-03-01T10:00+00:00", end="2026-03-02T10:01+00:00")
    assert time_entries.list_recent(store) == []


def test_unknown_engagement(store):
    import uuid

    with pytest.raises(NotFoundError):
        time_entries.add(store, uuid.uuid4(), start="2026-03-01T10:00+00:00",
                         end="2026-03-01T11:00+00:00")


def test_list_recent_newest_first_with_titles(store):
    e = engagements.create(store, title="Dashboard")
    for hour in (9, 13):
        time_entries.add(store, e.id, start=f"2026-03-01T{hour:02d}:00+00:00",
                         end=f"2026-03-01T{hour + 1:02d}:00+00:00", tags=["analysis"])
    rows = time_entries.list_recent(store)
    assert [r.started_at.hour for r in rows] == [13, 9]
    assert rows[0].engagement == "Dashboard" and rows[0].tags == ["analysis"]
