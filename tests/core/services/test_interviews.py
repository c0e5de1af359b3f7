from datetime import UTC, datetime

import pytest

from internapp.core.services import applications, contacts, interviews
from internapp.core.services.errors import ValidationError


@pytest.fixture
def app(store):
    return applications.create(store, organization="Kestrel", role="Data intern", stage="Applied")


def test_add_with_zone_people_and_notes_then_list(store, app):
    ana = contacts.create(store, display_name="Ana Lima")
    bo = contacts.create(store, display_name="Bo Chen")
    added = interviews.add(store, app.id, at="2026-03-09T10:00", tz="America/Los_Angeles",
                           duration_minutes="45", kind="Video",
                           location="https://meet.example.org/k", people=[ana.id, bo.id, ana.id],
                           notes="Revise pandas")
    row = interviews.get(store, added.id)
    assert row.at == datetime(2026, 3, 9, 17, 0, tzinfo=UTC)  # PDT began on 8 March
    assert row.local_at.strftime("%H:%M %Z") == "10:00 PDT"
    assert (row.kind, row.duration_minutes, row.title) == ("video", 45, "Video interview")
    assert [p.name for p in row.people] == ["Ana Lima", "Bo Chen"]
    assert (row.organization, row.role, row.notes) == ("Kestrel", "Data intern", "Revise pandas")
    assert [r.id for r in interviews.rows(store, application_id=app.id)] == [added.id]


def test_reschedule_edit_people_outcome_cancel_restore_delete(store, app):
    ana = contacts.create(store, display_name="Ana Lima")
    bo = contacts.create(store, display_name="Bo Chen")
    added = interviews.add(store, app.id, at="2026-03-09T10:00+01:00", people=[ana.id])
    assert interviews.get(store, added.id).at == datetime(2026, 3, 9, 9, 0, tzinfo=UTC)
    interviews.reschedule(store, added.id, "2026-03-12T15:30", "Europe/Berlin")
    interviews.update(store, added.id, people=[bo.id], outcome="Moved on to the final round",
                      kind="on-site", location="Kestrel office, 3rd floor")
    row = interviews.get(store, added.id)
    assert (row.at, row.tz) == (datetime(2026, 3, 12, 14, 30, tzinfo=UTC), "Europe/Berlin")
    assert [p.name for p in row.people] == ["Bo Chen"]
    assert (row.kind, row.outcome) == ("on-site", "Moved on to the final round")

    interviews.cancel(store, added.id)
    assert interviews.get(store, added.id).cancelled
    assert interviews.rows(store, include_cancelled=False) == []
    with pytest.raises(ValidationError, match="already cancelled"):
        interviews.cancel(store, added.id)
    interviews.restore(store, added.id)
    assert not interviews.get(store, added.id).cancelled
    interviews.delete(store, added.id)
    assert interviews.rows(store) == []


@pytest.mark.parametrize(("values", "message"), [
    ({"at": ""}, "at: is required"),
    ({"at": "next tuesday"}, "at: 'next tuesday' is not a date and time"),
    ({"at": "2026-03-08T02:30", "tz": "America/New_York"}, "does not exist in America/New_York"),
    ({"at": "2026-03-09T10:00", "tz": "Mars/Olympus"}, "tz: 'Mars/Olympus' is not a time zone"),
    ({"at": "2026-03-09T10:00", "kind": "carrier pigeon"}, "kind: 'carrier pigeon' is not one of"),
    ({"at": "2026-03-09T10:00", "duration_minutes": "0"}, "duration_minutes: must be at least 5"),
    ({"at": "2026-03-09T10:00", "people": ["nobody"]}, "people: 'nobody' is not a contact id"),
    ({"at": "2026-03-09T10:00", "colour": "red"}, "colour: is not a field of an interview"),
])
def test_bad_input_names_the_field_and_writes_nothing(store, app, values, message):
    with pytest.raises(ValidationError, match=message):
        interviews.add(store, app.id, **values)
    assert interviews.rows(store) == []


def test_an_unknown_contact_or_application_is_refused_whole(store, app):
    import uuid

    with pytest.raises(ValidationError, match="people: no contact matches"):
        interviews.add(store, app.id, at="2026-03-09T10:00", people=[uuid.uuid4()])
    with pytest.raises(ValidationError, match="no application matches"):
        interviews.add(store, uuid.uuid4(), at="2026-03-09T10:00")
    assert interviews.rows(store) == []


def test_a_repeated_hour_takes_the_first_occurrence(store, app):
    added = interviews.add(store, app.id, at="2026-11-01T01:30", tz="America/New_York")
    assert interviews.get(store, added.id).at == datetime(2026, 11, 1, 5, 30, tzinfo=UTC)  # EDT


def test_find_id_by_prefix(store, app):
    added = interviews.add(store, app.id, at="2026-03-09T10:00")
    assert interviews.find_id(store, added.id.hex[:6]) == added.id
    with pytest.raises(ValidationError, match="too short"):
        interviews.find_id(store, "ab")
