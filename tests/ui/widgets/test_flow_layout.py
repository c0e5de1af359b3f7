from PySide6.QtWidgets import QWidget

from internapp.ui.widgets.flow_layout import FlowLayout, chip


def test_chips_wrap_onto_new_lines(qtbot):
    holder = QWidget()
    qtbot.addWidget(holder)
    flow = FlowLayout(holder)
    for n in range(12):
        flow.addWidget(chip(f"Skill number {n}"))
    one_line = flow.heightForWidth(10_000)
    assert flow.heightForWidth(200) > one_line * 3
    holder.resize(200, flow.heightForWidth(200))
    holder.show()
    tops = {flow.itemAt(i).geometry().top() for i in range(flow.count())}
    assert len(tops) > 3
    flow.clear()
    assert flow.count() == 0
