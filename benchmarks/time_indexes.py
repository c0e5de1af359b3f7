"""What each index of ``time_entry`` costs a bulk import: kept up to date while the rows go in,
or dropped first and built again afterwards (the usual bulk-load trick).

The entries of a store are copied, in start order as an import writes them, into an empty table
shaped like ``time_entry`` with one of its indexes (then with all of them), inside a transaction
that is rolled back; the CPU seconds beyond the copy without any index are what keeping that index
cost (the copy alone: the median of three). Then the index is built on the filled table (CREATE
INDEX) and timed. ``--unique-notes`` makes every note distinct and unrelated to the start order (a
scrambled number before it: a real export's descriptions mostly differ, while the generated
history has 6 notes), which scatters the note index's inserts. The store is only read: the table being filled
lives in a temporary file attached beside it.

    python benchmarks/time_indexes.py /tmp/i11p/stores/after-1000000/internapp.sqlite3
    python benchmarks/time_indexes.py STORE_FILE --unique-notes
"""

import argparse
import os
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

CACHE_KIB = 64 * 1024  # as time_import.BULK_CACHE_KIB


def _cpu(conn: sqlite3.Connection, sql: str) -> float:
    start = time.process_time()
    conn.execute(sql)
    return time.process_time() - start


def _on_scratch(name: str, sql: str) -> str:
    return sql.replace(f"INDEX {name} ON time_entry", f"INDEX w.s_{name} ON scratch")


def measure(store: Path, scratch: Path, unique_notes: bool) -> list[tuple[str, float, float]]:
    """(index, CPU seconds to keep it during the copy, CPU seconds to build it afterwards)."""
    conn = sqlite3.connect(f"{store.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
    conn.execute("ATTACH ? AS w", (str(scratch),))
    conn.execute(f"PRAGMA cache_size = {-CACHE_KIB}")
    conn.execute(f"PRAGMA w.cache_size = {-CACHE_KIB}")
    table = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'time_entry'").fetchone()[0]
    table = table.replace("CREATE TABLE time_entry", "CREATE TABLE w.scratch")
    table = table.replace("FOREIGN KEY(engagement_id) REFERENCES engagement (id) ON DELETE CASCADE",
                          "CHECK (1)")
    indexes = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                           "tbl_name = 'time_entry' AND sql IS NOT NULL ORDER BY rowid").fetchall()
    note = "printf('%08x ', (rowid * 2654435761) % 4294967296) || note" if unique_notes else "note"
    columns = ("id, created_at, updated_at, engagement_id, started_at, ended_at, seconds, tz, "
               f"{note}, tags, source, external_id")
    copy = f"INSERT INTO w.scratch SELECT {columns} FROM time_entry ORDER BY started_at"

    def run(kept: list[tuple[str, str]]) -> tuple[float, float]:
        conn.execute("BEGIN")
        try:
            conn.execute(table)
            for name, sql in kept:
                conn.execute(_on_scratch(name, sql))
            copying = _cpu(conn, copy)
            for name, _ in kept:
                conn.execute(f"DROP INDEX w.s_{name}")
            building = sum(_cpu(conn, _on_scratch(name, sql)) for name, sql in kept)
            return copying, building
        finally:
            conn.execute("ROLLBACK")

    bare = statistics.median(run([])[0] for _ in range(3))
    rows = [("(copy without indexes)", bare, 0.0)]
    for index in [*indexes, ("all", None)]:
        kept = indexes if index[1] is None else [index]
        copying, building = run(kept)
        rows.append((index[0], copying - bare, building))
        print(f"{index[0]:<34}{copying - bare:>8.2f} s{building:>8.2f} s", flush=True)
    conn.close()
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("store", type=Path, help="a store's internapp.sqlite3 (only read)")
    parser.add_argument("--unique-notes", action="store_true")
    args = parser.parse_args()
    load = os.getloadavg()
    print(f"load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} on {os.cpu_count()} cores")
    with tempfile.TemporaryDirectory(prefix="internapp-indexes-") as tmp:
        conn = sqlite3.connect(f"{args.store.resolve().as_uri()}?mode=ro", uri=True)
        entries = conn.execute("SELECT COUNT(*) FROM time_entry").fetchone()[0]
        conn.close()
        shape = ", every note distinct" if args.unique_notes else ""
        print(f"{entries:,} entries copied in start order{shape}; CPU seconds")
        print(f"{'index':<34}{'kept':>10}{'rebuilt':>10}")
        rows = measure(args.store, Path(tmp) / "scratch.sqlite3", args.unique_notes)
    print(f"{rows[0][0]:<34}{rows[0][1]:>8.2f} s")


if __name__ == "__main__":
    main()
