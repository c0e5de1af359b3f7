from sqlmodel import SQLModel

import internapp.core.models  # noqa: F401
from internapp.core.store.migrate import SCHEMA_VERSION
from internapp.core.store.schema import UNMODELLED, expected_tables


def test_the_expected_tables_are_the_models_tables(store):
    modelled = expected_tables(SCHEMA_VERSION) - UNMODELLED
    assert modelled == set(SQLModel.metadata.tables) | {"alembic_version"}
    with store.engine.connect() as connection:
        present = {name for (name,) in connection.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert expected_tables(SCHEMA_VERSION) <= present
