"""A headless check that the window builds and every screen shows without a Qt warning."""

from PySide6.QtCore import QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from internapp.context import AppContext
from internapp.ui.launch import build_window
from internapp.ui.views import SCREENS


def run_smoke(context: AppContext) -> list[str]:
    """Builds the main window, visits every screen; returns the problems found (none: healthy)."""
    problems: list[str] = []

    def on_message(kind, _context, message):
        if kind in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
            problems.append(f"Qt: {message}")

    previous = qInstallMessageHandler(on_message)
    try:
        window = build_window(context)
        window.show()
        app = QApplication.instance()
        for spec in SCREENS:
            try:
                window.show_screen(spec.key)
                app.processEvents()
            except Exception as error:  # report every screen, not just the first failure
                problems.append(f"{spec.title}: {type(error).__name__}: {error}")
                continue
            if window.stack.currentWidget() is not window.screen(spec.key):
                problems.append(f"{spec.title}: the screen did not come to the front")
            if window.grab().isNull():
                problems.append(f"{spec.title}: nothing was drawn")
        window.close()
        window.deleteLater()
        app.processEvents()
    finally:
        qInstallMessageHandler(previous)
    return problems
