"""Two local stores (a laptop and a desktop) and one real PostgreSQL server: offline edits on
both sides converge, field by field; the same field edited on both is a listed conflict the
student settles; deletions are final; documents' files cross once."""

import hashlib
from datetime import UTC, datetime, timedelta

import pytest
from sqlmodel import func, select

from internapp.core.models import Contact, Document, Engagement, Organization, TimeEntry
from internapp.core.services import contacts, documents, engagements, time_entries, timer
from internapp.core.sync import conflicts, service

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def _get(store, model, row_id):
    with store.read() as session:
        return session.get(model, row_id)


def _count(store, model) -> int:
    with store.read() as session:
        return session.exec(select(func.count()).select_from(model)).one()


def test_offline_edits_on_both_devices_reach_the_other(device_a, device_b, synced):
    laptop_contact = contacts.create(device_a, display_name="Ana Lima", tags=["mentor"])
    desk_engagement = engagements.create(device_b, title="Sales dashboard", organization="Acme")
    time_entries.add(device_b, desk_engagement.id, start=T0, end=T0 + timedelta(hours=2))

    first = synced(device_a)
    second = synced(device_b)
    third = synced(device_a)

    assert first.pushed > 0 and first.conflicts == 0
    assert second.pulled >= 1 and third.pulled >= 3
    assert _get(device_b, Contact, laptop_contact.id).tags == ["mentor"]
    assert _get(device_a, Engagement, desk_engagement.id).title == "Sales dashboard"
    assert _count(device_a, TimeEntry) == _count(device_b, TimeEntry) == 1
    with device_a.read() as session:
        assert session.exec(select(Organization.name)).all() == ["Acme"]
    # nothing new: nothing moves
    again = synced(device_b)
    assert (again.pushed, again.pulled, again.conflicts) == (0, 0, 0)


def test_edits_to_different_fields_both_survive(device_a, device_b, synced):
    contact = contacts.create(device_a, display_name="Ana Lima")
    synced(device_a)
    synced(device_b)
    contacts.update(device_a, contact.id, title="Data lead")
    contacts.update(device_b, contact.id, notes="Met at the career fair")
    synced(device_a)
    result = synced(device_b)
    synced(device_a)
    assert result.conflicts == 0
    for store in (device_a, device_b):
        row = _get(store, Contact, contact.id)
        assert (row.title, row.notes) == ("Data lead", "Met at the career fair")
    assert conflicts.list_conflicts(device_a) == conflicts.list_conflicts(device_b) == []


def test_same_field_keeps_the_later_edit_and_lists_the_other(device_a, device_b, synced):
    engagement = engagements.create(device_a, title="Survey analysis")
    synced(device_a)
    synced(device_b)
    engagements.update(device_a, engagement.id, notes="laptop: first draft sent")
    engagements.update(device_b, engagement.id, notes="desktop: waiting for data")  # later
    synced(device_b)
    result = synced(device_a)  # the laptop's older edit meets the desktop's later one
    synced(device_b)

    assert result.conflicts == 1
    for store in (device_a, device_b):
        assert _get(store, Engagement, engagement.id).notes == "desktop: waiting for data"
    [conflict] = conflicts.list_conflicts(device_a)
    assert (conflict.kind, conflict.table, conflict.column) == ("field", "engagement", "notes")
    assert conflict.kept == "desktop: waiting for data"
    assert conflict.other == "laptop: first draft sent"
    assert conflict.record == "Survey analysis"
    assert conflict.can_pick_other

    # the student picks the other value: an ordinary edit, which wins everywhere
    conflicts.resolve(device_a, conflict.id, use_other=True)
    assert conflicts.list_conflicts(device_a) == []
    synced(device_a)
    synced(device_b)
    for store in (device_a, device_b):
        assert _get(store, Engagement, engagement.id).notes == "laptop: first draft sent"
    assert conflicts.list_conflicts(device_b) == []


def test_keeping_the_value_settles_the_conflict_without_a_change(device_a, device_b, synced):
    contact = contacts.create(device_a, display_name="Ana")
    synced(device_a)
    synced(device_b)
    contacts.update(device_b, contact.id, title="Recruiter")
    contacts.update(device_a, contact.id, title="Mentor")  # later
    synced(device_b)
    synced(device_a)
    [conflict] = conflicts.list_conflicts(device_a)
    assert (conflict.kept, conflict.other) == ("Mentor", "Recruiter")
    conflicts.resolve(device_a, conflict.id, use_other=False)
    assert conflicts.list_conflicts(device_a) == []
    assert [c.resolved_at is not None for c in
            conflicts.list_conflicts(device_a, include_resolved=True)] == [True]
    synced(device_a)
    synced(device_b)
    assert _get(device_b, Contact, contact.id).title == "Mentor"


