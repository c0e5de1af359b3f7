from datetime import UTC, datetime

import pytest

from internapp.core.services import contacts
from internapp.core.services.errors import ValidationError


def test_create_list_and_last_contacted(store):
    c = contacts.create(store, display_name="Ana Lima", emails=["ana@example.org"],
                        organization="Acme", tags=["mentor"])
    contacts.log_interaction(store, c.id, channel="Coffee", summary="Career chat",
                             at=datetime(2026, 11, 1, 15, tzinfo=UTC))
    contacts.log_interaction(store, c.id, channel="email", at=datetime(2026, 11, 20, 9, tzinfo=UTC))
    [row] = contacts.list_rows(store)
    assert (row.display_name, row.organization, row.tags) == ("Ana Lima", "Acme", ["mentor"])
    assert row.last_contacted == datetime(2026, 11, 20, 9, tzinfo=UTC)


def test_invalid_email_is_flagged(store):
    with pytest.raises(ValidationError, match="emails: 'ana@' is not an email address"):
        contacts.create(store, display_name="Ana", emails=["ana@"])
    assert contacts.list_rows(store) == []


def test_unknown_channel(store):
    c = contacts.create(store, display_name="Ana")
    with pytest.raises(ValidationError, match="channel"):
        contacts.log_interaction(store, c.id, channel="pigeon")


@pytest.mark.parametrize("name", ["مريم الحسيني", "Zoë 🚀 Ng", "Nguyễn Thị Hương", "e\u0301lodie"])
def test_names_in_any_script_round_trip_exactly(store, name):
    c = contacts.create(store, display_name=name)
    assert [r.display_name for r in contacts.list_rows(store)] == [name]
    contacts.delete(store, c.id)
