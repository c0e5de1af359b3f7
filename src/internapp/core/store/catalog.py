"""The backups on disk: when each was made and why, its size and what it holds, and whether it
still passes verification.

A backup is ``internapp-YYYYMMDD-HHMMSS-ffffff-LABEL.sqlite3`` in the backups folder; its id is the
time stamp (``20261130-101500-123456``), and any unambiguous beginning of it names it too.
"""

import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from internapp.core.store.errors import StoreError
from internapp.core.store.identity import APPLICATION_ID, SQLITE_MAGIC

NAME = re.compile(r"^internapp-(\d{8}-\d{6}-\d{6})-(.+)\.sqlite3$")
COUNTED = {"applications": "application", "engagements": "engagement",
           "time_entries": "time_entry", "contacts": "contact"}
MIGRATION_PREFIX = "before-schema-"


@dataclass(frozen=True)
class BackupInfo:
    id: str
    path: Path
    created_at: datetime  # aware UTC
    label: str  # daily, manual, before-import, before-restore, before-schema-N-from-M, …
    size_bytes: int

    @property
    def before_migration(self) -> bool:
        return self.label.startswith(MIGRATION_PREFIX)

    def when_text(self) -> str:
        return self.created_at.astimezone().strftime("%Y-%m-%d %H:%M")

    def to_dict(self) -> dict:
        return {"id": self.id, "path": str(self.path), "created_at": self.created_at.isoformat(),
                "label": self.label, "size_bytes": self.size_bytes}


def stamp_of(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%d-%H%M%S-%f")


def info(path: Path) -> BackupInfo | None:
    match = NAME.match(path.name)
    if match is None or not path.is_file():
        return None
    created = datetime.strptime(match[1], "%Y%m%d-%H%M%S-%f").replace(tzinfo=UTC)
    return BackupInfo(match[1], path, created, match[2], path.stat().st_size)


def catalog(backups_dir: Path) -> list[BackupInfo]:
    """Every backup in the folder, newest first."""
    if not backups_dir.is_dir():
        return []
    found = [i for p in backups_dir.glob("internapp-*.sqlite3") if (i := info(p)) is not None]
    return sorted(found, key=lambda i: i.id, reverse=True)


class UnknownBackupError(StoreError):
    pass


def find(backups_dir: Path, backup_id: str) -> BackupInfo:
    """The backup whose id starts with ``backup_id`` (a path to one works too)."""
    wanted = backup_id.strip()
    everything = catalog(backups_dir)
    matches = [b for b in everything if b.id.startswith(wanted) or b.path.name == wanted
               or str(b.path) == wanted]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise UnknownBackupError(f"no backup {wanted!r} in {backups_dir} "
                                 "(`internapp backup list` shows them)")
    raise UnknownBackupError(f"{wanted!r} names {len(matches)} backups; give more of the id "
                             f"({', '.join(b.id for b in matches[:3])}…)")


def problem(path: Path, *, schema_version: int | None = None) -> str | None:
    """None when the file at ``path`` is a whole internapp store SQLite finds intact; otherwise
    what is wrong with it. Read-only; a -wal beside it is ignored."""
    from internapp.core.store.migrate import SCHEMA_VERSION
    from internapp.core.store.schema import missing_tables

    try:
        with path.open("rb") as handle:
            if handle.read(16) != SQLITE_MAGIC:
                return "it is not a SQLite database"
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?immutable=1", uri=True)
        try:
            result = [row[0] for row in conn.execute("PRAGMA integrity_check(5)")]
            if result != ["ok"]:
                return "it fails SQLite's integrity check: " + "; ".join(result)
            if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
                return "it is not an internapp store"
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version > (schema_version or SCHEMA_VERSION):
                return f"it was written by a newer internapp (schema version {version})"
            tables = {name for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            conn.close()
    except (OSError, sqlite3.Error) as error:
        return f"it cannot be read ({error})"
    missing = missing_tables(tables, version)
    if missing:
        return f"tables are missing: {', '.join(missing)}"
    return None


def newest_verified(backups_dir: Path) -> BackupInfo | None:
    """The newest backup that passes verification now (older ones are tried in turn)."""
    for backup in catalog(backups_dir):
        if problem(backup.path) is None:
            return backup
    return None


def counts(path: Path) -> dict[str, int]:
    """How many applications, engagements, time entries and contacts the file holds."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?immutable=1", uri=True)
    try:
        return {key: conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
                for key, table in COUNTED.items()}
    except sqlite3.Error:
        return {}
    finally:
        conn.close()
