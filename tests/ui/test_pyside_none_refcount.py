"""Guard for PySide6 6.12.0 on CPython 3.11: every None-returning call dropped a reference to None
and the process aborted after a few thousand calls ("Fatal Python error: none_dealloc")."""

import sys

from PySide6.QtWidgets import QLabel


def test_none_returning_qt_calls_keep_the_refcount_of_none(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for i in range(20_000):
        label.setToolTip("tip" if i % 2 else "")  # returns None
    after = sys.getrefcount(None)
    assert after >= before - 100, f"None lost {before - after} references"
