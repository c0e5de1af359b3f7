"""The SQLAlchemy engine over the one connection factory (``connection.connect``).

Built only when the ORM is first used (``Store.engine``), so that the hot paths never import
SQLAlchemy. The driver's own transaction handling is off (see connection.py); the "begin" event
below (SQLAlchemy's pysqlite recipe) emits the BEGIN itself: ``BEGIN`` (deferred) for reads, and
``BEGIN IMMEDIATE`` on the write engine (``write_engine(engine)``), which ``Store.write`` uses.
A write may attach other database files first (``attaching``: a bulk import's staged rows, read by
one INSERT … SELECT); they are detached when the connection goes back to the pool.
"""

import re
import sqlite3
from pathlib import Path

from sqlalchemy import Engine, create_engine, event

from internapp.core.store.connection import connect
from internapp.core.store.guard import TOUCH

BEGIN_OPTION = "internapp_begin"
ATTACH_OPTION = "internapp_attach"  # ((schema name, file path), …) attached before the BEGIN
ATTACHED = "internapp_attached"  # in the connection's info: the names to detach at check-in
SCHEMA_NAME = re.compile(r"^[a-z_][a-z0-9_]*$")


def _begin(conn) -> None:
    options = conn.get_execution_options()
    for name, path in options.get(ATTACH_OPTION, ()):
        conn.exec_driver_sql(f"ATTACH DATABASE ? AS {name}", (str(path),))  # not in a transaction
        conn.info.setdefault(ATTACHED, []).append(name)
    mode = options.get(BEGIN_OPTION, "DEFERRED")
    conn.exec_driver_sql(f"BEGIN {mode}")
    if mode == "IMMEDIATE":
        conn.exec_driver_sql(TOUCH)  # every commit carries the guard (guard.py)


def create_store_engine(path: Path, *, read_only: bool = False) -> Engine:
    """An engine whose every connection comes from ``connect(path, read_only=...)``."""
    engine = create_engine(f"sqlite:///{path}", creator=lambda: connect(path, read_only=read_only))
    event.listen(engine, "begin", _begin)
    event.listen(engine, "checkin", _detach)
    return engine


def _detach(dbapi_connection, record) -> None:
    for name in record.info.pop(ATTACHED, ()):
        try:
            dbapi_connection.execute(f"DETACH DATABASE {name}")
        except sqlite3.Error:  # never handed out again with a stranger file attached
            record.invalidate()
            return


def attaching(engine: Engine, files: dict[str, Path]) -> Engine:
    """``engine`` whose transactions first attach ``files`` (schema name: path) to their
    connection."""
    if not all(SCHEMA_NAME.match(name) for name in files):
        raise ValueError(f"not schema names: {sorted(files)}")
    return engine.execution_options(**{ATTACH_OPTION: tuple(files.items())})


def write_engine(engine: Engine) -> Engine:
    """The same engine and pool, its transactions begun with ``BEGIN IMMEDIATE``."""
    return engine.execution_options(**{BEGIN_OPTION: "IMMEDIATE"})
