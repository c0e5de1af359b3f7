from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu

from internapp.core.clock import utcnow
from internapp.core.services import engagements, time_entries, timer
from internapp.core.services.timer import Gap, GapChoice
from internapp.ui.launch import build_window
from internapp.ui.theme import ThemeMode
from internapp.ui.tray import fill_tray_menu
from internapp.ui.views import SCREENS


@pytest.fixture
def window(qtbot, context):
    engagements.create(context.store, title="Dashboard")
    win = build_window(context, ThemeMode.LIGHT)
    qtbot.addWidget(win)
    win.show()
    return win


def test_the_timer_toolbar_is_on_every_screen(window):
    for spec in SCREENS:
        window.show_screen(spec.key)
        assert window.timer.toolbar.isVisible(), spec.key
        assert window.timer.control.isVisible(), spec.key


def test_ctrl_t_starts_and_stops_the_timer_from_any_screen(window, context, qtbot):
    window.show_screen("contacts")
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert timer.running(context.store).engagement == "Dashboard"
    window.show_screen("skills")
    with context.store.write([]) as session:  # let it run a while
        from internapp.core.models import TimeEntry

        entry = session.get(TimeEntry, timer.running(context.store).entry_id)
        entry.started_at -= timedelta(minutes=3)
    window.timer.session.reload()
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert timer.running(context.store) is None
    assert time_entries.list_recent(context.store)[0].seconds >= 180


def test_the_time_screen_and_the_toolbar_agree(window, context, qtbot):
    window.show_screen("time")
    card = window.screen("time").timer_card
    card.toggle()
    assert window.timer.control.button.text().endswith("Stop")
    assert card.status_label.text().startswith("Running on Dashboard since")
    window.timer.session.discard()
    assert card.button.text().endswith("Start")


def test_no_tray_where_the_platform_has_none(window):
    assert window.timer.tray is None  # the offscreen platform has no system tray


def test_tray_menu_stops_starts_and_switches(window, context, qtbot):
    other = engagements.create(context.store, title="Survey")
    session = window.timer.session
    qtbot.waitUntil(lambda: len(session.choices) == 2)  # the notice comes on the next turn
    menu = QMenu(window)
    shown = []
    fill_tray_menu(menu, session, lambda: shown.append(True), lambda: None)
    texts = [a.text() for a in menu.actions()]
    assert texts[0] == "No timer running" and not menu.actions()[0].isEnabled()
    next(a for a in menu.actions() if a.text().startswith("Start on ")).trigger()
    assert timer.running(context.store) is not None
    fill_tray_menu(menu, session, lambda: shown.append(True), lambda: None)
    assert menu.actions()[0].text().startswith("●  ")
    switch = next(a for a in menu.actions() if a.text() == "Switch to").menu()
    with context.store.write([]) as s:
        from internapp.core.models import TimeEntry

        s.get(TimeEntry, timer.running(context.store).entry_id).started_at -= timedelta(minutes=5)
    session.reload()
    next(a for a in switch.actions() if a.text() == "Survey").trigger()
    assert timer.running(context.store).engagement_id == other.id
    fill_tray_menu(menu, session, lambda: shown.append(True), lambda: None)
    next(a for a in menu.actions() if a.text() == "Show internapp").trigger()
    assert shown == [True]


def test_a_sleep_gap_asks_and_splits_the_running_timer(window, context, qtbot):
    session = window.timer.session
    start = utcnow().replace(microsecond=0) - timedelta(hours=3)
    timer.start(context.store, window.timer.control.selected_engagement(), at=start)
    qtbot.waitUntil(lambda: session.running is not None)
    gap = Gap(start + timedelta(hours=1), start + timedelta(hours=2, minutes=30))
    session.slept.emit(gap)
    dialog = window.timer.gap_dialog
    assert dialog.isVisible()
    assert dialog.title_label.text() == "1 h 30 min away from the timer"
    later = Gap(gap.start, gap.end + timedelta(minutes=10))  # slept again while asking
    session.slept.emit(later)
    assert window.timer.gap_dialog is dialog and dialog.gap == later
    qtbot.mouseClick(dialog.split_button, Qt.MouseButton.LeftButton)
    rows = time_entries.list_recent(context.store)
    assert [r.seconds for r in rows] == [None, 3600]
    assert timer.running(context.store).started_at == later.end


def test_keep_leaves_the_timer_alone(window, context, qtbot):
    start = utcnow().replace(microsecond=0) - timedelta(hours=2)
    timer.start(context.store, window.timer.control.selected_engagement(), at=start)
    qtbot.waitUntil(lambda: window.timer.session.running is not None)
    window.timer.session.slept.emit(Gap(start + timedelta(minutes=10), start + timedelta(hours=1)))
    qtbot.mouseClick(window.timer.gap_dialog.keep_button, Qt.MouseButton.LeftButton)
    assert timer.running(context.store).started_at == start
    assert window.timer.gap_dialog.choice == GapChoice.KEEP
