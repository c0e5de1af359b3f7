"""The store file opened read-only, for processes that must never write to it (the background
reminder process, ``internapp remind``).

Like every open, the file is checked first (core/store/preopen.py): a damaged file is refused,
unchanged, naming the damage and the newest verified backup; a -wal that does not belong to it is
moved aside, never replayed. The connection comes from the store's one factory
(core/store/connection.py, ``mode=ro`` and ``query_only``). No ORM is imported.
"""

import sqlite3
from pathlib import Path

from internapp.core.store import connection, preopen
from internapp.core.store.errors import StoreError
from internapp.core.store.migrate import SCHEMA_VERSION


class StoreUnreadable(RuntimeError):
    """The file cannot be read here; the message says why and what to do."""


def open_read_only(path: Path, backups_dir: Path | None = None) -> sqlite3.Connection:
    """A connection that cannot write, after the pre-open checks; ``backups_dir`` (default: the
    ``backups`` folder beside the file) is where a damaged file's newest backup is looked for."""
    path = Path(path)
    if not path.is_file() and not path.is_dir():
        raise StoreUnreadable(f"there is no data file at {path} yet; open internapp once")
    try:
        inspection = preopen.inspect(path, backups_dir or path.parent / "backups",
                                     schema_version=SCHEMA_VERSION)
    except StoreError as error:
        raise StoreUnreadable(str(error)) from None
    identity = inspection.identity
    if identity is None:
        raise StoreUnreadable(f"the data file at {path} is empty; open internapp once")
    if identity.schema_version < SCHEMA_VERSION:
        raise StoreUnreadable(
            f"{path} has schema version {identity.schema_version}; this internapp reads "
            f"{SCHEMA_VERSION}: open internapp once to update the data file")
    try:
        return connection.connect(path, read_only=True)
    except sqlite3.Error as error:
        raise StoreUnreadable(f"{path} cannot be read: {error}") from None
