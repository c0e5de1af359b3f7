"""Alembic environment for the sync server's schema (PostgreSQL), separate from the store's.

internapp passes its own connection (``config.attributes["connection"]``). The schema's version is
kept in its own table, ``internapp_sync.internapp_sync_version``. An advisory lock makes two
devices that prepare the same server at once take turns.
"""

from alembic import context

from internapp.core.sync.server_schema import LOCK_KEY, SCHEMA, VERSION_TABLE

config = context.config


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("the sync server's migrations run with internapp's own connection")
    connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({LOCK_KEY})")
    connection.exec_driver_sql(f"CREATE SCHEMA IF NOT EXISTS {SCHEMA}")
    context.configure(connection=connection, target_metadata=None, version_table=VERSION_TABLE,
                      version_table_schema=SCHEMA, transactional_ddl=True)
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise RuntimeError("internapp's sync migrations run online only")
run_migrations_online()
