"""Each damaged-file fixture through the window: the damaged-file dialog (never a traceback, the
file's bytes unchanged), its restore, and the quick check that finds damage the opening cannot."""

import pytest
from PySide6.QtWidgets import QDialog

from internapp.core.store.catalog import catalog
from internapp.ui.dialogs.damaged_store_dialog import DamagedStoreDialog
from internapp.ui.opening import open_for_window
from internapp.ui.store_care import StoreCare

REFUSED = ("truncated", "header", "directory", "missing-table")


@pytest.fixture
def dialogs(monkeypatch):
    """The damaged-file dialogs shown, answered with ``answer`` ("quit" or "restore")."""
    shown: list[DamagedStoreDialog] = []
    state = {"answer": "quit"}

    def exec_(self):
        shown.append(self)
        if state["answer"] == "restore" and self.restore():
            return QDialog.DialogCode.Accepted
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(DamagedStoreDialog, "exec", exec_)
    return shown, state


@pytest.mark.parametrize("kind", REFUSED)
def test_a_damaged_file_brings_the_dialog_and_is_left_as_it_is(qtbot, faults, dialogs, kind):
    shown, _ = dialogs
    paths = faults.damage(kind)
    before = faults.bytes(paths.database)
    assert open_for_window(paths) is None
    [dialog] = shown
    qtbot.addWidget(dialog)
    assert dialog.backup == catalog(paths.backups_dir)[0]  # the newest verified backup
    assert dialog.restore_button is not None
    assert faults.bytes(paths.database) == before


@pytest.mark.parametrize("kind", REFUSED)
def test_restore_from_the_dialog_opens_the_backup_and_keeps_the_damaged_file(
        qtbot, faults, dialogs, kind):
    shown, state = dialogs
    state["answer"] = "restore"
    paths = faults.damage(kind)
    before = faults.bytes(paths.database)
    backup = catalog(paths.backups_dir)[0]
    expected = faults.counts(backup.path)
    context = open_for_window(paths)
    try:
        assert context is not None
        assert faults.counts(paths.database) == expected
    finally:
        context.close()
    qtbot.addWidget(shown[0])
    aside = shown[0].result_info.damaged_aside
    assert aside.name.startswith("internapp.sqlite3.damaged-")
    assert faults.bytes(aside) == before


@pytest.mark.parametrize("kind", ["foreign-wal", "stale-wal"])
def test_a_foreign_log_is_set_aside_and_the_window_is_told(faults, dialogs, kind):
    shown, _ = dialogs
    paths = faults.damage(kind)
    before = faults.bytes(paths.database)
    context = open_for_window(paths)
    try:
        assert shown == []
        assert "moved aside" in " ".join(context.store.opening_notes)
    finally:
        context.close()
    assert faults.bytes(paths.database) == before


def test_damage_the_opening_cannot_see_is_found_by_the_quick_check(qtbot, faults, dialogs):
    paths = faults.damage("random-pages")
    before = faults.bytes(paths.database)
    context = open_for_window(paths)
    try:
        care = StoreCare(context.store)
        with qtbot.waitSignal(care.damaged, timeout=30_000) as found:
            care.start()
        care.timer.stop()
        assert "quick check" in found.args[0] or "cannot" in found.args[0]
        assert not list(paths.backups_dir.glob("*-daily.sqlite3"))  # no backup of a damaged file
    finally:
        context.close()
    assert faults.bytes(paths.database) == before


def test_a_healthy_store_gets_its_daily_backup(qtbot, context):
    care = StoreCare(context.store)
    with qtbot.waitSignal(care.backed_up, timeout=30_000):
        care.start()
    care.back_up_if_due()  # the same day: nothing more
    care.wait()
    care.timer.stop()
    assert len(list(context.paths.backups_dir.glob("*-daily.sqlite3"))) == 1
