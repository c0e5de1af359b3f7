"""A tool row that fits any width: its leading widgets (a filter, a choice) on the left, its
trailing ones (buttons) on the right — in one line while both fit, else the buttons on a second
line, so nothing is squeezed below its size or drawn over its neighbour."""

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QWidget

GAP = 8


class AdaptiveRow(QWidget):
    def __init__(self, parent: QWidget | None = None, *, gap: int = GAP,
                 wrapped_gap: int = GAP) -> None:
        super().__init__(parent)
        self._gaps = (gap, wrapped_gap)
        self.outer = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.outer.setContentsMargins(0, 0, 0, 0)
        self.outer.setSpacing(gap)
        self.lead = QHBoxLayout()
        self.lead.setSpacing(GAP)
        self.trail = QHBoxLayout()
        self.trail.setSpacing(GAP)
        self.outer.addLayout(self.lead, 1)
        self.outer.addLayout(self.trail)
        self.outer.setAlignment(self.trail, Qt.AlignmentFlag.AlignRight)

    def add_lead(self, widget: QWidget, stretch: int = 0) -> QWidget:
        self.lead.addWidget(widget, stretch)
        return widget

    def add_trail(self, widget: QWidget) -> QWidget:
        self.trail.addWidget(widget)
        return widget

    def minimumSizeHint(self) -> QSize:
        """As narrow as the two-line arrangement allows (whatever the arrangement now): a
        surrounding scroll area must not scroll sideways when wrapping would do."""
        hint = super().minimumSizeHint()
        width = max(self.lead.minimumSize().width(), self.trail.sizeHint().width())
        return QSize(width, hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.arrange()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # a button changed its text or was hidden
            self.arrange()
        return super().event(event)

    def arrange(self) -> None:
        one_line = (self.lead.minimumSize().width() + self._gaps[0] + self.trail.sizeHint().width()
                    <= self.width())
        direction = (QBoxLayout.Direction.LeftToRight if one_line
                     else QBoxLayout.Direction.TopToBottom)
        if self.outer.direction() != direction:
            self.outer.setDirection(direction)
            self.outer.setSpacing(self._gaps[0] if one_line else self._gaps[1])
            self.outer.setAlignment(self.trail, Qt.AlignmentFlag.AlignRight if one_line
                                    else Qt.AlignmentFlag.AlignLeft)
            # its height changed: a layout caches the sizes of its widgets until they call this,
            # and Qt does it for a hidden tab's row only at the next style change (a theme switch)
            self.updateGeometry()
