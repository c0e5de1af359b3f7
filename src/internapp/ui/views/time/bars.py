"""A table cell drawn as a bar: a share (0–1) as a rounded bar with its percentage, coloured by
how it stands (accent; warning from 80 %; danger from 100 % when ``levels`` is on); and short
tables sized to their rows."""

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTableView

from internapp.ui import formats
from internapp.ui.theme import current_colors

SHARE_ROLE = Qt.ItemDataRole.UserRole + 1


class BarDelegate(QStyledItemDelegate):
    def __init__(self, parent=None, *, levels: bool = False, label_width: int = 48) -> None:
        super().__init__(parent)
        self._levels = levels
        self._label_width = label_width

    MIN_BAR = 60

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        """Room for a bar of at least MIN_BAR and its percentage (what paint() draws)."""
        hint = super().sizeHint(option, index)
        if index.data(SHARE_ROLE) is None:
            return hint
        return QSize(8 + self.MIN_BAR + 8 + self._label_width + 6, hint.height())

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        share = index.data(SHARE_ROLE)
        if share is None:
            super().paint(painter, option, index)
            return
        colors = current_colors()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.highlight())
        rect = QRectF(option.rect).adjusted(8, 0, -8 - self._label_width, 0)
        bar = QRectF(rect.left(), rect.center().y() - 4, rect.width(), 8)
        track = QColor(colors.border)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(track)
        painter.drawRoundedRect(bar, 4, 4)
        colour = colors.accent
        if self._levels and share >= 1:
            colour = colors.danger
        elif self._levels and share >= 0.8:
            colour = colors.warning
        painter.setBrush(QColor(colour))
        filled = QRectF(bar.left(), bar.top(), bar.width() * max(0.0, min(share, 1.0)), 8)
        if filled.width() > 0:
            painter.drawRoundedRect(filled, 4, 4)
        painter.setPen(QColor(colors.text if not option.state & QStyle.StateFlag.State_Selected
                              else colors.accent_text))
        label = QRectF(option.rect.right() - self._label_width - 6, option.rect.top(),
                       self._label_width, option.rect.height())
        painter.drawText(label, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                         formats.percent(share))
        painter.restore()


def fit_height(table: QTableView, most_rows: int = 14) -> None:
    """Makes a short table exactly as tall as its rows (no empty block under them); a long one
    shows ``most_rows`` and scrolls."""
    rows = min(table.model().rowCount(), most_rows)
    header = table.horizontalHeader()
    table.ensurePolished()
    header.ensurePolished()  # a hidden header has not taken the stylesheet's padding yet
    height = header.sizeHint().height() if not header.isHidden() else 0
    height += sum(table.rowHeight(row) for row in range(rows)) + 2 * table.frameWidth() + 2
    table.setFixedHeight(max(height, header.sizeHint().height() + 40))
