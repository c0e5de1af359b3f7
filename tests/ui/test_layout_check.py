"""The layout check finds what a person would see as broken — and only that."""

from PySide6.QtCore import Qt
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

from internapp.ui.layout_check import check, name_of


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
    view = _table([["short", "23 days overdue, and then some more words"]], [90, 80])
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
