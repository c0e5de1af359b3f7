"""Deleting a contact removes it completely: interactions, links, and its bytes in the file."""

from datetime import UTC, datetime

from sqlmodel import func, select

from internapp.core.models import ContactLink, Interaction
from internapp.core.services import applications, contact_links, contacts, engagements, interviews

MARKER = "Quetzalcoatl-Zyx"


def _count(store, model):
    with store.read() as session:
        return session.exec(select(func.count()).select_from(model)).one()


def test_delete_removes_interactions_links_and_leaves_nothing_in_search(store):
    gone = contacts.create(store, display_name=f"{MARKER} Ramírez", emails=["qz@example.org"],
                           notes=f"notes about {MARKER}", organization="Acme", tags=["mentor"])
    kept = contacts.create(store, display_name="Ana Lima", organization="Acme")
    app = applications.create(store, organization="Acme", role="Data intern")
    eng = engagements.create(store, title="Dashboard", organization="Acme")
    for contact in (gone, kept):
        contacts.log_interaction(store, contact.id, channel="email",
                                 summary=f"hello {contact.display_name}",
                                 at=datetime(2026, 3, 1, 9, tzinfo=UTC))
        contact_links.link(store, contact.id, "mentor", engagement_id=eng.id)
    contact_links.link(store, gone.id, "recruiter", application_id=app.id)
    interview = interviews.add(store, app.id, at=datetime(2026, 3, 2, tzinfo=UTC),
                               people=[gone.id, kept.id])

    contacts.delete(store, gone.id)

    assert [r.display_name for r in contacts.list_rows(store)] == ["Ana Lima"]
    assert not [r for r in contacts.list_rows(store) if MARKER.casefold() in r.search_text()]
    assert (_count(store, Interaction), _count(store, ContactLink)) == (1, 1)
    assert [c.name for c in contact_links.contacts_of(store, engagement_id=eng.id)] == ["Ana Lima"]
    assert contact_links.contacts_of(store, application_id=app.id) == []
    assert [p.name for p in interviews.get(store, interview.id).people] == ["Ana Lima"]
    # secure_delete zeroed the freed pages and the log was checkpointed: no trace in the files
    files = [store.path, store.path.with_name(store.path.name + "-wal")]
    assert not any(MARKER.encode() in f.read_bytes() for f in files if f.exists())
