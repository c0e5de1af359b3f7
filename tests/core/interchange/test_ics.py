from datetime import UTC, date, datetime

import pytest
from icalendar import Calendar

from internapp.core import demo
from internapp.core.interchange import ics
from internapp.core.services import applications, engagements
from internapp.core.services.errors import ValidationError

TODAY = date(2026, 11, 26)


def _read(path):
    calendar = Calendar.from_ical(path.read_bytes())
    return {str(e["UID"]): e for e in calendar.walk("VEVENT")}, calendar


def test_the_demo_exports_as_a_calendar_the_library_reads_back(store, tmp_path):
    demo.fill(store, today=TODAY, zone="UTC")
    path = tmp_path / "internapp.ics"
    count = ics.export(store, path)
    events, calendar = _read(path)
    assert len(events) == count > 10
    assert str(calendar["VERSION"]) == "2.0" and "internapp" in str(calendar["PRODID"])
    kinds = {uid.split("-", 1)[0] for uid in events}
    assert {"deadline", "interview", "milestone", "application", "engagement"} <= kinds
    interviews = sorted((e for uid, e in events.items() if uid.startswith("interview-")),
                        key=lambda e: e.decoded("DTSTART"))
    start, end = interviews[-1].decoded("DTSTART"), interviews[-1].decoded("DTEND")
    assert start == datetime(2026, 11, 28, 15, tzinfo=UTC)  # the demo's Kestrel interview
    assert (end - start).total_seconds() == 45 * 60
    deadline = next(e for uid, e in events.items() if uid.startswith("deadline-"))
    day = deadline.decoded("DTSTART")
    assert type(day) is date and deadline.decoded("DTEND") == date.fromordinal(day.toordinal() + 1)
    assert all(uid.endswith("@internapp") for uid in events)


def test_exporting_twice_gives_the_same_uids_and_a_change_raises_the_sequence(store, tmp_path):
    app = applications.create(store, organization="Acme", role="Analyst", deadline="2026-12-01")
    e = engagements.create(store, title="Dashboard", start_on="2026-11-01", due_on="2026-12-10",
                           status="active")
    engagements.add_milestone(store, e.id, "Draft", "2026-11-20")
    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    ics.export(store, first)
    before, _ = _read(first)
    applications.update(store, app.id, deadline="2026-12-03")
    ics.export(store, second)
    after, _ = _read(second)
    assert set(before) == set(after) == {
        f"deadline-{app.id}@internapp", f"engagement-due-{e.id}@internapp",
        next(uid for uid in before if uid.startswith("milestone-"))}
    uid = f"deadline-{app.id}@internapp"
    assert after[uid].decoded("DTSTART") == date(2026, 12, 3)
    assert int(after[uid]["SEQUENCE"]) >= int(before[uid]["SEQUENCE"])
    assert after[uid].decoded("LAST-MODIFIED") >= before[uid].decoded("LAST-MODIFIED")


def test_sequence_grows_with_the_update_time():
    assert ics.sequence(datetime(2026, 1, 1, tzinfo=UTC)) < ics.sequence(
        datetime(2026, 1, 1, 0, 1, tzinfo=UTC))


def test_an_export_replaces_the_file_whole_and_leaves_no_temporary_file(store, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "cal.ics").write_text("old")
    assert ics.export(store, out / "cal.ics") == 0
    assert [p.name for p in out.iterdir()] == ["cal.ics"]
    assert (out / "cal.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")
    with pytest.raises(ValidationError, match="missing-folder does not exist"):
        ics.export(store, tmp_path / "missing-folder" / "x.ics")


def test_interviews_carry_place_people_and_notes_and_a_cancelled_one_leaves(store, tmp_path):
    from internapp.core.services import contacts, interviews

    app = applications.create(store, organization="Kestrel", role="Data intern")
    ana = contacts.create(store, display_name="Ana Lima")
    kept = interviews.add(store, app.id, at="2026-12-02T10:00", tz="Europe/Berlin", kind="on-site",
                          location="Kestrel, Torstr. 1, Berlin", people=[ana.id],
                          notes="Bring the portfolio", duration_minutes=90)
    gone = interviews.add(store, app.id, at="2026-12-09T10:00", tz="Europe/Berlin")
    interviews.cancel(store, gone.id)
    ics.export(store, tmp_path / "c.ics")
    events, _ = _read(tmp_path / "c.ics")
    assert f"interview-{gone.id}@internapp" not in events
    event = events[f"interview-{kept.id}@internapp"]
    assert str(event["SUMMARY"]) == "On-site interview: Data intern (Kestrel)"
    assert str(event["LOCATION"]) == "Kestrel, Torstr. 1, Berlin"
    assert str(event["DESCRIPTION"]) == "With Ana Lima\n\nBring the portfolio"
    assert event.decoded("DTSTART") == datetime(2026, 12, 2, 9, tzinfo=UTC)
    assert (event.decoded("DTEND") - event.decoded("DTSTART")).total_seconds() == 90 * 60
