"""Sync for the UI and the CLI: set up, status, forget. Conflicts are in ``conflicts``."""

from dataclasses import dataclass

from internapp.core import secrets
from internapp.core.services.errors import ValidationError
from internapp.core.store import Store
from internapp.core.sync import capture, errors, local, server_schema
from internapp.core.sync.run import open_server
from internapp.core.sync.settings import KEYRING_SERVICE, ServerSettings, parse_url


@dataclass(frozen=True)
class SetupResult:
    settings: ServerSettings
    password_stored: bool
    keyring_problem: str | None  # why a given password could not be stored


@dataclass(frozen=True)
class SyncStatus:
    configured: bool
    server: str | None  # user@host:port/db
    url: str | None
    device_id: str | None
    sslmode: str | None
    pending_changes: int
    open_conflicts: int
    last_sync_at: str | None
    last_ok: bool | None
    last_message: str
    last_pushed: int
    last_pulled: int
    keyring: str


def check_url(url: str, *, confirm_unencrypted: bool) -> ServerSettings:
    settings = parse_url(url)
    if settings.needs_confirmation and not confirm_unencrypted:
        raise ValidationError(
            "url", f"{settings.host} is not this computer and sslmode={settings.sslmode} does not "
                   "require TLS: your password and records would cross the network unencrypted. "
                   "Add ?sslmode=require (or verify-full), or confirm that this is what you want")
    return settings


def setup(store: Store, url: str, password: str | None, *,
          confirm_unencrypted: bool = False) -> SetupResult:
    """Checks the server (reachable, the password right, the schema ours or created), stores the
    password in the keyring, and starts capturing changes. Nothing is kept if the server cannot
    be used."""
    settings = check_url(url, confirm_unencrypted=confirm_unencrypted)
    connection, used = open_server(settings, password)
    try:
        server_schema.prepare(connection, settings, used)
    finally:
        connection.close()
    stored, problem = False, None
    if password:
        try:
            secrets.store_password(KEYRING_SERVICE, settings.account, password)
            stored = True
        except secrets.SecretsUnavailable as error:
            problem = str(error)
    with local.opened(store) as db, local.write(db):
        if local.get(db, local.URL) != settings.url or local.device_id(db) is None:
            for key in local.DATA_KEYS:
                local.put(db, key, None)
            capture.install(db)
        local.put(db, local.URL, settings.url)
    return SetupResult(settings, stored, problem)


def forget(store: Store) -> str | None:
    """Removes the server settings, the keyring entry and the change log; keeps every record.
    Returns a note when the keyring entry could not be removed."""
    note = None
    with local.opened(store) as db:
        url = local.get(db, local.URL)
        if url is not None:
            try:
                secrets.delete_password(KEYRING_SERVICE, parse_url(url).account)
            except secrets.SecretsUnavailable as error:
                note = f"the keyring entry could not be removed: {error}"
        with local.write(db):
            capture.remove(db)
            for key in local.DATA_KEYS:
                local.put(db, key, None)
            db.execute("DELETE FROM sync_conflict")
    return note


def status(store: Store) -> SyncStatus:
    keyring = secrets.status()
    with local.opened(store, writes=False) as db:
        url = local.get(db, local.URL)
        device = local.device_id(db)
        acked = local.get(db, local.ACKED, 0)
        pending = db.execute("SELECT count(*) FROM (SELECT DISTINCT tbl, row_id FROM sync_change "
                             "WHERE seq > ?)", (acked,)).fetchone()[0]
        conflicts = db.execute("SELECT count(*) FROM sync_conflict WHERE resolved_at IS NULL"
                               ).fetchone()[0]
        last = local.get(db, local.LAST) or {}
    settings = parse_url(url) if url else None
    return SyncStatus(
        configured=settings is not None and device is not None,
        server=settings.describe() if settings else None, url=url, device_id=device,
        sslmode=settings.sslmode if settings else None, pending_changes=pending,
        open_conflicts=conflicts, last_sync_at=last.get("at"), last_ok=last.get("ok"),
        last_message=last.get("message", ""), last_pushed=last.get("pushed", 0),
        last_pulled=last.get("pulled", 0),
        keyring="ready" if keyring.usable else keyring.reason)


def require_setup(store: Store) -> None:
    if not status(store).configured:
        raise errors.NotSetUp()

