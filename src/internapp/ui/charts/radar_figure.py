"""The skill radar: current levels against a target role's, on polar axes.

``draw_radar`` is a pure function of the plain ``Radar`` data (core/services/target_roles.py) and a
``ChartStyle``: it draws into a matplotlib Figure (a new one, or the canvas's own, cleared), with no
Qt involved, so it is tested without a window and the CLI exports it headless.
"""

import math
import textwrap

import internapp.ui.charts.mpl  # noqa: F401  # isort: skip  # first: loads matplotlib safely
from matplotlib.figure import Figure

from internapp.core.services.skill_levels import MAX_LEVEL
from internapp.core.services.target_roles import Radar
from internapp.ui.charts.style import ChartStyle
from internapp.ui.words import QCoreApplication

LABEL_WIDTH = 16  # characters per line of an axis label


def draw_radar(radar: Radar, style: ChartStyle, figure: Figure | None = None,
               *, title: bool = False) -> Figure:
    figure = figure if figure is not None else Figure(figsize=(6.4, 6.0), dpi=100)
    ax = _axes(figure)
    figure.set_facecolor(style.background)
    ax.set_facecolor(style.panel)
    axes = radar.axes
    count = len(axes)
    ax.set_theta_offset(math.pi / 2)  # the first skill at the top, the others clockwise
    ax.set_theta_direction(-1)
    angles = [2 * math.pi * i / count for i in range(count)]
    closed = [*angles, angles[0]] if angles else []

    def ring(values: list[float]) -> list[float]:
        return [*values, values[0]] if values else []

    target = ring([a.target for a in axes])
    current = ring([a.current for a in axes])
    ax.plot(closed, target, color=style.target, linewidth=1.8, linestyle=(0, (5, 3)),
            label=QCoreApplication.translate("Charts", "Target: {role}").format(role=radar.target),
            zorder=3)
    ax.fill(closed, current, color=style.accent, alpha=0.28, zorder=2)
    ax.plot(closed, current, color=style.accent, linewidth=2.2,
            label=QCoreApplication.translate("Charts", "You now"), zorder=4)
    ax.scatter(angles, [a.current for a in axes], s=26, color=style.accent, zorder=5)
    gap_angles = [angle for angle, a in zip(angles, axes, strict=True) if a.gap > 0]
    ax.scatter(gap_angles, [a.target for a in axes if a.gap > 0], s=22, marker="o",
               facecolor=style.background, edgecolor=style.target, linewidth=1.5, zorder=5)

    ax.set_ylim(0, MAX_LEVEL)
    ax.set_yticks([1, 2, 3, 4, 5])
    ax.set_yticklabels(["1", "2", "3", "4", "5"], color=style.muted, fontsize=7.5)
    ax.set_rlabel_position(180 / max(count, 1))
    ax.set_xticks(angles)
    ax.set_xticklabels([textwrap.fill(a.skill, LABEL_WIDTH) for a in axes], color=style.text,
                       fontsize=8.5)
    ax.tick_params(axis="x", pad=10)
    ax.grid(color=style.grid, linewidth=0.8)
    ax.spines["polar"].set_color(style.grid)
    legend = ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.07), ncol=2, frameon=False,
                       fontsize=9, labelcolor=style.text)
    legend.set_zorder(6)
    if figure._suptitle is not None:
        figure._suptitle.set_text("")
    if title:
        figure.suptitle(QCoreApplication.translate("Charts", "Skills against {role}").format(
            role=radar.target), color=style.text, fontsize=12, fontweight="bold")
    # the layout engine makes room for the axis labels at the sides, the legend and the title at
    # whatever size the figure is drawn (fixed margins cut "Systems Analysis" on a small canvas)
    figure.set_layout_engine("constrained", w_pad=0.08, h_pad=0.06)
    return figure


def _axes(figure: Figure):
    """The figure's polar axes, emptied; created on first use (creating axes is the slow part of
    a redraw, so a redraw into the same figure reuses them)."""
    existing = getattr(figure, "_internapp_radar", None)
    if existing is not None and list(figure.axes) == [existing]:
        for artist in [*existing.collections, *existing.patches, *existing.lines,
                       *existing.texts]:
            artist.remove()
        if existing.get_legend():
            existing.get_legend().remove()
        return existing
    figure.clear()
    ax = figure.add_subplot(projection="polar")
    figure._internapp_radar = ax
    return ax
