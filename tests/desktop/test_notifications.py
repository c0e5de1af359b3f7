"""Notifications through a real D-Bus: a private session bus and a notification server that
records what it receives (and clicks like a user would)."""

import time

import pytest

from internapp.desktop.notifications import (
    Click,
    FreedesktopNotifier,
    Notice,
    NotificationsUnavailable,
    notifier,
)


def test_a_notice_arrives_with_its_buttons_and_a_click_comes_back(notification_server):
    shown = notifier()
    assert isinstance(shown, FreedesktopNotifier) and shown.supports_actions
    shown.show(Notice("timer:1:long:1", "Timer still running on Dashboard (4 h 10 min)",
                      "It has run longer than 4 h 00 min. Still working?",
                      (("stop-now", "Stop now"), ("keep", "Keep"))))
    [received] = notification_server.wait_for(1)
    assert received["app"] == "internapp"
    assert received["summary"] == "Timer still running on Dashboard (4 h 10 min)"
    assert received["actions"] == {"default": "Open", "stop-now": "Stop now", "keep": "Keep"}
    assert received["hints"]["desktop-entry"] == "io.github.internapp.InternApp"
    assert received["hints"]["resident"] is True
    notification_server.click(received["id"], "stop-now")
    notification_server.click(999, "default")  # someone else's notification: ignored
    clicks, deadline = [], time.monotonic() + 10
    while not clicks and time.monotonic() < deadline:
        clicks = shown.poll(timeout=0.2)
    assert clicks == [Click("timer:1:long:1", "stop-now")]
    shown.close()


def test_no_notification_service_on_the_bus_is_explained(session_bus):
    with pytest.raises(NotificationsUnavailable, match="no notification service answers"):
        FreedesktopNotifier()


def test_no_session_bus_is_explained(monkeypatch):
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    with pytest.raises(NotificationsUnavailable, match="no session D-Bus"):
        notifier()
    with pytest.raises(NotificationsUnavailable, match="cannot be reached"):
        FreedesktopNotifier("unix:path=/nonexistent/bus")
