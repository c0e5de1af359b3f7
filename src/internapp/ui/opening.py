"""Opening the data for the window, and putting a backup back when asked.

A damaged file brings up the DamagedStoreDialog, which restores the newest verified backup
(keeping the damaged file aside) before the window opens; a file that is not ours or is newer is
refused with a message. A restore asked for while the window is open (Settings, or the quick
check finding damage) happens between two openings: the window and the store close first, so
that nothing still has the old file open.
"""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox

from internapp.context import AppContext, open_context
from internapp.core.store.catalog import BackupInfo
from internapp.core.store.errors import DamagedStoreError, StoreError
from internapp.core.store.restore import RestoreResult, restore
from internapp.paths import Paths
from internapp.ui import formats


def open_for_window(paths: Paths) -> AppContext | None:
    """The context for the window, or None (the user quit, or the data cannot be opened)."""
    from internapp.ui.dialogs.damaged_store_dialog import DamagedStoreDialog

    for _ in range(3):  # a restored backup passed verification: the next try opens it
        try:
            return open_context(paths)
        except DamagedStoreError as error:
            dialog = DamagedStoreDialog(paths.database, paths.backups_dir, error.reason,
                                        error.backup)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
        except StoreError as error:
            QMessageBox.critical(None, QCoreApplication.translate(
                "Opening", "internapp cannot open your data"), str(error))
            return None
    return None


def restore_between_openings(paths: Paths, backup: BackupInfo) -> RestoreResult | None:
    """Restores ``backup`` while nothing in this process has the store open; a refusal (another
    program has it open, the backup fails verification) is shown and None returned."""
    try:
        return restore(paths.database, paths.backups_dir, backup)
    except (StoreError, OSError) as error:
        QMessageBox.warning(None, QCoreApplication.translate(
            "Opening", "The backup was not restored"), str(error))
        return None


def restored_text(result: RestoreResult) -> str:
    text = QCoreApplication.translate("Opening", "Restored the backup from {when}.").format(
        when=formats.moment(result.restored.created_at))
    if result.safety_copy is not None:
        text += " " + QCoreApplication.translate(
            "Opening", "Your data as it was is kept as the backup {name}.").format(
            name=result.safety_copy.name)
    if result.damaged_aside is not None:
        text += " " + QCoreApplication.translate(
            "Opening", "The damaged file is kept as {name}.").format(
            name=result.damaged_aside.name)
    return text
