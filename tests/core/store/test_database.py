import hashlib
import sqlite3
from datetime import UTC, datetime

import pytest
from sqlalchemy import text

from internapp.core.store import ForeignFileError, NewerSchemaError, open_store
from internapp.core.store import database as database_module
from internapp.core.store.connection import PAGE_SIZE
from internapp.core.store.errors import DamagedStoreError
from internapp.core.store.identity import APPLICATION_ID, read_identity
from internapp.core.store.migrate import SCHEMA_VERSION, head_revision
from internapp.core.store.schema import UNMODELLED


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _open(paths):
    return open_store(paths.database, backups_dir=paths.backups_dir)


def test_every_connection_gets_the_pragmas(store):
    for _ in range(2):  # a fresh connection from the pool each time
        with store.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
        store.engine.dispose()


def test_a_new_store_has_the_stores_page_size(store):
    with store.reading() as conn:
        assert conn.execute("PRAGMA page_size").fetchone()[0] == PAGE_SIZE == 16_384


def test_a_new_store_is_stamped_with_application_id_and_schema_version(store):
    store.close()
    identity = read_identity(store.path)
    assert identity.application_id == APPLICATION_ID
    assert identity.schema_version == SCHEMA_VERSION


def test_schema_version_is_the_newest_migration():
    assert int(head_revision()) == SCHEMA_VERSION


def test_migrations_create_every_table_of_the_models(store):
    from sqlmodel import SQLModel

    import internapp.core.models  # noqa: F401

    with store.engine.connect() as connection:
        tables = {row[0] for row in connection.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert set(SQLModel.metadata.tables) <= tables


# SQLite cannot reflect the expression index ux_time_entry_running; it is checked by its own test.
@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index")
@pytest.mark.filterwarnings("ignore:autogenerate skipping metadata-specified expression-based index")
def test_migrated_schema_matches_the_models(store):
    """Alembic's autogenerate finds nothing to add: the migrations and models agree."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlmodel import SQLModel

    def comparable(obj, name, type_, reflected, compare_to):
        # Alembic reads an index on ``note COLLATE NOCASE`` back as one on ``note``; checked below
        return not (type_ == "index" and name == "ix_time_entry_note") and \
            not (type_ == "table" and name in UNMODELLED)  # the full-text index

    with store.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"include_object": comparable})
        diff = compare_metadata(context, SQLModel.metadata)
        note_index = connection.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE name = 'ix_time_entry_note'").scalar_one()
    assert diff == []
    assert "note COLLATE NOCASE, started_at" in note_index


def test_seeded_stages_and_skills(store):
    with store.engine.connect() as connection:
        stages = connection.exec_driver_sql(
            "SELECT name, is_closed FROM stage ORDER BY position").fetchall()
        skills = connection.exec_driver_sql("SELECT count(*) FROM skill WHERE builtin").scalar()
    assert [name for name, _ in stages] == ["Saved", "Applied", "Interviewing", "Offer", "Accepted",
                                            "Rejected", "Withdrawn", "Ghosted"]
    assert [name for name, closed in stages if closed] == ["Rejected", "Withdrawn", "Ghosted"]
    assert skills == 35


def test_a_store_from_a_newer_schema_is_refused_and_left_unchanged(paths):
    _open(paths).close()
    with sqlite3.connect(paths.database) as connection:
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    connection.close()
    before = _digest(paths.database)
    listing = sorted(p.name for p in paths.data_dir.iterdir())

    with pytest.raises(NewerSchemaError) as refused:
        _open(paths)

    message = str(refused.value)
    assert f"schema version {SCHEMA_VERSION + 5}" in message
    assert f"schema version {SCHEMA_VERSION} at most" in message
    assert _digest(paths.database) == before
    assert sorted(p.name for p in paths.data_dir.iterdir()) == listing  # no -wal, no -shm


def test_a_sqlite_file_of_another_application_is_refused(paths):
    with sqlite3.connect(paths.database) as connection:
        connection.execute("CREATE TABLE notes (body TEXT)")
        connection.execute("PRAGMA application_id = 42")
    connection.close()
    before = _digest(paths.database)
    with pytest.raises(ForeignFileError, match="not an internapp store"):
        _open(paths)
    assert _digest(paths.database) == before


def test_an_unmarked_sqlite_file_with_tables_is_refused(paths):
    with sqlite3.connect(paths.database) as connection:
        connection.execute("CREATE TABLE notes (body TEXT)")
    connection.close()
    with pytest.raises(ForeignFileError):
        _open(paths)


def test_a_file_that_is_not_sqlite_is_refused_as_damaged(paths):
    paths.database.write_text("name,role\nAcme,Intern\n")
    with pytest.raises(DamagedStoreError, match="header is unreadable: it does not begin as a SQLite"):
        _open(paths)
    assert paths.database.read_text() == "name,role\nAcme,Intern\n"


def test_an_older_store_is_backed_up_and_verified_before_migrating(paths, monkeypatch):
    store = _open(paths)
    with store.write([]) as session:
        session.exec(text("INSERT INTO organization (id, created_at, updated_at, name, name_key, "
                          "notes) VALUES ('0123456789abcdef0123456789abcdef', '2026-01-01', "
                          "'2026-01-01', 'Acme', 'acme', '')"))
    store.close()
    # Pretend this build knows one more schema version than the file carries.
    monkeypatch.setattr(database_module, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    monkeypatch.setattr("internapp.core.store.migrate.SCHEMA_VERSION", SCHEMA_VERSION + 1)

    upgraded = _open(paths)
    backup = upgraded.last_migration_backup
    upgraded.close()

    assert backup is not None and backup.parent == paths.backups_dir
    copy = sqlite3.connect(backup)
    assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert copy.execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION,)
    assert copy.execute("SELECT name FROM organization").fetchall() == [("Acme",)]
    copy.close()
    assert read_identity(paths.database).schema_version == SCHEMA_VERSION + 1


def test_write_commits_as_a_whole_or_not_at_all(store):
    from internapp.core.models import Organization

    with pytest.raises(RuntimeError), store.write([]) as session:
        session.add(Organization(name="Half", name_key="half"))
        session.flush()
        raise RuntimeError("fail in the middle")
    with store.read() as session:
        assert session.get(Organization, Organization(name="x", name_key="x").id) is None
        assert session.exec(text("SELECT count(*) FROM organization")).scalar() == 0


def test_datetimes_come_back_aware_utc(store):
    from internapp.core.models import Organization

    org = Organization(name="Acme", name_key="acme",
                       created_at=datetime(2026, 3, 1, 12, 0, tzinfo=UTC))
    with store.write([]) as session:
        session.add(org)
    with store.read() as session:
        loaded = session.get(Organization, org.id)
    assert loaded.created_at == datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
    assert loaded.created_at.tzinfo is not None


def test_a_write_sees_the_files_it_attaches_and_its_connection_goes_back_without_them(store,
                                                                                      tmp_path):
    other = tmp_path / "staged.sqlite3"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE entry (n)")
        conn.execute("INSERT INTO entry VALUES (7)")
    conn.close()
    with store.write([], attach={"staged": other}) as session:
        assert session.execute(text("SELECT n FROM staged.entry")).scalar_one() == 7
    for _ in range(2):  # whichever pooled connection the next write takes
        with store.write([]) as session:
            names = [row[1] for row in session.execute(text("PRAGMA database_list"))]
        assert "staged" not in names
    with pytest.raises(ValueError, match="not schema names"), \
            store.write([], attach={"x; DROP TABLE engagement": other}):
        pass
