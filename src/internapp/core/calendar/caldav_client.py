"""A small CalDAV client for one calendar collection: check it, PUT an event, DELETE one.

Plain HTTP/1.1 (http.client) on a kept-alive connection with Basic authentication — what
Nextcloud, Fastmail, iCloud (with an app password), Radicale and other standard servers accept —
and the multistatus XML read with the standard library's parser. Every failure becomes a
CalDavError whose message says what happened in words a user can act on; the password never
appears in one. One instance is one connection, used by one thread at a time; ``clone()`` gives
another connection to the same collection.
"""

import base64
import copy
import http.client
import socket
import ssl
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from urllib.parse import quote, urljoin, urlsplit

TIMEOUT_S = 20
_DAV, _CALDAV = "{DAV:}", "{urn:ietf:params:xml:ns:caldav}"
_PROPFIND = (b'<?xml version="1.0" encoding="utf-8"?>'
             b'<d:propfind xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav"><d:prop>'
             b'<d:resourcetype/><d:displayname/><c:supported-calendar-component-set/>'
             b'</d:prop></d:propfind>')


class CalDavError(RuntimeError):
    """Something went wrong talking to the server; the message says what."""


class Unreachable(CalDavError):
    """The server could not be reached (network down, wrong host, timeout)."""


class AuthenticationFailed(CalDavError):
    pass


class NotACalendar(CalDavError):
    pass


class Refused(CalDavError):
    """The server refused one request (an event it will not store, a full quota...)."""

    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class Response:
    status: int
    headers: dict[str, str]
    body: bytes


@dataclass(frozen=True)
class CollectionInfo:
    name: str | None
    components: tuple[str, ...]  # VEVENT, VTODO...; empty when the server does not say


