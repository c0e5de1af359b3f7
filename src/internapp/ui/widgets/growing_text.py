"""A plain-text box as tall as the text in it: a STAR story's parts are a line or a paragraph, and
a fixed three-line box showed a scroll bar under three wrapped lines."""

import math

from PySide6.QtCore import QEvent
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QPlainTextEdit, QSizePolicy, QWidget


class GrowingTextEdit(QPlainTextEdit):
    """Grows with its text, wrapped at its width, from ``min_lines`` to ``max_lines``; longer text
    scrolls inside it."""

    def __init__(self, min_lines: int = 2, max_lines: int = 6,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._min_lines, self._max_lines = min_lines, max_lines
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().documentLayout().documentSizeChanged.connect(lambda _size: self.fit())
        self.fit()

    def lines_shown(self) -> int:
        """The lines the box has room for now (its text's, within the bounds)."""
        wrapped = math.ceil(self.document().documentLayout().documentSize().height())
        return max(self._min_lines, min(self._max_lines, wrapped))

    def fit(self) -> None:
        # QPlainTextEdit counts a line as shown when it ends a pixel above the bottom margin
        text = (self.fontMetrics().lineSpacing() * self.lines_shown()
                + 2 * math.ceil(self.document().documentMargin()) + 1)
        height = text + self._chrome()
        if height != self.height() or self.minimumHeight() != height:
            self.setFixedHeight(height)

    def _chrome(self) -> int:
        """What the box draws around its text area: its frame, a stylesheet's border and
        padding. Measured once the box is laid out (the viewport sits inside all of it); before
        that, the larger of the frame and the contents margins (a stylesheet's padding shows in
        both)."""
        if self.isVisible() and self.viewport().height() > 0:
            return self.height() - self.viewport().height()
        margins = self.contentsMargins()
        return max(2 * self.frameWidth(), margins.top() + margins.bottom())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.fit()  # a theme's padding or a larger font changes the height a line needs

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit()  # narrower: more wrapped lines
