"""Starting the Qt side: the QApplication, the UI settings file, the theme and the main window."""

import os
import sys

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from internapp.context import AppContext, open_context
from internapp.core.store import StoreError
from internapp.paths import Paths
from internapp.ui import i18n
from internapp.ui.icons import app_icon
from internapp.ui.main_window import MainWindow
from internapp.ui.theme import ThemeMode, apply_theme

DESKTOP_ID = "io.github.internapp.InternApp"


def qt_application(language: str | None = None) -> QApplication:
    """The QApplication, with internapp's names, icon and translations (``language``: ``--lang``;
    None: the system's, or what an earlier call chose)."""
    app = QApplication.instance()
    if app is None:
        app = QApplication([sys.argv[0]])
    if language or app.property("internapp_language") is None:
        i18n.install(app, language)
    app.setApplicationName("internapp")
    app.setApplicationDisplayName("internapp")
    app.setDesktopFileName(DESKTOP_ID)
    app.setWindowIcon(app_icon())
    return app


def ui_settings(paths: Paths) -> QSettings:
    """Window geometry and appearance: UI-only state, kept in the config dir from paths.py."""
    return QSettings(str(paths.ui_settings_file), QSettings.Format.IniFormat)


def build_window(context: AppContext, theme: ThemeMode | None = None) -> MainWindow:
    app = qt_application()
    settings = ui_settings(context.paths)
    mode = theme or ThemeMode(settings.value("theme", ThemeMode.SYSTEM.value))
    apply_theme(app, mode)
    window = MainWindow(context, settings, mode)

    def follow_system(*_):
        if window.theme_mode() == ThemeMode.SYSTEM:
            window.set_theme_mode(ThemeMode.SYSTEM)

    app.styleHints().colorSchemeChanged.connect(follow_system)
    return window


def display_available() -> bool:
    """False on Linux without an X11/Wayland display and no QT_QPA_PLATFORM: Qt would abort."""
    if not sys.platform.startswith("linux"):
        return True
    return any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def run_gui(paths: Paths, theme: ThemeMode | None = None, language: str | None = None) -> int:
    try:
        context = open_context(paths)
    except StoreError as error:
        print(f"internapp: error: {error}", file=sys.stderr)
        if display_available():
            qt_application(language)
            QMessageBox.critical(None, "internapp cannot open your data", str(error))
        return 1
    if not display_available():
        context.close()
        print("internapp: error: no display (DISPLAY and WAYLAND_DISPLAY are unset). Start it from "
              "a desktop session; headless commands such as `internapp smoke` work anywhere.",
              file=sys.stderr)
        return 1
    app = qt_application(language)
    try:
        window = build_window(context, theme)
        window.show()
        return app.exec()
    finally:
        context.close()
