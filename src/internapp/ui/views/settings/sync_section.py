"""Settings → Sync: the PostgreSQL server, the password (to the system keyring), the last sync,
Sync now, the conflicts, and forgetting the server. Setting up and syncing run off the UI thread."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from internapp.context import AppContext
from internapp.core import secrets
from internapp.core.services.errors import ValidationError
from internapp.core.sync import errors, service
from internapp.core.sync.settings import parse_url
from internapp.ui.dialogs.conflicts_dialog import ConflictsDialog
from internapp.ui.sync_runner import SyncRunner, local_time
from internapp.ui.worker import BackgroundTask

URL_HINT = "postgresql://you@sync.example.edu:5432/internapp?sslmode=verify-full"


class SyncSection(QGroupBox):
    """``show_record(screen, record_id)``: the Conflicts view asked to show a record.
    ``refreshed``: the section was brought up to date (``configured`` may have changed)."""

    show_record = Signal(str, object)
    refreshed = Signal()

    def __init__(self, context: AppContext, runner: SyncRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Sync"))
        self._context = context
        self._runner = runner
        self._task: BackgroundTask | None = None
        self.dialog: ConflictsDialog | None = None
        self.configured = False  # as of the last refresh
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Keep this data file in step with your other computers through a PostgreSQL server "
            "(your own, or one your university runs). This file stays the working copy and "
            "everything works offline; the password is kept in the system keyring only."))
        intro.setWordWrap(True)
        intro.setObjectName("Muted")
        layout.addWidget(intro)

        form = self._form = QFormLayout()
        form.setHorizontalSpacing(16)
        self.url_edit = QLineEdit()
        self.url_edit.setPlaceholderText(URL_HINT)
        self.url_edit.setMinimumWidth(320)
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("leave empty if the server needs none"))
        form.addRow(self.tr("Server"), self.url_edit)
        form.addRow(self.tr("Password"), self.password_edit)
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        self.state_label.setMinimumWidth(320)
        self.last_label = QLabel()
        self.last_label.setWordWrap(True)
        self.waiting_label = QLabel()
        form.addRow(self.tr("Status"), self.state_label)
        form.addRow(self.tr("Last sync"), self.last_label)
        form.addRow(self.tr("Waiting"), self.waiting_label)
        layout.addLayout(form)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("ErrorText")
        self.message.hide()
        layout.addWidget(self.message)

        buttons = QHBoxLayout()
        self.connect_button = QPushButton(self.tr("Connect"))
        self.connect_button.setObjectName("Primary")
        self.connect_button.clicked.connect(self.connect_server)
        self.sync_button = QPushButton(self.tr("Sync now"))
        self.sync_button.setObjectName("Primary")
        self.sync_button.clicked.connect(self.sync_now)
        self.conflicts_button = QPushButton(self.tr("Conflicts…"))
        self.conflicts_button.clicked.connect(self.show_conflicts)
        self.forget_button = QPushButton(self.tr("Forget this server"))
        self.forget_button.clicked.connect(self.forget)
        for button in (self.connect_button, self.sync_button, self.conflicts_button,
                       self.forget_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        runner.changed.connect(self.refresh)
        runner.failed.connect(lambda error: self._show_message(str(error)))
        runner.finished.connect(lambda _: self._show_message(""))

    # --- state -----------------------------------------------------------------------------

    def refresh(self) -> None:
        status = service.status(self._context.store)
        configured = self.configured = status.configured
        if configured and not self.url_edit.hasFocus():
            self.url_edit.setText(status.url or "")
        self.url_edit.setReadOnly(configured)
        self._form.setRowVisible(self.password_edit, not configured)
        busy = self._task is not None or self._runner.running
        self.connect_button.setVisible(not configured)
        self.connect_button.setEnabled(not busy)
        self.sync_button.setVisible(configured)
        self.sync_button.setEnabled(not busy)
        self.sync_button.setText(self.tr("Syncing…") if self._runner.running
                                 else self.tr("Sync now"))
        self.forget_button.setVisible(configured)
        self.forget_button.setEnabled(not busy)
        self.conflicts_button.setVisible(configured)
        self.conflicts_button.setText(self.tr("Conflicts (%n)…", "", status.open_conflicts)
                                      if status.open_conflicts else self.tr("Conflicts…"))
        self._form.setRowVisible(self.last_label, configured)
        self._form.setRowVisible(self.waiting_label, configured)
        self.state_label.setText(self._describe(status))
        if configured:
            self.last_label.setText(self._last(status))
            self.waiting_label.setText(
                self.tr("changes to send: %n", "", status.pending_changes) + " · "
                + self.tr("open conflicts: %n", "", status.open_conflicts))
        self.refreshed.emit()

    def _describe(self, status: service.SyncStatus) -> str:
        if not status.configured:
            keyring = secrets.status()
            text = self.tr("Not set up. Changes stay on this computer.")
            if not keyring.usable:
                text += " " + self.tr("No system keyring is available ({reason}): the password "
                                      "will be asked for at each sync and stored nowhere.").format(
                    reason=keyring.reason)
            return text
        return self.tr("Syncs with {server} (sslmode={mode})").format(
            server=status.server or "", mode=status.sslmode or "")

    def _last(self, status: service.SyncStatus) -> str:
        if self._runner.running:
            return self.tr("Syncing…")
        if status.last_sync_at is None:
            return self.tr("Not synced yet")
        when = local_time(status.last_sync_at)
        if status.last_ok:
            return self.tr("{when} · sent: {sent} · received: {received}").format(
                when=when, sent=status.last_pushed, received=status.last_pulled)
        return self.tr("{when}, failed: {reason}").format(when=when, reason=status.last_message)

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.refresh()

    # --- actions ---------------------------------------------------------------------------

    def connect_server(self) -> None:
        url = self.url_edit.text().strip()
        password = self.password_edit.text() or None
        try:
            settings = parse_url(url)
        except ValidationError as error:
            self._show_message(str(error))
            self.url_edit.setFocus()
            return
        confirmed = False
        if settings.needs_confirmation:
            answer = QMessageBox.question(
                self, self.tr("Send without encryption?"),
                self.tr("{host} is not this computer and the URL does not ask for TLS "
                        "(sslmode=require or verify-full): your password and records would "
                        "cross the network unencrypted. Connect anyway?").format(
                    host=settings.host))
            if answer != QMessageBox.StandardButton.Yes:
                return
            confirmed = True
        store = self._context.store
        self._start(lambda: service.setup(store, url, password, confirm_unencrypted=confirmed),
                    self._connected)

    def _connected(self, result: service.SetupResult) -> None:
        self.password_edit.clear()
        note = ""
        if result.keyring_problem:
            note = self.tr("Connected, but the password could not be stored ({reason}); it will "
                           "be asked for at each sync.").format(reason=result.keyring_problem)
        self._show_message(note)
        self._runner.sync_now()

    def sync_now(self) -> None:
        status = secrets.status()
        password = None
        if not status.usable:
            password, ok = QInputDialog.getText(
                self, self.tr("Password"),
                self.tr("No system keyring is available, so the password is asked for each "
                        "sync and stored nowhere. Password:"), QLineEdit.EchoMode.Password)
            if not ok:
                return
        if not self._runner.sync_now(password=password or None):
            self._show_message(self.tr("A sync is already running."))

    def show_conflicts(self) -> ConflictsDialog:
        self.dialog = ConflictsDialog(self._context.store, self)
        self.dialog.finished.connect(lambda _: self.refresh())
        self.dialog.show_record.connect(self.show_record)
        self.dialog.open()
        return self.dialog

    def forget(self) -> None:
        answer = QMessageBox.question(
            self, self.tr("Forget this server?"),
            self.tr("internapp will stop syncing and remove the server's settings and the "
                    "password from the keyring. Every record stays on this computer; nothing is "
                    "deleted on the server."))
        if answer != QMessageBox.StandardButton.Yes:
            return
        note = service.forget(self._context.store)
        self.url_edit.clear()
        self._show_message(note or "")

    def _start(self, work, done) -> None:
        self._task = BackgroundTask(work, self)
        def finished(result) -> None:
            self._finish()
            done(result)

        self._task.finished.connect(finished)
        self._task.failed.connect(self._failed)
        self._task.start()
        self.refresh()

    def _finish(self) -> None:
        self._task = None
        self.refresh()

    def _failed(self, error: Exception) -> None:
        self._finish()
        if isinstance(error, ValidationError | errors.SyncError):
            self._show_message(str(error))
        else:
            self._show_message(self.tr("Could not connect: {reason}").format(reason=error))
