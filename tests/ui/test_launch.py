import sqlite3

from internapp.paths import resolve_paths
from internapp.ui.launch import run_gui


def _headless(monkeypatch):
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)


def test_without_a_display_the_window_is_refused_with_a_message(tmp_path, monkeypatch, capsys):
    _headless(monkeypatch)
    assert run_gui(resolve_paths(tmp_path / "d")) == 1
    assert "no display" in capsys.readouterr().err


def test_a_newer_store_is_refused_before_any_window(tmp_path, monkeypatch, capsys):
    paths = resolve_paths(tmp_path / "d")
    _headless(monkeypatch)
    run_gui(paths)  # creates the store, then stops for want of a display
    with sqlite3.connect(paths.database) as raw:
        raw.execute("PRAGMA user_version = 42")
    raw.close()
    capsys.readouterr()
    assert run_gui(paths) == 1
    assert "schema version 42" in capsys.readouterr().err


def test_a_restore_asked_in_the_window_happens_once_the_store_is_closed(qtbot, faults):
    from PySide6.QtCore import QTimer

    from internapp.context import open_context
    from internapp.core.services import contacts
    from internapp.core.store.catalog import catalog
    from internapp.ui.launch import _window_session, qt_application
    from internapp.ui.opening import restore_between_openings, restored_text
    from internapp.ui.single_instance import SingleInstance
    from internapp.ui.theme import ThemeMode

    paths = faults.paths
    backup = catalog(paths.backups_dir)[0]
    context = open_context(paths)
    contacts.create(context.store, display_name="Added after the backup")
    shown = []
    QTimer.singleShot(0, lambda: shown[-1].request_restore(backup))
    code, wanted = _window_session(qt_application(), context, ThemeMode.LIGHT,
                                   SingleInstance(paths.data_dir), None, shown, None)
    assert (code, wanted, shown) == (0, backup, [])
    result = restore_between_openings(paths, wanted)
    assert faults.counts(paths.database) == faults.counts(backup.path)
    assert result.safety_copy is not None  # the data as it was, kept as a backup
    assert "Restored the backup from" in restored_text(result)


def test_a_read_only_store_says_so_in_the_window(qtbot, paths):
    from internapp.context import AppContext
    from internapp.core.store import open_store
    from internapp.ui.launch import build_window
    from internapp.ui.theme import ThemeMode

    open_store(paths.database, backups_dir=paths.backups_dir).close()
    store = open_store(paths.database, backups_dir=paths.backups_dir, read_only=True)
    store.read_only_reason = "its folder is write-protected or on a read-only medium"
    window = build_window(AppContext(paths, store, "test"), ThemeMode.LIGHT)
    qtbot.addWidget(window)
    try:
        assert window.windowTitle() == "internapp (read-only)"
        assert "write-protected" in window.read_only_label.text()
    finally:
        window.close()
        store.close()
