"""Issue 12: one setAccessibleName in the whole UI. Every control a person operates — on every
screen, in every state, in every dialog — has a name and a description a screen reader reads."""

from PySide6.QtWidgets import QLineEdit, QPushButton, QVBoxLayout, QWidget

from internapp.core import demo
from internapp.ui import accessibility
from internapp.ui.launch import build_window
from internapp.ui.layout_check import Problem, settle, visit
from internapp.ui.theme import ThemeMode


def _named(root, where):
    settle()
    return [Problem(where, "", text) for text in accessibility.missing(root)]


def test_every_control_of_every_screen_and_dialog_is_named_and_described(qtbot, context):
    demo.fill(context.store, seed=7)
    context.store.backup("manual")  # the restore dialog opens on it
    window = build_window(context, ThemeMode.LIGHT)
    qtbot.addWidget(window)
    window.show()
    problems = visit(window, [(1280, 800)], rule=_named)
    assert sorted({p.what for p in problems}) == []


def test_a_field_without_label_gets_its_placeholder_and_its_place(qtbot):
    box = QWidget()
    box.setWindowTitle("Box")
    layout = QVBoxLayout(box)
    field = QLineEdit()
    field.setPlaceholderText("What are you working on?")
    layout.addWidget(field)
    layout.addWidget(QPushButton("Save"))
    qtbot.addWidget(box)
    box.show()
    assert accessibility.missing(box)  # before: nothing says what the field is
    accessibility.complete(box)
    assert accessibility.texts(field)[0] == "What are you working on?"
    assert accessibility.missing(box) == [] or all("Save" in m for m in accessibility.missing(box))
