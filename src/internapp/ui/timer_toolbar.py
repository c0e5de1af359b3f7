"""The timer on every screen: a toolbar with the timer control, Ctrl+T to start or stop it, the
tray icon where the platform has a tray, and the question after the machine slept with a timer
running. The main window makes one ``TimerUI`` and calls ``shutdown()`` when it closes."""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMainWindow, QSystemTrayIcon, QToolBar

from internapp.core.services.timer import Gap
from internapp.ui import formats
from internapp.ui.dialogs.sleep_gap_dialog import SleepGapDialog
from internapp.ui.timer_session import TimerSession
from internapp.ui.tray import TimerTray
from internapp.ui.widgets.timer_control import TimerControl, add_shortcut_action


class TimerToolbar(QToolBar):
    def __init__(self, control: TimerControl, parent=None) -> None:
        super().__init__(QCoreApplication.translate("TimerToolbar", "Timer"), parent)
        self.setObjectName("TimerToolbar")
        self.setMovable(False)
        self.setFloatable(False)
        self.toggleViewAction().setEnabled(False)  # the timer stays in sight
        self.addWidget(control)  # its looks: QToolBar in resources/styles/app.qss


class TimerUI:
    def __init__(self, window: QMainWindow, session: TimerSession) -> None:
        self.window = window
        self.session = session
        self.control = TimerControl(self.session, compact=True)
        self.toolbar = TimerToolbar(self.control, window)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        self.toggle_action = add_shortcut_action(window, self.control)
        self.tray = (TimerTray(self.session, window)
                     if QSystemTrayIcon.isSystemTrayAvailable() else None)
        self.gap_dialog: SleepGapDialog | None = None
        self.session.slept.connect(self.ask_about_gap)
        self.session.stopped.connect(self._confirm_stop)

    def _confirm_stop(self, engagement: str, seconds: int) -> None:
        """Says what the stop logged (Today and Time show it too)."""
        self.window.statusBar().showMessage(QCoreApplication.translate(
            "TimerUI", "Logged {duration} on {engagement}").format(
                duration=formats.duration(seconds), engagement=engagement), 10_000)

    def ask_about_gap(self, gap: Gap) -> SleepGapDialog | None:
        running = self.session.running
        if running is None:
            return None
        if self.gap_dialog is not None and self.gap_dialog.isVisible():
            self.gap_dialog.show_gap(Gap(min(gap.start, self.gap_dialog.gap.start),
                                         max(gap.end, self.gap_dialog.gap.end)))
            return self.gap_dialog
        self.gap_dialog = SleepGapDialog(gap, running.engagement, self.session.clock.zone(),
                                         self.window)
        self.gap_dialog.finished.connect(self._on_gap_answered)
        self.gap_dialog.open()
        return self.gap_dialog

    def _on_gap_answered(self) -> None:
        dialog = self.gap_dialog
        if dialog is not None and dialog.choice is not None:
            self.session.resolve_gap(dialog.gap, dialog.choice)

    def shutdown(self) -> None:
        if self.tray is not None:
            self.tray.hide()
