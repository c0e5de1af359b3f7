"""Turning what SQLite and the file system raise into a StoreError that says, in one sentence,
what happened and what to do: busy (and who holds it), read-only, disk full, damaged."""

import errno
import sqlite3
from pathlib import Path

from internapp.core.store.errors import (
    DamagedStoreError,
    DiskFullError,
    LockedStoreError,
    ReadOnlyStoreError,
    StoreError,
)

DAMAGE_SIGNS = ("malformed", "file is not a database", "no such table", "no such column",
                "database corruption")
READ_ONLY_SIGNS = ("readonly database", "read-only")
BUSY, LOCKED, READONLY, IOERR, CORRUPT, FULL, CANTOPEN, NOTADB = 5, 6, 8, 10, 11, 13, 14, 26
MIN_NEEDED = 1024 * 1024  # a transaction needs room for at least its log frames


def translate(error: BaseException, database: Path, backups_dir: Path | None = None
              ) -> StoreError | None:
    """The StoreError for ``error`` met while using the store at ``database``; None when it is
    not a fault of the store or the disk (a bug, to be logged)."""
    if isinstance(error, StoreError):
        return error
    original = getattr(error, "orig", None) or error  # SQLAlchemy wraps the driver's error
    if isinstance(original, OSError):
        return _os_error(original, database)
    if not isinstance(original, sqlite3.Error):
        return None
    text = str(original).lower()
    code = (getattr(original, "sqlite_errorcode", None) or 0) & 0xFF
    if "locked" in text or code in (BUSY, LOCKED):
        return LockedStoreError(database, _holders(database))
    if "disk is full" in text or code == FULL or (code == IOERR and _nearly_full(database)):
        return disk_full(database.parent)
    if code == IOERR or "i/o error" in text:
        return StoreError(f"the disk holding {database} could not be read or written ({original}): "
                          "it may be failing or have been removed. Nothing was half-written.")
    if any(sign in text for sign in READ_ONLY_SIGNS) or code == READONLY:
        return ReadOnlyStoreError(database, read_only_reason(database) or "it cannot be written")
    if code == CANTOPEN or "unable to open" in text:
        reason = read_only_reason(database)
        if reason:
            return ReadOnlyStoreError(database, reason)
        return StoreError(f"cannot open {database}: {original}")
    if any(sign in text for sign in DAMAGE_SIGNS) or code in (CORRUPT, NOTADB):
        from internapp.core.store.catalog import newest_verified

        backup = newest_verified(backups_dir) if backups_dir is not None else None
        return DamagedStoreError(database, f"SQLite reports: {original}", backup)
    return None


def disk_full(folder: Path, needed: int | None = None) -> DiskFullError:
    import shutil

    try:
        free = shutil.disk_usage(_existing(folder)).free
    except OSError:
        free = None
    return DiskFullError(folder, free, needed if needed is not None else MIN_NEEDED)


def _nearly_full(database: Path) -> bool:
    import shutil

    try:
        return shutil.disk_usage(_existing(database.parent)).free < MIN_NEEDED
    except OSError:
        return False


def read_only_reason(database: Path) -> str | None:
    """Why the store cannot be written, or None when it can."""
    import os

    folder = database.parent
    if database.exists() and not os.access(database, os.W_OK):
        return "the file is write-protected"
    if folder.exists() and not os.access(folder, os.W_OK | os.X_OK):
        return "its folder is write-protected or on a read-only medium"
    try:
        if os.statvfs(_existing(folder)).f_flag & getattr(os, "ST_RDONLY", 1):
            return "it is on a read-only medium"
    except (OSError, AttributeError):
        pass
    return None


def _os_error(error: OSError, database: Path) -> StoreError | None:
    where = Path(error.filename) if error.filename else database
    if error.errno == errno.ENOSPC or error.errno == getattr(errno, "EDQUOT", -1):
        return disk_full(where.parent if where.suffix else where)
    if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return ReadOnlyStoreError(where, read_only_reason(database) or os_strerror(error))
    return None


def os_strerror(error: OSError) -> str:
    return (error.strerror or str(error)).lower()


def _holders(database: Path) -> str | None:
    from internapp.core.store import holders

    found = holders.lock_holders(database, include_self=False)
    return holders.describe(found) if found else None


def _existing(folder: Path) -> Path:
    while not folder.exists() and folder.parent != folder:
        folder = folder.parent
    return folder
