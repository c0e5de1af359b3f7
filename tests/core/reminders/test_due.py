"""Which reminders are due now: after their time, before they expire, not delivered, never in
quiet hours (those that came due then wait for the end of them)."""

from datetime import UTC, datetime, time, timedelta

from internapp.core.reminders import due
from internapp.core.reminders.model import ReminderSettings
from internapp.core.services import applications, engagements, interviews, timer

from .conftest import NY

QUIET = ReminderSettings(quiet_start=time(22), quiet_end=time(7))


def _keys(result):
    return [r.kind for r in result.notify]


def test_due_between_its_time_and_its_expiry_once(store, collect):
    app = applications.create(store, organization="Kestrel", role="Data intern")
    interviews.add(store, app.id, at="2026-03-09T10:00", tz="America/New_York")
    settings = ReminderSettings()
    day_before = datetime(2026, 3, 8, 14, 30, tzinfo=UTC)  # Sunday 10:30 EDT
    assert _keys(due.due_now(collect(day_before), day_before, NY, settings)) == ["interview-day"]
    at = datetime(2026, 3, 9, 13, 30, tzinfo=UTC)  # 09:30 EDT: the day-before one, never shown,
    found = collect(at)                            # is 23 h late and dropped
    result = due.due_now(found, at, NY, settings)
    assert _keys(result) == ["interview-soon"]
    assert due.due_now(found, at, NY, settings, set(result.keys)).notify == []
    late = datetime(2026, 3, 9, 14, 1, tzinfo=UTC)  # it started: expired
    assert due.due_now(collect(late), late, NY, settings).notify == []
    early = datetime(2026, 3, 8, 13, 59, tzinfo=UTC)
    assert due.due_now(collect(early), early, NY, settings).notify == []
    assert due.next_time(collect(early), early, NY, settings) == datetime(2026, 3, 8, 14,
                                                                         tzinfo=UTC)


def test_quiet_hours_hold_reminders_until_they_end_across_the_change(store, collect):
    app = applications.create(store, organization="Kestrel", role="Data intern")
    interviews.add(store, app.id, at="2026-03-08T08:00", tz="America/New_York")  # Sunday EDT
    # the day before fires Saturday 08:00 EST (13:00 UTC): not quiet
    saturday = datetime(2026, 3, 7, 13, 0, tzinfo=UTC)
    assert _keys(due.due_now(collect(saturday), saturday, NY, QUIET)) == ["interview-day"]
    # the hour before is 07:00 EDT (11:00 UTC) — quiet hours end at 07:00 EDT, not EST
    night = datetime(2026, 3, 8, 10, 59, tzinfo=UTC)  # 06:59 EDT
    assert due.due_now(collect(night), night, NY, QUIET).notify == []
    morning = datetime(2026, 3, 8, 11, 0, tzinfo=UTC)
    assert _keys(due.due_now(collect(morning), morning, NY, QUIET)) == ["interview-soon"]


def test_a_reminder_that_came_due_in_quiet_hours_is_given_when_they_end(store, collect):
    applications.create(store, organization="Kestrel", role="Data intern", deadline="2026-03-10")
    settings = ReminderSettings(quiet_start=time(8), quiet_end=time(10))  # covers 09:00
    nine = datetime(2026, 3, 8, 13, 30, tzinfo=UTC)  # 09:30 EDT
    assert due.due_now(collect(nine), nine, NY, settings).notify == []
    ten = datetime(2026, 3, 8, 14, 0, tzinfo=UTC)
    [r] = due.due_now(collect(ten), ten, NY, settings).notify
    assert r.kind == "deadline" and due.fires_at(r, settings, NY) == ten


def test_of_several_forgotten_timer_notices_one_is_shown_and_all_are_marked(store, collect):
    e = engagements.create(store, title="Dashboard", status="active")
    start = datetime(2026, 3, 6, 1, 0, tzinfo=UTC)
    timer.start(store, e.id, at=start, now=start)
    now = start + timedelta(hours=5)
    result = due.due_now(collect(now, idle=30 * 60), now, NY, ReminderSettings())
    assert len(result.notify) == 1 and len(result.keys) == 3
    assert result.notify[0].key.split(":")[2] == "idle"
