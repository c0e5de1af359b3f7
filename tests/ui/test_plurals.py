"""Issue 12: "1 applications", "1 entries", "1 things to act on" — one is singular, in English and
through Qt's translation plurals (so a translation has its own forms)."""

from datetime import UTC, datetime, timedelta

from internapp.core.services import applications, engagements, time_entries
from internapp.ui.views.applications.screen import ApplicationsView
from internapp.ui.views.time.entries_tab import EntriesTab
from internapp.ui.views.today import TodayView


def test_one_application(qtbot, store, clock):
    applications.create(store, organization="Acme", role="Analyst")
    view = ApplicationsView(store, clock=clock)
    qtbot.addWidget(view)
    view.refresh()
    assert view.count_label.text() == "1 application"
    applications.create(store, organization="Beta", role="Writer")
    view.refresh()
    assert view.count_label.text() == "2 applications"


def test_one_entry(qtbot, store, clock):
    e = engagements.create(store, title="Survey")
    start = datetime.now(UTC) - timedelta(days=3)
    time_entries.add(store, e.id, start=start, end=start + timedelta(hours=1))
    tab = EntriesTab(store, clock=clock)
    qtbot.addWidget(tab)
    tab.refresh()
    assert tab.count_label.text().startswith("1 entry ")


def test_one_thing_to_act_on_and_one_open_application(qtbot, store, clock):
    applications.create(store, organization="Acme", role="Analyst",
                        deadline=str(datetime.now().date() + timedelta(days=2)))
    view = TodayView(store, clock=clock)
    qtbot.addWidget(view)
    view.refresh()
    assert view.cards["attention"].text() == "1"
    assert view.card_notes["attention"].text() == "thing to act on"
    assert view.card_notes["engagements"].text() == "1 open application"
