"""Upgrading a synced store to the career outcomes (migration 0010): the migration drops two
columns of ``engagement`` (which sync's capture triggers name) and derives deliverables and
results from their text on every device. The upgrade must succeed, log the derived rows, and
the rows two devices derive alike must meet as one row — not arrive twice."""

import sqlite3
import uuid

import pytest
from alembic import command

from internapp.core.store import migrate, open_store

CHANGED = "2026-03-01 10:00:00.000000"
TEXT = ("Final report https://example.org/report.pdf\n- Slide deck",
        "Cut the weekly report from 3 h to 20 min")


def _open(folder, *, at_0009: bool = False):
    """The store in ``folder``; ``at_0009``: created at schema 9, as the previous release left it."""
    folder.mkdir(exist_ok=True)
    with pytest.MonkeyPatch.context() as patch:
        if at_0009:
            upgrade = command.upgrade
            patch.setattr(command, "upgrade", lambda config, revision: upgrade(config, "0009"))
            patch.setattr(migrate, "SCHEMA_VERSION", 9)
        return open_store(folder / "internapp.sqlite3", backups_dir=folder / "backups",
                          documents_dir=folder / "documents")


def _add_engagement(store, engagement_id: str) -> None:
    """An engagement with free-text deliverables and outcome, written as schema 9 had them."""
    with store.writing([]) as conn:
        conn.execute(
            "INSERT INTO engagement (id, created_at, updated_at, title, currency, status, "
            "deliverables, outcome, feedback, notes) VALUES (?, ?, ?, 'Sales dashboard', 'USD', "
            "'paid', ?, ?, '', '')", (engagement_id, CHANGED, CHANGED, *TEXT))


def _reopen(store):
    """Closes ``store`` and opens it with this release: the migrations run."""
    path, folder = store.path, store.path.parent
    store.close()
    reopened = open_store(path, backups_dir=folder / "backups",
                          documents_dir=folder / "documents")
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA user_version").fetchone() == (migrate.SCHEMA_VERSION,)
    raw.close()
    return reopened


def _rows(store, table: str) -> list[tuple]:
    with store.reading() as conn:
        return conn.execute(f"SELECT id, created_at, updated_at, position FROM {table} "
                            "ORDER BY position").fetchall()


def test_a_store_with_sync_set_up_migrates_and_logs_the_derived_rows(tmp_path):
    from internapp.core.services import outcomes
    from internapp.core.sync import capture, local

    store = _open(tmp_path / "laptop", at_0009=True)
    engagement = uuid.uuid4().hex
    _add_engagement(store, engagement)
    with local.opened(store) as db, local.write(db):
        capture.install(db)  # sync set up (the server aside): the triggers name every column
        db.execute("DELETE FROM sync_change")
    store = _reopen(store)
    try:
        delivered = _rows(store, "deliverable")
        assert [(c, u, p) for _, c, u, p in delivered] == [(CHANGED, CHANGED, 0),
                                                           (CHANGED, CHANGED, 1)]
        assert len(_rows(store, "engagement_result")) == 1
        with store.reading() as conn:
            logged = conn.execute("SELECT tbl, row_id, op, hlc FROM sync_change "
                                  "WHERE tbl IN ('deliverable', 'engagement_result')").fetchall()
            columns = [row[1] for row in conn.execute("PRAGMA table_info(engagement)")]
        assert "deliverables" not in columns and "outcome" not in columns
        # logged like a first snapshot, with clock 0: any edit on any device wins over them
        assert sorted((t, r, op, h) for t, r, op, h in logged) == sorted(
            [("deliverable", row_id, "I", 0) for row_id, *_ in delivered]
            + [("engagement_result", _rows(store, "engagement_result")[0][0], "I", 0)])
        # and the new tables are captured from now on
        added = outcomes.add_deliverable(store, uuid.UUID(hex=engagement), "Handover notes")
        with store.reading() as conn:
            assert conn.execute("SELECT op FROM sync_change WHERE row_id = ?",
                                (added.id.hex,)).fetchall() == [("I",)]
    finally:
        store.close()


def test_two_devices_derive_the_same_rows_and_they_meet_as_one(tmp_path, student):
    from internapp.core.sync import service
    from internapp.core.sync.run import sync_now

    laptop, desktop = _open(tmp_path / "laptop", at_0009=True), _open(tmp_path / "desktop",
                                                                      at_0009=True)
    engagement = uuid.uuid4().hex
    _add_engagement(laptop, engagement)
    for store in (laptop, desktop):
        service.setup(store, student.url, student.password)
    sync_now(laptop)
    sync_now(desktop)  # the desktop has the engagement, its text included
    laptop, desktop = _reopen(laptop), _reopen(desktop)  # both upgrade on their own copy
    try:
        for store in (laptop, desktop, laptop):
            sync_now(store)
        for store in (laptop, desktop):
            assert len(_rows(store, "deliverable")) == 2
            assert len(_rows(store, "engagement_result")) == 1
            with store.reading() as conn:
                assert conn.execute("SELECT count(*) FROM sync_conflict").fetchone() == (0,)
        assert _rows(laptop, "deliverable") == _rows(desktop, "deliverable")
        later = _open(tmp_path / "lab")  # a device set up afterwards, on this release
        try:
            service.setup(later, student.url, student.password)
            sync_now(later)
            assert _rows(later, "deliverable") == _rows(laptop, "deliverable")
            assert _rows(later, "engagement_result") == _rows(laptop, "engagement_result")
        finally:
            later.close()
    finally:
        laptop.close()
        desktop.close()
