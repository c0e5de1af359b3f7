"""Alembic environment for internapp's store.

At run time internapp passes its own connection (``config.attributes["connection"]``), already
carrying the store's pragmas. For development (``alembic revision --autogenerate``) a URL is given
and the same engine factory builds the connection, so both paths use the same settings.
"""

from pathlib import Path

from alembic import context
from sqlmodel import SQLModel

import internapp.core.models  # noqa: F401  (registers the tables on SQLModel.metadata)
from internapp.core.store.engine import create_store_engine
from internapp.core.store.schema import UNMODELLED

config = context.config
target_metadata = SQLModel.metadata


def _modelled(obj, name, type_, reflected, compare_to) -> bool:
    """Autogenerate leaves alone the tables no model describes (the full-text index)."""
    return not (type_ == "table" and name in UNMODELLED)


def _configure_and_run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        include_object=_modelled,
        render_as_batch=True,  # SQLite alters tables by copying them
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure_and_run(connection)
        return
    url = config.get_main_option("sqlalchemy.url")
    if not url or not url.startswith("sqlite:///"):
        raise RuntimeError("set sqlalchemy.url to sqlite:///PATH to run migrations by hand")
    engine = create_store_engine(Path(url.removeprefix("sqlite:///")))
    try:
        with engine.begin() as connection:
            _configure_and_run(connection)
    finally:
        engine.dispose()


if context.is_offline_mode():
    raise RuntimeError("internapp migrations run online only")
run_migrations_online()
