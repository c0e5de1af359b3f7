"""Log or edit one interaction: when, the channel, a summary and an optional follow-up date."""

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QDateTimeEdit, QHBoxLayout, QPlainTextEdit

from internapp.core.clock import local_zone
from internapp.core.models import Channel, Interaction
from internapp.core.services.contacts import CHANNEL_LABELS
from internapp.ui.dialogs.form_dialog import FormDialog


class InteractionDialog(FormDialog):
    def __init__(self, name: str, submit: Callable[[dict[str, Any]], Any],
                 interaction: Interaction | None = None, parent=None) -> None:
        editing = interaction is not None
        super().__init__(f"{'Edit interaction with' if editing else 'Log an interaction with'} {name}",
                         "Save" if editing else "Log interaction", submit, parent)
        self.at_edit = QDateTimeEdit()
        self.at_edit.setCalendarPopup(True)
        self.at_edit.setDisplayFormat("ddd dd MMM yyyy  HH:mm")
        at = interaction.at.astimezone(local_zone()) if editing else datetime.now(local_zone())
        self.at_edit.setDateTime(QDateTime(QDate(at.year, at.month, at.day),
                                           QTime(at.hour, at.minute)))
        self.channel_combo = QComboBox()
        for channel in Channel:
            self.channel_combo.addItem(CHANNEL_LABELS[channel], channel.value)
        self.channel_combo.setCurrentIndex(
            self.channel_combo.findData(interaction.channel if editing else Channel.EMAIL.value))
        self.summary_edit = QPlainTextEdit(interaction.summary if editing else "")
        self.summary_edit.setPlaceholderText("What you talked about, what you promised…")
        self.summary_edit.setMinimumHeight(110)
        self.follow_check = QCheckBox("Follow up by")
        self.follow_date = QDateEdit()
        self.follow_date.setCalendarPopup(True)
        self.follow_date.setDisplayFormat("ddd dd MMM yyyy")
        follow = interaction.follow_up_on if editing and interaction.follow_up_on else (
            date.today() + timedelta(days=7))
        self.follow_date.setDate(QDate(follow.year, follow.month, follow.day))
        self.follow_check.setChecked(bool(editing and interaction.follow_up_on))
        self.follow_date.setEnabled(self.follow_check.isChecked())
        self.follow_check.toggled.connect(self.follow_date.setEnabled)
        self.done_check = QCheckBox("Done")
        self.done_check.setChecked(bool(editing and interaction.follow_up_done))
        follow_row = QHBoxLayout()
        follow_row.addWidget(self.follow_check)
        follow_row.addWidget(self.follow_date, 1)
        follow_row.addWidget(self.done_check)
        self.form.addRow("When", self.at_edit)
        self.form.addRow("Channel", self.channel_combo)
        self.form.addRow("Summary", self.summary_edit)
        self.form.addRow("", follow_row)

    def values(self) -> dict[str, Any]:
        qdt = self.at_edit.dateTime()
        d, t = qdt.date(), qdt.time()
        at = datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=local_zone())
        follow = None
        if self.follow_check.isChecked():
            fd = self.follow_date.date()
            follow = date(fd.year(), fd.month(), fd.day())
        return {"at": at, "channel": self.channel_combo.currentData(),
                "summary": self.summary_edit.toPlainText(), "follow_up_on": follow,
                "follow_up_done": self.done_check.isChecked() and follow is not None}
