"""The SQLite store: engine and connection pragmas, file identity, migrations, backups, integrity."""

from internapp.core.store.database import Store, open_store
from internapp.core.store.errors import ForeignFileError, NewerSchemaError, StoreError

__all__ = ["ForeignFileError", "NewerSchemaError", "Store", "StoreError", "open_store"]
