from datetime import timedelta
from types import SimpleNamespace

import pytest
from matplotlib import dates as mdates

from internapp.core import demo
from internapp.ui.views.timeline import VISIBLE_DAYS, TimelineView


@pytest.fixture
def view(qtbot, store, clock):
    demo.fill(store)
    screen = TimelineView(store, clock=clock)
    qtbot.addWidget(screen)
    screen.resize(1200, 760)
    screen.show()
    screen.refresh()
    return screen


def test_the_chart_shows_the_demo_and_today_is_in_the_window(view):
    assert view.pages.currentWidget() is view.content
    assert view.canvas.built and view.chart is not None
    assert len(view.data.bars) == 5
    start, end = view.window()
    assert start <= view.data.today < end
    assert (end - start).days == min(VISIBLE_DAYS["weeks"], (view.data.end - view.data.start).days
                                     + 1)
    assert "This week asks" in view.caption.text()


def test_zoom_and_scroll_move_the_window(view):
    view.set_zoom("months")
    start, end = view.window()
    assert (end - start).days == min(VISIBLE_DAYS["months"], (view.data.end - view.data.start).days
                                     + 1)
    view.set_zoom("weeks")
    assert view.scrollbar.maximum() > 0  # the demo spans more than one screenful of weeks
    view.scrollbar.setValue(0)
    assert view.window()[0] == view.data.start
    assert view.chart.load_axes.get_xlim()[0] == pytest.approx(
        mdates.date2num(view.data.start))
    view.scroll_to_today()
    start, end = view.window()
    assert start > view.data.start and start <= view.data.today < end


def test_clicking_a_bar_or_a_marker_opens_its_record(view, qtbot):
    for artist, targets in view.chart.targets.items():
        with qtbot.waitSignal(view.navigate) as opened:
            view._on_pick(SimpleNamespace(artist=artist, ind=[len(targets) - 1]))
        assert opened.args == [targets[-1].screen, targets[-1].record_id]
    screens = {t.screen for found in view.chart.targets.values() for t in found}
    assert {"engagements", "applications", "contacts"} >= screens >= {"engagements",
                                                                       "applications"}


def test_export_png_and_svg(view, tmp_path):
    assert view.export(tmp_path / "t.png").read_bytes()[:4] == b"\x89PNG"
    assert b"<svg" in view.export(tmp_path / "t.svg").read_bytes()[:2000]
    from internapp.core.services.errors import ValidationError

    with pytest.raises(ValidationError):
        view.export(tmp_path / "t.gif")


def test_an_empty_store_shows_the_empty_state_without_matplotlib_work(qtbot, store, clock):
    screen = TimelineView(store, clock=clock)
    qtbot.addWidget(screen)
    screen.refresh()
    assert screen.pages.currentWidget() is screen.empty
    assert not screen.canvas.built


def test_the_caption_never_calls_no_cap_a_cap_of_zero(qtbot, store, clock):
    from internapp.core.clock import today_local
    from internapp.core.services import engagements

    today = today_local()
    engagements.create(store, title="Open-ended", start_on=str(today), status="active",
                       due_on=str(today + timedelta(days=20)), hours_estimate=30)
    view = TimelineView(store, clock=clock)
    qtbot.addWidget(view)
    view.refresh()
    assert "0 h of weekly caps" not in view.caption.text()
    assert "no weekly cap" in view.caption.text()
    assert not any(w.over for w in view.data.weeks)


def test_the_chart_has_a_list_a_screen_reader_can_walk(view):
    """Issue 12: charts have a text alternative — the timeline's list."""
    table = view.chart_view.table
    rows = [[table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())]
    assert rows and {r[1] for r in rows} >= {"Engagement", "Deadline", "Milestone"}
    assert all(r[2] for r in rows)
    view.chart_view.show_table(True)
    assert view.chart_view.pages.currentWidget() is table
    assert "This week asks" in view.canvas.parentWidget().accessibleDescription()


def test_the_german_legend_wraps_between_its_entries(german, qtbot, store, clock):
    """German keys are single words: joined by non-breaking spaces only, the legend was one
    780 px line and Timeline scrolled sideways at 900×600 (seen in a real window)."""
    demo.fill(store)
    screen = TimelineView(store, clock=clock)
    qtbot.addWidget(screen)
    screen.show()
    screen.refresh()
    assert "Überlastete&nbsp;Woche" in screen.legend.text()  # an entry stays whole
    assert screen.legend.minimumSizeHint().width() < 300


def test_the_load_strips_dates_follow_the_windows_locale(german, view):
    """Seen under Xvfb in German: the strip's dates were matplotlib's English "02 Nov" under
    German words everywhere else; in weeks they read as ``formats.day_month`` writes a day."""
    from internapp.ui import formats

    screen = view  # made after ``german``: in German

    def ticks():
        screen.canvas.draw()
        axis = screen.chart.load_axes.xaxis
        days = [mdates.num2date(x).date() for x in axis.get_major_locator()()]
        return days, [t.get_text() for t in screen.chart.load_axes.get_xticklabels()]

    days, texts = ticks()
    assert days and texts == [formats.day_month(day) for day in days]
    assert all(". " in text for text in texts)  # "2. Nov.", not "02 Nov"
    screen.set_zoom("months")
    days, texts = ticks()
    assert days and all(day.day == 1 for day in days)
    assert texts == [formats.month_year(day) for day in days]
    assert "Dez. " in " ".join(texts) or "Nov. " in " ".join(texts)


def test_a_narrower_window_spaces_the_dates_again(german, view, qtbot):
    screen = view
    screen.resize(1400, 760)

    def apart():
        ticks = screen.chart.load_axes.xaxis.get_major_locator()()
        return ticks[1] - ticks[0]

    qtbot.waitUntil(lambda: apart() == 7)
    screen.resize(640, 760)
    qtbot.waitUntil(lambda: apart() > 7)