class CalDavCollection:
    def __init__(self, url: str, user: str, password: str, *, timeout: float = TIMEOUT_S) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise NotACalendar(f"{url!r} is not a web address of a calendar (http:// or https://)")
        self.url = url if url.endswith("/") else url + "/"
        self._parts = urlsplit(self.url)
        self._user = user
        token = base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
        self._auth = f"Basic {token}"
        self._timeout = timeout
        self._connection: http.client.HTTPConnection | None = None
        self.sent: list[str] = []  # the method of every request made, in order

    def clone(self) -> "CalDavCollection":
        """The same collection over a connection of its own (for another thread); its requests
        are counted in this one's ``sent``."""
        twin = copy.copy(self)
        twin._connection = None
        return twin

    # --- requests -----------------------------------------------------------------------------

    def _connect(self) -> http.client.HTTPConnection:
        if self._connection is None:
            host, port = self._parts.hostname or "", self._parts.port
            if self._parts.scheme == "https":
                self._connection = http.client.HTTPSConnection(
                    host, port, timeout=self._timeout, context=ssl.create_default_context())
            else:
                self._connection = http.client.HTTPConnection(host, port, timeout=self._timeout)
        return self._connection

    def request(self, method: str, path: str, body: bytes | None = None,
                headers: dict[str, str] | None = None) -> Response:
        headers = {"Authorization": self._auth, "User-Agent": "internapp",
                   **(headers or {})}
        self.sent.append(method)
        for attempt in (1, 2):  # a kept-alive connection the server closed: once more, anew
            connection = self._connect()
            try:
                connection.request(method, path, body=body, headers=headers)
                reply = connection.getresponse()
                data = reply.read()
            except (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError,
                    http.client.CannotSendRequest) as error:
                self.close()
                if attempt == 2:
                    raise Unreachable(f"the server at {self._host()} dropped the connection "
                                      f"({type(error).__name__})") from None
                continue
            except ssl.SSLError as error:
                self.close()
                raise Unreachable(f"a secure connection to {self._host()} failed: "
                                  f"{error.reason or error}") from None
            except (OSError, http.client.HTTPException) as error:
                self.close()
                raise Unreachable(f"the server at {self._host()} cannot be reached: "
                                  f"{_why(error)}") from None
            if reply.will_close:
                self.close()
            response = Response(reply.status, {k.lower(): v for k, v in reply.getheaders()},
                                data)
            if response.status == 401:
                challenge = response.headers.get("www-authenticate", "")
                if challenge and not challenge.lower().startswith("basic"):
                    raise AuthenticationFailed(
                        f"the server asks for {challenge.split()[0]} authentication; internapp "
                        "signs in with Basic authentication (over HTTPS) only")
                raise AuthenticationFailed(
                    f"the server refused user {self._user!r} with this password (HTTP 401); "
                    "check the user name and password (iCloud and Fastmail need an app "
                    "password)")
            return response
        raise AssertionError("unreachable")  # pragma: no cover

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    def _host(self) -> str:
        return self._parts.netloc.rsplit("@", 1)[-1]

    # --- the collection -----------------------------------------------------------------------

    def check(self) -> CollectionInfo:
        """The collection's name and components; NotACalendar when the URL is not a calendar
        collection that takes events."""
        response = self.request("PROPFIND", self._parts.path or "/", _PROPFIND,
                                {"Depth": "0", "Content-Type": "application/xml; charset=utf-8"})
        if response.status in (301, 302, 307, 308):
            raise NotACalendar(f"{self.url} moved to {response.headers.get('location', '?')}; "
                               "give the calendar's own address")
        if response.status == 404:
            raise NotACalendar(f"there is nothing at {self.url} (HTTP 404)")
        if response.status == 403:
            raise AuthenticationFailed(f"user {self._user!r} may not read {self.url} (HTTP 403)")
        if response.status != 207:
            raise NotACalendar(f"{self.url} did not answer as a CalDAV server would "
                               f"(HTTP {response.status} to PROPFIND)")
        try:
            root = ET.fromstring(response.body)
        except ET.ParseError as error:
            raise NotACalendar(f"{self.url} answered with XML it could not read: {error}") \
                from None
        prop = root.find(f"{_DAV}response/{_DAV}propstat/{_DAV}prop")
        resource_type = prop.find(f"{_DAV}resourcetype") if prop is not None else None
        if prop is None or resource_type is None or \
                resource_type.find(f"{_CALDAV}calendar") is None:
            raise NotACalendar(f"{self.url} is not a calendar collection (perhaps the account "
                               "or the calendar list: give one calendar's address)")
        name = prop.findtext(f"{_DAV}displayname")
        components = tuple(c.get("name", "").upper() for c in
                           prop.iterfind(f"{_CALDAV}supported-calendar-component-set/"
                                         f"{_CALDAV}comp"))
        if components and "VEVENT" not in components:
            raise NotACalendar(f"{self.url} is a calendar for {', '.join(components)}, not for "
                               "events")
        return CollectionInfo(name or None, components)

    def href_for(self, uid: str) -> str:
        """The resource path an event with ``uid`` is kept at in this collection."""
        return self._parts.path + quote(uid.replace("@", "-at-"), safe="-_.") + ".ics"

    def put(self, href: str, data: bytes, *, etag: str | None = None,
            create: bool = False) -> str | None:
        """Stores the event; returns its new ETag when the server says it. ``create`` refuses to
        replace anything; ``etag`` replaces only that version."""
        headers = {"Content-Type": "text/calendar; charset=utf-8"}
        if create:
            headers["If-None-Match"] = "*"
        elif etag:
            headers["If-Match"] = etag
        response = self.request("PUT", href, data, headers)
        if response.status in (200, 201, 204):
            return response.headers.get("etag")
        if response.status == 412:
            raise Refused(f"{href} changed on the server since it was published", 412)
        raise Refused(f"the server refused {href.rsplit('/', 1)[-1]} (HTTP {response.status}"
                      f"{_reason(response)})", response.status)

    def delete(self, href: str) -> None:
        response = self.request("DELETE", href)
        if response.status not in (200, 204, 404, 410):
            raise Refused(f"the server would not delete {href.rsplit('/', 1)[-1]} "
                          f"(HTTP {response.status}{_reason(response)})", response.status)

    def absolute(self, href: str) -> str:
        return urljoin(self.url, href)


def _reason(response: Response) -> str:
    text = response.body.decode("utf-8", "replace").strip()
    if not text or text.startswith("<"):
        return ""
    return ": " + " ".join(text.split())[:160]


def _why(error: Exception) -> str:
    if isinstance(error, socket.timeout | TimeoutError):
        return "no answer in time"
    if isinstance(error, ConnectionRefusedError):
        return "the connection was refused (is the server running, is the port right?)"
    if isinstance(error, socket.gaierror):
        return "the host name is unknown (or the network is down)"
    return str(error) or type(error).__name__
