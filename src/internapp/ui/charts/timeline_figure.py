"""The timeline chart: a lane per engagement (a bar from start to due or end date, coloured by
status, its milestones on it), lanes for applications' and contacts' dates, and under it the
weekly load strip (hours logged, hours planned, the sum of the weekly caps; over-asked weeks in
the danger colour).

``draw_timeline`` is a pure function of the plain ``Timeline`` data and a ``ChartStyle``; it
returns what each clickable artist opens, so the Qt canvas can turn a click into navigation.
"""

import math
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import NamedTuple

import internapp.ui.charts.mpl  # noqa: F401  # isort: skip  # first: loads matplotlib safely
from matplotlib import dates as mdates
from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.collections import PolyCollection
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import FixedFormatter, FixedLocator, MaxNLocator

from internapp.core.durations import hours_text
from internapp.core.services.timeline import Bar, Timeline
from internapp.ui import labels
from internapp.ui.charts.style import ChartStyle
from internapp.ui.words import QT_TRANSLATE_NOOP, QCoreApplication

APPLICATIONS_LANE = "Applications"
CONTACTS_LANE = "Contacts"
TITLE_CHARS = 30
MARKER_LABELS = {"deadline": QT_TRANSLATE_NOOP("Charts", "Deadline"),
                 "interview": QT_TRANSLATE_NOOP("Charts", "Interview"),
                 "milestone": QT_TRANSLATE_NOOP("Charts", "Milestone"),
                 "follow-up": QT_TRANSLATE_NOOP("Charts", "Follow-up")}


def _marker(kind: str) -> str:
    """A marker's name in the window's language (English in the CLI's chart files)."""
    return QCoreApplication.translate("Charts", MARKER_LABELS[kind])


class AxisDates(NamedTuple):
    """How the axis writes a week's Monday and a month's first day: English by default (the
    command line's chart files), the window's locale when it passes its own (ui/formats)."""
    week: Callable[[date], str] = lambda day: day.strftime("%d %b")
    month: Callable[[date], str] = lambda day: day.strftime("%b %Y")


ENGLISH_DATES = AxisDates()


@dataclass(frozen=True)
class Target:
    screen: str
    record_id: uuid.UUID
    label: str


@dataclass
class TimelineChart:
    figure: Figure
    lanes_axes: Axes
    load_axes: Axes | None
    targets: dict[Artist, list[Target]] = field(default_factory=dict)
    dates: AxisDates = ENGLISH_DATES

    def target_of(self, artist: Artist, index: int = 0) -> Target | None:
        found = self.targets.get(artist)
        return found[min(index, len(found) - 1)] if found else None


