"""How an application looks on the board: a card painted by a delegate (no widget per card, so a
column of thousands costs only the visible ones).

A card shows the organization's initial in a coloured tile, the organization, the role (two
lines), and a footer: the deadline (amber when close, red when past), how long it has waited
for a reply since it was sent, the engagement it became, and the source.
"""

import zlib
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPen, QTextLayout
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from internapp.core.models import StageRole
from internapp.core.services.applications import ApplicationRow
from internapp.ui import formats
from internapp.ui.theme import current_colors

CARD_HEIGHT = 96
GAP = 8
NO_REPLY_DAYS = 14  # an application waiting this long in Applied is flagged

ROLE_COLORS = {
    StageRole.SAVED: "#64748b", StageRole.APPLIED: "#3b82f6",
    StageRole.INTERVIEWING: "#8b5cf6", StageRole.OFFER: "#f59e0b",
    StageRole.ACCEPTED: "#10b981", StageRole.REJECTED: "#ef4444",
    StageRole.WITHDRAWN: "#94a3b8", StageRole.GHOSTED: "#78716c",
}
EXTRA_COLORS = ["#06b6d4", "#ec4899", "#84cc16", "#f97316", "#14b8a6", "#a855f7"]
# white initials on each keep WCAG AA (4.5:1): tests/ui/test_palette.py
TILE_COLORS = ["#4f46e5", "#0e7490", "#047857", "#b45309", "#b91c1c", "#7c3aed", "#be185d",
               "#2563eb", "#4d7c0f", "#c2410c", "#0f766e", "#9333ea"]


def stage_color(role: str | None, position: int) -> str:
    return ROLE_COLORS.get(role) or EXTRA_COLORS[position % len(EXTRA_COLORS)]


def tile_color(name: str) -> str:
    return TILE_COLORS[zlib.crc32(name.casefold().encode()) % len(TILE_COLORS)]


def initials(name: str) -> str:
    letters = [w[0] for w in name.split() if w[:1].isalnum()]
    return "".join(letters[:2]).upper() or "?"


@dataclass(frozen=True)
class Badge:
    text: str
    tone: str  # "muted", "warning", "danger", "success"


def badges(row: ApplicationRow, stage_role: str | None, closed: bool, today: date) -> list[Badge]:
    """The footer of a card, most urgent first."""
    found = []
    if row.deadline and not closed and stage_role != StageRole.ACCEPTED:
        days = (row.deadline - today).days
        if days < 0:
            text = QCoreApplication.translate("ApplicationCard", "Overdue {days} d")
            found.append(Badge(text.format(days=-days), "danger"))
        elif days == 0:
            found.append(Badge(QCoreApplication.translate("ApplicationCard", "Due today"),
                               "danger"))
        elif days <= 3:
            text = QCoreApplication.translate("ApplicationCard", "Due in {days} d")
            found.append(Badge(text.format(days=days), "warning"))
        else:
            text = QCoreApplication.translate("ApplicationCard", "Due {day}")
            found.append(Badge(text.format(day=formats.day_month(row.deadline)), "muted"))
    waited = row.days_without_reply(today)
    if stage_role == StageRole.APPLIED and waited is not None:
        if waited >= NO_REPLY_DAYS:
            text = QCoreApplication.translate("ApplicationCard", "No reply {days} d")
            found.append(Badge(text.format(days=waited), "warning"))
        elif waited:
            text = QCoreApplication.translate("ApplicationCard", "Sent {days} d ago")
            found.append(Badge(text.format(days=waited), "muted"))
        else:
            found.append(Badge(QCoreApplication.translate("ApplicationCard", "Sent today"),
                               "muted"))
    if row.engagement_id:
        found.append(Badge(QCoreApplication.translate("ApplicationCard", "✓ Engagement"),
                           "success"))
    return found


