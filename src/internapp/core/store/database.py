"""Opening a store: refuse what is not ours or is newer, back up before migrating, then migrate."""

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine
from sqlmodel import Session

from internapp.core.changes import ChangeHub, Kind
from internapp.core.store import guard, preopen
from internapp.core.store.backup import backup_store
from internapp.core.store.engine import JOURNAL_MODE, create_store_engine
from internapp.core.store.errors import StoreError
from internapp.core.store.migrate import SCHEMA_VERSION, upgrade_to_head


class Store:
    """An open store: the engine, where the file is, and the change notifications.

    Services take one short session per call: ``read()`` for queries, ``write(kinds)`` for a
    transaction that commits as a whole and then tells listeners which kinds of records changed.
    Rows come back detached and fully loaded (``expire_on_commit=False``).
    """

    def __init__(self, path: Path, engine: Engine, *, backups_dir: Path,
                 documents_dir: Path) -> None:
        self.path = path
        self.engine = engine
        self.backups_dir = backups_dir
        self.documents_dir = documents_dir
        self.changes = ChangeHub()
        self.last_migration_backup: Path | None = None
        self._wal = False
        self.opening_notes: list[str] = []  # what opening had to do (a foreign -wal moved aside)

    @contextmanager
    def read(self) -> Iterator[Session]:
        with Session(self.engine, expire_on_commit=False) as session:
            yield session

    @contextmanager
    def write(self, kinds: Iterable[Kind]) -> Iterator[Session]:
        changed = frozenset(kinds)
        self.ensure_wal()
        with Session(self.engine, expire_on_commit=False) as session, session.begin():
            session.connection().exec_driver_sql(guard.TOUCH)  # takes the write lock first
            yield session
        self.changes.emit(changed)

    def ensure_wal(self) -> None:
        """Puts the file in WAL mode before its first write (a no-op once it is)."""
        if not self._wal:
            with self.engine.connect() as connection:
                connection.exec_driver_sql(JOURNAL_MODE)
            self._wal = True

    def backup(self, label: str = "manual") -> Path:
        return backup_store(self.path, self.backups_dir, label)

    def close(self) -> None:
        self.engine.dispose()


def open_store(path: Path, *, backups_dir: Path, documents_dir: Path | None = None) -> Store:
    """Opens (creating or migrating as needed) the store at ``path``.

    A file that is not an internapp store, was written by a newer schema or is damaged raises a
    StoreError and is left byte-for-byte unchanged (preopen.py checks it before SQLite opens it,
    and moves a -wal that does not belong to it aside). Before migrating an existing store a
    verified backup is written to ``backups_dir``.
    """
    path = Path(path)
    documents_dir = documents_dir or path.parent / "documents"
    inspection = preopen.inspect(path, backups_dir, schema_version=SCHEMA_VERSION)
    identity = inspection.identity
    path.parent.mkdir(parents=True, exist_ok=True)

    engine = create_store_engine(path)
    store = Store(path, engine, backups_dir=backups_dir, documents_dir=documents_dir)
    store.opening_notes = inspection.notes
    try:
        current = identity.schema_version if identity else 0
        if current < SCHEMA_VERSION:
            if current > 0:
                store.last_migration_backup = backup_store(
                    path, backups_dir, f"before-schema-{SCHEMA_VERSION}-from-{current}"
                )
            store.ensure_wal()
            upgrade_to_head(engine)
    except StoreError:
        engine.dispose()
        raise
    except Exception as error:
        engine.dispose()
        raise StoreError(f"could not prepare the store at {path}: {error}") from error
    return store
