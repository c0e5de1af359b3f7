"""Opening a store: refuse what is not ours or is newer, back up before migrating, then migrate.

A store offers two ways to its data, over one connection factory (``connection.connect``):

- the plain path, for hot code (the CLI's timer, log and report commands, the window's first
  paint, reports, listings, exports): ``reading()`` gives a sqlite3 connection for queries (a
  snapshot: one deferred transaction), ``writing(kinds)`` a connection inside
  ``BEGIN IMMEDIATE … COMMIT``;
- ORM sessions for rich writes: ``read()`` and ``write(kinds)``, on a SQLAlchemy engine built on
  first use (SQLAlchemy and SQLModel are imported then, not before).

Either write notifies the store's ``changes`` after its commit, with the kinds and the origin.
Opening a store that needs no migration reads its identity from the file header and imports
neither SQLAlchemy nor Alembic.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import TYPE_CHECKING

from internapp.core.changes import ChangeHub, Kind
from internapp.core.safe_files import make_private
from internapp.core.store import guard, preopen
from internapp.core.store.connection import JOURNAL_MODE, PAGE_SIZE, connect
from internapp.core.store.errors import ReadOnlyStoreError, StoreError
from internapp.core.store.migrate import SCHEMA_VERSION

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlmodel import Session

_acting_as: ContextVar[str | None] = ContextVar("internapp_store_origin", default=None)


class _Pool:
    """Idle plain connections, handed to one user at a time (any thread)."""

    def __init__(self, factory: Callable[[], sqlite3.Connection], keep: int = 4) -> None:
        self._factory = factory
        self._keep = keep
        self._idle: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        self._closed = False

    def take(self) -> sqlite3.Connection:
        with self._lock:
            if self._closed:
                raise StoreError("the store is closed")
            if self._idle:
                return self._idle.pop()
        return self._factory()

    def give(self, conn: sqlite3.Connection) -> None:
        with self._lock:
            if not self._closed and len(self._idle) < self._keep:
                self._idle.append(conn)
                return
        conn.close()

    def close(self) -> None:
        with self._lock:
            self._closed = True
            idle, self._idle = self._idle, []
        for conn in idle:
            conn.close()


class Store:
    """An open store: where the file is, its two ways in, and the change notifications.

    Services take one short transaction per call: ``reading()`` / ``read()`` for queries,
    ``writing(kinds)`` / ``write(kinds)`` for a transaction that begins with ``BEGIN IMMEDIATE``,
    commits as a whole and then tells listeners which kinds of records changed and who changed
    them (``origin``; by default the innermost ``acting_as`` or the store's ``default_origin``).
    ORM rows come back detached and fully loaded (``expire_on_commit=False``).
    """

    def __init__(self, path: Path, *, backups_dir: Path, documents_dir: Path,
                 read_only: bool = False, default_origin: str = "app") -> None:
        self.path = path
        self.backups_dir = backups_dir
        self.documents_dir = documents_dir
        self.read_only = read_only
        self.default_origin = default_origin
        self.changes = ChangeHub()
        self.last_migration_backup: Path | None = None
        self.opening_notes: list[str] = []  # what opening had to do (a foreign -wal moved aside)
        self.read_only_reason: str | None = None  # why it was opened read-only, when it was
        self._wal = False
        self._engine: Engine | None = None
        self._write_engine: Engine | None = None
        self._engine_lock = threading.Lock()
        self._readers = _Pool(self._new_reader)
        self._writers = _Pool(lambda: connect(self.path))

    # --- the plain path ------------------------------------------------------------------

    def _new_reader(self) -> sqlite3.Connection:
        conn = connect(self.path, read_only=self.read_only)
        if not self.read_only:
            conn.execute("PRAGMA query_only = ON")
        return conn

    @contextmanager
    def reading(self) -> Iterator[sqlite3.Connection]:
        """A connection for queries only, inside one deferred transaction (a consistent view)."""
        conn = self._readers.take()
        try:
            conn.execute("BEGIN")
            yield conn
        finally:
            _end(conn)
            self._readers.give(conn)

    @contextmanager
    def writing(self, kinds: Iterable[Kind], *,
                origin: str | None = None) -> Iterator[sqlite3.Connection]:
        """A connection inside ``BEGIN IMMEDIATE``: committed when the block ends, rolled back
        when it raises; listeners hear of ``kinds`` after the commit."""
        changed = frozenset(kinds)
        who = self.origin(origin)
        self._check_writable()
        self.ensure_wal()
        conn = self._writers.take()
        try:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute(guard.TOUCH)  # every commit carries the guard (guard.py)
            yield conn
            conn.execute("COMMIT")
        finally:
            _end(conn)
            self._writers.give(conn)
        self.changes.emit(changed, who)

    # --- ORM sessions --------------------------------------------------------------------

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine, built (and SQLAlchemy imported) on first use."""
        if self._engine is None:
            with self._engine_lock:
                if self._engine is None:
                    from internapp.core.store.engine import create_store_engine, write_engine

                    engine = create_store_engine(self.path, read_only=self.read_only)
                    self._write_engine = write_engine(engine)
                    self._engine = engine
        return self._engine

    @contextmanager
    def read(self) -> Iterator[Session]:
        from sqlmodel import Session

        with Session(self.engine, expire_on_commit=False) as session:
            yield session

    @contextmanager
    def write(self, kinds: Iterable[Kind], *, origin: str | None = None,
              attach: dict[str, Path] | None = None) -> Iterator[Session]:
        """An ORM session inside ``BEGIN IMMEDIATE``, committed when the block ends. ``attach``:
        other database files (schema name: path) its connection sees while it lasts."""
        from sqlmodel import Session

        changed = frozenset(kinds)
        who = self.origin(origin)
        self._check_writable()
        self.ensure_wal()
        self.engine  # noqa: B018  (builds the write engine too; its BEGIN touches the guard)
        engine = self._write_engine
        if attach and engine is not None:
            from internapp.core.store.engine import attaching

            engine = attaching(engine, attach)
        with Session(engine, expire_on_commit=False) as session, session.begin():
            yield session
        self.changes.emit(changed, who)

    # --- origins -------------------------------------------------------------------------

    def origin(self, given: str | None = None) -> str:
        """Who a write is made by: ``given``, else the innermost ``acting_as``, else the
        store's default."""
        return given or _acting_as.get() or self.default_origin

    @contextmanager
    def acting_as(self, origin: str) -> Iterator[None]:
        """Writes made in this block (in this thread) name ``origin`` as who made them."""
        token = _acting_as.set(origin)
        try:
            yield
        finally:
            _acting_as.reset(token)

    # --- the rest ------------------------------------------------------------------------

    def _check_writable(self) -> None:
        if self.read_only:
            raise ReadOnlyStoreError(self.path, self.read_only_reason)

    def ensure_wal(self) -> None:
        """Puts the file in WAL mode before its first write (a no-op once it is), so that reading
        a file that is not in WAL mode yet (a backup copied by hand) never changes it. A new,
        empty file gets the store's page size first."""
        if not self._wal:
            conn = self._writers.take()
            try:
                if conn.execute("PRAGMA page_count").fetchone()[0] == 0:
                    conn.execute(f"PRAGMA page_size = {PAGE_SIZE}")
                conn.execute(JOURNAL_MODE)
            finally:
                self._writers.give(conn)
            self._wal = True

    def backup(self, label: str = "manual") -> Path:
        from internapp.core.store.backup import backup_store

        return backup_store(self.path, self.backups_dir, label)

    def close(self) -> None:
        self._readers.close()
        self._writers.close()
        if self._engine is not None:
            self._engine.dispose()


def _end(conn: sqlite3.Connection) -> None:
    """Rolls back whatever transaction is still open on ``conn``."""
    if conn.in_transaction:
        conn.execute("ROLLBACK")


def open_store(path: Path, *, backups_dir: Path, documents_dir: Path | None = None,
               read_only: bool = False, default_origin: str = "app") -> Store:
    """Opens (creating or migrating as needed) the store at ``path``.

    A file that is not an internapp store, was written by a newer schema or is damaged raises a
    StoreError and is left byte-for-byte unchanged (preopen.py checks it before SQLite opens it,
    and moves a -wal that does not belong to it aside). Before migrating an existing store a
    verified backup is written to ``backups_dir``. ``read_only``: opened with ``mode=ro``, never
    migrated or written (a file that needs a migration is refused); a file or folder that cannot
    be written is opened so without being asked (``Store.read_only_reason`` says why).
    """
    from internapp.core.store.faults import read_only_reason

    path = Path(path)
    documents_dir = documents_dir or path.parent / "documents"
    inspection = preopen.inspect(path, backups_dir, schema_version=SCHEMA_VERSION)
    identity = inspection.identity
    current = identity.schema_version if identity else 0
    reason = read_only_reason(path) if identity is not None else None
    if read_only or reason:
        if current < SCHEMA_VERSION:
            raise StoreError(f"{path} needs to be upgraded to schema version {SCHEMA_VERSION} "
                             "before this version of internapp can use it, and it is read-only"
                             f"{f' ({reason})' if reason else ''}. The file was not changed.")
        store = Store(path, backups_dir=backups_dir, documents_dir=documents_dir, read_only=True,
                      default_origin=default_origin)
        store.read_only_reason = reason
        store.opening_notes = inspection.notes
        return store
    path.parent.mkdir(parents=True, exist_ok=True)
    _private(path)
    store = Store(path, backups_dir=backups_dir, documents_dir=documents_dir,
                  default_origin=default_origin)
    store.opening_notes = inspection.notes
    if current >= SCHEMA_VERSION:
        return store
    try:
        from internapp.core.store.migrate import upgrade_to_head

        if current > 0:
            from internapp.core.store.backup import backup_store

            store.last_migration_backup = backup_store(
                path, backups_dir, f"before-schema-{SCHEMA_VERSION}-from-{current}"
            )
        store.ensure_wal()
        upgrade_to_head(store.engine)
    except StoreError:
        store.close()
        raise
    except Exception as error:
        store.close()
        raise StoreError(f"could not prepare the store at {path}: {error}") from error
    return store


def _private(path: Path) -> None:
    """The store and its -wal and -shm readable by the user alone (0600 on POSIX). A new file is
    created so before SQLite opens it, which gives its -wal and -shm the same mode."""
    if not path.exists():
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
    for file in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        make_private(file)
