"""What a device does on the server, in SQL: register itself, push a batch of changed rows in one
transaction, pull the others' changes, move documents' files. Row-level security limits every
statement to the connected role's own rows; the merge itself is ``merge.merge``."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from internapp.core.sync import errors
from internapp.core.sync.merge import Lost, Outgoing, ServerRow, compact, expand, merge, sole_writer
from internapp.core.sync.server import one
from internapp.core.sync.server_schema import SCHEMA

if TYPE_CHECKING:
    import psycopg

S = SCHEMA
FETCH_SIZE = 5000


@dataclass(frozen=True)
class Pulled:
    tbl: str
    row_id: str
    data: dict[str, Any]
    clocks: dict[str, list]
    deleted: bool
    newest: int = 0  # the latest clock of the row (its compact clocks hold few)


def _pulled(tbl: str, row_id: str, data: dict[str, Any], clocks: dict[str, list],
            deleted: bool) -> Pulled:
    newest = max((clock[0] for clock in clocks.values() if clock), default=0)
    return Pulled(tbl, row_id, data, expand(data, clocks), deleted, newest)


@dataclass(frozen=True)
class PushResult:
    written: int  # rows the server changed
    lost: list[Lost]


class Remote:
    def __init__(self, connection: psycopg.Connection, device: str) -> None:
        self.connection = connection
        self.device = device
        self._staged = False

    # --- devices --------------------------------------------------------------------------

    def register(self, *, name: str, local_schema: int, app_version: str) -> None:
        """Records this device; refuses when another of the student's devices runs a newer local
        schema (its rows may carry tables or columns this internapp cannot keep)."""
        with self.connection.transaction():
            newest = self.connection.execute(
                f"SELECT name, local_schema FROM {S}.device WHERE device_id <> %s "
                "ORDER BY local_schema DESC LIMIT 1", (self.device,)).fetchone()
            if newest is not None and newest[1] > local_schema:
                raise errors.SyncError(
                    f"another of your devices ({newest[0] or 'unnamed'}) runs a newer internapp "
                    f"(data schema {newest[1]}; this one has {local_schema}). Update internapp "
                    "here to sync. Nothing was changed")
            self.connection.execute(
                f"INSERT INTO {S}.device (device_id, name, local_schema, app_version) "
                "VALUES (%s, %s, %s, %s) ON CONFLICT (owner, device_id) DO UPDATE SET "
                "name = excluded.name, local_schema = excluded.local_schema, "
                "app_version = excluded.app_version, last_sync = now()",
                (self.device, name, local_schema, app_version))

    # --- push -----------------------------------------------------------------------------

    def push(self, batch: list[Outgoing], *, cursor: int,
             files: dict[str, Any] | None = None) -> PushResult:
        """Merges ``batch`` into the server's rows in one transaction. ``files`` maps the SHA-256
        of each document in the batch to a callable giving its bytes (sent only if missing)."""
        conn = self.connection
        with conn.transaction():
            conn.execute(f"INSERT INTO {S}.owner_state (seq) VALUES (0) ON CONFLICT DO NOTHING")
            top = one(conn, f"SELECT seq FROM {S}.owner_state FOR UPDATE")[0]
            if files:
                self._send_files(files)
            current = self._rows_for_update(batch)
            seq, merged, lost = top, [], []
            for out in batch:
                row, row_lost = merge(current.get((out.tbl, out.row_id)), out, device=self.device,
                                      cursor=cursor, seq=seq + 1)
                lost += row_lost
                if row is not None:
                    seq += 1
                    merged.append((out.tbl, out.row_id, seq, row))
            if merged:
                self._write(merged)
                conn.execute(f"UPDATE {S}.owner_state SET seq = %s", (seq,))
        return PushResult(len(merged), lost)

    def _rows_for_update(self, batch: list[Outgoing]) -> dict[tuple[str, str], ServerRow]:
        tbls = [o.tbl for o in batch]
        ids = [o.row_id for o in batch]
        found = self.connection.execute(
            f"SELECT r.tbl, r.row_id, r.data, r.clocks, r.deleted FROM {S}.row_state r "
            "JOIN unnest(%s::text[], %s::text[]) AS k(tbl, row_id) "
            "ON r.tbl = k.tbl AND r.row_id = k.row_id FOR UPDATE OF r", (tbls, ids))
        return {(t, r): ServerRow(data, clocks, deleted) for t, r, data, clocks, deleted in found}

    def _write(self, merged: list[tuple[str, str, int, ServerRow]]) -> None:
        conn = self.connection
        if not self._staged:
            conn.execute("CREATE TEMP TABLE IF NOT EXISTS sync_incoming (tbl text, row_id text, "
                         "seq bigint, data jsonb, clocks jsonb, deleted boolean, sole_writer text)"
                         " ON COMMIT DELETE ROWS")
            self._staged = True
        with conn.cursor() as cursor, cursor.copy(
                "COPY sync_incoming (tbl, row_id, seq, data, clocks, deleted, sole_writer) "
                "FROM STDIN") as copy:
            for tbl, row_id, seq, row in merged:
                copy.write_row((tbl, row_id, seq, json.dumps(row.data, separators=(",", ":")),
                                json.dumps(compact(row.clocks), separators=(",", ":")),
                                row.deleted,
                                sole_writer(row)))
        conn.execute(
            f"INSERT INTO {S}.row_state (tbl, row_id, seq, data, clocks, deleted, sole_writer) "
            "SELECT tbl, row_id, seq, data, clocks, deleted, sole_writer FROM sync_incoming "
            "ON CONFLICT (owner, tbl, row_id) DO UPDATE SET seq = excluded.seq, "
            "data = excluded.data, clocks = excluded.clocks, deleted = excluded.deleted, "
            "sole_writer = excluded.sole_writer")

    def _send_files(self, files: dict[str, Any]) -> None:
        have = {row[0] for row in self.connection.execute(
            f"SELECT sha256 FROM {S}.blob WHERE sha256 = ANY(%s)", (list(files),))}
        for sha256, read in files.items():
            if sha256 in have:
                continue
            content = read()
            if content is None:
                continue  # the local copy is missing: the row still syncs, the file cannot
            self.connection.execute(
                f"INSERT INTO {S}.blob (sha256, size, content) VALUES (%s, %s, %s) "
                "ON CONFLICT DO NOTHING", (sha256, len(content), content))

    # --- pull -----------------------------------------------------------------------------

    def pull(self, cursor: int) -> tuple[list[Pulled], int]:
        """Rows changed after ``cursor`` that were not written by this device alone, and the
        new cursor, read from one consistent snapshot."""
        conn = self.connection
        rows: list[Pulled] = []
        with conn.transaction():
            conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            found = conn.execute(f"SELECT seq FROM {S}.owner_state").fetchone()
            top = found[0] if found else 0
            if top <= cursor:
                return [], cursor
            with conn.cursor(name="internapp_pull") as stream:
                stream.itersize = FETCH_SIZE
                # as text, parsed here: psycopg's own jsonb loader first detects each value's
                # encoding, a third of the pull's time at 100,000 rows
                stream.execute(
                    f"SELECT tbl, row_id, data::text, clocks::text, deleted FROM {S}.row_state "
                    "WHERE seq > %s AND seq <= %s AND sole_writer IS DISTINCT FROM %s "
                    "ORDER BY seq", (cursor, top, self.device))
                loads = json.loads
                for t, r, text, clock_text, deleted in stream:
                    data = loads(text)
                    rows.append(_pulled(t, r, data, loads(clock_text), deleted))
        return rows, top

    def fetch_files(self, digests: Iterable[str]) -> dict[str, bytes]:
        wanted = list(dict.fromkeys(digests))
        if not wanted:
            return {}
        return {sha: bytes(content) for sha, content in self.connection.execute(
            f"SELECT sha256, content FROM {S}.blob WHERE sha256 = ANY(%s)", (wanted,))}

    def fetch_row(self, tbl: str, row_id: str) -> Pulled | None:
        found = self.connection.execute(
            f"SELECT tbl, row_id, data, clocks, deleted FROM {S}.row_state "
            "WHERE tbl = %s AND row_id = %s", (tbl, row_id)).fetchone()
        if found is None:
            return None
        tbl, row_id, data, clocks, deleted = found
        return _pulled(tbl, row_id, data, clocks, deleted)
