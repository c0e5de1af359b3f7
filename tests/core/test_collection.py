"""Pausing the garbage collector: nested, across threads, restoring what it found."""

import gc
import threading

import pytest

from internapp.core import collection
from internapp.core.collection import collection_paused


@pytest.fixture
def collecting():
    was = gc.isenabled()
    gc.enable()
    yield
    if was:
        gc.enable()
    else:
        gc.disable()


def test_a_pause_restores_the_collector(collecting):
    with collection_paused():
        assert not gc.isenabled()
        with collection_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer pause still holds
    assert gc.isenabled()


def test_a_pause_leaves_a_collector_that_was_off_off(collecting):
    gc.disable()
    with collection_paused():
        pass
    assert not gc.isenabled()


def test_overlapping_pauses_on_two_threads_end_with_the_last(collecting):
    inside, leave = threading.Event(), threading.Event()

    def other():
        with collection_paused():
            inside.set()
            leave.wait(10)

    thread = threading.Thread(target=other)
    with collection_paused():
        thread.start()
        assert inside.wait(10)
    assert not gc.isenabled()  # the other thread's pause outlives this one
    leave.set()
    thread.join(10)
    assert gc.isenabled()


def test_no_collection_runs_on_a_thread_started_inside_a_pause(collecting):
    """As ui/worker.py does: paused before the thread starts, resumed after it has ended (a
    pause begun inside the thread would leave its first allocations unguarded)."""
    seen: list[bool] = []

    def started(phase, info):
        if phase == "start":
            seen.append(threading.current_thread() is threading.main_thread())

    def allocate():
        for _ in range(20_000):
            cycle: list = []
            cycle.append(cycle)

    thresholds = gc.get_threshold()
    gc.set_threshold(10, 2, 2)
    gc.callbacks.append(started)
    try:
        collection.pause()
        thread = threading.Thread(target=allocate)
        thread.start()
        thread.join(30)
        collection.resume()
    finally:
        gc.callbacks.remove(started)
        gc.set_threshold(*thresholds)
    assert False not in seen  # none on the worker
    assert gc.isenabled()
