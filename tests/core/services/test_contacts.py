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


def test_update_detail_and_clearing_fields(store):
    c = contacts.create(store, display_name="Ana Lima", organization="Acme", title="Analyst",
                        tags=["mentor"], birthday="--03-12")
    contacts.update(store, c.id, organization="Globex", title=None, phones=["+1 555 0100"],
                    how_met="Hackathon", notes="  Likes dashboards  ", birthday="1994-03-12")
    detail = contacts.detail(store, c.id)
    assert detail.organization == "Globex"
    assert (detail.contact.title, detail.contact.phones, detail.contact.notes,
            detail.contact.birthday) == (None, ["+1 555 0100"], "Likes dashboards", "1994-03-12")
    with pytest.raises(ValidationError, match="display_name: must not be empty"):
        contacts.update(store, c.id, display_name="  ")


@pytest.mark.parametrize(("given", "kept"), [("--0312", "--03-12"), ("--02-29", "--02-29"),
                                             ("19940312", "1994-03-12"), (None, None)])
def test_birthdays_with_and_without_a_year(store, given, kept):
    assert contacts.create(store, display_name="A", birthday=given).birthday == kept


@pytest.mark.parametrize("bad", ["--13-01", "1990-02-30", "March 12", "--0230"])
def test_a_bad_birthday_names_the_field(store, bad):
    with pytest.raises(ValidationError, match=r"birthday: .* is not a date"):
        contacts.create(store, display_name="A", birthday=bad)


def test_a_photo_needs_an_image_type(store):
    with pytest.raises(ValidationError, match="photo_mime: is required"):
        contacts.create(store, display_name="A", photo=b"\x89PNG....")
    with pytest.raises(ValidationError, match="photo_mime: 'text/html' is not an image type"):
        contacts.create(store, display_name="A", photo=b"x", photo_mime="text/html")
    c = contacts.create(store, display_name="A", photo=b"\x89PNG", photo_mime="image/PNG")
    assert (contacts.get(store, c.id).photo, contacts.get(store, c.id).photo_mime) == (
        b"\x89PNG", "image/png")
    contacts.update(store, c.id, photo=None)
    assert contacts.get(store, c.id).photo_mime is None


def test_rows_carry_every_searchable_field_and_the_next_due_date(store):
    c = contacts.create(store, display_name="Ana Lima", organization="Acme", title="Analyst",
                        emails=["ana@example.org"], phones=["+44 20 7946 0958"],
                        linkedin_url="linkedin.com/in/ana", how_met="Riipen info session",
                        tags=["Mentor"], notes="Loves dashboards", keep_in_touch_days=10)
    contacts.log_interaction(store, c.id, channel="call", at=datetime(2026, 11, 1, 9, tzinfo=UTC))
    [row] = contacts.list_rows(store, today=datetime(2026, 11, 26).date())
    text = row.search_text()
    for needle in ("ana lima", "acme", "analyst", "ana@example.org", "7946", "linkedin.com/in/ana",
                   "riipen", "mentor", "dashboards"):
        assert needle in text
    assert (row.cadence_days, row.next_due.isoformat(), row.overdue_days) == (10, "2026-11-11", 15)


def test_resolve_by_id_exact_name_or_unique_part(store):
    ana = contacts.create(store, display_name="Ana Lima", organization="Acme")
    contacts.create(store, display_name="Ana Souza")
    assert contacts.resolve(store, str(ana.id)).id == ana.id
    assert contacts.resolve(store, "  ana   LIMA ").id == ana.id
    assert contacts.resolve(store, "lima").id == ana.id
    with pytest.raises(ValidationError, match=r"'Ana' matches 2 contacts: Ana Lima \(Acme\) id"):
        contacts.resolve(store, "Ana")
    with pytest.raises(ValidationError, match="no contact matches 'Bob'"):
        contacts.resolve(store, "Bob")
