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
