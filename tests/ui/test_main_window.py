from importlib import metadata

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from internapp.core.services import applications
from internapp.ui.launch import build_window
from internapp.ui.theme import DARK, LIGHT, ThemeMode
from internapp.ui.views import SCREENS
from internapp.ui.widgets.empty_state import EmptyState


def test_opens_on_today_and_lists_every_screen(window):
    assert window.current_screen_key() == "today"
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == [
        "Today", "Applications", "Engagements", "Time", "Contacts", "Timeline", "Skills",
        "Income", "Settings"]


def test_ctrl_number_switches_screens(window, qtbot):
    for number, spec in enumerate(SCREENS, start=1):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        assert window.current_screen_key() == spec.key
        assert window.stack.currentWidget() is window.screen(spec.key)


def test_every_screen_shows_a_designed_empty_state_on_an_empty_store(window):
    for spec in SCREENS:
        if spec.key == "settings":
            continue
        window.show_screen(spec.key)
        screen = window.screen(spec.key)
        current = screen.pages.currentWidget()
        assert isinstance(current, EmptyState), spec.key
        assert current.title_label.text()
        assert current.hint_label is not None and current.hint_label.text()


def test_a_change_refreshes_the_visible_screen_and_marks_others_stale(window, context):
    window.show_screen("applications")
    window.screen("engagements")  # built but hidden
    applications.create(context.store, organization="Acme", role="Data intern")
    screen = window.screen("applications")
    assert screen.pages.currentWidget() is screen.content
    assert len(screen.rows) == 1
    assert window.screen("today").stale


def test_geometry_is_remembered(qtbot, context):
    first = build_window(context, ThemeMode.LIGHT)
    qtbot.addWidget(first)
    first.show()
    first.resize(1010, 690)
    first.close()
    second = build_window(context, ThemeMode.LIGHT)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (1010, 690)


def test_dark_and_light_palettes(window):
    app = QApplication.instance()
    window.set_theme_mode(ThemeMode.DARK)
    assert app.palette().color(QPalette.ColorRole.Window).name() == DARK.window
    window.set_theme_mode(ThemeMode.LIGHT)
    assert app.palette().color(QPalette.ColorRole.Window).name() == LIGHT.window


def test_about_shows_the_package_version_and_data_file(window, context):
    dialog = window.show_about()
    assert metadata.version("internapp") in dialog.version_label.text()
    assert str(context.paths.database) in dialog.database_label.text()
    dialog.close()
