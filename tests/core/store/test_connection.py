"""The one connection factory and the two ways into a store over it: the plain path and the ORM,
both beginning writes with BEGIN IMMEDIATE, a read-only mode, and no ORM import unless needed."""

import sqlite3
import subprocess
import sys
import textwrap

import pytest

from internapp.core.changes import Kind
from internapp.core.store import ReadOnlyStoreError, open_store
from internapp.core.store.connection import connect

PRAGMAS = {"journal_mode": "wal", "foreign_keys": 1, "synchronous": 2, "busy_timeout": 5000}


def _pragmas(conn) -> dict:
    return {name: conn.execute(f"PRAGMA {name}").fetchone()[0] for name in PRAGMAS}


def test_plain_connections_and_the_orm_get_the_same_pragmas(store):
    with store.reading() as conn:
        assert _pragmas(conn) == PRAGMAS
        assert conn.execute("PRAGMA query_only").fetchone()[0] == 1
    with store.writing([]) as conn:
        assert _pragmas(conn) == PRAGMAS
    with store.engine.connect() as connection:
        assert _pragmas(connection.connection.driver_connection) == PRAGMAS


def test_a_reading_connection_refuses_to_write(store):
    with store.reading() as conn, pytest.raises(sqlite3.OperationalError, match="readonly"):
        conn.execute("DELETE FROM stage")


def _other_writer_locked_out(path) -> bool:
    """Whether another connection (as another process would) cannot begin a write now."""
    other = sqlite3.connect(path, timeout=0, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as error:
        return "locked" in str(error)
    else:
        other.execute("ROLLBACK")
        return False
    finally:
        other.close()


def test_writes_begin_immediate_on_both_paths_and_reads_stay_deferred(store):
    with store.writing([Kind.TIME]):
        assert _other_writer_locked_out(store.path)  # before any statement of ours
    with store.write([Kind.TIME]) as session:
        session.connection()  # the transaction begins here, before any read
        assert _other_writer_locked_out(store.path)
    with store.read() as session:
        session.connection()
        assert not _other_writer_locked_out(store.path)
    with store.reading():
        assert not _other_writer_locked_out(store.path)


def test_a_plain_write_commits_as_a_whole_or_not_at_all(store):
    with store.writing([Kind.STAGES]) as conn:
        conn.execute("UPDATE stage SET name = 'Saved for later' WHERE name = 'Saved'")
    with pytest.raises(sqlite3.IntegrityError), store.writing([Kind.STAGES]) as conn:
        conn.execute("UPDATE stage SET name = 'Gone' WHERE name = 'Applied'")
        conn.execute("INSERT INTO stage (id) VALUES (NULL)")
    with store.reading() as conn:
        names = {name for (name,) in conn.execute("SELECT name FROM stage")}
    assert "Saved for later" in names and "Applied" in names and "Gone" not in names


def test_a_read_only_store_reads_and_refuses_every_write(paths):
    open_store(paths.database, backups_dir=paths.backups_dir).close()
    store = open_store(paths.database, backups_dir=paths.backups_dir, read_only=True)
    try:
        assert store.read_only
        with store.reading() as conn:
            assert conn.execute("SELECT count(*) FROM stage").fetchone()[0] == 8
        with store.read() as session:
            assert session.connection().exec_driver_sql("SELECT count(*) FROM stage").scalar() == 8
        with pytest.raises(ReadOnlyStoreError, match="read-only"), store.writing([Kind.STAGES]):
            pass
        with pytest.raises(ReadOnlyStoreError), store.write([Kind.STAGES]):
            pass
    finally:
        store.close()


def test_a_read_only_connection_leaves_the_journal_mode_alone(tmp_path):
    path = tmp_path / "rollback.sqlite3"
    plain = sqlite3.connect(path)
    plain.execute("CREATE TABLE t (x)")
    plain.commit()
    plain.close()
    conn = connect(path, read_only=True)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            conn.execute("INSERT INTO t VALUES (1)")
    finally:
        conn.close()


def test_opening_a_current_store_and_using_the_plain_path_imports_no_orm(store):
    store.close()
    code = textwrap.dedent(f"""
        import sys
        from pathlib import Path
        from internapp.core.changes import Kind
        from internapp.core.store import open_store
        store = open_store(Path({str(store.path)!r}), backups_dir=Path({str(store.backups_dir)!r}))
        with store.reading() as conn:
            conn.execute("SELECT count(*) FROM time_entry").fetchone()
        with store.writing([Kind.STAGES]) as conn:
            conn.execute("UPDATE stage SET position = position")
        store.close()
        print(sorted({{m.split('.')[0] for m in sys.modules}} & {{'sqlalchemy', 'sqlmodel', 'alembic'}}))
    """)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_alembic_is_imported_when_a_migration_is_due(tmp_path):
    code = textwrap.dedent(f"""
        import sys
        from pathlib import Path
        from internapp.core.store import open_store
        open_store(Path({str(tmp_path / 'new.sqlite3')!r}), backups_dir=Path({str(tmp_path)!r})).close()
        print('alembic' in sys.modules)
    """)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "True"
