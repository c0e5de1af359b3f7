"""What every time importer shares: from parsed entries to a preview, and from the preview to one
transaction that writes exactly it.

An importer parses its file into ``ParsedEntry`` rows handed to ``Parsed.add`` (and reports what it
cannot read with ``Parsed.reject``); they are kept on disk as they come (time_staging.py), so a
file of a million entries never sits in memory. ``preview`` then checks each against the time
rules and the store (duplicates of an earlier import, overlaps with entries already there or
earlier in the file, a second running timer: time_import_checks.py) and groups them by project.
Each project maps to an existing engagement (same name, hyphens and case aside) or a new one; the
GUI lets the user change that. ``commit`` re-checks inside its write transaction and refuses if
the store changed since the preview, so the import completes as previewed or not at all. Entries
go in with one executemany fed from the staged rows (see ``bulk_insert``).
"""

import functools
import hashlib
import json
import random
import re
import sqlite3
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from operator import attrgetter
from pathlib import Path
from typing import NamedTuple

from internapp.core.changes import Kind
from internapp.core.clock import local_zone_name, utcnow
from internapp.core.interchange.report import ImportReport, RejectedRow
from internapp.core.interchange.time_staging import Staging
from internapp.core.services import time_search, time_totals
from internapp.core.services.errors import ValidationError
from internapp.core.services.fields import name_key
from internapp.core.services.time_entries import zone_for
from internapp.core.store import Store
from internapp.core.store.backup import backup_before_import
from internapp.core.store.codec import decode, decode_optional
from internapp.core.store.codec import encode as stored

NO_PROJECT = "No project"
MAX_NOTE = 20_000  # as time_entries.NOTE
MAX_NAME = 200  # an engagement's title
MAX_TAG = 200  # as time_entries.TAGS


class ParsedEntry(NamedTuple):
    row: int | str  # where it is in the file (a line, or a position in a JSON array)
    project: str
    start: datetime  # aware UTC
    end: datetime | None  # None: still running
    note: str
    tags: tuple[str, ...]
    external_id: str  # recognises the entry when the same file is imported again
    client: str | None = None  # becomes the organization of a new engagement


class Parsed:
    """What an importer read: the entries (staged on disk as they are added), the rows it could
    not read, and notes about the file. ``close()`` removes the staged entries."""

    def __init__(self, entries: Iterable[ParsedEntry] = (),
                 rejected: list[RejectedRow] | None = None, notes: list[str] | None = None) -> None:
        self.staging = Staging()
        self.rejected: list[RejectedRow] = list(rejected or [])
        self.notes: list[str] = list(notes or [])
        for entry in entries:
            self.add(entry)

    def add(self, entry: ParsedEntry) -> None:
        seconds = None if entry.end is None else int((entry.end - entry.start).total_seconds())
        self.add_stored(entry.row, entry.project, entry.client, stored(entry.start),
                        None if entry.end is None else stored(entry.end), seconds, entry.note,
                        entry.tags, entry.external_id)

    def add_stored(self, row: int | str, project: str, client: str | None, start: str,
                   end: str | None, seconds: int | None, note: str, tags: tuple[str, ...],
                   external_id: str) -> None:
        """An entry whose instants are stored text already (``codec.encode``: a fast reader)."""
        self.staging.add((row, project, project_key(project), client, start, end, seconds, note,
                          tags_json(tags), external_id))

    def reject(self, row: int | str, reason: str, field: str | None = None) -> None:
        self.rejected.append(RejectedRow(row, reason, field))

    @property
    def entries(self) -> list[ParsedEntry]:
        """Every entry read (repeats aside), in start order: a list, for small files and tests."""
        return _entries(self.staging)

    def close(self) -> None:
        self.staging.close()


@dataclass
class ProjectPlan:
    name: str
    entries: int = 0
    seconds: int = 0
    engagement_id: uuid.UUID | None = None  # None: create an engagement called ``name``
    engagement: str | None = None  # the existing engagement's title when mapped
    client: str | None = None


