"""The password lives only in the keyring: never in the data or config folders (the SQLite file,
its WAL, ui.ini, logs), never on the server; TLS (verify-full) works; a server that needs no
password works without one; with no usable keyring the password is given once and kept nowhere."""

from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from internapp.core.services import contacts
from internapp.core.sync import errors, service
from internapp.core.sync.run import sync_now


def _files_holding(folder: Path, secret: bytes) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file() and secret in p.read_bytes()]


def test_the_password_is_in_no_file_and_not_on_the_server(device_a, device_b, make_student,
                                                          postgres, database, memory_keyring,
                                                          paths):
    secret = "S3cret-Unique-4c1d9e"
    alice = make_student("alice", password=secret)
    for store in (device_a, device_b):
        service.setup(store, alice.url, secret)
        contacts.create(store, display_name="Someone", notes="nothing secret here")
        sync_now(store)
        sync_now(store)
    assert memory_keyring.values == {
        ("internapp-sync", f"{alice.name}@127.0.0.1:{postgres.port}/{database}"): secret}
    for store in (device_a, device_b):
        folder = store.path.parent
        assert _files_holding(folder, secret.encode()) == []
    # the app's own data and config folders (ui.ini, logs) too
    assert _files_holding(paths.data_dir, secret.encode()) == []
    with postgres.admin(database) as admin:
        tables = [r[0] for r in admin.execute(
            "SELECT format('%I.%I', schemaname, tablename) FROM pg_tables "
            "WHERE schemaname = 'internapp_sync'")]
        for table in tables:
            dump = admin.execute(f"SELECT coalesce(string_agg(t::text, ''), '') FROM {table} t"
                                 ).fetchone()[0]
            assert secret not in dump, table
        assert admin.execute("SELECT count(*) FROM pg_stat_activity WHERE query LIKE %s",
                             (f"%{secret}%",)).fetchone()[0] == 0


def test_tls_with_verify_full(device_a, device_b, postgres_tls):
    database = "tls_sync"
    postgres_tls.create_database(database)
    try:
        from internapp.core.sync import server_schema
        from internapp.core.sync.settings import parse_url

        server_schema.prepare_as_admin(parse_url(postgres_tls.admin_url(database)), None)
        postgres_tls.create_student("tls_student", "tls-password")
        url = postgres_tls.url("tls_student", database, sslmode="verify-full",
                               sslrootcert=str(postgres_tls.ca_file))
        service.setup(device_a, url, "tls-password")
        contacts.create(device_a, display_name="Over TLS")
        sync_now(device_a)
        service.setup(device_b, url, "tls-password")
        sync_now(device_b)
        assert [c.display_name for c in contacts.list_rows(device_b)] == ["Over TLS"]
        with postgres_tls.admin(database) as admin:
            assert admin.execute("SELECT bool_and(ssl) FROM pg_stat_ssl JOIN pg_stat_activity "
                                 "USING (pid) WHERE usename = 'tls_student'").fetchone()[0] \
                in (True, None)
        # sslmode=require: encrypted without checking the certificate (libpq's meaning)
        required = postgres_tls.url("tls_student", database, sslmode="require")
        service.setup(device_b, required, "tls-password")
        contacts.create(device_b, display_name="Required TLS")
        sync_now(device_b)
        sync_now(device_a)
        assert {c.display_name for c in contacts.list_rows(device_a)} == {"Over TLS",
                                                                          "Required TLS"}
        # a server certificate the client cannot verify is refused
        with pytest.raises(errors.TLSError):
            service.setup(device_a, postgres_tls.url("tls_student", database,
                                                     sslmode="verify-full"), "tls-password")
        # and a plain connection is refused by that server (hostssl only)
        with pytest.raises(errors.SyncError):
            service.setup(device_b, postgres_tls.url("tls_student", database,
                                                     sslmode="disable"), "tls-password")
    finally:
        postgres_tls.drop_database(database)


def test_a_server_that_needs_no_password(device_a, device_b, postgres, database,
                                         memory_keyring):
    postgres.create_student("trusty", None)  # pg_hba: trust for this role
    try:
        url = postgres.url("trusty", database)
        result = service.setup(device_a, url, None)
        assert not result.password_stored
        contacts.create(device_a, display_name="No password needed")
        sync_now(device_a)
        service.setup(device_b, url, None)
        sync_now(device_b)
        assert [c.display_name for c in contacts.list_rows(device_b)] == ["No password needed"]
        assert memory_keyring.values == {}
    finally:
        with postgres.admin(database) as admin:
            admin.execute('DROP OWNED BY "trusty"')
        with postgres.admin() as admin:
            admin.execute('DROP ROLE "trusty"')


def test_without_a_usable_keyring_sync_explains_and_runs_once_with_stdin(device_a, student):
    keyring.set_keyring(fail.Keyring())
    result = service.setup(device_a, student.url, student.password)
    assert not result.password_stored and "no system keyring" in result.keyring_problem
    contacts.create(device_a, display_name="Keyring-less")
    with pytest.raises(errors.KeyringNeeded) as raised:
        sync_now(device_a)
    assert "--password-stdin" in str(raised.value)
    assert "no system keyring" in str(raised.value)
    assert sync_now(device_a, password=student.password).pushed > 0
    assert _files_holding(device_a.path.parent, student.password.encode()) == []
