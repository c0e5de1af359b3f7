"""What every time importer shares: from parsed entries to a preview, and from the preview to one
transaction that writes exactly it.

An importer parses its file into ``ParsedEntry`` rows (rejecting what it cannot read); ``preview``
then checks each against the time rules and the store (duplicates of an earlier import, overlaps
with entries already there or earlier in the file, a second running timer) and groups them by
project. Each project maps to an existing engagement (same name, hyphens and case aside) or a new
one; the GUI lets the user change that. ``commit`` re-checks inside its write transaction and
refuses if the store changed since the preview, so the import completes as previewed or not at
all. Entries are bulk-inserted with Core ``insert()`` (ten times faster than ORM objects).
"""

import bisect
import hashlib
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import insert
from sqlmodel import Session, select

from internapp.core.changes import Kind
from internapp.core.clock import local_zone_name, utcnow
from internapp.core.interchange.report import ImportReport, RejectedRow
from internapp.core.models import Engagement, EngagementStatus, TimeEntry
from internapp.core.services import organizations, time_rules
from internapp.core.services.errors import ValidationError
from internapp.core.services.fields import name_key
from internapp.core.services.time_entries import zone_for
from internapp.core.services.time_input import describe_span, duration_seconds
from internapp.core.store import Store

NO_PROJECT = "No project"
MAX_NOTE = 5000


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

    def report(self, dry_run: bool) -> ImportReport:
        report = ImportReport(self.format, self.source, dry_run, duplicates=self.duplicates,
                              rejected=list(self.rejected))
        report.count("time entries", len(self.entries))
        new = [p for p in self.projects.values() if p.engagement_id is None]
        report.count("engagements", len(new))
        verb = "will be" if dry_run else "was"
        for plan in self.projects.values():
            if plan.engagement_id is None:
                report.notes.append(f"engagement {plan.name!r} {verb} created "
                                    f"({plan.entries} entries)")
            else:
                report.notes.append(f"project {plan.name!r} goes to the existing engagement "
                                    f"{plan.engagement!r} ({plan.entries} entries)")
        report.notes.extend(self.notes)
        return report


def project_key(name: str) -> str:
    """Project names compared as engagement titles are: case, spacing, hyphens, underscores."""
    return name_key(re.sub(r"[-_]+", " ", name))


def clean_project(name: str | None) -> str:
    name = " ".join((name or "").split())
    return name[:200] if name else NO_PROJECT


def clean_note(note: str | None) -> str:
    return (note or "").replace("\r\n", "\n").replace("\r", "\n").strip()[:MAX_NOTE]


def clean_tags(tags) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for tag in tags:
        tag = " ".join(str(tag).split())[:40]
        if tag:
            seen.setdefault(tag.casefold(), tag)
    return tuple(seen.values())


def engagement_keys(store: Store) -> dict[str, tuple[uuid.UUID, str]]:
    with store.read() as session:
        return _engagement_keys(session)


def _engagement_keys(session: Session) -> dict[str, tuple[uuid.UUID, str]]:
    keys: dict[str, tuple[uuid.UUID, str]] = {}
    rows = session.exec(select(Engagement.id, Engagement.title).order_by(Engagement.created_at))
    for engagement_id, title in rows:
        keys[project_key(title)] = (engagement_id, title)  # the newest of a name wins
    return keys


