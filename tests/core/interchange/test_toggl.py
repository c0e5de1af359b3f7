from datetime import UTC, datetime

import pytest

from internapp.core.interchange import time_import, toggl
from internapp.core.services import engagements, time_entries
from internapp.core.services.errors import ValidationError

from .conftest import NOW

ZONE = "Europe/Berlin"


def _preview(store, path):
    return time_import.preview(store, "toggl", path, toggl.parse(path, ZONE), tz=ZONE, now=NOW)


def test_legacy_columns_bom_crlf_quoted_commas_and_bad_rows(store, fixture_path):
    plan = _preview(store, fixture_path("toggl_detailed.csv"))
    rows = {e.row: e for e in plan.entries}
    assert sorted(rows) == [2, 3, 4, 6, 7, 8, 9, 10]
    assert rows[2].note == "Cleaned the source data, fixed dates"
    assert rows[2].tags == ("analysis", "data")
    assert rows[3].note == 'Review — Call with supervisor ("quick sync")'
    assert rows[4].note == "Interview #4\nnotes typed up"  # a line break inside quotes
    assert rows[6].project == "Café Müller — menu survey"
    assert rows[8].project == "No project"
    assert rows[7].end - rows[7].start == datetime(2025, 3, 6, 0, 45) - datetime(2025, 3, 5, 23, 30)
    assert (rows[9].end - rows[9].start).total_seconds() == 3600  # spring forward in Berlin
    assert (rows[10].end - rows[10].start).total_seconds() == 3 * 3600  # fall back
    rejected = {r.row: (r.field, r.reason) for r in plan.rejected}
    assert rejected == {
        11: ("end", "Mon 10 Mar 2025 14:00 is before the start Mon 10 Mar 2025 15:00"),
        12: ("start time", "'25:61:00' is not a time of day"),
        13: ("row", "has 15 cells where the header has 14 (a delimiter inside an unquoted "
                    "field?)"),
        14: ("duration", "26 h is longer than 24 hours; log a long stretch as separate "
                         "entries"),
        15: ("start", "overlaps row 2 of this file (Mon 03 Mar 2025 09:00–10:30)"),
        16: ("start", "2025-03-30 02:30 does not exist in Europe/Berlin: the clocks jumped "
                      "forward over it that night"),
        17: ("start date", "is empty"),
    }
    assert {p.name: (p.entries, p.client) for p in plan.projects.values()} == {
        "Sales dashboard in Power BI": (5, "Northwind Analytics"),
        "User interview synthesis": (1, "Lumen Labs"),
        "Café Müller — menu survey": (1, None),
        "No project": (1, None),
    }


def test_import_writes_exactly_the_preview_and_a_reimport_adds_nothing(store, fixture_path):
    path = fixture_path("toggl_detailed.csv")
    existing = engagements.create(store, title="sales DASHBOARD in power bi")
    plan = _preview(store, path)
    report = time_import.commit(store, plan, now=NOW)
    assert report.created == {"time entries": 8, "engagements": 3}
    assert len(report.rejected) == 7
    assert "project 'Sales dashboard in Power BI' goes to the existing engagement " \
           "'sales DASHBOARD in power bi' (5 entries)" in report.notes
    rows = time_entries.list_recent(store)
    assert len(rows) == 8
    assert sum(r.engagement == "sales DASHBOARD in power bi" for r in rows) == 5
    made = {row.title: row for row in engagements.list_rows(store)}
    assert made["User interview synthesis"].organization == "Lumen Labs"  # Client → organization
    assert made["User interview synthesis"].status == "active"
    assert made["sales DASHBOARD in power bi"].id == existing.id
    assert made["sales DASHBOARD in power bi"].logged_seconds == (90 + 25 + 75 + 60 + 180) * 60

    again = _preview(store, path)
    assert (again.entries, again.duplicates, len(again.rejected)) == ([], 8, 7)
    assert time_import.commit(store, again, now=NOW).created == {"time entries": 0,
                                                                 "engagements": 0}
    assert len(time_entries.list_recent(store)) == 8


def test_stop_date_variant_and_zero_length_rows(store, fixture_path):
    plan = _preview(store, fixture_path("toggl_detailed_stop.csv"))
    assert [e.row for e in plan.entries] == [2, 3]
    assert plan.entries[1].note == "Model v1: top-down, bottom-up"
    assert [(r.row, r.field) for r in plan.rejected] == [(4, "duration")]


def test_a_file_that_is_not_a_toggl_export_changes_nothing(store, tmp_path):
    path = tmp_path / "contacts.csv"
    path.write_text("Name,Email\nAda,ada@example.org\n", "utf-8")
    with pytest.raises(ValidationError, match="is not a Toggl detailed CSV: it has no 'Start Date'"):
        toggl.parse(path, ZONE)


def test_the_store_changing_after_the_preview_aborts_the_whole_import(store, fixture_path):
    plan = _preview(store, fixture_path("toggl_detailed.csv"))
    e = engagements.create(store, title="Elsewhere")
    time_entries.add(store, e.id, start=datetime(2025, 3, 4, 13, 30, tzinfo=UTC),
                     end=datetime(2025, 3, 4, 14, tzinfo=UTC), now=NOW)
    with pytest.raises(ValidationError, match="the store changed since the preview"):
        time_import.commit(store, plan, now=NOW)
    assert len(time_entries.list_recent(store)) == 1
    assert [row.title for row in engagements.list_rows(store)] == ["Elsewhere"]  # none created


def test_cli_runner_dry_run_then_real(store, fixture_path):
    path = fixture_path("toggl_detailed_stop.csv")
    dry = toggl.run(store, path, dry_run=True)
    assert dry.dry_run and dry.created == {"time entries": 2, "engagements": 1}
    assert time_entries.list_recent(store) == []
    real = toggl.run(store, path, dry_run=False)
    assert real.created == {"time entries": 2, "engagements": 1}
    assert "engagement 'Market sizing for EV chargers' was created (2 entries)" in real.notes
    assert toggl.run(store, path, dry_run=False).duplicates == 2
    assert len(time_entries.list_recent(store)) == 2


def test_each_row_keeps_the_external_id_earlier_versions_gave_it(fixture_path):
    """A re-import recognises entries by these ids: the fast reader must make them exactly as
    ``time_import.external_id`` does (project, note, end and tags, hashed)."""
    parsed = toggl.parse(fixture_path("toggl_detailed.csv"), ZONE)
    try:
        entries = parsed.entries
    finally:
        parsed.close()
    assert any(e.tags for e in entries) and any(not e.tags for e in entries)
    assert [e.external_id for e in entries] == [
        time_import.external_id(e.start, "toggl", e.project, e.note, int(e.end.timestamp()),
                                *e.tags) for e in entries]
