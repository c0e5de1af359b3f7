from datetime import UTC, datetime

import pytest
from sqlmodel import select

from internapp.core.models import Interview, InterviewContact
from internapp.core.services import (
    applications,
    contact_duplicates,
    contact_links,
    contacts,
    engagements,
    interactions,
)
from internapp.core.services.contact_duplicates import normalise_linkedin
from internapp.core.services.errors import ValidationError


@pytest.mark.parametrize("address", [
    "https://www.linkedin.com/in/ana-lima/", "http://linkedin.com/in/Ana-Lima", "linkedin.com/in/ana-lima",
    "HTTPS://WWW.LINKEDIN.COM/in/ana-lima//", "https://uk.linkedin.com/in/ana-lima?trk=people",
    "www.linkedin.com/in/ana%2Dlima/#about"])
def test_linkedin_addresses_normalise_to_one_profile(address):
    assert normalise_linkedin(address) == "linkedin.com/in/ana-lima"


def test_duplicates_by_email_linkedin_and_name_at_organization(store):
    a = contacts.create(store, display_name="Ana Lima", emails=["Ana@Example.org "],
                        organization="Acme")
    b = contacts.create(store, display_name="A. Lima", emails=["ana@example.org"])
    c = contacts.create(store, display_name="Jonas", linkedin_url="https://www.linkedin.com/in/jonas/")
    d = contacts.create(store, display_name="Jonas S.", linkedin_url="http://linkedin.com/in/Jonas")
    e = contacts.create(store, display_name="ana  LIMA", organization="acme")
    contacts.create(store, display_name="Ana Lima")  # same name, no organization: not enough
    pairs = {frozenset((p.first.id, p.second.id)): p.reasons for p in contact_duplicates.find(store)}
    assert pairs == {
        frozenset((a.id, b.id)): ["same email ana@example.org"],
        frozenset((c.id, d.id)): ["same LinkedIn profile"],
        frozenset((a.id, e.id)): ["same name at Acme"],
    }
    contact_duplicates.dismiss(store, e.id, a.id)
    assert len(contact_duplicates.find(store)) == 2


def test_merge_keeps_every_interaction_and_link_fills_and_unions(store):
    app = applications.create(store, organization="Acme", role="Data intern")
    eng = engagements.create(store, title="Dashboard", organization="Acme")
    keep = contacts.create(store, display_name="Ana Lima", emails=["ana@example.org"],
                           tags=["mentor"], phones=["+1 555 0100"], notes="Met at a fair")
    other = contacts.create(store, display_name="Ana L.", emails=["ANA@example.org", "ana@home.example"],
                            tags=["Mentor", "alumni"], phones=["+1-555-0100", "+44 20 1"],
                            organization="Acme", title="Analyst", birthday="--03-12",
                            linkedin_url="linkedin.com/in/ana", notes="Prefers email",
                            photo=b"\x89PNG", photo_mime="image/png")
    for contact, day in ((keep, 1), (other, 2), (other, 3)):
        interactions.add(store, contact.id, channel="email", at=datetime(2026, 3, day, tzinfo=UTC))
    contact_links.link(store, keep.id, "mentor", engagement_id=eng.id)
    contact_links.link(store, other.id, "mentor", engagement_id=eng.id)  # the same link twice
    contact_links.link(store, other.id, "recruiter", application_id=app.id)
    with store.write([]) as session:
        both = Interview(application_id=app.id, at=datetime(2026, 3, 4, tzinfo=UTC))
        alone = Interview(application_id=app.id, at=datetime(2026, 3, 5, tzinfo=UTC))
        session.add_all([both, alone])
        session.flush()
        session.add_all([InterviewContact(interview_id=both.id, contact_id=keep.id),
                         InterviewContact(interview_id=both.id, contact_id=other.id),
                         InterviewContact(interview_id=alone.id, contact_id=other.id)])

    contact_duplicates.merge(store, keep.id, other.id)

    merged = contacts.detail(store, keep.id)
    c = merged.contact
    assert [r.display_name for r in contacts.list_rows(store)] == ["Ana Lima"]
    assert c.emails == ["ana@example.org", "ana@home.example"]
    assert c.tags == ["mentor", "alumni"]
    assert c.phones == ["+1 555 0100", "+44 20 1"]
    assert (merged.organization, c.title, c.birthday, c.photo_mime) == (
        "Acme", "Analyst", "--03-12", "image/png")
    assert c.notes == "Met at a fair\n\nPrefers email"
    assert len(interactions.of_contact(store, keep.id)) == 3
    assert sorted((r.kind, r.role) for r in contact_links.records_of(store, keep.id)) == [
        ("application", "recruiter"), ("engagement", "mentor")]
    with store.read() as session:  # at both interviews, once each
        people = session.exec(select(InterviewContact.interview_id, InterviewContact.contact_id))
        assert sorted(people, key=lambda p: p[0] == both.id) == [(alone.id, keep.id),
                                                                  (both.id, keep.id)]
    with pytest.raises(ValidationError, match="no contact matches"):
        contacts.detail(store, other.id)


def test_merging_a_contact_with_itself_is_refused(store):
    c = contacts.create(store, display_name="Ana")
    with pytest.raises(ValidationError, match="itself"):
        contact_duplicates.merge(store, c.id, c.id)
