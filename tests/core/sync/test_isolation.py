"""Row-level security on a shared server: each student's role sees and changes only its own rows,
enforced by PostgreSQL itself — shown with hand-written SQL as student B."""

import psycopg
import pytest

from internapp.core.services import contacts
from internapp.core.sync import service
from internapp.core.sync.run import sync_now

TABLES = ("row_state", "device", "owner_state", "blob")


def _as(postgres, database, student):
    return psycopg.connect(host="127.0.0.1", port=postgres.port, dbname=database,
                           user=student.name, password=student.password, autocommit=True)


def test_student_b_cannot_read_or_change_student_a_rows(postgres, database, make_student,
                                                       device_a, device_b):
    alice, bob = make_student("alice"), make_student("bob")
    service.setup(device_a, alice.url, alice.password)
    contacts.create(device_a, display_name="Alice's mentor", notes="private")
    sync_now(device_a)
    service.setup(device_b, bob.url, bob.password)
    contacts.create(device_b, display_name="Bob's recruiter")
    sync_now(device_b)

    with postgres.admin(database) as admin:
        alice_rows = admin.execute("SELECT count(*) FROM internapp_sync.row_state WHERE owner = %s",
                                   (alice.name,)).fetchone()[0]
    assert alice_rows > 0

    with _as(postgres, database, bob) as conn:
        for table in TABLES:
            owners = {r[0] for r in conn.execute(f"SELECT owner FROM internapp_sync.{table}")}
            assert owners <= {bob.name}, table
        assert conn.execute("SELECT count(*) FROM internapp_sync.row_state WHERE data::text "
                            "LIKE '%Alice''s mentor%'").fetchone()[0] == 0
        changed = conn.execute("UPDATE internapp_sync.row_state SET data = '{}' "
                               "WHERE owner = %s", (alice.name,)).rowcount
        assert changed == 0
        assert conn.execute("DELETE FROM internapp_sync.row_state WHERE owner = %s",
                            (alice.name,)).rowcount == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("INSERT INTO internapp_sync.row_state (owner, tbl, row_id, seq, data, "
                         "clocks) VALUES (%s, 'contact', 'x', 1, '{}', '{}')", (alice.name,))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # not the tables' owner
            conn.execute("ALTER TABLE internapp_sync.row_state DISABLE ROW LEVEL SECURITY")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(f'SET ROLE "{alice.name}"')
        # moving one's own row to Alice is refused too
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE internapp_sync.row_state SET owner = %s", (alice.name,))

    with postgres.admin(database) as admin:
        after = admin.execute("SELECT count(*) FROM internapp_sync.row_state WHERE owner = %s "
                              "AND data::text LIKE '%%Alice''s mentor%%'",
                              (alice.name,)).fetchone()[0]
    assert after == 1
    # and each device pulled only its own student's records
    assert [c.display_name for c in contacts.list_rows(device_b)] == ["Bob's recruiter"]
    assert [c.display_name for c in contacts.list_rows(device_a)] == ["Alice's mentor"]
