"""The password in a real system keyring: GNOME Keyring's Secret Service on a private D-Bus
session bus (the ``secret_service`` fixture of tests/conftest.py, shared with core/secrets)."""

import keyring
import pytest

from internapp.core import secrets
from internapp.core.services import contacts
from internapp.core.sync import service
from internapp.core.sync.run import sync_now
from internapp.core.sync.settings import KEYRING_SERVICE


@pytest.fixture
def system_keyring(secret_service):
    from keyring.backends import SecretService

    previous = keyring.get_keyring()
    backend = SecretService.Keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def test_sync_keeps_its_password_in_the_secret_service(system_keyring, device_a, device_b,
                                                      student):
    assert secrets.status().usable
    result = service.setup(device_a, student.url, student.password)
    assert result.password_stored
    assert system_keyring.get_password(KEYRING_SERVICE, result.settings.account) == \
        student.password
    contacts.create(device_a, display_name="Through the Secret Service")
    assert sync_now(device_a).pushed > 0  # read back from the keyring
    service.setup(device_b, student.url, student.password)
    sync_now(device_b)
    assert [c.display_name for c in contacts.list_rows(device_b)] == [
        "Through the Secret Service"]
    for store in (device_a, device_b):
        assert [p for p in store.path.parent.rglob("*")
                if p.is_file() and student.password.encode() in p.read_bytes()] == []
    service.forget(device_a)
    assert system_keyring.get_password(KEYRING_SERVICE, result.settings.account) is None
