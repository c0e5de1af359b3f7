"""Applications at scale: 10,000 applications (fixed seed, Core inserts) with their history, then
how long the Applications screen takes to open as a board and as a table, how long each keystroke
of the filter takes, and a move, the funnel and a CSV export/import for reference.

Targets (issue 3): board and table each open in at most 200 ms; filtering answers each keystroke
in at most 50 ms. Run offscreen:

    .venv-test/bin/python benchmarks/applications.py [--count 10000] [--runs 5]
"""

import argparse
import os
import random
import statistics
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SOURCES = ["Parker Dewey", "Upwork", "LinkedIn", "Handshake", "Riipen", "Referral", "Indeed",
           "Company site"]
TOPICS = ["Data cleaning", "Market sizing", "Dashboard", "User research", "Survey analysis",
          "Content audit", "SEO review", "Financial model", "QA testing", "Documentation",
          "Social media plan", "Competitor scan", "Pricing study", "Onboarding guide"]
KINDS = ["sprint", "project", "analysis", "prototype", "report", "review", "refresh"]
SYLLABLES = ["nor", "th", "wind", "ced", "ar", "lu", "men", "kes", "trel", "or", "bi", "tal",
             "vi", "reo", "quill", "at", "las", "tide", "wa", "ter", "har", "bor", "sol", "ace"]
SUFFIXES = ["Labs", "Analytics", "Health", "Studio", "Energy", "Logistics", "Fintech", "Co-op",
            "Partners", "Group", "Robotics", "Media"]
# share of applications by stage role, and the path each one took
STAGE_WEIGHTS = {"saved": 18, "applied": 30, "interviewing": 12, "offer": 4, "accepted": 6,
                 "rejected": 14, "withdrawn": 4, "ghosted": 12}
PATHS = {"saved": ["saved"], "applied": ["saved", "applied"],
         "interviewing": ["saved", "applied", "interviewing"],
         "offer": ["saved", "applied", "interviewing", "offer"],
         "accepted": ["saved", "applied", "interviewing", "offer", "accepted"],
         "rejected": ["saved", "applied", "interviewing", "rejected"],
         "withdrawn": ["saved", "applied", "withdrawn"], "ghosted": ["saved", "applied", "ghosted"]}


def fill(store, count: int, seed: int = 3) -> None:
    from sqlalchemy import insert
    from sqlmodel import select

    from internapp.core.models import Application, ApplicationEvent, Organization, Stage
    from internapp.core.services.fields import name_key

    rng = random.Random(seed)
    now = datetime.now(UTC)
    with store.write([]) as session:
        stages = {s.role: s for s in session.exec(select(Stage)) if s.role}
        names: dict[str, str] = {}
        while len(names) < max(count // 12, 10):
            name = ("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
                    + " " + rng.choice(SUFFIXES))
            names.setdefault(name_key(name), name)
        organizations = [{"id": uuid.uuid4(), "name": name, "name_key": key, "notes": "",
                          "created_at": now, "updated_at": now} for key, name in names.items()]
        session.execute(insert(Organization.__table__), organizations)
        roles, weights = list(STAGE_WEIGHTS), list(STAGE_WEIGHTS.values())
        applications, events = [], []
        for n in range(count):
            role = rng.choices(roles, weights)[0]
            started = now - timedelta(days=rng.randint(1, 540), hours=rng.randint(0, 23))
            application_id = uuid.uuid4()
            applied = started + timedelta(days=rng.randint(0, 5))
            applications.append({
                "id": application_id, "organization_id": rng.choice(organizations)["id"],
                "role": f"{rng.choice(TOPICS)} {rng.choice(KINDS)} #{n}",
                "source": rng.choice(SOURCES), "url": f"https://jobs.example.org/{n}",
                "location": "Remote", "remote": True, "stage_id": stages[role].id,
                "applied_on": applied.date() if role != "saved" else None,
                "deadline": (now + timedelta(days=rng.randint(-20, 60))).date()
                if rng.random() < 0.5 else None,
                "follow_up_on": None, "pay": rng.choice(["$20/h", "$25/h", "$500 fixed", None]),
                "notes": "", "close_reason": None,
                "tags": rng.sample(["data", "writing", "design", "research", "remote"], 2),
                "created_at": started, "updated_at": started,
            })
            at, previous = started, None
            for step in PATHS[role]:
                events.append({"id": uuid.uuid4(), "application_id": application_id,
                               "from_stage_id": previous, "stage_id": stages[step].id,
                               "at": at, "note": None, "created_at": at, "updated_at": at})
                previous = stages[step].id
                at += timedelta(days=rng.randint(1, 9))
        session.execute(insert(Application.__table__), applications)
        session.execute(insert(ApplicationEvent.__table__), events)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:7.1f} ms"


