"""A QGuiApplication for commands that print without a window (``internapp export invoice``):
the offscreen platform, made once, only when Qt is first needed."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication

_made: list[QCoreApplication] = []  # the one made here lives as long as the process


def gui_application() -> QCoreApplication:
    """The running Qt application, or a new QGuiApplication on the offscreen platform."""
    existing = QCoreApplication.instance()
    if existing is not None:
        return existing
    _made.append(QGuiApplication(["internapp", "-platform", "offscreen"]))
    return _made[-1]
