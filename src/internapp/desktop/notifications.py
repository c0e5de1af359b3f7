"""Desktop notifications behind one interface: ``Notifier.show(Notice)`` and ``poll(timeout)``
for what the user clicked.

- Linux and the BSDs: the freedesktop Notifications service on the session D-Bus (through
  jeepney, a small pure-Python D-Bus library): actions as buttons, a click on the body is the
  "default" action, ``desktop-entry`` names the app.
- macOS: Notification Center through ``osascript`` (no buttons; the text says what to do).
- Windows: a toast through PowerShell's WinRT bindings (buttons as protocol links are not
  registered, so a toast only informs).

``notifier()`` picks the platform's; when none can work it says why (NotificationsUnavailable).
"""

import os
import subprocess
import sys
from collections import deque
from dataclasses import dataclass

APP_NAME = "internapp"
DESKTOP_ENTRY = "io.github.internapp.InternApp"
DEFAULT_ACTION = "default"  # freedesktop: the body was clicked
_BUS = "org.freedesktop.Notifications"
_PATH = "/org/freedesktop/Notifications"


class NotificationsUnavailable(RuntimeError):
    """No notification service can be reached; the message says why."""


@dataclass(frozen=True)
class Notice:
    key: str  # the reminder's key: what a click refers back to
    title: str
    body: str
    actions: tuple[tuple[str, str], ...] = ()  # (action key, button label)
    open_label: str = "Open"  # the default action: open the record


@dataclass(frozen=True)
class Click:
    key: str  # the Notice's key
    action: str  # DEFAULT_ACTION or one of the Notice's action keys


class Notifier:
    name = "none"
    supports_actions = False

    def show(self, notice: Notice) -> None:  # pragma: no cover - interface
        raise NotImplementedError

    def poll(self, timeout: float = 0.0) -> list[Click]:
        """What the user clicked since the last call, waiting up to ``timeout`` seconds."""
        return []

    def fileno(self) -> int | None:
        """The socket clicks arrive on, for an event loop to watch; None: clicks never come."""
        return None

    def close(self) -> None:
        pass


class FreedesktopNotifier(Notifier):
    """org.freedesktop.Notifications on the session bus (the address in
    DBUS_SESSION_BUS_ADDRESS, or ``address``)."""

    name = "freedesktop"

    def __init__(self, address: str | None = None) -> None:
        from jeepney import DBusAddress, MatchRule, message_bus
        from jeepney.io.blocking import open_dbus_connection

        try:
            self._conn = open_dbus_connection(bus=address or "SESSION")
        except Exception as error:  # no bus, refused, malformed address
            raise NotificationsUnavailable(f"the session D-Bus cannot be reached: {error}") \
                from error
        self._target = DBusAddress(_PATH, bus_name=_BUS, interface=_BUS)
        try:
            self.supports_actions = "actions" in self._call("GetCapabilities", "", ())[0]
        except Exception as error:
            self._conn.close()
            raise NotificationsUnavailable(
                f"no notification service answers on the session bus ({error})") from error
        self._ids: dict[int, str] = {}
        self._clicks: deque = deque(maxlen=256)
        self._filters = []
        for member in ("ActionInvoked", "NotificationClosed"):
            rule = MatchRule(type="signal", interface=_BUS, member=member, path=_PATH)
            self._conn.send_and_get_reply(message_bus.AddMatch(rule), timeout=5)
            self._filters.append(self._conn.filter(rule, queue=self._clicks))
        for entered in self._filters:
            entered.__enter__()

    def _call(self, method: str, signature: str, body: tuple):
        from jeepney import new_method_call
        from jeepney.wrappers import unwrap_msg

        return unwrap_msg(self._conn.send_and_get_reply(
            new_method_call(self._target, method, signature, body), timeout=5))

    def show(self, notice: Notice) -> None:
        actions: list[str] = []
        if self.supports_actions:
            actions = [DEFAULT_ACTION, notice.open_label]
            for key, label in notice.actions:
                actions += [key, label]
        hints: dict[str, tuple[str, object]] = {
            "desktop-entry": ("s", DESKTOP_ENTRY), "category": ("s", "x-internapp.reminder")}
        if notice.actions:
            hints["resident"] = ("b", True)  # a choice to make: keep it until answered
        try:
            (notification_id,) = self._call(
                "Notify", "susssasa{sv}i",
                (APP_NAME, 0, DESKTOP_ENTRY, notice.title, notice.body, actions, hints, -1))
        except Exception as error:
            raise NotificationsUnavailable(f"the notification was refused: {error}") from error
        self._ids[notification_id] = notice.key

    def poll(self, timeout: float = 0.0) -> list[Click]:
        from jeepney import HeaderFields

        clicks: list[Click] = []
        try:
            if not self._clicks:  # it hands back the first message it queued
                self._clicks.appendleft(
                    self._conn.recv_until_filtered(self._clicks, timeout=max(timeout, 0.001)))
            while True:  # and all that has come since: read already, or waiting on the socket
                self._conn.recv_messages(timeout=0)
        except TimeoutError:
            pass
        while self._clicks:
            message = self._clicks.popleft()
            member = message.header.fields.get(HeaderFields.member)
            if member == "ActionInvoked":
                notification_id, action = message.body
                if notification_id in self._ids:
                    clicks.append(Click(self._ids[notification_id], action))
            elif member == "NotificationClosed":
                self._ids.pop(message.body[0], None)
        return clicks

    def fileno(self) -> int | None:
        return self._conn.sock.fileno()

    def close(self) -> None:
        for entered in self._filters:
            entered.__exit__(None, None, None)
        self._conn.close()


