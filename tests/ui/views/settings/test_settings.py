import pytest

from internapp.core import demo
from internapp.ui.launch import build_window
from internapp.ui.theme import ThemeMode


@pytest.fixture
def demo_window(qtbot, context):
    demo.fill(context.store)
    win = build_window(context, ThemeMode.LIGHT)
    qtbot.addWidget(win)
    win.show()
    return win


def test_settings_back_up_now_runs_in_the_background(demo_window, context, qtbot):
    demo_window.show_screen("settings")
    screen = demo_window.screen("settings")
    screen.back_up_now()
    qtbot.waitUntil(lambda: screen.backup_button.isEnabled(), timeout=10_000)
    assert list(context.paths.backups_dir.glob("internapp-*-manual.sqlite3"))
    assert "1 backup" in screen.backups_label.text()
