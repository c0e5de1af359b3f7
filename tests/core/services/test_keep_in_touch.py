from datetime import UTC, date, datetime, timedelta

import pytest

from internapp.core.clock import local_zone
from internapp.core.models import TagCadence
from internapp.core.services import contacts, keep_in_touch
from internapp.core.services.errors import ValidationError

TODAY = date(2026, 11, 26)


def _at(day):
    return datetime(2026, *day, 12, tzinfo=UTC)


def test_cadence_restarts_from_the_latest_interaction(store):
    c = contacts.create(store, display_name="Ana", keep_in_touch_days=30)
    contacts.log_interaction(store, c.id, channel="email", at=_at((9, 1)))
    [due] = keep_in_touch.due_contacts(store, TODAY)
    assert (due.name, due.due_on, due.overdue_days) == ("Ana", date(2026, 10, 1), 56)
    contacts.log_interaction(store, c.id, channel="coffee", at=_at((11, 20)))
    assert keep_in_touch.due_contacts(store, TODAY) == []
    [upcoming] = keep_in_touch.cadences(store, TODAY)
    assert upcoming.due_on == date(2026, 12, 20)


def test_tag_defaults_apply_when_the_contact_has_none(store):
    with store.write([]) as session:
        session.add(TagCadence(tag="mentor", days=30))
        session.add(TagCadence(tag="recruiter", days=60))
    both = contacts.create(store, display_name="Both", tags=["Recruiter", "mentor"])
    own = contacts.create(store, display_name="Own", tags=["mentor"], keep_in_touch_days=90)
    contacts.create(store, display_name="None")
    for contact in (both, own):
        contacts.log_interaction(store, contact.id, channel="email", at=_at((10, 1)))
    result = {c.name: c.cadence_days for c in keep_in_touch.cadences(store, TODAY)}
    assert result == {"Both": 30, "Own": 90}
    assert [c.name for c in keep_in_touch.due_contacts(store, TODAY)] == ["Both"]


def test_due_list_is_oldest_first(store):
    for name, day in (("Recent", (10, 20)), ("Oldest", (8, 1)), ("Middle", (9, 15))):
        c = contacts.create(store, display_name=name, keep_in_touch_days=14)
        contacts.log_interaction(store, c.id, channel="call", at=_at(day))
    assert [c.name for c in keep_in_touch.due_contacts(store, TODAY)] == ["Oldest", "Middle",
                                                                         "Recent"]


def test_a_new_contact_without_interactions_is_due_from_when_it_was_added(store):
    c = contacts.create(store, display_name="New", keep_in_touch_days=7)
    [cadence] = keep_in_touch.cadences(store)
    assert cadence.contact_id == c.id and cadence.last_contacted is None
    assert cadence.due_on == c.created_at.astimezone(local_zone()).date() + timedelta(days=7)


def test_tag_cadences_are_edited_and_listed_with_their_use(store):
    contacts.create(store, display_name="A", tags=["Mentor"])
    contacts.create(store, display_name="B", tags=["mentor", "alumni"])
    keep_in_touch.set_tag_cadence(store, "mentor", "30")
    keep_in_touch.set_tag_cadence(store, "Recruiter", 60)
    rows = {r.tag: (r.days, r.contacts) for r in keep_in_touch.tag_cadences(store)}
    assert rows == {"mentor": (30, 2), "Recruiter": (60, 0), "alumni": (None, 1)}
    keep_in_touch.set_tag_cadence(store, "MENTOR", 14)
    keep_in_touch.set_tag_cadence(store, "recruiter", None)
    rows = {r.tag: r.days for r in keep_in_touch.tag_cadences(store)}
    assert rows == {"mentor": 14, "alumni": None}
    assert {c.name: c.cadence_days for c in keep_in_touch.cadences(store)} == {"A": 14, "B": 14}


def test_bad_tag_cadences_name_the_field(store):
    with pytest.raises(ValidationError, match="days: must be at least 1"):
        keep_in_touch.set_tag_cadence(store, "mentor", -3)
    with pytest.raises(ValidationError, match="tag: is required"):
        keep_in_touch.set_tag_cadence(store, None, 3)
