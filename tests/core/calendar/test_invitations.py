"""Interview invitations as Exchange/Outlook, Google and small systems send them."""

from datetime import UTC, datetime
from pathlib import Path

import pytest

from internapp.core.calendar import invitations
from internapp.core.services import applications, contacts, interviews
from internapp.core.services.errors import ValidationError

FIXTURES = Path(__file__).with_name("fixtures")
NOW = datetime(2027, 3, 2, 12, tzinfo=UTC)


def _import(store, name, **kwargs):
    return invitations.import_file(store, FIXTURES / name, now=NOW, **kwargs)


@pytest.fixture
def pipeline(store):
    apps = {name: applications.create(store, organization=org, role=role, stage="Applied")
            for name, org, role in [
                ("kestrel", "Kestrel Fintech", "Python data cleaning sprint"),
                ("vireo", "Vireo Studio", "Figma prototype usability test"),
                ("brightpath", "Brightpath Health", "Patient survey analysis"),
                ("lumen", "Lumen Labs", "User interview synthesis")]}
    contacts.create(store, display_name="Ola Berg", organization="Kestrel Fintech",
                    emails=["Ola.Berg@kestrel-fintech.example"])
    return apps


def test_outlook_with_a_windows_zone_name_imported_twice_gives_one_interview(store, pipeline):
    report = _import(store, "outlook-windows-zone.ics")
    assert (report.created, report.rejected) == ({"interviews": 1}, [])
    [row] = interviews.rows(store)
    assert row.application_id == pipeline["kestrel"].id
    assert row.at == datetime(2027, 3, 9, 18, 0, tzinfo=UTC)  # 10:00 PST (DST from 14 March)
    assert (row.tz, row.duration_minutes, row.kind) == ("America/Los_Angeles", 45, "video")
    assert row.location == "Microsoft Teams Meeting"
    assert [p.name for p in row.people] == ["Ola Berg"]
    assert "https://teams.example.com/l/meetup-join/abc" in row.notes
    again = _import(store, "outlook-windows-zone.ics")
    assert (again.created, again.duplicates) == ({}, 1)
    assert len(interviews.rows(store)) == 1


def test_a_custom_vtimezone_is_resolved_by_its_own_rules(store, pipeline):
    _import(store, "outlook-custom-zone.ics", application_id=pipeline["kestrel"].id)
    [row] = interviews.rows(store)
    assert row.at == datetime(2027, 3, 9, 9, 0, tzinfo=UTC)  # 10:00 at +01:00 (summer from 28 March)


def test_google_in_utc_matched_by_the_organizers_domain(store, pipeline):
    report = _import(store, "google-utc.ics")
    [row] = interviews.rows(store)
    assert report.created == {"interviews": 1}
    assert (row.application_id, row.at, row.kind) == (
        pipeline["vireo"].id, datetime(2027, 3, 10, 17, tzinfo=UTC), "phone")
    assert (row.duration_minutes, row.location) == (30, None)


def test_without_a_uid_a_stable_key_makes_the_second_import_change_nothing(store, pipeline):
    first = _import(store, "no-uid.ics")
    [row] = interviews.rows(store)
    assert row.application_id == pipeline["brightpath"].id
    assert row.external_uid.startswith("no-uid-") and row.kind == "on-site"
    assert row.duration_minutes == 60
    second = _import(store, "no-uid.ics")
    assert (first.created, second.created, second.duplicates) == ({"interviews": 1}, {}, 1)
    assert [r.id for r in interviews.rows(store)] == [row.id]


def test_a_recurrence_imports_the_next_occurrence_or_the_first_and_says_so(store, pipeline):
    report = invitations.import_file(store, FIXTURES / "weekly.ics",
                                     now=datetime(2027, 3, 10, tzinfo=UTC))
    [row] = interviews.rows(store)
    assert row.at == datetime(2027, 3, 15, 9, 0, tzinfo=UTC)  # Monday 10:00 in Berlin
    assert row.tz == "Europe/Berlin" and row.application_id == pipeline["lumen"].id
    assert any("imported its next occurrence, Mon 15 Mar 2027 10:00" in n for n in report.notes)
    interviews.delete(store, row.id)
    later = invitations.import_file(store, FIXTURES / "weekly.ics",
                                    now=datetime(2027, 6, 1, tzinfo=UTC))
    assert interviews.rows(store)[0].at == datetime(2027, 3, 1, 9, tzinfo=UTC)
    assert any("no occurrence left: imported its first" in n for n in later.notes)


@pytest.mark.parametrize(("name", "reason"), [
    ("floating.ics", "is a floating time: the invitation does not say in which time zone"),
    ("no-start.ics", "the invitation has no start time"),
    ("unknown-zone.ics", "the time zone 'Atlantis Standard Time' is unknown"),
])
def test_what_cannot_be_placed_in_time_is_rejected_with_the_reason(store, pipeline, name,
                                                                  reason):
    report = _import(store, name)
    [rejected] = report.rejected
    assert reason in rejected.reason
    assert report.created == {} and interviews.rows(store) == []


def test_no_match_or_several_lists_the_candidates_and_changes_nothing(store, pipeline):
    applications.create(store, organization="Kestrel Fintech", role="Dashboard QA")
    with pytest.raises(ValidationError, match="may belong to 2 applications") as several:
        _import(store, "outlook-windows-zone.ics")
    assert "Python data cleaning sprint at Kestrel Fintech" in str(several.value)
    assert "Dashboard QA at Kestrel Fintech" in str(several.value)
    assert "--application" in str(several.value)
    applications.move(store, pipeline["lumen"].id, "Rejected", reason="Position filled")
    with pytest.raises(ValidationError, match="no application matches 'Weekly check-in"):
        _import(store, "weekly.ics")
    assert interviews.rows(store) == []
    _import(store, "outlook-windows-zone.ics", application_id=pipeline["kestrel"].id)
    assert [r.application_id for r in interviews.rows(store)] == [pipeline["kestrel"].id]


def test_a_dry_run_previews_and_writes_nothing_and_a_cancel_cancels(store, pipeline):
    preview = _import(store, "outlook-windows-zone.ics", dry_run=True)
    assert preview.created == {"interviews": 1} and preview.dry_run
    assert interviews.rows(store) == []
    _import(store, "outlook-windows-zone.ics")
    cancelled = _import(store, "outlook-cancel.ics")
    assert cancelled.created == {"interviews cancelled": 1}
    assert interviews.rows(store)[0].cancelled


def test_a_file_that_is_not_icalendar_is_refused(store, tmp_path):
    bad = tmp_path / "notes.ics"
    bad.write_text("just some text")
    with pytest.raises(ValidationError, match="is not an iCalendar file"):
        invitations.import_file(store, bad)
