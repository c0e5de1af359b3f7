"""Start and stop the timer: an engagement, what you are doing, the time running, and one button.

The same widget sits in the window's toolbar (compact, on every screen) and at the top of the Time
screen (a card). The button's menu starts or stops it back-dated ("Start 20 minutes ago"), at a
typed time, or discards it. Everything goes through a TimerSession, so every copy agrees.
"""

import uuid

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from internapp.ui import formats
from internapp.ui.theme import current_colors
from internapp.ui.timer_session import TimerSession
from internapp.ui.widgets.fields import ComboBox

NEW_ENGAGEMENT = "new"
BACK_DATES = [5, 10, 15, 20, 30, 60]  # minutes
ERROR_MS = 8000


def elapsed_text(seconds: int) -> str:
    hours, rest = divmod(max(0, int(seconds)), 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}"


class TimerControl(QFrame):
    error_shown = Signal(str)

    def __init__(self, session: TimerSession, *, compact: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.compact = compact
        self.setObjectName("TimerControl" if compact else "TimerCard")
        self._styled_for: str | None = None

        self.dot = QLabel("●")
        self.dot.setObjectName("TimerDot")
        self.elapsed_label = QLabel(elapsed_text(0))
        self.elapsed_label.setObjectName("TimerElapsed")
        self.elapsed_label.setMinimumWidth(78 if compact else 150)
        self.engagement_combo = ComboBox()
        self.engagement_combo.setObjectName("TimerEngagement")
        self.engagement_combo.setMinimumWidth(260)
        self.engagement_combo.setMaximumWidth(340)
        self.engagement_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.engagement_combo.setMinimumContentsLength(24)
        self.engagement_combo.setToolTip(self.tr("The engagement this time is for"))
        self.engagement_combo.setPlaceholderText(self.tr("Choose an engagement…"))
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("TimerNote")
        self.note_edit.setPlaceholderText(self.tr("What are you working on?"))
        self.note_edit.setClearButtonEnabled(True)
        self.note_edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.button = QToolButton()
        self.button.setObjectName("TimerButton")
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.button.setMenu(QMenu(self.button))
        self.button.setMinimumWidth(92)
        self.status_label = QLabel()
        self.status_label.setObjectName("TimerStatus")
        self.error_label = QLabel()
        self.error_label.setObjectName("TimerError")
        self.error_label.setWordWrap(not compact)
        self.error_label.hide()
        self._error_timer = QTimer(self)
        self._error_timer.setSingleShot(True)
        self._error_timer.timeout.connect(self.error_label.hide)

        self._layout()
        self.button.clicked.connect(self.toggle)
        self.note_edit.returnPressed.connect(self._on_note_return)
        self.note_edit.editingFinished.connect(self._on_note_done)
        self.engagement_combo.activated.connect(self._on_engagement_chosen)
        session.changed.connect(self.refresh)
        session.ticked.connect(self._on_tick)
        session.failed.connect(self.show_error)
        self.refresh()
        self._apply_style()

    def _layout(self) -> None:
        row = QHBoxLayout()
        row.setSpacing(8)
        if self.compact:
            row.setContentsMargins(14, 6, 14, 6)  # the toolbar's padding (it has none)
            for widget in (self.dot, self.elapsed_label, self.engagement_combo):
                row.addWidget(widget)
            row.addWidget(self.note_edit, 1)
            row.addWidget(self.button)
            row.addWidget(self.error_label)
            self.setLayout(row)
            self.status_label.hide()
            return
        outer = QVBoxLayout(self)
        outer.setContentsMargins(18, 14, 18, 14)
        outer.setSpacing(10)
        top = QHBoxLayout()
        top.addWidget(self.dot)
        top.addWidget(self.status_label, 1)
        top.addWidget(self.elapsed_label)
        outer.addLayout(top)
        row.addWidget(self.engagement_combo)
        row.addWidget(self.note_edit, 1)
        row.addWidget(self.button)
        outer.addLayout(row)
        outer.addWidget(self.error_label)

    # --- state ---------------------------------------------------------------------------

    def selected_engagement(self) -> uuid.UUID | None:
        value = self.engagement_combo.currentData()
        return uuid.UUID(value) if value and value != NEW_ENGAGEMENT else None

    def select_engagement(self, engagement_id: uuid.UUID) -> None:
        index = self.engagement_combo.findData(str(engagement_id))  # item data are id strings
        if index >= 0:
            self.engagement_combo.setCurrentIndex(index)

    def refresh(self) -> None:
        running = self.session.running
        chosen = running.engagement_id if running else self.selected_engagement()
        self.engagement_combo.blockSignals(True)
        self.engagement_combo.clear()
        for choice in self.session.choices:
            self.engagement_combo.addItem(choice.title, str(choice.engagement_id))
        self.engagement_combo.addItem(self.tr("New engagement…"), NEW_ENGAGEMENT)
        index = self.engagement_combo.findData(str(chosen)) if chosen else -1
        if index < 0 and self.session.choices:
            index = 0  # the engagement timed most recently
        self.engagement_combo.setCurrentIndex(index)  # none yet: the placeholder
        self.engagement_combo.blockSignals(False)
        if running:
            if not self.note_edit.hasFocus():
                self.note_edit.setText(running.note)
            self.button.setText(self.tr("■  Stop"))
            self.button.setToolTip(self.tr("Stop the timer (Ctrl+T)"))
            self.status_label.setText(self.tr("Running on {engagement} since {time}").format(
                engagement=running.engagement,
                time=formats.clock(running.started_at.astimezone(self.session.clock.zone()))))
        else:
            self.button.setText(self.tr("▶  Start"))
            self.button.setToolTip(self.tr("Start a timer on this engagement (Ctrl+T)"))
            self.status_label.setText(self.tr("No timer running — choose an engagement and start"))
        self.button.setProperty("running", bool(running))
        self.dot.setVisible(bool(running))
        self.elapsed_label.setText(elapsed_text(self.session.elapsed()))
        self._fill_menu()
        self._styled_for = None
        self._apply_style()

    def _on_tick(self, seconds: int) -> None:
        self.elapsed_label.setText(elapsed_text(seconds))

    # --- actions -------------------------------------------------------------------------

    def toggle(self) -> bool:
        if self.session.running:
            return self.session.stop()
        return self.start()

    def start(self, at=None) -> bool:
        engagement_id = self.selected_engagement()
        if engagement_id is None and not self.session.choices:
            engagement_id = self._new_engagement()  # the very first timer: name its engagement
            if engagement_id is None:
                return False  # the prompt was cancelled: nothing went wrong, say nothing
        if engagement_id is None:
            self.show_error(self.tr("engagement: choose one to start a timer on"))
            return False
        return self.session.start(engagement_id, at=at, note=self.note_edit.text())

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setToolTip(message)
        self.error_label.show()
        self._error_timer.start(ERROR_MS)
        self.error_shown.emit(message)

    def _fill_menu(self) -> None:
        menu = self.button.menu()
        menu.clear()
        if self.session.running:
            for minutes in BACK_DATES[:4]:
                menu.addAction(self.tr("Stop %n minutes ago", "", minutes),
                               lambda m=minutes: self.session.stop(at=f"{m}m ago"))
            menu.addAction(self.tr("Stop at…"), lambda: self._ask_time(
                self.tr("Stop the timer at"), lambda t: self.session.stop(at=t)))
            menu.addSeparator()
            menu.addAction(self.tr("Discard this timer"), self.session.discard)
        else:
            for minutes in BACK_DATES:
                text = (self.tr("Start an hour ago") if minutes == 60
                        else self.tr("Start %n minutes ago", "", minutes))
                menu.addAction(text, lambda m=minutes: self.start(at=f"{m}m ago"))
            menu.addAction(self.tr("Start at…"), lambda: self._ask_time(self.tr("Start the timer at"),
                                                                        self.start))

    def _ask_time(self, title: str, then) -> None:
        text, ok = QInputDialog.getText(self, title,
                                        self.tr("Time (09:15, 20m ago or 2026-03-02T09:15):"))
        if ok and text.strip():
            then(text.strip())

    def _new_engagement(self) -> uuid.UUID | None:
        name, ok = QInputDialog.getText(self, self.tr("New engagement"),
                                        self.tr("Name of the engagement:"))
        created = self.session.create_engagement(name) if ok and name.strip() else None
        if created is not None:
            self.select_engagement(created)
        return created

    def _on_note_return(self) -> None:
        if not self.session.running:
            self.start()

    def _on_note_done(self) -> None:
        if self.session.running:
            self.session.set_note(self.note_edit.text())

    def _on_engagement_chosen(self, index: int) -> None:
        value = self.engagement_combo.itemData(index)
        if value == NEW_ENGAGEMENT:
            if self._new_engagement() is None:
                self.refresh()
            return
        if self.session.running and value:
            self.session.move_to(uuid.UUID(value))

    # --- looks ---------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_style()

    def _apply_style(self) -> None:
        c = current_colors()
        key = f"{c.accent}{bool(self.session.running)}"
        if key == self._styled_for:
            return
        self._styled_for = key
        running = bool(self.session.running)
        big = "15px" if self.compact else "30px"
        card = "" if self.compact else (
            f"#TimerCard {{ background: {c.base}; border: 1px solid "
            f"{c.accent if running else c.border}; border-radius: 12px; }}")
        button_bg = c.danger if running else c.accent
        self.setStyleSheet(f"""
            {card}
            #TimerDot {{ color: {c.danger}; font-size: {'11px' if self.compact else '14px'}; }}
            #TimerElapsed {{ color: {c.text if running else c.muted}; font-size: {big};
                             font-weight: 700; }}
            #TimerStatus {{ color: {c.text if running else c.muted}; font-size: 13px;
                            font-weight: {'600' if running else '400'}; }}
            #TimerError {{ color: {c.danger}; font-size: 12px; }}
            QToolButton#TimerButton {{ background: {button_bg}; color: {c.accent_text};
                border: 1px solid {button_bg}; border-radius: 6px; padding: 5px 22px 5px 12px;
                font-weight: 600; }}
            QToolButton#TimerButton::menu-button {{ border-left: 1px solid {c.accent_text};
                width: 16px; }}
        """)


def add_shortcut_action(window: QWidget, control: TimerControl) -> QAction:
    """Ctrl+T starts or stops the timer from anywhere in the window."""
    action = QAction(QCoreApplication.translate("TimerControl", "Start or stop the timer"), window)
    action.setShortcut("Ctrl+T")
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(control.toggle)
    window.addAction(action)
    return action
