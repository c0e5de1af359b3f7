import matplotlib
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from internapp.core.services.target_roles import Axis, Radar
from internapp.ui.charts.radar_figure import draw_radar
from internapp.ui.charts.style import style_for

RADAR = Radar("Data analyst", None, [Axis("Mathematics", 2.3, 4, 1.7), Axis("Writing", 3.8, 3, 0),
                                     Axis("Programming", 0, 3, 3), Axis("Critical Thinking", 1.8,
                                                                         4, 2.2)],
              gaps=[])


def test_the_radar_is_drawn_from_plain_data_without_a_window():
    figure = draw_radar(RADAR, style_for(dark=False), title=True)
    [ax] = figure.axes
    assert ax.name == "polar"
    assert [t.get_text() for t in ax.get_xticklabels()] == ["Mathematics", "Writing",
                                                            "Programming", "Critical\nThinking"]
    target, current = (line for line in ax.get_lines() if line.get_label() in
                       ("Target: Data analyst", "You now"))
    assert list(target.get_ydata()) == [4, 3, 3, 4, 4]  # closed ring
    assert list(current.get_ydata()) == [2.3, 3.8, 0, 1.8, 2.3]
    assert ax.get_ylim() == (0, 5)
    assert figure._suptitle.get_text() == "Skills against Data analyst"
    FigureCanvasAgg(figure).draw()  # renders without error


def test_redrawing_into_the_same_figure_replaces_it_and_follows_the_theme():
    dark = style_for(dark=True)
    figure = draw_radar(RADAR, style_for(dark=False))
    again = draw_radar(RADAR, dark, figure)
    assert again is figure and len(figure.axes) == 1
    assert matplotlib.colors.to_hex(figure.get_facecolor()) == dark.background


LONG = Radar("Data analyst", None,
             [Axis(name, 2, 4, 2) for name in ("Systems Analysis", "Judgment and Decision Making",
                                               "Reading Comprehension", "Critical Thinking",
                                               "Active Learning", "Programming", "Mathematics",
                                               "Writing")], gaps=[])


@pytest.mark.parametrize("size", [(3.4, 3.6), (4.6, 4.2), (8.0, 6.0)])
def test_axis_labels_are_never_cut_at_the_figure_edge(size):
    """Issue 12: "ystems Analysis" — a label at the side of a small radar ran off the figure."""
    figure = Figure(figsize=size, dpi=100)
    FigureCanvasAgg(figure)
    draw_radar(LONG, style_for(dark=False), figure)
    figure.canvas.draw()
    renderer = figure.canvas.get_renderer()
    box = figure.bbox
    [ax] = figure.axes
    for label in ax.get_xticklabels():
        extent = label.get_window_extent(renderer)
        assert (extent.x0 >= box.x0 - 0.5 and extent.x1 <= box.x1 + 0.5
                and extent.y0 >= box.y0 - 0.5 and extent.y1 <= box.y1 + 0.5), label.get_text()


def test_the_radar_in_german(german):
    figure = draw_radar(RADAR, style_for(dark=False), title=True)
    [ax] = figure.axes
    assert {line.get_label() for line in ax.get_lines()} >= {"Ziel: Data analyst", "Sie jetzt"}
    assert figure._suptitle.get_text() == "Kompetenzen gegenüber Data analyst"
