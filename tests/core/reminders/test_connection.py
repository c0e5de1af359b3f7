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
    with pytest.raises(StoreUnreadable, match="not an internapp data file"):
        open_read_only(other)


def test_a_newer_schema_says_to_update(store, paths):
    from internapp.core.store.migrate import SCHEMA_VERSION

    store.close()
    db = sqlite3.connect(paths.database)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.commit()
    db.close()
    with pytest.raises(StoreUnreadable, match="update internapp"):
        open_read_only(paths.database)
