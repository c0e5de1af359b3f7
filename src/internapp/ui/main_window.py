"""The main window: a sidebar of screens, each built the first time it is shown."""

from typing import cast

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from internapp.context import AppContext
from internapp.core.changes import Change
from internapp.paths import Paths
from internapp.ui import accessibility
from internapp.ui.calendar_sync import CalendarSync
from internapp.ui.dialogs.about import AboutDialog
from internapp.ui.icons import app_icon, screen_icon
from internapp.ui.menus import Menus
from internapp.ui.reminders import WindowReminders
from internapp.ui.signals import StoreSignals
from internapp.ui.sync_runner import SyncRunner, SyncStatusLabel
from internapp.ui.theme import ThemeMode, apply_theme, current_colors
from internapp.ui.timer_session import TimerSession
from internapp.ui.timer_toolbar import TimerUI
from internapp.ui.views import SCREENS, ScreenSpec, build_screen
from internapp.ui.views.base import Screen
from internapp.ui.widgets.elided_label import ElidedLabel

DEFAULT_SIZE = (1200, 780)
MINIMUM_SIZE = (760, 520)  # below this the sidebar, toolbar and a screen's header cannot all fit
COMPACT_BELOW = 1100  # narrower windows show the sidebar as icons only
SYNC_AFTER_MS = 1000  # the sync runner starts (and its status shows) once the window is up
SIDEBAR_WIDTH, COMPACT_WIDTH = 210, 64


