from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from internapp.core import demo
from internapp.core.services import applications, contacts, engagements, time_entries, timeline
from internapp.core.services.errors import ValidationError
from internapp.core.services.timeline import (
    Plan,
    caps_per_week,
    plan_for,
    planned_per_week,
    week_starts,
    weekly_load,
)

ZONE = ZoneInfo("Europe/Berlin")
TODAY = date(2026, 11, 26)  # a Thursday
MON = date(2026, 11, 23)
WEEKS = [MON + timedelta(weeks=n) for n in range(4)]


def test_weeks_run_monday_to_monday():
    assert week_starts(date(2026, 11, 26), date(2026, 12, 7)) == [MON, date(2026, 11, 30),
                                                                  date(2026, 12, 7)]


def test_plan_is_the_remaining_estimate_over_the_remaining_days():
    assert plan_for(30, 12, date(2026, 11, 1), date(2026, 12, 13), TODAY) == Plan(
        18, TODAY, date(2026, 12, 13))
    assert plan_for(30, 10, date(2026, 12, 1), date(2026, 12, 10), TODAY).first_day == date(
        2026, 12, 1)  # not started yet: from its start
    assert plan_for(30, 31, None, date(2026, 12, 13), TODAY) is None  # nothing left
    assert plan_for(None, 0, None, date(2026, 12, 13), TODAY) is None  # no estimate
    assert plan_for(30, 0, None, None, TODAY) is None  # no due date
    overdue = plan_for(10, 4, date(2026, 11, 1), date(2026, 11, 20), TODAY)
    assert (overdue.first_day, overdue.last_day, overdue.remaining_hours) == (TODAY, TODAY, 6)


def test_planned_hours_spread_evenly_and_add_up_when_engagements_overlap():
    # A: 14 h over 14 days from Monday 30 Nov (1 h a day); B: 10 h over Thu 26 Nov..Sat 5 Dec
    a = Plan(14, date(2026, 11, 30), date(2026, 12, 13))
    b = Plan(10, TODAY, date(2026, 12, 5))
    planned = planned_per_week([a, b], WEEKS)
    assert planned[MON] == pytest.approx(4)  # B: Thu..Sun = 4 of its 10 days
    assert planned[WEEKS[1]] == pytest.approx(7 + 6)  # A: 7 days; B: Mon..Sat = 6 days
    assert planned[WEEKS[2]] == pytest.approx(7)
    assert planned[WEEKS[3]] == 0
    assert sum(planned.values()) == pytest.approx(24)  # nothing lost or doubled


def test_caps_add_up_for_every_engagement_running_that_week():
    spans = [(date(2026, 11, 1), date(2026, 11, 30), 6.0),  # ends on the Monday of week 2
             (date(2026, 11, 25), date(2026, 12, 20), 10.0)]
    assert caps_per_week(spans, WEEKS) == {WEEKS[0]: 16, WEEKS[1]: 16, WEEKS[2]: 10,
                                           WEEKS[3]: 10}


def test_a_week_that_asks_more_than_the_caps_is_over():
    loads = weekly_load(WEEKS[:2], {MON: 5.0}, [Plan(21, TODAY, date(2026, 12, 2))],
                        [(date(2026, 11, 1), date(2026, 12, 31), 12.0)])
    assert [(w.logged_hours, w.planned_hours, w.cap_hours) for w in loads] == [
        (5, pytest.approx(12), 12), (0, pytest.approx(9), 12)]
    assert loads[0].asked_hours == pytest.approx(17) and loads[0].over
    assert loads[1].asked_hours == pytest.approx(9) and not loads[1].over


def _log(store, engagement_id, day, hour, hours):
    time_entries.add(store, engagement_id, start=datetime(*day, hour, tzinfo=ZONE),
                     end=datetime(*day, hour + hours, tzinfo=ZONE))


def test_timeline_of_two_overlapping_engagements(store):
    a = engagements.create(store, title="A", start_on="2026-11-02", due_on="2026-12-06",
                           hours_estimate=20, weekly_cap_hours=5, status="active")
    b = engagements.create(store, title="B", start_on="2026-11-23", due_on="2026-11-29",
                           hours_estimate=10, weekly_cap_hours=4, status="active")
    _log(store, a.id, (2026, 11, 16), 9, 4)
    _log(store, a.id, (2026, 11, 23), 0, 2)  # Monday 00:00 local: this week
    _log(store, b.id, (2026, 11, 22), 22, 1)  # Sunday 22:00 local: the week before
    data = timeline.timeline(store, "2026-11-16", "2026-12-06", today=TODAY, zone=ZONE)
    assert (data.start, data.end) == (date(2026, 11, 16), date(2026, 12, 6))
    assert [b.title for b in data.bars] == ["A", "B"]
    weeks = {w.week_start: w for w in data.weeks}
    assert weeks[date(2026, 11, 16)].logged_hours == pytest.approx(5)  # at A's cap, not over
    assert weeks[MON].logged_hours == pytest.approx(2)
    # A: 14 h left over the 11 days from today; B: 9 h left over Thu..Sun
    assert weeks[MON].planned_hours == pytest.approx(14 * 4 / 11 + 9)
    assert weeks[date(2026, 11, 30)].planned_hours == pytest.approx(14 * 7 / 11)
    assert weeks[MON].cap_hours == 9 and weeks[date(2026, 11, 30)].cap_hours == 5
    assert weeks[MON].over and not weeks[date(2026, 11, 16)].over


