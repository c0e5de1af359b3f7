"""The capture triggers: every write path is logged inside its own transaction, nothing before
sync is set up, nothing while pulled changes are applied, and they survive migrations."""

import sqlite3

import pytest

from internapp.core.services import contacts, engagements
from internapp.core.sync import capture, clock, local


def _log(store) -> list[tuple]:
    with sqlite3.connect(store.path) as raw:
        rows = raw.execute("SELECT tbl, row_id, op, cols, hlc FROM sync_change ORDER BY seq"
                           ).fetchall()
    raw.close()
    return rows


def _install(store) -> None:
    with local.opened(store) as db, local.write(db):
        capture.install(db)
        db.execute("DELETE FROM sync_change")  # drop the snapshot: only new changes below


def test_nothing_is_logged_and_no_trigger_exists_before_setup(store):
    contacts.create(store, display_name="Ana")
    assert _log(store) == []
    with sqlite3.connect(store.path) as raw:
        assert raw.execute("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND "
                           "name LIKE 'sync_%'").fetchone() == (0,)
    raw.close()


def test_setup_logs_a_snapshot_of_every_row(store):
    contacts.create(store, display_name="Ana")
    with local.opened(store) as db, local.write(db):
        capture.install(db)
    log = _log(store)
    assert ("contact", "I") in {(t, op) for t, _, op, _, _ in log}
    seeded = [h for t, _, _, _, h in log if t == "stage"]
    assert seeded and set(seeded) == {0}  # seeds every store is born with: clock 0
    with sqlite3.connect(store.path) as raw:
        device_clock = raw.execute("SELECT hlc FROM sync_clock").fetchone()[0]
    raw.close()
    assert device_clock > max(h for *_, h in log)


def test_orm_plain_and_bulk_writes_are_all_logged_with_rising_clocks(store):
    _install(store)
    contact = contacts.create(store, display_name="Ana")
    contacts.update(store, contact.id, title="Mentor", notes="met twice")
    with sqlite3.connect(store.path) as raw:  # a plain connection, like the hot paths
        raw.execute("UPDATE contact SET nickname = 'A' WHERE id = ?", (contact.id.hex,))
        raw.executemany("INSERT INTO tag_cadence (id, created_at, updated_at, tag, days) "
                        "VALUES (?, '2026-01-01', '2026-01-01', ?, 30)",
                        [("a" * 32, "one"), ("b" * 32, "two")])
    raw.close()
    contacts.delete(store, contact.id)
    log = _log(store)
    assert [(t, op) for t, _, op, _, _ in log] == [
        ("contact", "I"), ("contact", "U"), ("contact", "U"), ("tag_cadence", "I"),
        ("tag_cadence", "I"), ("contact", "D")]
    assert set(log[1][3].strip("|").split("|")) == {"title", "notes", "updated_at"}
    assert log[2][3] == "|nickname|"
    clocks = [h for *_, h in log]
    assert clocks == sorted(clocks) and len(set(clocks)) == len(clocks)
    assert abs(clock.to_datetime(clocks[0]).timestamp() - __import__("time").time()) < 60


def test_a_rolled_back_write_leaves_no_log(store):
    _install(store)
    with pytest.raises(RuntimeError), store.write([]) as session:
        from internapp.core.models import Contact

        session.add(Contact(display_name="Never"))
        session.flush()
        raise RuntimeError("abandon")
    assert _log(store) == []


def test_applying_pulled_changes_is_not_logged(store):
    _install(store)
    with local.opened(store) as db, local.write(db):
        local.set_applying(db, True)
        db.execute("INSERT INTO tag_cadence (id, created_at, updated_at, tag, days) "
                   "VALUES ('c', '2026-01-01', '2026-01-01', 'pulled', 7)")
        local.set_applying(db, False)
    assert _log(store) == []


def test_a_migration_that_rebuilds_a_table_gets_its_triggers_back(store):
    _install(store)
    with store.engine.begin() as connection:  # what a batch migration does to a table
        raw = connection.connection.driver_connection
        raw.execute("DROP TRIGGER sync_upd_engagement")
        capture.refresh(raw)
    engagement = engagements.create(store, title="After the migration")
    engagements.update(store, engagement.id, notes="still logged")
    assert [op for t, _, op, _, _ in _log(store) if t == "engagement"] == ["I", "U"]


def test_a_bulk_time_import_is_logged_entry_by_entry(store):
    """A time import drops the time_entry insert triggers that keep the totals for its one
    executemany, then sums the totals once: sync's capture triggers must stay and log each entry."""
    from datetime import UTC, datetime, timedelta

    from internapp.core.interchange import time_import
    from internapp.core.interchange.time_import import Parsed, ParsedEntry

    _install(store)
    start = datetime(2025, 5, 5, 9, tzinfo=UTC)
    parsed = Parsed([ParsedEntry(i + 1, "Dashboard", start + timedelta(hours=2 * i),
                                 start + timedelta(hours=2 * i, minutes=50), f"note {i}", ("a",),
                                 f"id-{i}") for i in range(40)])
    now = start + timedelta(days=30)
    plan = time_import.preview(store, "watson", "frames", parsed, tz="UTC", now=now)
    time_import.commit(store, plan, now=now)
    logged = [row_id for t, row_id, op, _, _ in _log(store) if t == "time_entry" and op == "I"]
    with sqlite3.connect(store.path) as raw:
        stored = {row_id for (row_id,) in raw.execute("SELECT id FROM time_entry")}
        triggers = {name for (name,) in raw.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'time_entry'")}
    raw.close()
    assert len(stored) == 40 and sorted(logged) == sorted(stored)
    assert {"sync_ins_time_entry", "sync_upd_time_entry", "sync_del_time_entry"} <= triggers