class CardDelegate(QStyledItemDelegate):
    def __init__(self, stage_role: str | None, closed: bool, today: date, parent=None) -> None:
        super().__init__(parent)
        self.stage_role = stage_role
        self.closed = closed
        self.today = today  # what deadlines and waiting count from (the board keeps it current)
        self._fonts: tuple[str, dict] | None = None

    def fonts(self, base: QFont) -> dict:
        """The card's fonts and metrics, made once per base font (painting is per card)."""
        if self._fonts is None or self._fonts[0] != base.key():
            made = {}
            for name, size, weight in (("tile", 12, QFont.Weight.Bold),
                                       ("org", 11, QFont.Weight.DemiBold),
                                       ("role", 13, QFont.Weight.DemiBold),
                                       ("footer", 11, QFont.Weight.Normal)):
                font = QFont(base)
                font.setPixelSize(size)
                font.setWeight(weight)
                made[name] = (font, QFontMetrics(font))
            self._fonts = (base.key(), made)
        return self._fonts[1]

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        return QSize(max(option.rect.width(), 200), CARD_HEIGHT + GAP)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        row: ApplicationRow = index.data(Qt.ItemDataRole.UserRole)
        if row is None:
            return
        colors = current_colors()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = QRectF(option.rect.adjusted(2, GAP // 2, -2, -GAP // 2))
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        path = QPainterPath()
        path.addRoundedRect(card.adjusted(0.5, 0.5, -0.5, -0.5), 8, 8)
        painter.fillPath(path, QColor(colors.base))
        border = QColor(colors.accent if selected or focused else colors.border)
        if hovered and not selected:
            border = QColor(colors.muted)
        painter.setPen(QPen(border, 2 if selected else 1))
        painter.drawPath(path)

        inner = card.toRect().adjusted(12, 10, -12, -10)
        tile = QRect(inner.left(), inner.top(), 30, 30)
        tile_path = QPainterPath()
        tile_path.addRoundedRect(QRectF(tile), 7, 7)
        painter.fillPath(tile_path, QColor(tile_color(row.organization)))
        fonts = self.fonts(option.font)
        painter.setFont(fonts["tile"][0])
        painter.setPen(QColor("#ffffff"))
        painter.drawText(tile, Qt.AlignmentFlag.AlignCenter, initials(row.organization))

        text_left = tile.right() + 10
        text_width = inner.right() - text_left
        org_font, metrics = fonts["org"]
        painter.setFont(org_font)
        painter.setPen(QColor(colors.muted))
        painter.drawText(QRect(text_left, inner.top(), text_width, metrics.height()),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         metrics.elidedText(row.organization, Qt.TextElideMode.ElideRight,
                                            text_width))
        role_font, role_metrics = fonts["role"]
        painter.setFont(role_font)
        painter.setPen(QColor(colors.text))
        _draw_lines(painter, row.role, role_font, role_metrics, text_left,
                    inner.top() + metrics.height() + 2, text_width, max_lines=2)

        footer_font, footer_metrics = fonts["footer"]
        painter.setFont(footer_font)
        y = inner.bottom() - footer_metrics.height() + 1
        x = inner.left()
        tones = {"muted": colors.muted, "warning": colors.warning, "danger": colors.danger,
                 "success": colors.success}
        for badge in badges(row, self.stage_role, self.closed, self.today):
            width = footer_metrics.horizontalAdvance(badge.text)
            if x + width > inner.right():
                break
            painter.setPen(QColor(tones[badge.tone]))
            painter.drawText(QRect(x, y, width + 1, footer_metrics.height()),
                             Qt.AlignmentFlag.AlignLeft, badge.text)
            x += width + 12
        if row.source and x < inner.right() - 40:
            painter.setPen(QColor(colors.muted))
            source = footer_metrics.elidedText(row.source, Qt.TextElideMode.ElideRight,
                                               inner.right() - x)
            painter.drawText(QRect(x, y, inner.right() - x, footer_metrics.height()),
                             Qt.AlignmentFlag.AlignRight, source)
        painter.restore()


def _draw_lines(painter: QPainter, text: str, font: QFont, metrics: QFontMetrics, left: int,
                top: int, width: int, max_lines: int) -> None:
    """Wraps ``text`` to ``width`` on at most ``max_lines`` lines, eliding the last."""
    if metrics.horizontalAdvance(text) <= width:  # the common case: one line, no layout
        painter.drawText(QRect(left, top, width, metrics.height()),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
        return
    layout = QTextLayout(text, font)
    layout.beginLayout()
    lines = []
    while len(lines) < max_lines:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        lines.append((line.textStart(), line.textLength()))
    layout.endLayout()
    for number, (start, length) in enumerate(lines):
        chunk = text[start:start + length].rstrip()
        if number == len(lines) - 1 and start + length < len(text):
            chunk = metrics.elidedText(text[start:], Qt.TextElideMode.ElideRight, width)
        painter.drawText(QRect(left, top + number * (metrics.height() + 1), width,
                               metrics.height()),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, chunk)
