from datetime import date

from PySide6.QtCore import QDate

from internapp.ui.widgets.date_field import DateField


def test_typed_or_picked_and_may_be_empty(qtbot):
    field = DateField()
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


def test_the_calendar_pop_up_shows_the_weekday_header_whole(qtbot):
    """Issue 12: the month bar hid the weekday names — the calendar was shorter than its rows."""
    from PySide6.QtWidgets import QApplication, QTableView

    from internapp.ui.layout_check import settle
    from internapp.ui.theme import ThemeMode, apply_theme

    apply_theme(QApplication.instance(), ThemeMode.DARK)  # the stylesheet is what squeezed it
    field = DateField()
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
