from datetime import UTC, datetime, timedelta

import pytest

from internapp.core.models import TimeEntry
from internapp.core.services import engagements, time_entries, timer
from internapp.core.services.errors import ValidationError
from internapp.core.services.time_rules import OverlapError
from internapp.core.services.timer import Gap, GapChoice, WakeWatch
from internapp.core.store import open_store

NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)


def _at(hour, minute=0):
    return datetime(2026, 3, 2, hour, minute, tzinfo=UTC)


@pytest.fixture
def eng(store):
    return engagements.create(store, title="Dashboard")


def test_no_timer_then_the_running_entry(store):
    assert timer.running(store) is None
    e = engagements.create(store, title="Dashboard")
    with store.write([]) as session:
        session.add(TimeEntry(engagement_id=e.id, started_at=datetime(2026, 3, 1, 9, tzinfo=UTC),
                              note="charts"))
    found = timer.running(store)
    assert (found.engagement, found.started_at, found.note) == (
        "Dashboard", datetime(2026, 3, 1, 9, tzinfo=UTC), "charts")


def test_the_timer_survives_closing_and_reopening_the_store(paths, store, eng):
    timer.start(store, eng.id, at="20m ago", note="charts", tags=["analysis"], tz="UTC", now=NOW)
    store.close()
    reopened = open_store(paths.database, backups_dir=paths.backups_dir)
    try:
        found = timer.running(reopened)
        assert (found.engagement, found.started_at, found.note, found.tags) == (
            "Dashboard", _at(11, 40), "charts", ("analysis",))
        assert found.elapsed_seconds(NOW) == 1200
        entry = timer.stop(reopened, now=NOW + timedelta(minutes=10))
        assert entry.seconds == 1800
        assert timer.running(reopened) is None
    finally:
        reopened.close()


def test_starting_a_timer_stops_the_running_one_at_the_same_instant(store, eng):
    other = engagements.create(store, title="Survey")
    timer.start(store, eng.id, at=_at(10), now=NOW)
    started = timer.start(store, other.id, at="11:30", tz="UTC", now=NOW)
    assert started.stopped.ended_at == _at(11, 30) and started.stopped.seconds == 5400
    assert timer.running(store).engagement == "Survey"
    assert timer.running(store).started_at == _at(11, 30)


def test_back_dated_stop(store, eng):
    timer.start(store, eng.id, at=_at(9), now=NOW)
    entry = timer.stop(store, at="-15m", now=NOW)
    assert entry.ended_at == _at(11, 45) and entry.seconds == 2 * 3600 + 45 * 60


def test_a_timer_cannot_start_or_stop_in_the_future(store, eng):
    with pytest.raises(ValidationError, match=r"^start: .* is in the future$"):
        timer.start(store, eng.id, at=_at(12, 30), now=NOW)
    timer.start(store, eng.id, at=_at(11), now=NOW)
    with pytest.raises(ValidationError, match=r"^end: .* is in the future$"):
        timer.stop(store, at=_at(13), now=NOW)


def test_stop_before_start_and_stop_when_idle(store, eng):
    with pytest.raises(ValidationError, match=r"^timer: is not running$"):
        timer.stop(store, now=NOW)
    timer.start(store, eng.id, at=_at(11), now=NOW)
    with pytest.raises(ValidationError, match=r"^end: .* is not after the timer's start"):
        timer.stop(store, at=_at(10), now=NOW)


def test_a_timer_left_running_for_days_asks_for_an_earlier_stop(store, eng):
    timer.start(store, eng.id, at=_at(9) - timedelta(days=2), now=NOW)
    with pytest.raises(ValidationError, match=r"^end: the timer ran 51 h, longer than"):
        timer.stop(store, now=NOW)
    assert timer.stop(store, at=_at(17) - timedelta(days=2), now=NOW).seconds == 8 * 3600


def test_a_back_dated_start_may_not_run_into_a_finished_entry(store, eng):
    time_entries.add(store, eng.id, start=_at(11), end=_at(11, 30), now=NOW)
    with pytest.raises(OverlapError, match="trim this entry to") as caught:
        timer.start(store, eng.id, at=_at(11, 15), now=NOW)
    assert caught.value.trimmed[0] == _at(11, 30)
    started = timer.start(store, eng.id, at=_at(11, 15), trim=True, now=NOW)
    assert started.entry.started_at == _at(11, 30)


def test_editing_the_running_timer_keeps_it_running(store, eng):
    started = timer.start(store, eng.id, at=_at(11), now=NOW)
    time_entries.update(store, started.entry.id, start=_at(10, 30), note="longer", now=NOW)
    found = timer.running(store)
    assert (found.started_at, found.note) == (_at(10, 30), "longer")


def test_discard(store, eng):
    timer.start(store, eng.id, now=NOW)
    timer.discard(store)
    assert timer.running(store) is None and time_entries.list_recent(store) == []


@pytest.mark.parametrize(("choice", "entries", "running_from"), [
    (GapChoice.KEEP, [None], _at(8)),
    (GapChoice.DISCARD, [3600], None),
    (GapChoice.SPLIT, [None, 3600], _at(11)),
])
def test_a_sleep_gap_is_kept_discarded_or_split(store, eng, choice, entries, running_from):
    timer.start(store, eng.id, at=_at(8), note="report", now=NOW)
    after = timer.resolve_gap(store, Gap(_at(9), _at(11)), choice, now=NOW)
    rows = time_entries.list_recent(store)
    assert [r.seconds for r in rows] == entries
    assert (after.started_at if after else None) == running_from
    if after:
        assert after.note == "report"


def test_wake_watch_reports_the_time_the_wall_clock_ran_on_alone():
    watch = WakeWatch(interval=15)
    wall = _at(9)
    assert watch.sample(wall, 100.0) is None
    assert watch.sample(wall + timedelta(seconds=15), 115.0) is None
    # suspended for an hour: the monotonic clock moved 15 s, the wall clock an hour and 15 s
    gap = watch.sample(wall + timedelta(hours=1, seconds=30), 130.0)
    assert gap == Gap(wall + timedelta(seconds=15), wall + timedelta(hours=1, seconds=15))
    assert gap.seconds == 3600
    # where the monotonic clock counts the sleep too, the missed ticks still tell
    gap = watch.sample(wall + timedelta(hours=2, seconds=30), 130.0 + 3600)
    assert gap.seconds == 3600 - 15
    assert watch.sample(wall + timedelta(hours=2, minutes=5), 130.0 + 3870) is None
