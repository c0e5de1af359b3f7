import json
from datetime import UTC, datetime, timedelta

from internapp.cli import run
from internapp.core.reminders.delivered import DeliveredLog
from internapp.core.services import applications, interviews


def _json(capsys, *argv):
    assert run(["remind", "--json", *argv]) == 0
    return json.loads(capsys.readouterr().out)


def test_what_is_due_now_with_kind_and_record_and_the_week_ahead(store, paths, capsys):
    app = applications.create(store, organization="Kestrel", role="Data intern")
    start = datetime.now(UTC).replace(microsecond=0) + timedelta(minutes=30)
    interview = interviews.add(store, app.id, at=start, tz="UTC", kind="phone")
    later = interviews.add(store, app.id, at=start + timedelta(days=3), tz="UTC")
    [due] = _json(capsys)
    assert (due["kind"], due["record_id"], due["screen"]) == ("interview-soon", str(app.id),
                                                               "applications")
    assert due["title"].startswith("Phone interview") and due["delivered"] is False
    assert interview.id.hex in due["key"]
    week = _json(capsys, "--all")
    assert {(r["kind"], later.id.hex in r["key"]) for r in week} >= {
        ("interview-day", True), ("interview-soon", True), ("interview-soon", False)}
    DeliveredLog.beside(paths.database).mark([due["key"]])
    assert _json(capsys) == []  # already shown: not due again
    assert any(r["delivered"] for r in _json(capsys, "--all"))


def test_as_of_a_given_time_and_plain_text(store, capsys):
    applications.create(store, organization="Kestrel", role="Data intern", deadline="2026-03-10")
    assert run(["remind", "--at", "2026-03-08T09:30"]) == 0
    out = capsys.readouterr().out
    assert "deadline" in out and "Apply by Tue 10 Mar: Data intern" in out
    assert run(["remind", "--at", "2026-01-01T09:30"]) == 0
    assert capsys.readouterr().out.strip() == "nothing due now"
    assert run(["remind", "--at", "yesterday-ish"]) == 1
    assert "at: 'yesterday-ish' is not a date and time" in capsys.readouterr().err


def test_without_a_session_bus_notify_says_why(store, monkeypatch, capsys):
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    assert run(["remind", "--notify"]) == 1
    assert "notifications: no session D-Bus" in capsys.readouterr().err


def test_notify_once_through_a_real_notification_server(store, notification_server, capsys):
    app = applications.create(store, organization="Kestrel", role="Data intern")
    interviews.add(store, app.id, at=datetime.now(UTC).replace(microsecond=0)
                   + timedelta(minutes=20), tz="UTC")
    assert run(["remind", "--notify"]) == 0
    assert capsys.readouterr().out.strip() == "showed 1 reminder"
    assert notification_server.wait_for(1)[0]["summary"].startswith("Interview ")
    assert run(["remind", "--notify"]) == 0
    assert capsys.readouterr().out.strip() == "showed 0 reminders"
