from datetime import datetime, time, timedelta

import pytest
from PySide6.QtWidgets import QMessageBox

from internapp.core import demo
from internapp.core.clock import local_zone, today_local
from internapp.core.services import engagements, time_entries, timer
from internapp.ui.dialogs.time_entry_dialog import EntryDialog
from internapp.ui.theme import ThemeMode
from internapp.ui.views.time.screenshots import save_time_screenshots
from internapp.ui.widgets.empty_state import EmptyState


def _at(day, hour, minute=0):
    return datetime.combine(day, time(hour, minute), tzinfo=local_zone())


@pytest.fixture(autouse=True)
def thursday_afternoon():
    """These tests log entries on this week's Monday and Wednesday and read "this week" back:
    on a Monday those would lie in the future and be refused. The clock is set to a Thursday
    afternoon (and keeps ticking) so the tests mean the same on any day CI runs them."""
    import time_machine

    with time_machine.travel(datetime(2026, 11, 26, 15, 0, tzinfo=local_zone()), tick=True):
        yield


@pytest.fixture
def week(context, window, qtbot):
    """Entries on Monday and Wednesday of this week, local time; the window has heard of them
    (change notices arrive on the next turn of the event loop)."""
    store = context.store
    monday = today_local() - timedelta(days=today_local().weekday())
    dash = engagements.create(store, title="Dashboard", weekly_cap_hours=2, hours_estimate=4)
    survey = engagements.create(store, title="Survey")
    time_entries.add(store, dash.id, start=_at(monday, 9), end=_at(monday, 10, 30),
                     tags=["analysis"])
    time_entries.add(store, survey.id, start=_at(monday, 11), end=_at(monday, 11, 45))
    time_entries.add(store, dash.id, start=_at(monday + timedelta(2), 9),
                     end=_at(monday + timedelta(2), 10), note="review")
    qtbot.waitUntil(lambda: len(window.timer_session().choices) == 2)
    return dash, survey


def test_an_empty_store_shows_the_empty_state(window):
    window.show_screen("time")
    screen = window.screen("time")
    assert isinstance(screen.pages.currentWidget(), EmptyState)


def test_entries_of_the_demo_and_open_record(window, context, qtbot):
    demo.fill(context.store)
    rows = engagements.list_rows(context.store)
    qtbot.waitUntil(lambda: len(window.timer_session().choices) == len(
        [r for r in rows if r.status != "cancelled"]))
    window.show_screen("time")
    screen = window.screen("time")
    total = screen.entries.model.rowCount()
    assert total > 100
    assert f"{total:,} entries" in screen.entries.count_label.text()
    target = rows[0]
    window.show_screen("time", target.id)
    assert screen.entries.engagement_filter.currentText() == target.title
    shown = {screen.entries.model.record_at(r).engagement
             for r in range(screen.entries.model.rowCount())}
    assert shown == {target.title}
    assert screen.timer_card.engagement_combo.currentText() == target.title


def test_the_week_grid(window, week):
    window.show_screen("time")
    screen = window.screen("time")
    screen.show_tab("week")
    grid = screen.week
    assert grid.cell_text("Dashboard", 0) == "1 h 30 min"
    assert grid.cell_text("Survey", 0) == "45 min"
    assert grid.cell_text("Dashboard", 2) == "1 h"
    assert grid.cell_text("All engagements", 0) == "2 h 15 min"
    dash_row = next(r for r in range(grid.table.rowCount())
                    if grid.table.item(r, 0).text() == "Dashboard")
    total = grid.table.item(dash_row, 8)
    assert total.text() == "2 h 30 min" and "Over the weekly cap of 2 h" in total.toolTip()
    grid.previous_button.click()
    assert grid.table.rowCount() == 1  # only the totals row a week earlier
    grid.this_week_button.click()
    assert grid.cell_text("Survey", 0) == "45 min"


def test_double_clicking_a_day_in_the_grid_adds_an_entry_there(window, week, qtbot):
    window.show_screen("time")
    screen = window.screen("time")
    screen.show_tab("week")
    grid = screen.week
    row = next(r for r in range(grid.table.rowCount()) if grid.table.item(r, 0).text() == "Survey")
    grid.table.cellDoubleClicked.emit(row, 4)  # Thursday
    dialogs = screen.entries.findChildren(EntryDialog)
    assert dialogs and dialogs[-1].engagement_combo.currentText() == "Survey"
    thursday = today_local() - timedelta(days=today_local().weekday()) + timedelta(days=3)
    assert dialogs[-1].date_edit.date("date") == thursday
    dialogs[-1].reject()


def test_reports_by_engagement_week_and_tag(window, week, qtbot):
    window.show_screen("time")
    screen = window.screen("time")
    screen.show_tab("reports")
    reports_tab = screen.reports
    qtbot.waitUntil(lambda: bool(reports_tab.rows), timeout=5000)
    assert [(r["engagement"], r["seconds"]) for r in reports_tab.rows] == [
        ("Dashboard", 9000), ("Survey", 2700)]
    assert reports_tab.total_label.text() == "3 h 15 min"
    reports_tab.group_combo.setCurrentIndex(3)  # by tag
    qtbot.waitUntil(lambda: bool(reports_tab.rows) and "tag" in reports_tab.rows[0],
                    timeout=5000)
    assert [(r["tag"], r["seconds"]) for r in reports_tab.rows] == [("analysis", 5400),
                                                                    (None, 6300)]
    reports_tab.preset_combo.setCurrentText("Last week")
    qtbot.waitUntil(lambda: reports_tab.rows == [], timeout=5000)
    assert reports_tab.detail_label.text() == "No time logged in this period."


