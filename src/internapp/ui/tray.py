"""The system-tray icon (where the platform has a tray): what runs and for how long in its tooltip,
and a menu to stop it, start one on a recent engagement, show the window or quit."""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from internapp.ui.icons import app_icon
from internapp.ui.timer_session import TimerSession
from internapp.ui.widgets.timer_control import elapsed_text

RECENT = 8


def fill_tray_menu(menu: QMenu, session: TimerSession, show_window: Callable[[], None],
                   quit_app: Callable[[], None]) -> None:
    """(Re)builds the tray menu for the timer's current state."""
    menu.clear()
    running = session.running
    if running:
        header = QAction(f"●  {running.engagement}  —  {elapsed_text(session.elapsed())}", menu)
    else:
        header = QAction(QCoreApplication.translate("TimerTray", "No timer running"), menu)
    header.setEnabled(False)
    menu.addAction(header)
    if running:
        menu.addAction(QCoreApplication.translate("TimerTray", "Stop the timer"), session.stop)
        menu.addAction(QCoreApplication.translate("TimerTray", "Stop it 5 minutes ago"),
                       lambda: session.stop(at="5m ago"))
        menu.addAction(QCoreApplication.translate("TimerTray", "Discard it"), session.discard)
    elif session.choices:
        first = session.choices[0]
        menu.addAction(QCoreApplication.translate("TimerTray", "Start on {title}").format(
            title=first.title), lambda: session.start(first.engagement_id))
    others = [c for c in session.choices if not running or c.engagement_id != running.engagement_id]
    if others:
        start_on = menu.addMenu(QCoreApplication.translate("TimerTray", "Switch to") if running
                                else QCoreApplication.translate("TimerTray", "Start on"))
        for choice in others[:RECENT]:
            start_on.addAction(choice.title,
                               lambda c=choice: session.start(c.engagement_id))
    menu.addSeparator()
    menu.addAction(QCoreApplication.translate("TimerTray", "Show internapp"), show_window)
    menu.addAction(QCoreApplication.translate("TimerTray", "Quit"), quit_app)


class TimerTray(QSystemTrayIcon):
    def __init__(self, session: TimerSession, window: QWidget) -> None:
        super().__init__(app_icon(), window)
        self._session = session
        self._window = window
        self.menu = QMenu(window)
        self.menu.aboutToShow.connect(self._fill)
        self.setContextMenu(self.menu)
        self.activated.connect(self._on_activated)
        session.changed.connect(self._update_tooltip)
        session.ticked.connect(lambda _seconds: self._update_tooltip())
        self._fill()
        self._update_tooltip()
        self.show()

    def _fill(self) -> None:
        fill_tray_menu(self.menu, self._session, self.show_window, self._window.close)

    def _update_tooltip(self) -> None:
        running = self._session.running
        self.setToolTip(self.tr("internapp — {engagement}, {elapsed}").format(
            engagement=running.engagement, elapsed=elapsed_text(self._session.elapsed()))
            if running else self.tr("internapp — no timer running"))

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.show_window()

    def show_window(self) -> None:
        self._window.showNormal()
        self._window.raise_()
        self._window.activateWindow()
