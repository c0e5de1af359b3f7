"""Health of a store file: SQLite's own integrity and foreign-key checks, the file's identity, and
whether it is damaged — with the newest backup that passes verification, to restore from.

``check_path`` never raises over a damaged file: diagnosing those is what it is for.
"""

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from internapp.core.store.catalog import BackupInfo, newest_verified
from internapp.core.store.errors import DamagedStoreError, StoreError
from internapp.core.store.identity import APPLICATION_ID
from internapp.core.store.migrate import SCHEMA_VERSION


@dataclass
class HealthReport:
    integrity: str | list[str] | None
    foreign_keys: list[dict]
    schema_version: int | None
    application_id: int | None
    damaged: bool = False
    reason: str | None = None  # why it is damaged or cannot be checked
    backup: BackupInfo | None = None  # the newest that passes verification
    notes: list[str] = field(default_factory=list)

    @property
    def healthy(self) -> bool:
        return (
            not self.damaged
            and self.reason is None
            and self.integrity == "ok"
            and not self.foreign_keys
            and self.schema_version == SCHEMA_VERSION
            and self.application_id == APPLICATION_ID
        )

    def to_dict(self) -> dict:
        backup = None
        if self.backup is not None:
            backup = {**self.backup.to_dict(), "verified": True}
        return {
            "healthy": self.healthy,
            "damaged": self.damaged,
            "reason": self.reason,
            "integrity": self.integrity,
            "foreign_keys": self.foreign_keys,
            "schema_version": self.schema_version,
            "application_id": self.application_id,
            "backups": backup,
            "notes": self.notes,
        }


def check_store(store) -> HealthReport:
    """The full check of an open store (SQLite's integrity_check reads every page)."""
    report = HealthReport(None, [], None, None, notes=list(store.opening_notes))
    try:
        with store.engine.connect() as connection:
            rows = [row[0] for row in connection.exec_driver_sql("PRAGMA integrity_check")]
            report.foreign_keys = [
                {"table": table, "rowid": rowid, "parent": parent, "fkid": fkid}
                for table, rowid, parent, fkid
                in connection.exec_driver_sql("PRAGMA foreign_key_check")
            ]
            report.schema_version = connection.exec_driver_sql("PRAGMA user_version").scalar_one()
            report.application_id = connection.exec_driver_sql(
                "PRAGMA application_id").scalar_one()
    except Exception as error:  # SQLAlchemy wraps what SQLite raises
        original = getattr(error, "orig", error)
        if not isinstance(original, sqlite3.Error):
            raise
        report.damaged, report.reason = True, f"SQLite cannot read it ({original})"
        return report
    report.integrity = "ok" if rows == ["ok"] else rows
    if rows != ["ok"]:
        report.damaged = True
        report.reason = "it fails SQLite's integrity check: " + "; ".join(rows[:3])
    elif store.opening_notes:
        report.damaged, report.reason = True, " ".join(store.opening_notes)
    return report


def check_path(database: Path, backups_dir: Path, documents_dir: Path | None = None
               ) -> HealthReport:
    """Opens the store at ``database`` (as every command does) and checks it in full; a file
    that cannot be opened is reported, with why, instead of raised."""
    from internapp.core.store.database import open_store

    try:
        store = open_store(database, backups_dir=backups_dir, documents_dir=documents_dir)
    except DamagedStoreError as error:
        return HealthReport(None, [], None, None, damaged=True, reason=error.reason,
                            backup=error.backup)
    except StoreError as error:
        return HealthReport(None, [], None, None, reason=str(error),
                            backup=newest_verified(backups_dir))
    try:
        report = check_store(store)
    finally:
        store.close()
    report.backup = newest_verified(backups_dir)
    return report


def quick_check(database: Path) -> str | None:
    """SQLite's quick check of the store as it is now (read-only, its -wal included): None when
    it passes, otherwise what is wrong. Reads every page, so it runs off the UI thread."""
    from internapp.core.store.connection import connect

    try:
        conn = connect(database, read_only=True)
    except sqlite3.Error as error:
        return f"SQLite cannot open it ({error})"
    try:
        rows = [row[0] for row in conn.execute("PRAGMA quick_check(5)")]
    except sqlite3.DatabaseError as error:
        return f"SQLite cannot read it ({error})"
    finally:
        conn.close()
    return None if rows == ["ok"] else "it fails SQLite's quick check: " + "; ".join(rows)