@dataclass
class TimePreview:
    format: str
    source: str
    tz: str
    staging: Staging  # the entries: those the checks kept are written
    count: int  # how many are written
    projects: dict[str, ProjectPlan]  # by project key
    duplicates: int
    rejected: list[RejectedRow]
    notes: list[str]
    running: list[ParsedEntry] = field(default_factory=list)  # kept entries without an end
    tag_lists: dict[str, list] | None = None  # of a plain file (time_import_checks.Walk)

    @property
    def entries(self) -> list[ParsedEntry]:
        """The entries to write, in start order: a list, for small files and tests."""
        return _entries(self.staging)

    def map_project(self, key: str, engagement_id: uuid.UUID | None, title: str | None) -> None:
        """Sends a project's entries to an existing engagement, or (None) to a new one."""
        plan = self.projects[key]
        plan.engagement_id, plan.engagement = engagement_id, title if engagement_id else None

    def timer_notes(self, dry_run: bool = True) -> list[str]:
        """The interval without an end that becomes the running timer, said in words."""
        verb = "will be" if dry_run else "was"
        return [f"row {e.row} (started {e.start:%Y-%m-%d %H:%M} UTC on {e.project!r}) has no "
                f"end: it {verb} imported as the running timer" for e in self.running]

    def report(self, dry_run: bool) -> ImportReport:
        report = ImportReport(self.format, self.source, dry_run, duplicates=self.duplicates,
                              rejected=list(self.rejected))
        report.count("time entries", self.count)
        new = [p for p in self.projects.values() if p.engagement_id is None]
        report.count("engagements", len(new))
        verb = "will be" if dry_run else "was"
        report.notes.extend(self.timer_notes(dry_run))
        for plan in self.projects.values():
            if plan.engagement_id is None:
                report.notes.append(f"engagement {plan.name!r} {verb} created "
                                    f"({plan.entries} entries)")
            else:
                report.notes.append(f"project {plan.name!r} goes to the existing engagement "
                                    f"{plan.engagement!r} ({plan.entries} entries)")
        report.notes.extend(self.notes)
        return report

    def close(self) -> None:
        """Removes the staged entries (the preview cannot be written afterwards)."""
        self.staging.close()


@functools.lru_cache(maxsize=4096)  # a file names few projects, on many rows
def project_key(name: str) -> str:
    """Project names compared as engagement titles are: case, spacing, hyphens, underscores."""
    return name_key(re.sub(r"[-_]+", " ", name))


def clean_project(name: str | None) -> str:
    """The project's name, whole: a longer one than an engagement's title may be is reported
    (the row is not imported), never cut."""
    name = " ".join((name or "").split())
    if len(name) > MAX_NAME:
        raise ValidationError("project", f"is longer than {MAX_NAME} characters "
                                         f"({name[:40]}…)")
    return name or NO_PROJECT


def clean_note(note: str | None) -> str:
    note = (note or "").replace("\r\n", "\n").replace("\r", "\n").strip()
    if len(note) > MAX_NOTE:
        raise ValidationError("note", f"is longer than {MAX_NOTE:,} characters")
    return note


def clean_tags(tags) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for tag in tags:
        tag = " ".join(str(tag).split())
        if len(tag) > MAX_TAG:
            raise ValidationError("tags", f"the tag {tag[:40]!r}… is longer than {MAX_TAG} "
                                          "characters")
        if tag:
            seen.setdefault(tag.casefold(), tag)
    return tuple(seen.values())


def engagement_keys(store: Store) -> dict[str, tuple[uuid.UUID, str]]:
    with store.reading() as conn:
        return _engagement_keys(conn)


def _engagement_keys(conn: sqlite3.Connection) -> dict[str, tuple[uuid.UUID, str]]:
    keys: dict[str, tuple[uuid.UUID, str]] = {}
    for engagement_id, title in conn.execute("SELECT id, title FROM engagement "
                                             "ORDER BY created_at"):
        keys[project_key(title)] = (uuid.UUID(hex=engagement_id), title)  # the newest wins
    return keys


def preview(store: Store, fmt: str, source: Path | str, parsed: Parsed, *,
            tz: str | None = None, now: datetime | None = None) -> TimePreview:
    with store.reading() as conn:
        return _preview(conn, fmt, source, parsed, tz, now or utcnow())


