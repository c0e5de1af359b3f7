"""The main window: a sidebar of screens, each built the first time it is shown."""

from PySide6.QtCore import QSettings, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
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
from internapp.ui.dialogs.about import AboutDialog
from internapp.ui.icons import app_icon, screen_icon
from internapp.ui.signals import StoreSignals
from internapp.ui.theme import ThemeMode, apply_theme, current_colors
from internapp.ui.timer_session import TimerSession
from internapp.ui.timer_toolbar import TimerUI
from internapp.ui.views import SCREENS, ScreenSpec, build_screen
from internapp.ui.views.base import Screen

DEFAULT_SIZE = (1200, 780)


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
        self.setMinimumSize(900, 600)

        # one notice per event-loop turn of changes; one timer session for every timer control
        self.signals = StoreSignals(context.store, self)
        self.signals.changed.connect(self._on_data_changed)
        self._timer_session = TimerSession(context.store, self, watch_sleep=True,
                                           signals=self.signals)

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self._build_sidebar())
        self.stack = QStackedWidget()
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_menus()
        self.timer = TimerUI(self, self._timer_session)  # toolbar on every screen, Ctrl+T, tray
        self.statusBar().showMessage(f"Data: {context.paths.database}")
        if context.store.read_only:
            self._show_read_only(context.store.read_only_reason)
        self._restore_geometry()
        self.show_screen("today")

    # --- layout ----------------------------------------------------------------------------

    def _build_sidebar(self) -> QWidget:
        sidebar = QFrame()
        sidebar.setObjectName("Sidebar")
        sidebar.setFixedWidth(210)
        layout = QVBoxLayout(sidebar)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        brand = QLabel("internapp")
        brand.setObjectName("SidebarBrand")
        tagline = QLabel("micro-internships, in one place")
        tagline.setObjectName("SidebarTagline")
        layout.addWidget(brand)
        layout.addWidget(tagline)
        self.nav = QListWidget()
        self.nav.setObjectName("SidebarList")
        self.nav.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.nav.setIconSize(QSize(18, 18))
        for number, spec in enumerate(SCREENS, start=1):
            item = QListWidgetItem(spec.title)
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setToolTip(f"{spec.title} (Ctrl+{number})")
            item.setSizeHint(QSize(0, 38))
            self.nav.addItem(item)
        self._tint_nav_icons()
        self.nav.currentRowChanged.connect(self._on_nav_row)
        layout.addWidget(self.nav, 1)
        footer = QLabel(f"v{self._context.version} · offline")
        footer.setObjectName("SidebarFooter")
        layout.addWidget(footer)
        return sidebar

    def _tint_nav_icons(self) -> None:
        colors = current_colors()
        for row, spec in enumerate(SCREENS):
            self.nav.item(row).setIcon(screen_icon(spec.icon, colors.muted, colors.accent_text))

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        view_menu = self.menuBar().addMenu("&View")
        for number, spec in enumerate(SCREENS, start=1):
            action = QAction(spec.title, self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _=False, key=spec.key: self.show_screen(key))
            view_menu.addAction(action)
            self.addAction(action)

        help_menu = self.menuBar().addMenu("&Help")
        about = QAction("&About internapp", self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

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
                else:
                    screen.stale = True

    # --- shell services for screens --------------------------------------------------------

    def timer_session(self) -> TimerSession:
        return self._timer_session

    def theme_mode(self) -> ThemeMode:
        return self._theme_mode

    def set_theme_mode(self, mode: ThemeMode) -> None:
        self._theme_mode = mode
        self._settings.setValue("theme", mode.value)
        apply_theme(QApplication.instance(), mode)
        self._tint_nav_icons()

    def show_about(self) -> AboutDialog:
        dialog = AboutDialog(self._context.version, str(self._context.paths.database), self)
        dialog.open()
        return dialog

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

    def offer_restore_for_damage(self, reason: str) -> None:
        """The quick check found the open store damaged: offer its newest verified backup."""
        from internapp.core.store.catalog import newest_verified
        from internapp.ui.dialogs.damaged_store_dialog import DamagedStoreDialog

        paths = self._context.paths
        dialog = DamagedStoreDialog(paths.database, paths.backups_dir, reason,
                                    newest_verified(paths.backups_dir), self, restore_now=False)
        self.damaged_dialog = dialog
        dialog.accepted.connect(lambda: self.request_restore(dialog.backup))
        dialog.open()

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

    def _restore_geometry(self) -> None:
        geometry = self._settings.value("geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(*DEFAULT_SIZE)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.timer.shutdown()
        self._settings.setValue("geometry", self.saveGeometry())
        self._settings.sync()
        super().closeEvent(event)
