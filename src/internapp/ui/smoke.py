"""A headless check that the window builds and every screen shows without a Qt warning."""

from PySide6.QtCore import QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from internapp.context import AppContext
from internapp.ui.launch import build_window
from internapp.ui.teardown import dispose
from internapp.ui.theme import ThemeMode
from internapp.ui.views import SCREENS
from internapp.version import UNKNOWN_VERSION

# the offscreen platform cannot resize a dialog to its hints; it is not a fault of ours
# (the same message pyproject.toml's qt_log_ignore lets pass in the tests)
HARMLESS = ("This plugin does not support propagateSizeHints",
            # pop-ups (calendars, menus) opened by the layout check on the offscreen platform
            "This plugin does not support raise()", "This plugin does not support grabbing")
DEFAULT_CHECK_SIZE = (900, 600)  # the smallest comfortable size


def run_smoke(context: AppContext, *, sizes: list[tuple[int, int]] | None = None,
              check_layout: bool = False, themes: list[ThemeMode] | None = None) -> list[str]:
    """Runs SQLite's quick check on the store, builds the main window, visits every screen and
    opens Help → About; with ``check_layout``, runs the layout check (``ui/layout_check.py``) on
    every screen, state and dialog at each of ``sizes``, in each of ``themes``. Returns the
    problems found (none: healthy)."""
    from internapp.core.store.integrity import quick_check

    # every page, as the window's start-up check reads them: damage in a table no screen reads
    # at first (random pages in an index) is found too
    damaged = quick_check(context.paths.database)
    problems: list[str] = [f"the data file is damaged: {damaged}"] if damaged else []

    def on_message(kind, _context, message):
        if any(text in message for text in HARMLESS):
            return
        if kind in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
            problems.append(f"Qt: {message}")

    previous = qInstallMessageHandler(on_message)
    try:
        window = build_window(context, themes[0] if themes else None)
        window.show()
        app = QApplication.instance()
        for spec in SCREENS:
            try:
                window.show_screen(spec.key)
                app.processEvents()
            except Exception as error:  # report every screen, not just the first failure
                from internapp.core.store.faults import translate

                # a store or disk fault in words ("… is damaged: restore …"), anything else as is
                fault = translate(error, context.paths.database, context.paths.backups_dir)
                problems.append(f"{spec.title}: {fault}" if fault is not None
                                else f"{spec.title}: {type(error).__name__}: {error}")
                continue
            if window.stack.currentWidget() is not window.screen(spec.key):
                problems.append(f"{spec.title}: the screen did not come to the front")
            if window.grab().isNull():
                problems.append(f"{spec.title}: nothing was drawn")
        problems += _about_problems(window, context.version)
        problems += _store_problems(context)
        if check_layout:
            from internapp.ui import layout_check

            for theme in themes or [window.theme_mode()]:
                window.set_theme_mode(theme)
                found = layout_check.visit(window, sizes or [DEFAULT_CHECK_SIZE])
                problems += [f"layout ({theme.value}): {problem}" for problem in found]
        window.close()
        dispose(window)
    finally:
        qInstallMessageHandler(previous)
    return problems


def _store_problems(context: AppContext) -> list[str]:
    """The quick check the window runs at start (ui/store_care.py): a damaged page no screen
    happened to read is found too."""
    from internapp.core.store.integrity import quick_check

    found = quick_check(context.paths.database)
    return [f"your data file is damaged: {found}"] if found else []


def _about_problems(window, version: str) -> list[str]:
    """Help → About shows the package version (a bundle without its metadata would not know it)."""
    dialog = window.show_about()
    QApplication.instance().processEvents()
    shown = dialog.version_label.text()
    dialog.close()
    if version == UNKNOWN_VERSION:
        return ["About: the version is unknown — the package metadata is missing from this install"]
    if version not in shown:
        return [f"About: shows {shown!r}, the package version is {version}"]
    return []
