"""Two local stores (two devices) and one real PostgreSQL database with students' roles."""

import uuid
from dataclasses import dataclass

import pytest

from internapp.core.store import open_store
from internapp.core.sync import server_schema, service
from internapp.core.sync.settings import parse_url
from internapp.core.sync.run import sync_now


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
