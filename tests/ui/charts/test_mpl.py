"""matplotlib's first load (building its font list) starts a thread of its own (a timer that warns
when the build is slow): the collector stays paused for as long as that thread runs Python — a
collection there would free the window's garbage off the UI thread — and the thread is gone once
the load returns."""

import os
import subprocess
import sys

PROBE = """
import gc, sys, threading
seen = []  # gc.isenabled() at every call and return in a thread other than the main one
def profile(frame, event, arg):
    seen.append(gc.isenabled())
threading.setprofile(profile)  # set in each thread threading starts, before it runs
import internapp.ui.charts.radar_figure
threading.setprofile(None)
print(len(seen), sum(seen), threading.active_count())
"""


def test_the_first_load_of_matplotlib_runs_its_thread_with_the_collector_paused(tmp_path):
    env = {**os.environ, "MPLCONFIGDIR": str(tmp_path / "mpl")}  # no font list yet: it is built
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True,
                            env=env, check=True, timeout=300)
    events, collector_on, threads = map(int, result.stdout.split())
    assert events > 0  # the thread ran (a cached font list starts none)
    assert (collector_on, threads) == (0, 1)
