"""Where internapp's calendar goes: a CalDAV collection (URL and user; the password in the system
keyring through core/secrets.py, never in a file) and a folder for the subscribable .ics file.
Kept as one JSON value in the store's ``setting`` table (key ``calendar``)."""

from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from internapp.core import secrets
from internapp.core.services.errors import ValidationError

SETTING_KEY = "calendar"
KEYRING_SERVICE = "internapp-caldav"
FEED_NAME = "internapp.ics"


@dataclass(frozen=True)
class CalendarSettings:
    caldav_url: str | None = None
    caldav_user: str | None = None
    feed_folder: str | None = None

    @property
    def caldav_configured(self) -> bool:
        return bool(self.caldav_url and self.caldav_user)

    @property
    def keyring_account(self) -> str:
        return f"{self.caldav_user}@{self.caldav_url}"

    @property
    def feed_path(self) -> Path | None:
        return Path(self.feed_folder) / FEED_NAME if self.feed_folder else None


def load(store) -> CalendarSettings:
    from internapp.core.services import preferences

    with store.read() as session:
        value = preferences.read(session, SETTING_KEY)
    value = value if isinstance(value, dict) else {}
    return CalendarSettings(value.get("caldav_url"), value.get("caldav_user"),
                            value.get("feed_folder"))


def save(store, settings: CalendarSettings) -> CalendarSettings:
    from internapp.core.changes import Kind
    from internapp.core.services import preferences

    value = {"caldav_url": settings.caldav_url, "caldav_user": settings.caldav_user,
             "feed_folder": settings.feed_folder}
    with store.write([Kind.SETTINGS]) as session:
        preferences.write(session, SETTING_KEY, value)
    return settings


def clean_url(value: str | None) -> str:
    url = " ".join((value or "").split())
    if not url:
        raise ValidationError("url", "is required")
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValidationError("url", f"{value!r} is not a web address (http:// or https://)")
    if parts.username or parts.password:
        raise ValidationError("url", "must not carry a user or password; give them separately")
    return url if url.endswith("/") else url + "/"


def clean_user(value: str | None) -> str:
    user = (value or "").strip()
    if not user:
        raise ValidationError("user", "is required")
    if len(user) > 200:
        raise ValidationError("user", "is longer than 200 characters")
    return user


def setup(store, url: str, user: str, password: str | None = None, *,
          check: bool = True) -> CalendarSettings:
    """Keeps the collection's URL and user, and the password (when given) in the keyring. With a
    password the collection is checked first (a calendar, this user and password accepted):
    a refusal changes nothing. Raises ValidationError, a CalDavError or SecretsUnavailable."""
    url, user = clean_url(url), clean_user(user)
    if password is not None and not password:
        raise ValidationError("password", "must not be empty")
    if password and check:
        from internapp.core.calendar.caldav_client import CalDavCollection

        collection = CalDavCollection(url, user, password)
        try:
            collection.check()
        finally:
            collection.close()
    current = load(store)
    chosen = CalendarSettings(url, user, current.feed_folder)
    if password:
        secrets.store_password(KEYRING_SERVICE, chosen.keyring_account, password)
    if current.caldav_configured and current.keyring_account != chosen.keyring_account:
        with suppress(secrets.SecretsUnavailable):  # the old account's password is of no use
            secrets.delete_password(KEYRING_SERVICE, current.keyring_account)
    return save(store, chosen)


def forget(store) -> None:
    """Stops publishing: the URL and user are cleared, the password removed from the keyring."""
    current = load(store)
    if current.caldav_configured:
        secrets.delete_password(KEYRING_SERVICE, current.keyring_account)
    save(store, CalendarSettings(None, None, current.feed_folder))


def password_for(settings: CalendarSettings) -> str | None:
    """The collection's password from the keyring (None: none kept)."""
    if not settings.caldav_configured:
        return None
    return secrets.get_password(KEYRING_SERVICE, settings.keyring_account)


def set_feed_folder(store, folder: str | Path | None) -> CalendarSettings:
    current = load(store)
    if folder in (None, ""):
        return save(store, CalendarSettings(current.caldav_url, current.caldav_user, None))
    path = Path(folder).expanduser()
    if not path.is_dir():
        raise ValidationError("folder", f"{path} is not a folder")
    return save(store, CalendarSettings(current.caldav_url, current.caldav_user,
                                        str(path.resolve())))
