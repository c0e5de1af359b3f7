"""A contact's interactions as a timeline: a channel pill, when, the summary, and any follow-up."""

from datetime import date

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QAbstractItemView, QListView, QStyle, QStyledItemDelegate, QWidget

from internapp.core.models import Interaction
from internapp.ui import formats, labels
from internapp.ui.theme import current_colors

Index = QModelIndex | QPersistentModelIndex
PAD = 12
SUMMARY_LINES = 4


def when_text(interaction: Interaction) -> str:
    """``Thu 8 Oct 2026 · 14:00`` in the window's language."""
    local = interaction.at.astimezone()
    return f"{formats.day_of_year(local.date())} · {formats.clock(local)}"


def follow_up_text(interaction: Interaction, today: date) -> tuple[str, str] | None:
    """(text, colour name) for the follow-up line, or None."""
    day = interaction.follow_up_on
    if day is None:
        return None
    translate = QCoreApplication.translate
    if interaction.follow_up_done:
        return translate("InteractionTimeline", "Followed up (planned {day})").format(
            day=formats.short_date(day)), "muted"
    if day < today:  # says "overdue" in words, not only in red
        return translate("InteractionTimeline", "Follow up — %n days overdue ({day})", "",
                         (today - day).days).format(day=formats.day(day)), "danger"
    if day == today:
        return translate("InteractionTimeline", "Follow up today"), "warning"
    return translate("InteractionTimeline", "Follow up by {day}").format(
        day=formats.day(day)), "accent"


class InteractionListModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._items: list[Interaction] = []

    def set_items(self, items: list[Interaction]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def item(self, row: int) -> Interaction:
        return self._items[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("{channel}: {summary}").format(channel=labels.channel(item.channel),
                                                          summary=item.summary)
        if role == Qt.ItemDataRole.UserRole:
            return item
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.summary or None
        return None


class InteractionDelegate(QStyledItemDelegate):
    def __init__(self, today: date, parent=None) -> None:
        super().__init__(parent)
        self.today = today

    def _fonts(self, option) -> tuple[QFont, QFont]:
        small = QFont(option.font)
        small.setPointSizeF(max(7.0, option.font.pointSizeF() - 1))
        bold = QFont(small)
        bold.setBold(True)
        return small, bold

    def _summary_rect(self, width: int, option) -> tuple[QRect, int]:
        metrics = QFontMetrics(option.font)
        text = option.index.data(Qt.ItemDataRole.UserRole).summary or QCoreApplication.translate(
            "InteractionTimeline", "(no summary)")
        bound = metrics.boundingRect(QRect(0, 0, max(50, width - 2 * PAD), 10_000),
                                     int(Qt.TextFlag.TextWordWrap), text)
        return bound, min(bound.height(), metrics.lineSpacing() * SUMMARY_LINES)

    def sizeHint(self, option, index: Index) -> QSize:
        self.initStyleOption(option, index)
        option.index = index
        width = option.rect.width() or 400
        _, summary_height = self._summary_rect(width, option)
        item = index.data(Qt.ItemDataRole.UserRole)
        line = QFontMetrics(option.font).lineSpacing()
        extra = line + 4 if item.follow_up_on else 0
        return QSize(width, PAD + line + 6 + summary_height + extra + PAD)

    def paint(self, painter: QPainter, option, index: Index) -> None:
        colors = current_colors()
        item: Interaction = index.data(Qt.ItemDataRole.UserRole)
        painter.save()
        rect = option.rect.adjusted(0, 0, 0, -1)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.fillRect(rect, QColor(colors.alternate if selected else colors.base))
        painter.setPen(QPen(QColor(colors.border)))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        if selected:
            painter.fillRect(QRect(rect.left(), rect.top(), 3, rect.height()), QColor(colors.accent))
        small, bold = self._fonts(option)
        line = QFontMetrics(option.font).lineSpacing()
        top = rect.top() + PAD
        # the channel as a pill
        label = labels.channel(item.channel)
        painter.setFont(bold)
        pill_width = QFontMetrics(bold).horizontalAdvance(label) + 16
        pill = QRect(rect.left() + PAD, top, pill_width, line)
        painter.setPen(Qt.PenStyle.NoPen)
        accent = QColor(colors.accent)
        accent.setAlpha(40)
        painter.setBrush(accent)
        painter.drawRoundedRect(pill, line / 2, line / 2)
        painter.setPen(QColor(colors.accent if not selected else colors.text))
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, label)
        painter.setFont(small)
        painter.setPen(QColor(colors.muted))
        painter.drawText(QRect(pill.right() + 10, top, rect.width() - pill_width - 3 * PAD, line),
                         int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                         when_text(item))
        # the summary, wrapped to a few lines
        option.index = index
        _, height = self._summary_rect(rect.width(), option)
        painter.setFont(option.font)
        painter.setPen(QColor(colors.text if item.summary else colors.muted))
        summary_rect = QRect(rect.left() + PAD, top + line + 6, rect.width() - 2 * PAD, height)
        text = item.summary or self.tr("(no summary)")
        metrics = QFontMetrics(option.font)
        if metrics.boundingRect(QRect(0, 0, summary_rect.width(), 10_000),
                                int(Qt.TextFlag.TextWordWrap), text).height() > height:
            text = metrics.elidedText(text.replace("\n", " "), Qt.TextElideMode.ElideRight,
                                      summary_rect.width() * SUMMARY_LINES - 40)
        painter.drawText(summary_rect, int(Qt.TextFlag.TextWordWrap), text)
        follow = follow_up_text(item, self.today)
        if follow:
            painter.setFont(bold)
            painter.setPen(QColor(getattr(colors, follow[1])))
            painter.drawText(QRect(rect.left() + PAD, summary_rect.bottom() + 4,
                                   rect.width() - 2 * PAD, line),
                             int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                             "↻  " + follow[0])
        painter.restore()


class InteractionTimeline(QListView):
    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Timeline")
        self.timeline_model = InteractionListModel(self)
        self.setModel(self.timeline_model)
        self.delegate = InteractionDelegate(today, self)
        self.setItemDelegate(self.delegate)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(False)
        self.setWordWrap(True)

    def set_interactions(self, items: list[Interaction], today: date) -> None:
        self.delegate.today = today
        self.timeline_model.set_items(items)

    def selected(self) -> Interaction | None:
        rows = self.selectionModel().selectedRows()
        return self.timeline_model.item(rows[0].row()) if rows else None
