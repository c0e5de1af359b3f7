"""Field-level merge of one row, as the server keeps it, with the changes a device pushes.

The server keeps, per row, the current value of every column and, per column, the clock of the
write that set it: ``[hlc, device, seq]`` (``seq`` is the server's change number when it was
written). A pushed column wins when its ``(hlc, device)`` is later; so edits of different fields
on two devices both survive, and the same field edited on both keeps the later edit.

A lost value is reported (``Lost``) when the two writes were concurrent — the pushing device had
not pulled the other write yet (its ``seq`` is after the device's pull cursor) — and the values
differ. Deletions are tombstones (``deleted``, with a ``_deleted`` clock): final, so an edit made
elsewhere never brings a row back; only an explicit restore (``restored``, a later clock) does.
Pure: no I/O, so it is tested by properties.
"""

from dataclasses import dataclass, field
from typing import Any

from internapp.core.sync.tables import META_COLUMNS

DELETED = "_deleted"
ALL = "*"  # a row's clocks keep one entry for the columns written together (a fresh insert)


def expand(data: dict[str, Any], clocks: dict[str, list]) -> dict[str, list]:
    """Per-column clocks from their compact form (``*`` stands for every column not listed)."""
    common = clocks.get(ALL)
    full: dict[str, list]
    if common is None:
        full = {col: clock for col, clock in clocks.items() if col in data and clock is not None}
    else:  # most rows: one clock for all (built in C, 100,000 rows a pull)
        full = dict.fromkeys(data, common)
        for col, clock in clocks.items():
            if col in data:
                if clock is None:
                    del full[col]
                else:
                    full[col] = clock
    if DELETED in clocks:
        full[DELETED] = clocks[DELETED]
    return full


def compact(clocks: dict[str, list]) -> dict[str, list]:
    columns = {k: v for k, v in clocks.items() if k != DELETED}
    values = list(columns.values())
    if len(values) > 1 and all(v == values[0] for v in values):
        result = {ALL: values[0]}
        if DELETED in clocks:
            result[DELETED] = clocks[DELETED]
        return result
    return dict(clocks)


@dataclass
class Outgoing:
    tbl: str
    row_id: str
    values: dict[str, Any] = field(default_factory=dict)  # changed columns, current values
    clocks: dict[str, int] = field(default_factory=dict)  # changed column -> hlc
    deleted: int | None = None  # hlc of the local deletion
    restored: int | None = None  # hlc of a deliberate restore (every column is in ``values``)


@dataclass
class ServerRow:
    data: dict[str, Any]
    clocks: dict[str, list]  # column -> [hlc, device, seq]
    deleted: bool = False


@dataclass(frozen=True)
class Lost:
    kind: str  # "field": a value lost to a later one; "deleted": edits lost to a deletion
    tbl: str
    row_id: str
    col: str
    kept: Any
    lost: Any
    lost_hlc: int
    mine_lost: bool  # the pushing device's value is the one that lost


def _later(a: tuple[int, str], b: list | None) -> bool:
    return b is None or a > (b[0], b[1])


def _unseen(clock: list | None, device: str, cursor: int) -> bool:
    """Written by another device after this device's last pull: a concurrent write."""
    return clock is not None and clock[1] != device and clock[2] > cursor


def merge(server: ServerRow | None, out: Outgoing, *, device: str, cursor: int,
          seq: int) -> tuple[ServerRow | None, list[Lost]]:
    """The row after ``out`` is merged in (None when nothing changed) and the values lost."""
    lost: list[Lost] = []
    if server is None and out.deleted is None:  # a new row: every column as sent
        fresh: dict[str, list] = {col: [hlc, device, seq] for col, hlc in out.clocks.items()
                                  if col in out.values}
        fresh[DELETED] = [0, device, seq]
        return ServerRow(dict(out.values), fresh), lost
    if server is not None:
        server = ServerRow(server.data, expand(server.data, server.clocks), server.deleted)
    if out.deleted is not None and out.restored is None:
        return _delete(server, out, device, cursor, seq, lost), lost
    if server is not None and server.deleted:
        if out.restored is not None and _later((out.restored, device), server.clocks.get(DELETED)):
            revived: dict[str, list] = {col: [hlc, device, seq]
                                        for col, hlc in out.clocks.items()}
            revived[DELETED] = [out.restored, device, seq]
            return ServerRow(dict(out.values), revived, deleted=False), lost
        deletion = server.clocks.get(DELETED)
        edits = {c: v for c, v in out.values.items() if c not in META_COLUMNS}
        if edits and _unseen(deletion, device, cursor):
            lost.append(Lost("deleted", out.tbl, out.row_id, "", None, edits,
                             max(out.clocks.values(), default=0), mine_lost=True))
        return None, lost
    data = dict(server.data) if server else {}
    clocks: dict[str, list] = {k: list(v) for k, v in server.clocks.items()} if server else {}
    changed = False
    for col, hlc in out.clocks.items():
        if col not in out.values:
            continue
        value, theirs = out.values[col], clocks.get(col)
        if theirs is not None and (hlc, device) == (theirs[0], theirs[1]):
            continue  # the same write again (a resumed push)
        if hlc == 0 and col in data:
            continue  # a seeded row every store is born with (never edited): already here
        differs = col in data and data[col] != value and col not in META_COLUMNS
        if theirs is None or _later((hlc, device), theirs):
            if differs and theirs is not None and _unseen(theirs, device, cursor):
                lost.append(Lost("field", out.tbl, out.row_id, col, value, data[col], theirs[0],
                                 mine_lost=False))
            data[col] = value
            clocks[col] = [hlc, device, seq]
            changed = True
        elif differs and theirs is not None and theirs[1] != device:
            lost.append(Lost("field", out.tbl, out.row_id, col, data[col], value, hlc,
                             mine_lost=True))
    if server is None:
        clocks.setdefault(DELETED, [0, device, seq])
    return (ServerRow(data, clocks) if changed or server is None else None), lost


def _delete(server: ServerRow | None, out: Outgoing, device: str, cursor: int, seq: int,
            lost: list[Lost]) -> ServerRow | None:
    assert out.deleted is not None
    if server is not None and server.deleted:
        return None
    if server is not None:
        edited = {c: server.data.get(c) for c, clock in server.clocks.items()
                  if c != DELETED and c not in META_COLUMNS and _unseen(clock, device, cursor)}
        if edited:
            lost.append(Lost("deleted", out.tbl, out.row_id, "", None, edited,
                             max(server.clocks[c][0] for c in edited), mine_lost=False))
    clocks = {k: list(v) for k, v in server.clocks.items()} if server else {}
    clocks[DELETED] = [out.deleted, device, seq]
    # the tombstone keeps the last values, so a device that still needs the row can restore it
    return ServerRow(dict(server.data) if server else {}, clocks, deleted=True)


def sole_writer(row: ServerRow) -> str | None:
    """The one device whose writes make up the row, or None when several did (or none)."""
    devices = {clock[1] for col, clock in row.clocks.items() if col != DELETED or clock[0]}
    return devices.pop() if len(devices) == 1 else None
