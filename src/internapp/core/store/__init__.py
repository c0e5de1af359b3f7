"""The SQLite store: the connection factory and its pragmas, file identity, migrations, backups,
integrity. Importing it (and opening a store that needs no migration) loads neither SQLAlchemy,
SQLModel nor Alembic: those come on first ORM use, and Alembic only when a migration is due.
"""

from internapp.core.store.database import Store, open_store
from internapp.core.store.errors import (
    ForeignFileError,
    NewerSchemaError,
    ReadOnlyStoreError,
    StoreError,
)

__all__ = ["ForeignFileError", "NewerSchemaError", "ReadOnlyStoreError", "Store", "StoreError",
           "open_store"]