def _short(text: str, limit: int = TITLE_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _x(day: date) -> float:
    return mdates.date2num(day)


def draw_timeline(data: Timeline, style: ChartStyle, figure: Figure | None = None, *,
                  size: tuple[float, float] | None = None, legend: bool = True,
                  dates: AxisDates = ENGLISH_DATES) -> TimelineChart:
    """Draws ``data``; into ``figure`` when given (its axes are reused when it already holds a
    timeline: re-creating axes and ticks is most of the cost of a redraw). The window shows the
    legend as Qt labels (``legend_entries``) rather than in the figure, which keeps redraws fast,
    and ``dates`` in its locale."""
    lanes = _lanes(data)
    if figure is None:
        height = size[1] if size else max(4.2, 1.0 + 0.5 * len(lanes) + 1.9)
        figure = Figure(figsize=(size[0] if size else 12, height), dpi=100)
    ax, load = _axes(figure, len(lanes))
    figure.set_facecolor(style.background)
    chart = TimelineChart(figure, ax, load, dates=dates)
    for axes in (ax, load):
        _frame(axes, style)

    row = {key: len(lanes) - 1 - i for i, (key, _) in enumerate(lanes)}  # first lane at the top
    ax.set_yticks(list(row.values()), [label for _, label in lanes], fontsize=8, color=style.text,
                  linespacing=1.35)
    ax.set_ylim(-0.7, len(lanes) - 0.3)
    stripes = [_rect(0, 1, i - 0.5, i + 0.5) for i in range(0, len(lanes), 2)]
    ax.add_collection(PolyCollection(stripes, facecolors=style.grid, alpha=0.18, linewidths=0,
                                     zorder=0, transform=ax.get_yaxis_transform()),
                      autolim=False)

    for hatched in (False, True):
        bars = [b for b in data.bars if (b.end_kind == "open") == hatched]
        if not bars:
            continue
        colours = [style.status.get(b.status, style.muted) for b in bars]
        collection = PolyCollection(
            [_rect(_x(b.start), _x(b.end + timedelta(days=1)), row[b.engagement_id] - 0.28,
                   row[b.engagement_id] + 0.28) for b in bars],
            facecolors=colours, edgecolors=colours, linewidths=0, alpha=0.92, zorder=2,
            hatch="///" if hatched else None, picker=True)
        ax.add_collection(collection, autolim=False)
        chart.targets[collection] = [Target("engagements", b.engagement_id, b.title) for b in bars]

    for kind, (shape, colour) in style.markers.items():
        found = [m for m in data.markers if m.kind == kind]
        if not found:
            continue
        xs = [_x(m.day) + 0.5 for m in found]
        ys = [row[m.engagement_id] if m.engagement_id in row else
              row[CONTACTS_LANE if m.screen == "contacts" else APPLICATIONS_LANE] for m in found]
        faces = [style.background if m.done else colour for m in found]
        points = ax.scatter(xs, ys, marker=shape, s=46, c=faces, edgecolors=colour,
                            linewidths=1.3, zorder=5, picker=6)
        chart.targets[points] = [Target(m.screen, m.record_id,
                                        f"{labels.marked(m.template, m.values, m.title)} — {m.detail}")
                                 for m in found]

    _load_strip(load, data, style)
    today = _x(data.today) + 0.5
    for axes in (ax, load):
        axes.axvline(today, color=style.accent, linewidth=1.2, linestyle=(0, (4, 3)), zorder=6)
    ax.text(today, len(lanes) - 0.3, " " + QCoreApplication.translate("Charts", "Today"),
            color=style.accent, fontsize=8, va="top",
            ha="left", fontweight="bold", zorder=7)
    figure._internapp_legend = legend
    if legend:
        _legend(ax, style, data)
    ax.tick_params(axis="x", labelbottom=False)
    fit_margins(figure)  # first: set_window spaces the dates by the axes' width
    set_window(chart, data.start, data.end + timedelta(days=1), "weeks")
    return chart


def _axes(figure: Figure, lanes: int) -> tuple[Axes, Axes]:
    ratios = [max(lanes, 2) * 0.5, 1.55]
    existing = getattr(figure, "_internapp_timeline", None)
    if existing and list(figure.axes) == list(existing):
        for axes in existing:
            for artist in [*axes.collections, *axes.patches, *axes.lines, *axes.texts]:
                artist.remove()
            if axes.get_legend():
                axes.get_legend().remove()
        existing[0].get_subplotspec().get_gridspec().set_height_ratios(ratios)
        return existing
    figure.clear()
    grid = figure.add_gridspec(2, 1, height_ratios=ratios, hspace=0.08)
    ax = figure.add_subplot(grid[0])
    load = figure.add_subplot(grid[1], sharex=ax)
    load.yaxis.set_major_locator(MaxNLocator(4, integer=True))
    figure._internapp_timeline = (ax, load)
    return ax, load


def _rect(x0: float, x1: float, y0: float, y1: float) -> list[tuple[float, float]]:
    return [(x0, y0), (x0, y1), (x1, y1), (x1, y0)]


def fit_margins(figure: Figure) -> None:
    """Margins in inches (room for the lane titles, the legend and the dates), whatever the size:
    call again after the figure is resized."""
    width, height = figure.get_figwidth(), figure.get_figheight()
    top = 0.42 if getattr(figure, "_internapp_legend", True) else 0.22
    figure.subplots_adjust(left=min(0.45, 2.15 / width), right=1 - 0.2 / width,
                           top=1 - min(0.3, top / height), bottom=min(0.3, 0.36 / height))


def _lanes(data: Timeline) -> list[tuple[object, str]]:
    lanes: list[tuple[object, str]] = []
    if any(m.screen == "applications" for m in data.markers):
        lanes.append((APPLICATIONS_LANE, QCoreApplication.translate("Charts", "Applications")))
    lanes += [(b.engagement_id, f"{_short(b.title)}\n{_bar_note(b)}") for b in data.bars]
    if any(m.screen == "contacts" for m in data.markers):
        lanes.append((CONTACTS_LANE, QCoreApplication.translate("Charts", "Contacts")))
    known = {key for key, _ in lanes}
    for m in data.markers:  # a milestone whose engagement has no bar in range
        if m.engagement_id and m.engagement_id not in known:
            lanes.append((m.engagement_id, _short(m.detail)))
            known.add(m.engagement_id)
    return lanes


def _bar_note(bar: Bar) -> str:
    hours = (QCoreApplication.translate("Charts", "{logged} of {estimate}").format(
        logged=hours_text(round(bar.logged_hours)), estimate=hours_text(bar.hours_estimate))
        if bar.hours_estimate else hours_text(round(bar.logged_hours)))
    return f"{labels.engagement_status(bar.status)} · {hours}"


def _frame(axes: Axes, style: ChartStyle) -> None:
    axes.set_facecolor(style.panel)
    for side in ("top", "right", "left"):
        axes.spines[side].set_visible(False)
    axes.spines["bottom"].set_color(style.grid)
    axes.tick_params(colors=style.muted, labelsize=8, length=0)
    axes.grid(axis="x", color=style.grid, linewidth=0.7, alpha=0.8)
    axes.set_axisbelow(True)


def _load_strip(load: Axes, data: Timeline, style: ChartStyle) -> None:
    colours = [style.danger if w.over else style.accent for w in data.weeks]
    lefts = [_x(w.week_start) + 0.5 for w in data.weeks]
    logged = [_rect(x, x + 6, 0, w.logged_hours) for x, w in zip(lefts, data.weeks, strict=True)]
    planned = [_rect(x, x + 6, w.logged_hours, w.asked_hours)
               for x, w in zip(lefts, data.weeks, strict=True)]
    load.add_collection(PolyCollection(logged, facecolors=colours, alpha=0.85, linewidths=0,
                                       zorder=2), autolim=False)
    load.add_collection(PolyCollection(planned, facecolors=colours, alpha=0.3, linewidths=0,
                                       zorder=2), autolim=False)
    if data.weeks:  # a week without any cap has no line (NaN), not a line at 0 h
        caps = [math.nan if w.cap_hours is None else w.cap_hours for w in data.weeks]
        load.step([*lefts, lefts[-1] + 7], [*caps, caps[-1]], where="post", color=style.target,
                  linewidth=1.6, zorder=3)
    top = max([w.asked_hours for w in data.weeks]
              + [w.cap_hours for w in data.weeks if w.cap_hours is not None] + [1])
    load.set_ylim(0, top * 1.25)
    for w, left in zip(data.weeks, lefts, strict=True):
        if w.over:  # clipped to the axes: a week scrolled out of view takes its label along
            load.text(left + 3, w.asked_hours + top * 0.04, hours_text(round(w.asked_hours)),
                      ha="center", va="bottom", fontsize=7, color=style.danger, fontweight="bold",
                      clip_on=True)
    load.set_ylabel(QCoreApplication.translate("Charts", "hours / week"), color=style.muted,
                    fontsize=8)
    load.tick_params(axis="y", labelsize=7.5)
    load.grid(axis="y", color=style.grid, linewidth=0.6, alpha=0.6)


def legend_entries(style: ChartStyle, data: Timeline) -> list[tuple[str, str, str]]:
    """(symbol, colour, label) for every status and marker shown, and the load strip's keys."""
    entries = [("■", style.status[s], labels.engagement_status(s))
               for s in ("planned", "active", "delivered", "paid", "cancelled")
               if any(b.status == s for b in data.bars)]
    symbols = {"v": "▼", "o": "●", "D": "◆", "s": "■"}
    kinds = {m.kind for m in data.markers}
    entries += [(symbols[shape], colour, _marker(kind))
                for kind, (shape, colour) in style.markers.items() if kind in kinds]
    return [*entries, *zip("▮▮━▮", (style.accent, _light(style.accent), style.target, style.danger),
                           _load_keys(), strict=True)]


def _load_keys() -> list[str]:
    """The load strip's keys: logged, planned, weekly caps, over-asked week."""
    return [QCoreApplication.translate("Charts", "Logged"),
            QCoreApplication.translate("Charts", "Planned"),
            QCoreApplication.translate("Charts", "Weekly caps"),
            QCoreApplication.translate("Charts", "Over-asked week")]


def _legend(ax: Axes, style: ChartStyle, data: Timeline) -> None:
    handles = [Patch(color=style.status[s], label=labels.engagement_status(s))
               for s in ("planned", "active", "delivered", "paid", "cancelled")
               if any(b.status == s for b in data.bars)]
    kinds = {m.kind for m in data.markers}
    handles += [Line2D([], [], marker=shape, linestyle="", color=colour, label=_marker(kind),
                       markersize=6) for kind, (shape, colour) in style.markers.items()
                if kind in kinds]
    logged, planned, caps, over = _load_keys()
    handles += [Patch(color=style.accent, alpha=0.85, label=logged),
                Patch(facecolor=style.accent, alpha=0.3, label=planned),
                Line2D([], [], color=style.target, linewidth=1.6, label=caps),
                Patch(color=style.danger, alpha=0.85, label=over)]
    legend = ax.legend(handles=handles, loc="lower left", bbox_to_anchor=(0, 1.0),
                       ncol=len(handles), frameon=False, fontsize=7.5, labelcolor=style.text,
                       handlelength=1.2, columnspacing=1.1, borderaxespad=0.3)
    legend.set_zorder(8)


def set_window(chart: TimelineChart, start: date, end: date, zoom: str) -> None:
    """Shows [start, end) and labels the axis by week ("weeks") or by month ("months"), its dates
    written as ``chart.dates`` writes them, every second (fourth…) one when they need the room at
    this width: call again after the figure is resized. The tick positions are computed here
    (dateutil's rrule locators cost more than the rest of a redraw)."""
    load = chart.load_axes or chart.lanes_axes
    load.set_xlim(_x(start), _x(end))
    if zoom == "months":
        days, day = [], date(start.year, start.month, 1)
        while day < end:
            if day >= start:
                days.append(day)
            day = date(day.year + day.month // 12, day.month % 12 + 1, 1)
        texts, steps, apart = [chart.dates.month(day) for day in days], MONTH_STEPS, 28
    else:
        first = start + timedelta(days=(7 - start.weekday()) % 7)
        days = [first + timedelta(weeks=n) for n in range((end - first).days // 7 + 1)]
        texts, steps, apart = [chart.dates.week(day) for day in days], WEEK_STEPS, 7
    step = _tick_step(load, (end - start).days, apart, texts, steps)
    load.xaxis.set_major_locator(FixedLocator([_x(day) for day in days[::step]]))
    load.xaxis.set_major_formatter(FixedFormatter(texts[::step]))


WEEK_STEPS = (1, 2, 4, 8, 13)
MONTH_STEPS = (1, 2, 3, 6, 12)
TICK_CHAR_EM = 0.58  # a date's character, in ems of the 8 pt labels (DejaVu Sans: 0.51–0.57)


def _tick_step(load: Axes, span_days: int, apart_days: int, texts: list[str],
               steps: tuple[int, ...]) -> int:
    """The fewest ticks skipped (of ``steps``) that leave the longest date its width and a
    quarter em either side, ticks ``apart_days`` apart (a month: 28 at least): German weeks ("12. Okt.")
    need more room than English ones ("12 Oct")."""
    if len(texts) < 2 or span_days <= 0:
        return 1
    figure = load.get_figure(root=True)
    assert figure is not None  # drawn axes belong to a figure
    em = 8 / 72 * figure.dpi
    per_day = load.get_position().width * figure.get_figwidth() * figure.dpi / span_days
    needed = (max(len(text) for text in texts) * TICK_CHAR_EM + 0.5) * em
    return next((step for step in steps if per_day * apart_days * step >= needed), steps[-1])


def _light(colour: str) -> str:
    """``colour`` at 35 % over white or black, as the planned hours are drawn (for Qt labels)."""
    from matplotlib.colors import to_rgb

    red, green, blue = to_rgb(colour)
    return "#{:02x}{:02x}{:02x}".format(*(int(255 * (0.35 * c + 0.65 * 0.6)) for c in
                                          (red, green, blue)))
