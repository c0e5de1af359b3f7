"""Alembic migrations shipped inside the package, run when a store is opened.

Revisions are numbered ``0001``, ``0002``, ...; a store's schema version (``PRAGMA user_version``)
is the number of the newest revision applied to it. Alembic is imported only when a migration runs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from internapp.core.store.identity import APPLICATION_ID

if TYPE_CHECKING:  # SQLAlchemy is imported only when a migration runs
    from sqlalchemy import Connection, Engine

TOUCH_GUARD = "UPDATE store_guard SET seq = seq + 1 WHERE id = 1"  # as guard.TOUCH

# The number of the newest revision in migrations/versions (a test keeps them equal).
SCHEMA_VERSION = 9


def migrations_dir() -> str:
    from importlib import resources  # a migration is due: not on every start

    return str(resources.files("internapp.core.store") / "migrations")


def alembic_config(connection: Connection | None = None):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", migrations_dir())
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if head is None:
        raise RuntimeError(f"no migrations in {migrations_dir()}")
    return head


def upgrade_to_head(engine: Engine) -> None:
    """Applies every pending migration and stamps the file, all in one transaction. When sync is
    set up, its capture triggers are generated again from the migrated tables."""
    import sqlite3

    from alembic import command

    from internapp.core.sync import capture

    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")
        raw = connection.connection.driver_connection
        assert isinstance(raw, sqlite3.Connection)
        capture.refresh(raw)
        connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        connection.exec_driver_sql(f"PRAGMA user_version = {SCHEMA_VERSION}")
        connection.exec_driver_sql(TOUCH_GUARD)  # every write transaction carries the guard