def test_a_deletion_wins_over_an_edit_and_is_not_resurrected(device_a, device_b, synced):
    contact = contacts.create(device_a, display_name="Old recruiter")
    contacts.log_interaction(device_a, contact.id, channel="email", summary="Intro",
                             at=T0.isoformat())
    synced(device_a)
    synced(device_b)
    contacts.delete(device_a, contact.id)
    contacts.update(device_b, contact.id, notes="edited offline on the desktop")
    synced(device_a)
    result = synced(device_b)  # pushes the edit (lost to the deletion), pulls the deletion
    synced(device_a)

    assert result.conflicts >= 1
    for store in (device_a, device_b):
        assert _get(store, Contact, contact.id) is None
        assert _count(store, Contact) == 0
    [lost] = [c for c in conflicts.list_conflicts(device_b) if c.kind == "deleted"]
    assert lost.other == {"notes": "edited offline on the desktop"}
    # a later full sync of either device does not bring it back
    synced(device_b)
    synced(device_a)
    assert _get(device_a, Contact, contact.id) is None
    assert _get(device_b, Contact, contact.id) is None


def test_a_deletion_removes_the_record_on_the_other_device(device_a, device_b, synced):
    engagement = engagements.create(device_b, title="Temporary")
    synced(device_b)
    synced(device_a)
    assert _get(device_a, Engagement, engagement.id) is not None
    engagements_delete(device_a, engagement.id)
    synced(device_a)
    synced(device_b)
    assert _get(device_b, Engagement, engagement.id) is None


def engagements_delete(store, engagement_id):
    from internapp.core.changes import Kind

    with store.write([Kind.ENGAGEMENTS]) as session:
        session.delete(session.get(Engagement, engagement_id))


def test_documents_cross_once_by_their_sha256(device_a, device_b, synced, tmp_path, postgres,
                                             database):
    engagement = engagements.create(device_a, title="Portfolio site")
    resume = tmp_path / "resume.pdf"
    resume.write_bytes(b"%PDF-1.4 a real enough resume " * 2000)
    documents.attach(device_a, resume, engagement_id=engagement.id, kind="resume")
    other = engagements.create(device_a, title="Second engagement")
    documents.attach(device_a, resume, engagement_id=other.id, kind="resume")  # same bytes
    synced(device_a)
    synced(device_b)

    digest = hashlib.sha256(resume.read_bytes()).hexdigest()
    with postgres.admin(database) as admin:
        blobs = admin.execute("SELECT sha256 FROM internapp_sync.blob").fetchall()
    assert blobs == [(digest,)]  # one file on the server for two documents
    for row in documents.list_for(device_b, engagement_id=engagement.id) + \
            documents.list_for(device_b, engagement_id=other.id):
        assert row.path.read_bytes() == resume.read_bytes()
        assert documents.verify(device_b, row.id)

    # removed on the desktop: the laptop's row and copy go too
    [doc] = documents.list_for(device_b, engagement_id=engagement.id)
    documents.remove(device_b, doc.id)
    synced(device_b)
    synced(device_a)
    assert _get(device_a, Document, doc.id) is None
    assert not (device_a.documents_dir / _stored(doc)).exists()
    assert len(documents.list_for(device_a, engagement_id=other.id)) == 1


def _stored(row):
    return row.path.relative_to(row.path.parents[1])


def test_the_same_organization_created_on_both_devices_becomes_one(device_a, device_b, synced):
    engagements.create(device_a, title="Laptop engagement", organization="Acme Corp")
    engagements.create(device_b, title="Desktop engagement", organization="acme  corp")
    synced(device_a)
    synced(device_b)
    synced(device_a)
    for store in (device_a, device_b):
        with store.read() as session:
            orgs = session.exec(select(Organization.id)).all()
            assert len(orgs) == 1
            owners = set(session.exec(select(Engagement.organization_id)).all())
            assert owners == set(orgs)


