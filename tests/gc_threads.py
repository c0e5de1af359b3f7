"""Which threads the garbage collector ran on. A collection on a thread other than Qt's frees the
widgets left in cycles there, off the UI thread: a crash that depends on timing. The UI tests
check that none happened while they ran (tests/ui/conftest.py)."""

import gc
import threading

OFF_MAIN: list[str] = []  # the name of the thread of each collection not on the main thread


def _note(phase: str, info: dict) -> None:
    if phase == "start" and threading.current_thread() is not threading.main_thread():
        OFF_MAIN.append(threading.current_thread().name)


def record() -> None:
    if _note not in gc.callbacks:
        gc.callbacks.append(_note)
