"""The SQLAlchemy engine over the one connection factory (``connection.connect``).

Built only when the ORM is first used (``Store.engine``), so that the hot paths never import
SQLAlchemy. The driver's own transaction handling is off (see connection.py); the "begin" event
below (SQLAlchemy's pysqlite recipe) emits the BEGIN itself: ``BEGIN`` (deferred) for reads, and
``BEGIN IMMEDIATE`` on the write engine (``write_engine(engine)``), which ``Store.write`` uses.
"""

from pathlib import Path

from sqlalchemy import Engine, create_engine, event

from internapp.core.store.connection import connect
from internapp.core.store.guard import TOUCH

BEGIN_OPTION = "internapp_begin"


def _begin(conn) -> None:
    mode = conn.get_execution_options().get(BEGIN_OPTION, "DEFERRED")
    conn.exec_driver_sql(f"BEGIN {mode}")
    if mode == "IMMEDIATE":
        conn.exec_driver_sql(TOUCH)  # every commit carries the guard (guard.py)


def create_store_engine(path: Path, *, read_only: bool = False) -> Engine:
    """An engine whose every connection comes from ``connect(path, read_only=...)``."""
    engine = create_engine(f"sqlite:///{path}", creator=lambda: connect(path, read_only=read_only))
    event.listen(engine, "begin", _begin)
    return engine


def write_engine(engine: Engine) -> Engine:
    """The same engine and pool, its transactions begun with ``BEGIN IMMEDIATE``."""
    return engine.execution_options(**{BEGIN_OPTION: "IMMEDIATE"})
