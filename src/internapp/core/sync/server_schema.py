"""The sync server's schema: created and migrated by internapp with Alembic (``migrations/``, its
own version table), refused when it is newer than this internapp or when the database is not
internapp's."""

from __future__ import annotations

from importlib import resources
from typing import TYPE_CHECKING

from internapp.core.sync import errors, server
from internapp.core.sync.settings import ServerSettings

if TYPE_CHECKING:
    import psycopg

SCHEMA = "internapp_sync"
VERSION_TABLE = "internapp_sync_version"
SERVER_SCHEMA_VERSION = 1  # the newest revision in migrations/versions (a test keeps them equal)
LOCK_KEY = 0x494E5453  # "INTS": devices preparing the same server take turns


def current_version(connection: psycopg.Connection) -> int | None:
    """The server schema's version; None when the database has no internapp schema."""
    found = connection.execute("SELECT to_regclass(%s)", (f"{SCHEMA}.{VERSION_TABLE}",)).fetchone()
    if found is None or found[0] is None:
        if connection.execute("SELECT 1 FROM pg_namespace WHERE nspname = %s",
                              (SCHEMA,)).fetchone():
            tables = server.one(connection, "SELECT count(*) FROM pg_tables WHERE schemaname = %s",
                                (SCHEMA,))[0]
            if tables:
                raise errors.NotInternappServer(
                    f"the database has a schema named {SCHEMA} that internapp did not make "
                    "(it has no version table); nothing was changed")
        return None
    row = connection.execute(f"SELECT version_num FROM {SCHEMA}.{VERSION_TABLE}").fetchone()
    if row is None or not str(row[0]).isdigit():
        raise errors.NotInternappServer(
            f"the database's {SCHEMA} schema has an unknown version ({row and row[0]!r}); "
            "nothing was changed")
    return int(row[0])


def foreign_tables(connection: psycopg.Connection) -> int:
    return server.one(connection, "SELECT count(*) FROM pg_tables WHERE schemaname NOT IN "
                      "('pg_catalog', 'information_schema', %s)", (SCHEMA,))[0]


def prepare(connection: psycopg.Connection, settings: ServerSettings, password: str | None, *,
            allow_other_tables: bool = False) -> int:
    """Makes sure the server holds internapp's schema at this version; returns the version.

    An empty database gets the schema. A database holding other applications' tables gets it
    only when ``allow_other_tables`` (``internapp sync init-server``). A newer schema is refused
    with both versions named; an older one is migrated (which needs the schema owner's rights).
    """
    version = current_version(connection)
    if version is None:
        others = foreign_tables(connection)
        if others and not allow_other_tables:
            raise errors.NotInternappServer(
                f"the database {settings.dbname} on {settings.describe()} is not internapp's: it "
                f"holds {others} other table{'s' if others != 1 else ''} and no internapp sync "
                "schema. Use an empty database, or prepare this one with `internapp sync "
                "init-server`. Nothing was changed")
    elif version > SERVER_SCHEMA_VERSION:
        raise errors.NewerServerSchema(version, SERVER_SCHEMA_VERSION)
    if version is None or version < SERVER_SCHEMA_VERSION:
        try:
            upgrade(settings, password)
        except errors.AccessRevoked:
            what = ("has no internapp sync schema" if version is None
                    else f"has internapp's sync schema version {version}, older than this "
                         f"internapp's ({SERVER_SCHEMA_VERSION})")
            raise errors.SyncError(
                f"the database {settings.dbname} on {settings.describe()} {what}, and "
                f"{settings.user} may not change it: ask the server's administrator to run "
                "`internapp sync init-server URL`, or use a database your role owns. "
                "Nothing was changed") from None
    return SERVER_SCHEMA_VERSION


def upgrade(settings: ServerSettings, password: str | None) -> None:
    import psycopg
    from alembic import command
    from alembic.config import Config
    from psycopg.conninfo import make_conninfo
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    def creator():
        params = {**settings.params, "connect_timeout": str(server.CONNECT_TIMEOUT_S)}
        if password:
            params["password"] = password
        return psycopg.connect(make_conninfo(**params))

    engine = create_engine("postgresql+psycopg://", creator=creator, poolclass=NullPool)
    config = Config()
    config.set_main_option("script_location",
                           str(resources.files("internapp.core.sync") / "migrations"))
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    except Exception as error:
        cause = error.orig if hasattr(error, "orig") and error.orig is not None else error
        raise server.translate(cause, settings, password,
                               during=" while preparing its schema") from None
    finally:
        engine.dispose()


def prepare_as_admin(settings: ServerSettings, password: str | None) -> int:
    """``internapp sync init-server``: creates or migrates the schema, also in a database that
    holds other applications' tables (the administrator's choice)."""
    connection = server.connect(settings, password)
    try:
        return prepare(connection, settings, password, allow_other_tables=True)
    finally:
        connection.close()
