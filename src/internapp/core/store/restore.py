"""Putting a backup back in place of the store, so that exactly the backup's rows come back.

1. The backup must pass verification now, and no other program may have the store open.
2. The current file is kept: backed up ("before-restore", verified) when it can be read; when it
   cannot (it is damaged), it is moved aside with a time-stamped name, never deleted.
3. The ``-wal`` and ``-shm`` beside the store are removed (what they held is in that safety copy):
   SQLite would otherwise replay the old log over the restored file.
4. The backup is copied to a temporary name beside the store, flushed, and renamed over it.
"""

import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from internapp.core.safe_files import fsync_dir, make_private
from internapp.core.store import holders, preopen
from internapp.core.store.backup import backup_store
from internapp.core.store.catalog import BackupInfo, problem
from internapp.core.store.errors import BackupError, StoreError
from internapp.core.store.migrate import SCHEMA_VERSION


@dataclass(frozen=True)
class RestoreResult:
    restored: BackupInfo
    safety_copy: Path | None  # the current file, backed up first
    damaged_aside: Path | None  # or, when it could not be read, where it was moved


class StoreInUseError(StoreError):
    pass


def restore(database: Path, backups_dir: Path, backup: BackupInfo) -> RestoreResult:
    """Replaces the store at ``database`` by ``backup`` (see the module's docstring)."""
    wrong = problem(backup.path)
    if wrong:
        raise BackupError(f"the backup {backup.id} cannot be restored: {wrong}")
    others = holders.lock_holders(database, include_self=False)
    if others:
        raise StoreInUseError(f"{holders.describe(others)} has {database.name} open; close it "
                              "first, then restore (nothing was changed)")
    safety, aside = _keep_current(database, backups_dir)
    for suffix in ("-wal", "-shm"):
        database.with_name(database.name + suffix).unlink(missing_ok=True)
    temp = database.with_name(f".{database.name}.restoring")
    try:
        shutil.copyfile(backup.path, temp)
        make_private(temp)
        with temp.open("rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(temp, database)
        fsync_dir(database.parent)
    finally:
        temp.unlink(missing_ok=True)
    return RestoreResult(backup, safety, aside)


def _keep_current(database: Path, backups_dir: Path) -> tuple[Path | None, Path | None]:
    if not database.exists():
        return None, None
    if database.is_file() and database.stat().st_size == 0:
        return None, set_aside(database)
    try:
        preopen.inspect(database, backups_dir, schema_version=SCHEMA_VERSION)
        return backup_store(database, backups_dir, "before-restore"), None
    except (StoreError, OSError, sqlite3.Error):
        return None, set_aside(database)


def set_aside(database: Path) -> Path:
    """Renames the damaged store (and its -wal and -shm) to ``NAME.damaged-YYYYMMDD-HHMMSS``."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = database.with_name(f"{database.name}.damaged-{stamp}")
    n = 1
    while aside.exists():
        n += 1
        aside = database.with_name(f"{database.name}.damaged-{stamp}-{n}")
    os.replace(database, aside)
    for suffix in ("-wal", "-shm"):
        log = database.with_name(database.name + suffix)
        if log.exists():
            os.replace(log, aside.with_name(aside.name + suffix))
    return aside
