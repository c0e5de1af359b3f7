"""Asks what to do with time the machine spent asleep while a timer ran: keep it, discard it
(the entry ends where the sleep began) or split there (it ends at the sleep and a new one runs
from the wake-up)."""

from datetime import tzinfo

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from internapp.core.services.timer import Gap, GapChoice
from internapp.ui import formats


class SleepGapDialog(QDialog):
    def __init__(self, gap: Gap, engagement: str, zone: tzinfo,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._zone = zone  # the user's (the context's clock)
        self.setWindowTitle(self.tr("Your computer was asleep"))
        self.choice: GapChoice | None = None
        self.gap = gap
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        self.title_label = QLabel()
        self.title_label.setObjectName("EmptyTitle")
        self.body_label = QLabel()
        self.body_label.setWordWrap(True)
        self.body_label.setMinimumWidth(420)
        layout.addWidget(self.title_label)
        layout.addWidget(self.body_label)
        buttons = QDialogButtonBox()
        self.keep_button = QPushButton(self.tr("Keep the time"))
        self.discard_button = QPushButton(self.tr("Discard it and stop"))
        self.split_button = QPushButton(self.tr("Discard it and continue"))
        self.split_button.setObjectName("Primary")
        self.split_button.setDefault(True)
        for button, choice in ((self.keep_button, GapChoice.KEEP),
                               (self.discard_button, GapChoice.DISCARD),
                               (self.split_button, GapChoice.SPLIT)):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
            button.clicked.connect(lambda _=False, c=choice: self._choose(c))
        layout.addWidget(buttons)
        self._engagement = engagement
        self.show_gap(gap)

    def show_gap(self, gap: Gap) -> None:
        """Shows (or widens to) ``gap``: a second sleep while asking joins the first."""
        self.gap = gap
        zone = self._zone
        self.title_label.setText(self.tr("{duration} away from the timer").format(
            duration=formats.duration(gap.seconds)))
        self.body_label.setText(self.tr(
            "The timer on {engagement} kept running while your computer slept ({span}). Keep "
            "that time, discard it and stop the timer at {asleep}, or discard it and continue "
            "from {awake}?").format(engagement=self._engagement,
                                    span=formats.span(gap.start, gap.end, zone),
                                    asleep=formats.clock(gap.start.astimezone(zone)),
                                    awake=formats.clock(gap.end.astimezone(zone))))

    def _choose(self, choice: GapChoice) -> None:
        self.choice = choice
        self.accept()
