"""Every fault gets a clear message, and leaves the local store unchanged and fully usable:
wrong password, unreachable host, TLS refused, a server that is not internapp's, a newer server
schema, a revoked role, the network dropping in the middle of a batch."""

import contextlib
import socket
import threading
from pathlib import Path

import pytest

from internapp.core.services import contacts
from internapp.core.services.errors import ValidationError
from internapp.core.sync import errors, service
from internapp.core.sync.run import sync_now
from internapp.core.sync.server_schema import SERVER_SCHEMA_VERSION
from tcp_proxy import DroppingProxy


def _still_usable(store) -> None:
    contacts.create(store, display_name="Written after the fault")
    assert "Written after the fault" in [c.display_name for c in contacts.list_rows(store)]


def _fails(store, snapshot, error_type, *words, **kwargs) -> str:
    before = snapshot(store)
    with pytest.raises(error_type) as raised:
        sync_now(store, **kwargs)
    message = str(raised.value)
    for word in words:
        assert word in message
    assert snapshot(store) == before
    status = service.status(store)
    assert status.last_ok is False and status.last_message == message
    _still_usable(store)
    return message


@pytest.fixture
def set_up(device_a, student):
    service.setup(device_a, student.url, student.password)
    contacts.create(device_a, display_name="Before the fault")
    return device_a


def test_wrong_password(set_up, student, postgres, snapshot, memory_keyring):
    with postgres.admin() as admin:
        admin.execute(f"ALTER ROLE \"{student.name}\" PASSWORD 'changed-by-admin'")
    message = _fails(set_up, snapshot, errors.WrongPassword, "refused the password",
                     student.name)
    assert student.password not in message


def test_setup_with_a_wrong_password_keeps_nothing(device_a, student, memory_keyring):
    with pytest.raises(errors.WrongPassword):
        service.setup(device_a, student.url, "not-the-password")
    assert memory_keyring.values == {}
    assert not service.status(device_a).configured


def test_a_password_given_once_is_used_once(set_up, student, memory_keyring):
    memory_keyring.values.clear()
    with pytest.raises(errors.PasswordNeeded):
        sync_now(set_up)
    assert sync_now(set_up, password=student.password).pushed > 0
    assert memory_keyring.values == {}  # stored nowhere


def test_unreachable_host(device_a, snapshot):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(errors.Unreachable) as raised:
        service.setup(device_a, f"postgresql://alice@127.0.0.1:{port}/internapp", "pw")
    assert f"127.0.0.1:{port}" in str(raised.value)
    assert f"nothing answers on port {port} (connection refused)" in str(raised.value)
    assert "\n" not in str(raised.value) and "TCP/IP" not in str(raised.value)  # not libpq's lines
    assert not service.status(device_a).configured
    _still_usable(device_a)


def test_an_unknown_host_name(device_a):
    with pytest.raises(errors.Unreachable) as raised:
        service.setup(device_a, "postgresql://alice@no-such-host.invalid/internapp"
                      "?sslmode=require", "pw")
    assert "the host name no-such-host.invalid is not known" in str(raised.value)


def test_server_goes_away_after_setup(set_up, snapshot, postgres, student, database):
    with set_up.engine.begin() as connection:  # point the stored URL at a port nobody serves
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        connection.exec_driver_sql(
            "UPDATE sync_state SET value = ? WHERE key = 'url'",
            (f'"{student.url.replace(str(postgres.port), str(port))}"',))
    _fails(set_up, snapshot, errors.Unreachable, "could not reach")


def test_tls_required_but_refused(device_a, student):
    with pytest.raises(errors.TLSError) as raised:
        service.setup(device_a, student.url + "?sslmode=require", student.password)
    assert "does not accept TLS" in str(raised.value)
    assert not service.status(device_a).configured


def test_a_database_of_another_application_is_refused(device_a, postgres, make_student):
    name = "foreign_app_db"
    postgres.drop_database(name)
    postgres.create_database(name)
    with postgres.admin(name) as admin:
        admin.execute("CREATE TABLE invoices (id serial PRIMARY KEY, total numeric)")
    try:
        with postgres.admin() as admin:
            admin.execute(f"GRANT ALL ON DATABASE {name} TO internapp_sync_user")
        bob = make_student("bob")
        url = postgres.url(bob.name, name)
        with pytest.raises(errors.NotInternappServer) as raised:
            service.setup(device_a, url, bob.password)
        assert "is not internapp's" in str(raised.value)
        with postgres.admin(name) as admin:
            assert admin.execute("SELECT count(*) FROM pg_namespace WHERE nspname = "
                                 "'internapp_sync'").fetchone()[0] == 0
    finally:
        postgres.drop_database(name)


