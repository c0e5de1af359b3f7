"""A frameless scroll area that fits its widget to its width and scrolls only up and down: it
asks for at least the width its widget needs, so a layout gives it that instead of cutting the
widget's right edge off."""

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QStyle, QWidget


class ColumnScroll(QScrollArea):
    def __init__(self, widget: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(widget)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        inner = widget.minimumSizeHint().width() if (widget := self.widget()) is not None else 0
        return QSize(max(hint.width(), inner + bar + 2 * self.frameWidth()), hint.height())

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest:  # its widget's minimum may have changed
            self.updateGeometry()
        return handled
