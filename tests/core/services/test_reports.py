from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from internapp.core.services import engagements, reports, time_entries, timer
from internapp.core.services.reports import Period

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 3, 30, 12, tzinfo=UTC)


def _log(store, eng, start, end, tags=()):
    return time_entries.add(store, eng.id, start=start, end=end, tags=list(tags),
                            tz="Europe/Berlin", now=NOW)


@pytest.fixture
def history(store):
    dash = engagements.create(store, title="Dashboard", weekly_cap_hours=3)
    survey = engagements.create(store, title="Survey")
    # the week of the spring-forward night (Mon 23 – Sun 29 March 2026) and the week after
    _log(store, dash, "2026-03-23T00:00", "2026-03-23T02:00", ["analysis"])  # Monday 00:00 local
    _log(store, dash, "2026-03-29T01:30", "2026-03-29T03:30", ["analysis", "writing"])  # 1 h
    _log(store, survey, "2026-03-29T23:30", "2026-03-30T00:30")  # Sunday, runs into Monday
    _log(store, survey, "2026-03-30T09:00", "2026-03-30T10:30", ["meeting"])
    _log(store, dash, "2026-03-22T22:30", "2026-03-22T23:30")  # Sunday of the week before
    return dash, survey


def test_by_engagement_all_time_and_for_a_period(store, history):
    everything = reports.by_engagement(store)
    week = reports.by_engagement(store, Period.of_days(date(2026, 3, 23), date(2026, 3, 29),
                                                      BERLIN))
    scanned = reports.by_engagement_scan(store)
    assert [(r.engagement, r.seconds, r.entries) for r in everything] == [
        ("Dashboard", 4 * 3600, 3), ("Survey", 9000, 2)]
    assert everything == scanned  # the trigger-kept totals agree with the covering index
    assert [(r.engagement, r.seconds) for r in week] == [("Dashboard", 3 * 3600), ("Survey", 3600)]


def test_weeks_are_cut_at_local_monday_midnight(store, history):
    weeks = reports.by_week(store, Period(), BERLIN)
    assert [(w.key, w.start, w.seconds, w.entries) for w in weeks] == [
        ("2026-W12", date(2026, 3, 16), 3600, 1),
        ("2026-W13", date(2026, 3, 23), 4 * 3600, 3),
        ("2026-W14", date(2026, 3, 30), 5400, 1),
    ]


def test_days_of_a_period_including_empty_ones(store, history):
    days = reports.by_day(store, Period.of_days(date(2026, 3, 28), date(2026, 3, 30), BERLIN),
                          BERLIN)
    assert [(d.key, d.seconds) for d in days] == [
        ("2026-03-28", 0), ("2026-03-29", 3600 + 3600), ("2026-03-30", 5400)]


def test_by_tag_counts_an_entry_for_each_of_its_tags_and_lists_the_untagged_last(store, history):
    tags = reports.by_tag(store)
    assert [(t.key, t.seconds, t.entries) for t in tags] == [
        ("analysis", 3 * 3600, 2), ("meeting", 5400, 1), ("writing", 3600, 1),
        (None, 2 * 3600, 2)]


def test_week_grid(store, history):
    dash, _survey = history
    grid = reports.week_grid(store, date(2026, 3, 25), BERLIN)  # any day picks its week
    assert grid.monday == date(2026, 3, 23)
    assert [(r.engagement, r.days) for r in grid.rows] == [
        ("Dashboard", (7200, 0, 0, 0, 0, 0, 3600)), ("Survey", (0, 0, 0, 0, 0, 0, 3600))]
    assert grid.rows[0].over_cap is False and grid.rows[0].total == 3 * 3600
    assert grid.day_totals == [7200, 0, 0, 0, 0, 0, 7200] and grid.total == 4 * 3600
    engagements.update(store, dash.id, weekly_cap_hours=2.5)
    assert reports.week_grid(store, date(2026, 3, 23), BERLIN).rows[0].over_cap


def test_an_empty_store_reports_nothing(store):
    assert reports.by_engagement(store) == []
    assert reports.by_week(store, Period(), BERLIN) == []
    assert reports.by_day(store, Period(), BERLIN) == []
    assert reports.by_tag(store) == []
    assert reports.week_grid(store, date(2026, 3, 23), BERLIN).rows == []


def test_the_running_timer_is_not_counted_until_it_stops(store, history):
    dash, _ = history
    timer.start(store, dash.id, at="2026-03-30T13:00", tz="Europe/Berlin", now=NOW)  # 11:00 UTC
    assert reports.by_engagement(store)[0].seconds == 4 * 3600
    timer.stop(store, now=NOW)
    assert reports.by_engagement(store)[0].seconds == 5 * 3600
    assert reports.by_engagement(store) == reports.by_engagement_scan(store)


def test_totals_follow_every_kind_of_write(store, history):
    dash, survey = history
    entry = _log(store, dash, "2026-03-25T09:00", "2026-03-25T11:00")
    time_entries.update(store, entry.id, engagement_id=survey.id, now=NOW)
    first, second = time_entries.split(store, entry.id, "2026-03-25T10:00", now=NOW)
    time_entries.merge(store, [first.id, second.id], now=NOW)
    time_entries.update(store, entry.id, end="2026-03-25T12:00", now=NOW)
    time_entries.delete(store, time_entries.list_recent(store)[-1].id)
    assert reports.by_engagement(store) == reports.by_engagement_scan(store)
    engagements.delete(store, survey.id)
    assert [r.engagement for r in reports.by_engagement(store)] == ["Dashboard"]
    assert reports.by_engagement(store) == reports.by_engagement_scan(store)


def test_report_rows_for_the_cli(store, history):
    rows = reports.report(store, "engagement", Period(), BERLIN)
    weeks = reports.report(store, "week", Period(), BERLIN)
    tags = reports.report(store, "tag", Period(), BERLIN)
    assert rows[0] == {"engagement": "Dashboard", "engagement_id": str(history[0].id),
                       "seconds": 14400, "hours": 4.0, "entries": 3}
    assert weeks[1]["week"] == "2026-W13" and weeks[1]["start"] == "2026-03-23"
    assert tags[-1]["tag"] is None
    with pytest.raises(ValueError, match="unknown report"):
        reports.report(store, "colour", Period(), BERLIN)
