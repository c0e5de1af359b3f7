"""Issue 11's figures, as whole processes on one generated history, before and after, beside Watson
and Timewarrior: hot commands, the window's first paint, streaming exports, a 1M import, the Time
table's sorts and filter, and the all-time reports.

Each internapp tree is run from its own source folder (``--tree LABEL=SRC``, put first on
PYTHONPATH, with this virtualenv's Python), so the same script times main (a throwaway worktree)
and this branch on stores built by that tree. Peers run on the same history (benchmarks/
time_history.py) when installed: Watson (td-watson, on PATH or in .venv-bench) and Timewarrior
(Debian timewarrior); the last columns are our time over theirs.

    .venv-test/bin/python benchmarks/hot_paths.py --tree before=/work/wt/i11-base/src \\
        --tree after=src --sizes 100000 1000000 --json /tmp/figures.json

Figures are medians of ``--runs`` whole processes (the first, cold run dropped) on a shared 2-core
machine: the load average is printed with them. Slow steps (exports, imports, peers at 1M) run
once. Peak memory is the process's own maximum resident set (wait4's ru_maxrss). With ``--cpu``
every figure is the CPU time used (user + system, all threads) instead of the wall time: on a
machine others load, that is the figure that still compares (the wall time of an idle machine is
close to it for these single-threaded processes, minus time spent waiting on the disk).
"""

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import textwrap
import time
from pathlib import Path

import time_history  # beside this script

ROOT = Path(__file__).resolve().parents[1]
PROJECT = time_history.PROJECTS[0]
LAST_WEEK = ("2025-12-22", "2025-12-28")  # the history's last full week (it ends 2026-01-01)

# (key, label, target in seconds)
TARGETS = {
    "python": ("Python itself (`python -S -c pass`)", None),
    "version": ("`--version`", 0.030),
    "status": ("`timer status`", 0.040),
    "start": ("`timer start`", 0.060),
    "stop": ("`timer stop`", 0.060),
    "log_add": ("`log add`", 0.060),
    "week_report": ("week report (`report --from --to`)", 0.060),
    "all_report": ("all-time report (`report`)", 0.100),
    "first_paint": ("window first paint with Today's data", 0.350),
    "csv": ("export CSV (process)", 6.0),
    "csv_cpu": ("  CPU seconds (user + system)", 6.0),
    "csv_mb": ("  peak memory, MB", 150),
    "json": ("export JSON (process)", 6.0),
    "json_cpu": ("  CPU seconds (user + system)", 6.0),
    "json_mb": ("  peak memory, MB", 150),
    "import": ("import Toggl CSV, all new (process)", 15.0),
    "import_cpu": ("  CPU seconds (user + system)", 15.0),
    "import_mb": ("  peak memory, MB", 400),
    "import_rejecting": ("import Toggl CSV, 9/10 overlap (process)", 15.0),
    "import_rejecting_cpu": ("  CPU seconds (user + system)", 15.0),
    "import_rejecting_mb": ("  peak memory, MB", 400),
    "by_day": ("all-time by day (in process)", 0.100),
    "by_week": ("all-time by week (in process)", 0.100),
    "by_tag": ("all-time by tag (in process)", 0.100),
    "sort_worst": ("Time table: slowest sort (in process)", 0.100),
    "sort_held": ("  UI thread held by a sort", 0.050),
    "page_middle": ("  a page in the middle (jump)", 0.100),
    "page_last": ("  the last page (jump)", 0.100),
    "filter": ("Time table: text filter (in process)", 0.100),
    "filter_held": ("  UI thread held by a filter", 0.050),
    "filter_last_page": ("  the filter's last page (jump)", 0.100),
    "filtered_sort": ("Time table: slowest sort with a text filter", 0.100),
}


CPU = False  # --cpu: CPU seconds (user + system) instead of wall seconds


