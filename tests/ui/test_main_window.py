from importlib import metadata

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from internapp.core.changes import Kind
from internapp.core.services import applications, engagements, time_entries
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


def test_a_change_refreshes_the_visible_screen_and_marks_others_stale(window, context, qtbot):
    window.show_screen("applications")
    window.screen("engagements")  # built but hidden
    applications.create(context.store, organization="Acme", role="Data intern")
    screen = window.screen("applications")
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.content)
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


def test_the_first_window_fits_a_screen_smaller_than_its_default_size(qtbot, context,
                                                                     monkeypatch):
    """A 900x600 laptop is smaller than the default 1200x780: the first window fits it. (The
    tests' screen is 1920x1080, so the default is made larger than it instead.)"""
    from internapp.ui import main_window

    monkeypatch.setattr(main_window, "DEFAULT_SIZE", (2400, 1400))
    window = build_window(context, ThemeMode.LIGHT)
    qtbot.addWidget(window)
    area = QApplication.primaryScreen().availableGeometry()
    assert (window.width(), window.height()) == (area.width(), area.height())
    assert area.contains(window.geometry())

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


def _count_calls(monkeypatch, target, name: str) -> list:
    """Counts calls of ``target.name`` (an instance's method), still calling it."""
    calls = []
    real = getattr(target, name)

    def counted(*args, **kwargs):
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(target, name, counted)
    return calls


def _settle(qtbot) -> None:
    """Lets every queued notice be delivered (a coalesced notice comes on the next turn)."""
    for _ in range(3):
        qtbot.wait(0)
        QApplication.processEvents()


def test_one_added_entry_refreshes_each_visible_view_once(window, context, qtbot, monkeypatch):
    engagement = engagements.create(context.store, title="Dashboard", status="active")
    window.show_screen("time")
    _settle(qtbot)
    time_view, today = window.screen("time"), window.screen("today")
    refreshes = _count_calls(monkeypatch, time_view, "refresh")
    entries = _count_calls(monkeypatch, time_view.entries, "refresh")
    reloads = _count_calls(monkeypatch, window.timer_session(), "reload")
    hidden = _count_calls(monkeypatch, today, "refresh")
    notices = []
    window.signals.changed.connect(notices.append)
    time_entries.add(context.store, engagement.id, start="2026-03-02T09:00", duration="1h",
                     tz="UTC")
    qtbot.waitUntil(lambda: len(refreshes) >= 1)
    _settle(qtbot)
    assert [n.kinds for n in notices] == [{Kind.TIME}]
    assert (len(refreshes), len(entries), len(reloads)) == (1, 1, 1)
    assert hidden == [] and today.stale  # a hidden screen refreshes when next shown
    assert time_view.entries.model.total_count() == 1


def test_changes_in_one_turn_are_delivered_once_with_every_kind_and_origin(window, context, qtbot):
    notices = []
    window.signals.changed.connect(notices.append)
    with context.store.acting_as("engagements-screen"):
        engagement = engagements.create(context.store, title="Dashboard", status="active")
    time_entries.add(context.store, engagement.id, start="2026-03-02T09:00", duration="1h",
                     tz="UTC")
    qtbot.waitUntil(lambda: len(notices) >= 1)
    _settle(qtbot)
    assert len(notices) == 1
    assert Kind.TIME in notices[0].kinds and Kind.ENGAGEMENTS in notices[0].kinds
    assert notices[0].origins == {"engagements-screen", context.store.default_origin}


def test_logging_time_on_an_open_engagement_loads_its_detail_pane_once(window, context, qtbot,
                                                                       monkeypatch):
    engagement = engagements.create(context.store, title="Dashboard", status="active",
                                    hours_estimate=10)
    window.show_screen("engagements", engagement.id)
    _settle(qtbot)
    screen = window.screen("engagements")
    assert screen.detail.isVisible()
    refreshes = _count_calls(monkeypatch, screen, "refresh")
    loads = _count_calls(monkeypatch, screen.detail, "load")
    time_entries.add(context.store, engagement.id, start="2026-03-02T09:00", duration="2h",
                     tz="UTC")
    qtbot.waitUntil(lambda: len(loads) >= 1)
    _settle(qtbot)
    assert (len(refreshes), len(loads)) == (1, 1)
