"""One window per data folder: a second start on the same folder hands its request to the first
window — come to the front, or open a record (``internapp --open SCREEN[:ID]``, what a click on
a notification of the background process runs) — instead of opening the store twice. The CLI is
not affected: it reads and writes beside the window (every write is its own BEGIN IMMEDIATE
transaction).

One mechanism decides who has the folder: the presence lock (desktop/presence.py, an exclusive
lock on ``<data>/window.lock`` that the operating system drops when the process ends, killed or
not). The background reminder process reads the same lock to leave notifying to the window. The
window holding it also listens on a local socket named after the folder (QLocalServer); a second
start writes its request there, one line, and exits. Where the lock file cannot be made (a
read-only data folder), the socket alone decides, as a socket that answers means a window.
"""

import hashlib
import time
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from internapp.desktop.presence import WindowPresence

ACTIVATE = "activate"
OPEN = "open"
TIMEOUT_MS = 1000
STARTING_WINDOW_WAIT = 5.0  # seconds a second start waits for a first that holds the lock


def server_name(data_dir: Path) -> str:
    digest = hashlib.sha256(str(Path(data_dir).resolve()).encode()).hexdigest()[:16]
    return f"internapp-{digest}"


def open_request(screen: str, record: str | None) -> str:
    """The line a second start sends to open ``screen`` (on ``record``) in the first window."""
    return f"{OPEN} {screen}" + (f":{record}" if record else "")


class SingleInstance(QObject):
    """``claim()`` is True for the first window on a data folder; a later one hands its request
    to the first (``activate_requested`` or ``open_requested`` there) and gets False."""

    activate_requested = Signal()
    open_requested = Signal(str, object)  # screen key, record id text or None

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(data_dir)
        self.presence = WindowPresence(data_dir)
        self._server: QLocalServer | None = None

    def claim(self, request: str = ACTIVATE) -> bool:
        try:
            first = self.presence.acquire()
        except OSError:  # no lock file in a read-only folder: the socket decides
            if self._send(request):
                return False
            first = True
        if not first:
            deadline = time.monotonic() + STARTING_WINDOW_WAIT
            while not self._send(request) and time.monotonic() < deadline:
                time.sleep(0.1)  # the first window holds the lock and is about to listen
            return False
        self._listen()
        return True

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
            self._server = None
        self.presence.release()

    def _listen(self) -> None:
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            QLocalServer.removeServer(self.name)  # left by a window that crashed
            if not server.listen(self.name):
                server.deleteLater()
                return  # the lock still keeps a second window out; requests cannot reach us
        server.newConnection.connect(self._on_connection)
        self._server = server

    def _send(self, request: str) -> bool:
        """True when a window on this folder took the request."""
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(TIMEOUT_MS):
            socket.abort()
            return False
        socket.write((request + "\n").encode())
        sent = socket.waitForBytesWritten(TIMEOUT_MS)
        socket.disconnectFromServer()
        if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
            socket.waitForDisconnected(TIMEOUT_MS)
        return sent

    def _on_connection(self) -> None:
        """A second start: its one line comes right after it connects (read here, waiting at most
        a second for it)."""
        while self._server is not None and self._server.hasPendingConnections():
            connection = self._server.nextPendingConnection()
            data = b""
            while b"\n" not in data and len(data) < 4096:
                if not connection.bytesAvailable() and not connection.waitForReadyRead(TIMEOUT_MS):
                    break
                data += bytes(connection.readAll().data())
            connection.abort()
            connection.deleteLater()
            self._handle(data.split(b"\n")[0].decode("utf-8", "replace").strip())

    def _handle(self, line: str) -> None:
        command, _, argument = line.partition(" ")
        if command == OPEN and argument:
            screen, _, record = argument.partition(":")
            self.open_requested.emit(screen, record or None)
        else:  # "activate", or a start from an older version that sent nothing we know
            self.activate_requested.emit()