def timed_process(command: list[str], env: dict, cwd: Path | None = None,
                  codes: tuple[int, ...] = (0, 3)) -> tuple[float, float]:
    """(seconds, peak MB) of one whole process, which must exit with one of ``codes``."""
    seconds, cpu, mb = timed_fully(command, env, cwd, codes)
    return (cpu if CPU else seconds), mb


SLOW_RUNS = 1  # --slow-runs: exports and imports run this many times, the medians kept


def slow_figures(command: list[str], env: dict, key: str, f: dict[str, float],
                 before=None) -> None:
    """The medians of SLOW_RUNS runs of a slow step (``before`` runs untimed before each):
    wall (or CPU with --cpu) seconds as ``key``, CPU seconds as ``key_cpu``, peak MB as
    ``key_mb``; the load average at its start as ``key_load``."""
    f[f"{key}_load"] = os.getloadavg()[0]
    runs = []
    for _ in range(SLOW_RUNS):
        if before:
            before()
        runs.append(timed_fully(command, env))
    print(f"  {key}: " + ", ".join(f"{wall:.2f} s wall {cpu:.2f} s CPU {mb:.0f} MB"
                                   for wall, cpu, mb in runs)
          + f" (load {f[f'{key}_load']:.2f} at the start)", flush=True)
    f[key] = statistics.median(r[1] if CPU else r[0] for r in runs)
    f[f"{key}_cpu"] = statistics.median(r[1] for r in runs)
    f[f"{key}_mb"] = statistics.median(r[2] for r in runs)


def timed_fully(command: list[str], env: dict, cwd: Path | None = None,
                codes: tuple[int, ...] = (0, 3)) -> tuple[float, float, float]:
    """(wall seconds, CPU seconds, peak MB) of one whole process."""
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, cwd=cwd, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, stdin=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    error = process.stderr.read().decode(errors="replace") if process.stderr else ""
    if os.waitstatus_to_exitcode(status) not in codes:
        raise RuntimeError(f"{' '.join(command)} failed: {error.strip()[-400:]}")
    return elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def free_moments(count: int) -> list[str]:
    """Distinct days after the history's end (2026-01-01) and before now, 23:00 each."""
    return [f"2026-{2 + k // 28:02d}-{1 + k % 28:02d}T23:00" for k in range(count)]


def median_process(command: list[str], env: dict, runs: int, before=None,
                   codes: tuple[int, ...] = (0, 3)) -> float:
    """The median of ``runs`` processes after one cold run; ``before`` runs (untimed) first."""
    values = []
    for n in range(runs + 1):
        if before:
            before()
        seconds, _ = timed_process(command, env, codes=codes)
        if n:
            values.append(seconds)
    return statistics.median(values)


SITE = sysconfig.get_paths()["purelib"]  # this virtualenv's packages (PySide6, sqlmodel, …)
LAUNCH = "import sys; from internapp.app import main; sys.exit(main())"  # the installed script


class Tree:
    """An internapp source tree run with this interpreter as an installed app runs: the
    ``internapp`` script's two lines, from bytecode compiled beforehand (kept under a cache
    folder of the tree's own, not in the tree). Python runs with ``-S`` and the packages on
    PYTHONPATH: a development install's ``site`` step (an editable-install finder: ~13 ms) is
    no part of the app; an installed one's costs 2–3 ms more than the figures here."""

    def __init__(self, label: str, src: Path) -> None:
        self.label, self.src = label, src.resolve()
        self.env = dict(os.environ, PYTHONPATH=f"{self.src}{os.pathsep}{SITE}",
                        QT_QPA_PLATFORM="offscreen", TZ="UTC")  # and BENCH_CPU, set by --cpu
        self.env.pop("PYTHONDONTWRITEBYTECODE", None)  # else every edited module is compiled
        self.env["PYTHONPYCACHEPREFIX"] = str(Path(tempfile.gettempdir()) / "internapp-bench-pyc"
                                              / label)
        subprocess.run([sys.executable, "-S", "-m", "compileall", "-q", str(self.src)],
                       env=self.env, stdout=subprocess.DEVNULL, check=True)

    @property
    def setup(self) -> str:
        """Where ``internapp.resources`` is (the top-level resources/ folder that the install
        maps into the package; a tree before issue 12 keeps it in the package already)."""
        return f"import internapp; internapp.__path__.append({str(self.src.parent)!r}); "

    def command(self, *args: str) -> list[str]:
        return [sys.executable, "-S", "-c", self.setup + LAUNCH, *args]

    def python(self, code: str, *args: str) -> str:
        result = subprocess.run([sys.executable, "-S", "-c", self.setup + code, *args],
                                env=self.env,
                                capture_output=True, text=True)
        if result.returncode:
            raise RuntimeError(result.stderr[-2000:])
        return result.stdout


