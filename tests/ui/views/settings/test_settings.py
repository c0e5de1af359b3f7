import pytest
from PySide6.QtCore import Qt

from internapp.core import demo
from internapp.core.store.catalog import catalog
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
    section = demo_window.screen("settings").backups
    qtbot.waitUntil(lambda: "No backups yet" in section.summary.text(), timeout=10_000)
    section.back_up_now()
    qtbot.waitUntil(lambda: section.model.rowCount() == 1, timeout=10_000)
    section.back_up_now()
    qtbot.waitUntil(lambda: section.model.rowCount() == 2, timeout=10_000)
    assert len(list(context.paths.backups_dir.glob("internapp-*-manual.sqlite3"))) == 2
    assert section.summary.text().startswith("2 backups in")


def test_backups_are_listed_with_date_kind_size_and_counts(demo_window, context, qtbot):
    context.store.backup("daily")
    context.store.backup("before-import")
    demo_window.show_screen("settings")
    section = demo_window.screen("settings").backups
    qtbot.waitUntil(lambda: section.model.rowCount() == 2, timeout=10_000)
    model = section.model
    header = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert header == ["Made", "Why", "Size", "What it holds"]
    first = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert first[1] == "before an import" and first[2].endswith(("KB", "MB"))
    assert first[3].startswith("14 applications, 5 engagements, ")  # the demo's
    assert section.selected() == catalog(context.paths.backups_dir)[0]


def test_restore_asks_first_and_then_hands_the_backup_to_the_window(demo_window, context,
                                                                      qtbot):
    context.store.backup("manual")
    demo_window.show_screen("settings")
    section = demo_window.screen("settings").backups
    qtbot.waitUntil(lambda: section.restore_button.isEnabled(), timeout=10_000)
    dialog = section.restore_selected()
    assert "14 applications" in dialog.what_label.text()
    with qtbot.waitSignal(demo_window.restore_requested, timeout=5_000) as asked:
        dialog.restore_button.click()
    assert asked.args == [catalog(context.paths.backups_dir)[0]]
