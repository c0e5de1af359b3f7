"""Each kind's timing, from a real store, in New York time (daylight saving from 8 March 2026)."""

from datetime import UTC, datetime, timedelta

from internapp.core.reminders.model import KindSetting, ReminderSettings
from internapp.core.services import (
    applications,
    contacts,
    engagements,
    interactions,
    interviews,
    keep_in_touch,
    time_entries,
    timer,
)

NOW = datetime(2026, 3, 6, 12, 0, tzinfo=UTC)  # Friday 07:00 EST


def _fires(reminders):
    return [(r.kind, r.fire_at, r.expires_at) for r in reminders]


def test_deadline_two_days_before_at_nine_across_the_change(store, collect):
    app = applications.create(store, organization="Kestrel", role="Data intern",
                              deadline="2026-03-09")
    [r] = collect(NOW, kind="deadline")
    assert (r.fire_at, r.record_id, r.screen) == (datetime(2026, 3, 7, 14, tzinfo=UTC),
                                                  str(app.id), "applications")
    assert r.title == "Apply by Mon 09 Mar: Data intern"
    assert r.expires_at == datetime(2026, 3, 10, 4, tzinfo=UTC)  # midnight EDT
    applications.move(store, app.id, "rejected")
    assert collect(NOW, kind="deadline") == []  # closed: nothing to remind


def test_interviews_a_day_and_an_hour_before_and_not_when_cancelled(store, collect):
    app = applications.create(store, organization="Kestrel", role="Data intern")
    ana = contacts.create(store, display_name="Ana Lima")
    added = interviews.add(store, app.id, at="2026-03-09T10:00", tz="America/New_York",
                           kind="video", location="https://meet.example.org/k", people=[ana.id])
    day, soon = collect(NOW, kind="interview-day"), collect(NOW, kind="interview-soon")
    assert _fires(day) == [("interview-day", datetime(2026, 3, 8, 14, tzinfo=UTC),
                            datetime(2026, 3, 9, 2, tzinfo=UTC))]  # missed by 12 h: dropped
    assert _fires(soon) == [("interview-soon", datetime(2026, 3, 9, 13, tzinfo=UTC),
                             datetime(2026, 3, 9, 14, tzinfo=UTC))]
    assert day[0].title == "Video interview Mon 09 Mar, 10:00 — Data intern"
    assert day[0].body == "Kestrel · https://meet.example.org/k · with Ana Lima"
    interviews.reschedule(store, added.id, "2026-03-09T11:00")
    assert collect(NOW, kind="interview-day")[0].key != day[0].key  # a new time: a new notice
    interviews.cancel(store, added.id)
    assert collect(NOW, kind="interview-day") == collect(NOW, kind="interview-soon") == []


def test_an_interview_arranged_in_another_zone_says_both_times(store, collect):
    app = applications.create(store, organization="Kestrel", role="Data intern")
    interviews.add(store, app.id, at="2026-03-09T16:00", tz="Europe/Berlin")
    [r] = collect(NOW, kind="interview-soon")
    assert r.title.startswith("Interview Mon 09 Mar, 11:00 (16:00 Europe/Berlin)")


def test_a_lead_time_from_settings_and_a_kind_switched_off(store, collect):
    app = applications.create(store, organization="Kestrel", role="Data intern")
    interviews.add(store, app.id, at="2026-03-09T10:00", tz="America/New_York")
    settings = ReminderSettings(kinds={"interview-soon": KindSetting(True, 15),
                                       "interview-day": KindSetting(False, 24 * 60)})
    assert _fires(collect(NOW, settings, kind="interview-soon"))[0][1] == datetime(
        2026, 3, 9, 13, 45, tzinfo=UTC)
    assert collect(NOW, settings, kind="interview-day") == []


def test_follow_ups_of_applications_and_contacts_on_the_day(store, collect):
    app = applications.create(store, organization="Kestrel", role="Data intern",
                              follow_up_on="2026-03-08")
    ana = contacts.create(store, display_name="Ana Lima")
    interactions.add(store, ana.id, channel="email", summary="Sent the deck",
                     at=datetime(2026, 3, 1, tzinfo=UTC), follow_up_on="2026-03-10")
    found = collect(NOW, kind="follow-up")
    assert [(r.screen, r.record_id, r.fire_at) for r in found] == [
        ("applications", str(app.id), datetime(2026, 3, 8, 13, tzinfo=UTC)),  # 09:00 EDT
        ("contacts", str(ana.id), datetime(2026, 3, 10, 13, tzinfo=UTC))]
    assert found[1].title == "Follow up with Ana Lima" and found[1].body == "Sent the deck"


def test_no_reply_after_the_chosen_days(store, collect):
    app = applications.create(store, organization="Kestrel", role="Data intern",
                              stage="Applied", applied_on="2026-02-20")
    assert collect(NOW - timedelta(days=1), kind="no-reply") == []  # 14 days come on 6 March
    [r] = collect(NOW, kind="no-reply")
    assert (r.record_id, r.fire_at) == (str(app.id), datetime(2026, 3, 6, 14, tzinfo=UTC))
    settings = ReminderSettings(no_reply_days=10)
    [r] = collect(NOW, settings, kind="no-reply")
    assert r.fire_at == datetime(2026, 3, 2, 14, tzinfo=UTC) and "10 days" in r.title