def build_store(tree: Tree, data: Path, n: int) -> None:
    code = f"import sys; sys.path.insert(0, {str(ROOT / 'benchmarks')!r})\n" \
           "import time_history; from pathlib import Path\n" \
           "time_history.fill_store(Path(sys.argv[1]), int(sys.argv[2]))\n"
    tree.python(code, str(data), str(n))


# --- in-process figures, run in a child of each tree --------------------------------------------

CHILD = textwrap.dedent("""
    import json, os, statistics, sys, time
    if os.environ.get("BENCH_CPU"):
        time.perf_counter = time.process_time  # CPU time of every thread of the process
    from dataclasses import replace
    from pathlib import Path
    data = Path(sys.argv[1])
    from internapp.context import open_context
    from internapp.core.clock import local_zone
    from internapp.core.services import reports
    from internapp.core.services.reports import Period
    from internapp.paths import resolve_paths
    context = open_context(resolve_paths(data))
    store, zone = context.store, local_zone()
    plain = hasattr(reports, "connection")  # main: functions take a sqlite3 connection

    def call(name, *args):
        if plain:
            with reports.connection(store) as conn:
                return getattr(reports, name)(conn, *args)
        return getattr(reports, name)(store, *args)

    def best(action, runs=5):
        values = []
        for _ in range(runs):
            start = time.perf_counter()
            action()
            values.append(time.perf_counter() - start)
        return statistics.median(values)

    out = {}
    out["by_day"] = best(lambda: call("by_day", Period(), zone))
    out["by_week"] = best(lambda: call("by_week", Period(), zone))
    out["by_tag"] = best(lambda: call("by_tag", Period()))
    import os
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication
    from internapp.ui.models.time_entries_model import COLUMNS, TimeEntriesModel
    app = QApplication.instance() or QApplication([])
    try:
        from internapp.core.clock import Clock
        model = TimeEntriesModel(store, clock=Clock())
    except ImportError:  # a tree from before the context's clock
        model = TimeEntriesModel(store)
    model.refresh()
    wait = getattr(model, "wait", lambda: None)  # a model that sorts off the UI thread
    from internapp.ui.wait import process_until

    def timed(action):
        # (seconds until the rows are in, seconds the call itself held the UI thread)
        start = time.perf_counter()
        action()
        held = time.perf_counter() - start
        wait()
        model.record_at(0)
        return time.perf_counter() - start, held

    sorts, held = {}, {}
    for column, (title, key) in enumerate(COLUMNS):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            model.sort(4 if key != "duration" else 0, Qt.SortOrder.AscendingOrder)  # another
            wait()
            name = f"{title} {order.name[:-5].lower()}"
            sorts[name], held[name] = timed(lambda: model.sort(column, order))
    out["sorts"] = sorts
    out["sort_worst"] = max(sorts.values())
    out["sort_held"] = max(held.values())
    model.sort(0, Qt.SortOrder.DescendingOrder)
    wait()
    for name, row in (("middle", model.rowCount() // 2), ("last", model.rowCount() - 1)):
        start = time.perf_counter()
        model.record_at(row)
        out[f"page_{name}"] = time.perf_counter() - start
    filters, held = {}, {}
    for text in ("report", "sales dashboard", "meeting", "supervisor", "zzz-nothing"):
        filters[text], held[text] = timed(lambda: model.set_query(replace(model.query, text=text)))
        out.setdefault("matches", {})[text] = model.rowCount()
        if text == "report":
            start = time.perf_counter()
            model.record_at(model.rowCount() - 1)
            out["filter_last_page"] = time.perf_counter() - start
        process_until(lambda: not getattr(model, "listing", False))  # all its matches listed
        model.set_query(replace(model.query, text=""))
        wait()
    out["filters"] = filters
    out["filter"] = max(filters.values())
    # each sort while a text filter is on: many matches (24 %, in every engagement), then few
    # (1.4 %, all in one engagement: the seventh by name), then half the entries
    filtered = {}
    for text in ("report", "route admin", "the"):
        model.set_query(replace(model.query, text=text))
        wait()
        for column, (title, key) in enumerate(COLUMNS):
            for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
                process_until(lambda: not getattr(model, "listing", False))
                model.sort(4 if key != "duration" else 0, Qt.SortOrder.AscendingOrder)
                wait()
                process_until(lambda: not getattr(model, "listing", False))
                name = f"{text}, {title} {order.name[:-5].lower()}"
                filtered[name], _ = timed(lambda: model.sort(column, order))
        out.setdefault("matches", {})[text] = model.rowCount()
    out["filtered_sorts"] = filtered
    out["filtered_sort"] = max(filtered.values())
    out["filter_held"] = max(held.values())
    context.close()
    print(json.dumps(out))
""")