class Timing(float):
    """Wall-clock seconds, carrying the process's CPU seconds for the same span (on a busy
    machine the wall clock also counts other processes' turns)."""

    cpu: float

    def __new__(cls, wall: float, cpu: float) -> "Timing":
        made = super().__new__(cls, wall)
        made.cpu = cpu
        return made


def report(label: str, values: list[Timing], target: float | None = None) -> None:
    median = statistics.median(values)
    cpu = statistics.median(v.cpu for v in values)
    verdict = "" if target is None else ("  ok" if median <= target else "  over target")
    shown = ", ".join(f"{v * 1000:.0f}" for v in values)
    goal = f"  (target ≤ {target * 1000:.0f} ms)" if target else ""
    print(f"{label:<40} median {ms(median)} wall, {ms(cpu)} CPU, max {ms(max(values))}"
          f"{goal}{verdict}\n{'':<40} runs (ms, wall): {shown}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from internapp.context import open_context
    from internapp.core.interchange import applications_csv
    from internapp.core.interchange.applications_plan import apply
    from internapp.core.services import applications, funnel
    from internapp.paths import resolve_paths
    from internapp.ui.launch import build_window
    from internapp.ui.theme import ThemeMode

    with tempfile.TemporaryDirectory() as tmp:
        context = open_context(resolve_paths(Path(tmp) / "data"))
        start = time.perf_counter()
        fill(context.store, args.count)
        print(f"generated {args.count:,} applications with their history in "
              f"{time.perf_counter() - start:.2f} s (Core inserts, seed 3)\n")
        window = build_window(context, ThemeMode.LIGHT)
        window.resize(1440, 900)
        window.show()
        app = QApplication.instance()
        app.processEvents()

        def painted(action) -> Timing:
            begin, cpu = time.perf_counter(), time.process_time()
            action()
            window.repaint()  # lay out and paint what is visible, as the first frame would
            app.processEvents()
            return Timing(time.perf_counter() - begin, time.process_time() - cpu)

        first = painted(lambda: window.show_screen("applications"))
        print(f"first open of the screen (module import, widgets, data): {ms(first)} wall, "
              f"{ms(first.cpu)} CPU")
        screen = window.screen("applications")

        def board_open() -> Timing:
            window.show_screen("today")
            screen.stale = True
            return painted(lambda: window.show_screen("applications"))

        def table_open() -> Timing:
            screen.show_view("table")
            window.show_screen("today")
            screen.stale = True
            return painted(lambda: window.show_screen("applications"))

        report("board opens (load + build + paint)", [board_open() for _ in range(args.runs)],
               0.200)
        report("table opens (load + build + paint)", [table_open() for _ in range(args.runs)],
               0.200)
        screen.show_view("board")
        report("  of which list_rows (SQL → rows)",
               [painted(lambda: applications.list_rows(context.store))
                for _ in range(args.runs)])

        for view in ("board", "table"):
            screen.show_view(view)
            screen.filter_edit.clear()
            app.processEvents()
            keystrokes = []
            for text in ("parker dewey data", "mar", "#12"):
                screen.filter_edit.clear()
                app.processEvents()
                for end in range(1, len(text) + 1):
                    keystrokes.append(painted(lambda t=text[:end]: screen.filter_edit.setText(t)))
            report(f"filter, per keystroke ({view})", keystrokes, 0.050)
        screen.filter_edit.clear()
        screen.show_view("board")
        app.processEvents()

        saved = next(c for c in screen.board.columns if c.stage.role == "saved")
        applied = next(c for c in screen.board.columns if c.stage.role == "applied")
        moves = []
        for _ in range(args.runs):
            card = saved.model.row_at(0).id
            moves.append(painted(lambda c=card: screen.move([c], applied.stage, None)))
        report("move a card (write + board reload)", moves)
        report("funnel, all time (SQL)", [painted(lambda: funnel.funnel(context.store))
                                          for _ in range(args.runs)])
        report("funnel view opens", [painted(lambda: (screen.show_view("board"),
                                                      screen.show_view("funnel")))
                                     for _ in range(args.runs)])
        csv_path = Path(tmp) / "apps.csv"
        export = painted(lambda: applications_csv.export_file(context.store, csv_path))
        print(f"\nexport {args.count:,} to CSV: {export:.2f} s ({csv_path.stat().st_size:,} bytes)")
        other = open_context(resolve_paths(Path(tmp) / "other"))
        begin = time.perf_counter()
        plan = applications_csv.preview_file(other.store, csv_path)
        preview = time.perf_counter() - begin
        begin = time.perf_counter()
        apply(other.store, plan)
        print(f"import it into an empty store: preview {preview:.2f} s, write "
              f"{time.perf_counter() - begin:.2f} s "
              f"({plan.report.created['applications']:,} applications, "
              f"{plan.history_count:,} stage changes)")
        other.close()
        window.close()
        context.close()


if __name__ == "__main__":
    main()
