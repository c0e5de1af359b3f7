"""Log or edit one interaction: when, the channel, a summary and an optional follow-up date."""

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QPlainTextEdit

from internapp.core.clock import Clock
from internapp.core.models import Channel, Interaction
from internapp.core.services.errors import ValidationError
from internapp.ui import labels
from internapp.ui.dialogs.form_dialog import FormDialog
from internapp.ui.widgets.date_field import DateField
from internapp.ui.widgets.fields import ComboBox
from internapp.ui.widgets.time_field import TimeField


class InteractionDialog(FormDialog):
    def __init__(self, name: str, submit: Callable[[dict[str, Any]], Any],
                 interaction: Interaction | None = None, parent=None, *, clock: Clock) -> None:
        editing = interaction is not None
        self._zone = clock.zone()  # the user's: the time typed is theirs
        title = (QCoreApplication.translate("InteractionDialog", "Edit interaction with {name}")
                 if editing else
                 QCoreApplication.translate("InteractionDialog", "Log an interaction with {name}"))
        super().__init__(title.format(name=name),
                         QCoreApplication.translate("InteractionDialog", "Save") if editing else
                         QCoreApplication.translate("InteractionDialog", "Log interaction"),
                         submit, parent)
        at = (interaction.at if editing else clock.now()).astimezone(self._zone)
        self.at_date = DateField(clock=clock)  # the app's one date picker, and a typed time
        self.at_date.set_value(at.date())
        self.at_time = TimeField("at")
        self.at_time.setTime(at.time())
        at_row = QHBoxLayout()
        at_row.addWidget(self.at_date)
        at_row.addWidget(self.at_time)
        at_row.addStretch(1)
        self.channel_combo = ComboBox()
        for channel in Channel:
            self.channel_combo.addItem(labels.channel(channel), channel.value)
        self.channel_combo.setCurrentIndex(
            self.channel_combo.findData(interaction.channel if editing else Channel.EMAIL.value))
        self.summary_edit = QPlainTextEdit(interaction.summary if editing else "")
        self.summary_edit.setPlaceholderText(self.tr("What you talked about, what you promised…"))
        self.summary_edit.setMinimumHeight(110)
        self.follow_check = QCheckBox(self.tr("Follow up by"))
        self.follow_date = DateField(clock=clock)
        follow = interaction.follow_up_on if editing and interaction.follow_up_on else (
            clock.today() + timedelta(days=7))
        self.follow_date.set_value(follow)
        self.follow_check.setChecked(bool(editing and interaction.follow_up_on))
        self.follow_date.setEnabled(self.follow_check.isChecked())
        self.follow_check.toggled.connect(self.follow_date.setEnabled)
        self.done_check = QCheckBox(self.tr("Done"))
        self.done_check.setChecked(bool(editing and interaction.follow_up_done))
        follow_row = QHBoxLayout()
        follow_row.addWidget(self.follow_check)
        follow_row.addWidget(self.follow_date, 1)
        follow_row.addWidget(self.done_check)
        self.form.addRow(self.tr("When"), at_row)
        self.form.addRow(self.tr("Channel"), self.channel_combo)
        self.form.addRow(self.tr("Summary"), self.summary_edit)
        self.form.addRow("", follow_row)

    def values(self) -> dict[str, Any]:
        day = self.at_date.date("at")
        if day is None:
            raise ValidationError("at", "is required")
        at = datetime.combine(day, self.at_time.value(), tzinfo=self._zone)
        follow = self.follow_date.date("follow_up_on") if self.follow_check.isChecked() else None
        return {"at": at, "channel": self.channel_combo.currentData(),
                "summary": self.summary_edit.toPlainText(), "follow_up_on": follow,
                "follow_up_done": self.done_check.isChecked() and follow is not None}
