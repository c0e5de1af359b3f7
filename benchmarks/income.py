"""Money on a heavy store: the Income screen's queries, the payments lists and Today.

Builds (fixed seed) the time history of benchmarks/time_history.py — 12 engagements and
``--entries`` time entries — and adds ``--engagements`` more engagements of every fee kind
(fixed, hourly, per milestone) in USD and EUR, each with milestones and 1–6 payments (some
expected, some overdue, some partial). Then times, as the screens call them, the median and the
slowest of ``--runs`` runs:

    income by month / organization (a year, and all years), the year-end summary, the rates per
    engagement, every payment, every engagement's money state, the Engagements list, Today.

    .venv-test/bin/python benchmarks/income.py --entries 100000 --engagements 500
"""

import argparse
import random
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from time_history import STORED, fill_store

TODAY = date(2026, 6, 15)
KINDS = ("fixed", "hourly", "milestones")


def add_money(database: Path, count: int, seed: int = 16) -> int:
    """``count`` engagements with fees, milestones and payments, by bulk SQL; returns the
    number of payments."""
    rng = random.Random(seed)
    now = datetime.now(UTC).strftime(STORED)
    conn = sqlite3.connect(database)
    payments = 0
    with conn:
        conn.execute("UPDATE engagement SET fee_kind = 'hourly', rate_cents = 2500, "
                     "start_on = '1996-01-01'")
        for n in range(count):
            kind = KINDS[n % 3]
            currency = "EUR" if n % 4 == 0 else "USD"
            start = TODAY - timedelta(days=rng.randint(0, 700))
            ended = start + timedelta(days=rng.randint(20, 90))
            fee = rng.choice([30000, 45000, 60000, 80000])
            engagement = uuid.uuid4().hex
            conn.execute(
                "INSERT INTO engagement (id, created_at, updated_at, title, currency, status, "
                "start_on, ended_on, hours_estimate, fee_kind, fee_cents, rate_cents, "
                "withheld_bp, platform, deliverables, outcome, feedback, notes) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', '', '', '')",
                (engagement, now, now, f"Engagement {n}", currency,
                 "paid" if ended < TODAY else "active", start.isoformat(),
                 ended.isoformat() if ended < TODAY else None, rng.choice([20, 30, 40]), kind,
                 fee if kind == "fixed" else None, 2500 if kind == "hourly" else None,
                 rng.choice([None, 1000, 2000]), rng.choice([None, "Riipen", "Parker Dewey"])))
            for position in range(3):
                conn.execute(
                    "INSERT INTO milestone (id, created_at, updated_at, engagement_id, title, "
                    "position, due_on, done_on, fee_cents) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (uuid.uuid4().hex, now, now, engagement, f"Step {position}", position,
                     (start + timedelta(days=10 * position + 10)).isoformat(),
                     (start + timedelta(days=10 * position + 9)).isoformat()
                     if start + timedelta(days=10 * position + 9) < TODAY else None,
                     fee // 3 if kind == "milestones" else None))
            for part in range(rng.randint(1, 6)):
                expected = start + timedelta(days=15 * part + 20)
                received = expected + timedelta(days=rng.randint(0, 9))
                conn.execute(
                    "INSERT INTO payment (id, created_at, updated_at, engagement_id, "
                    "amount_cents, withheld_cents, expected_on, received_on, method, note) "
                    "VALUES (?, ?, ?, ?, ?, 0, ?, ?, 'Bank transfer', '')",
                    (uuid.uuid4().hex, now, now, engagement, rng.choice([5000, 10000, 15000]),
                     expected.isoformat(),
                     received.isoformat() if received < TODAY and rng.random() < 0.9 else None))
                payments += 1
    conn.close()
    return payments


def timed(name: str, runs: int, call) -> None:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        times.append((time.perf_counter() - start) * 1000)
    print(f"  {name:<44} median {statistics.median(times):8.1f} ms   slowest {max(times):8.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--engagements", type=int, default=500)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    from internapp.context import open_context
    from internapp.core.services import engagements, income, payments, today
    from internapp.paths import resolve_paths

    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder) / "data"
        started = time.perf_counter()
        database = fill_store(data, args.entries)
        count = add_money(database, args.engagements)
        print(f"store: {args.entries:,} time entries, {args.engagements + 12:,} engagements, "
              f"{count:,} payments, {database.stat().st_size / 1e6:.1f} MB "
              f"(built in {time.perf_counter() - started:.0f} s)")
        context = open_context(resolve_paths(data))
        store = context.store
        try:
            timed("income by month, one year", args.runs,
                  lambda: income.income(store, by="month", year=2025))
            timed("income by month, all years", args.runs, lambda: income.income(store))
            timed("income by year, all years", args.runs, lambda: income.income(store, by="year"))
            timed("income by organization, one year", args.runs,
                  lambda: income.income(store, by="organization", year=2025))
            timed("year-end summary", args.runs, lambda: income.year_summary(store, 2025))
            timed("effective rate per engagement", args.runs,
                  lambda: income.engagement_rates(store))
            timed("every payment (Income › Payments)", args.runs,
                  lambda: payments.list_rows(store))
            timed("payments owed", args.runs, lambda: payments.list_rows(store, owed=True))
            timed("every engagement's money state", args.runs,
                  lambda: payments.all_states(store, TODAY))
            timed("Engagements list (with paid / owed)", args.runs,
                  lambda: engagements.list_rows(store))
            timed("Today (plain path, payments due)", args.runs,
                  lambda: today.today(store, TODAY))
        finally:
            context.close()


if __name__ == "__main__":
    main()
