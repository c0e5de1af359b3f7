import re
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from internapp.core import demo
from internapp.core.clock import today_local, utcnow
from internapp.core.models import TimeEntry
from internapp.ui.views.today import TodayView, when


@pytest.fixture
def view(qtbot, store, clock):
    demo.fill(store)
    screen = TodayView(store, clock=clock)
    qtbot.addWidget(screen)
    screen.resize(1100, 800)
    screen.show()
    screen.refresh()
    return screen


def test_today_lists_every_kind_of_item_from_the_demo(view):
    data = view.data
    assert view.pages.currentWidget() is view.content
    assert [r.title_label.text() for r in view.due_section.rows] == [i.title for i in data.due]
    assert len(view.budget_section.rows) == len(data.budgets) == 1
    assert len(view.contacts_section.rows) == min(len(data.contacts), 8)
    assert len(view.no_reply_section.rows) == 1
    assert view.cards["attention"].text() == str(data.attention)
    assert not view.timer_banner.isVisible()
    assert "overdue" in view.due_section.rows[0].note_label.text()


def test_clicking_an_item_opens_its_record(view, qtbot):
    item = view.data.due[1]
    with qtbot.waitSignal(view.navigate) as opened:
        qtbot.mouseClick(view.due_section.rows[1], Qt.MouseButton.LeftButton)
    assert opened.args == [item.screen, item.record_id]
    contact = view.data.contacts[0]
    with qtbot.waitSignal(view.navigate) as opened:
        view.contacts_section.rows[0].setFocus()
        qtbot.keyClick(view.contacts_section.rows[0], Qt.Key.Key_Return)
    assert opened.args == ["contacts", contact.contact_id]
    budget = view.data.budgets[0]
    with qtbot.waitSignal(view.navigate) as opened:
        qtbot.mouseClick(view.budget_section.rows[0], Qt.MouseButton.LeftButton)
    assert opened.args == ["engagements", budget.engagement_id]


def test_the_running_timer_shows_and_opens_the_time_log(view, store, qtbot):
    engagement_id = view.data.budgets[0].engagement_id
    with store.write([]) as session:
        session.add(TimeEntry(engagement_id=engagement_id,
                              started_at=utcnow() - timedelta(minutes=75), note="Synthesis"))
    view.refresh()
    assert view.timer_banner.isVisible()
    assert "User interview synthesis" in view.timer_title.text()
    assert view.timer_detail.text().startswith("1 h 15 min so far")
    with qtbot.waitSignal(view.navigate) as opened:
        qtbot.mouseClick(view.timer_open, Qt.MouseButton.LeftButton)
    assert opened.args == ["time", engagement_id]


def test_when_reads_naturally():
    today = date(2026, 11, 26)
    assert when(today, today) == "today"
    assert when(date(2026, 11, 27), today) == "tomorrow"
    assert when(date(2026, 11, 29), today) == "in 3 days · Sun 29 Nov"
    assert when(date(2026, 11, 25), today) == "1 day overdue"
    assert when(date(2026, 11, 20), today) == "6 days overdue"


def test_subtitle_is_today_as_the_locale_writes_it(view):
    from PySide6.QtCore import QDate, QLocale

    day = today_local()
    assert view.subtitle_label.text() == QLocale().toString(
        QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


def test_the_day_is_the_context_clocks_in_its_zone(qtbot, store):
    from datetime import UTC, datetime

    from internapp.core.clock import Clock
    from internapp.ui import formats

    # 23:30 UTC on 2 March is already 3 March in Auckland
    clock = Clock(at=datetime(2026, 3, 2, 23, 30, tzinfo=UTC), zone="Pacific/Auckland")
    screen = TodayView(store, clock=clock)
    qtbot.addWidget(screen)
    screen.refresh()
    assert screen.subtitle_label.text() == formats.full_date(date(2026, 3, 3))
def test_when_in_german_with_its_plurals(german):
    today = date(2026, 11, 26)
    assert when(date(2026, 11, 25), today) == "1 Tag überfällig"
    assert when(date(2026, 11, 20), today) == "6 Tage überfällig"
    assert when(date(2026, 11, 27), today) == "morgen"
    assert when(date(2026, 11, 29), today) == "in 3 Tagen · So. 29. Nov."


def test_the_titles_core_writes_come_in_the_windows_language(german, qtbot, store, clock):
    """Seen in a real window in German: "Payment: Sales dashboard…", "Follow up: …" and
    "150.00 USD from Northwind Analytics" stayed English under a German Today."""
    demo.fill(store)
    screen = TodayView(store, clock=clock)
    qtbot.addWidget(screen)
    screen.refresh()
    titles = [r.title_label.text() for r in screen.due_section.rows]
    details = [r.detail_label.text() for r in screen.due_section.rows]
    english = [item.title for item in screen.data.due]
    assert any(t.startswith("Zahlung: ") for t in titles)
    assert any(t.startswith("Nachfassen: ") for t in titles)
    assert not any(t.startswith(("Payment:", "Follow up", "Hand in:")) for t in titles)
    assert any(" von " in d for d in details) and not any(" from " in d for d in details)
    assert [t.split(": ", 1)[-1] for t in titles] == [t.split(": ", 1)[-1] for t in english]


def test_a_payments_amount_is_written_as_the_window_writes_money(german, qtbot, store, clock):
    """Seen under Xvfb in German: "150.00 USD von Northwind Analytics" — the amount in the
    command line's English form, where every other screen writes "150,00 USD"."""
    from internapp.ui.money_text import money

    demo.fill(store)
    screen = TodayView(store, clock=clock)
    qtbot.addWidget(screen)
    screen.refresh()
    payments = [(item, row) for item, row in zip(screen.data.due, screen.due_section.rows,
                                                 strict=True) if item.kind == "payment"]
    assert payments
    for item, row in payments:
        # German: a comma before the cents, the ISO code after ("1.250,50 USD von …")
        assert re.match(r"\d{1,3}(\.\d{3})*,\d\d [A-Z]{3} von ", row.detail_label.text())
        assert item.amount_cents is not None and item.amount_cents % 100 == 0
        expected = money(item.amount_cents, item.currency)
        assert "," in expected and "." not in expected
        assert row.detail_label.text().startswith(expected + " von ")
        assert item.detail.startswith(f"{item.amount_cents // 100}.00 {item.currency} from ")
