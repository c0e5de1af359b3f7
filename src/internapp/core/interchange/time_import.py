"""What every time importer shares: from parsed entries to a preview, and from the preview to one
transaction that writes exactly it.

An importer parses its file into ``ParsedEntry`` rows (rejecting what it cannot read); ``preview``
then checks each against the time rules and the store (duplicates of an earlier import, overlaps
with entries already there or earlier in the file, a second running timer) and groups them by
project. Each project maps to an existing engagement (same name, hyphens and case aside) or a new
one; the GUI lets the user change that. ``commit`` re-checks inside its write transaction and
refuses if the store changed since the preview, so the import completes as previewed or not at
all. Entries are bulk-inserted in one executemany (see ``bulk_insert``).
"""

import bisect
import functools
import hashlib
import json
import random
import re
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from sqlmodel import Session, col, select

from internapp.core.changes import Kind
from internapp.core.clock import local_zone_name, utcnow
from internapp.core.interchange.report import ImportReport, RejectedRow
from internapp.core.models import Engagement, EngagementStatus, TimeEntry
from internapp.core.services import local_days, organizations, time_rules
from internapp.core.services.errors import ValidationError
from internapp.core.services.fields import name_key
from internapp.core.services.time_entries import zone_for
from internapp.core.services.time_input import describe_span
from internapp.core.store import Store
from internapp.core.store.backup import backup_before_import
from internapp.core.store.codec import encode as stored
from internapp.core.store.sessions import plain

NO_PROJECT = "No project"
MAX_NOTE = 20_000  # as time_entries.NOTE
MAX_NAME = 200  # an engagement's title
MAX_TAG = 200  # as time_entries.TAGS


@dataclass(frozen=True)
class ParsedEntry:
    row: int | str  # where it is in the file (a line, or a position in a JSON array)
    project: str
    start: datetime  # aware UTC
    end: datetime | None  # None: still running
    note: str
    tags: tuple[str, ...]
    external_id: str  # recognises the entry when the same file is imported again
    client: str | None = None  # becomes the organization of a new engagement


@dataclass
class Parsed:
    entries: list[ParsedEntry] = field(default_factory=list)
    rejected: list[RejectedRow] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


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
    entries: list[ParsedEntry]
    projects: dict[str, ProjectPlan]  # by project key
    duplicates: int
    rejected: list[RejectedRow]
    notes: list[str]

    def map_project(self, key: str, engagement_id: uuid.UUID | None, title: str | None) -> None:
        """Sends a project's entries to an existing engagement, or (None) to a new one."""
        plan = self.projects[key]
        plan.engagement_id, plan.engagement = engagement_id, title if engagement_id else None

    def timer_notes(self, dry_run: bool = True) -> list[str]:
        """The interval without an end that becomes the running timer, said in words."""
        verb = "will be" if dry_run else "was"
        return [f"row {e.row} (started {e.start:%Y-%m-%d %H:%M} UTC on {e.project!r}) has no "
                f"end: it {verb} imported as the running timer"
                for e in self.entries if e.end is None]

    def report(self, dry_run: bool) -> ImportReport:
        report = ImportReport(self.format, self.source, dry_run, duplicates=self.duplicates,
                              rejected=list(self.rejected))
        report.count("time entries", len(self.entries))
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
    with store.read() as session:
        return _engagement_keys(session)


def _engagement_keys(session: Session) -> dict[str, tuple[uuid.UUID, str]]:
    keys: dict[str, tuple[uuid.UUID, str]] = {}
    rows = session.exec(select(col(Engagement.id), col(Engagement.title))
                        .order_by(col(Engagement.created_at)))
    for engagement_id, title in rows:
        keys[project_key(title)] = (engagement_id, title)  # the newest of a name wins
    return keys


def preview(store: Store, fmt: str, source: Path | str, parsed: Parsed, *,
            tz: str | None = None, now: datetime | None = None) -> TimePreview:
    with store.read() as session:
        return _preview(session, fmt, source, parsed, tz, now or utcnow())


