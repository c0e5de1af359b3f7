"""The checks an import makes before writing: which staged entries are in the store already (an
earlier import of the same file), which break the time rules, and which overlap an entry in the
store, one earlier in the file, or would be a second running timer.

The staged entries and the store's entries around them are both read in start order and walked
side by side, so a million of each take one pass and little memory; instants are compared as the
codec's text (it sorts as the instants do) and parsed only to say why an entry was rejected. A
plain file — in start order, no overlaps, repeats, open ends or broken rules, into a stretch of
time the store has no entries in: a first import — is answered from what the staging noted as the
entries came (``Tally``), without reading them back.
"""

import sqlite3
from collections import deque
from dataclasses import dataclass, field
from datetime import datetime, timedelta, tzinfo

from internapp.core.interchange.report import RejectedRow
from internapp.core.interchange.time_staging import Staging
from internapp.core.services import time_rules
from internapp.core.services.errors import ValidationError
from internapp.core.services.time_input import describe_span
from internapp.core.store.codec import decode, decode_optional, encode


@dataclass
class Walk:
    kept: int = 0
    projects: dict = field(default_factory=dict)  # project key -> ProjectPlan, in start order
    running: list = field(default_factory=list)  # kept entries without an end (ParsedEntry)
    rejected: list[RejectedRow] = field(default_factory=list)
    rejected_seqs: list[int] = field(default_factory=list)
    tag_lists: dict[str, list] | None = None  # the tally's, when every staged entry is kept


def already_present(conn: sqlite3.Connection, fmt: str, staging: Staging) -> list[str]:
    """The external ids of staged entries the store holds from an earlier import of ``fmt``."""
    if conn.execute("SELECT 1 FROM time_entry WHERE source = ? AND external_id IS NOT NULL "
                    "LIMIT 1", (fmt,)).fetchone() is None:
        return []  # nothing was imported from this format yet
    found: list[str] = []
    for batch in staging.external_ids():
        found += [external_id for (external_id,) in conn.execute(
            "SELECT external_id FROM time_entry WHERE source = ? AND external_id IN "
            f"({','.join('?' * len(batch))})", (fmt, *batch))]
    return found


def walk(conn: sqlite3.Connection, staging: Staging, now: datetime, zone: tzinfo, *,
         rules: bool) -> Walk:
    """Checks the kept staged entries in start order against the rules (``rules``; they do not
    depend on the store) and for overlaps; groups those that pass by project."""
    from internapp.core.interchange.time_import import ParsedEntry, ProjectPlan

    plain = _plain_walk(conn, staging, now)
    if plain is not None:
        return plain
    result = Walk()
    bounds = staging.bounds()
    if bounds is None:
        return result
    now_text = encode(now)
    future = encode(now + time_rules.FUTURE_LIMIT)
    slack = encode(now + time_rules.TIMER_SLACK)
    spans = _StoreSpans(conn, *_store_range(bounds[0], bounds[1], now_text), now_text)
    running = conn.execute("SELECT t.started_at, e.title FROM time_entry t JOIN engagement e "
                           "ON e.id = t.engagement_id WHERE t.ended_at IS NULL").fetchone()
    latest: tuple | None = None  # the kept entry of the file that ends last so far (a span)
    latest_end = ""
    said: tuple = (None, "")  # the last overlap explained, and how
    projects = result.projects
    for span in staging.spans():
        seq, row, project_key, client, start, stored_end, seconds = span
        end = stored_end or max(now_text, start)
        if rules:
            if seconds is None:  # running
                fine = start <= slack
            else:
                fine = 0 < seconds <= time_rules.MAX_SECONDS and start <= future
            problem = None if fine else _rule_problem(start, stored_end, now, zone)
            if problem:
                result.rejected.append(RejectedRow(row, problem[1], problem[0]))
                result.rejected_seqs.append(seq)
                continue
        reason = None
        there = spans.overlapping(start, end)
        if stored_end is None and running is not None:
            reason = f"a timer is already running on {running[1]!r}; stop it first"
        elif there is not None:
            if there is not said[0]:  # many entries may overlap one: say it once
                described = describe_span(decode(there[0]), decode_optional(there[3]), zone)
                said = (there, f"overlaps the entry on {there[2]!r} already here ({described})")
            reason = said[1]
        elif latest is not None and latest_end > start:
            if latest is not said[0]:
                described = describe_span(decode(latest[4]), decode_optional(latest[5]), zone)
                said = (latest, f"overlaps row {latest[1]} of this file ({described})")
            reason = said[1]
        if reason:
            result.rejected.append(RejectedRow(row, reason, "start"))
            result.rejected_seqs.append(seq)
            continue
        result.kept += 1
        if latest is None or end > latest_end:
            latest, latest_end = span, end
        plan = projects.get(project_key)
        if plan is None:
            plan = projects[project_key] = ProjectPlan(staging.entry(seq).project)
        if client and not plan.client:
            plan.client = client
        plan.entries += 1
        if seconds is not None:
            plan.seconds += seconds
        else:
            entry = staging.entry(seq)
            plan.seconds += max(0, int((now - decode(start)).total_seconds()))
            result.running.append(ParsedEntry(entry.row, entry.project, decode(start), None,
                                              entry.note, (), entry.external_id, entry.client))
    return result


