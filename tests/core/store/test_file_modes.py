"""On POSIX the data folder is 0700 and the store, its -wal and -shm, backups, documents 0600."""

import os
import stat

import pytest

from internapp.core.services import applications, documents

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def _mode(path):
    return stat.S_IMODE(path.stat().st_mode)


def test_the_store_and_everything_beside_it_are_the_users_alone(context, tmp_path):
    paths, store = context.paths, context.store
    app = applications.create(store, organization="Acme", role="Intern")
    source = tmp_path / "cv.pdf"
    source.write_bytes(b"%PDF")
    row = documents.get(store, documents.attach(store, source, application_id=app.id).id)
    backup = store.backup("manual")
    assert _mode(paths.data_dir) == 0o700
    assert _mode(paths.database) == 0o600
    assert _mode(paths.database.with_name("internapp.sqlite3-wal")) == 0o600
    assert _mode(paths.database.with_name("internapp.sqlite3-shm")) == 0o600
    assert _mode(paths.backups_dir) == 0o700 and _mode(backup) == 0o600
    assert _mode(paths.documents_dir) == 0o700 and _mode(row.path.parent) == 0o700
    assert _mode(row.path) == 0o400  # private, and not to be edited


def test_an_existing_store_with_loose_modes_is_tightened(paths):
    from internapp.core.store import open_store

    open_store(paths.database, backups_dir=paths.backups_dir).close()
    paths.database.chmod(0o644)
    paths.data_dir.chmod(0o755)
    paths.ensure()
    open_store(paths.database, backups_dir=paths.backups_dir).close()
    assert _mode(paths.database) == 0o600 and _mode(paths.data_dir) == 0o700


def test_a_folder_of_the_users_own_is_left_alone(tmp_path):
    from internapp.paths import resolve_paths

    shared = tmp_path / "shared"
    shared.mkdir(mode=0o755)
    (shared / "other.txt").write_text("x")
    resolve_paths(shared).ensure()
    assert _mode(shared) == 0o755
