"""One sync: push this device's changes since the last acknowledged one, in batches (one server
transaction each), then pull the others' changes and apply them in one local transaction.

Interrupted at any moment the next sync finishes the job: a batch the server committed is
remembered locally (``push_progress``) right after; a batch committed but not remembered (kill -9
between the two) is sent again and merges to the same result (same clocks); a pull is applied with
its cursor in one local transaction, or not at all.
"""

import platform
import sqlite3
from collections.abc import Callable
from dataclasses import asdict, dataclass

from internapp.core import secrets
from internapp.core.collection import collection_paused
from internapp.core.store import Store
from internapp.core.store.migrate import SCHEMA_VERSION
from internapp.core.sync import (
    conflicts_log,
    errors,
    files,
    inbox,
    local,
    outbox,
    server,
    server_schema,
)
from internapp.core.sync.lock import sync_lock
from internapp.core.sync.remote import Remote
from internapp.core.sync.settings import KEYRING_SERVICE, ServerSettings, parse_url
from internapp.core.sync.tables import kinds_of

BATCH_ROWS = 5000

Progress = Callable[[str], None]


@dataclass(frozen=True)
class SyncResult:
    pushed: int
    pulled: int
    conflicts: int

    def to_dict(self) -> dict:
        return asdict(self)


def sync_now(store: Store, *, password: str | None = None, app_version: str = "",
             batch_rows: int = BATCH_ROWS, progress: Progress | None = None) -> SyncResult:
    """Runs one sync of ``store``. ``password`` (given on standard input) is used for this run
    only; otherwise the keyring's is used, or none (trust, peer or certificate authentication)."""
    say = progress or (lambda _: None)
    tables: set[str] = set()
    with sync_lock(store.path), local.opened(store) as connection:
        url = local.get(connection, local.URL)
        device = local.device_id(connection)
        if url is None or device is None:
            raise errors.NotSetUp()
        settings = parse_url(url)
        try:  # a first sync holds ~10^5 small objects: collector passes would cost seconds
            with collection_paused():
                result = _run(connection, store, settings, device, password, app_version,
                              batch_rows, say, tables)
        except errors.SyncError as error:
            _remember(connection, {"ok": False, "message": str(error)})
            raise
        _remember(connection, {"ok": True, **result.to_dict(), "message": ""})
    kinds = kinds_of(tables)
    if kinds:
        store.changes.emit(kinds, "sync")
    return result


def password_for(settings: ServerSettings, given: str | None) -> tuple[str | None, str | None]:
    """(password, why the keyring could not be read)."""
    if given is not None:
        return given, None
    try:
        return secrets.get_password(KEYRING_SERVICE, settings.account), None
    except secrets.SecretsUnavailable as error:
        return None, str(error)


def open_server(settings: ServerSettings, given: str | None):
    """A connection to the server with the given or stored password, or a clear error."""
    password, keyring_problem = password_for(settings, given)
    try:
        return server.connect(settings, password), password
    except errors.PasswordNeeded as error:
        if keyring_problem:
            raise errors.KeyringNeeded(
                f"{error}, and the system keyring cannot be read ({keyring_problem}). Give the "
                "password on standard input for this run: internapp sync now --password-stdin "
                "(nothing is stored)") from None
        raise errors.PasswordNeeded(f"{error}, and none is stored in the keyring: set up sync "
                                    "again with the password") from None


def _run(connection, store, settings, device, given, app_version, batch_rows, say,
         tables) -> SyncResult:
    import psycopg

    say("connecting")
    remote_connection, password = open_server(settings, given)
    try:
        server_schema.prepare(remote_connection, settings, password)
        remote = Remote(remote_connection, device)
        remote.register(name=platform.node(), local_schema=SCHEMA_VERSION,
                        app_version=app_version)
        say("sending")
        pushed, lost = push(connection, remote, store, batch_rows)
        say("receiving")
        pulled, found = pull(connection, remote, store, tables)
    except psycopg.Error as error:
        raise server.translate(error, settings, password, during=" during the sync") from None
    finally:
        remote_connection.close()
    return SyncResult(pushed=pushed, pulled=pulled, conflicts=lost + found)


def push(connection: sqlite3.Connection, remote: Remote, store: Store,
         batch_rows: int) -> tuple[int, int]:
    """Sends every change since the last acknowledged one; returns (rows sent, conflicts)."""
    acked = local.get(connection, local.ACKED, 0)
    cursor = local.get(connection, local.CURSOR, 0)
    progress = local.get(connection, local.PROGRESS)
    sent = lost_count = 0
    while True:
        upto = progress["upto"] if progress else outbox.last_seq(connection)
        if upto <= acked:
            break
        changes = outbox.pending(connection, acked, upto)
        if progress and progress.get("after"):
            after = tuple(progress["after"])
            changes = [c for c in changes if (c.tbl, c.row_id) > after]
        for batch in outbox.batches(changes, batch_rows):
            rows = outbox.outgoing(connection, batch)
            result = remote.push(rows, cursor=cursor,
                                 files=outbox.document_files(rows, store.documents_dir))
            with local.write(connection):
                for lost in result.lost:
                    conflicts_log.record(connection, lost.kind, lost.tbl, lost.row_id,
                                         col=lost.col, kept=lost.kept, lost=lost.lost,
                                         lost_hlc=lost.lost_hlc, detail=_detail(lost))
                local.put(connection, local.PROGRESS,
                          {"upto": upto, "after": [batch[-1].tbl, batch[-1].row_id]})
            sent += len(rows)
            lost_count += len(result.lost)
        with local.write(connection):
            local.put(connection, local.ACKED, upto)
            local.put(connection, local.PROGRESS, None)
            connection.execute("DELETE FROM sync_change WHERE seq <= ?", (upto,))
        acked, progress = upto, None
    return sent, lost_count


def _detail(lost) -> str:
    if lost.kind == "deleted":
        return ("deleted on another device; the edits made here were not kept" if lost.mine_lost
                else "edited on another device, deleted here")
    return ("changed on both devices; the other device's later edit was kept" if lost.mine_lost
            else "changed on both devices; this device's later edit was kept")


def pull(connection: sqlite3.Connection, remote: Remote, store: Store,
         tables: set[str]) -> tuple[int, int]:
    """Applies the others' changes; returns (rows applied, conflicts found)."""
    cursor = local.get(connection, local.CURSOR, 0)
    rows, top = remote.pull(cursor)
    if not rows:
        if top != cursor:
            with local.write(connection):
                local.put(connection, local.CURSOR, top)
        return 0, 0
    files.fetch(files.missing(rows, store.documents_dir), remote.fetch_files)
    applied = inbox.apply(connection, rows, acked=local.get(connection, local.ACKED, 0),
                          cursor=top, fetch_row=remote.fetch_row)
    still_used = {row[0] for row in connection.execute("SELECT stored_name FROM document")}
    files.remove_deleted(rows, store.documents_dir, still_used)
    tables |= applied.tables
    return applied.rows, applied.conflicts


def _remember(connection: sqlite3.Connection, outcome: dict) -> None:
    from internapp.core.clock import utcnow

    try:
        with local.write(connection):
            local.put(connection, local.LAST,
                      {"at": utcnow().isoformat(timespec="seconds"), **outcome})
    except sqlite3.Error:
        pass  # the store is busy: the outcome is still returned or raised
