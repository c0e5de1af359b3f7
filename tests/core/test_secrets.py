import keyring
import pytest
from keyring.backends import fail, null

from internapp.core import secrets


def test_secrets_round_trip_through_the_keyring(memory_keyring):
    secrets.set_secret("board-token", "s3cret")
    assert secrets.get_secret("board-token") == "s3cret"
    assert memory_keyring.values == {("internapp", "board-token"): "s3cret"}
    secrets.delete_secret("board-token")
    assert secrets.get_secret("board-token") is None
    secrets.delete_secret("board-token")  # deleting twice is fine


@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring()])
def test_no_usable_keyring_is_reported_and_nothing_is_written(backend, paths):
    keyring.set_keyring(backend)
    before = sorted(paths.data_dir.rglob("*"))
    with pytest.raises(secrets.SecretsUnavailable, match="no system keyring"):
        secrets.set_secret("board-token", "s3cret")
    with pytest.raises(secrets.SecretsUnavailable):
        secrets.get_secret("board-token")
    assert sorted(paths.data_dir.rglob("*")) == before
    status = secrets.status()
    assert not status.usable and "no system keyring" in status.reason


def test_a_plaintext_backend_from_keyrings_alt_is_refused(memory_keyring):
    plaintext = type("PlaintextKeyring", (type(memory_keyring),),
                     {"__module__": "keyrings.alt.file"})()
    keyring.set_keyring(plaintext)
    with pytest.raises(secrets.SecretsUnavailable, match="plain file"):
        secrets.set_secret("board-token", "s3cret")
    assert plaintext.values == {}


def test_a_locked_keyring_says_so(memory_keyring, monkeypatch):
    def locked(*_):
        raise keyring.errors.KeyringLocked("Collection is locked")

    monkeypatch.setattr(memory_keyring, "set_password", locked)
    with pytest.raises(secrets.SecretsUnavailable, match="locked"):
        secrets.set_secret("board-token", "s3cret")


# --- any (service, account) ----------------------------------------------------------------------


def test_a_password_round_trips_for_any_service_and_account(memory_keyring):
    secrets.store_password("internapp-caldav", "ana@https://dav.example.org/cal/", "pw-1")
    secrets.store_password("internapp-sync", "ana@db.example.org", "pw-2")
    assert secrets.get_password("internapp-caldav", "ana@https://dav.example.org/cal/") == "pw-1"
    assert secrets.get_password("internapp-sync", "ana@db.example.org") == "pw-2"
    secrets.store_password("internapp-sync", "ana@db.example.org", "pw-3")  # replaces
    assert secrets.get_password("internapp-sync", "ana@db.example.org") == "pw-3"
    secrets.delete_password("internapp-sync", "ana@db.example.org")
    secrets.delete_password("internapp-sync", "ana@db.example.org")  # twice is fine
    assert secrets.get_password("internapp-sync", "ana@db.example.org") is None
    assert memory_keyring.values == {
        ("internapp-caldav", "ana@https://dav.example.org/cal/"): "pw-1"}


@pytest.mark.parametrize(("service", "account", "password", "field"), [
    ("", "ana", "pw", "service"), ("svc", "  ", "pw", "account"), ("svc", "ana", "", "password")])
def test_empty_names_and_passwords_are_refused(memory_keyring, service, account, password, field):
    with pytest.raises(ValueError, match=f"^{field}: must not be empty"):
        secrets.store_password(service, account, password)
    assert memory_keyring.values == {}


@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring()])
def test_no_usable_keyring_refuses_every_call_and_writes_nothing(backend, paths, tmp_path):
    keyring.set_keyring(backend)
    before = sorted(tmp_path.rglob("*"))
    for call in (lambda: secrets.store_password("svc", "ana", "s3cret-pw"),
                 lambda: secrets.get_password("svc", "ana"),
                 lambda: secrets.delete_password("svc", "ana")):
        with pytest.raises(secrets.SecretsUnavailable, match="no system keyring") as raised:
            call()
        assert "s3cret-pw" not in str(raised.value)
    assert sorted(tmp_path.rglob("*")) == before


def test_a_backend_error_quoting_the_password_never_passes_it_on(memory_keyring, caplog):
    def leaky(service, account, password):
        raise RuntimeError(f"cannot store {password!r} for {account}")

    memory_keyring.set_password = leaky
    password = "correct horse battery"
    with pytest.raises(secrets.SecretsUnavailable) as raised:
        secrets.store_password("svc", "ana", password)
    error = raised.value
    assert "correct horse battery" not in str(error)
    assert "•••" in str(error) and "ana" in str(error)
    # neither as the cause nor as the context: a traceback or a log shows no trace of it
    assert error.__cause__ is None and error.__context__ is None
    import traceback

    assert "correct horse" not in "".join(traceback.format_exception(error))
    assert "correct horse" not in caplog.text


def test_a_backend_error_without_the_password_keeps_its_cause(memory_keyring):
    def broken(service, account):
        raise OSError("D-Bus went away")

    memory_keyring.get_password = broken
    with pytest.raises(secrets.SecretsUnavailable, match="could not be read: D-Bus went away") as e:
        secrets.get_password("svc", "ana")
    assert isinstance(e.value.__cause__, OSError)


def test_the_real_secret_service_keeps_the_password_and_no_file_holds_it(secret_service,
                                                                          paths, tmp_path):
    """GNOME Keyring on a private session bus: the password goes in, comes back, and is in no
    file in plain text — not in the keyring's own files, not in internapp's folders."""
    from keyring.backends import SecretService

    keyring.set_keyring(SecretService.Keyring())
    assert secrets.status().usable, secrets.status().reason
    secret = "Radicale-pw-7f3a9c"
    secrets.store_password("internapp-caldav", "ana@http://127.0.0.1:5515/ana/cal/", secret)
    assert secrets.get_password("internapp-caldav",
                                "ana@http://127.0.0.1:5515/ana/cal/") == secret
    assert (secret_service / "data" / "keyrings").is_dir()
    holding = [p for p in tmp_path.rglob("*") if p.is_file() and secret.encode() in p.read_bytes()]
    assert holding == []
    secrets.delete_password("internapp-caldav", "ana@http://127.0.0.1:5515/ana/cal/")
    assert secrets.get_password("internapp-caldav", "ana@http://127.0.0.1:5515/ana/cal/") is None
