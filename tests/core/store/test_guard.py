"""The guard row ties a -wal to its file: every write transaction carries it."""

import shutil

from internapp.core.services import engagements
from internapp.core.store import guard
from internapp.core.store.wal import committed_pages, wal_path


def _checkpoint(store):
    with store.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def _crash_copy(store, tmp_path):
    """The store's file and -wal as a crash would leave them (copied while it is open)."""
    target = tmp_path / "copy" / store.path.name
    target.parent.mkdir()
    shutil.copy(store.path, target)
    shutil.copy(wal_path(store.path), wal_path(target))
    return target


def test_every_write_transaction_carries_the_guard_page(store, tmp_path):
    _checkpoint(store)
    for n in range(3):
        engagements.create(store, title=f"Engagement {n}")
    copy = _crash_copy(store, tmp_path)
    main = guard.read_main(copy)
    seqs = [guard.parse_guard_page(image).seq
            for page, image in committed_pages(wal_path(copy)) if page == main.root_page]
    assert seqs[-3:] == sorted(seqs[-3:]) and len(set(seqs[-3:])) == 3
    assert guard.foreign_reason(copy) is None


def test_a_torn_last_frame_is_not_read(store, tmp_path):
    engagements.create(store, title="Kept")
    copy = _crash_copy(store, tmp_path)
    whole = list(committed_pages(wal_path(copy)))
    with wal_path(copy).open("r+b") as handle:  # a crash in the middle of the last frame
        handle.seek(-100, 2)
        handle.write(b"\xff" * 100)
    torn = list(committed_pages(wal_path(copy)))
    assert len(torn) < len(whole)


def test_the_guard_of_another_store_is_told_apart(store, tmp_path, paths):
    from internapp.core.store import open_store

    _checkpoint(store)
    engagements.create(store, title="Mine")
    copy = _crash_copy(store, tmp_path)
    other = open_store(tmp_path / "other" / "internapp.sqlite3", backups_dir=tmp_path / "ob")
    try:
        _checkpoint(other)
        engagements.create(other, title="Theirs")
        shutil.copy(wal_path(other.path), wal_path(copy))
    finally:
        other.close()
    assert guard.foreign_reason(copy) == "it was written to another internapp data file"


def test_a_log_of_another_program_is_foreign(tmp_path, store):
    import sqlite3

    store.close()
    copy = tmp_path / "copy.sqlite3"
    shutil.copy(store.path, copy)
    conn = sqlite3.connect(copy)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("INSERT INTO setting (id, created_at, updated_at, key, value) "
                 "VALUES ('x', '2026-01-01', '2026-01-01', 'k', '1')")
    conn.commit()
    shutil.copy(wal_path(copy), tmp_path / "kept-wal")
    conn.close()
    shutil.copy(tmp_path / "kept-wal", wal_path(copy))
    assert guard.foreign_reason(copy) == ("none of its transactions was written by internapp "
                                          "to this file")
