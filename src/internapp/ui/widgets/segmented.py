"""A segmented switch — Board | Table | Funnel, Weeks | Months, All | Losing touch: checkable
buttons joined into one control (styled by #SegmentLeft/Middle/Right in the stylesheet, the same
look as the tabs), one of them checked."""

from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QWidget


def segmented(parent: QWidget, labels: list[str]) -> tuple[QButtonGroup, QHBoxLayout]:
    """The group (ids 0, 1, …) and the row to put in a layout; the first button is checked."""
    group = QButtonGroup(parent)
    row = QHBoxLayout()
    row.setSpacing(0)
    for number, label in enumerate(labels):
        button = QPushButton(label)
        button.setCheckable(True)
        button.setObjectName("SegmentLeft" if number == 0 else
                             "SegmentRight" if number == len(labels) - 1 else "SegmentMiddle")
        group.addButton(button, number)
        row.addWidget(button)
    group.button(0).setChecked(True)
    return group, row
