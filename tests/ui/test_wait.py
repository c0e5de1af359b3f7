from PySide6.QtCore import QTimer

from internapp.ui.wait import process_until


def test_process_until_runs_the_event_loop_until_the_condition_holds(qtbot):
    fired = []
    QTimer.singleShot(50, lambda: fired.append(True))
    assert process_until(lambda: bool(fired), timeout=5)
    assert process_until(lambda: False, timeout=0.1) is False
