import uuid
from datetime import date, timedelta
from itertools import pairwise

import pytest
from matplotlib import dates as mdates
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.collections import PolyCollection

from internapp.core.services.timeline import Bar, Marker, Timeline, WeekLoad
from internapp.ui.charts.style import style_for
from internapp.ui.charts.timeline_figure import draw_timeline, set_window

MON = date(2026, 11, 2)
A, B, APP = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
DATA = Timeline(
    today=date(2026, 11, 12), start=MON, end=MON + timedelta(days=27),
    bars=[Bar(A, "Dashboard", "Acme", "active", MON, date(2026, 11, 20), "due", 20, 8, 6),
          Bar(B, "Audit", None, "paid", date(2026, 11, 3), date(2026, 11, 10), "ended", 5, 5, 4)],
    markers=[Marker("deadline", date(2026, 11, 18), "Analyst", "Beta", "applications", APP),
             Marker("milestone", date(2026, 11, 16), "Draft", "Dashboard", "engagements", A, A)],
    weeks=[WeekLoad(MON, 9, 0, 10), WeekLoad(MON + timedelta(7), 4, 8, 6),
           WeekLoad(MON + timedelta(14), 0, 5, 6), WeekLoad(MON + timedelta(21), 0, 0, 0)],
)


def test_bars_markers_and_the_load_strip_come_from_the_data():
    chart = draw_timeline(DATA, style_for(dark=False))
    labels = [t.get_text() for t in chart.lanes_axes.get_yticklabels()]
    assert labels == ["Applications", "Dashboard\nActive · 8 h of 20 h", "Audit\nPaid · 5 h of 5 h"]
    targets = {t.screen: t.record_id for found in chart.targets.values() for t in found}
    assert targets == {"engagements": A, "applications": APP}
    [bars] = [a for a in chart.targets if isinstance(a, PolyCollection)]
    assert [t.label for t in chart.targets[bars]] == ["Dashboard", "Audit"]
    xs = bars.get_paths()[0].vertices[:, 0]
    assert mdates.num2date(xs.min()).date() == MON
    assert xs.max() - xs.min() == pytest.approx(19)  # through the due day
    logged = chart.load_axes.collections[0]
    heights = [p.vertices[:, 1].max() for p in logged.get_paths()]
    assert heights == [9, 4, 0, 0]
    danger = tuple(int(style_for(False).danger[i:i + 2], 16) / 255 for i in (1, 3, 5))
    assert tuple(logged.get_facecolors()[1][:3]) == pytest.approx(danger)  # 4 + 8 > 6: over
    assert tuple(logged.get_facecolors()[0][:3]) != pytest.approx(danger)  # 9 < 10
    FigureCanvasAgg(chart.figure).draw()


def test_redrawing_into_the_same_figure_reuses_its_axes():
    chart = draw_timeline(DATA, style_for(dark=False))
    again = draw_timeline(DATA, style_for(dark=True), chart.figure, legend=False)
    assert (again.lanes_axes, again.load_axes) == (chart.lanes_axes, chart.load_axes)
    assert len(chart.figure.axes) == 2 and again.lanes_axes.get_legend() is None
    assert len(again.lanes_axes.collections) == len(chart.lanes_axes.collections)


def test_a_click_target_per_marker_and_the_window_by_zoom():
    chart = draw_timeline(DATA, style_for(dark=True))
    scatter = next(a for a, found in chart.targets.items() if found[0].screen == "applications")
    assert chart.target_of(scatter, 0).record_id == APP
    set_window(chart, MON, MON + timedelta(days=14), "weeks")
    assert chart.load_axes.get_xlim() == (mdates.date2num(MON),
                                          mdates.date2num(MON + timedelta(days=14)))
    set_window(chart, MON, MON + timedelta(days=90), "months")
    FigureCanvasAgg(chart.figure).draw()
    assert next(t.get_text() for t in chart.load_axes.get_xticklabels() if t.get_text()) == "Dec 2026"


# --- issue 12 -------------------------------------------------------------------------------

