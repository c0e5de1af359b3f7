"""A table cell that draws hours logged against the estimate as a bar with its figures."""

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from internapp.ui.theme import current_colors

WARN_AT = 0.8
BAR_WIDTH, GAP, MARGIN = 90, 10, 8
BAR_ROOM = BAR_WIDTH + GAP + 2 * MARGIN  # what the bar takes beside the text (in sizeHint)


def bar_color(share: float) -> str:
    colors = current_colors()
    if share > 1:
        return colors.danger
    if share >= WARN_AT:
        return colors.warning
    return colors.accent


class ProgressDelegate(QStyledItemDelegate):
    """``share(row) -> float | None`` gives the fill; the cell's display text is drawn beside."""

    BAR = BAR_WIDTH

    def __init__(self, share, parent=None) -> None:
        super().__init__(parent)
        self._share = share

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        """Room for the bar and the figures beside it (what paint() draws)."""
        hint = super().sizeHint(option, index)
        text = option.fontMetrics.horizontalAdvance(str(index.data(Qt.ItemDataRole.DisplayRole) or ""))
        return QSize(BAR_ROOM + text, hint.height())

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        row = index.data(Qt.ItemDataRole.UserRole)
        share = self._share(row) if row is not None else None
        if share is None:
            super().paint(painter, option, index)
            return
        colors = current_colors()
        painter.save()
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, QColor(colors.accent))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = option.rect.adjusted(MARGIN, 0, -MARGIN, 0)
        bar_width = min(BAR_WIDTH, rect.width() // 2)
        track = QRectF(rect.left(), rect.center().y() - 3, bar_width, 6)
        path = QPainterPath()
        path.addRoundedRect(track, 3, 3)
        selected = option.state & QStyle.StateFlag.State_Selected
        painter.fillPath(path, QColor(colors.border))
        filled = QRectF(track.left(), track.top(), bar_width * min(share, 1.0), 6)
        if filled.width() > 0:
            fill = QPainterPath()
            fill.addRoundedRect(filled, 3, 3)
            painter.fillPath(fill, QColor(colors.accent_text if selected and share < WARN_AT
                                          else bar_color(share)))
        painter.setPen(QColor(colors.accent_text if selected else colors.text))
        painter.drawText(rect.adjusted(bar_width + GAP, 0, 0, 0),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         index.data(Qt.ItemDataRole.DisplayRole))
        painter.restore()