def _preview(conn: sqlite3.Connection, fmt: str, source: Path | str, parsed: Parsed,
             tz: str | None, now: datetime) -> TimePreview:
    from internapp.core.interchange import time_import_checks as checks

    staging = parsed.staging
    in_file = staging.duplicates
    present = checks.already_present(conn, fmt, staging)
    staging.reject_external_ids(present)
    walk = checks.walk(conn, staging, now, zone_for(tz), rules=True)
    staging.reject(walk.rejected_seqs)
    known = _engagement_keys(conn)
    for key, plan in walk.projects.items():
        if key in known:
            plan.engagement_id, plan.engagement = known[key]
    rejected = parsed.rejected + walk.rejected
    rejected.sort(key=_row_order if any(not isinstance(r.row, int) for r in rejected)
                  else attrgetter("row"))  # an int key sorts a million rows fast
    return TimePreview(fmt, str(source), tz or local_zone_name(), staging, walk.kept,
                       walk.projects, in_file + len(present), rejected, list(parsed.notes),
                       walk.running, walk.tag_lists)


def commit(store: Store, plan: TimePreview, *, now: datetime | None = None) -> ImportReport:
    """Writes exactly the preview in one transaction, or nothing (ValidationError) when the store
    changed since it was made."""
    from internapp.core.interchange import time_import_checks as checks
    from internapp.core.store.sessions import plain

    now = now or utcnow()
    if plan.count:
        backup_before_import(store)
    with _writing(store, plan.staging) as session:
        conn = plain(session)
        present = checks.already_present(conn, plan.format, plan.staging)
        walk = checks.walk(conn, plan.staging, now, zone_for(plan.tz), rules=False)  # the rules
        if present or walk.rejected or walk.kept != plan.count:  # do not depend on the store
            raise ValidationError("import", f"the store changed since the preview "
                                            f"({len(present) + len(walk.rejected)} entries no "
                                            "longer fit); preview the file again")
        plan.tag_lists = walk.tag_lists  # as the store is now
        _write(session, plan)
    return plan.report(dry_run=False)


def run(store: Store, path: Path, dry_run: bool, fmt: str,
        parse: Callable[[Path, str], Parsed]) -> ImportReport:
    """The CLI's runner: parse, preview, and unless ``dry_run`` write the preview — previewed and
    written in one transaction, so nothing can change in between."""
    from internapp.core.store.sessions import plain

    tz = local_zone_name()
    parsed = parse(path, tz)
    try:
        if dry_run:
            return preview(store, fmt, path, parsed, tz=tz).report(dry_run=True)
        backup_before_import(store)
        with _writing(store, parsed.staging) as session:
            plan = _preview(plain(session), fmt, path, parsed, tz, utcnow())
            _write(session, plan)
        return plan.report(dry_run=False)
    finally:
        parsed.close()


def _write(session, plan: TimePreview) -> None:
    """Creates the new engagements and inserts the plan's entries, in the caller's transaction."""
    from internapp.core.models import Engagement, EngagementStatus
    from internapp.core.services import organizations
    from internapp.core.store.sessions import plain

    engagement_ids = {}
    for key, project in plan.projects.items():
        if project.engagement_id is None:
            engagement = Engagement(title=project.name, status=EngagementStatus.ACTIVE,
                                    notes=f"Created by the {plan.format} import of "
                                          f"{Path(plan.source).name}.")
            if project.client:
                engagement.organization_id = organizations.find_or_create(
                    session, project.client).id
            session.add(engagement)
            session.flush()
            engagement_ids[key] = engagement.id
        elif session.get(Engagement, project.engagement_id) is None:
            raise ValidationError("import", f"the engagement for project {project.name!r} "
                                            "no longer exists; preview the file again")
        else:
            engagement_ids[key] = project.engagement_id
    if not plan.count:
        return
    stamp = stored(utcnow())
    hexes = {key: engagement_id.hex for key, engagement_id in engagement_ids.items()}
    high, low = first_time_ordered_id(random.Random())
    conn = plain(session)
    select, values = plan.staging.stored_select(  # in start order: indexes fill in order
        conn, STAGING, hexes, stamp, plan.tz, plan.format, (high, low - (1 << 64)))
    bulk_insert(conn, f"INSERT INTO main.time_entry ({', '.join(INSERT_COLUMNS)}) {select}",
                values, engagement_ids.values(), plan.tag_lists)
    plan.staging.drop_temp(conn)


STAGING = "import_staging"  # the schema name of the staged entries' file in the write