FIRST_PAINT = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from PySide6.QtCore import QEvent, QObject
    from internapp.paths import resolve_paths
    from internapp.ui import launch

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint and watched.objectName() == "TodayShown":
                # the CPU of every thread so far, and the clock: not the closing down
                print("painted", time.process_time(), time.time(), flush=True)
                sys.exit(0)  # closing the store as the app does (a -wal left behind would be
                # a crash to the next process: checked at length)
            return False

    real = launch.build_window
    def build_window(context, theme=None):
        window = real(context, theme)
        today = window.screen("today")
        today.setObjectName("TodayShown")
        today.installEventFilter(spy)
        return window
    spy = FirstPaint()
    launch.build_window = build_window
    sys.exit(launch.run_gui(resolve_paths(Path(sys.argv[1]))))
""")


def first_paint(tree: Tree, data: Path, runs: int) -> float:
    """Process start to the first paint of the Today screen (with its data loaded): the CPU
    time (--cpu) or the clock time the process says it had used when it painted."""
    values = []
    for n in range(runs + 1):
        start = time.time()
        result = subprocess.run([sys.executable, "-S", "-c", tree.setup + FIRST_PAINT, str(data)],
                                env=tree.env, capture_output=True, text=True)
        line = next((x for x in result.stdout.splitlines() if x.startswith("painted")), None)
        if line is None:
            raise RuntimeError(f"no first paint: {result.stderr.strip()[-400:]}")
        cpu, clock = map(float, line.split()[1:])
        if n:  # the first, cold, run is dropped
            values.append(cpu if CPU else clock - start)
    return statistics.median(values)


# --- the peers ---------------------------------------------------------------------------------


def find_tool(name: str) -> str | None:
    local = ROOT / ".venv-bench" / "bin" / name
    return shutil.which(name) or (str(local) if local.exists() else None)


def peers(work: Path, n: int, runs: int, slow_runs: int) -> dict[str, dict[str, float]]:
    figures: dict[str, dict[str, float]] = {"watson": {}, "timew": {}}
    entries = list(time_history.history(n))
    watson = find_tool("watson")
    if watson:
        home = work / f"watson-{n}"
        time_history.write_watson(home, entries)
        env = dict(os.environ, WATSON_DIR=str(home), TZ="UTC")
        w = figures["watson"]
        w["version"] = median_process([watson, "--version"], env, runs)
        w["status"] = median_process([watson, "status"], env, runs)
        w["week_report"] = median_process([watson, "report", "--from", LAST_WEEK[0], "--to",
                                           LAST_WEEK[1], "--no-pager"], env, slow_runs)
        w["all_report"] = median_process([watson, "report", "--all", "--no-pager"], env, slow_runs)
        w["log_add"] = statistics.median(
            timed_process([watson, "add", "--from", moment.replace("T", " "), "--to",
                           moment[:11].replace("T", " ") + "23:45", "Sales"], env)[0]
            for moment in free_moments(slow_runs + 1)[1:])
        w["start"] = median_process(
            [watson, "start", "Sales"], env, slow_runs,
            before=lambda: subprocess.run([watson, "cancel"], env=env, capture_output=True))
        w["stop"] = median_process(
            [watson, "stop"], env, slow_runs,
            before=lambda: subprocess.run([watson, "start", "Sales"], env=env,
                                          capture_output=True))
    else:
        print("Watson not found (pip install td-watson) — skipped")
    timew = find_tool("timew")
    if timew:
        home = time_history.write_timewarrior(work / f"timew-{n}", entries)
        env = dict(os.environ, TIMEWARRIORDB=str(home), TZ="UTC")
        t = figures["timew"]
        t["version"] = median_process([timew, "--version"], env, runs)
        t["status"] = median_process([timew], env, runs, codes=(0, 1))  # 1: none running
        t["week_report"] = median_process([timew, "summary", f"{LAST_WEEK[0]}", "-",
                                           "2025-12-29"], env, runs)
        t["all_report"] = median_process([timew, "summary", ":all"], env, slow_runs)
        t["log_add"] = statistics.median(
            timed_process([timew, "track", moment, "-", moment[:11] + "23:45", "Sales"],
                          env)[0] for moment in free_moments(runs + 1)[1:])
        t["start"] = median_process([timew, "start", "Sales"], env, runs,
                                    before=lambda: subprocess.run([timew, "cancel"], env=env,
                                                                  capture_output=True))
        t["stop"] = median_process([timew, "stop"], env, runs,  # it needs a second to stop
                                   before=lambda: (subprocess.run([timew, "start", "Sales"],
                                                                  env=env, capture_output=True),
                                                   time.sleep(1.1)))
    else:
        print("Timewarrior not found (apt install timewarrior) — skipped")
    return figures


# --- ours --------------------------------------------------------------------------------------


GROUPS = ("hot", "paint", "table", "export", "import")  # --only: hot commands and reports, the
# window's first paint, in-process reports and the Time table, exports, the import


def prepared_store(tree: Tree, work: Path, n: int, stores: Path | None) -> Path:
    """A fresh copy of the tree's ``n``-entry store: built (once, when ``stores`` keeps them)."""
    data = work / f"{tree.label}-{n}"
    kept = stores / f"{tree.label}-{n}" if stores else None
    if kept is None or not kept.exists():
        start = time.perf_counter()
        building = kept.with_name(kept.name + ".building") if kept else data
        shutil.rmtree(building, ignore_errors=True)
        build_store(tree, building, n)
        if kept:
            building.rename(kept)
        print(f"  ({tree.label}: built the {n:,}-entry store in "
              f"{time.perf_counter() - start:.0f} s)", flush=True)
    if kept is not None:
        shutil.rmtree(data, ignore_errors=True)
        shutil.copytree(kept, data)
    return data


