import sqlite3
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
    with reports.connection(store) as conn:
        everything = reports.by_engagement(conn)
        week = reports.by_engagement(conn, Period.of_days(date(2026, 3, 23), date(2026, 3, 29),
                                                          BERLIN))
        scanned = reports.by_engagement_scan(conn)
    assert [(r.engagement, r.seconds, r.entries) for r in everything] == [
        ("Dashboard", 4 * 3600, 3), ("Survey", 9000, 2)]
    assert everything == scanned  # the trigger-kept totals agree with the covering index
    assert [(r.engagement, r.seconds) for r in week] == [("Dashboard", 3 * 3600), ("Survey", 3600)]


def test_weeks_are_cut_at_local_monday_midnight(store, history):
    with reports.connection(store) as conn:
        weeks = reports.by_week(conn, Period(), BERLIN)
    assert [(w.key, w.start, w.seconds, w.entries) for w in weeks] == [
        ("2026-W12", date(2026, 3, 16), 3600, 1),
        ("2026-W13", date(2026, 3, 23), 4 * 3600, 3),
        ("2026-W14", date(2026, 3, 30), 5400, 1),
    ]


def test_days_of_a_period_including_empty_ones(store, history):
    with reports.connection(store) as conn:
        days = reports.by_day(conn, Period.of_days(date(2026, 3, 28), date(2026, 3, 30), BERLIN),
                              BERLIN)
    assert [(d.key, d.seconds) for d in days] == [
        ("2026-03-28", 0), ("2026-03-29", 3600 + 3600), ("2026-03-30", 5400)]


def test_by_tag_counts_an_entry_for_each_of_its_tags_and_lists_the_untagged_last(store, history):
    with reports.connection(store) as conn:
        tags = reports.by_tag(conn)
    assert [(t.key, t.seconds, t.entries) for t in tags] == [
        ("analysis", 3 * 3600, 2), ("meeting", 5400, 1), ("writing", 3600, 1),
        (None, 2 * 3600, 2)]


def test_week_grid(store, history):
    dash, _survey = history
    with reports.connection(store) as conn:
        grid = reports.week_grid(conn, date(2026, 3, 25), BERLIN)  # any day picks its week
    assert grid.monday == date(2026, 3, 23)
    assert [(r.engagement, r.days) for r in grid.rows] == [
        ("Dashboard", (7200, 0, 0, 0, 0, 0, 3600)), ("Survey", (0, 0, 0, 0, 0, 0, 3600))]
    assert grid.rows[0].over_cap is False and grid.rows[0].total == 3 * 3600
    assert grid.day_totals == [7200, 0, 0, 0, 0, 0, 7200] and grid.total == 4 * 3600
    engagements.update(store, dash.id, weekly_cap_hours=2.5)
    with reports.connection(store) as conn:
        assert reports.week_grid(conn, date(2026, 3, 23), BERLIN).rows[0].over_cap


def test_an_empty_store_reports_nothing(store):
    with reports.connection(store) as conn:
        assert reports.by_engagement(conn) == []
        assert reports.by_week(conn, Period(), BERLIN) == []
        assert reports.by_day(conn, Period(), BERLIN) == []
        assert reports.by_tag(conn) == []
        assert reports.week_grid(conn, date(2026, 3, 23), BERLIN).rows == []


def test_the_running_timer_is_not_counted_until_it_stops(store, history):
    dash, _ = history
    timer.start(store, dash.id, at="2026-03-30T13:00", tz="Europe/Berlin", now=NOW)  # 11:00 UTC
    with reports.connection(store) as conn:
        assert reports.by_engagement(conn)[0].seconds == 4 * 3600
    timer.stop(store, now=NOW)
    with reports.connection(store) as conn:
        assert reports.by_engagement(conn)[0].seconds == 5 * 3600
        assert reports.by_engagement(conn) == reports.by_engagement_scan(conn)


def test_totals_follow_every_kind_of_write(store, history):
    dash, survey = history
    entry = _log(store, dash, "2026-03-25T09:00", "2026-03-25T11:00")
    time_entries.update(store, entry.id, engagement_id=survey.id, now=NOW)
    first, second = time_entries.split(store, entry.id, "2026-03-25T10:00", now=NOW)
    time_entries.merge(store, [first.id, second.id], now=NOW)
    time_entries.update(store, entry.id, end="2026-03-25T12:00", now=NOW)
    time_entries.delete(store, time_entries.list_recent(store)[-1].id)
    with reports.connection(store) as conn:
        assert reports.by_engagement(conn) == reports.by_engagement_scan(conn)
    engagements.delete(store, survey.id)
    with reports.connection(store) as conn:
        assert [r.engagement for r in reports.by_engagement(conn)] == ["Dashboard"]
        assert reports.by_engagement(conn) == reports.by_engagement_scan(conn)


def test_report_rows_for_the_cli(store, history):
    with reports.connection(store) as conn:
        rows = reports.report(conn, "engagement", Period(), BERLIN)
        weeks = reports.report(conn, "week", Period(), BERLIN)
        tags = reports.report(conn, "tag", Period(), BERLIN)
    assert rows[0] == {"engagement": "Dashboard", "engagement_id": str(history[0].id),
                       "seconds": 14400, "hours": 4.0, "entries": 3}
    assert weeks[1]["week"] == "2026-W13" and weeks[1]["start"] == "2026-03-23"
    assert tags[-1]["tag"] is None
    with pytest.raises(ValueError, match="unknown report"):
        reports.report(None, "colour", Period(), BERLIN)


def test_open_current_only_for_a_store_that_needs_no_migration(paths, store, history):
    conn = reports.open_current(paths.database)
    assert [r.engagement for r in reports.by_engagement(conn)] == ["Dashboard", "Survey"]
    with pytest.raises(sqlite3.OperationalError):  # query only
        conn.execute("DELETE FROM time_entry")
    conn.close()
    assert reports.open_current(paths.data_dir / "missing.sqlite3") is None
    older = paths.data_dir / "older.sqlite3"
    raw, source = sqlite3.connect(older), sqlite3.connect(paths.database)
    source.backup(raw)  # a whole store, stamped with an older schema version
    raw.execute("PRAGMA user_version = 1")
    raw.close()
    source.close()
    assert reports.open_current(older) is None
