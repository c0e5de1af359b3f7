"""The server to sync with: a PostgreSQL URL without its password (the password lives only in
the system keyring, core/secrets.py), validated here for every entry point."""

import getpass
from dataclasses import dataclass

from internapp.core.services.errors import ValidationError

ENCRYPTED_MODES = ("require", "verify-ca", "verify-full")
KNOWN_MODES = ("disable", "allow", "prefer", *ENCRYPTED_MODES)
LOCAL_HOSTS = ("localhost", "127.0.0.1", "::1")
KEYRING_SERVICE = "internapp-sync"  # the keyring entry: this service, account user@host:port/db


@dataclass(frozen=True)
class ServerSettings:
    url: str
    params: dict[str, str]  # libpq connection parameters, never a password

    @property
    def host(self) -> str:
        return self.params.get("host", "")

    @property
    def port(self) -> int:
        return int(self.params.get("port") or 5432)

    @property
    def user(self) -> str:
        return self.params.get("user") or getpass.getuser()

    @property
    def dbname(self) -> str:
        return self.params.get("dbname") or self.user

    @property
    def sslmode(self) -> str:
        return self.params.get("sslmode", "prefer")

    @property
    def is_local(self) -> bool:
        host = self.host
        return (not host or host.startswith("/") or host in LOCAL_HOSTS
                or host.startswith("127."))

    @property
    def encrypted(self) -> bool:
        return self.sslmode in ENCRYPTED_MODES

    @property
    def needs_confirmation(self) -> bool:
        """A server on another machine reached without TLS: the user must say it is fine."""
        return not self.is_local and not self.encrypted

    @property
    def account(self) -> str:
        """The keyring account the password is stored under."""
        return f"{self.user}@{self.host or 'local'}:{self.port}/{self.dbname}"

    def describe(self) -> str:
        where = self.host or "local socket"
        return f"{self.user}@{where}:{self.port}/{self.dbname}"


def parse_url(url: str) -> ServerSettings:
    """Validates a ``postgresql://user@host:port/dbname?sslmode=…`` URL."""
    from psycopg import conninfo

    url = (url or "").strip()
    if not url:
        raise ValidationError("url", "is required (postgresql://user@host:port/database)")
    if not url.startswith(("postgresql://", "postgres://")):
        raise ValidationError("url", "must start with postgresql:// "
                                     "(postgresql://user@host:port/database)")
    try:
        params = conninfo.conninfo_to_dict(url)
    except Exception as error:
        raise ValidationError("url", f"is not a valid PostgreSQL URL: {_first_line(error)}") \
            from None
    if "password" in params:
        raise ValidationError("url", "holds a password; leave it out of the URL (it would be kept "
                                     "in settings and shown in the process list) and give it "
                                     "separately: it goes to the system keyring")
    if params.get("sslmode", "prefer") not in KNOWN_MODES:
        raise ValidationError("url", f"sslmode must be one of {', '.join(KNOWN_MODES)}")
    if params.get("port") and not str(params["port"]).isdigit():
        raise ValidationError("url", f"port {params['port']!r} is not a number")
    return ServerSettings(url=url, params={k: str(v) for k, v in params.items()})


def _first_line(error: Exception) -> str:
    return (str(error).strip().splitlines() or [type(error).__name__])[0]
