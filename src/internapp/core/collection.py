"""Python's cyclic garbage collector, paused while some work runs.

Two reasons to pause it, one mechanism:
- speed: building 10^4–10^5 small objects that form no cycles triggers full passes that cost
  seconds (a first sync, a long list of applications);
- safety, in the window's process: a collection runs in whichever thread happens to allocate, and
  on a worker thread it would destroy there the widgets left in reference cycles — off Qt's thread,
  a segfault now and then (CI: `internapp smoke` ran 10 collections on a worker thread). The
  window's background work (ui/worker.py) runs paused, so collections stay on the UI thread.

Pauses nest and may overlap across threads: the collector is switched off by the first and back on
by the last, and only if it was on before the first.
"""

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_was_enabled = False


def pause() -> None:
    """Switches the collector off until the matching ``resume()`` (which may come from another
    thread)."""
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1


def resume() -> None:
    global _depth
    with _lock:
        _depth -= 1
        if _depth == 0 and _was_enabled:
            gc.enable()


@contextmanager
def collection_paused() -> Iterator[None]:
    pause()
    try:
        yield
    finally:
        resume()
