"""Settings → Calendar: your own calendar. A CalDAV collection (URL and user; the password goes to
the system keyring, never to a file) that internapp publishes its dates to, and a folder where it
keeps ``internapp.ics`` current for calendar apps that subscribe to a file. Checking and
publishing run off the window's thread."""

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from internapp.core import secrets
from internapp.core.calendar import feed
from internapp.core.calendar import settings as calendar_settings
from internapp.core.calendar.caldav_client import CalDavError
from internapp.core.calendar.publish import PublishError, PublishResult, publish
from internapp.core.services.errors import ValidationError
from internapp.core.store import Store
from internapp.ui.widgets.detail_pane import message_label
from internapp.ui.worker import BackgroundTask

EXPECTED = (ValidationError, CalDavError, secrets.SecretsUnavailable, OSError)


class CalendarSection(QGroupBox):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Calendar"))
        self._store = store
        self._task: BackgroundTask | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Deadlines, interviews (with their place), milestones and "
                               "follow-ups in your own calendar. internapp only ever changes "
                               "the events it put there."))
        intro.setObjectName("Muted")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.message_label = message_label()
        layout.addWidget(self.message_label)
        holder = QWidget()
        holder.setMaximumWidth(620)
        form = QFormLayout(holder)
        form.setContentsMargins(0, 0, 0, 0)
        form.setHorizontalSpacing(16)
        self.url_edit = QLineEdit()
        self.url_edit.setPlaceholderText(self.tr("https://cloud.example.org/remote.php/dav/"
                                                 "calendars/you/internapp/"))
        self.user_edit = QLineEdit()
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("CalDAV calendar"), self.url_edit)
        form.addRow(self.tr("User"), self.user_edit)
        form.addRow(self.tr("Password"), self.password_edit)
        layout.addWidget(holder)
        buttons = QHBoxLayout()
        self.check_button = QPushButton(self.tr("Save and check"))
        self.check_button.setObjectName("Primary")
        self.check_button.clicked.connect(self.save_and_check)
        self.publish_button = QPushButton(self.tr("Publish now"))
        self.publish_button.clicked.connect(self.publish_now)
        self.forget_button = QPushButton(self.tr("Stop publishing"))
        self.forget_button.clicked.connect(self.forget)
        for button in (self.check_button, self.publish_button, self.forget_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        file_row = QHBoxLayout()
        self.feed_label = QLabel()
        self.feed_label.setWordWrap(True)
        self.feed_button = QPushButton(self.tr("Choose folder…"))
        self.feed_button.clicked.connect(self.choose_folder)
        self.feed_off_button = QPushButton(self.tr("Stop"))
        self.feed_off_button.clicked.connect(lambda: self.set_feed_folder(None))
        file_row.addWidget(self.feed_label, 1)
        file_row.addWidget(self.feed_button)
        file_row.addWidget(self.feed_off_button)
        layout.addLayout(file_row)
        self.load()

    # --- showing ------------------------------------------------------------------------------

    def load(self) -> None:
        chosen = calendar_settings.load(self._store)
        self.url_edit.setText(chosen.caldav_url or "")
        self.url_edit.setCursorPosition(0)
        self.user_edit.setText(chosen.caldav_user or "")
        self.password_edit.clear()
        kept = False
        if chosen.caldav_configured:
            try:
                kept = calendar_settings.password_for(chosen) is not None
            except secrets.SecretsUnavailable:
                kept = False
        self.password_edit.setPlaceholderText(
            self.tr("kept in the system keyring") if kept else
            self.tr("kept in the system keyring, never in a file"))
        self.publish_button.setEnabled(chosen.caldav_configured or bool(chosen.feed_folder))
        self.forget_button.setEnabled(chosen.caldav_configured)
        self.feed_label.setText(
            self.tr("Calendar file: {path}").format(path=chosen.feed_path) if chosen.feed_path
            else self.tr("Calendar file: none — choose a folder to keep internapp.ics current "
                         "there for calendar apps to subscribe to."))
        self.feed_off_button.setVisible(bool(chosen.feed_folder))

    def show_message(self, text: str, error: bool = False) -> None:
        self.message_label.setObjectName("ErrorText" if error else "InfoText")
        self.message_label.style().unpolish(self.message_label)
        self.message_label.style().polish(self.message_label)
        self.message_label.setText(text)
        self.message_label.show()

    def _busy(self, busy: bool) -> None:
        for button in (self.check_button, self.publish_button, self.forget_button):
            button.setEnabled(not busy)

    def _run(self, work, done, busy_text: str) -> BackgroundTask:
        self._busy(True)
        self.show_message(busy_text)
        self._task = BackgroundTask(work, self)
        def finished(result) -> None:
            self._busy(False)
            done(result)
            self.load()

        self._task.finished.connect(finished)
        self._task.failed.connect(self._failed)
        self._task.start()
        return self._task

    def _failed(self, error: Exception) -> None:
        self._busy(False)
        self.load()
        if isinstance(error, PublishError):
            self.show_message(str(error), True)
        elif isinstance(error, EXPECTED):
            self.show_message(self.tr("{why}. Nothing was changed.").format(why=error), True)
        else:
            self.show_message(str(error) or type(error).__name__, True)

    # --- actions ------------------------------------------------------------------------------

    def save_and_check(self) -> BackgroundTask:
        url, user = self.url_edit.text(), self.user_edit.text()
        password = self.password_edit.text() or None
        store = self._store
        return self._run(lambda: calendar_settings.setup(store, url, user, password),
                         lambda chosen: self.show_message(self.tr(
                             "Calendar checked and saved: {url}").format(url=chosen.caldav_url)),
                         self.tr("Checking the calendar…"))

    def publish_now(self) -> BackgroundTask:
        store = self._store

        def work() -> tuple[PublishResult | None, Path | None]:
            chosen = calendar_settings.load(store)
            written = feed.write(store, chosen) if chosen.feed_folder else None
            result = publish(store, chosen) if chosen.caldav_configured else None
            return result, written

        return self._run(work, self._published, self.tr("Publishing…"))

    def _published(self, outcome) -> None:
        result, written = outcome
        parts = []
        if result is not None:
            parts.append(self.tr("Published: {c} created, {u} updated, {d} deleted, {n} "
                                 "unchanged.").format(c=result.created, u=result.updated,
                                                      d=result.deleted, n=result.unchanged))
        if written is not None:
            parts.append(self.tr("Calendar file up to date."))
        if result is not None and result.refused:
            parts.append(self.tr("The server refused: {events}").format(
                events="; ".join(result.refused)))
        self.show_message(" ".join(parts), bool(result and result.refused))

    def forget(self) -> None:
        try:
            calendar_settings.forget(self._store)
        except secrets.SecretsUnavailable as error:
            self.show_message(str(error), True)
            return
        self.load()
        self.show_message(self.tr("No longer publishing; the password was removed from the "
                                  "keyring. The events already in that calendar stay there."))

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Keep internapp.ics in"))
        if folder:
            self.set_feed_folder(folder)

    def set_feed_folder(self, folder: str | None) -> None:
        try:
            chosen = calendar_settings.set_feed_folder(self._store, folder)
            feed.write(self._store, chosen)
        except (ValidationError, OSError) as error:
            self.show_message(str(error), True)
            return
        self.load()
        if folder:
            self.show_message(self.tr("internapp.ics is kept current in {folder}.").format(
                folder=folder))
