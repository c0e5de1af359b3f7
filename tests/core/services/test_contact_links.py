import pytest

from internapp.core.services import applications, contact_links, contacts, engagements
from internapp.core.services.errors import ValidationError


def test_link_from_either_side_and_list_both_ways(store):
    ana = contacts.create(store, display_name="Ana")
    app = applications.create(store, organization="Acme", role="Data intern")
    eng = engagements.create(store, title="Dashboard", organization="Acme")
    contact_links.link(store, ana.id, "Recruiter", application_id=app.id)
    contact_links.link(store, ana.id, "supervisor", engagement_id=eng.id)
    contact_links.link(store, ana.id, "supervisor", engagement_id=eng.id)  # no duplicate
    assert [(c.name, c.role) for c in contact_links.contacts_of(store, application_id=app.id)] == [
        ("Ana", "recruiter")]
    records = contact_links.records_of(store, ana.id)
    assert sorted((r.kind, r.title, r.role) for r in records) == [
        ("application", "Data intern", "recruiter"), ("engagement", "Dashboard", "supervisor")]
    contact_links.unlink(store, records[0].link_id)
    assert len(contact_links.records_of(store, ana.id)) == 1


def test_bad_links(store):
    ana = contacts.create(store, display_name="Ana")
    app = applications.create(store, organization="Acme", role="Data intern")
    with pytest.raises(ValidationError, match="role"):
        contact_links.link(store, ana.id, "boss", application_id=app.id)
    with pytest.raises(ValidationError, match="one application or one engagement"):
        contact_links.link(store, ana.id, "mentor")
