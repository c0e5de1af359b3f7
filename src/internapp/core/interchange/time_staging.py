"""The entries an importer read, kept on disk while the import is previewed and written: a
million of them take a temporary SQLite file, not the memory of a million Python objects.

Rows go in as they are parsed (in batches), in file order (``seq``); an entry whose external id
came earlier in the file is a duplicate and is not kept (the first one counts). The preview then
reads them in start order, marks those it rejects (a bit each, in memory: an UPDATE per row took
longer than the checks), and the import writes the rest. Start and end are kept as the store
keeps instants (codec text), so the checks compare them without parsing. As each batch goes in,
a ``Tally`` notes what the checks of a plain file need (order, overlaps, durations, projects, tag
lists), so that such a file is not read back at all. The folder goes away with ``close()`` (or
when the object is collected).
"""

import shutil
import sqlite3
import tempfile
import weakref
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

BATCH = 5_000
PAGE_SIZE = 16_384  # as the store's (connection.PAGE_SIZE): fewer, larger pages to write and read

SCHEMA = """
CREATE TABLE entry (
    seq INTEGER PRIMARY KEY,
    row,
    project TEXT NOT NULL,
    project_key TEXT NOT NULL,
    client TEXT,
    start TEXT NOT NULL,
    end TEXT,
    seconds INTEGER,
    note TEXT NOT NULL,
    tags TEXT NOT NULL,
    external_id TEXT NOT NULL UNIQUE ON CONFLICT IGNORE
)"""
COLUMNS = ("row", "project", "project_key", "client", "start", "end", "seconds", "note", "tags",
           "external_id")
SPAN_COLUMNS = ("seq", "row", "project_key", "client", "start", "end", "seconds")
INSERT = f"INSERT INTO entry ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})"


class StagedEntry(NamedTuple):
    seq: int
    row: int | str
    project: str
    project_key: str
    client: str | None
    start: str  # stored instant text (UTC)
    end: str | None  # None: still running
    seconds: int | None
    note: str
    tags: str  # JSON, as the store keeps them
    external_id: str


_LONGEST = 1 << 62  # longer than any entry: the shortest before any was noted


@dataclass
class Tally:
    """What ``Staging`` notes of the entries as they come, in file order, so that the checks
    of a plain file need not read them back (time_import_checks.walk): the first and last start,
    whether the starts came in order, how many were added; the latest end so far and whether an
    entry started before it (when the starts are in order, whether any two overlap); whether one
    has no end; the shortest and longest duration; per project key, in order of first appearance,
    ``[project, first client given, entries, seconds]``; and per tag list (as stored, JSON) of the
    entries with an end, ``[seconds, entries]``."""

    first: str | None = None
    last: str = ""
    ascending: bool = True  # every start so far at or after the one before
    offered: int = 0  # rows added, repeats included
    latest_end: str = ""
    overlapping: bool = False
    running: bool = False
    shortest: int | None = None
    longest: int = 0
    projects: dict[str, list] = field(default_factory=dict)
    tag_lists: dict[str, list] = field(default_factory=dict)

    def note(self, rows: list[tuple]) -> None:
        """Notes ``rows`` (values in COLUMNS order) that follow those noted before in the file."""
        if not self.offered:
            self.first = rows[0][4]
        self.offered += len(rows)
        last, ascending, latest_end, overlapping = (self.last, self.ascending, self.latest_end,
                                                    self.overlapping)
        shortest = _LONGEST if self.shortest is None else self.shortest
        longest, running, projects, tag_lists = (self.longest, self.running, self.projects,
                                                 self.tag_lists)
        for _, project, key, client, start, end, seconds, _, tags, _ in rows:
            if start < last:
                ascending = False
            last = start
            if end is None:
                running = True
                seconds = 0
            else:
                if start < latest_end:
                    overlapping = True
                if end > latest_end:
                    latest_end = end
                if seconds < shortest:
                    shortest = seconds
                if seconds > longest:
                    longest = seconds
                tagged = tag_lists.get(tags)
                if tagged is None:
                    tagged = tag_lists[tags] = [0, 0]
                tagged[0] += seconds
                tagged[1] += 1
            known = projects.get(key)
            if known is None:
                known = projects[key] = [project, None, 0, 0]
            if client and not known[1]:
                known[1] = client
            known[2] += 1
            known[3] += seconds
        self.last, self.ascending, self.latest_end, self.overlapping = (last, ascending,
                                                                        latest_end, overlapping)
        self.shortest = None if shortest == _LONGEST else shortest
        self.longest, self.running = longest, running

    def then(self, later: "Tally") -> None:
        """Adds ``later``, the tally of the entries that follow these in the file."""
        if later.first is None:
            return
        self.overlapping = self.overlapping or later.overlapping or later.first < self.latest_end
        self.ascending = self.ascending and later.ascending and self.last <= later.first
        self.first = self.first if self.offered else later.first
        self.last = later.last
        self.offered += later.offered
        self.latest_end = max(self.latest_end, later.latest_end)
        self.running = self.running or later.running
        if later.shortest is not None:
            self.shortest = later.shortest if self.shortest is None else \
                min(self.shortest, later.shortest)
        self.longest = max(self.longest, later.longest)
        for key, (project, client, entries, seconds) in later.projects.items():
            known = self.projects.get(key)
            if known is None:
                self.projects[key] = [project, client, entries, seconds]
            else:
                known[1] = known[1] or client
                known[2] += entries
                known[3] += seconds
        for tags, (seconds, entries) in later.tag_lists.items():
            known = self.tag_lists.setdefault(tags, [0, 0])
            known[0] += seconds
            known[1] += entries


