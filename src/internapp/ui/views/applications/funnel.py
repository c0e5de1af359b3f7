"""The funnel: how far applications got, stage by stage, and how that differs by source, for a
chosen period. Bars are painted directly (no chart library is loaded for this)."""

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from internapp.core.clock import Clock
from internapp.core.services import funnel, stages
from internapp.core.services.errors import ValidationError
from internapp.core.store import Store
from internapp.ui import formats
from internapp.ui.i18n import QT_TRANSLATE_NOOP
from internapp.ui.models.rows_table_model import Column, RowsTableModel
from internapp.ui.theme import current_colors
from internapp.ui.widgets.application_card import stage_color
from internapp.ui.widgets.date_field import DateField
from internapp.ui.widgets.fields import ComboBox

PERIODS = [(QT_TRANSLATE_NOOP("FunnelView", "Last 30 days"), 30),
           (QT_TRANSLATE_NOOP("FunnelView", "Last 90 days"), 90),
           (QT_TRANSLATE_NOOP("FunnelView", "Last 12 months"), 365),
           (QT_TRANSLATE_NOOP("FunnelView", "All time"), None),
           (QT_TRANSLATE_NOOP("FunnelView", "Custom…"), -1)]


def percent(value: float | None) -> str:
    return "–" if value is None else formats.percent(value)


