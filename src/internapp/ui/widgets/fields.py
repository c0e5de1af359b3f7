"""The combo boxes, spin boxes and time edits of every form, in place of Qt's own (a test in
tests/test_architecture.py keeps ui/ from building Qt's directly).

- The mouse wheel changes one only while it has keyboard focus (a click or Tab gives it); over an
  unfocused one the wheel scrolls the page, as in most desktop apps. Qt's own take focus from the
  wheel and change their value while the user only meant to scroll the page.
- A combo box's minimum width follows its items. Qt keeps the minimum it first computed (from seven
  "x" when asked while the box was empty) until the next style change, so a live theme switch
  changed the width of every combo box filled after it was first laid out.

Subclasses rather than an event filter: Python runs only for wheel events and item changes, not
for every event these widgets receive.
"""

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QSpinBox, QTimeEdit, QWidget


class _WheelNeedsFocus:
    """Mixed in before the Qt class: Qt's own take WheelFocus (the wheel focuses them)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)  # type: ignore[call-arg]  # the Qt class after it in the MRO
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # type: ignore[attr-defined]

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():  # type: ignore[attr-defined]
            super().wheelEvent(event)  # type: ignore[misc]
        else:
            event.ignore()  # passed on to the parents: the page scrolls


class ComboBox(_WheelNeedsFocus, QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        model = self.model()
        model.rowsInserted.connect(self._items_changed)
        model.rowsRemoved.connect(self._items_changed)
        model.modelReset.connect(self._items_changed)
        model.dataChanged.connect(self._items_changed)

    def _items_changed(self, *_) -> None:
        # the only way to drop QComboBox's cached minimum size hint from outside
        QCoreApplication.sendEvent(self, QEvent(QEvent.Type.StyleChange))


class SpinBox(_WheelNeedsFocus, QSpinBox):
    pass


class DoubleSpinBox(_WheelNeedsFocus, QDoubleSpinBox):
    pass


class TimeEdit(_WheelNeedsFocus, QTimeEdit):
    pass
