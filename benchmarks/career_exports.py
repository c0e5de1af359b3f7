"""Career exports of a 20-engagement portfolio (targets: the PDF in at most 1 s, the HTML in at most
0.5 s), and the other formats beside them.

Builds a store with a fixed seed: 20 finished engagements, each with 40 half-hour entries, three
skills, two deliverables, two results, a STAR story and a supervisor who agreed to be a
reference, and the student's profile. Times each export in this process (the first run apart:
it registers the PDF fonts and warms the caches, as the first export after opening the window
does), then one cold ``internapp export`` process per format for the whole command.

    .venv-test/bin/python benchmarks/career_exports.py [--engagements 20] [--runs 7]
"""

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SKILLS = ["Mathematics", "Critical Thinking", "Programming", "Writing", "Systems Analysis",
          "Active Listening", "Reading Comprehension", "Judgment and Decision Making"]


def build(store, engagements: int) -> None:
    from sqlalchemy import insert

    from internapp.core.models import TimeEntry
    from internapp.core.services import contacts, outcomes, profile, skills
    from internapp.core.services import engagements as engagement_service

    rng = random.Random(14)
    first = date(2025, 1, 6)
    entries = []
    for n in range(engagements):
        start = first + timedelta(weeks=3 * n)
        created = engagement_service.create(
            store, title=f"Project {n + 1}: {rng.choice(['dashboard', 'survey', 'audit'])}",
            organization=f"Client {n % 7 + 1}", platform="Parker Dewey", start_on=start,
            status="active", hours_estimate=20)
        for k in range(40):
            begin = datetime.combine(start + timedelta(days=k // 3), datetime.min.time(),
                                     tzinfo=UTC) + timedelta(hours=8 + k % 3)
            entries.append(TimeEntry(engagement_id=created.id, started_at=begin,
                                     ended_at=begin + timedelta(minutes=30), seconds=1800,
                                     note=f"Worked on part {k % 5}").model_dump())
        for name, weight in zip(rng.sample(SKILLS, 3), (1.0, 0.6, 0.3), strict=True):
            skills.set_engagement_skill(store, created.id, name, weight)
        for d in range(2):
            outcomes.add_deliverable(store, created.id, f"Deliverable {d + 1} of project {n + 1}",
                                     url=f"https://example.org/p{n}/d{d}")
            outcomes.add_result(store, created.id, f"Saved the client {d + 2} hours a week",
                                f"{(d + 1) * 10} %")
        outcomes.add_story(store, created.id, title=f"Story of project {n + 1}",
                           situation="A manual weekly report.", task="Automate it.",
                           action="Wrote the queries and a dashboard.", result="Minutes, not hours.",
                           skills=[SKILLS[n % len(SKILLS)]])
        boss = contacts.create(store, display_name=f"Supervisor {n + 1} Ångström",
                               emails=[f"s{n}@example.org"])
        engagement_service.set_supervisor(store, created.id, boss.id)
        engagement_service.update(store, created.id, status="paid",
                                  ended_on=start + timedelta(days=20),
                                  feedback="Clear, reliable work.", reference_ok=True)
    with store.write([]) as session:
        session.execute(insert(TimeEntry.__table__), entries)
    profile.update(store, name="Zoë Núñez (زوي)", email="zoe@example.org",
                   links=["https://github.com/zoe"])


def measure(label: str, action, runs: int, target: float | None = None) -> None:
    started = time.perf_counter()
    action()
    first = time.perf_counter() - started
    values = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        values.append(time.perf_counter() - started)
    median = statistics.median(values)
    verdict = "" if target is None else ("  ok" if median <= target else "  OVER TARGET")
    target_text = f" (target {target:.1f} s)" if target else ""
    print(f"{label:<34} median {median * 1000:7.0f} ms  slowest {max(values) * 1000:7.0f} ms  "
          f"first {first * 1000:7.0f} ms{target_text}{verdict}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--engagements", type=int, default=20)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()

    from internapp.ui.printing.headless import gui_application

    gui_application()
    from internapp.context import open_context
    from internapp.paths import resolve_paths
    from internapp.ui.printing import career

    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder) / "data"
        out = Path(folder) / "out"
        out.mkdir()
        context = open_context(resolve_paths(data))
        store = context.store
        started = time.perf_counter()
        build(store, args.engagements)
        print(f"built {args.engagements} finished engagements in "
              f"{time.perf_counter() - started:.1f} s")
        target = "Data analyst"
        measure(f"portfolio PDF, {args.engagements} engagements",
                lambda: career.export_portfolio(store, out / "p.pdf", target=target),
                args.runs, 1.0)
        measure(f"portfolio HTML, {args.engagements} engagements",
                lambda: career.export_portfolio(store, out / "p.html", target=target),
                args.runs, 0.5)
        measure("portfolio Markdown", lambda: career.export_portfolio(
            store, out / "p.md", target=target), args.runs)
        measure("JSON Resume", lambda: career.export_json_resume(
            store, out / "r.json", target=target), args.runs)
        measure("credit report PDF, all of them", lambda: career.export_credit_report(
            store, out / "c.pdf", first=date(2025, 1, 1), last=date(2026, 12, 31)), args.runs)
        measure("credit report CSV, all of them", lambda: career.export_credit_report(
            store, out / "c.csv", first=date(2025, 1, 1), last=date(2026, 12, 31)), args.runs)
        pages = subprocess.run(["pdfinfo", str(out / "p.pdf")], capture_output=True,
                               text=True).stdout.split("Pages:")[-1].split()[:1]
        print(f"portfolio PDF: {pages[0] if pages else '?'} pages, "
              f"{(out / 'p.pdf').stat().st_size // 1024} KB")
        context.close()
        program = Path(sys.executable).with_name("internapp")
        for name in ("cold.pdf", "cold.html", "cold.md"):
            started = time.perf_counter()
            subprocess.run([str(program), "export", "portfolio", str(out / name), "--target",
                            target, "--data-dir", str(data)], check=True, capture_output=True)
            print(f"whole `internapp export portfolio {name}` process: "
                  f"{(time.perf_counter() - started) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
