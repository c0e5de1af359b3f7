"""One window per data folder: a second start on the same folder brings the first window to the
front instead of opening the store twice. The CLI is not affected: it reads and writes beside
the window (every write is its own BEGIN IMMEDIATE transaction).

The first window listens on a local socket named after the data folder (QLocalServer); a second
start connects to it — which asks it to come forward — and exits. A socket left by a window that crashed
answers nobody, so it is removed and taken over.
"""

import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

ACTIVATE = b"activate\n"
TIMEOUT_MS = 1000


def server_name(data_dir: Path) -> str:
    digest = hashlib.sha256(str(Path(data_dir).resolve()).encode()).hexdigest()[:16]
    return f"internapp-{digest}"


class SingleInstance(QObject):
    """``claim()`` is True for the first window on a data folder; later ones are told to step
    aside (False) after ``activate_requested`` was sent to the first."""

    activate_requested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(data_dir)
        self._server: QLocalServer | None = None

    def claim(self) -> bool:
        if self._ask_running_window():
            return False
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            QLocalServer.removeServer(self.name)  # left by a window that crashed
            if not server.listen(self.name):
                return True  # cannot tell; better two windows than none
        server.newConnection.connect(self._on_connection)
        self._server = server
        return True

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
            self._server = None

    def _ask_running_window(self) -> bool:
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(TIMEOUT_MS):
            socket.abort()
            return False
        socket.write(ACTIVATE)
        socket.waitForBytesWritten(TIMEOUT_MS)
        socket.disconnectFromServer()
        return True

    def _on_connection(self) -> None:
        """Any connection is a second start asking this window to come forward."""
        while self._server is not None and self._server.hasPendingConnections():
            connection = self._server.nextPendingConnection()
            connection.abort()
            connection.deleteLater()
            self.activate_requested.emit()
