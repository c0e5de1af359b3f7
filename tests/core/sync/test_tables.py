from sqlmodel import SQLModel

import internapp.core.models  # noqa: F401
from internapp.core.sync.tables import LOCAL_ONLY, SYNCED


def test_every_table_is_declared_synced_or_local():
    """A new table joins sync with one line in core/sync/tables.py (or says why it stays local)."""
    undeclared = set(SQLModel.metadata.tables) - set(SYNCED) - set(LOCAL_ONLY)
    assert undeclared == set()
    assert not set(SYNCED) & set(LOCAL_ONLY)


def test_every_synced_table_has_a_stable_id_and_timestamps():
    for name in SYNCED:
        table = SQLModel.metadata.tables[name]
        assert {"id", "created_at", "updated_at"} <= set(table.columns.keys()), name
        assert [c.name for c in table.primary_key.columns] == ["id"], name
