"""The import's overlap checks walk the file and the store side by side; they reject exactly what
checking every entry against every other would, whatever order the file is in."""

import random
import uuid
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import insert

from internapp.core.interchange import time_import
from internapp.core.interchange.time_import import Parsed, ParsedEntry
from internapp.core.models import TimeEntry
from internapp.core.services import engagements

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
