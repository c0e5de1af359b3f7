"""A fixed-seed time history for the time benchmarks, written in every format we read.

12 engagements; entries of 15–240 minutes laid one after another (gaps of 0–60 minutes) ending
before 2026-01-01. 100,000 entries span about thirty years. Larger histories run in parallel lanes
of 100,000 (one lane per 100,000 entries), so 1,000,000 entries also cover about thirty years;
entries in different lanes overlap, which only the query benchmarks see (they load it directly).

    python benchmarks/time_history.py store DIR --entries 1000000
    python benchmarks/time_history.py toggl FILE --entries 100000
"""

import argparse
import csv
import json
import random
import sqlite3
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

SEED = 20260301
END = datetime(2026, 1, 1, tzinfo=UTC)
LANE = 100_000
PROJECTS = [
    "Sales dashboard in Power BI", "User interview synthesis", "Social media content audit",
    "Open data portal review", "Market sizing for EV chargers", "Python data cleaning sprint",
    "Technical documentation refresh", "Patient survey analysis", "Route cost model",
    "Newsletter growth experiment", "Scheduling app prototype", "ESG report research",
]
TAGS = ["analysis", "meeting", "writing", "research", "design", "admin"]
NOTES = ["Cleaned the source data", "Call with supervisor", "Drafted the report, part 2",
         "Reviewed feedback", "Built the first chart", "Wrote up findings"]
STORED = "%Y-%m-%d %H:%M:%S.%f"


@dataclass(frozen=True)
class Entry:
    project: int  # index into PROJECTS
    start: datetime  # aware UTC, whole seconds
    end: datetime
    note: str
    tags: tuple[str, ...]
    uid: str  # a stable id (Watson's frame id)


def history(n: int, seed: int = SEED, lanes: bool = True) -> Iterator[Entry]:
    """``n`` entries, oldest first within each lane, the same for the same seed. ``lanes=False``:
    one lane without overlaps, lengths and gaps shrunk to keep it within about thirty years
    (a tenth at 1,000,000 entries: 2–24 minutes), as an import of that many must be."""
    rng = random.Random(seed)
    size = LANE if lanes else max(n, 1)
    scale = min(1.0, LANE / size)
    for lane in range(max(1, -(-n // size))):
        count = min(size, n - lane * size)
        lengths = [(max(1, round(rng.randint(15, 240) * scale)), round(rng.randint(0, 60) * scale))
                   for _ in range(count)]
        clock = END - timedelta(minutes=sum(a + b for a, b in lengths))
        for minutes, gap in lengths:
            start = clock
            end = start + timedelta(minutes=minutes)
            tags = tuple(rng.sample(TAGS, rng.choice([0, 1, 1, 2])))
            yield Entry(rng.randrange(len(PROJECTS)), start, end, rng.choice(NOTES), tags,
                        uuid.UUID(int=rng.getrandbits(128), version=4).hex)
            clock = end + timedelta(minutes=gap)


def fill_store(data_dir: Path, n: int) -> Path:
    """A store under ``data_dir`` holding the 12 engagements and ``n`` entries (bulk SQL)."""
    from internapp.context import open_context
    from internapp.core.services import engagements
    from internapp.paths import resolve_paths

    context = open_context(resolve_paths(data_dir))
    try:
        ids = [engagements.create(context.store, title=p, hours_estimate=2000,
                                  weekly_cap_hours=20).id.hex for p in PROJECTS]
        path = context.paths.database
    finally:
        context.close()
    now = datetime.now(UTC).strftime(STORED)
    conn = sqlite3.connect(path)
    with conn:  # as imports do: the insert triggers dropped, the totals summed once
        triggers = conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
            "AND sql LIKE '%AFTER INSERT ON time_entry%'").fetchall()
        for name, _ in triggers:
            conn.execute(f"DROP TRIGGER {name}")
        conn.executemany(
            "INSERT INTO time_entry (id, created_at, updated_at, engagement_id, started_at, "
            "ended_at, seconds, tz, note, tags) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            ((uuid.uuid4().hex, now, now, ids[e.project], e.start.strftime(STORED),
              e.end.strftime(STORED), int((e.end - e.start).total_seconds()), "UTC", e.note,
              json.dumps(list(e.tags))) for e in history(n)))
        conn.execute("DELETE FROM time_total")
        conn.execute("INSERT INTO time_total (engagement_id, seconds, entries) SELECT "
                     "engagement_id, SUM(seconds), COUNT(seconds) FROM time_entry "
                     "WHERE seconds IS NOT NULL GROUP BY engagement_id")
        if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'time_tag_total'").fetchone():
            from internapp.core.services.local_days import rebuild_tags

            rebuild_tags(conn)
        if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'time_entry_search'").fetchone():
            from internapp.core.services import time_search

            time_search.rebuild(conn)
        for _, sql in triggers:
            conn.execute(sql)
    conn.execute("PRAGMA optimize")
    conn.close()
    return path


