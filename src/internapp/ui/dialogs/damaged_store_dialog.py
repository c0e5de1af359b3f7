"""When the data file is damaged: what happened in plain words, the newest backup that passes
verification, and one button to put it back. The damaged file is never written to; restoring
keeps it aside under a dated name (core/store/restore.py)."""

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from internapp.core.store.catalog import BackupInfo, counts
from internapp.core.store.errors import StoreError
from internapp.core.store.restore import RestoreResult, restore
from internapp.ui import formats
from internapp.ui.dialogs.restore_dialog import counts_text, kind_text


class DamagedStoreDialog(QDialog):
    """Accepted once the backup is restored (``result_info`` says where the damaged file went);
    rejected when the user quits instead."""

    def __init__(self, database: Path, backups_dir: Path, reason: str,
                 backup: BackupInfo | None, parent: QWidget | None = None, *,
                 restore_now: bool = True) -> None:
        """``restore_now``: restore on the button (the store is not open yet); False: only
        accept, and the caller restores once it has closed the store."""
        super().__init__(parent)
        self._database, self._backups_dir, self.backup = database, backups_dir, backup
        self._restore_now = restore_now
        self.result_info: RestoreResult | None = None
        self.setWindowTitle(self.tr("Your data file is damaged"))
        self.setMinimumWidth(540)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        title = QLabel(self.tr("internapp cannot use your data file: it is damaged"))
        title.setObjectName("DialogTitle")
        title.setWordWrap(True)
        layout.addWidget(title)
        what = QLabel(self.tr(
            "This can happen when a copy, a sync tool or a full or failing disk stops in the "
            "middle of writing. internapp has not changed the file.\n\nWhat was found: "
            "{reason}.").format(reason=reason))
        what.setWordWrap(True)
        layout.addWidget(what)
        if backup is not None:
            offer = QLabel(self.tr(
                "The newest backup that passes verification is from {when} ({kind}) and holds "
                "{counts}. Restoring it puts that backup back in place of the damaged file; "
                "the damaged file is kept in the data folder under a dated name, in case "
                "anything in it is needed later. Changes made since the backup are not in "
                "it.").format(when=formats.moment(backup.created_at), kind=kind_text(backup.label),
                              counts=counts_text(counts(backup.path))))
        else:
            offer = QLabel(self.tr(
                "No backup that passes verification was found in {folder}. The damaged file "
                "stays as it is; you may be able to recover it with other tools, or copy in a "
                "backup of your own.").format(folder=backups_dir))
        offer.setWordWrap(True)
        layout.addWidget(offer)
        self.message = QLabel()
        self.message.setObjectName("Error")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        where = QLabel(str(database))
        where.setObjectName("Muted")
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(where)
        buttons = QDialogButtonBox()
        self.quit_button = buttons.addButton(self.tr("Quit") if restore_now else self.tr("Not now"),
                                             QDialogButtonBox.ButtonRole.RejectRole)
        self.folder_button = buttons.addButton(self.tr("Open the data folder"),
                                               QDialogButtonBox.ButtonRole.ActionRole)
        self.folder_button.clicked.connect(lambda: QDesktopServices.openUrl(
            QUrl.fromLocalFile(str(database.parent))))
        self.restore_button = None
        if backup is not None:
            self.restore_button = buttons.addButton(self.tr("Restore this backup"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
            self.restore_button.setObjectName("Primary")
            self.restore_button.setDefault(True)
            self.restore_button.clicked.connect(self.restore)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def restore(self) -> bool:
        if self.backup is None:  # no button to restore with then
            return False
        if not self._restore_now:
            self.accept()
            return True
        if self.backup is None:  # nothing to restore: the button is not offered then
            return False
        try:
            self.result_info = restore(self._database, self._backups_dir, self.backup)
        except (StoreError, OSError) as error:
            self.message.setText(self.tr("The backup could not be restored: {error}").format(
                error=error))
            self.message.show()
            return False
        self.accept()
        return True
