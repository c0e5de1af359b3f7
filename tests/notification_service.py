"""A freedesktop notification service for the tests, in a process of its own:
``python notification_service.py BUS_ADDRESS``.

It owns org.freedesktop.Notifications on the given bus, prints "ready", then one JSON line per
Notify call it answers; a line on its standard input, ``{"click": [id, action]}``, makes it emit
ActionInvoked. It runs apart from the test so that no thread of the test's process allocates while
a window is open (a garbage collection there would free the window's garbage off the UI thread).
"""

import json
import selectors
import sys

from jeepney import DBusAddress, HeaderFields, MessageType, message_bus, new_method_return, new_signal
from jeepney.io.blocking import open_dbus_connection

_EMITTER = DBusAddress("/org/freedesktop/Notifications",
                       interface="org.freedesktop.Notifications")


def _say(line: dict | str) -> None:
    sys.stdout.write((line if isinstance(line, str) else json.dumps(line)) + "\n")
    sys.stdout.flush()


def main(address: str) -> None:
    conn = open_dbus_connection(bus=address)
    reply = conn.send_and_get_reply(message_bus.RequestName("org.freedesktop.Notifications"),
                                    timeout=5)
    if reply.body != (1,):
        _say(f"could not own org.freedesktop.Notifications: {reply.body}")
        return
    _say("ready")
    selector = selectors.DefaultSelector()
    selector.register(conn.sock, selectors.EVENT_READ, "bus")
    selector.register(sys.stdin, selectors.EVENT_READ, "test")
    number = 0
    while True:
        for key, _events in selector.select():
            if key.data == "test":
                line = sys.stdin.readline()
                if not line:
                    return  # the test closed its end: stop
                notification_id, action = json.loads(line)["click"]
                conn.send(new_signal(_EMITTER, "ActionInvoked", "us", (notification_id, action)))
                continue
            message = conn.receive(timeout=5)
            while message is not None:
                number = _answer(conn, message, number)
                try:
                    message = conn.receive(timeout=0)  # more read already
                except TimeoutError:
                    message = None


def _answer(conn, message, number: int) -> int:
    if message.header.message_type != MessageType.method_call:
        return number
    member = message.header.fields[HeaderFields.member]
    if member == "GetCapabilities":
        conn.send(new_method_return(message, "as", (["actions", "body"],)))
    elif member == "GetServerInformation":
        conn.send(new_method_return(message, "ssss", ("test-server", "internapp", "1", "1.2")))
    elif member == "Notify":
        app, _replaces, icon, summary, body, actions, hints, timeout = message.body
        number += 1
        _say({"id": number, "app": app, "icon": icon, "summary": summary, "body": body,
              "actions": dict(zip(actions[::2], actions[1::2], strict=True)),
              "hints": {k: v[1] for k, v in hints.items()}, "timeout": timeout})
        conn.send(new_method_return(message, "u", (number,)))
    elif member == "CloseNotification":
        conn.send(new_method_return(message))
    return number


if __name__ == "__main__":
    main(sys.argv[1])
