"""The SQLite store: engine and connection pragmas, file identity, migrations, backups, integrity.

``Store`` and ``open_store`` are loaded on first use (PEP 562), so that a command which only reads
a file's identity (``internapp report``) does not pay for importing SQLAlchemy and SQLModel.
"""

from internapp.core.store.errors import ForeignFileError, NewerSchemaError, StoreError

__all__ = ["ForeignFileError", "NewerSchemaError", "Store", "StoreError", "open_store"]


def __getattr__(name: str):
    if name in ("Store", "open_store"):
        from internapp.core.store import database

        return getattr(database, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
