"""matplotlib, loaded so that no thread of its own collects the window's garbage.

On a first run (no font list cached yet under MPLCONFIGDIR) matplotlib builds its list of fonts
and, to warn when that is slow, starts a ``threading.Timer`` that it cancels at the end. That
thread runs Python: a garbage collection can start in it and free the window's widgets there, off
Qt's thread — a crash now and then (core/collection.py). So the first load runs with the collector
paused and waits for the threads it started to end. Importing this module is the load: every
module of ui/charts that imports matplotlib imports this first.
"""

import threading

from internapp.core.collection import collection_paused


def _load() -> None:
    before = set(threading.enumerate())
    with collection_paused():
        import matplotlib.font_manager  # noqa: F401  # reads (or, the first time, builds) the font list

        for thread in set(threading.enumerate()) - before:
            thread.join(timeout=10)  # matplotlib's "building the font cache" timer, cancelled


_load()
