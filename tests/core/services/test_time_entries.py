import uuid
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from internapp.core.services import engagements, time_entries, timer
from internapp.core.services.errors import NotFoundError, ValidationError
from internapp.core.services.time_rules import OverlapError

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)


@pytest.fixture
def eng(store):
    return engagements.create(store, title="Dashboard")


def _add(store, eng, start, end=None, **kwargs):
    return time_entries.add(store, eng.id, start=start, end=end, tz="Europe/Berlin", now=NOW,
                            **kwargs)


@pytest.mark.parametrize(("day", "hours"), [((2025, 3, 30), 1), ((2025, 10, 26), 3)])
def test_durations_across_daylight_saving_changes(store, day, hours):
    e = engagements.create(store, title="X")
    entry = time_entries.add(store, e.id, start=datetime(*day, 1, 30, tzinfo=BERLIN),
                             end=datetime(*day, 3, 30, tzinfo=BERLIN), tz="Europe/Berlin")
    assert entry.seconds == hours * 3600
    assert time_entries.get(store, entry.id).seconds == hours * 3600


@pytest.mark.parametrize(("day", "hours"), [("2025-03-30", 1), ("2025-10-26", 3)])
def test_typed_local_times_across_daylight_saving_changes(store, eng, day, hours):
    entry = _add(store, eng, f"{day}T01:30", f"{day}T03:30")
    assert entry.seconds == hours * 3600
    assert entry.tz == "Europe/Berlin"


def test_a_wall_clock_time_skipped_by_spring_forward_is_refused(store, eng):
    with pytest.raises(ValidationError, match=r"start: 2025-03-30 02:30 does not exist in "
                                              r"Europe/Berlin"):
        _add(store, eng, "2025-03-30T02:30", "2025-03-30T04:00")


def test_end_before_start(store, eng):
    with pytest.raises(ValidationError, match=r"^end: Sun 01 Mar 2026 09:00 is before the start "
                                              r"Sun 01 Mar 2026 10:00$"):
        _add(store, eng, "2026-03-01T10:00", "2026-03-01T09:00")


def test_zero_duration(store, eng):
    with pytest.raises(ValidationError, match=r"^duration: is zero"):
        _add(store, eng, "2026-03-01T10:00", "2026-03-01T10:00")
    with pytest.raises(ValidationError, match=r"^duration: is zero"):
        _add(store, eng, "2026-03-01T10:00", duration="0:00")


def test_negative_duration(store, eng):
    with pytest.raises(ValidationError, match=r"^duration: is negative"):
        _add(store, eng, "2026-03-01T10:00", duration="-30m")


def test_longer_than_a_day(store, eng):
    with pytest.raises(ValidationError, match=r"^duration: 24 h 1 min is longer than 24 hours"):
        _add(store, eng, "2026-03-01T10:00", "2026-03-02T10:01")
    with pytest.raises(ValidationError, match="longer than 24 hours"):
        _add(store, eng, "2026-03-01T10:00", duration="25h")
    assert _add(store, eng, "2026-03-01T10:00", "2026-03-02T10:00").seconds == 86_400


def test_a_start_far_in_the_future(store, eng):
    with pytest.raises(ValidationError, match=r"^start: .* is more than a day in the future$"):
        _add(store, eng, "2026-03-04T09:00", duration="1h")
    assert _add(store, eng, "2026-03-02T16:00", duration="1h").seconds == 3600  # later today


def test_start_and_duration(store, eng):
    entry = _add(store, eng, "2026-03-01T09:15", duration="1h30m", note="charts", tags="a, b")
    assert entry.ended_at == datetime(2026, 3, 1, 9, 45, tzinfo=UTC)  # 10:45 Berlin
    assert (entry.seconds, entry.note, entry.tags) == (5400, "charts", ["a", "b"])


def test_duration_that_contradicts_the_end(store, eng):
    with pytest.raises(ValidationError, match=r"^duration: does not match"):
        _add(store, eng, "2026-03-01T09:00", "2026-03-01T10:00", duration="2h")


def test_overlap_names_the_other_entry_and_offers_a_trim(store, eng):
    _add(store, eng, "2026-03-01T10:00", "2026-03-01T11:00")
    other = engagements.create(store, title="Survey")
    with pytest.raises(OverlapError) as caught:
        _add(store, other, "2026-03-01T10:30", "2026-03-01T12:00")
    error = caught.value
    assert str(error) == ("start: overlaps the entry on 'Dashboard' (Sun 01 Mar 2026 10:00–11:00)"
                          "; trim this entry to Sun 01 Mar 2026 11:00–12:00?")
    assert error.trimmed == (datetime(2026, 3, 1, 10, tzinfo=UTC), datetime(2026, 3, 1, 11, tzinfo=UTC))
    trimmed = _add(store, other, "2026-03-01T10:30", "2026-03-01T12:00", trim=True)
    assert (trimmed.started_at.hour, trimmed.seconds) == (10, 3600)  # 11:00 Berlin, one hour


