"""Restoring a backup, asked for in Settings: what the backup holds, and what happens to the data
as it is now (backed up first, so the restore can be undone)."""

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from internapp.core.store.catalog import BackupInfo
from internapp.ui import formats


def kind_text(label: str) -> str:
    """Why a backup was made, in words."""
    if label.startswith("before-schema-"):
        return QCoreApplication.translate("Backups", "before an upgrade")
    return {
        "daily": QCoreApplication.translate("Backups", "daily"),
        "manual": QCoreApplication.translate("Backups", "made by you"),
        "before-import": QCoreApplication.translate("Backups", "before an import"),
        "before-restore": QCoreApplication.translate("Backups", "before a restore"),
        "before-demo": QCoreApplication.translate("Backups", "before demo data"),
    }.get(label, label)


class BackupCounts(QObject):
    """What a backup holds, in words. A QObject because lupdate marks plurals in tr() only
    (QCoreApplication.translate with a count stays a single form: "1 contacts")."""

    def text(self, counts: dict[str, int]) -> str:
        if not counts:
            return self.tr("its contents cannot be read")
        applications, engagements = counts.get("applications", 0), counts.get("engagements", 0)
        entries, contacts = counts.get("time_entries", 0), counts.get("contacts", 0)
        return ", ".join((self.tr("%Ln applications", "", applications),
                          self.tr("%Ln engagements", "", engagements),
                          self.tr("%Ln time entries", "", entries),
                          self.tr("%Ln contacts", "", contacts)))


def counts_text(counts: dict[str, int]) -> str:
    return BackupCounts().text(counts)


def describe(backup: BackupInfo, counts: dict[str, int]) -> str:
    """"Mon 30 Nov 2026, 10:15, daily, 1.2 MB: 14 applications, …"."""
    return QCoreApplication.translate("Backups", "{when}, {kind}, {size}: {counts}").format(
        when=formats.moment(backup.created_at), kind=kind_text(backup.label),
        size=formats.file_size(backup.size_bytes), counts=counts_text(counts))


class RestoreDialog(QDialog):
    """Confirms a restore. Accepted: the caller restores (and reopens the data)."""

    def __init__(self, backup: BackupInfo, counts: dict[str, int],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backup = backup
        self.setWindowTitle(self.tr("Restore a backup"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        title = QLabel(self.tr("Restore the backup from {when}?").format(
            when=formats.moment(backup.created_at)))
        title.setObjectName("DialogTitle")
        title.setWordWrap(True)
        layout.addWidget(title)
        self.what_label = QLabel(self.tr("{size}, {kind}. It holds {counts}.").format(
            kind=kind_text(backup.label), size=formats.file_size(backup.size_bytes),
            counts=counts_text(counts)))
        self.what_label.setWordWrap(True)
        layout.addWidget(self.what_label)
        explain = QLabel(self.tr(
            "Your data as it is now is replaced by this backup. Nothing is lost: internapp first "
            "makes a backup of what you have now, so you can restore that one to go back. "
            "The window reopens your data when the backup is in place."))
        explain.setObjectName("Muted")
        explain.setWordWrap(True)
        layout.addWidget(explain)
        path = QLabel(str(backup.path))
        path.setObjectName("Muted")
        path.setWordWrap(True)
        path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(path)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = buttons.addButton(self.tr("Restore this backup"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setObjectName("Primary")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