def ours(tree: Tree, work: Path, n: int, runs: int, groups: set[str],
         stores: Path | None = None) -> dict[str, float]:
    data = prepared_store(tree, work, n, stores)
    d = ["--data-dir", str(data)]
    env = tree.env
    f: dict[str, float] = {}
    if "hot" in groups:
        hot_commands(tree, data, runs, f)
    if "paint" in groups:
        f["first_paint"] = first_paint(tree, data, runs)
    if "table" in groups:
        f.update({k: v for k, v in json.loads(tree.python(CHILD, str(data))).items()})
    if "export" in groups:
        for kind in ("csv", "json"):
            slow_figures(tree.command("export", f"time-{kind}", str(work / f"out.{kind}"), *d),
                         env, kind, f)
            (work / f"out.{kind}").unlink()
    if "import" in groups:
        f.update(import_figures(tree, work, n))
    shutil.rmtree(data)
    return f


def hot_commands(tree: Tree, data: Path, runs: int, f: dict[str, float]) -> None:
    d = ["--data-dir", str(data)]
    env = tree.env
    f["python"] = median_process([sys.executable, "-S", "-c", "pass"], env, runs)
    f["version"] = median_process(tree.command("--version"), env, runs)
    f["status"] = median_process(tree.command("timer", "status", *d), env, runs)

    def timer(action: str, month: int, day: int, hour: int) -> list[str]:
        extra = [PROJECT] if action == "start" else []
        return tree.command("timer", action, *extra, "--at", f"2026-{month:02d}-{day:02d}T{hour}:00",
                            *d)

    def timed_pairs(first: str, month: int) -> float:
        """Starts and stops a timer per run, on days in order; times ``first`` of each pair."""
        values = []
        for day in range(1, runs + 2):
            begin, end = timer("start", month, day, 10), timer("stop", month, day, 11)
            values.append(timed_process(begin, env)[0] if first == "start" else
                          (subprocess.run(begin, env=env, capture_output=True), 0)[1])
            values[-1] = values[-1] or timed_process(end, env)[0]
            if first == "start":
                subprocess.run(end, env=env, capture_output=True)
        return statistics.median(values[1:])

    f["start"] = timed_pairs("start", 10)
    f["stop"] = timed_pairs("stop", 11)
    f["log_add"] = statistics.median(
        timed_process(tree.command("log", "add", PROJECT, "--start", moment, "--duration", "30m",
                                   *d), env)[0] for moment in free_moments(runs + 1)[1:])
    f["week_report"] = median_process(tree.command("report", "--from", LAST_WEEK[0], "--to",
                                                   LAST_WEEK[1], *d), env, runs)
    f["all_report"] = median_process(tree.command("report", *d), env, runs)