def write_toggl_csv(path: Path, entries: list[Entry]) -> None:
    """Toggl Track's detailed CSV (legacy columns), UTC wall-clock times, with a BOM and CRLF."""
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(["User", "Email", "Client", "Project", "Task", "Description", "Billable",
                      "Start date", "Start time", "End date", "End time", "Duration", "Tags",
                      "Amount ()"])
        for e in entries:
            seconds = int((e.end - e.start).total_seconds())
            out.writerow(["Student", "student@example.org", "", PROJECTS[e.project], "", e.note,
                          "No", e.start.strftime("%Y-%m-%d"), e.start.strftime("%H:%M:%S"),
                          e.end.strftime("%Y-%m-%d"), e.end.strftime("%H:%M:%S"),
                          f"{seconds // 3600:02d}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}",
                          ", ".join(e.tags), ""])


def write_watson(directory: Path, entries: list[Entry]) -> Path:
    """Watson's ``frames`` file (and an empty state) in ``directory`` (its WATSON_DIR)."""
    directory.mkdir(parents=True, exist_ok=True)
    frames = [[int(e.start.timestamp()), int(e.end.timestamp()),
               PROJECTS[e.project].replace(" ", "-"), e.uid, list(e.tags),
               int(e.end.timestamp())] for e in entries]
    (directory / "frames").write_text(json.dumps(frames), "utf-8")
    (directory / "state").write_text("{}", "utf-8")
    return directory / "frames"


def write_timewarrior(directory: Path, entries: list[Entry]) -> Path:
    """A Timewarrior database (TIMEWARRIORDB): data/YYYY-MM.data files, the project as the first
    tag. Returns the directory."""
    data = directory / "data"
    data.mkdir(parents=True, exist_ok=True)
    (directory / "timewarrior.cfg").write_text("verbose = no\n", "utf-8")
    months: dict[str, list[str]] = {}
    for e in sorted(entries, key=lambda e: e.start):
        tags = " ".join(t if t.replace("_", "").isalnum() else f'"{t}"'
                        for t in sorted((PROJECTS[e.project].replace(" ", "-"), *e.tags)))
        months.setdefault(e.start.strftime("%Y-%m"), []).append(
            f"inc {e.start:%Y%m%dT%H%M%SZ} - {e.end:%Y%m%dT%H%M%SZ} # {tags}\n")
    for month, lines in months.items():
        (data / f"{month}.data").write_text("".join(lines), "utf-8")
    (data / "tags.data").write_text("{}", "utf-8")
    return directory


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("what", choices=["store", "toggl", "watson", "timewarrior"])
    parser.add_argument("target", type=Path)
    parser.add_argument("--entries", type=int, default=100_000)
    args = parser.parse_args()
    if args.what == "store":
        print(fill_store(args.target, args.entries))
        return
    entries = list(history(args.entries))
    if args.what == "toggl":
        write_toggl_csv(args.target, entries)
    elif args.what == "watson":
        write_watson(args.target, entries)
    else:
        write_timewarrior(args.target, entries)
    print(args.target)


if __name__ == "__main__":
    main()
