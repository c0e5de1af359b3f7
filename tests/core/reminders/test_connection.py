import sqlite3

import pytest

from internapp.core.reminders.connection import StoreUnreadable, open_read_only


def test_the_store_opens_read_only_and_refuses_every_write(store, paths):
    before = paths.database.read_bytes()
    conn = open_read_only(paths.database)
    assert conn.execute("SELECT count(*) FROM stage").fetchone()[0] > 0
    with pytest.raises(sqlite3.OperationalError, match=r"readonly|read-only"):
        conn.execute("DELETE FROM stage")
    conn.close()
    assert paths.database.read_bytes() == before


def test_a_missing_foreign_or_other_version_file_is_explained(paths, tmp_path):
    with pytest.raises(StoreUnreadable, match="open internapp once"):
        open_read_only(tmp_path / "nothing.sqlite3")
    other = tmp_path / "other.sqlite3"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    with pytest.raises(StoreUnreadable, match="not an internapp store"):
        open_read_only(other)


def test_a_newer_schema_says_to_update(store, paths):
    from internapp.core.store.migrate import SCHEMA_VERSION

    store.close()
    db = sqlite3.connect(paths.database)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.commit()
    db.close()
    with pytest.raises(StoreUnreadable, match=r"(?i)update internapp"):
        open_read_only(paths.database)


def test_the_reader_runs_the_pre_open_checks_a_foreign_wal_is_never_replayed(faults):
    """Like every open (core/store/preopen.py): a -wal that does not belong to the file is moved
    aside, not applied, before the background reader looks at the file."""
    paths = faults.damage("foreign-wal")
    conn = open_read_only(paths.database)
    try:
        titles = [t for (t,) in conn.execute("SELECT title FROM engagement")]
    finally:
        conn.close()
    assert "From another store" not in titles
    assert list(paths.data_dir.glob("internapp.sqlite3-wal.not-replayed-*"))


@pytest.mark.parametrize("kind", ["truncated", "header", "missing-table"])
def test_a_damaged_file_is_refused_unchanged_with_the_reason(faults, kind):
    paths = faults.damage(kind)
    before = faults.bytes(paths.database)
    with pytest.raises(StoreUnreadable, match=r"damaged|cut off|missing|header"):
        open_read_only(paths.database)
    assert faults.bytes(paths.database) == before
