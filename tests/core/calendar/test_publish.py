"""Publishing to a real CalDAV server (Radicale, started by the tests) and reading the calendar
back with the caldav client library."""

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from internapp.core import demo
from internapp.core.calendar import publish as publishing
from internapp.core.calendar.caldav_client import (
    AuthenticationFailed,
    CalDavCollection,
    NotACalendar,
    Unreachable,
)
from internapp.core.calendar.publish import PublishError, publish
from internapp.core.calendar.settings import CalendarSettings
from internapp.core.interchange.ics import calendar_events
from internapp.core.services import applications, interviews

TODAY = date(2026, 11, 26)

OWN_EVENT = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//someone//their own calendar//EN
BEGIN:VEVENT
UID:dentist-2026-12-01@example.org
DTSTAMP:20261120T090000Z
DTSTART:20261201T150000Z
DTEND:20261201T160000Z
SUMMARY:Dentist
END:VEVENT
END:VCALENDAR
"""


def _settings(radicale, url):
    return CalendarSettings(url, radicale.user)


def _collection(radicale, url, password=None):
    return CalDavCollection(url, radicale.user, password or radicale.password)


def test_publish_change_delete_and_republish_leave_the_users_own_event_alone(store, radicale):
    _publish_change_delete_republish(store, radicale)


def test_the_same_against_radicale_with_the_setting_the_readme_recommends(store,
                                                                          radicale_factory):
    """README advises a Radicale storage setting for a fast first publish; publishing works
    the same there."""
    server = radicale_factory("recommended", recommended=True)
    setting = "use_mtime_and_size_for_item_cache = True"
    assert setting in (server.folder / "config").read_text()
    assert setting in (Path(__file__).parents[3] / "README.md").read_text()
    _publish_change_delete_republish(store, server)


def _publish_change_delete_republish(store, radicale):
    demo.fill(store, today=TODAY, zone="UTC")
    url = radicale.new_calendar("internapp")
    with radicale.client() as client:
        import caldav

        caldav.Calendar(client=client, url=url).save_event(OWN_EVENT)
    settings = _settings(radicale, url)

    first = publish(store, settings, radicale.password)
    expected = {e.uid: e for e in calendar_events(store)}
    assert (first.created, first.updated, first.deleted, first.refused) == (len(expected), 0, 0,
                                                                           [])
    on_server = radicale.events(url)
    assert set(on_server) == set(expected) | {"dentist-2026-12-01@example.org"}
    kestrel = next(e for uid, e in expected.items() if uid.startswith("interview-")
                   and e.start > datetime(2026, 11, 27, tzinfo=UTC))
    assert str(on_server[kestrel.uid]["SUMMARY"]) == kestrel.summary
    assert str(on_server[kestrel.uid]["LOCATION"]) == "https://meet.example.org/kestrel"
    assert on_server[kestrel.uid].decoded("DTSTART") == kestrel.start

    # a change: the deadline moves; an interview is rescheduled
    app = next(r for r in applications.list_rows(store) if r.deadline)
    applications.update(store, app.id, deadline="2026-12-24")
    interviews.reschedule(store, kestrel.record_id, "2026-11-30T16:00", "UTC")
    changed = publish(store, settings, radicale.password)
    assert (changed.created, changed.updated, changed.deleted) == (0, 2, 0)
    on_server = radicale.events(url)
    assert on_server[f"deadline-{app.id}@internapp"].decoded("DTSTART") == date(2026, 12, 24)
    assert on_server[kestrel.uid].decoded("DTSTART") == datetime(2026, 11, 30, 16, tzinfo=UTC)

    # records going away: the application deleted, the interview cancelled
    applications.delete(store, app.id)
    interviews.cancel(store, kestrel.record_id)
    gone = {uid for uid in on_server if str(app.id) in uid} | {kestrel.uid}
    removed = publish(store, settings, radicale.password)
    assert (removed.created, removed.updated, removed.deleted) == (0, 0, len(gone))
    on_server = radicale.events(url)
    assert not gone & set(on_server)
    assert str(on_server["dentist-2026-12-01@example.org"]["SUMMARY"]) == "Dentist"

    # nothing changed: nothing sent but the one check of the collection
    counting = _collection(radicale, url)
    again = publish(store, settings, collection=counting)
    assert (again.created, again.updated, again.deleted) == (0, 0, 0)
    assert again.unchanged == len(on_server) - 1
    assert counting.sent == ["PROPFIND"]


def test_a_url_that_is_not_a_calendar_sends_nothing(store, radicale):
    applications.create(store, organization="Acme", role="Analyst", deadline="2026-12-01")
    for url in (radicale.url, f"{radicale.url}{radicale.user}/"):  # the server, the principal
        counting = _collection(radicale, url)
        with pytest.raises(NotACalendar, match="not a calendar collection"):
            publish(store, _settings(radicale, url), collection=counting)
        assert counting.sent == ["PROPFIND"]
    with pytest.raises(NotACalendar, match="nothing at"):
        publish(store, _settings(radicale, f"{radicale.url}{radicale.user}/nope/"),
                radicale.password)


def test_a_wrong_password_is_said_and_nothing_is_published(store, radicale):
    applications.create(store, organization="Acme", role="Analyst", deadline="2026-12-01")
    url = radicale.new_calendar("wrong-password")
    with pytest.raises(AuthenticationFailed, match="refused user 'ana' with this password") as e:
        publish(store, _settings(radicale, url), "not-the-password")
    assert "not-the-password" not in str(e.value)
    assert radicale.events(url) == {}


def test_the_network_down_is_said_and_nothing_changes(store):
    applications.create(store, organization="Acme", role="Analyst", deadline="2026-12-01")
    before = applications.list_rows(store)
    with pytest.raises(Unreachable, match="cannot be reached: the connection was refused"):
        publish(store, CalendarSettings("http://127.0.0.1:9/ana/cal/", "ana"), "pw")
    assert applications.list_rows(store) == before


def test_a_server_that_dies_part_way_is_finished_by_the_next_publish(store, radicale_factory,
                                                                    monkeypatch):
    demo.fill(store, today=TODAY, zone="UTC")
    server = radicale_factory("dying")
    url = server.new_calendar("internapp")
    total = len(calendar_events(store))
    real_put, puts = CalDavCollection.put, []

    def put_then_die(self, href, data, **kwargs):
        if len(puts) == 5:
            server.stop()  # the server goes away mid-publish
        puts.append(href)
        return real_put(self, href, data, **kwargs)

    monkeypatch.setattr(CalDavCollection, "put", put_then_die)
    with pytest.raises(PublishError, match="run publish again to finish") as stopped:
        publish(store, _settings(server, url), server.password)
    created = stopped.value.result.created  # the requests in flight when it went may have made it
    assert 0 < created <= 5
    monkeypatch.setattr(CalDavCollection, "put", real_put)
    server.start()
    finished = publish(store, _settings(server, url), server.password)
    assert finished.unchanged == created and finished.created + created == total
    assert len(server.events(url)) == total


def test_an_event_the_server_refuses_is_named_and_the_rest_is_published(store, radicale_factory):
    strict = radicale_factory("strict", server_options="max_content_length = 6000\n")
    url = strict.new_calendar("internapp")
    applications.create(store, organization="Acme", role="Analyst", deadline="2026-12-01")
    big = applications.create(store, organization="Globex", role="Researcher",
                              deadline="2026-12-02", notes="word " * 3000)
    result = publish(store, _settings(strict, url), strict.password)
    assert result.created == 1
    [refused] = result.refused
    assert refused.startswith("Deadline: Researcher (Globex): the server refused")
    assert "HTTP 413" in refused
    assert set(strict.events(url)) == {e.uid for e in calendar_events(store)
                                       if str(big.id) not in e.uid}
    applications.update(store, big.id, notes="short now")
    assert publish(store, _settings(strict, url), strict.password).created == 1


def test_the_event_bytes_change_only_with_the_record(store):
    applications.create(store, organization="Acme", role="Analyst", deadline="2026-12-01")
    [event] = calendar_events(store)
    assert publishing.event_data(event) == publishing.event_data(calendar_events(store)[0])


def test_a_published_event_is_a_calendar_object_resource_without_method(store):
    """RFC 4791 §4.1: a calendar object resource may not carry METHOD (Apple's CalendarServer,
    behind iCloud, refuses it); the .ics feed keeps METHOD:PUBLISH."""
    from icalendar import Calendar

    from internapp.core.interchange.ics import to_ical

    applications.create(store, organization="Acme", role="Analyst", deadline="2026-12-01")
    [event] = calendar_events(store)
    published = Calendar.from_ical(publishing.event_data(event))
    assert "METHOD" not in published and "X-WR-CALNAME" not in published
    assert [str(e["UID"]) for e in published.walk("VEVENT")] == [event.uid]
    assert Calendar.from_ical(to_ical([event]))["METHOD"] == "PUBLISH"