class Staging:
    """A temporary file of parsed entries. Single-threaded use (one thread at a time)."""

    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="internapp-import-"))
        self._conn = sqlite3.connect(self.folder / "staged.sqlite3", isolation_level=None,
                                     check_same_thread=False)  # preview and commit: two threads
        self._finalizer = weakref.finalize(self, _remove, self._conn, self.folder)
        for pragma in (f"page_size = {PAGE_SIZE}", "journal_mode = OFF", "synchronous = OFF",
                       "cache_size = -16384", "temp_store = FILE"):
            self._conn.execute(f"PRAGMA {pragma}")
        self._conn.execute(SCHEMA)
        self._batch: list[tuple] = []
        self._tally = Tally()
        self._rejected = bytearray()  # a bit per seq: rejected by the checks

    @property
    def tally(self) -> Tally:
        self.flush()
        return self._tally

    @property
    def offered(self) -> int:
        """Rows added, duplicates included."""
        return self.tally.offered

    def add(self, values: tuple) -> None:
        """One parsed entry, its values in COLUMNS order."""
        self._batch.append(values)
        if len(self._batch) >= BATCH:
            self.flush()

    def flush(self) -> None:
        if self._batch:
            self._tally.note(self._batch)
            self._conn.execute("BEGIN")
            self._conn.executemany(INSERT, self._batch)
            self._conn.execute("COMMIT")
            self._batch = []

    def hand_over(self) -> Path:
        """Closes this staging without removing its folder, for another process to ``take``."""
        self.flush()
        self._finalizer.detach()
        self._conn.close()
        return self.folder

    def take(self, folder: Path, row_offset: int, tally: Tally) -> None:
        """Adds the entries another staging (``hand_over``: its folder, and its ``tally``)
        read after these, their rows moved on by ``row_offset``; its folder is removed."""
        self.flush()
        try:
            self._conn.execute("ATTACH DATABASE ? AS part", (str(folder / "staged.sqlite3"),))
            self._conn.execute("BEGIN")
            self._conn.execute(f"INSERT INTO entry ({', '.join(COLUMNS)}) "
                               f"SELECT row + ?, {', '.join(COLUMNS[1:])} FROM part.entry "
                               "ORDER BY seq", (row_offset,))  # repeats: the first one counts
            self._conn.execute("COMMIT")
            self._conn.execute("DETACH DATABASE part")
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        self._tally.then(tally)

    def count(self) -> int:
        """How many entries are kept (staged and not rejected)."""
        return self._staged() - int.from_bytes(self._rejected, "little").bit_count()

    def _staged(self) -> int:
        self.flush()
        return self._conn.execute("SELECT COUNT(*) FROM entry").fetchone()[0]

    @property
    def duplicates(self) -> int:
        """Entries that repeat an external id earlier in the file."""
        return self.offered - self._staged()

    def bounds(self) -> tuple[str, str] | None:
        """(earliest start, latest end) of the staged entries (a running one ends at its
        start)."""
        self.flush()
        found = self._conn.execute("SELECT MIN(start), MAX(COALESCE(end, start)) "
                                   "FROM entry").fetchone()
        return None if found[0] is None else found

    def entries(self) -> Iterator[StagedEntry]:
        """The kept entries in start order (file order among equal starts)."""
        return map(StagedEntry._make, self._kept(("seq", *COLUMNS)))

    def spans(self) -> Iterator[tuple]:
        """What the checks read of the kept entries, in start order: ``(seq, row, project_key,
        client, start, end, seconds)`` — plain tuples of a few columns (a million StagedEntry
        took a second more); ``entry(seq)`` has the rest."""
        return self._kept(SPAN_COLUMNS)

    def entry(self, seq: int) -> StagedEntry:
        return StagedEntry._make(self._conn.execute(
            f"SELECT seq, {', '.join(COLUMNS)} FROM entry WHERE seq = ?", (seq,)).fetchone())

    def _kept(self, columns: tuple[str, ...]) -> Iterator[tuple]:
        """``columns`` (the first: seq) of the kept entries in start order."""
        self.flush()
        order = "seq" if self.tally.ascending else "start, seq"  # else sorted once, by SQLite
        cursor = self._conn.execute(f"SELECT {', '.join(columns)} FROM entry ORDER BY {order}")
        rejected, size = self._rejected, len(self._rejected)
        while batch := cursor.fetchmany(2_000):
            if not size:
                yield from batch
                continue
            for row in batch:
                seq = row[0]
                if seq >> 3 < size and rejected[seq >> 3] >> (seq & 7) & 1:
                    continue
                yield row

    @property
    def path(self) -> Path:
        """The staged entries' file: attached to the store's connection for the import's write
        (``stored_select``). Call ``flush()`` before: the write locks it."""
        return self.folder / "staged.sqlite3"

    def stored_rows(self, engagements: dict[str, str], stamp: str, tz: str, source: str,
                    first_id: tuple[int, int]) -> sqlite3.Cursor:
        """The rows of ``stored_select``, read through this file's own connection."""
        self.flush()
        self._conn.execute("BEGIN")
        select, values = self.stored_select(self._conn, "main", engagements, stamp, tz, source,
                                            first_id)
        self._conn.execute("COMMIT")
        return self._conn.execute(select, values)

    def stored_select(self, conn: sqlite3.Connection, schema: str, engagements: dict[str, str],
                      stamp: str, tz: str, source: str, first_id: tuple[int, int]
                      ) -> tuple[str, dict]:
        """A SELECT (and its values) of the kept entries in start order as rows to insert, run by
        ``conn`` — in its transaction — that sees this file as ``schema``: a million of them go
        into the store by one INSERT … SELECT, without a Python object each. The rows are ``(id,
        stamp, stamp, engagement, start, end, seconds, tz, note, tags, source, external_id)``,
        the engagement's stored id from ``engagements`` (by project key), the ids 32 hex digits
        from ``first_id`` (its high and low 64 bits; the low ones as a signed integer) upwards,
        each greater than the one before (not always by one). The projects and rejected entries
        go into TEMP tables of ``conn``; ``drop_temp`` removes them."""
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS import_project "
                     "(key TEXT PRIMARY KEY, engagement TEXT NOT NULL)")
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS import_rejected (seq INTEGER PRIMARY KEY)")
        conn.execute("DELETE FROM temp.import_project")
        conn.executemany("INSERT INTO temp.import_project VALUES (?, ?)", engagements.items())
        conn.execute("DELETE FROM temp.import_rejected")
        conn.executemany("INSERT INTO temp.import_rejected VALUES (?)",
                         ((seq,) for seq in self._rejected_seqs()))
        # ids in start order: in file order when the file is (seq counts up: gaps are fine),
        # else numbered after a sort (a window over a million rows costs a second)
        order, counter = ("e.seq", "e.seq - 1") if self.tally.ascending else \
            ("e.start, e.seq", "row_number() OVER (ORDER BY e.start, e.seq) - 1")
        return (
            f"SELECT printf('%016x%016x', :high, :low + {counter}), :stamp, :stamp, p.engagement, "
            "e.start, e.end, e.seconds, :tz, e.note, e.tags, :source, e.external_id "
            f"FROM {schema}.entry e "
            "LEFT JOIN temp.import_project p ON p.key = e.project_key "  # none: NOT NULL fails
            f"WHERE e.seq NOT IN temp.import_rejected ORDER BY {order}",
            {"high": first_id[0], "low": first_id[1], "stamp": stamp, "tz": tz,
             "source": source})

    @staticmethod
    def drop_temp(conn: sqlite3.Connection) -> None:
        """Removes ``stored_select``'s TEMP tables from ``conn``."""
        conn.execute("DROP TABLE IF EXISTS temp.import_project")
        conn.execute("DROP TABLE IF EXISTS temp.import_rejected")

    def _rejected_seqs(self) -> Iterator[int]:
        for at, byte in enumerate(self._rejected):
            if byte:
                yield from (at << 3 | bit for bit in range(8) if byte >> bit & 1)

    def external_ids(self) -> Iterator[list[str]]:
        """The kept entries' external ids, in batches."""
        self.flush()
        cursor = self._conn.execute("SELECT seq, external_id FROM entry")
        while batch := cursor.fetchmany(500):
            yield [external_id for seq, external_id in batch if not self._is_rejected(seq)]

    def rejected_any(self) -> bool:
        """Whether any entry is marked as not to be written."""
        return any(self._rejected)

    def _is_rejected(self, seq: int) -> bool:
        return seq >> 3 < len(self._rejected) and bool(self._rejected[seq >> 3] >> (seq & 7) & 1)

    def reject(self, seqs: list[int]) -> None:
        """Marks entries as not to be written."""
        if seqs:
            needed = max(seqs) // 8 + 1
            if len(self._rejected) < needed:
                self._rejected.extend(bytes(needed - len(self._rejected)))
            rejected = self._rejected
            for seq in seqs:
                rejected[seq >> 3] |= 1 << (seq & 7)

    def reject_external_ids(self, external_ids: list[str]) -> None:
        self.flush()
        for at in range(0, len(external_ids), 500):
            batch = external_ids[at:at + 500]
            self.reject([seq for (seq,) in self._conn.execute(
                f"SELECT seq FROM entry WHERE external_id IN ({','.join('?' * len(batch))})",
                batch)])

    def close(self) -> None:
        self._finalizer()


def _remove(conn: sqlite3.Connection, folder: Path) -> None:
    conn.close()
    shutil.rmtree(folder, ignore_errors=True)
