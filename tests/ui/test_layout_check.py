"""The layout check finds what a person would see as broken — and only that."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from internapp.core import demo
from internapp.ui.launch import build_window
from internapp.ui.layout_check import check, check_settled, name_of, visit
from internapp.ui.main_window import MINIMUM_SIZE
from internapp.ui.theme import ThemeMode

LARGE_SCREEN = Path(__file__).resolve().parents[1] / "offscreen-large.json"


def _shown(qtbot, widget: QWidget, width: int = 400, height: int = 200) -> QWidget:
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _dialog(*children: QWidget) -> QDialog:
    dialog = QDialog()
    layout = QVBoxLayout(dialog)
    for child in children:
        layout.addWidget(child)
    return dialog


def test_a_deliberately_clipped_label_fails_and_is_named(qtbot):
    label = QLabel("Import from another tool")
    label.setObjectName("Clipped")
    label.setFixedWidth(40)
    dialog = _shown(qtbot, _dialog(label))
    problems = check(dialog, "test")
    assert [p.widget for p in problems] == ['QLabel#Clipped "Import from another tool"']
    assert "is 40 px wide, its text needs" in problems[0].what


def test_what_is_fixed_once_pending_events_arrive_is_not_reported(qtbot):
    """Under load a report's rows arrived while a screen was being checked, and the table's
    columns were fitted on the next turn of the event loop: the check saw "1 h 30 min" cut at
    60 px (the full-store test failed 2 times in 13 on a busy machine). What a person sees is
    the settled window, so a problem is reported only if it is still there after settling."""
    label = QLabel("Import from another tool")
    label.setFixedWidth(40)
    dialog = _shown(qtbot, _dialog(label))
    looks: list[int] = []

    def rule(root, where):
        found = check(root, where)
        if not looks:  # the fix is posted while the first look is under way
            QTimer.singleShot(0, lambda: label.setFixedWidth(400))
        looks.append(len(found))
        return found

    assert check_settled(dialog, "test", rule) == []
    assert looks == [1, 0]


def test_a_problem_still_there_after_settling_is_reported(qtbot):
    label = QLabel("Import from another tool")
    label.setFixedWidth(40)
    problems = check_settled(_shown(qtbot, _dialog(label)), "test")
    assert [p.widget for p in problems] == ['QLabel "Import from another tool"']


def test_a_label_with_room_for_its_text_passes(qtbot):
    assert check(_shown(qtbot, _dialog(QLabel("Import from another tool"))), "test") == []


def test_a_wrapped_label_cut_short_fails(qtbot):
    label = QLabel("A long explanation that needs several lines at this narrow width. " * 3)
    label.setWordWrap(True)
    label.setFixedSize(160, 30)
    problems = check(_shown(qtbot, _dialog(label)), "test")
    assert len(problems) == 1 and "wrapped text needs" in problems[0].what


def test_a_label_that_elides_on_purpose_is_left_alone(qtbot):
    label = QLabel("/a/very/long/path/to/the/data/file/internapp.sqlite3")
    label.setFixedWidth(60)
    label.setProperty("elides", True)
    assert check(_shown(qtbot, _dialog(label)), "test") == []


def test_a_squeezed_button_fails(qtbot):
    button = QPushButton("New application")
    button.setFixedWidth(50)
    problems = check(_shown(qtbot, _dialog(button)), "test")
    assert [p.widget for p in problems] == ['QPushButton "New application"']


def test_siblings_that_overlap_fail(qtbot):
    box = QWidget()
    row = QHBoxLayout(box)
    first, second = QLabel("one"), QLabel("two")
    row.addWidget(first)
    row.addWidget(second)
    dialog = _shown(qtbot, _dialog(box))
    second.setGeometry(first.geometry().translated(5, 0))  # as a squeezed layout leaves them
    problems = check(dialog, "test")
    assert any(p.what.startswith('overlaps QLabel "two"') for p in problems), problems


def test_a_widget_outside_its_parent_fails(qtbot):
    dialog = _shown(qtbot, _dialog(QLabel("inside")))
    stray = QLabel("11 h", dialog)
    stray.setGeometry(380, 10, 60, 20)
    stray.show()
    problems = check(dialog, "test")
    assert [p.widget for p in problems] == ['QLabel "11 h"']
    assert "reaches outside its parent" in problems[0].what


def test_a_scroll_area_may_hold_more_than_it_shows(qtbot):
    content = QWidget()
    content.setFixedSize(900, 900)
    area = QScrollArea()
    area.setWidget(content)
    assert check(_shown(qtbot, _dialog(area)), "test") == []


def test_a_scroll_area_without_its_horizontal_bar_cuts_content(qtbot):
    content = QWidget()
    content.setMinimumSize(900, 50)
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(content)
    problems = check(_shown(qtbot, _dialog(area)), "test")
    assert len(problems) == 1 and "cuts its content at the right" in problems[0].what


def _table(texts: list[list[str]], widths: list[int]) -> QTableView:
    model = QStandardItemModel(len(texts), len(texts[0]))
    model.setHorizontalHeaderLabels([f"Column {n}" for n in range(len(texts[0]))])
    for r, row in enumerate(texts):
        for c, text in enumerate(row):
            model.setItem(r, c, QStandardItem(text))
    view = QTableView()
    view.setModel(model)
    view.model_ref = model
    for column, width in enumerate(widths):
        view.setColumnWidth(column, width)
    return view


def test_a_cut_table_cell_fails_unless_its_column_elides(qtbot):
    view = _table([["short", "23 days overdue, and then some more words"]], [90, 130])
    dialog = _shown(qtbot, _dialog(view), 500, 300)
    problems = check(dialog, "test")
    assert len(problems) == 1 and 'in column "Column 1"' in problems[0].what
    view.setProperty("elidingColumns", [1])
    assert check(dialog, "test") == []


def test_a_column_beyond_the_visible_width_fails(qtbot):
    view = _table([["a", "b", "c"]], [200, 200, 200])
    dialog = _shown(qtbot, _dialog(view), 400, 300)
    problems = check(dialog, "test")
    assert any('puts column "Column 2" beyond the visible width' in p.what for p in problems)
    view.setProperty("scrollsSideways", True)  # a table meant to scroll sideways
    assert not any("beyond the visible width" in p.what for p in check(dialog, "test"))


def test_a_dialog_larger_than_the_screen_fails(qtbot):
    dialog = _shown(qtbot, _dialog(QLabel("big")), 2500, 1500)
    problems = check(dialog, "test")
    assert any("larger than the screen" in p.what for p in problems)


def test_names_say_where_the_widget_lives(qtbot):
    button = QPushButton("&Save && close")
    button.setObjectName("Primary")
    assert name_of(button) == 'QPushButton#Primary "Save & close"'


# --- the whole window ---------------------------------------------------------------------------

SIZES = [(900, 600), (1280, 800), (1920, 1080)]


@pytest.mark.parametrize("theme", [ThemeMode.LIGHT, ThemeMode.DARK])
def test_every_screen_and_dialog_passes_on_a_full_store(qtbot, context, theme):
    demo.fill(context.store, seed=7)
    context.store.backup("manual")  # Settings lists it; the restore dialog opens on it
    window = build_window(context, theme)
    qtbot.addWidget(window)
    window.show()
    problems = visit(window, SIZES)
    assert [str(p) for p in problems] == []


def test_every_screen_passes_on_an_empty_store_down_to_the_minimum_size(qtbot, context):
    window = build_window(context, ThemeMode.LIGHT)
    qtbot.addWidget(window)
    window.show()
    problems = visit(window, [MINIMUM_SIZE, *SIZES])
    assert [str(p) for p in problems] == []


def test_the_minimum_size_is_enforced(qtbot, context):
    window = build_window(context, ThemeMode.LIGHT)
    qtbot.addWidget(window)
    window.show()
    window.resize(400, 300)
    assert (window.width(), window.height()) == MINIMUM_SIZE


def _smoke(tmp_path, env_extra: dict[str, str], sizes: str) -> subprocess.CompletedProcess:
    data = tmp_path / "data"
    for command in (["demo"], ["backup", "now"]):  # a backup: the restore dialog opens on it
        subprocess.run([sys.executable, "-m", "internapp", *command, "--data-dir", str(data)],
                       check=True, capture_output=True)
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={LARGE_SCREEN}",
           "PYTHONFAULTHANDLER": "1", **env_extra}  # a crash says where
    return subprocess.run([sys.executable, "-m", "internapp", "smoke", "--data-dir", str(data),
                           "--sizes", sizes, "--check-layout", "--theme", "both"],
                          capture_output=True, text=True, env=env, timeout=900)


def test_at_200_percent_every_screen_and_dialog_passes(tmp_path):
    """QT_SCALE_FACTOR=2 on a 3840×2160 screen: the sizes are logical pixels."""
    result = _smoke(tmp_path, {"QT_SCALE_FACTOR": "2"}, "900x600,1280x800,1920x1080")
    assert result.returncode == 0, result.stderr
    assert "passed the layout check" in result.stdout


def test_on_a_large_screen_every_screen_and_dialog_passes(tmp_path):
    result = _smoke(tmp_path, {}, "2560x1440")
    assert result.returncode == 0, result.stderr


def test_a_view_too_small_for_its_rows_without_a_scroll_bar_fails(qtbot):
    view = _table([[str(n)] for n in range(12)], [80])
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setFixedHeight(120)
    problems = check(_shown(qtbot, _dialog(view)), "test")
    assert any("hides" in p.what and "of its rows" in p.what for p in problems), problems


def test_a_theme_switch_leaves_no_stale_rows_on_screen(qtbot, context):
    """Rows replaced by a refresh are hidden at once, not left drawn until deleted."""
    demo.fill(context.store, seed=7)
    window = build_window(context, ThemeMode.LIGHT)
    qtbot.addWidget(window)
    window.resize(900, 600)
    window.show()
    window.set_theme_mode(ThemeMode.DARK)
    assert [str(p) for p in check(window, "after the switch")] == []
