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


@pytest.mark.parametrize(("key", "rows"), [("engagements", 5), ("contacts", 30)])
def test_table_screens_list_the_demo_records(demo_window, key, rows):
    demo_window.show_screen(key)
    screen = demo_window.screen(key)
    assert screen.pages.currentWidget() is screen.content
    assert screen.model.rowCount() == rows


def test_applications_board_shows_the_demo_records(demo_window):
    demo_window.show_screen("applications")
    screen = demo_window.screen("applications")
    assert screen.pages.currentWidget() is screen.content
    assert sum(c.model.total() for c in screen.board.columns) == 14


def test_filter_as_you_type(demo_window, qtbot):
    demo_window.show_screen("contacts")
    screen = demo_window.screen("contacts")
    qtbot.keyClicks(screen.filter_edit, "mentor")
    assert 0 < screen.model.rowCount() < 30
    assert "of 30 shown" in screen.count_label.text()


def test_today_summarises_the_demo(demo_window):
    screen = demo_window.screen("today")
    assert screen.cards["engagements"].text() == "3"
    assert screen.due_section.rows
