"""Timeline: engagements laid out over the weeks with their deadlines and milestones, and the
hours each week asks of you underneath. Zoom weeks/months, scroll, click a bar or marker to open it.
"""

from datetime import date, timedelta
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollBar,
    QVBoxLayout,
    QWidget,
)

from internapp.context import AppContext
from internapp.core.changes import Kind
from internapp.core.clock import Clock
from internapp.core.services import timeline
from internapp.core.services.errors import ValidationError
from internapp.core.services.timeline import Timeline
from internapp.core.store import Store
from internapp.ui import formats, labels
from internapp.ui.charts.canvas import ChartCanvas
from internapp.ui.theme import current_colors
from internapp.ui.views.base import Screen, State, in_turn
from internapp.ui.views.shell import Shell
from internapp.ui.widgets.chart_alternative import ChartAlternative
from internapp.ui.widgets.empty_state import EmptyState
from internapp.ui.widgets.segmented import segmented

VISIBLE_DAYS = {"weeks": 7 * 14, "months": 7 * 40}  # how much one screenful shows


class TimelineView(Screen):
    watches = frozenset({Kind.ENGAGEMENTS, Kind.APPLICATIONS, Kind.TIME, Kind.CONTACTS})

    def __init__(self, store: Store, parent: QWidget | None = None, *, clock: Clock) -> None:
        super().__init__(
            QCoreApplication.translate("TimelineView", "Timeline"),
            QCoreApplication.translate("TimelineView", "Overlapping engagements, their deadlines, and the "
                                                       "hours each week asks of you"),
            parent)
        self._clock = clock
        self._store = store
        self.data: Timeline | None = None
        self.chart = None
        self.zoom = "weeks"
        self._build_actions()

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        chart = QWidget()  # legend, canvas and its scroll bar; the table is its text alternative
        chart_layout = QVBoxLayout(chart)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        chart_layout.setSpacing(6)
        self.legend = QLabel()
        self.legend.setObjectName("ChartLegend")
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setWordWrap(True)
        chart_layout.addWidget(self.legend)
        self.canvas = ChartCanvas()
        self.canvas.setObjectName("ChartFrame")
        chart_layout.addWidget(self.canvas, 1)
        self.chart_view = ChartAlternative(chart, [self.tr("When"), self.tr("What"),
                                                   self.tr("Title"), self.tr("Detail")],
                                           eliding=[2, 3])
        layout.addWidget(self.chart_view, 1)
        self.scrollbar = QScrollBar(Qt.Orientation.Horizontal)
        self.scrollbar.setAccessibleName(self.tr("Scroll the timeline"))
        self.scrollbar.setAccessibleDescription(self.tr("Moves the weeks shown; the mouse wheel "
                                                        "over the chart does the same"))
        self.scrollbar.valueChanged.connect(self._on_scroll)
        chart_layout.addWidget(self.scrollbar)
        self.caption = QLabel()
        self.caption.setObjectName("Muted")
        self.caption.setWordWrap(True)
        layout.addWidget(self.caption)
        empty = EmptyState(
            "timeline", self.tr("Nothing on the timeline yet"),
            self.tr("Engagements appear as bars across the weeks, with deadlines, interviews, "
                    "milestones and follow-ups marked, and the hours each week asks of you "
                    "underneath."),
            hint=self.tr("Add an engagement with a start and a due date, or an application with a "
                         "deadline, to see it here."),
        )
        self.set_pages(content, empty)

    def _build_actions(self) -> None:
        self.zoom_buttons, switch = segmented(self, [self.tr("Weeks"), self.tr("Months")])
        for button, key in zip(self.zoom_buttons.buttons(), ("weeks", "months"), strict=True):
            button.setProperty("zoom", key)
            button.setChecked(key == self.zoom)
        self.header_actions.addLayout(switch)
        self.zoom_buttons.buttonClicked.connect(lambda b: self.set_zoom(b.property("zoom")))
        self.header_actions.addSpacing(8)
        today = QPushButton(self.tr("Today"))
        today.setToolTip(self.tr("Scroll to this week"))
        today.clicked.connect(self.scroll_to_today)
        self.header_actions.addWidget(today)
        self.export_button = QPushButton(self.tr("Export…"))
        menu = QMenu(self.export_button)
        menu.addAction(self.tr("As PNG image…"), lambda: self.export_dialog(".png"))
        menu.addAction(self.tr("As SVG drawing…"), lambda: self.export_dialog(".svg"))
        self.export_button.setMenu(menu)
        self.header_actions.addWidget(self.export_button)

    # --- data ------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.data = timeline.timeline(self._store, today=self._clock.today())
        self.show_empty(self.data.is_empty)
        for index in range(self.header_actions.count()):  # nothing to zoom or export yet
            widget = self.header_actions.itemAt(index).widget()
            if widget is not None:
                widget.setVisible(not self.data.is_empty)
        if self.data.is_empty:
            return
        self.redraw()
        self.caption.setText(self._caption(self.data))
        self.chart_view.set_rows(self._rows(self.data), self._caption(self.data))

    def redraw(self) -> None:
        """Draws the chart from ``self.data`` into the canvas's figure (imports matplotlib the
        first time) and keeps the current window."""
        from internapp.ui.charts.style import chart_style
        from internapp.ui.charts.timeline_figure import draw_timeline, legend_entries

        first = not self.canvas.built
        figure = self.canvas.figure()
        if first:
            self.canvas.connect("pick_event", self._on_pick)
            self.canvas.connect("scroll_event", self._on_wheel)
            self.canvas.connect("resize_event", self._on_resize)
        style = chart_style(current_colors())
        self.chart = draw_timeline(self.data, style, figure, legend=False,
                                   dates=_axis_dates())
        # an entry never breaks inside; the lines break between entries (German labels are
        # single words: joined by &nbsp; only, the legend was one unbreakable 780 px line)
        self.legend.setText("&nbsp;&nbsp; ".join(
            f'<span style="color:{colour}">{symbol}</span>&nbsp;{label.replace(" ", "&nbsp;")}'
            for symbol, colour, label in legend_entries(style, self.data)))
        self._configure_scrollbar(keep=not first)
        self.canvas.draw()

    def _caption(self, data: Timeline) -> str:
        this_week = next((w for w in data.weeks if w.week_start <= data.today
                          <= w.week_start + timedelta(days=6)), None)
        over = [w for w in data.weeks if w.over and w.week_start >= data.today - timedelta(6)]
        parts = []
        if this_week:
            asks = self.tr("This week asks {asked} ({logged} logged, {planned} planned)").format(
                asked=formats.hours(this_week.asked_hours),
                logged=formats.hours(this_week.logged_hours),
                planned=formats.hours(this_week.planned_hours))
            if this_week.cap_hours is None:
                parts.append(self.tr("{asks}; its engagements have no weekly cap.").format(asks=asks))
            elif this_week.capped_hours is not None and \
                    abs(this_week.capped_hours - this_week.asked_hours) > 1e-6:
                parts.append(self.tr("{asks}; the capped ones ask {capped} against {cap} of weekly "
                                     "caps.").format(asks=asks,
                                                     capped=formats.hours(this_week.capped_hours),
                                                     cap=formats.hours(this_week.cap_hours)))
            else:
                parts.append(self.tr("{asks} against {cap} of weekly caps.").format(
                    asks=asks, cap=formats.hours(this_week.cap_hours)))
        if over:
            parts.append(self.tr("%n weeks ahead ask more than the caps allow, from {day}.", "",
                                 len(over)).format(day=formats.day(over[0].week_start)))
        parts.append(self.tr("Click a bar or a marker to open it; scroll with the wheel or the bar "
                             "below."))
        return " ".join(parts)

    def _rows(self, data: Timeline) -> list[list[str]]:
        """The chart as a list, by date: engagements (their span), dated things, over-asked weeks."""
        kinds = {"deadline": self.tr("Deadline"), "interview": self.tr("Interview"),
                 "milestone": self.tr("Milestone"), "follow-up": self.tr("Follow-up")}
        rows = []
        for bar in data.bars:
            hours = (formats.part_of(formats.hours(bar.logged_hours), formats.hours(bar.hours_estimate))
                     if bar.hours_estimate else formats.hours(bar.logged_hours))
            rows.append((bar.start, [f"{formats.day(bar.start)} – {formats.day(bar.end)}",
                                     self.tr("Engagement"), bar.title,
                                     f"{labels.engagement_status(bar.status)} · {hours}"]))
        for marker in data.markers:
            rows.append((marker.day, [formats.day(marker.day), kinds.get(marker.kind, marker.kind),
                                      labels.marked(marker.template, marker.values, marker.title),
                                      marker.detail + (
                                          self.tr(" (done)") if marker.done else "")]))
        for week in data.weeks:
            if week.over:
                rows.append((week.week_start, [
                    self.tr("Week of {day}").format(day=formats.day(week.week_start)),
                    self.tr("Over-asked week"),
                    self.tr("asks {asked}").format(asked=formats.hours(week.asked_hours)),
                    self.tr("caps allow {cap}").format(cap=formats.hours(week.cap_hours or 0))]))
        return [cells for _, cells in sorted(rows, key=lambda pair: pair[0])]

    def layout_states(self) -> list[State]:
        """Weeks and months, and the list."""
        weeks = in_turn(partial(self.chart_view.show_table, False), partial(self.set_zoom, "weeks"))
        return [("weeks", weeks),
                ("months", partial(self.set_zoom, "months")),
                ("list", partial(self.chart_view.show_table, True)),
                ("", weeks)]

    # --- zoom and scroll -------------------------------------------------------------------

    def set_zoom(self, zoom: str) -> None:
        self.zoom = zoom
        for button in self.zoom_buttons.buttons():
            button.setChecked(button.property("zoom") == zoom)
        if self.chart is not None:
            self._configure_scrollbar(keep=True)
            self.canvas.draw_idle()

    def _span_days(self) -> int:
        return (self.data.end - self.data.start).days + 1

    def _visible_days(self) -> int:
        return min(VISIBLE_DAYS[self.zoom], self._span_days())

    def _configure_scrollbar(self, keep: bool) -> None:
        centre = self.scrollbar.value() + self._visible_days() // 2 if keep else None
        maximum = max(0, self._span_days() - self._visible_days())
        self.scrollbar.blockSignals(True)
        self.scrollbar.setRange(0, maximum)
        self.scrollbar.setPageStep(self._visible_days())
        self.scrollbar.setSingleStep(7)
        self.scrollbar.setVisible(maximum > 0)
        if centre is None:
            centre = (self.data.today - self.data.start).days + self._visible_days() // 5
        self.scrollbar.setValue(max(0, min(maximum, centre - self._visible_days() // 2)))
        self.scrollbar.blockSignals(False)
        self._apply_window()

    def _apply_window(self) -> None:
        from internapp.ui.charts.timeline_figure import set_window

        start = self.data.start + timedelta(days=self.scrollbar.value())
        set_window(self.chart, start, start + timedelta(days=self._visible_days()), self.zoom)

    def window(self) -> tuple[date, date]:
        start = self.data.start + timedelta(days=self.scrollbar.value())
        return start, start + timedelta(days=self._visible_days())

    def _on_scroll(self, _value: int) -> None:
        if self.chart is not None:
            self._apply_window()
            self.canvas.draw_idle()

    def _on_resize(self, _event) -> None:
        """New margins, and the axis's dates spaced again for the new width."""
        from internapp.ui.charts.timeline_figure import fit_margins

        fit_margins(self.canvas.figure())
        if self.chart is not None:
            self._apply_window()

    def _on_wheel(self, event) -> None:
        step = -7 if event.button == "up" else 7
        self.scrollbar.setValue(self.scrollbar.value() + step)

    def scroll_to_today(self) -> None:
        if self.data and not self.data.is_empty:
            self.scrollbar.setValue((self.data.today - self.data.start).days
                                    - self._visible_days() // 3)

    # --- clicks and export -----------------------------------------------------------------

    def _on_pick(self, event) -> None:
        index = int(event.ind[0]) if getattr(event, "ind", None) is not None and len(event.ind) else 0
        target = self.chart.target_of(event.artist, index) if self.chart else None
        if target is not None:
            self.navigate.emit(target.screen, target.record_id)

    def export_dialog(self, suffix: str) -> None:
        kind = self.tr("PNG image (*.png)") if suffix == ".png" else self.tr("SVG drawing (*.svg)")
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export the timeline"),
                                              str(Path.home() / f"timeline{suffix}"), kind)
        if name:
            try:
                self.export(Path(name) if Path(name).suffix else Path(name + suffix))
            except (ValidationError, OSError) as error:
                QMessageBox.warning(self, self.tr("Could not export the timeline"), str(error))

    def start_transfer(self, direction: str, fmt: str) -> None:
        if direction == "export" and self.data and not self.data.is_empty:
            self.export_dialog(f".{fmt}")

    def export(self, path: Path) -> Path:
        """Saves the whole range (not only the window shown), in the light style for print."""
        from internapp.ui.charts.export import chart_format, save_figure
        from internapp.ui.charts.style import style_for
        from internapp.ui.charts.timeline_figure import draw_timeline

        chart_format(path)
        return save_figure(draw_timeline(self.data, style_for(dark=False),
                                         dates=_axis_dates()).figure, path)


def _axis_dates():
    """The chart's dates as the window writes them (``2. Nov.``, ``Dez. 2026`` in German)."""
    from internapp.ui.charts.timeline_figure import AxisDates

    return AxisDates(week=formats.day_month, month=formats.month_year)


def create_screen(context: AppContext, shell: Shell) -> TimelineView:
    return TimelineView(context.store, clock=context.clock)