def test_markers_open_their_records(store):
    app = applications.create(store, organization="Acme", role="Analyst", deadline="2026-11-30",
                              follow_up_on="2026-11-28")
    e = engagements.create(store, title="E", start_on="2026-11-20", due_on="2026-12-10")
    engagements.add_milestone(store, e.id, "Draft", "2026-12-01")
    person = contacts.create(store, display_name="Ada")
    contacts.log_interaction(store, person.id, at="2026-11-20T10:00+00:00", summary="Coffee",
                             channel="coffee", follow_up_on="2026-12-02")
    data = timeline.timeline(store, today=TODAY, zone=ZONE)
    found = {(m.kind, m.day, m.screen, m.record_id) for m in data.markers}
    assert found == {("follow-up", date(2026, 11, 28), "applications", app.id),
                     ("deadline", date(2026, 11, 30), "applications", app.id),
                     ("milestone", date(2026, 12, 1), "engagements", e.id),
                     ("follow-up", date(2026, 12, 2), "contacts", person.id)}


def test_bad_ranges_are_refused(store):
    with pytest.raises(ValidationError, match="from: '2026-13-01' is not a date"):
        timeline.timeline(store, "2026-13-01")
    with pytest.raises(ValidationError, match="to: 2026-01-01 is before the start"):
        timeline.timeline(store, "2026-02-01", "2026-01-01")
    with pytest.raises(ValidationError, match="to: the range is longer than"):
        timeline.timeline(store, "2020-01-01", "2026-01-01")


def test_the_demo_timeline(store):
    demo.fill(store, today=TODAY, zone="UTC")
    data = timeline.timeline(store, today=TODAY, zone=ZONE)
    assert len(data.bars) == 5 and not data.is_empty
    assert {m.kind for m in data.markers} == {"deadline", "interview", "milestone", "follow-up"}
    assert data.start.weekday() == 0 and data.end.weekday() == 6
    assert sum(w.logged_hours for w in data.weeks) == pytest.approx(
        sum(b.logged_hours for b in data.bars), abs=0.01)
    assert any(w.planned_hours for w in data.weeks)


def test_an_empty_store_has_an_empty_timeline(store):
    data = timeline.timeline(store, today=TODAY)
    assert data.is_empty and data.weeks


# --- issue 12: "no weekly cap" is not a cap of 0 h --------------------------------------------


def test_an_engagement_without_a_weekly_cap_never_makes_a_week_over(store):
    e = engagements.create(store, title="Uncapped", start_on="2026-11-23", due_on="2026-12-13",
                           hours_estimate=30, status="active")
    _log(store, e.id, (2026, 11, 23), 9, 3)
    data = timeline.timeline(store, "2026-11-23", "2026-12-13", today=TODAY, zone=ZONE)
    assert all(w.asked_hours > 0 for w in data.weeks)
    assert [w.cap_hours for w in data.weeks] == [None, None, None]
    assert not any(w.over for w in data.weeks)


def test_only_the_hours_of_capped_engagements_count_against_the_caps(store):
    capped = engagements.create(store, title="Capped", start_on="2026-11-23", due_on="2026-11-29",
                                weekly_cap_hours=5, status="active")
    free = engagements.create(store, title="Free", start_on="2026-11-23", due_on="2026-11-29",
                              status="active")
    _log(store, capped.id, (2026, 11, 23), 9, 4)
    _log(store, free.id, (2026, 11, 24), 9, 6)
    [week] = timeline.timeline(store, "2026-11-23", "2026-11-29", today=TODAY, zone=ZONE).weeks
    assert (week.logged_hours, week.cap_hours, week.capped_hours) == (10, 5, 4)
    assert not week.over  # 4 h against a 5 h cap; the 6 h of "Free" have no cap
    _log(store, capped.id, (2026, 11, 25), 9, 2)
    [week] = timeline.timeline(store, "2026-11-23", "2026-11-29", today=TODAY, zone=ZONE).weeks
    assert week.capped_hours == 6 and week.over
