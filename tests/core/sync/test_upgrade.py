"""Two devices on two versions of internapp: what the newer one sends that the older cannot hold
yet (a table its schema lacks) is pulled again once the older one is upgraded — not lost because
its pull cursor had moved past it."""

import uuid

from alembic import command

from internapp.core.changes import Kind
from internapp.core.store import migrate
from internapp.core.sync import tables

TABLE = "career_note"  # stands for a table a newer schema adds (issue 14's story, …)
CREATE = (f"CREATE TABLE {TABLE} (id TEXT PRIMARY KEY, created_at TEXT NOT NULL, "
          "updated_at TEXT NOT NULL, body TEXT)")


def _bodies(store) -> list[str]:
    with store.reading() as conn:
        return [body for (body,) in conn.execute(f"SELECT body FROM {TABLE} ORDER BY body")]


def test_rows_of_a_table_the_older_device_lacked_arrive_after_its_upgrade(
        device_a, device_b, synced, monkeypatch):
    with device_a.writing([]) as conn:  # the laptop runs the newer internapp
        conn.execute(CREATE)
    monkeypatch.setitem(tables.SYNCED, TABLE, Kind.ENGAGEMENTS)
    from internapp.core.sync import capture, local

    with local.opened(device_a) as db, local.write(db):
        capture.refresh(db)  # its triggers, as its own upgrade made them
    with device_a.writing([]) as conn:
        for body in ("what I learned", "a story for interviews"):
            conn.execute(f"INSERT INTO {TABLE} VALUES (?, '2026-01-01', '2026-01-01', ?)",
                         (uuid.uuid4().hex, body))
    synced(device_a)
    assert synced(device_b).pulled >= 0  # the desktop cannot hold them yet: skipped

    def the_upgrade(config, revision):  # the desktop's migration adds the table
        config.attributes["connection"].exec_driver_sql(CREATE)

    monkeypatch.setattr(command, "upgrade", the_upgrade)
    migrate.upgrade_to_head(device_b.engine)
    synced(device_b)
    assert _bodies(device_b) == ["a story for interviews", "what I learned"]
    # and from now on its own edits to them are captured and reach the laptop
    with device_b.writing([]) as conn:
        conn.execute(f"UPDATE {TABLE} SET body = 'what I learned, edited' "
                     "WHERE body = 'what I learned'")
    synced(device_b)
    synced(device_a)
    assert _bodies(device_a) == ["a story for interviews", "what I learned, edited"]


def test_rows_a_migration_derives_reach_a_device_that_joins_later_once(
        device_a, device_b, synced, student, tmp_path, monkeypatch):
    """Both devices derive the same rows (ids from their source, uuid5); they are logged after
    the upgrade, meet as one row on the server, and a device set up afterwards gets them."""
    from internapp.core.services import contacts
    from internapp.core.store import open_store
    from internapp.core.sync import service
    from internapp.core.sync.run import sync_now

    for name in ("Ana Lima", "Ben Okafor"):
        contacts.create(device_a, display_name=name)
    synced(device_a)
    synced(device_b)
    monkeypatch.setitem(tables.SYNCED, TABLE, Kind.ENGAGEMENTS)

    def the_upgrade(config, revision):  # a new table, filled from older rows
        connection = config.attributes["connection"]
        connection.exec_driver_sql(CREATE)
        for contact_id, name in connection.exec_driver_sql(
                "SELECT id, display_name FROM contact").fetchall():
            row_id = uuid.uuid5(uuid.NAMESPACE_URL, f"career_note/{contact_id}").hex
            connection.exec_driver_sql(
                f"INSERT INTO {TABLE} VALUES (?, '2026-01-01 00:00:00.000000', "
                "'2026-01-01 00:00:00.000000', ?)", (row_id, f"met {name}"))

    with monkeypatch.context() as patched:
        patched.setattr(command, "upgrade", the_upgrade)
        for store in (device_a, device_b):
            migrate.upgrade_to_head(store.engine)
    for store in (device_a, device_b, device_a):
        synced(store)
    assert _bodies(device_a) == _bodies(device_b) == ["met Ana Lima", "met Ben Okafor"]

    later = open_store(tmp_path / "lab" / "internapp.sqlite3",
                       backups_dir=tmp_path / "lab" / "backups")
    try:
        with later.writing([]) as conn:  # a new install: its schema has the table from the start
            conn.execute(CREATE)
        service.setup(later, student.url, student.password)
        sync_now(later)
        assert _bodies(later) == ["met Ana Lima", "met Ben Okafor"]
    finally:
        later.close()