def test_an_entry_inside_another_cannot_be_trimmed(store, eng):
    _add(store, eng, "2026-03-01T09:00", "2026-03-01T12:00")
    with pytest.raises(OverlapError, match="no part of this span is free") as caught:
        _add(store, eng, "2026-03-01T10:00", "2026-03-01T11:00", trim=True)
    assert caught.value.trimmed is None


def test_overlap_with_the_running_timer(store, eng):
    timer.start(store, eng.id, at="2026-03-02T12:30", tz="Europe/Berlin", now=NOW)  # 11:30 UTC
    with pytest.raises(OverlapError, match="the running timer"):
        _add(store, eng, "2026-03-02T12:00", "2026-03-02T12:45")
    touching = _add(store, eng, "2026-03-02T11:00", "2026-03-02T12:30")
    assert touching.seconds == 5400


def test_unknown_engagement(store):
    with pytest.raises(NotFoundError):
        time_entries.add(store, uuid.uuid4(), start="2026-03-01T10:00+00:00",
                         end="2026-03-01T11:00+00:00")


def test_unknown_time_zone(store, eng):
    with pytest.raises(ValidationError, match=r"^tz: 'Mars/Olympus' is not a time zone"):
        time_entries.add(store, eng.id, start="2026-03-01T10:00", duration="1h",
                         tz="Mars/Olympus")


def test_edit_moves_and_rechecks(store, eng):
    entry = _add(store, eng, "2026-03-01T09:00", "2026-03-01T10:00")
    _add(store, eng, "2026-03-01T11:00", "2026-03-01T12:00")
    moved = time_entries.update(store, entry.id, start="2026-03-01T08:30", note="early",
                                now=NOW)
    assert (moved.seconds, moved.note) == (5400, "early")
    with pytest.raises(OverlapError):
        time_entries.update(store, entry.id, end="2026-03-01T11:30", now=NOW)
    kept = time_entries.update(store, entry.id, duration="2h", now=NOW)
    assert kept.seconds == 7200 and kept.ended_at == datetime(2026, 3, 1, 9, 30, tzinfo=UTC)
    with pytest.raises(TypeError, match="colour"):  # the signature names the fields
        time_entries.update(store, entry.id, colour="red")  # type: ignore[call-arg]


def test_split(store, eng):
    entry = _add(store, eng, "2026-03-01T09:00", "2026-03-01T11:00", note="n", tags=["t"])
    first, second = time_entries.split(store, entry.id, "2026-03-01T09:45", now=NOW)
    assert (first.seconds, second.seconds) == (2700, 4500)
    assert (second.note, second.tags, second.engagement_id) == ("n", ["t"], eng.id)
    with pytest.raises(ValidationError, match=r"^at: .* is not inside the entry"):
        time_entries.split(store, first.id, "2026-03-01T11:00", now=NOW)


def test_merge_adjacent_entries(store, eng):
    a = _add(store, eng, "2026-03-01T09:00", "2026-03-01T10:00", note="one", tags=["x"])
    b = _add(store, eng, "2026-03-01T10:05", "2026-03-01T11:00", note="two", tags=["y"])
    merged = time_entries.merge(store, [b.id, a.id], now=NOW)
    assert (merged.id, merged.seconds, merged.note, merged.tags) == (a.id, 7200, "one; two",
                                                                     ["x", "y"])
    with pytest.raises(NotFoundError):
        time_entries.get(store, b.id)


def test_merge_refuses_other_engagements_and_gaps_with_entries(store, eng):
    other = engagements.create(store, title="Survey")
    a = _add(store, eng, "2026-03-01T09:00", "2026-03-01T10:00")
    b = _add(store, other, "2026-03-01T10:00", "2026-03-01T10:30")
    c = _add(store, eng, "2026-03-01T10:30", "2026-03-01T11:00")
    with pytest.raises(ValidationError, match="different engagements"):
        time_entries.merge(store, [a.id, b.id], now=NOW)
    with pytest.raises(ValidationError, match="not adjacent: the entry on 'Survey'"):
        time_entries.merge(store, [a.id, c.id], now=NOW)
    with pytest.raises(ValidationError, match="at least two"):
        time_entries.merge(store, [a.id], now=NOW)


def test_list_recent_newest_first_with_titles(store, eng):
    for hour in (9, 13):
        time_entries.add(store, eng.id, start=f"2026-03-01T{hour:02d}:00+00:00",
                         end=f"2026-03-01T{hour + 1:02d}:00+00:00", tags=["analysis"])
    rows = time_entries.list_recent(store)
    assert [r.started_at.hour for r in rows] == [13, 9]
    assert rows[0].engagement == "Dashboard" and rows[0].tags == ["analysis"]


def test_nothing_is_written_when_a_rule_fails(store, eng):
    for start, end in [("2026-03-01T10:00", "2026-03-01T09:00"),
                       ("2026-03-01T10:00", "2026-03-01T10:00"),
                       ("2026-03-01T10:00", "2026-03-03T10:00")]:
        with pytest.raises(ValidationError):
            _add(store, eng, start, end)
    assert time_entries.list_recent(store) == []
    assert time_entries.seconds_by_engagement(store) == {}
