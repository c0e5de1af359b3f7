"""Restore: exactly the backup comes back, the current file is kept, a stale -wal never replayed."""

import subprocess
import sys
import textwrap

import pytest

from internapp.core.store import open_store
from internapp.core.store.catalog import catalog, counts
from internapp.core.store.restore import StoreInUseError, restore
from internapp.core.store.wal import wal_path


def _titles(paths):
    from internapp.core.services import engagements

    store = open_store(paths.database, backups_dir=paths.backups_dir)
    try:
        return {row.title for row in engagements.list_rows(store)}
    finally:
        store.close()


def test_restore_after_a_kill_9_with_a_wal_gives_exactly_the_backups_rows(faults):
    paths = faults.paths
    backup = catalog(paths.backups_dir)[0]
    faults.crash(paths.data_dir, "from internapp.core.services import engagements\n"
                                 "engagements.create(store, title='After the backup')\n")
    assert wal_path(paths.database).exists()

    result = restore(paths.database, paths.backups_dir, backup)

    assert paths.database.read_bytes() == backup.path.read_bytes()
    assert not wal_path(paths.database).exists()
    assert not paths.database.with_name("internapp.sqlite3-shm").exists()
    assert "After the backup" not in _titles(paths)
    assert faults.counts(paths.database) == faults.counts(backup.path)
    # the file it replaced, with what its -wal held, is a verified backup of its own
    assert result.safety_copy is not None and result.damaged_aside is None
    assert counts(result.safety_copy)["engagements"] == counts(backup.path)["engagements"] + 1


def test_a_damaged_file_is_kept_aside_under_a_dated_name(faults):
    paths = faults.damage("truncated")
    damaged = paths.database.read_bytes()
    backup = catalog(paths.backups_dir)[0]
    result = restore(paths.database, paths.backups_dir, backup)
    assert result.safety_copy is None
    assert result.damaged_aside.name.startswith("internapp.sqlite3.damaged-")
    assert result.damaged_aside.read_bytes() == damaged
    assert paths.database.read_bytes() == backup.path.read_bytes()


def test_a_folder_in_the_way_is_kept_aside_too(faults):
    paths = faults.damage("directory")
    result = restore(paths.database, paths.backups_dir, catalog(paths.backups_dir)[0])
    assert (result.damaged_aside / "notes.txt").is_file()
    assert paths.database.is_file()


@pytest.mark.skipif(sys.platform == "win32", reason="reads POSIX locks")
def test_restore_is_refused_while_another_program_has_the_store_open(faults):
    paths = faults.paths
    before = paths.database.read_bytes()
    code = textwrap.dedent(f"""
        import sqlite3, sys
        conn = sqlite3.connect({str(paths.database)!r})
        conn.execute("SELECT count(*) FROM engagement").fetchone()
        print("open", flush=True)
        sys.stdin.readline()
        """)
    child = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "open"
        with pytest.raises(StoreInUseError, match=f"process {child.pid}"):
            restore(paths.database, paths.backups_dir, catalog(paths.backups_dir)[0])
    finally:
        child.communicate("\n", timeout=10)
    assert paths.database.read_bytes() == before
    assert len(catalog(paths.backups_dir)) == 1  # not even a safety copy was made