def test_milestones_and_hand_in_a_day_before(store, collect):
    e = engagements.create(store, title="Dashboard", start_on="2026-03-01", due_on="2026-03-12",
                           status="active")
    m = engagements.add_milestone(store, e.id, "Draft", "2026-03-09")
    assert _fires(collect(NOW, kind="milestone")) == [
        ("milestone", datetime(2026, 3, 8, 13, tzinfo=UTC), datetime(2026, 3, 13, 4, tzinfo=UTC))]
    assert collect(NOW, kind="hand-in")[0].fire_at == datetime(2026, 3, 11, 13, tzinfo=UTC)
    engagements.update_milestone(store, m.id, done_on="2026-03-05")
    assert collect(NOW, kind="milestone") == []


def test_keep_in_touch_when_the_cadence_runs_out(store, collect):
    ana = contacts.create(store, display_name="Ana Lima", tags=["mentor"])
    keep_in_touch.set_tag_cadence(store, "Mentor", 30)
    interactions.add(store, ana.id, channel="coffee", at=datetime(2026, 2, 10, 15, tzinfo=UTC))
    [r] = collect(NOW, kind="keep-in-touch")
    assert (r.record_id, r.fire_at) == (str(ana.id), datetime(2026, 3, 12, 13, tzinfo=UTC))


def test_budgets_at_80_then_100_percent_once_each(store, collect):
    e = engagements.create(store, title="Dashboard", hours_estimate=10, status="active")
    start = datetime(2026, 3, 2, 14, tzinfo=UTC)
    time_entries.add(store, e.id, start=start, duration="7h", now=NOW)
    assert collect(NOW, kind="budget") == []
    time_entries.add(store, e.id, start=start + timedelta(days=1), duration="1h30m", now=NOW)
    [r80] = collect(NOW, kind="budget")
    assert r80.title == "Dashboard: 85% of the hours budget used"
    assert r80.fire_at == start + timedelta(days=1, hours=1, minutes=30)
    time_entries.add(store, e.id, start=start + timedelta(days=2), duration="2h", now=NOW)
    [r100] = collect(NOW, kind="budget")
    assert r100.key != r80.key and "105%" in r100.title


def test_weekly_cap_when_this_weeks_hours_pass_it(store, collect):
    e = engagements.create(store, title="Dashboard", weekly_cap_hours=5, status="active")
    time_entries.add(store, e.id, start=datetime(2026, 3, 2, 14, tzinfo=UTC), duration="4h",
                     now=NOW)
    assert collect(NOW, kind="weekly-cap") == []
    time_entries.add(store, e.id, start=datetime(2026, 3, 3, 14, tzinfo=UTC), duration="2h",
                     now=NOW)
    [r] = collect(NOW, kind="weekly-cap")
    assert r.fire_at == datetime(2026, 3, 3, 16, tzinfo=UTC)
    assert r.expires_at == datetime(2026, 3, 9, 4, tzinfo=UTC)  # next Monday 00:00 EDT
    assert collect(NOW + timedelta(days=7), kind="weekly-cap") == []  # a new week


def test_a_forgotten_timer_past_its_length_across_midnight_and_while_idle(store, collect):
    e = engagements.create(store, title="Dashboard", status="active")
    start = datetime(2026, 3, 6, 1, 0, tzinfo=UTC)  # Thursday 20:00 EST
    timer.start(store, e.id, at=start, now=start)
    assert collect(start + timedelta(hours=3), kind="timer") == []
    found = {r.key.split(":", 2)[2]: r for r in collect(start + timedelta(hours=5), kind="timer")}
    assert sorted(found) == ["long:1", "midnight:2026-03-05"]
    assert found["midnight:2026-03-05"].fire_at == datetime(2026, 3, 6, 5, tzinfo=UTC)  # 00:00
    assert found["long:1"].fire_at == start + timedelta(hours=4)
    assert found["long:1"].actions == (("stop-now", "Stop now"), ("keep", "Keep"))
    idle = collect(start + timedelta(hours=5), kind="timer", idle=45 * 60)
    assert sorted(r.key.split(":")[2] for r in idle) == ["idle", "long", "midnight"]
    assert idle[-1].last_activity == start + timedelta(hours=4, minutes=15)
    assert [a for a, _ in idle[-1].actions] == ["stop-now", "stop-at-last-activity", "keep"]
    settings = ReminderSettings(timer_max_minutes=6 * 60)
    assert [r.key.split(":")[2] for r in collect(start + timedelta(hours=5), settings,
                                                   kind="timer")] == ["midnight"]


def test_payments_due_on_the_day_until_they_arrive_matching_the_money_area(store, collect):
    from internapp.core.services import payments

    e = engagements.create(store, title="Dashboard", status="active", fee="600", currency="EUR")
    added = payments.add(store, e.id, amount="600", expected_on="2026-03-09", payer="Upwork",
                         today=NOW.date()).payment
    [r] = collect(NOW, kind="payment")
    assert (r.record_id, r.screen, r.fire_at) == (str(e.id), "engagements",
                                                 datetime(2026, 3, 9, 13, tzinfo=UTC))
    assert r.title == "Payment due Mon 09 Mar: 600.00 EUR from Upwork"
    assert [d.payment_id for d in payments.due(store, NOW.date(), horizon_days=7)] == [added.id]
    payments.mark_received(store, added.id, "2026-03-09")
    assert collect(NOW, kind="payment") == []
