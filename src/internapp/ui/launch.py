"""Starting the Qt side: the QApplication, the UI settings file, the theme and the main window."""

import os
import sys

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from internapp.context import AppContext, open_context
from internapp.core.store import StoreError
from internapp.core.store.catalog import BackupInfo
from internapp.paths import Paths
from internapp.ui import i18n
from internapp.ui.crash import install_excepthook
from internapp.ui.icons import app_icon
from internapp.ui.main_window import MainWindow
from internapp.ui.opening import open_for_window, restore_between_openings, restored_text
from internapp.ui.single_instance import ACTIVATE, SingleInstance, open_request
from internapp.ui.store_care import StoreCare
from internapp.ui.teardown import dispose
from internapp.ui.theme import ThemeMode, apply_theme

DESKTOP_ID = "io.github.internapp.InternApp"
CHECK_AFTER_MS = 2000  # the store's quick check starts once the window has been up this long


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
    # a method of the window, not a closure over it: the connection ends with the window
    # instead of keeping it alive until the interpreter exits
    app.styleHints().colorSchemeChanged.connect(window.follow_system_scheme)
    return window


def display_available() -> bool:
    """False on Linux without an X11/Wayland display and no QT_QPA_PLATFORM: Qt would abort."""
    if not sys.platform.startswith("linux"):
        return True
    return any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def run_gui(paths: Paths, theme: ThemeMode | None = None, language: str | None = None,
            open_record: tuple[str, str | None] | None = None) -> int:
    """The window on ``paths`` (on ``open_record``, a screen and a record id, when given) until
    it quits. When a window is open on the folder already, the request goes to it instead."""
    if not display_available():
        return _no_display(paths)
    app = qt_application(language)
    shown: list[MainWindow] = []
    install_excepthook(paths, lambda: shown[-1] if shown else None)
    instance = SingleInstance(paths.data_dir)
    if not instance.claim(open_request(*open_record) if open_record else ACTIVATE):
        print("internapp: the window on this data folder is open already; "
              + ("opened it there" if open_record else "brought it to the front"),
              file=sys.stderr)
        return 0
    notice = None
    try:
        while True:  # again after a restore: the store is closed while the backup goes in
            context = open_for_window(paths)
            if context is None:
                return 1
            code, backup = _window_session(app, context, theme, instance, notice, shown,
                                           open_record)
            open_record = None  # the record opens once, not again after a restore
            if backup is None:
                return code
            result = restore_between_openings(paths, backup)
            notice = restored_text(result) if result else None
    finally:
        instance.release()


def _window_session(app: QApplication, context: AppContext, theme: ThemeMode | None,
                    instance: SingleInstance, notice: str | None, shown: list[MainWindow],
                    open_record: tuple[str, str | None] | None
                    ) -> tuple[int, BackupInfo | None]:
    """Shows the window on ``context`` until it quits; returns the exit code and the backup to
    restore (None: none asked for). The window and the store are closed on return."""
    window = build_window(context, theme)
    shown.append(window)
    wanted: list[BackupInfo] = []

    def restore_then_reopen(backup: BackupInfo) -> None:
        wanted.append(backup)
        app.exit(0)

    stop_forwarding = forward_to(window, instance)
    window.restore_requested.connect(restore_then_reopen)
    care = StoreCare(context.store, window)
    care.damaged.connect(window.offer_restore_for_damage)
    checking = QTimer(care)  # the quick check reads the whole file: after the window is up,
    checking.setSingleShot(True)  # not on the two cores its first paint needs
    checking.timeout.connect(care.start)
    try:
        window.show()
        if open_record is not None:
            open_on(window, *open_record)
        for text in [*context.store.opening_notes, *([notice] if notice else [])]:
            window.show_notice(text)
        checking.start(CHECK_AFTER_MS)
        code = app.exec()
    finally:
        checking.stop()
        care.timer.stop()
        care.wait()
        stop_forwarding()
        window.close()
        shown.remove(window)
        dispose(window)
        context.close()
    return code, (wanted[0] if wanted else None)


def forward_to(window: MainWindow, instance: SingleInstance):
    """A second start's request (come forward; open a screen on a record) acts on ``window``;
    returns the function that undoes the connections."""

    def open_requested(screen: str, record: str | None) -> None:
        window.bring_to_front()
        open_on(window, screen, record)

    instance.activate_requested.connect(window.bring_to_front)
    instance.open_requested.connect(open_requested)

    def stop() -> None:
        instance.activate_requested.disconnect(window.bring_to_front)
        instance.open_requested.disconnect(open_requested)

    return stop


def _no_display(paths: Paths) -> int:
    """Without a display Qt would abort: say so — and why the data could not be opened, when
    that is the case, so the message is the useful one."""
    try:
        open_context(paths).close()
    except StoreError as error:
        print(f"internapp: error: {error}", file=sys.stderr)
        return 1
    print("internapp: error: no display (DISPLAY and WAYLAND_DISPLAY are unset). Start it from "
          "a desktop session; headless commands such as `internapp smoke` work anywhere.",
          file=sys.stderr)
    return 1


def open_on(window: MainWindow, screen: str, record: str | None = None) -> bool:
    """Shows ``screen``, on the record ``record`` (an id) when given; False, with a status
    message, when either is unknown."""
    import uuid

    from internapp.ui.views import SCREENS

    if screen not in {spec.key for spec in SCREENS}:
        window.statusBar().showMessage(QCoreApplication.translate(
            "Launch", "There is no screen called {screen}.").format(screen=repr(screen)))
        return False
    if record is None:
        window.open_from_notification(screen, None)
        return True
    try:
        record_id = uuid.UUID(record)
    except ValueError:
        window.show_screen(screen)
        window.statusBar().showMessage(QCoreApplication.translate(
            "Launch", "{record} is not a record id.").format(record=repr(record)))
        return False
    window.open_from_notification(screen, record_id)
    return True
