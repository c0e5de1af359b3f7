from datetime import UTC, datetime

import pytest
from sqlalchemy.exc import IntegrityError
from sqlmodel import select

from internapp.core.models import (
    Contact,
    ContactLink,
    Engagement,
    Interaction,
    Organization,
    TimeEntry,
)


def _engagement(store) -> Engagement:
    engagement = Engagement(title="Dashboard")
    with store.write([]) as session:
        session.add(engagement)
    return engagement


def test_only_one_entry_can_be_running(store):
    engagement = _engagement(store)
    start = datetime(2026, 3, 1, 9, tzinfo=UTC)
    with store.write([]) as session:
        session.add(TimeEntry(engagement_id=engagement.id, started_at=start))
    with pytest.raises(IntegrityError), store.write([]) as session:
        session.add(TimeEntry(engagement_id=engagement.id, started_at=start.replace(hour=10)))


def test_an_entry_cannot_end_before_it_starts(store):
    engagement = _engagement(store)
    with pytest.raises(IntegrityError), store.write([]) as session:
        session.add(TimeEntry(engagement_id=engagement.id,
                              started_at=datetime(2026, 3, 1, 10, tzinfo=UTC),
                              ended_at=datetime(2026, 3, 1, 9, tzinfo=UTC), seconds=1))


def test_the_same_imported_entry_cannot_be_stored_twice(store):
    engagement = _engagement(store)
    for hour in (9, 11):
        entry = TimeEntry(engagement_id=engagement.id, source="watson", external_id="abc",
                          started_at=datetime(2026, 3, 1, hour, tzinfo=UTC),
                          ended_at=datetime(2026, 3, 1, hour + 1, tzinfo=UTC), seconds=3600)
        if hour == 9:
            with store.write([]) as session:
                session.add(entry)
        else:
            with pytest.raises(IntegrityError), store.write([]) as session:
                session.add(entry)


def test_deleting_a_contact_removes_its_interactions_and_links(store):
    engagement = _engagement(store)
    contact = Contact(display_name="Ana")
    with store.write([]) as session:
        session.add(contact)
        session.flush()
        session.add(Interaction(contact_id=contact.id, at=datetime.now(UTC)))
        session.add(ContactLink(contact_id=contact.id, engagement_id=engagement.id,
                                role="mentor"))
    with store.write([]) as session:
        session.delete(session.get(Contact, contact.id))
    with store.read() as session:
        assert session.exec(select(Interaction)).all() == []
        assert session.exec(select(ContactLink)).all() == []


def test_a_link_points_at_exactly_one_record(store):
    contact = Contact(display_name="Ana")
    with store.write([]) as session:
        session.add(contact)
    with pytest.raises(IntegrityError), store.write([]) as session:
        session.add(ContactLink(contact_id=contact.id, role="mentor"))


def test_organization_names_are_unique_by_key(store):
    with store.write([]) as session:
        session.add(Organization(name="Acme", name_key="acme"))
    with pytest.raises(IntegrityError), store.write([]) as session:
        session.add(Organization(name="ACME", name_key="acme"))