class NotPostgres:
    """A TCP server on 127.0.0.1 that answers like a web server."""

    def __init__(self) -> None:
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self.server.shutdown(socket.SHUT_RDWR)  # wakes the blocked accept
        self.server.close()
        self.thread.join(timeout=10)

    def _serve(self) -> None:
        while True:
            try:
                client, _ = self.server.accept()
            except OSError:
                return
            try:
                client.recv(1024)
                client.sendall(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n")
            finally:
                client.close()


@pytest.mark.parametrize("sslmode", ["prefer", "disable"])
def test_a_server_that_does_not_speak_postgresql(device_a, sslmode):
    web = NotPostgres()
    try:
        with pytest.raises(errors.NotInternappServer) as raised:
            service.setup(device_a, f"postgresql://alice@127.0.0.1:{web.port}/x?sslmode={sslmode}",
                          "pw")
        assert "does not speak PostgreSQL" in str(raised.value)
    finally:
        web.close()


def test_a_newer_server_schema_is_refused_naming_both_versions(set_up, snapshot, postgres,
                                                              database):
    assert sync_now(set_up).pushed > 0
    with postgres.admin(database) as admin:
        admin.execute("UPDATE internapp_sync.internapp_sync_version SET version_num = '0099'")
    message = _fails(set_up, snapshot, errors.NewerServerSchema, "version 99",
                     f"version {SERVER_SCHEMA_VERSION} at most")
    assert "Update internapp" in message


def test_a_revoked_role(set_up, snapshot, postgres, student):
    sync_now(set_up)
    with postgres.admin() as admin:
        admin.execute(f'REVOKE internapp_sync_user FROM "{student.name}"')
    _fails(set_up, snapshot, errors.AccessRevoked, "access revoked")


def test_a_role_that_may_no_longer_log_in(set_up, snapshot, postgres, student):
    sync_now(set_up)
    with postgres.admin() as admin:
        admin.execute(f'ALTER ROLE "{student.name}" NOLOGIN')
    _fails(set_up, snapshot, errors.AccessRevoked, "log in")


def test_the_network_dropping_mid_batch(device_a, device_b, student, postgres, database,
                                        snapshot, fill_entries):
    proxy = DroppingProxy(postgres.port)
    try:
        url = student.url.replace(f":{postgres.port}/", f":{proxy.port}/")
        fill_entries(device_a, 3000)
        service.setup(device_a, url, student.password)
        proxy.cut_after = 1_500_000  # well into the pushed batches (~1 KB a row)
        before = snapshot(device_a)
        with pytest.raises(errors.ConnectionLost) as raised:
            sync_now(device_a, batch_rows=500)
        assert "the next sync finishes the job" in str(raised.value)
        assert proxy.cuts == 1
        assert snapshot(device_a) == before
        with postgres.admin(database) as admin:
            partial = admin.execute("SELECT count(*) FROM internapp_sync.row_state WHERE "
                                    "tbl = 'time_entry'").fetchone()[0]
        assert 0 < partial < 3000  # some batches were committed, not all

        sync_now(device_a, batch_rows=500)  # finishes the job
        service.setup(device_b, url, student.password)
        sync_now(device_b)
        with postgres.admin(database) as admin:
            total = admin.execute("SELECT count(*), count(DISTINCT row_id) FROM "
                                  "internapp_sync.row_state WHERE tbl = 'time_entry'").fetchone()
        assert total == (3000, 3000)
        assert snapshot(device_b)["time_entry"] == snapshot(device_a)["time_entry"]
    finally:
        proxy.close()


def test_a_password_in_the_url_is_refused(device_a):
    with pytest.raises(ValidationError) as raised:
        service.setup(device_a, "postgresql://alice:hunter2@127.0.0.1/x", None)
    assert "hunter2" not in str(raised.value)
    assert raised.value.field == "url"


def test_an_unencrypted_remote_server_needs_confirmation(device_a):
    with pytest.raises(ValidationError) as raised:
        service.setup(device_a, "postgresql://alice@sync.example.edu/x", "pw")
    assert "unencrypted" in str(raised.value)
    assert not Path(device_a.path.parent / "never").exists()


def test_the_window_and_a_command_take_turns(set_up):
    """Two syncs of one file never interleave: the second is told one runs (the window then
    simply skips its turn)."""
    from internapp.core.sync.lock import sync_lock

    with sync_lock(set_up.path), pytest.raises(errors.SyncBusy, match="another sync"):
        sync_now(set_up)
    assert sync_now(set_up).pushed > 0


def test_the_network_dropping_mid_pull(device_a, device_b, student, postgres, snapshot,
                                       fill_entries):
    fill_entries(device_a, 3000)
    service.setup(device_a, student.url, student.password)
    sync_now(device_a)
    proxy = DroppingProxy(postgres.port)
    try:
        url = student.url.replace(f":{postgres.port}/", f":{proxy.port}/")
        service.setup(device_b, url, student.password)
        before = snapshot(device_b)
        proxy.received = 0
        proxy.cut_after_received = 1_000_000  # well into the streamed rows (~1 KB a row)
        with pytest.raises(errors.ConnectionLost) as raised:
            sync_now(device_b)
        assert "the next sync finishes the job" in str(raised.value)
        assert proxy.cuts == 1
        assert snapshot(device_b) == before  # nothing of a half-received pull is written
        _still_usable(device_b)

        sync_now(device_b)  # finishes the job
        assert len(snapshot(device_b)["time_entry"]) == 3000
        assert snapshot(device_b)["time_entry"] == snapshot(device_a)["time_entry"]
    finally:
        proxy.close()