def test_never_two_running_timers(device_a, device_b, synced):
    engagement = engagements.create(device_a, title="Timed work")
    synced(device_a)
    synced(device_b)
    now = datetime.now(UTC).replace(microsecond=0)
    timer.start(device_a, engagement.id, at=(now - timedelta(minutes=30)).isoformat())
    later = timer.start(device_b, engagement.id, at=(now - timedelta(minutes=10)).isoformat())
    synced(device_a)
    synced(device_b)
    synced(device_a)
    for store in (device_a, device_b):
        running = timer.running(store)
        assert running is not None and running.entry_id == later.entry.id
        with store.read() as session:
            entries = session.exec(select(TimeEntry).order_by(TimeEntry.started_at)).all()
        assert len(entries) == 2
        assert entries[0].ended_at == entries[1].started_at  # stopped where the later began
        assert entries[0].seconds == 20 * 60


@pytest.mark.parametrize("sweep", [False, True], ids=["range", "sweep"])
def test_overlapping_entries_from_two_devices_are_listed_not_dropped(device_a, device_b, synced,
                                                                     sweep, monkeypatch):
    if sweep:  # the path a first sync of many entries takes
        monkeypatch.setattr("internapp.core.sync.invariants.SWEEP_ABOVE", 0)
    engagement = engagements.create(device_a, title="Research")
    synced(device_a)
    synced(device_b)
    first = time_entries.add(device_a, engagement.id, start=T0, end=T0 + timedelta(hours=2))
    second = time_entries.add(device_b, engagement.id, start=T0 + timedelta(hours=1),
                              end=T0 + timedelta(hours=3))
    synced(device_a)
    result = synced(device_b)
    synced(device_a)
    assert result.conflicts >= 1
    for store in (device_a, device_b):
        assert _count(store, TimeEntry) == 2  # both kept
    [overlap] = [c for c in conflicts.list_conflicts(device_b) if c.kind == "overlap"]
    assert {overlap.row_id, overlap.other_row_id} == {first.id.hex, second.id.hex}
    assert {(span.entry_id, span.start, span.end, span.engagement) for span in overlap.entries} \
        == {(first.id.hex, T0, T0 + timedelta(hours=2), "Research"),
            (second.id.hex, T0 + timedelta(hours=1), T0 + timedelta(hours=3), "Research")}
    # settled by the student: moving one entry away settles the conflict
    time_entries.update(device_b, second.id, start=T0 + timedelta(hours=2),
                        end=T0 + timedelta(hours=3))
    assert [c for c in conflicts.list_conflicts(device_b) if c.kind == "overlap"] == []


def test_engagement_names_stay_unique_after_a_merge(device_a, device_b, synced):
    engagements.create(device_a, title="Data cleanup")
    engagements.create(device_b, title="Data Cleanup")
    synced(device_a)
    synced(device_b)
    synced(device_a)
    synced(device_b)
    titles_a = sorted(e.title for e in _all(device_a, Engagement))
    titles_b = sorted(e.title for e in _all(device_b, Engagement))
    assert titles_a == titles_b
    assert len({t.casefold() for t in titles_a}) == 2
    assert any(t.endswith("(2)") for t in titles_a)
    renamed = [c for c in conflicts.list_conflicts(device_b) + conflicts.list_conflicts(device_a)
               if c.kind == "renamed"]
    assert renamed


def _all(store, model):
    with store.read() as session:
        return session.exec(select(model)).all()


def test_a_contact_photo_travels_byte_for_byte(device_a, device_b, synced):
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
    contact = contacts.create(device_a, display_name="With photo", photo=png,
                              photo_mime="image/png")
    synced(device_a)
    synced(device_b)
    assert _get(device_b, Contact, contact.id).photo == png


def test_forget_keeps_every_record_and_stops_capturing(device_a, synced, memory_keyring):
    contacts.create(device_a, display_name="Kept")
    synced(device_a)
    assert any(k[0] == "internapp-sync" for k in memory_keyring.values)
    service.forget(device_a)
    assert not any(k[0] == "internapp-sync" for k in memory_keyring.values)
    assert _count(device_a, Contact) == 1
    contacts.create(device_a, display_name="After forgetting")
    status = service.status(device_a)
    assert not status.configured and status.pending_changes == 0
    with device_a.engine.connect() as connection:
        triggers = connection.exec_driver_sql(
            "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'sync_%'"
        ).scalar_one()
    assert triggers == 0
