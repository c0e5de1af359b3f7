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
