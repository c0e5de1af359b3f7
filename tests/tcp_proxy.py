"""A TCP proxy on 127.0.0.1 between a device and the test's PostgreSQL server that can drop the
connection after a number of bytes from the client (``cut_after``: in the middle of a push) or
from the server (``cut_after_received``: in the middle of a pull): the network failing."""

import contextlib
import socket
import threading


class DroppingProxy:
    def __init__(self, upstream_port: int) -> None:
        self.upstream_port = upstream_port
        self.cut_after: int | None = None  # bytes client → server, then both sides are closed
        self.cut_after_received: int | None = None  # bytes server → client, likewise
        self.sent = 0
        self.received = 0
        self.cuts = 0
        self._server = socket.create_server(("127.0.0.1", 0))
        self.port = self._server.getsockname()[1]
        self._open: list[socket.socket] = []
        self._stop = False
        self._threads = [threading.Thread(target=self._accept, daemon=True)]
        self._threads[0].start()

    def _accept(self) -> None:
        while not self._stop:
            try:
                client, _ = self._server.accept()
            except OSError:
                return
            upstream = socket.create_connection(("127.0.0.1", self.upstream_port))
            self._open += [client, upstream]
            pumps = [threading.Thread(target=self._pump, args=(client, upstream, True), daemon=True),
                     threading.Thread(target=self._pump, args=(upstream, client, False),
                                      daemon=True)]
            self._threads += pumps
            for pump in pumps:
                pump.start()

    def _pump(self, source: socket.socket, target: socket.socket, counting: bool) -> None:
        try:
            while chunk := source.recv(65536):
                if counting:
                    self.sent += len(chunk)
                    if self.cut_after is not None and self.sent > self.cut_after:
                        self.cut_after = None
                        self._cut(source, target)
                        return
                else:
                    self.received += len(chunk)
                    limit = self.cut_after_received
                    if limit is not None and self.received > limit:
                        self.cut_after_received = None
                        self._cut(source, target)
                        return
                target.sendall(chunk)
        except OSError:
            pass
        finally:
            for sock in (source, target):
                with contextlib.suppress(OSError):
                    sock.close()

    def _cut(self, *sockets: socket.socket) -> None:
        self.cuts += 1
        for sock in sockets:
            sock.shutdown(socket.SHUT_RDWR)

    def close(self) -> None:
        """Stops accepting (a shutdown wakes the blocked accept; a close alone does not), closes
        every connection and waits for the threads: none is left running into later tests."""
        self._stop = True
        with contextlib.suppress(OSError):
            self._server.shutdown(socket.SHUT_RDWR)
        self._server.close()
        for sock in self._open:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            with contextlib.suppress(OSError):
                sock.close()
        for thread in self._threads:
            thread.join(timeout=10)
