"""Settings: appearance, where the data lives, backups, the keyring, and the version."""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from internapp.context import AppContext
from internapp.core import secrets
from internapp.core.changes import Kind
from internapp.core.store.catalog import BackupInfo
from internapp.ui import formats
from internapp.ui.i18n import QT_TRANSLATE_NOOP
from internapp.ui.sync_runner import SyncRunner
from internapp.ui.theme import ThemeMode
from internapp.ui.views.base import Screen
from internapp.ui.views.settings.backups import BackupsSection
from internapp.ui.views.settings.calendar import CalendarSection
from internapp.ui.views.settings.notifications import NotificationsSection
from internapp.ui.views.settings.profile import ProfileSection
from internapp.ui.views.settings.sync_section import SyncSection
from internapp.ui.views.shell import Shell
from internapp.ui.widgets.elided_label import ElidedLabel
from internapp.ui.widgets.fields import ComboBox

THEME_LABELS = {ThemeMode.SYSTEM: QT_TRANSLATE_NOOP("SettingsView", "Follow the system"),
                ThemeMode.LIGHT: QT_TRANSLATE_NOOP("SettingsView", "Light"),
                ThemeMode.DARK: QT_TRANSLATE_NOOP("SettingsView", "Dark")}


def _size(path: Path) -> str:
    return formats.file_size(path.stat().st_size if path.exists() else 0)


def _form(box: QGroupBox) -> QFormLayout:
    form = QFormLayout(box)
    # fields may grow: a wrapped label then gets the height its lines need
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setHorizontalSpacing(16)
    return form


class SettingsView(Screen):
    watches = frozenset({Kind.SETTINGS})

    def __init__(self, context: AppContext, theme_mode: Callable[[], ThemeMode],
                 on_theme_change: Callable[[ThemeMode], None], sync_runner: SyncRunner,
                 on_restore: Callable[[BackupInfo], None] = lambda backup: None,
                 parent: QWidget | None = None,
                 notifications_unavailable: str | None = None) -> None:
        super().__init__(QCoreApplication.translate("SettingsView", "Settings"),
                         QCoreApplication.translate(
                             "SettingsView",
                             "Appearance, your profile, your "
                                                                        "data, backups and sync"), parent)
        self._context = context
        body = QWidget()  # the screen scrolls as a whole (views/base.py)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)

        appearance = QGroupBox(self.tr("Appearance"))
        form = _form(appearance)
        self.theme_combo = ComboBox()
        for mode, label in THEME_LABELS.items():
            self.theme_combo.addItem(QCoreApplication.translate("SettingsView", label), mode)
        self._theme_mode = theme_mode  # the window's: the View menu switches it too
        self.theme_combo.setCurrentIndex(list(THEME_LABELS).index(theme_mode()))
        self.theme_combo.currentIndexChanged.connect(
            lambda _: on_theme_change(ThemeMode(self.theme_combo.currentData())))
        self.theme_combo.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        form.addRow(self.tr("Theme"), self.theme_combo)
        layout.addWidget(appearance)

        self.reminders = NotificationsSection(context.store, context.paths,
                                              notifications_unavailable)
        layout.addWidget(self.reminders)
        self.calendar = CalendarSection(context.store)
        layout.addWidget(self.calendar)

        self.profile = ProfileSection(context.store)
        layout.addWidget(self.profile)

        data = QGroupBox(self.tr("Your data"))
        data_form = _form(data)
        self.path_label = ElidedLabel(str(context.paths.database), Qt.TextElideMode.ElideMiddle)
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.size_label = QLabel()
        open_button = QPushButton(self.tr("Open data folder"))
        open_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        open_button.clicked.connect(lambda: QDesktopServices.openUrl(
            QUrl.fromLocalFile(str(context.paths.data_dir))))
        data_form.addRow(self.tr("Data file"), self.path_label)
        data_form.addRow(self.tr("Size"), self.size_label)
        data_form.addRow("", open_button)
        self.data_note = QLabel()  # says where the data lives: here only, or synced too
        self.data_note.setObjectName("Muted")
        self.data_note.setWordWrap(True)
        data_form.addRow(self.data_note)
        layout.addWidget(data)

        self.backups = BackupsSection(context.store, on_restore)
        layout.addWidget(self.backups)

        self.sync_section = SyncSection(context, sync_runner)
        self.sync_section.show_record.connect(self.navigate)
        self.sync_section.refreshed.connect(self._describe_data)
        layout.addWidget(self.sync_section)

        keyring_box = QGroupBox(self.tr("Secrets"))
        keyring_form = _form(keyring_box)
        status = secrets.status()
        self.keyring_label = QLabel(
            self.tr("Stored in the system keyring") if status.usable
            else self.tr("Unavailable: {reason}").format(reason=status.reason))
        self.keyring_label.setWordWrap(True)
        self.keyring_label.setMinimumWidth(320)  # a wrapped label in a form otherwise clips
        keyring_form.addRow(self.tr("Keyring"), self.keyring_label)
        layout.addWidget(keyring_box)

        about = QGroupBox(self.tr("About"))
        about_form = _form(about)
        about_form.addRow(self.tr("Version"), QLabel(context.version))
        layout.addWidget(about)
        layout.addStretch(1)
        self.set_pages(body, QWidget())

    def theme_changed(self, visible: bool) -> None:
        """The combo box shows the theme chosen in the View menu as well."""
        self.theme_combo.blockSignals(True)
        self.theme_combo.setCurrentIndex(list(THEME_LABELS).index(self._theme_mode()))
        self.theme_combo.blockSignals(False)
        super().theme_changed(visible)

    def refresh(self) -> None:
        self.show_empty(False)
        if not self.profile.dirty:
            self.profile.load()
        self.sync_section.refresh()  # and the note, through its ``refreshed``
        self.size_label.setText(_size(self._context.paths.database))
        self.backups.refresh()

    def back_up_now(self) -> None:
        """File → Back up now (Ctrl+Shift+B): the same as the Backups section's button."""
        self.backups.back_up_now()

    def _describe_data(self) -> None:
        self.data_note.setText(
            self.tr("This file is the working copy on this computer; Sync (below) keeps it in "
                    "step with your other computers.") if self.sync_section.configured else
            self.tr("Everything stays on this computer. To move to another machine, quit "
                    "internapp and copy the data folder, or set up Sync below."))


def create_screen(context: AppContext, shell: Shell) -> SettingsView:
    return SettingsView(context, shell.theme_mode, shell.set_theme_mode, shell.sync_runner(),
                        shell.request_restore,
                        notifications_unavailable=shell.notifications_unavailable())
