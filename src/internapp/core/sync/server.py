"""Connecting to the PostgreSQL server, and turning what libpq says into a message a student can
act on. The password is passed to libpq in memory (never on a command line, never in the URL we
keep) and scrubbed from every message, in case a server ever echoes it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from internapp.core.sync import errors
from internapp.core.sync.settings import ServerSettings

if TYPE_CHECKING:
    import psycopg

CONNECT_TIMEOUT_S = 10
APPLICATION_NAME = "internapp-sync"


def connect(settings: ServerSettings, password: str | None) -> psycopg.Connection:
    import psycopg
    from psycopg.conninfo import make_conninfo

    params = dict(settings.params)
    params.setdefault("connect_timeout", str(CONNECT_TIMEOUT_S))
    params.setdefault("application_name", APPLICATION_NAME)
    if password:
        params["password"] = password
    try:
        return psycopg.connect(make_conninfo(**params), autocommit=True)
    except psycopg.Error as error:
        raise translate(error, settings, password) from None


def translate(error: Exception, settings: ServerSettings, password: str | None,
              during: str = "") -> errors.SyncError:
    """A SyncError with a clear message for what went wrong talking to the server."""
    import psycopg

    where = settings.describe()
    text = scrub(" ".join(str(error).split()), password)
    low = text.casefold()
    state = getattr(error, "sqlstate", None) or ""
    if state == "28P01" or "password authentication failed" in low:
        return errors.WrongPassword(f"the server refused the password for {settings.user} "
                                    f"({where}); check it and set up sync again")
    if "no password supplied" in low or "password is required" in low:
        return errors.PasswordNeeded(f"the server at {where} asks for a password for "
                                     f"{settings.user}")
    if "not permitted to log in" in low:
        return errors.AccessRevoked(f"the server does not let {settings.user} log in any more "
                                    f"({where}); the role was disabled — ask the server's "
                                    "administrator")
    if state == "42501" or "permission denied" in low:
        return errors.AccessRevoked(f"{settings.user} may no longer use internapp's sync tables "
                                    f"on {where} (access revoked); ask the server's administrator")
    if "does not support ssl" in low or "ssl is not enabled" in low:
        return errors.TLSError(f"the server at {where} does not accept TLS connections, but "
                               f"sslmode={settings.sslmode} requires TLS; nothing was sent")
    if "certificate" in low or "ssl error" in low or "ssl syscall" in low:
        return errors.TLSError(f"the TLS connection to {where} failed: {text}")
    if ("invalid response to ssl negotiation" in low or "expected authentication request" in low
            or "unsupported frontend protocol" in low or "received invalid response" in low):
        return errors.NotInternappServer(f"the server at {where} does not speak PostgreSQL; "
                                         "check the host and port")
    if state == "3D000" or ("database" in low and "does not exist" in low):
        return errors.NotInternappServer(f"the database {settings.dbname} does not exist on "
                                         f"{where}")
    if state == "28000" or "no pg_hba.conf entry" in low:
        return errors.AccessRevoked(f"the server at {where} does not accept {settings.user}: "
                                    f"{text}")
    if isinstance(error, psycopg.OperationalError) and (
            "connection refused" in low or "could not connect" in low or "timeout" in low
            or "could not translate host name" in low or "no route to host" in low
            or "network is unreachable" in low or "name or service not known" in low):
        return errors.Unreachable(f"could not reach the sync server at {where}: "
                                  f"{_why_unreachable(low, settings)}; your changes stay here "
                                  "and go with the next sync")
    if isinstance(error, psycopg.OperationalError | psycopg.InterfaceError) or (
            "server closed the connection" in low or "consuming input failed" in low
            or ("connection" in low and ("lost" in low or "closed" in low or "reset" in low))):
        return errors.ConnectionLost(f"the connection to {where} was lost{during}; nothing "
                                     "was lost here and the next sync finishes the job")
    return errors.SyncError(f"the sync server {where} reported an error{during}: {text}")


def _why_unreachable(low: str, settings: ServerSettings) -> str:
    """libpq's several lines, said in one short reason."""
    if "could not translate host name" in low or "name or service not known" in low:
        return f"the host name {settings.host} is not known (offline, or a typo?)"
    if "connection refused" in low:
        return f"nothing answers on port {settings.port} (connection refused)"
    if "timeout" in low or "timed out" in low:
        return f"no answer within {CONNECT_TIMEOUT_S} s"
    if "no route to host" in low or "network is unreachable" in low:
        return "no network route to it (offline?)"
    return "the connection failed"


def one(connection: psycopg.Connection, query: str, params: tuple = ()) -> tuple:
    """The single row ``query`` returns (an aggregate, a row known to exist)."""
    row = connection.execute(query, params).fetchone()
    if row is None:
        raise errors.SyncError(f"the sync server returned no row for: {query.split()[0]} …")
    return row


def scrub(text: str, password: str | None) -> str:
    if password:
        text = text.replace(password, "•••")
    return text
