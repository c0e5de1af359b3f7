"""The contacts import dialog, created and closed again and again without a parent (as a test
harness makes it): it used to segfault when the garbage collector ran on the import's worker
thread and freed a dialog there. Now a dialog leaves no cycle for the collector, a closed
dialog stops and waits for its work, and the worker never releases what the UI owns."""

import gc
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject

from internapp.ui.dialogs.contacts_import_dialog import ContactsImportDialog


@pytest.fixture
def cards(tmp_path):
    path = tmp_path / "cards.vcf"
    path.write_text("".join(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person {i}\r\nEMAIL:p{i}@example"
                            f".com\r\nORG:Org {i % 3}\r\nEND:VCARD\r\n" for i in range(30)))
    return path


def test_a_closed_dialog_leaves_no_qt_object_for_the_garbage_collector(qtbot, store, cards):
    # what earlier tests left to delete later (a window and its dialogs) is freed first, so that
    # only this test's dialogs are counted below
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    for importing in (False, True):
        dialog = ContactsImportDialog(store, "vcard", cards)
        dialog.show()
        qtbot.waitUntil(lambda d=dialog: d.plan is not None, timeout=30_000)
        if importing:
            dialog.start_import()
            qtbot.waitUntil(lambda d=dialog: d.imported is not None, timeout=30_000)
        dialog.close()
        del dialog
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        gc.collect()
        cyclic_qt = [type(o).__name__ for o in gc.garbage if isinstance(o, QObject)]
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
    assert cyclic_qt == []


def test_closing_mid_import_stops_the_work_and_writes_nothing(qtbot, store, cards):
    from internapp.core.services import contacts

    dialog = ContactsImportDialog(store, "vcard", cards)
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=30_000)
    dialog.start_import()
    dialog.close()  # never shown: close() still stops and waits
    assert not dialog.busy()
    assert len(contacts.list_rows(store)) in (0, 30)  # all of it or nothing, never a part


def test_create_and_close_repeatedly_with_the_collector_on_the_worker_thread(tmp_path, cards):
    """In a process of its own (a segfault must fail the test, not end the run): eight dialogs
    without a parent, some closed mid-work, a full collection forced on the worker thread inside
    the import's session flush, and a low threshold so collections also happen on their own."""
    script = textwrap.dedent(f"""
        import gc, os, time
        from pathlib import Path
        from PySide6.QtWidgets import QApplication
        from internapp.core.services import contacts
        from internapp.core.store import open_store
        from internapp.ui.dialogs.contacts_import_dialog import ContactsImportDialog

        gc.set_threshold(10, 2, 2)
        real = contacts.new_contact
        def collecting(session, values):
            gc.collect()  # on the worker thread, inside the flush
            return real(session, values)
        contacts.new_contact = collecting
        app = QApplication([])
        data = Path({str(tmp_path / "d")!r})
        store = open_store(data / "internapp.sqlite3", backups_dir=data / "backups")
        for i in range(8):
            dialog = ContactsImportDialog(store, "vcard", Path({str(cards)!r}))
            if i % 3 == 0:
                dialog.show()
            deadline = time.time() + 60
            while dialog.plan is None and time.time() < deadline and i % 4 != 3:
                app.processEvents()
            if i % 2 == 0:
                dialog.start_import()
            dialog.close()
            del dialog
        store.close()
        print("survived", flush=True)
        """)
    result = subprocess.run([sys.executable, "-X", "faulthandler", "-c", script],
                            capture_output=True, text=True, timeout=300,
                            env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr[-3000:]
    assert "survived" in result.stdout