WRITE_TOGGL = (f"import sys; sys.path.insert(0, {str(ROOT / 'benchmarks')!r}); import time_history; "
               "from pathlib import Path; time_history.write_toggl_csv(Path(sys.argv[1]), "
               "time_history.history(int(sys.argv[2]), lanes=sys.argv[3] == 'True'))")


def import_figures(tree: Tree, work: Path, n: int) -> dict[str, float]:
    """A Toggl CSV of ``n`` entries into an empty store: one with no overlaps (every entry is
    imported), and the history as the other benchmarks use it, whose parallel lanes overlap
    (one lane is imported, the other entries are rejected and reported)."""
    f: dict[str, float] = {}
    into = work / f"imp-{tree.label}"
    for key, lanes in (("import", False), ("import_rejecting", True)):
        toggl = work / f"toggl-{key}-{n}.csv"
        if not toggl.exists():  # written by a child: a process forked from this one after it
            # had held a million entries would start with their memory (wait4's peak counts it)
            subprocess.run([sys.executable, "-c", WRITE_TOGGL, str(toggl), str(n), str(lanes)],
                           check=True)
        slow_figures(tree.command("import", "toggl", str(toggl), "--data-dir", str(into)),
                     tree.env, key, f, before=lambda: shutil.rmtree(into, ignore_errors=True))
        shutil.rmtree(into)  # each run into an empty store
    return f


def shown(key: str, value: float | None) -> str:
    if value is None:
        return "—"
    if key.endswith("_mb"):
        return f"{value:,.0f} MB"
    return f"{value * 1000:,.1f} ms" if value < 1 else f"{value:,.2f} s"