class MainWindow(QMainWindow):
    # a backup to put in place of the store: run_gui closes the window and the store, restores
    # it, and opens the data again (a restore must not happen under an open store)
    restore_requested = Signal(object)

    def __init__(self, context: AppContext, settings: QSettings, theme_mode: ThemeMode) -> None:
        super().__init__()
        self._context = context
        self._settings = settings
        self._theme_mode = theme_mode
        self._screens: dict[str, Screen] = {}
        self.setWindowTitle("internapp")
        self.setWindowIcon(app_icon())
        self.setMinimumSize(*MINIMUM_SIZE)

        # one notice per event-loop turn of changes; one timer session for every timer control
        self.signals = StoreSignals(context.store, self)
        self.signals.changed.connect(self._on_data_changed)
        self._timer_session = TimerSession(context.store, self, clock=context.clock,
                                           watch_sleep=True, signals=self.signals)

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self._build_sidebar())
        self.stack = QStackedWidget()
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.menus = Menus(self)
        self.focused_windows = accessibility.FocusedWindows(self)  # dialogs get named too
        self.timer = TimerUI(self, self._timer_session)  # toolbar on every screen, Ctrl+T, tray
        self.menus.timer_menu.addAction(self.timer.toggle_action)
        self.reminders = WindowReminders(context.paths, self)  # notifications while open
        self.reminders.open_record.connect(self.open_from_notification)
        self.reminders.stop_timer.connect(lambda at: self.timer.session.stop(at=at))
        self.calendar_sync = CalendarSync(context.store, self)  # the .ics file and CalDAV
        self.calendar_sync.report.connect(lambda text: self.statusBar().showMessage(text, 10000))
        # the data file on the right, for good; messages ("Logged 5 min on …") come on the left
        self.data_label = ElidedLabel(self.tr("Data: {path}").format(path=context.paths.database),
                                      Qt.TextElideMode.ElideMiddle)
        self.data_label.setObjectName("Muted")
        self.statusBar().addPermanentWidget(self.data_label, 1)
        self.sync = SyncRunner(context, self)  # on start, every few minutes, on demand
        self.sync_label = SyncStatusLabel(self.sync, self.statusBar())
        if context.store.read_only:
            self._show_read_only(context.store.read_only_reason)
        self._restore_geometry()
        self.show_screen("today")
        # sync's state asks core/sync and the keyring (~0.1 s of imports and a backend search):
        # after the first paint, not before it
        QTimer.singleShot(SYNC_AFTER_MS, self, self._start_sync)

    # --- layout ----------------------------------------------------------------------------

    def _build_sidebar(self) -> QWidget:
        self.sidebar = sidebar = QFrame()
        sidebar.setObjectName("Sidebar")
        sidebar.setFixedWidth(SIDEBAR_WIDTH)
        layout = QVBoxLayout(sidebar)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.brand = QLabel("internapp")
        self.brand.setObjectName("SidebarBrand")
        self.tagline = QLabel(self.tr("micro-internships, in one place"))
        self.tagline.setObjectName("SidebarTagline")
        self.tagline.setWordWrap(True)
        self.brand_icon = QLabel()
        self.brand_icon.setObjectName("SidebarIcon")
        self.brand_icon.setPixmap(app_icon().pixmap(32, 32))
        self.brand_icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.brand_icon.setAccessibleName("internapp")
        self.brand_icon.hide()
        layout.addWidget(self.brand)
        layout.addWidget(self.tagline)
        layout.addWidget(self.brand_icon)
        self.nav = QListWidget()
        self.nav.setObjectName("SidebarList")
        self.nav.setAccessibleName(self.tr("Screens"))
        self.nav.setAccessibleDescription(self.tr("Ctrl+1 to Ctrl+8 go straight to a screen"))
        self.nav.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.nav.setIconSize(QSize(18, 18))
        for number, spec in enumerate(SCREENS, start=1):
            item = QListWidgetItem(spec.label)
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, spec.label)
            item.setToolTip(self.tr("{screen} (Ctrl+{number})").format(screen=spec.label,
                                                                       number=number))
            item.setSizeHint(QSize(0, 38))
            self.nav.addItem(item)
        self._tint_nav_icons()
        self.nav.currentRowChanged.connect(self._on_nav_row)
        layout.addWidget(self.nav, 1)
        self.footer = QLabel(self.tr("v{version} · offline").format(version=self._context.version))
        self.footer.setObjectName("SidebarFooter")
        self.footer.setWordWrap(True)
        layout.addWidget(self.footer)
        return sidebar

    def compact_sidebar(self) -> bool:
        return self.sidebar.width() == COMPACT_WIDTH

    def _fit_sidebar(self) -> None:
        """Icons only in a narrow window (their names in tooltips and for screen readers)."""
        compact = self.width() < COMPACT_BELOW
        if compact == self.compact_sidebar():
            return
        self.sidebar.setFixedWidth(COMPACT_WIDTH if compact else SIDEBAR_WIDTH)
        for widget in (self.brand, self.tagline, self.footer):
            widget.setVisible(not compact)
        self.brand_icon.setVisible(compact)
        for row, spec in enumerate(SCREENS):
            self.nav.item(row).setText("" if compact else spec.label)
        self.nav.setProperty("compact", compact)
        self.nav.style().unpolish(self.nav)
        self.nav.style().polish(self.nav)
        # the rule's padding is the list's frame, which a QFrame takes from the style only at a
        # StyleChange (else the first theme switch widened the highlight by 4 px)
        QCoreApplication.sendEvent(self.nav, QEvent(QEvent.Type.StyleChange))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_sidebar()

    def _tint_nav_icons(self) -> None:
        colors = current_colors()
        for row, spec in enumerate(SCREENS):
            self.nav.item(row).setIcon(screen_icon(spec.icon, colors.muted, colors.accent_text))

    # --- screens ---------------------------------------------------------------------------

    def screen(self, key: str) -> Screen:
        """The screen for ``key``, built on first use."""
        if key not in self._screens:
            spec = self._spec(key)
            screen = build_screen(spec, self._context, self)
            screen.navigate.connect(self.show_screen)
            self._screens[key] = screen
            self.stack.addWidget(screen)
        return self._screens[key]

    def show_screen(self, key: str, record_id: object = None) -> None:
        screen = self.screen(key)
        if screen.stale:
            screen.refresh()
            screen.stale = False
        self.stack.setCurrentWidget(screen)
        accessibility.complete(screen)
        self.menus.update_new_action(
            QCoreApplication.translate(type(screen).__name__, screen.new_record_text)
            if screen.new_record_text else None)
        row = [spec.key for spec in SCREENS].index(key)
        if self.nav.currentRow() != row:
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(row)
            self.nav.blockSignals(False)
        if record_id is not None:
            screen.open_record(record_id)

    def current_screen_key(self) -> str:
        return SCREENS[self.nav.currentRow()].key

    def _on_nav_row(self, row: int) -> None:
        if 0 <= row < len(SCREENS):
            self.show_screen(SCREENS[row].key)

    def _spec(self, key: str) -> ScreenSpec:
        for spec in SCREENS:
            if spec.key == key:
                return spec
        raise KeyError(f"no screen called {key!r}")

    def _on_data_changed(self, change: Change) -> None:
        for screen in self._screens.values():
            if change.touches(screen.watches):
                if screen is self.stack.currentWidget():
                    screen.refresh()
                    accessibility.complete(screen)
                else:
                    screen.stale = True

    # --- shell services for screens --------------------------------------------------------

    @property
    def paths(self) -> Paths:
        """Where this window's data lives."""
        return self._context.paths

    def timer_session(self) -> TimerSession:
        return self._timer_session

    def theme_mode(self) -> ThemeMode:
        return self._theme_mode

    def set_theme_mode(self, mode: ThemeMode) -> None:
        self._theme_mode = mode
        self._settings.setValue("theme", mode.value)
        apply_theme(QApplication.instance(), mode)
        self._tint_nav_icons()
        self.menus.show_theme(mode)
        for screen in self._screens.values():  # colours drawn from data (charts, tags) follow
            screen.theme_changed(visible=screen is self.stack.currentWidget())

    def follow_system_scheme(self, *_) -> None:
        """The system switched between light and dark: followed when the theme is System."""
        if self._theme_mode == ThemeMode.SYSTEM:
            self.set_theme_mode(ThemeMode.SYSTEM)

    def sync_runner(self) -> SyncRunner:
        return self.sync

    def show_about(self) -> AboutDialog:
        dialog = AboutDialog(self._context.version, str(self._context.paths.database), self)
        dialog.open()
        return dialog

    def show_shortcuts(self) -> QDialog:
        from internapp.ui.dialogs.shortcuts import ShortcutsDialog

        dialog = ShortcutsDialog(self)
        dialog.open()
        return dialog

    # --- the menus' actions, carried out by the screen that owns them ------------------------

    def new_in_screen(self) -> object:
        """Ctrl+N: adds a record of the kind the current screen shows."""
        return self.screen(self.current_screen_key()).new_record()

    def new_record(self, key: str) -> object:
        self.show_screen(key)
        return self.screen(key).new_record()

    def find_in_screen(self) -> bool:
        """Ctrl+F: the cursor goes to the current screen's filter."""
        return self.screen(self.current_screen_key()).focus_filter()

    def transfer(self, key: str, direction: str, fmt: str) -> object:
        self.show_screen(key)
        return self.screen(key).start_transfer(direction, fmt)

    def back_up_now(self) -> None:
        """File → Back up now: Settings → Backups makes it, where its progress and result show."""
        from internapp.ui.views.settings.screen import SettingsView

        self.show_screen("settings")
        cast(SettingsView, self.screen("settings")).back_up_now()

    # --- the store's health: read-only, damaged, restore, a second start --------------------

    def _show_read_only(self, reason: str | None) -> None:
        self.setWindowTitle(self.tr("internapp (read-only)"))
        label = QLabel(self.tr("Read-only: {why}. You can look, list and export; changes "
                               "cannot be saved.").format(
            why=reason or self.tr("the data was opened read-only")))
        label.setObjectName("WarningText")
        self.read_only_label = label
        self.statusBar().addPermanentWidget(label)

    def request_restore(self, backup) -> None:
        self.restore_requested.emit(backup)

    def offer_restore_for_damage(self, reason: str) -> QDialog:
        """The quick check found the open store damaged: offer its newest verified backup."""
        from internapp.core.store.catalog import newest_verified
        from internapp.ui.dialogs.damaged_store_dialog import DamagedStoreDialog

        paths = self._context.paths
        dialog = DamagedStoreDialog(paths.database, paths.backups_dir, reason,
                                    newest_verified(paths.backups_dir), self, restore_now=False)
        self.damaged_dialog = dialog
        dialog.accepted.connect(lambda: self.request_restore(dialog.backup))
        dialog.open()
        return dialog

    def show_notice(self, text: str) -> QMessageBox:
        """Something the user should know about their data (a -wal moved aside, a restore)."""
        box = QMessageBox(QMessageBox.Icon.Information, "internapp", text,
                          QMessageBox.StandardButton.Ok, self)
        box.open()
        self.statusBar().showMessage(text)
        return box

    def bring_to_front(self) -> None:
        """A second start on the same data folder asked this window to come forward."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    # --- geometry --------------------------------------------------------------------------

    def _start_sync(self) -> None:
        self.sync_label.update_text()
        self.sync.start()

    def _restore_geometry(self) -> None:
        geometry = self._settings.value("geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(*DEFAULT_SIZE)
        self._fit_screen()

    def _fit_screen(self) -> None:
        """The first window, or one saved on a larger monitor, fits the screen it opens on (a
        900×600 laptop): no larger than its free area, and inside it."""
        screen = (QApplication.screenAt(self.geometry().center())
                  or QApplication.primaryScreen())  # (self.screen(key) is a screen of ours)
        if screen is None:
            return
        area = screen.availableGeometry()
        width = max(MINIMUM_SIZE[0], min(self.width(), area.width()))
        height = max(MINIMUM_SIZE[1], min(self.height(), area.height()))
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)
        if not area.contains(self.geometry()):
            self.move(max(area.left(), min(self.x(), area.right() - width + 1)),
                      max(area.top(), min(self.y(), area.bottom() - height + 1)))

    def notifications_unavailable(self) -> str | None:
        """Why desktop notifications cannot be shown here (None: they can)."""
        return self.reminders.unavailable

    def open_from_notification(self, screen: str, record_id: object) -> None:
        """A click on a notification: the window comes forward on the record."""
        self.showNormal()
        if QApplication.platformName() != "offscreen":  # nothing to raise without a screen
            self.raise_()
            self.activateWindow()
        self.show_screen(screen, record_id)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.timer.shutdown()
        self.reminders.shutdown()
        self.calendar_sync.shutdown()
        self.sync.shutdown()
        self._settings.setValue("geometry", self.saveGeometry())
        self._settings.sync()
        super().closeEvent(event)