def test_reports_export_the_period(window, week, qtbot, tmp_path):
    window.show_screen("time")
    screen = window.screen("time")
    screen.show_tab("reports")
    task = screen.reports.export("csv", tmp_path / "week.csv")
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    lines = (tmp_path / "week.csv").read_text("utf-8-sig").splitlines()
    assert lines[0].startswith("User,Email,Client,Project,Task,Description")
    assert len(lines) == 4


def test_budgets(window, week):
    window.show_screen("time")
    screen = window.screen("time")
    screen.show_tab("budgets")
    tab = screen.budgets
    titles = [tab.table.item(r, 0).text() for r in range(tab.table.rowCount())]
    assert titles == ["Dashboard", "Survey"]
    assert tab.table.item(0, 2).text() == "2 h 30 min"
    assert tab.table.item(0, 3).text() == "4 h"
    assert "Over the weekly cap this week:</span> Dashboard" in tab.summary_label.text()


def test_add_entry_offers_to_trim_an_overlap(window, week, qtbot):
    window.show_screen("time")
    screen = window.screen("time")
    dash, _ = week
    dialog = screen.entries.add_entry(dash.id)
    monday = today_local() - timedelta(days=today_local().weekday())
    dialog.date_edit.set_value(monday)
    dialog.start_edit.setTime(time(10))
    dialog.end_edit.setTime(time(12))
    assert dialog.save() is False
    assert dialog.error_label.text().startswith("start: overlaps the entry on 'Dashboard'")
    assert dialog.trim_button.isVisible()
    assert dialog.trim_button.text().endswith("10:30–11:00")  # the longest free piece
    dialog.trim_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    qtbot.waitUntil(lambda: screen.entries.model.rowCount() == 4)


def test_add_entry_with_a_duration_and_a_new_engagement(window, week, context):
    window.show_screen("time")
    screen = window.screen("time")
    dialog = screen.entries.add_entry()
    dialog.engagement_combo.setCurrentText("Portfolio site")
    assert "A new engagement “Portfolio site” will be created." in dialog.hint_label.text()
    dialog.date_edit.set_value(today_local() - timedelta(days=8))
    dialog.start_edit.setTime(time(14))
    dialog.mode_combo.setCurrentIndex(1)
    dialog.duration_edit.setText("1h15m")
    dialog.tags_edit.setText("writing")
    assert dialog.save()
    entry = time_entries.get(context.store, dialog.saved_id)
    assert (entry.seconds, entry.tags) == (4500, ["writing"])


def test_edit_split_merge_and_delete_from_the_list(window, week, context, qtbot, monkeypatch):
    window.show_screen("time")
    tab = window.screen("time").entries
    tab.table.selectRow(2)  # the oldest: Monday 09:00–10:30 on Dashboard
    assert tab.selected()[0].note == ""
    edit = tab.edit_selected()
    edit.note_edit.setPlainText("charts")
    assert edit.save()
    qtbot.waitUntil(lambda: tab.model.record_at(2).note == "charts")
    tab.table.selectRow(2)
    split = tab.split_selected()
    assert split.save()  # in the middle: 09:45
    qtbot.waitUntil(lambda: tab.model.rowCount() == 4)
    tab.table.selectRow(2)
    tab.table.selectionModel().select(tab.model.index(3, 0), tab.table.selectionModel()
                                      .SelectionFlag.Select | tab.table.selectionModel()
                                      .SelectionFlag.Rows)
    assert tab.merge_button.isEnabled()
    assert tab.merge_selected()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 3)
    merged = tab.model.record_at(2)
    assert (merged.seconds, merged.note) == (5400, "charts")
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    tab.table.selectRow(0)
    assert tab.delete_selected()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2)


def test_the_delete_button_and_menu_ask_first(window, week, qtbot, monkeypatch):
    """Seen under Xvfb: the button's clicked(False) went into delete_selected's ``confirm``, so
    Delete removed the entries without asking."""
    window.show_screen("time")
    tab = window.screen("time").entries
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No)
    tab.table.selectRow(0)
    tab.delete_button.click()
    assert len(asked) == 1 and asked[0].endswith("This cannot be undone.")
    assert tab.model.rowCount() == 3  # answered No: all still there


def test_merging_entries_of_two_engagements_says_why_not(window, week, monkeypatch):
    window.show_screen("time")
    tab = window.screen("time").entries
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    tab.table.selectAll()
    assert tab.merge_selected() is False
    assert "belong to different engagements" in warnings[0]


def test_time_screenshots_are_drawn(context, tmp_path, qtbot):
    demo.fill(context.store)
    e = engagements.list_rows(context.store)[0]
    timer.start(context.store, e.id, at="25m ago")
    saved = save_time_screenshots(context, tmp_path, ThemeMode.DARK)
    assert [p.name for p in saved] == ["time-entries-dark.png", "time-week-dark.png",
                                       "time-reports-dark.png", "time-budgets-dark.png",
                                       "time-tray-menu-dark.png"]
    assert all(p.stat().st_size > 5000 for p in saved)