def _ratio(ours_: float | None, theirs: float | None) -> str:
    return f"{ours_ / theirs:.2f}" if ours_ and theirs else "—"


def report(results: dict, sizes: list[int], labels: list[str]) -> None:
    load = os.getloadavg()
    print(f"\nload average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} on {os.cpu_count()} cores")
    for n in sizes:
        print(f"\n{n:,} entries")
        head = f"{'figure':<44}" + "".join(f"{label:>12}" for label in labels) + \
            f"{'target':>10}{'Watson':>11}{'Timew':>11}{'/Watson':>9}{'/Timew':>8}"
        print(head)
        print("-" * len(head))
        for key, (label, target) in TARGETS.items():
            row = [results.get(label_, {}).get(str(n), {}).get(key) for label_ in labels]
            if all(v is None for v in row):
                continue
            peer = results.get("peers", {}).get(str(n), {})
            w, t = peer.get("watson", {}).get(key), peer.get("timew", {}).get(key)
            print(f"{label:<44}" + "".join(f"{shown(key, v):>12}" for v in row)
                  + f"{shown(key, target) if not key.endswith('_mb') else f'{target} MB':>10}"
                  + f"{shown(key, w):>11}{shown(key, t):>11}"
                  + f"{_ratio(row[-1], w):>9}{_ratio(row[-1], t):>8}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tree", action="append", default=[], metavar="LABEL=SRC",
                        help="an internapp source tree to time (default: after=src)")
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--slow-runs", type=int, default=1,
                        help="runs of each export and import (the medians are kept)")
    parser.add_argument("--no-slow", action="store_true", help="skip exports and imports")
    parser.add_argument("--only", nargs="+", choices=GROUPS, help="only these figures")
    parser.add_argument("--stores", type=Path,
                        help="keep the built stores here and reuse them (a copy per run)")
    parser.add_argument("--no-peers", action="store_true")
    parser.add_argument("--json", type=Path, help="merge the figures into this file")
    parser.add_argument("--show", type=Path, help="only print the table of a --json file")
    parser.add_argument("--cpu", action="store_true", help="CPU time instead of wall time")
    args = parser.parse_args()
    global CPU, SLOW_RUNS
    CPU, SLOW_RUNS = args.cpu, args.slow_runs
    if CPU:
        os.environ["BENCH_CPU"] = "1"
    if args.show:
        results = json.loads(args.show.read_text())
        report(results, sorted({int(n) for r in results.values() for n in r}),
               [k for k in results if k != "peers"])
        return
    specs = [spec.split("=", 1) if "=" in spec else ("after", spec) for spec in args.tree]
    trees = [Tree(label, Path(src)) for label, src in specs] or [Tree("after", ROOT / "src")]
    groups = set(args.only or GROUPS) - ({"export", "import"} if args.no_slow else set())
    if args.stores:
        args.stores.mkdir(parents=True, exist_ok=True)
    results = json.loads(args.json.read_text()) if args.json and args.json.exists() else {}
    print(f"load average at start: {' '.join(f'{v:.2f}' for v in os.getloadavg())}", flush=True)
    with tempfile.TemporaryDirectory(prefix="internapp-hot-") as tmp:
        work = Path(tmp)
        for n in args.sizes:
            for tree in trees:
                figures = ours(tree, work, n, args.runs, groups, args.stores)
                results.setdefault(tree.label, {}).setdefault(str(n), {}).update(figures)
                if args.json:
                    args.json.write_text(json.dumps(results, indent=2))
            if not args.no_peers and "hot" in groups:
                results.setdefault("peers", {})[str(n)] = peers(
                    work, n, args.runs, 1 if n >= 1_000_000 else max(1, args.runs // 2))
                if args.json:
                    args.json.write_text(json.dumps(results, indent=2))
    report(results, args.sizes, [t.label for t in trees])


if __name__ == "__main__":
    main()
