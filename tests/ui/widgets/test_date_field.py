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