class MacNotifier(Notifier):  # pragma: no cover - macOS
    name = "macos"

    def show(self, notice: Notice) -> None:
        script = (f"display notification {_applescript(notice.body)} "
                  f"with title {_applescript(notice.title)} subtitle \"internapp\"")
        subprocess.run(["osascript", "-e", script], check=False, timeout=10,
                       capture_output=True)


class WindowsNotifier(Notifier):  # pragma: no cover - Windows
    name = "windows"

    def show(self, notice: Notice) -> None:
        from xml.sax.saxutils import escape

        xml = (f"<toast><visual><binding template='ToastGeneric'><text>{escape(notice.title)}"
               f"</text><text>{escape(notice.body)}</text></binding></visual></toast>")
        script = (
            "[Windows.UI.Notifications.ToastNotificationManager, Windows.UI.Notifications, "
            "ContentType = WindowsRuntime] > $null;"
            "[Windows.Data.Xml.Dom.XmlDocument, Windows.Data.Xml.Dom.XmlDocument, "
            "ContentType = WindowsRuntime] > $null;"
            "$x = New-Object Windows.Data.Xml.Dom.XmlDocument; $x.LoadXml($env:INTERNAPP_TOAST);"
            "$t = New-Object Windows.UI.Notifications.ToastNotification $x;"
            "[Windows.UI.Notifications.ToastNotificationManager]::CreateToastNotifier("
            "'internapp').Show($t)")
        subprocess.run(["powershell", "-NoProfile", "-NonInteractive", "-Command", script],
                       check=False, timeout=20, capture_output=True,
                       env={**os.environ, "INTERNAPP_TOAST": xml},
                       creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0))


def _applescript(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def notifier(address: str | None = None) -> Notifier:
    """The platform's notifier; NotificationsUnavailable says why there is none."""
    if sys.platform == "darwin":  # pragma: no cover
        return MacNotifier()
    if sys.platform == "win32":  # pragma: no cover
        return WindowsNotifier()
    if not (address or os.environ.get("DBUS_SESSION_BUS_ADDRESS")
            or os.environ.get("XDG_RUNTIME_DIR")):
        raise NotificationsUnavailable("no session D-Bus (DBUS_SESSION_BUS_ADDRESS is unset): "
                                       "start internapp from a desktop session")
    return FreedesktopNotifier(address)
