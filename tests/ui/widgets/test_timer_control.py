from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from internapp.core.clock import utcnow
from internapp.core.services import engagements, time_entries, timer
from internapp.ui.timer_session import TimerSession
from internapp.ui.widgets.timer_control import TimerControl, elapsed_text


@pytest.fixture
def control(qtbot, store, clock):
    engagements.create(store, title="Dashboard")
    engagements.create(store, title="Survey")
    session = TimerSession(store, clock=clock)
    widget = TimerControl(session, compact=True)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _choose(control, title):
    control.engagement_combo.setCurrentIndex(control.engagement_combo.findText(title))


def test_start_and_stop_with_the_button(control, store, qtbot):
    _choose(control, "Survey")
    qtbot.keyClicks(control.note_edit, "coding round 2")
    qtbot.mouseClick(control.button, Qt.MouseButton.LeftButton)
    running = timer.running(store)
    assert (running.engagement, running.note) == ("Survey", "coding round 2")
    assert control.button.text().endswith("Stop") and control.dot.isVisible()
    with store.write([]) as session:  # pretend it has run for ten minutes
        from internapp.core.models import TimeEntry

        entry = session.get(TimeEntry, running.entry_id)
        entry.started_at = utcnow().replace(microsecond=0) - timedelta(minutes=10)
    control.session.reload()
    qtbot.waitUntil(lambda: control.elapsed_label.text().startswith("0:10:"), timeout=3000)
    qtbot.mouseClick(control.button, Qt.MouseButton.LeftButton)
    assert timer.running(store) is None
    [row] = time_entries.list_recent(store)
    assert 600 <= row.seconds <= 605
    assert control.button.text().endswith("Start")


def test_back_dated_start_from_the_menu(control, store):
    _choose(control, "Dashboard")
    action = next(a for a in control.button.menu().actions() if a.text() == "Start 20 minutes ago")
    action.trigger()
    running = timer.running(store)
    assert running.engagement == "Dashboard"
    assert 1195 <= running.elapsed_seconds() <= 1210
    stop = next(a for a in control.button.menu().actions() if a.text() == "Stop 5 minutes ago")
    stop.trigger()
    assert 890 <= time_entries.list_recent(store)[0].seconds <= 905


def test_a_refused_start_shows_the_reason(control, store, qtbot):
    e = engagements.create(store, title="Earlier")
    time_entries.add(store, e.id, start=utcnow() - timedelta(minutes=30), end=utcnow())
    _choose(control, "Dashboard")
    control.start(at="20m ago")
    assert control.error_label.isVisible()
    assert control.error_label.text().startswith("start: overlaps the entry on 'Earlier'")
    assert timer.running(store) is None


def test_typing_a_note_and_switching_engagement_update_the_running_timer(control, store, qtbot):
    _choose(control, "Dashboard")
    control.toggle()
    control.note_edit.setFocus()
    control.note_edit.setText("charts")
    control.note_edit.editingFinished.emit()
    assert timer.running(store).note == "charts"
    index = control.engagement_combo.findText("Survey")
    control.engagement_combo.setCurrentIndex(index)
    control.engagement_combo.activated.emit(index)
    assert timer.running(store).engagement == "Survey"


def test_a_new_engagement_from_the_list(control, store, monkeypatch):
    monkeypatch.setattr("internapp.ui.widgets.timer_control.QInputDialog.getText",
                        lambda *args, **kwargs: ("Brand new", True))
    index = control.engagement_combo.count() - 1
    assert control.engagement_combo.itemText(index) == "New engagement…"
    control.engagement_combo.setCurrentIndex(index)
    control.engagement_combo.activated.emit(index)
    assert control.engagement_combo.currentText() == "Brand new"
    control.toggle()
    assert timer.running(store).engagement == "Brand new"


def test_elapsed_text():
    assert [elapsed_text(s) for s in (0, 59, 3661, 90000)] == [
        "0:00:00", "0:00:59", "1:01:01", "25:00:00"]


def test_the_first_timer_on_an_empty_store_asks_for_its_engagement(qtbot, store, clock,
                                                                   monkeypatch):
    session = TimerSession(store, clock=clock)
    widget = TimerControl(session, compact=True)
    qtbot.addWidget(widget)
    assert widget.engagement_combo.currentIndex() == -1  # the placeholder, not "New…"
    assert widget.engagement_combo.placeholderText() == "Choose an engagement…"
    monkeypatch.setattr("internapp.ui.widgets.timer_control.QInputDialog.getText",
                        lambda *args, **kwargs: ("Portfolio site", True))
    assert widget.toggle()
    assert timer.running(store).engagement == "Portfolio site"
