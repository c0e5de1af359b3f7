from datetime import UTC, date, datetime

from PySide6.QtCore import QDate

from internapp.core.clock import Clock
from internapp.ui.widgets.date_field import DateField


def test_typed_or_picked_and_may_be_empty(qtbot, clock):
    field = DateField(clock=clock)
    qtbot.addWidget(field)
    field.set_value(date(2026, 3, 5))
    assert field.value() == "2026-03-05"
    field.set_value(None)
    assert field.value() == ""
    with qtbot.waitSignal(field.changed):
        field.calendar.clicked.emit(QDate(2026, 4, 1))
    assert field.value() == "2026-04-01"
    field.edit.setText("not a date")
    assert field.value() == "not a date"  # the service names the field when it is saved


def test_the_calendar_pop_up_shows_the_weekday_header_whole(qtbot, clock):
    """Issue 12: the month bar hid the weekday names — the calendar was shorter than its rows."""
    from PySide6.QtWidgets import QApplication, QTableView

    from internapp.ui.layout_check import settle
    from internapp.ui.theme import ThemeMode, apply_theme

    apply_theme(QApplication.instance(), ThemeMode.DARK)  # the stylesheet is what squeezed it
    field = DateField(clock=clock)
    qtbot.addWidget(field)
    field.show()
    menu = field.button.menu()
    menu.popup(field.mapToGlobal(field.rect().bottomLeft()))
    settle()
    view = field.calendar.findChild(QTableView)
    assert view.verticalScrollBar().maximum() == 0  # nothing scrolled out of sight
    assert view.viewport().height() >= view.verticalHeader().length()
    menu.hide()


def test_the_entry_dialog_and_the_forms_use_the_same_date_picker(qtbot, store, clock):
    """Issue 12: "the two date pickers look different" — one DateField everywhere."""
    from internapp.core.services import timer
    from internapp.ui.dialogs.time_entry_dialog import EntryDialog

    dialog = EntryDialog(store, timer.choices(store), clock=clock)
    qtbot.addWidget(dialog)
    assert isinstance(dialog.date_edit, DateField)


# late on 15 July 2031 in UTC, already the 16th in Auckland: neither the machine's day nor UTC's
FIXED = Clock(at=datetime(2031, 7, 15, 23, 30, tzinfo=UTC), zone="Pacific/Auckland")


def opened_on(field: DateField) -> QDate:
    field.button.menu().aboutToShow.emit()  # what opening the pop-up does first
    return field.calendar.selectedDate()


def test_an_empty_fields_calendar_opens_on_the_clocks_today_in_its_zone(qtbot):
    field = DateField(clock=FIXED)
    qtbot.addWidget(field)
    assert opened_on(field) == QDate(2031, 7, 16)
    field.set_value(date(2024, 2, 29))
    assert opened_on(field) == QDate(2024, 2, 29)  # a typed day wins
    field.edit.setText("not a date")
    assert opened_on(field) == QDate(2031, 7, 16)


def test_the_forms_date_pickers_open_on_the_context_clocks_day(qtbot, store):
    """Issue 11: the new engagement, new application, payment, split, time entry, credit export
    and engagement detail forms opened an empty field's calendar on the system's day, not the
    context's clock."""
    from datetime import timedelta

    from internapp.core.services import engagements, time_entries, timer
    from internapp.core.services.reports import EntryRecord
    from internapp.ui.dialogs.career_export_dialog import CREDIT, CareerExportDialog
    from internapp.ui.dialogs.new_application import NewApplicationDialog
    from internapp.ui.dialogs.new_engagement import NewEngagementDialog
    from internapp.ui.dialogs.payment_dialog import PaymentDialog
    from internapp.ui.dialogs.time_entry_dialog import EntryDialog, SplitDialog
    from internapp.ui.views.engagements.detail import EngagementDetail

    e = engagements.create(store, title="X")
    entry = time_entries.add(store, e.id, start="2026-03-02T09:00", end="2026-03-02T11:00",
                             tz="UTC")
    start = datetime(2026, 3, 2, 9, tzinfo=UTC)
    record = EntryRecord(str(entry.id), "X", None, start, start + timedelta(hours=2), 7200,
                         "UTC", "", [], None)
    forms = [NewEngagementDialog(store, [], clock=FIXED),
             NewApplicationDialog(store, ["Applied"], [], [], clock=FIXED),
             PaymentDialog(store, e.id, clock=FIXED), SplitDialog(store, record, clock=FIXED),
             EngagementDetail(store, clock=FIXED), CareerExportDialog(store, CREDIT, clock=FIXED),
             EntryDialog(store, timer.choices(store), clock=FIXED)]
    for form in forms:
        qtbot.addWidget(form)
        fields = form.findChildren(DateField)
        assert fields, type(form).__name__
        for field in fields:
            field.edit.clear()
            assert opened_on(field) == QDate(2031, 7, 16), (type(form).__name__, field)