def _writing(store: Store, staging: Staging):
    """The import's write transaction: an ORM session whose connection sees the staged entries
    (flushed first: the transaction locks their file)."""
    staging.flush()
    return store.write([Kind.TIME, Kind.ENGAGEMENTS], attach={STAGING: staging.path})


INSERT_COLUMNS = ("id", "created_at", "updated_at", "engagement_id", "started_at", "ended_at",
                  "seconds", "tz", "note", "tags", "source", "external_id")


def time_ordered_ids(rng: random.Random) -> Iterator[str]:
    """UUIDs of version 7 (RFC 9562: milliseconds since 1970, then a counter from a random
    start) as the store keeps them, 32 hex digits, each greater than the last: a bulk insert
    then appends to the primary-key index instead of writing all over it (half the time of
    random version-4 ids at 100,000 rows)."""
    high, low = first_time_ordered_id(rng)
    while True:
        yield f"{high:016x}{low:016x}"
        low += 1


def first_time_ordered_id(rng: random.Random) -> tuple[int, int]:
    """The high and low 64 bits of the first of ``time_ordered_ids`` (the next ones add 1 to the
    low bits: the counter's 48 bits start low enough never to carry into the variant)."""
    ms = int(time.time() * 1000) & ((1 << 48) - 1)
    return (ms << 16) | (0x7 << 12), (0b10 << 62) | rng.getrandbits(48)


@functools.lru_cache(maxsize=4096)  # a file has few distinct tag lists
def tags_json(tags: tuple[str, ...]) -> str:
    return json.dumps(list(tags))


BULK_CACHE_KIB = 64 * 1024


def bulk_insert(conn: sqlite3.Connection, insert: str, values: dict, engagement_ids,
                tag_lists: dict[str, list] | None = None) -> None:
    """Runs ``insert`` (an INSERT … SELECT of rows as the store keeps them: hex ids, naive-UTC
    timestamps, JSON text) in the transaction of ``conn`` (a session's: ``plain``), for
    ``engagement_ids``; ``tag_lists``, when given, what the rows add per tag list (their stored
    JSON: ``[seconds, entries]``), added to the tag totals instead of summing every entry again.

    Measured at 100,000 entries: Core ``insert()`` with dicts spends 2.5 s running each value
    through its column type (``session.add_all`` is ten times slower still), and the per-row
    triggers that keep the totals (per engagement, local day and tag) as long again. So the rows
    go in as values written exactly as those column types write them (tests read them back
    through the ORM), by one statement that reads them from the staged entries' file (at a
    million rows, an executemany fed by a cursor spent ~5 s CPU making and binding their Python
    values), and — inside the same transaction, so that a failure restores it — the triggers
    that keep the totals and the full-text index are suspended, the totals summed once and the
    new entries indexed in one statement (``time_totals``, ``time_search``); sync's change
    capture still sees every row. The connection's page cache is raised while the rows go in
    (the table's indexes take ten times the default's pages at a million entries).
    """
    triggers = time_totals.suspend(conn)
    indexing = time_search.pause(conn)
    cache = conn.execute("PRAGMA cache_size").fetchone()[0]
    conn.execute(f"PRAGMA cache_size = {-BULK_CACHE_KIB}")
    try:
        conn.execute(insert, values)
    finally:
        conn.execute(f"PRAGMA cache_size = {cache}")
    time_search.resume(conn, indexing)
    time_totals.resume(conn, triggers, engagement_ids, tag_lists)


def _entries(staging: Staging) -> list[ParsedEntry]:
    return [ParsedEntry(e.row, e.project, decode(e.start), decode_optional(e.end), e.note,
                        tuple(json.loads(e.tags)), e.external_id, e.client)
            for e in staging.entries()]


def _row_order(row: RejectedRow) -> tuple:
    return (0, row.row, "") if isinstance(row.row, int) else (1, 0, str(row.row))


def external_id(start: datetime, *parts) -> str:
    """A stable id for a row of a file that has none: its start (so that ids of a chronological
    file sort, and its index fills in order) and a hash of everything that identifies it."""
    return id_from_key(int(start.timestamp()), "\x1f".join(map(str, parts)))


def id_from_key(start: int, key: str) -> str:
    """``external_id`` of a start in whole seconds since 1970 and its parts already joined by
    the unit separator, U+001F (``key``)."""
    digest = hashlib.blake2b(key.encode(), digest_size=16).hexdigest()
    return f"{start:011x}-{digest}"