def _plain_walk(conn: sqlite3.Connection, staging: Staging, now: datetime) -> Walk | None:
    """What ``walk`` answers for a plain file (module docstring), read from the staging's tally;
    None for any other: every entry kept, grouped by project in the order they first appear."""
    from internapp.core.interchange.time_import import ProjectPlan

    tally = staging.tally
    if (not tally.offered or not tally.ascending or tally.overlapping or tally.running
            or tally.shortest is None or tally.shortest <= 0
            or tally.longest > time_rules.MAX_SECONDS
            or tally.last > encode(now + time_rules.FUTURE_LIMIT)
            or staging.rejected_any() or staging.duplicates):
        return None
    assert tally.first is not None
    if conn.execute("SELECT 1 FROM time_entry WHERE started_at > ? AND started_at < ? LIMIT 1",
                    _store_range(tally.first, tally.latest_end, encode(now))).fetchone():
        return None  # the store has entries where the walk would read them (_StoreSpans)
    result = Walk(kept=tally.offered, tag_lists=tally.tag_lists)
    for key, (project, client, entries, seconds) in tally.projects.items():
        result.projects[key] = ProjectPlan(project, entries, seconds, client=client or None)
    return result


def _store_range(first_start: str, last_end: str, now_text: str) -> tuple[str, str]:
    """Between which starts (both excluded) the store's entries may overlap entries from
    ``first_start`` to ``last_end``: one starting up to the longest entry before, up to the end
    or now, whichever is later (a running one reaches now)."""
    return (encode(decode(first_start) - timedelta(seconds=time_rules.MAX_SECONDS)),
            max(last_end, now_text))


class _StoreSpans:
    """The store's entries from ``low`` to ``high`` (starts, as stored), read in start order as
    the walk moves on: (start, end as it counts — a running one reaches now —, engagement title,
    end as stored)."""

    def __init__(self, conn: sqlite3.Connection, low: str, high: str, now_text: str) -> None:
        self._cursor = conn.execute(
            "SELECT t.started_at, COALESCE(t.ended_at, MAX(t.started_at, ?)), e.title, t.ended_at "
            "FROM time_entry t JOIN engagement e ON e.id = t.engagement_id "
            "WHERE t.started_at > ? AND t.started_at < ? ORDER BY t.started_at",
            (now_text, low, high))
        self._ahead: deque[tuple] = deque()  # read, starting at or after the current entry
        self._done = False
        self._best: tuple | None = None  # of those starting before it, the one ending last

    def overlapping(self, start: str, end: str) -> tuple | None:
        """The entry of the store that an entry from ``start`` to ``end`` overlaps (of several,
        the one ending last), or None. Entries come in start order."""
        while not self._done and (not self._ahead or self._ahead[-1][0] < end):
            row = self._cursor.fetchone()
            if row is None:
                self._done = True
            else:
                self._ahead.append(row)
        while self._ahead and self._ahead[0][0] < start:
            row = self._ahead.popleft()
            if self._best is None or row[1] > self._best[1]:
                self._best = row
        found = self._best if self._best is not None and self._best[1] > start else None
        if self._ahead and self._ahead[0][0] < end:  # it starts inside: an overlap
            for row in self._ahead:
                if row[0] >= end:
                    break
                if found is None or row[1] > found[1]:
                    found = row
        return found


def _rule_problem(stored_start: str, stored_end: str | None, now: datetime,
                  zone: tzinfo) -> tuple[str, str] | None:
    """The field and reason of a broken time rule, in the rules' own words."""
    start, end = decode(stored_start), decode_optional(stored_end)
    try:
        if end is None:
            time_rules.check_not_far_ahead(start, now, zone=zone, limit=time_rules.TIMER_SLACK)
        else:
            time_rules.check_span(start, end, zone=zone)
            time_rules.check_not_far_ahead(start, now, zone=zone)
    except ValidationError as error:
        return error.field, error.reason
    return None
