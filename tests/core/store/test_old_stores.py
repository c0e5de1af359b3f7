"""Stores written by each released schema version (built by old_stores/build.py and committed)
open in this version: migrated after a verified backup, every row kept, the aggregates right."""

import shutil
import sqlite3
import uuid
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from internapp.core.services import reports, time_entries, timer
from internapp.core.store import open_store
from internapp.core.store.connection import PAGE_SIZE
from internapp.core.store.identity import APPLICATION_ID, read_identity
from internapp.core.store.migrate import SCHEMA_VERSION

OLD = Path(__file__).with_name("old_stores")
RELEASED = sorted(OLD.glob("schema_*.sqlite3"))
KEPT_TABLES = ("organization", "application", "application_event", "engagement", "milestone",
               "engagement_skill", "contact", "interaction", "contact_link", "tag_cadence",
               "time_entry", "stage", "skill")


def _counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in KEPT_TABLES}
    finally:
        conn.close()


def test_a_store_of_every_released_schema_is_kept():
    assert [p.name for p in RELEASED] == [f"schema_{n:04d}.sqlite3" for n in range(1, 4)]


@pytest.mark.parametrize("old", RELEASED, ids=lambda p: p.stem)
def test_an_old_store_migrates_with_every_row_and_aggregate(old, tmp_path):
    path = tmp_path / "internapp.sqlite3"
    shutil.copyfile(old, path)
    before = _counts(path)
    version = read_identity(path).schema_version
    store = open_store(path, backups_dir=tmp_path / "backups")
    try:
        identity = read_identity(path)
        assert (identity.application_id, identity.schema_version) == (APPLICATION_ID, SCHEMA_VERSION)
        if version < SCHEMA_VERSION:  # a verified copy of the file as it was
            backup = store.last_migration_backup
            assert backup is not None and read_identity(backup).schema_version == version
            assert _counts(backup) == before
        assert _counts(path) == before
        totals = reports.by_engagement(store)
        assert totals == reports.by_engagement_scan(store)
        assert [(t.engagement, t.seconds, t.entries) for t in totals] == [
            ("Sales dashboard", 5400 + 8100, 2)]
        assert time_entries.seconds_by_engagement(store) == {uuid.UUID(hex="c" * 32): 13500}
        first = time_entries.get(store, uuid.UUID(hex="e1" * 16))
        assert first.started_at == datetime(2026, 3, 1, 23, 30, tzinfo=UTC)
        assert first.tags == ["analysis"] and first.tz == "Europe/Berlin"
        running = timer.running(store)
        assert running is not None and running.engagement == "Sales dashboard"
        days = reports.by_day(store, reports.Period(), ZoneInfo("Europe/Berlin"))  # local days
        assert [(d.key, d.seconds) for d in days if d.seconds] == [("2026-03-02", 13500)]
        with store.reading() as conn:  # revision 0003's built-in target roles
            assert conn.execute("SELECT count(*) FROM target_role WHERE builtin").fetchone()[0] > 0
            # made with SQLite's 4 KiB pages, it keeps them (only a new file gets the store's)
            assert conn.execute("PRAGMA page_size").fetchone()[0] == 4096 != PAGE_SIZE
    finally:
        store.close()
