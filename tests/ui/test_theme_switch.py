"""Issue 12: switching to dark left the timer toolbar, the Time screen's timer card and the
Timeline chart light until a restart. A switch repaints everything, charts included."""

import matplotlib.colors
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QToolBar

from internapp.core import demo
from internapp.ui.launch import build_window
from internapp.ui.palette import DARK, LIGHT
from internapp.ui.theme import ThemeMode
from internapp.ui.widgets.empty_state import EmptyState


def _dark(widget) -> bool:
    """The widget as drawn now is dark in the middle of its background."""
    image = widget.grab().toImage()
    colour = QColor(image.pixel(4, image.height() // 2))
    return colour.lightnessF() < 0.35


def test_a_live_switch_repaints_the_toolbar_the_timer_card_and_both_charts(qtbot, context):
    demo.fill(context.store, seed=7)
    window = build_window(context, ThemeMode.LIGHT)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    for key in ("time", "timeline", "skills"):
        window.show_screen(key)
    timeline, skills = window.screen("timeline"), window.screen("skills")
    assert matplotlib.colors.to_hex(timeline.canvas.figure().get_facecolor()) == LIGHT.base

    window.set_theme_mode(ThemeMode.DARK)
    window.show_screen("time")
    qtbot.waitUntil(lambda: _dark(window.timer.toolbar))
    assert DARK.base in window.screen("time").timer_card.styleSheet()
    assert _dark(window.screen("time").timer_card)
    window.show_screen("timeline")
    assert matplotlib.colors.to_hex(timeline.canvas.figure().get_facecolor()) == DARK.base
    window.show_screen("skills")
    assert matplotlib.colors.to_hex(skills.canvas.figure().get_facecolor()) == DARK.base

    window.set_theme_mode(ThemeMode.LIGHT)
    assert matplotlib.colors.to_hex(skills.canvas.figure().get_facecolor()) == LIGHT.base
    assert not _dark(window.timer.toolbar)


def test_empty_states_retint_their_icons(qtbot, context):
    window = build_window(context, ThemeMode.LIGHT)
    qtbot.addWidget(window)
    window.show()
    empty = window.screen("today").pages.currentWidget()
    assert isinstance(empty, EmptyState)
    before = empty.icon_label.pixmap().toImage()
    window.set_theme_mode(ThemeMode.DARK)
    assert empty.icon_label.pixmap().toImage() != before


def _bars(window) -> dict[str, int]:
    """The heights the window's top-level bars ask for: menu bar, toolbars, status bar."""
    bars = [window.menuBar(), window.statusBar(), *window.findChildren(QToolBar)]
    return {bar.objectName() or type(bar).__name__: bar.sizeHint().height() for bar in bars}


def test_a_live_switch_leaves_every_bar_its_height(qtbot, window):
    """The timer toolbar grew from 60 to 80 px at the first switch: its padding reached its
    layout only with the StyleChange of the application's new stylesheet."""
    toolbar = window.timer.toolbar
    control = toolbar.widgetForAction(toolbar.actions()[0])
    before = _bars(window)
    for mode in (ThemeMode.DARK, ThemeMode.LIGHT, ThemeMode.DARK):
        window.set_theme_mode(mode)
        assert _bars(window) == before, mode
        qtbot.waitUntil(lambda: toolbar.height() == before["TimerToolbar"])
        assert control.geometry().topLeft() == QPoint(0, 0)  # its margins are the bar's padding