def _preview(session: Session, fmt: str, source: Path | str, parsed: Parsed, tz: str | None,
             now: datetime) -> TimePreview:
    accepted, duplicates, rejected = _check(session, fmt, parsed.entries, now, zone_for(tz))
    known = _engagement_keys(session)
    projects: dict[str, ProjectPlan] = {}
    for entry in accepted:
        key = project_key(entry.project)
        plan = projects.get(key)
        if plan is None:
            plan = projects[key] = ProjectPlan(entry.project)
        plan.client = plan.client or entry.client
        plan.entries += 1
        plan.seconds += int(((entry.end or now) - entry.start).total_seconds())  # both UTC
    for key, plan in projects.items():
        if key in known:
            plan.engagement_id, plan.engagement = known[key]
    rejected = sorted(parsed.rejected + rejected, key=_row_order)
    return TimePreview(fmt, str(source), tz or local_zone_name(), accepted, projects, duplicates,
                       rejected, list(parsed.notes))


def commit(store: Store, plan: TimePreview, *, now: datetime | None = None) -> ImportReport:
    """Writes exactly the preview in one transaction, or nothing (ValidationError) when the store
    changed since it was made."""
    now = now or utcnow()
    if plan.entries:
        backup_before_import(store)
    with store.write([Kind.TIME, Kind.ENGAGEMENTS]) as session:
        accepted, _, rejected = _check(session, plan.format, plan.entries, now, zone_for(plan.tz),
                                       rules=False)  # the rules do not depend on the store
        if rejected or len(accepted) != len(plan.entries):
            raise ValidationError("import", f"the store changed since the preview "
                                            f"({len(rejected)} entries no longer fit); preview the "
                                            "file again")
        _write(session, plan)
    return plan.report(dry_run=False)


def run(store: Store, path: Path, dry_run: bool, fmt: str,
        parse: Callable[[Path, str], Parsed]) -> ImportReport:
    """The CLI's runner: parse, preview, and unless ``dry_run`` write the preview — previewed and
    written in one transaction, so nothing can change in between."""
    tz = local_zone_name()
    parsed = parse(path, tz)
    if dry_run:
        return preview(store, fmt, path, parsed, tz=tz).report(dry_run=True)
    backup_before_import(store)
    with store.write([Kind.TIME, Kind.ENGAGEMENTS]) as session:
        plan = _preview(session, fmt, path, parsed, tz, utcnow())
        _write(session, plan)
    return plan.report(dry_run=False)


def _write(session: Session, plan: TimePreview) -> None:
    """Creates the new engagements and inserts the plan's entries, in the caller's transaction."""
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
    if not plan.entries:
        return
    stamp = stored(utcnow())
    ids = time_ordered_ids(random.Random())
    hexes = {key: engagement_id.hex for key, engagement_id in engagement_ids.items()}
    ordered = sorted(plan.entries, key=lambda e: e.start)  # the indexes fill in order
    bulk_insert(session, ((  # start and end are UTC already: plain subtraction is exact
        next(ids), stamp, stamp, hexes[project_key(e.project)], stored(e.start),
        stored(e.end) if e.end else None,
        int((e.end - e.start).total_seconds()) if e.end else None, plan.tz, e.note,
        _tags_json(e.tags), plan.format, e.external_id,
    ) for e in ordered), engagement_ids.values())


INSERT_COLUMNS = ("id", "created_at", "updated_at", "engagement_id", "started_at", "ended_at",
                  "seconds", "tz", "note", "tags", "source", "external_id")
INSERT = (f"INSERT INTO time_entry ({', '.join(INSERT_COLUMNS)}) "
          f"VALUES ({', '.join('?' * len(INSERT_COLUMNS))})")


