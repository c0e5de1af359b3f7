"""Health of a store file: SQLite's own integrity and foreign-key checks plus the file's identity."""

from dataclasses import dataclass

from internapp.core.store.database import Store
from internapp.core.store.identity import APPLICATION_ID
from internapp.core.store.migrate import SCHEMA_VERSION


@dataclass(frozen=True)
class HealthReport:
    integrity: str | list[str]
    foreign_keys: list[dict]
    schema_version: int
    application_id: int

    @property
    def healthy(self) -> bool:
        return (
            self.integrity == "ok"
            and not self.foreign_keys
            and self.schema_version == SCHEMA_VERSION
            and self.application_id == APPLICATION_ID
        )

    def to_dict(self) -> dict:
        return {
            "integrity": self.integrity,
            "foreign_keys": self.foreign_keys,
            "schema_version": self.schema_version,
            "application_id": self.application_id,
        }


def check_store(store: Store) -> HealthReport:
    with store.engine.connect() as connection:
        rows = [row[0] for row in connection.exec_driver_sql("PRAGMA integrity_check")]
        violations = [
            {"table": table, "rowid": rowid, "parent": parent, "fkid": fkid}
            for table, rowid, parent, fkid in connection.exec_driver_sql("PRAGMA foreign_key_check")
        ]
        schema_version = connection.exec_driver_sql("PRAGMA user_version").scalar_one()
        application_id = connection.exec_driver_sql("PRAGMA application_id").scalar_one()
    integrity: str | list[str] = "ok" if rows == ["ok"] else rows
    return HealthReport(integrity, violations, schema_version, application_id)
