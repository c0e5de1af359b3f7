"""Two local stores (two devices) and one real PostgreSQL database with students' roles."""

import uuid
from dataclasses import dataclass

import pytest

from internapp.core.store import open_store
from internapp.core.sync import server_schema, service
from internapp.core.sync.run import sync_now
from internapp.core.sync.settings import parse_url


@dataclass
class Student:
    name: str
    password: str | None
    url: str


@pytest.fixture
def database(postgres):
    name = f"sync_{uuid.uuid4().hex[:12]}"
    postgres.create_database(name)
    server_schema.prepare_as_admin(parse_url(postgres.admin_url(name)), None)
    yield name
    postgres.drop_database(name)


@pytest.fixture
def make_student(postgres, database):
    made = []

    def make(prefix: str = "student", password: str | None = "pw-" + uuid.uuid4().hex[:12],
             **params) -> Student:
        name = f"{prefix}_{uuid.uuid4().hex[:8]}"
        postgres.create_student(name, password)
        made.append(name)
        return Student(name, password, postgres.url(name, database, **params))

    yield make
    with postgres.admin(database) as connection:
        for name in made:
            connection.execute(f'DROP OWNED BY "{name}"')
    with postgres.admin() as connection:
        for name in made:
            connection.execute(f'DROP ROLE IF EXISTS "{name}"')


@pytest.fixture
def student(make_student) -> Student:
    return make_student("alice")


def _open(tmp_path, name):
    folder = tmp_path / name
    folder.mkdir()
    return open_store(folder / "internapp.sqlite3", backups_dir=folder / "backups",
                      documents_dir=folder / "documents")


@pytest.fixture
def device_a(tmp_path):
    store = _open(tmp_path, "laptop")
    yield store
    store.close()


@pytest.fixture
def device_b(tmp_path):
    store = _open(tmp_path, "desktop")
    yield store
    store.close()


@pytest.fixture
def synced(device_a, device_b, student):
    """Both devices set up against the same server as the same student."""
    service.setup(device_a, student.url, student.password)
    service.setup(device_b, student.url, student.password)

    def sync(store, **kwargs):
        return sync_now(store, **kwargs)

    return sync


STORED = "%Y-%m-%d %H:%M:%S.%f"


@pytest.fixture
def fill_entries():
    """Writes ``n`` finished time entries on one engagement straight into a store's file (the
    bulk path: the capture triggers see it like any write)."""
    import sqlite3
    from datetime import UTC, datetime, timedelta

    from internapp.core.services import engagements

    def fill(store, n: int, title: str = "Long engagement") -> str:
        engagement = engagements.create(store, title=title)
        start = datetime(2020, 1, 1, tzinfo=UTC)
        rows = []
        for i in range(n):
            begin = start + timedelta(minutes=90 * i)
            end = begin + timedelta(minutes=60)
            stamp = begin.replace(tzinfo=None).strftime(STORED)
            rows.append((uuid.uuid4().hex, stamp, stamp, engagement.id.hex, stamp,
                         end.replace(tzinfo=None).strftime(STORED), 3600, "UTC",
                         f"entry {i} " + "notes " * 10, "[]"))
        with sqlite3.connect(store.path) as raw:
            raw.executemany("INSERT INTO time_entry (id, created_at, updated_at, engagement_id, "
                            "started_at, ended_at, seconds, tz, note, tags) VALUES "
                            "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        raw.close()
        return engagement.id.hex

    return fill


def domain_snapshot(store) -> dict[str, list]:
    """Every synced table's rows, to show a failed sync changed nothing."""
    import sqlite3

    from internapp.core.sync.tables import SYNCED

    with sqlite3.connect(store.path) as raw:
        snapshot = {t: sorted(raw.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr)
                    for t in SYNCED}
    raw.close()
    return snapshot


@pytest.fixture
def snapshot():
    return domain_snapshot
