"""The import's overlap checks walk the file and the store side by side; they reject exactly what
checking every entry against every other would, whatever order the file is in."""

import random
import sqlite3
import uuid
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import insert

from internapp.core.interchange import time_import
from internapp.core.interchange import time_import_checks as checks
from internapp.core.interchange.time_import import Parsed, ParsedEntry
from internapp.core.models import TimeEntry
from internapp.core.services import engagements, local_days

from .conftest import NOW

BASE = datetime(2025, 1, 6, 8, tzinfo=UTC)


def _spans(rng: random.Random, n: int, prefix: str) -> list[tuple[datetime, datetime]]:
    spans = []
    for _ in range(n):
        start = BASE + timedelta(minutes=rng.randrange(0, 60 * 24 * 20, 5))
        spans.append((start, start + timedelta(minutes=rng.choice([5, 30, 90, 600, 1400]))))
    return spans


def _expected(store_spans, file_spans) -> dict[int, str]:
    """Row -> "store" or "file": every entry checked against every other, in start order."""
    kept: list[tuple[datetime, datetime]] = []
    found = {}
    for row, (start, end) in sorted(enumerate(file_spans, start=1), key=lambda r: r[1][0]):
        if any(s < end and e > start for s, e in store_spans):
            found[row] = "store"
        elif any(e > start for _, e in kept):
            found[row] = "file"
        else:
            kept.append((start, end))
    return found


@pytest.mark.parametrize("seed", range(6))
def test_overlaps_are_those_of_every_pair(store, seed):
    rng = random.Random(seed)
    engagement = engagements.create(store, title="Here")
    store_spans = _spans(rng, 40, "s")
    store_spans = [s for i, s in enumerate(store_spans)  # the store has no overlaps itself
                   if not any(a < s[1] and b > s[0] for a, b in store_spans[:i])]
    with store.write([]) as session:
        session.execute(insert(TimeEntry.__table__), [
            {"id": uuid.uuid4(), "created_at": NOW, "updated_at": NOW,
             "engagement_id": engagement.id, "started_at": s, "ended_at": e,
             "seconds": int((e - s).total_seconds()), "tz": "UTC", "note": "", "tags": [],
             "source": None, "external_id": None} for s, e in store_spans])
    file_spans = _spans(rng, 120, "f")
    if seed % 2:
        file_spans.sort(key=lambda span: span[0])  # a chronological file (read in file order)
    entries = [ParsedEntry(row, "Project", s, e, "", (), f"x{row}")
               for row, (s, e) in enumerate(file_spans, start=1)]
    plan = time_import.preview(store, "watson", "frames", Parsed(entries), tz="UTC", now=NOW)
    got = {r.row: "store" if "already here" in r.reason else "file" for r in plan.rejected}
    assert got == _expected(store_spans, file_spans)
    assert plan.count == len(file_spans) - len(got)
    written = time_import.commit(store, plan, now=NOW)
    assert written.created["time entries"] == plan.count
    plan.close()


PLAIN_CASES = ("plain", "store far away", "overlap", "open end", "too long", "future",
               "unordered", "repeat", "store inside", "store just before", "imported before")


def _plain_file(rng: random.Random, case: str) -> list[ParsedEntry]:
    """A chronological file without overlaps across three projects (some rows naming a client),
    then spoilt as ``case`` says."""
    entries, start = [], BASE
    for row in range(1, rng.randrange(2, 60)):
        start += timedelta(minutes=rng.randrange(0, 300, 5))
        end = start + timedelta(minutes=rng.choice([5, 30, 90, 600]))
        project = rng.choice(["Alpha", "beta", "Gamma-Ray"])
        client = rng.choice([None, None, f"{project} Ltd"])
        tags = rng.choice([(), (), ("analysis",), ("analysis", "client call"), ("Écrit",)])
        entries.append(ParsedEntry(row, project, start, end, f"note {row}", tags, f"x{row}",
                                   client))
        start = end
    at = rng.randrange(len(entries))
    spoilt = entries[at]
    if case == "overlap" and at:
        entries[at] = spoilt._replace(start=entries[at - 1].end - timedelta(minutes=1))
    elif case == "open end":
        entries[-1] = entries[-1]._replace(start=NOW - timedelta(hours=1), end=None)
    elif case == "too long":
        entries[at] = spoilt._replace(end=spoilt.start + timedelta(hours=25))
    elif case == "future":
        entries[-1] = entries[-1]._replace(start=NOW + timedelta(days=2),
                                           end=NOW + timedelta(days=2, hours=1))
    elif case == "unordered":
        rng.shuffle(entries)
    elif case == "repeat":  # an id seen before, on a later entry (the first one counts)
        later = entries[-1].end + timedelta(minutes=10)
        entries.append(spoilt._replace(row=len(entries) + 1, start=later,
                                       end=later + timedelta(minutes=30)))
    return entries


