"""Background tasks: no garbage collection ever runs on their thread."""

import gc
import threading

from internapp.ui.worker import BackgroundTask


def _allocate() -> int:
    for _ in range(20_000):
        cycle: list = []
        cycle.append(cycle)
    return 1


def test_a_task_never_collects_on_its_thread_and_the_collector_comes_back(qtbot):
    """A collection there would destroy the widgets the UI thread left in cycles, off Qt's
    thread (CI: a segfault in `internapp smoke`)."""
    off_thread: list[str] = []

    def started(phase, info):
        if phase == "start" and threading.current_thread() is not threading.main_thread():
            off_thread.append(threading.current_thread().name)

    thresholds = gc.get_threshold()
    gc.set_threshold(10, 2, 2)
    gc.callbacks.append(started)
    try:
        assert gc.isenabled()
        results = []
        task = BackgroundTask(_allocate)
        task.finished.connect(results.append)
        task.start()
        qtbot.waitUntil(lambda: results == [1], timeout=30_000)
        qtbot.waitUntil(gc.isenabled, timeout=5000)  # back once the thread has ended
    finally:
        gc.callbacks.remove(started)
        gc.set_threshold(*thresholds)
    assert off_thread == []


def _slots(cls) -> set[str]:
    meta = cls.staticMetaObject
    return {bytes(meta.method(index).methodSignature()).decode()
            for index in range(meta.methodOffset(), meta.methodCount())}


def test_what_a_worker_thread_calls_is_a_slot_of_its_receiver():
    """Signals emitted on a worker thread reach Qt slots declared with @Slot, not plain Python
    methods: PySide (6.8 and later) delivers to a plain method through a dynamic slot object of
    its own, a path other projects saw crash across threads."""
    from internapp.ui.dialogs.career_export_dialog import CareerExportDialog
    from internapp.ui.signals import StoreSignals
    from internapp.ui.worker import _Runner

    assert {"run()"} <= _slots(_Runner)  # started on its thread
    assert {"_on_finished(PyObject)", "_on_failed(PyObject)", "_release()"} <= _slots(BackgroundTask)
    assert "_collect(PyObject)" in _slots(StoreSignals)  # a write's notice, from any thread
    assert "_show_progress(QString)" in _slots(CareerExportDialog)  # the export's progress