def time_ordered_ids(rng: random.Random) -> Iterator[str]:
    """UUIDs of version 7 (RFC 9562: milliseconds since 1970, then a counter from a random
    start) as the store keeps them, 32 hex digits, each greater than the last: a bulk insert
    then appends to the primary-key index instead of writing all over it (half the time of
    random version-4 ids at 100,000 rows)."""
    ms = int(time.time() * 1000) & ((1 << 48) - 1)
    counter = rng.getrandbits(48)
    head = (ms << 80) | (0x7 << 76)
    while True:
        yield f"{head | (0b10 << 62) | counter:032x}"
        counter += 1


@functools.lru_cache(maxsize=4096)  # a file has few distinct tag lists
def _tags_json(tags: tuple[str, ...]) -> str:
    return json.dumps(list(tags))


RECOMPUTE_TOTALS = (
    "INSERT INTO time_total (engagement_id, seconds, entries) "
    "SELECT engagement_id, SUM(seconds), COUNT(seconds) FROM time_entry "
    "WHERE engagement_id IN ({marks}) AND seconds IS NOT NULL GROUP BY engagement_id "
    "ON CONFLICT (engagement_id) DO UPDATE SET seconds = excluded.seconds, "
    "entries = excluded.entries")


def bulk_insert(session: Session, rows, engagement_ids) -> None:
    """Inserts prepared rows (in INSERT_COLUMNS order, values as the store keeps them: hex ids,
    naive-UTC timestamps, JSON text) in the session's transaction, for ``engagement_ids``.

    Measured at 100,000 entries: Core ``insert()`` with dicts spends 2.5 s running each value
    through its column type (``session.add_all`` is ten times slower still), and the per-row
    triggers that keep the totals (per engagement, local day and tag) as long again. So the rows
    go in with one executemany of values written exactly as those column types write them (tests
    read them back through the ORM), and — inside the same transaction, so that a failure restores
    it — the insert triggers are dropped, the totals summed once, and the triggers created again
    from their own stored SQL.
    """
    conn = plain(session)
    if not conn.in_transaction:
        conn.execute("BEGIN")  # the DDL below must be part of the transaction
    triggers = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'time_entry' "
        "AND sql LIKE '%AFTER INSERT ON time_entry%'").fetchall()
    for name, _ in triggers:
        conn.execute(f"DROP TRIGGER {name}")
    conn.executemany(INSERT, rows)
    if triggers:
        hexes = [engagement_id.hex for engagement_id in engagement_ids]
        if hexes:
            conn.execute(RECOMPUTE_TOTALS.format(marks=",".join("?" * len(hexes))), hexes)
        local_days.rebuild_tags(conn)
        local_days.rebuild(conn)
        for _, sql in triggers:
            conn.execute(sql)


# --- checks --------------------------------------------------------------------------------------


def _check(session: Session, fmt: str, entries: list[ParsedEntry], now: datetime,
           zone, rules: bool = True) -> tuple[list[ParsedEntry], int, list[RejectedRow]]:
    """The entries that can be written (file order), how many are already in the store or twice
    in the file, and the rejected ones with their reasons."""
    rejected: list[RejectedRow] = []
    existing_ids = set(session.exec(
        select(TimeEntry.external_id).where(TimeEntry.source == fmt,
                                            col(TimeEntry.external_id).is_not(None))))
    fresh, seen, duplicates = [], set(), 0
    for entry in entries:
        if entry.external_id in existing_ids or entry.external_id in seen:
            duplicates += 1
            continue
        seen.add(entry.external_id)
        problem = _rule_problem(entry, now, zone) if rules else None
        if problem:
            rejected.append(RejectedRow(entry.row, problem[1], problem[0]))
        else:
            fresh.append(entry)
    fresh, more = _without_overlaps(session, fresh, now, zone)
    return fresh, duplicates, rejected + more