def preview(store: Store, fmt: str, source: Path | str, parsed: Parsed, *,
            tz: str | None = None, now: datetime | None = None) -> TimePreview:
    now = now or utcnow()
    with store.read() as session:
        accepted, duplicates, rejected = _check(session, fmt, parsed.entries, now, zone_for(tz))
        known = _engagement_keys(session)
    projects: dict[str, ProjectPlan] = {}
    for entry in accepted:
        key = project_key(entry.project)
        plan = projects.setdefault(key, ProjectPlan(entry.project))
        plan.client = plan.client or entry.client
        plan.entries += 1
        plan.seconds += duration_seconds(entry.start, entry.end or now)
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
    with store.write([Kind.TIME, Kind.ENGAGEMENTS]) as session:
        accepted, _, rejected = _check(session, plan.format, plan.entries, now, zone_for(plan.tz))
        if rejected or len(accepted) != len(plan.entries):
            raise ValidationError("import", f"the store changed since the preview "
                                            f"({len(rejected)} entries no longer fit); preview the "
                                            "file again")
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
        stamp = utcnow()
        rows = [{
            "id": uuid.uuid4(), "created_at": stamp, "updated_at": stamp,
            "engagement_id": engagement_ids[project_key(e.project)], "started_at": e.start,
            "ended_at": e.end, "seconds": duration_seconds(e.start, e.end) if e.end else None,
            "tz": plan.tz, "note": e.note, "tags": list(e.tags), "source": plan.format,
            "external_id": e.external_id,
        } for e in plan.entries]
        if rows:
            session.execute(insert(TimeEntry.__table__), rows)
    return plan.report(dry_run=False)


def run(store: Store, path: Path, dry_run: bool, fmt: str,
        parse: Callable[[Path, str], Parsed]) -> ImportReport:
    """The CLI's runner: parse, preview, and unless ``dry_run`` commit the preview."""
    tz = local_zone_name()
    plan = preview(store, fmt, path, parse(path, tz), tz=tz)
    if dry_run or not plan.entries:
        return plan.report(dry_run=True) if dry_run else plan.report(dry_run=False)
    return commit(store, plan)


# --- checks --------------------------------------------------------------------------------------


def _check(session: Session, fmt: str, entries: list[ParsedEntry], now: datetime,
           zone) -> tuple[list[ParsedEntry], int, list[RejectedRow]]:
    """The entries that can be written (file order), how many are already in the store or twice
    in the file, and the rejected ones with their reasons."""
    rejected: list[RejectedRow] = []
    existing_ids = set(session.exec(
        select(TimeEntry.external_id).where(TimeEntry.source == fmt,
                                            TimeEntry.external_id.is_not(None))))
    fresh, seen, duplicates = [], set(), 0
    for entry in entries:
        if entry.external_id in existing_ids or entry.external_id in seen:
            duplicates += 1
            continue
        seen.add(entry.external_id)
        problem = _rule_problem(entry, now, zone)
        if problem:
            rejected.append(RejectedRow(entry.row, problem[1], problem[0]))
        else:
            fresh.append(entry)
    fresh, more = _without_overlaps(session, fresh, now, zone)
    return fresh, duplicates, rejected + more


def _rule_problem(entry: ParsedEntry, now: datetime, zone) -> tuple[str, str] | None:
    try:
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
        .join(Engagement, Engagement.id == TimeEntry.engagement_id)
        .where(TimeEntry.started_at > first - timedelta(seconds=time_rules.MAX_SECONDS),
               TimeEntry.started_at < last)
        .order_by(TimeEntry.started_at)).all()
    running = session.execute(
        select(TimeEntry.started_at, Engagement.title)
        .join(Engagement, Engagement.id == TimeEntry.engagement_id)
        .where(TimeEntry.ended_at.is_(None))).first()
    # (start, end, title, end as stored): a running entry reaches now
    rows = [(s, e or max(now, s), t, e) for s, e, t in rows]
    starts = [row[0] for row in rows]
    reach: list[int] = []  # index of the row with the latest end among rows[:i + 1]
    for i, row in enumerate(rows):
        reach.append(i if not reach or row[1] > rows[reach[-1]][1] else reach[-1])
    kept, rejected = [], []
    latest: ParsedEntry | None = None  # the kept entry of the file that ends last so far
    for entry in ordered:
        end = entry.end or max(now, entry.start)
        reason = None
        j = bisect.bisect_left(starts, end)
        if entry.end is None and running is not None:
            reason = f"a timer is already running on {running[1]!r}; stop it first"
        elif j and rows[reach[j - 1]][1] > entry.start:
            s, _, title, e = rows[reach[j - 1]]
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


def external_id(*parts) -> str:
    """A stable id for a row of a file that has none: a hash of what identifies the entry."""
    return hashlib.blake2b("\x1f".join(map(str, parts)).encode(), digest_size=16).hexdigest()
