from datetime import UTC, datetime

from internapp.core.interchange import time_import, timewarrior
from internapp.core.services import engagements, time_entries, timer

from .conftest import NOW


def _preview(store, path):
    known = frozenset(time_import.engagement_keys(store))
    return time_import.preview(store, "timewarrior", path,
                               timewarrior.parse(path, "UTC", known), tz="UTC", now=NOW)


def test_export_with_a_running_interval_and_bad_intervals(store, fixture_path):
    plan = _preview(store, fixture_path("timewarrior_export.json"))
    rows = {e.row: e for e in plan.entries}
    assert sorted(rows) == [1, 2, 3, 4, 8]
    assert (rows[1].project, rows[1].tags, rows[1].note) == (
        "Route cost model", ("analysis",), "Fuel prices, tolls and driver hours")
    assert rows[4].project == "No project"
    assert rows[8].end is None and rows[8].note == "still going"
    assert {r.row: (r.field, r.reason) for r in plan.rejected} == {
        5: ("start", "'2025-03-04 09:00' is not a Timewarrior time (YYYYMMDDTHHMMSSZ)"),
        6: ("end", "Wed 05 Mar 2025 09:00 is before the start Wed 05 Mar 2025 10:00"),
        7: ("start", "is missing"),
    }
    # "project:Route cost model" and the tag "Route-cost-model" name the same engagement
    assert plan.projects[time_import.project_key("Route cost model")].entries == 2


def test_a_tag_naming_an_existing_engagement_wins_over_the_first_tag(store, fixture_path):
    existing = engagements.create(store, title="Newsletter")
    plan = _preview(store, fixture_path("timewarrior_export.json"))
    assert plan.projects["newsletter"].engagement_id == existing.id
    assert {e.row: e.tags for e in plan.entries if e.project == "newsletter"} == {
        3: ("writing",), 8: ("research",)}


def test_the_running_interval_becomes_the_running_timer(store, fixture_path):
    path = fixture_path("timewarrior_export.json")
    time_import.commit(store, _preview(store, path), now=NOW)
    running = timer.running(store)
    assert (running.engagement, running.started_at, running.note) == (
        "newsletter", datetime(2026, 11, 26, 6, 15, tzinfo=UTC), "still going")
    again = _preview(store, path)
    assert (again.entries, again.duplicates) == ([], 5)


def test_a_running_interval_is_refused_while_a_timer_runs_here(store, fixture_path):
    other = engagements.create(store, title="Other")
    timer.start(store, other.id, at=datetime(2026, 11, 26, 11, tzinfo=UTC), now=NOW)
    plan = _preview(store, fixture_path("timewarrior_export.json"))
    assert [e.row for e in plan.entries] == [1, 2, 3, 4]
    assert [(r.row, r.reason) for r in plan.rejected if r.row == 8] == [
        (8, "a timer is already running on 'Other'; stop it first")]
    time_import.commit(store, plan, now=NOW)
    assert len(time_entries.list_recent(store)) == 5


def test_the_report_says_which_tag_became_the_engagement_and_what_runs_now(store, fixture_path):
    notes = _preview(store, fixture_path("timewarrior_export.json")).report(dry_run=True).notes
    assert "2 intervals go to the engagement 'Route cost model', taken from a tag (Timewarrior " \
           "has no projects)" in notes
    assert any("row 8" in n and "imported as the running timer" in n for n in notes), notes
