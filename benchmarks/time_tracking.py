"""Time tracking at scale: prints each figure with its target, on the fixed-seed history of
benchmarks/time_history.py (12 engagements; 100,000 and 1,000,000 entries of 15–240 minutes).

- importing 100,000 entries (Toggl CSV and Watson frames; parse, preview, one transaction)  ≤ 3 s
- the all-time per-engagement report inside the process at 1,000,000 entries               ≤ 50 ms
- `internapp report --by engagement` as a whole process at 100,000 entries                 ≤ 0.45 s
- the Time screen's table opening at 100,000 entries                                       ≤ 150 ms

When Watson (td-watson) or Timewarrior are installed (on PATH, or --watson/--timew), they run on
the same history and the ratio of our time to theirs is printed. Figures are noisy on a shared
machine; each is the median of several runs (the first, cold, is shown too).

    .venv-test/bin/python benchmarks/time_tracking.py [--runs 7] [--skip-million]
"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import time_history  # beside this script (the script's folder is on sys.path)

ROOT = Path(__file__).resolve().parents[1]


def median_of(runs: int, action) -> tuple[float, float]:
    """(cold, median of the following runs) in seconds."""
    values = []
    for _ in range(runs + 1):
        start = time.perf_counter()
        action()
        values.append(time.perf_counter() - start)
    return values[0], statistics.median(values[1:])


def line(label: str, seconds: float, target: float | None = None, note: str = "") -> None:
    if seconds < 0.001:
        shown = f"{seconds * 1000:8.3f} ms"
    else:
        shown = f"{seconds * 1000:8.1f} ms" if seconds < 1 else f"{seconds:8.2f} s "
    verdict = "" if target is None else ("  ok" if seconds <= target else "  OVER TARGET")
    goal = "" if target is None else f"  (target ≤ {target * 1000:.0f} ms)" if target < 1 \
        else f"  (target ≤ {target:g} s)"
    print(f"{label:<62}{shown}{goal}{verdict}{'  ' + note if note else ''}")


def run_process(command: list[str], env: dict) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, env=env, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
    return time.perf_counter() - start


def process_median(command: list[str], env: dict, runs: int) -> tuple[float, float]:
    values = [run_process(command, env) for _ in range(runs + 1)]
    return values[0], statistics.median(values[1:])


def bench_imports(work: Path, entries: list, runs: int) -> None:
    from internapp.context import open_context
    from internapp.core.interchange import toggl, watson
    from internapp.paths import resolve_paths

    csv_path = work / "toggl-100k.csv"
    time_history.write_toggl_csv(csv_path, entries)
    frames = time_history.write_watson(work / "watson-import", entries)
    for name, module, path in (("Toggl CSV", toggl, csv_path), ("Watson frames", watson, frames)):
        values = []
        for n in range(max(1, runs // 3)):
            context = open_context(resolve_paths(work / f"import-{module.FORMAT}-{n}"))
            try:
                start = time.perf_counter()
                report = module.run(context.store, path, dry_run=False)
                values.append(time.perf_counter() - start)
            finally:
                context.close()
            assert report.created["time entries"] == len(entries), report.summary()
        line(f"import 100,000 entries from {name} (in process)", statistics.median(values), 3.0)
    context = open_context(resolve_paths(work / "import-watson-0"))
    try:
        start = time.perf_counter()
        again = watson.run(context.store, frames, dry_run=False)
        line("import the same 100,000 frames again (all duplicates)", time.perf_counter() - start,
             note=f"added {again.created['time entries']}, {again.duplicates:,} already present")
    finally:
        context.close()


def bench_report_in_process(store_dir: Path, runs: int, label: str, target: float | None) -> None:
    from internapp.context import open_context
    from internapp.core.services import reports
    from internapp.paths import resolve_paths

    context = open_context(resolve_paths(store_dir))  # reports take the Store (issue 11)
    try:
        store = context.store
        cold, warm = median_of(runs, lambda: reports.by_engagement(store))
        line(f"all-time report per engagement, {label} (in process)", warm, target,
             f"cold {cold * 1000:.1f} ms")
        cold, warm = median_of(max(3, runs // 2), lambda: reports.by_engagement_scan(store))
        line(f"  the same summed over the covering index, {label}", warm, None,
             f"cold {cold * 1000:.1f} ms")
    finally:
        context.close()


def bench_table(store_dir: Path, runs: int) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from internapp.context import open_context
    from internapp.paths import resolve_paths
    from internapp.ui.theme import ThemeMode, apply_theme
    from internapp.ui.timer_session import TimerSession
    from internapp.ui.views.time.screen import TimeView

    app = QApplication.instance() or QApplication([])
    apply_theme(app, ThemeMode.LIGHT)
    context = open_context(resolve_paths(store_dir))
    views = []
    try:
        def open_screen():
            view = TimeView(context.store, TimerSession(context.store, clock=context.clock))
            view.resize(1100, 700)
            view.refresh()
            view.show()
            app.processEvents()
            views.append(view)

        cold, warm = median_of(runs, open_screen)
        line("Time screen with its table, 100,000 entries (build, query, paint)", warm, 0.150,
             f"cold {cold * 1000:.0f} ms")
        view = views[-1]
        model = view.entries.model
        read = model.pages_read
        start = time.perf_counter()
        for row in (model.rowCount() // 2, model.rowCount() - 1, 1000):
            view.entries.table.scrollTo(model.index(row, 0))
            app.processEvents()
        line("  scroll to the middle, the bottom, row 1,000", time.perf_counter() - start, None,
             f"{model.pages_read - read} pages of 200 read, of {model.rowCount():,} rows")
    finally:
        for view in views:
            view.close()
            view.deleteLater()
        app.processEvents()
        context.close()


def find_tool(name: str, given: str | None) -> str | None:
    if given:
        return given
    local = ROOT / ".venv-bench" / "bin" / name
    return shutil.which(name) or (str(local) if local.exists() else None)


def bench_watson(watson: str, work: Path, entries: list, ours_report: float, ours_add: float,
                 runs: int) -> None:
    home = work / "watson"
    time_history.write_watson(home, entries)
    env = dict(os.environ, WATSON_DIR=str(home))
    _, report = process_median([watson, "report", "--all", "--no-pager"], env, max(1, runs // 3))
    line("Watson: `watson report --all`, 100,000 frames", report, None,
         f"ours/theirs = {ours_report / report:.3f}")
    _, add = process_median([watson, "add", "--from", "2026-06-01 09:00", "--to",
                             "2026-06-01 10:00", "Sales-dashboard-in-Power-BI"], env, 1)
    line("Watson: `watson add` one frame, 100,000 frames", add, None,
         f"ours/theirs = {ours_add / add:.3f}")


def bench_timewarrior(timew: str, work: Path, entries: list, ours_report: float,
                      runs: int) -> None:
    home = time_history.write_timewarrior(work / "timewarrior", entries)
    env = dict(os.environ, TIMEWARRIORDB=str(home))
    _, summary = process_median([timew, "summary", ":all"], env, max(1, runs // 3))
    line("Timewarrior: `timew summary :all`, 100,000 intervals", summary, None,
         f"ours/theirs = {ours_report / summary:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--skip-million", action="store_true",
                        help="skip building the 1,000,000-entry store (about a minute)")
    parser.add_argument("--watson", help="the watson executable (default: on PATH)")
    parser.add_argument("--timew", help="the timew executable (default: on PATH)")
    args = parser.parse_args()
    exe = shutil.which("internapp", path=str(Path(sys.executable).parent)) or "internapp"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    entries = list(time_history.history(100_000))
    with tempfile.TemporaryDirectory(prefix="internapp-time-bench-") as tmp:
        work = Path(tmp)
        print(f"history: {len(entries):,} entries, {entries[0].start:%Y-%m-%d} to "
              f"{entries[-1].end:%Y-%m-%d}, 12 engagements (seed {time_history.SEED})")
        bench_imports(work, entries, args.runs)

        small = work / "store-100k"
        time_history.fill_store(small, 100_000)
        bench_report_in_process(small, args.runs, "100,000 entries", None)
        if not args.skip_million:
            big = work / "store-1m"
            start = time.perf_counter()
            time_history.fill_store(big, 1_000_000)
            print(f"(built the 1,000,000-entry store in {time.perf_counter() - start:.0f} s)")
            bench_report_in_process(big, args.runs, "1,000,000 entries", 0.050)

        command = [exe, "report", "--by", "engagement", "--data-dir", str(small)]
        cold, ours_report = process_median(command, env, args.runs)
        line("`internapp report --by engagement`, whole process, 100,000", ours_report, 0.45,
             f"cold {cold:.2f} s")
        _, by_week = process_median([exe, "report", "--by", "week", "--data-dir", str(small)],
                                    env, max(1, args.runs // 2))
        line("`internapp report --by week` (all 1,500 weeks), whole process", by_week)
        bench_table(small, max(3, args.runs // 2))
        add = [exe, "log", "add", "Sales dashboard in Power BI", "--start", "2026-06-01T09:00",
               "--duration", "1h", "--data-dir", str(small)]
        ours_add = run_process(add, env)
        line("`internapp log add` one entry, whole process, 100,000", ours_add)

        watson = find_tool("watson", args.watson)
        if watson:
            bench_watson(watson, work, entries, ours_report, ours_add, args.runs)
        else:
            print("Watson not found (pip install td-watson) — skipped")
        timew = find_tool("timew", args.timew)
        if timew:
            bench_timewarrior(timew, work, entries, ours_report, args.runs)
        else:
            print("Timewarrior not found (apt install timewarrior) — skipped")


if __name__ == "__main__":
    main()
