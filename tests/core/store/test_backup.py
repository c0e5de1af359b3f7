import sqlite3

import pytest

from internapp.core.store.backup import backup_store, list_backups, verify_backup
from internapp.core.store.errors import BackupError


def test_backup_copies_every_row_and_passes_verification(demo_store):
    path = demo_store.backup("manual")
    assert path in list_backups(demo_store.backups_dir)
    copy = sqlite3.connect(path)
    source = sqlite3.connect(demo_store.path)
    for table in ("application", "time_entry", "contact", "interaction"):
        query = f"SELECT count(*) FROM {table}"
        assert copy.execute(query).fetchone() == source.execute(query).fetchone()
    assert copy.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    copy.close()
    source.close()


def test_verification_rejects_a_copy_missing_rows(demo_store, tmp_path):
    path = backup_store(demo_store.path, tmp_path / "b", "test")
    with sqlite3.connect(path) as copy:
        copy.execute("DELETE FROM interaction")
    copy.close()
    source = sqlite3.connect(demo_store.path)
    with pytest.raises(BackupError, match="interaction"):
        verify_backup(source, path)
    source.close()


def test_backups_are_listed_newest_first(store):
    first = store.backup("one")
    second = store.backup("two")
    assert list_backups(store.backups_dir)[:2] == [second, first]