def _rule_problem(entry: ParsedEntry, now: datetime, zone) -> tuple[str, str] | None:
    start, end = entry.start, entry.end  # aware UTC: plain arithmetic is exact
    if end is None:
        fine = start <= now + time_rules.TIMER_SLACK
    else:
        fine = (0 < (end - start).total_seconds() <= time_rules.MAX_SECONDS
                and start <= now + time_rules.FUTURE_LIMIT)
    if fine:
        return None
    try:  # the rules themselves say what is wrong
        if entry.end is None:
            time_rules.check_not_far_ahead(entry.start, now, zone=zone,
                                           limit=time_rules.TIMER_SLACK)
        else:
            time_rules.check_span(entry.start, entry.end, zone=zone)
            time_rules.check_not_far_ahead(entry.start, now, zone=zone)
    except ValidationError as error:
        return error.field, error.reason
    return None


def _without_overlaps(session: Session, entries: list[ParsedEntry], now: datetime,
                      zone) -> tuple[list[ParsedEntry], list[RejectedRow]]:
    """Drops (and reports) entries overlapping the store's entries or an earlier one of the file.

    The store's entries around the file's span are loaded once as plain rows, sorted by start,
    with the running maximum of their ends, so each entry is checked with one binary search.
    """
    if not entries:
        return [], []
    ordered = sorted(entries, key=lambda e: e.start)
    first = ordered[0].start
    last = max(e.end or now for e in ordered)
    rows = session.execute(
        select(TimeEntry.started_at, TimeEntry.ended_at, Engagement.title)
        .join(Engagement, col(Engagement.id) == col(TimeEntry.engagement_id))
        .where(TimeEntry.started_at > first - timedelta(seconds=time_rules.MAX_SECONDS),
               TimeEntry.started_at < last)
        .order_by(col(TimeEntry.started_at))).all()
    running = session.execute(
        select(TimeEntry.started_at, Engagement.title)
        .join(Engagement, col(Engagement.id) == col(TimeEntry.engagement_id))
        .where(col(TimeEntry.ended_at).is_(None))).first()
    # (start, end, title, end as stored): a running entry reaches now
    spans = [(s, e or max(now, s), t, e) for s, e, t in rows]
    starts = [row[0] for row in spans]
    reach: list[int] = []  # index of the row with the latest end among spans[:i + 1]
    for i, row in enumerate(spans):
        reach.append(i if not reach or row[1] > spans[reach[-1]][1] else reach[-1])
    kept, rejected = [], []
    latest: ParsedEntry | None = None  # the kept entry of the file that ends last so far
    for entry in ordered:
        end = entry.end or max(now, entry.start)
        reason = None
        j = bisect.bisect_left(starts, end)
        if entry.end is None and running is not None:
            reason = f"a timer is already running on {running[1]!r}; stop it first"
        elif j and spans[reach[j - 1]][1] > entry.start:
            s, _, title, e = spans[reach[j - 1]]
            reason = f"overlaps the entry on {title!r} already here ({describe_span(s, e, zone)})"
        elif latest is not None and (latest.end or now) > entry.start:
            reason = (f"overlaps row {latest.row} of this file "
                      f"({describe_span(latest.start, latest.end, zone)})")
        if reason:
            rejected.append(RejectedRow(entry.row, reason, "start"))
            continue
        kept.append(entry)
        if latest is None or end > (latest.end or now):
            latest = entry
    order = {id(e): n for n, e in enumerate(entries)}
    kept.sort(key=lambda e: order[id(e)])
    return kept, rejected


def _row_order(row: RejectedRow) -> tuple:
    return (0, row.row, "") if isinstance(row.row, int) else (1, 0, str(row.row))


def external_id(start: datetime, *parts) -> str:
    """A stable id for a row of a file that has none: its start (so that ids of a chronological
    file sort, and its index fills in order) and a hash of everything that identifies it."""
    digest = hashlib.blake2b("\x1f".join(map(str, parts)).encode(), digest_size=16).hexdigest()
    return f"{int(start.timestamp()):011x}-{digest}"