UNCAPPED = Timeline(
    today=date(2026, 11, 12), start=MON, end=MON + timedelta(days=20),
    bars=[Bar(A, "Open-ended", None, "active", MON, date(2026, 11, 22), "due", 30, 4, None)],
    markers=[],
    weeks=[WeekLoad(MON, 4, 3, None), WeekLoad(MON + timedelta(7), 0, 7, None),
           WeekLoad(MON + timedelta(14), 0, 7, None)],
)


def test_weeks_without_a_cap_are_not_drawn_as_over_a_cap_of_zero():
    chart = draw_timeline(UNCAPPED, style_for(dark=False))
    danger = tuple(int(style_for(False).danger[i:i + 2], 16) / 255 for i in (1, 3, 5))
    logged = chart.load_axes.collections[0]
    assert all(tuple(c[:3]) != pytest.approx(danger) for c in logged.get_facecolors())
    assert list(chart.load_axes.texts) == []  # no "7 h" over-cap labels
    cap_lines = [line for line in chart.load_axes.lines if line.get_linestyle() == "-"
                 and line.get_xdata().size > 1]
    assert all(not any(y == y for y in line.get_ydata()) for line in cap_lines)  # only NaN: no line


def test_the_over_cap_label_of_a_week_scrolled_out_of_view_is_clipped():
    chart = draw_timeline(DATA, style_for(dark=False))
    labels = chart.load_axes.texts
    assert labels, "the over-asked week has its label"
    set_window(chart, MON + timedelta(days=14), MON + timedelta(days=28), "weeks")
    FigureCanvasAgg(chart.figure).draw()
    for label in labels:
        assert label.get_clip_on() and label.get_clip_box() is not None


def test_the_timeline_in_german(german):
    from internapp.ui.charts.timeline_figure import legend_entries

    chart = draw_timeline(DATA, style_for(dark=False))
    labels = [t.get_text() for t in chart.lanes_axes.get_yticklabels()]
    assert labels == ["Bewerbungen", "Dashboard\nAktiv · 8 h von 20 h",
                      "Audit\nBezahlt · 5 h von 5 h"]
    assert chart.load_axes.get_ylabel() == "Stunden / Woche"
    keys = [label for _, _, label in legend_entries(style_for(dark=False), DATA)]
    assert keys == ["Aktiv", "Bezahlt", "Frist", "Meilenstein", "Erfasst", "Geplant",
                    "Wochenlimits", "Überlastete Woche"]


@pytest.mark.parametrize("width", [7.7, 9.2, 12.0])  # the canvas at 900 px, at 1280 px; a file
@pytest.mark.parametrize("dates", ["english", "german"])
def test_the_axis_dates_never_run_into_each_other(request, width, dates):
    """Seen under Xvfb: German weeks ("12. Okt.", two characters longer than "12 Oct") ran
    into each other at 1280×800, and English ones touched at 900×600: fewer ticks when the
    labels need the room."""
    from internapp.ui import formats
    from internapp.ui.charts.timeline_figure import ENGLISH_DATES, AxisDates

    if dates == "german":  # the window's own: "22. März", "Sept. 2027"
        request.getfixturevalue("german")
    chart = draw_timeline(DATA, style_for(dark=False), size=(width, 5),
                          dates=AxisDates(formats.day_month, formats.month_year)
                          if dates == "german" else ENGLISH_DATES)
    renderer = FigureCanvasAgg(chart.figure).get_renderer()
    for zoom, start, days in (("weeks", date(2027, 2, 8), 7 * 14),
                              ("weeks", date(2026, 8, 31), 7 * 14),
                              ("months", date(2027, 1, 1), 7 * 40)):
        set_window(chart, start, start + timedelta(days=days), zoom)
        chart.figure.canvas.draw()
        boxes = sorted((box.x0, box.x1) for box in (
            t.get_window_extent(renderer) for t in chart.load_axes.get_xticklabels()
            if t.get_text() and t.get_visible()))
        assert len(boxes) >= 3, zoom
        gaps = [right[0] - left[1] for left, right in pairwise(boxes)]
        assert min(gaps) >= 4, (zoom, gaps)
