"""Settings: appearance, where the data lives, backups, the keyring, and the version."""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from internapp.context import AppContext
from internapp.core import secrets
from internapp.core.changes import Kind
from internapp.core.store.backup import list_backups
from internapp.ui.theme import ThemeMode
from internapp.ui.views.base import Screen
from internapp.ui.views.settings.profile import ProfileSection
from internapp.ui.views.shell import Shell
from internapp.ui.widgets.elided_label import ElidedLabel
from internapp.ui.worker import BackgroundTask

THEME_LABELS = {ThemeMode.SYSTEM: "Follow the system", ThemeMode.LIGHT: "Light",
                ThemeMode.DARK: "Dark"}


def _size(path: Path) -> str:
    size = path.stat().st_size if path.exists() else 0
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1024
    return ""


def _form(box: QGroupBox) -> QFormLayout:
    form = QFormLayout(box)
    # fields may grow: a wrapped label then gets the height its lines need
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setHorizontalSpacing(16)
    return form


class SettingsView(Screen):
    watches = frozenset({Kind.SETTINGS})

    def __init__(self, context: AppContext, theme_mode: ThemeMode,
                 on_theme_change: Callable[[ThemeMode], None], parent: QWidget | None = None) -> None:
        super().__init__("Settings", "Appearance, your profile, your data and backups", parent)
        self._context = context
        self._task: BackgroundTask | None = None
        body = QWidget()  # the screen scrolls as a whole (views/base.py)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)

        appearance = QGroupBox("Appearance")
        form = _form(appearance)
        self.theme_combo = QComboBox()
        for mode, label in THEME_LABELS.items():
            self.theme_combo.addItem(label, mode)
        self.theme_combo.setCurrentIndex(list(THEME_LABELS).index(theme_mode))
        self.theme_combo.currentIndexChanged.connect(
            lambda _: on_theme_change(ThemeMode(self.theme_combo.currentData())))
        self.theme_combo.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        form.addRow("Theme", self.theme_combo)
        layout.addWidget(appearance)

        self.profile = ProfileSection(context.store)
        layout.addWidget(self.profile)

        data = QGroupBox("Your data")
        data_form = _form(data)
        self.path_label = ElidedLabel(str(context.paths.database), Qt.TextElideMode.ElideMiddle)
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.size_label = QLabel()
        open_button = QPushButton("Open data folder")
        open_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        open_button.clicked.connect(lambda: QDesktopServices.openUrl(
            QUrl.fromLocalFile(str(context.paths.data_dir))))
        data_form.addRow("Data file", self.path_label)
        data_form.addRow("Size", self.size_label)
        data_form.addRow("", open_button)
        note = QLabel("Everything stays on this computer. To move to another machine, quit "
                      "internapp and copy the data folder.")
        note.setObjectName("Muted")
        note.setWordWrap(True)
        data_form.addRow(note)
        layout.addWidget(data)

        backups = QGroupBox("Backups")
        backups_layout = QVBoxLayout(backups)
        self.backups_label = QLabel()
        self.backups_label.setWordWrap(True)
        row = QHBoxLayout()
        self.backup_button = QPushButton("Back up now")
        self.backup_button.setObjectName("Primary")
        self.backup_button.clicked.connect(self.back_up_now)
        row.addWidget(self.backup_button)
        row.addStretch(1)
        backups_layout.addWidget(self.backups_label)
        backups_layout.addLayout(row)
        layout.addWidget(backups)

        keyring_box = QGroupBox("Secrets")
        keyring_form = _form(keyring_box)
        status = secrets.status()
        self.keyring_label = QLabel("Stored in the system keyring" if status.usable
                                     else f"Unavailable: {status.reason}")
        self.keyring_label.setWordWrap(True)
        keyring_form.addRow("Keyring", self.keyring_label)
        layout.addWidget(keyring_box)

        about = QGroupBox("About")
        about_form = _form(about)
        about_form.addRow("Version", QLabel(context.version))
        layout.addWidget(about)
        layout.addStretch(1)
        self.set_pages(body, QWidget())

    def refresh(self) -> None:
        self.show_empty(False)
        if not self.profile.dirty:
            self.profile.load()
        self.size_label.setText(_size(self._context.paths.database))
        found = list_backups(self._context.paths.backups_dir)
        if found:
            self.backups_label.setText(
                f"{len(found)} backup{'s' if len(found) != 1 else ''} in "
                f"{self._context.paths.backups_dir}. Newest: {found[0].name}")
        else:
            self.backups_label.setText(
                "No backups yet. internapp makes one before every upgrade of the data file; "
                "you can make one at any time.")

    def back_up_now(self) -> None:
        self.backup_button.setEnabled(False)
        self.backup_button.setText("Backing up…")
        self._task = BackgroundTask(lambda: self._context.store.backup("manual"), self)
        self._task.finished.connect(self._backup_done)
        self._task.failed.connect(self._backup_failed)
        self._task.start()

    def _backup_done(self, path: Path) -> None:
        self.backup_button.setEnabled(True)
        self.backup_button.setText("Back up now")
        self.refresh()

    def _backup_failed(self, error: Exception) -> None:
        self.backup_button.setEnabled(True)
        self.backup_button.setText("Back up now")
        QMessageBox.warning(self, "Backup failed", str(error))


def create_screen(context: AppContext, shell: Shell) -> SettingsView:
    return SettingsView(context, shell.theme_mode(), shell.set_theme_mode)
