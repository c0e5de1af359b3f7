"""A word-wrapped label that keeps its minimum height equal to the height its text needs at its
current width. A scroll area does not lay out by height-for-width, so in a scrolled pane plain
wrapped labels get less height than their text needs and squeeze everything around them."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget


class WrappedLabel(QLabel):
    def __init__(self, text: str = "", parent: QWidget | None = None, *,
                 rich: bool = False) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)
        if rich:
            self.setTextFormat(Qt.TextFormat.RichText)

    def setText(self, text: str) -> None:
        super().setText(text)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        needed = self.heightForWidth(max(self.width(), 1))
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)
