"""Reminders while the window is open, through a private session bus and a notification server
that records what it receives: a click opens the record in this window, Stop now stops its
timer, and the background process leaves notifying to the window meanwhile."""

import gc
import threading
from datetime import UTC, datetime, timedelta

import gc_threads
from internapp.core.services import applications, engagements, interviews, timer
from internapp.ui.launch import build_window, open_on
from internapp.ui.theme import ThemeMode


def _window(qtbot, context):
    window = build_window(context, ThemeMode.LIGHT)
    qtbot.addWidget(window)
    window.show()
    return window


def _notified(qtbot, server) -> dict:
    """The one notification the window showed: its passes run on the window's event loop."""
    qtbot.waitUntil(lambda: len(server.received) == 1, timeout=30000)
    [received] = server.received
    return received


def test_a_click_on_a_notification_opens_the_record_in_the_window(qtbot, context,
                                                                  notification_server):
    app = applications.create(context.store, organization="Kestrel", role="Data intern")
    interviews.add(context.store, app.id, at=datetime.now(UTC).replace(microsecond=0)
                   + timedelta(minutes=25), tz="UTC", kind="video")
    window = _window(qtbot, context)
    assert window.reminders.unavailable is None
    received = _notified(qtbot, notification_server)
    assert received["summary"].startswith("Video interview")
    window.show_screen("today")
    notification_server.click(received["id"])
    qtbot.waitUntil(lambda: window.current_screen_key() == "applications", timeout=15000)
    detail = window.screen("applications").detail
    qtbot.waitUntil(lambda: detail.application_id == app.id, timeout=5000)
    window.close()


def test_stop_now_on_a_forgotten_timer_stops_the_windows_timer(qtbot, context,
                                                               notification_server):
    e = engagements.create(context.store, title="Dashboard", status="active")
    started = datetime.now(UTC) - timedelta(hours=5)
    timer.start(context.store, e.id, at=started, now=started)
    window = _window(qtbot, context)
    received = _notified(qtbot, notification_server)
    assert received["summary"].startswith("Timer still running on Dashboard (5 h")
    assert set(received["actions"]) == {"default", "stop-now", "keep"}
    notification_server.click(received["id"], "stop-now")
    qtbot.waitUntil(lambda: window.timer.session.running is None, timeout=15000)
    assert timer.running(context.store) is None
    window.close()


def test_without_a_notification_service_the_window_says_why(qtbot, context):
    window = _window(qtbot, context)
    assert "no session D-Bus" in window.reminders.unavailable
    window.close()


def test_open_on_a_record_or_say_what_is_wrong(qtbot, context):
    app = applications.create(context.store, organization="Kestrel", role="Data intern")
    window = _window(qtbot, context)
    assert open_on(window, "applications", str(app.id))
    assert window.screen("applications").detail.application_id == app.id
    assert not open_on(window, "nowhere", str(app.id))
    assert "no screen called 'nowhere'" in window.statusBar().currentMessage()
    assert not open_on(window, "contacts", "not-an-id")
    window.close()


def test_reminders_run_no_thread_that_could_collect_the_windows_garbage(qtbot, context,
                                                                       notification_server):
    """A garbage collection runs in whichever thread allocates; on any thread but Qt's it frees
    the window's garbage there, a crash now and then. The reminders' thread polled for clicks every
    second: with collections made frequent, it collected within the first click."""
    e = engagements.create(context.store, title="Dashboard", status="active")
    started = datetime.now(UTC) - timedelta(hours=5)
    timer.start(context.store, e.id, at=started, now=started)
    before = len(gc_threads.OFF_MAIN)
    thresholds = gc.get_threshold()
    gc.set_threshold(10, 1, 1)
    try:
        window = _window(qtbot, context)
        received = _notified(qtbot, notification_server)
        notification_server.click(received["id"], "stop-now")
        qtbot.waitUntil(lambda: window.timer.session.running is None, timeout=15000)
        assert [t.name for t in threading.enumerate() if t.name == "internapp-reminders"] == []
    finally:
        gc.set_threshold(*thresholds)
    assert gc_threads.OFF_MAIN[before:] == []
    window.close()
