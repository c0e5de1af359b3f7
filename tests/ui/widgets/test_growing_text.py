from PySide6.QtWidgets import QVBoxLayout, QWidget

from internapp.ui.widgets.growing_text import GrowingTextEdit

SENTENCE = "Tagged 240 posts by format and topic in a spreadsheet, compared their engagement. "


def _shown(qtbot, box: GrowingTextEdit) -> QWidget:
    holder = QWidget()
    qtbot.addWidget(holder)
    QVBoxLayout(holder).addWidget(box)
    holder.resize(320, 600)
    holder.show()
    qtbot.waitExposed(holder)
    return holder


def test_it_is_as_tall_as_its_wrapped_text_with_no_scroll_bar(qtbot):
    box = GrowingTextEdit(min_lines=2, max_lines=6)
    holder = _shown(qtbot, box)  # noqa: F841 (kept alive for the test)
    empty = box.height()
    assert box.lines_shown() == 2
    box.setPlainText(SENTENCE * 2)  # three or four lines at this width: a fixed box cut them
    qtbot.waitUntil(lambda: box.height() > empty)
    assert 3 <= box.lines_shown() < 6
    assert box.verticalScrollBar().maximum() == 0  # every line shows
    box.setPlainText("")
    qtbot.waitUntil(lambda: box.height() == empty)


def test_long_text_stops_growing_and_scrolls(qtbot):
    box = GrowingTextEdit(min_lines=2, max_lines=4)
    holder = _shown(qtbot, box)  # noqa: F841 (kept alive for the test)
    box.setPlainText(SENTENCE * 10)
    qtbot.waitUntil(lambda: box.lines_shown() == 4)
    four_lines = box.height()
    box.setPlainText(SENTENCE * 20)
    qtbot.waitUntil(lambda: box.verticalScrollBar().maximum() > 0)
    assert box.height() == four_lines
