"""A row in a list of things to act on: a coloured tag, a title, a detail line, and a note on the
right. Clicking it (or Enter/Space when focused) emits ``activated``."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

TAG_WIDTH = 78  # the tags of a list line up; a longer tag (other languages) widens them all


class ItemRow(QFrame):
    activated = Signal()

    def __init__(self, tag: str, tag_color: str, title: str, detail: str = "", note: str = "",
                 note_color: str | None = None, tooltip: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ItemRow")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setProperty("activatable", True)  # a control: Enter or Space opens it
        self.setToolTip(tooltip or self.tr("Open"))
        # what a screen reader says: the row as a sighted person reads it, tag first
        self.setAccessibleName(" · ".join(part for part in (tag, title, note) if part))
        self.setAccessibleDescription(detail or self.tr("Press Enter to open it"))
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 7, 12, 7)
        row.setSpacing(10)
        self.tag_label = QLabel(tag)
        self.tag_label.setObjectName("ItemTag")
        self.tag_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.tag_label.setFixedWidth(TAG_WIDTH)
        self.tag_label.setStyleSheet(f"color: {tag_color}; border: 1px solid {tag_color};")
        row.addWidget(self.tag_label, 0, Qt.AlignmentFlag.AlignVCenter)
        texts = QVBoxLayout()
        texts.setSpacing(1)
        self.title_label = QLabel(title)
        self.title_label.setObjectName("ItemTitle")
        self.title_label.setWordWrap(True)
        texts.addWidget(self.title_label)
        self.detail_label = QLabel(detail)
        self.detail_label.setObjectName("ItemDetail")
        self.detail_label.setWordWrap(True)
        self.detail_label.setVisible(bool(detail))
        texts.addWidget(self.detail_label)
        row.addLayout(texts, 1)
        self.note_label = QLabel(note)
        self.note_label.setObjectName("ItemNote")
        if note_color:
            self.note_label.setStyleSheet(f"color: {note_color};")
        self.note_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.note_label)

    def tag_needs(self) -> int:
        """The width the tag's text needs, with the stylesheet's padding and border."""
        self.tag_label.ensurePolished()
        return self.tag_label.sizeHint().width()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        inside = self.rect().contains(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and inside:
            self.activated.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit()
            return
        super().keyPressEvent(event)
