import random
import sqlite3
import uuid
from datetime import UTC, datetime, timedelta

import pytest

from internapp.core.interchange import time_import
from internapp.core.interchange.time_import import Parsed, ParsedEntry
from internapp.core.services import engagements, reports, time_entries

from .conftest import NOW

START = datetime(2025, 5, 5, 9, tzinfo=UTC)


def _entries(n, project="Dashboard", external=None):
    return [ParsedEntry(i + 1, project, START + timedelta(hours=2 * i),
                        START + timedelta(hours=2 * i, minutes=50), f"note {i}", ("a",),
                        external(i) if external else f"id-{i}") for i in range(n)]


def _triggers(store):
    conn = sqlite3.connect(store.path)
    try:
        return {name for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    finally:
        conn.close()


def test_a_bulk_import_keeps_the_totals_and_the_trigger(store):
    existing = engagements.create(store, title="Dashboard")
    time_entries.add(store, existing.id, start=START - timedelta(days=1), duration="1h",
                     now=NOW)
    before = _triggers(store)
    plan = time_import.preview(store, "watson", "frames", Parsed(_entries(300)), tz="UTC",
                               now=NOW)
    time_import.commit(store, plan, now=NOW)
    assert _triggers(store) == before and "tr_time_total_insert" in before
    totals = reports.by_engagement(store)
    assert totals == reports.by_engagement_scan(store)
    assert (totals[0].seconds, totals[0].entries) == (3600 + 300 * 50 * 60, 301)
    # the trigger works again afterwards
    time_entries.add(store, existing.id, start=START - timedelta(days=2), duration="30m",
                     now=NOW)
    assert reports.by_engagement(store) == reports.by_engagement_scan(store)


def test_a_failing_bulk_insert_leaves_nothing_behind_not_even_the_dropped_trigger(store):
    before = _triggers(store)
    plan = time_import.preview(store, "watson", "frames", Parsed(_entries(5)), tz="UTC",
                               now=NOW)
    with pytest.raises(sqlite3.IntegrityError, match="UNIQUE constraint failed"), \
            time_import._writing(store, plan.staging) as session:
        time_import._write(session, plan)
        time_import._write(session, plan)  # the same external ids again: the index refuses
    assert _triggers(store) == before
    assert time_entries.list_recent(store) == []
    assert engagements.list_rows(store) == []


def test_imported_rows_read_back_through_the_orm_exactly(store):
    plan = time_import.preview(store, "watson", "frames", Parsed(_entries(2)), tz="UTC",
                               now=NOW)
    time_import.commit(store, plan, now=NOW)
    rows = sorted(time_entries.list_recent(store), key=lambda r: r.started_at)
    assert [(r.started_at, r.ended_at, r.seconds, r.tags, r.note) for r in rows] == [
        (START, START + timedelta(minutes=50), 3000, ["a"], "note 0"),
        (START + timedelta(hours=2), START + timedelta(hours=2, minutes=50), 3000, ["a"],
         "note 1")]
    entry = time_entries.get(store, rows[0].id)
    assert (entry.source, entry.external_id, entry.tz) == ("watson", "id-0", "UTC")


def test_time_ordered_ids_are_version_7_uuids_that_increase():
    ids = time_import.time_ordered_ids(random.Random(1))
    batch = [next(ids) for _ in range(1000)]
    assert batch == sorted(batch) and len(set(batch)) == 1000
    parsed = uuid.UUID(hex=batch[0])
    assert (parsed.version, parsed.variant) == (7, uuid.RFC_4122)


def test_external_ids_of_rows_without_one_sort_by_start():
    early = time_import.external_id(START, "toggl", "X", "note")
    late = time_import.external_id(START + timedelta(days=400), "toggl", "X", "note")
    assert early < late
    assert early == time_import.external_id(START, "toggl", "X", "note")
    assert early != time_import.external_id(START, "toggl", "X", "other note")


def test_long_names_and_tags_are_kept_whole_or_the_row_is_reported(store, tmp_path):
    import json

    from internapp.core.interchange import watson

    name, tag = "P" * 200, "t" * 200
    frames = [[1_700_000_000, 1_700_003_600, name, "a1", [tag], 1_700_003_600],
              [1_700_010_000, 1_700_013_600, "Q" * 201, "a2", [], 1_700_013_600],
              [1_700_020_000, 1_700_023_600, "Fine", "a3", ["u" * 201], 1_700_023_600]]
    path = tmp_path / "frames"
    path.write_text(json.dumps(frames))
    report = watson.run(store, path, dry_run=False)
    assert report.created["time entries"] == 1
    assert {(r.row, r.field) for r in report.rejected} == {(2, "project"), (3, "tags")}
    [row] = time_entries.list_recent(store)
    assert (row.engagement, row.tags) == (name, [tag])  # whole, not cut
