"""Copies of the store made with SQLite's online backup API, verified before they are trusted."""

import os
import sqlite3
import uuid
from datetime import datetime
from pathlib import Path

from internapp.core.clock import utcnow
from internapp.core.safe_files import private_dir
from internapp.core.store.errors import BackupError


def backup_store(source: Path, backups_dir: Path, label: str) -> Path:
    """Copies ``source`` into ``backups_dir`` and verifies the copy; returns the copy's path."""
    private_dir(backups_dir)
    stamp = utcnow().strftime("%Y%m%d-%H%M%S-%f")
    target = backups_dir / f"internapp-{stamp}-{label}.sqlite3"
    os.close(os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))  # private from the start
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")  # a backup is one self-contained file
            _new_generation(dst)
        finally:
            dst.close()
        verify_backup(src, target)
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    finally:
        src.close()
    return target


def _new_generation(copy: sqlite3.Connection) -> None:
    """A backup is a file of its own: a -wal left beside the store never fits it (guard.py), so
    a backup copied over the store by hand is never mixed with the log of the file it replaced."""
    if copy.execute("SELECT 1 FROM sqlite_master WHERE name = 'store_guard'").fetchone():
        copy.execute("UPDATE store_guard SET generation = ? WHERE id = 1", (uuid.uuid4().hex,))
        copy.commit()


def verify_backup(source: sqlite3.Connection, copy_path: Path) -> None:
    """Raises BackupError unless the copy passes integrity_check and matches the source's tables."""
    copy = sqlite3.connect(f"{copy_path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        result = copy.execute("PRAGMA integrity_check").fetchall()
        if result != [("ok",)]:
            raise BackupError(f"backup {copy_path} failed its integrity check: {result}")
        for pragma in ("user_version", "application_id"):
            if copy.execute(f"PRAGMA {pragma}").fetchone() != source.execute(
                f"PRAGMA {pragma}"
            ).fetchone():
                raise BackupError(f"backup {copy_path} has a different {pragma} than the store")
        for (table,) in source.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        ):
            query = f'SELECT count(*) FROM "{table}"'
            if copy.execute(query).fetchone() != source.execute(query).fetchone():
                raise BackupError(f"backup {copy_path} does not hold every row of {table}")
    finally:
        copy.close()


def list_backups(backups_dir: Path) -> list[Path]:
    """Backups, newest first."""
    if not backups_dir.is_dir():
        return []
    return sorted(backups_dir.glob("internapp-*.sqlite3"), reverse=True)


def backup_before_import(store) -> Path | None:
    """The verified backup every import makes before it writes (none for a read-only store, which
    refuses the write anyway)."""
    if getattr(store, "read_only", False):
        return None
    return store.backup("before-import")


def daily_backup(store, now: datetime | None = None) -> Path | None:
    """A backup when none was made yet today (the user's local day), then the rotation; returns
    the new backup, or None when today's exists or the store is read-only."""
    from internapp.core.store.catalog import catalog
    from internapp.core.store.rotation import prune

    now = now or utcnow()
    if getattr(store, "read_only", False):
        return None
    today = now.astimezone().date()
    if any(b.created_at.astimezone().date() == today for b in catalog(store.backups_dir)):
        return None
    made = store.backup("daily")
    prune(store.backups_dir, now)
    return made