@pytest.mark.parametrize("case", PLAIN_CASES)
@pytest.mark.parametrize("seed", range(4))
def test_a_plain_file_is_previewed_as_walking_it_would(store, monkeypatch, case, seed):
    """The previews with the tally's answer (time_import_checks._plain_walk) and without it (every
    entry walked) are equal; the tally answers for plain files only."""
    rng = random.Random(seed)
    entries = _plain_file(rng, case)
    here = engagements.create(store, title="Here")
    first = min(e.start for e in entries)
    store_spans = {"store far away": [first - timedelta(days=3)],
                   "store inside": [max(e.start for e in entries) - timedelta(minutes=2)],
                   "store just before": [first - timedelta(hours=23)]}.get(case, [])
    rows = [{"id": uuid.uuid4(), "created_at": NOW, "updated_at": NOW, "engagement_id": here.id,
             "started_at": s, "ended_at": s + timedelta(minutes=1), "seconds": 60, "tz": "UTC",
             "note": "", "tags": [], "source": None, "external_id": None} for s in store_spans]
    if case == "imported before":
        rows.append({**(rows[0] if rows else {
            "id": uuid.uuid4(), "created_at": NOW, "updated_at": NOW, "engagement_id": here.id,
            "tz": "UTC", "note": "", "tags": []}),
            "started_at": BASE - timedelta(days=30), "ended_at": BASE - timedelta(days=29),
            "seconds": 86_400, "source": "watson", "external_id": entries[-1].external_id})
    if rows:
        with store.write([]) as session:
            session.execute(insert(TimeEntry.__table__), rows)
    answered = []
    real = checks._plain_walk
    monkeypatch.setattr(checks, "_plain_walk", lambda *a: answered.append(real(*a)) or answered[-1])
    told = time_import.preview(store, "watson", "frames", Parsed(entries), tz="UTC", now=NOW)
    monkeypatch.setattr(checks, "_plain_walk", lambda *a: None)
    walked = time_import.preview(store, "watson", "frames", Parsed(entries), tz="UTC", now=NOW)
    assert (answered[0] is not None) == (case in ("plain", "store far away"))
    for field in ("count", "duplicates", "rejected", "running", "tz"):
        assert getattr(told, field) == getattr(walked, field), field
    assert list(told.projects.items()) == list(walked.projects.items())  # in the same order
    assert told.entries == walked.entries
    monkeypatch.setattr(checks, "_plain_walk", real)
    if answered[0] is not None:  # and it writes what the walk would
        assert sum(p.entries for p in told.projects.values()) == told.count == len(entries)
        assert time_import.commit(store, told, now=NOW).created["time entries"] == told.count
        assert _tag_totals(store) == _tag_totals(store, rebuilt=True)  # added, not summed again
    told.close()
    walked.close()


def _tag_totals(store, rebuilt: bool = False) -> list[tuple]:
    """The tag totals as kept, or as summed again from every entry (then rolled back)."""
    conn = sqlite3.connect(store.path, isolation_level=None)
    try:
        conn.execute("BEGIN")
        if rebuilt:
            local_days.rebuild_tags(conn)
        return conn.execute("SELECT tag, seconds, entries FROM time_tag_total "
                            "ORDER BY tag").fetchall()
    finally:
        conn.execute("ROLLBACK")
        conn.close()
