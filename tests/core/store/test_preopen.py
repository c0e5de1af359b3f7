"""Before SQLite touches the file: a -wal that does not belong to it is moved aside, never
replayed; a damaged file is refused (never written to) with a message naming the newest backup."""

import pytest

from internapp.core.store import StoreError, open_store


def _open(paths):
    return open_store(paths.database, backups_dir=paths.backups_dir,
                      documents_dir=paths.documents_dir)


def _titles(store) -> set[str]:
    from internapp.core.services import engagements

    return {row.title for row in engagements.list_rows(store)}


def test_the_wal_left_by_a_crash_is_replayed(faults):
    paths = faults.paths
    faults.crash(paths.data_dir, "from internapp.core.services import engagements\n"
                                 "engagements.create(store, title='Logged before the crash')\n")
    store = _open(paths)
    try:
        assert "Logged before the crash" in _titles(store)
        assert store.opening_notes == []
    finally:
        store.close()


def test_a_foreign_wal_is_moved_aside_and_never_replayed(faults):
    paths = faults.paths
    before = faults.counts(paths.database)
    main_bytes = faults.bytes(paths.database)
    faults.damage("foreign-wal")
    store = _open(paths)
    try:
        assert "From another store" not in _titles(store)
        notes = " ".join(store.opening_notes)
    finally:
        store.close()
    assert faults.counts(paths.database) == before
    assert faults.bytes(paths.database) == main_bytes
    aside = list(paths.data_dir.glob("internapp.sqlite3-wal.*"))
    assert len(aside) == 1
    assert "does not belong" in notes and aside[0].name in notes


def test_a_stale_wal_over_a_backup_copied_by_hand_is_not_replayed(faults):
    paths = faults.paths
    backup = sorted(paths.backups_dir.glob("internapp-*.sqlite3"))[-1]
    expected = faults.counts(backup)
    faults.damage("stale-wal")
    store = _open(paths)
    try:
        assert "After the backup" not in _titles(store)
    finally:
        store.close()
    assert faults.counts(paths.database) == expected
    assert list(paths.data_dir.glob("internapp.sqlite3-wal.*"))


@pytest.mark.parametrize(("kind", "reason"), [
    ("truncated", "shorter than"), ("header", "header"), ("directory", "folder"),
    ("missing-table", "interaction"),
])
def test_a_damaged_file_is_refused_unchanged_naming_the_newest_backup(faults, kind, reason):
    paths = faults.damage(kind)
    before = faults.bytes(paths.database)
    newest = sorted(paths.backups_dir.glob("internapp-*.sqlite3"))[-1]
    with pytest.raises(StoreError) as raised:
        _open(paths)
    message = str(raised.value)
    assert "damaged" in message and reason in message
    assert newest.name.split('-', 1)[1][:22] in message  # its id, the time stamp
    assert faults.bytes(paths.database) == before
    assert not paths.database.with_name("internapp.sqlite3-wal").exists()


def test_a_wal_that_changes_while_it_is_judged_is_left_to_whoever_uses_it(faults, monkeypatch):
    """Another program opened the store and wrote while we read its log (the window and a CLI
    command starting together): the log is in use, so it is not moved aside, whatever we read."""
    from internapp.core.store import guard

    paths = faults.paths
    faults.damage("foreign-wal")
    wal = paths.database.with_name(paths.database.name + "-wal")
    judged = guard.foreign_reason

    def judged_while_another_writes(database):
        reason = judged(database)
        with wal.open("ab") as log:  # what a writer appending its frames does meanwhile
            log.write(b"\0" * 16)
        return reason

    monkeypatch.setattr(guard, "foreign_reason", judged_while_another_writes)
    from internapp.core.store import preopen

    inspection = preopen.inspect(paths.database, paths.backups_dir, schema_version=99)
    assert wal.exists() and not list(paths.data_dir.glob("internapp.sqlite3-wal.*"))
    assert inspection.notes == []


def test_a_wal_removed_while_it_is_judged_is_no_error(faults, monkeypatch):
    """The last program closing the store checkpoints and removes its log at any moment."""
    from internapp.core.store import guard, preopen

    paths = faults.paths
    faults.damage("foreign-wal")
    wal = paths.database.with_name(paths.database.name + "-wal")

    judged = guard.foreign_reason

    def removed_meanwhile(database):
        wal.unlink()
        return judged(database)  # opening the log fails: it is gone

    monkeypatch.setattr(guard, "foreign_reason", removed_meanwhile)
    inspection = preopen.inspect(paths.database, paths.backups_dir, schema_version=99)
    assert inspection.identity is not None and inspection.notes == []


def test_a_file_growing_under_another_programs_checkpoint_is_not_called_damaged(faults):
    """Seen once in 100 processes writing at once (tests/cli/test_two_writers.py): a checkpoint
    writes page 1, with the new page count, before the file has grown to it; read between the
    two, the file looked 'shorter than its header says' and the command refused the store."""
    import sqlite3
    import threading
    import time

    paths = faults.paths
    other = sqlite3.connect(paths.database)  # another program with the store open
    try:
        other.execute("SELECT count(*) FROM sqlite_master").fetchone()
        data = bytearray(paths.database.read_bytes())
        page_size = int.from_bytes(data[16:18], "big")
        pages = len(data) // page_size
        data[28:32] = (pages + 1).to_bytes(4, "big")  # page 1 already counts the new page
        paths.database.write_bytes(bytes(data))

        def grow():
            time.sleep(0.2)
            with paths.database.open("ab") as handle:
                handle.write(bytes(page_size))

        growing = threading.Thread(target=grow)
        growing.start()
        store = _open(paths)
        growing.join()
        store.close()
    finally:
        other.close()