class FunnelChart(QWidget):
    """Horizontal bars, one per pipeline stage, with the count and the conversion from the
    stage before."""

    ROW = 38

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.slice: funnel.FunnelSlice | None = None
        self.colors: dict[str, str] = {}

    def set_slice(self, data: funnel.FunnelSlice, colors: dict[str, str]) -> None:
        self.slice, self.colors = data, colors
        self.setMinimumHeight(self.ROW * len(data.steps) + 12)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(600, self.ROW * (len(self.slice.steps) if self.slice else 5) + 12)

    def paintEvent(self, event) -> None:
        if not self.slice:
            return
        theme = current_colors()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(self.font())
        font.setPixelSize(13)
        painter.setFont(font)
        label_width, value_width = 130, 170
        bar_width = max(self.width() - label_width - value_width - 16, 40)
        top_count = max((s.reached for s in self.slice.steps), default=0) or 1
        for number, step in enumerate(self.slice.steps):
            y = 6 + number * self.ROW
            painter.setPen(QColor(theme.text))
            painter.drawText(QRectF(0, y, label_width - 10, self.ROW - 8),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             step.stage)
            track = QPainterPath()
            track.addRoundedRect(QRectF(label_width, y + 4, bar_width, self.ROW - 16), 6, 6)
            painter.fillPath(track, QColor(theme.alternate))
            width = bar_width * step.reached / top_count
            if width > 0:
                bar = QPainterPath()
                bar.addRoundedRect(QRectF(label_width, y + 4, max(width, 8), self.ROW - 16), 6, 6)
                painter.fillPath(bar, QColor(self.colors.get(step.stage, theme.accent)))
            text = formats.number(step.reached)
            if step.conversion is not None:
                text += "   " + self.tr("{share} of previous").format(
                    share=percent(step.conversion))
            painter.setPen(QColor(theme.muted if step.reached == 0 else theme.text))
            painter.drawText(QRectF(label_width + bar_width + 12, y, value_width, self.ROW - 8),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
        painter.end()


class FunnelView(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None, *, clock: Clock) -> None:
        super().__init__(parent)
        self._store = store
        self._clock = clock
        self.result: funnel.Funnel | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(12)
        controls = QHBoxLayout()
        controls.addWidget(QLabel(self.tr("Started in")))
        self.period = ComboBox()
        for label, days in PERIODS:
            self.period.addItem(QCoreApplication.translate("FunnelView", label), days)
        self.period.setCurrentIndex(3)
        self.period.currentIndexChanged.connect(self._period_changed)
        controls.addWidget(self.period)
        self.start_edit = DateField(clock=self._clock)
        self.end_edit = DateField(clock=self._clock)
        self.range_label = QLabel(self.tr("to"))
        for widget in (self.start_edit, self.range_label, self.end_edit):
            controls.addWidget(widget)
            widget.hide()
        self.start_edit.changed.connect(self.refresh)
        self.end_edit.changed.connect(self.refresh)
        controls.addSpacing(16)
        controls.addWidget(QLabel(self.tr("Source")))
        self.source = ComboBox()
        self.source.setMinimumWidth(160)
        self.source.currentIndexChanged.connect(lambda _i: self._show_slice())
        controls.addWidget(self.source)
        controls.addStretch(1)
        layout.addLayout(controls)

        self.summary_label = QLabel()
        self.summary_label.setObjectName("FunnelSummary")
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)
        self.chart = FunnelChart()
        layout.addWidget(self.chart)
        self.closed_label = QLabel()
        self.closed_label.setObjectName("Muted")
        layout.addWidget(self.closed_label)
        heading = QLabel(self.tr("By source or platform"))
        heading.setObjectName("SectionTitle")
        layout.addWidget(heading)
        self.table = QTableView()
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setProperty("scrollsSideways", True)  # a column per stage: as many as the board has
        layout.addWidget(self.table, 1)
        self.error_label = QLabel()
        self.error_label.setObjectName("ErrorText")
        self.error_label.hide()
        layout.addWidget(self.error_label)

    def period_bounds(self) -> tuple[date | str | None, date | str | None]:
        days = self.period.currentData()
        if days == -1:
            return self.start_edit.value() or None, self.end_edit.value() or None
        if days is None:
            return None, None
        today = self._clock.today()
        return today - timedelta(days=days - 1), today

    def refresh(self) -> None:
        start, end = self.period_bounds()
        try:
            self.result = funnel.funnel(self._store, start, end)
        except ValidationError as error:
            self.error_label.setText(str(error))
            self.error_label.show()
            return
        self.error_label.hide()
        self._colors = {s.name: stage_color(s.role, s.position)
                        for s in stages.list_stages(self._store)}
        chosen = self.source.currentText()
        self.source.blockSignals(True)
        self.source.clear()
        self.source.addItem(self.result.overall.source)
        for part in self.result.by_source:
            self.source.addItem(part.source)
        self.source.setCurrentIndex(max(self.source.findText(chosen), 0))
        self.source.blockSignals(False)
        self._show_slice()
        self._fill_table()

    def _show_slice(self) -> None:
        if self.result is None:
            return
        name = self.source.currentText()
        part = next((s for s in self.result.by_source if s.source == name), self.result.overall)
        self.chart.set_slice(part, self._colors)
        steps = part.steps
        if part.total == 0:
            self.summary_label.setText(self.tr("No applications started in this period."))
        else:
            last = steps[-1]
            self.summary_label.setText(
                self.tr("<b>%Ln</b> applications · <b>{share}</b> reached {stage}", "", part.total)
                .format(share=percent(last.share), stage=last.stage))
        closed = ", ".join(f"{stage} {formats.number(count)}" for stage, count in part.closed.items())
        self.closed_label.setText(self.tr("Closed: {stages}").format(stages=closed) if closed
                                  else self.tr("None closed"))

    def _fill_table(self) -> None:
        stage_names = [s.stage for s in self.result.overall.steps]
        columns = [Column(self.tr("Source"), lambda s: s.source),
                   Column(self.tr("Applications"), lambda s: s.total, align_right=True)]
        for position, name in enumerate(stage_names):
            if position == 0:
                continue
            columns.append(Column(
                name, lambda s, p=position: s.steps[p].reached,
                text=lambda s, p=position: f"{formats.number(s.steps[p].reached)}  "
                                           f"({percent(s.steps[p].conversion)})",
                align_right=True))
        model = RowsTableModel(columns, self.table)
        model.set_rows([self.result.overall, *self.result.by_source])
        old = self.table.model()
        self.table.setModel(model)
        if old is not None:
            old.deleteLater()
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.resizeColumnsToContents()
        for column in range(model.columnCount()):
            self.table.setColumnWidth(column, max(self.table.columnWidth(column) + 18, 90))

    def _period_changed(self, _index: int) -> None:
        custom = self.period.currentData() == -1
        for widget in (self.start_edit, self.range_label, self.end_edit):
            widget.setVisible(custom)
        self.refresh()
